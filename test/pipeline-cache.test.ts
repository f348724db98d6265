// Incremental builds: the extraction cache next to the store, and builds that reuse it.
import { createHash } from "node:crypto";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, test } from "vitest";
import { writeCorpus } from "../scripts/lib/corpus.ts";
import { extractFacts } from "../src/extract/index.ts";
import { readAnnouncements } from "../src/ingest/index.ts";
import { referencedMentions } from "../src/map/index.ts";
import {
  announcementFingerprint,
  cachePathFor,
  digestSources,
  extractorKey,
  mentionsReferenced,
  mentionsToLink,
  readExtractionCache,
  withAnnouncement,
  writeExtractionCache,
} from "../src/pipeline/cache.ts";
import { candidateLogsPathFor } from "../src/pipeline/candidate-logs.ts";
import { CollectingSink } from "../src/pipeline/index.ts";
import type { Extraction } from "../src/types.ts";
import { buildInto, expectSameAsFullBuild, tempDir } from "./support/cli.ts";

const SAMPLES = "data/announcements";

let generated: string;

beforeAll(async () => {
  generated = await tempDir();
  writeCorpus(generated, 24, "incremental");
});

/** A corpus folder: the five samples and the first `count` generated announcements. */
async function corpusOf(count: number): Promise<string> {
  const dir = await tempDir();
  await cp(SAMPLES, dir, { recursive: true });
  const files = (await readdir(generated)).filter((name) => name.endsWith(".txt")).sort();
  for (const name of files.slice(0, count)) await cp(join(generated, name), join(dir, name));
  return dir;
}

const build = buildInto;

describe("incremental laurel build", () => {
  test("adding, changing and removing announcements gives the bytes of a full rebuild", async () => {
    // given a built corpus
    const corpus = await corpusOf(16);
    const outDir = await tempDir();
    expect((await build(corpus, outDir)).summary).toBe(
      "announcements: 21 of 21 file(s) (full build)",
    );
    // when 8 are added, one is changed and one removed
    const files = (await readdir(generated)).filter((name) => name.endsWith(".txt")).sort();
    for (const name of files.slice(16)) await cp(join(generated, name), join(corpus, name));
    const changed = join(corpus, files[3] as string);
    const text = await readFile(changed, "utf8");
    await writeFile(
      changed,
      `${text}\nThe Lanzhou Science Museum was named a National Science Popularization Education Base.\n`,
    );
    await rm(join(corpus, files[5] as string));
    const incremental = await build(corpus, outDir);
    // then the summary says so and the bytes are those of a full build
    expect(incremental.summary).toMatch(
      /^announcements: 28 of 28 file\(s\) \(8 added, 1 changed, 1 removed, 19 kept; 19 graphs and [1-9]\d* entities reused\)$/,
    );
    await expectSameAsFullBuild(incremental, corpus);
  });

  test("an unchanged corpus keeps every extraction and writes the same bytes", async () => {
    const corpus = await corpusOf(6);
    const outDir = await tempDir();
    const first = await build(corpus, outDir);
    const before = await readFile(first.store);
    const again = await build(corpus, outDir);
    expect(again.summary).toMatch(
      /^announcements: 11 of 11 file\(s\) \(0 added, 0 changed, 0 removed, 11 kept; 11 graphs and [1-9]\d* entities reused\)$/,
    );
    expect((await readFile(again.store)).equals(before)).toBe(true);
  });

  test("a build from another working folder keeps every extraction and graph", async () => {
    // given a corpus built from the folder that holds it, named relative to that folder
    const corpus = await corpusOf(5);
    const outDir = await tempDir();
    const home = process.cwd();
    try {
      process.chdir(corpus);
      await build(".", outDir);
      // when the same corpus is built again from its parent folder
      process.chdir(join(corpus, ".."));
      const again = await build(corpus, outDir);
      // then no announcement counts as changed, and the bytes are those of a full build
      expect(again.summary).toMatch(
        /^announcements: 10 of 10 file\(s\) \(0 added, 0 changed, 0 removed, 10 kept; 10 graphs and [1-9]\d* entities reused\)$/,
      );
      await expectSameAsFullBuild(again, corpus);
    } finally {
      process.chdir(home);
    }
  });

  test("kept announcements without a candidate log give the bytes of a full rebuild", async () => {
    // given a built corpus whose candidate logs are then lost
    const corpus = await corpusOf(8);
    const outDir = await tempDir();
    const first = await build(corpus, outDir);
    await rm(candidateLogsPathFor(first.store));
    // when an announcement is added and the others' candidates are collected again
    const files = (await readdir(generated)).filter((name) => name.endsWith(".txt")).sort();
    await cp(join(generated, files[8] as string), join(corpus, files[8] as string));
    const next = await build(corpus, outDir);
    // then the kept extractions, read from the cache, link as extracted ones do
    expect(next.summary).toMatch(/\(1 added, 0 changed, 0 removed, 13 kept; /);
    await expectSameAsFullBuild(next, corpus);
  });

  test("--full extracts everything again", async () => {
    const corpus = await corpusOf(2);
    const outDir = await tempDir();
    await build(corpus, outDir);
    expect((await build(corpus, outDir, "--full")).summary).toBe(
      "announcements: 7 of 7 file(s) (full build: --full)",
    );
  });

  test("a cache written by other extraction code is not used", async () => {
    // given a cache whose key is not this extractor's, and whose entries were tampered with
    const corpus = await corpusOf(4);
    const outDir = await tempDir();
    const first = await build(corpus, outDir);
    const cachePath = cachePathFor(first.store);
    const lines = (await readFile(cachePath, "utf8")).split("\n");
    lines[0] = (lines[0] as string).replace(/"key":"[0-9a-f]+"/, '"key":"older-extractor"');
    await writeFile(cachePath, lines.join("\n").replaceAll("Science Museum", "Art Museum"));
    // when building again
    const second = await build(corpus, outDir);
    // then nothing of it was reused
    expect(second.summary).toBe(
      "announcements: 9 of 9 file(s) (full build: the extraction code or its options changed)",
    );
    expect(second.err).toBe("");
    await expectSameAsFullBuild(second, corpus);
  });

  test.each([
    ["an edited entry", (text: string) => text.replace("Science", "Sciences")],
    ["a truncated file", (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ["a file that is not JSON", () => "\u0000\u0001 not a cache\n"],
  ])("%s gives a warning and a full rebuild", async (_case, corrupt) => {
    const corpus = await corpusOf(3);
    const outDir = await tempDir();
    const first = await build(corpus, outDir);
    const cachePath = cachePathFor(first.store);
    await writeFile(cachePath, corrupt(await readFile(cachePath, "utf8")));
    const second = await build(corpus, outDir);
    expect(second.summary).toBe("announcements: 8 of 8 file(s) (full build: unreadable cache)");
    expect(second.err).toMatch(
      /^warning: .*laurel\.cache\.ndjson cannot be used \(.+\); every announcement is extracted again\n$/,
    );
    await expectSameAsFullBuild(second, corpus);
  });
});

describe("extractorKey", () => {
  test("changes with the rules switched off", () => {
    expect(extractorKey(new Set(["revoked"]))).not.toBe(extractorKey(new Set()));
    expect(extractorKey(new Set(["a", "b"]))).toBe(extractorKey(new Set(["b", "a"])));
  });

  test("changes when a file of the extraction code changes", async () => {
    const root = await tempDir();
    const src = join(root, "src");
    await cp("src", src, { recursive: true });
    await cp("package.json", join(root, "package.json"));
    const before = digestSources(src);
    const rule = join(src, "extract", "rules", "revoked.ts");
    await writeFile(rule, `${await readFile(rule, "utf8")}\n// an edit\n`);
    expect(digestSources(src)).not.toBe(before);
  });

  test("changes when a file the extraction code imports changes, and not for others", async () => {
    const root = await tempDir();
    const src = join(root, "src");
    await cp("src", src, { recursive: true });
    await cp("package.json", join(root, "package.json"));
    const before = digestSources(src);
    await writeFile(join(src, "cli", "index.ts"), "// not read by extraction\n");
    expect(digestSources(src)).toBe(before);
    await writeFile(
      join(src, "types.ts"),
      `${await readFile(join(src, "types.ts"), "utf8")}\n// an edit\n`,
    );
    expect(digestSources(src)).not.toBe(before);
  });
});

/** A cache file whose entries' facts are not JSON any more, its checksum line made anew. */
function withSpoiledFacts(text: string): string {
  const lines = text.split("\n").filter(Boolean);
  const header = lines[0] as string;
  const entries = lines
    .slice(1, -1)
    .map((line) => `${line.slice(0, line.indexOf("\t"))}\t{spoiled`);
  const hash = createHash("sha256");
  for (const line of entries) hash.update(`${line}\n`);
  const end = JSON.stringify({ end: entries.length, sha256: hash.digest("hex") });
  return `${[header, ...entries, end].join("\n")}\n`;
}

/** The samples' extractions and a cache of them written to a fresh file. */
async function sampleCache(): Promise<{ extractions: Extraction[]; path: string }> {
  const { announcements } = await readAnnouncements([SAMPLES], new CollectingSink());
  const extractions = announcements.map((announcement) => extractFacts(announcement));
  const path = join(await tempDir(), "laurel.cache.ndjson");
  await writeExtractionCache(path, extractions, "key");
  return { extractions, path };
}

/** The cache at `path`, read back; the test fails when it does not read. */
async function readBack(path: string) {
  const read = await readExtractionCache(path, "key");
  if (read.status !== "ok") throw new Error(`cache not read: ${read.status}`);
  return read.cache;
}

describe("readExtractionCache", () => {
  test("gives back exactly what was written, undefined fields included", async () => {
    // given the extractions of the samples (conferrals keep fields such as `date` undefined),
    // written and read back
    const { extractions, path } = await sampleCache();
    const cache = await readBack(path);
    // then every entry is the extraction, property for property and in the same order
    for (const { announcement, ...extraction } of extractions) {
      const entry = cache.entries.get(announcement.id);
      expect(entry?.fingerprint).toBe(announcementFingerprint(announcement));
      const stored = entry?.extraction as unknown as Record<string, unknown>;
      const fields = Object.fromEntries(
        Object.keys(extraction).map((name) => [name, stored[name]]),
      );
      expect(isDeepStrictEqual(fields, extraction), announcement.id).toBe(true);
      expect(JSON.stringify(stored)).toBe(JSON.stringify(extraction));
    }
  });

  test("a kept entry gives linking and graph keys what they need without parsing its facts", async () => {
    // given a cache of the samples whose facts and evidence (after each line's tab) are then
    // spoiled, with the checksum made again so the file still reads
    const { extractions, path } = await sampleCache();
    await writeFile(path, withSpoiledFacts(await readFile(path, "utf8")));
    // when it is read back
    const cache = await readBack(path);
    // then each entry's mentions (for linking) and referenced mention ids (for its graph's key)
    // are those of the extraction, and only its facts are out of reach
    for (const extraction of extractions) {
      const { announcement } = extraction;
      const stored = cache.entries.get(announcement.id)?.extraction;
      if (!stored) throw new Error(`no entry for ${announcement.id}`);
      const kept = withAnnouncement(announcement, stored);
      expect(mentionsToLink(kept).map(({ id, name }) => [id, name])).toEqual(
        extraction.mentions.map(({ id, name }) => [id, name]),
      );
      expect(mentionsReferenced(kept)).toEqual(referencedMentions(extraction));
      expect(kept.diagnostics).toEqual(extraction.diagnostics);
      expect(() => kept.conferrals).toThrow(/not JSON/);
    }
  });

  test("a kept entry's mentions carry their evidence once read, as extracted", async () => {
    // given a cache of the samples
    const { extractions, path } = await sampleCache();
    const cache = await readBack(path);
    for (const extraction of extractions) {
      const stored = cache.entries.get(extraction.announcement.id)?.extraction;
      if (!stored) throw new Error(`no entry for ${extraction.announcement.id}`);
      // when linking has taken its mentions and mapping then reads them
      const kept = withAnnouncement(extraction.announcement, stored);
      const linked = mentionsToLink(kept);
      // then they are the very mention objects linking had, evidence and all
      expect(kept.mentions).toBe(linked);
      expect(kept.mentions).toEqual(extraction.mentions);
      expect(kept.conferrals).toEqual(extraction.conferrals);
    }
  });

  test("a cache written by other mapping code gives graph keys the mention ids the facts name now", async () => {
    // given a cache of the samples whose header says other mapping code wrote it
    const { extractions, path } = await sampleCache();
    const [header, ...rest] = (await readFile(path, "utf8")).split("\n");
    const other = { ...JSON.parse(header as string), refs: "other mapping code" };
    await writeFile(path, [JSON.stringify(other), ...rest].join("\n"));
    // when read back
    const cache = await readBack(path);
    // then the referenced ids come from the facts, as this code names them
    for (const extraction of extractions) {
      const stored = cache.entries.get(extraction.announcement.id)?.extraction;
      if (!stored) throw new Error(`no entry for ${extraction.announcement.id}`);
      const kept = withAnnouncement(extraction.announcement, stored);
      expect(mentionsReferenced(kept)).toEqual(referencedMentions(extraction));
    }
  });

  test("writes reused entries back from the lines read, as the bytes it would write anew", async () => {
    // given a cache of the samples, read back
    const { announcements } = await readAnnouncements([SAMPLES], new CollectingSink());
    const extractions = announcements.map((announcement) => extractFacts(announcement));
    const dir = await tempDir();
    await writeExtractionCache(join(dir, "first.ndjson"), extractions, "key");
    const read = await readExtractionCache(join(dir, "first.ndjson"), "key");
    if (read.status !== "ok") throw new Error(`cache not read: ${read.status}`);
    // when the next build writes it with one announcement changed and one gone
    const [first, second, ...rest] = extractions;
    if (!first || !second) throw new Error("too few samples");
    const changed = { ...second, announcement: { ...second.announcement, hash: "other" } };
    const next = [changed, ...rest.reverse()];
    await writeExtractionCache(join(dir, "reused.ndjson"), next, "key", read.cache);
    await writeExtractionCache(join(dir, "fresh.ndjson"), next, "key");
    // then reusing the lines read changed nothing
    const reused = await readFile(join(dir, "reused.ndjson"));
    expect(reused.equals(await readFile(join(dir, "fresh.ndjson")))).toBe(true);
    expect(read.cache.entries.get(first.announcement.id)?.line).toBeDefined();
  });

  test("a cache of many entries, written again with one added inside and one at the end, is the bytes of a fresh write", async () => {
    // given 300 entries (the samples' extractions under other ids), written and read back
    const { extractions } = await sampleCache();
    const renamed = (index: number): Extraction => {
      const extraction = extractions[index % extractions.length] as Extraction;
      return { ...extraction, announcement: { ...extraction.announcement, id: `e${index}` } };
    };
    const many = Array.from({ length: 300 }, (_, index) => renamed(1000 + index));
    const dir = await tempDir();
    await writeExtractionCache(join(dir, "first.ndjson"), many, "key");
    const read = await readBack(join(dir, "first.ndjson"));
    // when the next build adds one past the 260th entry and one at the end
    const next = [...many.slice(0, 260), renamed(1), ...many.slice(260), renamed(2)];
    await writeExtractionCache(join(dir, "reused.ndjson"), next, "key", read);
    await writeExtractionCache(join(dir, "fresh.ndjson"), next, "key");
    // then the file, closing checksum included, is the one a fresh write gives
    const reused = await readFile(join(dir, "reused.ndjson"));
    expect(reused.equals(await readFile(join(dir, "fresh.ndjson")))).toBe(true);
    expect((await readBack(join(dir, "reused.ndjson"))).entries.size).toBe(302);
  });

  test("says a missing cache is missing", async () => {
    const read = await readExtractionCache(join(await tempDir(), "none.cache.ndjson"), "k");
    expect(read.status).toBe("missing");
  });
});
