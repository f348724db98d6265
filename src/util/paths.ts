// **paths** finds the package's own files the same way from the TypeScript sources and from the
// compiled bundle (dist/laurel.js), where import.meta.url names the bundle, not the source file.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

let root: string | undefined;

/** The folder holding the package's package.json (the repository root). */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "src"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package root above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  root = dir;
  return root;
}

/** A path inside the package, e.g. packagePath("queries") or packagePath("src", "extract"). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}

/** The file: URL of a TypeScript source, for worker threads that load it through tsx. */
export function sourceUrl(...parts: string[]): string {
  return pathToFileURL(packagePath("src", ...parts)).href;
}
