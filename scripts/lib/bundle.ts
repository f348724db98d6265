// Bundles the CLI into one ES module with esbuild (a dev dependency; tsx runs on it too), dependencies left to
// node_modules. Used by scripts/compile.ts and by the test that holds the bundle to the sources.
import { build } from "esbuild";

/** Writes the bundled CLI to `outfile`, which must lie inside the package (see src/util/paths.ts). */
export async function bundleCli(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Dependencies load from node_modules as they do from the sources.
    packages: "external",
    outfile,
    logLevel: "warning",
  });
}
