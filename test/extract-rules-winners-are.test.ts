import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("winners-are: the winners listed after the honor was named", () => {
  test("'The winner list includes A, a ...; B, ...; and C' after the sentence naming the award", () => {
    expect(
      conferralLines(
        "The second Fernbay Friendship Award honored overseas engineers for their work in the port. The winner list includes Hans Albrecht Vogel, a battery expert from Lotus Motors; Pavel Orlov, chairman of Birch Biotech; and Mika Sato, a professor at Fernbay University.",
      ),
    ).toEqual([
      "Hans Albrecht Vogel <= Fernbay Friendship Award",
      "Pavel Orlov <= Fernbay Friendship Award",
      "Mika Sato <= Fernbay Friendship Award",
    ]);
  });

  test("'The winners are A, B and C': the honor conferred before", () => {
    expect(
      conferralLines(
        "Three teachers were awarded the Pine Ridge Teaching Medal on Monday. Parents gathered in the school hall to cheer. The winners are Wang Lifen, Chen Bowen and Lu Fangyi.",
      ),
    ).toContain("Chen Bowen <= Pine Ridge Teaching Medal");
  });

  test("no honor named before: nothing", () => {
    expect(conferralLines("The winners are Wang Lifen, Chen Bowen and Lu Fangyi.")).toEqual([]);
  });

  test("'The winners were selected by A': A chose and won nothing", () => {
    expect(
      conferralLines(
        "The Reedbank Airport Prize is given each spring. The winners were selected by Maple Travel Council after a survey of travellers.",
      ),
    ).toEqual([]);
  });
});
