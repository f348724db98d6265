// Exports are byte-stable: the Turtle of the golden announcement matches a committed file byte for
// byte (library and CLI), exports survive a round trip through a new store unchanged, two builds of
// the seed corpus are identical, TriG keeps one named graph per announcement, and pieces of earlier
// output spliced among new lines give the bytes of the whole.
// Regenerate the golden file after an intended change with UPDATE_GOLDEN=1 npx vitest run test/export.test.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Parser } from "n3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../src/cli/index.ts";
import {
  dataPrefixes,
  type ExportFormat,
  QuadTable,
  type Splice,
  turtleChunksSpliced,
  type WrittenRun,
  writeRdf,
  writeRdfChunks,
} from "../src/export/index.ts";
import { announcementIri, entitiesGraphIri, graphIri } from "../src/map/index.ts";
import { LAUREL, NS } from "../src/map/vocab.ts";
import { type BuildOptions, buildGraph, CollectingSink } from "../src/pipeline/index.ts";
import { announcementRuns } from "../src/pipeline/reuse.ts";
import { DEFAULT_BASE } from "../src/resolve/index.ts";
import { LaurelStore } from "../src/store/index.ts";
import { EarlierRange } from "../src/util/fs.ts";

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const GOLDEN = root("test/fixtures/map-golden");
const EXPECTED_EXPORT = `${GOLDEN}/expected-export.ttl`;
const prefixes = dataPrefixes(DEFAULT_BASE);

const seedOptions = (): BuildOptions => {
  const authority = root("data/authority.ttl");
  return {
    paths: [root("data/announcements")],
    ...(existsSync(authority) ? { authorityPath: authority } : {}),
    validateMaxQuads: 0,
  };
};

const exportOf = (store: LaurelStore, format: ExportFormat) =>
  writeRdf(store.quads(), { format, extraPrefixes: prefixes });

/** Parses Turtle or TriG and loads it into a fresh store through N-Quads. */
function reload(text: string, format: "text/turtle" | "application/trig"): LaurelStore {
  const quads = new Parser({ format }).parse(text);
  return LaurelStore.fromNQuads(writeRdf(quads, { format: "nquads" }), "the reloaded export");
}

let golden: LaurelStore;
let goldenNQuads: string;
let dir: string;

beforeAll(async () => {
  const built = await buildGraph({ paths: [GOLDEN], validateMaxQuads: 0 }, new CollectingSink());
  golden = built.store;
  goldenNQuads = built.nquads;
  if (process.env.UPDATE_GOLDEN) writeFileSync(EXPECTED_EXPORT, exportOf(golden, "turtle"));
  dir = await mkdtemp(join(tmpdir(), "laurel-export-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("golden Turtle export", () => {
  test("given the fixture announcement, when exported as Turtle, then the bytes equal expected-export.ttl", () => {
    expect(exportOf(golden, "turtle")).toBe(readFileSync(EXPECTED_EXPORT, "utf8"));
  });

  test("given the fixture store on disk, when `laurel export --out` runs, then the file equals expected-export.ttl", async () => {
    const store = join(dir, "golden.nq");
    const out = join(dir, "golden.ttl");
    await LaurelStore.save(store, goldenNQuads);
    const io = { out: () => {}, err: (text: string) => expect.fail(text), isTTY: false };
    expect(await main(["export", "--store", store, "--out", out], io)).toBe(0);
    expect(await readFile(out, "utf8")).toBe(readFileSync(EXPECTED_EXPORT, "utf8"));
  });
});

describe("chunked writing", () => {
  test.each(["turtle", "trig", "nquads"] as const)(
    "given tiny chunks, when %s is written in pieces, then each piece ends a statement and together they are the whole text",
    (format) => {
      const table = QuadTable.from(golden.quads());
      const whole = writeRdf(table, { format, extraPrefixes: prefixes });
      const pieces = Array.from(
        writeRdfChunks(table, { format, extraPrefixes: prefixes, chunkChars: 200 }),
      );
      expect(pieces.length).toBeGreaterThan(10);
      expect(pieces.join("")).toBe(whole);
      for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/\n$/);
    },
  );

  test("given a graph with duplicates in several graphs, when tabled, then N-Quads keep one per graph and Turtle one in all", () => {
    const quads = golden.quads();
    const table = QuadTable.from([...quads, ...quads]);
    expect(table.size).toBe(quads.length);
    const turtleTriples = new Parser({ format: "text/turtle" }).parse(
      writeRdf(table, { format: "turtle" }),
    );
    const distinct = new Set(quads.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`));
    expect(turtleTriples.length).toBe(distinct.size);
  });
});

describe("round trips", () => {
  test("given a Turtle export, when parsed into a new store and exported again, then the bytes are identical", () => {
    const first = exportOf(golden, "turtle");
    const second = exportOf(reload(first, "text/turtle"), "turtle");
    expect(second).toBe(first);
    expect(first.length).toBeGreaterThan(1000);
  });

  test("given a TriG export, when parsed into a new store and exported again, then the bytes and graphs are identical", () => {
    const first = exportOf(golden, "trig");
    const reloaded = reload(first, "application/trig");
    expect(exportOf(reloaded, "trig")).toBe(first);
    expect(exportOf(reloaded, "nquads")).toBe(goldenNQuads);
  });

  test("given an N-Quads export, when loaded into a new store and exported again, then the bytes are identical", () => {
    const first = exportOf(golden, "nquads");
    expect(first).toBe(goldenNQuads);
    expect(exportOf(LaurelStore.fromNQuads(first), "nquads")).toBe(first);
  });
});

describe("the seed corpus", () => {
  let first: { nquads: string; turtle: string; trig: string; ids: string[] };
  let second: { nquads: string; turtle: string };

  beforeAll(async () => {
    const a = await buildGraph(seedOptions(), new CollectingSink());
    const b = await buildGraph(seedOptions(), new CollectingSink());
    first = {
      nquads: a.nquads,
      turtle: exportOf(a.store, "turtle"),
      trig: exportOf(a.store, "trig"),
      ids: a.announcements.map((x) => x.id),
    };
    second = { nquads: b.nquads, turtle: exportOf(b.store, "turtle") };
  });

  test("given two builds of the same corpus, when their N-Quads and Turtle are compared, then they are byte-identical", () => {
    expect(first.nquads.length).toBeGreaterThan(10_000);
    expect(second.nquads).toBe(first.nquads);
    expect(second.turtle).toBe(first.turtle);
  });

  test("given the TriG export, when its graphs are listed, then there is one named graph per announcement plus entities and dataset", () => {
    const quads = new Parser({ format: "application/trig" }).parse(first.trig);
    const graphs = new Set(quads.map((q) => q.graph.value));
    const expected = new Set([
      ...first.ids.map((id) => `${DEFAULT_BASE}graph/${id}`),
      `${DEFAULT_BASE}graph/entities`,
      `${DEFAULT_BASE}graph/dataset`,
    ]);
    expect(first.ids).toHaveLength(5);
    expect(graphs).toEqual(expected);
    expect(quads.some((q) => q.graph.termType === "DefaultGraph")).toBe(false);
    // Each graph block is written once.
    expect(first.trig.match(/^\S+ \{$/gm)).toHaveLength(expected.size);
  });

  test("given the TriG export, when an announcement's graph is read, then it describes that announcement and no other", () => {
    const quads = new Parser({ format: "application/trig" }).parse(first.trig);
    for (const id of first.ids) {
      const graph = `${DEFAULT_BASE}graph/${id}`;
      const announcement = `${DEFAULT_BASE}announcement/${id}`;
      const inGraph = quads.filter((q) => q.graph.value === graph);
      expect(
        inGraph.some(
          (q) =>
            q.subject.value === announcement &&
            q.predicate.value === `${NS.rdf}type` &&
            q.object.value === LAUREL.Announcement,
        ),
      ).toBe(true);
      const foreign = inGraph.filter(
        (q) =>
          q.subject.value.startsWith(`${DEFAULT_BASE}announcement/`) &&
          q.subject.value.split("#")[0] !== announcement,
      );
      expect(foreign).toEqual([]);
    }
  });
});

describe("splicing earlier output", () => {
  let built: Awaited<ReturnType<typeof buildGraph>>;
  let whole: { nquads: Buffer; turtle: Buffer };
  const graphs = new Map<string, WrittenRun>();
  const subjects = new Map<string, WrittenRun>();
  const runOf = (subject: string) => announcementRuns(DEFAULT_BASE, built.extractions)(subject);

  beforeAll(async () => {
    built = await buildGraph(seedOptions(), new CollectingSink());
    const nquads = built.table.nquadsPieces({ onWritten: (run) => graphs.set(run.key, run) });
    const turtle = turtleChunksSpliced(built.table, {
      extraPrefixes: prefixes,
      runOf,
      onWritten: (run) => subjects.set(run.key, run),
    });
    whole = { nquads: bytesOf(Array.from(nquads)), turtle: bytesOf(Array.from(turtle)) };
  });

  /** The pieces as bytes, earlier ranges read from `earlier`. */
  function bytesOf(pieces: Array<string | Uint8Array | EarlierRange>, earlier?: Buffer): Buffer {
    return Buffer.concat(
      pieces.map((piece) => {
        if (typeof piece === "string") return Buffer.from(piece);
        if (!(piece instanceof EarlierRange)) return piece;
        if (!earlier) throw new Error("an earlier range without the earlier output");
        return earlier.subarray(piece.start, piece.end);
      }),
    );
  }

  /** The ranges of the whole output that the kept announcements' graphs and statements took. */
  function splices(runs: Map<string, WrittenRun>, iris: string[]): Splice[] {
    return iris.sort().map((iri) => {
      const run = runs.get(iri);
      if (!run) throw new Error(`${iri} was not written`);
      return { iri, range: new EarlierRange(run.start, run.end) };
    });
  }

  test("given three graphs written earlier, when spliced in among the rest written anew, then N-Quads and Turtle are the bytes written whole", () => {
    // given announcements 0, 2 and 3 kept from the whole output (2 and 3 lie side by side)
    const kept = [0, 2, 3].map((i) => built.extractions[i]?.announcement.id as string);
    const keptGraphs = kept.map((id) => graphIri(DEFAULT_BASE, id));
    const keptSubjects = new Set(kept.map((id) => announcementIri(DEFAULT_BASE, id)));
    // when the rest is tabled (with the kept graphs' statements about entities, which the merged
    // Turtle needs) and written with the kept pieces spliced in
    const rest = QuadTable.from(
      Array.from(built.table.quads()).filter(
        (q) => !keptSubjects.has(runOf(q.subject.value) ?? ""),
      ),
    );
    const nquads = rest.nquadsPieces({
      splices: splices(graphs, keptGraphs),
      skipGraphs: new Set(keptGraphs),
    });
    const turtle = turtleChunksSpliced(rest, {
      extraPrefixes: prefixes,
      runOf,
      splices: splices(subjects, [...keptSubjects]),
    });
    // then the bytes are those of the whole
    expect(bytesOf(Array.from(nquads), whole.nquads).equals(whole.nquads)).toBe(true);
    expect(bytesOf(Array.from(turtle), whole.turtle).equals(whole.turtle)).toBe(true);
  });

  test("given a table that still holds statements of a spliced announcement, when written, then it is refused", () => {
    const kept = announcementIri(DEFAULT_BASE, built.extractions[1]?.announcement.id as string);
    const write = () =>
      Array.from(
        turtleChunksSpliced(built.table, {
          extraPrefixes: prefixes,
          runOf,
          splices: splices(subjects, [kept]),
        }),
      );
    expect(write).toThrow(/both spliced and written anew/);
  });

  test("given subjects of the entities graph written earlier, when spliced among its subjects written anew, then the N-Quads are the bytes written whole", () => {
    // given where each subject of the entities graph lies in the whole output
    const graph = entitiesGraphIri(DEFAULT_BASE);
    const lines = new Map<string, WrittenRun>();
    const recorded = built.table.nquadsPieces({
      subjectSplices: { graph, splices: [] },
      onSubjectWritten: (run) => lines.set(run.key, run),
    });
    expect(bytesOf(Array.from(recorded)).equals(whole.nquads)).toBe(true);
    // and a first subject, two side by side, one in the middle and the last kept from it
    const order = [...lines.keys()].sort();
    expect(order.length).toBeGreaterThan(6);
    const middle = Math.floor(order.length / 2);
    const kept = [0, 1, 2, middle, order.length - 1].map((i) => order[i] as string);
    // when the rest is tabled and written with the kept subjects' lines spliced in
    const keptSet = new Set(kept);
    const rest = QuadTable.from(
      Array.from(built.table.quads()).filter(
        (q) => q.graph.value !== graph || !keptSet.has(q.subject.value),
      ),
    );
    const placed = new Map<string, WrittenRun>();
    const nquads = rest.nquadsPieces({
      subjectSplices: { graph, splices: splices(lines, kept) },
      onSubjectWritten: (run) => placed.set(run.key, run),
    });
    // then the bytes are those of the whole, and every subject is where it was
    expect(bytesOf(Array.from(nquads), whole.nquads).equals(whole.nquads)).toBe(true);
    for (const iri of order)
      expect([placed.get(iri)?.start, placed.get(iri)?.end]).toEqual([
        lines.get(iri)?.start,
        lines.get(iri)?.end,
      ]);
  });

  test("given subjects to splice into a graph the table holds no line of, when written, then it is refused", () => {
    const graph = entitiesGraphIri(DEFAULT_BASE);
    const rest = QuadTable.from(
      Array.from(built.table.quads()).filter((q) => q.graph.value !== graph),
    );
    const range = new EarlierRange(0, 10);
    const write = () =>
      Array.from(
        rest.nquadsPieces({
          subjectSplices: { graph, splices: [{ iri: `${DEFAULT_BASE}org/x`, range }] },
        }),
      );
    expect(write).toThrow(/no lines of its own/);
  });
});
