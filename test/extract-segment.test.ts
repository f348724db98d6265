import { describe, expect, test } from "vitest";
import { segmentSentences } from "../src/extract/segment.ts";

/** The sentences of `view`, as text with their line breaks made spaces. */
function sentencesOf(view: string): string[] {
  return segmentSentences(view).map((s) => view.slice(s.start, s.end).replace(/\s+/g, " "));
}

describe("lines wrapped inside a sentence", () => {
  test("a line that stops mid-sentence goes on with a next line in lower case", () => {
    const view =
      "Awards\n\nThe board decided to award the title of model unit enabling the growth of Tarn\n and Pine to the Lake Plant and the River Plant.";
    expect(sentencesOf(view)).toEqual([
      "Awards",
      "The board decided to award the title of model unit enabling the growth of Tarn and Pine to the Lake Plant and the River Plant.",
    ]);
  });

  test("a line that ends on 'including' goes on, whatever the next line opens with", () => {
    const view =
      'Awards\n\nAwarding the honorary title of "Advanced Unit of 2009" to 13 units, including\nTarn Power Co., Ltd.';
    expect(sentencesOf(view)).toEqual([
      "Awards",
      'Awarding the honorary title of "Advanced Unit of 2009" to 13 units, including Tarn Power Co., Ltd.',
    ]);
  });

  test("guard: the lines of a list stay lines, and so does a line of fields", () => {
    const view =
      "Winners\n\nPosted: 2020-03-05 09:14:22 source: Tarn Evening Post hotline 0731\nshare to:\nBest Actor went to Li Ming of the Tarn Drama Troupe\nBest Actress went to Wu Fei";
    expect(sentencesOf(view)).toEqual([
      "Winners",
      "Posted: 2020-03-05 09:14:22 source: Tarn Evening Post hotline 0731",
      "share to:",
      "Best Actor went to Li Ming of the Tarn Drama Troupe",
      "Best Actress went to Wu Fei",
    ]);
  });
});

describe("a grade's letter before a full stop", () => {
  test("'Level A. Soil Science was ...': the letter of a grade ends the sentence", () => {
    expect(
      sentencesOf("River Ecology was listed as Level A. Soil Science was listed as Level B."),
    ).toEqual(["River Ecology was listed as Level A.", "Soil Science was listed as Level B."]);
  });

  test("guard: a person's middle initial still does not end one", () => {
    expect(sentencesOf("The prize went to Maria K. Lund of Tarn University.")).toHaveLength(1);
  });
});

describe("a breadcrumb trail over the title", () => {
  /** The sentences segmentation takes for the headline. */
  const headlines = (view: string) =>
    segmentSentences(view)
      .filter((s) => s.headline)
      .map((s) => view.slice(s.start, s.end));

  test("'Home > News', 'Current location: ...', 'Homepage \u00BB ...': the line after it is the headline", () => {
    for (const trail of [
      "Home > News > Content",
      "Current location: Homepage >> News",
      "HOMEPAGE \u00BB TARN NEWS",
    ])
      expect(
        headlines(
          `${trail}\n\nTarn Park Upgraded to a Provincial Forest Park\n\nThe bureau said so.`,
        ),
      ).toEqual(["Tarn Park Upgraded to a Provincial Forest Park"]);
  });

  test("guard: a title that speaks of home is a title", () => {
    expect(headlines("Home of Tea Named in Tarn\n\nThe county was named.")).toEqual([
      "Home of Tea Named in Tarn",
    ]);
  });
});

describe("a person's dotted initials end no sentence", () => {
  test("'by N.K. Ostrova' and 'Prof. J.G. Tan' stay in their sentences", () => {
    expect(
      sentencesOf("Books\n\nThe prize went to a novella by N.K. Ostrova. Prof. J.G. Tan gave it."),
    ).toEqual(["Books", "The prize went to a novella by N.K. Ostrova.", "Prof. J.G. Tan gave it."]);
  });
});
