// A list of winners by category, one line each: after "Full list of winners:", a category line
// ("Best Director", "Award for Young Talent", "First Prize") and then its winners, one per line
// ("Rowan Hale, The Salt Road"). The category is the honor; a winner line names the person first
// and then the work, or the work alone.

import type { Conferral, Mention } from "../../types.ts";
import { conferralOf, sentenceDate, statusOf } from "../relations.ts";
import { sentenceAt } from "./numbered-list.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const OPENS =
  /\b(?:(?:full|complete)\s+)?list\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:winners|awardees|laureates|recipients|prizewinners)\b[^\n]{0,80}$|\b(?:winners|awardees|laureates)\s*(?:are|include|list)?\s*:\s*$/i;
/** A category: "Best X", "X Award", "Award for X", "First Prize", "Gold Medal". */
const CATEGORY =
  /^(?:Best\s+[A-Z\u2019'][^\n,.;:]{1,60}|[A-Z][^\n,.;:]{0,60}\b(?:Awards?|Prizes?|Medals?)|(?:Award|Prize|Medal)\s+[Ff]or\s+[A-Z][^\n,.;:]{1,60})$/;
const MAX_LINES = 300;
/** A line that is a sentence, not a name: long, or ending in a full stop after a word. */
const PROSE = /^(?:\S+\s+){12,}|[a-z]{2,}\.\s*$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

/** The non-blank lines after `from`, until prose or two blank lines in a row. */
function linesAfter(view: string, from: number): Line[] {
  const lines: Line[] = [];
  let offset = view.indexOf("\n", from);
  let blanks = 0;
  while (offset >= 0 && lines.length < MAX_LINES) {
    const start = offset + 1;
    const next = view.indexOf("\n", start);
    const end = next < 0 ? view.length : next;
    offset = next;
    const raw = view.slice(start, end);
    if (raw.trim() === "") {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (PROSE.test(raw.trim())) break;
    const lead = raw.length - raw.trimStart().length;
    lines.push({ start: start + lead, end: start + raw.trimEnd().length, text: raw.trim() });
  }
  return lines;
}

/** The winner a line names: a person named in it first, else its first item (a work or body). */
function winnerOf(input: RuleInput, line: Line): Mention | undefined {
  const { state } = input;
  const sentence = sentenceAt(state, line);
  if (!sentence) return undefined;
  const inLine = (state.contexts[sentence.index]?.top ?? []).filter(
    (m) => m.evidence.start >= line.start && m.evidence.end <= line.end,
  );
  const person = inLine.find((m) => m.kind === "Person");
  if (person) return person;
  const first = /^[^,;]+/.exec(line.text)?.[0].trimEnd() ?? "";
  if (!/^[A-Z0-9"\u201C]/.test(first) || first.split(/\s+/).length > 12) return undefined;
  const exact = inLine.find(
    (m) => m.evidence.start === line.start && m.evidence.end === line.start + first.length,
  );
  if (exact && exact.kind !== "Place") return exact;
  return state.newMention("Work", line.start, line.start + first.length, sentence, 0.6);
}

function honorOf(input: RuleInput, line: Line): Mention | undefined {
  const sentence = sentenceAt(input.state, line);
  return sentence
    ? input.state.newMention("Honor", line.start, line.end, sentence, 0.7)
    : undefined;
}

export const categoryWinners: ConferralRule = {
  name: "category-winners",
  example: "Full list of winners: / Best Director / Rowan Hale, The Salt Road / Best Film / ...",
  gate: /\b(?:winners|awardees|laureates|recipients|prizewinners)\b/i,
  find(input) {
    const { state, context } = input;
    const sentenceText = state.view.slice(context.sentence.start, context.sentence.end);
    if (!OPENS.test(sentenceText)) return [];
    const lines = linesAfter(state.view, context.sentence.end);
    if (!CATEGORY.test(lines[0]?.text ?? "")) return [];
    const status = statusOf("", sentenceText);
    const date = sentenceDate(state, context);
    const out: Conferral[] = [];
    let honor: { mention: Mention; line: Line } | undefined;
    for (const line of lines) {
      if (CATEGORY.test(line.text)) {
        const mention = honorOf(input, line);
        honor = mention ? { mention, line } : undefined;
        continue;
      }
      if (!honor) continue;
      const winner = winnerOf(input, line);
      const sentence = sentenceAt(state, line);
      if (!winner || !sentence) continue;
      const conferral = conferralOf(state, sentence.index, winner, honor.mention, status, [
        state.evidence(line.start, line.end, sentence, 0.6),
        state.evidence(honor.line.start, honor.line.end, sentence, 0.6),
      ]);
      if (date) conferral.date = date;
      out.push(conferral);
    }
    return out;
  },
};
