// A list whose length the text states: "Six of the seven programmes were approved, i.e. A, B, C,
// D, E and F, as national first-class programmes"; "The 12 items are as follows: A (X); B (Y);
// ...". When the number of items equals a count the text gives, each item is a holder, even one
// that is not a name Laurel knows (lower case, one word, the title of a work). The honor must be
// named at the list ("..., as X"; "as X, i.e. ..."; "X include ...") or read in the sentence:
// an honor only implied by an earlier sentence made false holders on unseen text.
import type { Mention } from "../../types.ts";
import { FIELD_LAST_WORDS, headKind, isPlaceName } from "../lexicon.ts";
import type { Skeleton } from "../relations.ts";
import { cohortSize, readHonorObject } from "../relations.ts";
import { alreadyFound, canReceive, emit } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** The number words a count may be written in, two to twenty. */
const COUNT_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

// A count of things, not a date, a measure, an ordinal or a document number. (The look-ahead
// first: the look-behind then runs only where a count can start.)
const COUNT = new RegExp(
  String.raw`\b(?=\d|${COUNT_WORDS})(?<![-./:\d]|No\.\s?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s)(\d{1,3}|${COUNT_WORDS})\b(?!\s*(?:%|percent|years?\b|months?\b|days?\b|hours?\b|km|kilomet|met(?:er|re)s?\b|square|mu\b|yuan|million|billion|thousand|hundred|times\b|th\b|st\b|nd\b|rd\b|[-:/.,]\s?\d))`,
  "gi",
);

// What a counted list holds: "six modern agricultural parks", "the 12 items", "three groups".
const HOLDER_NOUN =
  /^(?:\s+(?:[\w'-]+\s+){0,4}?)(?:units?|enterprises?|compan(?:y|ies)|firms?|museums?|villages?|count(?:y|ies)|cit(?:y|ies)|towns?|townships?|districts?|programs?|programmes?|courses?|majors?|disciplines?|items?|works?|titles?|books?|parks?|bases?|schools?|universit(?:y|ies)|colleges?|groups?|individuals?|people|persons?|teams?|sites?|attractions?|spots?|areas?|zones?|cent(?:er|re)s?|lab(?:oratorie|oratory|s)?s?|hospitals?|departments?|specialt(?:y|ies)|institutions?|organi[sz]ations?|collectives?|projects?|products?|winners?|recipients?|members?|scientists?|teachers?|doctors?|workers?|models?|societies|associations?|gardens?|factories|factory|relics?|heritages?|cases?)\b/i;

/** A piece of every count countsIn reads (a digit or a number word), anywhere in a text. */
const NUMBER_PIECE = new RegExp(String.raw`\d|${COUNT_WORDS}`, "i");

const HAS_COUNT = new RegExp(String.raw`\d|\b(?:${COUNT_WORDS})\b`, "i");

/** The counts of holders a sentence states, from two up to a few hundred. */
function countsIn(text: string): number[] {
  const counts: number[] = [];
  if (!HAS_COUNT.test(text)) return counts;
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    if (!HOLDER_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    const n = cohortSize(m[1]) ?? 0;
    if (n >= 2 && n <= 400) counts.push(n);
  }
  return counts;
}

/** Counts each sentence states, read once per sentence. */
const countsBySentence = new WeakMap<object, Map<number, number[]>>();

function countsOf(input: RuleInput, sentence: RuleInput["context"]["sentence"]): number[] {
  const { state } = input;
  let cache = countsBySentence.get(state);
  if (!cache) {
    cache = new Map();
    countsBySentence.set(state, cache);
  }
  let counts = cache.get(sentence.index);
  if (!counts) {
    counts = countsIn(state.view.slice(sentence.start, sentence.end));
    cache.set(sentence.index, counts);
  }
  return counts;
}

/** Counts stated in this sentence, the two before it and the headline. */
function statedCounts(input: RuleInput): Set<number> {
  const { state, context } = input;
  const index = context.sentence.index;
  // The headline's sentences, then the near ones (loops: this runs for most sentences).
  const counts = new Set<number>();
  for (const sentence of state.sentences.slice(0, Math.min(3, index - 2)))
    if (sentence.headline) for (const n of countsOf(input, sentence)) counts.add(n);
  for (const sentence of state.sentences.slice(Math.max(0, index - 2), index + 1))
    for (const n of countsOf(input, sentence)) counts.add(n);
  return counts;
}

/** "four counties, including A, B and C": counts right before the list are the only ones it may match. */
function localCounts(text: string, opener: number): Set<number> | undefined {
  const counts = countsIn(text.slice(Math.max(0, opener - 80), opener));
  return counts.length > 0 ? new Set(counts) : undefined;
}

/** The counts right before a list: of its holders, or of the honor they hold, one each. */
function countsBeforeList(
  text: string,
  opener: number,
  skeleton: Skeleton,
): Set<number> | undefined {
  const honors = countedHonor(text.slice(Math.max(0, opener - 80), opener), skeleton);
  const counts = localCounts(text, opener);
  if (!honors) return counts;
  return new Set([...(counts ?? []), honors]);
}

/** "The three First Prizes [include] A, B and C": a count of an honor's holders, one each. */
const COUNTED_HONOR = new RegExp(
  String.raw`\b(\d{1,3}|${COUNT_WORDS})\s+\uE000(\d+)\uE001\s*,?\s*$`,
  "i",
);

function countedHonor(before: string, skeleton: Skeleton): number {
  const m = COUNTED_HONOR.exec(before);
  if (!m || skeleton.mentionAt(Number(m[2]))?.kind !== "Honor") return 0;
  const n = cohortSize(m[1] as string) ?? 0;
  return n >= 2 && n <= 400 ? n : 0;
}

interface Span {
  start: number;
  end: number;
}

interface RawList {
  items: Span[];
  end: number;
}

// Where a list may start: after "including", "namely", "i.e.", "such as", a colon, "Among them,",
// or "are"/"were" ("The three groups were A, B and C").
const OPENER =
  /(?:\b(?:including|include[sd]?|namely|such\s+as|being|are|were)\b|\bi\.\s?e\.,?|:|\bAmong\s+(?:them|these|those)\s*,)\s*(?:the\s+(?=\S+\s*,))?/gi;

// What ends an item and the list: a verb, or a new clause.
const ITEM_STOP =
  /\s+(?:a\s+total\s+of|has|have|had|was|were|is|are|won|wins|will|which|who|that|as(?!\s+well\s+as)|for\s+the|in\s+(?:19|20)\d\d)\b|[.!?](?=\s|$)/i;

const SUFFIX_PIECE = /^(?:ltd|co|inc|limited|llc|plc|corp)\.?$/i;

const NOT_AN_ITEM =
  /\b(?:including|include[sd]?|such\s+as|namely)\b|^(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b|according|since|after|before|recently|which|who|that|it|its|they|their|this|these|those|there|we|our|in|on|at|by|for|with|from|to|of|etc|among|respectively|all|both|each)\b/i;

const ASIDE = /[(\uFF08][^()\uFF08\uFF09]{0,120}[)\uFF09]/g;

/** Blanks bracketed asides so their commas and words are not read as list structure. */
function masked(text: string): string {
  if (!text.includes("(") && !text.includes("\uFF08")) return text;
  return text.replace(ASIDE, (aside) => " ".repeat(aside.length));
}

/**
 * "3 majors, i.e., law, social work and ...": fields of study are written in lower case and may
 * hold "and" ("food science and engineering"), so their list items are read as they stand.
 */
const FIELDS_COUNT = new RegExp(
  String.raw`\b(?:\d{1,3}|${COUNT_WORDS})\s+(?:[\w'-]+\s+){0,3}?(?:majors|disciplines|specialties|specialities)\b[^.;:]{0,60}$`,
  "i",
);

/** Words a field of study ends in: "food science and engineering" is one field, "radio" is not. */
// Fields in lower case inside a counted list may also end in words of a trade or a craft.
const FIELD_ENDS = new RegExp(
  `(?:${[
    ...FIELD_LAST_WORDS,
    ..."administration design trade law work language languages history philosophy art arts agriculture finance accounting logistics communication planning analysis forestry".split(
      " ",
    ),
  ].join("|")})$`,
  "i",
);

/** True when the count right before a list counts fields of study. */
function countsFields(text: string, opener: number): boolean {
  return FIELDS_COUNT.test(text.slice(Math.max(0, opener - 100), opener));
}

/** The item's name: its words without a leading article or "and", trimmed of quotes. */
function trimItem(text: string, start: number, end: number, fields = false): Span | undefined {
  let s = start;
  let e = end;
  const lead = /^\s*(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?["\u201C]?/i.exec(text.slice(s, e));
  s += lead ? lead[0].length : 0;
  const tail = /\s*["\u201D]?\s*(?:,?\s*etc\.?)?\s*$/.exec(text.slice(s, e));
  e -= tail ? tail[0].length : 0;
  if (e <= s) return undefined;
  const words = text.slice(s, e).split(/\s+/);
  if (words.length > 12 || NOT_AN_ITEM.test(text.slice(s, e))) return undefined;
  if (fields) return /^\p{L}/u.test(text.slice(s, e)) ? { start: s, end: e } : undefined;
  // A name: capitalised, a number, a quoted title or a name Laurel already read.
  if (!/^(?:[\p{Lu}\d]|\uE000)/u.test(text.slice(s, e))) return undefined;
  // "Shanxi University and above alumni": a clause, not a name.
  if (/\s(?:and|or)\s+\p{Ll}/u.test(text.slice(s, e))) return undefined;
  // "Lingling District in Yongzhou": the place after "in" only locates the holder.
  const located = /\s+in\s+(?=[\p{Lu}\uE000])/u.exec(text.slice(s, e));
  if (located) e = s + located.index;
  if (words.length > 10) return undefined;
  return { start: s, end: e };
}

/** True when a span ends in a head noun ("Village", "Museum") or a name Laurel read. */
function endsInHead(text: string, span: Span): boolean {
  const last = text.slice(span.start, span.end).split(/\s+/).pop() ?? "";
  return /\uE001$/.test(last) || headKind(last.replace(/\W+$/, "")) !== undefined;
}

/** Pieces between separators, from `from` to the first stop; "Co., Ltd." stays one piece. */
function pieces(text: string, from: number, separator: RegExp): { pieces: Span[]; end: number } {
  const stop = ITEM_STOP.exec(text.slice(from));
  let end = stop ? from + stop.index : text.length;
  while (end > from && /[\s,;]/.test(text[end - 1] as string)) end--;
  const out: Span[] = [];
  let cursor = from;
  separator.lastIndex = from;
  for (let m = separator.exec(text); m && m.index < end; m = separator.exec(text)) {
    out.push({ start: cursor, end: m.index });
    cursor = m.index + m[0].length;
  }
  out.push({ start: cursor, end });
  const merged: Span[] = [];
  for (const piece of out) {
    const previous = merged[merged.length - 1];
    if (previous && SUFFIX_PIECE.test(text.slice(piece.start, piece.end).trim())) {
      previous.end = piece.end;
    } else merged.push({ ...piece });
  }
  return { pieces: merged, end };
}

/** The list from `from`, read two ways: the last piece split at "and" or kept whole. */
function listsFrom(text: string, from: number): RawList[] {
  const stop = ITEM_STOP.exec(text.slice(from));
  const semicolons = text.slice(from, stop ? from + stop.index : text.length).includes(";");
  const { pieces: found, end } = pieces(text, from, semicolons ? /\s*;\s*/g : /\s*,\s*/g);
  if (semicolons) {
    // "A, a ballad (B); C, a craft (D)": each item is named before its first comma.
    for (const piece of found) {
      const comma = text.indexOf(",", piece.start);
      if (comma >= 0 && comma < piece.end) piece.end = comma;
    }
  }
  const last = found[found.length - 1] as Span;
  const and = /\s+(?:and|as\s+well\s+as)\s+/gi;
  let split: RegExpExecArray | null = null;
  and.lastIndex = last.start;
  for (let m = and.exec(text); m && m.index < last.end; m = and.exec(text)) split = m;
  if (found.length < 2 && !split) return [];
  // Every item but the last must be a name in both readings: read those first, stop at a miss.
  const head: Span[] = [];
  for (const piece of found.slice(0, -1)) {
    const item = trimItem(text, piece.start, piece.end);
    if (!item) return [];
    head.push(item);
  }
  const readings: RawList[] = [];
  const whole = trimItem(text, last.start, last.end);
  if (whole) readings.push({ items: [...head, whole], end });
  if (split) {
    const halves = [
      trimItem(text, last.start, split.index),
      trimItem(text, split.index + split[0].length, last.end),
    ];
    // "A and B" as two items is the likelier reading; "Language and Literature" is one name,
    // but "Lake Village and Reed Village", two names with heads, is never one.
    if (halves[0] && halves[1]) {
      readings.unshift({ items: [...head, halves[0], halves[1]], end });
      if (endsInHead(text, halves[0]) && endsInHead(text, halves[1])) readings.length = 1;
    }
  }
  return readings;
}

/**
 * A list of fields of study. Its last piece may hold two fields: the likelier split leaves a
 * whole field on the left ("social work and law") and does not take a field's own head to the
 * right ("food science | and engineering and ..." is not one).
 */
function fieldListsFrom(text: string, from: number): RawList[] {
  const { pieces: found, end } = pieces(text, from, /\s*,\s*/g);
  const items: Span[] = [];
  for (const piece of found) {
    const item = trimItem(text, piece.start, piece.end, true);
    if (!item) return [];
    items.push(item);
  }
  const last = items.pop() as Span;
  const likely: RawList[] = [];
  const other: RawList[] = [];
  const and = /\s+and\s+/gi;
  and.lastIndex = last.start;
  for (let m = and.exec(text); m && m.index < last.end; m = and.exec(text)) {
    const left = { start: last.start, end: m.index };
    const right = { start: m.index + m[0].length, end: last.end };
    const headToRight =
      /^\S+\s+and\s/i.test(text.slice(right.start, right.end)) &&
      FIELD_ENDS.test(text.slice(right.start).split(/\s/)[0] as string);
    const reading = { items: [...items, left, right], end };
    if (FIELD_ENDS.test(text.slice(left.start, left.end)) && !headToRight) likely.push(reading);
    else other.push(reading);
  }
  return [...likely, { items: [...items, last], end }, ...other];
}

/** "..., won the X Award": a verb of winning takes its honor without "as" (after the last item's aside). */
const WON_AFTER =
  /^\s*(?:\([^()]{0,80}\)\s*)?,?\s*(?:(?:has|have|had)\s+)?(?:(?:all|also|successfully|respectively)\s+)?(?:won|received|obtained|gained|claimed)\s+(?:the\s+)?/i;

/** The honor named right after the list: "..., as national first-class programmes"; "..., won X". */
function honorAfter(input: RuleInput, end: number) {
  const { state, context, skeleton } = input;
  const verb =
    /^\s*,?\s*(?:(?:a\s+total\s+of\s+)?(?:[\w-]+\s+){0,6}?)?(?:(?:has|have|had|was|were|is|are)\s+)?(?:been\s+)?(?:(?:all|also|successfully|officially|newly|recently|jointly|respectively)\s+)?(named|identified|selected|approved|listed|rated|recogni[sz]ed|designated|awarded|won|included|granted|honou?red|accredited|certified|chosen|upgraded|classified|confirmed)?\s*(as|to|into|in|the\s+(?:honou?rary\s+)?titles?\s+of)\s+/i.exec(
      skeleton.text.slice(end),
    );
  // "are also known as the four big canal cities": a by-name, no honor conferred.
  if (verb && BY_NAME.test(verb[0])) return undefined;
  const won = verb ? undefined : WON_AFTER.exec(skeleton.text.slice(end));
  // Without a verb of conferring only "as" names the honor: "have met the criteria to be" does not.
  if (!won && (!verb || (!verb[1] && verb[2]?.toLowerCase() !== "as"))) return undefined;
  const at = end + ((won ?? verb) as RegExpExecArray)[0].length;
  const object = readHonorObject(state, context, skeleton, at);
  return object?.honor.kind === "Honor" ? object : undefined;
}

/** "known as", "regarded as": what the holders are called or taken for, not a title given. */
const BY_NAME = /\b(?:known|called|referred\s+to|regarded|seen|considered|described)\s+as\s+$/i;

/** "The three First Prizes include A, B and C": a count before the honor is the list's. */
const HONOR_LEAD = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:(?:\d{1,3}|${COUNT_WORDS})\s+(?=\uE000))?(?:new\s+|newly\s+\w+\s+)?`,
  "i",
);

const POSSESSIVE_LEAD = /^\s*(?:its|their|our|his|her)\s/i;

/**
 * The honor named right before the list: "approved as provincial programmes, i.e. A, B and C";
 * "The new national demonstration bases include A, B and C".
 */
function honorBefore(input: RuleInput, opener: number) {
  const { state, context, skeleton } = input;
  const before = skeleton.text.slice(0, opener);
  const glue = /\s*,?\s*(?:include[sd]?|including|are|were|namely|i\.\s?e\.,?|:)?\s*,?\s*$/i.exec(
    before,
  );
  const honorEnd = glue ? glue.index : opener;
  const as = /\b(?:as|include[sd]?|of)\s+(?!.*\bas\s)/i.exec(
    before.slice(Math.max(0, honorEnd - 160)),
  );
  const starts = [0];
  if (as) starts.push(Math.max(0, honorEnd - 160) + as.index + as[0].length);
  for (const start of starts.reverse()) {
    // "Three of its disciplines, namely A and B": the holder's own parts, not an honor.
    if (POSSESSIVE_LEAD.test(before.slice(start))) continue;
    const lead = HONOR_LEAD.exec(before.slice(start));
    const object = readHonorObject(state, context, skeleton, start + (lead?.[0].length ?? 0));
    if (object?.honor.kind !== "Honor" || Math.abs(object.end - honorEnd) > 2) continue;
    // "The towns and sub-districts are A, B and C": a subject of kinds of holder, not the honor
    // they hold ("designated as demonstration bases" still names one).
    if (start === 0 && namesOnlyKinds(object.honor.name)) return undefined;
    return object;
  }
  return undefined;
}

const HOLDER_KINDS = new Set(
  "counties cities towns townships villages districts sub-districts subdistricts units enterprises companies schools museums bases areas sites parks hospitals universities colleges projects products teams groups individuals people institutions organizations organisations".split(
    " ",
  ),
);

/** "the towns and sub-districts", "urban districts": plural kinds of holder, maybe one modifier. */
function namesOnlyKinds(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "the" && w !== "and" && w !== "&");
  const kinds = words.filter((w) => HOLDER_KINDS.has(w));
  return (
    kinds.length > 0 && words.length - kinds.length <= 1 && HOLDER_KINDS.has(words.at(-1) ?? "")
  );
}

const PLACE_HEADS = /\b(?:village|county|town|township|city|district|area|province|prefecture)$/i;

/** "Lenovo (Beijing)": a place in brackets right after a body's name names its branch, and is part of it. */
function withPlaceBracket(view: string, end: number): number {
  const bracket = /^ ?\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)/.exec(view.slice(end, end + 40));
  return bracket && isPlaceName((bracket[1] as string).toLowerCase())
    ? end + bracket[0].length
    : end;
}

/** The mention an item names, or a new one: a place when its head is a place word. */
function holderFor(input: RuleInput, item: Span): Mention | undefined {
  const { state, context, skeleton } = input;
  const text = skeleton.text.slice(item.start, item.end);
  const only = /^\uE000(\d+)\uE001$/.exec(text);
  const known = only ? skeleton.mentionAt(Number(only[1])) : undefined;
  if (known && canReceive(known)) return known;
  if (known && known.kind !== "Honor") return undefined;
  const start = skeleton.toView(item.start, "start");
  const end = withPlaceBracket(state.view, skeleton.toView(item.end, "end"));
  if (end <= start) return undefined;
  const last = text.split(/\s+/).pop() ?? "";
  const kind = PLACE_HEADS.test(text) || headKind(last) === "Place" ? "Place" : "Organization";
  return state.newMention(kind, start, end, context.sentence, 0.6);
}

export const countedItems: ConferralRule = {
  name: "counted-items",
  example: "Six programmes were approved, i.e. Law, History, Physics, Botany, Music and Art.",
  gate: /[,;]/,
  find(input) {
    const text = masked(input.skeleton.text);
    // No count stated near the sentence and none that a stretch of it could state (no digit, no
    // number word anywhere): no list can match, there is nothing to read.
    const stated = statedCounts(input);
    if (stated.size === 0 && !NUMBER_PIECE.test(text)) return [];
    OPENER.lastIndex = 0;
    const starts = [0];
    const openerAt = new Map<number, number>();
    for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
      starts.push(m.index + m[0].length);
      openerAt.set(m.index + m[0].length, m.index);
    }
    const out = [];
    let readUpTo = -1;
    for (const from of starts) {
      if (from < readUpTo) continue;
      // Counts first: with no count stated, no list can match.
      const eligible = countsBeforeList(text, openerAt.get(from) ?? from, input.skeleton) ?? stated;
      if (eligible.size === 0) continue;
      const opener = openerAt.get(from);
      const lists =
        opener !== undefined && countsFields(text, opener)
          ? fieldListsFrom(text, from)
          : listsFrom(text, from);
      const readings = lists.filter((reading) => reading.items.length >= 2);
      if (readings.length === 0) continue;
      const list =
        readings.find((reading) => eligible.has(reading.items.length)) ??
        partOfCount(text, openerAt.get(from), readings);
      if (!list) continue;
      out.push(...conferralsFor(input, list, from, openerAt.get(from) ?? from));
      readUpTo = list.end;
    }
    return out;
  },
};

/**
 * "72 enterprises, including A, B and C, won X": a list after "including" may name only some of
 * the counted holders; three or more, all fewer than the count right before it.
 */
function partOfCount(
  text: string,
  opener: number | undefined,
  readings: RawList[],
): (RawList & { partial: true }) | undefined {
  if (opener === undefined || !/^(?:including|such\s+as)\b/i.test(text.slice(opener))) return;
  const counts = localCounts(text, opener);
  if (!counts) return undefined;
  const most = Math.max(...counts);
  const list = readings.find((r) => r.items.length >= 3 && r.items.length < most);
  return list ? { ...list, partial: true } : undefined;
}

function conferralsFor(input: RuleInput, list: RawList, from: number, opener: number) {
  const found = input.found[0];
  const after = honorAfter(input, list.end);
  // A partial list stands for its count only when its own verb names the honor.
  if ("partial" in list && !after) return [];
  const named = after ?? (from > 0 ? honorBefore(input, opener) : undefined);
  // A list that opens the sentence is a subject: its verb must name the honor.
  if (from === 0 && !named) return [];
  const honor = named?.honor ?? (found ? input.state.byId.get(found.honor) : undefined);
  if (!honor) return [];
  const holders: Mention[] = [];
  for (const item of list.items) {
    const holder = holderFor(input, item);
    if (!holder || holder.id === honor.id) return [];
    if (!alreadyFound(input, holder)) holders.push(holder);
  }
  const object = named ?? { honor, end: list.end };
  return emit(input, holders, [object], input.skeleton.text.slice(from, list.end), from);
}
