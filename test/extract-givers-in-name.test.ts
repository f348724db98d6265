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

describe("a conferral told at an event takes the body that runs it", () => {
  /** The names of the givers of each conferral of `text`, marked when implied. */
  function giversOf(text: string): string[][] {
    const facts = run(text);
    const byId = new Map(facts.mentions.map((m) => [m.id, m]));
    return facts.conferrals.map((c) =>
      c.issuers.map((i) => `${byId.get(i.mention)?.name}${i.implied ? " (implied)" : ""}`),
    );
  }

  test("'at the Tarn Rowing Federation Gala': the federation opens the event's name", () => {
    expect(
      giversOf(
        "Rowing News\n\nKai Moss received the Best Rower award at the Tarn Rowing Federation Gala in Lakeside.",
      ),
    ).toEqual([["Tarn Rowing Federation (implied)"]]);
  });

  test("'at the TRF Gala Dinner': an acronym the text names as a body", () => {
    expect(
      giversOf(
        "Rowing News\n\nKai Moss received the Best Rower award at the TRF Gala Dinner in Lakeside.\nThe TRF, the Tarn Rowing Federation, has 40 clubs.",
      ),
    ).toEqual([["Tarn Rowing Federation (implied)"]]);
  });

  test("'at the TRF's annual Players' Gala': the body that owns the event", () => {
    expect(
      giversOf(
        "Rowing News\n\nKai Moss received the Best Rower award at the TRF's annual Players' Gala.\nThe TRF, the Tarn Rowing Federation, has 40 clubs.",
      ),
    ).toEqual([["Tarn Rowing Federation (implied)"]]);
  });

  test("guard: an acronym no body of the text has gives nothing", () => {
    expect(
      giversOf("Rowing News\n\nKai Moss received the Best Rower award at the TRF Gala Dinner."),
    ).toEqual([[]]);
  });
});
