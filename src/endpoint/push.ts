// **push** writes a built store (N-Quads) to a SPARQL server over the SPARQL 1.1 Graph Store HTTP
// Protocol: each named graph is replaced (PUT of its first chunk, POST of the rest), so pushing the
// same build again leaves the server as it was. The file is streamed, so its size is bounded by
// disk, not memory.
import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { type Quad, StreamParser, Writer } from "n3";
import { LaurelError } from "../errors.ts";
import type { EndpointClient } from "./client.ts";

export interface PushOptions {
  /** The N-Quads store `laurel build` wrote. */
  storePath: string;
  /** Graph Store Protocol endpoint: graphs are addressed as `?graph=IRI` (`?default`). */
  graphStore: string;
  /** Most triples in one request (default 10,000). */
  chunkTriples?: number;
  /** Most bytes of N-Triples in one request (default 4 MB; a long announcement text counts). */
  chunkBytes?: number;
  /** Requests in flight at once, over different graphs (default 4). */
  concurrency?: number;
}

export interface PushResult {
  graphs: number;
  triples: number;
  requests: number;
}

interface Chunk {
  graph: string;
  /** True for a graph's first chunk, which replaces the graph. */
  first: boolean;
  lines: string[];
  bytes: number;
  hasBlankNode: boolean;
}

const DEFAULT_GRAPH = "";

/** Pushes every graph of the store; throws on the first request that fails for good. */
export async function pushStore(client: EndpointClient, options: PushOptions): Promise<PushResult> {
  await requireStore(options.storePath);
  const sender = new ChunkSender(client, options.graphStore, options.concurrency ?? 4);
  const chunker = new Chunker(
    options.chunkTriples ?? 10_000,
    options.chunkBytes ?? 4 * 1024 * 1024,
    (chunk) => sender.send(chunk),
  );
  const parser = createReadStream(options.storePath).pipe(new StreamParser({ format: "N-Quads" }));
  try {
    for await (const quad of parser as AsyncIterable<Quad>) await chunker.add(quad);
  } catch (error) {
    if (error instanceof LaurelError) throw error;
    throw new LaurelError(
      "corrupt-store",
      `store ${options.storePath} is not valid N-Quads (${(error as Error).message}); rebuild it with \`laurel build\``,
      { cause: error },
    );
  }
  await chunker.flush();
  await sender.finish();
  return { graphs: chunker.graphs.size, triples: chunker.triples, requests: sender.requests };
}

async function requireStore(path: string): Promise<void> {
  await access(path).catch((error) => {
    throw new LaurelError(
      "missing-store",
      `no store at ${path}; create it with \`laurel build\` (or pass --store FILE)`,
      { cause: error },
    );
  });
}

/** Cuts the stream of quads into per-graph chunks of bounded size, as N-Triples. */
class Chunker {
  readonly graphs = new Set<string>();
  triples = 0;
  private current: Chunk | undefined;
  private readonly writer = new Writer({ format: "N-Triples" });

  constructor(
    private readonly maxTriples: number,
    private readonly maxBytes: number,
    private readonly emit: (chunk: Chunk) => Promise<void>,
  ) {}

  async add(quad: Quad): Promise<void> {
    const graph = quad.graph.termType === "DefaultGraph" ? DEFAULT_GRAPH : quad.graph.value;
    if (quad.graph.termType === "BlankNode")
      throw new LaurelError(
        "blank-graph",
        `graph _:${quad.graph.value} is a blank node; the Graph Store Protocol can only address graphs by IRI`,
      );
    const line = this.writer.quadToString(quad.subject, quad.predicate, quad.object);
    const chunk = this.current;
    if (
      chunk &&
      (chunk.graph !== graph ||
        chunk.lines.length >= this.maxTriples ||
        chunk.bytes + line.length > this.maxBytes)
    )
      await this.flush();
    this.current ??= {
      graph,
      first: !this.graphs.has(graph),
      lines: [],
      bytes: 0,
      hasBlankNode: false,
    };
    this.graphs.add(graph);
    this.current.lines.push(line);
    this.current.bytes += line.length;
    this.current.hasBlankNode ||=
      quad.subject.termType === "BlankNode" || quad.object.termType === "BlankNode";
    this.triples += 1;
  }

  async flush(): Promise<void> {
    const chunk = this.current;
    this.current = undefined;
    if (chunk) await this.emit(chunk);
  }
}

/**
 * Sends chunks, a few at a time: chunks of one graph in order (its PUT before its POSTs), chunks of
 * different graphs side by side.
 */
class ChunkSender {
  requests = 0;
  private readonly running = new Set<Promise<void>>();
  private readonly lastOfGraph = new Map<string, Promise<void>>();
  private readonly blankGraphs = new Set<string>();
  private failure: unknown;

  constructor(
    private readonly client: EndpointClient,
    private readonly graphStore: string,
    private readonly concurrency: number,
  ) {}

  async send(chunk: Chunk): Promise<void> {
    this.checkBlankNodes(chunk);
    while (this.running.size >= this.concurrency) await Promise.race(this.running);
    if (this.failure) throw this.failure;
    const previous = this.lastOfGraph.get(chunk.graph) ?? Promise.resolve();
    const task: Promise<void> = previous
      .then(() => (this.failure ? undefined : this.put(chunk)))
      .catch((error) => {
        this.failure ??= error;
      })
      .finally(() => this.running.delete(task));
    this.running.add(task);
    this.lastOfGraph.set(chunk.graph, task);
  }

  async finish(): Promise<void> {
    await Promise.all(this.running);
    if (this.failure) throw this.failure;
  }

  /** Blank nodes of one graph sent in two requests would become two different nodes. */
  private checkBlankNodes(chunk: Chunk): void {
    if (chunk.hasBlankNode) this.blankGraphs.add(chunk.graph);
    if (!chunk.first && this.blankGraphs.has(chunk.graph))
      throw new LaurelError(
        "blank-nodes-split",
        `${graphLabel(chunk.graph)} holds blank nodes and does not fit in one request; raise --chunk-triples so it is sent whole`,
      );
  }

  private async put(chunk: Chunk): Promise<void> {
    const method = chunk.first ? "PUT" : "POST";
    this.requests += 1;
    await this.client.send({
      method,
      url: graphUrl(this.graphStore, chunk.graph),
      headers: { "Content-Type": "application/n-triples; charset=utf-8" },
      body: chunk.lines.join(""),
      what: `${method} ${graphLabel(chunk.graph)} (${chunk.lines.length} triples)`,
    });
  }
}

/** The Graph Store Protocol's indirect identification: `?graph=IRI`, or `?default`. */
export function graphUrl(graphStore: string, graph: string): string {
  const url = new URL(graphStore);
  if (graph === DEFAULT_GRAPH) url.search = url.search ? `${url.search}&default` : "?default";
  else url.searchParams.set("graph", graph);
  return url.toString();
}

function graphLabel(graph: string): string {
  return graph === DEFAULT_GRAPH ? "the default graph" : `graph <${graph}>`;
}
