// Entities from clusters, step by step: labels (labels.ts) and what each cluster's entity carries
// (entities.ts): canonical key and IRI, other names, older IRIs, sub-unit links.
import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { emptyAuthority } from "../src/resolve/authority.ts";
import { collectCandidates } from "../src/resolve/candidates.ts";
import { clusterKeys } from "../src/resolve/clustering.ts";
import { buildEntities } from "../src/resolve/entities.ts";
import {
  cachedNameKey,
  createAuthorityLookup,
  createKeyTable,
  DEFAULT_BASE,
} from "../src/resolve/key-table.ts";
import { chooseLabel, majority } from "../src/resolve/labels.ts";
import { createOverrideKeys } from "../src/resolve/override-keys.ts";
import type { Extraction } from "../src/types.ts";
import { extraction } from "./fixtures/linking/mentions.ts";
import { announcementOf } from "./support/extract-cases.ts";

function entitiesOf(extractions: Extraction[], extraLinks: Array<[string, string]> = []) {
  const keyOf = cachedNameKey();
  const lookup = createAuthorityLookup(emptyAuthority(), keyOf);
  const table = createKeyTable();
  const candidates = collectCandidates(extractions, table, lookup, keyOf, []);
  for (const [a, b] of extraLinks) table.link(a, b, `${a} = ${b} in the test`);
  const overrideKeys = createOverrideKeys(table, lookup, keyOf, DEFAULT_BASE);
  const clustering = clusterKeys(table, [], overrideKeys, []);
  return buildEntities(candidates, clustering, lookup, keyOf);
}

describe("labels", () => {
  test("a capitalised name beats a more frequent lower-case one; then frequency, then length", () => {
    expect(chooseLabel(["river museum", "river museum", "River Museum"])).toBe("River Museum");
    expect(chooseLabel(["River Museum", "River Hall", "River Hall"])).toBe("River Hall");
    expect(chooseLabel(["River Museum", "Museum"])).toBe("River Museum");
  });

  test("an honor prefers its singular name, though lists name it in the plural", () => {
    expect(chooseLabel(["Model Schools", "Model Schools", "Model School"], true)).toBe(
      "Model School",
    );
  });

  test("a majority tie goes to the smaller value", () => {
    expect(majority(["provincial", "national"])).toBe("national");
    expect(majority([])).toBeUndefined();
  });

  test("values that all agree are the majority, however many there are", () => {
    expect(majority(["city"])).toBe("city");
    expect(majority(["city", "city", "city"])).toBe("city");
    expect(majority(["city", "city", "county"])).toBe("city");
  });

  test("one name written many times is the label; among several, each rule applies in turn", () => {
    expect(chooseLabel(["Harbour Lab", "Harbour Lab"])).toBe("Harbour Lab");
    // capital first, then (for honors) the singular, then the count, the length and A-Z
    const names = ["star pupils", "Star Pupils", "Star Pupils", "Star Pupil", "Bright Star Pupil"];
    expect(chooseLabel(names, true)).toBe("Bright Star Pupil");
    expect(chooseLabel(names)).toBe("Star Pupils");
    expect(chooseLabel(["Hall B", "Hall A"])).toBe("Hall A");
  });
});

describe("entities from clusters", () => {
  test("one entity per cluster with mentions, named by its full name, not its acronym", () => {
    const { entities, entityOf } = entitiesOf([
      extraction("a", [{ surface: "Harbour Science Society", acronym: "HSS" }]),
      extraction("b", ["HSS"]),
    ]);
    expect(entities).toHaveLength(1);
    const [society] = entities;
    expect(society?.iriSlug).toBe("org/harbour-science-society");
    expect(society?.acronym).toBe("HSS");
    expect(society?.announcements).toEqual(["a", "b"]);
    expect(entityOf.get("b#m0")).toBe(society);
    expect(society?.mergeEvidence.join("\n")).toMatch(/defined only as/);
  });

  test("a merged entity keeps the other name's IRI as owl:sameAs and its names as variants", () => {
    const { entities } = entitiesOf(
      [
        extraction("a", ["Lakeside Geology Museum"]),
        extraction("b", ["Lakeside Geological Museum"]),
      ],
      [["org:lakeside geology museum", "org:lakeside geological museum"]],
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]?.iriSlug).toBe("org/lakeside-geological-museum");
    expect(entities[0]?.sameAs).toEqual(["org/lakeside-geology-museum"]);
    expect(entities[0]?.altLabels).toEqual(["Lakeside Geology Museum"]);
  });

  test("'This prize' pointing back is no other name of the honor", () => {
    const text =
      "News\n\nDr Ren Mei won the Tarn Valley Prize.\nThis prize is given every two years.";
    const { entities } = entitiesOf([extractFacts(announcementOf(text))]);
    const prize = entities.find((e) => e.label === "Tarn Valley Prize");
    expect(prize?.altLabels).toEqual([]);
  });

  test("a variant key ('<place> X') never names an entity", () => {
    const { entities } = entitiesOf([extraction("a", ["Education Bureau of Futian District"])]);
    expect(entities.map((e) => e.iriSlug)).toEqual(["org/education-bureau-of-futian-district"]);
  });

  test("a sub-unit points at its parent entity and stays its own entity", () => {
    const { entities } = entitiesOf([
      extraction("a", [
        "Riverbend University",
        { surface: "Coastal Ecology Institute of Riverbend University", parent: 0 },
      ]),
    ]);
    const institute = entities.find((e) => e.label.startsWith("Coastal"));
    expect(entities).toHaveLength(2);
    expect(institute?.parent).toBe("org:riverbend university");
  });
});
