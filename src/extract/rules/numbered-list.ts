// An official list: "... determined that the following 12 scenic areas are national 5A-level
// tourist attractions. The list is as follows: 1. A (Province) 2. B, C City ...". The honor is read
// in the announcing sentence; each numbered line names one holder.
import type { Conferral, ConferralStatus, Mention } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { headKind } from "../lexicon.ts";
import { conferralOf, readHonorObject, sentenceDate, statusOf } from "../relations.ts";
import type { Sentence } from "../segment.ts";
import { canReceive } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

// "the following museums (in our province) were (newly) rated as": where they are, and an adverb.
const ANNOUNCING =
  /\b(?:the\s+)?following\s+(?:\d[\d,]*\s+)?(?:[A-Za-z-]+\s+){0,4}?(?:(?:in|of|from)\s+(?:our|the|this)\s+[a-z]+\s+)?(?:were|are|was|is|as|to\s+be)\s+(?:(?:newly|also|officially|recently|successfully)\s+)?(?:(?:named|identified|designated|recogni[sz]ed|selected|rated|determined|approved)\s+(?:as\s+)?)?/i;
/**
 * "3. Pine Park", "3\u3001Pine Park" (read as "3,Pine Park"), "3) Pine Park", "(3) Pine Park": a
 * numbered line, its number and its body.
 */
const NUMBERED_LINE =
  /^[ \t]*(?:(\d{1,3})[ \t]*(?:[.\u3001)]|,(?=[ \t]*[A-Z]))|\((\d{1,3})\))[ \t]*(.*)$/;

/** A numbered line's number and body, or undefined when `line` is not one. */
export function numberedLine(line: string): { number: number; body: string } | undefined {
  const m = NUMBERED_LINE.exec(line);
  return m ? { number: Number(m[1] ?? m[2]), body: m[3] as string } : undefined;
}
/** The holder's name ends at a comma, a bracket, a dash or "in <Place>". */
/** "\u2022 ", "- ", "* ", "\u00B7 ": a bullet that opens an item line. */
// "--Lake County;": a doubled hyphen is a bullet too.
export const BULLETED = /^[ \t]*(?:[\u2022\u00B7\u25AA\u25CF*\u2013]|-{1,2})[ \t]*(?=\S)/;
export const NAME_END = /\s*(?:[,(\uFF08\uFF0C;\u2014\u2013]|\s-\s|\s+in\s+(?=[A-Z])|$)/;
const MAX_ITEMS = 400;
/** What a company's name runs on with after a comma: ", Ltd.", ",Ltd", ", Inc.". */
const COMPANY_TAIL = /^\s*,\s*(?:Ltd|Inc|LLC|Co)\b\.?\s*$/i;

/** "2012 Pine Bridge": the year a past holder's list item opens with. */
export const ITEM_YEAR = /^\s*((?:19|20)\d{2})\s+(?=[A-Z])/;

export interface Item {
  start: number;
  end: number;
  /** "2012 Pine Bridge": the year the item gives its holder. */
  year?: string;
}

/** A line of the view: where it starts and ends, and its text (not trimmed). */
export interface ViewLine {
  start: number;
  end: number;
  text: string;
}

/** The lines that follow the line holding `from`, in order (blank ones too). */
export function* linesAfter(view: string, from: number): Generator<ViewLine> {
  let offset = view.indexOf("\n", from);
  while (offset >= 0 && offset < view.length) {
    const start = offset + 1;
    const next = view.indexOf("\n", start);
    const end = next < 0 ? view.length : next;
    yield { start, end, text: view.slice(start, end) };
    offset = next;
  }
}

/** One name of a running list, its notes blanked: "Qiu Wenbo (Female)", "A (Female, Chile)". */
const RUNNING_ITEM = /^([A-Z][^,;()\n]{1,80}?)\s*$/;
/** "(Female, Chile)": a note after a name, blanked so that its comma parts nothing. */
const ITEM_NOTE = /\([^()\n]{1,40}\)/g;
/** What parts a running list: a comma or semicolon, maybe with "and"; or "and" alone. */
const RUNNING_GLUE = /\s*[,;]\s*(?:and\s+)?|\s+and\s+/g;
/** An item that is a sentence, not a name. */
export const ITEM_CLAUSE = /\b(?:is|are|was|were|will|shall|should|must|has|have|had|can|may)\b/;

/**
 * "A, B (Female), and C;": the names a line runs together, two or more, each short and no clause;
 * none when any part is not such a name. `notedOnly`: every name carries a note in brackets
 * ("Hollin (Africa), Tarnvale (Asia-Pacific)"), as a list of co-winners under a category does.
 */
export function runningItems(line: ViewLine, notedOnly = false): Item[] {
  const trimmed = line.text.replace(/[\s.;]+$/, "");
  const notes = trimmed.match(ITEM_NOTE)?.length ?? 0;
  const body = trimmed.replace(ITEM_NOTE, (note) => " ".repeat(note.length));
  const items: Item[] = [];
  let at = 0;
  for (const glue of [...body.matchAll(RUNNING_GLUE), null]) {
    const end = glue ? (glue.index as number) : body.length;
    const name = RUNNING_ITEM.exec(body.slice(at, end))?.[1]?.trim();
    if (!name || name.split(/\s+/).length > 6 || ITEM_CLAUSE.test(name)) return [];
    const start = line.start + at + body.slice(at, end).indexOf(name);
    items.push({ start, end: start + name.length });
    at = glue ? end + glue[0].length : end;
  }
  if (items.length < 2 || (notedOnly && notes !== items.length)) return [];
  return items;
}

/** Whether nothing but blanks comes before `start` on its line: a heading opens its line. */
export function startsItsLine(view: string, start: number): boolean {
  // Read back only over blanks: a text of one long line is not searched whole for each sentence.
  for (let i = start - 1; i >= 0; i--) {
    const c = view[i] as string;
    if (c === "\n") return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

/** Whether nothing but blanks follows `end` on its line: a list starts on a line of its own. */
export function endsItsLine(view: string, end: number): boolean {
  for (let i = end; i < view.length; i++) {
    const c = view[i] as string;
    if (c === "\n") return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

/** Numbered lines after `from`: one item per line, "1." alone on its line takes the next line. */
function numberedItems(view: string, from: number): Item[] {
  const items: Item[] = [];
  let skipped = 0;
  let pendingNumber = false;
  for (const { end: lineEnd, text: line } of linesAfter(view, from)) {
    if (items.length >= MAX_ITEMS) break;
    if (line.trim() === "") continue;
    const numbered = numberedLine(line);
    const body: string | undefined = numbered ? numbered.body : pendingNumber ? line : undefined;
    if (body === undefined) {
      if (items.length > 0 || ++skipped > 2) break;
      continue;
    }
    pendingNumber = numbered !== null && body.trim() === "";
    if (pendingNumber) continue;
    const bodyStart = lineEnd - body.length + (body.length - body.trimStart().length);
    const nameLength = NAME_END.exec(body.trim())?.index ?? body.trim().length;
    if (nameLength > 0) items.push({ start: bodyStart, end: bodyStart + nameLength });
  }
  return items;
}

/** The sentence holding a span, by binary search (sentences are in text order). */
export function sentenceAt(state: DocumentState, span: Item): Sentence | undefined {
  let low = 0;
  let high = state.sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = state.sentences[middle] as Sentence;
    if (sentence.end < span.end) low = middle + 1;
    else if (sentence.start > span.start) high = middle - 1;
    else return sentence;
  }
  return undefined;
}

const SENTENCE_ITEM =
  /\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:awarded|named|granted|conferred|given|presented|selected|rated|honou?red|listed)\b/i;

/** The mention read at exactly the item's span, if any. */
function mentionAt(state: DocumentState, item: Item): Mention | undefined {
  const sentence = sentenceAt(state, item);
  return sentence
    ? state.contexts[sentence.index]?.top.find(
        (m) => m.evidence.start === item.start && m.evidence.end === item.end && canReceive(m),
      )
    : undefined;
}

/**
 * "A, B (Female), Oskar Lindqvist Brandt": a list whose names read so far are all people (two or
 * more) lists people; a name the reader did not know there is a person's too.
 */
function listsPeople(state: DocumentState, items: readonly Item[]): boolean {
  const known = items.flatMap((item) => mentionAt(state, item) ?? []);
  return known.length >= 2 && known.every((m) => m.kind === "Person");
}

/**
 * The mention that is the item's name, or a new mention for it: a work's when its head names
 * one, else `unknownKind` (an organization's unless the list lists people).
 */
export function holderOf(
  input: RuleInput,
  item: Item,
  unknownKind: "Organization" | "Person" = "Organization",
): Mention | undefined {
  const { state } = input;
  const sentence = sentenceAt(state, item);
  if (!sentence) return undefined;
  const exact = mentionAt(state, item);
  if (exact) return exact;
  // "Pine Food Co.,Ltd.": a name read whole from where the item starts outlasts the item's cut at
  // its first comma.
  const longer = state.contexts[sentence.index]?.top.find(
    (m) => m.evidence.start === item.start && m.evidence.end > item.end && canReceive(m),
  );
  if (longer && COMPANY_TAIL.test(state.view.slice(item.end, longer.evidence.end))) return longer;
  const text = state.view.slice(item.start, item.end);
  const words = text.split(/\s+/);
  if (words.length > 14 || !/^[A-Z0-9\u4E00-\u9FFF]/.test(words[0] ?? "")) return undefined;
  // '1. A "Lakeland Star" was awarded to Zhong Lin.': the item is a sentence, no name.
  if (SENTENCE_ITEM.test(text)) return undefined;
  // "Pine Gorge Bridge": an item whose head names a built work or a product is a work.
  const kind = headKind(words.at(-1) ?? "") === "Work" ? "Work" : unknownKind;
  return state.newMention(kind, item.start, item.end, sentence, 0.7);
}

/**
 * One conferral per item of a list under a sentence that gives the honor: each rests on its
 * item's line and on that sentence, and takes the sentence's date.
 */
export function itemConferrals(
  input: RuleInput,
  items: readonly Item[],
  honor: Mention,
  status: ConferralStatus,
  confidence: number,
): Conferral[] {
  const unknownKind = listsPeople(input.state, items) ? "Person" : "Organization";
  const named = items.flatMap((item) => {
    const holder = holderOf(input, item, unknownKind);
    return holder && canReceive(holder) ? [{ holder, span: item }] : [];
  });
  return heldConferrals(input, named, honor, status, confidence);
}

/**
 * `itemConferrals` for holders already known, each named at `span` (a line's name, a
 * paragraph's opening name).
 */
export function heldConferrals(
  input: RuleInput,
  named: ReadonlyArray<{ holder: Mention; span: Item }>,
  honor: Mention,
  status: ConferralStatus,
  confidence: number,
): Conferral[] {
  const { state, context } = input;
  const date = sentenceDate(state, context);
  const out: Conferral[] = [];
  for (const { holder, span } of named) {
    const sentence = sentenceAt(state, span);
    if (!sentence || holder.id === honor.id) continue;
    const conferral = conferralOf(state, context.sentence.index, holder, honor, status, [
      state.evidence(span.start, span.end, sentence, confidence),
      state.evidence(context.sentence.start, context.sentence.end, context.sentence, confidence),
    ]);
    const when = span.year ?? date;
    if (when) conferral.date = when;
    out.push(conferral);
  }
  return out;
}

export const numberedList: ConferralRule = {
  name: "numbered-list",
  example: "The following 3 parks are national wetland parks. The list is as follows: 1. Reed Park",
  gate: /\bfollowing\b/i,
  find(input) {
    const { state, context, skeleton } = input;
    const announcing = ANNOUNCING.exec(skeleton.text);
    if (!announcing) return [];
    const object = readHonorObject(
      state,
      context,
      skeleton,
      announcing.index + announcing[0].length,
    );
    if (!object || object.honor.kind === "Person" || object.honor.kind === "Place") return [];
    const sentenceText = state.view.slice(context.sentence.start, context.sentence.end);
    const status = statusOf(announcing[0], sentenceText);
    const items = numberedItems(state.view, context.sentence.end);
    const out = itemConferrals(input, items, object.honor, status, 0.7);
    if (object.batch) for (const conferral of out) conferral.batch = object.batch;
    return out;
  },
};
