// **cache** keeps each announcement's extraction between builds, so a build re-extracts only the
// announcements that changed. Entries are addressed by content: an entry is reused only when both
// the announcement's fingerprint and the extractor's key match, so a stale or partial cache can
// cost time but never change the graph.
//
// File format (NDJSON, written atomically next to the store):
//   {"cache":"laurel-extractions","format":3,"key":"<extractor key>","refs":"<mapping code>"}
//   {"id":"...","fingerprint":"...","mentions":[...],"diagnostics":[...],"facts":[...],"refs":[...]}<TAB>[[<evidence>...],{"conferrals":[...],...}]
//                                                            one line per announcement, in build order
//   {"end":<entries>,"sha256":"<hash of the entry lines>"}   so truncation or an edit is detected
// An entry's line is two JSON values split by a tab (JSON escapes tabs inside strings): what
// every build reads of a kept announcement (its mentions without their evidence, for linking; its
// diagnostics; the mention ids its facts name, for its graph's key), then the mentions' evidence
// and the facts, parsed only when something asks for them (a graph mapped again), since most kept
// announcements' graphs are copied as they were. A mention's evidence is 0 in the head, so that
// the mention keeps its fields in their order once the evidence is put back.

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve as resolvePath } from "node:path";
import { currentRulesOff } from "../extract/rules/index.ts";
import { referencedMentions } from "../map/index.ts";
import type { Announcement, Evidence, Extraction, Mention } from "../types.ts";
import { writeFileAtomic } from "../util/fs.ts";
import { sha256Hex } from "../util/hash.ts";
import { packagePath } from "../util/paths.ts";
import { checksummedPieces, LineChecksum, type NdjsonLine } from "./ndjson-pieces.ts";

/** Bump when the file layout or the fingerprint changes (3: fingerprints leave the path out). */
export const CACHE_FORMAT = 3;

const HEADER_TAG = "laurel-extractions";

/** An extraction without its announcement: the build attaches the freshly read one. */
export type StoredExtraction = Omit<Extraction, "announcement">;

export interface CachedEntry {
  fingerprint: string;
  /** The extraction; its facts (all but mentions and diagnostics) are parsed on first access. */
  extraction: StoredExtraction;
  /** The entry's line as read, newline included: written back as is while the entry is reused. */
  line?: Uint8Array;
}

/** What an earlier build extracted, by announcement id. */
export interface ExtractionCache {
  key: string;
  entries: Map<string, CachedEntry>;
  /** The checksum of the entry lines as read, for writing them back (see LineChecksum). */
  checksum?: LineChecksum;
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

/**
 * Everything extraction and mapping read from an announcement, hashed: equal fingerprints, equal
 * input. The file's path is left out: neither reads it, and it names the file relative to the
 * working directory, so the same corpus built from another folder would be extracted again.
 */
export function announcementFingerprint(announcement: Announcement): string {
  // Asked for several times per build (cache, graph keys, cache writing): hashed once.
  let fingerprint = fingerprints.get(announcement);
  if (fingerprint === undefined) {
    const { id, headline, date, url, publisher, hash } = announcement;
    fingerprint = sha256(JSON.stringify([id, headline, date, url, publisher, hash]));
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
  return sha256Hex(text);
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
    refs?: unknown;
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
  // Mention ids written by other mapping code may not be the ones this code's graphs look up.
  const refsKnown = header.refs === referencesDigest();
  const entries = new Map<string, CachedEntry>();
  const checksum = new LineChecksum();
  let lineNumber = 1;
  for (const line of lines) {
    lineNumber++;
    const tab = line.indexOf(0x09);
    const headBytes = tab < 0 ? line : line.subarray(0, tab);
    const value = parseLine(headBytes, lineNumber) as Record<string, unknown>;
    if ("end" in value) {
      if (value.end !== entries.size || value.sha256 !== checksum.digest())
        throw new Error(`line ${lineNumber}: the entries do not match their checksum`);
      return { status: "ok", cache: { key, entries, checksum } };
    }
    const entryLine = withNewline(bytes, line);
    checksum.add(entryLine ?? Buffer.concat([line, NEWLINE]));
    const head = checkedHead(value, tab, lineNumber);
    if (holdsMarks(headBytes)) {
      restoreUndefined(head.mentions);
      restoreUndefined(head.diagnostics);
    }
    const facts = new FactsSource(line.subarray(tab + 1), lineNumber, head.mentions);
    const extraction = cachedExtraction(head, facts, refsKnown);
    entries.set(head.id, {
      fingerprint: head.fingerprint,
      extraction,
      line: entryLine,
    });
  }
  throw new Error(`it ends after line ${lineNumber} without its closing line (truncated?)`);
}

/** What an entry's line holds before the tab. */
interface EntryHead {
  id: string;
  fingerprint: string;
  mentions: Extraction["mentions"];
  diagnostics: Extraction["diagnostics"];
  /** The names of the fields after the tab, in the extraction's order. */
  facts: string[];
  /** The mention ids the facts name (referencedMentions past the mentions' own ids). */
  refs: string[];
}

function checkedHead(value: Record<string, unknown>, tab: number, lineNumber: number): EntryHead {
  const complete =
    tab >= 0 &&
    typeof value.id === "string" &&
    typeof value.fingerprint === "string" &&
    ["mentions", "diagnostics", "facts", "refs"].every((field) => Array.isArray(value[field]));
  if (!complete) throw new Error(`line ${lineNumber} is not a cache entry`);
  return value as unknown as EntryHead;
}

/** What an entry holds after its tab: its mentions' evidence, in order, and its facts. */
type Tail = [evidence: unknown[], facts: Record<string, unknown>];

/** The part of an entry after its tab, undefined fields put back. */
function parseTail(bytes: Buffer, lineNumber: number): Tail {
  const tail = parseLine(bytes, lineNumber) as Tail;
  const [evidence, facts] = Array.isArray(tail) ? tail : [];
  if (!Array.isArray(evidence) || facts === null || typeof facts !== "object")
    throw new Error(`line ${lineNumber}: the facts of the entry are not what was written`);
  if (holdsMarks(bytes)) restoreUndefined(tail);
  return tail;
}

/** Mentions as an entry's head holds them: the evidence of each is 0 until put back. */
function withEvidence(mentions: Mention[], evidence: unknown[]): void {
  mentions.forEach((mention, index) => {
    if ("evidence" in mention) mention.evidence = evidence[index] as Evidence;
  });
}

/** The fields after an entry's tab that a CachedExtraction reads lazily, in the extraction's order. */
const LAZY_FACTS = ["conferrals", "events", "posts", "documentIssuers"] as const;

type Facts = Pick<Extraction, (typeof LAZY_FACTS)[number]>;

/**
 * An entry's facts and its mentions' evidence, read once on first use, whichever extraction made
 * from the entry asks; the evidence goes back into the head's mention objects themselves.
 */
class FactsSource {
  private facts?: Facts;
  constructor(
    private readonly bytes: Buffer,
    private readonly lineNumber: number,
    private readonly mentions: Mention[],
  ) {}
  read(): Record<string, unknown> {
    const [evidence, facts] = parseTail(this.bytes, this.lineNumber);
    withEvidence(this.mentions, evidence);
    return facts;
  }
  get(): Facts {
    this.facts ??= this.read() as unknown as Facts;
    return this.facts;
  }
}

/**
 * A kept extraction as the cache gives it: diagnostics at once, mentions with their evidence and
 * facts on first access (a getter per field, on the prototype: one object per entry and no
 * closures, since there are as many as announcements); linking reads the mentions without their
 * evidence (mentionsToLink). A spread of it would lose all but the diagnostics, so the pipeline
 * never spreads one; JSON.stringify gives the whole extraction (toJSON).
 */
class CachedExtraction {
  declare announcement: Announcement;
  constructor(
    announcement: Announcement | undefined,
    /** The mentions; their evidence is 0 until the source is read. */
    readonly headMentions: Mention[],
    public diagnostics: Extraction["diagnostics"],
    readonly source: FactsSource,
    /** The mention ids the facts name, past the mentions' own (see mentionsReferenced). */
    readonly references: string[] | undefined,
  ) {
    if (announcement) this.announcement = announcement;
  }
  get mentions(): Mention[] {
    this.source.get();
    return this.headMentions;
  }
  set mentions(value: Mention[]) {
    this.source.get();
    Object.defineProperty(this, "mentions", { value, writable: true, enumerable: true });
  }
  get conferrals(): Extraction["conferrals"] {
    return this.source.get().conferrals;
  }
  set conferrals(value: Extraction["conferrals"]) {
    this.source.get().conferrals = value;
  }
  get events(): Extraction["events"] {
    return this.source.get().events;
  }
  set events(value: Extraction["events"]) {
    this.source.get().events = value;
  }
  get posts(): Extraction["posts"] {
    return this.source.get().posts;
  }
  set posts(value: Extraction["posts"]) {
    this.source.get().posts = value;
  }
  get documentIssuers(): Extraction["documentIssuers"] {
    return this.source.get().documentIssuers;
  }
  set documentIssuers(value: Extraction["documentIssuers"]) {
    this.source.get().documentIssuers = value;
  }
  toJSON(): Record<string, unknown> {
    return plainExtraction(this as unknown as Extraction);
  }
}

/** The extraction as a plain object, its fields in extraction's order (facts read if lazy). */
function plainExtraction(extraction: Extraction | StoredExtraction): Record<string, unknown> {
  if (!(extraction instanceof CachedExtraction)) return { ...extraction };
  const { announcement, mentions, diagnostics } = extraction;
  const plain: Record<string, unknown> = announcement ? { announcement } : {};
  plain.mentions = mentions;
  for (const name of LAZY_FACTS) plain[name] = extraction[name];
  plain.diagnostics = diagnostics;
  return plain;
}

/**
 * The extraction an entry holds: facts read lazily when they are the fields CachedExtraction
 * knows, else (an extraction with fields it does not) parsed now into a plain object.
 */
function cachedExtraction(
  head: EntryHead,
  source: FactsSource,
  refsKnown: boolean,
): StoredExtraction {
  const lazy =
    head.facts.length === LAZY_FACTS.length &&
    head.facts.every((name, index) => name === LAZY_FACTS[index]);
  if (!lazy) {
    const facts = source.read();
    return { mentions: head.mentions, ...facts, diagnostics: head.diagnostics } as StoredExtraction;
  }
  const refs = refsKnown ? head.refs : undefined;
  return new CachedExtraction(
    undefined,
    head.mentions,
    head.diagnostics,
    source,
    refs,
  ) as unknown as StoredExtraction;
}

/**
 * The extraction `stored` holds, for `announcement` (a cached entry's extraction is kept without
 * it): its facts are still read only when asked for, once, from the same bytes.
 */
export function withAnnouncement(announcement: Announcement, stored: StoredExtraction): Extraction {
  if (!(stored instanceof CachedExtraction)) return { announcement, ...stored };
  const { headMentions, diagnostics, source, references } = stored;
  return new CachedExtraction(
    announcement,
    headMentions,
    diagnostics,
    source,
    references,
  ) as unknown as Extraction;
}

/**
 * Every mention id mapping looks up for this extraction (referencedMentions), from the cache when
 * it was read from one written by this mapping code, so the facts need not be parsed for it.
 */
export function mentionsReferenced(extraction: Extraction): string[] {
  const refs = extraction instanceof CachedExtraction ? extraction.references : undefined;
  if (!refs) return referencedMentions(extraction);
  const ids = mentionsToLink(extraction).map((mention) => mention.id);
  for (const id of refs) ids.push(id);
  return ids;
}

/**
 * The extraction's mentions for linking, which reads neither their evidence nor the facts: those
 * of an extraction read from the cache are given without reading the rest of its entry (their
 * evidence is 0 until something reads the extraction's mentions or facts).
 */
export function mentionsToLink(extraction: Extraction): Mention[] {
  return extraction instanceof CachedExtraction ? extraction.headMentions : extraction.mentions;
}

let referencesCode: string | undefined;

/** A hash of the code that says which mention ids a graph looks up (see mentionsReferenced). */
function referencesDigest(): string {
  referencesCode ??= digestSources(packagePath("src"), ["map/index.ts"]);
  return referencesCode;
}

function parseLine(line: Buffer | undefined, lineNumber: number): unknown {
  if (line === undefined) throw new Error(`line ${lineNumber} is missing`);
  try {
    return JSON.parse(line.toString("utf8"));
  } catch (error) {
    throw new Error(`line ${lineNumber} is not JSON (${(error as Error).message})`);
  }
}

const NEWLINE = Buffer.from("\n");

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
  const refs = referencesDigest();
  const header = JSON.stringify({ cache: HEADER_TAG, format: CACHE_FORMAT, key, refs });
  yield* checksummedPieces(header, cacheLines(extractions, key, previous), previous?.checksum);
}

function* cacheLines(
  extractions: Extraction[],
  key: string,
  previous?: ExtractionCache,
): Generator<NdjsonLine> {
  for (const extraction of extractions) {
    // A kept entry's line is written back before anything reads its facts.
    const kept = reusedLine(previous, extraction.announcement, key);
    if (kept) {
      yield { kept };
      continue;
    }
    const text = entryJson(extraction);
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

/** The key of UNDEFINED_MARK as JSON writes it. */
const MARK_KEY = Buffer.from(JSON.stringify(Object.keys(UNDEFINED_MARK)[0]));

/**
 * True unless `json` holds no mark of keepUndefined, so that restoreUndefined has nothing to put
 * back: searching the bytes costs far less than walking every object parsed from them (no
 * entry's mentions at 10,000 generated announcements holds one).
 */
function holdsMarks(json: Buffer): boolean {
  return json.includes(MARK_KEY);
}

class NotJsonSafe extends Error {}

/**
 * An entry's line (see the file format), or undefined when the extraction holds values JSON
 * cannot give back exactly.
 */
function entryJson(extraction: Extraction): string | undefined {
  const { announcement, mentions, diagnostics, ...facts } = plainExtraction(
    extraction,
  ) as unknown as Extraction;
  const refs = referencedMentions(extraction).slice(mentions.length);
  try {
    const head = JSON.stringify(
      {
        id: announcement.id,
        fingerprint: announcementFingerprint(announcement),
        mentions: mentions.map((mention) =>
          "evidence" in mention ? { ...mention, evidence: 0 } : mention,
        ),
        diagnostics,
        facts: Object.keys(facts),
        refs,
      },
      keepUndefined,
    );
    const evidence = mentions.map((mention) => ("evidence" in mention ? mention.evidence : null));
    return `${head}\t${JSON.stringify([evidence, facts], keepUndefined)}`;
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
