// A holder counted among a cohort of winners: "A and B were among the six leaders to receive the
// X Award"; "C is one of the five laureates of the Y Prize"; "D made the list of five laureates of
// the Z Awards".
import { NUMBER } from "../relations.ts";
import { holdersThenHonors } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const WINNERS = "(?:winners?|recipients?|laureates?|awardees?|honou?rees?)";
const RECEIVE = String.raw`(?:receive|win|be\s+awarded|be\s+given|be\s+granted|be\s+honou?red\s+(?:with|as)|be\s+named|earn|take\s+home)`;
// "six towns worldwide to win", "five firms in China to receive": where the cohort is.
const WHERE = String.raw`(?:(?:worldwide|nationwide|globally|(?:in|across|around)\s+(?:the\s+)?(?:world|country|nation|province|\uE000\d+\uE001))\s+)?`;
const AMONG = new RegExp(
  String.raw`\s+(?:(?:was|were|is|are|(?:has|have|had)\s+been|became|becomes)\s+(?:also\s+)?(?:among|(?:one|${NUMBER})\s+of)|made\s+the\s+list\s+of)\s+(?:the\s+)?(?:${NUMBER}\s+)?(?:(?:[a-z-]+\s+){0,3}?${WINNERS}\s+of\s+(?:the\s+|this\s+year(?:'|\u2019)s\s+)?|(?:[a-z-]+\s+){0,3}?[a-z-]+s\s+${WHERE}to\s+${RECEIVE}\s+(?:the\s+)?)`,
  "gi",
);

// Both a cohort word and a winning word ("of the" alone is in most sentences).
const GATE = new RegExp(
  String.raw`^(?=[\s\S]*\b(?:among|of)\b)(?=[\s\S]*\b(?:${WINNERS}|to\s+(?:receive|win|be|earn|take))\b)`,
  "i",
);

export const amongTheWinners: ConferralRule = {
  name: "among-the-winners",
  example: "Pine Lab and Wang Li were among the six teams to receive the Lake Award.",
  gate: GATE,
  needsNames: true,
  find(input: RuleInput) {
    return holdersThenHonors(input, AMONG);
  },
};
