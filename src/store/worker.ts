// Loads N-Quads into a throwaway Oxigraph store on a worker thread, to prove the graph loads and
// count it while the main thread goes on writing exports. The main thread's heap is large at that
// point, and each time Oxigraph's WebAssembly memory grows V8 runs a full collection of that heap:
// measured at 10,000 announcements, the same load took 6 s in a fresh thread and over 60 s there.
import { Worker } from "node:worker_threads";
import { loadError, loadOptions } from "./index.ts";

export interface WorkerLoad {
  /** Quads in the loaded store. */
  size: number;
  /** The input pieces, handed back (they were moved to the worker, not copied). */
  chunks: Uint8Array[];
}

function workerSource(): string {
  const oxigraphUrl = import.meta.resolve("oxigraph");
  return `const { parentPort } = require("node:worker_threads");
import(${JSON.stringify(oxigraphUrl)}).then(({ default: oxigraph }) => {
  parentPort.once("message", (chunks) => {
    const transfer = [...new Set(chunks.map((chunk) => chunk.buffer))];
    try {
      const store = new oxigraph.Store();
      store.load(chunks, ${JSON.stringify(loadOptions(true))});
      parentPort.postMessage({ ok: true, size: store.size, chunks }, transfer);
    } catch (error) {
      const message = String((error && error.message) || error);
      parentPort.postMessage({ ok: false, message, range: error instanceof RangeError, chunks }, transfer);
    }
  });
});
`;
}

type Reply =
  | { ok: true; size: number; chunks: Uint8Array[] }
  | { ok: false; message: string; range: boolean; chunks: Uint8Array[] };

/** Loads Laurel-written N-Quads pieces on a worker thread and reports the store's size. */
export async function loadInWorker(chunks: Uint8Array[], source: string): Promise<WorkerLoad> {
  const worker = new Worker(workerSource(), { eval: true });
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", (error) =>
        reject(loadError(new Error(`store worker failed: ${error.message}`), source)),
      );
      worker.once("exit", (code) =>
        reject(loadError(new Error(`store worker exited with code ${code}`), source)),
      );
      const transfer = [...new Set(chunks.map((chunk) => chunk.buffer as ArrayBuffer))];
      worker.postMessage(chunks, transfer);
    });
    if (!reply.ok) {
      const error = reply.range ? new RangeError(reply.message) : new Error(reply.message);
      throw loadError(error, source);
    }
    return { size: reply.size, chunks: reply.chunks };
  } finally {
    worker.removeAllListeners("exit");
    await worker.terminate();
  }
}
