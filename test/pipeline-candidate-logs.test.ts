// Candidate logs kept next to the store (src/pipeline/candidate-logs.ts): read back only under the
// key they were written with and only whole, and a kept announcement's line written back as it was.
import { appendFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  type CandidateLogs,
  candidateLogsKey,
  knownLog,
  readCandidateLogs,
  writeCandidateLogs,
} from "../src/pipeline/candidate-logs.ts";
import type { CandidateLog } from "../src/resolve/index.ts";
import type { Announcement } from "../src/types.ts";
import { announcement } from "./fixtures/linking/support.ts";
import { tempDir } from "./support/cli.ts";

const texts: Announcement[] = ["t1", "t2", "t3"].map((id) => announcement(id, `Headline ${id}`));

/** A small log per text, different for each. */
function logFor(id: string): CandidateLog {
  return {
    strings: [`org:${id} hall`, "name", `org:hall ${id}`, "word order", `${id} Museum`],
    roots: [0, -5],
    keys: [0, 0],
    ops: [0, 0, 1, 1, 0, 2, 3, 1],
  };
}

async function written(key = "k1"): Promise<{ path: string; bytes: Buffer }> {
  const path = join(await tempDir(), "laurel.candidates.ndjson");
  await writeCandidateLogs(
    path,
    texts,
    texts.map((text) => logFor(text.id)),
    key,
  );
  return { path, bytes: await readFile(path) };
}

describe("candidate logs beside the store", () => {
  test("logs are read back under the key they were written with, and only for the same text", async () => {
    const { path } = await written();
    const logs = (await readCandidateLogs(path, "k1")) as CandidateLogs;
    expect(knownLog(logs, texts[1] as Announcement)).toEqual(logFor("t2"));
    const edited = { ...(texts[1] as Announcement), hash: "another text" };
    expect(knownLog(logs, edited)).toBeUndefined();
    expect(await readCandidateLogs(path, "k2")).toBeUndefined();
    expect(await readCandidateLogs(join(path, "..", "none.ndjson"), "k1")).toBeUndefined();
  });

  test.each([
    ["an edited entry", (text: string) => text.replace("t2 hall", "t9 hall")],
    ["a cut end", (text: string) => text.split("\n").slice(0, -2).join("\n")],
    ["a line that is not JSON", (text: string) => text.replace('{"id":"t3"', "{oops")],
  ])("%s makes the whole file unused", async (_case, damage) => {
    const { path, bytes } = await written();
    await writeFile(path, damage(bytes.toString("utf8")));
    expect(await readCandidateLogs(path, "k1")).toBeUndefined();
  });

  test("lines of kept logs are written back as read: the same bytes as a fresh write", async () => {
    const { path, bytes } = await written();
    const read = (await readCandidateLogs(path, "k1")) as CandidateLogs;
    // the middle text is new (its log another object), the others are kept
    const logs = texts.map((text) =>
      text.id === "t2" ? logFor("t2") : (knownLog(read, text) as CandidateLog),
    );
    const again = join(path, "..", "again.ndjson");
    await writeCandidateLogs(again, texts, logs, "k1", read);
    expect((await readFile(again)).equals(bytes)).toBe(true);
  });

  test("a file of many logs, read and written again with one added inside and one at the end, is the bytes of a fresh write", async () => {
    // given 600 logs written and read back (past the states the reader keeps every 256 lines)
    const many = Array.from({ length: 600 }, (_, index) => announcement(`a${1000 + index}`, "H"));
    const path = join(await tempDir(), "laurel.candidates.ndjson");
    await writeCandidateLogs(
      path,
      many,
      many.map((text) => logFor(text.id)),
      "k1",
    );
    const read = (await readCandidateLogs(path, "k1")) as CandidateLogs;
    // when the next build adds one text after the 300th and one at the end
    const next = [
      ...many.slice(0, 300),
      announcement("a1299b", "H"),
      ...many.slice(300),
      announcement("a9999", "H"),
    ];
    const logs = next.map((text) => knownLog(read, text) ?? logFor(text.id));
    const reused = join(path, "..", "reused.ndjson");
    const fresh = join(path, "..", "fresh.ndjson");
    await writeCandidateLogs(reused, next, logs, "k1", read);
    await writeCandidateLogs(fresh, next, logs, "k1");
    // then the file is the one a fresh write gives, closing checksum included
    expect((await readFile(reused)).equals(await readFile(fresh))).toBe(true);
    expect(await readCandidateLogs(reused, "k1")).toBeDefined();
  });

  test("the key changes with the extractor's key and with the authority file", async () => {
    const dir = await tempDir();
    const authority = join(dir, "authority.ttl");
    await writeFile(authority, "# no entries\n");
    const first = await candidateLogsKey("extractor-1", authority);
    expect(await candidateLogsKey("extractor-1", authority)).toBe(first);
    expect(await candidateLogsKey("extractor-2", authority)).not.toBe(first);
    await appendFile(authority, "# one more line\n");
    expect(await candidateLogsKey("extractor-1", authority)).not.toBe(first);
  });
});
