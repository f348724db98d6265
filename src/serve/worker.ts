// Query worker: loads its own copy of the store (Oxigraph's memory cannot be shared between
// threads), then answers requests one at a time. The HTTP thread terminates it when a request runs
// past the timeout, which is the only way to stop a WebAssembly query mid-way.
import { parentPort, workerData } from "node:worker_threads";
import { LaurelError } from "../errors.ts";
import { LaurelStore } from "../store/index.ts";
import { handleRequest } from "./handler.ts";
import type { ServeContext, ServeReply, ServeRequest } from "./types.ts";
import { textReply } from "./types.ts";

export interface WorkerInit {
  storePath: string;
  /** --base, or undefined to read it from the store's dataset description. */
  base?: string;
  queries: Record<string, string>;
}

export type WorkerMessage =
  | { kind: "ready"; size: number; base: string; basePath: string }
  | { kind: "failed"; code: string; message: string }
  | { kind: "reply"; id: number; reply: ServeReply };

if (!parentPort) throw new Error("serve/worker.ts runs only as a worker thread");
const port = parentPort;
const init = workerData as WorkerInit;

function detectBase(store: LaurelStore): string | undefined {
  const result = store.query("SELECT ?d WHERE { ?d a <http://rdfs.org/ns/void#Dataset> } LIMIT 1");
  const value = result.kind === "bindings" ? result.rows[0]?.get("d")?.value : undefined;
  return value?.endsWith("dataset") ? value.slice(0, -"dataset".length) : undefined;
}

try {
  const store = await LaurelStore.open(init.storePath);
  const base = init.base ?? detectBase(store) ?? "https://w3id.org/laurel/id/";
  const ctx: ServeContext = { base, basePath: new URL(base).pathname, queries: init.queries };
  port.on("message", ({ id, request }: { id: number; request: ServeRequest }) => {
    let reply: ServeReply;
    try {
      reply = handleRequest(store, ctx, request);
    } catch (error) {
      reply = textReply(500, `internal error: ${(error as Error).message}`);
    }
    port.postMessage({ kind: "reply", id, reply } satisfies WorkerMessage);
  });
  port.postMessage({
    kind: "ready",
    size: store.size,
    base,
    basePath: ctx.basePath,
  } satisfies WorkerMessage);
} catch (error) {
  const code = error instanceof LaurelError ? error.code : "unexpected";
  port.postMessage({
    kind: "failed",
    code,
    message: (error as Error).message,
  } satisfies WorkerMessage);
}
