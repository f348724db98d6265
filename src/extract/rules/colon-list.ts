// A list under a colon, one holder per line, no numbers: "The eight scenic areas are:" then
// "Pine Peak Scenic Area (Anhui Province)" and so on. The honor is the one the text has just
// named ("... upgraded to 5A-level scenic areas").

import type { Mention } from "../../types.ts";
import { PAGE_FIELD_LABEL } from "../bylines.ts";
import type { DocumentState } from "../index.ts";
import { headKind, isPinyinName, isPlaceName } from "../lexicon.ts";
import { ORDINAL, readHonorObject, statusOf } from "../relations.ts";
import { honorInContext, othersThanWinners } from "./context-honor.ts";
import {
  BULLETED,
  endsItsLine,
  ITEM_YEAR,
  type Item,
  itemConferrals,
  linesAfter,
  NAME_END,
  sentenceAt,
} from "./numbered-list.ts";
import { emit, listAfter } from "./parts.ts";
import { isPrizeListItem } from "./prize-for-holder.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const OPENS =
  /\b(?:are|were|include|includes|included|(?:is|are)\s+(?:listed\s+)?as\s+follows)\s*(?:\([^()]{0,160}\))?\s*:\s*$/i;
const MAX_ITEMS = 200;
/** A line that is a name: capitalised, short, not a sentence that ends in a full stop. */
const NAME_LINE = /^[ \t]*([A-Z0-9\u4E00-\u9FFF][^\n.]{1,140}?)[ \t]*$/;
/** "1. ", "2) ", "(3) ", "4\u3001": the number before an item. */
const ITEM_NUMBER = /^[ \t]*(?:\d{1,3}[ \t]*[.)\u3001]|\(\d{1,3}\))[ \t]*/;
/** A place's label before a colon: up to three capitalised words. */
const PLACE_LABEL = String.raw`([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})[ \t]*[:\uFF1A][ \t]*`;
/** "Shaanxi: A, B": a line that groups its items under a place. */
const GROUPED_UNDER = new RegExp(`^${PLACE_LABEL}(?=\\S)`);
/** "Pine District:" alone on its line. */
const PLACE_HEADING = new RegExp(`^[ \\t]*${PLACE_LABEL}$`);
/** "Pine District:", "Hebei Province:": a place alone over the items under it. */
function isPlaceHeading(line: string): boolean {
  const label = PLACE_HEADING.exec(line);
  return label !== null && isPlaceLabel(label[1] as string);
}

/** "Shaanxi", "Dapu County": a known place, or capitalised words with a place's head. */
function isPlaceLabel(label: string): boolean {
  const words = label.split(/[ \t]+/);
  return (
    isPlaceName(words.join(" ").toLowerCase()) ||
    (words.length > 1 && headKind(words.at(-1) ?? "") === "Place") ||
    // "Qiaoling:", "Dong Xian:": a place the gazetteer does not spell so, in pinyin.
    (words.length <= 2 && words.every((w) => /^[A-Z][a-z]+$/.test(w) && isPinyinName(w)))
  );
}
/**
 * A heading that names its honor and ends with a colon: "The first batch of the leading
 * agricultural enterprises of Pine City:". The honor is read from the heading itself.
 */
const BATCH_HEADING = new RegExp(
  String.raw`^\s*(?:The\s+)?(?:(?:${ORDINAL}|new|latest)\s+)(?:batch|group|round)\s+of\b[^:\uFF1A]*[:\uFF1A]\s*$`,
  "i",
);
/** A table's header row: two or more column labels and nothing else. */
const COLUMN_LABELS =
  /^[ \t]*(?:(?:No\.?|S\/N|Serial\s+number|Rank(?:ing)?|Names?|Awardees?|Winners?|Recipients?|Laureates?|Field|Contribution|Alma\s+mater|Units?|Titles?|Projects?|Category|Region|Province|City|Country|Remarks?|Organi[sz]ation|Institution|Position|Gender|Age|Year|Prize|Award|Works?|Authors?)[ \t/|,]*){2,}$/i;
/** A line that is one parenthesised note. */
const PARENTHESISED_NOTE = /^[ \t]*[(\uFF08][^\n]{0,200}[)\uFF09][ \t]*$/;
/**
 * A line of its own that heads a list: "List of the 40 units approved as X", "The full list of
 * winners". It ends at the line's end, with no full stop.
 */
const LIST_HEADING = /^\s*(?:(?:The|A)\s+)?(?:(?:full|complete|final)\s+)?list\s+of\b[^.\n]*$/i;
/** Stops inside a name ("Co., Ltd.", "No. 2") are not the end of a sentence. */
const NAME_STOPS = /\b(?:Co|Ltd|No|Inc|Corp|St)\./g;

/** After a person's name that opens a line: "is"/"was" or a comma ("Chen Lu is a firefighter"). */
const DESCRIBED_AFTER = /^[ \t]*(?:,|(?:is|was)\b)/;

/** The person a prose line opens with, when the sentence read one there and describes them. */
function personLed(state: DocumentState, line: string, lineStart: number): Item[] {
  const start = lineStart + (line.length - line.trimStart().length);
  const sentence = sentenceAt(state, { start, end: start + 1 });
  const person = state.contexts[sentence?.index ?? -1]?.top.find(
    (m) => m.kind === "Person" && m.evidence.start === start,
  );
  if (
    !person ||
    !DESCRIBED_AFTER.test(state.view.slice(person.evidence.end, lineStart + line.length))
  )
    return [];
  return [{ start, end: person.evidence.end }];
}

/**
 * The name lines right after `from`, up to the first line that is not one. In a numbered list a
 * line without a number is noise between items (a repeated caption) and is passed over.
 */
function lineItems(state: DocumentState, from: number): Item[] {
  const items: Item[] = [];
  let blanks = 0;
  let numberedList = false;
  let table = false;
  let rowKind: string | undefined;
  for (const { start: lineStart, text: line } of linesAfter(state.view, from)) {
    if (items.length >= MAX_ITEMS) break;
    // Pages set a blank line between items; two in a row end the list.
    if (line.trim() === "") {
      if (++blanks > 2) break;
      continue;
    }
    blanks = 0;
    // "Pine District:" over its items is a sub-heading; any other line that opens a list ends this one.
    if (/[:\uFF1A]\s*$/.test(line)) {
      if (isPlaceHeading(line)) continue;
      break;
    }
    // "(in the order of the provinces)": a note before or among the items; "Awardee Field
    // Contribution": a table's column labels over them.
    if (PARENTHESISED_NOTE.test(line)) continue;
    if (COLUMN_LABELS.test(line)) {
      table = true;
      continue;
    }
    const numbered = ITEM_NUMBER.exec(line)?.[0].length ?? 0;
    if (items.length === 0 && numbered > 0) numberedList = true;
    if (numberedList && numbered === 0) continue;
    // "- A", "\u2022 B": a bullet marks an item as a number does.
    const marked = numbered || (BULLETED.exec(line)?.[0].length ?? 0);
    const led = personLed(state, line, lineStart);
    const lineItems =
      led.length > 0
        ? led
        : itemsOfLine(itemText(line.slice(marked), marked > 0), lineStart + marked);
    if (lineItems.length === 0) break;
    // A table's row opens with what its first row opened with (a person); a line opening with
    // something else is the rest of a cell that ran onto the next line ("Yale University").
    if (table) {
      const kind = kindAt(state, lineItems[0] as Item);
      rowKind ??= kind;
      if (kind !== rowKind) continue;
    }
    const year = marked > 0 ? ITEM_YEAR.exec(line.slice(marked))?.[1] : undefined;
    items.push(...(year ? lineItems.map((item) => ({ ...item, year })) : lineItems));
  }
  return items;
}

/** The kind of the name an item opens with ("Person"), if one was read there. */
function kindAt(state: DocumentState, item: Item): string | undefined {
  const sentence = sentenceAt(state, { start: item.start, end: item.start + 1 });
  return state.contexts[sentence?.index ?? -1]?.top.find((m) => m.evidence.start === item.start)
    ?.kind;
}

const AWARD_LABEL =
  /^(?:[^:\uFF1A\n]{0,80}\b(?:Awards?|Prizes?|Medals?)|[ \t]*(?:Best|Most|Outstanding|Excellent|Grand)\b[^:\uFF1A\n]{0,60})[ \t]*[:\uFF1A][ \t]*\S/;

/** "Author: ... Date: ...", "List of ...", "Photos of ...": a page's field, heading or caption. */
const NO_ITEM_LINE = new RegExp(
  String.raw`^\s*(?:${PAGE_FIELD_LABEL}\s*[:\uFF1A]|(?:(?:The|A)\s+)?(?:[Ll]ist|[Pp]hotos?|[Pp]ictures?)\s+of\b)`,
);

/** "A (Hill, China), and", "B.": what closes a marked item of a running list. */
const ITEM_CLOSER = /(?:\s*[,;](?:\s*(?:and|or))?|\.)\s*$/;

/** A numbered or bulleted line's text as an item: its year and closing glue blanked. */
function itemText(line: string, marked: boolean): string {
  if (!marked) return line;
  const blank = (part: string) => " ".repeat(part.length);
  return line.replace(ITEM_YEAR, blank).replace(ITEM_CLOSER, blank);
}

/** One name, or the names grouped under a place ("Henan: A, B, C"); none when it is no name line. */
function itemsOfLine(line: string, lineStart: number): Item[] {
  if (NO_ITEM_LINE.test(line)) return [];
  // "Dapu County: A, B Town, C Village in D Town.": the items under a place may end in a stop.
  const grouped = GROUPED_UNDER.exec(line);
  if (grouped && isPlaceLabel(grouped[1] as string)) return groupedItems(line, lineStart, grouped);
  const name = NAME_LINE.exec(line.replace(NAME_STOPS, (stop) => `${stop.slice(0, -1)}_`));
  if (!name || (name[1] as string).split(/\s+/).length > 14) return [];
  // "Gold Kite Award: A, B", "Best Coach:A": an award's line lists its own winners
  // (category-winners reads it).
  if (AWARD_LABEL.test(line)) return [];
  const body = line.slice(name.index, name.index + name[0].length).trim();
  const start = lineStart + line.indexOf(body);
  const length = NAME_END.exec(body)?.index ?? body.length;
  return length > 0 ? [{ start, end: start + length }] : [];
}

/** The names after a place's label, one per comma ("Henan: A, B, C"). */
function groupedItems(line: string, lineStart: number, grouped: RegExpExecArray): Item[] {
  const items: Item[] = [];
  const parts = /[^,;\uFF0C\u3001]+/g;
  const rest = line.slice(grouped[0].length).replace(/\.\s*$/, "");
  const restStart = lineStart + grouped[0].length;
  for (let m = parts.exec(rest); m; m = parts.exec(rest)) {
    const body = m[0].trim();
    if (!/^[A-Z0-9]/.test(body)) continue;
    const start = restStart + m.index + m[0].indexOf(body);
    const length = NAME_END.exec(body)?.index ?? body.length;
    if (length > 0) items.push({ start, end: start + length });
  }
  return items;
}

// "The six venues to have been named the X are:": the honor stated in the opening line itself.
const NAMED_IN_OPENER =
  /\b(?:named|designated|rated|selected|recogni[sz]ed|identified|listed|approved|upgraded\s+to)\s+(?:as\s+)?(?=(?:the\s+|a\s+|an\s+)?"?(?:\uE000|[a-z]))/i;

/** The honor the opening line names after its verb ("named the National X Base"), if it names one. */
function honorInOpener(input: RuleInput): Mention | undefined {
  const { state, context, skeleton } = input;
  const verb = NAMED_IN_OPENER.exec(skeleton.text);
  // "The rated villages include:": a participle before its noun describes, it names no honor.
  if (!verb || /\b(?:the|these|those)\s+$/i.test(skeleton.text.slice(0, verb.index)))
    return undefined;
  const object = readHonorObject(state, context, skeleton, verb.index + verb[0].length);
  const kind = object?.honor.kind;
  return kind === "Honor" || kind === "Organization" ? object?.honor : undefined;
}

/** The honor a batch heading names: "The first batch of the X:" gives X. */
function honorOfHeading(input: RuleInput): Mention | undefined {
  const { state, context, skeleton } = input;
  const object = readHonorObject(state, context, skeleton, 0);
  return object?.honor.kind === "Honor" ? object.honor : undefined;
}

/** The last honor named in this sentence or the two before it (not a category of a prize list). */
function honorJustBefore(input: RuleInput): Mention | undefined {
  const { state, context } = input;
  if (othersThanWinners(input)) return undefined;
  for (let i = context.sentence.index; i >= 0 && i >= context.sentence.index - 2; i--) {
    const honors = (state.contexts[i]?.top ?? []).filter(
      (m) => m.kind === "Honor" && !isPrizeListItem(m),
    );
    const last = honors[honors.length - 1];
    if (last) return last;
  }
  return undefined;
}

/** The sentence is a line of its own that heads a list ("List of the 66 units approved as X"). */
function isListHeading(input: RuleInput): boolean {
  const { state, context } = input;
  const { start, end } = context.sentence;
  const lineStart = state.view.lastIndexOf("\n", start - 1) + 1;
  return (
    sentenceEndsItsLine(input) &&
    state.view.slice(lineStart, start).trim() === "" &&
    LIST_HEADING.test(state.view.slice(start, end))
  );
}

/** Nothing but blanks follows the sentence on its line. */
function sentenceEndsItsLine(input: RuleInput): boolean {
  return endsItsLine(input.state.view, input.context.sentence.end);
}

// "Five Hill villages made the list." ending its line, the villages on the lines after it.
const ON_THE_LIST_CLOSER =
  /\b(?:made|entered|(?:are|were|is|was)\s+(?:also\s+)?on)\s+the\s+list\s*\.?\s*$|\b(?:are|is)\s+as\s+follows\s*\.\s*$/i;

/** The sentence says its holders are on the list, and ends its line: the lines after name them. */
function closesLineOnList(input: RuleInput): boolean {
  const { start, end } = input.context.sentence;
  return sentenceEndsItsLine(input) && ON_THE_LIST_CLOSER.test(input.state.view.slice(start, end));
}

// "These seven enterprises are as follows: A, B and C." The list on the same line; "..., namely A,
// B and C", with or without a colon (or a semicolon typed for one).
const OPENS_INLINE =
  /\b(?:are|were|include|includes|included|is\s+as\s+follows|are\s+as\s+follows)\s*:\s*(?=(?:the\s+)?"?\uE000)|\bnamely\s*[:;,]?\s*(?=(?:the\s+)?"?\uE000)|^\s*(?:These|Those|The)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:are|were|include)\s+(?=(?:the\s+)?"?\uE000)|^\s*(?:These|Those|The)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\d+\s+[a-z]+)?\s*(?:[a-z-]+\s+){0,2}(?:people|persons|units|enterprises|companies|schools|villages|counties|cities|towns|museums|bases|projects|institutions|organi[sz]ations|individuals|winners|hospitals|parks)\s+(?:are|were|include)\s+(?=(?:the\s+)?"?\uE000)/;

// "The principal investigators in the project are: A, B": who did the work, not who won.
const WORKERS_SUBJECT =
  /\b(?:investigators|participants|members|authors|co-authors|researchers|contributors|inventors|speakers|judges|jurors|guests|organi[sz]ers)\b/i;

/** The names listed after an inline colon, when nothing but list glue stands between them. */
function inlineItems(input: RuleInput): Mention[] {
  const opener = OPENS_INLINE.exec(input.skeleton.text);
  if (!opener || WORKERS_SUBJECT.test(input.skeleton.text.slice(0, opener.index))) return [];
  const rest = input.skeleton.text.slice(opener.index + opener[0].length);
  const list =
    /^(?:(?:the\s+)?"?\uE000\d+\uE001"?\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)?)+\s*[.;]?\s*$/.exec(
      rest,
    );
  if (!list) return [];
  const items = listAfter(input, opener.index + opener[0].length);
  return rest.includes(";") ? firstOfEachPart(input, rest, items) : items;
}

/**
 * "A District, Pine City; B District, Lake City": where semicolons part the items, a name after a
 * comma inside one part places the first, and is no item of its own.
 */
function firstOfEachPart(input: RuleInput, rest: string, items: Mention[]): Mention[] {
  const firsts = new Set<number>();
  for (const part of rest.split(";")) {
    const first = /\uE000(\d+)\uE001/.exec(part);
    if (first) firsts.add(Number(first[1]));
  }
  return items.filter((item) => firsts.has(input.skeleton.indexOf(item)));
}

export const colonList: ConferralRule = {
  name: "colon-list",
  example:
    "Eight areas were upgraded to 5A-level scenic areas. The eight areas are: (then one per line)",
  gate: /:|\b(?:are|were|include)\s|^\s*(?:(?:The|A)\s+)?(?:(?:full|complete|final)\s+)?[Ll]ist\s+of\b|\b(?:made|entered)\s+the\s+list\b/,
  find(input) {
    const { state, context, skeleton } = input;
    // A sentence that names its honor before the colon is read by the rules before this one.
    const inline = input.found.length === 0 ? inlineItems(input) : [];
    if (inline.length >= 2) {
      const honor = honorInContext(input) ?? honorJustBefore(input);
      return honor ? emit(input, inline, [{ honor, end: skeleton.text.length }], "", 0) : [];
    }
    const batchHeading = BATCH_HEADING.test(skeleton.text);
    if (
      !OPENS.test(skeleton.text) &&
      !batchHeading &&
      !isListHeading(input) &&
      !closesLineOnList(input)
    )
      return [];
    const honor =
      (batchHeading ? honorOfHeading(input) : honorInOpener(input)) ??
      honorInContext(input) ??
      honorJustBefore(input);
    if (!honor) return [];
    const sentenceText = state.view.slice(context.sentence.start, context.sentence.end);
    const status = statusOf("", sentenceText);
    const items = lineItems(state, context.sentence.end);
    if (items.length < 2) return [];
    return itemConferrals(input, items, honor, status, 0.6);
  },
};
