// The size and modification time of every file under a folder: what dist/sources.json records when
// the CLI is bundled, and what bin/laurel.js compares before running the bundle.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Relative path -> [size, mtimeMs], sorted by path. */
export function sourceManifest(dir, prefix = "") {
  const files = {};
  const entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, sourceManifest(dir, path));
    else if (entry.isFile()) {
      const stats = statSync(join(dir, path));
      files[path] = [stats.size, stats.mtimeMs];
    }
  }
  return files;
}

/** True when `recorded` (parsed dist/sources.json) still describes every file under `dir`. */
export function sameSources(dir, recorded) {
  const now = sourceManifest(dir);
  const paths = Object.keys(now);
  if (paths.length !== Object.keys(recorded).length) return false;
  return paths.every((path) => {
    const [size, mtime] = recorded[path] ?? [];
    return size === now[path][0] && mtime === now[path][1];
  });
}
