// queries/honor-names.rq: each honor with every English name the announcements wrote for it, on the
// seed announcements and on a corpus written for this test where one title is translated two ways.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { buildGraph, CollectingSink } from "../src/pipeline/index.ts";
import { prepareQuery, selectBindings } from "../src/query/index.ts";
import { LaurelStore } from "../src/store/index.ts";
import { writeCorpus } from "./fixtures/linking/support.ts";

const HONOR_NAMES = readFileSync("queries/honor-names.rq", "utf8");

interface Row {
  honor: string;
  label: string;
  chinese: string;
  name: string;
  announcements: number;
  announcementIds: string;
}

function honorNames(store: LaurelStore): Row[] {
  return selectBindings(store, prepareQuery(HONOR_NAMES)).rows.map((row) => ({
    honor: row.honor?.value ?? "",
    label: row.label?.value ?? "",
    chinese: row.chinese?.value ?? "",
    name: row.name?.value ?? "",
    announcements: Number(row.announcements?.value),
    announcementIds: row.announcementIds?.value ?? "",
  }));
}

async function storeOf(paths: string[]): Promise<LaurelStore> {
  const built = await buildGraph(
    { paths, authorityPath: "data/authority.ttl" },
    new CollectingSink(),
  );
  return built.store;
}

describe("honor-names.rq on the seeds", () => {
  let rows: Row[];
  let honors: string[];
  beforeAll(async () => {
    const store = await storeOf(["data/announcements"]);
    rows = honorNames(store);
    const all = store.query(
      "SELECT DISTINCT ?h WHERE { ?h a <https://w3id.org/laurel/ns#Honor> . ?m <https://w3id.org/laurel/ns#mentionOf> ?h }",
    );
    honors = all.kind === "bindings" ? all.rows.map((r) => r.get("h")?.value as string) : [];
  });

  test("every honor an announcement mentions has a row, and every row an announcement", () => {
    expect(honors.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.honor))).toEqual(new Set(honors));
    for (const row of rows) {
      expect(row.announcements).toBeGreaterThanOrEqual(1);
      expect(row.announcementIds.split(" ")).toHaveLength(row.announcements);
    }
  });

  test("one honor lists each of its names once, as written", () => {
    const base = rows.filter((r) => r.label === "National Science Popularization Education Base");
    expect(base.map((r) => r.name)).toEqual([
      "China Science Popularization Education Bases",
      "National Science Popularization Education Bases",
    ]);
    const names = rows.map((r) => `${r.honor} ${r.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  test("an honor in the authority file carries its official Chinese name", () => {
    const base = rows.filter((r) => r.label === "National Science Popularization Education Base");
    expect(new Set(base.map((r) => r.chinese))).toEqual(new Set(["全国科普教育基地"]));
  });
});

describe("authority labels and links in the graph", () => {
  test("a body from the authority file has one untagged and one Chinese preferred label, and its Wikidata item", async () => {
    const store = await storeOf(["data/announcements"]);
    const result = store.query(
      `SELECT ?label ?lang ?same WHERE {
        ?cast <http://www.w3.org/2002/07/owl#sameAs> <https://w3id.org/laurel/authority/cast> ;
          <http://www.w3.org/2004/02/skos/core#prefLabel> ?label ;
          <http://www.w3.org/2002/07/owl#sameAs> ?same .
        BIND(LANG(?label) AS ?lang)
        FILTER(STRSTARTS(STR(?same), "http://www.wikidata.org/"))
      }`,
    );
    const rows = result.kind === "bindings" ? result.rows : [];
    expect(rows.map((r) => `${r.get("lang")?.value}:${r.get("label")?.value}`).sort()).toEqual([
      ":China Association for Science and Technology",
      "zh:中国科学技术协会",
    ]);
    expect(new Set(rows.map((r) => r.get("same")?.value))).toEqual(
      new Set(["http://www.wikidata.org/entity/Q5099580"]),
    );
  });
});

describe("honor-names.rq across announcements", () => {
  test("a title translated two ways in two announcements is one honor with both names", async () => {
    const corpus = await writeCorpus({
      river:
        "Library honored\n\nThe Riverside Library won the title of National Advanced Collective in Science Popularization on May 3.",
      hill: "School honored\n\nThe Hilltop School won the title of National Advanced Group in Popular Science Work on May 4.",
    });
    const rows = honorNames(await storeOf([corpus]));
    const collective = rows.filter(
      (r) => r.label === "National Advanced Collective in Science Popularization",
    );
    expect(collective.map((r) => [r.name, r.announcementIds])).toEqual([
      ["National Advanced Collective in Science Popularization", "river"],
      ["National Advanced Group in Popular Science Work", "hill"],
    ]);
  });

  test("names in Chinese characters are not listed as English names", () => {
    const L = "https://w3id.org/laurel/ns#";
    const nquads = [
      `<urn:h> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${L}Honor> .`,
      `<urn:h> <http://www.w3.org/2004/02/skos/core#prefLabel> "Model Base" .`,
      `<urn:a> <http://purl.org/dc/terms/identifier> "a" .`,
      ...["Model  Base", "示范基地"].map(
        (name, i) =>
          `<urn:m${i}> <${L}mentionOf> <urn:h> .\n<urn:m${i}> <${L}namedAs> "${name}" .\n<urn:m${i}> <http://www.w3.org/ns/oa#hasSource> <urn:a> .`,
      ),
    ].join("\n");
    const rows = honorNames(LaurelStore.fromNQuads(nquads));
    expect(rows.map((r) => r.name)).toEqual(["Model Base"]);
  });
});

describe("rating tiers in the graph", () => {
  test("each class of museum is its own honor, in one scheme under one wider title", async () => {
    const corpus = await writeCorpus({
      pine: "Museums rated\n\nThe Pine Hill Museum was rated as a national first-class museum on May 3.",
      lake: "Museums rated\n\nThe Lake Shore Museum was rated as a national second-class museum on May 4.",
    });
    const store = await storeOf([corpus]);
    const result = store.query(
      `SELECT ?label ?scheme ?broader WHERE {
        ?h a <https://w3id.org/laurel/ns#Honor> ;
          <http://www.w3.org/2004/02/skos/core#prefLabel> ?label ;
          <http://www.w3.org/2004/02/skos/core#inScheme> ?scheme ;
          <http://www.w3.org/2004/02/skos/core#broader> ?broader .
        FILTER(LANG(?label) = "")
      } ORDER BY ?label`,
    );
    const rows = result.kind === "bindings" ? result.rows : [];
    expect(rows.map((r) => r.get("label")?.value)).toEqual([
      "National First-Class Museum",
      "National Second-Class Museum",
    ]);
    expect(new Set(rows.map((r) => r.get("scheme")?.value))).toEqual(
      new Set(["https://w3id.org/laurel/authority/museum-grades"]),
    );
    expect(new Set(rows.map((r) => r.get("broader")?.value))).toEqual(
      new Set(["https://w3id.org/laurel/authority/graded-museum"]),
    );
  });
});
