import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("holder-kind: a title for towns and the places listed for it", () => {
  test("a city or county said to lie in another place is a holder, not where a town lies", () => {
    expect(
      conferralLines(
        "Tarn has three new National Model Towns of Paper Craft: Maple City in Lakeshire; Pine Town in Hillford; and Birch County in Stonebay.",
      ),
    ).toEqual([
      "Maple City <= National Model Towns of Paper Craft",
      "Pine Town <= National Model Towns of Paper Craft",
      "Birch County <= National Model Towns of Paper Craft",
    ]);
  });

  test("a county after a town with no place of its own still says where the town lies", () => {
    expect(
      conferralLines(
        "Pine Town, Hillford County and Reed Town were named National Model Towns of Paper Craft.",
      ),
    ).toEqual([
      "Pine Town <= National Model Towns of Paper Craft",
      "Reed Town <= National Model Towns of Paper Craft",
    ]);
  });
});
