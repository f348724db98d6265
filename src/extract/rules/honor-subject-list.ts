// A sentence that opens with the honor and then names its holders: "The top ten science
// communicators of 2023 are: A, a teacher at B; C, ..."; "The Gold Lamp Prize was awarded to A".
import type { Mention } from "../../types.ts";
import { WINNER_NOUNS } from "../honor-words.ts";
import { NUMBER, readHonorObject } from "../relations.ts";
import {
  emit,
  LEVEL_WORD,
  listAfter,
  RANK_WORD,
  SENTENCE_OPENER,
  SHARE_OF_RANKING,
} from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

// "The winners of the 2025 X Medal are: ...": the honor is the medal, not its winners. "This
// year's X laureates were ..."; "Past X winners include ...".
// "The 8 national soccer schools ... are": a count of the holders may open the honor; "The newly
// approved five national 5A-class scenic spots are": so may what was done to them.
const OPENING = new RegExp(
  String.raw`^\s*(?:Among\s+them\s*,\s*)?(?:the\s+)?(?:(?:this|last)\s+year(?:'|\u2019)s\s+)?(?:(?:past|previous|earlier|former|recent)\s+(?=[A-Z"\uE000]))?(?:newly\s+(?:approved|named|selected|designated|listed|added|rated)\s+(?=${NUMBER}\s))?(?:${NUMBER}\s+(?=[a-zA-Z"\uE000]))?(?:(?:notable|other|new)\s+(?=${WINNER_NOUNS}))?(?:${WINNER_NOUNS}\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?)?`,
  "i",
);
const MEMBERS_OF =
  /^(?:(?:the|this|that|our|its|their)\s+)?(?:team|group|panel|jury|committee|delegation|board|staff|crew)s?\s+of\b/i;
const COUNT_LAST = new RegExp(String.raw`\b${NUMBER}\s+$`, "i");
// Counted, a free phrase is a title only with a rank or capitals: "The 8 national football
// schools are ..." names one; "The five tourist attractions included ..." describes the holders.
const COUNTED_TITLE = new RegExp(
  String.raw`^(?:${RANK_WORD}|key\b|demonstration\b|model\b|["A-Z])`,
);
const REDUCED_RELATIVE =
  /\b(?:designated|named|selected|recogni[sz]ed|identified|approved|listed|chosen|rated)\s+as\b/i;
// Between the honor and its verb: the word "winners" the honor's name left out, an aside,
// "(named) by the Ministry", "this year", "in 2023"; "identified and named in Hexi": where the
// holders were named.
const LINK =
  /^\s*(?:(?:winners|laureates|recipients|awardees)\s+)?(?:\([^()]{0,80}\)\s*)?(?:(?:named|selected|approved|announced|released|listed|rated|recogni[sz]ed|identified)\s+(?:and\s+(?:named|selected|approved|listed|rated|recogni[sz]ed|identified)\s+)?)?(?:in\s+(?:\uE000\d+\uE001|[A-Z][a-z]+)\s*)?(?:by\s+(?:the\s+)?\uE000\d+\uE001\s*)?(?:(?:this|last)\s+year\s*)?(?:(?:in|of)\s+(?:19|20)\d{2}\s*)?(?:\([^()]{0,80}\)\s*)?(?:are|were|is|was|included|includes|include)\b\s*(?:(?:awarded|granted|given|presented|conferred)\s+(?:on|to|upon)\s*)?(?::\s*)?/i;

const DESCRIBED_WINNER = /^(?:[a-z-]+\s+)?(?:winner|recipient|awardee|laureate)s?$/;

/** "A's Title": a person's name, then the title of their work, up to a comma, "and" or the end. */
const POSSESSED_WORK =
  /\uE000(\d+)\uE001(?:'s|\u2019s)\s+((?:[A-Z0-9"\u201C]|\uE000\d+\uE001)(?:[^,;:\uE000()]|\uE000\d+\uE001){0,80}?)(?=\s*(?:[,;.]|$|\(|\s+and\s+(?:so\s+on\b|\uE000)))/g;
const MIN_WORKS = 2;

/**
 * "The winners of the X Prize included A's Title One, B's Title Two, and so on": the works won,
 * each named after its author; the authors hold nothing here. A list of at least two.
 */
function possessedWorks(input: RuleInput, from: number): Mention[] {
  const { state, context, skeleton } = input;
  const works: Mention[] = [];
  POSSESSED_WORK.lastIndex = from;
  for (let m = POSSESSED_WORK.exec(skeleton.text); m; m = POSSESSED_WORK.exec(skeleton.text)) {
    if (skeleton.mentionAt(Number(m[1]))?.kind !== "Person") continue;
    const titleStart = m.index + m[0].length - (m[2] as string).length;
    const start = skeleton.toView(titleStart, "start");
    const end = skeleton.toView(m.index + m[0].length, "end");
    works.push(state.newMention("Work", start, end, context.sentence, 0.6));
  }
  return works.length >= MIN_WORKS ? works : [];
}

// What makes a lower-case phrase an honor's name: a rank or level, a ranking, a prize word.
// "role models" and "Chinese cities" name no honor; "Chinese" counts only beside another cue.
const HONOR_CUE = new RegExp(
  String.raw`\b(?:${LEVEL_WORD}|top|best|most|[a-z]+iest|gold(?:en)?|silver|bronze|awards?|prizes?|medals?|titles?|honou?rs?|fellows?|bases?|demonstration|key|excellent|outstanding|advanced|winners?|laureates?|(?<!\brole\s)models?)`,
  "i",
);

/** "Model figures include", "The principal investigators are": a plain description of people or places. */
function isPlainDescription(name: string): boolean {
  const rest = name.replace(/^\s*\S+/, "");
  // A title in capitals ends in one: "principle Investigators in the project" is no title.
  return !/["\u201C\d]|\b[A-Z][\w'-]*\W*$/.test(rest) && !HONOR_CUE.test(name);
}

/** "the company", "the museum": a lower-case short form of a name. */
function isShortForm(mention: Mention): boolean {
  return mention.surface === mention.surface.toLowerCase();
}

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
    // "The team of coaches includes A and B": a body's members, not an honor's holders.
    if (MEMBERS_OF.test(object.honor.name)) return [];
    // "This year's controversial winner is A": a winner described names no honor.
    if (DESCRIBED_WINNER.test(object.honor.name)) return [];
    // "Enterprises among top 10 are: A, B": the first places of a ranking named before.
    if (SHARE_OF_RANKING.test(object.honor.name)) return [];
    // "The three enterprises are ...": a bare plural noun names a kind of holder, not an honor.
    if (!/\s/.test(object.honor.name.trim())) return [];
    if (isPlainDescription(object.honor.name)) return [];
    const counted = COUNT_LAST.test(text.slice(0, opener + opening[0].length));
    if (counted && !COUNTED_TITLE.test(object.honor.name)) return [];
    const link = LINK.exec(text.slice(object.end));
    if (!link) return [];
    // The holders follow at once: "... are: A, B", not "... are found in provinces such as A".
    const from = object.end + link[0].length;
    if (!/^(?:the\s+)?(?:[A-Z][\w'-]*[\s,]+){0,4}"?\uE000/.test(text.slice(from))) return [];
    const works = possessedWorks(input, from);
    // "X was the company that ...": a lower-case short form after the verb describes, holds nothing.
    const recipients =
      works.length > 0 ? works : listAfter(input, from).filter((r) => !isShortForm(r));
    return emit(input, recipients, [object], link[0], 0);
  },
};
