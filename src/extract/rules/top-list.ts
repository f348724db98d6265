// A best-of list and its numbered entries: "The Top 10 Field Discoveries of 2021 were announced.
// ... 1. Pine Hill site, Lake county ... 2. The river town of Reed Bay ...". Each entry between
// the announcing sentence and the list's end holds the honor; prose and captions between the
// entries are skipped, and an entry numbered past the list's size ends it.
import type { Conferral, Mention } from "../../types.ts";
import type { DocumentState, SentenceContext } from "../index.ts";
import { findTopLists } from "../names.ts";
import { conferralOf } from "../relations.ts";
import type { Token } from "../tokens.ts";
import {
  holderOf,
  type Item,
  linesAfter,
  NAME_END,
  numberedLine,
  sentenceAt,
} from "./numbered-list.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const TOP_WORD = /\btop\b/i;
const TOP_LIST = /^top[\s-]*(\d{1,3}|ten|twenty|fifty|hundred)\b/i;
const WORD_SIZES: Record<string, number> = { ten: 10, twenty: 20, fifty: 50, hundred: 100 };
/** "Location: ", "Project: ": a label before an entry's name. */
const ENTRY_LABEL = /^(?:location|site|project|name|winner)\s*[:\uFF1A]\s*/i;
const ARTICLE = /^(?:the|a|an)\s+/i;
/** "The meeting was chaired by ...": a numbered sentence, not a name. */
const CLAUSE = /\b(?:is|are|was|were|will|has|have|had)\b/i;
/** An entry's line holds a name, its place and its age: not two sentences, nor a paragraph. */
const MAX_ENTRY_WORDS = 30;
const LONG_ENTRY_WORDS = 20;
const NEXT_SENTENCE = /[.!?]\s+[A-Z]/;

/** "In caves near ...": an entry that opens with a preposition tells, it does not name. */
const PREPOSITION = /^(?:in|at|on|from|by|with|for)\s/i;
/** Most non-blank lines of prose between two entries. */
const MAX_GAP = 8;

interface Found {
  sentenceIndex: number;
  /** Where the list's name stands. */
  start: number;
  end: number;
  items: Item[];
}

interface Plan extends Found {
  honor: Mention;
}

const plans = new WeakMap<DocumentState, Plan | null>();

function noneBlocked(tokens: readonly Token[]): boolean[] {
  return tokens.map(() => false);
}

/** The honor mention read where the list's name stands, or a new one for it. */
function honorAt(state: DocumentState, found: Found): Mention {
  const context = state.contexts[found.sentenceIndex] as SentenceContext;
  const read = context.top.find(
    (m) => m.kind === "Honor" && m.evidence.start === found.start && m.evidence.end === found.end,
  );
  return read ?? state.newMention("Honor", found.start, found.end, context.sentence, 0.7);
}

function isProse(line: string): boolean {
  const words = line.trim().split(/\s+/).length;
  return words > MAX_ENTRY_WORDS || (words > LONG_ENTRY_WORDS && NEXT_SENTENCE.test(line));
}

/** The list's size: "Top 10" is 10, "top ten" 10. */
function sizeOf(name: string): number {
  const word = TOP_LIST.exec(name)?.[1]?.toLowerCase() ?? "";
  return WORD_SIZES[word] ?? Number(word);
}

/** Where an entry's name starts and ends on its line, past its number, label and article. */
function entryName(lineEnd: number, body: string): Item | undefined {
  let text = body.trimStart();
  let start = lineEnd - text.length;
  for (const prefix of [ENTRY_LABEL, ARTICLE]) {
    const found = prefix.exec(text);
    if (!found) continue;
    text = text.slice(found[0].length);
    start += found[0].length;
  }
  // "1. In caves near Pine Town, remains of ... were found.": an entry told in prose names nothing.
  if (isProse(body) || PREPOSITION.test(text)) return undefined;
  const length = NAME_END.exec(text.trimEnd())?.index ?? text.trimEnd().length;
  if (length === 0 || CLAUSE.test(text.slice(0, length))) return undefined;
  return { start, end: start + length };
}

/** The numbered entries after `from`, in rising order, none past `size`. */
function entriesAfter(view: string, from: number, size: number): Item[] {
  const items: Item[] = [];
  let last = 0;
  let gap = 0;
  let pending = false;
  let entries = 0;
  for (const { end, text } of linesAfter(view, from)) {
    if (text.trim() === "") continue;
    const numbered = numberedLine(text);
    const number = numbered ? numbered.number : 0;
    if (numbered && (number <= last || number > size)) break;
    if (!numbered && !pending) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    if (numbered) last = number;
    gap = 0;
    const body = numbered ? numbered.body : text;
    pending = numbered !== undefined && body.trim() === "";
    if (pending) continue;
    entries++;
    const item = entryName(end, body);
    if (item) items.push(item);
  }
  // "1. The winners come from 14 countries. 2. ...": a list told mostly in sentences ranks no one.
  return items.length * 3 >= entries * 2 ? items : [];
}

/**
 * The list a text announces: the best-of honor last named before its first entry (a named one,
 * capitalised, before one in lower case), and the entries.
 */
function planOf(state: DocumentState): Plan | null {
  let best: (Found & { named: boolean }) | null = null;
  for (const context of state.contexts) {
    if (!context) continue;
    // A caption between the entries repeats the headline: the list is already read.
    if (best && context.sentence.start >= (best.items[0] as Item).start) break;
    const span = findTopLists(context.tokens, noneBlocked(context.tokens))[0];
    if (!span) continue;
    const start = (context.tokens[span.first] as Token).start;
    const end = (context.tokens[span.last - 1] as Token).end;
    const name = state.view.slice(start, end);
    const items = entriesAfter(state.view, context.sentence.end, sizeOf(name));
    if (items.length < 2) continue;
    const named = /[A-Z]/.test(name.slice(name.search(/\s/)));
    if (best?.named && !named) continue;
    best = { sentenceIndex: context.sentence.index, start, end, items, named };
  }
  return best && { ...best, honor: honorAt(state, best) };
}

function plannedList(state: DocumentState): Plan | null {
  if (!plans.has(state)) plans.set(state, planOf(state));
  return plans.get(state) ?? null;
}

/** Whether a best-of list's entries include the one starting at `start` (read by this rule). */
export function isTopListEntry(state: DocumentState, start: number): boolean {
  return plannedList(state)?.items.some((item) => item.start === start) ?? false;
}

export const topList: ConferralRule = {
  name: "top-list",
  example: "The Top 10 Field Discoveries of 2021 were announced. 1. Pine Hill site, Lake county",
  find(input: RuleInput): Conferral[] {
    const { state, context } = input;
    if (!TOP_WORD.test(state.view.slice(context.sentence.start, context.sentence.end))) return [];
    const plan = plannedList(state);
    if (!plan || plan.sentenceIndex !== context.sentence.index) return [];
    const out: Conferral[] = [];
    for (const item of plan.items) {
      const holder = holderOf(input, item) ?? newEntryHolder(input, item);
      const sentence = sentenceAt(state, item);
      if (!holder || !sentence) continue;
      const conferral = conferralOf(
        state,
        context.sentence.index,
        holder,
        plan.honor,
        "conferred",
        [
          state.evidence(item.start, item.end, sentence, 0.7),
          state.evidence(context.sentence.start, context.sentence.end, context.sentence, 0.7),
        ],
      );
      // The list's size is its cohort: "Top 10" holds ten.
      conferral.cohortSize ??= sizeOf(state.view.slice(plan.start, plan.end));
      out.push(conferral);
    }
    return out;
  },
};

/** "crown prince's city relic": an entry in lower case is a place (a site), when short. */
function newEntryHolder(input: RuleInput, item: Item): Mention | undefined {
  const { state } = input;
  const sentence = sentenceAt(state, item);
  const words = state.view.slice(item.start, item.end).split(/\s+/);
  if (!sentence || words.length > 10) return undefined;
  return state.newMention("Place", item.start, item.end, sentence, 0.7);
}
