import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("pronoun-subject: 'she was the winner of X' after the person was named", () => {
  test("'was the joint winner of' and 'is a recipient of' say the person holds the prize", () => {
    expect(
      conferralLines(
        "Qiu Lanfeng is a soil chemist at Maple University. She was the joint winner of the 2021 Tarn River Prize. Shao Minghe teaches there too. He is a recipient of the Hill Medal.",
      ),
    ).toEqual(["Qiu Lanfeng <= Tarn River Prize", "Shao Minghe <= Hill Medal"]);
  });

  test("'was the judge of' names no holder", () => {
    expect(
      conferralLines(
        "Qiu Lanfeng is a soil chemist at Maple University. She was the chief judge of the 2021 Tarn River Prize.",
      ),
    ).toEqual([]);
  });
});

describe("pronoun-subject: a year opens the sentence before the pronoun, no comma between", () => {
  test("'In 2019 he was named X' and 'In May 2020, she won Y'", () => {
    expect(
      conferralLines(
        "Fan Lu coaches rowing at Heron Bay. In 2019 he was named a Tarn Model Coach. In May 2020, she won the Reed Rowing Prize for her crew.",
      ),
    ).toEqual(["Fan Lu <= Tarn Model Coach", "Fan Lu <= Reed Rowing Prize"]);
  });
});
