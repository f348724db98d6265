// Splits the analysis view into paragraphs and sentences, keeping offsets.
// Abbreviations ("No. 344", "Prof.", "Co., Ltd.") and initials never end a sentence.
import type { Span } from "../types.ts";
import { isBreadcrumb } from "../util/text.ts";
import { isCountryInitials } from "./countries.ts";
import { MONTH_ABBREVIATIONS } from "./lexicon.ts";

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** True for the first line of the announcement. */
  headline: boolean;
}

const ABBREVIATIONS = new Set([
  "no",
  "nos",
  "prof",
  "dr",
  "mr",
  "mrs",
  "ms",
  "co",
  "ltd",
  "inc",
  "corp",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "e.g",
  "i.e",
  ...MONTH_ABBREVIATIONS,
  "art",
  "vol",
  "pp",
  "approx",
  "dept",
  "univ",
  "gov",
  "govt",
  "assoc",
  "est",
  "fig",
  "ref",
  "u.s",
  "p.r",
  "p.r.c",
  "op",
  "ed",
  "eds",
  // "(dir. Xu Lan)": a film's director, in the credits of a winners' list.
  "dir",
  "dirs",
]);

/** Longest sentence the relation patterns look at; longer runs are cut so every pattern stays linear. */
export const MAX_SENTENCE_LENGTH = 1500;

export function segmentSentences(view: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  let firstLine = true;
  while (lineStart <= view.length) {
    let lineEnd = view.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = view.length;
    // A line wrapped inside a sentence goes on with the next (each physical line read once).
    let lastLine = lineStart;
    while (lineEnd < view.length && wrapsOn(view, lastLine, lineEnd)) {
      lastLine = lineEnd + 1;
      const next = view.indexOf("\n", lastLine);
      lineEnd = next < 0 ? view.length : next;
    }
    // Every other non-blank line is its own paragraph: these texts rarely wrap lines.
    if (view.slice(lineStart, lineEnd).trim() !== "") {
      paragraph++;
      const navigation: boolean = firstLine && isBreadcrumb(view.slice(lineStart, lineEnd));
      splitLine(
        view,
        lineStart,
        lineEnd,
        paragraph,
        firstLine && !navigation && !isBodyLine(view, lineStart, lineEnd),
        sentences,
      );
      // A page's breadcrumb trail comes before its title: the title is the line after it.
      firstLine = navigation;
    }
    if (lineEnd >= view.length) break;
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/**
 * "awarding the title of X to 13 units,\nincluding Y": a line that stops mid-sentence (no closing
 * mark, long enough to be prose) and a next line that opens in lower case are one line wrapped.
 */
function wrapsOn(view: string, lineStart: number, lineEnd: number): boolean {
  const line = view.slice(lineStart, lineEnd).trimEnd();
  // "Release time: 2019-09-11 source: X": a line of fields is no prose.
  if (line.trim().length < 40 || /[.!?:;"\u201D)]$/.test(line) || /\w:\s/.test(line)) return false;
  const next = view.slice(lineEnd + 1, lineEnd + 40);
  // "..., including\nHuaneng Power": a line that ends on a word that cannot end one goes on.
  if (/\b(?:in|of|the|including)$/.test(line)) return /^[ \t]*\S/.test(next);
  return /^[ \t]*[a-z]/.test(next);
}

/** A first line that is a long sentence ending in a full stop opens the story; it is no title. */
function isBodyLine(view: string, start: number, end: number): boolean {
  const line = view.slice(start, end).trim();
  return line.endsWith(".") && line.split(/\s+/).length > 20;
}

const LOWER_OR_DIGIT = /[a-z0-9]/;
const CITATION_MARK = /^\[\d{1,3}\]/;
const CAPITALISED_START = /[A-Z][a-z]/;
const SENTENCE_START = /[A-Z0-9"'(\u4e00-\u9fff]/;
const ONE_LETTER = /^[a-z]$/;
const CAPITAL = /[A-Z]/;
/** "N.K. Jemisin", "Prof. J.G. Teng": a person's dotted initials. */
const DOTTED_INITIALS = /^[A-Z](?:\.[A-Z]){1,2}$/;

function splitLine(
  view: string,
  start: number,
  end: number,
  paragraph: number,
  headline: boolean,
  out: Sentence[],
): void {
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const ch = view[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < end && (view[j] === '"' || view[j] === "'" || view[j] === ")")) j++;
    // "the Pine Museum.[4] Then, ...": a citation mark after the full stop stays with it.
    while (view[j] === "[") {
      const mark = CITATION_MARK.exec(view.slice(j, j + 6));
      if (!mark) break;
      j += mark[0].length;
    }
    // A missing space after a full stop ("opened in 2016.In 2022, ..."): still a boundary.
    const glued =
      ch === "." &&
      j === i + 1 &&
      LOWER_OR_DIGIT.test(view[i - 1] ?? "") &&
      CAPITALISED_START.test(view.slice(j, j + 2)) &&
      !isAbbreviation(view, sentenceStart, i);
    if (glued) {
      pushSentence(view, sentenceStart, j, paragraph, headline, out);
      sentenceStart = j;
      continue;
    }
    if (j < end && view[j] !== " ") continue;
    let k = j;
    while (k < end && view[k] === " ") k++;
    if (k < end) {
      const next = view[k] as string;
      if (!SENTENCE_START.test(next)) continue;
    }
    if (ch === "." && isAbbreviation(view, sentenceStart, i)) continue;
    pushSentence(view, sentenceStart, j, paragraph, headline, out);
    sentenceStart = j;
  }
  pushSentence(view, sentenceStart, end, paragraph, headline, out);
}

/** The sentence view[s..e), trimmed of spaces; overlong runs are cut at a space. */
function pushSentence(
  view: string,
  s: number,
  e: number,
  paragraph: number,
  headline: boolean,
  out: Sentence[],
): void {
  while (s < e && view[s] === " ") s++;
  while (e > s && view[e - 1] === " ") e--;
  if (e <= s) return;
  // Cut overlong runs (no punctuation) at a space so the relation patterns stay linear.
  while (e - s > MAX_SENTENCE_LENGTH) {
    let cut = view.lastIndexOf(" ", s + MAX_SENTENCE_LENGTH);
    if (cut <= s) cut = s + MAX_SENTENCE_LENGTH;
    out.push({ index: out.length, start: s, end: cut, paragraph, headline });
    s = cut;
    while (s < e && view[s] === " ") s++;
  }
  if (e > s) out.push({ index: out.length, start: s, end: e, paragraph, headline });
}

/** [A-Za-z.] by character code (this runs for every full stop in the text). */
function isWordOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function isAbbreviation(view: string, lineStart: number, dot: number): boolean {
  let w = dot;
  while (w > lineStart && isWordOrDot(view.charCodeAt(w - 1))) w--;
  const written = view.slice(w, dot);
  const word = written.toLowerCase();
  if (word === "") return false;
  if (ABBREVIATIONS.has(word)) return true;
  // "in the U.S. The firm ...": a country's dotted letters may end a sentence ("P.R." never does:
  // "China" follows it).
  if (DOTTED_INITIALS.test(written)) return written === "P.R" || !isCountryInitials(written);
  // Single capital initial ("J. Smith") or dotted acronym ("P.R.C"); not a grade's letter
  // ("listed as Level A. Philosophy was ...").
  return (
    ONE_LETTER.test(word) &&
    CAPITAL.test(view[w] as string) &&
    !GRADE_BEFORE.test(view.slice(Math.max(lineStart, w - 12), w))
  );
}

/** A grade's word right before a capital letter: "Level A", "Grade B", "Class A". */
const GRADE_BEFORE = /\b(?:[Ll]evel|[Gg]rade|[Cc]lass|[Cc]ategory|[Tt]ier)\s$/;
