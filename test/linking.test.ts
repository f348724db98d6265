// Linking end to end: overrides files change the next build, IRIs stay stable as a corpus grows,
// merged entities keep their older IRIs as owl:sameAs, and the seed announcements link as the gold
// file says (checked through `laurel entities` and the built store's mentions).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { main } from "../src/cli/index.ts";
import { type BuildResult, buildGraph, CollectingSink } from "../src/pipeline/index.ts";
import { nameKey } from "../src/resolve/index.ts";
import { LaurelStore } from "../src/store/index.ts";
import {
  capture,
  linked,
  normaliseSurface,
  tempDir,
  writeCorpus,
} from "./fixtures/linking/support.ts";

const BASE = "https://w3id.org/laurel/id/";
const PREFIXES = `@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
`;

/** Entity IRIs the store links a surface form of an announcement to. */
function entitiesNamed(store: LaurelStore, announcementId: string, surface: string): string[] {
  const result = store.query(`PREFIX laurel: <https://w3id.org/laurel/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT DISTINCT ?entity ?surface WHERE {
  ?mention laurel:mentionOf ?entity ; laurel:namedAs ?surface ; oa:hasSource ?ann .
  ?ann dcterms:identifier ${JSON.stringify(announcementId)} .
}`);
  if (result.kind !== "bindings") throw new Error("expected bindings");
  const wanted = normaliseSurface(surface);
  const found = result.rows
    .filter((row) => normaliseSurface(row.get("surface")?.value ?? "") === wanted)
    .map((row) => row.get("entity")?.value as string);
  if (found.length === 0) throw new Error(`no mention "${surface}" in ${announcementId}`);
  return [...new Set(found)].sort();
}

function one(iris: string[]): string {
  expect(iris).toHaveLength(1);
  return iris[0] as string;
}

function sameAsOf(store: LaurelStore, iri: string): string[] {
  const result = store.query(
    `SELECT ?old WHERE { <${iri}> <http://www.w3.org/2002/07/owl#sameAs> ?old }`,
  );
  return result.kind === "bindings" ? result.rows.map((r) => r.get("old")?.value as string) : [];
}

async function build(corpus: string, overrides?: string): Promise<BuildResult> {
  return buildGraph(
    {
      paths: [corpus],
      authorityPath: "data/authority.ttl",
      ...(overrides ? { overridesPath: overrides } : {}),
    },
    new CollectingSink(),
  );
}

const CORPUS = {
  giant:
    "Museum honored\n\nThe Qinling Giant Panda Museum was named a National Science Popularization Education Base on May 3.",
  panda: "Museum opens hall\n\nThe Qinling Panda Museum opened a new hall on June 1.",
  bare: "BAST meets\n\nBAST held a meeting on June 2.",
  full: "Beijing association meets\n\nThe Beijing Association for Science and Technology held a meeting on June 3.",
};

describe("overrides change the next build", () => {
  let corpus: string;
  let dir: string;
  let first: BuildResult;

  beforeAll(async () => {
    corpus = await writeCorpus(CORPUS);
    dir = await tempDir();
    first = await build(corpus, join(dir, "missing-overrides.ttl"));
  });

  test("without overrides: two museums, and BAST is the Beijing association", () => {
    const giant = one(entitiesNamed(first.store, "giant", "Qinling Giant Panda Museum"));
    const panda = one(entitiesNamed(first.store, "panda", "Qinling Panda Museum"));
    expect(giant).not.toBe(panda);
    expect(entitiesNamed(first.store, "bare", "BAST")).toEqual(
      entitiesNamed(first.store, "full", "Beijing Association for Science and Technology"),
    );
  });

  test("owl:sameAs between entity IRIs merges them; the older IRI stays as owl:sameAs", async () => {
    const giant = one(entitiesNamed(first.store, "giant", "Qinling Giant Panda Museum"));
    const panda = one(entitiesNamed(first.store, "panda", "Qinling Panda Museum"));
    const file = join(dir, "same.ttl");
    await writeFile(file, `${PREFIXES}<${panda}> owl:sameAs <${giant}> .\n`);
    const second = await build(corpus, file);
    const merged = one(entitiesNamed(second.store, "giant", "Qinling Giant Panda Museum"));
    expect(entitiesNamed(second.store, "panda", "Qinling Panda Museum")).toEqual([merged]);
    // Both IRIs of the first build still name the merged entity.
    for (const old of [giant, panda])
      expect(old === merged || sameAsOf(second.store, merged).includes(old), old).toBe(true);
    expect(sameAsOf(second.store, merged)).toContain(merged === giant ? panda : giant);
  });

  test("owl:sameAs between names merges too", async () => {
    const file = join(dir, "same-names.ttl");
    await writeFile(
      file,
      `${PREFIXES}[ rdfs:label "Qinling Panda Museum" ] owl:sameAs [ rdfs:label "the Qinling Giant Panda Museum" ] .\n`,
    );
    const second = await build(corpus, file);
    expect(entitiesNamed(second.store, "panda", "Qinling Panda Museum")).toEqual(
      entitiesNamed(second.store, "giant", "Qinling Giant Panda Museum"),
    );
  });

  test("owl:differentFrom splits what the authority joined", async () => {
    const file = join(dir, "different.ttl");
    await writeFile(
      file,
      `${PREFIXES}[ rdfs:label "BAST" ] owl:differentFrom [ rdfs:label "Beijing Association for Science and Technology" ] .\n`,
    );
    const second = await build(corpus, file);
    const bast = one(entitiesNamed(second.store, "bare", "BAST"));
    const full = one(
      entitiesNamed(second.store, "full", "Beijing Association for Science and Technology"),
    );
    expect(bast).not.toBe(full);
    // The museums are untouched by an unrelated override.
    expect(entitiesNamed(second.store, "giant", "Qinling Giant Panda Museum")).toEqual(
      entitiesNamed(first.store, "giant", "Qinling Giant Panda Museum"),
    );
  });

  test("owl:differentFrom between entity IRIs splits a merge the previous build made", async () => {
    const merged = one(
      entitiesNamed(first.store, "full", "Beijing Association for Science and Technology"),
    );
    const acronymIri = sameAsOf(first.store, merged).find((iri) => iri.includes("/org/acr-bast"));
    expect(acronymIri).toBeDefined();
    const file = join(dir, "different-iris.ttl");
    await writeFile(file, `${PREFIXES}<${acronymIri}> owl:differentFrom <${merged}> .\n`);
    const second = await build(corpus, file);
    expect(one(entitiesNamed(second.store, "bare", "BAST"))).toBe(acronymIri);
    expect(
      one(entitiesNamed(second.store, "full", "Beijing Association for Science and Technology")),
    ).toBe(merged);
  });
});

describe("stable identity", () => {
  const related = {
    a: "Bodies meet\n\nMOST and BAST signed an agreement with the Qinling Giant Panda Museum on May 3. The Education Bureau attended.",
    b: "Society\n\nThe Ningbo Marine Research Society (NMRS) held a meeting on June 1. NMRS thanked the Xi'an Science and Technology Museum.",
    c: "Day\n\nDuring the National Popular Science Day, the Lanzhou Aquarium was named a National Science Popularization Education Base.",
  };
  const unrelated = {
    "0-added":
      "Garden honored\n\nThe Kunming Botanical Garden (KBG) was named a Yunnan Provincial Science Popularization Base on July 1. KBG thanked the Education Bureau of Wuhua District. The Garden held talks.",
  };

  test("an entity's IRI does not change when an unrelated announcement is added", async () => {
    const before = await build(await writeCorpus(related));
    const after = await build(await writeCorpus({ ...unrelated, ...related }));
    const iris = (result: BuildResult) =>
      new Map(
        result.extractions
          .filter((e) => e.announcement.id !== "0-added")
          .flatMap((e) => e.mentions)
          .map((m) => [m.id, result.resolution.entityOf.get(m.id)?.iriSlug]),
      );
    const old = iris(before);
    expect(old.size).toBeGreaterThan(8);
    expect(iris(after)).toEqual(old);
    const sameAs = (result: BuildResult) =>
      Object.fromEntries(result.resolution.entities.map((e) => [e.iriSlug, e.sameAs]));
    const afterSameAs = sameAs(after);
    for (const [slug, olds] of Object.entries(sameAs(before)))
      expect(afterSameAs[slug]).toEqual(olds);
  });

  test("an announcement that renames an entity keeps the old IRI as owl:sameAs", async () => {
    const before = await build(
      await writeCorpus({
        p: "Department\n\nThe Propaganda Department of Central Committee met the Qinling Panda Museum on May 3.",
      }),
    );
    const after = await build(
      await writeCorpus({
        p: "Department\n\nThe Propaganda Department of Central Committee met the Qinling Panda Museum on May 3.",
        q: "Department\n\nThe Central Propaganda Department met the Lanzhou Aquarium on June 3.",
      }),
    );
    const iri = one(entitiesNamed(before.store, "p", "Propaganda Department of Central Committee"));
    const now = one(entitiesNamed(after.store, "p", "Propaganda Department of Central Committee"));
    expect(entitiesNamed(after.store, "q", "Central Propaganda Department")).toEqual([now]);
    expect(now === iri || sameAsOf(after.store, now).includes(iri)).toBe(true);
  });
});

describe("the seed announcements", () => {
  let dir: string;
  let store: string;
  let entities: Array<{ iri: string; type: string; label: string; announcements: string[] }>;

  beforeAll(async () => {
    dir = await tempDir();
    store = join(dir, "seed.nq");
    const run = capture();
    const code = await main(
      [
        "build",
        "data/announcements",
        "--store",
        store,
        "--out",
        join(dir, "seed.ttl"),
        "--authority",
        "data/authority.ttl",
        "--overrides",
        "data/overrides.ttl",
        "--quiet",
      ],
      run.io,
    );
    expect(code, run.err).toBe(0);
    const list = capture();
    expect(await main(["entities", "--store", store, "--format", "json"], list.io)).toBe(0);
    entities = JSON.parse(list.out);
  });

  test("laurel entities shows CAST as one entity in the three announcements that name it", async () => {
    const cast = entities.filter((e) => e.label === "China Association for Science and Technology");
    expect(cast).toHaveLength(1);
    expect(cast[0]?.announcements).toEqual([
      "000_16d638510e5a080b",
      "001_fea18176053f5755",
      "002_f95f8949b55f5ae8",
    ]);
    // No other entity is a second CAST under another label.
    const others = entities.filter(
      (e) =>
        e !== cast[0] &&
        (e.label === "CAST" ||
          nameKey("Organization", e.label) === "china association for science and technology"),
    );
    expect(others).toEqual([]);
    const table = capture();
    expect(await main(["entities", "--store", store], table.io)).toBe(0);
    expect(table.out).toMatch(
      /China Association for Science and Technology {2}\[(IssuingBody|Organization)\][^\n]*\n(?: {2}also:[^\n]*\n)? {2}in 3 announcement\(s\): 000_16d638510e5a080b, 001_fea18176053f5755, 002_f95f8949b55f5ae8/,
    );
  });

  describe("gold cross-document identity", async () => {
    const gold = JSON.parse(await readFile("data/gold/seeds.json", "utf8")) as {
      crossDocument: {
        same: Array<{ entity: string; mentions: Array<[string, string]> }>;
        distinct: Array<[[string, string], [string, string]]>;
      };
    };
    let rows: Array<{ announcementId: string; entity: string; label: string; surface: string }>;

    beforeAll(async () => {
      const opened = await LaurelStore.open(store);
      const result = opened.query(await readFile("queries/mentions.rq", "utf8"));
      if (result.kind !== "bindings") throw new Error("mentions.rq gave no bindings");
      rows = result.rows.map((row) => ({
        announcementId: row.get("announcementId")?.value ?? "",
        entity: row.get("entity")?.value ?? "",
        label: row.get("label")?.value ?? "",
        surface: row.get("surface")?.value ?? "",
      }));
      expect(rows.every((r) => r.entity.startsWith(BASE))).toBe(true);
    });

    /**
     * Entities a gold (announcement, surface) names: a mention with the same words, or a mention of
     * an entity so labelled ("Education Bureau" of "Education Bureau of Guangming District"), else
     * mentions containing the words.
     */
    const entitiesOf = (announcementId: string, surface: string): string[] => {
      const inText = rows.filter((r) => r.announcementId === announcementId);
      const words = nameKey("Organization", surface);
      let found = inText.filter(
        (r) =>
          nameKey("Organization", r.surface) === words ||
          nameKey("Organization", r.label) === words,
      );
      if (found.length === 0)
        found = inText.filter((r) =>
          ` ${nameKey("Organization", r.surface)} `.includes(` ${words} `),
        );
      expect(found.length, `no mention "${surface}" in ${announcementId}`).toBeGreaterThan(0);
      return [...new Set(found.map((r) => r.entity))];
    };

    test.each(gold.crossDocument.same.map((c) => [c.entity, c] as const))(
      "same: %s is one entity",
      (_name, cluster) => {
        const iris = new Set(cluster.mentions.flatMap(([id, surface]) => entitiesOf(id, surface)));
        expect([...iris]).toHaveLength(1);
      },
    );

    test.each(gold.crossDocument.distinct.map(([a, b]) => [a[1], b[1], a, b] as const))(
      "distinct: %s != %s",
      (_a, _b, a, b) => {
        const left = entitiesOf(a[0], a[1]);
        const right = entitiesOf(b[0], b[1]);
        expect(left.filter((iri) => right.includes(iri))).toEqual([]);
      },
    );
  });
});

test("linked() finds surfaces regardless of 'the' and spacing", () => {
  // A guard for the helpers the tests rely on: a wrong surface must fail loudly.
  const l = linked([], {
    entities: [],
    entityOf: new Map(),
    diagnostics: [],
    keptApart: [],
    suggestions: [],
  });
  expect(() => l.entity("missing", "X")).toThrow(/no announcement/);
});

describe("merges suggested, not made", () => {
  test("laurel entities --ambiguous shows a base and a center as maybe the same, with the names, reason and score", async () => {
    const corpus = await writeCorpus({
      base: "Museum honored\n\nThe Lakeview Fossil Museum was named a National Geology Popularization Base on May 3.",
      center:
        "Museum honored\n\nThe Ridge Rock Museum was named a National Geology Popularization Center on June 3.",
    });
    const dir = await tempDir();
    const store = join(dir, "s.nq");
    const run = capture();
    const args = ["build", corpus, "--store", store, "--out", join(dir, "s.ttl"), "--quiet"];
    expect(await main(args, run.io), run.err).toBe(0);
    const table = capture();
    const code = await main(
      ["entities", "--store", store, "--ambiguous", "--type", "Honor"],
      table.io,
    );
    expect(code).toBe(0);
    expect(table.out).toMatch(
      /National Geology Popularization Base {2}\[Honor\][\s\S]*maybe the same \(not merged\): [^\n]*"National Geology Popularization Base" ~ "National Geology Popularization Center"[^\n]*base\/center[^\n]*score 0\.6/,
    );
    expect(table.out).toMatch(/\(2 entities\)/);
  });
});
