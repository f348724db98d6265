// **pipeline** runs the stages in order: ingest -> extract -> resolve -> map -> store.
// It prints nothing; progress and diagnostics go to callbacks and the sink.
import { Parser, type Quad } from "n3";
import { LaurelError } from "../errors.ts";
import { QuadTable } from "../export/index.ts";
import { extractFacts } from "../extract/index.ts";
import { readAnnouncements } from "../ingest/index.ts";
import { GraphTooLarge, type MapResult, mapToQuads } from "../map/index.ts";
import {
  type CollectOptions,
  DEFAULT_BASE,
  loadAuthority,
  loadOverrides,
  type ResolveResult,
  resolveEntities,
} from "../resolve/index.ts";
import { LaurelStore } from "../store/index.ts";
import {
  type Announcement,
  type Diagnostic,
  type DiagnosticSink,
  ENTITY_TYPES,
  type EntityType,
  type Extraction,
} from "../types.ts";
import { type Piece, readPieces } from "../util/fs.ts";
import { reportShaclDiagnostics } from "../validate/index.ts";
import {
  announcementFingerprint,
  type ExtractionCache,
  mentionsToLink,
  withAnnouncement,
} from "./cache.ts";
import { type CandidateLogs, knownLog } from "./candidate-logs.ts";
import {
  type EntityRecord,
  type GraphRecord,
  graphKey,
  type PreviousGraphs,
  type ReusedPieces,
  reusableEntities,
  reusablePieces,
  withoutReusedEntities,
} from "./reuse.ts";
import { autoWorkerCount, type ExtractOutcome, extractInWorkers } from "./workers.ts";
import { writeGraphs } from "./write.ts";

/**
 * The largest graph a build accepts. Measured (docs/BENCHMARKS.md): Oxigraph's WebAssembly heap
 * held 15 million quads; a build of 50,000 announcements (10.8 million quads) fit in Node's
 * default JavaScript heap and 70,000 did not. 8 million leaves room for the extractions of a
 * corpus far larger than what fits, which are in memory when mapping stops.
 */
export const DEFAULT_MAX_QUADS = 8_000_000;

export interface BuildOptions {
  paths: string[];
  base?: string;
  authorityPath?: string;
  overridesPath?: string;
  /** Recorded as dcterms:issued; leave undefined for byte-identical rebuilds. */
  buildTime?: string;
  maxQuads?: number;
  maxBytes?: number;
  /** SHACL-validate graphs up to this many quads (default 250000; 0 never validates). */
  validateMaxQuads?: number;
  /** Worker threads for extraction: 0 extracts on this thread; default: one per core, from 2,000 announcements and 3 cores up. */
  workers?: number;
  /** Also write the Turtle export (all graphs merged) with these extra prefixes. */
  turtlePrefixes?: Record<string, string>;
  onProgress?: (stage: string, done: number, total: number) => void;
  /** An earlier build's extractions: unchanged announcements reuse theirs (see cache.ts). */
  previous?: ExtractionCache;
  /** An earlier build's serialized graphs: unchanged ones are spliced in (see reuse.ts). */
  previousGraphs?: PreviousGraphs;
  /** An earlier build's candidate logs: unchanged announcements replay theirs (candidate-logs.ts). */
  previousCandidates?: CandidateLogs;
  /** Record every announcement's candidate log (resolution.candidateLogs), for the next build. */
  recordCandidates?: boolean;
}

/** How the corpus differs from the previous build's, by announcement id. */
export interface CorpusChanges {
  added: number;
  changed: number;
  removed: number;
  kept: number;
}

export interface BuildSummary {
  announcements: number;
  filesSeen: number;
  entities: Record<EntityType, number>;
  conferrals: number;
  quads: number;
  diagnostics: number;
}

export interface BuildResult {
  announcements: Announcement[];
  extractions: Extraction[];
  resolution: ResolveResult;
  /** The graph, sorted and deduplicated (read back from the N-Quads when graphs were reused). */
  readonly table: QuadTable;
  /** Sorted N-Quads of the whole graph, UTF-8, in pieces ending at line ends: the persisted store. */
  readonly nquadsChunks: Uint8Array[];
  /**
   * The files to write: the store's N-Quads and (with turtlePrefixes) the Turtle export, as pieces
   * that may point into the previous build's files (write them with writeFileSpliced).
   */
  pieces: { nquads: Piece[]; turtle?: Piece[] };
  /** Where each announcement's graph landed, for the next build to reuse (with turtlePrefixes). */
  graphRecords?: GraphRecord[];
  /** Where the entities graph's subjects landed, for the next build to reuse (with turtlePrefixes). */
  entityRecords?: EntityRecord[];
  /** Announcement graphs spliced in from the previous build. */
  graphsReused: number;
  /** Subjects of the entities graph spliced in from the previous build (see reusableEntities). */
  entitiesReused: number;
  /** The N-Quads as one string (small graphs: V8 strings stop near 536 million characters). */
  readonly nquads: string;
  /** The graph's quads as n3 quads, sorted. */
  readonly quads: Quad[];
  /** The graph in an Oxigraph store, loaded on first use (a build itself never needs one). */
  readonly store: LaurelStore;
  summary: BuildSummary;
  /** Against the previous build; absent when there was none to compare with (a full build). */
  changes?: CorpusChanges;
}

export class CollectingSink implements DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  report(diagnostic: Diagnostic): void {
    this.diagnostics.push(diagnostic);
  }
}

/** What a build knows before mapping: the corpus read, extracted and linked. */
export interface LinkedCorpus {
  base: string;
  announcements: Announcement[];
  filesSeen: number;
  extractions: Extraction[];
  resolution: ResolveResult;
  changes?: CorpusChanges;
}

/** Ingest, extract (reusing the previous build's extractions) and link: every build's first half. */
export async function linkCorpus(
  options: BuildOptions,
  sink: DiagnosticSink,
): Promise<LinkedCorpus> {
  const base = options.base ?? DEFAULT_BASE;
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*[/#]$/i.test(base)) {
    throw new LaurelError(
      "bad-base",
      `--base must be an absolute IRI ending in / or #, got "${base}"`,
      { exitCode: 2 },
    );
  }
  const { announcements, filesSeen } = await readAnnouncements(
    options.paths,
    sink,
    options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes },
  );
  const { extractions, changes } = await extractChanged(announcements, options, sink);
  const authority = options.authorityPath ? await loadAuthority(options.authorityPath) : undefined;
  const overrides = options.overridesPath ? await loadOverrides(options.overridesPath) : undefined;
  const resolution = resolveEntities(extractions, {
    ...(authority ? { authority } : {}),
    ...(overrides ? { overrides } : {}),
    base,
    candidates: candidateOptions(options),
  });
  for (const message of resolution.diagnostics)
    sink.report({ code: "linking", severity: "warning", message });
  return {
    base,
    announcements,
    filesSeen,
    extractions,
    resolution,
    ...(changes ? { changes } : {}),
  };
}

/** Which candidate logs linking replays and whether it records them (see candidate-logs.ts). */
function candidateOptions(options: BuildOptions): CollectOptions {
  const previous = options.previousCandidates;
  return {
    record: options.recordCandidates === true,
    mentionsOf: mentionsToLink,
    ...(previous
      ? { logOf: (extraction: Extraction) => knownLog(previous, extraction.announcement) }
      : {}),
  };
}

/** Counts the linked entities by type, for the build summary. */
export function countEntities(resolution: ResolveResult): Record<EntityType, number> {
  const entities = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<
    EntityType,
    number
  >;
  for (const entity of resolution.entities) entities[entity.type]++;
  return entities;
}

export async function buildGraph(
  options: BuildOptions,
  sink: DiagnosticSink,
): Promise<BuildResult> {
  const linked = await linkCorpus(options, sink);
  const { announcements, filesSeen, extractions, resolution, changes } = linked;
  const keys = extractions.map((extraction) => graphKey(extraction, resolution));
  const reused = reusablePieces(options.previousGraphs, extractions, keys, linked.base);
  const mapped = mapGraph(linked, options, reused);
  options.onProgress?.("serialize", 0, 1);
  const entities = reusableEntities(options.previousGraphs, mapped.quads, linked.base);
  // Graphs or entities taken from the previous build: the table holds only what is written anew.
  const spliced = reused.size > 0 || entities.reused.size > 0;
  let table: QuadTable | undefined = QuadTable.from(
    entities.reused.size > 0 ? withoutReusedEntities(mapped.quads, entities) : mapped.quads,
  );
  const quadsMapped = mapped.quads.length + mapped.reusedQuads;
  if (!spliced) await reportShaclDiagnostics(mapped.quads, sink, options.validateMaxQuads);
  // The table holds the graph now; let the collector have millions of n3 quads back.
  mapped.quads.length = 0;
  const written = writeGraphs(table, linked, {
    keys,
    tallies: mapped.tallies,
    reused,
    entities,
    ...(options.turtlePrefixes ? { turtlePrefixes: options.turtlePrefixes } : {}),
  });
  let chunks: Uint8Array[] | undefined;
  // Ranges of the previous store are read only if someone asks for the bytes.
  const nquadsChunks = () =>
    (chunks ??= readPieces(written.nquads, options.previousGraphs?.store.handle));
  let quads: Quad[] | undefined;
  if (spliced) {
    // The table lacks the reused graphs: validate (small graphs only) what was written.
    table = undefined;
    const read = () => (quads ??= parseNQuads(nquadsChunks()));
    await reportShaclDiagnostics({ length: quadsMapped, read }, sink, options.validateMaxQuads);
  }
  options.onProgress?.("serialize", 1, 1);
  let store: LaurelStore | undefined;
  return {
    announcements,
    extractions,
    resolution,
    get table() {
      table ??= QuadTable.from(parseNQuads(nquadsChunks()));
      return table;
    },
    get nquadsChunks() {
      return nquadsChunks();
    },
    pieces: { nquads: written.nquads, ...(written.turtle ? { turtle: written.turtle } : {}) },
    ...(written.records ? { graphRecords: written.records } : {}),
    ...(written.entityRecords ? { entityRecords: written.entityRecords } : {}),
    graphsReused: reused.size,
    entitiesReused: entities.reused.size,
    get nquads() {
      return Buffer.concat(nquadsChunks()).toString("utf8");
    },
    get quads() {
      quads ??= parseNQuads(nquadsChunks());
      return quads;
    },
    get store() {
      // Laurel's own writer made these N-Quads: load them without re-checking every term.
      store ??= LaurelStore.fromNQuads(nquadsChunks(), {
        source: "the built graph",
        trusted: true,
      });
      return store;
    },
    ...(changes ? { changes } : {}),
    summary: {
      announcements: announcements.length,
      filesSeen,
      entities: countEntities(resolution),
      conferrals: mapped.conferrals,
      // Lines written, deduplicated as the store is (a test holds them equal).
      quads: written.quads,
      diagnostics: 0,
    },
  };
}

/** Maps the linked corpus (reused graphs only replay their tallies); over the ceiling it stops. */
function mapGraph(
  linked: LinkedCorpus,
  options: BuildOptions,
  reused: ReadonlyMap<string, ReusedPieces>,
): MapResult {
  const { extractions } = linked;
  const maxQuads = options.maxQuads ?? DEFAULT_MAX_QUADS;
  try {
    // Mapping stops as soon as the graph passes the ceiling: memory stays bounded by it.
    return mapToQuads(
      extractions,
      linked.resolution,
      {
        base: linked.base,
        maxQuads,
        ...(options.buildTime ? { buildTime: options.buildTime } : {}),
      },
      (extraction) => {
        const pieces = reused.get(extraction.announcement.id);
        return pieces && { tally: pieces.record.tally, shared: pieces.shared };
      },
    );
  } catch (error) {
    if (!(error instanceof GraphTooLarge)) throw error;
    const perAnnouncement = error.quadsSoFar / Math.max(1, error.announcementsMapped);
    const fits = Math.floor(maxQuads / Math.max(1, perAnnouncement));
    const estimate = Math.round(perAnnouncement * extractions.length);
    throw new LaurelError(
      "too-many-quads",
      `the graph of ${extractions.length} announcements would hold about ${estimate} quads, over the store's ceiling of ${maxQuads} (about ${Math.round(perAnnouncement)} quads per announcement, so about ${fits} announcements fit); build a smaller corpus or split it (raise the limit with --max-quads at your own risk). Nothing was written.`,
    );
  }
}

/** N-Quads this build wrote, parsed back (in file order). */
function parseNQuads(chunks: Uint8Array[]): Quad[] {
  return new Parser({ format: "N-Quads" }).parse(Buffer.concat(chunks).toString("utf8"));
}

/**
 * Extracts the announcements that are new or changed since `options.previous` and takes the
 * others' extractions from it, in corpus order, so the result is the one a full build gets.
 */
async function extractChanged(
  announcements: Announcement[],
  options: BuildOptions,
  sink: DiagnosticSink,
): Promise<{ extractions: Extraction[]; changes?: CorpusChanges }> {
  const previous = options.previous?.entries;
  const reused: Array<Extraction | undefined> = announcements.map((announcement) => {
    const entry = previous?.get(announcement.id);
    return entry && entry.fingerprint === announcementFingerprint(announcement)
      ? withAnnouncement(announcement, entry.extraction)
      : undefined;
  });
  const fresh = announcements.filter((_, index) => !reused[index]);
  const outcomes = await extractAll(fresh, options);
  const extractions: Extraction[] = [];
  let next = 0;
  announcements.forEach((announcement, index) => {
    const extraction = reused[index] ?? acceptOutcome(announcement, outcomes[next++], sink);
    if (!extraction) return;
    for (const diagnostic of extraction.diagnostics) sink.report(diagnostic);
    extractions.push(extraction);
  });
  if (!previous) return { extractions };
  return { extractions, changes: countChanges(announcements, reused, previous) };
}

/** Extracts on worker threads when there are enough announcements, else on this thread. */
async function extractAll(
  announcements: Announcement[],
  options: BuildOptions,
): Promise<ExtractOutcome[]> {
  const workers = options.workers ?? autoWorkerCount(announcements.length);
  const progress = (done: number, total: number) => options.onProgress?.("extract", done, total);
  if (workers > 0 && announcements.length > 0)
    return extractInWorkers(announcements, { workers, onProgress: progress });
  return announcements.map((announcement, index) => {
    let outcome: ExtractOutcome;
    try {
      outcome = { ok: true, extraction: extractFacts(announcement) };
    } catch (error) {
      outcome = { ok: false, message: (error as Error).message };
    }
    progress(index + 1, announcements.length);
    return outcome;
  });
}

function acceptOutcome(
  announcement: Announcement,
  outcome: ExtractOutcome | undefined,
  sink: DiagnosticSink,
): Extraction | undefined {
  if (outcome?.ok) return outcome.extraction;
  sink.report({
    code: "extract-failed",
    severity: "error",
    message: `${announcement.path}: extraction failed (${outcome?.message ?? "no result"}); the announcement is left out`,
    source: { file: announcement.path },
  });
  return undefined;
}

function countChanges(
  announcements: Announcement[],
  reused: Array<Extraction | undefined>,
  previous: ReadonlyMap<string, unknown>,
): CorpusChanges {
  const current = new Set(announcements.map((announcement) => announcement.id));
  const kept = reused.filter(Boolean).length;
  const added = announcements.filter((announcement) => !previous.has(announcement.id)).length;
  const removed = [...previous.keys()].filter((id) => !current.has(id)).length;
  return { added, changed: announcements.length - kept - added, removed, kept };
}
