// **serve** answers the graph over HTTP from a warm store: the SPARQL 1.1 Protocol, linked data for
// every minted IRI, and server-rendered pages to explore and review it. startServer returns a
// handle; printing and signal handling belong to the CLI.

import { readdir, readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { LaurelError } from "../errors.ts";
import { packagePath } from "../util/paths.ts";
import { createHttpServer } from "./http.ts";
import { QueryPool } from "./pool.ts";

export interface ServeOptions {
  storePath: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Base of minted IRIs; read from the store's dataset description when not given. */
  base?: string;
  timeoutMs?: number;
  /** Query workers, each with its own copy of the store. */
  concurrency?: number;
  queriesDir?: string;
  /** Requests that may wait for a worker; more are answered 503 at once (default 4096). */
  maxQueue?: number;
  /** Notes for the operator while serving. */
  onEvent?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  quads: number;
  base: string;
  /** The path on this server that stands for the base. */
  basePath: string;
  workers: number;
  /** Resolves once every query worker is loaded (a worker stopped after a timeout is reloading). */
  whenFull(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_QUERIES_DIR = `${packagePath("queries")}/`;

/** At least two workers, so one slow query never holds up every other request. */
export function defaultConcurrency(): number {
  return Math.max(2, Math.min(4, availableParallelism()));
}

async function loadQueries(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".rq")).sort();
  const entries = await Promise.all(
    names.map(
      async (name) => [name.slice(0, -3), await readFile(join(dir, name), "utf8")] as const,
    ),
  );
  return Object.fromEntries(entries);
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const concurrency = options.concurrency ?? defaultConcurrency();
  const pool = new QueryPool(
    {
      storePath: options.storePath,
      ...(options.base ? { base: options.base } : {}),
      queries: await loadQueries(options.queriesDir ?? DEFAULT_QUERIES_DIR),
    },
    {
      size: concurrency,
      timeoutMs: options.timeoutMs ?? 10_000,
      maxQueue: options.maxQueue ?? 4096,
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    },
  );
  const info = await pool.start();
  const server = createHttpServer(pool);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      void pool.close();
      reject(
        new LaurelError(
          "listen-failed",
          `cannot listen on ${options.host ?? "127.0.0.1"}:${options.port ?? 7878} (${error.code ?? error.message}); pick another --port`,
          { cause: error },
        ),
      );
    });
    server.listen(options.port ?? 7878, options.host ?? "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    quads: info.size,
    base: info.base,
    basePath: info.basePath,
    workers: concurrency,
    whenFull: () => pool.whenFull(),
    close: async () => {
      server.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(resolve)), pool.close()]);
    },
  };
}
