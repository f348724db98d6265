// **workers** runs extraction of independent announcements on worker threads. Results come back
// in input order, so the graph is byte-identical to a single-threaded build. Starting a worker
// (loading the TypeScript sources through tsx, warming its own JIT) costs about a second, and on a
// 2-core machine a single thread already keeps both cores busy (V8 compiles and collects garbage
// on the other one): measured there, workers lose below 2,000 announcements and only break even
// up to 10,000 (docs/BENCHMARKS.md). So buildGraph uses them from WORKER_THRESHOLD announcements
// up, and only with three or more cores.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Announcement, Extraction } from "../types.ts";
import { sourceUrl } from "../util/paths.ts";

/** Below this many announcements a single thread is faster (measured: docs/BENCHMARKS.md). */
export const WORKER_THRESHOLD = 2000;

/** Fewer cores than this and a second thread only competes with V8's own helper threads. */
export const WORKER_MIN_CORES = 3;

export interface WorkerRequest {
  batch: number;
  announcements: Announcement[];
}

export type WorkerResult =
  | { ok: true; extraction: Omit<Extraction, "announcement"> }
  | { ok: false; message: string };

export interface WorkerReply {
  batch: number;
  results: WorkerResult[];
}

export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; message: string };

export interface ParallelExtractOptions {
  /** Number of worker threads (default: the machine's available parallelism). */
  workers?: number;
  /** Announcements per message (default: about eight batches per worker, 8 to 256). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Worker threads worth starting for `count` announcements: 0 means extract on this thread. */
export function autoWorkerCount(count: number, cores = availableParallelism()): number {
  return count >= WORKER_THRESHOLD && cores >= WORKER_MIN_CORES ? Math.min(cores, 8) : 0;
}

/**
 * The worker's entry: registers tsx (resolved from this package, so any working directory works)
 * and then imports extract-worker.ts. Node 20 does not hand loader hooks down to worker threads,
 * and `--import` in a worker's execArgv does not reach its entry module, so the entry registers them.
 */
function workerSource(): string {
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const entry = sourceUrl("pipeline", "extract-worker.ts");
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });\n`;
}

/** Extracts every announcement on worker threads; outcome i belongs to announcement i. */
export async function extractInWorkers(
  announcements: Announcement[],
  options: ParallelExtractOptions = {},
): Promise<ExtractOutcome[]> {
  const total = announcements.length;
  const outcomes: ExtractOutcome[] = new Array(total);
  if (total === 0) return outcomes;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), total));
  const batchSize = options.batchSize ?? Math.min(256, Math.max(8, Math.ceil(total / (count * 8))));
  const batches: Array<[number, number]> = [];
  for (let start = 0; start < total; start += batchSize)
    batches.push([start, Math.min(total, start + batchSize)]);

  const source = workerSource();
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let finished = 0;
      let done = 0;
      const send = (worker: Worker) => {
        if (next >= batches.length) return;
        const batch = next++;
        const [start, end] = batches[batch] as [number, number];
        const request: WorkerRequest = { batch, announcements: announcements.slice(start, end) };
        worker.postMessage(request);
      };
      for (let i = 0; i < Math.min(count, batches.length); i++) {
        const worker = new Worker(source, { eval: true });
        workers.push(worker);
        worker.on("message", (reply: WorkerReply) => {
          const [start] = batches[reply.batch] as [number, number];
          reply.results.forEach((result, offset) => {
            const index = start + offset;
            outcomes[index] = result.ok
              ? {
                  ok: true,
                  extraction: {
                    announcement: announcements[index] as Announcement,
                    ...result.extraction,
                  },
                }
              : result;
          });
          done += reply.results.length;
          options.onProgress?.(done, total);
          if (++finished === batches.length) resolve();
          else send(worker);
        });
        worker.on("error", (error) =>
          reject(new Error(`extraction worker failed: ${error.message}`, { cause: error })),
        );
        worker.on("exit", (code) => {
          if (finished < batches.length)
            reject(new Error(`extraction worker exited early with code ${code}`));
        });
        send(worker);
      }
    });
  } finally {
    for (const worker of workers) {
      worker.removeAllListeners("exit");
      await worker.terminate();
    }
  }
  return outcomes;
}
