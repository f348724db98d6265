// **export** writes sorted, byte-stable Turtle, TriG or N-Quads with the project's prefixes.
import { DataFactory, type Quad, type Term } from "n3";
import { PREFIXES } from "../map/vocab.ts";
import { EarlierRange } from "../util/fs.ts";

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

const RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

/** A term as the table keeps it: datatype always set for literals, language only when present. */
export interface TableTerm {
  termType: "NamedNode" | "BlankNode" | "Literal" | "DefaultGraph";
  value: string;
  language: string;
  datatype: string;
}

// The sort key of a term: blank nodes, then IRIs, then literals; the default graph first of all.
function termKey(term: TableTerm): string {
  switch (term.termType) {
    case "NamedNode":
      return `1${term.value}`;
    case "BlankNode":
      return `0${term.value}`;
    case "Literal":
      return `2${term.value}\u0000${term.language}\u0000${term.datatype}`;
    default:
      return "";
  }
}

/**
 * A graph held compactly for writing: every distinct term once, ranked by its sort key, and each
 * quad as four ranks. Sorting millions of quads is then four counting-sort passes over integers
 * instead of comparing long strings, and each term is escaped once however often it occurs.
 */
export class QuadTable {
  /** Distinct terms in sort order; a quad's ranks index into it. */
  readonly terms: readonly TableTerm[];
  /** Sorted, duplicate-free (graph, subject, predicate, object) ranks, four per quad. */
  readonly rows: Int32Array;
  private readonly typeRank: number;

  private constructor(terms: TableTerm[], rows: Int32Array, typeRank: number) {
    this.terms = terms;
    this.rows = rows;
    this.typeRank = typeRank;
  }

  static from(input: Iterable<QuadLike>): QuadTable {
    const terms: TableTerm[] = [
      { termType: "DefaultGraph", value: "", language: "", datatype: "" },
    ];
    const iris = new Map<string, number>();
    const blanks = new Map<string, number>();
    const literals = new Map<string, number>();
    const add = (map: Map<string, number>, key: string, term: TableTerm): number => {
      const id = terms.length;
      terms.push(term);
      map.set(key, id);
      return id;
    };
    // n3 literals carry a ready-made `id` string, but their value, language and datatype are parsed
    // out of it on every read: look the id up first, and read the parts once per distinct id.
    const literalIds = new Map<string, number>();
    const internLiteral = (term: TermLike): number => {
      const language = term.language ?? "";
      const datatype = language ? RDF_LANG_STRING : (term.datatype?.value ?? XSD_STRING);
      const key = `${term.value}\u0000${language}\u0000${datatype}`;
      const id = literals.get(key);
      if (id !== undefined) return id;
      return add(literals, key, { termType: "Literal", value: term.value, language, datatype });
    };
    const internNode = (
      map: Map<string, number>,
      termType: "NamedNode" | "BlankNode",
      value: string,
    ) => map.get(value) ?? add(map, value, { termType, value, language: "", datatype: "" });
    const intern = (term: TermLike): number => {
      switch (term.termType) {
        case "NamedNode":
          return internNode(iris, "NamedNode", term.value);
        case "BlankNode":
          return internNode(blanks, "BlankNode", term.value);
        case "Literal": {
          const n3Id = (term as { id?: unknown }).id;
          if (typeof n3Id !== "string") return internLiteral(term);
          let id = literalIds.get(n3Id);
          if (id === undefined) {
            id = internLiteral(term);
            literalIds.set(n3Id, id);
          }
          return id;
        }
        default:
          return 0;
      }
    };
    let ids = new Int32Array(4 * 1024);
    let count = 0;
    for (const q of input) {
      if (4 * count + 4 > ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      const at = 4 * count++;
      ids[at] = intern(q.graph);
      ids[at + 1] = intern(q.subject);
      ids[at + 2] = intern(q.predicate);
      ids[at + 3] = intern(q.object);
    }
    // Rank the distinct terms by their keys, then rewrite every id as its rank.
    const keys = terms.map(termKey);
    const order = Array.from(terms.keys()).sort((a, b) => {
      const ka = keys[a] as string;
      const kb = keys[b] as string;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    const rank = new Int32Array(terms.length);
    order.forEach((id, position) => {
      rank[id] = position;
    });
    for (let i = 0; i < 4 * count; i++) ids[i] = rank[ids[i] as number] as number;
    const sortedTerms = order.map((id) => terms[id] as TableTerm);
    const typeId = iris.get(RDF_TYPE);
    const typeRank = typeId === undefined ? -1 : (rank[typeId] as number);
    const rows = sortRows(ids.subarray(0, 4 * count), sortedTerms.length, typeRank, true);
    return new QuadTable(sortedTerms, rows, typeRank);
  }

  get size(): number {
    return this.rows.length / 4;
  }

  /** The quads again as n3 quads, in sorted order. */
  *quads(): Generator<Quad> {
    const n3Terms = this.terms.map(toN3Term);
    for (let i = 0; i < this.rows.length; i += 4) {
      yield quad(
        n3Terms[this.rows[i + 1] as number] as Quad["subject"],
        n3Terms[this.rows[i + 2] as number] as Quad["predicate"],
        n3Terms[this.rows[i + 3] as number] as Quad["object"],
        n3Terms[this.rows[i] as number] as Quad["graph"],
      );
    }
  }

  /** The rows with graphs dropped, re-sorted and deduplicated: the union graph Turtle writes. */
  unionRows(): Int32Array {
    const copy = new Int32Array(this.rows.length);
    for (let i = 0; i < this.rows.length; i += 4) {
      copy[i + 1] = this.rows[i + 1] as number;
      copy[i + 2] = this.rows[i + 2] as number;
      copy[i + 3] = this.rows[i + 3] as number;
    }
    return sortRows(copy, this.terms.length, this.typeRank, false);
  }

  /**
   * The graph as sorted N-Quads, UTF-8 encoded, in buffers of about chunkBytes that end at line
   * ends. Each term is encoded once and lines are copied together byte by byte: no per-line strings
   * for the garbage collector, and no string-length ceiling.
   */
  *nquadsChunks(chunkBytes = 16 * 1024 * 1024): Generator<Uint8Array> {
    // Without splices there are only bytes.
    for (const piece of this.nquadsPieces({}, chunkBytes))
      if (!(piece instanceof EarlierRange)) yield piece;
  }

  /**
   * nquadsChunks with stretches of the earlier output placed among the graphs (`splice`), which
   * also tells where each graph landed.
   */
  *nquadsPieces(
    splice: SpliceOptions,
    chunkBytes = 16 * 1024 * 1024,
  ): Generator<Uint8Array | EarlierRange> {
    const { arena, offsets, longest } = this.encodedTerms();
    const lineMax = 4 * longest + 8;
    const rows = this.rows;
    const output = new SplicedOutput<Uint8Array>(splice);
    const size = Math.max(chunkBytes, lineMax) + lineMax;
    let out = Buffer.allocUnsafe(size);
    let at = 0;
    // Bytes of `out` before this were handed out already.
    let taken = 0;
    // A plain loop: terms are short, and Buffer#copy costs more per call than it saves.
    const put = (rank: number) => {
      const end = offsets[rank + 1] as number;
      for (let k = offsets[rank] as number; k < end; k++) out[at++] = arena[k] as number;
    };
    // A chunk is a view of `out`; a new buffer comes only once it is full, since splices take a
    // chunk at every subject they go among (a buffer each would be gigabytes to collect).
    const take = (): Uint8Array | undefined => {
      if (at === taken) return undefined;
      const chunk = out.subarray(taken, at);
      taken = at;
      if (at >= chunkBytes) {
        out = Buffer.allocUnsafe(size);
        at = 0;
        taken = 0;
      }
      return chunk;
    };
    const flush = () => output.emit(take());
    /** Where the next byte lands in the output. */
    const position = () => output.written + at - taken;
    const subjects = new SubjectSplicer(splice, output);
    let graph = -1;
    let subject = -1;
    let skipping = false;
    for (let i = 0; i < rows.length; i += 4) {
      if (rows[i] !== graph) {
        subjects.close(position());
        yield* subjects.leaveGraph(flush);
        output.close(position());
        graph = rows[i] as number;
        subject = -1;
        const term = this.terms[graph] as TableTerm;
        // The default graph's key is "": nothing sorts before it.
        if (output.pending) yield* output.spliceBefore(termKey(term), flush);
        skipping = output.skips(term.value);
        if (!skipping) output.open(term.value, position());
        subjects.enterGraph(term.value);
      }
      if (skipping) continue;
      if (rows[i + 1] !== subject && subjects.active) {
        subject = rows[i + 1] as number;
        subjects.close(position());
        const term = this.terms[subject] as TableTerm;
        if (subjects.pending) yield* subjects.spliceBefore(termKey(term), flush);
        subjects.open(term.value, position());
      }
      if (at >= chunkBytes) yield* output.emit(take());
      put(rows[i + 1] as number);
      out[at++] = 0x20;
      put(rows[i + 2] as number);
      out[at++] = 0x20;
      put(rows[i + 3] as number);
      // The default graph has rank 0 and writes nothing.
      if (this.terms[graph]?.termType !== "DefaultGraph") {
        out[at++] = 0x20;
        put(graph);
      }
      out[at++] = 0x20;
      out[at++] = 0x2e;
      out[at++] = 0x0a;
      output.count();
      subjects.count();
    }
    subjects.close(position());
    yield* subjects.leaveGraph(flush);
    subjects.checkPlaced();
    output.close(position());
    yield* output.spliceBefore(undefined, flush);
    yield* flush();
  }

  /** Every term's N-Triples form, UTF-8, back to back in one buffer. */
  private encodedTerms(): { arena: Buffer; offsets: Int32Array; longest: number } {
    const texts = this.terms.map(ntriplesTerm);
    const offsets = new Int32Array(texts.length + 1);
    let total = 0;
    let longest = 0;
    texts.forEach((text, rank) => {
      const bytes = Buffer.byteLength(text);
      offsets[rank] = total;
      total += bytes;
      longest = Math.max(longest, bytes);
    });
    offsets[texts.length] = total;
    const arena = Buffer.allocUnsafe(total);
    texts.forEach((text, rank) => {
      arena.write(text, offsets[rank] as number);
    });
    return { arena, offsets, longest };
  }
}

/** Bytes of the earlier output, written again where `iri` sorts among the new output. */
export interface Splice {
  /** The graph (N-Quads) or the first subject (Turtle) the bytes stand for. */
  iri: string;
  range: EarlierRange;
}

/** Where a graph (N-Quads) or a run of subjects (Turtle) landed, in bytes of the output. */
export interface WrittenRun {
  key: string;
  start: number;
  end: number;
  /** Lines (quads) written for it; undefined for a splice or in Turtle. */
  quads?: number;
}

export interface SpliceOptions {
  /** Sorted by IRI; each is written just before the first graph or subject that sorts after it. */
  splices?: readonly Splice[];
  /** Graphs of the table not to write: their lines come from a splice. */
  skipGraphs?: ReadonlySet<string>;
  /** Told where each graph's lines (N-Quads) or each run's statements (Turtle) landed. */
  onWritten?: (run: WrittenRun) => void;
  /**
   * N-Quads only: lines of single subjects of one graph taken from the earlier output, sorted by
   * subject IRI, placed among that graph's subjects (the table holds none of their quads; it must
   * hold some quad of the graph, or they have no place).
   */
  subjectSplices?: { graph: string; splices: readonly Splice[] };
  /** N-Quads only: told where each subject of subjectSplices' graph landed, written or spliced. */
  onSubjectWritten?: (run: WrittenRun) => void;
}

/**
 * The subject-level splices of one graph in an N-Quads write (SpliceOptions.subjectSplices): they
 * go among the graph's subjects, in sort order, and every subject's lines are reported.
 */
class SubjectSplicer<Chunk extends Uint8Array | string> {
  private readonly graph: string | undefined;
  private readonly splices: readonly Splice[];
  private readonly spliced: ReadonlySet<string>;
  private next = 0;
  private inGraph = false;
  private run: { key: string; start: number; quads: number } | undefined;

  constructor(
    private readonly options: SpliceOptions,
    private readonly output: SplicedOutput<Chunk>,
  ) {
    this.graph = options.subjectSplices?.graph;
    this.splices = options.subjectSplices?.splices ?? [];
    this.spliced = new Set(this.splices.map((splice) => splice.iri));
  }

  /** True while the rows are in the graph whose subjects are reported and spliced. */
  get active(): boolean {
    return this.inGraph;
  }

  get pending(): boolean {
    return this.next < this.splices.length;
  }

  enterGraph(iri: string): void {
    this.inGraph = iri === this.graph;
  }

  open(subject: string, start: number): void {
    if (this.spliced.has(subject)) throw new Error(`${subject} is both spliced and written anew`);
    this.run = { key: subject, start, quads: 0 };
  }

  count(): void {
    if (this.run) this.run.quads++;
  }

  close(end: number): void {
    if (!this.run) return;
    const { key, start, quads } = this.run;
    this.options.onSubjectWritten?.({ key, start, end, quads });
    this.run = undefined;
  }

  /** The splices left when the rows leave the graph. */
  *leaveGraph(flush: () => Iterable<Chunk | EarlierRange>): Generator<Chunk | EarlierRange> {
    if (!this.inGraph) return;
    this.inGraph = false;
    yield* this.spliceBefore(undefined, flush);
  }

  /** Splices never placed would be lost lines: the table held no quad of their graph. */
  checkPlaced(): void {
    if (this.pending)
      throw new Error(`${this.graph} has subjects to splice in but no lines of its own`);
  }

  /** Writes the splices whose subject sorts before `key` (all that are left for undefined). */
  *spliceBefore(
    key: string | undefined,
    flush: () => Iterable<Chunk | EarlierRange>,
  ): Generator<Chunk | EarlierRange> {
    const report = this.options.onSubjectWritten;
    this.next = yield* spliceRuns(this.splices, this.next, key, flush, this.output, report);
  }
}

/**
 * Bookkeeping shared by the spliced writers: byte offsets of the output so far, splices still to
 * place (adjacent pieces of one earlier file go out as one), and the run being written.
 */
class SplicedOutput<Chunk extends Uint8Array | string> {
  /** Bytes handed out so far. */
  written = 0;
  private next = 0;
  private run: { key: string; start: number; quads: number } | undefined;
  private readonly splices: readonly Splice[];
  private readonly spliced: ReadonlySet<string>;

  constructor(private readonly options: SpliceOptions) {
    this.splices = options.splices ?? [];
    this.spliced = new Set(this.splices.map((splice) => splice.iri));
  }

  get pending(): boolean {
    return this.next < this.splices.length;
  }

  skips(iri: string): boolean {
    return this.options.skipGraphs?.has(iri) ?? false;
  }

  /** Opens a run that starts at byte `start` of the output. */
  open(key: string, start: number): void {
    // A splice stands for all of its run: the table must hold none of it.
    if (this.spliced.has(key)) throw new Error(`${key} is both spliced and written anew`);
    this.run = { key, start, quads: 0 };
  }

  count(): void {
    if (this.run) this.run.quads++;
  }

  /** Closes the open run, if any, at byte `end` of the output. */
  close(end: number): void {
    if (!this.run) return;
    const { key, start, quads } = this.run;
    this.options.onWritten?.({ key, start, end, quads });
    this.run = undefined;
  }

  /** Hands out a chunk, counting its bytes. */
  *emit(chunk: Chunk | EarlierRange | undefined, bytes?: number): Generator<Chunk | EarlierRange> {
    if (chunk === undefined || chunk.length === 0) return;
    this.written += bytes ?? (typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length);
    yield chunk;
  }

  /**
   * Writes the splices whose key sorts before `key` (all that are left for undefined), after what
   * `flush` hands out. Keys are table sort keys, so splices land where a full build puts them.
   */
  *spliceBefore(
    key: string | undefined,
    flush: () => Iterable<Chunk | EarlierRange>,
  ): Generator<Chunk | EarlierRange> {
    this.next = yield* spliceRuns(
      this.splices,
      this.next,
      key,
      flush,
      this,
      this.options.onWritten,
    );
  }
}

/**
 * The splices from `from` on whose key sorts before `key` (all that are left for undefined), after
 * what `flush` hands out: consecutive ranges of the earlier file go out as one stretch, and
 * `report` is told where each landed. Returns where the next splice starts.
 */
function* spliceRuns<Chunk extends Uint8Array | string>(
  splices: readonly Splice[],
  from: number,
  key: string | undefined,
  flush: () => Iterable<Chunk | EarlierRange>,
  output: SplicedOutput<Chunk>,
  report: ((run: WrittenRun) => void) | undefined,
): Generator<Chunk | EarlierRange, number> {
  let next = from;
  let joined: EarlierRange | undefined;
  while (next < splices.length) {
    const { iri, range } = splices[next] as Splice;
    if (key !== undefined && `1${iri}` >= key) break;
    next++;
    if (joined === undefined) yield* flush();
    if (joined?.end === range.start) joined = new EarlierRange(joined.start, range.end);
    else {
      yield* output.emit(joined);
      joined = range;
    }
    const start = output.written + joined.length - range.length;
    report?.({ key: iri, start, end: start + range.length });
  }
  yield* output.emit(joined);
  return next;
}

/**
 * Sorts quads given as rank quadruples by graph, subject, predicate (rdf:type first, as people read
 * Turtle) and object, and drops duplicates. Least-significant-first counting sort: each pass is
 * stable and linear in quads plus distinct terms.
 */
function sortRows(
  ids: Int32Array,
  termCount: number,
  typeRank: number,
  withGraphs: boolean,
): Int32Array {
  const n = ids.length / 4;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const counts = new Int32Array(termCount + 2);
  for (const field of withGraphs ? [3, 2, 1, 0] : [3, 2, 1]) {
    const keyOf = (row: number): number => {
      const value = ids[4 * row + field] as number;
      if (field !== 2) return value;
      return value === typeRank ? 0 : value + 1;
    };
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const k = keyOf(i) + 1;
      counts[k] = (counts[k] as number) + 1;
    }
    for (let k = 1; k < counts.length; k++)
      counts[k] = (counts[k] as number) + (counts[k - 1] as number);
    for (let i = 0; i < n; i++) {
      const row = order[i] as number;
      const k = keyOf(row);
      const slot = counts[k] as number;
      counts[k] = slot + 1;
      next[slot] = row;
    }
    [order, next] = [next, order];
  }
  const sorted = new Int32Array(ids.length);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const at = 4 * (order[i] as number);
    if (
      length > 0 &&
      sorted[length - 4] === ids[at] &&
      sorted[length - 3] === ids[at + 1] &&
      sorted[length - 2] === ids[at + 2] &&
      sorted[length - 1] === ids[at + 3]
    )
      continue;
    sorted.set(ids.subarray(at, at + 4), length);
    length += 4;
  }
  return sorted.slice(0, length);
}

function toN3Term(term: TableTerm): Term {
  switch (term.termType) {
    case "NamedNode":
      return namedNode(term.value);
    case "BlankNode":
      return blankNode(term.value);
    case "Literal":
      if (term.language) return literal(term.value, term.language);
      return term.datatype === XSD_STRING
        ? literal(term.value)
        : literal(term.value, namedNode(term.datatype));
    default:
      return defaultGraph();
  }
}

export interface WriteOptions {
  format: ExportFormat;
  /** Data namespace prefixes (e.g. entity IRIs under --base). */
  extraPrefixes?: Record<string, string>;
  /** Approximate characters per chunk that writeRdfChunks yields (default 16 million). */
  chunkChars?: number;
}

/** Serializes quads; Turtle merges all graphs into one, TriG keeps one named graph per announcement. */
export function writeRdf(input: Iterable<QuadLike> | QuadTable, options: WriteOptions): string {
  return Array.from(writeRdfChunks(input, options)).join("");
}

/**
 * The same text as writeRdf, in pieces that end at line ends: a graph of millions of quads does not
 * fit in one JavaScript string (V8 stops near 536 million characters).
 */
export function* writeRdfChunks(
  input: Iterable<QuadLike> | QuadTable,
  options: WriteOptions,
): Generator<string> {
  const table = input instanceof QuadTable ? input : QuadTable.from(input);
  const chunkChars = options.chunkChars ?? 16_000_000;
  if (options.format === "nquads") {
    const decoder = new TextDecoder();
    for (const chunk of table.nquadsChunks(chunkChars)) yield decoder.decode(chunk);
    return;
  }
  const prefixes = { ...PREFIXES, ...(options.extraPrefixes ?? {}) };
  // Without splices the writer yields text only.
  for (const chunk of writeTurtleLike(table, prefixes, options.format === "trig", chunkChars))
    if (typeof chunk === "string") yield chunk;
}

export interface TurtleSpliceOptions extends SpliceOptions {
  /** The run a subject belongs to (runs are contiguous in sort order), or undefined for none. */
  runOf?: (subject: string) => string | undefined;
}

/**
 * The Turtle export (all graphs merged) of `table` with earlier statements spliced in, as text and
 * bytes. A splice stands for a whole run of subjects (see TurtleSpliceOptions.runOf), which the
 * table must not hold; onWritten tells where each run landed.
 */
export function turtleChunksSpliced(
  table: QuadTable,
  options: { extraPrefixes?: Record<string, string>; chunkChars?: number } & TurtleSpliceOptions,
): Generator<string | EarlierRange> {
  const prefixes = { ...PREFIXES, ...(options.extraPrefixes ?? {}) };
  return writeTurtleLike(table, prefixes, false, options.chunkChars ?? 16_000_000, options);
}

/** A place in the text a ChunkBuffer holds where a run starts or ends. */
interface Mark {
  key: string;
  edge: "start" | "end";
  /** Characters into the pending text; bytes into the chunk once taken. */
  at: number;
}

/** Collects small strings and hands them back joined, a chunk at a time. */
class ChunkBuffer {
  private parts: string[] = [];
  private length = 0;
  private marks: Mark[] = [];
  constructor(private readonly chunkChars: number) {}
  push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
  mark(key: string, edge: Mark["edge"]): void {
    this.marks.push({ key, edge, at: this.length });
  }
  /** The buffered text once it has reached the chunk size (call at line ends only). */
  take(force = false): { text: string; bytes: number; marks: Mark[] } | undefined {
    if (this.parts.length === 0 || (!force && this.length < this.chunkChars)) return undefined;
    const text = this.parts.join("");
    // Marks count characters; the file counts UTF-8 bytes.
    let chars = 0;
    let bytes = 0;
    for (const mark of this.marks) {
      bytes += Buffer.byteLength(text.slice(chars, mark.at));
      chars = mark.at;
      mark.at = bytes;
    }
    bytes += Buffer.byteLength(text.slice(chars));
    const marks = this.marks;
    this.parts = [];
    this.length = 0;
    this.marks = [];
    return { text, bytes, marks };
  }
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

function ntriplesTerm(term: TableTerm): string {
  switch (term.termType) {
    case "NamedNode":
      return `<${escapeIri(term.value)}>`;
    case "BlankNode":
      return `_:${term.value}`;
    case "Literal": {
      const body = `"${escapeString(term.value)}"`;
      if (term.language) return `${body}@${term.language}`;
      return term.datatype === XSD_STRING ? body : `${body}^^<${escapeIri(term.datatype)}>`;
    }
    default:
      return "";
  }
}

// A local name safe to write after a prefix without escapes.
const SAFE_LOCAL = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

function* writeTurtleLike(
  table: QuadTable,
  prefixes: Record<string, string>,
  trig: boolean,
  chunkChars: number,
  splice: TurtleSpliceOptions = {},
): Generator<string | EarlierRange> {
  const term = turtleTerms(table, prefixes);
  const buffer = new ChunkBuffer(chunkChars);
  const output = new SplicedOutput<string>(splice);
  function* flush(force: boolean): Generator<string | EarlierRange> {
    const taken = buffer.take(force);
    if (!taken) return;
    for (const mark of taken.marks) {
      if (mark.edge === "start") output.open(mark.key, output.written + mark.at);
      else output.close(output.written + mark.at);
    }
    yield* output.emit(taken.text, taken.bytes);
  }
  const flushAll = () => flush(true);
  const runs = new SubjectRuns(table, splice.runOf);
  for (const [name, namespace] of Object.entries(prefixes))
    buffer.push(`@prefix ${name}: <${escapeIri(namespace)}>.\n`);
  buffer.push("\n");
  const rows = trig ? table.rows : table.unionRows();
  let graph: number | undefined;
  let subject: number | undefined;
  let predicate: number | undefined;
  const closeSubject = () => {
    if (subject !== undefined) buffer.push(".\n");
    subject = undefined;
    predicate = undefined;
  };
  for (let i = 0; i < rows.length; i += 4) {
    const s = rows[i + 1] as number;
    if ((trig && rows[i] !== graph) || s !== subject) {
      // A statement ends here: the one place a chunk may end, a run change or a splice go.
      closeSubject();
      const run = runs.enter(s, buffer);
      if (output.pending)
        yield* output.spliceBefore(termKey(table.terms[s] as TableTerm), flushAll);
      if (run !== undefined) buffer.mark(run, "start");
      yield* flush(false);
    }
    if (trig && rows[i] !== graph) {
      closeSubject();
      if (graph !== undefined && table.terms[graph]?.termType !== "DefaultGraph")
        buffer.push("}\n");
      graph = rows[i] as number;
      if (table.terms[graph]?.termType !== "DefaultGraph") buffer.push(`${term(graph)} {\n`);
    }
    const p = rows[i + 2] as number;
    const o = term(rows[i + 3] as number);
    const pText = table.terms[p]?.value === RDF_TYPE ? "a" : term(p);
    if (s !== subject) {
      closeSubject();
      buffer.push(`${term(s)} ${pText} ${o}`);
      subject = s;
      predicate = p;
    } else if (p !== predicate) {
      buffer.push(`;\n    ${pText} ${o}`);
      predicate = p;
    } else {
      buffer.push(`, ${o}`);
    }
  }
  closeSubject();
  runs.enter(undefined, buffer);
  if (trig && graph !== undefined && table.terms[graph]?.termType !== "DefaultGraph")
    buffer.push("}\n");
  yield* output.spliceBefore(undefined, flushAll);
  yield* flush(true);
}

/**
 * Which run each subject belongs to, marking in the buffer where one ends; enter() returns the run
 * a new subject starts, if it starts one.
 */
class SubjectRuns {
  private current: string | undefined;
  private readonly runOfRank: Array<string | null | undefined> = [];

  constructor(
    private readonly table: QuadTable,
    private readonly runOf: ((subject: string) => string | undefined) | undefined,
  ) {}

  enter(subject: number | undefined, buffer: ChunkBuffer): string | undefined {
    if (!this.runOf) return undefined;
    const run = subject === undefined ? undefined : this.of(subject);
    if (run === this.current) return undefined;
    if (this.current !== undefined) buffer.mark(this.current, "end");
    this.current = run;
    return run;
  }

  private of(rank: number): string | undefined {
    let run = this.runOfRank[rank];
    if (run === undefined) {
      const t = this.table.terms[rank] as TableTerm;
      run = (t.termType === "NamedNode" && this.runOf?.(t.value)) || null;
      this.runOfRank[rank] = run;
    }
    return run ?? undefined;
  }
}

/** Each term's Turtle form, written once per term, with the prefixes' short names. */
function turtleTerms(table: QuadTable, prefixes: Record<string, string>): (rank: number) => string {
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
  const written: Array<string | undefined> = [];
  return (rank: number): string => {
    let text = written[rank];
    if (text !== undefined) return text;
    text = turtleTerm(table.terms[rank] as TableTerm, iri);
    written[rank] = text;
    return text;
  };
}

function turtleTerm(t: TableTerm, iri: (value: string) => string): string {
  if (t.termType === "NamedNode") return iri(t.value);
  if (t.termType === "BlankNode") return `_:${t.value}`;
  if (t.termType !== "Literal") return "";
  if (!t.language) {
    if (t.datatype === `${XSD_NS}integer` && /^[+-]?\d+$/.test(t.value)) return t.value;
    if (t.datatype === `${XSD_NS}decimal` && /^[+-]?\d*\.\d+$/.test(t.value)) return t.value;
    if (t.datatype === `${XSD_NS}boolean` && /^(?:true|false)$/.test(t.value)) return t.value;
  }
  const body = `"${escapeString(t.value)}"`;
  if (t.language) return `${body}@${t.language}`;
  return t.datatype === XSD_STRING ? body : `${body}^^${iri(t.datatype)}`;
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
    work: `${base}work/`,
    event: `${base}event/`,
    place: `${base}place/`,
  };
}
