// Holders introduced one paragraph each after a sentence that opens a list with a colon: "The
// list of this year's honorees includes:" then "Li Hua is a doctor who ...", "Wang Bo, a
// firefighter, ...". The person a paragraph opens with holds the honor; captions between the
// paragraphs are passed over.
import type { Conferral, Mention } from "../../types.ts";
import { describesAnHonor } from "../honor-words.ts";
import { statusOf } from "../relations.ts";
import { honorInContext, soleHonorOf } from "./context-honor.ts";
import { heldConferrals, linesAfter, type ViewLine } from "./numbered-list.ts";
import { alreadyFound } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** The sentence opens a list: it ends in a colon and says what the list is. */
const OPENS_LIST =
  /\b(?:include[sd]?|including|are|were|as\s+follows|following|list|winners|honou?rees|recipients|laureates)\s*:\s*$/i;
/** What follows the name when a paragraph is about it: a verb of being or having, or an aside. */
const ABOUT_THE_HOLDER = /^\s*(?:,|\(|is\b|was\b|has\b|had\b|who\b|of\s+(?=[a-zA-Z]))/;
const PEOPLE: ReadonlySet<string> = new Set(["Person"]);
/** Lines passed over between paragraphs: captions ("Award 2.jpg"), a line scraping garbled. */
const MAX_PASSED = 2;
/** "title winners includes": the words for who won, read as an honor, name none. */
const WINNERS_WORD = /\b(?:winners?|recipients?|honou?rees?|laureates?|include[sd]?|list)\b/i;
const MIN_HOLDERS = 3;
/** How many sentences back the list's honor may be named. */
const LEAD_REACH = 6;

/** "Of the seven cities, ": a phrase that picks the first of a class before its name. */
const OF_THE_CLASS = /^\s*Of\s+the\s+[^,.;]{1,60},\s*/;

/** The holder of one of `kinds` a line opens with, when the rest of the line is about it. */
function openingHolder(
  input: RuleInput,
  line: ViewLine,
  kinds: ReadonlySet<string>,
): Mention | undefined {
  const lead =
    OF_THE_CLASS.exec(line.text)?.[0].length ?? line.text.length - line.text.trimStart().length;
  const start = line.start + lead;
  const holder = input.state.mentions.find((m) => m.evidence.start === start && kinds.has(m.kind));
  if (!holder) return undefined;
  const rest = input.state.view.slice(holder.evidence.end, line.end);
  return ABOUT_THE_HOLDER.test(rest) ? holder : undefined;
}

/**
 * The holders of `kinds` whose paragraphs follow `from`, one a paragraph, up to a line that opens
 * with none (two lines, captions or a garbled line, are passed over).
 */
export function paragraphOpeners(
  input: RuleInput,
  from: number,
  kinds: ReadonlySet<string>,
): Mention[] {
  const holders: Mention[] = [];
  let passed = 0;
  for (const line of linesAfter(input.state.view, from)) {
    if (line.text.trim() === "") continue;
    const holder = openingHolder(input, line, kinds);
    if (holder) holders.push(holder);
    else if (++passed > MAX_PASSED) break;
  }
  return holders;
}

/** The people whose paragraphs follow `from`, in a run of three or more. */
function namedParagraphs(input: RuleInput, from: number): Mention[] {
  const people = paragraphOpeners(input, from, PEOPLE);
  if (people.length < MIN_HOLDERS) return [];
  // A run another rule began (up to a caption) goes on here with the people it did not reach.
  return people.filter((person) => !alreadyFound(input, person));
}

/**
 * The honor of the nearest sentence before, within a few, that names one: its honors all one
 * within another ('"X-2020" Award' and "X-2020"), the widest of them.
 */
function nearestHonorBefore(input: RuleInput): Mention | undefined {
  const index = input.context.sentence.index;
  for (let i = index - 1; i >= Math.max(0, index - LEAD_REACH); i--) {
    const honors = input.state.mentions.filter(
      (m) =>
        m.kind === "Honor" &&
        m.evidence.sentenceIndex === i &&
        !describesAnHonor(m.name) &&
        !WINNERS_WORD.test(m.name),
    );
    const widest = honors.reduce<Mention | undefined>(
      (w, m) =>
        !w || m.evidence.end - m.evidence.start > w.evidence.end - w.evidence.start ? m : w,
      undefined,
    );
    if (!widest) continue;
    const nested = honors.every(
      (m) => m.evidence.start >= widest.evidence.start && m.evidence.end <= widest.evidence.end,
    );
    return nested ? widest : undefined;
  }
  return undefined;
}

export const namedParagraphsRule: ConferralRule = {
  name: "named-paragraphs",
  example:
    "The list of this year's honorees includes: (then) Li Hua is a doctor who ... (then) ...",
  gate: /:\s*$/,
  find(input: RuleInput): Conferral[] {
    const { state, context } = input;
    const text = state.view.slice(context.sentence.start, context.sentence.end);
    if (!OPENS_LIST.test(text)) return [];
    // "The list of the title winners includes:": a bare kind of honor names none; the text's does.
    const own = soleHonorOf(state, context.sentence.index);
    const bare = !own || describesAnHonor(own.name) || WINNERS_WORD.test(own.name);
    // The honor another rule read for the first of the run is the run's.
    const first = input.found[0];
    const honor =
      (first ? state.byId.get(first.honor) : undefined) ??
      (bare ? (honorInContext(input) ?? nearestHonorBefore(input)) : own);
    if (!honor) return [];
    const named = namedParagraphs(input, context.sentence.end).map((holder) => ({
      holder,
      span: holder.evidence,
    }));
    return heldConferrals(input, named, honor, statusOf(text, text), 0.7);
  },
};
