// A real Virtuoso for tests: scripts/virtuoso.sh on a free port and a temporary folder. In CI a
// missing virtuoso-t fails the tests that need it; elsewhere they are skipped, saying so.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { freePort } from "../../scripts/lib/free-port.ts";

const run = promisify(execFile);

export const VIRTUOSO_INSTALLED = ["virtuoso-t", "isql-vt"].every((bin) => onPath(bin));

const MISSING =
  "virtuoso-t / isql-vt not found: install Debian's virtuoso-opensource package (apt-get install virtuoso-opensource), as .ci/run does";

/** Registers a failing test in CI when Virtuoso is missing; elsewhere warns that `what` is skipped. */
export function requireVirtuosoInCi(what: string): void {
  if (!VIRTUOSO_INSTALLED && !process.env.CI) console.warn(`${what} skipped: ${MISSING}`);
  describe.runIf(!VIRTUOSO_INSTALLED && process.env.CI)(`${what} in CI`, () => {
    test("needs Virtuoso installed", () => {
      expect.fail(MISSING);
    });
  });
}

export interface TestVirtuoso {
  endpoint: string;
  credentials: { user: string; password: string };
}

/** Starts scripts/virtuoso.sh's server with its data in `dir`. */
export async function startVirtuoso(dir: string): Promise<TestVirtuoso> {
  const port = await freePort();
  await run("bash", ["scripts/virtuoso.sh", "start", "--port", String(port), "--dir", dir]);
  const password = readFileSync(join(dir, "dba-password"), "utf8").trim();
  return { endpoint: `http://127.0.0.1:${port}/sparql`, credentials: { user: "dba", password } };
}

export async function stopVirtuoso(dir: string): Promise<void> {
  await run("bash", ["scripts/virtuoso.sh", "stop", "--dir", dir]);
}

function onPath(bin: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => existsSync(join(dir, bin)));
}
