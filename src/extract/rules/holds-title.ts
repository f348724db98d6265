// An honor stated as held, not as news: "The Pine Museum is a national first-class museum";
// "Hill Park is one of the first national wetland parks"; "the Lake Observatory, a national
// science popularization base, opened ...". The genre's gold counts these as conferred.
import type { Mention } from "../../types.ts";
import { POST_OF } from "../honor-words.ts";
import { MEMBERSHIP_NAME } from "../names.ts";
import { type HonorObject, isFreeText, readHonorObject } from "../relations.ts";
import { namesAnAcademy } from "./academy-title.ts";
import { endingAtHospital, HOSPITAL_DESCRIBED, HOSPITAL_GRADE } from "./hospital-grade.ts";
import {
  alreadyFound,
  canReceive,
  emit,
  honorsAfter,
  LEVEL_WORD,
  placeNamedAt,
  RANK_WORD,
  subjectHolders,
} from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** A rank word opens every title this rule reads: a bare "is a hospital" states no honor. */
const MEMBER = String.raw`(?:(?:foreign|associate|honorary|corresponding)\s+)?(?:academician|fellow|member|associate)`;
// "representative inheritor of national intangible heritage", "a senior master of arts and crafts
// in Jiangxi Province": the titles of a craft's keepers, whatever level opens them.
const CRAFT_TITLE = String.raw`(?:representative\s+)?inheritors?\s+of\s+(?:the\s+)?(?:${LEVEL_WORD}|[A-Z])|(?:senior\s+)?masters?\s+of\s+(?:Chinese\s+)?arts\s+and\s+crafts\b`;
const RANK = String.raw`${RANK_WORD}|${HOSPITAL_GRADE}|${MEMBER}\s+of\s+(?:the\s+)?(?=\uE000|[A-Z])|${CRAFT_TITLE}`;

const IS_A = new RegExp(
  String.raw`\b(?:is|are|has\s+been|have\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:(?:a|an)\s+|the\s+(?=${MEMBER}\s+of\b)|(?:both|all)\s+|one\s+of\s+the\s+(?:(?:first|earliest|only|few|\d+|(?!${LEVEL_WORD})[a-z]+)\s+)?(?:batch(?:es)?\s+of\s+)?)(?:${HOSPITAL_DESCRIBED})?(?=${RANK})`,
  "gi",
);
// "Hill County is the national leisure agriculture demonstration county", "is the first national
// ecological county": a definite title held, opened by its level word.
const IS_THE = new RegExp(
  String.raw`\b(?:is|are|has\s+been|have\s+been)\s+(?:also\s+|now\s+|still\s+)?the\s+(?:(?:first|only)\s+)?(?:${HOSPITAL_DESCRIBED})?(?=${LEVEL_WORD}\s|${HOSPITAL_GRADE})`,
  "gi",
);
/** "TNTP is the only state-level prize for teaching": what a prize is, said of the prize itself. */
const PRIZE_ITSELF =
  /\b(?:awards?|prizes?|medals?|honou?rs?|titles?|competitions?|contests?)(?:\s+(?:for|of|in)\s.*)?$/i;

/** "A (right), a national model worker, ...": where the holder stands in the photo. */
const WHERE_IN_PHOTO = String.raw`\((?:(?:first|second|third|1st|2nd|3rd)\s+from\s+)?(?:right|left|cent(?:er|re)|middle|front|back)\)`;
// "Liu Wen, National Outstanding Member of the Youth League, spoke": no article before a name.
// "Mao Lin, a 56-year-old national model worker, ...": an age between the article and the title.
// "Wang Xi, who is also an academician of the CAS, has ...": the relative clause states it too.
// "Rao Lin, physicist, Academician of CAS and winner of X, ...": a trade in lower case may come
// first, and a prize won may follow the title before the appositive closes.
const APPOSITIVE = new RegExp(
  String.raw`\uE000(\d+)\uE001\s*(?:${WHERE_IN_PHOTO}\s*)?,\s*(?:[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s*,\s*(?=${MEMBER}\s+of\s|\uE000\d+\uE001\s*(?:,|and\s+(?:the\s+)?winner\s+of\b)))?(?:who\s+(?:is|was)\s+(?:also\s+|now\s+)?)?(?:(?:a|an)\s+(?:\d{1,3}-year-old\s+)?|the\s+(?=(?:academician|fellow|member)\s+of\b)|one\s+of\s+the\s+(?:(?:first|earliest|only|\d+|(?!${LEVEL_WORD})[a-z]+)\s+)?)?(?=${RANK}|\uE000\d+\uE001\s*(?:,|and\s+(?:the\s+)?winner\s+of\b))`,
  "gi",
);
// "Hill University, as the provincial key university in Shandong, has ...": an "as" appositive.
const AS_APPOSITIVE = new RegExp(
  String.raw`\uE000(\d+)\uE001\s*,?\s*as\s+(?:a|an|the)\s+(?:(?:first|only)\s+)?(?=${RANK})`,
  "gi",
);
// Words that make a rank and a noun a description, not a title: "a provincial capital city".
// "Major" describes before a noun ("a major national base"); last, it is a field of study held
// ("a national first-class undergraduate major").
const DESCRIPTIVE =
  /\b(?:capital|level\s+of|important|major(?!s?$)|large|big|famous\s+for|leading\s+role)\b|\b(?:famous|renowned|noted|well-known|leading)\s+(?:[a-z-]+\s+){0,2}?(?:experts?|scientists?|scholars?|writers?|artists?|doctors?|engineers?|entrepreneurs?)\b/i;
/** "a Chinese tea maker based in Tarn": what a firm is and where, in lower case, no title. */
const FIRM_DESCRIPTION =
  /\b(?:based|located|headquartered|situated)\s+in\b|\b(?:giant|maker|manufacturer|producer|supplier|provider|operator|developer)s?\b/;

const POST_WORDS =
  "Professor|President|Director|Dean|Head|Chairman|Chairwoman|Secretary|Vice|Deputy|Chief";
// "a professor at X", "the founding president of Y": a post, capitalised or not, ends the titles.
const POST = new RegExp(
  `^(?:(?:founding|former|executive|honorary)\\s+)?(?:${POST_WORDS})\\b`,
  "i",
);

/** "Gu Lan, Chinese vice-minister of Sports": an office held is no honor. */
const OFFICE =
  /\b(?:vice-?|deputy\s+)?(?:minister|governor|mayor|ambassador|consul|premier|secretary|chairman|chairwoman|spokes(?:man|woman|person))\b/i;

/** "member of the X": a membership is a title only in an academy or a learned society. */
const MEMBERSHIP = /^members?\s+of\s+(?:the\s+)?/i;

/** A title read here must say more than its rank and kind ("national hospital" is no honor). */
function titleLike(object: HonorObject): boolean {
  const name = object.honor.name;
  const membership = MEMBERSHIP.exec(name);
  if (membership && !namesAnAcademy(name.slice(membership[0].length))) return false;
  return (
    name.split(/\s+/).length >= 3 &&
    !DESCRIPTIVE.test(name) &&
    !FIRM_DESCRIPTION.test(name) &&
    !OFFICE.test(name)
  );
}

/** Titles after "is a" (rank words), stopping at a post held: "is a national X and a professor". */
function ranked(read: HonorObject[]): HonorObject[] {
  const post = read.findIndex((o) => POST.test(o.honor.name));
  return (post < 0 ? read : read.slice(0, post)).filter(titleLike);
}

/** Titles after "is the": as after "is a", none that names a kind of prize. */
function rankedDefinite(read: HonorObject[]): HonorObject[] {
  return ranked(read).filter((o) => !PRIZE_ITSELF.test(o.honor.name));
}

/** "is a 2030 TWAS Fellow", "was made an Academician of X": a learned body's membership held. */
const IS_A_FELLOW =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:made\s+)?(?:a|an)\s+(?:(?:19|20)\d{2}\s+)?(?=\uE000)/gi;

/**
 * "Xiamen is a National Civilized City", "A is the 2019 Male Table Tennis Star": a copula, then a
 * title the name grammar read as an honor.
 */
// "It is China's first National Forest City", "is the only X": first of a title is still it.
const IS_NAMED_TITLE =
  /\b(?:is|are|has\s+been|have\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:(?:a|an|the)\s+|one\s+of\s+the\s+|(?:China|\uE000\d+\uE001)(?:'|\u2019)s\s+(?=first\s|only\s))?(?:(?:first|only)\s+(?=["\u201C]?\uE000))?(?:(?:19|20)\d{2}\s+)?["\u201C]?(?=\uE000)/gi;

/**
 * The first title after the copula, when the name grammar read it as an honor, and the named
 * titles listed after it ("China's first X and the first Y").
 */
function namedTitle(read: HonorObject[]): HonorObject[] {
  const named = read.findIndex((o) => o.honor.kind !== "Honor" || isFreeText(o.honor));
  return named < 0 ? read : read.slice(0, named);
}

/** The membership named first after "is a", if it is one. */
function membership(read: HonorObject[]): HonorObject[] {
  const first = read[0];
  return first?.honor.kind === "Honor" && MEMBERSHIP_NAME.test(first.honor.name) ? [first] : [];
}

/** Each copula `pattern` opens after its holders: the titles `pick` takes from what follows. */
function fromCopula(
  input: RuleInput,
  pattern: RegExp,
  pick: (read: HonorObject[]) => HonorObject[],
) {
  const text = input.skeleton.text;
  const out = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const holders = subjectHolders(input, m.index).filter((h) => !alreadyFound(input, h));
    if (holders.length === 0) continue;
    const objects = pick(honorsAfter(input, m.index + m[0].length)).map((o) =>
      endingAtHospital(input, o),
    );
    out.push(...emit(input, holders, objects, m[0], m.index, { status: "conferred" }));
  }
  return out;
}

/**
 * Each appositive `pattern` opens after a holder (group 1): the titles it states, read when
 * `closes` accepts what follows the last title (and the match itself).
 */
function fromAppositives(
  input: RuleInput,
  pattern: RegExp,
  closes: (after: string, match: RegExpExecArray, holder: Mention, title: Mention) => boolean,
) {
  const { skeleton } = input;
  const out = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(skeleton.text); m; m = pattern.exec(skeleton.text)) {
    const holder = skeleton.mentionAt(Number(m[1]));
    if (!holder || holder.kind === "Honor" || !canReceive(holder)) continue;
    // "Hill Bridge, Tarn City, Lake Province": an address, not a title (and no honor is read
    // from it, for rules after this one to find).
    if (placeNamedAt(input, m.index + m[0].length) > 0) continue;
    // A holder with another honor in this sentence may still state a title it holds: "A, an
    // academician of the CAS, won the top prize" (the same honor read twice is merged later).
    // "Institute of X, Hill Academy of Y," is a name and its parent, not a title held.
    const read = honorsAfter(input, m.index + m[0].length);
    // "A, Member of B, Professor of C": a post after the title is no title; "..., and winner of
    // the X" is read by the rule for winners.
    const post = read.findIndex((o) => POST.test(o.honor.name) || WINNER_OF.test(o.honor.name));
    const stated = post < 0 ? read : read.slice(0, post);
    const objects = stated.filter((o) => o.honor.kind === "Honor" && titleLike(o));
    // The appositive closes after all it states, a description too ("academician of X and
    // famous tea expert, was ..."); only the titles in it are read.
    const last = stated[stated.length - 1];
    const first = objects[0];
    if (!first || !last || !closes(skeleton.text.slice(last.end), m, holder, first.honor)) continue;
    const won = prizeWonAfter(input, last.end);
    out.push(
      ...emit(input, [holder], won ? [...objects, won] : objects, m[0], m.index, {
        status: "conferred",
      }),
    );
  }
  return out;
}

/** After a person's bare title: the sentence goes on, or another post follows ("A, Member of B, Professor of C"). */
const PERSON_GOES_ON = new RegExp(`^\\s*,\\s*(?:[a-z]|(?:${POST_WORDS})\\b)`);

/**
 * "X, a national Y, opened ..."; "A, an academician of the CAS who studied at B, won ...": the
 * appositive closes with a comma, the sentence or a relative clause. Without an article only a
 * person's title, with the sentence going on after it, is read: "Liu Wen, National Model Teacher,
 * spoke"; "A, B, C" is a list of names.
 */
function closesAppositive(
  after: string,
  match: RegExpExecArray,
  holder: Mention,
  title: Mention,
): boolean {
  // "A, an academician of the CAS (CAS) won ...": a short form may close it, or its comma be
  // left out before the verb. "A, academician of the CAS and head of B, ...": a post held may
  // follow the title before it closes.
  const rest = after.replace(AND_POST_HELD, "");
  const withoutWin = rest.replace(AND_WINNER_OF, "");
  // "A, academician of X and winner of Y (2006) were invited": the verb may follow the prize.
  const verbAfterWin = withoutWin !== rest && /^\s+(?:was|were)\b/.test(withoutWin);
  if (
    !verbAfterWin &&
    !/^\s*(?:\([^()]{1,20}\)\s*)?(?:,|\.|$|who\b|which\b|(?:has\s+)?(?:won|received)\b)/.test(
      withoutWin,
    )
  )
    return false;
  const bare = !/(?:,|\bwho\s+(?:is|was)(?:\s+also|\s+now)?)\s*(?:a|an|one)\s/i.test(match[0]);
  if (!bare) return true;
  if (holder.kind !== "Person") return false;
  // "led by A, academician of the CAS." or "..., and ...": an academy's title needs no more.
  return (
    PERSON_GOES_ON.test(withoutWin) ||
    (ACADEMY_TITLE.test(title.name) && (verbAfterWin || /^\s*(?:[.,]|$)/.test(withoutWin)))
  );
}

/** " and head of the Hill School": a post held after a title, before the appositive closes. */
const AND_POST_HELD = new RegExp(
  String.raw`^\s+and\s+(?:the\s+)?${POST_OF}\s+(?:[^,.;\uE000]|\uE000\d+\uE001){1,80}?(?=\s*[,.;]|$)`,
  "i",
);

const WINNER_OF = /^winners?\s+of\b/i;

/** "..., academician of X and winner of the Y": the prize after the title, its holder's too. */
function prizeWonAfter(input: RuleInput, position: number): HonorObject | undefined {
  const { state, context, skeleton } = input;
  const and = AND_WINNER.exec(skeleton.text.slice(position));
  if (!and) return undefined;
  const object = readHonorObject(state, context, skeleton, position + and[0].length);
  return object?.honor.kind === "Honor" ? object : undefined;
}

/** " and winner of the X Award (2006)": a prize won, read by its own rule, before the appositive closes. */
const AND_WINNER = /^\s+and\s+(?:the\s+)?winner\s+of\s+/i;
const AND_WINNER_OF = new RegExp(
  String.raw`${AND_WINNER.source}(?:the\s+)?(?:[^,.;()\uE000]|\uE000\d+\uE001){1,80}?(?:\s*\((?:19|20)\d{2}\))?(?=\s*[,.;]|\s+(?:was|were|is|are)\b|$)`,
  "i",
);

/** "academician of X", "fellow of X": a title nobody holds as a post. */
const ACADEMY_TITLE = /^(?:academician|fellow|(?:foreign\s+)?members?)\s+of\b/i;

export const holdsTitle: ConferralRule = {
  name: "holds-title",
  example: "The Pine Museum is a national first-class museum and a provincial patriotic base.",
  gate: /\b(?:is|are|was|were|been)\s+(?:also\s+|now\s+|still\s+|made\s+)?(?:a|an|one|both|all)\s|\b(?:is|are|been)\s+the\s+(?:first\s+|only\s+)?(?:national|provincial|municipal|state)|\b(?:grade|class|level)[\s-]*(?:iii|3|a)\b|,\s*(?:a\s|an\s|one\s+of\s|(?:the\s+)?(?:academician|fellow|member)\s+of\s|national|provincial|municipal|state|china|chinese|\uE000)|\bas\s+(?:a|an|the)\s|\b(?:is|are|been)\s+(?:(?:a|an|the)\s+)?(?:(?:19|20)\d{2}\s+)?\uE000|\b(?:is|are|been)\s+(?:(?:China|\uE000\d+\uE001)(?:'|\u2019)s\s+|the\s+)?(?:first|only)\s+["\u201C]?\uE000/i,
  find(input) {
    return [
      ...fromCopula(input, IS_A, ranked),
      ...fromCopula(input, IS_THE, rankedDefinite),
      ...fromCopula(input, IS_A_FELLOW, membership),
      ...fromCopula(input, IS_NAMED_TITLE, namedTitle),
      ...fromAppositives(input, APPOSITIVE, closesAppositive),
      // "Hill University, as the provincial key university in X, has ...": a comma closes it.
      ...fromAppositives(input, AS_APPOSITIVE, (after) => /^\s*,/.test(after)),
    ];
  },
};
