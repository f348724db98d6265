// An honor named once and then referred back to: "The Ministry named 20 National Forest Cities.
// Pine and Elm were granted the title in May."; "Among them, A and B have won this honor";
// "The Lake Prize was vacant in 2016. In 2017, it was won by Lu Min."; "Ten people were awarded the
// Lake Medal. They include A, B and C."
import type { Conferral, Mention } from "../../types.ts";
import { describesAnHonor, IN_CATEGORY } from "../honor-words.ts";
import { honorOfSentenceBefore, honorSoFar, soleHonorOf } from "./context-honor.ts";
import { emit, listAfter, recipientsBefore } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

// "have won this title", "were granted the honor", "holding the title": a verb of holding or
// receiving, then a generic honor word with a determiner and nothing that names it ("of X");
// or a bare plural ("A, B and C won awards"); "A, as the first firm in the city to win this award".
const HELD_BACK = new RegExp(
  String.raw`\s*,?\s*(?:(?:has|have|had|were|was|is|are)\s+)?(?:also\s+|both\s+|all\s+|successfully\s+|officially\s+){0,2}(?:(?:been\s+)?(?:won|received|obtained|gained|earned|secured|granted|awarded|given|conferred|won|retained|kept)|holds?|holding|shares?|shared|won|(?:the\s+)?(?:recipients?|winners?|laureates?)\s+of|as\s+(?:the|a)\s+(?:first|only)\s+(?:[^,.;\uE000]|\uE000\d+\uE001){1,80}?\s+to\s+(?:win|receive|obtain|gain|earn))\s+(?:(?:this|the|that|such\s+an?|the\s+same)\s+(?:honou?rary\s+|prestigious\s+|national\s+)?(title|honou?r|award|prize|medal|designation|status)s?|(award|prize)s|an?\s+(award|prize|medal)(?=\s+${IN_CATEGORY}))\b(?!\s+(?:of|for\s+(?:the\s+)?best|in(?!\s+(?:(?:19|20)\d{2}\b|(?:the\s+)?[a-z][a-z\s,&-]{0,50}?\s(?:category|field|section|track)\b)))\b|\s+"|\s*\uE000)`,
  "gi",
);
// "A is the awardee in the physics category": a winner of one field of the prize the text is about.
const AWARDEE_IN = new RegExp(
  String.raw`\s*(?:is|was|are|were)\s+(?:the|an?)\s+(?:awardees?|winners?|laureates?|recipients?)\s+(?=${IN_CATEGORY})`,
  "gi",
);
// "In 2017, it was won by X"; "The award went to X".
const WON_BY =
  /\b(?:it|the\s+(?:award|prize|medal|title|honou?r))\s+(?:was\s+(?:won|claimed|taken|shared)\s+by|went\s+to|was\s+(?:given|presented|awarded|conferred)\s+(?:to|on|upon))\s+/gi;

// "Past winners include A and B", "Notable past honorees include C": earlier holders of the honor
// the text is about, named anywhere before.
const EARLIER_HOLDERS = String.raw`(?:notable\s+)?(?:past|previous|former)\s+(?:winners|recipients|honou?rees|laureates|awardees)`;
const EARLIER_OPEN = new RegExp(String.raw`^\s*${EARLIER_HOLDERS}\b`, "i");

// "They include A, B and C"; "The winners are A and B": a sentence that opens with the holders
// of the one honor the sentence before named.
const HOLDERS_OPEN = String.raw`^\s*(?:they|these|those|(?:the|its)\s+(?:award-?)?(?:winners|recipients|honou?rees|laureates|awardees|inductees)(?:\s+of\s+(?:the|this)\s+(?:award|prize|honou?r|title|medal))?|${EARLIER_HOLDERS})\b`;
const THEY_ARE = new RegExp(
  String.raw`${HOLDERS_OPEN}(?:\s+(?:this|last)\s+year)?\s+(?:include|included|are|were)(?!\s+(?:[a-z]+ed|being|to)\b)\s*:?\s*`,
  "gi",
);

// "A and B were included on the list" (were on it, ranked on it); "The list also includes C";
// "Also listed was D"; "Five cities made the list, including E and F": the list is the honor's,
// named before ("published its ten best X of the year").
const ON_THE_LIST =
  /\s*,?\s*(?:(?:(?:(?:were|was|have\s+been|has\s+been|are|is)\s+)?(?:also\s+)?(?:included|listed|ranked)\s+(?:on|in)|(?:were|was|are|is)\s+(?:also\s+)?on)\s+the\s+list\b(?!\s+of\b)|(?:ranked|placed|came)\s+(?:in|among|within)\s+the\s+top\s+(?:\d{1,3}|three|five|ten|twenty|fifty|hundred)\b(?!\s+(?:of|in)\b)|(?:ascended|rose|climbed|moved)\s+into\s+the\s+top\s+(?:\d{1,3}|three|five|ten|twenty|fifty|hundred)\b(?!\s+(?:of|in)\b))/gi;
const LIST_NAMES =
  /\b(?:the\s+list\s+(?:also\s+)?(?:includes|included|contains|features)|also\s+(?:listed|on\s+the\s+list)\s+(?:was|were|is|are)|(?:made|entered)\s+the\s+list\s*,\s*(?:including|namely))\s+/gi;

// "The Ministry named 50 bases. Among them, A and B are from our province.": the holders of the
// one honor the sentence before named, whatever is said of them.
const AMONG_THEM = /^\s*(?:among|of)\s+(?:them|these|those)\s*,?\s*(?:the\s+)?(?=\uE000)/gi;

/** Heads an honor's own name must carry to be "the award" or "the prize" of a later sentence. */
const HEAD_IN_NAME: Record<string, RegExp> = {
  award: /\baward/i,
  prize: /\bprize/i,
  medal: /\bmedal/i,
};
/** "won the Lake Prize. B also received the award": with an article, "award" and "prize" name each other. */
const HEAD_WITH_ARTICLE: Record<string, RegExp> = {
  ...HEAD_IN_NAME,
  award: /\b(?:award|prize)/i,
  prize: /\b(?:prize|award)/i,
};

/**
 * The honor the generic word points back to: the latest one before, of the same head. A bare
 * plural ("A and B won awards") keeps to its own head.
 */
function antecedent(input: RuleInput, word: string, bare = false): Mention | undefined {
  const honor = honorSoFar(input);
  const head = (bare ? HEAD_IN_NAME : HEAD_WITH_ARTICLE)[word.toLowerCase()];
  if (!honor || (head && !head.test(honor.name))) return undefined;
  return honor;
}

/** One reading per match: the honor it points back to, and where its holders are read. */
type Reading = (m: RegExpExecArray) => { honor?: Mention; holders: () => Mention[] };

function readEach(input: RuleInput, pattern: RegExp, read: Reading) {
  const out = [];
  const text = input.skeleton.text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const { honor, holders } = read(m);
    if (!honor) continue;
    const recipients = holders().filter((r) => r.id !== honor.id);
    out.push(...emit(input, recipients, [{ honor, end: m.index + m[0].length }], m[0], m.index));
  }
  return out;
}

/** "B formally conferred the honors on ...": a verb of giving without "was" or "been" is active. */
const GIVEN_ACTIVELY =
  /^(?:(?!\b(?:were|was|is|are|been)\b).)*\b(?:granted|awarded|given|conferred)\b/i;

// "Four chemists won the award this year: A for X, B for Y": the holders follow a colon.
const COLON_AFTER = /^(?:\s+(?:this|last)\s+year|\s+in\s+(?:19|20)\d{2})?\s*:\s*/i;

function heldBack(input: RuleInput) {
  return readEach(input, HELD_BACK, (m) => ({
    honor: GIVEN_ACTIVELY.test(m[0])
      ? undefined
      : antecedent(input, (m[1] ?? m[2] ?? m[3]) as string, m[1] === undefined),
    holders: () => {
      const before = recipientsBefore(input, m.index);
      if (before.length > 0) return before;
      const end = m.index + m[0].length;
      const colon = COLON_AFTER.exec(input.skeleton.text.slice(end));
      return colon ? listAfter(input, end + colon[0].length) : [];
    },
  }));
}

function awardeeIn(input: RuleInput) {
  return readEach(input, AWARDEE_IN, (m) => ({
    honor: honorSoFar(input),
    holders: () => recipientsBefore(input, m.index),
  }));
}

/** "The prize had been given seven times. In 2011 it was shared by ...": "it" through "the prize". */
const GENERIC_SUBJECT = /^\s*(?:The|This)\s+(award|prize|medal)\b/i;

function itsHonor(input: RuleInput): Mention | undefined {
  const named = honorOfSentenceBefore(input);
  if (named) return named;
  const { state, context } = input;
  const before = state.sentences[context.sentence.index - 1];
  const generic = before ? GENERIC_SUBJECT.exec(state.view.slice(before.start, before.end)) : null;
  return generic ? antecedent(input, generic[1] as string) : undefined;
}

function wonBy(input: RuleInput) {
  return readEach(input, WON_BY, (m) => ({
    // "it" is an honor only when the sentence before named one and only one, or spoke of it
    // as "the prize".
    honor: /^it\b/i.test(m[0]) ? itsHonor(input) : antecedent(input, m[0].split(/\s+/)[1] ?? ""),
    holders: () => listAfter(input, m.index + m[0].length),
  }));
}

// "In 2019, China awarded the medals to A and B"; "the council presented the award to C": a giver
// hands the honor named before to the holders after "to".
const GAVE_IT_TO =
  /\b(?:awarded|presented|gave|granted|conferred|bestowed)\s+(?:the|this|these|that)\s+(award|prize|medal|title|honou?r)s?\s+(?:to|on|upon)\s+/gi;

function gaveItTo(input: RuleInput) {
  return readEach(input, GAVE_IT_TO, (m) => ({
    honor: antecedent(input, m[1] as string),
    holders: () => listAfter(input, m.index + m[0].length),
  }));
}

function theyAre(input: RuleInput) {
  return readEach(input, THEY_ARE, (m) => ({
    honor:
      soleHonorOf(input.state, input.context.sentence.index - 1) ??
      (EARLIER_OPEN.test(m[0]) ? honorSoFar(input) : undefined),
    holders: () => listAfter(input, m.index + m[0].length),
  }));
}

function amongThem(input: RuleInput) {
  return readEach(input, AMONG_THEM, (m) => ({
    honor: soleHonorOf(input.state, input.context.sentence.index - 1),
    holders: () => listAfter(input, m.index + m[0].length),
  }));
}

/** A title that is a list or a ranking: a list's name, a "Top 100", a plural head ("X Cities of Y"). */
const LIST_WORDS = /\b(?:list|lists|ranking|top\s+\d+)\b/i;
function isListLike(name: string): boolean {
  const head = name.split(/\s+(?:for|of|in|on|at)\s+/)[0] as string;
  return LIST_WORDS.test(name) || /[a-rt-z]s$/i.test(head);
}

/**
 * "the list": the honor read so far when it is a list; else the latest list a conferral read
 * ("came 9th in the Lake Cities ranking. ... also a pilot city. Five cities made the list").
 */
function listSoFar(input: RuleInput): Mention | undefined {
  const honor = honorSoFar(input);
  if (!honor || isListLike(honor.name)) return honor;
  for (let i = input.state.conferrals.length - 1; i >= 0; i--) {
    const earlier = input.state.byId.get((input.state.conferrals[i] as Conferral).honor);
    if (earlier && isListLike(earlier.name)) return earlier;
  }
  return honor;
}

function onTheList(input: RuleInput) {
  return [
    ...readEach(input, ON_THE_LIST, (m) => ({
      honor: listSoFar(input),
      holders: () => recipientsBefore(input, m.index),
    })),
    ...readEach(input, LIST_NAMES, (m) => ({
      honor: listSoFar(input),
      holders: () => listAfter(input, m.index + m[0].length),
    })),
  ];
}

export const honorAnaphora: ConferralRule = {
  name: "honor-anaphora",
  example:
    "The Ministry named 20 National Forest Cities. Pine and Elm were granted the title in May.",
  gate: new RegExp(
    String.raw`\b(?:this|the|that|same)\s+(?:honou?rary\s+|prestigious\s+|national\s+)?(?:title|honou?r|award|prize|medal|designation|status)|\b(?:an?\s+(?:award|prize|medal)|awardees?|winners?|laureates?|recipients?)\s+${IN_CATEGORY}|\b(?:award|prize)s\b|\bthe\s+list\b|\binto\s+the\s+top\b|\b(?:in|among|within)\s+the\s+top\b|^\s*(?:among|of)\s+(?:them|these|those)\b|\balso\s+(?:listed|on\s+the\s+list)\b|\bit\s+was\s+(?:won|claimed|taken|shared)\s+by\b|${HOLDERS_OPEN}`,
    "i",
  ),
  needsNames: true,
  find(input) {
    // Only where the earlier rules read nothing: a sentence that names its honor says so itself.
    // A bare "awards" read as an honor there is dropped later; it does not count.
    if (input.found.some((c) => !describesAnHonor(input.state.byId.get(c.honor)?.name ?? "")))
      return [];
    return [
      ...heldBack(input),
      ...awardeeIn(input),
      ...wonBy(input),
      ...gaveItTo(input),
      ...theyAre(input),
      ...amongThem(input),
      ...onTheList(input),
    ];
  },
};
