// Runs a prepared query on a SPARQL server (SPARQL 1.1 Protocol, query via URL-encoded POST) and reads the
// answer into the same shape the embedded store gives, so `laurel query` prints it the same way.
import { Parser, type Quad } from "n3";
import { LaurelError } from "../errors.ts";
import {
  type Bindings,
  type JsonTerm,
  type PreparedQuery,
  planGroupConcat,
  type QueryOutcome,
  selectSplit,
} from "../query/index.ts";
import type { EndpointClient } from "./client.ts";

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

interface JsonResults {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings?: Array<Record<string, JsonTerm | ServerTerm>> };
}

/** Terms as servers write them: Virtuoso still says "typed-literal" (a SPARQL 1.0 draft form). */
interface ServerTerm {
  type: "uri" | "literal" | "typed-literal" | "bnode";
  value: string;
  "xml:lang"?: string;
  datatype?: string;
}

/**
 * Runs a query on the server. A SELECT's GROUP_CONCAT strings are built here from the groups and
 * their values (see query/concat-plan.ts): the server never holds a long string, and the strings
 * are those the embedded store gives.
 */
export async function queryEndpoint(
  client: EndpointClient,
  endpoint: string,
  prepared: PreparedQuery,
  source = "query",
): Promise<QueryOutcome> {
  const plan = planGroupConcat(prepared, "split");
  if (!plan) return sendQuery(client, endpoint, prepared, source);
  const bindings = await selectSplit(plan, async (part, what) =>
    bindingsOf(await sendQuery(client, endpoint, part, `${source} (${what})`)),
  );
  return { kind: "bindings", bindings };
}

function bindingsOf(outcome: QueryOutcome): Bindings {
  if (outcome.kind !== "bindings") throw new Error(`a SELECT answered ${outcome.kind}`);
  return outcome.bindings;
}

/** Runs a query on the server as written. */
export async function sendQuery(
  client: EndpointClient,
  endpoint: string,
  prepared: PreparedQuery,
  source = "query",
): Promise<QueryOutcome> {
  const graph = prepared.type === "CONSTRUCT" || prepared.type === "DESCRIBE";
  const response = await client.send({
    method: "POST",
    url: endpoint,
    // The Protocol's URL-encoded POST, not a body of application/sparql-query: Virtuoso 7.2 never
    // answers the latter (openlink/virtuoso-opensource#842), and every server must take the former.
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Accept: graph
        ? "application/n-triples, text/turtle;q=0.9"
        : "application/sparql-results+json",
    },
    body: new URLSearchParams({ query: prepared.text }).toString(),
    what: `${source} on ${endpoint}`,
  });
  refuseCutAnswers(response.headers, endpoint);
  if (graph) return { kind: "quads", quads: parseGraph(response.text, endpoint) };
  const json = parseJson(response.text, endpoint);
  if (prepared.type === "ASK") return { kind: "boolean", value: json.boolean === true };
  return {
    kind: "bindings",
    bindings: {
      variables: prepared.variables ?? json.head?.vars ?? [],
      rows: (json.results?.bindings ?? []).map(normalizeRow),
    },
  };
}

/**
 * Virtuoso answers a query that hit its row limit or its time limit with part of the answer and a
 * header saying so; a part must not pass for the whole.
 */
function refuseCutAnswers(headers: Headers, endpoint: string): void {
  const maxRows = headers.get("x-sparql-maxrows");
  if (maxRows)
    throw new LaurelError(
      "endpoint-partial",
      `${endpoint} cut the answer at ${maxRows} rows (Virtuoso's ResultSetMaxRows); raise it in virtuoso.ini`,
    );
  const state = headers.get("x-sql-state");
  if (state === "S1TAT")
    throw new LaurelError(
      "endpoint-partial",
      `${endpoint} stopped the query at its time limit and sent part of the answer (${headers.get("x-sql-message") ?? state}); raise MaxQueryExecutionTime`,
    );
}

function parseJson(text: string, endpoint: string): JsonResults {
  try {
    return JSON.parse(text) as JsonResults;
  } catch (error) {
    throw new LaurelError(
      "endpoint-answer",
      `${endpoint} did not answer SPARQL results JSON (${(error as Error).message}): ${text.slice(0, 200)}`,
      { cause: error },
    );
  }
}

function parseGraph(text: string, endpoint: string): Quad[] {
  try {
    return new Parser().parse(text);
  } catch (error) {
    throw new LaurelError(
      "endpoint-answer",
      `${endpoint} did not answer N-Triples or Turtle (${(error as Error).message})`,
      { cause: error },
    );
  }
}

/** W3C JSON terms: "typed-literal" read as "literal", xsd:string left implicit as RDF 1.1 has it. */
function normalizeRow(row: Record<string, JsonTerm | ServerTerm>): Record<string, JsonTerm> {
  const out: Record<string, JsonTerm> = {};
  for (const [name, term] of Object.entries(row)) {
    const type = term.type === "typed-literal" ? "literal" : term.type;
    const { datatype, ...rest } = term;
    const keep = datatype !== undefined && datatype !== XSD_STRING && !term["xml:lang"];
    out[name] = { ...rest, type, ...(keep ? { datatype } : {}) };
  }
  return out;
}
