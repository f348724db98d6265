// A list of holders one per line, marked by a number or a bullet, under the sentence or headline
// that names their one honor: "28 tea products were selected into the X List." then "1 Pine Black
// Tea", "2 Lake Green Tea", ...; "The Happiest Cities" then "No 10 Pine City", a photo caption,
// "No 9 Lake City"; "UNEP Names Seven Champions" then "\u2022 A;", "\u2022 B.". The numbers run in
// order, up or down; a caption or two between items is passed over.
import type { Conferral, Mention } from "../../types.ts";
import { describesAnHonor } from "../honor-words.ts";
import { honorKey, rootOf } from "../index.ts";
import { readHonorObject, statusOf } from "../relations.ts";
import { isCategoryLine } from "./category-winners.ts";
import { honorInContext, soleHonorOf } from "./context-honor.ts";
import {
  BULLETED,
  endsItsLine,
  ITEM_CLAUSE,
  ITEM_YEAR,
  type Item,
  itemConferrals,
  linesAfter,
  NAME_END,
  runningItems,
} from "./numbered-list.ts";
import { foundNamedHolder, PLACE_IN_A_PRIZE } from "./parts.ts";
import { isTopListEntry } from "./top-list.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** "12. ", "12 ", "No 12 ", "No. 12 ", "(12) ", "12\u3001": a number that opens an item. */
const NUMBERED = /^[ \t]*(?:No\.?[ \t]*)?\(?(\d{1,3})\)?(?:[ \t]*[.)\u3001][ \t]*|[ \t]+)(?=\S)/;
const MIN_ITEMS = 3;
const MAX_ITEMS = 200;
/** Lines passed over between two items (captions) or before the first. */
const MAX_GAP = 2;
const MAX_WORDS = 12;
/** What the announcing sentence says of a list: a count, "top", "list", "winners", a colon. */
const LIST_CUE =
  /(?:\b\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|top|list|lists|winners|entries|following|include|includes|batch)\b|:\s*$)/i;

/**
 * A verb saying the items were chosen: "which were selected into", "were named", "were listed";
 * or a heading that calls them chosen: "The 42 selected areas:".
 */
const CHOSEN =
  /\b(?:were|was|have\s+been|has\s+been)\s+(?:newly\s+|officially\s+)?(?:selected|named|listed|included|approved|identified|recogni[sz]ed|awarded|rated)\b|\b(?:selected|chosen|approved|newly\s+(?:named|listed|added))\s+(?:[a-z-]+\s+)?[a-z]+s\s*:\s*$/i;

/** Whether a sentence names no honor but bare words for one ("awards", "selected areas"). */
function noHonorNamed(state: RuleInput["state"], sentenceIndex: number): boolean {
  return !state.contexts[sentenceIndex]?.top.some(
    (m) => m.kind === "Honor" && !describesAnHonor(m.name),
  );
}

/** A name has few words in lower case ("Jiuwutou relic site"); a headline has many. */
const MAX_LOWER_WORDS = 3;
const FUNCTION_WORDS = new Set([
  "of",
  "and",
  "the",
  "in",
  "for",
  "on",
  "at",
  "to",
  "with",
  "by",
  "a",
  "an",
  "de",
]);
/** A page's own link lists ("Related Stories", "Read more") hold headlines, not holders. */
const LINK_LIST_HEADING =
  /^\s*(?:related|more|recommended|popular|latest|top\s+stories|read\s+more|see\s+also|editor'?s?\s+picks?)\b/i;

function lowerContentWords(name: string): number {
  return name.split(/\s+/).filter((w) => /^[a-z]/.test(w) && !FUNCTION_WORDS.has(w)).length;
}

interface ListItem extends Item {
  number?: number;
}

/**
 * The item a line opens, with its number, or undefined when the line is no item. `unmarked` takes
 * a line without number or bullet too, when the line is nothing but the name (no columns either).
 */
function itemOf(
  line: { start: number; end: number; text: string },
  unmarked = false,
): ListItem | undefined {
  const marker = NUMBERED.exec(line.text) ?? BULLETED.exec(line.text);
  if (!marker && !unmarked) return undefined;
  // "\u2022 2012 Pine Bridge": a marked item's year is its holder's date, not its name.
  const year = marker ? ITEM_YEAR.exec(line.text.slice(marker[0].length)) : null;
  const markerLength = (marker?.[0].length ?? 0) + (year?.[0].length ?? 0);
  const body = line.text.slice(markerLength).replace(/[ \t;.]+$/, "");
  if (!/^[A-Z0-9\u4E00-\u9FFF"\u201C]/.test(body)) return undefined;
  const length = NAME_END.exec(body)?.index ?? body.length;
  if (!marker && (length < body.length || /\S(?: {2,}|\t)\S/.test(body))) return undefined;
  const name = body.slice(0, length).trim();
  if (name === "" || name.split(/\s+/).length > MAX_WORDS || ITEM_CLAUSE.test(name))
    return undefined;
  if (lowerContentWords(name) > MAX_LOWER_WORDS || PLACE_IN_A_PRIZE.test(name)) return undefined;
  const start = line.start + markerLength;
  const number = marker?.[1] === undefined ? undefined : Number(marker[1]);
  return {
    start,
    end: start + name.length,
    ...(number === undefined ? {} : { number }),
    ...(year ? { year: year[1] as string } : {}),
  };
}

/** Whether the numbers run one by one, up or down (bullets carry none). */
function inOrder(items: ListItem[], topSize?: number): boolean {
  const numbers = items.map((i) => i.number);
  if (numbers.every((n) => n === undefined)) return true;
  if (numbers.some((n) => n === undefined)) return false;
  // "Seven of the top 100 airports are ...:" then "18) A", "33) B": ranks within the top, rising.
  if (topSize !== undefined && risingWithin(numbers as number[], topSize)) return true;
  const step = (numbers[1] as number) - (numbers[0] as number);
  if (step !== 1 && step !== -1) return false;
  return numbers.every((n, i) => i === 0 || (n as number) - (numbers[i - 1] as number) === step);
}

/** Whether the numbers only rise and none is past the top's size. */
function risingWithin(numbers: number[], topSize: number): boolean {
  return numbers.every((n, i) => n <= topSize && (i === 0 || n > (numbers[i - 1] as number)));
}

/** "the top 100 airports": the size of the ranking the announcing sentence names. */
const TOP_SIZE = /\btop\s+(\d{1,3})\b/i;

/** Whether a numbered item starts a new count after a run of two or more ("27", "28", then "1"). */
function restarts(items: ListItem[], item: ListItem): boolean {
  const last = items.at(-1)?.number;
  if (items.length < 2 || last === undefined || item.number === undefined) return false;
  return item.number === 1 && last > 2;
}

/**
 * The run of items on the lines after `from`, or none when it is short or out of order. Items
 * without a number or bullet (after a line that ends with a colon) run with no caption between.
 */
function runAfter(view: string, from: number, unmarked = false, topSize?: number): ListItem[] {
  const items: ListItem[] = [];
  let gap = 0;
  for (const line of linesAfter(view, from)) {
    if (items.length >= MAX_ITEMS) break;
    if (line.text.trim() === "") continue;
    const item = itemOf(line, unmarked);
    if (unmarked && !item) break;
    // "28 X" then a caption and "1 Y": a list that starts again is another list.
    if (item && restarts(items, item)) break;
    if (item) {
      items.push(item);
      gap = 0;
    } else if (LINK_LIST_HEADING.test(line.text) || isCategoryLine(line) || ++gap > MAX_GAP) {
      // Items under a category line of their own hold that category (category-winners).
      break;
    }
  }
  return items.length >= MIN_ITEMS && inOrder(items, topSize) ? items : [];
}

/** The first non-blank line after `from`, read as a running list ("A, B (Female), and C;"). */
function runningLineAfter(view: string, from: number): Item[] {
  for (const line of linesAfter(view, from)) if (line.text.trim() !== "") return runningItems(line);
  return [];
}

/** Whether the line a sentence starts on is itself an item (or the next line is, for a bare number). */
function withinAList(view: string, sentenceStart: number): boolean {
  const lineStart = view.lastIndexOf("\n", sentenceStart - 1) + 1;
  const lineEnd = view.indexOf("\n", sentenceStart);
  const end = lineEnd < 0 ? view.length : lineEnd;
  const text = view.slice(lineStart, end);
  // "1. To award the X to:": a line that ends in a colon opens a list; it is no item.
  if (/:\s*$/.test(text)) return false;
  // A bulleted line is an item however long: "\u2022 The X City, certified by Y, 2006".
  return BULLETED.test(text) || itemOf({ start: lineStart, end, text }) !== undefined;
}

/**
 * "This is the fifth year of the Pine Cities list. It rests on 12 measures.": the list's honor
 * named in the sentence before, in the same paragraph, when that sentence cues a list.
 */
function leadHonor(input: RuleInput): Mention | undefined {
  const { state, context } = input;
  const previous = state.contexts[context.sentence.index - 1]?.sentence;
  if (!previous || previous.paragraph !== context.sentence.paragraph) return undefined;
  if (!LIST_CUE.test(state.view.slice(previous.start, previous.end))) return undefined;
  return soleHonorOf(state, previous.index);
}

/**
 * "Top 10 greenest cities:" over a list, in lower case: the label repeats, in its first words,
 * the one honor the text named with those words ("one of the top 10 greenest cities in Tarnland").
 */
function honorTheLabelRepeats(state: RuleInput["state"], text: string): Mention | undefined {
  const label = /^\s*([^:]{3,80}?)\s*:\s*$/.exec(text)?.[1];
  const key = label ? honorKey(label) : "";
  if (key.split(" ").length < 2) return undefined;
  const named = state.mentions.filter((m) => {
    if (m.kind !== "Honor") return false;
    const own = honorKey(m.name);
    return own === key || own.startsWith(`${key} `);
  });
  const keys = new Set(named.map((m) => honorKey(rootOf(state, m).name)));
  return keys.size === 1 ? named[0] : undefined;
}

/**
 * "Six places were selected as national ecological zones, including:": an honor in lower case,
 * read from its words after the verb that chose the items, when the sentence names no other.
 */
const CHOSEN_AS =
  /\b(?:selected|named|rated|designated|identified|approved|recogni[sz]ed|listed|included|awarded|honou?red)\s+(?:as|into|in|on)\s+(?:the\s+)?/i;

function honorChosenAs(input: RuleInput): Mention | undefined {
  const { state, context, skeleton } = input;
  if (!noHonorNamed(state, context.sentence.index)) return undefined;
  const chosen = CHOSEN_AS.exec(skeleton.text);
  if (!chosen) return undefined;
  const object = readHonorObject(state, context, skeleton, chosen.index + chosen[0].length);
  return object?.honor.kind === "Honor" && !describesAnHonor(object.honor.name)
    ? object.honor
    : undefined;
}

export const lineList: ConferralRule = {
  name: "line-list",
  example: "28 tea products were selected into the Pine List. (then) 1 Lake Black Tea (then) 2 ...",
  find(input: RuleInput): Conferral[] {
    const { state, context } = input;
    // A counted cohort read from the sentence ("10 areas were selected as X") is what the lines
    // below it name one by one; any other pair found leaves the lines to the rule that read it.
    if (foundNamedHolder(input) || !endsItsLine(state.view, context.sentence.end)) return [];
    const text = state.view.slice(context.sentence.start, context.sentence.end);
    if (withinAList(state.view, context.sentence.start)) return [];
    if (!context.sentence.headline && !LIST_CUE.test(text)) return [];
    // "Table A: the nine teas that were selected in the first round": the sentence names no honor
    // of its own, but says its items were chosen for the one the text is about.
    const honor =
      soleHonorOf(state, context.sentence.index) ??
      (CHOSEN.test(text) && noHonorNamed(state, context.sentence.index)
        ? honorInContext(input)
        : undefined) ??
      leadHonor(input) ??
      honorTheLabelRepeats(state, text) ??
      honorChosenAs(input);
    if (!honor) return [];
    // "Below are the X winners from Pine City:" then one name a line, no numbers.
    const top = TOP_SIZE.exec(text);
    const marked = runAfter(
      state.view,
      context.sentence.end,
      false,
      top ? Number(top[1]) : undefined,
    );
    // A category line of its own ("X Award:") is the category-winners rule's.
    const unmarked =
      marked.length === 0 &&
      /:\s*$/.test(text) &&
      !isCategoryLine({ start: context.sentence.start, end: context.sentence.end, text });
    const lines = unmarked ? runAfter(state.view, context.sentence.end, true) : marked;
    const items =
      unmarked && lines.length === 0 ? runningLineAfter(state.view, context.sentence.end) : lines;
    // A best-of list's entries are the top-list rule's, under the list's own name.
    if (items.some((item) => isTopListEntry(state, item.start))) return [];
    return itemConferrals(input, items, honor, statusOf(text, text), 0.7);
  },
};
