// Holders introduced one by one after the sentence that gives their honor: each by its name on a
// line of its own, then a paragraph about it. "Six parks were added to the Pine Green List." then
// "Lake Hill Nature Reserve" / "Set up in 1980, the reserve protects ..." / "Cedar Valley Park" /
// "The park ...". The names are the holders.
import type { Conferral, Mention } from "../../types.ts";
import { statusOf } from "../relations.ts";
import { soleHonorOf } from "./context-honor.ts";
import { BULLETED, type Item, itemConferrals, linesAfter, type ViewLine } from "./numbered-list.ts";
import { canReceive } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** A paragraph about the holder: a line of this many words or more. */
const MIN_PROSE_WORDS = 10;
const MIN_PROFILES = 2;
/** Lines passed over between the sentence and the first profile (an intro, a sub-heading). */
const MAX_LEAD_LINES = 3;
/** "Selected year: 2008": a short line with a year, passed over between profiles. */
const YEAR_LINE = /^[^.!?]{0,30}\b(?:19|20)\d{2}\b[^.!?]{0,10}$/;
/** The sentence counts its holders or says they were chosen. */
const ANNOUNCES =
  /\bas\s+follows\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+){0,3}?[a-z]+s\b|\b(?:have|has|were|was)\s+been\s+(?:newly\s+)?(?:added|named|selected|listed|included|approved|recogni[sz]ed|awarded|rated|designated)\b/i;

function words(line: string): number {
  return line.trim().split(/\s+/).length;
}

/** A paragraph, not a long name: many words, several of them in lower case. */
function isProse(line: string): boolean {
  const all = line.trim().split(/\s+/);
  return all.length >= MIN_PROSE_WORDS && all.filter((w) => /^[a-z]/.test(w)).length >= 5;
}

/** The holder a line names when the line is nothing but one name (a bullet aside). */
function nameLine(input: RuleInput, line: ViewLine): Mention | undefined {
  const bullet = BULLETED.exec(line.text)?.[0].length ?? 0;
  const body = line.text.slice(bullet).replace(/[\s:;.]+$/, "");
  const start = line.start + bullet + (body.length - body.trimStart().length);
  const end = line.start + bullet + body.length;
  if (end <= start || words(body) > 12) return undefined;
  const mention = input.state.mentions.find(
    (m) => m.evidence.start === start && m.evidence.end === end,
  );
  return mention && canReceive(mention) && mention.kind !== "Place" ? mention : undefined;
}

/** An honor's words without years or an article: "2015 Pine Award" is the "Pine Award". */
function honorWords(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(?:19|20)\d{2}\b|^\s*the\s+/g, "")
    .trim();
}

/** A line before the profiles that names another honor heads them instead. */
function namesAnotherHonor(input: RuleInput, line: ViewLine, honor: Mention): boolean {
  const own = honorWords(honor.name);
  return input.state.mentions.some((m) => {
    if (m.kind !== "Honor" || m.evidence.start < line.start || m.evidence.end > line.end)
      return false;
    const words = honorWords(m.name);
    return !own.includes(words) && !words.includes(own);
  });
}

/** The profiles' name lines after `from`: each followed by a paragraph, two or more in a run. */
function profiledNames(input: RuleInput, from: number, honor: Mention): Item[] {
  const items: Item[] = [];
  let lead = 0;
  let paragraphs = 0;
  for (const line of linesAfter(input.state.view, from)) {
    if (line.text.trim() === "") continue;
    const named = nameLine(input, line);
    if (named && (items.length === 0 || paragraphs > 0)) {
      items.push({ start: named.evidence.start, end: named.evidence.end });
      paragraphs = 0;
    } else if (items.length > 0 && isProse(line.text)) paragraphs++;
    else if (items.length > 0 && paragraphs > 0 && YEAR_LINE.test(line.text.trim())) continue;
    else if (
      items.length === 0 &&
      ++lead <= MAX_LEAD_LINES &&
      !namesAnotherHonor(input, line, honor)
    )
      continue;
    else break;
  }
  // The last name must have its paragraph too.
  if (paragraphs === 0) items.pop();
  return items.length >= MIN_PROFILES ? items : [];
}

export const profileSections: ConferralRule = {
  name: "profile-sections",
  example:
    "Six parks were added to the Pine Green List. (then) Lake Hill Reserve (then) Set up in 1980, the reserve ...",
  find(input: RuleInput): Conferral[] {
    const { state, context, found } = input;
    const text = state.view.slice(context.sentence.start, context.sentence.end);
    if (!context.sentence.headline && !ANNOUNCES.test(text)) return [];
    // A sentence with holders of its own lists no profiles, but places ("areas from A and B",
    // read and let go later) leave its honor.
    if (found.some((c) => state.byId.get(c.recipient)?.kind !== "Place")) return [];
    const first = found[0];
    const honor =
      (first ? state.byId.get(first.honor) : undefined) ??
      soleHonorOf(state, context.sentence.index);
    if (!honor) return [];
    const items = profiledNames(input, context.sentence.end, honor);
    return itemConferrals(input, items, honor, statusOf(text, text), 0.7);
  },
};
