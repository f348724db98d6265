// The bundled CLI (npm run compile, dist/laurel.js) writes the bytes the TypeScript sources write.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, expect, test } from "vitest";
import { bundleCli } from "../scripts/lib/bundle.ts";
import { buildInto, tempDir } from "./support/cli.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SAMPLES = join(ROOT, "data", "announcements");
let bundleDir: string | undefined;

afterAll(async () => {
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

/** Runs `laurel ARGS` from the bundle at `bundle` in a fresh process. */
function runBundle(bundle: string, args: string[]): Promise<{ code: number | null; err: string }> {
  const script = `const cli = await import(${JSON.stringify(pathToFileURL(bundle).href)});
process.exitCode = await cli.main(${JSON.stringify(args)});`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT });
    let err = "";
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    child.on("close", (code) => resolve({ code, err }));
  });
}

test("a build from the bundle is byte for byte a build from the sources", async () => {
  // given the CLI bundled inside the package (paths are found from the package root)
  bundleDir = await mkdtemp(join(ROOT, "dist-test-"));
  const bundle = join(bundleDir, "laurel.js");
  await bundleCli(join(ROOT, "src", "cli", "index.ts"), bundle);
  // when the bundle and the sources build the sample corpus
  const fromSources = await buildInto(SAMPLES, await tempDir());
  const out = await tempDir();
  const store = join(out, "laurel.nq");
  const args = ["build", SAMPLES, "--store", store, "--out", join(out, "laurel.ttl"), "--quiet"];
  const run = await runBundle(bundle, args);
  // then both wrote the same store, export and extraction cache
  expect(run.code, run.err).toBe(0);
  expect(await readFile(store)).toEqual(await readFile(fromSources.store));
  expect(await readFile(join(out, "laurel.ttl"))).toEqual(await readFile(fromSources.out));
  const cache = (dir: string) => readFile(join(dir, "laurel.cache.ndjson"));
  expect(await cache(out)).toEqual(await cache(join(fromSources.store, "..")));
}, 60_000);
