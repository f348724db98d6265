import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readAnnouncements } from "../src/ingest/index.ts";
import { repairText } from "../src/ingest/repair.ts";
import { CollectingSink } from "../src/pipeline/index.ts";
import { tempDir } from "./support/cli.ts";

async function ingest(files: Record<string, string | Uint8Array>, options = {}) {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  const sink = new CollectingSink();
  const result = await readAnnouncements([dir], sink, options);
  return { dir, sink, result };
}

describe("reading announcements", () => {
  test("a .txt file: id is the file stem, headline the first non-empty line", async () => {
    const { result } = await ingest({ "a-1.txt": "\n\nCity Museum Named Base\n\nBody text." });
    expect(result.announcements).toHaveLength(1);
    expect(result.announcements[0]?.id).toBe("a-1");
    expect(result.announcements[0]?.headline).toBe("City Museum Named Base");
    expect(result.announcements[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a breadcrumb trail over the title is no headline: the line after it is", async () => {
    const { result } = await ingest({
      "b.txt": "Home > News > Content\n\nPine Hall Named Base\n\nBody text.",
      "c.txt":
        "Home > News\nCurrent location: Home > Content\n\nReed Park Named Base\n\nBody text.",
    });
    expect(result.announcements.map((a) => a.headline)).toEqual([
      "Pine Hall Named Base",
      "Reed Park Named Base",
    ]);
  });

  test("a .md file with front matter gives title, date, url and publisher", async () => {
    const { result, sink } = await ingest({
      "b.md":
        "---\ntitle: A Title\ndate: 2022-11-29\nurl: https://example.org/x\npublisher: Some Association\n---\nBody line.\n",
    });
    expect(sink.diagnostics).toEqual([]);
    const a = result.announcements[0];
    expect(a?.headline).toBe("A Title");
    expect(a?.date).toBe("2022-11-29");
    expect(a?.url).toBe("https://example.org/x");
    expect(a?.publisher).toBe("Some Association");
    expect(a?.text).toBe("Body line.\n");
  });

  test("directories are read recursively in sorted order", async () => {
    const { result } = await ingest({
      "z/2.txt": "Two",
      "a/1.txt": "One",
      "m.md": "Three",
      "skip.json": "{}",
    });
    expect(result.announcements.map((a) => a.id)).toEqual(["1", "m", "2"]);
  });

  test("mojibake from GBK punctuation is repaired before the text is stored", () => {
    expect(repairText("people¡¯s \u00a1\u00b0Day\u00a1\u00b1")).toBe(
      "people\u2019s \u201CDay\u201D",
    );
  });
});

describe("bad input gets a diagnostic naming the file and the rest still builds", () => {
  test("empty file", async () => {
    const { result, sink } = await ingest({ "empty.txt": "  \n\n", "ok.txt": "Fine" });
    expect(result.announcements.map((a) => a.id)).toEqual(["ok"]);
    expect(sink.diagnostics[0]?.code).toBe("empty-file");
    expect(sink.diagnostics[0]?.source?.file).toMatch(/empty\.txt$/);
  });

  test("binary file", async () => {
    const { sink } = await ingest({ "bin.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) });
    expect(sink.diagnostics[0]?.code).toBe("binary-file");
  });

  test("non-UTF-8 file reports line and column of the bad byte", async () => {
    const latin1 = Buffer.concat([
      Buffer.from("Line one\nAb"),
      Buffer.from([0xe9]),
      Buffer.from("t\n"),
    ]);
    const { sink } = await ingest({ "latin.txt": latin1 });
    const d = sink.diagnostics[0];
    expect(d?.code).toBe("not-utf8");
    expect(d?.source?.line).toBe(2);
    expect(d?.source?.column).toBe(3);
    expect(d?.message).toContain("line 2, column 3");
  });

  test("huge file is refused with the limit in the message", async () => {
    const { sink } = await ingest({ "big.txt": "x".repeat(2000) }, { maxBytes: 1000 });
    expect(sink.diagnostics[0]?.code).toBe("file-too-large");
    expect(sink.diagnostics[0]?.message).toContain("1000");
  });

  test("malformed front matter names the line", async () => {
    const { sink, result } = await ingest({
      "bad.md": "---\ntitle: ok\ndate: [unclosed\n---\nBody\n",
    });
    expect(result.announcements).toHaveLength(0);
    expect(sink.diagnostics[0]?.code).toBe("bad-front-matter");
    expect(sink.diagnostics[0]?.source?.line).toBeGreaterThanOrEqual(2);
  });

  test("front matter without a closing fence", async () => {
    const { sink } = await ingest({ "open.md": "---\ntitle: x\nBody\n" });
    expect(sink.diagnostics[0]?.code).toBe("bad-front-matter");
    expect(sink.diagnostics[0]?.source?.line).toBe(1);
  });

  test("a bad date in front matter", async () => {
    const { sink } = await ingest({ "d.md": "---\ndate: yesterday\n---\nBody\n" });
    expect(sink.diagnostics[0]?.message).toContain("date");
  });

  test("a directory with no announcements", async () => {
    const { sink, result } = await ingest({ "notes.json": "{}" });
    expect(result.announcements).toHaveLength(0);
    expect(sink.diagnostics.map((d) => d.code)).toContain("no-announcements");
  });

  test("an unreadable path", async () => {
    const sink = new CollectingSink();
    await readAnnouncements(["/no/such/dir/here"], sink);
    expect(sink.diagnostics[0]?.code).toBe("unreadable-path");
    expect(sink.diagnostics[0]?.message).toContain("/no/such/dir/here");
  });

  test("two files with the same id keep the first", async () => {
    const { sink, result } = await ingest({ "a/x.txt": "One", "b/x.md": "Two" });
    expect(result.announcements).toHaveLength(1);
    expect(sink.diagnostics[0]?.code).toBe("duplicate-id");
  });
});
