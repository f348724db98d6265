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

describe("listed-without-honor: a city's share of an announced list", () => {
  const lead =
    "The Tarn culture department published the list of the first batch of 16 provincial night-time leisure clusters on Friday. ";

  test("'The two selected sites in Maple City are A and B', a cultural district among them", () => {
    expect(
      conferralLines(
        `${lead}The two selected sites in Maple City are the Birch Street Cultural District and the Pine Lake Night Market.`,
      ),
    ).toEqual([
      "Birch Street Cultural District <= provincial night-time leisure clusters",
      "Pine Lake Night Market <= provincial night-time leisure clusters",
    ]);
  });

  test("'Hillford has two selections, namely A and B'", () => {
    expect(
      conferralLines(
        `${lead}Hillford has two selections, namely Cedar Old Street and the Reed River Night Market.`,
      ),
    ).toEqual([
      "Cedar Old Street <= provincial night-time leisure clusters",
      "Reed River Night Market <= provincial night-time leisure clusters",
    ]);
  });
});

describe("listed-without-honor: counted holders named a sentence or two later", () => {
  test("'The towns and villages are A and B' two sentences after the count", () => {
    expect(
      conferralLines(
        'Two city districts and five towns and villages in Tarn were awarded "4A-level scenic areas" this year.\n\nThe city districts are the old centre of Maple City and the river front of Pine City.\n\nThe towns and villages are Reed Town in Cedar County and Birch Village in Stone County.',
      ),
    ).toEqual(["Reed Town <= 4A-level scenic areas", "Birch Village <= 4A-level scenic areas"]);
  });

  test("'The five Tarnish towns picked by the council this year are A, B and C'", () => {
    expect(
      conferralLines(
        "Five towns in Tarn have been named Quiet Harbour Towns by the Coast Council. The five Tarnish towns picked by the council this year are Reed Town in Cedar County, Birch Town in Stone County and Fern Town in Moss County.",
      ),
    ).toEqual([
      "Reed Town <= Quiet Harbour Towns",
      "Birch Town <= Quiet Harbour Towns",
      "Fern Town <= Quiet Harbour Towns",
    ]);
  });

  test("'recognized three sites in Tarn as X', then 'The three sites are A, B and C'", () => {
    expect(
      conferralLines(
        "A UN agency has recognized three sites in Tarn Province as farming heritage systems of world importance, the ministry said. The three sites are Maple Tea Garden, Pine Rice Terraces, and Cedar Hill Pastures.",
      ),
    ).toEqual([
      "Maple Tea Garden <= farming heritage systems of world importance",
      "Pine Rice Terraces <= farming heritage systems of world importance",
      "Cedar Hill Pastures <= farming heritage systems of world importance",
    ]);
  });
});

describe("listed-without-honor: 'listed' holders after the list came out", () => {
  test("'Other listed Tarn-based companies include A, B and C'", () => {
    expect(
      conferralLines(
        "A business weekly published its Tarn Top 200 Firms list on Tuesday. Other listed Hillford-based companies include Pine Trading Co., Ltd., Reed Mining Group and Cedar Port Corporation.",
      ),
    ).toEqual([
      "Pine Trading Co., Ltd. <= Tarn Top 200 Firms list",
      "Reed Mining Group <= Tarn Top 200 Firms list",
      "Cedar Port Corporation <= Tarn Top 200 Firms list",
    ]);
  });

  test("'So far, four villages of the county have been listed: A and B'", () => {
    expect(
      conferralLines(
        "The ministry published the list of Tarn Quiet Village Awards in May. So far, four villages of the county have been listed: Maple Village in Pine District, and Reed Village in Cedar County.",
      ),
    ).toEqual([
      "Maple Village <= Tarn Quiet Village Awards",
      "Reed Village <= Tarn Quiet Village Awards",
    ]);
  });
});
