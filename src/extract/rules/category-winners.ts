// A list of winners by category: after "Full list of winners:" (or a sentence about winners or
// awards that ends in a colon), a category line ("Best Director", "Golden Scalpel Award:") and then
// its winners, one per line ("Rowan Hale, The Salt Road"), or both on one line ("Best Director:
// Rowan Hale, The Salt Road"). The category is the honor; a winner line names the person first and
// then the work, or works alone.

import type { Conferral, Mention } from "../../types.ts";
import { conferralOf, sentenceDate, statusOf } from "../relations.ts";
import { linesAfter, sentenceAt, type ViewLine } from "./numbered-list.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const OPENS =
  /\b(?:(?:full|complete)\s+)?list\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:winners|awardees|laureates|recipients|prizewinners)\b[^\n]{0,80}$|\b(?:winners|awardees|laureates|awards?|prizes?)\b[^\n]*(?::|!|\bas\s+follows)\s*$/i;
/** A category: "Best X", "Most Popular X", "Most Influential on X", "Outstanding X", "X of the Year", "X Award", "Award for X", "Gold Medal". */
const CATEGORY = String.raw`(?:(?:Best|Most\s+[A-Z][a-z]+|Outstanding)\s+[A-Za-z\u2019'][^\n,.;:]{1,60}|[A-Z][^\n,.;:]{0,40}\s+of\s+the\s+Year|[A-Z][^\n,.;:]{0,60}\b(?:Awards?|Prizes?|Medals?)|(?:Award|Prize|Medal)\s+[Ff]or\s+[A-Z][^\n,.;:]{1,60})`;
/** A category alone on its line, maybe with a colon. */
const CATEGORY_LINE = new RegExp(`^${CATEGORY}\\s*:?$`);
/** "Best Director: Rowan Hale, The Salt Road": the category and its winners on one line. */
const CATEGORY_INLINE = new RegExp(`^(${CATEGORY})\\s*:\\s*(\\S.*)$`);
const MAX_LINES = 300;
/** A line that is a sentence, not a name: long, or ending in a full stop or question mark. */
const PROSE = /^(?:\S+\s+){15,}|[a-z]{2,}[.?]\s*$|\?\s*$/;

/** A line, trimmed: where its words start and end. */
type Line = ViewLine;

/** The non-blank lines after `from`, trimmed, until prose or three blank lines in a row. */
function listLines(view: string, from: number): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  for (const { start, text: raw } of linesAfter(view, from)) {
    if (lines.length >= MAX_LINES) break;
    if (raw.trim() === "") {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    if (PROSE.test(raw.trim())) break;
    const lead = raw.length - raw.trimStart().length;
    lines.push({ start: start + lead, end: start + raw.trimEnd().length, text: raw.trim() });
  }
  return lines;
}

function mentionsIn(input: RuleInput, span: Line): Mention[] {
  const sentence = sentenceAt(input.state, span);
  return (input.state.contexts[sentence?.index ?? -1]?.top ?? []).filter(
    (m) => m.evidence.start >= span.start && m.evidence.end <= span.end,
  );
}

/** The items of a winners span, split at commas: each a new work unless a name is read there. */
function itemsOf(input: RuleInput, span: Line, found: Mention[]): Mention[] {
  const sentence = sentenceAt(input.state, span);
  if (!sentence) return [];
  const out: Mention[] = [];
  for (const part of span.text.matchAll(/[^,;]+/g)) {
    const text = part[0].trim();
    if (!/^[A-Z0-9"\u201C]/.test(text) || text.split(/\s+/).length > 12) continue;
    const start = span.start + (part.index ?? 0) + part[0].indexOf(text);
    const exact = found.find(
      (m) => m.evidence.start === start && m.evidence.end === start + text.length,
    );
    out.push(
      exact && exact.kind !== "Place"
        ? exact
        : input.state.newMention("Work", start, start + text.length, sentence, 0.6),
    );
  }
  return out;
}

// Categories whose winners are people: the first item of "Best Director: A, The Film" is a person
// even when no name was read there.
const PERSON_ROLE =
  /\b(?:actor|actress|actors|actresses|director|directors|screenwriter|writer|writing|cinematography|cinematographer|music|composer|host|anchor|singer|performer|newcomer|editor|editing|art\s+direction)\b/i;

/**
 * The winners a span names: a person named at the start of one of its items ("Rowan Hale, The
 * Salt Road" is the director, not the film); else its first item, or under a category of works
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
  const found = mentionsIn(input, span);
  const person = found.find((m) => m.kind === "Person" && starts.has(m.evidence.start));
  if (person) return [person];
  if (people) return [];
  const items = itemsOf(input, span, found);
  return inline && !PERSON_ROLE.test(category) ? items : items.slice(0, 1);
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

export const categoryWinners: ConferralRule = {
  name: "category-winners",
  example: "Full list of winners: / Best Director / Rowan Hale, The Salt Road / Best Film / ...",
  gate: /\b(?:winners|awardees|laureates|recipients|prizewinners|awards?|prizes?)\b/i,
  find(input) {
    const { state, context } = input;
    const sentenceText = state.view.slice(context.sentence.start, context.sentence.end);
    if (!OPENS.test(sentenceText)) return [];
    const lines = listLines(state.view, context.sentence.end);
    const first = lines[0]?.text ?? "";
    if (!CATEGORY_LINE.test(first) && !CATEGORY_INLINE.test(first)) return [];
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
      const inline = CATEGORY_INLINE.exec(line.text);
      const category = CATEGORY_LINE.test(line.text)
        ? spanOf(line, 0, line.text.replace(/\s*:$/, "").length)
        : inline
          ? spanOf(line, 0, (inline[1] as string).length)
          : undefined;
      if (category) {
        const mention = honorOf(input, category);
        honor = mention ? { mention, line: category, people: false } : undefined;
        if (inline && honor) {
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
      confer(winnersOf(input, line, honor.line.text, honor.people, false), line);
    }
    return out;
  },
};
