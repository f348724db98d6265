// **reuse** keeps each announcement's serialized graph between builds, so an incremental build
// writes again only the graphs whose quads changed. A graph is reused only when its key matches:
// a hash of the announcement's fingerprint and of every entity its mentions resolve to, since
// linking is global and a new announcement can rename an unchanged one's entities.
//
// The pieces themselves are not copied anywhere: they are byte ranges of the previous store
// (the graph's N-Quads lines) and of the previous Turtle export (the statements about the
// announcement and its `#...` nodes), which the next write copies from those files (see
// writeFileSpliced). The ranges are recorded in an index beside the store:
//   {"index":"laurel-graphs","format":1,"settings":"...","store":{...},"export":{...},"graphs":[...]}
//   {"sha256":"<hash of line 1>"}
// The index is used only when the store and the export are the very files it describes (same
// size, inode and change times), so an edited, replaced or half-written file is never spliced in.
//
// The entities graph is written again on every build, but most of its subjects (one per entity)
// keep their quads: a subject whose quads hash as they did, and that has no quad in any other graph
// (so its Turtle statement is made of those quads alone), is spliced in too, its lines in the
// store and its statement in the export, from ranges the index keeps per subject.

import { type FileHandle, open, readFile, rm, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { DataFactory, type Quad } from "n3";
import type { TableTerm } from "../export/index.ts";
import {
  type AnnouncementTally,
  announcementIri,
  entitiesGraphIri,
  graphIri,
} from "../map/index.ts";
import type { ResolveResult } from "../resolve/index.ts";
import type { Extraction } from "../types.ts";
import { type EarlierFile, EarlierRange, writeFileAtomic } from "../util/fs.ts";
import { packagePath } from "../util/paths.ts";
import { announcementFingerprint, digestSources, mentionsReferenced, sha256 } from "./cache.ts";

const { namedNode, blankNode, literal, quad } = DataFactory;

/** Bump when the index layout or the meaning of its ranges changes (2: entities' ranges). */
export const GRAPH_INDEX_FORMAT = 2;

const HEADER_TAG = "laurel-graphs";
const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

/**
 * A quad of an announcement's graph about something else than the announcement (graph implied);
 * an object that is an IRI is written as a plain string (most are: issuers, organizers, places).
 */
export type SharedQuad = [subject: string, predicate: string, object: string | TableTerm];

/** What the index keeps of one announcement's graph. */
export interface GraphRecord {
  id: string;
  /** graphKey(): equal keys, equal quads. */
  key: string;
  /** Byte range of the graph's lines in the store. */
  nquads: [number, number];
  /** Lines (distinct quads) in that range. */
  quads: number;
  /** Byte range of the statements about the announcement and its nodes in the Turtle export. */
  turtle: [number, number];
  tally: AnnouncementTally;
  shared: SharedQuad[];
}

/** What the index keeps of one subject of the entities graph. */
export interface EntityRecord {
  iri: string;
  /** entityDigests(): equal digests, equal quads. */
  digest: string;
  /** Byte range of the subject's lines in the store. */
  nquads: [number, number];
  quads: number;
  /** Byte range of the subject's statement in the Turtle export. */
  turtle: [number, number];
}

/** The previous build's graphs, ready to splice into this one; close() when written. */
export interface PreviousGraphs {
  records: Map<string, GraphRecord>;
  /** The entities graph's subjects, by IRI. */
  entities: Map<string, EntityRecord>;
  /** The store and the export the records point into, held open. */
  store: EarlierFile;
  export: EarlierFile;
  close(): Promise<void>;
}

/** One announcement's graph taken from the previous build. */
export interface ReusedPieces {
  record: GraphRecord;
  nquads: EarlierRange;
  turtle: EarlierRange;
  shared: Quad[];
}

/** The index of the store at `storePath`: out/laurel.nq -> out/laurel.graphs.json. */
export function graphIndexPathFor(storePath: string): string {
  return join(dirname(storePath), `${basename(storePath, extname(storePath))}.graphs.json`);
}

let rendererDigest: string | undefined;

/**
 * What the pieces depend on besides each graph's key: the extraction code (its key), the mapping
 * and writing code (hashed, as the extraction cache hashes extraction), the base and the prefixes.
 */
export function reuseSettings(
  extractor: string,
  base: string,
  prefixes: Record<string, string>,
): string {
  const src = packagePath("src");
  rendererDigest ??= digestSources(src, ["map", "export", "pipeline/reuse.ts"]);
  const format = GRAPH_INDEX_FORMAT;
  return sha256(JSON.stringify({ format, extractor, renderer: rendererDigest, base, prefixes }));
}

/**
 * The key of an announcement's graph: its input, and what each mention it maps resolved to, in
 * order (the mention ids themselves follow from the input, as the extraction does).
 */
export function graphKey(extraction: Extraction, resolution: ResolveResult): string {
  const parts = [announcementFingerprint(extraction.announcement)];
  for (const id of mentionsReferenced(extraction)) {
    const entity = resolution.entityOf.get(id);
    parts.push(entity?.type ?? "", entity?.iriSlug ?? "");
  }
  return sha256(parts.join("\n"));
}

/**
 * The pieces of the previous build this one can reuse, by announcement id: those whose key is
 * unchanged and whose byte ranges hold what they should.
 */
export function reusablePieces(
  previous: PreviousGraphs | undefined,
  extractions: Extraction[],
  keys: readonly string[],
  base: string,
): Map<string, ReusedPieces> {
  const reused = new Map<string, ReusedPieces>();
  if (!previous) return reused;
  extractions.forEach(({ announcement }, index) => {
    const record = previous.records.get(announcement.id);
    if (!record || record.key !== keys[index]) return;
    const graph = graphIri(base, announcement.id);
    const nquads = rangeIn(record.nquads, previous.store.size);
    const turtle = rangeIn(record.turtle, previous.export.size);
    if (!nquads || !turtle) return;
    const shared = record.shared.map(([s, p, o]) =>
      quad(namedNode(s), namedNode(p), objectTerm(o), namedNode(graph)),
    );
    reused.set(announcement.id, { record, nquads, turtle, shared });
  });
  return reused;
}

/** The entities graph's subjects this build takes from the previous one, and what to record. */
export interface EntityReuse {
  /** The entities graph's IRI. */
  graph: string;
  /**
   * Each subject of the entities graph with no quad in another graph -> the digest of its quads
   * there. The others are neither spliced in nor recorded.
   */
  digests: Map<string, string>;
  /** The subjects whose lines and statement come from the previous build. */
  reused: Map<string, ReusedEntity>;
}

export interface ReusedEntity {
  record: EntityRecord;
  nquads: EarlierRange;
  turtle: EarlierRange;
}

/**
 * Which subjects of the entities graph can be spliced in from the previous build: those alone in
 * it (no quad in another graph, in this build or, since only those are recorded, the previous
 * one) whose quads hash as they did. `quads` is everything mapped: new graphs, the shared quads of
 * reused ones, the entities and dataset graphs.
 */
export function reusableEntities(
  previous: PreviousGraphs | undefined,
  quads: readonly Quad[],
  base: string,
): EntityReuse {
  const graph = entitiesGraphIri(base);
  const { digests, subjects } = entityDigests(quads, graph);
  const reused = new Map<string, ReusedEntity>();
  if (!previous) return { graph, digests, reused };
  for (const [subject, digest] of digests) {
    const record = previous.entities.get(subject);
    if (!record || record.digest !== digest) continue;
    const nquads = rangeIn(record.nquads, previous.store.size);
    const turtle = rangeIn(record.turtle, previous.export.size);
    if (nquads && turtle) reused.set(subject, { record, nquads, turtle });
  }
  // The spliced lines need some line of the graph to go among (see SpliceOptions.subjectSplices).
  if (reused.size === subjects) reused.clear();
  return { graph, digests, reused };
}

/**
 * Each subject alone in `graph` -> a hash of its quads there, in the order they were mapped, and
 * how many subjects the graph has. n3 terms carry an `id` that tells every term apart (a literal's
 * value, language and datatype are parsed out of it on every read).
 */
function entityDigests(
  quads: readonly Quad[],
  graph: string,
): { digests: Map<string, string>; subjects: number } {
  const parts = new Map<string, string[]>();
  const elsewhere = new Set<string>();
  for (const q of quads) {
    if (q.graph.id !== graph) {
      elsewhere.add(q.subject.id);
      continue;
    }
    // Splices are placed by IRI: a blank node's quads are always written anew.
    if (q.subject.termType !== "NamedNode") continue;
    const list = parts.get(q.subject.id);
    if (list) list.push(q.predicate.id, q.object.id);
    else parts.set(q.subject.id, [q.predicate.id, q.object.id]);
  }
  const digests = new Map<string, string>();
  for (const [subject, ids] of parts)
    if (!elsewhere.has(subject)) digests.set(subject, sha256(JSON.stringify(ids)));
  return { digests, subjects: parts.size };
}

/** The quads the table needs: all but the reused subjects' quads in the entities graph. */
export function* withoutReusedEntities(
  quads: readonly Quad[],
  entities: EntityReuse,
): Generator<Quad> {
  const { graph, reused } = entities;
  for (const q of quads) if (q.graph.id !== graph || !reused.has(q.subject.id)) yield q;
}

/** The range, when it lies in a file of `size` bytes. */
function rangeIn([start, end]: [number, number], size: number): EarlierRange | undefined {
  if (Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= size)
    return new EarlierRange(start, end);
  return undefined;
}

function objectTerm(term: string | TableTerm) {
  if (typeof term === "string") return namedNode(term);
  switch (term.termType) {
    case "NamedNode":
      return namedNode(term.value);
    case "BlankNode":
      return blankNode(term.value);
    default:
      if (term.language) return literal(term.value, term.language);
      return term.datatype === XSD_STRING
        ? literal(term.value)
        : literal(term.value, namedNode(term.datatype));
  }
}

/** Which announcement a subject is about (its IRI or one of its `#...` nodes), by IRI. */
export function announcementRuns(
  base: string,
  extractions: Extraction[],
): (subject: string) => string | undefined {
  const prefix = `${base}announcement/`;
  const known = new Set(extractions.map((e) => announcementIri(base, e.announcement.id)));
  let last = "";
  return (subject) => {
    if (!subject.startsWith(prefix)) return undefined;
    // Subjects come in sorted order: most are a `#...` node of the announcement just seen.
    if (last && subject.startsWith(last) && subject.charCodeAt(last.length) === 0x23) return last;
    const hash = subject.indexOf("#", prefix.length);
    const iri = hash < 0 ? subject : subject.slice(0, hash);
    if (!known.has(iri)) return undefined;
    last = iri;
    return iri;
  };
}

/** How a file was when the index was written: any write, rename or replacement changes it. */
interface FileStamp {
  size: string;
  ino: string;
  mtimeNs: string;
  ctimeNs: string;
}

async function stampOf(file: string | FileHandle): Promise<FileStamp> {
  const s =
    typeof file === "string"
      ? await stat(file, { bigint: true })
      : await file.stat({ bigint: true });
  return {
    size: String(s.size),
    ino: String(s.ino),
    mtimeNs: String(s.mtimeNs),
    ctimeNs: String(s.ctimeNs),
  };
}

interface IndexBody {
  index: string;
  format: number;
  settings: string;
  store: FileStamp;
  export: FileStamp;
  graphs: GraphRecord[];
  entities: EntityRecord[];
}

/** Writes the index for the store and export just written (call after both are in place). */
export async function writeGraphIndex(
  path: string,
  files: { store: string; export: string },
  settings: string,
  graphs: GraphRecord[],
  entities: EntityRecord[] = [],
): Promise<void> {
  const body: IndexBody = {
    index: HEADER_TAG,
    format: GRAPH_INDEX_FORMAT,
    settings,
    store: await stampOf(files.store),
    export: await stampOf(files.export),
    graphs,
    entities,
  };
  const line = JSON.stringify(body);
  await writeFileAtomic(path, `${line}\n${JSON.stringify({ sha256: sha256(line) })}\n`);
}

/** Removes the index before the files it describes are rewritten: a crash then leaves none. */
export async function removeGraphIndex(path: string): Promise<void> {
  await rm(path, { force: true });
}

export type GraphIndexRead =
  | { status: "ok"; previous: PreviousGraphs }
  | { status: "unused"; reason: string };

/** The previous build's graphs, when the index, the store and the export all still agree. */
export async function readPreviousGraphs(
  path: string,
  files: { store: string; export: string },
  settings: string,
): Promise<GraphIndexRead> {
  let body: IndexBody;
  try {
    const [line = "", check = "", rest] = (await readFile(path, "utf8")).split("\n");
    if (rest !== "" || JSON.parse(check).sha256 !== sha256(line)) throw new Error("checksum");
    body = JSON.parse(line);
  } catch {
    return { status: "unused", reason: "no usable index of the previous graphs" };
  }
  if (body.index !== HEADER_TAG || body.format !== GRAPH_INDEX_FORMAT || body.settings !== settings)
    return { status: "unused", reason: "the code or settings that wrote the graphs changed" };
  const opened: FileHandle[] = [];
  const close = async () => {
    await Promise.all(opened.map((handle) => handle.close()));
  };
  try {
    const earlier: EarlierFile[] = [];
    for (const [file, stamp] of [
      [files.store, body.store],
      [files.export, body.export],
    ] as const) {
      // Checked on the open file: the ranges are read from this very one.
      const handle = await open(file, "r");
      opened.push(handle);
      const now = await stampOf(handle);
      if (JSON.stringify(now) !== JSON.stringify(stamp)) {
        await close();
        return { status: "unused", reason: `${file} changed since it was built` };
      }
      earlier.push({ path: file, handle, size: Number(now.size) });
    }
    const records = new Map(body.graphs.map((record) => [record.id, record]));
    const entities = new Map((body.entities ?? []).map((record) => [record.iri, record]));
    const [store, exported] = earlier as [EarlierFile, EarlierFile];
    return { status: "ok", previous: { records, entities, store, export: exported, close } };
  } catch (error) {
    await close();
    return {
      status: "unused",
      reason: `cannot open the previous build (${(error as Error).message})`,
    };
  }
}
