// Atomic file writes: write a temporary sibling, then rename, so readers never see half a file.
import { randomBytes } from "node:crypto";
import { readSync, statSync } from "node:fs";
import {
  copyFile,
  type FileHandle,
  mkdir,
  open,
  rename,
  rm,
  stat,
  truncate,
} from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";

/** Writes text or bytes, whole or in pieces, to `path` atomically. */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string | Uint8Array>,
): Promise<void> {
  const pieces = typeof data === "string" || data instanceof Uint8Array ? [data] : data;
  await replaceFile(path, async (temporary) => {
    const file = await open(temporary, "w");
    try {
      // writeFile on a handle writes the whole piece at the current position, looping as needed.
      for (const piece of pieces) await file.writeFile(piece);
    } finally {
      await file.close();
    }
  });
}

/**
 * Replaces `path` with what `write` puts in a temporary file beside it, renamed over it only once
 * written whole; on failure the temporary file goes and `path` stays as it was.
 */
async function replaceFile(path: string, write: (temporary: string) => Promise<void>) {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temporary = join(
    dir,
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Bytes [start, end) of the file a write replaces: copied from it instead of held in memory. */
export class EarlierRange {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
  get length(): number {
    return this.end - this.start;
  }
}

/** A piece of a file being written: text (UTF-8), bytes, or a stretch of the file it replaces. */
export type Piece = string | Uint8Array | EarlierRange;

/** The file a spliced write replaces, held open so that it stays the file the ranges point into. */
export interface EarlierFile {
  path: string;
  handle: FileHandle;
  size: number;
}

/** Fresh pieces up to this size are compared with the earlier file to extend the common start. */
const COMPARE_MAX = 1 << 20;
/** Earlier bytes are copied through one buffer of this size (large buffers are slow to map). */
const COPY_BYTES = 16 << 20;

/**
 * Writes pieces to `path` atomically, as writeFileAtomic does, taking EarlierRange pieces from
 * `earlier`. The stretch at the start that is the same as in the earlier file (a corpus grows at
 * its end) is copied by the kernel; the rest is written piece by piece.
 */
export async function writeFileSpliced(
  path: string,
  pieces: Iterable<Piece>,
  earlier: EarlierFile | undefined,
): Promise<void> {
  if (!earlier)
    return writeFileAtomic(
      path,
      Array.from(pieces, (piece) => bytesOf(piece)),
    );
  const iterator = pieces[Symbol.iterator]();
  // The pieces that repeat the earlier file's start, and the first one that does not.
  const prefix: Piece[] = [];
  let same = 0;
  let next = iterator.next();
  while (!next.done && (await sameAsEarlier(next.value, same, earlier.handle))) {
    prefix.push(next.value);
    same += byteLength(next.value);
    next = iterator.next();
  }
  await replaceFile(path, async (temporary) => {
    const copied = same > 0 && (await copyStart(earlier, temporary, same));
    const file = await open(temporary, copied ? "a" : "w");
    try {
      const buffer = Buffer.allocUnsafe(COPY_BYTES);
      const write = (piece: Piece) => writePiece(file, piece, earlier.handle, buffer);
      if (!copied) for (const piece of prefix) await write(piece);
      for (; !next.done; next = iterator.next()) await write(next.value);
    } finally {
      await file.close();
    }
  });
}

function bytesOf(piece: Piece): string | Uint8Array {
  if (piece instanceof EarlierRange) throw new Error("an earlier range without its file");
  return piece;
}

function byteLength(piece: Piece): number {
  return typeof piece === "string" ? Buffer.byteLength(piece) : piece.length;
}

/** True when `piece`, placed at byte `at`, repeats what the earlier file holds there. */
async function sameAsEarlier(piece: Piece, at: number, earlier: FileHandle): Promise<boolean> {
  if (piece instanceof EarlierRange) return piece.start === at;
  const bytes = typeof piece === "string" ? Buffer.from(piece) : piece;
  if (bytes.length > COMPARE_MAX) return false;
  const there = Buffer.alloc(bytes.length);
  const { bytesRead } = await earlier.read(there, 0, bytes.length, at);
  return bytesRead === bytes.length && there.equals(bytes);
}

/**
 * Copies the earlier file to `temporary` and cuts it at `length`; false (and nothing to keep) when
 * its name no longer holds the file the ranges point into.
 */
async function copyStart(
  earlier: EarlierFile,
  temporary: string,
  length: number,
): Promise<boolean> {
  await copyFile(earlier.path, temporary);
  const [named, held] = await Promise.all([
    stat(earlier.path, { bigint: true }),
    earlier.handle.stat({ bigint: true }),
  ]);
  if (named.ino !== held.ino || named.dev !== held.dev || named.ctimeNs !== held.ctimeNs)
    return false;
  await truncate(temporary, length);
  return true;
}

async function writePiece(
  file: FileHandle,
  piece: Piece,
  earlier: FileHandle,
  buffer: Buffer,
): Promise<void> {
  if (!(piece instanceof EarlierRange)) return file.writeFile(piece);
  for (let at = piece.start; at < piece.end; ) {
    const want = Math.min(buffer.length, piece.end - at);
    const { bytesRead } = await earlier.read(buffer, 0, want, at);
    if (bytesRead === 0) throw new Error(`the earlier file ends before byte ${at}`);
    await file.writeFile(buffer.subarray(0, bytesRead));
    at += bytesRead;
  }
}

/** The pieces with every earlier range read in: for callers that need the bytes themselves. */
export function readPieces(pieces: Iterable<Piece>, earlier: FileHandle | undefined): Uint8Array[] {
  return Array.from(pieces, (piece) => {
    if (typeof piece === "string") return Buffer.from(piece);
    if (!(piece instanceof EarlierRange)) return piece;
    if (!earlier) throw new Error("an earlier range without its file");
    const bytes = Buffer.allocUnsafe(piece.length);
    let done = 0;
    while (done < bytes.length) {
      const read = readSync(earlier.fd, bytes, done, bytes.length - done, piece.start + done);
      if (read === 0) throw new Error(`the earlier file ends before byte ${piece.start + done}`);
      done += read;
    }
    return bytes;
  });
}

/**
 * Why the files a command is about to write cannot all be written, or undefined when they can:
 * one of them is an existing folder, two are the same file, or one is a folder the other is
 * written into ("--out out" beside the default store out/laurel.nq). Checked before any work, so
 * that a build never writes its store and then fails on its export.
 */
export function outputConflict(
  files: ReadonlyArray<{ label: string; path: string; usual: string }>,
): string | undefined {
  for (const { label, path, usual } of files) {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
      return `${label} ${path} is a folder; name a file, such as ${join(path, usual)}`;
  }
  for (const { label: labelA, path: a } of files) {
    for (const { label: labelB, path: b } of files) {
      if (labelA === labelB) continue;
      const [from, to] = [resolve(a), resolve(b)];
      if (from === to) return `${labelA} and ${labelB} name the same file (${a}); name two files`;
      if (to.startsWith(`${from}${sep}`))
        return `${labelA} ${a} is the folder ${labelB} ${b} is written into; name another file for ${labelA}`;
    }
  }
  return undefined;
}
