// Incremental builds that reuse the previous build's serialized graphs (src/pipeline/reuse.ts):
// each graph is reused only when its quads would be the same, and the result is always the bytes
// of a full rebuild.
import { appendFile, cp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DataFactory, type NamedNode } from "n3";
import { beforeAll, describe, expect, test } from "vitest";
import { writeCorpus } from "../scripts/lib/corpus.ts";
import {
  type EntityRecord,
  graphIndexPathFor,
  type PreviousGraphs,
  reusableEntities,
} from "../src/pipeline/reuse.ts";
import type { EarlierFile } from "../src/util/fs.ts";
import { type Built, buildInto, expectSameAsFullBuild, tempDir } from "./support/cli.ts";

let generated: string;

beforeAll(async () => {
  generated = await tempDir();
  writeCorpus(generated, 12, "reuse");
});

/** A corpus folder holding the first `count` generated announcements and the texts given. */
async function corpusOf(count: number, texts: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir();
  const files = (await readdir(generated)).filter((name) => name.endsWith(".txt")).sort();
  for (const name of files.slice(0, count)) await cp(join(generated, name), join(dir, name));
  for (const [name, text] of Object.entries(texts)) await writeFile(join(dir, name), text);
  return dir;
}

const build = buildInto;

/** Puts a copy of the file in its place: same bytes, another file. */
async function replaceWithCopy(path: string): Promise<void> {
  await cp(path, `${path}.copy`);
  await rename(`${path}.copy`, path);
}

/** "kept; N graphs and M entities reused" of a summary line: N and M. */
function reusedCounts(built: Built): { graphs: number; entities: number } {
  const match = /; (\d+) graphs and (\d+) entities reused\)$/.exec(built.summary);
  expect(match, built.summary).not.toBeNull();
  return { graphs: Number(match?.[1]), entities: Number(match?.[2]) };
}

function graphsReused(built: Built): number {
  return reusedCounts(built).graphs;
}

/** How many subjects of the entities graph the build's index records for the next build. */
async function entitiesRecorded(built: Built): Promise<number> {
  const [line = ""] = (await readFile(graphIndexPathFor(built.store), "utf8")).split("\n");
  return (JSON.parse(line) as { entities: unknown[] }).entities.length;
}

// "QNA" alone is an entity of its own until an announcement spells it out: then the two merge,
// and the announcement that wrote only "QNA" maps to another IRI, though its text is unchanged.
const ACADEMY = {
  "qna-a.txt":
    "Qinling Nature Academy Named a Science Base\n\nOn 3 March 2021, the Shaanxi Association for Science and Technology named the Qinling Nature Academy a Provincial Science Popularization Base.\n",
  "qna-b.txt":
    "QNA Honored\n\nOn 5 May 2022, QNA won the title of National Advanced Collective, awarded by the Ministry of Education.\n",
};
const SPELLED_OUT = {
  "qna-c.txt":
    "Academy Profile\n\nThe Qinling Nature Academy (QNA) was founded in 1990. On 1 June 2023, the Qinling Nature Academy (QNA) was named a National Science Popularization Education Base.\n",
};

describe("graphs reused by an incremental build", () => {
  test("an unchanged rebuild reuses every graph and writes the same bytes", async () => {
    // given a built corpus
    const corpus = await corpusOf(8, ACADEMY);
    const outDir = await tempDir();
    const first = await build(corpus, outDir);
    const before = await Promise.all([first.store, first.out].map((path) => readFile(path)));
    // when it is built again unchanged
    const again = await build(corpus, outDir);
    // then every graph came from the previous build, byte for byte
    expect(again.summary).toMatch(
      /^announcements: 10 of 10 file\(s\) \(0 added, 0 changed, 0 removed, 10 kept; 10 graphs and [1-9]\d* entities reused\)$/,
    );
    expect((await readFile(again.store)).equals(before[0] as Buffer)).toBe(true);
    expect((await readFile(again.out)).equals(before[1] as Buffer)).toBe(true);
    // and so did the statements of every entity the first build recorded
    expect(reusedCounts(again).entities).toBe(await entitiesRecorded(first));
    await expectSameAsFullBuild(again, corpus);
  });

  test("a changed announcement's graph is written anew", async () => {
    const corpus = await corpusOf(8);
    const outDir = await tempDir();
    await build(corpus, outDir);
    const files = (await readdir(corpus)).sort();
    await appendFile(
      join(corpus, files[2] as string),
      "\nThe Lanzhou Science Museum was named a National Science Popularization Education Base.\n",
    );
    const again = await build(corpus, outDir);
    expect(again.summary).toMatch(
      /\(0 added, 1 changed, 0 removed, 7 kept; 7 graphs and [1-9]\d* entities reused\)$/,
    );
    expect(await readFile(again.out, "utf8")).toContain("Lanzhou Science Museum");
    await expectSameAsFullBuild(again, corpus);
  });

  test("a new alias that merges two entities rewrites the unchanged graph that names one", async () => {
    // given "QNA" (qna-b) and "Qinling Nature Academy" (qna-a) as two entities
    const corpus = await corpusOf(4, ACADEMY);
    const outDir = await tempDir();
    const first = await build(corpus, outDir);
    expect(await readFile(first.store, "utf8")).toContain("/org/acr-qna");
    // when an announcement spells out the acronym
    await writeFile(join(corpus, "qna-c.txt"), SPELLED_OUT["qna-c.txt"]);
    const merged = await build(corpus, outDir);
    // then qna-b, unchanged itself, is mapped again (to the academy) and nothing else is
    expect(merged.summary).toMatch(
      /\(1 added, 0 changed, 0 removed, 6 kept; 5 graphs and [1-9]\d* entities reused\)$/,
    );
    const qnaB = (await readFile(merged.store, "utf8"))
      .split("\n")
      .filter((line) => line.endsWith("/graph/qna-b> ."));
    expect(qnaB.join("\n")).not.toContain("/org/acr-qna");
    expect(qnaB.join("\n")).toContain("/org/qinling-nature-academy>");
    // and the academy, which gains the acronym, is written anew in the entities graph
    const academy = (await readFile(merged.store, "utf8"))
      .split("\n")
      .filter((line) => line.startsWith("<https://w3id.org/laurel/id/org/qinling-nature-academy>"));
    expect(academy.join("\n")).toContain('"QNA"');
    expect(reusedCounts(merged).entities).toBeLessThan(await entitiesRecorded(first));
    await expectSameAsFullBuild(merged, corpus);
    // and when it goes again, the two come apart again
    await rm(join(corpus, "qna-c.txt"));
    const split = await build(corpus, outDir);
    expect(split.summary).toMatch(
      /\(0 added, 0 changed, 1 removed, 6 kept; 5 graphs and [1-9]\d* entities reused\)$/,
    );
    await expectSameAsFullBuild(split, corpus);
  });

  test("a removed announcement's graph and statements are gone", async () => {
    const corpus = await corpusOf(6);
    const outDir = await tempDir();
    await build(corpus, outDir);
    const gone = (await readdir(corpus)).sort()[3] as string;
    const id = gone.replace(/\.txt$/, "");
    await rm(join(corpus, gone));
    const again = await build(corpus, outDir);
    expect(graphsReused(again)).toBe(5);
    expect(await readFile(again.store, "utf8")).not.toContain(`/graph/${id}>`);
    expect(await readFile(again.out, "utf8")).not.toContain(`announcement:${id}`);
    await expectSameAsFullBuild(again, corpus);
  });

  test.each([
    ["an edited store", (built: Built) => appendFile(built.store, "\n")],
    ["a replaced export", (built: Built) => replaceWithCopy(built.out)],
    ["a damaged index", (built: Built) => appendFile(graphIndexPathFor(built.store), "x")],
    ["a missing index", (built: Built) => rm(graphIndexPathFor(built.store))],
  ])("%s is not spliced from: every graph is written anew", async (_case, damage) => {
    const corpus = await corpusOf(4);
    const outDir = await tempDir();
    const first = await build(corpus, outDir);
    await damage(first);
    const again = await build(corpus, outDir);
    expect(reusedCounts(again)).toEqual({ graphs: 0, entities: 0 });
    await expectSameAsFullBuild(again, corpus);
    // and the build after that reuses again
    expect(graphsReused(await build(corpus, outDir))).toBe(4);
  });

  test("a store rewritten in place with bytes of the same length is not spliced from", async () => {
    // given a store whose bytes changed but not its size or its inode
    const corpus = await corpusOf(3);
    const outDir = await tempDir();
    const first = await build(corpus, outDir);
    const text = await readFile(first.store, "latin1");
    await writeFile(first.store, text.replaceAll("Science", "Sciense"), "latin1");
    // when built again, nothing of it is spliced in
    const again = await build(corpus, outDir);
    expect(graphsReused(again)).toBe(0);
    await expectSameAsFullBuild(again, corpus);
  });

  test("--full writes every graph anew", async () => {
    const corpus = await corpusOf(3);
    const outDir = await tempDir();
    await build(corpus, outDir);
    const full = await build(corpus, outDir, "--full");
    expect(full.summary).toBe("announcements: 3 of 3 file(s) (full build: --full)");
    await expectSameAsFullBuild(full, corpus);
  });
});

describe("reusableEntities", () => {
  const { namedNode, literal, quad } = DataFactory;
  const base = "https://example.org/id/";
  const entities: NamedNode = namedNode(`${base}graph/entities`);
  const label = "http://www.w3.org/2004/02/skos/core#prefLabel";
  const org = (name: string) => namedNode(`${base}org/${name}`);
  const named = (name: string, text: string, graph = entities) =>
    quad(org(name), namedNode(label), literal(text), graph);

  /** An earlier build that recorded these subjects with the digests `quads` give them. */
  function earlierBuild(quads: ReturnType<typeof named>[]): PreviousGraphs {
    const { digests } = reusableEntities(undefined, quads, base);
    const records = [...digests].map(
      ([iri, digest], i): EntityRecord => ({
        iri,
        digest,
        nquads: [i * 10, i * 10 + 10],
        quads: 1,
        turtle: [i * 10, i * 10 + 10],
      }),
    );
    const file = { size: 1000 } as EarlierFile;
    return {
      records: new Map(),
      entities: new Map(records.map((record) => [record.iri, record])),
      store: file,
      export: file,
      close: async () => {},
    };
  }

  test("takes the subjects alone in the entities graph whose quads are as recorded", () => {
    // given an earlier build of four organizations
    const before = [named("a", "A"), named("b", "B"), named("c", "C"), named("d", "D")];
    const previous = earlierBuild(before);
    // when b is renamed, c gains a quad in an announcement's graph and d stays as it was
    const now = [
      named("a", "A"),
      named("b", "Bee"),
      named("c", "C"),
      named("c", "C", namedNode(`${base}graph/x`)),
      named("d", "D"),
    ];
    const reuse = reusableEntities(previous, now, base);
    // then a and d are taken from the earlier build, b and c are written anew
    expect([...reuse.reused.keys()].sort()).toEqual([org("a").value, org("d").value]);
    expect(reuse.digests.has(org("c").value)).toBe(false);
  });

  test("takes none when every subject could be: the spliced lines need one written to go among", () => {
    const quads = [named("a", "A"), named("b", "B")];
    expect(reusableEntities(earlierBuild(quads), quads, base).reused.size).toBe(0);
  });
});
