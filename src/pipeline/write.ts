// **write** serializes a built graph: the store's N-Quads and the merged Turtle export, with the
// previous build's pieces spliced in for reused graphs, noting where each announcement landed so
// that the next build can reuse it in turn (see reuse.ts).
import {
  type QuadTable,
  type Splice,
  type TableTerm,
  turtleChunksSpliced,
  type WrittenRun,
} from "../export/index.ts";
import { type AnnouncementTally, announcementIri, graphIri } from "../map/index.ts";
import type { EarlierRange } from "../util/fs.ts";
import type { LinkedCorpus } from "./index.ts";
import {
  announcementRuns,
  type EntityRecord,
  type EntityReuse,
  type GraphRecord,
  type ReusedPieces,
  type SharedQuad,
} from "./reuse.ts";

export interface WriteGraphsOptions {
  /** graphKey() of each extraction, in order. */
  keys: readonly string[];
  tallies: readonly AnnouncementTally[];
  reused: ReadonlyMap<string, ReusedPieces>;
  /** The entities graph's subjects taken from the previous build (see reusableEntities). */
  entities?: EntityReuse;
  /** Write the Turtle export (and the records, which need it) with these extra prefixes. */
  turtlePrefixes?: Record<string, string>;
}

export interface WrittenGraphs {
  /** The store's N-Quads: bytes, and ranges of the previous store (see writeFileSpliced). */
  nquads: Array<Uint8Array | EarlierRange>;
  /** The Turtle export: text, and ranges of the previous export. */
  turtle?: Array<string | EarlierRange>;
  records?: GraphRecord[];
  /** Where each subject of the entities graph alone in it landed, for the next build. */
  entityRecords?: EntityRecord[];
  /** Distinct quads written. */
  quads: number;
}

export function writeGraphs(
  table: QuadTable,
  linked: LinkedCorpus,
  options: WriteGraphsOptions,
): WrittenGraphs {
  const { base, extractions } = linked;
  const { reused } = options;
  const spliced = (iriOf: (id: string) => string, part: "nquads" | "turtle"): Splice[] =>
    [...reused].map(([id, pieces]) => ({ iri: iriOf(id), range: pieces[part] })).sort(byIri);
  const entitySplices = (part: "nquads" | "turtle"): Splice[] =>
    [...(options.entities?.reused ?? [])]
      .map(([iri, pieces]) => ({ iri, range: pieces[part] }))
      .sort(byIri);
  const graphs = new Map<string, WrittenRun>();
  const entityLines = new Map<string, WrittenRun>();
  const nquadsSplices = spliced((id) => graphIri(base, id), "nquads");
  const nquads = Array.from(
    table.nquadsPieces({
      splices: nquadsSplices,
      skipGraphs: new Set(nquadsSplices.map((splice) => splice.iri)),
      onWritten: (run) => graphs.set(run.key, run),
      ...(options.entities
        ? {
            subjectSplices: { graph: options.entities.graph, splices: entitySplices("nquads") },
            onSubjectWritten: (run: WrittenRun) => entityLines.set(run.key, run),
          }
        : {}),
    }),
  );
  let quads = 0;
  for (const run of graphs.values()) quads += run.quads ?? 0;
  for (const pieces of reused.values()) quads += pieces.record.quads;
  for (const pieces of options.entities?.reused.values() ?? []) quads += pieces.record.quads;
  if (!options.turtlePrefixes) return { nquads, quads };

  const subjects = new Map<string, WrittenRun>();
  const announcementRun = announcementRuns(base, extractions);
  const alone = options.entities?.digests;
  const turtle = Array.from(
    turtleChunksSpliced(table, {
      extraPrefixes: options.turtlePrefixes,
      splices: [
        ...spliced((id) => announcementIri(base, id), "turtle"),
        ...entitySplices("turtle"),
      ].sort(byIri),
      // An entity alone in its graph is a run of its own: its statement is recorded for reuse.
      runOf: (subject) => announcementRun(subject) ?? (alone?.has(subject) ? subject : undefined),
      onWritten: (run) => subjects.set(run.key, run),
    }),
  );
  const shared = sharedQuads(table, linked, reused);
  const records: GraphRecord[] = [];
  extractions.forEach(({ announcement: { id } }, index) => {
    const graph = graphs.get(graphIri(base, id));
    const statements = subjects.get(announcementIri(base, id));
    const kept = reused.get(id)?.record;
    // Every announcement has a graph and a statement about itself; without them, no record.
    if (!graph || !statements) return;
    records.push({
      id,
      key: options.keys[index] as string,
      nquads: [graph.start, graph.end],
      quads: graph.quads ?? kept?.quads ?? 0,
      turtle: [statements.start, statements.end],
      tally: options.tallies[index] as AnnouncementTally,
      shared: kept?.shared ?? shared.get(id) ?? [],
    });
  });
  const entityRecords = options.entities
    ? recordEntities(options.entities, entityLines, subjects)
    : undefined;
  return { nquads, turtle, records, quads, ...(entityRecords ? { entityRecords } : {}) };
}

function byIri(a: Splice, b: Splice): number {
  return a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0;
}

/** Where each subject alone in the entities graph landed in the store and the export. */
function recordEntities(
  entities: EntityReuse,
  lines: ReadonlyMap<string, WrittenRun>,
  statements: ReadonlyMap<string, WrittenRun>,
): EntityRecord[] {
  const records: EntityRecord[] = [];
  for (const [iri, digest] of entities.digests) {
    const nquads = lines.get(iri);
    const turtle = statements.get(iri);
    const quads = nquads?.quads ?? entities.reused.get(iri)?.record.quads;
    if (!nquads || !turtle || quads === undefined) continue;
    records.push({
      iri,
      digest,
      nquads: [nquads.start, nquads.end],
      quads,
      turtle: [turtle.start, turtle.end],
    });
  }
  return records;
}

/**
 * The quads of each newly written announcement graph about something else than the announcement
 * and its `#...` nodes (events, documents): the merged Turtle writes them beside the entities
 * graph's statements, so a reused graph must bring them along.
 */
function sharedQuads(
  table: QuadTable,
  linked: LinkedCorpus,
  reused: ReadonlyMap<string, ReusedPieces>,
): Map<string, SharedQuad[]> {
  const owners = new Map<string, { id: string; iri: string }>();
  for (const { announcement } of linked.extractions)
    if (!reused.has(announcement.id))
      owners.set(graphIri(linked.base, announcement.id), {
        id: announcement.id,
        iri: announcementIri(linked.base, announcement.id),
      });
  const found = new Map<string, SharedQuad[]>();
  const { rows, terms } = table;
  let graph = -1;
  let owner: { id: string; iri: string } | undefined;
  // Rows come sorted by graph, then subject: decide once per subject.
  let subjectRank = -1;
  let local = false;
  for (let i = 0; i < rows.length; i += 4) {
    if (rows[i] !== graph) {
      graph = rows[i] as number;
      owner = owners.get((terms[graph] as TableTerm).value);
      subjectRank = -1;
    }
    if (!owner) continue;
    const subject = (terms[rows[i + 1] as number] as TableTerm).value;
    if (rows[i + 1] !== subjectRank) {
      subjectRank = rows[i + 1] as number;
      local = isAbout(subject, owner.iri);
    }
    if (local) continue;
    const list = found.get(owner.id) ?? [];
    found.set(owner.id, list);
    const predicate = (terms[rows[i + 2] as number] as TableTerm).value;
    const object = terms[rows[i + 3] as number] as TableTerm;
    list.push([subject, predicate, object.termType === "NamedNode" ? object.value : { ...object }]);
  }
  return found;
}

/** True for the announcement's IRI and its `#...` nodes. */
function isAbout(subject: string, announcement: string): boolean {
  return (
    subject.startsWith(announcement) &&
    (subject.length === announcement.length || subject.charCodeAt(announcement.length) === 0x23)
  );
}
