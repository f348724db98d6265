// The store's ceiling: a graph over maxQuads is refused before anything is loaded or written.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { main } from "../src/cli/index.ts";
import { LaurelError } from "../src/errors.ts";
import { GraphTooLarge, mapToQuads } from "../src/map/index.ts";
import { buildGraph, CollectingSink } from "../src/pipeline/index.ts";
import { DEFAULT_BASE } from "../src/resolve/index.ts";

const SEEDS = "data/announcements";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "laurel-ceiling-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("a graph over maxQuads fails early with a clear message, before the store is loaded", async () => {
  const stages: string[] = [];
  const error = await buildGraph(
    { paths: [SEEDS], maxQuads: 100, workers: 0, onProgress: (stage) => stages.push(stage) },
    new CollectingSink(),
  ).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LaurelError);
  const laurel = error as LaurelError;
  expect(laurel.code).toBe("too-many-quads");
  expect(laurel.exitCode).toBe(1);
  expect(laurel.message).toMatch(
    /the graph of 5 announcements would hold about \d+ quads, over the store's ceiling of 100 /,
  );
  expect(laurel.message).toMatch(
    /about \d+ quads per announcement, so about \d+ announcements fit/,
  );
  expect(laurel.message).toMatch(/Nothing was written/);
  // Extraction ran; the load stage never started.
  expect(stages).toContain("extract");
  expect(stages).not.toContain("load");
});

test("mapping stops at the first announcement past the ceiling, so memory stays bounded by it", async () => {
  const built = await buildGraph({ paths: [SEEDS], workers: 0 }, new CollectingSink());
  const { extractions, resolution } = built;
  const firstGraph = mapToQuads(extractions.slice(0, 1), resolution, { base: DEFAULT_BASE });
  const error = (() => {
    try {
      mapToQuads(extractions, resolution, { base: DEFAULT_BASE, maxQuads: 10 });
    } catch (e) {
      return e;
    }
  })();
  expect(error).toBeInstanceOf(GraphTooLarge);
  const tooLarge = error as GraphTooLarge;
  expect(tooLarge.announcementsMapped).toBe(1);
  expect(tooLarge.quadsSoFar).toBeLessThan(firstGraph.quads.length);
  expect(tooLarge.quadsSoFar).toBeGreaterThan(10);
});

test("`laurel build --max-quads 100` exits 1 and leaves no store or export behind", async () => {
  const store = join(dir, "laurel.nq");
  const out = join(dir, "laurel.ttl");
  let err = "";
  let printed = "";
  const code = await main(["build", SEEDS, "--max-quads", "100", "--store", store, "--out", out], {
    out: (text) => {
      printed += text;
    },
    err: (text) => {
      err += text;
    },
    isTTY: false,
  });
  expect(code).toBe(1);
  expect(err).toMatch(
    /laurel: the graph of 5 announcements would hold about \d+ quads, over the store's ceiling of 100 /,
  );
  expect(err).not.toMatch(/unexpected error|\n\s+at /);
  expect(printed).toBe("");
  // Neither file, nor a temporary file from an atomic write, exists.
  expect(await readdir(dir)).toEqual([]);
});
