// Every test file's temporary folders are removed when the file's tests end: a run leaves /tmp
// as it found it. Folders are made with `tempDir` (test/support/cli.ts), which records them here.
import { rm } from "node:fs/promises";
import { afterAll } from "vitest";

const made: string[] = [];

export function recordTempDir(dir: string): string {
  made.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
