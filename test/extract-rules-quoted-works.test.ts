import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("quoted-works: a project, patent or film named in quotes holds what it won", () => {
  const read = (text: string) => conferralLines(text, { kind: true });

  test("a title in lower case, its maker after it, then the verb", () => {
    expect(
      read(
        'The "pine resin coating for bridge cables and its making method" developed by Tarn Steel won the Pine Patent Gold Award.',
      ),
    ).toEqual([
      "Work pine resin coating for bridge cables and its making method <= Pine Patent Gold Award",
    ]);
  });

  test("what the title is, set off by commas, stands between it and the verb", () => {
    expect(
      read(
        'The festival closed on Sunday. "Harbor Lights II", the sequel to a popular river drama, received the Jade Heron Award, and "Salt Wind", a documentary shot in Tarn, won the Reed Prize.',
      ),
    ).toEqual(["Work Harbor Lights II <= Jade Heron Award", "Work Salt Wind <= Reed Prize"]);
  });

  test("a list of quoted titles shares the prize, a title read as a name among them", () => {
    expect(
      read(
        'Among them, "low-energy reed weaving method", "The Key Method of Dye Matching" and "KX7 rotary kiln system" won the third prize.',
      ).sort(),
    ).toEqual([
      "Work KX7 rotary kiln system <= third prize",
      "Work Key Method of Dye Matching <= third prize",
      "Work low-energy reed weaving method <= third prize",
    ]);
  });

  test("the whole title holds the prize, not a name read inside it; a bracketed original is passed over", () => {
    expect(
      read(
        'The "Tarn UHV Transmission Project" (塔恩特高压工程) took the special prize of the Pine Science Progress Award.',
      ),
    ).toEqual([
      "Work Tarn UHV Transmission Project <= special prize of the Pine Science Progress Award",
    ]);
  });

  test("each quoted winner opens its own clause", () => {
    expect(
      read(
        '"a reed data platform" won the gold award, "the lake mapping method" won the silver award.',
      ),
    ).toEqual([
      "Work a reed data platform <= gold award",
      "Work lake mapping method <= silver award",
    ]);
  });

  test("a quoted honor, given to someone or held by the subject, is no work", () => {
    expect(read('In 2019, the "Pine Model Worker" title was awarded to Gao Lin.')).toEqual([
      "Person Gao Lin <= Pine Model Worker",
    ]);
    expect(
      read('Gao Lin, the winner of the "Best Teacher" award, won the Tarn Prize.'),
    ).not.toContainEqual(expect.stringMatching(/^Work/));
  });
});
