import { describe, expect, test } from "vitest";
import { giverSpan } from "../src/extract/givers-in-name.ts";
import { run } from "./support/extract-cases.ts";

/** The giver's words giverSpan finds in an honor's name, or undefined. */
function giverIn(honor: string): string | undefined {
  const span = giverSpan(honor);
  return span && honor.slice(span.start, span.end);
}

describe("the body an honor's name holds", () => {
  test("a body opens the name: 'the 2019 Tarn Foundation Prize in Geology'", () => {
    expect(giverIn("2019 Tarn Foundation Prize in Geology")).toBe("Tarn Foundation");
    expect(giverIn("Pine Chemical Society Lake Award in Catalysis")).toBe("Pine Chemical Society");
  });

  test("a body closes the name: '... of the Ministry of Hill Affairs'", () => {
    expect(giverIn("Young Talent Programme of the Ministry of Hill Affairs")).toBe(
      "Ministry of Hill Affairs",
    );
    expect(giverIn("foreign academician of Tarn academy of engineering")).toBe(
      "Tarn academy of engineering",
    );
  });

  test("guard: a title with no body's head holds none", () => {
    expect(giverIn("Award of Merit")).toBeUndefined();
    expect(giverIn("Medal of the Republic")).toBeUndefined();
    expect(giverIn("National Science Popularization Education Base")).toBeUndefined();
  });
});

describe("a conferral with no giver of its own takes the one its honor names", () => {
  test("the foundation gives its prize, and is a body of the text", () => {
    const facts = run("Pine News\n\nLi Ming won the 2019 Tarn Foundation Prize in Geology.");
    const [conferral] = facts.conferrals;
    const giver = facts.mentions.find((m) => m.id === conferral?.issuers[0]?.mention);
    expect(giver?.name).toBe("Tarn Foundation");
    expect(giver?.kind).toBe("Organization");
  });

  test("guard: a giver the text states is kept", () => {
    const facts = run(
      "Pine News\n\nLi Ming won the 2019 Tarn Foundation Prize in Geology, awarded by the Pine Society.",
    );
    const names = facts.conferrals.flatMap((c) =>
      c.issuers.map((i) => facts.mentions.find((m) => m.id === i.mention)?.name),
    );
    expect(names).not.toContain("Tarn Foundation");
  });
});
