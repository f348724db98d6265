import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("counted-titles: a tally of titled groups", () => {
  const read = (text: string) => conferralLines(text, { kind: true, size: true });

  test("'with 48 first-class libraries, 41 second-class libraries and 89 third-class libraries'", () => {
    expect(
      read(
        "In 2030 the Tarn Bureau held its fifth review, with 48 first-class libraries, 41 second-class libraries and 89 third-class libraries.",
      ),
    ).toEqual([
      "Cohort 48 first-class libraries <= first-class libraries (48)",
      "Cohort 41 second-class libraries <= second-class libraries (41)",
      "Cohort 89 third-class libraries <= third-class libraries (89)",
    ]);
  });

  test("the title runs to the kind that ends each item, not the first kind word in it", () => {
    expect(
      read(
        "Pine District now has 15 provincial enterprise technical centers and 7 provincial-level key labs.",
      ),
    ).toEqual([
      "Cohort 15 provincial enterprise technical centers <= provincial enterprise technical centers (15)",
      "Cohort 7 provincial-level key labs <= provincial-level key labs (7)",
    ]);
  });

  test("guard: one count alone is no tally", () => {
    expect(read("Pine District now has 21 provincial-level civilized campuses.")).toEqual([]);
  });
});
