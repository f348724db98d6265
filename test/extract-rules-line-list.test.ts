import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("line-list: holders one per line under the sentence that chose them", () => {
  test("a lower-case honor after 'selected as', then items bulleted with a doubled hyphen", () => {
    expect(
      conferralLines(
        [
          "Four places from Tarn Province were selected as national river protection model areas, including:",
          "--Maple District, Lakeside City;",
          "--Pine County, Hill City;",
          "--Reed County, Lakeside City; and,",
          "--Willow County-level City, Hill City.",
        ].join("\n"),
      ),
    ).toEqual([
      "Maple District <= national river protection model areas",
      "Pine County <= national river protection model areas",
      "Reed County <= national river protection model areas",
      "Willow County-level City <= national river protection model areas",
    ]);
  });

  test("a sentence that chose nothing ('visited') opens no list of holders", () => {
    expect(
      conferralLines(
        [
          "Four delegations visited the national river protection model areas, including:",
          "--Maple District, Lakeside City;",
          "--Pine County, Hill City;",
          "--Reed County, Lakeside City.",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("honor-then-list: the honor, then 'including:' and its holders", () => {
  test("'including' with a colon right after it", () => {
    expect(
      conferralLines(
        "Five towns were named provincial ecological model towns, including: Maple Town, Pine Town and Reed Town.",
      ),
    ).toEqual([
      "Maple Town <= provincial ecological model towns",
      "Pine Town <= provincial ecological model towns",
      "Reed Town <= provincial ecological model towns",
    ]);
  });
});

describe("reading the honor's words", () => {
  test("'due to' ends a lower-case honor, and 'the list of recommended' is no part of it", () => {
    expect(
      conferralLines(
        "Maple Village was included in the 2025 list of recommended Quiet Garden Villages due to its clean streams.",
      ),
    ).toEqual(["Maple Village <= Quiet Garden Villages"]);
  });

  test("a long appositive between the holder and 'won'", () => {
    expect(
      conferralLines(
        "Ruan Qiuyi, a nine-year-old who plays a shepherd's daughter growing up on the northern plateau in the 1970s in Shao Minghe's film, won the best young actor prize.",
      ),
    ).toEqual(["Ruan Qiuyi <= best young actor prize"]);
  });
});

describe("line-list: under a counted group the sentence read as a cohort", () => {
  test("the lines name the cohort's members, each with the title", () => {
    expect(
      conferralLines(
        "Tarn villages named\n\nAs the Tarn culture bureau reported, 12 areas of Tarn were recently selected as provincial key rural tourism villages.\n\n1. Reedbank village, Lindong\n\nReedbank village lies in the hills and stays cool in summer.\n\n2. Heron village, Maple City\n\nHeron village keeps its old stone houses.\n\n3. Otter Lake village, Pine County\n\nThe town grows tea.",
      ),
    ).toEqual([
      "Reedbank Village <= provincial key rural tourism villages",
      "Heron Village <= provincial key rural tourism villages",
      "Otter Lake Village <= provincial key rural tourism villages",
    ]);
  });
});
