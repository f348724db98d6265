import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("slash-pairs: a pair of people written with a slash holds the honor together", () => {
  const read = (text: string) => conferralLines(text).sort();

  test("'A/B became the winner of X': both partners hold it", () => {
    expect(
      read(
        "Ice dancing champions Shen Mei/Zhao Bo became the repeat winner of the Best Pair award.",
      ),
    ).toEqual(["Shen Mei <= Best Pair award", "Zhao Bo <= Best Pair award"]);
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
