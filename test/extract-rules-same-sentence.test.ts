import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("same-sentence (the last resort): who attends or presides holds nothing", () => {
  test("people invited to attend the meeting where an honor was received are no holders", () => {
    expect(
      conferralLines(
        "Ms. Qiu Lanfeng and Mr. Shao Minghe were invited to attend the meeting at which the Reedbank Supplier Award was received by the firm.",
      ),
    ).toEqual([]);
  });

  test("a dean who presided over the winning project is no holder of its award", () => {
    expect(
      conferralLines(
        "Gao Ruoxi, our school's dean, presided over the course reform that won the Tarn Teaching Achievement Award.",
      ),
    ).not.toContain("Gao Ruoxi <= Tarn Teaching Achievement Award");
  });

  test("an official who expressed her congratulations there is no holder", () => {
    expect(
      conferralLines(
        "Mayor Gao Ruoxi expressed her warm congratulations at the meeting where the Reedbank Supplier Award was received by the firm.",
      ),
    ).toEqual([]);
  });
});

describe("same-sentence: a body after 'by' is the giver, its other name before a slash or not", () => {
  test("'by the Hanban/X Headquarters' names no holder", () => {
    expect(
      conferralLines(
        'The University at Pine Hill Language Institute (PHLI) has been named the "Language Institute of the Year" in 2031 by the Hanban/Language Institute Headquarters, which runs 300 such institutes.',
      ),
    ).toEqual([]);
  });
});
