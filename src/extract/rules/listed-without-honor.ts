// Holders named without their honor, which the text gave before: "Among the 60 schools are A, B
// and C"; "These include A and B"; "The two individuals were A and B"; "The Lake District made the
// list"; "A and B were among the recipients".

import type { Mention } from "../../types.ts";
import { mentionsNamedIn, NUMBER, readHonorObject } from "../relations.ts";
import { honorInContext, honorOfSentenceBefore, soleHonorOf } from "./context-honor.ts";
import { emit, listAfter, recipientsBefore } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

// A clause may open with "It is learned that": "It is learned that these 12 counties include A";
// or with its source: "According to the notice, the twelve towns are A and B".
// "Selected towns are A and B"; "There are 30 selected villages, including A and B".
/** A count before a plural noun: digits or a number word up to ten. */
const SMALL_COUNT = String.raw`\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten`;
// "The five other towns which have held this title since 2015 are A and B": earlier holders.
const HOLDERS_BEFORE = String.raw`^\s*(?:The\s+)?(?:other\s+)?(?:(?:${SMALL_COUNT})\s+)?(?:other\s+)?(?:[A-Z][a-z]+\s+)?[a-z-]+\s+(?:that|which|who)\s+(?:have|has|had)\s+(?:also\s+)?(?:shared|won|received|held|obtained|gained|been\s+awarded|been\s+granted)\s+(?:the|this|that)\s+(?:honou?r|title|award|prize|designation|status)\s+(?:(?:since|before|in)\s+(?:19|20)\d{2}\s+)?(?:are|were|include[sd]?)\b\s*:?\s*`;
/** "newly named", "newly accredited": a participle that says the holders are this round's. */
const NEWLY = String.raw`newly\s+(?:named|selected|listed|added|designated|approved|recogni[sz]ed|rated|certified|accredited|identified|confirmed)`;
// "The four other parks newly added this time are A and B": the participle after the noun.
const NEWLY_AFTER_NOUN = String.raw`The\s+(?:(?:${SMALL_COUNT})\s+)?(?:other\s+)?(?:new\s+)?(?:[A-Z][a-z]+\s+)?[a-z-]+s\s+${NEWLY}(?:\s+(?:this\s+(?:time|year|round)|in\s+this\s+(?:batch|round)))?\s+`;
// "The Chinese energy companies on the list include A and B": the list the text just named.
const ON_THE_LIST = String.raw`(?:The\s+)?(?:[A-Za-z-]+\s+){0,4}?[a-z-]+s\s+on\s+(?:the|this|that)\s+(?:(?:19|20)\d{2}\s+)?list(?:\s+this\s+year)?\s+`;
// "This year's inductees included a strong lineup of players: A, B": a lead phrase before the colon.
const AMONG_ARE = new RegExp(
  String.raw`^\s*(?:It\s+is\s+(?:learned|reported|understood|known)\s+that\s+|According\s+to\s+[^,;]{1,80},\s*|As\s+[^,;]{1,60}\b(?:announced|reported|said|stated|showed)\b[^,;]{0,30},\s*)?(?:(?:The|This)\s+(?:new\s+|latest\s+|full\s+)?list\s+(?=includes|included|include)|Among\s+(?:the|these|those|them)?\s*(?:\d[\d,]*\s+)?(?:[A-Za-z-]+\s+|\uE000\d+\uE001\s+){0,7}?|(?:These|They|Those)\s+(?:(?:${SMALL_COUNT}|eleven|twelve)\s+)?(?:[a-z-]+\s+){0,2}?|(?:The|(?:\uE000\d+\uE001|[A-Z][a-z]+)(?:'|\u2019)s)\s+(?:other\s+)?(?:${SMALL_COUNT})\s+(?:[a-z-]+\s+){0,2}?|(?:The\s+|This\s+year(?:'|\u2019)s\s+)?(?:other\s+)?(?:(?:award|prize)[\s-])?(?:winners|recipients|awardees|inductees|honou?rees|laureates)(?:\s+(?:of\s+)?this\s+year)?\s+|${NEWLY_AFTER_NOUN}|${ON_THE_LIST}|(?:The\s+)?(?:other\s+)?(?:(?:${SMALL_COUNT})\s+)?(?:selected|chosen|listed|${NEWLY}|winning|successful|shortlisted)\s+(?:(?:[A-Z][a-z]+|\uE000\d+\uE001)(?:-based)?\s+)?[a-z-]+\s+(?:in\s+(?:\uE000\d+\uE001|[A-Z][a-z]+)\s+)?)(?:(?:are|were)\s+(?:said|reported|believed|understood|known)\s+to\s+be|are|were|included|includes|include)\b\s*(?:an?\s+(?:[a-z-]+\s+){1,4}?(?:of\s+[a-z-]+\s*)?(?=:))?:?\s*|${HOLDERS_BEFORE}|^\s*There\s+(?:are|were)\s+(?:(?:${SMALL_COUNT})\s+)?(?:selected|chosen|newly\s+(?:named|selected|listed|added)|winning|successful|shortlisted)\s+[a-z-]+\s*,?\s*(?:including|namely|such\s+as)\s*:?\s*|\b(?:has|have|had)\s+(?:${SMALL_COUNT})\s+(?:selections|winners|entries|places)\s*,?\s*namely\s*:?\s*`,
  "i",
);
// "Seven villages were recognised among the X. ... The villages are A and B": a plural noun the
// sentence before counted names the holders it counted. "Selected for their X, the villages are".
// "Three urban districts and six towns were named X. The urban districts are A. The towns are B":
// an adjective may stand before the noun, and a second noun after "and"; "The seven Chinese villages
// picked by the Agency this year are A and B": the count again, and who picked them.
const COUNTED_ARE =
  /^\s*(?:(?:Selected|Chosen|Recogni[sz]ed|Honou?red|Named)\s+(?:for|by)\s+[^,;\uE000]{1,100},\s*)?(?:the|these)\s+(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:[A-Za-z-]+\s+)?([a-z]{3,}s)(?:\s+and\s+[a-z-]{3,}s)?(?:\s+(?:picked|selected|chosen|named|listed|honou?red|recogni[sz]ed|added|approved)\s+(?:by|in|for|this|last)\b[^,;:.]{1,80}?)?\s+(?:are|were|include[sd]?)\s*:?\s*/i;

/**
 * The opening "the villages are" when one of the two sentences before counted that noun ("Seven
 * villages").
 */
function countedHoldersAre(input: RuleInput): RegExpExecArray | null {
  const opening = COUNTED_ARE.exec(input.skeleton.text);
  if (!opening) return null;
  const { state, context } = input;
  const counted = new RegExp(
    String.raw`\b(?:${NUMBER})\s+(?:[A-Za-z-]+\s+){0,2}?${opening[1]}\b`,
    "i",
  );
  for (const back of [1, 2]) {
    const before = state.sentences[context.sentence.index - back];
    if (!before || before.paragraph < context.sentence.paragraph - back) return null;
    if (counted.test(state.view.slice(before.start, before.end))) return opening;
  }
  return null;
}

// "To date, five villages in the city have been listed: A and B": the list after the colon.
const LISTED_COLON =
  /\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?been\s+(?:listed|selected|named|included|chosen)\s*:\s*(?="?\uE000)/i;

const WINNERS_ARE = /\b(?:winners?|recipients?|awardees?|laureates?|inductees?|honou?rees?)\b/i;
// "Among those honored are A and B": they hold the honor the sentence before gave, even to a
// class ("decided to award the X to young volunteers") rather than to names.
const THOSE_HONORED =
  /\bthose\s+(?:honou?red|awarded|decorated|commended|recogni[sz]ed|elected|selected|named)\b/i;
// "..., the Lake Team and 30 volunteers, including pilot A and nurse B": the names after a class.
const INCLUDING_NAMES = /,?\s+including\s+(?=(?:[a-z-]+\s+)?"?\uE000)/;
// "Among the 50 winners are manufacturing companies such as A and B": a class, then its names.
const CLASS_THEN_NAMES =
  /^(?:[a-z-]+\s+){1,4}(?:such\s+as|including|like)\s+(?=(?:the\s+)?"?\uE000)/;
// "This year's winner is A", "The 2020 laureate was B", "This year's surprise winner is C".
const SOLE_WINNER =
  /^\s*(?:The\s+|(?:This|Last)\s+year(?:'|\u2019)s\s+)?(?:(?:19|20)\d{2}\s+)?(?:[a-z]+\s+)?(?:(?:award|prize)[\s-])?(?:winner|recipient|awardee|laureate)\s+(?:is|was)\s+/i;
// "Below we introduce three winners: A, B and C": holders after a colon, anywhere in the sentence.
const WINNERS_COLON = new RegExp(
  String.raw`\b(?:(?:${SMALL_COUNT})\s+(?:of\s+the\s+)?)?(?:[a-z-]+\s+)?(?:winners|recipients|awardees|laureates|honou?rees)\s*:\s*(?="?\uE000)`,
  "i",
);
// "the list of the X was announced, and A and B were on it": "it" is the list the clause named.
const ON_IT = /\s*(?:is|are|was|were)\s+(?:also\s+|all\s+)?(?:on|in|among)\s+it\b/;
const LIST_NAMED_BEFORE = /\blists?\b[^;]*,\s*(?:and|with)\s+[^;]*$/i;

/** Holders said to be "on it" after the sentence named a list and its one honor. */
function onTheListJustNamed(input: RuleInput) {
  const text = input.skeleton.text;
  const m = ON_IT.exec(text);
  if (!m || !LIST_NAMED_BEFORE.test(text.slice(0, m.index))) return [];
  const honor = soleHonorOf(input.state, input.context.sentence.index);
  // "a list of products": a named honor, not a plain word for what is listed.
  if (!honor || !/[A-Z]/.test(honor.name)) return [];
  const recipients = recipientsBefore(input, m.index).filter(
    (r) => r.evidence.start > honor.evidence.end,
  );
  return emit(input, recipients, [{ honor, end: m.index + m[0].length }], m[0], m.index);
}

const AMONG_THEM_LIST = /^\s*Among\s+(?:them|these|those)\s*,\s*(?=(?:the\s+)?"?\uE000)/i;
const VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|won|wins|received|got|obtained|became|includes?|included|named|selected|listed|awarded|rated)\b/i;
const MADE_THE_LIST = new RegExp(
  String.raw`\s*(?:has\s+|have\s+)?(?:also\s+)?(?:(?:made|entered|topped|joined)\s+the\s+list|made\s+(?:their|its)\s+way\s+(?:on|onto|into)\s+the\s+list)\b|\s*(?:has\s+|have\s+)?(?:also\s+)?been\s+(?:also\s+)?(?:included|listed)\s+(?:in|on)\s+the\s+(?:prestigious\s+|same\s+|new\s+)?list\b|\s*(?:is|are|was|were)\s+(?:also\s+)?among\s+the\s+(?:recipients|winners|awardees|honorees|laureates|lists?)\b|\s*(?:is|are|was|were)\s+(?:also\s+)?(?:on|in)\s+the\s+list\s+of\s+(?:winners|recipients|awardees|honorees)\b|\s*(?:is|are|was|were)\s+(?:also\s+)?among\s+the\s+(?:\d+\s+)?(?:selected|chosen|named|successful|newly\s+[a-z]+ed)\s+[a-z]+s\b|\s*(?:are|were)\s+the\s+(?:${SMALL_COUNT}|eleven|twelve)\b(?!\s+(?:of|in|to|from|times|years?)\b)`,
  "gi",
);

// "A, B and C were the six": the count the text gave the holders before.
// "The six honorees of the Lake Medal are A, B and C": the honor after "of".
const HOLDERS_OF_ARE =
  /^\s*(?:The\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:(?:new|notable|other|previous|past|earlier)\s+)?(?:honou?rees|winners|recipients|awardees|laureates)\s+of\s+/i;

function holdersOfNamedHonor(input: RuleInput) {
  const { state, context, skeleton } = input;
  const opener = HOLDERS_OF_ARE.exec(skeleton.text);
  if (!opener) return [];
  const object = readHonorObject(state, context, skeleton, opener[0].length);
  if (object?.honor.kind !== "Honor") return [];
  const are = /^\s*(?:are|were|included|includes|include)\b\s*:?\s*/i.exec(
    skeleton.text.slice(object.end),
  );
  if (!are) return [];
  const recipients = listAfter(input, object.end + are[0].length);
  return emit(input, recipients, [object], opener[0], 0);
}

/** The honor a sentence's opening names ("Among the Lake Medal recipients are"), if it names one. */
function honorNamedIn(input: RuleInput, opening: string): Mention | undefined {
  return mentionsNamedIn(input.skeleton, opening).find((m) => m.kind === "Honor");
}

export const listedWithoutHonor: ConferralRule = {
  name: "listed-without-honor",
  example: "Among the 60 schools are Maple School and Pine School.",
  gate: /\b(?:among|these|they|those|made|entered|topped|joined|winners?|recipients?|awardees?|laureates?|inductees|honou?rees|list|listed|selected|selections|chosen|shortlisted|successful|winning|newly)\b|\b(?:are|were)\s+the\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|(?:(?:^\s*|,\s*)The|(?:'|\u2019)s)\s+(?:other\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:the|these)\s+(?:[a-z-]+\s+)?[a-z]{3,}s(?:\s+and\s+[a-z-]{3,}s)?\s+(?:are|were|include[sd]?)\b/i,
  find(input) {
    const named = holdersOfNamedHonor(input);
    if (named.length > 0) return named;
    const onIt = onTheListJustNamed(input);
    if (onIt.length > 0) return onIt;
    const text = input.skeleton.text;
    const among =
      AMONG_ARE.exec(text) ??
      SOLE_WINNER.exec(text) ??
      WINNERS_COLON.exec(text) ??
      LISTED_COLON.exec(text) ??
      countedHoldersAre(input);
    // "The winners are A and B" says they won what the text just named, announced or not.
    const winners = among !== null && WINNERS_ARE.test(among[0]);
    const honored = among !== null && THOSE_HONORED.test(among[0]);
    const listStart = among ? among.index + among[0].length : 0;
    // "Among the Lake Medal recipients are A and B": the honor named there.
    const honor =
      (among ? honorNamedIn(input, among[0]) : undefined) ??
      (honored ? honorOfSentenceBefore(input) : undefined) ??
      honorInContext(input) ??
      (winners ? honorOfSentenceBefore(input) : undefined);
    if (!honor) return [];
    const object = { honor, end: 0 };
    // The list must follow at once: "These include A", not "These museums are found in A".
    // "are chemist A and physicist B": an occupation may stand before each name, and an owner
    // before that ("are Cuba's A, Peru's B").
    if (
      among &&
      /^(?:the\s+)?(?:[A-Z][a-z]+(?:'s|\u2019s)\s+)?(?:(?:current|former|late|then|retired)\s+(?:[A-Z][a-z]+\s+)?)?(?:(?:[a-z-]+\s+)?[a-z]{3,}(?:ist|eer|ian|ner|ger|ker|ter|ver|ser|cer|rer|der|per)\s+)?"?\uE000/.test(
        text.slice(listStart),
      )
    ) {
      const recipients = listAfter(input, listStart);
      object.end = text.length;
      return emit(input, recipients, [object], among[0], 0);
    }
    // "those honored ..., including A"; "the 50 winners are companies such as A".
    const classThenNames = honored ? INCLUDING_NAMES : winners ? CLASS_THEN_NAMES : undefined;
    const including = classThenNames?.exec(text.slice(listStart)) ?? null;
    if (among && including) {
      const start = listStart + including.index + including[0].length;
      object.end = text.length;
      return emit(input, listAfter(input, start), [object], among[0], 0);
    }
    // "Among them, A in X, and B." with no verb: the sentence is the list.
    const bare = AMONG_THEM_LIST.exec(text);
    if (bare && input.found.length === 0 && !VERB.test(text.replace(/\uE000\d+\uE001/g, ""))) {
      const recipients = listAfter(input, bare[0].length);
      object.end = text.length;
      return emit(input, recipients, [object], "", 0);
    }
    const out = [];
    // Every branch says "list", "among" or "are/were the"; the pattern itself tries each position (it opens with
    // \s*), so a sentence without either word is not scanned.
    MADE_THE_LIST.lastIndex = /list|among|(?:are|were)\s+the\s/i.test(text) ? 0 : text.length;
    for (let m = MADE_THE_LIST.exec(text); m; m = MADE_THE_LIST.exec(text)) {
      // "made the list of X" names its honor: other rules read that ("the list of winners" does not).
      if (/^\s+of\b/.test(text.slice(m.index + m[0].length)) && !/\blist\s+of\s+\w+$/.test(m[0]))
        continue;
      const recipients = recipientsBefore(input, m.index);
      object.end = m.index + m[0].length;
      out.push(...emit(input, recipients, [{ ...object }], m[0], m.index));
    }
    return out;
  },
};
