import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("honor-in-brackets: a title in brackets right after its holder", () => {
  test("'the Reed Gorge Scenic Area (5A-level National Scenic Area) lies ...'", () => {
    expect(
      conferralLines(
        "The Reed Gorge Scenic Area (5A-level National Scenic Area) lies north of the county. The Hill Museum (National First-class Museum) opened a new hall.",
      ),
    ).toEqual([
      "Reed Gorge Scenic Area <= 5A-level National Scenic Area",
      "Hill Museum <= National First-class Museum",
    ]);
  });

  test("a body's short form or a place in brackets is no title", () => {
    expect(
      conferralLines(
        "The Hill Museum (HM) opened a new hall. The Pine School (Lake County) hosted the fair.",
      ),
    ).toEqual([]);
  });
});

describe("bracketed-qualifier: a title that goes on after its bracket", () => {
  test("'the second National Green County (District) Pilot List' is one title", () => {
    expect(
      conferralLines(
        "Maple county and Pine district in Tarn province were included in the second National Green County (District) Pilot List, a notice said.",
      ),
    ).toEqual([
      "Maple County <= National Green County (District) Pilot List",
      "Pine District <= National Green County (District) Pilot List",
    ]);
  });
});
