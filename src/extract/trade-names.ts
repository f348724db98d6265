// Firms named by a coined word and their trade, as this genre writes them without "Co., Ltd.":
// "Weilai Textile", "Kunpeng Semiconductor", "Ruida Precision Machinery". Neither word is a head
// the name finder knows, so such a firm went unread wherever it was not the subject of a verb of
// winning. The coined word (not English, not a place) is what sets a firm's name off from a
// title's words ("Green Energy", "Smart Manufacturing").
import { headKind, isEnglishWord, isPlaceName, WORDS_THAT_END_A_NAME } from "./lexicon.ts";
import { type NameSpan, organizationSpan } from "./names.ts";
import type { Token } from "./tokens.ts";

/** Trades that end a firm's name. A fixed vocabulary of industries, not of any one text. */
export const TRADES: ReadonlySet<string> = new Set([
  "textile",
  "textiles",
  "chemical",
  "chemicals",
  "electric",
  "electrical",
  "electronics",
  "machinery",
  "software",
  "biotech",
  "pharma",
  "steel",
  "foods",
  "dairy",
  "paper",
  "glass",
  "ceramics",
  "materials",
  "technology",
  "technologies",
  "tech",
  "logistics",
  "energy",
  "construction",
  "holdings",
  "semiconductor",
  "semiconductors",
  "aerospace",
  "automotive",
  "motors",
  "bearing",
  "bearings",
  "cement",
  "mining",
  "metals",
  "optics",
  "optoelectronics",
  "instruments",
  "appliances",
  "furniture",
  "brewery",
  "garments",
  "apparel",
  "plastics",
  "rubber",
  "cables",
  "batteries",
  "battery",
  "robotics",
  "telecom",
  "environmental",
  "pharmaceutical",
  "pharmaceuticals",
  "shipbuilding",
  "packaging",
  "printing",
]);

/** Words a trade may carry before it: "Precision Machinery", "New Materials", "Auto Parts". */
const MAX_WORDS_BEFORE_TRADE = 2;

/** Whether `token` is a coined word of a firm's name: capitalised, not English, no place, no head. */
function isCoinedWord(token: Token | undefined): boolean {
  if (!token || !/^[A-Z][a-z]{2,}$/.test(token.text)) return false;
  return !isEnglishWord(token.lower) && !isPlaceName(token.lower) && !headKind(token.text);
}

/** The end of a trade-ended run of capitalised words starting at `from`, or `from`. */
function tradeEnd(tokens: Token[], from: number, blocked: boolean[]): number {
  for (let k = from; k <= from + MAX_WORDS_BEFORE_TRADE; k++) {
    const token = tokens[k];
    if (!token?.cap || blocked[k] || headKind(token.text)) return from;
    if (TRADES.has(token.lower)) return k + 1;
  }
  return from;
}

/** Words before a name that make it part of another name: "Laboratory of Superhard Materials". */
const INSIDE_A_NAME = new Set(["of", "for", "and", "&", "-"]);

/** Lower-case words a firm's name may stand before: where a name ends, or a verb of winning. */
const FOLLOWERS: ReadonlySet<string> = new Set([
  ...WORDS_THAT_END_A_NAME,
  "or",
  "won",
  "wins",
  "received",
  "became",
  "tops",
  "topped",
  "made",
  "also",
  // "and B Logistics the Nomination Award": a gapped clause's holder before its honor.
  "the",
  "a",
  "an",
]);

/** Whether the name ending before `end` ends there: not a longer name, not a possessive. */
function endsAt(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  if (!next) return true;
  if (next.cap || next.text === "(" || next.text === "'s" || next.text === "\u2019s") return false;
  // "Weilai Textile, Ltd.": a company suffix after the comma goes on with the name.
  if (next.text === ",") return !/^(?:co|ltd|inc|corp)$/i.test(tokens[end + 1]?.text ?? "");
  if (!next.word) return true;
  return FOLLOWERS.has(next.lower) || /^[a-z]+ed$/.test(next.text);
}

/** Whether the word before the coined word at `i` is a place's name that opens the firm's. */
function cityFirst(tokens: Token[], blocked: boolean[], i: number): boolean {
  const city = tokens[i - 1];
  return city?.cap === true && !blocked[i - 1] && isPlaceName(city.lower);
}

/**
 * "Weilai Textile", "Kunpeng Semiconductor": a coined word then a trade, where the name ends (a
 * longer name, "Weilai Textile Co., Ltd.", is the name finder's).
 */
export function findTradeNames(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i] || !isCoinedWord(tokens[i])) continue;
    // The coined word opens the name, or its city does ("Qingdao Zhengya Machinery"): no other
    // capitalised word right before it.
    const start = cityFirst(tokens, blocked, i) ? i - 1 : i;
    const before = tokens[start - 1];
    if (before?.cap && before.lower !== "the") continue;
    if (INSIDE_A_NAME.has(before?.lower ?? "")) continue;
    const end = tradeEnd(tokens, i + 1, blocked);
    if (end === i + 1 || !endsAt(tokens, end)) continue;
    found.push(organizationSpan(start, end, end - 1));
    for (let k = start; k < end; k++) blocked[k] = true;
    i = end - 1;
  }
  return found;
}
