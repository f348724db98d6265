// A conferral's date when its own sentence gives none (src/extract/index.ts, completeConferrals).
import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { announcementOf } from "./support/extract-cases.ts";

const datesOf = (text: string) =>
  extractFacts(announcementOf(text)).conferrals.map((c) => c.date ?? null);

describe("the year a headline names", () => {
  test("dates the conferrals of a story that dates nothing itself", () => {
    expect(
      datesOf(
        "Two chemists win 2031 Tarn Prize\n\nQiu Lanfeng and Shao Minghe were awarded the Tarn Prize for their work on soils.",
      ),
    ).toEqual(["2031", "2031"]);
  });

  test("a headline with two years, or a span of years, dates nothing", () => {
    expect(
      datesOf(
        "Tarn Prize 2030 and 2031\n\nQiu Lanfeng was awarded the Tarn Prize for her work on soils.",
      ),
    ).toEqual([null]);
    expect(
      datesOf(
        "Tarn Prize plan 2031-2035\n\nQiu Lanfeng was awarded the Tarn Prize for her work on soils.",
      ),
    ).toEqual([null]);
  });

  test("a date the story gives wins over the headline's year", () => {
    expect(
      datesOf(
        "Two chemists win 2031 Tarn Prize\n\nIn May 2030, Qiu Lanfeng was awarded the Tarn Prize for her work on soils.",
      ),
    ).toEqual(["2030-05"]);
  });
});

describe("the year of publication", () => {
  const withDate = (text: string, publicationDate: string) =>
    extractFacts(announcementOf(text), { publicationDate }).conferrals.map((c) => [
      c.date ?? null,
      c.dateImplied ?? false,
    ]);

  test("dates, as implied, with the month of publication a conferral the story tells of now and nothing else dates", () => {
    expect(
      withDate(
        "Tarn news\n\nThe Reedbank Museum was named a provincial science popularization base.",
        "2031-06-02",
      ),
    ).toEqual([["2031-06", true]]);
  });

  test("not a conferral told as past ('in the past', 'had won')", () => {
    expect(
      withDate(
        "Tarn news\n\nThe Reedbank Museum had won the Tarn Heritage Award in the past.",
        "2031-06-02",
      ),
    ).toEqual([[null, false]]);
  });
});
