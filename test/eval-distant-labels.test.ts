import { describe, expect, test } from "vitest";
import { distantLabels } from "../src/eval/distant-labels.ts";

const pairs = (tokens: string[], labels: string[]) =>
  tokens.map((t, i) => `${t}/${labels[i]}`).join(" ");

describe("distant labels from the gold", () => {
  test("holder and honor spans get B- and I- labels, every other token O", () => {
    const text = "Honors\n\nMorrow Middle School was named a National Green School in May.";
    const labels = distantLabels(text, {
      awards: [{ recipient: "Morrow Middle School", honor: "National Green School" }],
    });
    const body = labels.sentences.find((s) => s.tokens.includes("Morrow"));
    expect(body && pairs(body.tokens, body.labels)).toBe(
      "Morrow/B-HOLDER Middle/I-HOLDER School/I-HOLDER was/O named/O a/O National/B-HONOR Green/I-HONOR School/I-HONOR in/O May/O ./O",
    );
    expect(labels).toMatchObject({ surfaces: 2, found: 2 });
  });

  test("surfaces match whatever their case and spacing; aliases count as surfaces", () => {
    const text = "Parks\n\nQuill  Park became a national  wetland park.";
    const labels = distantLabels(text, {
      awards: [
        {
          recipient: "Quill Park",
          honor: "National Wetland Park",
          honorAliases: ["national wetland park", "Wetland Park of the Nation"],
        },
      ],
    });
    const body = labels.sentences.find((s) => s.tokens.includes("Quill"));
    expect(body?.labels).toEqual([
      "B-HOLDER",
      "I-HOLDER",
      "O",
      "O",
      "B-HONOR",
      "I-HONOR",
      "I-HONOR",
      "O",
    ]);
    // Three distinct surfaces (the first alias differs from the honor only in case); one is not written.
    expect(labels).toMatchObject({ surfaces: 3, found: 2 });
  });

  test("a longer span wins over a shorter one it overlaps; a word inside another word is no match", () => {
    const text = "Labs\n\nThe Tarn Key Laboratory of Soil was approved; Tarnvale was not.";
    const labels = distantLabels(text, {
      awards: [
        { recipient: "Tarn Key Laboratory of Soil", honor: "Key Laboratory" },
        { recipient: "Tarn", honor: "Key Laboratory" },
      ],
    });
    const body = labels.sentences.find((s) => s.tokens.includes("Soil"));
    expect(body?.labels.slice(0, 7)).toEqual([
      "O",
      "B-HOLDER",
      "I-HOLDER",
      "I-HOLDER",
      "I-HOLDER",
      "I-HOLDER",
      "O",
    ]);
    expect(body?.labels[body.tokens.indexOf("Tarnvale")]).toBe("O");
  });

  test("a gold with no awards labels every token O and finds nothing", () => {
    const labels = distantLabels("News\n\nThe museum opened a new hall.", {});
    expect(labels.surfaces).toBe(0);
    expect(labels.sentences.flatMap((s) => s.labels).every((l) => l === "O")).toBe(true);
  });
});
