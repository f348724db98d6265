import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("prize tally: a level before a counted prize is part of its name", () => {
  test("'won 3 national first prizes and 5 national second prizes'", () => {
    expect(
      conferralLines("Pine University won 3 national first prizes and 5 national second prizes."),
    ).toEqual([
      "Pine University <= national first prizes",
      "Pine University <= national second prizes",
    ]);
  });

  test("'4 provincial gold awards, and 11 city-level gold awards'", () => {
    expect(
      conferralLines(
        '"Pine Grapes" have won 4 provincial gold awards, and 11 city-level gold awards.',
      ),
    ).toEqual(["Pine Grapes <= provincial gold awards", "Pine Grapes <= city-level gold awards"]);
  });

  test("guard: with no level the prize keeps its rank alone", () => {
    expect(
      conferralLines("Pine University won two gold medals and three silver medals at the fair."),
    ).toEqual(["Pine University <= gold medals", "Pine University <= silver medals"]);
  });
});
