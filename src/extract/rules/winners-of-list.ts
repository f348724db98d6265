// An honor's winners named mid-sentence, then listed: "The dean handed certificates to the winners
// of the Lake Prize: A, B and C"; "gave the cups to the winners of this session's Pine Youth
// Award, including A, B and C". (A sentence that opens with "The winners of X are ..." is
// honor-subject-list's.)
import type { Mention } from "../../types.ts";
import { WINNER_NOUNS } from "../honor-words.ts";
import { readHonorObject } from "../relations.ts";
import { alreadyFound, emit, listAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const WINNERS_OF = new RegExp(
  String.raw`\b${WINNER_NOUNS}\s+of\s+(?:the\s+|this\s+(?:session|year|edition)(?:(?:'|\u2019)s)?\s+|(?:the\s+)?(?:19|20)\d{2}\s+)?`,
  "gi",
);
// Between the honor and its holders: a colon or dash, "including", "namely", "such as".
const OPENER = /^\s*(?:[:\u2013\u2014]\s*|,?\s*(?:including|namely|such\s+as)\s*:?\s*)/i;
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
      const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
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
