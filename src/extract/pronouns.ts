// "Lin Ke teaches at Pine College. She won the Lake Prize in 2019.": a person pronoun is a mention
// of the person the text named last before it, so that what is said of "she" is one click from
// the person. Read after the conferral rules, so no rule sees these mentions as names.
import type { Mention } from "../types.ts";
import { type DocumentState, rootOf } from "./index.ts";

// "He Zhengrong", "Her Story": a capitalised word after it makes the word part of a name.
const PERSON_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b(?!\s+\p{Lu})/gu;
/** How many sentences back the person may be named. */
const REACH = 3;

/** A mention for each person pronoun whose person the text has named within reach before it. */
export function personPronouns(state: DocumentState, kept: Mention[]): Mention[] {
  const people = kept
    .filter((m) => m.kind === "Person")
    .sort((a, b) => a.evidence.start - b.evidence.start);
  if (people.length === 0) return [];
  const taken = kept.map((m) => m.evidence).sort((a, b) => a.start - b.start);
  const references: Mention[] = [];
  for (const sentence of state.sentences) {
    if (sentence.headline) continue;
    const text = state.view.slice(sentence.start, sentence.end);
    PERSON_PRONOUN.lastIndex = 0;
    for (let m = PERSON_PRONOUN.exec(text); m; m = PERSON_PRONOUN.exec(text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (taken.some((e) => e.start < end && start < e.end)) continue;
      const person = lastPersonBefore(people, start, sentence.index - REACH);
      if (!person) continue;
      const root = rootOf(state, person);
      const reference = state.newMention("Person", start, end, sentence, 0.6);
      reference.name = root.name;
      reference.antecedent = root.id;
      references.push(reference);
    }
  }
  return references;
}

/** The last person named before `position`, in a sentence no earlier than `fromSentence`. */
function lastPersonBefore(
  people: Mention[],
  position: number,
  fromSentence: number,
): Mention | undefined {
  let last: Mention | undefined;
  for (const person of people) {
    if (person.evidence.end > position) break;
    last = person;
  }
  return last && last.evidence.sentenceIndex >= fromSentence ? last : undefined;
}
