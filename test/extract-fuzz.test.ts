// Property-based fuzzing of the extractor (fast-check): random and adversarial announcements,
// 10,000 per run in all. Whatever the input, extraction returns, and every span it reports lies
// inside the stored text and quotes it exactly. Speed is measured in `npm run bench`, not here.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { repairText } from "../src/ingest/repair.ts";
import type { Evidence, Extraction } from "../src/types.ts";
import { announcementOf } from "./support/extract-cases.ts";

// Pieces of the genre and of its noise: names, triggers, list glue, dates, mojibake, glued words.
const WORDS = [
  "the",
  "The",
  "was",
  "were",
  "named",
  "selected as",
  "rated as",
  "honored as",
  "recognized as",
  "won the title of",
  "included in the list of",
  "Among them,",
  "including",
  "and",
  ",",
  ".",
  ";",
  ":",
  "(",
  ")",
  '"',
  "\u201C",
  "\u201D",
  "\u2018",
  "\u2019",
  "It",
  "the museum",
  "the lab",
  "National",
  "national",
  "Science",
  "science",
  "Popularization",
  "popularization",
  "Education",
  "Base",
  "base",
  "Bases",
  "Museum",
  "University",
  "of",
  "Hill",
  "Lake",
  "River",
  "Institute",
  "Co., Ltd.",
  "(East China)",
  "first-class",
  "second-class",
  "AAAA",
  "AAAAA",
  "PRC",
  "CAST",
  "Association for Science and Technology",
  "Bureau",
  "Ministry of Education",
  "Professor",
  "Li Wei",
  "Zhang",
  "in 2019",
  "On May 3,",
  "2024-05-03 10:21",
  "[2021] No. 12",
  "2021-2025",
  "Editor:",
  "Source:",
  "people\u00A1\u00AFs",
  "TheLakeMuseum",
  "ofHealth",
  "NationalBases",
  "\n",
  "\n\n",
  "\u00A0",
  "\t",
  "001.jpg",
  "24",
  "three",
  "units",
  "for the fifth time",
  "after re-examination",
  "Provincial Advanced Collective and Individual",
  "\uE000",
  "\uE0011",
  "\uFFFD",
  "\u0000",
  "\u200B",
];

const genreText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 120 })
  .map((words) => words.join(" "));
const joinedText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 80 })
  .map((words) => words.join(""));
const unicodeText = fc.string({ unit: "grapheme", maxLength: 400 });
const binaryText = fc.string({ unit: "binary", maxLength: 300 });
const mixedText = fc
  .array(fc.oneof(genreText, unicodeText, fc.constantFrom(...WORDS)), { maxLength: 6 })
  .map((parts) => parts.join("\n"));

function expectSpan(text: string, evidence: Evidence, where: string): void {
  expect(evidence.start, where).toBeGreaterThanOrEqual(0);
  expect(evidence.end, where).toBeLessThanOrEqual(text.length);
  expect(evidence.start, where).toBeLessThanOrEqual(evidence.end);
  expect(evidence.exact, where).toBe(text.slice(evidence.start, evidence.end));
  expect(evidence.sentence.start, where).toBeLessThanOrEqual(evidence.start);
  expect(evidence.sentence.end, where).toBeGreaterThanOrEqual(evidence.end);
}

function expectValid(text: string, result: Extraction): void {
  const ids = new Set(result.mentions.map((m) => m.id));
  for (const mention of result.mentions) {
    expectSpan(text, mention.evidence, `mention ${mention.id}`);
    expect(mention.name.includes("\u0000"), `mention ${mention.id} name`).toBe(false);
  }
  for (const conferral of result.conferrals) {
    expect(ids.has(conferral.recipient), `${conferral.id} recipient`).toBe(true);
    expect(ids.has(conferral.honor), `${conferral.id} honor`).toBe(true);
    for (const evidence of conferral.evidence) expectSpan(text, evidence, conferral.id);
  }
  for (const event of result.events)
    for (const evidence of event.evidence) expectSpan(text, evidence, event.id);
  for (const post of result.posts) expectSpan(text, post.evidence, post.id);
}

function extractsValidly(text: string, repair: boolean): void {
  const stored = repair ? repairText(text) : text;
  const result = extractFacts(announcementOf(stored), { publicationDate: "2024-05-03" });
  expectValid(stored, result);
}

describe("extraction fuzzing: no exception, every span inside the text", () => {
  const families: Array<[string, fc.Arbitrary<string>, number]> = [
    ["genre words", genreText, 4000],
    ["genre words glued together", joinedText, 2000],
    ["random unicode", unicodeText, 1500],
    ["random code units (lone surrogates, controls)", binaryText, 1000],
    ["mixed lines", mixedText, 1500],
  ];
  for (const [name, arbitrary, numRuns] of families) {
    test(`${name} (${numRuns} inputs)`, () => {
      fc.assert(
        fc.property(arbitrary, fc.boolean(), (text, repair) => extractsValidly(text, repair)),
        { numRuns, seed: 20261201 },
      );
    });
  }
});
