import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { announcementOf } from "./support/extract-cases.ts";

/** The honor short forms read from `text`: [surface, name of the honor pointed back to]. */
function shortForms(text: string): Array<[string, string]> {
  const { mentions } = extractFacts(announcementOf(text));
  const byId = new Map(mentions.map((m) => [m.id, m]));
  return mentions
    .filter((m) => m.kind === "Honor" && m.antecedent !== undefined)
    .map((m) => [m.surface, byId.get(m.antecedent as string)?.name ?? "?"]);
}

describe("honors named by their kind alone", () => {
  test("'The award', 'this prize' and 'the honour' point back to the named honor", () => {
    const text =
      "News\n\nDr Ren Mei won the Tarn Valley Prize for Ecology.\nThe award was set up in 1998 by the Tarn Society.\nThis prize is given every two years, and Ren accepted the honour at a dinner.";
    expect(shortForms(text)).toEqual([
      ["award", "Tarn Valley Prize for Ecology"],
      ["This prize", "Tarn Valley Prize for Ecology"],
      ["honour", "Tarn Valley Prize for Ecology"],
    ]);
  });

  test("a kind points back to the last honor of that kind, not to another kind", () => {
    const text =
      "News\n\nThe Hill School won the Reedbank Teaching Award and the Pine Medal.\nThe medal was cast in silver.\nThe award is the county's highest.";
    expect(shortForms(text)).toEqual([
      ["medal", "Pine Medal"],
      ["award", "Pine Medal"],
    ]);
  });

  test("no short form in a compound, and none before any honor is named", () => {
    const text =
      "News\n\nThe award ceremony opened at noon.\nThe prize was a surprise.\nLi Dan won the Lake Star Award, and the award money went to her lab.";
    expect(shortForms(text)).toEqual([]);
  });
});
