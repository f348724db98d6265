import { describe, expect, test } from "vitest";
import { headKind, isPinyinName, pinyinSyllables } from "../src/extract/lexicon.ts";

describe("pinyin syllables", () => {
  test.each([
    ["Lanqiao", ["lan", "qiao"]],
    ["Songqiao", ["song", "qiao"]],
    ["Minzu", ["min", "zu"]],
    ["Xiangtan", ["xiang", "tan"]],
    ["Xian", ["xian"]],
  ])("%s splits into the fewest syllables", (word, syllables) => {
    expect(pinyinSyllables(word)).toEqual(syllables);
  });

  test.each(["Science", "Harbin", "Hill", "", "Lan-qiao"])("%s is no pinyin word", (word) => {
    expect(pinyinSyllables(word)).toBeUndefined();
  });

  test("agrees with isPinyinName on words of one to three syllables", () => {
    for (const word of ["Lanqiao", "Weicheng", "Qi", "Tarnvale", "Zhangjiajie"]) {
      const syllables = pinyinSyllables(word);
      expect(isPinyinName(word)).toBe(syllables !== undefined && syllables.length <= 3);
    }
  });
});

describe("head words", () => {
  test.each(["Competition", "Contest", "Festival"])(
    "%s heads an event: it is held and has editions and winners",
    (word) => {
      expect(headKind(word)).toBe("Event");
    },
  );

  test.each(["Carnival", "Campaign", "Plan", "Day"])("%s heads a programme", (word) => {
    expect(headKind(word)).toBe("Program");
  });
});
