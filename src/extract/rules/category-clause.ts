// A category named before the clause that gives its holders: "In the Best Actor category, the
// winner is A"; "In the Best Port by Size category, the top ports are: A, B and C"; "In the
// Best Film category, Pine Road won the prize". The category is the honor.
import type { Mention } from "../../types.ts";
import { canReceive, emit, listedUntil } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** "In the X category, ": X in title case (names of places or bodies may stand inside it). */
const CATEGORY_OPENER =
  /^\s*(?:In|For|Under)\s+the\s+"?((?:[A-Z0-9\uE000][^\s,;:"]*)(?:\s+(?:[A-Z0-9\uE000][^\s,;:"]*|of|for|in|by|and|the|on|to|a))*)"?\s+categor(?:y|ies)\s*,\s*/;
/** "the winner is A", "the best airport of the region was A", "they are: A, B". */
const HOLDERS_ARE =
  /^[^.;!?]{0,160}?\b(?:is|are|was|were|went\s+to|goes\s+to|include[sd]?)\s*:?\s*(?=(?:the\s+)?"?\uE000)/i;
const RUNNERS_UP = /,?\s+(?:followed\s+by|ahead\s+of|trailed\s+by)\s/i;
/** "Pine Road won the prize": the holder opens the clause. */
const HOLDER_WON =
  /^"?\uE000(\d+)\uE001"?\s+(?:won|took|received|claimed|bagged|scooped|picked\s+up|walked\s+away\s+with)\b/i;
/** A category is named for what is best, or is an award of its own. */
const CATEGORY_WORDS =
  /^(?:Best|Most|Outstanding|Excellent|Top|Lifetime|Special)\b|\b(?:Award|Prize|Medal|Honou?r)s?$/;

function holdersAfter(input: RuleInput, from: number): Mention[] {
  const rest = input.skeleton.text.slice(from);
  const won = HOLDER_WON.exec(rest);
  if (won) {
    const holder = input.skeleton.mentionAt(Number(won[1]));
    return holder && canReceive(holder) ? [holder] : [];
  }
  const are = HOLDERS_ARE.exec(rest);
  if (!are) return [];
  // "A, followed by B and C": the ones after are runners-up, not holders.
  const runnersUp = RUNNERS_UP.exec(rest);
  const end = runnersUp ? from + runnersUp.index : input.skeleton.text.length;
  return listedUntil(input, from + are[0].length, end);
}

export const categoryClause: ConferralRule = {
  name: "category-clause",
  example: "In the Best Actor category, the winner is Li Hua.",
  gate: /^\s*(?:In|For|Under)\s+the\s.{3,160}?\scategor(?:y|ies)\s*,/,
  find(input) {
    const { state, context, skeleton } = input;
    if (input.found.length > 0) return [];
    const opener = CATEGORY_OPENER.exec(skeleton.text);
    if (!opener) return [];
    const phrase = opener[1] as string;
    const spelled = phrase.replace(
      /\uE000(\d+)\uE001/g,
      (_, i) => skeleton.mentionAt(Number(i))?.name ?? "",
    );
    if (!CATEGORY_WORDS.test(spelled)) return [];
    const holders = holdersAfter(input, opener[0].length);
    if (holders.length === 0) return [];
    const phraseAt = opener[0].indexOf(phrase);
    const start = skeleton.toView(phraseAt, "start");
    const end = skeleton.toView(phraseAt + phrase.length, "end");
    if (end <= start) return [];
    const honor = state.newMention("Honor", start, end, context.sentence, 0.7);
    return emit(input, holders, [{ honor, end: opener[0].length }], "won", 0, {
      status: "conferred",
    });
  },
};
