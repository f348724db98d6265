import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { type BuildResult, buildGraph, CollectingSink } from "../src/pipeline/index.ts";
import { LaurelStore, splitLines } from "../src/store/index.ts";
import { loadInWorker } from "../src/store/worker.ts";
import { writeFileAtomic } from "../src/util/fs.ts";
import { tempDir } from "./support/cli.ts";

const SEEDS = "data/announcements";

let built: BuildResult;
beforeAll(async () => {
  built = await buildGraph({ paths: [SEEDS] }, new CollectingSink());
});

describe("splitLines", () => {
  test("cuts at line ends only, and the pieces put back together are the input", () => {
    const text = Buffer.from('<a> <b> <c> .\n<d> <e> "ü" .\n<f> <g> <h> .\n');
    for (const size of [1, 5, 14, 15, 40, 1000]) {
      const pieces = splitLines(text, size);
      expect(Buffer.concat(pieces).equals(text)).toBe(true);
      for (const piece of pieces) expect(piece[piece.length - 1]).toBe(0x0a);
    }
  });

  test("a last line without a newline stays whole", () => {
    const pieces = splitLines(Buffer.from("<a> <b> <c> .\n<d> <e> <f> ."), 3);
    expect(pieces.map((p) => Buffer.from(p).toString())).toEqual([
      "<a> <b> <c> .\n",
      "<d> <e> <f> .",
    ]);
  });
});

describe("loading on a worker thread", () => {
  test("gives the same store size as loading here, and hands the pieces back intact", async () => {
    const copies = built.nquadsChunks.map((chunk) => Buffer.from(chunk));
    const loaded = await loadInWorker(copies, "the seed graph");
    expect(loaded.size).toBe(built.store.size);
    expect(Buffer.concat(loaded.chunks).toString("utf8")).toBe(built.nquads);
  });

  test("a build's quad count is the size of the store its N-Quads load into", () => {
    expect(built.summary.quads).toBe(built.store.size);
    expect(built.summary.quads).toBe(built.nquads.trimEnd().split("\n").length);
  });

  test("bad N-Quads fail with the store's error, not a crash", async () => {
    await expect(loadInWorker([Buffer.from("<a> <b> .\n")], "a broken graph")).rejects.toThrow(
      /a broken graph is not valid N-Quads/,
    );
  });
});

describe("the persisted store", () => {
  test("a store written in pieces opens to the same graph", async () => {
    const dir = await tempDir("laurel-store-");
    const path = join(dir, "graph.nq");
    await LaurelStore.save(path, splitLines(Buffer.from(built.nquads), 1000));
    expect(await readFile(path, "utf8")).toBe(built.nquads);
    const reopened = await LaurelStore.open(path);
    expect(reopened.size).toBe(built.store.size);
  });

  test("an atomic write that fails part way leaves the old file alone", async () => {
    const dir = await tempDir("laurel-store-");
    const path = join(dir, "graph.nq");
    await writeFile(path, "old\n");
    function* failing() {
      yield "new, first half\n";
      throw new Error("disk full");
    }
    await expect(writeFileAtomic(path, failing())).rejects.toThrow(/disk full/);
    expect(await readFile(path, "utf8")).toBe("old\n");
    expect(await readdir(dir)).toEqual(["graph.nq"]);
  });
});
