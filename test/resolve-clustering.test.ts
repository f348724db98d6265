// Clustering, step by step: which keys an override names (override-keys.ts), and the replay of
// candidate links into clusters that owl:differentFrom can refuse and owl:sameAs can join
// (clustering.ts).
import { describe, expect, test } from "vitest";
import { emptyAuthority } from "../src/resolve/authority.ts";
import { collectCandidates } from "../src/resolve/candidates.ts";
import { clusterKeys } from "../src/resolve/clustering.ts";
import {
  cachedNameKey,
  createAuthorityLookup,
  createKeyTable,
  DEFAULT_BASE,
  iriOfKey,
  LINK_RANK,
} from "../src/resolve/key-table.ts";
import { createOverrideKeys } from "../src/resolve/override-keys.ts";
import type { Override } from "../src/resolve/overrides.ts";
import type { Extraction } from "../src/types.ts";
import { extraction } from "./fixtures/linking/mentions.ts";

function setUp(extractions: Extraction[]) {
  const keyOf = cachedNameKey();
  const lookup = createAuthorityLookup(emptyAuthority(), keyOf);
  const table = createKeyTable();
  collectCandidates(extractions, table, lookup, keyOf, []);
  return { table, overrideKeys: createOverrideKeys(table, lookup, keyOf, DEFAULT_BASE) };
}

const TEXTS = [
  extraction("a", ["Lakeside Geology Museum", "the Education Bureau"]),
  extraction("b", ["Hilltop Geology Museum", "the Education Bureau"]),
];

describe("keys an override names", () => {
  test("a name means its global key and every text's scoped key of it", () => {
    const { overrideKeys } = setUp(TEXTS);
    expect(overrideKeys.keysFor({ label: "the Lakeside Geology Museum" })).toEqual([
      "org:lakeside geology museum",
    ]);
    expect(overrideKeys.keysFor({ label: "Education Bureau" })).toEqual([
      "org:a|education bureau",
      "org:b|education bureau",
    ]);
    expect(overrideKeys.keysFor({ label: "Unheard Of Society" })).toEqual([]);
  });

  test("an IRI means the key it was minted from", () => {
    const { overrideKeys } = setUp(TEXTS);
    const iri = iriOfKey("org:hilltop geology museum");
    expect(iri).toBe(`${DEFAULT_BASE}org/hilltop-geology-museum`);
    expect(overrideKeys.keysFor({ iri })).toEqual(["org:hilltop geology museum"]);
    expect(overrideKeys.prefixOf("honor:x")).toBe("honor");
  });
});

describe("replaying links into clusters", () => {
  const lakeside = "org:lakeside geology museum";
  const hilltop = "org:hilltop geology museum";

  test("linked keys end in one cluster and each accepted link is kept as evidence", () => {
    const { table, overrideKeys } = setUp(TEXTS);
    table.link(lakeside, hilltop, "test says so");
    const { uf, accepted } = clusterKeys(table, [], overrideKeys, []);
    expect(uf.find(lakeside)).toBe(uf.find(hilltop));
    expect(accepted.map((a) => a.why)).toContain("test says so");
  });

  test("owl:differentFrom refuses the link, and the refusal is a diagnostic", () => {
    const { table, overrideKeys } = setUp(TEXTS);
    table.link(lakeside, hilltop, "test says so");
    const different: Override = {
      kind: "different",
      a: { label: "Lakeside Geology Museum" },
      b: { label: "Hilltop Geology Museum" },
    };
    const diagnostics: string[] = [];
    const { uf } = clusterKeys(table, [different], overrideKeys, diagnostics);
    expect(uf.find(lakeside)).not.toBe(uf.find(hilltop));
    expect(diagnostics.join("\n")).toMatch(/not merged \(test says so\)/);
  });

  test("with a constraint in play, a surer link wins the middle key whatever the order found", () => {
    const { table, overrideKeys } = setUp(TEXTS);
    table.register("org:geology museum", "alt");
    table.link("org:geology museum", hilltop, "weak", LINK_RANK.corpus);
    table.link("org:geology museum", lakeside, "strong", LINK_RANK.label);
    const different: Override = {
      kind: "different",
      a: { label: "Lakeside Geology Museum" },
      b: { label: "Hilltop Geology Museum" },
    };
    const { uf } = clusterKeys(table, [different], overrideKeys, []);
    expect(uf.find("org:geology museum")).toBe(uf.find(lakeside));
  });

  test("owl:sameAs joins what no link joined; one that matches nothing is reported", () => {
    const { table, overrideKeys } = setUp(TEXTS);
    const same: Override = {
      kind: "same",
      a: { label: "Lakeside Geology Museum" },
      b: { label: "Hilltop Geology Museum" },
    };
    const nothing: Override = { kind: "same", a: { label: "Nowhere Hall" }, b: same.b };
    const diagnostics: string[] = [];
    const { uf } = clusterKeys(table, [same, nothing], overrideKeys, diagnostics);
    expect(uf.find(lakeside)).toBe(uf.find(hilltop));
    expect(diagnostics).toEqual([
      `override "Nowhere Hall" owl:sameAs "Hilltop Geology Museum" matches no entity on the left`,
    ]);
  });
});
