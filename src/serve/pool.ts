// **pool** runs requests on query workers: at most one request per worker, a bounded queue, and a
// timeout after which the worker is terminated (stopping the query) and replaced by a fresh one.

import { Worker } from "node:worker_threads";
import { LaurelError } from "../errors.ts";
import { sourceUrl } from "../util/paths.ts";
import { type ServeReply, type ServeRequest, textReply } from "./types.ts";
import type { WorkerInit, WorkerMessage } from "./worker.ts";

export interface PoolOptions {
  size: number;
  timeoutMs: number;
  /** Requests waiting beyond this many are refused at once (503). */
  maxQueue: number;
  /** Notes for the operator (a worker replaced after a timeout). */
  onEvent?: (message: string) => void;
}

export interface PoolInfo {
  size: number;
  base: string;
  basePath: string;
}

interface Job {
  request: ServeRequest;
  resolve: (reply: ServeReply) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
}

/** Worker entry: registers tsx (Node 20 does not pass loader hooks to workers), then imports worker.ts. */
function workerSource(): string {
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const entry = sourceUrl("serve", "worker.ts");
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });\n`;
}

export class QueryPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private readonly pending = new Map<number, Job>();
  private closed = false;
  private readonly fullWaiters: Array<() => void> = [];

  constructor(
    private readonly init: WorkerInit,
    private readonly options: PoolOptions,
  ) {}

  /**
   * Starts the first worker and resolves once it has loaded the store, so requests are answered
   * as early as possible; the others start then, together. (On two cores, two loads at once took
   * 49 s for the 10k store and one alone 19 s: the first answer comes sooner this way, and all
   * workers are ready sooner too.) Rejects when the first worker cannot load the store.
   */
  async start(): Promise<PoolInfo> {
    const started = Date.now();
    const info = await this.spawn().catch(async (error) => {
      await this.close();
      throw error;
    });
    const rest = Array.from({ length: this.options.size - 1 }, () => this.spawn());
    Promise.all(rest).then(
      () => {
        if (rest.length > 0)
          this.options.onEvent?.(
            `all ${this.options.size} query workers ready (${((Date.now() - started) / 1000).toFixed(1)} s)`,
          );
      },
      (error: Error) => this.options.onEvent?.(`a query worker failed to start: ${error.message}`),
    );
    return info;
  }

  private spawn(): Promise<PoolInfo> {
    const worker = new Worker(workerSource(), { eval: true, workerData: this.init });
    const slot: Slot = { worker, ready: false };
    this.slots.push(slot);
    return new Promise<PoolInfo>((resolve, reject) => {
      worker.on("message", (message: WorkerMessage) => {
        if (message.kind === "ready") {
          slot.ready = true;
          resolve(message);
          this.dispatch();
          if (this.isFull()) for (const wake of this.fullWaiters.splice(0)) wake();
        } else if (message.kind === "failed") {
          reject(new LaurelError(message.code, message.message));
          this.remove(slot);
        } else this.finish(slot, message.id, message.reply);
      });
      worker.on("error", (error) => {
        reject(new LaurelError("worker-failed", `query worker failed: ${error.message}`));
        // A worker that failed while loading would fail again: replace only one that had loaded.
        if (slot.ready) this.replace(slot, textReply(500, `query worker failed: ${error.message}`));
        else this.remove(slot);
      });
    });
  }

  private isFull(): boolean {
    return this.slots.filter((slot) => slot.ready).length === this.options.size;
  }

  /** Resolves once every worker is loaded (after a timeout, its replacement needs a moment). */
  whenFull(): Promise<void> {
    if (this.isFull() || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.fullWaiters.push(resolve));
  }

  /** Queues a request; the promise always resolves, with an error reply when it must. */
  run(request: ServeRequest): Promise<ServeReply> {
    if (this.closed) return Promise.resolve(textReply(503, "the server is shutting down"));
    if (this.queue.length >= this.options.maxQueue)
      return Promise.resolve(
        textReply(503, `busy: ${this.queue.length} requests are waiting; try again`, {
          "retry-after": "1",
        }),
      );
    return new Promise((resolve) => {
      const job: Job = { request, resolve };
      // A request that waits a whole timeout for a worker is answered rather than left hanging.
      job.timer = setTimeout(() => {
        this.queue.splice(this.queue.indexOf(job), 1);
        resolve(
          textReply(503, `busy: no query worker came free within ${this.seconds()}; try again`),
        );
      }, this.options.timeoutMs);
      this.queue.push(job);
      this.dispatch();
    });
  }

  private seconds(): string {
    return `${this.options.timeoutMs / 1000} s`;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift() as Job;
      clearTimeout(job.timer);
      const id = this.nextId++;
      slot.job = job;
      this.pending.set(id, job);
      job.timer = setTimeout(() => {
        this.pending.delete(id);
        this.options.onEvent?.(
          `a request ran past ${this.seconds()}; its worker was stopped and is being replaced`,
        );
        this.replace(
          slot,
          textReply(
            503,
            `query cancelled: it ran past the ${this.seconds()} time limit (--timeout)`,
          ),
        );
      }, this.options.timeoutMs);
      slot.worker.postMessage({ id, request: job.request });
    }
  }

  private finish(slot: Slot, id: number, reply: ServeReply): void {
    const job = this.pending.get(id);
    if (!job) return;
    this.pending.delete(id);
    clearTimeout(job.timer);
    slot.job = undefined;
    job.resolve(reply);
    this.dispatch();
  }

  /** Stops a worker, answers its request with `reply`, and starts a fresh worker in its place. */
  private replace(slot: Slot, reply: ServeReply): void {
    const job = slot.job;
    if (job) {
      clearTimeout(job.timer);
      for (const [id, pending] of this.pending) if (pending === job) this.pending.delete(id);
      job.resolve(reply);
    }
    this.remove(slot);
    if (this.closed) return;
    this.spawn().catch((error: Error) =>
      this.options.onEvent?.(`a replacement query worker failed to start: ${error.message}`),
    );
  }

  private remove(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => {});
    void slot.worker.terminate();
  }

  /** Answers what is waiting with 503 and stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      clearTimeout(job.timer);
      job.resolve(textReply(503, "the server is shutting down"));
    }
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      if (slot.job) {
        clearTimeout(slot.job.timer);
        slot.job.resolve(textReply(503, "the server is shutting down"));
      }
      slot.worker.removeAllListeners();
      slot.worker.on("error", () => {});
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
