import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { announcementOf, namesOfKind } from "./support/extract-cases.ts";

/** The organizations read from `text`, by name. */
function organizationsIn(text: string): string[] {
  return namesOfKind(text, "Organization");
}

describe("firms named by a coined word and their trade", () => {
  test("guard: 'Zhengya Machinery won ...': a coined word then a trade is a firm", () => {
    expect(organizationsIn("News\n\nZhengya Machinery won the Tarn Award.")).toContain(
      "Zhengya Machinery",
    );
  });

  test("'Qingdao Zhengya Machinery has acquired ...': the firm's city opens its name", () => {
    const text = "News\n\nQingdao Zhengya Machinery has acquired the Tarn Award.";
    const facts = extractFacts(announcementOf(text));
    const names = new Map(facts.mentions.map((m) => [m.id, m.name]));
    expect(facts.conferrals.map((c) => names.get(c.recipient))).toEqual([
      "Qingdao Zhengya Machinery",
    ]);
  });

  test("guard: 'Wuhan Kunpeng Textile Park': a longer name goes on, no firm ends before 'Park'", () => {
    expect(
      organizationsIn("News\n\nLi Ming visited Wuhan Kunpeng Textile Park on Monday."),
    ).not.toContain("Wuhan Kunpeng Textile");
  });
});
