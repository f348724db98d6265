import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("honor-then-list: a place has a count of titled holders, then names them", () => {
  test("a count in digits: 'has 14 national-level X, including A and B'", () => {
    expect(
      conferralLines(
        "Tarn Province has 14 national-level forest parks, including Reed Valley Forest Park and Heron Ridge Forest Park.",
      ),
    ).toEqual([
      "Reed Valley Forest Park <= national-level forest parks",
      "Heron Ridge Forest Park <= national-level forest parks",
    ]);
  });

  test("'is already home to three provincial-level X, including A, B and C'", () => {
    expect(
      conferralLines(
        "Before the new list, Hunan is already home to three provincial-level ski resorts, including Pine Peak Resort, Otter Lake Resort and Kestrel Ski Resort.",
      ),
    ).toEqual([
      "Pine Peak Resort <= provincial-level ski resorts",
      "Otter Lake Resort <= provincial-level ski resorts",
      "Kestrel Ski Resort <= provincial-level ski resorts",
    ]);
  });

  test("guard: 'is home to' a count of things that are no title names no holder", () => {
    expect(
      conferralLines(
        "Hunan is home to 75 ski resorts, including Pine Peak Resort and Otter Lake Resort.",
      ),
    ).toEqual([]);
  });
});
