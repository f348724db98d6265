// A sentence that opens with the honor and then names its holders: "The top ten science
// communicators of 2023 are: A, a teacher at B; C, ..."; "The Gold Lamp Prize was awarded to A".
import { readHonorObject } from "../relations.ts";
import { emit, listAfter, SENTENCE_OPENER } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

// "The winners of the 2025 X Medal are: ...": the honor is the medal, not its winners.
const OPENING =
  /^\s*(?:Among\s+them\s*,\s*)?(?:the\s+)?(?:(?:winners|recipients|awardees|laureates|honou?rees)\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?)?/i;
const REDUCED_RELATIVE =
  /\b(?:designated|named|selected|recogni[sz]ed|identified|approved|listed|chosen|rated)\s+as\b/i;
// Between the honor and its verb: an aside, "(named) by the Ministry", "this year", "in 2023".
const LINK =
  /^\s*(?:\([^()]{0,80}\)\s*)?(?:(?:named|selected|approved|announced|released|listed|rated|recogni[sz]ed|identified)\s+)?(?:by\s+(?:the\s+)?\uE000\d+\uE001\s*)?(?:(?:this|last)\s+year\s*)?(?:(?:in|of)\s+(?:19|20)\d{2}\s*)?(?:\([^()]{0,80}\)\s*)?(?:are|were|is|was|included|includes|include)\b\s*(?:(?:awarded|granted|given|presented|conferred)\s+(?:on|to|upon)\s*)?(?::\s*)?/i;

export const honorSubjectList: ConferralRule = {
  name: "honor-subject-list",
  example: "The top ten science communicators of 2023 are: Li Ming, a teacher at Pine School; ...",
  gate: /\b(?:are|were|is|was|include[sd]?)\s*(?:(?:awarded|granted|given|presented|conferred)\s+(?:on|to|upon)\s*)?:?\s*(?:the\s+)?(?:[A-Z][\w'-]*[\s,]+){0,4}"?\uE000/,
  needsNames: true,
  find(input) {
    const { state, context, skeleton } = input;
    const text = skeleton.text;
    const opener = SENTENCE_OPENER.exec(text)?.[0].length ?? 0;
    const opening = OPENING.exec(text.slice(opener));
    if (!opening) return [];
    const object = readHonorObject(state, context, skeleton, opener + opening[0].length);
    if (object?.honor.kind !== "Honor") return [];
    // "The three universities designated as X were ...": a reduced relative, not an honor.
    if (REDUCED_RELATIVE.test(object.honor.name)) return [];
    const link = LINK.exec(text.slice(object.end));
    if (!link) return [];
    // The holders follow at once: "... are: A, B", not "... are found in provinces such as A".
    const from = object.end + link[0].length;
    if (!/^(?:the\s+)?(?:[A-Z][\w'-]*[\s,]+){0,4}"?\uE000/.test(text.slice(from))) return [];
    const recipients = listAfter(input, from);
    return emit(input, recipients, [object], link[0], 0);
  },
};
