import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { readAnnouncements } from "../src/ingest/index.ts";
import { parseManifest } from "../src/ingest/manifest.ts";
import { CollectingSink } from "../src/pipeline/index.ts";
import { tempDir } from "./support/cli.ts";

async function ingest(files: Record<string, string>) {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  const sink = new CollectingSink();
  const result = await readAnnouncements([dir], sink);
  return { dir, sink, result };
}

describe("SOURCES.tsv gives plain pages their url and publication date", () => {
  test("each row's url, date, title and publisher go to the file it names; other columns are for people", async () => {
    const { result, sink } = await ingest({
      "SOURCES.tsv":
        "file\turl\ttitle\tdate\tnote\n" +
        "a.txt\thttps://example.org/a\tPine Hall Named Base\t2023-05-08\tfetched twice\n" +
        "sub/b.txt\thttps://example.org/b\t\t2021\t\n",
      "a.txt": "Pine Hall news\n\nBody.",
      "sub/b.txt": "Reed Park news\n\nBody.",
    });
    expect(sink.diagnostics).toEqual([]);
    const [a, b] = result.announcements;
    expect(a).toMatchObject({
      id: "a",
      url: "https://example.org/a",
      date: "2023-05-08",
      headline: "Pine Hall Named Base",
    });
    expect(b).toMatchObject({ id: "b", url: "https://example.org/b", date: "2021" });
    expect(b?.headline).toBe("Reed Park news");
  });

  test("a manifest in a sub-folder names the files beside it; front matter says first", async () => {
    const { result, sink } = await ingest({
      "lot/SOURCES.tsv": "file\tdate\turl\nc.md\t2020-01-02\thttps://example.org/c\n",
      "lot/c.md": "---\ndate: 2019-12-31\n---\nTarn news\n",
    });
    expect(sink.diagnostics).toEqual([]);
    expect(result.announcements[0]).toMatchObject({
      date: "2019-12-31",
      url: "https://example.org/c",
    });
  });

  test("the date dates what the page tells of 'on Monday'", async () => {
    const { result } = await ingest({
      "SOURCES.tsv": "file\tdate\nd.txt\t2024-03-06\n",
      "d.txt":
        "Lake Museum news\n\nThe Lake Museum was named a national first-class museum on Monday.",
    });
    const announcement = result.announcements[0];
    if (!announcement) throw new Error("not read");
    const facts = extractFacts(announcement);
    expect(facts.conferrals.map((c) => c.date)).toEqual(["2024-03-04"]);
  });

  test("bad rows are reported with line and column and left out; the files still build", async () => {
    const { result, sink } = await ingest({
      "SOURCES.tsv":
        "file\turl\tdate\n" +
        "e.txt\thttps://example.org/e\tlast May\n" +
        "\thttps://example.org/none\t2020\n" +
        "f.txt\thttps://example.org/f\t2020\n" +
        "f.txt\thttps://example.org/f2\t2021\n" +
        "gone.txt\thttps://example.org/g\t2020\n",
      "e.txt": "E news\n\nBody.",
      "f.txt": "F news\n\nBody.",
    });
    expect(result.announcements.map((a) => [a.id, a.date])).toEqual([
      ["e", undefined],
      ["f", "2020"],
    ]);
    const where = sink.diagnostics.map((d) => [
      d.code,
      d.severity,
      d.source?.line,
      d.source?.column,
    ]);
    expect(where).toEqual([
      ["bad-manifest", "error", 2, 29],
      ["bad-manifest", "error", 3, 1],
      ["bad-manifest", "error", 5, 1],
      ["manifest-unknown-file", "warning", undefined, undefined],
    ]);
    expect(sink.diagnostics[0]?.message).toContain("'date' must be YYYY, YYYY-MM or YYYY-MM-DD");
    expect(sink.diagnostics[3]?.message).toContain("gone.txt");
  });

  test("a sources table that is not UTF-8 is an error naming the byte's line and column; the pages still build", async () => {
    const dir = await tempDir();
    const latin1 = Buffer.concat([
      Buffer.from("file\turl\ttitle\ng.txt\thttps://example.org/g\tCaf"),
      Buffer.from([0xe9]),
      Buffer.from(" Pine\n"),
    ]);
    await writeFile(join(dir, "SOURCES.tsv"), latin1);
    await writeFile(join(dir, "g.txt"), "G news\n\nBody.");
    const sink = new CollectingSink();
    const { announcements } = await readAnnouncements([dir], sink);
    expect(announcements.map((a) => [a.id, a.url])).toEqual([["g", undefined]]);
    expect(
      sink.diagnostics.map((d) => [d.code, d.severity, d.source?.line, d.source?.column]),
    ).toEqual([["not-utf8", "error", 2, 32]]);
    expect(sink.diagnostics[0]?.message).toMatch(
      /SOURCES\.tsv: is not valid UTF-8 \(invalid byte 0xe9/,
    );
  });

  test("a header without a file column is an error naming line 1; blank and '#' lines are skipped", () => {
    const sink = new CollectingSink();
    expect(parseManifest("/x/SOURCES.tsv", "url\tdate\nhttps://a\t2020\n", sink).size).toBe(0);
    expect(sink.diagnostics[0]).toMatchObject({
      code: "bad-manifest",
      source: { line: 1, column: 1 },
    });
    const quiet = new CollectingSink();
    const rows = parseManifest(
      "/x/SOURCES.tsv",
      "# crawl of May\n\nfile\tdate\n\na.txt\t2020\n",
      quiet,
    );
    expect(quiet.diagnostics).toEqual([]);
    expect([...rows]).toEqual([["/x/a.txt", { date: "2020" }]]);
  });
});
