// A holder named with the honor it won, in an aside or before its name: "Yan Li, winner of the
// 2021 Lake Prize in biology, is ..."; "the Gold Award winner Chen Ming told ...";
// "Nobel Prize in Literature laureate Mo Lin"; "A and B have been recipients of the X".
import type { Mention } from "../../types.ts";
import { RANKED_PRIZE } from "../honor-words.ts";
import { readHonorObject } from "../relations.ts";
import {
  canReceive,
  emit,
  freeTextHonor,
  honorsAfter,
  listedUntil,
  recipientsBefore,
} from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const WINNER = "(?:winner|recipient|laureate)";
// Words that say which winner: "the recent winner of", "a two-time winner of", "the 2010 winner".
const WHICH_WINNER = String.raw`(?:(?:latest|recent|previous|former|first|only|inaugural|repeat|two-time|three-time|\d+-time|youngest|sole|proud|new)\s+)?(?:(?:19|20)\d{2}\s+)?`;
// "Yan Li, winner of the X": the aside opens with the winning word.
const WINNER_OF = new RegExp(
  String.raw`\uE000(\d+)\uE001\s*,\s*(?:the\s+|an?\s+)?${WHICH_WINNER}${WINNER}\s+of\s+`,
  "gi",
);
// "Lu Min, a previous Lotus Award winner, ...": the aside names the honor first.
const HOLDER_HONOR_WINNER = new RegExp(
  String.raw`\uE000(\d+)\uE001\s*,\s*(?:the\s+|an?\s+)${WHICH_WINNER}\uE000(\d+)\uE001"?\s+(?:award\s+)?${WINNER}\b(?!\s+of\b)`,
  "gi",
);
// "the Gold Award winner Chen Ming", "the Lake Bear prize winner, director Lu Fan": an honor's
// name, the winning word, then the holder.
const HONOR_WINNER = new RegExp(
  String.raw`\uE000(\d+)\uE001"?\s+(?:(?:award|prize|medal)\s+)?${WINNER}s?\s*,?\s+(?:(?:the\s+)?(?:professor|prof\.|dr\.|academician|director|actor|actress|writer|author|architect|artist|scientist)\s+)?\uE000(\d+)\uE001`,
  "gi",
);

// "A and B have been recipients of the X", "A is the latest winner of the X", "A was announced as
// the sole winner of X": said of the holder.
const BE_WINNER_OF = new RegExp(
  String.raw`\b(?:is|was|are|were|(?:has|have|had)\s+(?:(?:also|previously|already)\s+)?been|became|becomes)\s+(?:(?:also|previously|now|already)\s+)?(?:(?:announced|declared|named|confirmed|crowned)\s+(?:as\s+)?)?(?:(?:a|an|the)\s+)?(?:(?:latest|first|only|repeat|two-time|three-time|\d+(?:st|nd|rd|th)|youngest|sole|proud|new)\s+)?${WINNER}s?\s+of\s+`,
  "gi",
);

// "A became the second prize winner", "B was a gold medal winner": a rank or metal in lower
// case, then the winning word; the rank is the honor.
const BE_RANKED_WINNER = new RegExp(
  String.raw`\b(?:is|was|are|were|became|becomes)\s+(?:also\s+)?(?:(?:the|a|an)\s+)?(${RANKED_PRIZE})\s+${WINNER}s?\b`,
  "gi",
);

// "One of the gold medal winners, Tan Run, ...": a rank in lower case, the winners, then a holder.
const ONE_OF_RANKED_WINNERS = new RegExp(
  String.raw`\b(?:[Oo]ne|[Aa]nother)\s+of\s+the\s+(${RANKED_PRIZE})\s+${WINNER}s\s*,\s*\uE000(\d+)\uE001`,
  "g",
);

// The aside ends where a comma is followed by a word in lower case ("X, winner of the Y, led his
// team"); "and" or an article goes on with the list.
const ASIDE_END = /,\s+(?!(?:and|or|the|an?|its|their)\b)[a-z]/;

/** The holders have won the honors named after the match, up to the end of the aside. */
function honorsWonAfter(input: RuleInput, holders: Mention[], m: RegExpExecArray) {
  const from = m.index + m[0].length;
  const end = ASIDE_END.exec(input.skeleton.text.slice(from));
  const objects = honorsAfter(input, from).filter(
    (o) => o.honor.kind === "Honor" && (!end || o.end <= from + end.index),
  );
  return emit(input, holders, objects, m[0], m.index, { status: "conferred" });
}

/** "A and B have been recipients of the X": holders before the verb. */
function beWinnersOf(input: RuleInput) {
  const { skeleton } = input;
  const out = [];
  BE_WINNER_OF.lastIndex = 0;
  for (let m = BE_WINNER_OF.exec(skeleton.text); m; m = BE_WINNER_OF.exec(skeleton.text)) {
    const holders = recipientsBefore(input, m.index).filter((h) => h.kind !== "Honor");
    if (holders.length > 0) out.push(...honorsWonAfter(input, holders, m));
  }
  return out;
}

/** "A became the second prize winner": holders before the verb, the rank as the honor. */
function beRankedWinners(input: RuleInput) {
  const out = [];
  for (const m of input.skeleton.text.matchAll(BE_RANKED_WINNER)) {
    const at = m.index ?? 0;
    const holders = recipientsBefore(input, at).filter((h) => h.kind !== "Honor");
    if (holders.length === 0) continue;
    const rankAt = at + m[0].indexOf(m[1] as string);
    const honor = freeTextHonor(input, rankAt, rankAt + (m[1] as string).length);
    const object = { honor, end: at + m[0].length };
    out.push(...emit(input, holders, [object], m[0], at, { status: "conferred" }));
  }
  return out;
}

/** "One of the gold medal winners, Tan Run": the holder after the winners its rank names. */
function oneOfRankedWinners(input: RuleInput) {
  const out = [];
  for (const m of input.skeleton.text.matchAll(ONE_OF_RANKED_WINNERS)) {
    const holder = input.skeleton.mentionAt(Number(m[2]));
    if (!holder || holder.kind === "Honor" || !canReceive(holder)) continue;
    const at = m.index ?? 0;
    const rankAt = at + m[0].indexOf(m[1] as string);
    const honor = freeTextHonor(input, rankAt, rankAt + (m[1] as string).length);
    const object = { honor, end: at + m[0].length };
    out.push(...emit(input, [holder], [object], m[0], at, { status: "conferred" }));
  }
  return out;
}

/** "Yan Li, winner of the X": the holder before the aside. */
function winnersOf(input: RuleInput) {
  const { skeleton } = input;
  const out = [];
  WINNER_OF.lastIndex = 0;
  for (let m = WINNER_OF.exec(skeleton.text); m; m = WINNER_OF.exec(skeleton.text)) {
    const holder = skeleton.mentionAt(Number(m[1]));
    if (holder && holder.kind !== "Honor" && canReceive(holder))
      out.push(...honorsWonAfter(input, [holder], m));
  }
  return out;
}

// "Recipient of the Lake Medal A", "recipients of the title, \"the Pine Hero,\" A, B and C": the
// winning word opens the phrase, the honor follows, then the holders.
const WINNERS_OF_THEN = new RegExp(String.raw`\b${WINNER}s?\s+of\s+`, "gi");
const NEXT_WINNERS_OF = new RegExp(WINNERS_OF_THEN.source, "i");
/** Before the winning word: a holder's aside ("A, winner of") or a verb ("is the winner of"). */
const HOLDER_OR_VERB_BEFORE =
  /(?:\uE001"?\s*,\s*(?:the\s+|an?\s+)?\S*\s*|\b(?:is|was|are|were|been|became|becomes|as|among)\s+(?:the\s+|an?\s+)?\S*\s*)$/i;
/** After the honor: its title in quotes ("the honorary title, \"the Pine Hero,\""), then a comma. */
const TITLE_THEN = /^\s*,\s*"?(?:the\s+)?\uE000(\d+)\uE001"?\s*,?"?/;
const NAME_NEXT = /^\s*,?\s*(?=(?:[a-z]+\s+)?"?\uE000)/;

/** "Recipients of the X, A, B and C": the holders after the honor. */
function winnersOfThenNames(input: RuleInput) {
  const { state, context, skeleton } = input;
  const out = [];
  WINNERS_OF_THEN.lastIndex = 0;
  for (let m = WINNERS_OF_THEN.exec(skeleton.text); m; m = WINNERS_OF_THEN.exec(skeleton.text)) {
    if (HOLDER_OR_VERB_BEFORE.test(skeleton.text.slice(Math.max(0, m.index - 40), m.index)))
      continue;
    const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
    if (object?.honor.kind !== "Honor") continue;
    let end = object.end;
    const title = TITLE_THEN.exec(skeleton.text.slice(end));
    const titled = title ? skeleton.mentionAt(Number(title[1])) : undefined;
    if (title && titled?.kind === "Honor") end += title[0].length;
    const next = NAME_NEXT.exec(skeleton.text.slice(end));
    if (!next) continue;
    // The list ends where the next "recipients of" starts.
    const stop = skeleton.text.slice(end).search(NEXT_WINNERS_OF);
    const limit = stop < 0 ? skeleton.text.length : end + stop;
    const holders = listedUntil(input, end + next[0].length, limit).filter(
      (h) => h.kind === "Person",
    );
    const honor = titled?.kind === "Honor" ? titled : object.honor;
    out.push(...emit(input, holders, [{ honor, end }], m[0], m.index, { status: "conferred" }));
  }
  return out;
}

/**
 * Matches of `pattern` that name both the holder (group `holderAt`) and the honor (group
 * `honorAt`); `accepts` says which holders the shape allows.
 */
function namedPairs(
  input: RuleInput,
  pattern: RegExp,
  groups: { holderAt: number; honorAt: number },
  accepts: (holder: Mention) => boolean,
) {
  const { skeleton } = input;
  const out = [];
  for (const m of skeleton.text.matchAll(pattern)) {
    const holder = skeleton.mentionAt(Number(m[groups.holderAt]));
    const honor = skeleton.mentionAt(Number(m[groups.honorAt]));
    if (honor?.kind !== "Honor" || !holder || !accepts(holder)) continue;
    const at = m.index ?? 0;
    const object = { honor, end: at + m[0].length };
    out.push(...emit(input, [holder], [object], m[0], at, { status: "conferred" }));
  }
  return out;
}

/** "Lu Min, a previous Lotus Award winner, ...": holder, then the honor in the aside. */
function holderHonorWinners(input: RuleInput) {
  return namedPairs(
    input,
    HOLDER_HONOR_WINNER,
    { holderAt: 1, honorAt: 2 },
    (holder) => holder.kind !== "Honor" && canReceive(holder),
  );
}

/** "the Gold Award winner Chen Ming": the honor, then the person who won it. */
function honorWinners(input: RuleInput) {
  return namedPairs(
    input,
    HONOR_WINNER,
    { holderAt: 2, honorAt: 1 },
    (holder) => holder.kind === "Person",
  );
}

export const winnerOf: ConferralRule = {
  name: "winner-of",
  example: "Yan Li, winner of the 2021 Lake Prize in biology, leads the institute.",
  gate: /\b(?:winner|recipient|laureate)s?\b/i,
  needsNames: true,
  find(input) {
    return [
      ...winnersOf(input),
      ...holderHonorWinners(input),
      ...honorWinners(input),
      ...beWinnersOf(input),
      ...beRankedWinners(input),
      ...oneOfRankedWinners(input),
      ...winnersOfThenNames(input),
    ];
  },
};
