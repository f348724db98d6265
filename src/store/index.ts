// **store** wraps the embedded Oxigraph store. Oxigraph's JS build lives in memory, so the store is
// persisted as one N-Quads file, written atomically and loaded in bulk.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { DataFactory, Parser, type Quad } from "n3";
import type oxigraph from "oxigraph";
import { LaurelError } from "../errors.ts";
import { writeFileAtomic } from "../util/fs.ts";

let loaded: typeof oxigraph | undefined;

/** Oxigraph, loaded on first use: its WebAssembly takes 0.2 s to start, and a build needs no store. */
function loadOxigraph(): typeof oxigraph {
  loaded ??= createRequire(import.meta.url)("oxigraph") as typeof oxigraph;
  return loaded;
}

const { namedNode, blankNode, quad } = DataFactory;

export type QueryResult =
  | { kind: "bindings"; variables: string[]; rows: Array<Map<string, oxigraph.Term>> }
  | { kind: "boolean"; value: boolean }
  | { kind: "quads"; quads: oxigraph.Quad[] };

/** Formats queryFormatted writes: results formats for SELECT/ASK, RDF media types for graphs. */
export type FormattedResults =
  | "json"
  | "xml"
  | "csv"
  | "tsv"
  | "application/n-triples"
  | "application/ld+json";

/** N-Quads as one string or as pieces that each end at a line end. */
export type NQuadsInput = string | Uint8Array | Array<string | Uint8Array>;

export interface LoadOptions {
  /** Names the input in error messages. */
  source?: string;
  /**
   * The text comes from Laurel's own writer: skip IRI and literal checks and the transaction (the
   * store is new, so a failed load is simply dropped). About a third faster.
   */
  trusted?: boolean;
}

/** Oxigraph load options for N-Quads; trusted input (Laurel's own writer) skips the term checks. */
export function loadOptions(trusted: boolean) {
  return {
    format: "application/n-quads",
    no_transaction: true,
    ...(trusted ? { lenient: true } : {}),
  };
}

/** Pieces of about this many bytes: Oxigraph reads them in turn, so no piece needs to be huge. */
const FILE_CHUNK_BYTES = 16 * 1024 * 1024;

export class LaurelStore {
  private constructor(private readonly store: oxigraph.Store) {}

  /** Loads N-Quads in one bulk call (adding quads one by one is ~20x slower). */
  static fromNQuads(input: NQuadsInput, options: LoadOptions | string = {}): LaurelStore {
    const { source = "N-Quads", trusted = false } =
      typeof options === "string" ? { source: options } : options;
    const store = new (loadOxigraph().Store)();
    try {
      store.load(input, loadOptions(trusted));
    } catch (error) {
      throw loadError(error, source);
    }
    return new LaurelStore(store);
  }

  /** Opens a persisted store file. */
  static async open(path: string): Promise<LaurelStore> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        throw new LaurelError(
          "missing-store",
          `no store at ${path}; create it with \`laurel build\` (or pass --store FILE)`,
          { cause: error },
        );
      }
      throw new LaurelError(
        "unreadable-store",
        `cannot read store ${path}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    if (isBlank(bytes)) {
      throw new LaurelError(
        "corrupt-store",
        `store ${path} is empty; rebuild it with \`laurel build\``,
      );
    }
    return LaurelStore.fromNQuads(splitLines(bytes, FILE_CHUNK_BYTES), `store ${path}`);
  }

  get size(): number {
    return this.store.size;
  }

  /** Every quad in the store, as n3 terms (see iterateQuads). */
  quads(): Quad[] {
    return Array.from(this.iterateQuads());
  }

  /**
   * Every quad in the store, as n3 terms, one graph at a time. Read through N-Quads dumps: walking
   * Oxigraph's WebAssembly-backed terms one property at a time is about 30 times slower, and a dump
   * of the whole store would not fit in one JavaScript string beyond about 2.5 million quads.
   */
  *iterateQuads(): Generator<Quad> {
    const graphs = this.store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }") as Array<
      Map<string, oxigraph.Term>
    >;
    const names: Array<oxigraph.NamedNode | oxigraph.BlankNode | oxigraph.DefaultGraph> = [
      loadOxigraph().defaultGraph(),
      ...graphs.map((row) => row.get("g") as oxigraph.NamedNode | oxigraph.BlankNode),
    ];
    for (const graph of names) {
      const text = this.store.dump({ format: "application/n-quads", from_graph_name: graph });
      if (text === "") continue;
      const parsed = new Parser({ format: "N-Quads" }).parse(text);
      if (graph.termType === "DefaultGraph") yield* parsed;
      else {
        const name =
          graph.termType === "NamedNode" ? namedNode(graph.value) : blankNode(graph.value);
        for (const q of parsed) yield quad(q.subject, q.predicate, q.object, name);
      }
    }
  }

  query(sparql: string): QueryResult {
    let result: unknown;
    try {
      result = this.store.query(sparql, { use_default_graph_as_union: true });
    } catch (error) {
      throw new LaurelError("query-failed", `query failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (typeof result === "boolean") return { kind: "boolean", value: result };
    const rows = result as Array<Map<string, oxigraph.Term> | oxigraph.Quad>;
    if (rows.length > 0 && !(rows[0] instanceof Map))
      return { kind: "quads", quads: rows as oxigraph.Quad[] };
    return { kind: "bindings", variables: [], rows: rows as Array<Map<string, oxigraph.Term>> };
  }

  /**
   * Serialized results straight from Oxigraph: SELECT/ASK in a W3C results format ("json", "xml",
   * "csv", "tsv"), CONSTRUCT/DESCRIBE in an RDF media type.
   */
  queryFormatted(sparql: string, format: FormattedResults): string {
    try {
      return this.store.query(sparql, {
        use_default_graph_as_union: true,
        results_format: format,
      }) as unknown as string;
    } catch (error) {
      throw new LaurelError("query-failed", `query failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  /** Persists N-Quads atomically: a crash never leaves half a store. */
  static async save(path: string, nquads: string | Iterable<string | Uint8Array>): Promise<void> {
    await writeFileAtomic(path, nquads);
  }
}

/** True when the bytes hold nothing but ASCII white space (stops at the first other byte). */
function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes)
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  return true;
}

/** Cuts bytes into pieces of about `size` that end at line ends (views, no copies). */
export function splitLines(bytes: Uint8Array, size: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + size);
    if (end < bytes.length) {
      const newline = bytes.indexOf(0x0a, end - 1);
      end = newline === -1 ? bytes.length : newline + 1;
    }
    pieces.push(bytes.subarray(start, end));
    start = end;
  }
  return pieces;
}

export function loadError(error: unknown, source: string): LaurelError {
  const message = (error as Error).message ?? String(error);
  if (error instanceof RangeError || /memory|unreachable|allocation/i.test(message)) {
    return new LaurelError(
      "store-out-of-memory",
      `${source} does not fit in the store's WebAssembly heap (${message}); build a smaller corpus or split it`,
      { cause: error },
    );
  }
  return new LaurelError(
    "corrupt-store",
    `${source} is not valid N-Quads (${message}); rebuild it with \`laurel build\``,
    { cause: error },
  );
}
