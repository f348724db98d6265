// Who gives an honor, said where no holder is named: "The 2024 Lake Prize list was released by the
// Tarn Society"; "The Youth League decided to award the Lake Medal to young athletes"; "six parks
// newly designated as Lake Geoparks by the Tarn Society". A conferral of that honor that names no
// giver of its own takes these (see `issuersFromHonorGivers` in ../index.ts).

import type { Mention } from "../../types.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const NAME = String.raw`(?:the\s+)?\uE000(\d+)\uE001`;
/** "A", "A and B", "A, B and C": the givers' names, one to four. */
const NAMES = String.raw`(?:the\s+)?\uE000\d+\uE001(?:\s*,\s*(?:and\s+)?(?:the\s+)?\uE000\d+\uE001){0,3}(?:\s*,?\s+and\s+(?:the\s+)?\uE000\d+\uE001)?`;

/** "The X list was selected by A", "X was jointly released by A and B". */
const GIVEN_BY = new RegExp(
  String.raw`${NAME}"?(?:\s+(?:list|ranking|awards?|prizes?))?\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:(?:jointly|officially|recently|first|also)\s+)?(?:selected|released|published|issued|announced|compiled|unveiled|awarded|granted|conferred|presented|created|launched|established|founded|set\s+up|sponsored|initiated)\s+(?:jointly\s+)?by\s+(${NAMES})`,
  "gi",
);
/** "A decided to award X to ...", "A and B on Monday decided to confer X". */
const DECIDED_TO_AWARD = new RegExp(
  String.raw`(${NAMES})\s+(?:(?:on|in)\s+[A-Z][a-z]+\s+)?(?:has\s+|have\s+)?decided\s+to\s+(?:award|confer|grant|present|bestow)\s+(?:the\s+(?:title\s+of\s+)?)?"?${NAME}`,
  "gi",
);
/** "were named as X by A": the subject may be a counted group, with holders named later. */
const NAMED_AS_BY = new RegExp(
  String.raw`\b(?:named|designated|recogni[sz]ed|selected|accredited|certified|rated|approved|listed)\s+as\s+(?:the\s+|an?\s+)?"?${NAME}"?\s+by\s+(${NAMES})`,
  "gi",
);
/**
 * "The awards were hosted by A and B", "The list of new X was jointly released by A, B and C",
 * "The contest was organized by A", "The decision to commend him was made by A": the givers of the
 * story's honors, none named in the sentence.
 */
const STORY_GIVEN_BY = new RegExp(
  String.raw`^\s*(?:The|These|This)\s+(?:(?:19|20)\d{2}\s+)?(?:awards|prizes|honou?rs|medals|list(?:\s+of\s+(?:[^,;.\uE000]|\uE000\d+\uE001){1,100}?)?|ranking|selection|competition|contest|evaluation|decision\s+to\s+(?:honou?r|award|commend)\s+(?:them|him|her))\s+(?:was|were)\s+(?:jointly\s+)?(?:hosted|created|made|sponsored|organi[sz]ed|released|published|compiled|endorsed|initiated|issued|conferred|presented|given)\s+(?:jointly\s+)?by\s+(${NAMES})`,
  "i",
);
/** "A honours its 2012 winners", "A gave awards to six projects": a body that gives the awards. */
const STORY_GIVER_ACTS = new RegExp(
  String.raw`^\s*(?:[^,\uE000]{0,40},\s*)?(${NAMES})(?:\s+of\s+(?:19|20)\d{2})?(?:\s*\(\uE000\d+\uE001\))?\s+(?:(?:has|have)\s+)?(?:(?:recently|officially)\s+)?(?:gave|presented|granted|released|announced|announces|honou?rs|honou?red)\s+(?:its\s+|the\s+|their\s+)?(?:annual\s+)?(?:(?:19|20)\d{2}\s+)?(?:\uE000\d+\uE001\s+)?(?:awards|prizes|winners|laureates)\b`,
  "i",
);
/**
 * "Jointly initiated by A and B, the contest ...": a fronted participle names the story's givers
 * ("Hosted by A" alone does not: a host of a meeting need not give its honors).
 */
const FRONTED_BY = new RegExp(
  String.raw`^\s*(?:(?:Jointly|Co-)\s*)?(?:organi[sz]ed|sponsored|initiated|established|founded|launched|co-hosted|co-organi[sz]ed|co-sponsored)\s+(?:jointly\s+)?by\s+(${NAMES})`,
  "i",
);
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/** The organizations among the names a match's group holds. */
function bodiesIn(input: RuleInput, names: string): Mention[] {
  const bodies: Mention[] = [];
  for (const m of names.matchAll(PLACEHOLDER)) {
    const mention = input.skeleton.mentionAt(Number(m[1]));
    if (mention?.kind === "Organization") bodies.push(mention);
  }
  return bodies;
}

function record(input: RuleInput, honorIndex: string | undefined, names: string | undefined) {
  const honor = honorIndex === undefined ? undefined : input.skeleton.mentionAt(Number(honorIndex));
  if (honor?.kind !== "Honor" || names === undefined) return;
  const givers = bodiesIn(input, names);
  if (givers.length > 0) input.state.honorGivers.push({ honor, givers });
}

/** Records who gives an honor; it finds no conferral itself. */
export const honorGivers: ConferralRule = {
  name: "honor-givers",
  example: "The Lake Prize list was released by the Tarn Society on Monday.",
  gate: /\bby\b|\bdecided\s+to\b|\b(?:gave|presented|granted|released|announce[sd]?|honou?r(?:s|ed))\s/i,
  needsNames: true,
  find(input) {
    const text = input.skeleton.text;
    for (const m of text.matchAll(GIVEN_BY)) record(input, m[1], m[2]);
    for (const m of text.matchAll(DECIDED_TO_AWARD)) record(input, m[2], m[1]);
    for (const m of text.matchAll(NAMED_AS_BY)) record(input, m[1], m[2]);
    const story = STORY_GIVEN_BY.exec(text) ?? STORY_GIVER_ACTS.exec(text) ?? FRONTED_BY.exec(text);
    const givers = story ? bodiesIn(input, story[1] as string) : [];
    if (givers.length > 0) input.state.storyGivers.push(givers);
    return [];
  },
};
