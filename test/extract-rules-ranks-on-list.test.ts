import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("ranks-on-list: a list named in a lead phrase, then a name that ranks on it", () => {
  const read = (text: string) => conferralLines(text);

  test("'According to a newly published list of X, A in B province ranks 7th'", () => {
    expect(
      read(
        "According to a newly published list of the 50 greenest counties, Zhanjiang in Guangdong province ranks 7th, the best in its region.",
      ),
    ).toEqual(["Zhanjiang <= 50 greenest counties"]);
  });

  test("'In the latest ranking of X, A placed third'", () => {
    expect(
      read("In the latest ranking of China's best hospitals, Lake Hospital placed third."),
    ).toEqual(["Lake Hospital <= China's best hospitals"]);
  });

  test("a name that does not rank is not on the list", () => {
    expect(
      read("According to the list of the top 100 cities, Lake Hospital opened a new wing."),
    ).toEqual([]);
  });
});
