// "The game took Best Supporting Performer (Mia Reed as Aerith)", "the film won Best Actress (Zhou
// Lan)": a person named in brackets right after a category holds it, not the work that won it.
import type { Conferral, Mention } from "../../types.ts";
import { type DocumentState, rootOf } from "../index.ts";
import { mentionInSentenceOf } from "./parts.ts";

/** A category a performer or maker holds: "Best Lead Performer", "Outstanding Director". */
const CATEGORY = /^(?:Best|Outstanding|Most)\s/;
const BRACKET_OPENS = /^\s*\(\s*$/;

/** The person a bracket right after `honor` opens with, if any. */
export function personBracketedAfter(state: DocumentState, honor: Mention): Mention | undefined {
  const after = honor.evidence.end;
  if (!/^\s*\(/.test(state.view.slice(after, after + 3))) return undefined;
  return state.mentions.find(
    (p) =>
      p.kind === "Person" &&
      p.evidence.sentenceIndex === honor.evidence.sentenceIndex &&
      p.evidence.start > after &&
      BRACKET_OPENS.test(state.view.slice(after, p.evidence.start)),
  );
}

/** Gives each category with a person in brackets after it to that person. */
export function performerInBrackets(state: DocumentState, found: Conferral[]): Conferral[] {
  // Finding a conferral's mentions scans the document's: only where a bracket could name one.
  const sentence = found[0]?.evidence[0]?.sentence;
  if (!sentence || !state.view.slice(sentence.start, sentence.end).includes("(")) return found;
  return found.map((conferral) => {
    const honor = mentionInSentenceOf(state, conferral, conferral.honor);
    if (!honor || !CATEGORY.test(honor.name)) return conferral;
    const person = personBracketedAfter(state, honor);
    return person ? { ...conferral, recipient: rootOf(state, person).id } : conferral;
  });
}
