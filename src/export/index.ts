// **export** writes sorted, byte-stable Turtle, TriG or N-Quads with the project's prefixes.
import { DataFactory, type Quad, type Term, Writer } from "n3";
import { PREFIXES } from "../map/vocab.ts";

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

export type ExportFormat = "turtle" | "trig" | "nquads";

/** Any RDF/JS-shaped quad (n3 or Oxigraph). */
export interface QuadLike {
  subject: TermLike;
  predicate: TermLike;
  object: TermLike;
  graph: TermLike;
}
export interface TermLike {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

function toN3(term: TermLike): Term {
  switch (term.termType) {
    case "NamedNode":
      return namedNode(term.value);
    case "BlankNode":
      return blankNode(term.value);
    case "Literal":
      if (term.language) return literal(term.value, term.language);
      if (term.datatype && term.datatype.value !== XSD_STRING)
        return literal(term.value, namedNode(term.datatype.value));
      return literal(term.value);
    default:
      return defaultGraph();
  }
}

function termKey(term: Term): string {
  switch (term.termType) {
    case "NamedNode":
      return `1${term.value}`;
    case "BlankNode":
      return `0${term.value}`;
    case "Literal":
      return `2${term.value}\u0000${term.language}\u0000${term.datatype.value}`;
    default:
      return "";
  }
}

function predicateKey(term: Term): string {
  // rdf:type first, as people read Turtle.
  return term.value === RDF_TYPE ? "" : termKey(term);
}

/** Quads converted to n3 terms and sorted by graph, subject, predicate, object. */
export function sortQuads(input: Iterable<QuadLike>, withGraphs: boolean): Quad[] {
  const keyed: Array<{ key: string; quad: Quad }> = [];
  const seen = new Set<string>();
  for (const q of input) {
    const graph = withGraphs ? toN3(q.graph) : defaultGraph();
    const converted = quad(
      toN3(q.subject) as Quad["subject"],
      toN3(q.predicate) as Quad["predicate"],
      toN3(q.object) as Quad["object"],
      graph as Quad["graph"],
    );
    const key = `${termKey(graph)}\u0001${termKey(converted.subject)}\u0001${predicateKey(converted.predicate)}\u0001${termKey(converted.object)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    keyed.push({ key, quad: converted });
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.quad);
}

export interface WriteOptions {
  format: ExportFormat;
  /** Data namespace prefixes (e.g. entity IRIs under --base). */
  extraPrefixes?: Record<string, string>;
}

/** Serializes quads; Turtle merges all graphs into one, TriG keeps one named graph per announcement. */
export function writeRdf(input: Iterable<QuadLike>, options: WriteOptions): string {
  const withGraphs = options.format !== "turtle";
  const sorted = sortQuads(input, withGraphs);
  const format =
    options.format === "turtle" ? "Turtle" : options.format === "trig" ? "TriG" : "N-Quads";
  const prefixes =
    options.format === "nquads" ? {} : { ...PREFIXES, ...(options.extraPrefixes ?? {}) };
  const writer = new Writer({ format, prefixes });
  for (const q of sorted) writer.addQuad(q);
  let output = "";
  writer.end((error, result) => {
    if (error) throw error;
    output = result;
  });
  return output;
}

/** Prefixes for the data IRIs minted under a base. */
export function dataPrefixes(base: string): Record<string, string> {
  return {
    announcement: `${base}announcement/`,
    graph: `${base}graph/`,
    organization: `${base}org/`,
    honor: `${base}honor/`,
    program: `${base}program/`,
    person: `${base}person/`,
    document: `${base}document/`,
    event: `${base}event/`,
    place: `${base}place/`,
  };
}
