// Runs the CLI in-process with captured output.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/index.ts";
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
