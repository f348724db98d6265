// **sparql** answers the SPARQL 1.1 Protocol on the worker: checks the query is a read-only,
// local query, binds `$name=value` parameters through the syntax tree (as `laurel query --param`
// does) and writes the results in the negotiated format.
import sparqljs from "sparqljs";
import { LaurelError } from "../errors.ts";
import { dataPrefixes, type QuadLike, writeRdf } from "../export/index.ts";
import { PREFIXES } from "../map/vocab.ts";
import { type PreparedQuery, prepareQuery } from "../query/index.ts";
import type { FormattedResults, LaurelStore } from "../store/index.ts";
import { negotiate } from "./negotiate.ts";
import { type ServeReply, textReply } from "./types.ts";

export const RESULT_TYPES = {
  "application/sparql-results+json": "json",
  "application/json": "json",
  "application/sparql-results+xml": "xml",
  "application/xml": "xml",
  "text/csv": "csv",
  "text/tab-separated-values": "tsv",
} as const;

export const GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/ld+json"] as const;

/** Short names for `format=` (links and forms cannot set an Accept header). */
const FORMAT_NAMES: Record<string, string> = {
  json: "application/sparql-results+json",
  xml: "application/sparql-results+xml",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  ttl: "text/turtle",
  turtle: "text/turtle",
  nt: "application/n-triples",
  jsonld: "application/ld+json",
};

export interface SparqlInput {
  query: string;
  /** `$name=value` pairs from the request, names without the `$`. */
  bindings: Record<string, string>;
  accept: string;
  /** A `format=` short name, which overrides Accept. */
  format?: string;
  source: string;
}

export type Checked = { ok: true; prepared: PreparedQuery } | { ok: false; reply: ServeReply };

/** What the first look at a query text found; cached because pages and named queries repeat. */
interface Screen {
  update: boolean;
  service: boolean;
  /** The parser's own words on a syntax error ("Expecting ... got ..."). */
  parserSays: string;
}

const SCREENED = new Map<string, Screen>();

function screen(text: string): Screen {
  let found = SCREENED.get(text);
  if (found) return found;
  try {
    const parsed = new sparqljs.Parser().parse(text) as sparqljs.SparqlQuery;
    found = { update: parsed.type === "update", service: usesService(parsed), parserSays: "" };
  } catch (error) {
    // prepareQuery reports where; the parser's last line says what it expected.
    const parserSays = (error as Error).message.split("\n").slice(3).join("\n");
    found = { update: false, service: false, parserSays };
  }
  if (SCREENED.size >= 256) SCREENED.delete(SCREENED.keys().next().value as string);
  SCREENED.set(text, found);
  return found;
}

/** Parses, refuses what a read-only local endpoint does not run, and binds parameters. */
export function checkQuery(input: SparqlInput): Checked {
  const { update, service, parserSays } = screen(input.query);
  if (update) return refuse(403, "SPARQL updates are refused: this endpoint is read-only");
  if (service)
    return refuse(403, "SERVICE is refused: this endpoint answers from its own store only");
  try {
    return {
      ok: true,
      prepared: prepareQuery(input.query, { params: input.bindings, source: input.source }),
    };
  } catch (error) {
    if (error instanceof LaurelError)
      return refuse(400, parserSays ? `${error.message}\n${parserSays}` : error.message);
    throw error;
  }
}

function refuse(status: number, message: string): Checked {
  return { ok: false, reply: textReply(status, message) };
}

/** True when any pattern anywhere in the tree (subqueries, OPTIONAL, UNION...) is a SERVICE. */
function usesService(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(usesService);
  if (node === null || typeof node !== "object") return false;
  if ((node as { type?: unknown }).type === "service") return true;
  return Object.values(node).some(usesService);
}

/** The media type a `format=` short name stands for. */
export function formatType(name: string | undefined): string | undefined {
  return name ? FORMAT_NAMES[name.toLowerCase()] : undefined;
}

/** The media type to answer with, or undefined for 406. */
export function chooseType(input: SparqlInput, graph: boolean): string | undefined {
  const offers: readonly string[] = graph ? GRAPH_TYPES : Object.keys(RESULT_TYPES);
  const named = input.format ? FORMAT_NAMES[input.format.toLowerCase()] : undefined;
  if (input.format) return named && offers.includes(named) ? named : undefined;
  return negotiate(input.accept, offers);
}

/** Runs a checked query and serializes it as `type` (one of the offers of chooseType). */
export function answerQuery(
  store: LaurelStore,
  prepared: PreparedQuery,
  type: string,
  base: string,
): ServeReply {
  const graph = prepared.type === "CONSTRUCT" || prepared.type === "DESCRIBE";
  let body: string;
  if (graph && type === "text/turtle") {
    const result = store.query(prepared.text);
    const quads = result.kind === "quads" ? (result.quads as unknown as QuadLike[]) : [];
    body = writeRdf(quads, { format: "turtle", extraPrefixes: dataPrefixes(base) });
  } else if (graph) {
    body = store.queryFormatted(prepared.text, type as FormattedResults);
  } else {
    body = store.queryFormatted(prepared.text, RESULT_TYPES[type as keyof typeof RESULT_TYPES]);
  }
  const charset =
    type === "text/csv" || type === "text/tab-separated-values" ? "; charset=utf-8" : "";
  return { status: 200, headers: { "content-type": `${type}${charset}`, vary: "Accept" }, body };
}

/**
 * The query with a PREFIX line added for each known prefix it uses but does not declare, so people
 * on the query page can write `laurel:Honor` straight away. The protocol endpoint takes queries
 * as sent.
 */
export function declarePrefixes(text: string, prefixes: Record<string, string>): string {
  const lines = Object.entries(prefixes)
    .filter(([name]) => new RegExp(`(^|[\\s(/^|,;{}!])${name}:`).test(text))
    .filter(([name]) => !new RegExp(`PREFIX\\s+${name}:`, "i").test(text))
    .map(([name, iri]) => `PREFIX ${name}: <${iri}>\n`);
  return lines.join("") + text;
}

/** Every prefix the graph uses, for query pages and the editor. */
export function queryPrefixes(base: string): Record<string, string> {
  return { ...PREFIXES, ...dataPrefixes(base) };
}

/** 406 with the list of what this resource can be had as. */
export function notAcceptable(graph: boolean): ServeReply {
  const offers = graph ? GRAPH_TYPES : Object.keys(RESULT_TYPES);
  return textReply(406, `not acceptable; this answer is available as ${offers.join(", ")}`);
}
