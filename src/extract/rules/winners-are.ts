// The winners listed with no honor in the sentence: "The winners are A, B and C"; "The winner list
// includes A, an engineer at B; C, ...; and D". They won the honor the sentence before names,
// else the latest one the text announced or conferred. ("The winners of X are ..." names its
// honor and is honor-subject-list's.)
import { WINNER_NOUNS } from "../honor-words.ts";
import { MEMBERSHIP_NAME } from "../names.ts";
import { NUMBER } from "../relations.ts";
import { honorInContext } from "./context-honor.ts";
import { alreadyFound, emit, listAfter } from "./parts.ts";
import type { ConferralRule } from "./types.ts";
import { namedInSentenceBefore } from "./winners-of-list.ts";

// "Other winners include ...", "The ten winners include: ...", "The winner in the X category was
// A": a count, "other" or the category may come with the winners.
const WINNERS_ARE = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:(?:this|last)\s+year(?:'|\u2019)s\s+)?(?:other\s+|${NUMBER}\s+)?(?:(?:winners?|award|prize)\s+list|list\s+of\s+(?:the\s+)?${WINNER_NOUNS}|${WINNER_NOUNS}|winner)(?:\s+in\s+the\s+(?:[^,;:\uE000]|\uE000\d+\uE001){1,60}?\s+categor(?:y|ies))?\s+(?:this\s+year\s+)?(?:also\s+)?(?:are|were|is|was|include[sd]?)\b\s*(?:as\s+follows\s*)?:?\s*`,
  "i",
);

export const winnersAre: ConferralRule = {
  name: "winners-are",
  example: "The Pine Medal went to three teachers. The winners are Wang Li, Chen Bo and Lu Fang.",
  gate: /^\s*(?:[\w'\u2019]+\s+){0,4}?(?:winners?|recipients|laureates|awardees|honou?rees|list)\b/i,
  needsNames: true,
  find(input) {
    const opening = WINNERS_ARE.exec(input.skeleton.text);
    if (!opening) return [];
    const honor = namedInSentenceBefore(input) ?? honorInContext(input);
    // A membership ("academician of X") is held, not won by a list of winners.
    if (!honor || MEMBERSHIP_NAME.test(honor.name)) return [];
    const holders = listAfter(input, opening[0].length).filter(
      (h) => h.kind !== "Honor" && !alreadyFound(input, h),
    );
    const object = { honor, end: 0 };
    return emit(input, holders, [object], "", 0, { status: "conferred" });
  },
};
