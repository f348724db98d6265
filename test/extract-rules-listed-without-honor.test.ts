import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("listed-without-honor: winners named as a class, then by name", () => {
  test("'Among the 40 winners are firms such as A and B': the names after 'such as'", () => {
    expect(
      conferralLines(
        "The county gave out the Tarn Quality Award on Monday. Among the 40 winners are farm cooperatives such as Reedbank Tea Co., Ltd. and Hillside Orchard Group.",
      ),
    ).toEqual([
      "Reedbank Tea Co., Ltd. <= Tarn Quality Award",
      "Hillside Orchard Group <= Tarn Quality Award",
    ]);
  });

  test("a longer lead before 'are' ('Among the 40 winners and teams praised this year are ...')", () => {
    expect(
      conferralLines(
        "The county gave out the Tarn Quality Award on Monday. Among the 40 winners and teams praised this year are food makers including Reedbank Tea Co., Ltd.",
      ),
    ).toEqual(["Reedbank Tea Co., Ltd. <= Tarn Quality Award"]);
  });

  test("a class with no winners word before it names no holders", () => {
    expect(
      conferralLines(
        "The county gave out the Tarn Quality Award on Monday. Among the visitors are food makers such as Reedbank Tea Co., Ltd.",
      ),
    ).toEqual([]);
  });
});
