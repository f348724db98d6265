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
}

const TOKEN = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(view: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const text = view.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const s = start + m.index;
    // Split a possessive "'s" off the word it follows ("BAST's" -> "BAST", "'s").
    if (raw.length > 3 && endsWithPossessive(raw)) {
      pushWords(tokens, raw.slice(0, -2), s);
      tokens.push(makeToken(raw.slice(-2), s + raw.length - 2));
    } else {
      pushWords(tokens, raw, s);
    }
  }
  return tokens;
}

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
const GLUED_SMALL_WORDS = new Set(["of", "in", "on", "at", "to", "and", "for", "the"]);

/**
 * Offsets where scraping glued two words: "ArticleSource", "ofHealth", "TheLakeMuseum". A part
 * before the cut has four letters or more, or is a small word; "WeChat", "ShiFan" and "iPhone"
 * stay whole.
 */
function glueSplits(word: string): number[] {
  if (word.length < 5 || !hasGluePoint(word)) return [];
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

function makeToken(text: string, start: number): Token {
  const first = text.charCodeAt(0);
  // Letters and digits start words; ASCII is tested by code, the rest by a Unicode class.
  const word =
    (first >= 48 && first <= 57) ||
    (first >= 65 && first <= 90) ||
    (first >= 97 && first <= 122) ||
    (first > 127 && /^[\p{L}\p{N}]/u.test(text));
  const cap = first >= 65 && first <= 90;
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    cap,
    // Two or more capitals and no lower-case letter: "CAST", "SIAT".
    acronym: cap && text.length >= 2 && !/[a-z]/.test(text) && /^[A-Z][^a-z]*[A-Z]/.test(text),
    word,
    number: first >= 48 && first <= 57,
  };
}
