// `npm run compile` (also run by `npm ci` through `prepare`): bundles the CLI into dist/laurel.js so
// `laurel` starts without compiling TypeScript through tsx (about 0.8 s of every command). Beside it,
// dist/sources.json records the size and modification time of every file under src/ as they were
// before bundling; bin/laurel.js runs the bundle only while they still match, and the sources
// through tsx otherwise, so an edited source is never shadowed by an older bundle.
// A failure only warns: `laurel` then runs from the sources, as before.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourceManifest } from "../bin/sources.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");

async function compile(): Promise<void> {
  // Taken first: a source edited while esbuild runs no longer matches, so that bundle is not used.
  const manifest = sourceManifest(join(ROOT, "src"));
  mkdirSync(DIST, { recursive: true });
  rmSync(join(DIST, "sources.json"), { force: true });
  const { bundleCli } = await import("./lib/bundle.ts");
  await bundleCli(join(ROOT, "src", "cli", "index.ts"), join(DIST, "laurel.js"));
  const temporary = join(DIST, "sources.json.tmp");
  writeFileSync(temporary, `${JSON.stringify(manifest)}\n`);
  renameSync(temporary, join(DIST, "sources.json"));
}

try {
  await compile();
} catch (error) {
  process.stderr.write(
    `laurel: could not bundle the CLI (${(error as Error).message}); laurel runs from the TypeScript sources\n`,
  );
}
