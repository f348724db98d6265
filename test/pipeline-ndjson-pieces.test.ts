import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { checksummedPieces } from "../src/pipeline/ndjson-pieces.ts";

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
