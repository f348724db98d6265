import { describe, expect, test } from "vitest";
import { run } from "./support/extract-cases.ts";

/** Each description read as a mention, as "surface=name". */
const descriptions = (text: string) =>
  run(text)
    .mentions.filter((m) => /^(?:the|this)\s/i.test(m.surface) && m.antecedent)
    .map((m) => `${m.surface}=${m.name}`);

describe("a kind word alone refers back to the last thing named with that head", () => {
  test("a body's head word, the word before its 'of', a firm's legal form", () => {
    expect(
      descriptions(
        "Travelers rated the Bank of Tarn Lake highly. Staff at the bank were proud. Pine Valve Co., Ltd. was founded in 1990; the company's plant stands by the river.",
      ),
    ).toEqual(["the bank=Bank of Tarn Lake", "the company=Pine Valve Co., Ltd."]);
  });

  test("a province the gazetteer knows, an event, a work", () => {
    expect(
      descriptions(
        'Gansu hosted the Lake Film Festival in May. This event drew crowds, and the province paid for it. The novel "Red Kite" won; the book sold well.',
      ),
    ).toEqual(["This event=Lake Film Festival", "the province=Gansu", "the book=Red Kite"]);
  });

  test("guard: 'the province of X', a kind word that goes on ('the university system'), none named", () => {
    expect(
      descriptions(
        "Tarn University of Science grew fast. The university system of the province of Hubei grew too. The museum opened.",
      ),
    ).toEqual([]);
  });
});
