import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("counted-as: counted groups a verb of naming gives each its title", () => {
  const read = (text: string) => conferralLines(text, { kind: true, size: true });

  test("'naming 34 museums as X, 61 museums as Y, and 90 museums as Z': three cohorts", () => {
    expect(
      read(
        'The Tarn Bureau issued a decision, naming 34 museums as "first-grade museums," 61 museums as "second-grade museums," and 90 museums as "third-grade museums."',
      ),
    ).toEqual([
      "Cohort 34 museums <= first-grade museums (34)",
      "Cohort 61 museums <= second-grade museums (61)",
      "Cohort 90 museums <= third-grade museums (90)",
    ]);
  });

  test("without quotes and with 'and' between the last two", () => {
    expect(
      read(
        "The province rated 12 parks as provincial forest parks and 40 parks as county forest parks.",
      ),
    ).toEqual([
      "Cohort 12 parks <= provincial forest parks (12)",
      "Cohort 40 parks <= county forest parks (40)",
    ]);
  });
  test("'will honor 1,200 people as X and 600 as Y': a later group leaves its noun to the first", () => {
    expect(
      read(
        "The Tarn federation will honor 1,200 people as provincial model workers and 600 as exemplary individuals.",
      ),
    ).toEqual([
      "Cohort 1,200 people <= provincial model workers (1200)",
      "Cohort 600 <= exemplary individuals (600)",
    ]);
  });
});
