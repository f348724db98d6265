// A server over a small store built from the bundled seed corpus, once per test file.
import { join } from "node:path";
import { expect } from "vitest";
import { type RunningServer, startServer } from "../../src/serve/index.ts";
import { runCli, tempDir } from "./cli.ts";

export async function buildSeedStore(): Promise<string> {
  const dir = await tempDir("laurel-serve-");
  const store = join(dir, "laurel.nq");
  const run = await runCli([
    "build",
    "--quiet",
    "--store",
    store,
    "--out",
    join(dir, "laurel.ttl"),
  ]);
  expect(run.code, run.err).toBe(0);
  return store;
}

export async function startSeedServer(
  options: { timeoutMs?: number; concurrency?: number; maxQueue?: number } = {},
): Promise<RunningServer> {
  const server = await startServer({
    storePath: await buildSeedStore(),
    port: 0,
    timeoutMs: options.timeoutMs ?? 10_000,
    concurrency: options.concurrency ?? 2,
    ...(options.maxQueue !== undefined ? { maxQueue: options.maxQueue } : {}),
  });
  await server.whenFull();
  return server;
}

export const BASE = "https://w3id.org/laurel/id/";
export const HOSPITAL = "Chongqing University Cancer Hospital";
export const PANDA_BASE = `${BASE}org/chengdu-research-base-of-giant-panda-breeding`;
