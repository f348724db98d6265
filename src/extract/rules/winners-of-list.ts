// An honor's winners named mid-sentence, then listed: "The dean handed certificates to the winners
// of the Lake Prize: A, B and C"; "gave the cups to the winners of this session's Pine Youth
// Award, including A, B and C". (A sentence that opens with "The winners of X are ..." is
// honor-subject-list's.)
import type { Mention } from "../../types.ts";
import { WINNER_NOUNS } from "../honor-words.ts";
import { type HonorObject, readHonorObject } from "../relations.ts";
import { honorInContext } from "./context-honor.ts";
import { alreadyFound, emit, listAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const WINNERS_OF = new RegExp(
  String.raw`\b${WINNER_NOUNS}\s+of\s+(?:the\s+|this\s+(?:session|year|edition)(?:(?:'|\u2019)s)?\s+|(?:the\s+)?(?:19|20)\d{2}\s+)?`,
  "gi",
);
// Between the honor and its holders: a colon or dash, "including", "namely", "such as".
// "There have been four winners of the X to date: A, B and C": how far the count runs, first.
const OPENER =
  /^(?:\s+(?:to\s+date|so\s+far|since\s+(?:its\s+)?(?:founding|inception|(?:19|20)\d{2})))?\s*(?:[:\u2013\u2014]\s*|,?\s*(?:including|namely|such\s+as)\s*:?\s*)/i;
// A caption names them with no word between: "Winners of the Lake Prize, A and B, pose for a
// photo"; "Recipients of the Pine Medal A (left) and B". A list of two or more, or people.
const APPOSED = /^(?:\s*,)?\s+(?=\uE000)/;

/** The holders a caption names right after the honor, or none. */
function apposedHolders(input: RuleInput, from: number): Mention[] {
  const apposed = APPOSED.exec(input.skeleton.text.slice(from));
  if (!apposed) return [];
  const holders = listAfter(input, from + apposed[0].length);
  const people = holders.every((h) => h.kind === "Person");
  return holders.length >= 2 || (people && !apposed[0].includes(",")) ? holders : [];
}

/** "that award", "this prize": words that point back to an honor named before. */
const POINTS_BACK = /^(?:that|this|the\s+said)\s+(?:award|prize|medal|honou?r|title)\b/i;

/**
 * "the winners of that award": the one honor the sentence before names, else the latest the text
 * announced or conferred.
 */
function honorPointedBack(input: RuleInput, at: number): HonorObject | undefined {
  const words = POINTS_BACK.exec(input.skeleton.text.slice(at));
  if (!words) return undefined;
  const honor = namedInSentenceBefore(input) ?? honorInContext(input);
  return honor ? { honor, end: at + words[0].length } : undefined;
}

/** The one honor the sentence before names as a name (not words a rule read as one). */
export function namedInSentenceBefore(input: RuleInput): Mention | undefined {
  const { state, context } = input;
  const named = (state.contexts[context.sentence.index - 1]?.top ?? []).filter(
    (m) => m.kind === "Honor" && !(m as Mention & { freeText?: boolean }).freeText,
  );
  return new Set(named.map((m) => m.name)).size === 1 ? named[0] : undefined;
}

export const winnersOfList: ConferralRule = {
  name: "winners-of-list",
  example: "The dean handed certificates to the winners of the Lake Prize: Wang Li and Chen Bo.",
  gate: new RegExp(String.raw`\b${WINNER_NOUNS}\s+of\b`, "i"),
  needsNames: true,
  find(input) {
    const { state, context, skeleton } = input;
    const text = skeleton.text;
    const out = [];
    WINNERS_OF.lastIndex = 0;
    for (let m = WINNERS_OF.exec(text); m; m = WINNERS_OF.exec(text)) {
      const at = m.index + m[0].length;
      const object = honorPointedBack(input, at) ?? readHonorObject(state, context, skeleton, at);
      if (object?.honor.kind !== "Honor") continue;
      const opener = OPENER.exec(text.slice(object.end));
      const listed = opener
        ? listAfter(input, object.end + opener[0].length)
        : apposedHolders(input, object.end);
      const holders = listed.filter((h) => h.kind !== "Honor" && !alreadyFound(input, h));
      out.push(...emit(input, holders, [object], "", m.index, { status: "conferred" }));
    }
    return out;
  },
};
