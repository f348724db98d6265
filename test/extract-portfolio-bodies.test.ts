// Government bodies named by their portfolio in lower case (src/extract/portfolio-bodies.ts).
// Texts written for these tests; places and names are made up.
import { describe, test } from "vitest";
import { expectCase, type GenreCase } from "./support/extract-cases.ts";

const bodies: GenreCase[] = [
  {
    name: "'the state administration for industry and commerce', all in lower case",
    text: "Pine Brand Recognised\n\nThe state administration for industry and commerce listed the Pine brand as a well-known trademark.",
    expect: { organizations: ["state administration for industry and commerce"] },
  },
  {
    name: "'The Ministry of agriculture and rural areas named ...': the portfolio ends before the verb",
    text: "Tarn County Named a Demonstration County\n\nThe Ministry of agriculture and rural areas named Tarn County a demonstration county last week.",
    expect: {
      organizations: ["Ministry of agriculture and rural areas"],
      notOrganizations: ["Ministry of agriculture and rural areas named"],
    },
  },
  {
    name: "'the Tarn Provincial Federation of trade unions': the place and level before the head belong to it",
    text: "Labor Medals\n\nThe Tarn Provincial Federation of trade unions awarded the May Day Labor Medal to Gu Lan.",
    expect: {
      organizations: ["Tarn Provincial Federation of trade unions"],
      someConferrals: [{ recipient: "Gu Lan", honor: "May Day Labor Medal" }],
    },
  },
  {
    name: "'from the National Bureau of cultural relics': a describing word does not end it",
    text: "Museum Review\n\nThe list came from the National Bureau of cultural relics this week.",
    expect: { organizations: ["National Bureau of cultural relics"] },
  },
  {
    name: "a portfolio that ends on a describing word is no body ('the office of public opinion')",
    text: "Survey News\n\nThe office of public opinion at Tarn University ran a survey of students.",
    expect: { notOrganizations: ["office of public"] },
  },
  {
    name: "a name all in capitals is read as before ('the Ministry of Culture and Tourism')",
    text: "Scenic Area Upgraded\n\nThe Ministry of Culture and Tourism named the Pine Cave Scenic Area a national AAAAA tourist attraction.",
    expect: { organizations: ["Ministry of Culture and Tourism"] },
  },
];

describe("portfolio bodies", () => {
  for (const c of bodies) test(c.name, () => expectCase(c));
});
