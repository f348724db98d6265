// Word tokens with offsets over the analysis view.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("CAST", "SIAT"). */
  acronym: boolean;
  word: boolean;
  number: boolean;
  /** A month that opens a name: "May" of "May Fourth Medal", "March" of "March 8th Red-Banner". */
  namesDay?: boolean;
}

// Tokens are what /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|\S/gu matches, read by hand (the same
// tokens without a pattern call per token): ASCII by character code, other characters by the same
// Unicode classes.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

/** Code units of the letter or digit at `i` (2 for one outside the BMP), or 0. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  return WORD_CHAR.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_CHAR.test(String.fromCodePoint(text.codePointAt(i) as number));
}

export function tokenize(view: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const text = view.slice(start, end);
  let i = 0;
  while (i < text.length) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    let j = i + wordCharAt(text, i);
    if (j === i) {
      // Any other character is a token of its own (one code point).
      j = i + ((text.codePointAt(i) as number) > 0xffff ? 2 : 1);
    } else {
      for (let w = wordCharAt(text, j); w > 0; w = wordCharAt(text, j)) j += w;
      // Words joined by an apostrophe or a hyphen are one token ("Xi'an", "first-class").
      while (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 45) {
        const w = wordCharAt(text, j + 1);
        if (w === 0) break;
        j += 1 + w;
        for (let v = wordCharAt(text, j); v > 0; v = wordCharAt(text, j)) j += v;
      }
    }
    const raw = text.slice(i, j);
    const s = start + i;
    // Split a possessive "'s" off the word it follows ("BAST's" -> "BAST", "'s").
    const led = raw.length > 6 ? LED_SUFFIX.exec(raw) : null;
    if (raw.length > 3 && endsWithPossessive(raw)) {
      pushWords(tokens, raw.slice(0, -2), s);
      tokens.push(makeToken(raw.slice(-2), s + raw.length - 2));
    } else if (led) {
      // "a Zhong Denghua-led team": the name, then what it led.
      const name = raw.length - (led[0] as string).length;
      pushWords(tokens, raw.slice(0, name), s);
      tokens.push(makeToken("-", s + name));
      tokens.push(makeToken(raw.slice(name + 1), s + name + 1));
    } else {
      pushWords(tokens, raw, s);
    }
    i = j;
  }
  unmarkCompanyCapitals(tokens);
  markNamedDays(tokens);
  return tokens;
}

const MONTHS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const DAY_OF_MONTH =
  /^(?:day|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))$/;

/**
 * "May Fourth Medal", "March 8th Red-Banner Holder": a day named by its date, then a capitalised
 * word, is part of a name; a date ("May 4, 2021", "on May Fourth") is not followed by one.
 */
function markNamedDays(tokens: Token[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const month = tokens[i] as Token;
    const day = tokens[i + 1] as Token;
    const next = tokens[i + 2] as Token;
    if (!month.cap || !MONTHS.test(month.lower) || !DAY_OF_MONTH.test(day.lower)) continue;
    if ((day.cap || /^\d/.test(day.text)) && next.cap && next.word && !next.number)
      month.namesDay = true;
  }
}

const COMPANY_CAPITALS = new Set(["CO", "LTD", "CORP", "INC"]);
/** "LAKEVIEW GROUP": a firm's head word in capitals after its capitalised name. */
const FIRM_HEAD_CAPITALS = new Set(["GROUP", "COMPANY", "CORPORATION", "HOLDINGS"]);

/** "Midea Group CO LTD": a company suffix written in capitals is a word of the name, not an acronym. */
function unmarkCompanyCapitals(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.acronym && FIRM_HEAD_CAPITALS.has(t.text) && tokens[i - 1]?.cap) {
      t.acronym = false;
      continue;
    }
    if (!t.acronym || !COMPANY_CAPITALS.has(t.text)) continue;
    const next = tokens[i + 1]?.lower;
    const previous = tokens[i - 1]?.lower;
    if (
      t.text === "CO"
        ? next === "ltd" || next === "." || next === ","
        : previous === "co" || previous === "," || previous === "."
    )
      t.acronym = false;
  }
}

/** "-led", "-headed" after a capitalised word: a name, and its role in what follows. */
const LED_SUFFIX = /(?<=^[A-Z][^-]*)-(?:led|headed|chaired|founded|sponsored)$/;

/** /'s$/i by character code: an apostrophe, then "s" or "S". */
function endsWithPossessive(raw: string): boolean {
  return raw.charCodeAt(raw.length - 2) === 39 && (raw.charCodeAt(raw.length - 1) | 32) === 115;
}

/** A word, or the words a scrape glued together ("AffairsJiangxi" -> "Affairs", "Jiangxi"). */
function pushWords(tokens: Token[], raw: string, start: number): void {
  let from = 0;
  for (const cut of glueSplits(raw)) {
    tokens.push(makeToken(raw.slice(from, cut), start + from));
    from = cut;
  }
  tokens.push(makeToken(raw.slice(from), start + from));
}

const GLUE_POINT = /(?<=[a-z])(?=[A-Z][a-z])/g;
const GLUED_SMALL_WORDS = new Set([
  "of",
  "in",
  "on",
  "at",
  "to",
  "and",
  "for",
  "the",
  "by",
  "from",
  "with",
]);

/**
 * Offsets where scraping glued two words: "ArticleSource", "ofHealth", "TheLakeMuseum". A part
 * before the cut has four letters or more, or is a small word; "WeChat", "ShiFan" and "iPhone"
 * stay whole.
 */
function glueSplits(word: string): number[] {
  if (word.length < 5 || !hasGluePoint(word)) return NO_CUTS;
  const cuts: number[] = [];
  let from = 0;
  GLUE_POINT.lastIndex = 0;
  for (let m = GLUE_POINT.exec(word); m; m = GLUE_POINT.exec(word)) {
    const left = word.slice(from, m.index);
    if (left.length >= 4 || GLUED_SMALL_WORDS.has(left.toLowerCase())) {
      cuts.push(m.index);
      from = m.index;
    }
    GLUE_POINT.lastIndex = m.index + 1;
  }
  return cuts;
}

/** The answer for most words (shared; never changed). */
const NO_CUTS: number[] = [];

/** A lower-case ASCII letter right before an upper-case one: where a glue point can be. */
function hasGluePoint(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      const p = word.charCodeAt(i - 1);
      if (p >= 97 && p <= 122) return true;
    }
  }
  return false;
}

/** The text with glued words set apart by a space ("Institute ofHealth" -> "Institute of Health"). */
export function unglue(text: string): string {
  if (!/[a-z][A-Z]/.test(text)) return text;
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const cuts = glueSplits(word);
    if (cuts.length === 0) return word;
    let out = "";
    let from = 0;
    for (const cut of cuts) {
      out += `${word.slice(from, cut)} `;
      from = cut;
    }
    return out + word.slice(from);
  });
}

const LOWER_CASE_LETTER = /[a-z]/;
const TWO_CAPITALS = /^[A-Z][^a-z]*[A-Z]/;
const LETTER_OR_DIGIT_FIRST = /^[\p{L}\p{N}]/u;
const BRAND_CASE = /^[a-z][A-Z][A-Za-z]{0,8}$/;

function makeToken(text: string, start: number): Token {
  const first = text.charCodeAt(0);
  // Letters and digits start words; ASCII is tested by code, the rest by a Unicode class.
  const word =
    (first >= 48 && first <= 57) ||
    (first >= 65 && first <= 90) ||
    (first >= 97 && first <= 122) ||
    (first > 127 && LETTER_OR_DIGIT_FIRST.test(text));
  // "iF", "iPhone", "eBay": a brand that opens in lower case is capitalised like a name.
  const cap = (first >= 65 && first <= 90) || BRAND_CASE.test(text);
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    cap,
    // Two or more capitals and no lower-case letter: "CAST", "SIAT".
    acronym: cap && text.length >= 2 && !LOWER_CASE_LETTER.test(text) && TWO_CAPITALS.test(text),
    word,
    number: first >= 48 && first <= 57,
  };
}
