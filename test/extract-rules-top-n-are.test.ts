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
