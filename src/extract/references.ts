// What the readers of mentions that refer back share (pronouns.ts, descriptions.ts): where the
// names read are, the last name before a place, and the new mention that points back.
import type { Evidence, Mention } from "../types.ts";
import { type DocumentState, rootOf } from "./index.ts";
import type { Sentence } from "./segment.ts";

/** Names read in each sentence, by sentence index, for overlap tests that stay local. */
export function bySentence(mentions: Mention[]): Map<number, Evidence[]> {
  const map = new Map<number, Evidence[]>();
  for (const m of mentions) {
    const list = map.get(m.evidence.sentenceIndex);
    if (list) list.push(m.evidence);
    else map.set(m.evidence.sentenceIndex, [m.evidence]);
  }
  return map;
}

/** Whether a name read in sentence `index` overlaps [start, end). */
export function overlapsName(
  names: Map<number, Evidence[]>,
  index: number,
  start: number,
  end: number,
): boolean {
  return (names.get(index) ?? []).some((e) => e.start < end && start < e.end);
}

/** The index of the last of `sorted` (by start) that starts before `position`, or -1. */
export function lastStartingBefore(sorted: Mention[], position: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as Mention).evidence.start < position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** A mention of [start, end) that refers to what `thing` names, by the name its chain ends at. */
export function referenceTo(
  state: DocumentState,
  thing: Mention,
  start: number,
  end: number,
  sentence: Sentence,
): Mention {
  const root = rootOf(state, thing);
  const reference = state.newMention(root.kind, start, end, sentence, 0.6);
  reference.name = root.name;
  reference.antecedent = root.id;
  return reference;
}

/** Each match of `pattern` (global) in the body's sentences that no name read overlaps. */
export function* matchesBesideNames(
  state: DocumentState,
  pattern: RegExp,
  names: Map<number, Evidence[]>,
): Generator<{ sentence: Sentence; match: RegExpExecArray; start: number; end: number }> {
  for (const sentence of state.sentences) {
    if (sentence.headline) continue;
    const text = state.view.slice(sentence.start, sentence.end);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = sentence.start + match.index;
      const end = start + match[0].length;
      if (!overlapsName(names, sentence.index, start, end)) yield { sentence, match, start, end };
    }
  }
}
