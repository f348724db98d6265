import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { checksummedPieces, LineChecksum, type NdjsonLine } from "../src/pipeline/ndjson-pieces.ts";

const text = (pieces: Iterable<string | Uint8Array>) =>
  [...pieces].map((p) => (typeof p === "string" ? p : Buffer.from(p).toString())).join("");

describe("checksummed NDJSON pieces", () => {
  test("header, lines in order, then the count and the checksum of the lines", () => {
    const previous = Buffer.from('{"id":"a"}\n{"id":"b"}\n');
    const kept = [previous.subarray(0, 11), previous.subarray(11)];
    const pieces = [
      ...checksummedPieces('{"head":1}', [
        { kept: kept[0] as Uint8Array },
        { kept: kept[1] as Uint8Array },
        { text: '{"id":"c"}' },
      ]),
    ];
    const lines = '{"id":"a"}\n{"id":"b"}\n{"id":"c"}\n';
    const sha256 = createHash("sha256").update(lines).digest("hex");
    expect(text(pieces)).toBe(`{"head":1}\n${lines}${JSON.stringify({ end: 3, sha256 })}\n`);
    // The two kept lines, adjacent in the bytes read, go out as one piece.
    expect(pieces.filter((p) => typeof p !== "string")).toHaveLength(1);
  });

  test("no lines: the header and a count of 0", () => {
    const sha256 = createHash("sha256").digest("hex");
    expect(text(checksummedPieces("{}", []))).toBe(`{}\n${JSON.stringify({ end: 0, sha256 })}\n`);
  });
});

/** A file of `count` entry lines as read back: its bytes, each line's view, their checksum. */
function readBack(count: number) {
  const bytes = Buffer.from(
    Array.from({ length: count }, (_, index) => `{"id":"e${index}"}\n`).join(""),
  );
  const lines: Uint8Array[] = [];
  const checksum = new LineChecksum();
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(0x0a, start) + 1;
    const line = bytes.subarray(start, end);
    lines.push(line);
    checksum.add(line);
    start = end;
  }
  return { lines, checksum };
}

describe("taking up the checksum of the lines read", () => {
  const { lines, checksum } = readBack(700);
  const kept = (from: number, to: number): NdjsonLine[] =>
    lines.slice(from, to).map((line) => ({ kept: line }));
  const fresh = (name: string): NdjsonLine => ({ text: `{"id":"${name}"}` });

  test.each([
    ["every line kept", kept(0, 700)],
    ["a new line first", [fresh("new"), ...kept(0, 700)]],
    ["a new line after 100", [...kept(0, 100), fresh("new"), ...kept(100, 700)]],
    ["a new line just past a checkpoint", [...kept(0, 257), fresh("new"), ...kept(257, 700)]],
    ["new lines at the end", [...kept(0, 700), fresh("x"), fresh("y")]],
    ["a line removed past the second checkpoint", [...kept(0, 600), ...kept(601, 700)]],
    ["the first 300 lines only", kept(0, 300)],
    ["the lines in another order", [...kept(350, 700), ...kept(0, 350)]],
    ["no line", []],
  ] as const)("%s: the checksum is the one a fresh write gives", (_case, written) => {
    const resumed = text(checksummedPieces("{}", written, checksum));
    expect(resumed).toBe(text(checksummedPieces("{}", written)));
  });

  test("the checksum read stays usable for another write", () => {
    const written = [...kept(0, 500), fresh("z")];
    const first = text(checksummedPieces("{}", written, checksum));
    expect(text(checksummedPieces("{}", written, checksum))).toBe(first);
    expect(checksum.digest()).toBe(createHash("sha256").update(Buffer.concat(lines)).digest("hex"));
  });
});
