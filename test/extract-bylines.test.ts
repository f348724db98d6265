// People a page names in its byline (src/extract/bylines.ts), and the fields of a page stamp that
// are no one. Texts written for these tests; names are made up.
import { describe, test } from "vitest";
import { expectCase, type GenreCase } from "./support/extract-cases.ts";

const bylines: GenreCase[] = [
  {
    name: "'Editor: Gu Lan' under a story: a person",
    text: "Lake Museum Named a Science Base\n\nThe Lake Museum was named a Provincial Science Base.\n\nEditor: Gu Lan",
    expect: { people: [{ name: "Gu Lan" }] },
  },
  {
    name: "'Author:Wu Ke Views: 12': the name ends where the next field begins",
    text: "Lake Museum Named a Science Base\n\nAuthor:Wu Ke Views: 12\n\nThe Lake Museum was named a Provincial Science Base.",
    expect: { people: [{ name: "Wu Ke" }], notPeople: ["Wu Ke Views", "Views"] },
  },
  {
    name: "'Translated by Becky': a one-word name after 'by'",
    text: "Lake Museum Named a Science Base\n\nThe Lake Museum was named a Provincial Science Base.\n\nTranslated by Becky",
    expect: { people: [{ name: "Becky" }] },
  },
  {
    name: "'Editor: tanmei': an editor's handle in lower case",
    text: "Lake Museum Named a Science Base\n\nThe Lake Museum was named a Provincial Science Base.\n\nEditor: tanmei",
    expect: { people: [{ name: "tanmei" }] },
  },
  {
    name: "a name in Chinese characters after the Chinese label for editor",
    text: "Lake Museum Named a Science Base\n\nThe Lake Museum was named a Provincial Science Base.\n\n\u7F16\u8F91:\u738B\u5B81 2031-06-01",
    expect: { people: [{ name: "\u738B\u5B81" }] },
  },
  {
    name: "an empty Chinese field followed by the next label is no one",
    text: "Lake Museum Named a Science Base\n\n\u4F5C\u8005: \u7F16\u8F91: \u65E5\u671F:2031-06-01\n\nThe Lake Museum was named a Provincial Science Base.",
    expect: { notPeople: ["\u7F16\u8F91", "\u65E5\u671F"] },
  },
  {
    name: "'Author: Tarn Evening News' is a paper, not a person",
    text: "Lake Museum Named a Science Base\n\nAuthor: Tarn Evening News\n\nThe Lake Museum was named a Provincial Science Base.",
    expect: { notPeople: ["Tarn Evening News", "Tarn Evening"] },
  },
  {
    name: "'written by a retired teacher' names no one",
    text: "A Letter\n\nThe letter was written by a retired teacher who lives near the Lake Museum.",
    expect: { notPeople: ["a retired teacher", "retired teacher"] },
  },
  {
    name: "an e-mail address after 'Author :' is no name, nor a glued label ('ArticleSource:')",
    text: "Lake Museum Named a Science Base\n\nAuthor : lanmei77@mail.example    ArticleSource: Lake Daily\n\nThe Lake Museum was named a Provincial Science Base.",
    expect: { notPeople: ["lanmei", "Article Source", "ArticleSource"] },
  },
  {
    name: "a firm that signs its own release and is named again in it is no person",
    text: "Zorvex Wins a Quality Award\n\nAuthor: Zorvex\n\nZorvex won the Tarn City Quality Award. Zorvex makes valves.",
    expect: { notPeople: ["Zorvex"] },
  },
  {
    name: "'Author:Pan Yue, Shen Bo Time:' names two people; the label after the second is neither",
    text: "Lake Museum Named a Science Base\n\nAuthor:Pan Yue, Shen Bo Time:Mar 3, 2031 Views: 40\n\nThe Lake Museum was named a Provincial Science Base.",
    expect: {
      people: [{ name: "Pan Yue" }, { name: "Shen Bo" }],
      notPeople: ["Shen Bo Time", "Bo Time"],
    },
  },
  {
    name: "'Edited by Gu Lan and Marisol': the second name of the list too",
    text: "Lake Museum Named a Science Base\n\nThe Lake Museum was named a Provincial Science Base.\n\nEdited by Gu Lan and Marisol",
    expect: { people: [{ name: "Gu Lan" }, { name: "Marisol" }] },
  },
  {
    name: "'By Ottilie Source:' on a line of its own: a byline",
    text: "Lake Museum Named a Science Base\n\nBy Ottilie Source:Tarn Evening News 2031-03-03\n\nThe Lake Museum was named a Provincial Science Base.",
    expect: { people: [{ name: "Ottilie" }] },
  },
  {
    name: "'By Tue, 4 Mar' and 'By the end of the year' name no one",
    text: "Lake Museum Named a Science Base\n\nBy Tue, 4 Mar 2031\n\nBy the end of the year the Lake Museum was named a Provincial Science Base.",
    expect: { notPeople: ["Tue", "the end"] },
  },
  {
    name: "'By A, Associate Editor': the post after the name is no second person",
    text: "Lake Museum Named a Science Base\n\nBy Ilse Varga, Associate Editor | March 3, 2031\n\nThe Lake Museum was named a Provincial Science Base.",
    expect: { notPeople: ["Associate"] },
  },
  {
    name: "'By' that opens a sentence inside a line is no byline ('... Lake Press. By Sundown Rowan had ...')",
    text: "Book News\n\nThe first run was printed by Lake Press. By Sundown Rowan had sold it all.",
    expect: { notPeople: ["Sundown Rowan", "Sundown Rowan had"] },
  },
  {
    name: "a possessive is no byline name ('By Cai Feng, Tarn's Literature Press')",
    text: "Lake Prize Winners\n\nRiver Song (second edition), by Yao Lin.\nBy Cai Feng, Tarn's Literature Press",
    expect: { people: [{ name: "Cai Feng" }], notPeople: ["Tarn's Literature", "Tarn Literature"] },
  },
];

const sources: GenreCase[] = [
  {
    name: "'Source:Tarn Evening Post Date:2031-03-03': the page's source is a body",
    text: "Lake Museum Named a Science Base\n\nSource:Tarn Evening Post Date:2031-03-03 Views: 4\n\nThe Lake Museum was named a Provincial Science Base.",
    expect: { organizations: ["Tarn Evening Post"] },
  },
  {
    name: "'source: lakecity.gov.example 2031-03-14': a site's address",
    text: "Lake Museum Named a Science Base\n\nsource: lakecity.gov.example 2031-03-14\n\nThe Lake Museum was named a Provincial Science Base.",
    expect: { organizations: ["lakecity.gov.example"] },
  },
  {
    name: "'Source: Original', '(Image source: pinboard)' name no body",
    text: "Lake Museum Named a Science Base\n\nHits: 3 Source: Original\n\nThe Lake Museum was named a Provincial Science Base. (Image source: pinboard)",
    expect: { notOrganizations: ["Original", "pinboard"] },
  },
];

describe("bylines", () => {
  for (const c of bylines) test(c.name, () => expectCase(c));
});

describe("source fields", () => {
  for (const c of sources) test(c.name, () => expectCase(c));
});
