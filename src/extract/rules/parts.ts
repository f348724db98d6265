// Shared parts of the conferral rules: who the recipients before a verb are, the honors after
// it, and how a finding becomes a conferral. All work on the sentence skeleton (names replaced by
// placeholders \uE000n\uE001), so every rule covers every name the genre can put in a slot.
import type { Conferral, ConferralStatus, Mention } from "../../types.ts";
import { COURTESY_TITLE, DESCRIBES_MANY, NAME_DESCRIPTOR } from "../honor-words.ts";
import { type DocumentState, grownOver, rootOf } from "../index.ts";
import { isWorkDescriptor } from "../names.ts";
import type { Skeleton } from "../relations.ts";
import {
  AND_OTHERS,
  byAgents,
  cohortSize,
  conferralOf,
  countedBefore,
  GAPPED_CLAUSE,
  type HonorObject,
  LISTED_MEMBERS,
  LISTED_MEMBERS_OF,
  MADE_BY,
  opensWithHolder,
  PLACED_IN_REGION,
  pairConferrals,
  RANKED_TOP,
  REGION,
  RELATIVE_CLAUSE,
  readHonorObject,
  resolveSubject,
  sentenceDate,
  statedByRelativeClause,
  statedIssuers,
  statusOf,
  worksWithMakersBefore,
  yearAfter,
} from "../relations.ts";
import type { RuleInput } from "./types.ts";

const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/** The names a piece of the skeleton holds, in order ("\uE0003\uE001 and \uE0004\uE001" -> two). */
export function mentionsIn(skeleton: Skeleton, text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const mention = skeleton.mentionAt(Number(m[1]));
    if (mention) out.push(mention);
  }
  return out;
}

/** A level or grade that opens a title: "national ...", "state-level ...", "AAAA ...". */
/** A level or class a title carries: "national", "provincial-level", "5A", "first-class". */
export const LEVEL_WORD = String.raw`(?:national|provincial|municipal|state|state-level|national-level|provincial-level|[1-5]A|A{2,5}|first-class|second-class|third-class)\b`;
/** A level, or the country a title is of ("China's top ten X"). */
export const RANK_WORD = String.raw`(?:${LEVEL_WORD}|(?:China's|Chinese|China)\b)`;

const NUMBER_NAME =
  /^(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)$/i;

/** "1st Scholarship", "Second Prize", "Gold Award": a place in a prize is what is won, not who won. */
export const PLACE_IN_A_PRIZE =
  /^(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Special|Grand|Gold|Silver|Bronze)\s+(?:[A-Z][a-z]+\s+)?(?:Awards?|Prizes?|Scholarships?|Place|Medals?)$/;

/** Mention kinds that can receive an honor; places receive area titles ("demonstration county"). */
export function canReceive(mention: Mention): boolean {
  // A name marked "\u0000" was found not to be one ("the lab" with nothing to refer to).
  if (mention.name.startsWith("\u0000")) return false;
  // A bare plural head ("Counties", "the Museums") names no one, nor does a number ("Sixteen").
  if (DESCRIBES_MANY.test(mention.name) || NUMBER_NAME.test(mention.name)) return false;
  if (PLACE_IN_A_PRIZE.test(mention.name)) return false;
  return (
    mention.kind === "Organization" ||
    mention.kind === "Person" ||
    mention.kind === "Place" ||
    mention.kind === "Work"
  );
}

// What may stand between two recipients of a list, or between the last one and the verb:
// list glue, an acronym in brackets, a place qualifier ("in [Place]"), an adverb, a word for what
// the next name is ("and the technology company [Org]"), or the start of a post whose organization
// follows (", a teacher of [Org]").
const GLUE = new RegExp(
  String.raw`^(?:\s*(?:,\s*(?:a\s+|an\s+)?[a-z][a-z\s-]{0,40}?\s(?:of|at|from|in)\s+(?:the\s+)?(?=$)|,|and|as well as|&|\([^()]{0,60}\)|(?:in|of)\s+(?:the\s+)?(?=$)|(?:the\s+)?(?:province|city|county|district|municipality)|${NAME_DESCRIPTOR}|${COURTESY_TITLE}|respectively|also|both|all|together|,\s*(?:together|along)\s+with|and\s+so\s+on|etc\.?|,\s*(?:whose|who|which)\s+[^,;.\uE000]{1,100},|,\s*(?:who|which)(?=\s*$)|,\s*(?:aged\s+)?\d{1,2}(?=\s*(?:,|$))|recently|newly|officially|formally|successfully|previously|finally|further|the|"|-|\u2013))*\s*$`,
  "i",
);

/**
 * The recipients named right before `position`: a list of names joined by glue, read backwards
 * until something else stands in the way. Names after "in"/"of" qualify the one before them.
 */
export interface Spot {
  start: number;
  end: number;
  mention: Mention;
}

interface Reading {
  masked: string;
  spots: Spot[];
}

/** The names a text of the skeleton (itself, or a copy with asides blanked) holds, with their places. */
export function spotsIn(skeleton: Skeleton, text: string): Spot[] {
  const spots: Spot[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const mention = skeleton.mentionAt(Number(m[1]));
    if (mention) spots.push({ start: m.index, end: m.index + m[0].length, mention });
  }
  return spots;
}

/** "the capital city of northwest China's Lanxi province": where the name before it is. */
const CAPITAL_OF = String.raw`(?:the\s+)?capital(?:\s+city)?\s+of\s+(?:${REGION}\s+)?\uE000\d+\uE001(?:(?:'s|\u2019s)\s+\uE000\d+\uE001)?(?:\s+(?:province|autonomous\s+region|region))?`;
/** "a town in east China's Tarn Province": what kind of place the holder is, and where. */
const PLACE_IN = String.raw`(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:city|county|town|village|district|region|province|municipality)\s+(?:in|of)\s+(?:the\s+)?(?:${REGION}\s+)?\uE000\d+\uE001(?:(?:'s|\u2019s)\s+\uE000\d+\uE001)?(?:\s+(?:province|autonomous\s+region|region))?(?:\s*,\s*\uE000\d+\uE001(?:\s+(?:province|autonomous\s+region|region))?(?=\s+(?:were|was|is|are|has|have|had)\b))?`;
const REGION_ASIDE = new RegExp(
  String.raw`,\s*(?:${REGION}\s+\uE000\d+\uE001(?:'s|\u2019s)?|${CAPITAL_OF}|${PLACE_IN})(?=\s*,|\s+(?:were|was|is|are|has|have|had)\b)`,
  "gi",
);

/** "A and B in East China's P and Q provinces have been ...": blanked before the verb. */
const PLACED_IN_REGION_BEFORE_VERB = new RegExp(
  String.raw`${PLACED_IN_REGION}(?=\s*,|\s+(?:have|has|had|were|was|are|is)\b)`,
  "gi",
);

/** The skeleton with bracketed asides blanked, and its names, worked out once per sentence. */
function readingOf(skeleton: Skeleton & { reading?: Reading }): Reading {
  if (skeleton.reading) return skeleton.reading;
  // Bracketed asides ("(NETDA)", "(relying on the School of X)") are blanked, not read.
  // So are the region asides of wire copy: "A in Lanxi Province, western China, was ...", "A in
  // Hill City, the capital of Lanxi province, was ...".
  const masked = skeleton.text
    .replace(/\([^()]{0,160}\)/g, (aside) => " ".repeat(aside.length))
    .replace(REGION_ASIDE, (aside) => " ".repeat(aside.length))
    .replace(PLACED_IN_REGION_BEFORE_VERB, (aside) => " ".repeat(aside.length));
  skeleton.reading = { masked, spots: spotsIn(skeleton, masked) };
  return skeleton.reading;
}

/** "Seven villages from China, ": a count, its kind and where they are from, before a list. */
const COUNTED_HEAD_BEFORE =
  /(?:^|[,;:.]\s*)(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:from|in)\s+\uE000\d+\uE001\s*,\s*$/i;

/** How far before a verb the last recipient's name may end (glue and adverbs between). */
const GLUE_REACH = 120;

/** "A, B and other 20 people are ...", "A and three other units were ...": the unnamed rest. */
const UNNAMED_REST = new RegExp(String.raw`\s*,?\s*${AND_OTHERS}\s+[a-z]+\s*,?\s*$`);
/** How far back from a verb an unnamed rest may start. */
const UNNAMED_REST_REACH = 80;

/** True when "in", "of", "from" or "at" (after a post: ", alumni of") attaches `spot` to the name before. */
function qualifiesNameBefore(text: string, previous: Spot | undefined, spot: Spot): boolean {
  if (!previous) return false;
  return /^(?:\s*,\s*(?:a\s+|an\s+)?[a-z][a-z\s-]{0,40}?\s|\s*,?\s*)(?:in|of|from|at)\s+(?:the\s+|our\s+)?$/i.test(
    text.slice(previous.end, spot.start),
  );
}

/** Before a subject list's first name: a clause start or an opener, then a title ("Professor Li Ming is"). */
const LIST_OPENS = new RegExp(
  String.raw`(?:^|[,;:.!?]|\s[-\u2013\u2014]{1,3}|(?:^|[,;:.!?])\s*(?:${REGION}\s+)?\uE000\d+\uE001(?:'s|\u2019s)|\bthat|\bAmong\s+them\s*,?|\bincluding|\bsuch\s+as|\bnamely|\bwhile|\bwhere|\band|(?:^|[,;:.!?]|\band|\bthat)\s*(?:the\s+)?${LISTED_MEMBERS}\s+of)\s*(?:the\s+)?"?(?:${COURTESY_TITLE}\s+){0,2}$`,
  "i",
);

/** "It is China's first X": a sentence opening with "It" alone speaks of the body it spoke of before. */
const PRONOUN_ONLY = /^\s*It\s*$/;

/** The holders before a verb: the names there, or what a bare "It" opening the sentence stands for. */
export function subjectHolders(input: RuleInput, verbAt: number): Mention[] {
  return PRONOUN_ONLY.test(input.skeleton.text.slice(0, verbAt))
    ? resolveSubject(input.state, input.context, input.skeleton, "It", 0)
    : recipientsBefore(input, verbAt);
}

export function recipientsBefore(input: RuleInput, verbAt: number): Mention[] {
  const { skeleton, state } = input;
  const reading = readingOf(skeleton);
  const rest = UNNAMED_REST.exec(
    reading.masked.slice(Math.max(0, verbAt - UNNAMED_REST_REACH), verbAt),
  );
  const position = verbAt - (rest?.[0].length ?? 0);
  // No name close before the verb: nothing to read (the common case, decided cheaply).
  if (!reading.masked.slice(Math.max(0, position - GLUE_REACH), position).includes("\uE001"))
    return [];
  const text = reading.masked.slice(0, position);
  const spots = reading.spots.filter((spot) => spot.end <= position);
  const recipients: Mention[] = [];
  const parents = new Set<Mention>();
  // What joins each name read to the next one (or to the verb): ", " or " and ".
  const glueAfter = new Map<Mention, string>();
  let cursor = text.length;
  let firstStart = cursor;
  for (let i = spots.length - 1; i >= 0; i--) {
    const spot = spots[i] as (typeof spots)[number];
    const gap = text.slice(spot.end, cursor);
    if (!GLUE.test(gap)) break;
    const before = text.slice(Math.max(0, spot.start - 12), spot.start);
    // "in the X", "of the Y" qualify a name; "the cities of A, B" opens a list.
    const qualifier =
      /\b(?:in|of|from|at)\s+(?:the\s+|our\s+)?$/i.test(before) &&
      !LISTED_MEMBERS_OF.test(reading.masked.slice(Math.max(0, spot.start - 30), spot.start));
    // 'Known as the "home of stone in China", A has won': a qualifier inside a closed quote, with
    // no name before it, qualifies nothing of the list; the list starts after the quote.
    if (
      qualifier &&
      recipients.length > 0 &&
      gap.includes('"') &&
      !qualifiesNameBefore(text, spots[i - 1], spot)
    )
      break;
    const inBrackets = /\(\s*$/.test(before);
    // 'The film, whose Chinese title is "X," won': a name a relative clause states is no subject.
    if (statedByRelativeClause(text, spot.start)) break;
    // "According to the notice by the Ministry, A and B were ...": the agent ends the list. But
    // "X, completed by A, B and C, was awarded": a list that is all agents names no recipient.
    if (/\bby\s+(?:the\s+)?$/i.test(before)) {
      const work = worksWithMakersBefore(skeleton, spot.start).at(-1);
      if (MADE_BY.test(text.slice(Math.max(0, spot.start - 40), spot.start)))
        return work ? [work] : [];
      // 'The novel "X" by A was announced as the winner': the work, not its author.
      if (work && recipients.length === 0) return [work];
      break;
    }
    if (!qualifier && !inBrackets && canReceive(spot.mention)) {
      if (parentOfQualifier(text, spots[i - 1], spot)) parents.add(spot.mention);
      recipients.unshift(spot.mention);
      glueAfter.set(spot.mention, gap);
      firstStart = spot.start;
    }
    cursor = spot.start;
  }
  // "A, professor in the Department of Physics, B University, was": B is where A works.
  if (parents.size > 0 && recipients.some((r) => r.kind === "Person"))
    recipients.splice(0, recipients.length, ...recipients.filter((r) => !parents.has(r)));
  // A list must start a clause: nothing but an opener before its first name. Else, or when only
  // places were read, the subject may be a name with an appositive.
  const head = text.slice(Math.max(0, cursor - 40), cursor);
  // "Seven villages from China, A, B and C, were": a counted head and its place, then the list.
  const opens =
    LIST_OPENS.test(head) ||
    (firstStart > cursor &&
      COUNTED_HEAD_BEFORE.test(text.slice(Math.max(0, cursor - 60), firstStart)));
  // "..., Hengyang and Zixing were included": places listed at a clause start are the subject.
  const listedPlaces =
    opens && recipients.length >= 2 && recipients.every((r) => r.kind === "Place");
  if (!listedPlaces && (!opens || !recipients.some((r) => r.kind !== "Place"))) {
    const subject = appositiveSubject(input, text);
    if (subject) return [subject];
    if (!opens) return [];
  }
  // A place in a list of organizations qualifies the name before it ("X School, Jiangsu province,
  // was named"); one that opens the list or follows "and" is an item ("A Temple and B Hall").
  const hasOrganization = recipients.some((r) => r.kind !== "Place");
  const roots = new Set<string>();
  return recipients.filter((r, index) => {
    if (
      hasOrganization &&
      r.kind === "Place" &&
      qualifiesItsNeighbour(recipients, index, glueAfter)
    )
      return false;
    const root = rootOf(state, r).id;
    if (roots.has(root)) return false;
    roots.add(root);
    return true;
  });
}

/**
 * Whether the place at `index` qualifies a name beside it: it follows the name before with a bare
 * comma, or it opens the list glued to the next name with no comma or "and".
 */
function qualifiesItsNeighbour(
  recipients: Mention[],
  index: number,
  glueAfter: Map<Mention, string>,
): boolean {
  const before = recipients[index - 1];
  // "Qinghai Tibetan Museum": a place glued to the name after it opens that name.
  if (!before)
    return !/[,;]|\b(?:and|or)\b/i.test(glueAfter.get(recipients[index] as Mention) ?? "");
  return !/\b(?:and|or)\b|;/i.test(glueAfter.get(before) ?? "");
}

/** A body right after a name that follows "in/of/at/from the", with only a comma between. */
function parentOfQualifier(text: string, before: Spot | undefined, spot: Spot): boolean {
  if (!before || spot.mention.kind !== "Organization") return false;
  if (!/^(?:\s*\([^()]{1,20}\))?\s*,\s*$/.test(text.slice(before.end, spot.start))) return false;
  return /\b(?:in|of|from|at)\s+(?:the\s+)?$/i.test(
    text.slice(Math.max(0, before.start - 12), before.start),
  );
}

const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|said|says)\b/i;

/** "Recently,", "For example,", "In addition,": a linking word before a sentence's subject. */
const LINKING_ADVERB = String.raw`(?:Recently|Previously|Meanwhile|Moreover|Furthermore|Besides|Also|In\s+addition|In\s+particular|For\s+(?:example|instance)|[A-Z][a-z]+ly)`;

/**
 * An adverbial that opens a sentence before its subject: "Recently,", "In 2023,", "On March 5,
 * 2023,", "According to a notice of the Bureau,". Up to its comma; a date's inner comma included.
 */
export const SENTENCE_OPENER = new RegExp(
  String.raw`^\s*(?:(?:${LINKING_ADVERB}|(?:Last|This|Earlier\s+this)\s+(?:year|month|week|spring|summer|autumn|winter))\s*,\s*|(?:In|On|At|As|Since|During|After|Following|According\s+to|Under|Upon|Through|Based\s+on|With)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,\s*(?:19|20)\d{2}|[^,;:.\uE000]|\uE000\d+\uE001){1,120}?\s*,\s*)?`,
);

/** A name that opens its clause, a comma, an appositive, a comma, then the verb. */
const APPOSITIVE_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:Among\s+them|${LINKING_ADVERB})\s*,\s*)?(?:the\s+)?((?:(?!(?:of|in|at|for|from|by|with|and|to|on)\b)[A-Za-z-]+\s+){0,3})\uE000(\d+)\uE001\s*,(.*),\s*(?:[a-z]+\s+){0,2}$`,
  "is",
);

/**
 * "Wang Fang, honorary director of the X Post in Y County, Z Province, was ...": a person or body
 * that opens the clause, then an appositive with no verb of its own, is the subject.
 */
function appositiveSubject(input: RuleInput, text: string): Mention | undefined {
  const clauseStart = Math.max(text.lastIndexOf(";"), text.lastIndexOf(":")) + 1;
  const clause = text.slice(clauseStart);
  const m = APPOSITIVE_SUBJECT.exec(clause);
  // "A, who said he trained for years, was named": a relative clause may hold its own verb.
  if (!m || (FINITE_VERB.test(m[3] as string) && !RELATIVE_CLAUSE.test(m[3] as string)))
    return undefined;
  // "Beijing, Jan 10 (Xinhua) ...": a dateline, not a subject with an aside.
  if (/^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/.test(m[3] as string))
    return undefined;
  const mention = input.skeleton.mentionAt(Number(m[2]));
  if (!mention || !canReceive(mention) || mention.kind === "Place") return undefined;
  // "Chinese architect Wang Li, praised for ..., is": what a person is may stand before the name.
  if (m[1] && mention.kind !== "Person") return undefined;
  return mention;
}

/**
 * A counted group the text never names one by one, over skeleton offsets [start, end): "433
 * weather stations", "15" of "of which 15 won".
 */
export function cohortMention(
  input: RuleInput,
  start: number,
  end: number,
  confidence = 0.7,
): Mention {
  const { skeleton, state, context } = input;
  const from = skeleton.toView(start, "start");
  const to = skeleton.toView(end, "end");
  return state.newMention("Cohort", from, to, context.sentence, confidence);
}

/** An honor written in lower case between skeleton offsets `start` and `end`, read from free text. */
export function freeTextHonor(input: RuleInput, start: number, end: number): Mention {
  const { state, context, skeleton } = input;
  const honor = state.newMention(
    "Honor",
    skeleton.toView(start, "start"),
    skeleton.toView(end, "end"),
    context.sentence,
    0.7,
  );
  (honor as Mention & { freeText?: boolean }).freeText = true;
  return honor;
}

/** Each match of the verb pattern `verb` (global) with the honor read right after it. */
export function* honorsAfterVerb(
  input: RuleInput,
  verb: RegExp,
): Generator<[RegExpExecArray, HonorObject]> {
  const { state, context, skeleton } = input;
  verb.lastIndex = 0;
  for (let m = verb.exec(skeleton.text); m; m = verb.exec(skeleton.text)) {
    const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
    if (object?.honor.kind === "Honor") yield [m, object];
  }
}

/** Honors after `position`, as a list: "an X, a Y in 2019, and the Z". */
export function honorsAfter(input: RuleInput, position: number): HonorObject[] {
  const { state, context, skeleton } = input;
  const objects: HonorObject[] = [];
  let at = skipPreposition(skeleton.text, position);
  for (let guard = 0; guard < 12; guard++) {
    const object = readHonorObject(state, context, skeleton, at);
    if (!object || object.honor.kind === "Person" || object.honor.kind === "Place") break;
    // "A took the 4th spot, B the 5th": a holder's name opening a free phrase starts a gapped clause.
    if (objects.length > 0 && opensWithHolder(input.skeleton, at, object)) break;
    objects.push(object);
    // "the fellow of A (since 2004), the member of B", "the X Award for two times, the Y": a short
    // note after each is passed over.
    const next =
      /^"?(?:\s*\([^()\uE000]{1,30}\))?(?:\s+for\s+(?:the\s+)?[a-z0-9-]+\s+(?:consecutive\s+)?(?:times|years))?(?:\s+in\s+(?:19|20)\d{2}(?:\s*(?:,|and)\s*(?:19|20)\d{2})*(?:\s*,?\s*respectively)?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?=(?:the\s+|a\s+|an\s+)?(?:[A-Za-z"\u201C]|\uE000))/i.exec(
        skeleton.text.slice(object.end),
      );
    if (!next) break;
    at = object.end + next[0].length;
    // '"X", the highest award for social organizations, ...': an appositive that says what the
    // honor before it is names no other.
    if (DESCRIBES_THE_HONOR.test(input.skeleton.text.slice(at))) break;
    // "..., and opened a new campus": a verb opens the next predicate, not one more honor.
    if (
      startsClause(input, at) ||
      /^[a-z]+(?:ing|ed)\s+(?:a|an|the|its|their|his|her)\b|^[a-z]+ing\b|^(?:while|whereas|but|although|though)\b/.test(
        input.skeleton.text.slice(at),
      )
    )
      break;
  }
  return objects;
}

/** "the highest award for ...", "the country's top honor in ...": what the honor before it is. */
const DESCRIBES_THE_HONOR =
  /^(?:the\s+)?(?:(?:country|nation|China|world)(?:'s|\u2019s)\s+)?(?:highest|top|supreme|most\s+prestigious)\s+(?:awards?|honou?rs?|prizes?|titles?|distinctions?)\s+(?:for|of|in|given|granted|awarded)\b/i;

/** A name that starts a new clause ("..., and C is selected to ...") is not one more honor. */
function startsClause(input: RuleInput, position: number): boolean {
  // "..., and B, C and D as third-class museums": a gapped clause with its own honor.
  if (GAPPED_CLAUSE.test(input.skeleton.text.slice(position))) return true;
  const m =
    /^(?:the\s+)?\uE000(\d+)\uE001[^.;\uE000]{0,60}?\b(?:is|are|was|were|has|have|had)\b|^(?:the\s+)?\uE000(\d+)\uE001\s+(?:reported|reports|said|says|stated|noted|wrote|added)\b/i.exec(
      input.skeleton.text.slice(position),
    );
  const mention = m ? input.skeleton.mentionAt(Number(m[1] ?? m[2])) : undefined;
  return mention !== undefined && mention.kind !== "Honor";
}

/** "to the", "for the" before an honor: "promoted to the second level", "shortlisted for". */
export function skipPreposition(text: string, position: number): number {
  const m = /^\s*(?:to|for|into)\s+(?=the\b|a\b|an\b)/i.exec(text.slice(position));
  return m ? position + m[0].length : position;
}

/**
 * For every match of a verb phrase: the holders named right before it and the honors named right
 * after it ("A and B were nominated for X and Y"). `verbPhrase` says what the match means for the
 * status (by default the match itself).
 */
export function holdersThenHonors(
  input: RuleInput,
  pattern: RegExp,
  verbPhrase: (match: string) => string = (match) => match,
): Conferral[] {
  const out: Conferral[] = [];
  const text = input.skeleton.text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const holders = subjectHolders(input, m.index).filter((h) => h.kind !== "Honor");
    if (holders.length === 0) continue;
    const objects = honorsAfter(input, m.index + m[0].length).filter(
      (o) => o.honor.kind === "Honor",
    );
    out.push(...emit(input, holders, objects, verbPhrase(m[0]), m.index));
  }
  return out;
}

/**
 * "On May 3, the X list was released. ... The firms on the list include A": the date of the
 * earlier sentence that announced the honor, for holders named in an undated one.
 */
function declaredDate(input: RuleInput, honor: Mention): string | undefined {
  const { state, context } = input;
  const index = honor.evidence.sentenceIndex;
  if (!(honor as Mention & { declared?: boolean }).declared || index >= context.sentence.index)
    return undefined;
  const announcing = state.contexts[index];
  return announcing ? sentenceDate(state, announcing) : undefined;
}

/** Conferrals for every recipient and honor, with issuers named by "by" after the honors. */
export function emit(
  input: RuleInput,
  recipients: Mention[],
  objects: HonorObject[],
  verbPhrase: string,
  start: number,
  options: { status?: ConferralStatus; cohortSize?: number; issuers?: Mention[] } = {},
): Conferral[] {
  const { state, context, skeleton } = input;
  if (recipients.length === 0 || objects.length === 0) return [];
  const last = objects[objects.length - 1] as HonorObject;
  const sentenceText = state.view.slice(context.sentence.start, context.sentence.end);
  const agents = byAgents(state, skeleton, last.end);
  const issuers = statedIssuers(state, [...(options.issuers ?? []), ...agents.issuers]);
  const nominators = agents.nominators.map((n) => rootOf(state, n).id);
  const status = options.status ?? statusOf(verbPhrase, sentenceText);
  const date = sentenceDate(state, context) ?? declaredDate(input, last.honor);
  const extra = { issuers, nominators };
  const pairs = pairConferrals(input, recipients, objects, status, extra, start, 0);
  const counted = countedBefore(skeleton, recipients);
  for (const { conferral, object } of pairs) {
    // A holder's own year, read when pairing, comes first.
    const year = conferral.date ?? yearAfter(skeleton.text, object.end);
    if (year) conferral.date = year;
    else if (date) conferral.date = date;
    const size = options.cohortSize ?? topCount(object.honor.name) ?? counted;
    if (size) conferral.cohortSize = size;
  }
  return pairs.map((pair) => pair.conferral);
}

/** "top ten science communicators": a ranked list says how many hold the honor. */
function topCount(honor: string): number | undefined {
  const m = RANKED_TOP.exec(honor);
  return m ? cohortSize(m[1]) : undefined;
}

/**
 * Whether an earlier rule read a named holder in this sentence; a counted cohort ("12 areas were
 * selected as X") does not count, since the names that follow are its members.
 */
export function foundNamedHolder(input: RuleInput): boolean {
  return input.found.some((c) => input.state.byId.get(c.recipient)?.kind !== "Cohort");
}

/** True when an earlier rule already read this recipient with an honor in this sentence. */
export function alreadyFound(input: RuleInput, recipient: Mention): boolean {
  const root = rootOf(input.state, recipient).id;
  return input.found.some((c) => c.recipient === root);
}

// Before a list item: the start, list punctuation or "and", an article, a courtesy title.
// "Australia's Tarn Museum": a country's possessive may open an item.
const ITEM_OPENER = new RegExp(
  String.raw`(?:^|[,;:\u2013\u2014]|\.|\band|\bnamely|\bincluding|\bsuch\s+as)\s*(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?(?:[A-Z][a-z]+(?:'|\u2019)s\s+)?(?:(?:${COURTESY_TITLE}\s+){1,2}|(?:researcher|professor|academician)\s+|(?:[a-z-]+\s+)?(?!(?:after|under|other|over|never|either|neither|whether|rather|further|together|however|number|member|winner)\s)[a-z]{3,}(?:ist|eer|ian|ner|ger|ker|ter|ver|ser|cer|rer|der|per)\s+)?"?$`,
);

// Before a listed person, what they are: "deceased nuclear physicist Yu Min", "war veterans A and
// B", '"father of hybrid rice" Yuan Longping', "Nobel Prize winner Tu Youyou", "83-year-old Qiao".
const DESCRIBED_PERSON =
  /(?:^|[,;:]|\band|\bnamely|\bincluding|\bsuch\s+as|\b(?:are|were|include|included)\b)\s*(?:and\s+)?(?:"[^"]{1,40}"\s+)?(?:(?!(?:was|were|is|are|has|have|had|who|which|of|by|from|at|in)\b)(?:[A-Za-z-]+|\d{1,3}-year-old)(?:'s|\u2019s)?\s+){0,4}$/;

// Before a listed work, what it is: "to the film Snow Road", "and his novel Red Earth", 'to the
// Sino-French co-production "Pine Road"'.
const DESCRIBED_WORK =
  /(?:^|[,;:]|\band|\bnamely|\bincluding|\bsuch\s+as)\s*(?:and\s+)?(?:(?:the|its|his|her|their)\s+)?(?:[A-Za-z-]+\s+)?([a-z][a-z-]*)\s+"?$/;

// After an owner: "to China's Liu Jia", 'to Wen Jia's "Pine Road"', "to Gao Lin's film Moss Hill".
const OWNED_GAP = /^(?:'s|\u2019s)\s+(?:([a-z-]+)\s+)?"?$/;

/** True when the gap after an owner's "'s" opens its item: nothing, or a work's kind or quote. */
function ownedItem(gap: string, mention: Mention): boolean {
  const owned = OWNED_GAP.exec(gap);
  if (!owned) return false;
  const kind = owned[1];
  if (kind === undefined) return !gap.includes('"') || mention.kind === "Work";
  return mention.kind === "Work" && isWorkDescriptor(kind);
}

/** True when the words before a work name it by its kind: "the film", "her novel". */
function describedWork(gap: string): boolean {
  const word = DESCRIBED_WORK.exec(gap)?.[1];
  return word !== undefined && isWorkDescriptor(word);
}

const ADMINISTRATIVE_HEAD =
  /(?:^|\s)(?:Province|City|County|District|Municipality|Region|Prefecture|Township|Town|Subdistrict|Street|Village|Community)$/i;

/**
 * "Lizhuang Ancient Town", "Zhouzhuang Water Town", "Birch Street Cultural District", "Lake Old
 * Street": a site visitors go to, not an address.
 */
const SITE_TOWN =
  /\s(?:(?:Ancient|Old|Water)\s+Town|(?:Cultural|Historical|Historic|Business|Commercial|Scenic|Tourism|Tourist|Creative|Shopping|Pedestrian|Leisure)\s+(?:District|Street|Block)|(?:Ancient|Old|Pedestrian)\s+Street)$/i;

/** "Hebei", "Anji county", "Lilong Township": where a body is, not a named site ("X Scenic Spot"). */
function isAdministrativePlace(place: Mention): boolean {
  const name = place.name.trim();
  return !/\s/.test(name) || (ADMINISTRATIVE_HEAD.test(name) && !SITE_TOWN.test(name));
}

/** The length of the placeholder of a place's name right at `at` in the skeleton, or 0. */
export function placeNamedAt(input: RuleInput, at: number): number {
  const named = /^\uE000(\d+)\uE001/.exec(input.skeleton.text.slice(at));
  return named && input.skeleton.mentionAt(Number(named[1]))?.kind === "Place"
    ? named[0].length
    : 0;
}

/** "Enterprises among top 10": the first places of a ranking the text has named, no honor. */
export const SHARE_OF_RANKING =
  /^(?:[a-z-]+\s+){1,2}(?:among|in|within)\s+(?:the\s+)?top\s+(?:\d{1,3}|three|five|ten|twenty)$/i;

/**
 * The names in list position from `position` to the end of the sentence: "A, director of B; C
 * and D". Names inside an appositive ("director of B") are not items. When the list opens with a
 * person, only people are items (their posts name organizations).
 */
export function listAfter(input: RuleInput, position: number): Mention[] {
  const { skeleton, state } = input;
  const text = skeleton.text;
  const items: Mention[] = [];
  let placedIn = false;
  // "A City in B; C Town": a place said to lie in another is an item, and so are places of its kind;
  // B, after "in", says where one lies.
  const placedItems = new Set<Mention>();
  const wherePlaces = new Set<Mention>();
  let previousEnd = position;
  // "to China's Liu Jia": an item's owner opened the item; the name after "'s" is the item.
  let afterOwner = false;
  PLACEHOLDER.lastIndex = position;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const mention = skeleton.mentionAt(Number(m[1]));
    const gapStart = Math.max(previousEnd, m.index - 40);
    previousEnd = m.index + m[0].length;
    const owned = afterOwner;
    afterOwner = false;
    if (!mention || !canReceive(mention)) continue;
    const gap = text.slice(gapStart, m.index);
    const afterIn = /\bin\s+(?:the\s+)?$/.test(gap);
    if (afterIn) wherePlaces.add(mention);
    else if (/^\s+in\s+(?:the\s+)?\uE000/.test(text.slice(previousEnd, previousEnd + 12)))
      placedItems.add(mention);
    if (mention.kind === "Place" && afterIn) placedIn = true;
    const opened = ITEM_OPENER.test(gap) || (owned && ownedItem(gap, mention));
    const described =
      (mention.kind === "Person" && DESCRIBED_PERSON.test(gap)) ||
      (mention.kind === "Work" && describedWork(gap));
    if (!opened && !described) continue;
    if (/^\s*(?:'s|\u2019s)/.test(text.slice(previousEnd))) {
      afterOwner = true;
      continue;
    }
    // "Hunan China Lake Travel Service": a place that runs on into capitals opens a longer name
    // the reader did not know; it is not an item of its own.
    if (mention.kind === "Place" && /^[ \t]+(?:[A-Z][a-z]|\uE000)/.test(text.slice(previousEnd)))
      continue;
    items.push(mention);
  }
  const listed = placedIn ? withoutPlacesOfItems(items, placedItems, wherePlaces) : items;
  const first = listed[0];
  // A list of people names only people; a province or city among organizations qualifies one of
  // them, but a named site ("Fenglin Scenic Spot") is an item of its own.
  const kept =
    first?.kind === "Person"
      ? listed.filter((i) => i.kind === "Person")
      : listed.some((i) => i.kind !== "Place")
        ? listed.filter((i) => i.kind !== "Place" || !isAdministrativePlace(i))
        : listed;
  const roots = new Set<string>();
  return kept.filter((r) => {
    const root = rootOf(state, r).id;
    if (roots.has(root)) return false;
    roots.add(root);
    return true;
  });
}

/** The names listed from `from` that stand before `until` ("A, followed by B": only A). */
export function listedUntil(input: RuleInput, from: number, until: number): Mention[] {
  const text = input.skeleton.text;
  return listAfter(input, from).filter(
    (r) => text.indexOf(`\uE000${input.skeleton.indexOf(r)}\uE001`, from) < until,
  );
}

/**
 * "A Village in B Town, C County, D Village in E Town": in a list of places some of which are
 * placed in others, the items are those said to lie somewhere and those of their kinds ("A City in
 * B; C Town, and D Town, in E"), else those sharing the first item's head; the rest say where.
 */
function withoutPlacesOfItems(
  items: Mention[],
  placedItems: Set<Mention>,
  wherePlaces: Set<Mention>,
): Mention[] {
  const first = items[0];
  if (!first || !items.every((i) => i.kind === "Place")) return items;
  // A one-word name ("Foshan") has no head word for its kind.
  const kindHeaded = (i: Mention) => /\s/.test(i.name.trim());
  const placedHeads = new Set([...placedItems].filter(kindHeaded).map(headWord));
  const placed = items.filter(
    (i) =>
      !wherePlaces.has(i) && (placedItems.has(i) || !kindHeaded(i) || placedHeads.has(headWord(i))),
  );
  if (placedHeads.size > 0 && placed.length >= 2) return placed;
  const head = headWord(first);
  const same = items.filter((i) => headWord(i) === head);
  return same.length >= 2 ? same : items;
}

function headWord(mention: Mention): string {
  return mention.name.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
}

/** The mention of a conferral's holder in the conferral's first sentence. */
export function holderMentionIn(state: DocumentState, conferral: Conferral): Mention | undefined {
  return mentionInSentenceOf(state, conferral, conferral.recipient);
}

/** The mention of entity `id` (the holder's or the honor's) in the conferral's first sentence. */
export function mentionInSentenceOf(
  state: DocumentState,
  conferral: Conferral,
  id: string,
): Mention | undefined {
  const sentence = conferral.evidence[0]?.sentenceIndex;
  if (sentence === undefined) return undefined;
  return mentionsOfSentence(state, sentence).find((m) => rootOf(state, m).id === id);
}

/** For each text, its mentions by sentence in the order read, and how many it has filed. */
const sentenceMentions = new WeakMap<DocumentState, { read: number; by: Map<number, Mention[]> }>();

/** The mentions read in sentence `index` so far, in the order read (an index grown as they come). */
export function mentionsOfSentence(state: DocumentState, index: number): Mention[] {
  const make = () => ({ read: 0, by: new Map<number, Mention[]>() });
  const filed = grownOver(sentenceMentions, state, state.mentions, make, (filed, mention) => {
    const list = filed.by.get(mention.evidence.sentenceIndex);
    if (list) list.push(mention);
    else filed.by.set(mention.evidence.sentenceIndex, [mention]);
  });
  return filed.by.get(index) ?? [];
}

/** The holder's mention and up to `reach` characters of its sentence before it. */
export function holderAndTextBefore(
  state: DocumentState,
  conferral: Conferral,
  reach: number,
): { mention: Mention; before: string } | undefined {
  const mention = holderMentionIn(state, conferral);
  if (!mention) return undefined;
  const from = Math.max(mention.evidence.sentence.start, mention.evidence.start - reach);
  return { mention, before: state.view.slice(from, mention.evidence.start) };
}

/** Conferrals by the honor they give, in the order found. */
export function byHonor(found: readonly Conferral[]): Map<string, Conferral[]> {
  const groups = new Map<string, Conferral[]>();
  for (const c of found) {
    const group = groups.get(c.honor);
    if (group) group.push(c);
    else groups.set(c.honor, [c]);
  }
  return groups;
}

/**
 * A title named next to its holders ("CAS academician A", "Nobel laureate A"): one honor mention
 * over the title's span of the skeleton, and a conferral to each holder, with the whole match as
 * evidence.
 */
export function titleHeldBy(
  input: RuleInput,
  title: { start: number; end: number },
  holders: Mention[],
  match: { start: number; end: number },
): Conferral[] {
  const { state, context, skeleton } = input;
  if (holders.length === 0) return [];
  const start = skeleton.toView(title.start, "start");
  const end = skeleton.toView(title.end, "end");
  const honor = state.newMention("Honor", start, end, context.sentence, 0.7);
  const evidence = state.evidence(
    skeleton.toView(match.start, "start"),
    skeleton.toView(match.end, "end"),
    context.sentence,
    0.7,
  );
  return holders.map((holder) =>
    conferralOf(state, context.sentence.index, holder, honor, "conferred", [evidence]),
  );
}

/**
 * The stretches of `text` between matches of `separator` (a global pattern), as offsets from
 * `offset`, empty ones left out: the parts of "A, B and C".
 */
export function partsBetween(
  text: string,
  offset: number,
  separator: RegExp,
): Array<{ start: number; end: number }> {
  const parts = [];
  let cursor = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    parts.push({ start: offset + cursor, end: offset + m.index });
    cursor = m.index + m[0].length;
  }
  parts.push({ start: offset + cursor, end: offset + text.length });
  return parts.filter((p) => p.end > p.start);
}
