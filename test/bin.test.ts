// bin/sources.js: the bundled CLI runs only while every source is as it was when it was bundled.
import { spawnSync } from "node:child_process";
import { mkdir, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { sameSources, sourceManifest } from "../bin/sources.js";
import { tempDir } from "./support/cli.ts";

async function sourceTree(): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, "resolve"));
  await writeFile(join(dir, "types.ts"), "export type A = 1;\n");
  await writeFile(join(dir, "resolve", "index.ts"), "export const b = 2;\n");
  return dir;
}

describe("the bundle's record of the sources", () => {
  test("lists every file below the folder with its size, by relative path", async () => {
    // given a folder of sources
    const dir = await sourceTree();
    // when it is recorded
    const manifest = sourceManifest(dir);
    // then each file is there, nested ones by their path
    expect(Object.keys(manifest)).toEqual(["resolve/index.ts", "types.ts"]);
    expect(manifest["types.ts"]?.[0]).toBe(19);
    expect(sameSources(dir, manifest)).toBe(true);
  });

  test("an edited file, even of the same size and given its old time back, is no longer a match", async () => {
    const dir = await sourceTree();
    const manifest = sourceManifest(dir);
    await writeFile(join(dir, "types.ts"), "export type A = 2;\n");
    expect(sameSources(dir, manifest)).toBe(false);
    // An older modification time than recorded counts too: only equality is trusted.
    await utimes(join(dir, "types.ts"), new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(sameSources(dir, manifest)).toBe(false);
  });

  test("a file added or removed is no longer a match", async () => {
    const dir = await sourceTree();
    const manifest = sourceManifest(dir);
    await writeFile(join(dir, "resolve", "extra.ts"), "export const c = 3;\n");
    expect(sameSources(dir, manifest)).toBe(false);
    await rm(join(dir, "resolve", "extra.ts"));
    expect(sameSources(dir, manifest)).toBe(true);
    await rm(join(dir, "types.ts"));
    expect(sameSources(dir, manifest)).toBe(false);
  });
});

test("LAUREL_TSX=1 runs the CLI from the TypeScript sources", () => {
  const bin = fileURLToPath(new URL("../bin/laurel.js", import.meta.url));
  const run = spawnSync(process.execPath, [bin, "build", "--help"], {
    env: { ...process.env, LAUREL_TSX: "1" },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/^laurel build \[PATH\.\.\.\] \[options\]$/m);
});
