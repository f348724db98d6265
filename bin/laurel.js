#!/usr/bin/env node
// Entry point: runs the bundled CLI (dist/laurel.js, made by `npm run compile` and on `npm ci`)
// when it was built from the sources as they are now, else loads the TypeScript CLI through tsx,
// so `npx laurel` works right after `npm ci` either way. LAUREL_TSX=1 always uses the sources.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sameSources } from "./sources.js";

// `laurel query ... | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** The bundle's URL when it matches the sources, else undefined. */
function freshBundle() {
  if (process.env.LAUREL_TSX === "1") return undefined;
  try {
    const recorded = JSON.parse(readFileSync(new URL("../dist/sources.json", import.meta.url)));
    const src = fileURLToPath(new URL("../src", import.meta.url));
    const fresh = sameSources(src, recorded);
    return fresh ? new URL("../dist/laurel.js", import.meta.url) : undefined;
  } catch {
    return undefined;
  }
}

const bundle = freshBundle();
let cli;
if (bundle) cli = await import(bundle.href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  cli = await import("../src/cli/index.ts");
}
process.exitCode = await cli.main(process.argv.slice(2));
