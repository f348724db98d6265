import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("top-n-are: a best-of list as the subject, the names after the verb on it", () => {
  const read = (text: string) => conferralLines(text, { size: true });

  test("'The top eight cities on the list were A and B of X province, C, as well as D'", () => {
    expect(
      read(
        "The top eight cities on the list were Kunming and Dali of Yunnan province, Xiamen, as well as Harbin and Jilin.",
      ),
    ).toEqual([
      "Kunming <= top eight cities on the list (8)",
      "Dali <= top eight cities on the list (8)",
      "Xiamen <= top eight cities on the list (8)",
      "Harbin <= top eight cities on the list (8)",
      "Jilin <= top eight cities on the list (8)",
    ]);
  });

  test("'The top three companies are A, B and C': a count in words", () => {
    expect(
      read("The top three companies are Hill Steel Group, Lake Power Company and Pine Bank."),
    ).toEqual([
      "Hill Steel Group <= top three companies (3)",
      "Lake Power Company <= top three companies (3)",
      "Pine Bank <= top three companies (3)",
    ]);
  });

  test("more names than the list holds, or a list that is no subject, gives nothing", () => {
    expect(
      read("The top two companies are Hill Steel Group, Lake Power Company and Pine Bank."),
    ).toEqual([]);
    expect(read("Analysts said the top 10 firms were doing well.")).toEqual([]);
  });
});

describe("top-n-are: 'The top 3 are A, B and C' under a ranking named before", () => {
  test("the ranking's name keeps the field a body's head word opens ('Pharmaceutical')", () => {
    expect(
      conferralLines(
        "The association issued the Tarn Pharmaceutical Sector Top 100 Firms of 2018. The top 3 are Pine Group Co., Ltd, Lake Medicine Co., Ltd, and Hill Drugs Group Co., Ltd.",
      ),
    ).toEqual([
      "Pine Group Co., Ltd <= Tarn Pharmaceutical Sector Top 100 Firms",
      "Lake Medicine Co., Ltd <= Tarn Pharmaceutical Sector Top 100 Firms",
      "Hill Drugs Group Co., Ltd. <= Tarn Pharmaceutical Sector Top 100 Firms",
    ]);
  });

  test("after a prize that ranks no one, 'the top 3' names no holder", () => {
    expect(
      conferralLines(
        "The Lake Prize went to five firms this year. The top 3 are Pine Group, Lake Medicine and Hill Drugs.",
      ),
    ).toEqual([]);
  });
});
