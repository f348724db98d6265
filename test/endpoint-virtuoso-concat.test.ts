// GROUP_CONCAT past Virtuoso's row-length limit: a graph written for this test, where one honor and
// one organization are named in 2,000 announcements, so honor-names and shared-organizations join
// tens of thousands of characters per group. Virtuoso refuses the queries as written (SR319,
// SR478); `queryEndpoint` asks for the groups and their values instead and must answer the rows of
// the embedded store, and `laurel query --endpoint local` print what it prints from the store.
// Virtuoso is started as in endpoint-virtuoso.test.ts.
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EndpointClient, queryEndpoint } from "../src/endpoint/index.ts";
import { sendQuery } from "../src/endpoint/query.ts";
import {
  type Bindings,
  executeQuery,
  type JsonTerm,
  prepareQuery,
  type QueryOutcome,
} from "../src/query/index.ts";
import { LaurelStore } from "../src/store/index.ts";
import { runCli, tempDir } from "./support/cli.ts";
import {
  requireVirtuosoInCi,
  startVirtuoso,
  stopVirtuoso,
  VIRTUOSO_INSTALLED,
} from "./support/virtuoso.ts";

const ANNOUNCEMENTS = 2000;
const BASE = "https://w3id.org/laurel/id/";
const LAUREL = "https://w3id.org/laurel/ns#";
const SKOS = "http://www.w3.org/2004/02/skos/core#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const IDENTIFIER = "http://purl.org/dc/terms/identifier";
const HAS_SOURCE = "http://www.w3.org/ns/oa#hasSource";

/**
 * N-Quads shaped like a Laurel build (entities graph, one graph per announcement): every
 * announcement names the honor (one of two ways) and the organization.
 */
function longGraph(): string {
  const honor = `<${BASE}honor/long-prize>`;
  const organization = `<${BASE}organization/long-society>`;
  const entities = `<${BASE}graph/entities>`;
  const lines = [
    `${honor} <${RDF_TYPE}> <${LAUREL}Honor> ${entities} .`,
    `${honor} <${SKOS}prefLabel> "Long Prize" ${entities} .`,
    `${honor} <${SKOS}prefLabel> "长奖"@zh ${entities} .`,
    `${organization} <${RDF_TYPE}> <${LAUREL}Organization> ${entities} .`,
    `${organization} <${SKOS}prefLabel> "Long Society" ${entities} .`,
  ];
  for (let i = 0; i < ANNOUNCEMENTS; i++) {
    const id = `announcement-with-a-long-identifier-${String(i).padStart(5, "0")}`;
    const iri = `${BASE}announcement/${id}`;
    const announcement = `<${iri}>`;
    const graph = `<${BASE}graph/${id}>`;
    const name = i % 2 === 0 ? "Long Prize" : "the  Long\\u00A0Prize";
    lines.push(
      `${announcement} <${IDENTIFIER}> "${id}" ${graph} .`,
      `<${iri}#m0> <${LAUREL}mentionOf> ${honor} ${graph} .`,
      `<${iri}#m0> <${LAUREL}namedAs> "${name}" ${graph} .`,
      `<${iri}#m0> <${HAS_SOURCE}> ${announcement} ${graph} .`,
      `<${iri}#m1> <${LAUREL}mentionOf> ${organization} ${graph} .`,
      `<${iri}#m1> <${HAS_SOURCE}> ${announcement} ${graph} .`,
    );
  }
  // A Laurel store starts with an announcement's graph, by which `laurel push` knows its base.
  return `${[...lines.slice(5), ...lines.slice(0, 5)].join("\n")}\n`;
}

requireVirtuosoInCi("Virtuoso GROUP_CONCAT test");

describe.runIf(VIRTUOSO_INSTALLED)("GROUP_CONCAT past Virtuoso's row-length limit", () => {
  let dir: string;
  let endpoint: string;
  let storePath: string;
  let store: LaurelStore;
  const client = new EndpointClient({ retries: 0 });

  beforeAll(async () => {
    dir = await tempDir("laurel-virtuoso-concat-");
    ({ endpoint } = await startVirtuoso(dir));
    storePath = join(dir, "long.nq");
    await writeFile(storePath, longGraph());
    const pushed = await runCli([
      "push",
      "--endpoint",
      "local",
      "--virtuoso-dir",
      dir,
      "--store",
      storePath,
    ]);
    expect(pushed.err).toBe("");
    expect(pushed.out).toMatch(/^loaded: .* with Virtuoso's bulk loader/m);
    store = await LaurelStore.open(storePath);
  }, 90_000);

  afterAll(async () => {
    if (dir) await stopVirtuoso(dir);
  }, 60_000);

  test.each(["honor-names.rq", "shared-organizations.rq"])("%s", async (name) => {
    const prepared = prepareQuery(readFileSync(join("queries", name), "utf8"), { source: name });
    // The data passes the limit: the query as written fails there.
    await expect(sendQuery(client, endpoint, prepared, name)).rejects.toThrow(/SR319|SR478/);
    const embedded = rowsOf(executeQuery(store, prepared));
    const remote = rowsOf(await queryEndpoint(client, endpoint, prepared, name));
    const longest = Math.max(...embedded.rows.map((row) => row.announcementIds?.value.length ?? 0));
    expect(longest).toBeGreaterThan(40_000);
    expect(sorted(remote)).toEqual(sorted(embedded));
    expect(remote.rows.length).toBe(name === "honor-names.rq" ? 2 : 1);
  });

  test("laurel query --endpoint local prints what it prints from the store", async () => {
    const ask = (where: string[]) =>
      runCli(["query", "queries/shared-organizations.rq", "--format", "json", ...where]);
    const server = await ask(["--endpoint", "local", "--virtuoso-dir", dir]);
    const embedded = await ask(["--store", storePath]);
    expect(server.err).toBe("");
    expect(server.code).toBe(0);
    expect(JSON.parse(server.out)).toEqual(JSON.parse(embedded.out));
  });
});

function rowsOf(outcome: QueryOutcome): Bindings {
  if (outcome.kind !== "bindings") throw new Error(`expected rows, got ${outcome.kind}`);
  return outcome.bindings;
}

/** Rows as sorted strings of their cells: kind, value, language, datatype. */
function sorted(bindings: Bindings): string[] {
  const cell = (term: JsonTerm | undefined) =>
    term ? `${term.type}|${term.value}|${term["xml:lang"] ?? ""}|${term.datatype ?? ""}` : "-";
  return bindings.rows.map((row) => bindings.variables.map((v) => cell(row[v])).join("\t")).sort();
}
