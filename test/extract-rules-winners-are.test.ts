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

  test("'The winner in the X category was A': one winner, in a category of the honor before", () => {
    expect(
      conferralLines(
        "Winners of the Tarn Natural Science Prize were younger this year. The winner in the Physics category was Qu Lanbo, 41.",
      ),
    ).toEqual(["Qu Lanbo <= Tarn Natural Science Prize"]);
  });

  test("'Other winners include A, B and C'", () => {
    expect(
      conferralLines(
        "Reed Fenglin won the 2031 Heron Rivers Award last week. Other winners include Omar Reyes, Ines Nakata and Piotr Salo.",
      ),
    ).toEqual([
      "Reed Fenglin <= Heron Rivers Award",
      "Omar Reyes <= Heron Rivers Award",
      "Ines Nakata <= Heron Rivers Award",
      "Piotr Salo <= Heron Rivers Award",
    ]);
  });

  test("'The recipients also included A, ...; and B': the past tense read whole", () => {
    expect(
      conferralLines(
        "The Tarn Prize was given on Monday. The recipients also included Li Na, an engineer at Pine Labs; and Chen Bo, a nurse.",
      ),
    ).toEqual(["Li Na <= Tarn Prize", "Chen Bo <= Tarn Prize"]);
  });
});
