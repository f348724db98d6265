// The phrase grammar of a designation, crossed: every subject shape with every verb group and
// every honor shape. A family test proves one sentence; this proves the parts combine, so a gap in
// one part ("has recently been named") shows up whatever the rest of the sentence is. Names,
// places and honors are made up.
import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { announcementOf } from "./support/extract-cases.ts";

/** The holders of the honors whose name contains `head`, and every honor's name. */
function holdersOf(text: string, head: RegExp | string): { held: string[]; honors: string[] } {
  const facts = extractFacts(announcementOf(text));
  const nameOf = (id: string) => facts.mentions.find((m) => m.id === id)?.name ?? "";
  const matches = (name: string) =>
    typeof head === "string" ? name.includes(head) : head.test(name);
  return {
    held: facts.conferrals
      .filter((c) => matches(nameOf(c.honor)))
      .map((c) => nameOf(c.recipient))
      .sort(),
    honors: facts.conferrals.map((c) => nameOf(c.honor)),
  };
}

interface Subject {
  text: string;
  holders: string[];
}

const SUBJECTS: Subject[] = [
  { text: "Ashgrove Geology Museum", holders: ["Ashgrove Geology Museum"] },
  { text: "Recently, Ashgrove Geology Museum", holders: ["Ashgrove Geology Museum"] },
  {
    text: "According to a notice of the Brookfield Municipal Bureau of Culture, Brookfield County",
    holders: ["Brookfield County"],
  },
  {
    text: "According to the Brookfield Science Association, Ashgrove Geology Museum and Elmstead Planetarium",
    holders: ["Ashgrove Geology Museum", "Elmstead Planetarium"],
  },
];

// Verb groups with an adverb inside the auxiliary, before the verb and after it.
const VERB_GROUPS = [
  "was named",
  "has recently been named",
  "has once again been selected as",
  "has just been awarded the title of",
  "has been officially recognized as",
  "was successfully rated as",
  "won the title of",
];

const HONORS = [
  { text: "a national geoscience popularization base", head: "base" },
  { text: 'a "Provincial Model Unit of Nature Education"', head: "Unit" },
  { text: "the National First-class Museum", head: "Museum" },
];

function plural(verbGroup: string, holders: number): string {
  return holders > 1 ? verbGroup.replace(/^was /, "were ").replace(/^has /, "have ") : verbGroup;
}

describe("designations: subject x verb group x honor", () => {
  // A county holds no museum's title (places-for-others): that pair is no designation to read.
  const fits = (subject: (typeof SUBJECTS)[number], honor: (typeof HONORS)[number]) =>
    !(honor.head === "Museum" && subject.holders.some((h) => h.endsWith(" County")));
  const cases = SUBJECTS.flatMap((subject) =>
    VERB_GROUPS.flatMap((verb) =>
      HONORS.filter((honor) => fits(subject, honor)).map((honor) => ({
        sentence: `${subject.text} ${plural(verb, subject.holders.length)} ${honor.text} in 2022.`,
        subject,
        honor,
      })),
    ),
  );
  test.each(cases)("$sentence", ({ sentence, subject, honor }) => {
    const { held } = holdersOf(`Notice\n\n${sentence}`, honor.head);
    expect(held).toEqual([...subject.holders].sort());
  });
});

const LISTED = ["Ashgrove Geology Museum", "Elmstead Planetarium", "Farrow Wetland Park"];
const LIST_TEXT = "Ashgrove Geology Museum, Elmstead Planetarium and Farrow Wetland Park";

describe("holders listed after their honor, after an opener and with the agent or time between", () => {
  const openers = [
    "",
    "Recently, ",
    "In 2022, ",
    "According to a notice of the Brookfield Bureau of Culture, ",
  ];
  const shapes = [
    (o: string) => `${o}the new provincial nature education bases include ${LIST_TEXT}.`,
    (o: string) => `${o}the new "Provincial Nature Education Bases" include ${LIST_TEXT}.`,
    (o: string) =>
      `${o}the new provincial nature education bases named this year include ${LIST_TEXT}.`,
    (o: string) =>
      `${o}the following were named provincial nature education bases by the Brookfield Forestry Bureau: ${LIST_TEXT}.`,
    (o: string) =>
      `${o}the following were named provincial nature education bases in 2022: ${LIST_TEXT}.`,
    (o: string) =>
      `${o}the Brookfield Forestry Bureau named ${LIST_TEXT} as provincial nature education bases.`,
  ];
  const cases = openers.flatMap((o) =>
    shapes.map((shape) => {
      const sentence = shape(o);
      return { sentence: sentence[0]?.toUpperCase() + sentence.slice(1) };
    }),
  );
  test.each(cases)("$sentence", ({ sentence }) => {
    const { held } = holdersOf(`Notice\n\n${sentence}`, /nature education bases/i);
    expect(held).toEqual([...LISTED].sort());
  });
});

describe("Title Case headlines: subject x verb x honor x tail", () => {
  const subjects = [
    { text: "Ashgrove Geology Museum", holders: ["Ashgrove Geology Museum"] },
    { text: "Professor Zhao Mingde", holders: ["Zhao Mingde"] },
    {
      text: "Ashgrove Geology Museum And Elmstead Planetarium",
      holders: ["Ashgrove Geology Museum", "Elmstead Planetarium"],
    },
  ];
  const verbs = [
    "Named",
    "Named As",
    "Awarded",
    "Wins",
    "Selected As",
    "Rated As",
    "Granted",
    "Upgraded To",
    "Honored As",
    "Receives",
  ];
  const honors = [
    { text: "National Science Popularization Education Base", head: "Base" },
    { text: "First Batch Of Provincial Key Laboratories", head: "Laboratories" },
    { text: "Gold Award", head: "Gold Award" },
  ];
  const tails = ["", " In The Country", " In 2022"];
  const cases = subjects.flatMap((subject) =>
    verbs.flatMap((verb) =>
      honors.flatMap((honor) =>
        tails.map((tail) => ({
          headline: `${subject.text} ${verb} ${honor.text}${tail}`,
          subject,
          honor,
        })),
      ),
    ),
  );
  test.each(cases)("$headline", ({ headline, subject, honor }) => {
    const { held, honors } = holdersOf(`${headline}\n\nThe notice came out on Monday.`, honor.head);
    expect(held).toEqual([...subject.holders].sort());
    // The tail is no part of the honor.
    for (const name of honors)
      expect(name).not.toMatch(/\b(?:In The Country|In 2022|in the country)$/);
  });
});

describe("honor shapes: a count, a year or an ordinal before the title, and quoted titles of any head", () => {
  const subjects = [
    { text: "Zhou Lanting", holder: "Zhou Lanting" },
    { text: "The Ashgrove Geology Museum", holder: "Ashgrove Geology Museum" },
  ];
  const verbs = ["was named", "was honored as", "has been selected as", "became"];
  const shapes = [
    { text: "one of the ten Model Innovators", head: "Model Innovators" },
    { text: "one of the 30 Riverside Pacesetters", head: "Riverside Pacesetters" },
    { text: "one of the top 20 Green Trailblazers", head: "Green Trailblazers" },
    { text: "a 2021 Model Innovator", head: "Model Innovator" },
    { text: "the 5th Riverside Pacesetter", head: "Riverside Pacesetter" },
    { text: '"Hometown of Folk Paper Art"', head: "Hometown of Folk Paper Art" },
    { text: 'a "cultural landscape"', head: "cultural landscape" },
  ];
  // "became" takes a title with an article, not a bare quoted one.
  const cases = subjects.flatMap((subject) =>
    verbs.flatMap((verb) =>
      shapes
        .filter((shape) => verb !== "became" || !shape.text.startsWith('"'))
        .map((shape) => ({ sentence: `${subject.text} ${verb} ${shape.text}.`, subject, shape })),
    ),
  );
  test.each(cases)("$sentence", ({ sentence, subject, shape }) => {
    const { held, honors } = holdersOf(`Notice\n\n${sentence}`, shape.head);
    expect(held).toEqual([subject.holder]);
    // The count is the cohort's, not the title's.
    for (const name of honors) expect(name).not.toMatch(/^(?:ten|30|top)\b/i);
  });

  test.each([
    "The Ashgrove Geology Museum was listed as one of the three undergraduate museums.",
    'The panda was named "Bao Bao" by its keepers.',
  ])("no title: %s", (sentence) => {
    expect(extractFacts(announcementOf(`Notice\n\n${sentence}`)).conferrals).toEqual([]);
  });
});
