// The files a build keeps beside its store (the extraction cache, the candidate logs) are NDJSON:
// a header line, one line per announcement, and a closing line with the count and a checksum.
// Lines kept from the previous file are written back as the bytes read, consecutive ones in one
// piece; new lines are gathered into pieces of about a megabyte. A reader keeps the checksum's
// state every so many lines (LineChecksum), so that a write whose first lines are the lines it read
// takes the checksum up from there instead of hashing those megabytes again.
import { createHash, type Hash } from "node:crypto";

/** One line of such a file: the bytes read from the previous file, or new text (no newline). */
export type NdjsonLine = { kept: Uint8Array } | { text: string };

/** Pieces of about this many characters go to the file at a time (one write per line is slow). */
const PIECE_CHARS = 1 << 20;

/** Lines between two states a LineChecksum keeps. */
const CHECKPOINT_LINES = 256;

/**
 * The checksum of a file's entry lines as they are read (newline included), with its state at
 * every CHECKPOINT_LINES-th line and the lines themselves, so that the hash of any first n lines
 * read can be taken up again (resumeAfter) by hashing fewer than CHECKPOINT_LINES of them.
 */
export class LineChecksum {
  private readonly hash = createHash("sha256");
  private readonly lines: Uint8Array[] = [];
  /** states[k]: the hash of the first k * CHECKPOINT_LINES lines. */
  private readonly states: Hash[] = [];

  add(line: Uint8Array): void {
    if (this.lines.length % CHECKPOINT_LINES === 0) this.states.push(this.hash.copy());
    this.lines.push(line);
    this.hash.update(line);
  }

  /** The line read at `index`, as added. */
  lineAt(index: number): Uint8Array | undefined {
    return this.lines[index];
  }

  /** The hex digest of every line added (the running hash stays usable). */
  digest(): string {
    return this.hash.copy().digest("hex");
  }

  /** A hash holding the first `count` lines read (count at most the lines added). */
  resumeAfter(count: number): Hash {
    const checkpoint = Math.min(Math.floor(count / CHECKPOINT_LINES), this.states.length - 1);
    if (checkpoint < 0) return createHash("sha256");
    const hash = (this.states[checkpoint] as Hash).copy();
    for (let index = checkpoint * CHECKPOINT_LINES; index < count; index++)
      hash.update(this.lines[index] as Uint8Array);
    return hash;
  }
}

/**
 * The file's pieces: `header`, the lines in order, then `{"end": count, "sha256": ...}`. With
 * `read`, the checksum of the file these lines were read from, the first lines that are those very
 * lines (kept, in their order) are not hashed again.
 */
export function* checksummedPieces(
  header: string,
  lines: Iterable<NdjsonLine>,
  read?: LineChecksum,
): Generator<string | Uint8Array> {
  let piece = `${header}\n`;
  let run: Uint8Array | undefined;
  // Undefined while every line so far repeats the file read, line for line.
  let hash = read ? undefined : createHash("sha256");
  let count = 0;
  for (const line of lines) {
    if (!hash && !("kept" in line && read?.lineAt(count) === line.kept))
      hash = (read as LineChecksum).resumeAfter(count);
    count++;
    if ("kept" in line) {
      hash?.update(line.kept);
      if (piece) yield piece;
      piece = "";
      if (run && follows(run, line.kept)) run = extend(run, line.kept);
      else {
        if (run) yield run;
        run = line.kept;
      }
      continue;
    }
    if (run) yield run;
    run = undefined;
    const text = `${line.text}\n`;
    (hash as Hash).update(text);
    piece += text;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = "";
    }
  }
  if (run) yield run;
  hash ??= (read as LineChecksum).resumeAfter(count);
  yield `${piece}${JSON.stringify({ end: count, sha256: hash.digest("hex") })}\n`;
}

function follows(run: Uint8Array, line: Uint8Array): boolean {
  return run.buffer === line.buffer && run.byteOffset + run.length === line.byteOffset;
}

function extend(run: Uint8Array, line: Uint8Array): Uint8Array {
  return new Uint8Array(run.buffer, run.byteOffset, run.length + line.length);
}
