import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { dataFile } from "../src/cli/data-files.ts";
import { packagePath } from "../src/util/paths.ts";
import { runCli, tempDir } from "./support/cli.ts";

describe("dataFile", () => {
  test("a folder without data/ gets the authority Laurel ships", async () => {
    const elsewhere = await tempDir();
    expect(dataFile(undefined, "authority.ttl", "--authority", elsewhere)).toBe(
      packagePath("data", "authority.ttl"),
    );
  });

  test("a folder with its own data/authority.ttl gets that one", async () => {
    const project = await tempDir();
    await mkdir(join(project, "data"));
    await writeFile(join(project, "data", "authority.ttl"), "");
    const chosen = dataFile(undefined, "authority.ttl", "--authority", project);
    expect(join(process.cwd(), chosen)).toBe(join(project, "data", "authority.ttl"));
  });

  test("a file named on the command line must exist", async () => {
    const project = await tempDir();
    expect(() => dataFile("nowhere.ttl", "authority.ttl", "--authority", project)).toThrow(
      "--authority nowhere.ttl: no such file",
    );
  });
});

describe("laurel build --authority", () => {
  test("a missing authority file is a usage error, and nothing is written", async () => {
    const dir = await tempDir();
    const run = await runCli([
      "build",
      "--authority",
      join(dir, "missing.ttl"),
      "--store",
      join(dir, "s.nq"),
      "--out",
      join(dir, "s.ttl"),
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--authority .*missing\.ttl: no such file/);
    const { readdir } = await import("node:fs/promises");
    expect(await readdir(dir)).toEqual([]);
  });
});
