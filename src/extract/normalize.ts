// Builds the analysis view of a stored text: same length, so every offset in the view is an offset
// in the stored text, but with spaces, quotes and dashes unified and noise lines blanked.
import { isPinyinName } from "./lexicon.ts";

const CHAR_MAP: Record<string, string> = {
  // NUL marks dropped names, U+E000/U+E001 delimit name placeholders: never text to read.
  "\u0000": " ",
  "\uE000": " ",
  "\uE001": " ",
  "\u00A0": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u200B": " ",
  "\u202F": " ",
  "\u3000": " ",
  "\t": " ",
  "\u2018": "'",
  "\u2019": "'",
  "\u02BC": "'",
  "\u2032": "'",
  "`": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2010": "-",
  "\u2011": "-",
  "\uFF08": "(",
  "\uFF09": ")",
  "\uFF0C": ",",
  "\uFF1A": ":",
  "\uFF1B": ";",
  "\u3001": ",",
  "\u3002": ".",
  // "【National Wetland Park】": these brackets set a title off as quotes do.
  "\u3010": '"',
  "\u3011": '"',
  "\u3014": "[",
  "\u3015": "]",
};

const CHAR_PATTERN = new RegExp(`[${Object.keys(CHAR_MAP).join("")}]`, "g");
// A line that is only an image file name, e.g. "001.jpg".
const IMAGE_LINE =
  /^[ \t\u00A0\u3000]*[\w\-. ]{1,80}\.(?:jpe?g|png|gif|webp|bmp|tiff?)[ \t\u00A0\u3000]*$/gim;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|bmp|tiff?)/i;

// A pair of "?" standing in for lost quotes: named a ?Zhejiang Provincial Base?.
const QUESTION_QUOTES = /(^|[\s(])\?([A-Z][^?\n]{1,120}?[A-Za-z0-9)])\?(?=[\s.,;:)]|$)/gm;

// A title set off by single quotes: awarded the 'Challenge Cup' to A.
// An apostrophe inside a word is no quote: 'If We Can't Fly' is one title.
const SINGLE_QUOTES =
  /(^|[\s(])'([A-Z](?:[^'\n]|(?<=[A-Za-z])'(?=[a-z])){1,120}?[A-Za-z0-9)])'(?=[\s.,;:)]|$)/gm;

// A pinyin name split at its apostrophe: "Jing 'an County" reads "Jing'an  County" (same length).
const SPLIT_APOSTROPHE = /\b([A-Z][a-z]+) '([a-z]{1,4})\b/g;

// A scraper that dropped a space glues "the" to the word before it: "wonthe X Award" reads "won
// X Award", the article blanked out (same length, so every word keeps its place).
const GLUED_THE =
  /\b(as|of|in|to|for|and|by|at|on|with|from|won|received|obtained|awarded|named|selected|rated)the(?= ["\u201C]?[A-Za-z])/g;

// Three or more SHOUTED words in a row are a phrase in capitals, not acronyms: "WUHAN SCIENCE MUSEUM".
const SHOUTED = /\b[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]*){2,}\b/g;
/** Small words a phrase in capitals keeps in lower case. */
const SMALL_WORDS_OF_CAPITALS = ["and", "of", "for", "the", "in", "on", "at", "to", "a", "an"];
const SMALL_WORDS = new Set(SMALL_WORDS_OF_CAPITALS.map((w) => w.toUpperCase()));

function titleCase(phrase: string): string {
  return phrase.replace(/[A-Z][A-Z'-]*/g, (word, offset: number) =>
    offset > 0 && SMALL_WORDS.has(word)
      ? word.toLowerCase()
      : word.charAt(0) + word.slice(1).toLowerCase(),
  );
}

// An em dash glued between words sets off an aside ("A and B\u2014the two new bases\u2014will"):
// read as a comma, not as the hyphen of one word ("Village-the").
// "Shi Lin— professor of X": glued on one side only, it sets off an aside as well.
const GLUED_EM_DASH =
  /(?<=[\p{L}\p{N}"'\u201D\u2019)])\u2014(?=[\p{L}\p{N}"\u201C]| [\p{Ll}])|(?<=[\p{L}\p{N}"'\u201D\u2019)] )\u2014(?=[\p{L}\p{N}"\u201C])/gu;

// A line in Title Case ("Museum Upgraded To National Base In The Country"): its small words read
// as they do in a sentence, so one grammar serves headlines and bodies. A word that opens a
// sentence keeps its capital: a line dense with names may hold two ("... in Beijing. The winners").
const LINE = /[^\n]+/g;
const CONTENT_WORD = /\b[A-Za-z][A-Za-z'-]{3,}/g;
const TITLE_SMALL_WORD = new RegExp(
  `(?<=[^\\s.!?;:]\\s+)\\b(?:${[
    ...SMALL_WORDS_OF_CAPITALS,
    "as",
    "by",
    "with",
    "from",
    "into",
    "or",
  ]
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("|")})\\b(?=\\s)`,
  "g",
);

function lowerSmallWords(line: string): string {
  const content = line.match(CONTENT_WORD) ?? [];
  if (content.length < 3) return line;
  const capitalised = content.filter((w) => /^[A-Z]/.test(w)).length;
  if (capitalised / content.length < 0.8) return line;
  return line.replace(TITLE_SMALL_WORD, (word, offset: number) =>
    (word === "A" && GRADE_BEFORE.test(line.slice(Math.max(0, offset - 12), offset))) ||
    surnameBeforeGivenName(word, line, offset)
      ? word
      : word.toLowerCase(),
  );
}

/** "researcher An Zhisheng": "An" before a pinyin given name is a surname, not an article. */
function surnameBeforeGivenName(word: string, line: string, offset: number): boolean {
  if (word !== "An") return false;
  const next = /^\s+([A-Z][a-z]+)\b/.exec(line.slice(offset + word.length))?.[1];
  return next !== undefined && isPinyinName(next);
}

/** "Grade III Class A Hospital": an "A" after a word for a grade is the grade's letter. */
const GRADE_BEFORE = /\b(?:Class|Grade|Level|Category|Type|Tier|Rank)\s+$/;

/** The widths a page may be hard-wrapped at. */
const WRAP_MIN = 45;
const WRAP_MAX = 110;
/** A wrapped page has many lines; a short page of long lines is a page, not a wrap. */
const WRAP_LINES = 10;
const MID_SENTENCE_END = /(?:\b[a-z]+|,)\s*$/;

/**
 * "... the China Institute of\nInternational Studies ...": a page hard-wrapped at a fixed width
 * breaks names across lines. When most lines fill that width, a line break between two full lines
 * is read as a space (one character for one: every span still points into the stored text).
 */
function unwrapHardWrapped(text: string): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length < WRAP_LINES) return text;
  // Most pages have a paragraph wider than any wrap: the cheapest test goes first.
  const widest = Math.max(...lines.map((l) => l.length));
  if (widest > WRAP_MAX || widest < WRAP_MIN) return text;
  // Prose broken mid-sentence: many lines end on a lower-case word or a comma.
  if (lines.filter((l) => MID_SENTENCE_END.test(l)).length / lines.length < 0.4) return text;
  // Lines of a list vary in length; lines wrapped at one width nearly all come close to it.
  const full = Math.floor(widest * 0.75);
  if (lines.filter((l) => l.length >= full).length / lines.length < 0.6) return text;
  return text.replace(/([^\n]*)\n(?=([^\n]+))/g, (match, before: string, after: string) =>
    before.length >= full && after.trim() !== "" && !/^\s*(?:\d{1,3}[.)]|[-*\u2022])\s/.test(after)
      ? `${before} `
      : match,
  );
}

// "the Lanxi Foundation (兰溪基金) Prize": a gloss in Chinese characters inside a name says again what
// the English says, so the name reads on across it. At a name's end it stays, an alias of the name.
const CHINESE_GLOSS =
  /(?<![.!?])\s?\((?:\s*[\p{Script=Han}\u300A\u300B\u00B7])+\s*\)(?=\s*[A-Z][a-z])/gu;
const HAS_HAN = /\p{Script=Han}/u;

const COMMA_IN_QUOTE = /,"(?=\s+(?:[a-z]|"))/g;

// Latin letters with marks ("José", "Zoë", "Covilhã") read as their bare letters, so that every
// rule's [A-Z][a-z] sees a name; the names themselves keep the marks (see restoreMarkedLetters).
const MARKED_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const HAS_MARKED_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/;

function bareLetter(ch: string): string {
  const bare = ch.normalize("NFD").replace(/[\u0300-\u036F]/g, "");
  return /^[A-Za-z]$/.test(bare) ? bare : ch;
}

/** `viewSlice` with the marked letters of the stored `textSlice` put back (same length). */
export function restoreMarkedLetters(viewSlice: string, textSlice: string): string {
  if (viewSlice.length !== textSlice.length || !HAS_MARKED_LETTER.test(textSlice)) return viewSlice;
  let out = "";
  for (let i = 0; i < viewSlice.length; i++) {
    const stored = textSlice[i] as string;
    const seen = viewSlice[i] as string;
    out += seen !== stored && bareLetter(stored) === seen ? stored : seen;
  }
  return out;
}

// A page scraped from JSON keeps its escapes: a backslash before each quote, and a backslash and
// an "n" where a line ended.
// (Curly quotes are straight by then.)
const ESCAPED_QUOTE = /\\"/g;
const ESCAPED_NEWLINE = /(?<=[.!?:;"])\\n(?=\s*"?[A-Z])/g;

/** Escapes read as what they stand for, as long as before: a quote and a space, a newline and a space. */
function withoutEscapes(view: string): string {
  return view
    .replace(ESCAPED_QUOTE, (_, offset: number) =>
      /[\s([]/.test(view[offset - 1] ?? " ") ? ' "' : '" ',
    )
    .replace(ESCAPED_NEWLINE, "\n ");
}

export function buildAnalysisView(text: string): string {
  const unwrapped = unwrapHardWrapped(text);
  const unglued = unwrapped.includes("\u2014") ? unwrapped.replace(GLUED_EM_DASH, ",") : unwrapped;
  const mapped = unglued
    .replace(CHAR_PATTERN, (ch) => CHAR_MAP[ch] ?? ch)
    .replace(MARKED_LETTER, bareLetter)
    .replace(SHOUTED, titleCase);
  // The image, question-mark and apostrophe rewrites are rare: each scans only a text that has
  // what it needs. Title Case lines are common (every headline): each line is read once.
  let view = mapped;
  if (IMAGE_FILE.test(view)) view = view.replace(IMAGE_LINE, (line) => " ".repeat(line.length));
  if (view.includes("?"))
    view = view.replace(
      QUESTION_QUOTES,
      (_, before: string, inner: string) => `${before}"${inner}"`,
    );
  if (view.includes("\\")) view = withoutEscapes(view);
  if (HAS_HAN.test(view)) view = view.replace(CHINESE_GLOSS, (gloss) => " ".repeat(gloss.length));
  view = view.replace(LINE, lowerSmallWords);
  // 'the novel "Red River," was honored', '"A," "B" and "C"': the comma belongs to the sentence,
  // after the quote.
  if (view.includes(',"')) view = view.replace(COMMA_IN_QUOTE, '",');
  if (/[a-z]the /.test(view)) view = view.replace(GLUED_THE, "$1   ");
  if (view.includes(" '"))
    view = view
      .replace(SPLIT_APOSTROPHE, (_, word: string, syllable: string) => `${word}'${syllable} `)
      .replace(SINGLE_QUOTES, (_, before: string, inner: string) => `${before}"${inner}"`);
  return view;
}
