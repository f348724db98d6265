// **ingest** reads announcement files into plain Announcement records, reporting bad files as diagnostics.
import type { Dirent } from "node:fs";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import { parseDocument } from "yaml";
import type { Announcement, Diagnostic, DiagnosticSink } from "../types.ts";
import { sha256Hex } from "../util/hash.ts";
import { isBreadcrumb } from "../util/text.ts";
import { isManifest, parseManifest, type SourceRow } from "./manifest.ts";
import { repairText } from "./repair.ts";

export interface IngestOptions {
  /** Files larger than this are refused (bytes). */
  maxBytes?: number;
}

export interface IngestResult {
  announcements: Announcement[];
  /** Number of candidate files seen, including refused ones. */
  filesSeen: number;
}

const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const EXTENSIONS = new Set([".txt", ".md"]);

/**
 * Reads every .txt/.md file under the given paths (directories recursively, in sorted order),
 * with what a SOURCES.tsv beside them says of each (url, date, title, publisher).
 */
export async function readAnnouncements(
  paths: string[],
  sink: DiagnosticSink,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const files: string[] = [];
  const manifests: string[] = [];
  for (const path of paths) {
    await collectFiles(path, { files, manifests }, sink, true);
  }
  const sources = await readManifests(manifests, files, sink);
  const announcements: Announcement[] = [];
  const seenIds = new Map<string, string>();
  // Files are read a window at a time (one after another, the disk waits on each round trip);
  // diagnostics are kept per file and replayed in file order, so output does not depend on timing.
  const window = 32;
  for (let start = 0; start < files.length; start += window) {
    const batch = files.slice(start, start + window);
    const read = await Promise.all(
      batch.map(async (file) => {
        const diagnostics: Diagnostic[] = [];
        const announcement = await readAnnouncementFile(
          file,
          { report: (d) => diagnostics.push(d) },
          options,
          sources.get(resolve(file)),
        );
        return { file, announcement, diagnostics };
      }),
    );
    for (const { file, announcement, diagnostics } of read) {
      for (const diagnostic of diagnostics) sink.report(diagnostic);
      if (announcement) accept(file, announcement);
    }
  }
  function accept(file: string, announcement: Announcement): void {
    const previous = seenIds.get(announcement.id);
    if (previous) {
      sink.report({
        code: "duplicate-id",
        severity: "error",
        message: `announcement id "${announcement.id}" is already used by ${previous}; file skipped (ids are file names without extension and must be unique)`,
        source: { file },
      });
      return;
    }
    seenIds.set(announcement.id, file);
    announcements.push(announcement);
  }
  if (files.length === 0) {
    sink.report({
      code: "no-announcements",
      severity: "error",
      message: `no .txt or .md announcements found in ${paths.join(", ")}`,
      source: { file: paths.join(", ") },
    });
  }
  return { announcements, filesSeen: files.length };
}

/** The announcement files found, and the manifests beside them. */
interface Collected {
  files: string[];
  manifests: string[];
}

/**
 * What the manifests say of each file, keyed by absolute path. A file two manifests describe keeps
 * the first one's row (manifests in sorted order); a row naming no file of the corpus is reported.
 */
async function readManifests(
  manifests: string[],
  files: string[],
  sink: DiagnosticSink,
): Promise<Map<string, SourceRow>> {
  const sources = new Map<string, SourceRow>();
  const read = new Set(files.map((file) => resolve(file)));
  for (const manifest of manifests) {
    let bytes: Buffer;
    try {
      bytes = await readFile(manifest);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      sink.report({
        code: "unreadable-file",
        severity: "error",
        message: `${manifest}: cannot read file (${code})`,
        source: { file: manifest },
      });
      continue;
    }
    const text = manifestText(manifest, bytes, sink);
    if (text === undefined) continue;
    for (const [file, row] of parseManifest(manifest, text, sink)) {
      if (!read.has(file)) {
        sink.report({
          code: "manifest-unknown-file",
          severity: "warning",
          message: `${manifest}: names ${relative(process.cwd(), file) || file}, which is not an announcement file of this corpus`,
          source: { file: manifest },
        });
      } else if (!sources.has(file)) sources.set(file, row);
    }
  }
  return sources;
}

/** A sources table's text, decoded as strictly as an announcement; a bad byte is an error that says where. */
function manifestText(manifest: string, bytes: Buffer, sink: DiagnosticSink): string | undefined {
  const decoded = decodeUtf8(bytes);
  if (decoded.kind === "text") return decoded.text;
  const where =
    decoded.kind === "binary"
      ? { message: `looks binary (NUL byte at offset ${decoded.offset})`, at: {} }
      : {
          message: `is not valid UTF-8 (invalid byte 0x${decoded.byte.toString(16).padStart(2, "0")} at line ${decoded.line}, column ${decoded.column})`,
          at: { line: decoded.line, column: decoded.column },
        };
  sink.report({
    code: decoded.kind === "binary" ? "binary-file" : "not-utf8",
    severity: "error",
    message: `${manifest}: ${where.message}; the sources table is left unread, re-save it as UTF-8`,
    source: { file: manifest, ...where.at },
  });
  return undefined;
}

async function collectFiles(
  path: string,
  { files, manifests }: Collected,
  sink: DiagnosticSink,
  explicit: boolean,
): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    sink.report({
      code: "unreadable-path",
      severity: "error",
      message: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      source: { file: path },
    });
    return;
  }
  if (info.isDirectory()) {
    let entries: Dirent[];
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      sink.report({
        code: "unreadable-path",
        severity: "error",
        message: `cannot list ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        source: { file: path },
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const child = join(path, entry.name);
      // Plain files need no stat of their own; links and the rest go the long way.
      if (entry.isFile()) {
        if (EXTENSIONS.has(extname(child).toLowerCase())) files.push(child);
        else if (isManifest(entry.name)) manifests.push(child);
      } else await collectFiles(child, { files, manifests }, sink, false);
    }
    return;
  }
  if (EXTENSIONS.has(extname(path).toLowerCase())) {
    files.push(path);
  } else if (explicit) {
    sink.report({
      code: "unsupported-file",
      severity: "error",
      message: `${path} is not a .txt or .md announcement`,
      source: { file: path },
    });
  }
}

/**
 * The file's bytes, or its size when that is over `maxBytes`. Synchronous on purpose: a corpus is
 * thousands of small files, and four thread-pool round trips each (open, stat, read, close) cost
 * 1.2 s for 10,000 of them where these system calls take 0.2 s.
 */
function readSmallFile(file: string, maxBytes: number): Buffer | number {
  const fd = openSync(file, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) return size;
    const bytes = Buffer.allocUnsafe(size);
    let done = 0;
    for (let n = -1; done < size && n !== 0; done += n)
      n = readSync(fd, bytes, done, size - done, done);
    // A file that shrank as it was read ends where it ended.
    return done < size ? bytes.subarray(0, done) : bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one file; returns undefined (with a diagnostic) when it cannot be used. `source` is what a
 * manifest says of it, for whatever its front matter leaves unsaid.
 */
export async function readAnnouncementFile(
  file: string,
  sink: DiagnosticSink,
  options: IngestOptions = {},
  source: SourceRow = {},
): Promise<Announcement | undefined> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (code: string, message: string, line?: number, column?: number): undefined => {
    const source = line === undefined ? { file } : { file, line, ...(column ? { column } : {}) };
    sink.report({ code, severity: "error", message: `${file}: ${message}`, source });
    return undefined;
  };
  let bytes: Buffer;
  try {
    const read = readSmallFile(file, maxBytes);
    if (typeof read === "number") {
      return fail(
        "file-too-large",
        `file is ${read} bytes, over the limit of ${maxBytes} bytes; split it or raise --max-bytes`,
      );
    }
    bytes = read;
  } catch (error) {
    return fail(
      "unreadable-file",
      `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.kind === "binary") {
    return fail(
      "binary-file",
      `looks binary (NUL byte at offset ${decoded.offset}); announcements are UTF-8 text`,
    );
  }
  if (decoded.kind === "invalid") {
    return fail(
      "not-utf8",
      `is not valid UTF-8 (invalid byte 0x${decoded.byte.toString(16).padStart(2, "0")} at line ${decoded.line}, column ${decoded.column}); re-save it as UTF-8`,
      decoded.line,
      decoded.column,
    );
  }
  let raw = decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const id = basename(file, extname(file));
  let meta: FrontMatter = { ...source };
  if (extname(file).toLowerCase() === ".md") {
    const parsed = parseFrontMatter(raw, file, sink);
    if (!parsed) return undefined;
    meta = { ...source, ...parsed.meta };
    raw = parsed.body;
  }
  const text = repairText(raw);
  if (text.trim() === "") {
    return fail("empty-file", "is empty; an announcement needs at least a headline");
  }
  // A breadcrumb trail over the title ("Home > News") is no headline: the line after it is.
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const firstLine = lines.find((line) => !isBreadcrumb(line)) ?? lines[0] ?? "";
  const headline = meta.title ?? firstLine.replace(/^#+\s*/, "").trim();
  const announcement: Announcement = {
    id,
    path: relative(process.cwd(), file) || file,
    headline,
    text,
    hash: sha256Hex(text),
  };
  if (meta.date) announcement.date = meta.date;
  if (meta.url) announcement.url = meta.url;
  if (meta.publisher) announcement.publisher = meta.publisher;
  return announcement;
}

type Decoded =
  | { kind: "text"; text: string }
  | { kind: "binary"; offset: number }
  | { kind: "invalid"; byte: number; line: number; column: number };

const strictDecoder = new TextDecoder("utf-8", { fatal: true });

function decodeUtf8(bytes: Buffer): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { kind: "binary", offset: nul };
  try {
    return { kind: "text", text: strictDecoder.decode(bytes) };
  } catch {
    // Locate the first bad byte so the message can say where.
    const offset = firstInvalidUtf8Offset(bytes);
    const before = bytes.subarray(0, offset);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < before.length; i++) {
      if (before[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
    return { kind: "invalid", byte: bytes[offset] ?? 0, line, column };
  }
}

function firstInvalidUtf8Offset(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

interface FrontMatter {
  title?: string;
  date?: string;
  url?: string;
  publisher?: string;
}

const FRONT_MATTER_KEYS = ["title", "date", "url", "publisher"] as const;

function parseFrontMatter(
  raw: string,
  file: string,
  sink: DiagnosticSink,
): { meta: FrontMatter; body: string } | undefined {
  if (!raw.startsWith("---\n")) return { meta: {}, body: raw };
  const end = raw.indexOf("\n---", 4);
  const report = (message: string, line: number, column?: number): undefined => {
    const diagnostic: Diagnostic = {
      code: "bad-front-matter",
      severity: "error",
      message: `${file}:${line}${column ? `:${column}` : ""}: malformed front matter: ${message}`,
      source: { file, line, ...(column ? { column } : {}) },
    };
    sink.report(diagnostic);
    return undefined;
  };
  if (end < 0) return report("the opening '---' has no closing '---' line", 1);
  const yamlText = raw.slice(4, end + 1);
  const afterFence = raw.indexOf("\n", end + 1);
  // Keep line count of the body unchanged is not needed: offsets point into the stored body.
  const body = afterFence < 0 ? "" : raw.slice(afterFence + 1);
  const document = parseDocument(yamlText, { prettyErrors: false });
  const firstError = document.errors[0];
  if (firstError) {
    const position = firstError.linePos?.[0];
    // Front matter starts on line 2 of the file.
    return report(
      firstError.message.split("\n")[0] ?? "invalid YAML",
      (position?.line ?? 1) + 1,
      position?.col,
    );
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return { meta: {}, body };
  if (typeof value !== "object" || Array.isArray(value)) {
    return report("expected key: value pairs", 2);
  }
  const meta: FrontMatter = {};
  const record = value as Record<string, unknown>;
  for (const key of FRONT_MATTER_KEYS) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (field instanceof Date) {
      meta[key] = field.toISOString().slice(0, 10);
    } else if (typeof field === "string" || typeof field === "number") {
      meta[key] = String(field).trim();
    } else {
      return report(`'${key}' must be a single value`, lineOfKey(yamlText, key) + 1);
    }
  }
  if (meta.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(meta.date)) {
    return report(
      `'date' must be YYYY, YYYY-MM or YYYY-MM-DD, got "${meta.date}"`,
      lineOfKey(yamlText, "date") + 1,
    );
  }
  return { meta, body };
}

function lineOfKey(yamlText: string, key: string): number {
  const index = yamlText.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}
