// Prizes listed each with its holders after "for": "... also did well, taking best screenplay
// for A and B, best actor for C, and best actress for D"; "three people received the X Award,
// respectively, the Physics Prize for Hill University Professor E, the Chemistry Prize for F".
// Each item is an honor, "for", then the people who hold it (a post or a body may come first).
import type { Conferral, Mention } from "../../types.ts";
import { conferralOf } from "../relations.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** Where the list starts: after a verb of winning or "respectively". */
const LIST_START =
  /\b(?:taking|took|winning|won|receiving|received|claiming|claimed|captured|earned|including|respectively)\s*,?\s*(?::\s*)?(?:the\s+)?/g;
/** A prize's own name before its category, in capitals: "Silver Lotus best actor award". */
const PRIZE_NAME = String.raw`(?:[A-Z][\w'-]*\s+){1,3}`;
/** A category: "best actor", "Best Director", "best new performer". */
const CATEGORY = String.raw`[Bb]est\s+[A-Za-z][a-z-]*(?:\s+[A-Za-z][a-z-]*){0,2}?`;
/**
 * One item: an honor's name or "best X (prize)", "for", then the holders up to the item's end. A
 * prize's name before a category joins it, with its "award" ("the Silver Lotus best actor award");
 * a bare category leaves its "prize" out ("best screenplay").
 */
const ITEM = new RegExp(
  String.raw`^\s*(?:and\s+)?(?:the\s+)?(?:\uE000(\d+)\uE001(?!\s+[Bb]est\s)|((?:\uE000\d+\uE001\s+|${PRIZE_NAME})${CATEGORY}(?:\s+(?:prize|award))?|${CATEGORY})(?:\s+(?:prize|award))?)\s+for\s+((?:[^;\uE000]|\uE000\d+\uE001){1,160})$`,
);
/** A piece that opens no item ("Chinese Academy researcher A") goes on the item before it. */
const ITEM_OPENER = new RegExp(
  String.raw`^\s*(?:and\s+)?(?:the\s+)?(?:\uE000\d+\uE001\s+|${PRIZE_NAME})?(?:\uE000\d+\uE001|${CATEGORY}(?:\s+(?:prize|award))?)\s+for\s`,
);
/** "... as well as Best Cinematography": a last category with no holder named, the work's own. */
const HOLDERLESS_TAIL = new RegExp(
  String.raw`\s+(?:as\s+well\s+as|and)\s+(?:the\s+)?(?:\uE000\d+\uE001|${CATEGORY})(?:\s+(?:prize|award))?\s*$`,
);
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const MIN_ITEMS = 2;

/** Honors this rule read as list items: one category among several, no honor for a list after. */
const itemHonors = new WeakSet<Mention>();

/** Whether the mention is one of the categories a prize-for-holder list named. */
export function isPrizeListItem(mention: Mention): boolean {
  return itemHonors.has(mention);
}

interface Item {
  honor: Mention | { start: number; end: number };
  holders: Mention[];
}

/** The people named in an item's holder part, which must end with one of them. */
function holdersIn(input: RuleInput, part: string): Mention[] {
  if (!/\uE001\s*$/.test(part)) return [];
  const people: Mention[] = [];
  for (const m of part.matchAll(PLACEHOLDER)) {
    const mention = input.skeleton.mentionAt(Number(m[1]));
    if (mention?.kind === "Person") people.push(mention);
  }
  const last = input.skeleton.mentionAt(Number(/\uE000(\d+)\uE001\s*$/.exec(part)?.[1]));
  return last?.kind === "Person" ? people : [];
}

/**
 * The list's pieces from `from`, split at commas and before "and", each with where it starts; a
 * piece that opens no item joins the one before ("for the Institute of X, Y Academy researcher A").
 */
function piecesAfter(rest: string, from: number): Array<{ piece: string; pieceStart: number }> {
  const pieces: Array<{ piece: string; pieceStart: number }> = [];
  let offset = from;
  for (const piece of rest.split(
    /[,;]|\s(?=and\s+(?:the\s+)?(?:[Bb]est\s|\uE000\d+\uE001\s+for\s))/,
  )) {
    const previous = pieces.at(-1);
    if (previous && piece.trim() !== "" && !ITEM_OPENER.test(piece)) previous.piece += `,${piece}`;
    else pieces.push({ piece, pieceStart: offset });
    offset += piece.length + 1;
  }
  return pieces;
}

/** Reads the items from `from` to the sentence's end; none unless every piece is an item. */
function itemsAfter(input: RuleInput, from: number): Item[] {
  const text = input.skeleton.text;
  const rest = text
    .slice(from)
    .replace(/[.;!]\s*$/, "")
    .replace(HOLDERLESS_TAIL, "");
  const items: Item[] = [];
  for (const { piece, pieceStart } of piecesAfter(rest, from)) {
    if (piece.trim() === "") continue;
    const item = ITEM.exec(piece);
    if (!item) return [];
    const holders = holdersIn(input, item[3] as string);
    if (holders.length === 0) return [];
    const named = item[1] === undefined ? undefined : input.skeleton.mentionAt(Number(item[1]));
    if (named && named.kind !== "Honor") return [];
    if (named) {
      items.push({ honor: named, holders });
      continue;
    }
    const words = item[2] as string;
    const start = pieceStart + piece.indexOf(words);
    items.push({ honor: { start, end: start + words.length }, holders });
  }
  return items;
}

/** A sentence whose subject is a work named by its kind: "The film", "This documentary". */
const WORK_SUBJECT =
  /^\s*(?:The|This|Its|His|Her|Their)\s+(?:[a-z-]+\s+){0,2}?(?:film|movie|drama|documentary|series|play|novel|book|picture)\b/;

/**
 * "The film also captured the X award for its star A": one item is read when no person or body
 * named before the verb could be the one who won it.
 */
function noOneBefore(input: RuleInput, verbAt: number): boolean {
  // "The film, whose Chinese title is X, also captured ...": a work is the subject, whatever names
  // its aside holds.
  if (WORK_SUBJECT.test(input.skeleton.text)) return true;
  for (const m of input.skeleton.text.slice(0, verbAt).matchAll(PLACEHOLDER)) {
    const kind = input.skeleton.mentionAt(Number(m[1]))?.kind;
    if (kind === "Person" || kind === "Organization") return false;
  }
  return true;
}

export const prizeForHolder: ConferralRule = {
  name: "prize-for-holder",
  example:
    "... taking best screenplay for Hou Min and Pei Lan, best actor for Zhao Gang, and best actress for Lin Mei.",
  gate: /\bfor\s+(?:[\w'-]+\s+){0,4}\uE000/,
  needsNames: true,
  find(input: RuleInput): Conferral[] {
    const { state, context, skeleton } = input;
    const { sentence } = context;
    LIST_START.lastIndex = 0;
    for (let m = LIST_START.exec(skeleton.text); m; m = LIST_START.exec(skeleton.text)) {
      const items = itemsAfter(input, m.index + m[0].length);
      if (items.length < MIN_ITEMS && !(items.length === 1 && noOneBefore(input, m.index)))
        continue;
      const evidence = [state.evidence(sentence.start, sentence.end, sentence, 0.6)];
      return items.flatMap((item) => {
        const honor =
          "kind" in item.honor
            ? item.honor
            : state.newMention(
                "Honor",
                skeleton.toView(item.honor.start, "start"),
                skeleton.toView(item.honor.end, "end"),
                sentence,
                0.6,
              );
        itemHonors.add(honor);
        return item.holders.map((holder) =>
          conferralOf(state, sentence.index, holder, honor, "conferred", evidence),
        );
      });
    }
    return [];
  },
};
