import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

const ANNOUNCED = "The Tarn Academy unveiled its top 10 field advances of 2031 on Monday.";

describe("top-list-prose: a best-of list told in running text", () => {
  const read = (text: string) => conferralLines(`${ANNOUNCED} ${text}`, { kind: true, size: true });

  test("'A, B, and C topped the list': each item holds the list announced before, with its size", () => {
    expect(
      read(
        "A survey of river dolphins, the Pine probe's samples of comet dust, and a new cotton strain topped the list.",
      ),
    ).toEqual([
      "Work A survey of river dolphins <= top 10 field advances of 2031 (10)",
      "Work Pine probe's samples of comet dust <= top 10 field advances of 2031 (10)",
      "Work a new cotton strain <= top 10 field advances of 2031 (10)",
    ]);
  });

  test("without a comma before the last item, its first 'and' ends the item before it", () => {
    expect(
      read(
        "Other advances include tidal maps of the bay, drought-proof rice and a model of salt and sand in rivers.",
      ),
    ).toEqual([
      "Work tidal maps of the bay <= top 10 field advances of 2031 (10)",
      "Work drought-proof rice <= top 10 field advances of 2031 (10)",
      "Work a model of salt and sand in rivers <= top 10 field advances of 2031 (10)",
    ]);
  });

  test("'as well as' joins the last item, which may hold 'and'; 'are also listed' adds more", () => {
    expect(
      read(
        "Other advances include glass for hot engines, as well as markers and targets of ageing.",
      ),
    ).toEqual([
      "Work glass for hot engines <= top 10 field advances of 2031 (10)",
      "Work markers and targets of ageing <= top 10 field advances of 2031 (10)",
    ]);
    expect(read("Maps of deep reefs and a clock of cold atoms are also listed.")).toEqual([
      "Work Maps of deep reefs <= top 10 field advances of 2031 (10)",
      "Work a clock of cold atoms <= top 10 field advances of 2031 (10)",
    ]);
  });

  test("guards: no list announced before, or a phrase of circumstance, reads nothing", () => {
    expect(
      conferralLines("A survey of river dolphins and a new cotton strain topped the list."),
    ).toEqual([]);
    expect(read("With sales of 30 billion yuan, the firm topped the list again.")).toEqual([]);
  });
});
