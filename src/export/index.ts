// **export** writes sorted, byte-stable Turtle, TriG or N-Quads with the project's prefixes.
import { DataFactory, type Quad, type Term } from "n3";
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
  if (options.format === "nquads") return writeNQuads(sorted);
  const prefixes = { ...PREFIXES, ...(options.extraPrefixes ?? {}) };
  return writeTurtleLike(sorted, prefixes, options.format === "trig");
}

// Our own writers: N3's Writer is general, and at millions of quads it was the slowest stage of a
// build. These emit the same sorted statements in a fixed layout, so output stays byte-stable.

const XSD_NS = "http://www.w3.org/2001/XMLSchema#";
const ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

// Control characters are exactly what N-Triples escaping is for.
// biome-ignore lint/suspicious/noControlCharactersInRegex: N-Triples escapes control characters.
const STRING_ESCAPED = /[\\"\u0000-\u001f\u007f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: IRIs may not hold control characters.
const IRI_ESCAPED = /[\u0000-\u0020<>"{}|^`\\]/g;

function escapeString(value: string): string {
  return value.replace(
    STRING_ESCAPED,
    (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

function escapeIri(value: string): string {
  return value.replace(
    IRI_ESCAPED,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

function ntriplesTerm(term: Term): string {
  switch (term.termType) {
    case "NamedNode":
      return `<${escapeIri(term.value)}>`;
    case "BlankNode":
      return `_:${term.value}`;
    case "Literal": {
      const body = `"${escapeString(term.value)}"`;
      if (term.language) return `${body}@${term.language}`;
      return term.datatype.value === `${XSD_NS}string`
        ? body
        : `${body}^^<${escapeIri(term.datatype.value)}>`;
    }
    default:
      return "";
  }
}

function writeNQuads(sorted: Quad[]): string {
  const lines: string[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const q = sorted[i] as Quad;
    const graph = q.graph.termType === "DefaultGraph" ? "" : ` ${ntriplesTerm(q.graph)}`;
    lines[i] =
      `${ntriplesTerm(q.subject)} ${ntriplesTerm(q.predicate)} ${ntriplesTerm(q.object)}${graph} .\n`;
  }
  return lines.join("");
}

// A local name safe to write after a prefix without escapes.
const SAFE_LOCAL = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

function writeTurtleLike(sorted: Quad[], prefixes: Record<string, string>, trig: boolean): string {
  const byLength = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  const iri = (value: string): string => {
    for (const [name, namespace] of byLength) {
      if (value.startsWith(namespace)) {
        const local = value.slice(namespace.length);
        if (SAFE_LOCAL.test(local)) return `${name}:${local}`;
      }
    }
    return `<${escapeIri(value)}>`;
  };
  const term = (t: Term): string => {
    if (t.termType === "NamedNode") return iri(t.value);
    if (t.termType === "BlankNode") return `_:${t.value}`;
    if (t.termType !== "Literal") return "";
    const datatype = t.datatype.value;
    if (!t.language) {
      if (datatype === `${XSD_NS}integer` && /^[+-]?\d+$/.test(t.value)) return t.value;
      if (datatype === `${XSD_NS}decimal` && /^[+-]?\d*\.\d+$/.test(t.value)) return t.value;
      if (datatype === `${XSD_NS}boolean` && /^(?:true|false)$/.test(t.value)) return t.value;
    }
    const body = `"${escapeString(t.value)}"`;
    if (t.language) return `${body}@${t.language}`;
    return datatype === `${XSD_NS}string` ? body : `${body}^^${iri(datatype)}`;
  };
  const out: string[] = [];
  for (const [name, namespace] of Object.entries(prefixes))
    out.push(`@prefix ${name}: <${escapeIri(namespace)}>.\n`);
  out.push("\n");
  let graph: string | undefined;
  let subject: string | undefined;
  let predicate: string | undefined;
  const closeSubject = () => {
    if (subject !== undefined) out.push(".\n");
    subject = undefined;
    predicate = undefined;
  };
  for (const q of sorted) {
    const g = trig && q.graph.termType !== "DefaultGraph" ? term(q.graph) : "";
    if (trig && g !== graph) {
      closeSubject();
      if (graph) out.push("}\n");
      if (g) out.push(`${g} {\n`);
      graph = g;
    }
    const s = term(q.subject);
    const p = q.predicate.value === RDF_TYPE ? "a" : term(q.predicate);
    const o = term(q.object);
    if (s !== subject) {
      closeSubject();
      out.push(`${s} ${p} ${o}`);
      subject = s;
      predicate = p;
    } else if (p !== predicate) {
      out.push(`;\n    ${p} ${o}`);
      predicate = p;
    } else {
      out.push(`, ${o}`);
    }
  }
  closeSubject();
  if (trig && graph) out.push("}\n");
  return out.join("");
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
