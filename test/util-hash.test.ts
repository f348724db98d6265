// sha256Hex: the one-shot hash gives the digest a Hash object gives, for text and for bytes.
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { sha256Hex } from "../src/util/hash.ts";

describe("sha256Hex", () => {
  test.each([
    ["empty text", ""],
    ["ASCII text", "National Science Popularization Education Base"],
    ["text beyond ASCII, hashed as UTF-8", "中国科协 “Science” – Zürich"],
    ["bytes", Buffer.from([0, 1, 2, 250, 255])],
  ] as const)("%s: the same hex digest as createHash", (_case, data) => {
    expect(sha256Hex(data)).toBe(createHash("sha256").update(data).digest("hex"));
  });
});
