// Runs the CLI in-process with captured output.

import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { main } from "../../src/cli/index.ts";
import { cachePathFor } from "../../src/pipeline/cache.ts";
import { candidateLogsPathFor } from "../../src/pipeline/candidate-logs.ts";
import { recordTempDir } from "./temp-dirs.ts";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `laurel ARGS`; `isTTY` says whether stderr is to look like a terminal. */
export async function runCli(args: string[], { isTTY = false } = {}): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    isTTY,
  });
  return { code, out, err };
}

export async function tempDir(prefix = "laurel-test-"): Promise<string> {
  return recordTempDir(await mkdtemp(join(tmpdir(), prefix)));
}

/** Where a test build wrote, and what it printed. */
export interface Built {
  store: string;
  out: string;
  /** The summary's first line. */
  summary: string;
  err: string;
}

/** Runs `laurel build CORPUS` into `outDir` (laurel.nq, laurel.ttl) and expects it to succeed. */
export async function buildInto(
  corpus: string,
  outDir: string,
  ...flags: string[]
): Promise<Built> {
  const store = join(outDir, "laurel.nq");
  const out = join(outDir, "laurel.ttl");
  const run = await runCli(["build", corpus, "--store", store, "--out", out, ...flags]);
  expect(run.code, run.err).toBe(0);
  return { store, out, summary: run.out.split("\n")[0] ?? "", err: run.err };
}

/**
 * The store, export, cache and candidate logs of `built` are the bytes a fresh full build of
 * `corpus` writes.
 */
export async function expectSameAsFullBuild(built: Built, corpus: string): Promise<void> {
  const full = await buildInto(corpus, await tempDir());
  expect(full.summary).toMatch(/\(full build\)$/);
  for (const [mine, theirs] of [
    [built.store, full.store],
    [built.out, full.out],
    [cachePathFor(built.store), cachePathFor(full.store)],
    [candidateLogsPathFor(built.store), candidateLogsPathFor(full.store)],
  ] as const) {
    expect((await readFile(mine)).equals(await readFile(theirs)), `${mine} differs`).toBe(true);
  }
}
