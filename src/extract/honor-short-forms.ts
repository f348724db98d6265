// "The award was set up in 1990", "this prize is the highest honor", "received the honour at the
// gala": an honor named by its kind alone, after a named honor of that kind, is that honor.
// Read once the facts are read, as a pointer for linking; no conferral comes from it.
import type { Mention } from "../types.ts";
import type { DocumentState } from "./index.ts";

/** "the award", "This prize": a determiner and an honor's kind, no compound after it. */
const SHORT_FORM =
  /\b(the|this|The|This)\s+(award|prize|honou?r|medal)(?=\s*[,.;:!?)"\u201D]|\s+(?:is|was|has|had|will|would|can|could|recogni[sz]es|honou?rs|goes|went|came|allows|aims|includes|since|this|last|in|at|for|from|on|to|and|with|by|after|before|because|as)\b)/g;

/** The kinds of named honor each word can stand for. */
const NAMED_KIND: Record<string, RegExp> = {
  award: /\b(?:Awards?|Prizes?|Medals?)\b/,
  prize: /\bPrizes?\b/,
  medal: /\bMedals?\b/,
  honor: /./,
  honour: /./,
};

/** The honor short forms of the text, each pointing back to the last named honor of its kind. */
export function honorShortForms(state: DocumentState, kept: Mention[]): Mention[] {
  const named = kept
    .filter((m) => m.kind === "Honor" && /\p{Lu}/u.test(m.surface))
    .sort((a, b) => a.evidence.start - b.evidence.start);
  if (named.length === 0) return [];
  const taken = kept.map((m) => [m.evidence.start, m.evidence.end] as const);
  const found: Mention[] = [];
  for (const sentence of state.sentences) {
    const text = state.view.slice(sentence.start, sentence.end);
    SHORT_FORM.lastIndex = 0;
    for (let m = SHORT_FORM.exec(text); m; m = SHORT_FORM.exec(text)) {
      const [whole, determiner, kind] = m as unknown as [string, string, string];
      const end = sentence.start + m.index + whole.length;
      // "this award" keeps its determiner (it names no other honor); "the award" drops it.
      const start = /^this$/i.test(determiner) ? end - whole.length : end - kind.length;
      if (taken.some(([a, b]) => a < end && start < b)) continue;
      const antecedent = lastNamedBefore(named, start, NAMED_KIND[kind.toLowerCase()] as RegExp);
      if (!antecedent) continue;
      const mention = state.newMention("Honor", start, end, sentence, 0.6);
      mention.name = antecedent.name;
      mention.antecedent = antecedent.id;
      found.push(mention);
    }
  }
  return found;
}

function lastNamedBefore(named: Mention[], position: number, kind: RegExp): Mention | undefined {
  let last: Mention | undefined;
  for (const m of named) {
    if (m.evidence.end > position) break;
    if (kind.test(m.name)) last = m;
  }
  return last;
}
