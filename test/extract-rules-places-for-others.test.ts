import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("places-for-others: a title for firms, people or things is no place's", () => {
  test("a city read as the holder of a craft item's title holds nothing", () => {
    expect(
      conferralLines("Changzhou was named a state-level intangible cultural heritage item."),
    ).toEqual([]);
  });

  test("guard: a city still holds a city's title", () => {
    expect(
      conferralLines("Hangzhou was named a National Civilized City by the commission."),
    ).toEqual(["Hangzhou <= National Civilized City"]);
  });
});
