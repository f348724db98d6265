#!/usr/bin/env node
// Entry point: loads the TypeScript CLI through tsx so `npx laurel` works right after `npm ci`.
import { register } from "tsx/esm/api";

// `laurel query ... | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

register();
const { main } = await import("../src/cli/index.ts");
process.exitCode = await main(process.argv.slice(2));
