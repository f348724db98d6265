import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("honor-anaphora: a giver hands the honor named before to the holders after 'to'", () => {
  test("'X awarded the medals to A and B' after the medal was named", () => {
    expect(
      conferralLines(
        "The Tarn Medal of Valor is the province's top honor. Last year the governor awarded the medals to Qiu Lanfeng and Shao Minghe.",
      ),
    ).toEqual(["Qiu Lanfeng <= Tarn Medal of Valor", "Shao Minghe <= Tarn Medal of Valor"]);
  });

  test("'presented the prize to A': the prize named in the sentence before", () => {
    expect(
      conferralLines(
        "Entries for the Reedbank Prize closed in May. On Friday the jury presented the prize to Ruan Qiuyi.",
      ),
    ).toEqual(["Ruan Qiuyi <= Reedbank Prize"]);
  });

  test("a word of another head points back to nothing: 'the award' is no medal", () => {
    expect(
      conferralLines(
        "The Tarn Medal of Valor is the province's top honor. The club presented the award to Ruan Qiuyi.",
      ),
    ).toEqual([]);
  });
});

describe("honor-anaphora: 'won the title' after a lower-case 'home of' title", () => {
  test("'named homes of X', then the places that 'won the title'", () => {
    expect(
      conferralLines(
        "Five Tarn counties were named homes of Chinese kite art by the culture ministry this week. Maple County, Pine County and Cedar County won the title for their kites and lanterns.",
      ),
    ).toEqual([
      "Maple County <= homes of Chinese kite art",
      "Pine County <= homes of Chinese kite art",
      "Cedar County <= homes of Chinese kite art",
    ]);
  });

  test("'a birthplace of X' after 'named' is a title of one holder", () => {
    expect(
      conferralLines("Reed Town was named a birthplace of Chinese paper art by the ministry."),
    ).toEqual(["Reed Town <= birthplace of Chinese paper art"]);
  });
});
