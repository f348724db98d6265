// `laurel serve` as a process: a missing store fails with a message and exit 1; SIGTERM stops a
// running server cleanly with exit 0.
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { parseDuration } from "../../src/cli/index.ts";
import { runCli, tempDir } from "../support/cli.ts";
import { buildSeedStore } from "../support/serve.ts";

const BIN = fileURLToPath(new URL("../../bin/laurel.js", import.meta.url));

test("a missing store is a clear error and exit 1", async () => {
  const run = await runCli(["serve", "--store", "/nonexistent/laurel.nq", "--port", "0"]);
  expect(run.code).toBe(1);
  expect(run.err).toMatch(/no store at \/nonexistent\/laurel.nq; create it with `laurel build`/);
});

test("a store that is not N-Quads is a clear error and exit 1", async () => {
  const dir = await tempDir();
  const bad = join(dir, "bad.nq");
  await writeFile(bad, "<urn:x:a> <urn:x:b> this is not N-Quads .\n");
  const run = await runCli(["serve", "--store", bad, "--port", "0"]);
  expect(run.code).toBe(1);
  expect(run.err).toMatch(/bad\.nq is not valid N-Quads .*rebuild it with `laurel build`/);
  const empty = join(dir, "empty.nq");
  await writeFile(empty, "\n");
  expect((await runCli(["serve", "--store", empty, "--port", "0"])).err).toMatch(/is empty/);
});

test("a port in use is a clear error and exit 1", async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = taken.address() as AddressInfo;
    const run = await runCli(["serve", "--store", await buildSeedStore(), "--port", String(port)]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      new RegExp(`cannot listen on 127.0.0.1:${port} \\(EADDRINUSE\\); pick another --port`),
    );
  } finally {
    taken.close();
  }
});

test("bad options are usage errors (exit 2)", async () => {
  expect((await runCli(["serve", "--port", "http"])).code).toBe(2);
  expect((await runCli(["serve", "--timeout", "soon"])).code).toBe(2);
  expect((await runCli(["serve", "--concurrency", "0"])).code).toBe(2);
  expect(parseDuration("10s", "--timeout")).toBe(10_000);
  expect(parseDuration("250ms", "--timeout")).toBe(250);
  expect(parseDuration("2m", "--timeout")).toBe(120_000);
});

test("serves until SIGTERM, then exits 0", async () => {
  const store = await buildSeedStore();
  const child = spawn(process.execPath, [BIN, "serve", "--store", store, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      const match = /serving at (http:\/\/\S+?)\/ /.exec(err);
      if (match) resolve(match[1] as string);
    });
    child.once("exit", (code) => reject(new Error(`exited early (${code}): ${err}`)));
  });
  expect(err).toMatch(/loaded \d+ quads/);
  expect((await fetch(`${url}/sparql?query=ASK%7B%7D`)).status).toBe(200);
  const exit = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  expect(await exit).toBe(0);
});
