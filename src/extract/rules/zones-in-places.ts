// A designation set up in counted places, named after "including": "The council approved 12 more
// cities to set up pilot zones for rural logistics, including A, B and C"; "the demonstration
// zone will be set up in 9 counties including A and B". The designation is a lower-case phrase
// (pilot or demonstration zones or areas); where the sentence names it bare ("the pilot zone"),
// its full name is the one the text gave it before.
import type { Conferral } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import type { HonorObject } from "../relations.ts";
import type { Sentence } from "../segment.ts";
import { emit, listAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** "cross-border trade pilot zones", "pilot zone for rural logistics": modifiers, head, field. */
const DESIGNATION =
  /((?:[a-z][a-z-]*\s+){0,4})(?:pilot|demonstration)\s+(?:zones?|areas?)(?:\s+for\s+[a-z][a-z-]*(?:\s+(?!in\b|to\b|and\b|including\b)[a-z][a-z-]*){0,3})?/g;
/** Words before the head that are the sentence's, not the designation's. */
const NOT_MODIFIER = new Set([
  "the",
  "a",
  "an",
  "more",
  "new",
  "set",
  "setting",
  "up",
  "to",
  "of",
  "in",
  "and",
  "approved",
  "approves",
  "establish",
  "established",
  "build",
  "see",
  "its",
  "their",
  "as",
  "other",
  "national",
]);
const COUNTED_PLACES =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+|new\s+|other\s+)?(?:cities|counties|districts|regions|provinces|places|localities)(?:\s+and\s+(?:regions|districts|counties|cities))?\b/i;
const INCLUDING = /,?\s*including\s+/g;

interface Phrase {
  start: number;
  end: number;
  sentence: Sentence;
  /** Names more than its head: a modifier or a field. */
  full: boolean;
}

/** The designation phrases of a sentence, trimmed to their own words. */
function phrasesIn(state: DocumentState, sentence: Sentence): Phrase[] {
  const text = state.view.slice(sentence.start, sentence.end);
  const offset = sentence.start;
  const phrases: Phrase[] = [];
  DESIGNATION.lastIndex = 0;
  for (let m = DESIGNATION.exec(text); m; m = DESIGNATION.exec(text)) {
    const lead = m[1] as string;
    // The designation's own words are the run just before its head: "approved new [cross-border
    // trade] pilot zones".
    let own = lead.length;
    const words = [...lead.matchAll(/[a-z][a-z-]*/g)];
    for (let w = words.length - 1; w >= 0; w--) {
      const word = words[w] as RegExpMatchArray;
      if (NOT_MODIFIER.has(word[0]) || /ed$/.test(word[0])) break;
      own = word.index as number;
    }
    const full = own < lead.length || /\sfor\s/.test(m[0]);
    const start = offset + m.index + own;
    phrases.push({ start, end: offset + m.index + m[0].length, sentence, full });
  }
  return phrases;
}

/** The designation's fullest name: this one, or one the text gave before it. */
function fullestBefore(state: DocumentState, sentenceIndex: number, own: Phrase): Phrase {
  if (own.full) return own;
  for (let i = sentenceIndex - 1; i >= 0; i--) {
    const sentence = state.contexts[i]?.sentence;
    if (!sentence) continue;
    const found = phrasesIn(state, sentence).find((p) => p.full);
    if (found) return found;
  }
  return own;
}

export const zonesInPlaces: ConferralRule = {
  name: "zones-in-places",
  example:
    "The council approved 12 more cities to set up pilot zones for rural logistics, including A and B.",
  gate: /\b(?:pilot|demonstration)\s+(?:zones?|areas?)\b/i,
  needsNames: true,
  find(input: RuleInput): Conferral[] {
    const { state, context, skeleton } = input;
    const text = skeleton.text;
    const counted = COUNTED_PLACES.exec(text);
    if (!counted) return [];
    INCLUDING.lastIndex = counted.index;
    const including = INCLUDING.exec(text);
    if (!including) return [];
    const own = phrasesIn(state, context.sentence)[0];
    if (!own) return [];
    const places = listAfter(input, including.index + including[0].length).filter(
      (m) => m.kind === "Place",
    );
    if (places.length === 0) return [];
    const phrase = fullestBefore(state, context.sentence.index, own);
    const object: HonorObject = {
      honor: state.newMention("Honor", phrase.start, phrase.end, phrase.sentence, 0.7),
      end: including.index,
    };
    return emit(input, places, [object], counted[0], counted.index, { status: "conferred" });
  },
};
