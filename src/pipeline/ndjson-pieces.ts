// The files a build keeps beside its store (the extraction cache, the candidate logs) are NDJSON:
// a header line, one line per announcement, and a closing line with the count and a checksum.
// Lines kept from the previous file are written back as the bytes read, consecutive ones in one
// piece; new lines are gathered into pieces of about a megabyte.
import { createHash } from "node:crypto";

/** One line of such a file: the bytes read from the previous file, or new text (no newline). */
export type NdjsonLine = { kept: Uint8Array } | { text: string };

/** Pieces of about this many characters go to the file at a time (one write per line is slow). */
const PIECE_CHARS = 1 << 20;

/** The file's pieces: `header`, the lines in order, then `{"end": count, "sha256": ...}`. */
export function* checksummedPieces(
  header: string,
  lines: Iterable<NdjsonLine>,
): Generator<string | Uint8Array> {
  let piece = `${header}\n`;
  let run: Uint8Array | undefined;
  const hash = createHash("sha256");
  let count = 0;
  for (const line of lines) {
    count++;
    if ("kept" in line) {
      hash.update(line.kept);
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
    hash.update(text);
    piece += text;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = "";
    }
  }
  if (run) yield run;
  yield `${piece}${JSON.stringify({ end: count, sha256: hash.digest("hex") })}\n`;
}

function follows(run: Uint8Array, line: Uint8Array): boolean {
  return run.buffer === line.buffer && run.byteOffset + run.length === line.byteOffset;
}

function extend(run: Uint8Array, line: Uint8Array): Uint8Array {
  return new Uint8Array(run.buffer, run.byteOffset, run.length + line.length);
}
