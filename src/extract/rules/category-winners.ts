// A list of winners by category: after "Full list of winners:" (or a sentence about winners or
// awards that ends in a colon), a category line ("Best Director", "Golden Scalpel Award:") and then
// its winners, one per line ("Rowan Hale, The Salt Road"), or both on one line ("Best Director:
// Rowan Hale, The Salt Road"). The category is the honor; a winner line names the person first and
// then the work, or works alone.

import type { Conferral, Mention } from "../../types.ts";
import { conferralOf, sentenceDate, statusOf } from "../relations.ts";
import {
  BULLETED,
  endsItsLine,
  holderOf,
  linesAfter,
  runningItems,
  sentenceAt,
  startsItsLine,
  type ViewLine,
} from "./numbered-list.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const OPENS =
  /\b(?:(?:full|complete)\s+)?list\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:winners|awardees|laureates|recipients|prizewinners)\b[^\n]{0,80}$|\b(?:winners|awardees|laureates|recipients|awards?|prizes?)\b[^\n]*(?::|!|\bas\s+follows)\s*$/i;
/** A class after a dash: one to three capitalised words ("\u2013 Tourism", "\u2013 Industry and Commerce"). */
const CLASS = String.raw`(?:\s+[\u2013\u2014-]\s+[A-Z][a-z]+(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][a-z]+){0,2})?`;
/** "BEST ACTOR", "JURY GRAND PRIX", "ALFRED BAUER PRIZE": a category in capitals, with a prize word. */
const SHOUTED_CATEGORY = String.raw`(?=(?:[A-Z]+\s+){0,5}(?:BEST|PRIZE|PRIX|AWARD|MEDAL|TROPHY)\b)[A-Z]{2,}(?:\s+[A-Z]{2,}){0,5}`;
/** A category: "Best X", "Silver Bear for Best Actress", "BEST ACTOR (Silver Bear)", "Jury Grand Prix", "ALFRED BAUER PRIZE*", "Most Popular X", "Most Influential on X", "Outstanding X", "Exemplary X", "X of the Year", "X Award", "Award for X", "X Award for the Y", "Gold Medal", "Medal of Merit"; maybe with a class after a dash ("Medal of Merit \u2013 Tourism"). */
export const CATEGORY = String.raw`(?:(?:Best|Most\s+[A-Z][a-z]+|Outstanding|Exemplary|Advanced|Excellent)\s+[A-Za-z\u2019'][^\n,.;:]{1,60}|[A-Z][^\n,.;:]{0,40}\s+of\s+the\s+Year|[A-Z][^\n,.;:]{0,60}\b(?:Awards?|Prizes?|Prix|Medals?)(?:${CLASS}|\s+(?:for|of|in)\s+(?:the\s+)?[A-Z][^\n,.;:]{1,40})|(?:Award|Prize|Medal)\s+[Ff]or\s+[A-Z][^\n,.;:]{1,60}|(?:Medal|Decoration|Order|Badge)s?\s+of\s+[A-Z][a-z]+${CLASS}|[A-Z][^\n,.;:]{0,40}\s+for\s+Best\s+[A-Z](?:(?!\s[\u2013\u2014-]\s)[^\n,.;:]){1,40}|${SHOUTED_CATEGORY})(?:\s*\([A-Z][^()\n]{1,30}\))?`;
/** "Gold Award Winners:", "Runners-up (Excellence Award):": a category named with its winners. */
const WINNERS_WORD = "(?:[Ww]inners|[Ll]aureates|[Rr]ecipients|[Aa]wardees)";
/**
 * A category alone on its line, maybe with a colon or a footnote's star; group 1 or 2 is the
 * category itself.
 */
const CATEGORY_LINE = new RegExp(
  // "To give the Valley Medal to:" is a clause that opens a list, not a category.
  `^(?!To\\s+[a-z])(?:(?:[Rr]unners?-up|[Ww]inners?)\\s*\\((${CATEGORY})\\)|(${CATEGORY})\\*?(?:\\s+${WINNERS_WORD})?)\\s*:?$`,
);
/** "Best Director: Rowan Hale, The Salt Road", "Best Script - Rowan Hale": the category and its winners on one line. */
const CATEGORY_INLINE = new RegExp(`^(${CATEGORY})\\s*(?::|\\s[\u2013\u2014-])\\s*(\\S.*)$`);
/** "Category: Best Clinical Project": a label that groups categories; it names no winner. */
const GROUP_LABEL = /^(?:category|section|group|field|track)\s*:/i;
/**
 * "A \u2013 the project's title", "A (Pine Press, China)", 'A for "The Film"', '"The Film" Dir. A':
 * what follows a winner's name on its line.
 */
const WINNER_DETAIL = /\s+[\u2013\u2014-]\s+\S|\s+\(|\s+for\s+["\u201C]|(?<=["\u201D])\s+Dirs?\.\s/;
const MAX_LINES = 300;
/** "NOTE - ...", "Proofread by A", "Editor: B": a footnote or a byline ends the list. */
const FOOTNOTE =
  /^\s*(?:(?:NOTES?|Notes?)\s*[-:\u2013\u2014]|(?:Proofread|Edited|Translated|Compiled|Reported|Written)\s+by\b|(?:Editors?|Source|Reporters?|Photo)\s*:)/;
/** A line that is a sentence, not a name: long, or ending in a full stop or question mark. */
const PROSE_LENGTH = /^(?:\S+\s+){15,}/;
const PROSE_END = /[a-z]{2,}[.?]\s*$|\?\s*$/;
/** '"The Film" Dir. Wei Lan.': a work and its director's credit, whatever stop ends it, is no prose. */
const CREDIT = /["\u201D]\s+Dirs?\.\s/;

/** A line, trimmed: where its words start and end. */
type Line = ViewLine;

/** A line of the list: the whole line, and the winner's part of it (no bullet, no detail). */
interface ListLine extends Line {
  head: Line;
  bulleted: boolean;
}

/** The winner's part of a line (its bullet cut off already): before a dash or bracket of detail. */
function headOf(line: Line): Line {
  const detail = WINNER_DETAIL.exec(line.text);
  return spanOf(line, 0, detail ? detail.index : line.text.length);
}

/** The non-blank lines after `from`, trimmed, until prose or three blank lines in a row. */
function listLines(view: string, from: number): ListLine[] {
  const lines: ListLine[] = [];
  let blanks = 0;
  for (const { start, text: raw } of linesAfter(view, from)) {
    if (lines.length >= MAX_LINES) break;
    if (raw.trim() === "") {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    if (FOOTNOTE.test(raw)) break;
    // "\u2022 Best Director: A": the line is read from after its bullet, as a category or a winner.
    const bullet = BULLETED.exec(raw);
    const lead = bullet ? bullet[0].length : raw.length - raw.trimStart().length;
    const text = raw.slice(lead).trimEnd();
    const line = { start: start + lead, end: start + lead + text.length, text };
    const head = headOf(line);
    // "Wang Bin, Deputy Director, Chief Physician of ...": a long line of posts after a name,
    // with no full stop, is no prose; its first part is what counts.
    const firstPart = head.text.split(/,\s/)[0] as string;
    // '- "The Salt Road", a film about a ferryman.': a bulleted winner with a note that ends
    // in a full stop is still an item.
    const notedItem =
      bullet !== null && firstPart.split(/\s+/).length <= 6 && firstPart.length < line.text.length;
    const prose = PROSE_END.test(line.text) && !CREDIT.test(line.text) && !notedItem;
    if (PROSE_LENGTH.test(firstPart) || prose) break;
    lines.push({ ...line, head, bulleted: bullet !== null });
  }
  return lines;
}

function mentionsIn(input: RuleInput, span: Line): Mention[] {
  const sentence = sentenceAt(input.state, span);
  return (input.state.contexts[sentence?.index ?? -1]?.top ?? []).filter(
    (m) => m.evidence.start >= span.start && m.evidence.end <= span.end,
  );
}

/**
 * The items of a winners span, split at commas: each a new work unless a name is read there, or
 * the names read there ("A and B" is one item held by both).
 */
function itemsOf(input: RuleInput, span: Line, found: Mention[]): Mention[][] {
  const sentence = sentenceAt(input.state, span);
  if (!sentence) return [];
  const out: Mention[][] = [];
  for (const part of span.text.matchAll(/[^,;]+/g)) {
    const text = part[0].trim();
    if (!/^[A-Z0-9"\u201C]/.test(text) || text.split(/\s+/).length > 12) continue;
    const start = span.start + (part.index ?? 0) + part[0].indexOf(text);
    const exact = found.find(
      (m) => m.evidence.start === start && m.evidence.end === start + text.length,
    );
    const joined = exact ? [] : joinedNames(found, start, text);
    if (joined.length > 0) out.push(joined);
    else if (exact && exact.kind !== "Place") out.push([exact]);
    else {
      // "Lin Tao's Night Boat Home": the work, after its maker's possessive.
      const from = start + makersPossessive(found, start, text);
      out.push([input.state.newMention("Work", from, start + text.length, sentence, 0.6)]);
    }
  }
  return out;
}

/** The length of a person's possessive opening `text` ("Lin Tao's " of a title of two words or more), or 0. */
function makersPossessive(found: readonly Mention[], start: number, text: string): number {
  const maker = found.find((m) => m.kind === "Person" && m.evidence.start === start);
  if (!maker) return 0;
  // "Yu Bao's World": a title of one word after the possessive keeps it.
  const after = /^(?:'s|\u2019s|'|\u2019)\s+(?=["\u201C]?[A-Z0-9][^\s,;]*\s+\S)/.exec(
    text.slice(maker.evidence.end - start),
  );
  return after ? maker.evidence.end - start + after[0].length : 0;
}

/**
 * "Hill Robotics Corporation and Pine Motor Company", "Wu Lan/Tan Yiru (Diving)": an item that is
 * two or more names read there, joined by "and", "&" or "/", names each of them.
 */
function joinedNames(found: readonly Mention[], start: number, text: string): Mention[] {
  const inside = found
    .filter(
      (m) =>
        m.kind !== "Place" && m.evidence.start >= start && m.evidence.end <= start + text.length,
    )
    .sort((a, b) => a.evidence.start - b.evidence.start);
  if (inside.length < 2) return [];
  let cursor = start;
  for (const [i, m] of inside.entries()) {
    const gap = text.slice(cursor - start, m.evidence.start - start);
    if (!(i === 0 ? /^$/ : /^\s*(?:,\s*)?(?:and|&|\/)\s*$/).test(gap)) return [];
    cursor = m.evidence.end;
  }
  // "Wu Lan/Tan Yiru (Diving)": a note in brackets may close the item.
  return /^\s*(?:\([^()]*\)\s*)?$/.test(text.slice(cursor - start)) ? inside : [];
}

/** What follows a whole item: a comma, a wide gap, the end ("Yu Bao's World" is a title, not Yu Bao). */
// "Wang Bin/\u738b\u5f6c, Deputy Director": the name in Chinese script after a slash ends it too.
const ENDS_AN_ITEM = /^(?:\s*[,;:(]|\s{2,}|\t|\s*$|\s*\/\s*[\u3400-\u9fff])/;

// Categories whose winners are people: the first item of "Best Director: A, The Film" is a person
// even when no name was read there.
const PERSON_ROLE =
  /\b(?:actor|actress|actors|actresses|director|directors|direction|screenwriter|writer|writing|cinematography|cinematographer|music|composer|host|anchor|singer|performer|newcomer|editor|editing|art\s+direction)\b/i;

/**
 * The winners a span names: a person named at the start of one of its items ("Rowan Hale, The
 * Salt Road" is the director, not the film), or under a category of people every such person
 * when the work has a line of its own below; else its first item, or under a category of works
 * named inline, every item ("Best Series: A, B"). Under a category whose winners are people, a
 * line with no person adds detail to the one before ("PKU Third Hospital") and names no one.
 */
function winnersOf(
  input: RuleInput,
  span: Line,
  category: string,
  people: boolean,
  inline: boolean,
): Mention[] {
  const starts = new Set(
    [...span.text.matchAll(/(?:^|[,;:]\s*)(?=\S)/g)].map(
      (m) => span.start + (m.index ?? 0) + m[0].length,
    ),
  );
  const maker = PERSON_ROLE.test(category) ? gluedMaker(input, span) : undefined;
  if (maker) return [maker];
  const found = mentionsIn(input, span);
  // "A, B, C" under "Best Art Direction": each person who is a whole item shares the category.
  const persons = found.filter(
    (m) =>
      m.kind === "Person" &&
      starts.has(m.evidence.start) &&
      ENDS_AN_ITEM.test(input.state.view.slice(m.evidence.end, span.end)),
  );
  const person = persons[0];
  if (!person) return people ? [] : firstItems(input, span, found, category, inline);
  // "Dante Lee, Red Sea Rescue" is a name, then a title; when the work has a line of its own
  // after the names ("Wu Lan, Tan Bo" / "Salt Road"), every name is a co-winner.
  const after = nextLine(input.state.view, span.end);
  const workBelow =
    after !== undefined && !isCategoryLine({ start: 0, end: after.length, text: after });
  return PERSON_ROLE.test(category) && workBelow ? persons : [person];
}

/**
 * "Hollin (Africa), Tarnvale (Asia-Pacific), Qinlou (Europe)": a line of names, each with its note,
 * names co-winners of the category above (a line "A, The Film" names a winner and a work).
 */
function notedWinners(input: RuleInput, line: ListLine): Mention[] {
  const items = line.bulleted ? [] : runningItems(line, true);
  return items.flatMap((item) => holderOf(input, item) ?? []);
}

/** A span with no person: every item under a category of works named inline, else the first. */
function firstItems(
  input: RuleInput,
  span: Line,
  found: Mention[],
  category: string,
  inline: boolean,
): Mention[] {
  const items = itemsOf(input, span, found);
  return (inline && !PERSON_ROLE.test(category) ? items : items.slice(0, 1)).flat();
}

/** "Lu Fang-The Salt Road": a person's name of two or three words glued to the work by a hyphen. */
const GLUED_TO_WORK = /^([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})-(?=[A-Z])/;

/** The person of a winner's span that glues the person to the work ("Lu Fang-The Salt Road"). */
function gluedMaker(input: RuleInput, span: Line): Mention | undefined {
  const glued = GLUED_TO_WORK.exec(span.text);
  const sentence = glued ? sentenceAt(input.state, span) : undefined;
  if (!glued || !sentence) return undefined;
  const end = span.start + (glued[1] as string).length;
  return input.state.newMention("Person", span.start, end, sentence, 0.6);
}

function honorOf(input: RuleInput, line: Line): Mention | undefined {
  const sentence = sentenceAt(input.state, line);
  return sentence
    ? input.state.newMention("Honor", line.start, line.end, sentence, 0.7)
    : undefined;
}

function spanOf(line: Line, from: number, to: number): Line {
  return { start: line.start + from, end: line.start + to, text: line.text.slice(from, to) };
}

/** "Lake Awards: Best Director": the awards, a colon, then a category: the whole line is one. */
const AWARDS_THEN_CATEGORY = new RegExp(
  `^[A-Z][^:\\n]{1,60}?\\b(?:Awards|Prizes)\\s*:\\s*(?:${CATEGORY})\\s*$`,
);

/** The category a line names alone ("Gold Award Winners:" gives "Gold Award"), or none. */
function categoryLineOf(line: Line): Line | undefined {
  if (AWARDS_THEN_CATEGORY.test(line.text)) return line;
  const match = CATEGORY_LINE.exec(line.text);
  if (!match) return undefined;
  const category = (match[1] ?? match[2]) as string;
  const from = line.text.indexOf(category);
  return spanOf(line, from, from + category.length);
}

/** Whether a line is a category of winners of its own ("Medal of Merit \u2013 Tourism"). */
export function isCategoryLine(line: Line): boolean {
  return categoryLineOf({ ...line, text: line.text.trim() }) !== undefined;
}

/** The non-blank lines before the line holding `start`, nearest first, trimmed. */
function* linesBefore(view: string, start: number): Generator<string> {
  let end = view.lastIndexOf("\n", start - 1);
  while (end > 0) {
    const lineStart = view.lastIndexOf("\n", end - 1) + 1;
    const text = view.slice(lineStart, end).trim();
    if (text !== "") yield text;
    end = lineStart - 1;
  }
}

/** The first non-blank line before `start`, or undefined at the top of the text. */
function lineBefore(view: string, start: number): string | undefined {
  for (const line of linesBefore(view, start)) return line;
  return undefined;
}

/** How many lines a run of categories looks back for one of its own, and how many it needs. */
const RUN_LOOK_BACK = 8;
const RUN_LENGTH = 3;

/**
 * "Best Animation" / "A" / "Best Documentary" / "B" / "Best Director" / "C": with no opener, a
 * category line opens a list when three or more follow in one run of short lines and none came
 * in the short lines just before (a later one is inside the list).
 */
function opensARun(view: string, start: number): boolean {
  let looked = 0;
  for (const previous of linesBefore(view, start)) {
    if (++looked > RUN_LOOK_BACK || PROSE_LENGTH.test(previous) || PROSE_END.test(previous)) break;
    if (isCategoryLine({ start: 0, end: previous.length, text: previous })) return false;
  }
  const lines = listLines(view, start - 1);
  return lines.filter((line) => categoryLineOf(line) !== undefined).length >= RUN_LENGTH;
}

/** The first non-blank line after the line holding `from`. */
function nextLine(view: string, from: number): string | undefined {
  for (const line of linesAfter(view, from)) if (line.text.trim() !== "") return line.text;
  return undefined;
}

/** The text after a line's bullet, or the whole line trimmed. */
function withoutBullet(line: string): string {
  const bullet = BULLETED.exec(line);
  return (bullet ? line.slice(bullet[0].length) : line).trim();
}

/**
 * "Highlights of the night:" then "\u2022 Best Film: A": any line that ends in a colon opens a list
 * when the next line names a category and its winner.
 */
function opensCategories(view: string, text: string, end: number): boolean {
  if (!/:\s*$/.test(text)) return false;
  const next = nextLine(view, end);
  return next !== undefined && CATEGORY_INLINE.test(withoutBullet(next));
}

/** Words a sentence needs to open a list of winners or to be a category line. */
const LIST_WORDS =
  /\b(?:winners|awardees|laureates|recipients|prizewinners|awards?|prizes?|medals?|decorations?|orders?|badges?|best|outstanding|exemplary|advanced|excellent|year)\b/i;
/** A category line that says it names winners: "Gold Award Winners:", "Medal of Merit:". */
const NAMES_WINNERS = /:\s*$|\b(?:winners|laureates|recipients|awardees)\b/i;

/**
 * Where the lines of a list of winners start: after a sentence that opens one ("Full list of
 * winners:"), or at a category line of its own after prose ("Medal of Merit \u2013 Tourism", then
 * "- A"), when the line says it names winners or bullets follow it. A category line after
 * another list line is inside a list read from its start.
 */
function listStart(input: RuleInput, text: string): number | undefined {
  const { view } = input.state;
  const { sentence } = input.context;
  const ownLine =
    !sentence.headline &&
    startsItsLine(view, sentence.start) &&
    endsItsLine(view, sentence.end) &&
    categoryLineOf({ start: sentence.start, end: sentence.end, text: text.trim() }) !== undefined;
  if (!ownLine)
    return OPENS.test(text) || opensCategories(view, text, sentence.end) ? sentence.end : undefined;
  const before = lineBefore(view, sentence.start);
  if (before === undefined || OPENS.test(before)) return undefined;
  if (opensARun(view, sentence.start)) return sentence.start - 1;
  if (!PROSE_LENGTH.test(before) && !PROSE_END.test(before)) return undefined;
  if (!NAMES_WINNERS.test(text) && !BULLETED.test(nextLine(view, sentence.end) ?? ""))
    return undefined;
  return sentence.start - 1;
}

export const categoryWinners: ConferralRule = {
  name: "category-winners",
  example: "Full list of winners: / Best Director / Rowan Hale, The Salt Road / Best Film / ...",
  find(input) {
    const { state, context } = input;
    const sentenceText = state.view.slice(context.sentence.start, context.sentence.end);
    const end = context.sentence.end;
    if (!LIST_WORDS.test(sentenceText) && !opensCategories(state.view, sentenceText, end))
      return [];
    const from = listStart(input, sentenceText);
    if (from === undefined) return [];
    const lines = listLines(state.view, from);
    const first = lines.find((line) => !GROUP_LABEL.test(line.text));
    if (!first || (!categoryLineOf(first) && !CATEGORY_INLINE.test(first.text))) return [];
    const status = statusOf("", sentenceText);
    const date = sentenceDate(state, context);
    const out: Conferral[] = [];
    let honor: { mention: Mention; line: Line; people: boolean } | undefined;
    const confer = (winners: Mention[], line: Line) => {
      const sentence = sentenceAt(state, line);
      if (!honor || !sentence) return;
      for (const winner of winners) {
        const conferral = conferralOf(state, sentence.index, winner, honor.mention, status, [
          state.evidence(line.start, line.end, sentence, 0.6),
          state.evidence(honor.line.start, honor.line.end, sentence, 0.6),
        ]);
        if (date) conferral.date = date;
        out.push(conferral);
        if (winner.kind === "Person") honor.people = true;
      }
    };
    for (const line of lines) {
      const own = categoryLineOf(line);
      // Another list's opener ends this one.
      if (OPENS.test(line.text) && !own) break;
      // "Category: Best Clinical Project": the honors after it are its own.
      if (GROUP_LABEL.test(line.text)) {
        honor = undefined;
        continue;
      }
      const inline = CATEGORY_INLINE.exec(line.text);
      const category = own ?? (inline ? spanOf(line, 0, (inline[1] as string).length) : undefined);
      if (category) {
        const mention = honorOf(input, category);
        honor = mention ? { mention, line: category, people: false } : undefined;
        if (inline && honor && !own) {
          const rest = spanOf(
            line,
            line.text.length - (inline[2] as string).length,
            line.text.length,
          );
          confer(winnersOf(input, rest, category.text, false, true), line);
        }
        continue;
      }
      // "(The Salt Road)": a note on the winner, not a winner.
      if (!honor || line.text.startsWith("(")) continue;
      // One bulleted line names one winner, even under a category of people.
      const people = honor.people && !line.bulleted;
      const noted = notedWinners(input, line);
      confer(
        noted.length > 0 ? noted : winnersOf(input, line.head, honor.line.text, people, false),
        line,
      );
    }
    return out;
  },
};
