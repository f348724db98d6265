// "Kong Lin (Pine University) and Deng Yan (Lake Institute) won the X": the body in brackets
// right after a person says where the person works; the person holds the honor, not the body.
import type { Conferral, Mention } from "../../types.ts";
import { type DocumentState, rootOf } from "../index.ts";
import { holderMentionIn } from "./parts.ts";

/** The text right before a body in brackets after a person's name: "Kong Lin (". */
const OPENS_AFTER_NAME = /\(\s*$/;

/** Whether `body` is bracketed right after a person who holds the same honor here. */
function affiliationOfAHolder(
  state: DocumentState,
  body: Mention,
  honor: string,
  holders: ReadonlySet<string>,
): boolean {
  const before = state.view.slice(Math.max(0, body.evidence.start - 3), body.evidence.start);
  if (!OPENS_AFTER_NAME.test(before)) return false;
  const open = state.view.lastIndexOf("(", body.evidence.start);
  const person = state.mentions.find(
    (m) =>
      m.kind === "Person" &&
      m.evidence.sentenceIndex === body.evidence.sentenceIndex &&
      /^\s*$/.test(state.view.slice(m.evidence.end, open)),
  );
  return person !== undefined && holders.has(`${rootOf(state, person).id} ${honor}`);
}

/** Drops bodies that only stand in brackets after a person holding the same honor. */
export function dropBracketedAffiliations(state: DocumentState, found: Conferral[]): Conferral[] {
  const sentence = found[0]?.evidence[0]?.sentence;
  if (!sentence || !state.view.slice(sentence.start, sentence.end).includes("(")) return found;
  const holders = new Set(found.map((c) => `${c.recipient} ${c.honor}`));
  return found.filter((c) => {
    const holder = holderMentionIn(state, c);
    if (holder?.kind !== "Organization") return true;
    return !affiliationOfAHolder(state, holder, c.honor, holders);
  });
}
