// **batched** builds a graph larger than one in-memory quad table: announcements are mapped and
// serialized a batch at a time straight to an N-Quads file, then the entities and dataset graphs.
// Used when the graph goes to a SPARQL server (`laurel build --endpoint`), where no embedded store
// and no merged Turtle export are needed. Linking (pipeline/index.ts, linkCorpus) still sees every
// extraction at once.
import type { Quad } from "n3";
import { QuadTable } from "../export/index.ts";
import { GraphMapper, type MapOptions } from "../map/index.ts";
import type { ResolveResult } from "../resolve/index.ts";
import type { Extraction } from "../types.ts";
import { writeFileAtomic } from "../util/fs.ts";
import { type BuildSummary, countEntities, type LinkedCorpus } from "./index.ts";

/**
 * Announcements mapped per batch: about 220,000 quads of this genre, a few tens of MB of n3
 * objects, against gigabytes for a whole 100,000-announcement graph.
 */
export const DEFAULT_BATCH_ANNOUNCEMENTS = 1000;

export interface BatchedWriteOptions {
  /** Where the N-Quads go (written to a temporary file and renamed). */
  storePath: string;
  /** Recorded as dcterms:issued; leave undefined for byte-identical rebuilds. */
  buildTime?: string;
  batchAnnouncements?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
}

/** What the batched writer counted while it wrote. */
export interface BatchTally {
  quads: number;
  conferrals: number;
}

/**
 * Writes the linked corpus's graph to storePath batch by batch (see batchedNquadsChunks) and
 * returns the summary a build prints; no in-memory quad table of the whole graph, no ceiling.
 */
export async function writeGraphInBatches(
  linked: LinkedCorpus,
  options: BatchedWriteOptions,
): Promise<BuildSummary> {
  const tally: BatchTally = { quads: 0, conferrals: 0 };
  const mapOptions: MapOptions = {
    base: linked.base,
    ...(options.buildTime ? { buildTime: options.buildTime } : {}),
  };
  await writeFileAtomic(
    options.storePath,
    batchedNquadsChunks(linked.extractions, linked.resolution, mapOptions, tally, {
      ...(options.batchAnnouncements ? { batchAnnouncements: options.batchAnnouncements } : {}),
      onBatch: (done, total) => options.onProgress?.("write", done, total),
    }),
  );
  return {
    announcements: linked.announcements.length,
    filesSeen: linked.filesSeen,
    entities: countEntities(linked.resolution),
    conferrals: tally.conferrals,
    quads: tally.quads,
    diagnostics: 0,
  };
}

/**
 * The graph mapToQuads gives, as N-Quads in pieces: each batch of announcements is mapped, sorted
 * and serialized on its own, then dropped. Every announcement's quads sit in its own named graph,
 * so the batches never share a quad and the lines are the in-memory table's, in another order.
 * `tally` holds the quad and conferral counts once the generator is done.
 */
export function* batchedNquadsChunks(
  extractions: Extraction[],
  resolution: ResolveResult,
  options: MapOptions,
  tally: BatchTally,
  batching: { batchAnnouncements?: number; onBatch?: (done: number, total: number) => void } = {},
): Generator<Uint8Array> {
  const size = batching.batchAnnouncements ?? DEFAULT_BATCH_ANNOUNCEMENTS;
  const mapper = new GraphMapper(resolution, options);
  for (let from = 0; from < extractions.length; from += size) {
    const quads: Quad[] = [];
    for (const extraction of extractions.slice(from, from + size))
      mapper.mapAnnouncement(extraction, quads);
    yield* serializeBatch(quads, tally);
    batching.onBatch?.(Math.min(from + size, extractions.length), extractions.length);
  }
  const rest: Quad[] = [];
  mapper.mapEntities(rest);
  mapper.mapDataset(extractions, rest);
  yield* serializeBatch(rest, tally);
  tally.conferrals = mapper.conferrals;
}

function* serializeBatch(quads: Quad[], tally: BatchTally): Generator<Uint8Array> {
  const table = QuadTable.from(quads);
  // The table holds the batch now; let the collector have the n3 quads back.
  quads.length = 0;
  tally.quads += table.size;
  yield* table.nquadsChunks();
}
