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

describe("listed-without-honor: 'They are:' after a group shortlisted for a ranking", () => {
  test("a year before 'Top 100' still makes a ranking, and 'shortlisted for' announces it", () => {
    expect(
      conferralLines(
        "Six counties in Tarn were shortlisted for the 2025 Top 100 Clean Air Towns in the country. They are: Maple County, Pine County and Reed County.",
      ),
    ).toEqual([
      "Maple County <= Top 100 Clean Air Towns",
      "Pine County <= Top 100 Clean Air Towns",
      "Reed County <= Top 100 Clean Air Towns",
    ]);
  });

  test("a year before a place's own name does not make it a ranking", () => {
    expect(
      conferralLines(
        "In 2025 Maple County hosted the fair. They are: Pine County and Reed County.",
      ),
    ).toEqual([]);
  });
});

describe("listed-without-honor: a province's counted share of a quoted list", () => {
  const lead =
    'The culture ministry has published a list of "Homes of Chinese Kite Art" for 2024-2026. In all, 120 Chinese counties and towns were listed. ';

  test("'Tarn's 4 candidates are:' names holders of the quoted list, each placed in its city", () => {
    expect(
      conferralLines(
        `${lead}Tarn's 4 candidates are: Maple City in Lakeshire; Pine Town, and Reed Town, in Hillford; and, Birch County in Stonebay.`,
      ),
    ).toEqual([
      "Maple City <= Homes of Chinese Kite Art",
      "Pine Town <= Homes of Chinese Kite Art",
      "Reed Town <= Homes of Chinese Kite Art",
      "Birch County <= Homes of Chinese Kite Art",
    ]);
  });

  test("the counted kinds of holder ('Chinese counties and towns') name no title", () => {
    expect(conferralLines(`${lead}They include Maple City.`)).toEqual([
      "Maple City <= Homes of Chinese Kite Art",
    ]);
  });
});
