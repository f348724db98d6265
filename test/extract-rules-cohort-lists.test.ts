import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("cohort lists: a counted group selected, then its members after 'including'", () => {
  test("members each placed 'in' a district are all read, the districts are not", () => {
    expect(
      conferralLines(
        'The ministry named 300 towns on the list of "Pine Model Towns". Officials added that nine towns of Hill City were chosen for the list, including Maple Town and Birch Town in Aspen District, Cedar Town in Larch County, and Rowan Town, Alder Town, and Hazel Town.',
      ),
    ).toEqual([
      "Maple Town <= Pine Model Towns",
      "Birch Town <= Pine Model Towns",
      "Cedar Town <= Pine Model Towns",
      "Rowan Town <= Pine Model Towns",
      "Alder Town <= Pine Model Towns",
      "Hazel Town <= Pine Model Towns",
    ]);
  });

  test("guard: with no place after 'in', the list ends where the names end", () => {
    expect(
      conferralLines(
        'The ministry named 300 towns on the list of "Pine Model Towns". Officials added that nine towns of Hill City were chosen for the list, including Maple Town and Birch Town in recent years.',
      ),
    ).toEqual(["Maple Town <= Pine Model Towns", "Birch Town <= Pine Model Towns"]);
  });
});
