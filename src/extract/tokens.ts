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
    if (raw.length > 3 && /'s$/i.test(raw)) {
      tokens.push(makeToken(raw.slice(0, -2), s));
      tokens.push(makeToken(raw.slice(-2), s + raw.length - 2));
    } else {
      tokens.push(makeToken(raw, s));
    }
  }
  return tokens;
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
