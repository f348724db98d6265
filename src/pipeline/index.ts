// **pipeline** runs the stages in order: ingest -> extract -> resolve -> map -> store.
// It prints nothing; progress and diagnostics go to callbacks and the sink.
import type { Quad } from "n3";
import { LaurelError } from "../errors.ts";
import { writeRdf } from "../export/index.ts";
import { extractFacts } from "../extract/index.ts";
import { readAnnouncements } from "../ingest/index.ts";
import { mapToQuads } from "../map/index.ts";
import {
  DEFAULT_BASE,
  loadAuthority,
  loadOverrides,
  type ResolveResult,
  resolveEntities,
} from "../resolve/index.ts";
import { LaurelStore } from "../store/index.ts";
import type { Announcement, Diagnostic, DiagnosticSink, EntityType, Extraction } from "../types.ts";
import { reportShaclDiagnostics } from "../validate/index.ts";
import { autoWorkerCount, type ExtractOutcome, extractInWorkers } from "./workers.ts";

/** Oxigraph's WebAssembly heap tops out near 7-8 million quads; refuse before getting there. */
/**
 * The largest graph a build accepts. Oxigraph's WebAssembly heap holds 7-8 million quads, but the
 * persisted store is one N-Quads string and V8 caps a string at about 536 million characters, which
 * this genre reaches near 2.5 million quads (about 12,000 announcements): refuse before either.
 */
export const DEFAULT_MAX_QUADS = 2_400_000;

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
  onProgress?: (stage: string, done: number, total: number) => void;
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
  /** Sorted N-Quads of the whole graph: the persisted store. */
  nquads: string;
  /** The graph's quads as mapped (the same set the store holds), for exports without a store dump. */
  quads: Quad[];
  store: LaurelStore;
  summary: BuildSummary;
}

export class CollectingSink implements DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  report(diagnostic: Diagnostic): void {
    this.diagnostics.push(diagnostic);
  }
}

export async function buildGraph(
  options: BuildOptions,
  sink: DiagnosticSink,
): Promise<BuildResult> {
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
  const extractions: Extraction[] = [];
  const workers = options.workers ?? autoWorkerCount(announcements.length);
  const outcomes: ExtractOutcome[] | undefined =
    workers > 0 && announcements.length > 0
      ? await extractInWorkers(announcements, {
          workers,
          onProgress: (done, total) => options.onProgress?.("extract", done, total),
        })
      : undefined;
  announcements.forEach((announcement, index) => {
    try {
      const outcome = outcomes?.[index];
      if (outcome && !outcome.ok) throw new Error(outcome.message);
      const extraction = outcome?.ok ? outcome.extraction : extractFacts(announcement);
      for (const diagnostic of extraction.diagnostics) sink.report(diagnostic);
      extractions.push(extraction);
    } catch (error) {
      sink.report({
        code: "extract-failed",
        severity: "error",
        message: `${announcement.path}: extraction failed (${(error as Error).message}); the announcement is left out`,
        source: { file: announcement.path },
      });
    }
    if (!outcomes) options.onProgress?.("extract", index + 1, announcements.length);
  });
  const authority = options.authorityPath ? await loadAuthority(options.authorityPath) : undefined;
  const overrides = options.overridesPath ? await loadOverrides(options.overridesPath) : undefined;
  const resolution = resolveEntities(extractions, {
    ...(authority ? { authority } : {}),
    ...(overrides ? { overrides } : {}),
    base,
  });
  for (const message of resolution.diagnostics)
    sink.report({ code: "linking", severity: "warning", message });
  const mapped = mapToQuads(extractions, resolution, {
    base,
    ...(options.buildTime ? { buildTime: options.buildTime } : {}),
  });
  const maxQuads = options.maxQuads ?? DEFAULT_MAX_QUADS;
  if (mapped.quads.length > maxQuads) {
    const perAnnouncement = mapped.quads.length / Math.max(1, extractions.length);
    const fits = Math.floor(maxQuads / Math.max(1, perAnnouncement));
    throw new LaurelError(
      "too-many-quads",
      `the graph would hold ${mapped.quads.length} quads, over the store's ceiling of ${maxQuads} (about ${Math.round(perAnnouncement)} quads per announcement, so about ${fits} announcements fit); build a smaller corpus or split it (raise the limit with --max-quads at your own risk). Nothing was written.`,
    );
  }
  options.onProgress?.("load", 0, 1);
  const nquads = writeRdf(mapped.quads, { format: "nquads" });
  const store = LaurelStore.fromNQuads(nquads, "the built graph");
  options.onProgress?.("load", 1, 1);
  await reportShaclDiagnostics(mapped.quads, sink, options.validateMaxQuads);
  const entities = {
    Organization: 0,
    IssuingBody: 0,
    Person: 0,
    Program: 0,
    Honor: 0,
    Document: 0,
    Event: 0,
    Place: 0,
  } as Record<EntityType, number>;
  for (const entity of resolution.entities) entities[entity.type]++;
  return {
    announcements,
    extractions,
    resolution,
    nquads,
    quads: mapped.quads,
    store,
    summary: {
      announcements: announcements.length,
      filesSeen,
      entities,
      conferrals: mapped.conferrals,
      quads: store.size,
      diagnostics: 0,
    },
  };
}
