// "Lin Ke teaches at Pine College. She won the Lake Prize in 2019.": a person pronoun is a mention
// of the person it stands for, and "It" opening a sentence of the body, place or work a sentence
// just before opened with, so that what is said of "she" or "it" is one click from what it stands
// for. Read after the conferral rules, so no rule sees these mentions as names.
import type { Mention } from "../types.ts";
import type { DocumentState } from "./index.ts";
import {
  bySentence,
  lastStartingBefore,
  matchesBesideNames,
  overlapsName,
  referenceTo,
} from "./references.ts";

// "He Zhengrong", "Her Story": a capitalised word after it makes the word part of a name.
const PERSON_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b(?!\s+\p{Lu})/gu;
/** How many sentences back the person may be named. */
const REACH = 3;

/**
 * A mention for each person pronoun whose person the text has named within reach before it: the
 * person the sentence before opened with, for a pronoun that opens its own sentence ("Gu Hao was
 * born in Wuxi. He studied with Sun Li. He won ..."), else the person named last before it.
 */
export function personPronouns(state: DocumentState, kept: Mention[]): Mention[] {
  const people = kept
    .filter((m) => m.kind === "Person")
    .sort((a, b) => a.evidence.start - b.evidence.start);
  if (people.length === 0) return [];
  const names = bySentence(kept);
  const opening = openingNames(state, kept);
  const references: Mention[] = [];
  for (const { sentence, start, end } of matchesBesideNames(state, PERSON_PRONOUN, names)) {
    const text = state.view.slice(sentence.start, start);
    const opens = text.trim() === "";
    const before = opening[sentence.index - 1];
    const person =
      opens && before?.kind === "Person"
        ? before
        : lastPersonBefore(people, start, sentence.index - REACH);
    if (!person) continue;
    const reference = referenceTo(state, person, start, end, sentence);
    references.push(reference);
    if (opens) opening[sentence.index] = reference;
  }
  return references;
}

/** The last person named before `position`, in a sentence no earlier than `fromSentence`. */
function lastPersonBefore(
  people: Mention[],
  position: number,
  fromSentence: number,
): Mention | undefined {
  for (let i = lastStartingBefore(people, position); i >= 0; i--) {
    const person = people[i] as Mention;
    if (person.evidence.sentenceIndex < fromSentence) return undefined;
    if (person.evidence.end <= position) return person;
  }
  return undefined;
}

// "It is reported that", "it was decided to": "it" that stands for nothing.
const THING_PRONOUN = /^\s*It(?=\s+[a-z])/u;
const EMPTY_IT =
  /^\s+(?:is|was|has\s+been|will\s+be)\s+(?:(?:not|also|only|said|reported|understood|learned|learnt|expected|hoped|believed|known|announced|noted|worth|necessary|important|clear|possible|difficult|hard|easy|time|the\s+first\s+time)\b|[a-z]+\s+(?:that|to)\b)/;
const THING_KINDS = new Set(["Organization", "Place", "Work", "Event", "Program"]);

/**
 * A mention for each "It" that opens a sentence and stands for the body, place or work one of the
 * two sentences before opened with ("Meizhou lies in the east. It has five million people."). A
 * sentence that opens with a person, or with nothing named, ends the search; "it" inside a
 * sentence is left alone (too often the thing just named, or nothing).
 */
export function thingPronouns(state: DocumentState, kept: Mention[]): Mention[] {
  const opening = openingNames(state, kept);
  const names = bySentence(kept);
  const references: Mention[] = [];
  for (const sentence of state.sentences) {
    if (sentence.headline) continue;
    const text = state.view.slice(sentence.start, sentence.end);
    const m = THING_PRONOUN.exec(text);
    if (!m || EMPTY_IT.test(text.slice(m[0].length))) continue;
    const end = sentence.start + m[0].length;
    const start = end - 2;
    if (overlapsName(names, sentence.index, start, end)) continue;
    const thing = thingBefore(opening, state, sentence.index);
    if (thing) references.push(referenceTo(state, thing, start, end, sentence));
  }
  return references;
}

/** Each sentence's first name (undefined when it names nothing). */
function openingNames(state: DocumentState, kept: Mention[]): Array<Mention | undefined> {
  const first: Array<Mention | undefined> = new Array(state.sentences.length).fill(undefined);
  for (const mention of kept) {
    const i = mention.evidence.sentenceIndex;
    const current = first[i];
    if (!current || mention.evidence.start < current.evidence.start) first[i] = mention;
  }
  return first;
}

// A name that opens its sentence: "Meizhou", "The Lake Museum", "In 2019, Pine Group".
const OPENS_WITH_NAME = /^\s*(?:(?:the|The)\s+|(?:In|By|Since|Founded\s+in)\s+[^,]{1,30},\s*)?$/;

/** The name the nearest sentence before `index` that names something opens with, if a thing. */
function thingBefore(
  opening: Array<Mention | undefined>,
  state: DocumentState,
  index: number,
): Mention | undefined {
  for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
    const first = opening[i];
    const sentence = state.sentences[i];
    if (!sentence || sentence.headline) return undefined;
    if (!first) continue;
    const before = state.view.slice(sentence.start, first.evidence.start);
    // "BEIJING, May 3 (Xinhua) --": a dateline's place is no subject.
    const dateline = /^\p{Lu}{2,}(?:\s\p{Lu}{2,})*$/u.test(first.surface);
    if (!THING_KINDS.has(first.kind) || !OPENS_WITH_NAME.test(before) || dateline) return undefined;
    return first;
  }
  return undefined;
}
