import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("honor-heading: a line that opens with an honor and a colon", () => {
  test("an honor's heading gives its holders the honor", () => {
    expect(
      conferralLines("Provincial Green Schools: Tarnby Middle School, Reedbank Primary School."),
    ).toEqual([
      "Tarnby Middle School <= Provincial Green Schools",
      "Reedbank Primary School <= Provincial Green Schools",
    ]);
  });

  test("a heading that says what the text under it is names no honor", () => {
    expect(
      conferralLines(
        "Tarnby Introduction: Tarnby County, in the north of the province, is known for its tea.",
      ),
    ).toEqual([]);
    expect(
      conferralLines("Reedbank Overview: Reedbank Town lies on the river and has 20 villages."),
    ).toEqual([]);
  });
});
