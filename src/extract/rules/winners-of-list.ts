// An honor's winners named mid-sentence, then listed: "The dean handed certificates to the winners
// of the Lake Prize: A, B and C"; "gave the cups to the winners of this session's Pine Youth
// Award, including A, B and C". (A sentence that opens with "The winners of X are ..." is
// honor-subject-list's.)
import { WINNER_NOUNS } from "../honor-words.ts";
import { readHonorObject } from "../relations.ts";
import { alreadyFound, emit, listAfter } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const WINNERS_OF = new RegExp(
  String.raw`\b${WINNER_NOUNS}\s+of\s+(?:the\s+|this\s+(?:session|year|edition)(?:(?:'|\u2019)s)?\s+|(?:the\s+)?(?:19|20)\d{2}\s+)?`,
  "gi",
);
// Between the honor and its holders: a colon or dash, "including", "namely", "such as".
const OPENER = /^\s*(?:[:\u2013\u2014]\s*|,?\s*(?:including|namely|such\s+as)\s*:?\s*)/i;

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
      if (!opener) continue;
      const holders = listAfter(input, object.end + opener[0].length).filter(
        (h) => h.kind !== "Honor" && !alreadyFound(input, h),
      );
      out.push(...emit(input, holders, [object], "", m.index, { status: "conferred" }));
    }
    return out;
  },
};
