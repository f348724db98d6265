// Worker-thread side of parallel extraction (see workers.ts): receives batches of announcements,
// runs extractFacts on each and posts the results back without the announcement itself (the main
// thread still holds it, so it is not copied back).
import { parentPort } from "node:worker_threads";
import { extractFacts } from "../extract/index.ts";
import type { Announcement } from "../types.ts";
import type { WorkerReply, WorkerRequest, WorkerResult } from "./workers.ts";

if (!parentPort) throw new Error("extract-worker.ts runs only as a worker thread");
const port = parentPort;

port.on("message", (request: WorkerRequest) => {
  const results: WorkerResult[] = request.announcements.map((announcement: Announcement) => {
    try {
      const { announcement: _omitted, ...rest } = extractFacts(announcement);
      return { ok: true, extraction: rest };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  const reply: WorkerReply = { batch: request.batch, results };
  port.postMessage(reply);
});
