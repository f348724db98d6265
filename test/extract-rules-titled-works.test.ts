import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

const read = (text: string) => conferralLines(text, { kind: true });

describe("titled-works: a capitalised title as the subject of a verb of winning", () => {
  test("a title that holds a place's name, after an opening adverb", () => {
    expect(
      read("Meanwhile, Saga of Tarn: Ashes of Winter won Pine Console Game of the Year."),
    ).toEqual(["Work Saga of Tarn: Ashes of Winter <= Pine Console Game of the Year"]);
  });

  test("a work the name grammar read, after what it is, with 'received'", () => {
    expect(
      read("The Welsh film There's Rain Tomorrow received Best Foreign Language Film."),
    ).toEqual(["Work There's Rain Tomorrow <= Best Foreign Language Film"]);
  });

  test("guard: a category is where a work won, not what it won", () => {
    expect(read("Green Hedges of Kenya won the international category.")).toEqual([]);
  });

  test("guard: a bare number counts holders; it names none", () => {
    expect(read("Of the Tarn Medal holders, 42 have won the medal twice.")).toEqual([]);
  });

  test("guard: a pronoun opens no title, nor does one capitalised word", () => {
    expect(read("Their Second Album won Best Score.")).toEqual([]);
    expect(read("Lanterns won the Best Score.")).toEqual([]);
  });

  test("guard: a dash inside a long title opens no clause", () => {
    expect(
      read("Zhang Jun led the achievement Building Labs—Exploring Skills won the second prize."),
    ).toEqual([]);
  });
});

describe("a title before a win opens a second clause (names)", () => {
  test("after 'while'", () => {
    expect(
      read("Harbour of Reeds won Best Feature Film, while Kite Summer 3 won Best Children's Film."),
    ).toEqual([
      "Work Harbour of Reeds <= Best Feature Film",
      "Work Kite Summer 3 <= Best Children's Film",
    ]);
  });

  test("after a comma, where a clause of winning came before", () => {
    expect(read("Kite Summer won the Pine Prize, Oak Lantern won Best Score.")).toEqual([
      "Work Kite Summer <= Pine Prize",
      "Work Oak Lantern <= Best Score",
    ]);
  });
});

describe("'the award for Best X' (honor objects)", () => {
  test("each category after 'for' is an honor", () => {
    expect(
      read("The Lark Hymn took home the award for Best Score and Best Art Direction."),
    ).toEqual(["Work Lark Hymn <= Best Score", "Work Lark Hymn <= Best Art Direction"]);
  });
});
