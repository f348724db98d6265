// The synthetic corpus generator behind `npm run gen` and the benchmarks.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Gold, generateAnnouncement, writeCorpus } from "../scripts/lib/corpus.ts";
import { buildWorld } from "../scripts/lib/world.ts";
import { readAnnouncements } from "../src/ingest/index.ts";
import { CollectingSink } from "../src/pipeline/index.ts";

const world = buildWorld("test");
const sample = Array.from({ length: 200 }, (_, i) => generateAnnouncement(world, "test", i));
const squash = (s: string) => s.replace(/[\s\u00A0]+/g, " ");

describe("generateAnnouncement", () => {
  test("is deterministic: the same seed and index give the same text and gold", () => {
    const again = generateAnnouncement(buildWorld("test"), "test", 7);
    expect(again).toEqual(sample[7]);
    expect(generateAnnouncement(buildWorld("other"), "other", 7).text).not.toBe(sample[7]?.text);
  });

  test("writes every planted name into the text", () => {
    for (const a of sample) {
      const text = squash(a.text);
      for (const org of a.gold.organizations) {
        const forms = [org.name, ...org.aliases];
        expect(
          forms.some((f) => text.includes(f)),
          `${a.id}: ${org.name}`,
        ).toBe(true);
        for (const alias of org.aliases)
          expect(text.toLowerCase(), `${a.id}: ${alias}`).toContain(alias.toLowerCase());
      }
      for (const award of a.gold.awards) {
        const honorForms = [award.honor, ...(award.honorAliases ?? [])];
        expect(
          honorForms.some((h) => text.includes(h)),
          `${a.id}: ${award.honor}`,
        ).toBe(true);
        if (award.cohortSize) expect(text).toContain(String(award.cohortSize));
      }
      for (const person of a.gold.people) expect(text).toContain(person.name);
    }
  });

  test("covers the genre's styles and noise", () => {
    const texts = sample.map((a) => a.text).join("\n");
    const kinds = new Set(sample.map((a) => a.gold.kind));
    for (const kind of ["list", "title", "named", "notice", "renewal", "meeting", "agreement"])
      expect(kinds).toContain(kind);
    expect(texts).toMatch(/\d+ units including /);
    expect(texts).toMatch(/the title of .{1,120} was awarded to \d+ units, including/);
    expect(texts).toMatch(/are planned to be recognized as the \w+ batch of/);
    expect(texts).toMatch(/jointly/);
    expect(texts).toMatch(/The publicity period is from/);
    expect(texts).toMatch(/passed the re-evaluation/);
    expect(texts).toMatch(/presided over by the .{1,200}? [A-Z][a-z]+ [A-Z][a-z]+\./);
    expect(texts).toMatch(/signed a strategic cooperation framework agreement with/);
    expect(texts).toMatch(/\([A-Z]{2,6}\)/);
    expect(texts).toMatch(/\bthe (Museum|Hospital|school|University|lab|Park)\b/);
    expect(texts).toMatch(/^On (the (morning|afternoon) of )?[A-Z][a-z]+ \d{1,2},(?! \d{4})/m);
    expect(texts).toMatch(/^ \d{3}\.jpg$/m);
    expect(texts).toContain("\u00A0");
    expect(texts).toMatch(/[\u201C\u201D]/);
    const statuses = new Set(sample.flatMap((a) => a.gold.awards.map((w) => w.status)));
    expect([...statuses].sort()).toEqual(["conferred", "proposed", "renewed"]);
  });

  test("institutions recur across announcements, Zipf-like", () => {
    const counts = new Map<string, number>();
    for (const a of sample)
      for (const org of a.gold.organizations) counts.set(org.name, (counts.get(org.name) ?? 0) + 1);
    const sorted = [...counts.values()].sort((x, y) => y - x);
    expect(sorted[0]).toBeGreaterThan(20);
    expect(sorted.filter((n) => n === 1).length).toBeGreaterThan(sorted.length / 3);
  });
});

describe("writeCorpus", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "laurel-gen-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("writes .txt announcements with a headline and a gold file in the seeds' schema", async () => {
    writeCorpus(dir, 60, "test");
    const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
    expect(files).toHaveLength(60);
    const gold = JSON.parse(await readFile(join(dir, "gold.json"), "utf8")) as Gold;
    expect(Object.keys(gold.docs).sort()).toEqual(files.map((f) => f.replace(/\.txt$/, "")));
    expect(gold.about).toMatch(/seeds\.json/);
    expect(gold.crossDocument.same.length).toBeGreaterThan(10);
    expect(gold.crossDocument.distinct.length).toBeGreaterThan(0);
    for (const pair of gold.crossDocument.distinct) expect(pair[0][1]).not.toBe(pair[1][1]);
    // A smaller corpus is a prefix of a larger one with the same seed.
    expect(await readFile(join(dir, files[5] as string), "utf8")).toBe(sample[5]?.text);
    const sink = new CollectingSink();
    const { announcements } = await readAnnouncements([dir], sink);
    expect(sink.diagnostics).toEqual([]);
    expect(announcements).toHaveLength(60);
    for (const a of announcements) expect(a.headline.length).toBeGreaterThan(10);
    // Regenerating replaces the files rather than adding to them.
    writeCorpus(dir, 20, "test");
    expect((await readdir(dir)).filter((f) => f.endsWith(".txt"))).toHaveLength(20);
  });
});
