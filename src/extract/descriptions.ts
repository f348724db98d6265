// "Pingyao Film Festival opened on Friday. ... the festival closed with ...": a definite
// description made of a kind word alone ("the festival", "this project", "the province") is a
// mention of the last thing named before it whose name has that kind word for its head. Read after
// the conferral rules, so no rule takes it for a name.
import type { Mention } from "../types.ts";
import type { DocumentState } from "./index.ts";
import { CITIES, PROVINCES, singular } from "./lexicon.ts";
import { bySentence, lastStartingBefore, matchesBesideNames, referenceTo } from "./references.ts";

// The kind words a description may be made of: kinds of bodies, places, events, plans and works.
const KIND_NOUNS = [
  "university college school academy institute institution laboratory lab hospital museum library",
  "center centre station observatory company firm group enterprise bank airline airport port",
  "hotel restaurant factory plant association federation society union committee commission",
  "council bureau ministry administration department office government foundation fund",
  "organization organisation team network alliance province city county district town township",
  "village region prefecture park garden zone reserve geopark site festival exhibition expo fair",
  "conference forum summit competition contest ceremony gala campaign project programme program",
  "plan initiative film movie novel book game series documentary bridge tunnel dam event picture",
]
  .join(" ")
  .split(" ");
// What a work or an event is called when its name does not say: "the film", "the event".
const WORK_WORDS = ["film", "movie", "novel", "book", "game", "series", "documentary", "picture"];
const KIND = KIND_NOUNS.join("|");
// "the province's", "this project": not "the province of X", "the project team", "the city-level".
const DESCRIPTION = new RegExp(
  String.raw`\b(?:[Tt]he|[Tt]his)\s+(${KIND})\b(?!\s+(?:of|for)\b|-|\s+(?:${KIND}|system|sector|level|team|staff|members?|leaders?|work|industry|building|director|head)s?\b)`,
  "g",
);
const IS_KIND = new RegExp(`^(?:${KIND})$`);
const REFERRING_KINDS = new Set(["Organization", "Place", "Event", "Program", "Work"]);
// "Pine Tech Co., Ltd.": what a firm's legal form makes it, for "the company".
const COMPANY_FORM = /\b(?:Co\.?,?\s*Ltd\.?|Company|Corporation|Corp\.|Inc\.|Limited|Ltd\.?)$/i;

/** A mention for each kind-word description that refers back to a name read before it. */
export function definiteDescriptions(state: DocumentState, kept: Mention[]): Mention[] {
  const byKind = namedByKind(kept);
  if (byKind.size === 0) return [];
  const names = bySentence(kept);
  const references: Mention[] = [];
  for (const { sentence, match, start, end } of matchesBesideNames(state, DESCRIPTION, names)) {
    const thing = lastBefore(byKind.get(singular(match[1] as string)), start);
    if (thing) references.push(referenceTo(state, thing, start, end, sentence));
  }
  return references;
}

/** The names read, by each kind word they have, in text order. */
function namedByKind(kept: Mention[]): Map<string, Mention[]> {
  const byKind = new Map<string, Mention[]>();
  const named = kept
    .filter((m) => REFERRING_KINDS.has(m.kind))
    .sort((a, b) => a.evidence.start - b.evidence.start);
  for (const mention of named) {
    for (const kind of new Set(kindWordsOf(mention))) {
      const list = byKind.get(kind);
      if (list) list.push(mention);
      else byKind.set(kind, [mention]);
    }
  }
  return byKind;
}

/** The last of `sorted` that ends before `position`. */
function lastBefore(sorted: Mention[] | undefined, position: number): Mention | undefined {
  if (!sorted) return undefined;
  for (let i = lastStartingBefore(sorted, position); i >= 0; i--) {
    const mention = sorted[i] as Mention;
    if (mention.evidence.end <= position) return mention;
  }
  return undefined;
}

/**
 * The kind words a name has for its head: its last word ("Tarn Province"), the word before its
 * "of" ("University of Tarn"), "company" for a firm's legal form, "province" or "city" for a
 * place the gazetteer knows, "event" for any event and "film", "book" and the like for any work.
 */
export function kindWordsOf(mention: Mention): string[] {
  const { name } = mention;
  const words: string[] = [];
  const head = name.split(/\s+of\s+/i)[0] ?? name;
  for (const part of [name, head]) {
    const last = /([A-Za-z]+)\W*$/.exec(part)?.[1];
    const word = last ? singular(last) : "";
    if (IS_KIND.test(word)) words.push(word);
  }
  if (COMPANY_FORM.test(name)) words.push("company");
  const lower = name.toLowerCase();
  if (mention.kind === "Place" && PROVINCES.has(lower)) words.push("province");
  if (mention.kind === "Place" && CITIES.has(lower)) words.push("city");
  if (mention.kind === "Event") words.push("event");
  if (mention.kind === "Work") words.push(...WORK_WORDS);
  return words;
}
