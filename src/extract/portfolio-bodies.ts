// Government bodies named by their portfolio in lower case, as translations and hasty pages write
// them: "the Ministry of agriculture and rural areas", "the state administration for industry and
// commerce", "the Provincial Federation of trade unions". The capitalised-name readers stop at the
// first lower-case word; this one reads the portfolio to its last word.
import { GOVERNMENT_LEVELS, type NameSpan } from "./names.ts";
import type { Token } from "./tokens.ts";

/** Heads of a body that takes its portfolio after "of" or "for". */
const BODY_HEADS = new Set([
  "ministry",
  "administration",
  "bureau",
  "commission",
  "department",
  "office",
  "federation",
  "committee",
  "council",
  "association",
]);

/** Words before the head that belong to the body's name: "state administration", "general office". */
const HEAD_MODIFIERS = new Set(["state", "national", "central", "general", ...GOVERNMENT_LEVELS]);

/**
 * The words of a Chinese government portfolio as English translations name it. A fixed set of a
 * genre's vocabulary, not of one text: it ends the body's name at the first word that is not one
 * ("... and rural areas named the county").
 */
const PORTFOLIO_WORDS = new Set([
  "agriculture",
  "agricultural",
  "rural",
  "affairs",
  "areas",
  "industry",
  "industrial",
  "commerce",
  "trade",
  "unions",
  "science",
  "technology",
  "education",
  "culture",
  "cultural",
  "tourism",
  "health",
  "finance",
  "ecology",
  "ecological",
  "environment",
  "environmental",
  "protection",
  "housing",
  "urban",
  "development",
  "reform",
  "construction",
  "water",
  "resources",
  "transport",
  "transportation",
  "civil",
  "human",
  "social",
  "security",
  "public",
  "information",
  "informatization",
  "market",
  "regulation",
  "supervision",
  "sports",
  "sport",
  "forestry",
  "grassland",
  "land",
  "natural",
  "emergency",
  "management",
  "veterans",
  "statistics",
  "justice",
  "propaganda",
  "literature",
  "art",
  "arts",
  "radio",
  "television",
  "press",
  "publication",
  "intellectual",
  "property",
  "quality",
  "food",
  "drug",
  "medical",
  "ethnic",
  "religious",
  "women",
  "youth",
  "labor",
  "labour",
  "employment",
  "personnel",
  "civilization",
  "spiritual",
  "safety",
  "energy",
  "fisheries",
  "meteorology",
  "archives",
  "taxation",
  "customs",
  "relics",
  "heritage",
  "engineering",
]);

/** Portfolio words that describe the next word and cannot end the name ("cultural" relics). */
const PORTFOLIO_ADJECTIVES = new Set([
  "agricultural",
  "industrial",
  "cultural",
  "ecological",
  "environmental",
  "civil",
  "human",
  "social",
  "public",
  "natural",
  "intellectual",
  "medical",
  "ethnic",
  "religious",
  "spiritual",
  "rural",
  "urban",
]);
/** At most this many capitalised words before the head belong to the name ("Anhui Provincial"). */
const MAX_WORDS_BEFORE = 4;

/** Glue inside a portfolio: "culture and tourism", "industry, commerce and ...". */
const PORTFOLIO_GLUE = new Set(["and", "&", ","]);

/**
 * Bodies named by a head and a portfolio with at least one lower-case word: from the modifiers
 * before the head to the portfolio's last word. Tokens already taken are left alone.
 */
export function findPortfolioBodies(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let h = 0; h + 2 < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (taken[h] || !BODY_HEADS.has(head.lower)) continue;
    const link = tokens[h + 1]?.lower;
    if (link !== "of" && link !== "for") continue;
    const end = portfolioEnd(tokens, taken, h + 2);
    if (end === undefined) continue;
    let first = h;
    while (first > 0 && h - first < MAX_WORDS_BEFORE && opensTheName(tokens, taken, first - 1))
      first--;
    // "a specialized department of science popularization": a head in lower case names a body
    // only after a level or a place ("the state administration for ...").
    if (!head.cap && first === h) continue;
    found.push({
      kind: "Organization",
      first,
      last: end,
      nucleus: h,
      definite: false,
      quoted: false,
    });
    for (let k = first; k < end; k++) taken[k] = true;
    h = end - 1;
  }
  return found;
}

/** "Henan provincial", "Anhui", "Tianjin Municipal": a level or a capitalised word of the name. */
function opensTheName(tokens: Token[], taken: boolean[], k: number): boolean {
  const token = tokens[k] as Token;
  if (taken[k] || !token.word || token.acronym) return false;
  if (HEAD_MODIFIERS.has(token.lower)) return true;
  return token.cap && k > 0 && tokens[k - 1]?.text !== "." && !NOT_NAME_OPENERS.has(token.lower);
}

/** Capitalised words that open a sentence or a phrase, not a body's name. */
const NOT_NAME_OPENERS = new Set(["the", "a", "an", "by", "of", "and", "from", "with", "in", "at"]);

/** The end of a portfolio that starts at `at`, or undefined if none is there or all is capitalised. */
function portfolioEnd(tokens: Token[], taken: boolean[], at: number): number | undefined {
  let end = at;
  let lowerCase = false;
  for (let k = at; k < tokens.length && !taken[k]; k++) {
    const token = tokens[k] as Token;
    if (PORTFOLIO_WORDS.has(token.lower)) {
      lowerCase ||= !token.cap;
      end = k + 1;
      continue;
    }
    if (!PORTFOLIO_GLUE.has(token.lower) || !PORTFOLIO_WORDS.has(tokens[k + 1]?.lower ?? "")) break;
  }
  if (end === at || !lowerCase) return undefined;
  return PORTFOLIO_ADJECTIVES.has((tokens[end - 1] as Token).lower) ? undefined : end;
}
