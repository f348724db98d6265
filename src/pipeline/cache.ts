// **cache** keeps each announcement's extraction between builds, so a build re-extracts only the
// announcements that changed. Entries are addressed by content: an entry is reused only when both
// the announcement's fingerprint and the extractor's key match, so a stale or partial cache can
// cost time but never change the graph.
//
// File format (NDJSON, one JSON value a line, written atomically next to the store):
//   {"cache":"laurel-extractions","format":1,"key":"<extractor key>"}
//   {"id":"...","fingerprint":"...","extraction":{...}}     one line per announcement, in build order
//   {"end":<entries>,"sha256":"<hash of the entry lines>"}   so truncation or an edit is detected

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve as resolvePath } from "node:path";
import { currentRulesOff } from "../extract/rules/index.ts";
import type { Announcement, Extraction } from "../types.ts";
import { writeFileAtomic } from "../util/fs.ts";
import { packagePath } from "../util/paths.ts";
import { checksummedPieces, type NdjsonLine } from "./ndjson-pieces.ts";

/** Bump when the file layout changes. */
export const CACHE_FORMAT = 1;

const HEADER_TAG = "laurel-extractions";

/** An extraction without its announcement: the build attaches the freshly read one. */
export type StoredExtraction = Omit<Extraction, "announcement">;

export interface CachedEntry {
  fingerprint: string;
  extraction: StoredExtraction;
  /** The entry's line as read, newline included: written back as is while the entry is reused. */
  line?: Uint8Array;
}

/** What an earlier build extracted, by announcement id. */
export interface ExtractionCache {
  key: string;
  entries: Map<string, CachedEntry>;
}

export type CacheRead =
  | { status: "ok"; cache: ExtractionCache }
  | { status: "missing" }
  /** Written by other extraction code or options: every announcement is extracted again. */
  | { status: "stale"; reason: string }
  | { status: "corrupt"; reason: string };

/** The cache of the store at `storePath`: out/laurel.nq -> out/laurel.cache.ndjson. */
export function cachePathFor(storePath: string): string {
  return join(dirname(storePath), `${basename(storePath, extname(storePath))}.cache.ndjson`);
}

const fingerprints = new WeakMap<Announcement, string>();

/** Everything extraction reads from an announcement, hashed: equal fingerprints, equal input. */
export function announcementFingerprint(announcement: Announcement): string {
  // Asked for several times per build (cache, graph keys, cache writing): hashed once.
  let fingerprint = fingerprints.get(announcement);
  if (fingerprint === undefined) {
    const { id, path, headline, date, url, publisher, hash } = announcement;
    fingerprint = sha256(JSON.stringify([id, path, headline, date, url, publisher, hash]));
    fingerprints.set(announcement, fingerprint);
  }
  return fingerprint;
}

let sourceDigest: string | undefined;

/**
 * The extractor's key: a hash of the extraction code itself (every file under src/extract and every
 * file of this package they import, such as the domain types), of the installed dependencies it
 * reads word lists from (package-lock.json, or package.json's ranges without one), of the cache
 * format and of the rules switched off (LAUREL_RULES_OFF). Hashing the sources rather than a
 * version number means an edit invalidates the cache without anyone remembering to bump anything.
 */
export function extractorKey(rulesOff: ReadonlySet<string> = currentRulesOff()): string {
  sourceDigest ??= digestSources(packagePath("src"));
  return sha256(
    JSON.stringify({ format: CACHE_FORMAT, sources: sourceDigest, rulesOff: [...rulesOff].sort() }),
  );
}

/**
 * Hashes what some code is made of: the files under `roots` (folders or files of the `src` folder
 * given; extraction by default), the package's files they import, and the lock file beside it.
 */
export function digestSources(src: string, roots: readonly string[] = ["extract"]): string {
  const hash = createHash("sha256");
  for (const file of sourceClosure(src, roots)) {
    hash.update(relative(src, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  const root = join(src, "..");
  const lock = join(root, "package-lock.json");
  hash.update(existsSync(lock) ? readFileSync(lock) : readFileSync(join(root, "package.json")));
  return hash.digest("hex");
}

const RELATIVE_IMPORT = /\bfrom\s+"(\.\.?\/[^"]+)"/g;

/** The files under `roots` and, transitively, the package's files they import; sorted. */
function sourceClosure(src: string, roots: readonly string[]): string[] {
  const found = new Set(roots.flatMap((root) => sourceFiles(join(src, root))));
  const pending = [...found];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(RELATIVE_IMPORT)) {
      const target = resolvePath(dirname(file), specifier as string);
      if (!found.has(target) && existsSync(target)) {
        found.add(target);
        pending.push(target);
      }
    }
  }
  return [...found].sort();
}

function sourceFiles(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Reads the cache at `path`; anything but a whole, matching file says why it cannot be used. */
export async function readExtractionCache(path: string, key: string): Promise<CacheRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { status: "missing" };
    return { status: "corrupt", reason: `cannot read it (${(error as Error).message})` };
  }
  try {
    return parseCache(bytes, key);
  } catch (error) {
    return { status: "corrupt", reason: (error as Error).message };
  }
}

function parseCache(bytes: Buffer, key: string): CacheRead {
  const lines = splitLines(bytes);
  const header = parseLine(lines.next().value, 1) as {
    cache?: unknown;
    format?: unknown;
    key?: unknown;
  };
  if (header.cache !== HEADER_TAG)
    throw new Error("line 1 is not a Laurel extraction cache header");
  if (header.format !== CACHE_FORMAT)
    return {
      status: "stale",
      reason: `cache format ${String(header.format)}, this build reads ${CACHE_FORMAT}`,
    };
  if (header.key !== key)
    return { status: "stale", reason: "the extraction code or its options changed" };
  const entries = new Map<string, CachedEntry>();
  const hash = createHash("sha256");
  let lineNumber = 1;
  for (const line of lines) {
    lineNumber++;
    const value = parseLine(line, lineNumber) as Record<string, unknown>;
    if ("end" in value) {
      if (value.end !== entries.size || value.sha256 !== hash.digest("hex"))
        throw new Error(`line ${lineNumber}: the entries do not match their checksum`);
      return { status: "ok", cache: { key, entries } };
    }
    hash.update(line).update("\n");
    restoreUndefined(value.extraction);
    entries.set(checkedId(value, lineNumber), {
      fingerprint: String(value.fingerprint),
      extraction: value.extraction as StoredExtraction,
      line: withNewline(bytes, line),
    });
  }
  throw new Error(`it ends after line ${lineNumber} without its closing line (truncated?)`);
}

function checkedId(value: Record<string, unknown>, lineNumber: number): string {
  const extraction = value.extraction as Record<string, unknown> | undefined;
  const complete =
    typeof value.id === "string" &&
    typeof value.fingerprint === "string" &&
    extraction !== null &&
    typeof extraction === "object" &&
    ["mentions", "conferrals", "events", "posts", "documentIssuers", "diagnostics"].every((field) =>
      Array.isArray(extraction[field]),
    );
  if (!complete) throw new Error(`line ${lineNumber} is not a cache entry`);
  return value.id as string;
}

function parseLine(line: Buffer | undefined, lineNumber: number): unknown {
  if (line === undefined) throw new Error(`line ${lineNumber} is missing`);
  try {
    return JSON.parse(line.toString("utf8"));
  } catch (error) {
    throw new Error(`line ${lineNumber} is not JSON (${(error as Error).message})`);
  }
}

/** `line` (a view of `bytes`) with the newline after it, when there is one. */
function withNewline(bytes: Buffer, line: Buffer): Uint8Array | undefined {
  const end = line.byteOffset - bytes.byteOffset + line.length;
  return bytes[end] === 0x0a ? bytes.subarray(end - line.length, end + 1) : undefined;
}

/** Lines of a buffer without decoding it whole (a large cache can pass V8's string limit). */
function* splitLines(bytes: Buffer): Generator<Buffer> {
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    yield bytes.subarray(start, end);
    start = end + 1;
  }
}

/**
 * The cache file for these extractions, in their order (so the file is deterministic), in pieces.
 * An entry `previous` holds for the same announcement is written back from the line it was read
 * from: the same bytes JSON.stringify would give, without the work (consecutive ones in one piece).
 */
export function* extractionCacheChunks(
  extractions: Extraction[],
  key: string,
  previous?: ExtractionCache,
): Generator<string | Uint8Array> {
  const header = JSON.stringify({ cache: HEADER_TAG, format: CACHE_FORMAT, key });
  yield* checksummedPieces(header, cacheLines(extractions, key, previous));
}

function* cacheLines(
  extractions: Extraction[],
  key: string,
  previous?: ExtractionCache,
): Generator<NdjsonLine> {
  for (const { announcement, ...extraction } of extractions) {
    const kept = reusedLine(previous, announcement, key);
    if (kept) {
      yield { kept };
      continue;
    }
    const text = entryJson(announcement, extraction);
    if (text !== undefined) yield { text };
  }
}

/** The line `previous` read for this announcement, if it is still its entry. */
function reusedLine(
  previous: ExtractionCache | undefined,
  announcement: Announcement,
  key: string,
): Uint8Array | undefined {
  const entry = previous?.key === key ? previous.entries.get(announcement.id) : undefined;
  if (!entry?.line || entry.fingerprint !== announcementFingerprint(announcement)) return undefined;
  return entry.line;
}

/**
 * Stands for a property whose value is undefined. Extraction leaves optional fields present but
 * undefined (a conferral's `date`, `batch`...), which JSON would drop; a spread of such an object
 * could then keep a value the original overwrote, so they are kept as they were.
 */
const UNDEFINED_MARK = { $undefined: true };

class NotJsonSafe extends Error {}

/** An entry's JSON, or undefined when the extraction holds values JSON cannot give back exactly. */
function entryJson(announcement: Announcement, extraction: StoredExtraction): string | undefined {
  try {
    return JSON.stringify(
      { id: announcement.id, fingerprint: announcementFingerprint(announcement), extraction },
      keepUndefined,
    );
  } catch (error) {
    // Left out of the cache, the announcement is simply extracted again next time.
    if (error instanceof NotJsonSafe) return undefined;
    throw error;
  }
}

function keepUndefined(this: unknown, key: string, value: unknown): unknown {
  if (value === undefined) return UNDEFINED_MARK;
  if (typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0)))
    throw new NotJsonSafe();
  if (value instanceof Map || value instanceof Set) throw new NotJsonSafe();
  if ((this as Record<string, unknown>)[key] instanceof Date) throw new NotJsonSafe();
  return value;
}

/** Puts back the undefined properties and array items that keepUndefined marked. */
function restoreUndefined(value: unknown): void {
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (child !== null && typeof child === "object") {
      if ((child as { $undefined?: unknown }).$undefined === true) record[key] = undefined;
      else restoreUndefined(child);
    }
  }
}

/** Writes the cache atomically: a reader sees the old file or the new one, never half of one. */
export async function writeExtractionCache(
  path: string,
  extractions: Extraction[],
  key: string,
  previous?: ExtractionCache,
): Promise<void> {
  await writeFileAtomic(path, extractionCacheChunks(extractions, key, previous));
}
