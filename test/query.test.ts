import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { buildGraph, CollectingSink } from "../src/pipeline/index.ts";
import { prepareQuery, selectBindings } from "../src/query/index.ts";
import type { LaurelStore } from "../src/store/index.ts";
import { nameLookupKey } from "../src/util/text.ts";

const HONORS = readFileSync("queries/honors-of-organization.rq", "utf8");

describe("?NAMEKey parameters", () => {
  test("a query that uses ?orgKey gets the folded form of --param org", () => {
    const prepared = prepareQuery(HONORS, {
      params: { org: "  Chongqing   UNIVERSITY Cancer Hospital" },
    });
    expect(prepared.text).toContain('"chongqing university cancer hospital"');
    expect(prepared.text).toContain('"  Chongqing   UNIVERSITY Cancer Hospital"');
  });

  test("a query without ?orgKey gets only ?org, and an explicit orgKey wins", () => {
    const plain = prepareQuery("SELECT ?org WHERE { ?s ?p ?org }", { params: { org: "ABC" } });
    expect(plain.text).not.toContain('"abc"');
    const explicit = prepareQuery(HONORS, { params: { org: "ABC", orgKey: "Exact" } });
    expect(explicit.text).toContain('"Exact"');
    expect(explicit.text).not.toContain('"abc"');
  });

  test("folding: NFKC, lower case, one space", () => {
    expect(nameLookupKey("  Ｃhina\u00a0Association\tfor  Science ")).toBe(
      "china association for science",
    );
  });
});

describe("honors-of-organization.rq on the seeds", () => {
  let store: LaurelStore;
  beforeAll(async () => {
    store = (await buildGraph({ paths: ["data/announcements"] }, new CollectingSink())).store;
  });

  const honorsOf = (org: string) =>
    selectBindings(store, prepareQuery(HONORS, { params: { org } })).rows.map(
      (row) => `${row.recipientLabel?.value} | ${row.honorLabel?.value}`,
    );

  test("finds an organization by its name whatever the case and spacing", () => {
    const exact = honorsOf("Chongqing University Cancer Hospital");
    expect(exact.length).toBeGreaterThanOrEqual(2);
    expect(honorsOf("chongqing  university CANCER hospital")).toEqual(exact);
  });

  test("an unknown name finds nothing", () => {
    expect(honorsOf("Nowhere Institute of Nothing")).toEqual([]);
  });
});
