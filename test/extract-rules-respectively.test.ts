import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("respectively: one combined honor split among its holders in order", () => {
  test("a part with an 'and' of its own splits where both sides end in one head word", () => {
    expect(
      conferralLines(
        "Teacher Qiu Lanfeng and Teacher Shao Minghe won the first prize of science group and Arts and Crafts special Group respectively.",
      ),
    ).toEqual([
      "Qiu Lanfeng <= first prize of science group",
      "Shao Minghe <= first prize of Arts and Crafts special Group",
    ]);
  });

  test("no parallel head, no split: the combined honor stays as read", () => {
    expect(
      conferralLines(
        "Teacher Qiu Lanfeng and Teacher Shao Minghe won the first prize of science group and Arts and Crafts special section respectively.",
      ),
    ).toHaveLength(2);
  });
});

describe("respectively: a one-word part shares the last part's words", () => {
  test("'named the Female and Male Rowers of the Year respectively at the gala'", () => {
    expect(
      conferralLines(
        "Ana Ruiz and Mei Tanaka were named the Female and Male Rowers of the Year respectively at the Lake Rowing Gala.",
      ),
    ).toEqual(["Ana Ruiz <= Female Rowers of the Year", "Mei Tanaka <= Male Rowers of the Year"]);
  });
});
