import { expect, test } from "vitest";
import { buildGraph, CollectingSink } from "../src/pipeline/index.ts";
import { autoWorkerCount, extractInWorkers, WORKER_THRESHOLD } from "../src/pipeline/workers.ts";

const SEEDS = "data/announcements";

test("worker-thread extraction gives byte-identical N-Quads to single-threaded on the seeds", async () => {
  const single = await buildGraph({ paths: [SEEDS], workers: 0 }, new CollectingSink());
  const sinkParallel = new CollectingSink();
  const parallel = await buildGraph({ paths: [SEEDS], workers: 2 }, sinkParallel);
  expect(parallel.summary.announcements).toBe(single.summary.announcements);
  expect(parallel.nquads.length).toBeGreaterThan(0);
  expect(parallel.nquads === single.nquads).toBe(true);
  expect(parallel.summary).toEqual(single.summary);
});

test("results come back in input order whatever the batch size", async () => {
  const single = await buildGraph({ paths: [SEEDS], workers: 0 }, new CollectingSink());
  const outcomes = await extractInWorkers(single.announcements, { workers: 2, batchSize: 1 });
  expect(outcomes.map((o) => (o.ok ? o.extraction.announcement.id : o.message))).toEqual(
    single.announcements.map((a) => a.id),
  );
  expect(outcomes.map((o) => (o.ok ? JSON.stringify(o.extraction) : ""))).toEqual(
    single.extractions.map((e) => JSON.stringify(e)),
  );
});

test("workers are used only for larger corpora, on machines with cores to spare", async () => {
  expect(autoWorkerCount(5, 8)).toBe(0);
  expect(autoWorkerCount(WORKER_THRESHOLD - 1, 8)).toBe(0);
  expect(autoWorkerCount(WORKER_THRESHOLD, 8)).toBe(8);
  expect(autoWorkerCount(WORKER_THRESHOLD, 4)).toBe(4);
  expect(autoWorkerCount(100_000, 2)).toBe(0);
  await expect(extractInWorkers([], { workers: 2 })).resolves.toEqual([]);
});
