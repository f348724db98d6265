// **validate** checks a graph against the SHACL shapes in ontology/shapes.ttl with shacl-engine.
// The shapes constrain nodes whose triples sit in different named graphs (an entity's label in the
// entities graph, its facts in an announcement graph), so the union of all graphs is validated.

import { readFileSync } from "node:fs";
import type * as RDF from "@rdfjs/types";
import { Parser } from "n3";
// rdf-ext's data and dataset factories only: its default environment also loads parsers and
// serializers for every format, which costs ~0.3 s at startup.
// @ts-expect-error rdf-ext ships no type declarations; the few calls used are typed below.
import RdfExtDataFactory from "rdf-ext/DataFactory.js";
// @ts-expect-error rdf-ext ships no type declarations; the few calls used are typed below.
import RdfExtDatasetFactory from "rdf-ext/DatasetFactory.js";
import { LaurelError } from "../errors.ts";
import type { QuadLike, TermLike } from "../export/index.ts";
import { PREFIXES } from "../map/vocab.ts";
import type { DiagnosticSink } from "../types.ts";
import { packagePath } from "../util/paths.ts";

/** ontology/shapes.ttl of this package, wherever the process runs from. */
export const DEFAULT_SHAPES_PATH = packagePath("ontology", "shapes.ttl");

/** Triples validated at once; larger graphs are validated in pieces of about this size. */
export const DEFAULT_CHUNK_SIZE = 20_000;

export type ValidationSeverity = "Violation" | "Warning" | "Info";

export interface ValidationResult {
  severity: ValidationSeverity;
  /** IRI (or _:label of a blank node) of the node that fails the shape. */
  focusNode: string;
  /** IRI of the property, or undefined for node-level constraints and complex paths. */
  path: string | undefined;
  message: string;
  /** IRI or _:label of the shape that failed. */
  shape: string;
  /** The offending value (an IRI, or a literal in N-Triples form) when the constraint has one. */
  value: string | undefined;
}

export interface ValidationReport {
  conforms: boolean;
  results: ValidationResult[];
}

export interface ValidateOptions {
  shapesPath?: string;
  /** Triples per validation pass (default DEFAULT_CHUNK_SIZE). */
  chunkSize?: number;
}

interface Factory extends RDF.DataFactory {
  dataset(quads?: RDF.Quad[]): RDF.DatasetCore;
}

interface EngineResult {
  severity: RDF.Term;
  focusNode: { term: RDF.Term };
  path?: Array<{ predicates: RDF.Term[]; start: string; quantifier: string }> | null;
  message: RDF.Literal[];
  shape: { ptr: { term: RDF.Term } };
  value?: { term: RDF.Term };
}

interface Engine {
  validate(data: { dataset: RDF.DatasetCore }): Promise<{ results: EngineResult[] }>;
  registry: { validations: Map<RDF.Term, CompileConstraint> };
}

/** shacl-engine's constraint compilers: a shape in, checks of a value in context out. */
type CompileConstraint = (shape: ShapeLike) => { generic: (context: ConstraintContext) => void };
interface ShapeLike {
  ptr: { out(path: RDF.Term[]): { term: RDF.Term } };
}
interface ConstraintContext {
  valueOrNode: { term: RDF.Term };
  factory: Factory;
  test(result: boolean, component: RDF.Term, details: Record<string, unknown>): void;
}

interface FactoryClass {
  prototype: Record<string, (...args: unknown[]) => unknown> & { init?: () => void };
  exports: string[];
}

/** What `new Environment([DataFactory, DatasetFactory], { bind: true })` of rdf-ext builds. */
function rdfExtFactory(classes: FactoryClass[]): Factory {
  const env: Record<string, unknown> = {};
  for (const cls of classes) {
    cls.prototype.init?.call(env);
    for (const method of cls.exports) env[method] = cls.prototype[method]?.bind(env);
  }
  return env as unknown as Factory;
}

const factory = rdfExtFactory([RdfExtDataFactory, RdfExtDatasetFactory]);
const SH = "http://www.w3.org/ns/shacl#";
const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

const engines = new Map<string, Engine>();

type ShaclValidatorClass = new (shapes: unknown, options: { factory: unknown }) => unknown;
let ShaclValidator: ShaclValidatorClass | undefined;

/**
 * shacl-engine, loaded when something is validated: it takes 0.2 s to load, and a build over
 * 250,000 quads never validates.
 */
async function loadShaclEngine(): Promise<ShaclValidatorClass> {
  // @ts-expect-error shacl-engine ships no type declarations; the one call used is typed above.
  ShaclValidator ??= (await import("shacl-engine")).Validator as ShaclValidatorClass;
  return ShaclValidator;
}

function loadEngine(shapesPath: string, Validator: ShaclValidatorClass): Engine {
  const cached = engines.get(shapesPath);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(shapesPath, "utf8");
  } catch (error) {
    throw new LaurelError(
      "missing-shapes",
      `cannot read SHACL shapes ${shapesPath} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      { cause: error },
    );
  }
  let parsed: RDF.Quad[];
  try {
    parsed = new Parser({ baseIRI: `file://${shapesPath}` }).parse(text);
  } catch (error) {
    throw new LaurelError(
      "bad-shapes",
      `SHACL shapes ${shapesPath} are not valid Turtle (${(error as Error).message})`,
      { cause: error },
    );
  }
  const shapes = factory.dataset(parsed.map((q) => toTriple(q)));
  const engine = new Validator(shapes, { factory }) as unknown as Engine;
  acceptAllUnicodeStrings(engine);
  engines.set(shapesPath, engine);
  return engine;
}

/**
 * sh:datatype xsd:string, checked for well-formed Unicode. The check shacl-engine borrows from
 * rdf-validation rejects every character past U+FFFF (it tests UTF-16 surrogates one by one), so
 * an announcement with an emoji or a rare Chinese character from plane 2 would never conform.
 */
function acceptAllUnicodeStrings(engine: Engine): void {
  const key = [...engine.registry.validations.keys()].find((t) => t.value === `${SH}datatype`);
  const original = key ? engine.registry.validations.get(key) : undefined;
  if (!key || !original) return;
  const component = factory.namedNode(`${SH}DatatypeConstraintComponent`);
  engine.registry.validations.set(key, (shape) => {
    const datatype = shape.ptr.out([key]).term;
    if (datatype.value !== XSD_STRING) return original(shape);
    return {
      generic: (context) => {
        const term = context.valueOrNode.term;
        const ok =
          term.termType === "Literal" &&
          term.datatype.value === XSD_STRING &&
          wellFormed(term.value);
        context.test(ok, component, {
          args: { datatype },
          message: [context.factory.literal("Value does not have datatype {$datatype}")],
          value: context.valueOrNode,
        });
      },
    };
  });
}

/** No lone surrogate and no U+FFFE/U+FFFF: what XML Schema allows in a string. */
function wellFormed(value: string): boolean {
  return !/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
    value,
  );
}

// ---------------------------------------------------------------------------------------------
// The data graph handed to shacl-engine. @rdfjs/dataset builds a fresh index for every match
// result, and shacl-engine matches a lot: a match here is a filtered array, which made validation
// several times faster and lighter.

function matches(
  q: RDF.Quad,
  s?: RDF.Term | null,
  p?: RDF.Term | null,
  o?: RDF.Term | null,
  g?: RDF.Term | null,
): boolean {
  return (
    (!s || s.equals(q.subject)) &&
    (!p || p.equals(q.predicate)) &&
    (!o || o.equals(q.object)) &&
    (!g || g.equals(q.graph))
  );
}

class QuadList implements RDF.DatasetCore {
  constructor(private quads: RDF.Quad[]) {}
  get size(): number {
    return this.quads.length;
  }
  add(quad: RDF.Quad): this {
    if (!this.has(quad)) this.quads.push(quad);
    return this;
  }
  delete(quad: RDF.Quad): this {
    this.quads = this.quads.filter((q) => !q.equals(quad));
    return this;
  }
  has(quad: RDF.Quad): boolean {
    return this.quads.some((q) => q.equals(quad));
  }
  match(
    s?: RDF.Term | null,
    p?: RDF.Term | null,
    o?: RDF.Term | null,
    g?: RDF.Term | null,
  ): RDF.DatasetCore {
    return new QuadList(this.quads.filter((q) => matches(q, s, p, o, g)));
  }
  [Symbol.iterator](): Iterator<RDF.Quad> {
    return this.quads[Symbol.iterator]();
  }
}

/** Index key of a subject or object; literals are not indexed (undefined). */
function nodeKey(term: TermLike): string | undefined {
  if (term.termType === "NamedNode") return term.value;
  if (term.termType === "BlankNode") return `_:${term.value}`;
  return undefined;
}

class IndexedDataset implements RDF.DatasetCore {
  private readonly all: RDF.Quad[] = [];
  private readonly bySubject = new Map<string, RDF.Quad[]>();
  private readonly byObject = new Map<string, RDF.Quad[]>();
  private readonly byPredicate = new Map<string, RDF.Quad[]>();

  get size(): number {
    return this.all.length;
  }
  add(quad: RDF.Quad): this {
    const subject = nodeKey(quad.subject) as string;
    const bucket = this.bySubject.get(subject);
    if (bucket?.some((q) => q.equals(quad))) return this;
    this.all.push(quad);
    push(this.bySubject, subject, quad);
    push(this.byPredicate, quad.predicate.value, quad);
    const object = nodeKey(quad.object);
    if (object !== undefined) push(this.byObject, object, quad);
    return this;
  }
  delete(): this {
    throw new Error("the validation data graph is read-only");
  }
  has(quad: RDF.Quad): boolean {
    return this.bySubject.get(nodeKey(quad.subject) ?? "")?.some((q) => q.equals(quad)) ?? false;
  }
  match(
    s?: RDF.Term | null,
    p?: RDF.Term | null,
    o?: RDF.Term | null,
    g?: RDF.Term | null,
  ): RDF.DatasetCore {
    const objectKey = o ? nodeKey(o) : undefined;
    const candidates = s
      ? this.bySubject.get(nodeKey(s) ?? "")
      : objectKey !== undefined
        ? this.byObject.get(objectKey)
        : p
          ? this.byPredicate.get(p.value)
          : this.all;
    return new QuadList(candidates ? candidates.filter((q) => matches(q, s, p, o, g)) : []);
  }
  [Symbol.iterator](): Iterator<RDF.Quad> {
    return this.all[Symbol.iterator]();
  }
}

function push<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

// ---------------------------------------------------------------------------------------------

function toTerm(term: TermLike): RDF.Term {
  switch (term.termType) {
    case "NamedNode":
      return factory.namedNode(term.value);
    case "BlankNode":
      return factory.blankNode(term.value);
    case "Literal":
      if (term.language) return factory.literal(term.value, term.language);
      return factory.literal(term.value, factory.namedNode(term.datatype?.value ?? XSD_STRING));
    default:
      throw new Error(`unexpected ${term.termType} in a triple`);
  }
}

/** The quad as a triple of the default graph: named graphs are merged. */
function toTriple(q: QuadLike): RDF.Quad {
  return factory.quad(
    toTerm(q.subject) as RDF.Quad_Subject,
    toTerm(q.predicate) as RDF.Quad_Predicate,
    toTerm(q.object) as RDF.Quad_Object,
  );
}

function termText(term: RDF.Term): string {
  if (term.termType === "Literal") {
    const escaped = JSON.stringify(term.value);
    if (term.language) return `${escaped}@${term.language}`;
    if (term.datatype.value === XSD_STRING) return escaped;
    return `${escaped}^^<${term.datatype.value}>`;
  }
  if (term.termType === "BlankNode") return `_:${term.value}`;
  return term.value;
}

function severityOf(term: RDF.Term): ValidationSeverity {
  if (term.value === `${SH}Warning`) return "Warning";
  if (term.value === `${SH}Info`) return "Info";
  return "Violation";
}

function toResult(r: EngineResult): ValidationResult {
  const step = r.path?.length === 1 ? r.path[0] : undefined;
  const simple = step && step.quantifier === "one" && step.start === "subject";
  return {
    severity: severityOf(r.severity),
    focusNode: termText(r.focusNode.term),
    path: simple ? step.predicates[0]?.value : undefined,
    message: r.message.map((m) => m.value).join("; ") || "constraint not satisfied",
    shape: termText(r.shape.ptr.term),
    value: r.value?.term ? termText(r.value.term) : undefined,
  };
}

/** Subjects whose descriptions are validated together: an IRI up to "#" (an announcement with
 * its conferrals, evidence, mentions and selectors), or one entity. */
function groupOf(subject: string): string {
  const hash = subject.indexOf("#");
  return hash < 0 ? subject : subject.slice(0, hash);
}

/**
 * Validates quads (RDF/JS: n3, Oxigraph or rdf-ext) against the shapes, with all named graphs
 * merged into one.
 *
 * The Laurel shapes look only at a focus node's own triples and at the rdf:type of its values
 * (ontology/shapes.ttl keeps them that way), so a large graph is validated in chunks: each chunk
 * holds the full descriptions of some subjects plus the types of every node they point to, and
 * only results about those subjects are kept. That keeps memory bounded and the time linear; the
 * outcome equals validating the whole graph at once (chunkSize: Infinity does that).
 */
export async function validateQuads(
  quads: Iterable<QuadLike>,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const engine = loadEngine(options.shapesPath ?? DEFAULT_SHAPES_PATH, await loadShaclEngine());
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;

  // Group the input by subject without converting it (the caller holds it anyway); only the
  // type triples and blank node descriptions, looked up from every chunk, are kept converted.
  const groups = new Map<string, QuadLike[]>();
  const types = new Map<string, RDF.Quad[]>();
  const blanks = new Map<string, RDF.Quad[]>();
  const subjects = new Set<string>();
  for (const q of quads) {
    const subject = nodeKey(q.subject) as string;
    subjects.add(subject);
    push(groups, groupOf(subject), q);
    if (q.predicate.value === RDF_TYPE) push(types, subject, toTriple(q));
    if (q.subject.termType === "BlankNode") push(blanks, subject, toTriple(q));
  }

  const results = new Map<string, ValidationResult>();
  let chunk: QuadLike[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const dataset = new IndexedDataset();
    const own = new Set<string>();
    const seen = new Set<string>();
    const pending: RDF.Quad[] = [];
    for (const q of chunk) {
      const triple = toTriple(q);
      dataset.add(triple);
      pending.push(triple);
      own.add(nodeKey(triple.subject) as string);
    }
    for (let q = pending.pop(); q; q = pending.pop()) {
      const object = nodeKey(q.object);
      if (object === undefined || own.has(object) || seen.has(object)) continue;
      seen.add(object);
      if (q.object.termType === "BlankNode") {
        // Blank nodes travel with whatever points at them, like selectors written inline.
        own.add(object);
        for (const t of blanks.get(object) ?? []) {
          dataset.add(t);
          pending.push(t);
        }
      } else if (!subjects.has(object)) {
        // A node that is nobody's subject is checked where it is pointed at.
        own.add(object);
      } else {
        for (const t of types.get(object) ?? []) dataset.add(t);
      }
    }
    const report = await engine.validate({ dataset });
    for (const r of report.results) {
      const focus = nodeKey(r.focusNode.term);
      if (focus === undefined || !own.has(focus)) continue;
      const result = toResult(r);
      const key = [result.focusNode, result.path, result.message, result.value, result.shape].join(
        "\u0000",
      );
      results.set(key, result);
    }
    chunk = [];
  };
  for (const group of groups.values()) {
    for (const q of group) chunk.push(q);
    if (chunk.length >= chunkSize) await flush();
  }
  await flush();

  const sorted = [...results.values()].sort(
    (a, b) =>
      compare(a.focusNode, b.focusNode) ||
      compare(a.path ?? "", b.path ?? "") ||
      compare(a.message, b.message) ||
      compare(a.value ?? "", b.value ?? ""),
  );
  // As in SHACL, any result (even sh:Info) means the graph does not conform.
  return { conforms: sorted.length === 0, results: sorted };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An IRI as prefix:local when a project prefix covers it. */
export function compactIri(iri: string, prefixes: Record<string, string> = PREFIXES): string {
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    if (iri.startsWith(namespace) && /^[A-Za-z_][\w-]*$/.test(iri.slice(namespace.length)))
      return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return iri;
}

function compactValue(value: string): string {
  const typed = /^(".*")\^\^<([^>]+)>$/s.exec(value);
  if (typed) return `${typed[1]}^^${compactIri(typed[2] as string)}`;
  return value.startsWith('"') ? value : compactIri(value);
}

/** "<focus node> <path>: <message> (value: ...)", the path and value compacted with prefixes. */
export function describeResult(r: ValidationResult): string {
  const path = r.path ? ` ${compactIri(r.path)}` : "";
  const value = r.value && r.value !== r.focusNode ? ` (value: ${compactValue(r.value)})` : "";
  return `${r.focusNode}${path}: ${r.message}${value}`;
}

/** One line per result, "Violation: <focus node> <path>: <message> (value: ...)", then a total. */
export function formatReport(report: ValidationReport): string {
  if (report.results.length === 0) return "The graph conforms to the Laurel shapes.\n";
  const lines = report.results.map((r) => `${r.severity}: ${describeResult(r)}`);
  const count = report.results.length;
  lines.push(`${count} result${count === 1 ? "" : "s"}: the graph does not conform.`);
  return `${lines.join("\n")}\n`;
}

/** Graphs larger than this are not validated during `laurel build` (about 10 s of work). */
export const DEFAULT_BUILD_VALIDATION_MAX_QUADS = 250_000;

/** A graph of `length` quads, read only if it is small enough to validate. */
export interface QuadsToRead {
  length: number;
  read(): readonly QuadLike[];
}

/**
 * Validation as a build step: each result becomes a "shacl" warning. Graphs over `maxQuads` are
 * skipped with an info diagnostic (`laurel validate` checks them); maxQuads 0 turns it off.
 */
export async function reportShaclDiagnostics(
  quads: readonly QuadLike[] | QuadsToRead,
  sink: DiagnosticSink,
  maxQuads: number = DEFAULT_BUILD_VALIDATION_MAX_QUADS,
): Promise<void> {
  if (maxQuads === 0) return;
  if (quads.length > maxQuads) {
    sink.report({
      code: "shacl-skipped",
      severity: "info",
      message: `SHACL validation skipped: the graph has ${quads.length} quads, over the build limit of ${maxQuads}; run \`laurel validate\` to check the store`,
    });
    return;
  }
  const report = await validateQuads(Array.isArray(quads) ? quads : (quads as QuadsToRead).read());
  for (const r of report.results)
    sink.report({
      code: "shacl",
      severity: "warning",
      message: `SHACL ${r.severity.toLowerCase()}: ${describeResult(r)}`,
    });
}
