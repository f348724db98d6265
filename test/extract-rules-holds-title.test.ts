import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("holds-title: an appositive states a title the holder has", () => {
  test("where the holder stands in the photo comes between the name and the appositive", () => {
    expect(
      conferralLines(
        "Qiu Lanfeng (second from left), a national model worker and head of the Maple Village committee, greets visitors.",
      ),
    ).toEqual(["Qiu Lanfeng <= national model worker"]);
  });

  test("any other bracket there is no photo's place, and the appositive is not read through it", () => {
    expect(
      conferralLines(
        "Qiu Lanfeng (born in 1961 in a mountain village of the county), a national model worker, greets visitors.",
      ),
    ).toEqual([]);
  });
});
