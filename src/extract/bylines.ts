// People a page names in its byline: "Editor: Gu Lan", "Author:Wu Ke Views: 12", "Translated by
// Becky", "编辑:王宁". They are people the text names, with no sentence of their own around them.
// And the body a page names as its source: "Source: Tarn Daily", "Source:lake.gov.cn".
import type { Mention } from "../types.ts";
import type { DocumentState } from "./index.ts";
import { TITLE_WORDS } from "./lexicon.ts";
import type { Sentence } from "./segment.ts";

const LABEL = String.raw`(?:\b(?:(?:Web|Chief|Executive|Responsible)\s+)?(?:[Ee]ditors?|EDITOR|[Aa]uthors?|AUTHOR|[Ww]riters?|[Rr]eviewers?|[Rr]eporters?|[Cc]orrespondents?|[Tt]ranslators?|[Pp]hotographers?|[Pp]roofreaders?)\s*[:\uFF1A]\s*|\b(?:[Tt]ranslated|[Pp]hoto(?:graphed)?|[Pp]roofread|[Ee]dited|[Ww]ritten)\s+by\s+|(?<=^|\n)[ \t]*By[ \t]+(?=[A-Z])|(?:\u8D23\u4EFB\u7F16\u8F91|\u7F16\u8F91|\u4F5C\u8005|\u8BB0\u8005|\u64B0\u7A3F|\u5BA1\u6838|\u6821\u5BF9)\s*[:\uFF1A]?\s*)`;
/** A name in Chinese characters, or one to three words in Latin letters on one line. */
const NAME = String.raw`([\u4E00-\u9FFF]{2,4}(?![\u4E00-\u9FFF])|[A-Za-z][A-Za-z'\u2019-]*(?:[ \t][A-Za-z][A-Za-z'\u2019-]*){0,2})`;
const BYLINE = new RegExp(LABEL + NAME, "g");

/** Words that end a byline's name: the next field of the page stamp, a month, a sentence. */
const NOT_NAME_WORDS =
  /^(?:time|date|source|views?|reviewer|editor|author|release|released|keywords?|number|page|click|clicks|special|the|a|an|on|in|at|from|for|and|with|of|to|by|no|recently|report|reports|photo|image|credit|font|size|updated|published|posted|posttime|bianji|article|admin|administrator|webmaster|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
/**
 * The labels of a page stamp's fields ("Date:", "Views:", "Release time:", "Font size:"), the first
 * letter in either case: they end a byline's or a source's name and mark a line as a stamp.
 */
export const PAGE_FIELD_LABEL = String.raw`(?:[Dd]ate|[Tt]ime|[Uu]pdated?(?:\s+time)?|[Rr]elease(?:\s+time)?|[Pp]osted|[Pp]ublished|[Ss]ource|[Vv]iews?|[Hh]its|[Cc]licks?|[Aa]uthor|[Ee]ditor|[Rr]eporter|[Ww]riter|[Ff]ont(?:\s*size|s)?)`;
/** A byline that names a desk, a paper or a firm, not a person: "Author: Lake Daily". */
const BODY_WORDS =
  /^(?:news|daily|evening|times|post|press|net|network|online|group|company|co|ltd|corporation|office|center|centre|department|bureau|university|college|school|media|agency|studio|team)$/i;
/** Words that open a post, not a name: "Associate Editor", "Senior Reporter". */
const POST_MODIFIERS =
  /^(?:associate|senior|assistant|deputy|executive|managing|contributing|staff|chief|special|guest)$/i;
/** Fields of a page stamp in Chinese, left empty so that the next label follows ("作者: 编辑:"). */
const CHINESE_FIELD = /来源|日期|编辑|作者|时间|记者|审核|发布|点击|浏览/;

/** Adds a person for each byline name of the sentence that no mention covers yet. */
export function findBylinePeople(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  const text = state.view.slice(sentence.start, sentence.end);
  let added = false;
  BYLINE.lastIndex = 0;
  for (let m = BYLINE.exec(text); m; m = BYLINE.exec(text)) {
    const afterBy = /by\s+$/i.test(m[0].slice(0, -(m[1] as string).length));
    if (/^[ \t]*By\s/.test(m[0]) && !opensALine(state.view, sentence.start + m.index)) continue;
    let start = sentence.start + m.index + m[0].length - (m[1] as string).length;
    // "Author: A, B Time: ...": each name of the field's list, while the next is one.
    for (let name = m[1] as string; ; ) {
      const end = addBylinePerson(state, sentence, top, start, name, afterBy);
      if (end === undefined) break;
      added = true;
      const next = NEXT_NAME.exec(state.view.slice(end, sentence.end));
      if (!next) break;
      start = end + next[0].length - (next[1] as string).length;
      name = next[1] as string;
    }
  }
  if (added) top.sort((a, b) => a.evidence.start - b.evidence.start);
}

/** Another name of a byline's list after its first: ", B", " and B", " & B". */
const NEXT_NAME = new RegExp(String.raw`^\s*(?:,|and|&)\s*${NAME}`);

/** "By A" is a byline only where it opens a line, not a sentence ("... by B. By A, ..."). */
function opensALine(view: string, at: number): boolean {
  return view.slice(view.lastIndexOf("\n", at - 1) + 1, at).trim() === "";
}

/** Adds the byline person at `start` whose candidate words are `name`; its end, if added. */
function addBylinePerson(
  state: DocumentState,
  sentence: Sentence,
  top: Mention[],
  start: number,
  name: string,
  afterBy: boolean,
): number | undefined {
  const words = bylineName(name);
  if (!words || !isPersonName(state, words, afterBy)) return undefined;
  const end = start + words.length;
  // "ArticleSource:", "kathy66@mail.com": a label of the next field, an address.
  if (/^(?:[@\w.]|\s*[:\uFF1A])/.test(state.view.slice(end, end + 3))) return undefined;
  if (top.some((x) => x.evidence.start < end && start < x.evidence.end)) return end;
  top.push(state.newMention("Person", start, end, sentence, 0.6));
  return end;
}

/** The words of a byline's name up to the first that cannot be one, or undefined if none is left. */
function bylineName(candidate: string): string | undefined {
  if (/^[\u4E00-\u9FFF]/.test(candidate)) return candidate;
  let end = 0;
  for (const word of candidate.matchAll(/[^ \t]+/g)) {
    if (NOT_NAME_WORDS.test(word[0])) break;
    end = word.index + word[0].length;
  }
  return end >= 2 ? candidate.slice(0, end) : undefined;
}

/**
 * Whether a byline's name can be a person's: no field label, no desk or firm, capitalised after
 * "by" ("written by a reader" is no name), and a lone word the text does not repeat (a firm
 * signing its own release is named again in it).
 */
function isPersonName(state: DocumentState, name: string, afterBy: boolean): boolean {
  if (/^[\u4E00-\u9FFF]/.test(name)) return !CHINESE_FIELD.test(name);
  const words = name.split(/[ \t]+/);
  if (words.some((w) => BODY_WORDS.test(w))) return false;
  // "By A, Associate Editor": a post after the name is no second name.
  if (
    TITLE_WORDS.has((words[0] as string).toLowerCase()) ||
    POST_MODIFIERS.test(words[0] as string)
  )
    return false;
  if (afterBy && !/^[A-Z]/.test(name)) return false;
  if (words.length > 1) return true;
  const again = new RegExp(String.raw`\b${name}\b`, "gi");
  return (state.view.match(again)?.length ?? 0) < 2;
}

/**
 * "Source: Tarn Daily Date: ...", "(Source: Lake News)", "来源: 湖城日报": the label, then the source's
 * name up to the end of its field (a bar, a wide gap, the next label, a date, a bracket, a comma).
 */
const SOURCE_FIELD = new RegExp(
  String.raw`(?<!\b(?:image|photo|picture|figure|data)\s)\b(?:[Ss]ource|SOURCE|\u6765\u6E90)\s*[:\uFF1A]\s*([^\n|:\uFF1A,;()[\]\u3010\u3011]{2,60}?)(?=\s{2,}|\s*[|,;()[\]\u3010]|\s*$|\s+${PAGE_FIELD_LABEL}\b|\s*(?:19|20)\d{2}[-/.]\d)`,
  "g",
);
/** What a source field holds that is no body: "Original", "this site", an empty field's next label. */
const NOT_A_SOURCE =
  /^(?:original|internet|network|web|online|posted|published|all\s+media|this\s+(?:site|website|web)|the\s+(?:site|website)|admin|administrator|unknown|\u672C\u7AD9.*)$/i;

/** Adds a body for the name in a page's source field that no mention covers yet. */
export function findSourceBodies(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  const text = state.view.slice(sentence.start, sentence.end);
  let added = false;
  SOURCE_FIELD.lastIndex = 0;
  for (let m = SOURCE_FIELD.exec(text); m; m = SOURCE_FIELD.exec(text)) {
    const name = (m[1] as string).trim();
    if (!isSourceName(name)) continue;
    const start = sentence.start + m.index + m[0].indexOf(name);
    const end = start + name.length;
    // Nothing read over the label or the name ("/SOURCE : Lake Global" read as a heading).
    const labelStart = sentence.start + m.index;
    if (top.some((x) => x.evidence.start < end && labelStart < x.evidence.end)) continue;
    top.push(state.newMention("Organization", start, end, sentence, 0.6));
    added = true;
  }
  if (added) top.sort((a, b) => a.evidence.start - b.evidence.start);
}

/** A source's name: not a placeholder, with a capital, a domain's dot or Chinese characters. */
function isSourceName(name: string): boolean {
  if (NOT_A_SOURCE.test(name) || /^\d/.test(name)) return false;
  return /[A-Z\u4E00-\u9FFF]/.test(name) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(name);
}
