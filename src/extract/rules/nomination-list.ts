// A work nominated in several categories, listed after the count: '"Pine Walker", directed by A,
// received five nominations: Best Picture, Best Director and Best Actor'; '"B" was nominated for
// two awards: Best Score and Best Editing'; "... nine nominations, including Best Film".
// Each category is an honor the work is nominated for.
import type { Conferral, Mention } from "../../types.ts";
import { conferralOf } from "../relations.ts";
import { CATEGORY } from "./category-winners.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** "received four nominations (in all seven categories):", "was nominated for two awards:", ", including". */
const NOMINATED =
  /\b(?:(?:received|earned|garnered|won|got|picked\s+up)\s+(?:\w+\s+){0,2}nominations?(?:\s+in\s+[^:,.;]{1,40})?|(?:was|were|has\s+been|have\s+been)\s+nominated\s+for\s+(?:\w+\s+){0,2}(?:awards?|categories|prizes?))\s*(?::|,\s*including)\s*/i;
/** The work: the last quoted title before the verb. */
const QUOTED = /["\u201C\u201D]([^"\u201C\u201D\n]{1,80})["\u201C\u201D]/g;
const ITEM = new RegExp(`^(?:and\\s+)?(${CATEGORY})$`);
const MIN_ITEMS = 2;

/** The quoted title nearest before `end`, as a span of the view. */
function workBefore(text: string, end: number): { start: number; end: number } | undefined {
  let last: { start: number; end: number } | undefined;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m && m.index < end; m = QUOTED.exec(text)) {
    const start = m.index + 1;
    last = { start, end: start + (m[1] as string).length };
  }
  return last;
}

/** The categories listed from `from`: split at commas and "and", and where "Best" starts again. */
function categoriesAfter(text: string, from: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const rest = text.slice(from).replace(/[.;]\s*$/, "");
  for (const part of rest.matchAll(/[^,]+/g)) {
    for (const piece of part[0].split(/(?<!\band)\s+(?=(?:and\s+)?Best\s)|\s+and\s+(?=[A-Z])/)) {
      const trimmed = piece.trim();
      if (trimmed === "") continue;
      const item = ITEM.exec(trimmed);
      if (!item) return out;
      const start =
        from +
        (part.index ?? 0) +
        part[0].indexOf(trimmed) +
        (trimmed.length - (item[1] as string).length);
      out.push({ start, end: start + (item[1] as string).length });
    }
  }
  return out;
}

export const nominationList: ConferralRule = {
  name: "nomination-list",
  example: '"Pine Walker" received five nominations: Best Picture, Best Director and Best Actor.',
  gate: /\bnominat/i,
  find(input: RuleInput): Conferral[] {
    const { state, context } = input;
    const { sentence } = context;
    const text = state.view.slice(sentence.start, sentence.end);
    const verb = NOMINATED.exec(text);
    if (!verb) return [];
    const work = workBefore(text, verb.index);
    const categories = categoriesAfter(text, verb.index + verb[0].length);
    if (!work || categories.length < MIN_ITEMS) return [];
    const { start, end } = work;
    const holder =
      mentionAt(input, sentence.start + start, sentence.start + end) ??
      state.newMention("Work", sentence.start + start, sentence.start + end, sentence, 0.6);
    return categories.map((category) => {
      const from = sentence.start + category.start;
      const honor = state.newMention(
        "Honor",
        from,
        from + category.end - category.start,
        sentence,
        0.6,
      );
      return conferralOf(state, sentence.index, holder, honor, "proposed", [
        state.evidence(sentence.start, sentence.end, sentence, 0.6),
      ]);
    });
  },
};

function mentionAt(input: RuleInput, start: number, end: number): Mention | undefined {
  return input.context.top.find(
    (m) => m.evidence.start === start && m.evidence.end === end && m.kind !== "Place",
  );
}
