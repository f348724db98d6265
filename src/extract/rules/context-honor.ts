// Honors that hold for later sentences: the text announces an honor, then names holders without
// repeating it ("Among the 60 schools are A and B"; "A made the list"; "granted 10 women the title
// of X. ... A topped the list").
import type { Conferral, Mention } from "../../types.ts";
import { describesAnHonor, namesAPrizeCategory } from "../honor-words.ts";
import { type DocumentState, grownOver } from "../index.ts";
import { NUMBER, readHonorObject } from "../relations.ts";
import { mentionsOfSentence, RANK_WORD } from "./parts.ts";
import { isPrizeListItem } from "./prize-for-holder.ts";
import { TAKEN } from "./revoked.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

// "the most widely known prize in the trade", "national approved enterprise centers": a participle
// used as an adjective announces nothing.
// "42 cities have been selected by the Ministry to be implementation areas for X" announces X.
// "released the advanced deeds of the X": the deeds are of the X's holders; a year is no count.
// "named 12 cities National Tidy Cities", "named two people the X", "named eight new X": the counted
// noun is no part of the title ("named ten best exhibitions": a number that opens the title is).
const ANNOUNCES =
  /(?<!\b(?:most|more|widely|highly|well|internationally|nationally|best|national|provincial|state)[\s-])\b(?:recogni[sz](?:es|ed|ing)|names|named|naming|identif(?:ies|ied|ying)|commend(?:s|ed|ing)|(?<=\bto\s+)(?:name|identify)|nominat(?:e|es|ing)|designat(?:es|ed|ing)|select(?:s|ed|ing)|announc(?:ed|es|ing)|releas(?:ed|es|ing)|publish(?:ed|es|ing)|issued|unveil(?:ed|s|ing))\s+(?:(?:its|their|the|a)\s+)?(?:(?:first|second|third|fourth|fifth|sixth|new|latest|annual)\s+)?(?:(?:batch|list|round)\s+(?:of\s+)?)?(?:(?:advanced\s+)?deeds\s+of\s+)?(?:\([^()]{0,40}\)\s*)?(?:(?:the|a\s+total\s+of)\s+)?(?:(?:(?!(?:19|20)\d{2}\b)\d[\d,]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+(?:new|[a-z-]+s|people|women|men|children|staff|personnel)\s+(?:the\s+)?[A-Z\uE000]))\s+(?:new\s+)?(?:(?:[a-z-]+s|people|women|men|children|staff|personnel)\s+(?:the\s+)?(?=[A-Z\uE000]|(?:national|provincial|municipal|city|county|state)\s))?)?(?:(?:[a-z-]+\s+){1,3}?as\s+(?="|the\b|a\b|[A-Z\uE000]|(?:national|provincial|municipal|city|county|district|state)\b)|in\s+\uE000\d+\uE001\s+(?=as\s))?|\b(?:were|was|are|is|will\s+be|have(?:\s+now|\s+also)?\s+been|has(?:\s+now|\s+also)?\s+been)\s+(?:newly\s+|officially\s+|recently\s+)?(?:classified|designated|named|recogni[sz]ed|identified|selected|approved|listed|honou?red|rated|certified|accredited)\s+as\s+|\b(?:were|was|have(?:\s+now|\s+also)?\s+been|has(?:\s+now|\s+also)?\s+been)\s+(?:newly\s+|officially\s+|recently\s+)?(?:selected|included|listed|added|admitted)\s+(?:in|into|on|onto|to)\s+(?=the\s+[A-Z\uE000]|[A-Z\uE000])|\b(?:were|was|have\s+been|has\s+been)\s+shortlisted\s+(?:for|in|on)\s+(?:the\s+)?(?=(?:(?:19|20)\d{2}\s+)?[A-Z\uE000"])|\b(?:were|was|have\s+been|has\s+been)\s+(?:rated|upgraded|downgraded|demoted|promoted)\s+(?:to\s+|as\s+)?(?=[a-z\d]+[\s-](?:grade|class|level|tier|star)\b|(?:national|provincial|state)\s)|\b(?:honou?red|won|received|obtained|gained|were\s+awarded|was\s+awarded)\s+(?=the\s|a\s|an\s|")|\b(?:receive[sd]?|obtain(?:s|ed)?|awarded|issued|granted)\s+(?:the\s+)?certificates?\s+(?:of|as)\s+|\b(?:winners?|recipients?|laureates?)\s+of\s+(?:the\s+|this\s+year(?:'|\u2019)s\s+)?(?:annual\s+)?(?=[A-Z"\uE000])|\b(?:granted|awarded|conferred|bestowed)\s+(?:on\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[a-z]+\s+){0,3}?(?=(?:the\s+)?(?:honou?rary\s+)?title\s+of\b)|\b(?:to|will)\s+list\s+(?:\d[\d,]*\s+)?[a-z-]+\s+(?:in|on)\s+(?=the\s)|\b(?:were|was|have\s+been|has\s+been)\s+(?:newly\s+|officially\s+|recently\s+)?(?:selected|chosen|approved|designated|named|identified)\s+(?:by\s+[^;.]{1,120}?\s+)?to\s+be(?:come)?\s+(?:an?\s+|the\s+)?/gi;

/**
 * What an announcing verb names that is not itself an honor: "a notice announcing the list";
 * "Selected towns are ...": one plural noun; "its newest group of winners".
 */
const NOT_AN_HONOR =
  /^(?:notice|circular|decision|document|list|results?|announcement)s?\b|\b(?:group|batch|round|list)\s+of\s+(?:winners|laureates|recipients|awardees|honorees)\b|\b(?:announcing|naming|publishing|releasing|approving|determining)\b|^[a-z]+s$/i;

// "Five Scientists Win the Lake Award": a headline tells in the present.
const HEADLINE_NAMED =
  /\b(?:named|awarded|conferred|wins?|receives?|claims?|secures?|bags?|selected\s+(?:as|for)|designated\s+as|recogni[sz]ed\s+as|honou?red\s+as|listed\s+as|identified\s+as|approved\s+as|rated\s+as|certified\s+as)\s+/i;

/**
 * Reads the honor at `position` and keeps it as context for later sentences. After "named" in a
 * headline a capitalised title may have been read as a body's name; it is the honor there.
 */
function declare(input: RuleInput, position: number, afterNamed = false): void {
  const { state, context, skeleton } = input;
  const object = readHonorObject(state, context, skeleton, position);
  const kind = object?.honor.kind;
  if (!object) return;
  const named =
    kind === "Honor" ||
    (afterNamed && (kind === "Organization" || (kind === "Place" && isTitleShaped(object.honor))));
  const honor =
    kind === "Document"
      ? honorInTitle(input, object.honor)
      : named && !NOT_AN_HONOR.test(object.honor.name) && !namesAPrizeCategory(object.honor.name)
        ? object.honor
        : undefined;
  if (honor) declareHonor(state, honor);
}

/** "Global Clean River Towns": three or more capitalised words, more than a place's name. */
function isTitleShaped(mention: Mention): boolean {
  return mention.name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length >= 3;
}

/** Keeps `honor` as the context of later sentences. */
function declareHonor(state: DocumentState, honor: Mention): void {
  state.declaredHonors.push(honor);
  (honor as Mention & { declared?: boolean }).declared = true;
}

/**
 * "the Notice on the Recognition of 2023 Provincial Tea Bases": a document whose title says it
 * confirms, names or announces an honor declares that honor (after its year and batch).
 */
const TITLE_CONFERS =
  /\b(?:on|concerning|regarding|about)\s+(?:the\s+)?(?:confirmation|recognition|naming|announcement|publication|identification|approval|determination|commendation|selection|accreditation)\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:batch|group|list)\s+of\s+(?:the\s+)?)?(?:(?:19|20)\d{2}\s+)?(?=[A-Z"\u201C])/i;

function honorInTitle(input: RuleInput, document: Mention): Mention | undefined {
  const { start, end } = document.evidence;
  const title = input.state.view.slice(start, end);
  const opening = TITLE_CONFERS.exec(title);
  if (!opening) return undefined;
  const rest = title.slice(opening.index + opening[0].length).replace(/["\u201D\s]+$/, "");
  if (rest.split(/\s+/).length < 2 || !/^["\u201C]?[A-Z]/.test(rest)) return undefined;
  const from = start + opening.index + opening[0].length;
  // The honor may be read already, running past the title's cut ('... of "Little Giants" Firms').
  const read = input.context.top.find((m) => m.kind === "Honor" && m.evidence.start === from);
  if (read) return read;
  if (/^\s*["\u201C][^"\u201D\n]{1,60}["\u201D]\s*[A-Z]/.test(input.state.view.slice(end)))
    return undefined;
  return input.state.newMention("Honor", from, from + rest.length, input.context.sentence, 0.6);
}

/**
 * "The Lake Prize is the highest honor in the industry": a sentence that opens by saying what an
 * honor is makes it the honor the text is about.
 */
const DEFINES_HONOR =
  /^\s*(?:the\s+)?\uE000(\d+)\uE001\s+(?:is|was|has\s+been|remains)\s+(?:(?:one|among)\s+of\s+)?(?:the|a|an|its|China(?:'|\u2019)s)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:awards?|prizes?|honou?rs?|titles?|medals?|distinctions?)\b/i;

/** "On May 2, the 2021 Lake 100 list was released": a list or ranking the text says came out. */
const HONOR_RELEASED =
  /\uE000(\d+)\uE001\s+(list\s+|ranking\s+|rankings\s+)?(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+|recently\s+)?(?:released|published|announced|unveiled)\b/i;

/** The honor a match of `pattern` names in its first group, with the match. */
function honorMatched(
  input: RuleInput,
  pattern: RegExp,
): { honor: Mention; match: RegExpExecArray } | undefined {
  const match = pattern.exec(input.skeleton.text);
  const honor = match ? input.skeleton.mentionAt(Number(match[1])) : undefined;
  return match && honor?.kind === "Honor" ? { honor, match } : undefined;
}

/** "for the 2023 Lake Hall of Fame induction ceremony": the honor a ceremony is held for. */
const HONOR_CEREMONY =
  /\uE000(\d+)\uE001\s+(?:awards?\s+|awarding\s+|induction\s+|presentation\s+|prize-giving\s+)?ceremony\b/i;

function ceremony(input: RuleInput): void {
  const found = honorMatched(input, HONOR_CEREMONY);
  if (found) declareHonor(input.state, found.honor);
}

function released(input: RuleInput): void {
  const found = honorMatched(input, HONOR_RELEASED);
  if (!found) return;
  // An award "was announced" may be news of its own; a list or ranking that came out holds.
  const { start, end } = found.honor.evidence;
  const isList =
    found.match[2] !== undefined ||
    /\b(?:list|ranking)s?$/i.test(input.state.view.slice(start, end));
  if (isList) declareHonor(input.state, found.honor);
}

function defined(input: RuleInput): void {
  const found = honorMatched(input, DEFINES_HONOR);
  if (found) declareHonor(input.state, found.honor);
}

/**
 * "Nine more 3A grade nature parks were approved this spring": a counted title the sentence says
 * was given, with its holders named later ("The nine are A, B ...").
 */
const COUNTED_TITLE_GIVEN = new RegExp(
  String.raw`\b${NUMBER}\s+(?:more\s+|new\s+|additional\s+)?((?:${RANK_WORD}|key\b|demonstration\b|model\b)[\s-]?(?:[a-zA-Z'-]+\s+){0,5}?[a-z]+s)\s+(?:have\s+been|has\s+been|were|are)\s+(?:newly\s+|officially\s+|recently\s+)?(?:added|named|approved|selected|listed|designated|recogni[sz]ed|identified|upgraded|rated|certified)\b`,
  "i",
);

/** "120 Chinese counties and towns were listed": the country and kinds of holder name no title. */
const COUNTRY_AND_KINDS =
  /^(?:China's|Chinese|China)\s+(?:(?:counties|cities|districts|villages|towns|townships|museums|schools|units|enterprises|companies|firms|universities|colleges|hospitals|institutions)(?:\s*,\s*|\s+(?:and|or)\s+|$))+$/i;

function countedTitleGiven(input: RuleInput): void {
  const { state, context, skeleton } = input;
  const m = COUNTED_TITLE_GIVEN.exec(skeleton.text);
  if (!m || COUNTRY_AND_KINDS.test(m[1] as string)) return;
  const at = m.index + m[0].indexOf(m[1] as string);
  const start = skeleton.toView(at, "start");
  const end = skeleton.toView(at + (m[1] as string).length, "end");
  if (end <= start) return;
  declareHonor(state, state.newMention("Honor", start, end, context.sentence, 0.6));
}

/**
 * "Nine companies have had their X revoked", "Five hotels were stripped of their X": an honor taken
 * from holders the sentence does not name (they follow: "The nine companies are A and B").
 */
const TAKEN_FROM_UNNAMED = new RegExp(
  String.raw`\b(?:(?:were|have\s+been|had\s+been)\s+stripped\s+of\s+|(?:have|has|had)\s+(?:had\s+)?(?=(?:their|its)\s+[^.;]{2,120}?\s+${TAKEN}\b))(?:their|its)\s+`,
  "i",
);

/** "nine companies ", "Five hotels in Lanxi ": a counted group right before the verb. */
const COUNTED_SUBJECT = new RegExp(
  String.raw`\b(?:${NUMBER})\s+(?:[a-z-]+\s+){0,3}?[a-z]+s(?:\s+in\s+(?:\uE000\d+\uE001|[A-Z][a-z]+))?\s+$`,
  "i",
);

function takenFromUnnamed(input: RuleInput): void {
  const { state, context, skeleton } = input;
  const m = TAKEN_FROM_UNNAMED.exec(skeleton.text);
  if (!m || !COUNTED_SUBJECT.test(skeleton.text.slice(0, m.index))) return;
  const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
  if (object?.honor.kind !== "Honor") return;
  declareHonor(state, object.honor);
  state.revokedHonors.add(object.honor.id);
}

/** Declares the honors a sentence announces; it finds no conferral itself. */
export const announcedHonor: ConferralRule = {
  name: "announced-honor",
  example: "The province recognizes 40 model schools for science education.",
  gate: /\b(?:to|will)\s+list\b|\b(?:recogni[sz]|nam|designat|select|chosen|rated|added|upgraded|downgraded|demoted|promoted|certified|accredited|announc|releas|publish|issued|unveil|classified|identif|commend|stripped|revoked|withdrawn|cancel|rescinded|approved|listed|honou?red|won|wins?\b|receives?\b|received|obtained|gained|awarded|granted|conferred|bestowed|winner|recipient|laureate|certificate|ceremony)|\b(?:is|was|has\s+been|remains)\s+(?:(?:one|among)\s+of\s+)?(?:the|a|an|its|China)\b/i,
  find(input) {
    const { context, skeleton } = input;
    defined(input);
    released(input);
    ceremony(input);
    countedTitleGiven(input);
    takenFromUnnamed(input);
    // A headline drops the auxiliary: "Two Museums Named National First-class Museums".
    if (context.sentence.headline) {
      const headline = HEADLINE_NAMED.exec(skeleton.text);
      if (headline) declare(input, headline.index + headline[0].length, true);
    }
    ANNOUNCES.lastIndex = 0;
    for (let m = ANNOUNCES.exec(skeleton.text); m; m = ANNOUNCES.exec(skeleton.text)) {
      // ", recognizing their efforts in X": why the honor was given, not another honor.
      if (/^recogni[sz]ing\s+(?:their|its|his|her|our)\s/i.test(m[0])) continue;
      // "were designated as Global Clean River Towns": what a body is designated as is a title.
      // Read from "as" on, so that a quoted title after it counts as set off ('as "homes of art"').
      const as = /\bas\s+$/i.exec(m[0]);
      declare(input, as ? m.index + as.index : m.index + m[0].length, as !== null);
    }
    return [];
  },
};

/** The last of a list (in text order) that starts before `before`. */
function latestBefore(list: readonly Mention[], before: number): Mention | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i] as Mention;
    if (m.evidence.start < before) return m;
  }
  return undefined;
}

// "In addition to the above winners, the society will thank the following 12 companies.": what
// the next sentence lists are others than the winners.
const BESIDES_WINNERS =
  /\b(?:in\s+addition\s+to|besides|apart\s+from)\s+(?:the\s+|these\s+)?(?:above\s+|award\s+)?(?:winners|awardees|honou?rees|recipients|laureates)\b/i;

export function othersThanWinners(input: RuleInput): boolean {
  const { state, context } = input;
  const before = state.sentences[context.sentence.index - 1];
  return before !== undefined && BESIDES_WINNERS.test(state.view.slice(before.start, before.end));
}

/**
 * The latest honor announced or conferred before this sentence (both lists are in text order);
 * none right after a sentence that turns from the winners to others.
 */
export function honorInContext(input: RuleInput): Mention | undefined {
  const { state, context } = input;
  if (othersThanWinners(input)) return undefined;
  const before = context.sentence.start;
  const declared = latestBefore(state.declaredHonors, before);
  let conferred: Mention | undefined;
  const named = namedHonorsConferred(state);
  for (let i = named.length - 1; i >= 0 && !conferred; i--) {
    const honor = state.byId.get((state.conferrals[named[i] as number] as Conferral).honor);
    if (honor && honor.evidence.start < before && isNamedHonor(honor)) conferred = honor;
  }
  if (!declared) return conferred;
  if (!conferred) return declared;
  return declared.evidence.start > conferred.evidence.start ? declared : conferred;
}

/** An honor named as such: no bare description ("the award"), no item of a prize list. */
function isNamedHonor(honor: Mention): boolean {
  return !describesAnHonor(honor.name) && !isPrizeListItem(honor);
}

/** For each text, the conferrals so far whose honor is named, by index, and how far it has read. */
const namedConferred = new WeakMap<DocumentState, { read: number; indexes: number[] }>();

/**
 * The indexes of the conferrals found so far whose honor is named, grown as conferrals are found,
 * so that a text of many conferrals of bare "the prize" is looked back over once, not once each.
 */
function namedHonorsConferred(state: DocumentState): number[] {
  const make = () => ({ read: 0, indexes: [] as number[] });
  return grownOver(namedConferred, state, state.conferrals, make, (seen, conferral, at) => {
    const honor = state.byId.get(conferral.honor);
    if (honor && isNamedHonor(honor)) seen.indexes.push(at);
  }).indexes;
}

/**
 * The one honor a sentence names, read as a name or from its words by a rule (several mentions of
 * the same words count once).
 */
export function soleHonorOf(state: DocumentState, sentenceIndex: number): Mention | undefined {
  return oneNamedHonor(mentionsOfSentence(state, sentenceIndex), () => true);
}

/**
 * The honor the sentences `where` accepts name among `mentions`, when they name one and only one
 * (no bare "award").
 */
function oneNamedHonor(
  mentions: Mention[],
  where: (sentenceIndex: number) => boolean,
): Mention | undefined {
  const honors = mentions.filter(
    (m) => m.kind === "Honor" && where(m.evidence.sentenceIndex) && !describesAnHonor(m.name),
  );
  // "the Tarn Top 100 Firms List" and "the Tarn Top 100 Firms" are one honor named twice.
  const names = new Set(honors.map((h) => h.name.toLowerCase().replace(/\s+list$/, "")));
  return names.size === 1 ? honors[0] : undefined;
}

/**
 * The honor a text has been about so far: the latest one announced or conferred, or else the one
 * honor every sentence before has named ("The 2019 Lake Prize was announced. ... The winners are"),
 * or else the one the sentence right before names.
 */
export function honorSoFar(input: RuleInput): Mention | undefined {
  const current = input.context.sentence.index;
  return (
    honorInContext(input) ??
    oneNamedHonor(input.state.mentions, (index) => index < current) ??
    // "Nursing Award / The Lamp Award was set up ... A received the award": else the one honor
    // of the sentence right before.
    oneNamedHonor(mentionsOfSentence(input.state, current - 1), () => true)
  );
}

/** The one honor the sentence before names ("The Lake Prize was announced. The winners are ..."). */
export function honorOfSentenceBefore(input: RuleInput): Mention | undefined {
  const { state, context } = input;
  const honors = state.contexts[context.sentence.index - 1]?.top.filter((m) => m.kind === "Honor");
  return honors?.length === 1 ? honors[0] : undefined;
}
