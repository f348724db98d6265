// A best-of list told in running text, not numbered: "The ministry unveiled the top 10 advances of
// 2030. A pine resin coating, the Reed probe's moon rocks, and a lake survey topped the list.
// Other advances include D, E, as well as F." Each item of such a sentence holds the list the
// sentences before announced; the items are what was achieved, in lower case as often as not.
import type { Mention } from "../../types.ts";
import { findTopLists } from "../names.ts";
import type { Token } from "../tokens.ts";
import { emit } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** "A, B and C topped the list": the items, then the verb. */
const TOPPED = /^\s*(\S.*?)\s*,?\s+(?:topped|led|headed)\s+the\s+list\b/i;
/** "Other advances include A, B, as well as C": the rest of the list. */
const OTHERS_INCLUDE =
  /^\s*(?:the\s+)?other\s+(?:[a-z]+\s+){0,2}?(?:advances|discoveries|achievements|breakthroughs|items|entries|events|projects|works|stories)\s+(?:on\s+the\s+list\s+)?(?:include|includes|included|are)\s*:?\s+(\S.*?)\s*[.;]?\s*$/i;
/** "A, B and C are also listed": more of the list. */
const ALSO_LISTED =
  /^\s*(\S.*?)\s*,?\s+(?:are|were)\s+also\s+(?:listed|selected|included|on\s+the\s+list)\b/i;
/** How many sentences back the list may be announced. */
const REACH = 3;
const MAX_ITEM_WORDS = 20;
const NOT_AN_ITEM =
  /^(?:with|in|on|at|for|by|from|after|during|among|according|as|it|they|which|this|these)\b|^\d/i;
const TOP_SIZE = /\btop[\s-]*(\d{1,3}|ten|twenty)\b/i;
const WORD_SIZES: Record<string, number> = { ten: 10, twenty: 20 };

/** The best-of list a sentence shortly before announces, as an honor mention, with its size. */
function announcedList(input: RuleInput): { honor: Mention; size: number } | undefined {
  const { state, context } = input;
  for (let i = context.sentence.index - 1; i >= Math.max(0, context.sentence.index - REACH); i--) {
    const before = state.contexts[i];
    if (!before) continue;
    const span = findTopLists(
      before.tokens,
      before.tokens.map(() => false),
    )[0];
    if (!span) continue;
    const start = (before.tokens[span.first] as Token).start;
    const end = (before.tokens[span.last - 1] as Token).end;
    const honor =
      before.top.find(
        (m) => m.kind === "Honor" && m.evidence.start === start && m.evidence.end === end,
      ) ?? state.newMention("Honor", start, end, before.sentence, 0.7);
    const word = TOP_SIZE.exec(honor.name)?.[1]?.toLowerCase() ?? "";
    return { honor, size: WORD_SIZES[word] ?? Number(word) };
  }
  return undefined;
}

/**
 * The items of "A, B, and C" or "A, B as well as C" or "A, B and C": split at the commas, and the
 * last part at its first "and" when no comma comes before the last item.
 */
function itemsOf(list: string): Array<{ at: number; text: string }> {
  const parts: Array<{ at: number; text: string }> = [];
  const comma = /\s*,\s*(?:and\s+|as\s+well\s+as\s+)?/g;
  let from = 0;
  let lastJoined = false;
  for (let m = comma.exec(list); m; m = comma.exec(list)) {
    parts.push({ at: from, text: list.slice(from, m.index) });
    from = m.index + m[0].length;
    lastJoined = /(?:and|well\s+as)\s+$/.test(m[0]);
  }
  const rest = list.slice(from);
  const and = lastJoined ? null : /\s+(?:and|as\s+well\s+as)\s+/.exec(rest);
  if (and) {
    parts.push({ at: from, text: rest.slice(0, and.index) });
    parts.push({
      at: from + and.index + and[0].length,
      text: rest.slice(and.index + and[0].length),
    });
  } else parts.push({ at: from, text: rest });
  return parts;
}

/** Each item as a work that holds the list; none unless every item is a short phrase. */
function itemHolders(input: RuleInput, list: string, listAt: number): Mention[] {
  const { state, context, skeleton } = input;
  const spans: Array<{ start: number; end: number }> = [];
  for (const item of itemsOf(list)) {
    const text = item.text.trim();
    const words = text.split(/\s+/).length;
    // "With a revenue of X, the group topped the list": a phrase of circumstance is no item.
    if (words < 2 || words > MAX_ITEM_WORDS || NOT_AN_ITEM.test(text)) return [];
    const at = listAt + item.at + item.text.indexOf(text);
    spans.push({
      start: skeleton.toView(at, "start"),
      end: skeleton.toView(at + text.length, "end"),
    });
  }
  if (spans.length < 2 || spans.some((s) => s.end <= s.start)) return [];
  return spans.map((s) => state.newMention("Work", s.start, s.end, context.sentence, 0.6));
}

export const topListProse: ConferralRule = {
  name: "top-list-prose",
  example:
    "The ministry unveiled the top 10 advances of 2030. A lake survey, a pine coating and a moon probe topped the list.",
  gate: /\b(?:topped|led|headed)\s+the\s+list\b|\bother\s+(?:[a-z]+\s+){0,2}?[a-z]+s\s+(?:on\s+the\s+list\s+)?(?:include|includes|included|are)\b|\b(?:are|were)\s+also\s+(?:listed|selected|included|on\s+the\s+list)\b/i,
  find(input) {
    const text = input.skeleton.text;
    const m = TOPPED.exec(text) ?? OTHERS_INCLUDE.exec(text) ?? ALSO_LISTED.exec(text);
    if (!m) return [];
    const list = announcedList(input);
    if (!list) return [];
    const listAt = m.index + m[0].indexOf(m[1] as string);
    const holders = itemHolders(input, m[1] as string, listAt);
    const size = Number.isFinite(list.size) && list.size > 0 ? { cohortSize: list.size } : {};
    return emit(input, holders, [{ honor: list.honor, end: text.length }], m[0], 0, {
      status: "conferred",
      ...size,
    });
  },
};
