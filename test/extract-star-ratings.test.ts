// Ratings in stars (src/extract/star-ratings.ts) and the venues that hold them
// (src/extract/rules/star-ratings.ts), in texts of our own about an invented guide's picks.
import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { findStarRatings } from "../src/extract/star-ratings.ts";
import { tokenize } from "../src/extract/tokens.ts";
import { announcementOf, namesOfKind } from "./support/extract-cases.ts";

/** A food page that names a guide that rates in stars, then `body`. */
const guidePage = (body: string) =>
  `Food News\n\nThe Michelin Guide named its picks for Tarn.\n\n${body}`;

function pairs(text: string): string[] {
  const x = extractFacts(announcementOf(text));
  const name = (id: string) => x.mentions.find((m) => m.id === id)?.name;
  return x.conferrals.map((c) => `${name(c.recipient)} <= ${name(c.honor)} [${c.status}]`);
}

function ratings(sentence: string, guideNamed: boolean): string[] {
  const tokens = tokenize(sentence, 0, sentence.length);
  return findStarRatings(
    tokens,
    tokens.map(() => false),
    guideNamed,
  ).map((span) =>
    tokens
      .slice(span.first, span.last)
      .map((t) => t.text)
      .join(" "),
  );
}

describe("star ratings as honors", () => {
  test("a count and the guide's stars, or a hyphenated rating with its noun", () => {
    expect(ratings("It won three Michelin stars and a one-star rating.", true)).toEqual([
      "three Michelin stars",
      "one-star rating",
    ]);
    // The guide's name in the phrase is enough; a bare rating needs the guide named in the text.
    expect(ratings("It won three Michelin stars and a one-star rating.", false)).toEqual([
      "three Michelin stars",
    ]);
  });

  test("a bare 'two stars' is a rating only where the text names a guide that rates in stars", () => {
    expect(ratings("The hall kept its two stars.", true)).toEqual(["two stars"]);
    expect(ratings("The hall kept its two stars.", false)).toEqual([]);
  });

  test("guard: 'two stars of the show' are people", () => {
    expect(ratings("Two stars of the show came.", true)).toEqual([]);
  });
});

describe("venues that hold a guide's stars", () => {
  test("'Venues given one star include A, B (branch) and C'", () => {
    const text = guidePage(
      "Venues given one star this time include Fu Lan Mansion, Wisca (Haizhu), and Moss Table.",
    );
    expect(pairs(text)).toEqual([
      "Fu Lan Mansion <= one star [conferred]",
      "Wisca (Haizhu) <= one star [conferred]",
      "Moss Table <= one star [conferred]",
    ]);
  });

  test("a venue with no head word opening the sentence: 'Umbrella has climbed to three stars'", () => {
    expect(pairs(guidePage("Umbrella has climbed to three stars this year."))).toEqual([
      "Umbrella <= three stars [conferred]",
    ]);
  });

  test("'They are A, B and C' after a sentence that names one rating", () => {
    const text = guidePage(
      "Every venue that held two stars a year ago stays at that level. They are Canton 9, Yi Court and Golden Pine.",
    );
    expect(pairs(text)).toEqual([
      "Canton 9 <= two stars [conferred]",
      "Yi Court <= two stars [conferred]",
      "Golden Pine <= two stars [conferred]",
    ]);
  });

  test("a list after a colon: names read as people's are venues in it", () => {
    const text = guidePage(
      "Four restaurants earned their first Michelin star: Yu Lan; Ming Hall; Bao Xuan (Huangpu); and Moss Table.",
    );
    expect(pairs(text).map((p) => p.split(" <= ")[0])).toEqual([
      "Yu Lan",
      "Ming Hall",
      "Bao Xuan",
      "Moss Table",
    ]);
  });

  test("'lost its star': the rating is taken away", () => {
    expect(pairs(guidePage("Jade Hall, a Cantonese eatery, lost its one star this year."))).toEqual(
      ["Jade Hall <= one star [revoked]"],
    );
  });

  test("guard: the hotel a restaurant is in holds nothing", () => {
    const text = guidePage(
      "The Pine Court restaurant of the Lakeside Hotel was awarded three stars.",
    );
    expect(pairs(text).filter((p) => p.startsWith("Lakeside"))).toEqual([]);
  });

  test("venues beside their kind: 'the restaurants A and B kept ...', 'C restaurant gained ...'", () => {
    const text = guidePage(
      "At the top, the restaurants Pine au Lac and The Nine, both in the Grand Tarn Hotel, kept their three Michelin stars. Meanwhile, Jade Phoenix restaurant at City of Pines gained a third star.",
    );
    expect(pairs(text).map((p) => p.split(" [")[0])).toEqual([
      "Pine au Lac <= three Michelin stars",
      "Nine <= three Michelin stars",
      "Jade Phoenix <= third star",
    ]);
  });

  test("guard: a cuisine or a count beside the kind names no venue: 'Two Western restaurants', 'Cantonese restaurant'", () => {
    const text = guidePage(
      "Two Western restaurants received one star: Cantonese restaurant fans were pleased, and Moss Table by French chefs too.",
    );
    expect(pairs(text).filter((p) => /Western|Cantonese|French/.test(p))).toEqual([]);
  });

  test("guard: 'the restaurant guide Michelin' is a guide, not a venue", () => {
    const text = guidePage(
      "Well-known restaurant guide Michelin has named its first three star restaurant here, Lake Court.",
    );
    expect(pairs(text).filter((p) => p.startsWith("Well"))).toEqual([]);
  });

  test("guard: without a guide that rates in stars, nothing of this is read", () => {
    const text = "Sports News\n\nUmbrella has climbed to three stars this year.";
    expect(pairs(text)).toEqual([]);
  });
});

describe("a body's head after a rating in stars", () => {
  test("'the Four-Star Enterprise list' names a rating, not a firm", () => {
    const text = "The Four-Star Enterprise list came out in May. Pine Steel Group is on it.";
    expect(namesOfKind(text, "Organization")).toEqual(["Pine Steel Group"]);
    expect(namesOfKind(text, "Honor")).toEqual(["Four-Star Enterprise"]);
  });

  test("'Two-Diamond Restaurants' names a guide's rating in diamonds", () => {
    const text = "The guide lists Two-Diamond Restaurants for family dinners.";
    expect(namesOfKind(text, "Organization")).toEqual([]);
    expect(namesOfKind(text, "Honor")).toEqual(["Two-Diamond Restaurants"]);
  });

  test("guard: 'the Five-Star Hotel Association' is a body", () => {
    const text = "The Five-Star Hotel Association met in May.";
    expect(namesOfKind(text, "Organization")).toEqual(["Five-Star Hotel Association"]);
  });
});
