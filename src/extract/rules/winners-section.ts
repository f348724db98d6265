// A reference page about one honor lists its holders under a heading: "Past winners", "Award
// winners", "List of laureates". Each line after it names holders, grouped under a year line
// ("First time, 1990") or with the year at the start of a table row ("2nd1991Autumn Ferry...").
// The honor is the one the heading names, else the page's title; a line that is only an honor
// ("Special Prize") names the honor of the lines after it.
import type { Mention } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { emit } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const WINNERS_WORD =
  /\b(?:winners|recipients|laureates|awardees|honou?rees|prize-?winners|winning\s+(?:works|pieces|entries|projects|books|films))\b|^\s*(?:\[edit\]\s*)?(?:\d+\.\s*)?list\s+of\b/i;
/** "Past winners", "Third Lake Prize Winners (1985-1988)", "List of laureates": a short line, no prose. */
function isHeading(line: string): boolean {
  return WINNERS_WORD.test(line) && !/[.!?]\s*$/.test(line) && line.split(/\s+/).length <= 12;
}
/** A sentence of prose ends a list: it closes with a period and runs long. */
function isProse(line: string): boolean {
  return /\.\s*$/.test(line) && line.split(/\s+/).length > 10;
}
/** Where a list section stops: the next heading of a reference page. */
const SECTION_END =
  /^\s*(?:edit)?(?:\[edit\]|(?:see\s+also|references|external\s+links|notes|further\s+reading|nominees|sources|bibliography)\s*$)/i;
// "edit1997", "edit- A": a wiki's "edit" link, scraped onto the line it stands before.
const BULLET = /^\s*(?:edit(?=[\d\u2022*\u2013-]))?[\u2022\u00B7*\u2013-]?\s*/;
const ORDINALS =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th)";
/** "First time, 1990", "1990", "12th session (2019)": a line that only groups the ones after it. */
const GROUP_LINE = new RegExp(
  String.raw`^(?:(${ORDINALS})\s+(?:time|session|edition|ceremony|round|award|prize)s?\s*,?\s*\(?)?((?:19|20)\d{2})\)?\s*:?\s*$`,
  "i",
);
/** "2nd1991Autumn Ferry", "2005 Silver River": a table row that opens with its ordinal and year. */
const ROW_PREFIX = /^(\d{1,3}(?:st|nd|rd|th))?\s*((?:19|20)\d{2})(?!\d)\s*/;
const CJK = /[\u3400-\u9fff]/;
/** The Latin title before a title in Chinese script: "Autumn Ferry\u79cb\u6e21Ma Xiuying". */
const LATIN_BEFORE_CJK = /^([A-Z0-9][^\u3400-\u9fff"\u201C]{1,80}?)\s*[\u3400-\u9fff]/;
const QUOTED_FIRST = /^["\u201C]([^"\u201D]{2,80})["\u201D]/;

interface Section {
  honor: Mention;
  /** The honor of a line that is only an honor, for the lines after it. */
  subHonor?: Mention;
  year?: string;
  batch?: string;
  /** Rows title works in Chinese script too: a line of names alone goes on a row's names. */
  bilingualRows?: boolean;
}

interface Scan {
  /** Sentences read so far (those before `upTo`). */
  upTo: number;
  section?: Section;
}

const scans = new WeakMap<DocumentState, Scan>();

function lineOf(state: DocumentState, index: number): string {
  const sentence = state.contexts[index]?.sentence;
  return sentence ? state.view.slice(sentence.start, sentence.end) : "";
}

/** "(Chinese: ...) is the highest ...", ", also known as ...": what a definition says after its name. */
const DEFINES =
  /^\s*(?:\([^()]{0,80}\)\s*)?(?:,\s*also\s+known\s+as\b|(?:is|was)\s+(?:the|a|an|one)\b)/i;

/**
 * The honor a page is about: its title line, when an honor's name is most of it, else the honor
 * its first sentence opens with ("The Lake Medal (...) is the highest award of ...").
 */
function pageHonor(state: DocumentState): Mention | undefined {
  const title = state.contexts[0];
  if (!title) return undefined;
  const length = title.sentence.end - title.sentence.start;
  const titled = title.top.find(
    (m) => m.kind === "Honor" && (m.evidence.end - m.evidence.start) * 10 >= length * 6,
  );
  if (titled) return titled;
  // Only a sentence that defines its first name: "The X (...) is the highest award of ...".
  const first = title.top[0];
  if (first?.kind !== "Honor") return undefined;
  const before = state.view.slice(title.sentence.start, first.evidence.start);
  const after = state.view.slice(first.evidence.end, title.sentence.end);
  return /^\s*(?:the\s+)?$/i.test(before) && DEFINES.test(after) ? first : undefined;
}

/** The one honor a line names when the line is nothing else: "Special Prize". */
function honorLine(state: DocumentState, index: number, body: string): Mention | undefined {
  const top = state.contexts[index]?.top ?? [];
  const honor = top.length === 1 && top[0]?.kind === "Honor" ? top[0] : undefined;
  return honor && honor.surface.length + 2 >= body.trim().length ? honor : undefined;
}

/** Reads the line before the current one into the running section. */
function readLine(state: DocumentState, index: number, scan: Scan): void {
  const line = lineOf(state, index);
  // A headline "Winners of the X" opens a news story, not a reference list.
  if (index > 0 && isHeading(line)) {
    const named = state.contexts[index]?.top.find((m) => m.kind === "Honor");
    const honor = named ?? pageHonor(state);
    scan.section = honor ? { honor } : undefined;
    return;
  }
  const section = scan.section;
  if (!section) return;
  if (SECTION_END.test(line) || isProse(line)) {
    scan.section = undefined;
    return;
  }
  const body = line.replace(BULLET, "");
  // "Runners-up (Excellence Award):": a sub-heading names the honor of the lines after it; one
  // that names none ("2 Honorable Mentions:") leaves them to other rules.
  if (/:\s*$/.test(line)) {
    const named = state.contexts[index]?.top.filter((m) => m.kind === "Honor").at(-1);
    if (named) section.subHonor = named;
    else scan.section = undefined;
    return;
  }
  const group = GROUP_LINE.exec(body.trim());
  const row = ROW_PREFIX.exec(body);
  const subHonor = honorLine(state, index, body);
  if (CJK.test(body)) section.bilingualRows = true;
  if (group) {
    section.year = group[2];
    section.batch = group[1]?.toLowerCase();
    section.subHonor = undefined;
  } else if (subHonor) section.subHonor = subHonor;
  else if (row) {
    section.year = row[2];
    section.batch = row[1];
    section.subHonor = undefined;
  }
}

/** The section the sentence at `index` stands in, read incrementally over the page. */
function sectionAt(state: DocumentState, index: number): Section | undefined {
  let scan = scans.get(state);
  if (!scan || scan.upTo > index) {
    scan = { upTo: 0 };
    scans.set(state, scan);
  }
  for (; scan.upTo < index; scan.upTo++) readLine(state, scan.upTo, scan);
  return scan.section;
}

/** Persons named one after another at the start of the line: "Lin Meiyu, Guo Jiantao "Title"". */
function leadingPeople(input: RuleInput, from: number): Mention[] {
  const { state, context } = input;
  const people: Mention[] = [];
  let at = from;
  for (const mention of context.top) {
    if (mention.evidence.start < at) continue;
    const gap = state.view.slice(at, mention.evidence.start);
    if (mention.kind !== "Person" || !/^\s*(?:(?:,|and|&)\s*)*$/.test(gap)) break;
    people.push(mention);
    at = mention.evidence.end;
  }
  // "Bi Bi in the High House (...)": a name that runs on into more words opens a title.
  while (people.length > 0) {
    const after = state.view.slice((people.at(-1) as Mention).evidence.end, context.sentence.end);
    if (/^(?:\s*$|\s*[,;:(\u3400-\u9fff"\u201C]|\s+(?:and|&)\s)/.test(after)) break;
    people.pop();
  }
  return people;
}

/** A work titled at the start of the line: in Latin before Chinese script, or in quotes. */
function leadingWork(input: RuleInput, from: number, rest: string): Mention | undefined {
  const title = LATIN_BEFORE_CJK.exec(rest) ?? (CJK.test(rest) ? null : QUOTED_FIRST.exec(rest));
  if (!title) return undefined;
  const text = (title[1] as string).trimEnd();
  const start = from + rest.indexOf(text);
  if (/^not\s+awarded/i.test(text) || !/\p{L}{2}/u.test(text)) return undefined;
  return input.state.newMention("Work", start, start + text.length, input.context.sentence, 0.7);
}

export const winnersSection: ConferralRule = {
  name: "winners-section",
  example: 'Past winners\n• First time, 1990\n• Wu Lan "River Town"',
  find(input) {
    const { state, context } = input;
    const index = context.sentence.index;
    const section = index > 0 ? sectionAt(state, index) : undefined;
    if (!section || input.found.length > 0) return [];
    const line = lineOf(state, index);
    const body = line.replace(BULLET, "");
    if (GROUP_LINE.test(body.trim()) || honorLine(state, index, body) || isHeading(line)) return [];
    // "2 Honorable Mentions:": a line that ends with a colon heads the lines after it.
    if (/:\s*$/.test(line) || isProse(line)) return [];
    // "Wu Yonggang,\nWu Yigong": a line that goes on from a comma is the row before it.
    if (/,\s*$/.test(lineOf(state, index - 1))) return [];
    const row = ROW_PREFIX.exec(body);
    const from = context.sentence.start + (line.length - body.length) + (row?.[0].length ?? 0);
    const rest = state.view.slice(from, context.sentence.end);
    const people = leadingPeople(input, from);
    if (section.bilingualRows && !CJK.test(rest) && people.length > 0) return [];
    const work = people.length === 0 ? leadingWork(input, from, rest) : undefined;
    const holders = work ? [work] : people;
    const honor = section.subHonor ?? section.honor;
    const batch = row?.[1] ?? section.batch;
    const object = { honor, end: input.skeleton.text.length, ...(batch ? { batch } : {}) };
    const found = emit(input, holders, [object], "", 0, { status: "conferred" });
    const year = row?.[2] ?? section.year;
    for (const conferral of found) if (year) conferral.date = year;
    return found;
  },
};
