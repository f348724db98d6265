import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("slash-pairs: a pair of people written with a slash holds the honor together", () => {
  const read = (text: string) => conferralLines(text).sort();

  test("'A/B won X again': both partners hold it", () => {
    expect(read("Skaters Shen Mei/Zhao Bo won the Lake Pair award again.")).toEqual([
      "Shen Mei <= Lake Pair award",
      "Zhao Bo <= Lake Pair award",
    ]);
  });

  test("with spaces around the slash", () => {
    expect(read("Divers Wu Min / Shi Ting won the Lake Synchro Cup.")).toEqual([
      "Shi Ting <= Lake Synchro Cup",
      "Wu Min <= Lake Synchro Cup",
    ]);
  });

  test("a photo credit's slash names no partner", () => {
    expect(read("Lin Bo won the Lake Cup. (Photo: Xinhua/Li He)")).toEqual(["Lin Bo <= Lake Cup"]);
  });
});
