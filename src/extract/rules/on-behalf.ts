// "Gao Lin accepted the Pine Prize on behalf of the Reedbank Hospital"; "the jury head took the
// medal on her behalf": who takes a prize for another does not hold it. On behalf
// of a body or a person named there, that one holds it; on "his", "her", "their" or "its" behalf,
// someone the sentence does not name, so the taker's conferral goes.
import type { Conferral, Mention } from "../../types.ts";
import { type DocumentState, rootOf } from "../index.ts";
import { mentionInSentenceOf } from "./parts.ts";

const ON_BEHALF =
  /^["\u201D]?\s*,?\s*on\s+(?:(his|her|their|its)\s+behalf\b|behalf\s+of\s+(?:the\s+)?)/i;
const HOLDER_KINDS = new Set(["Organization", "Person", "Work"]);

/** Gives each honor taken "on behalf of" someone to that one, or drops it when unnamed. */
export function holderOnWhoseBehalf(state: DocumentState, found: Conferral[]): Conferral[] {
  const sentence = found[0]?.evidence[0]?.sentence;
  if (!sentence || !/\bbehalf\b/i.test(state.view.slice(sentence.start, sentence.end)))
    return found;
  const out: Conferral[] = [];
  for (const conferral of found) {
    const taken = behalfAfterHonor(state, conferral);
    if (!taken) out.push(conferral);
    else if (taken.holder) out.push({ ...conferral, recipient: rootOf(state, taken.holder).id });
  }
  return out;
}

/** What follows the honor in the conferral's sentence: nothing, or "on behalf of" and whom. */
function behalfAfterHonor(
  state: DocumentState,
  conferral: Conferral,
): { holder?: Mention } | undefined {
  const honor = mentionInSentenceOf(state, conferral, conferral.honor);
  if (!honor) return undefined;
  const after = state.view.slice(honor.evidence.end, honor.evidence.sentence.end);
  const behalf = ON_BEHALF.exec(after);
  if (!behalf) return undefined;
  if (behalf[1]) return {};
  const at = honor.evidence.end + behalf[0].length;
  const holder = state.mentions.find(
    (m) =>
      m.evidence.start === at &&
      HOLDER_KINDS.has(m.kind) &&
      m.evidence.sentenceIndex === honor.evidence.sentenceIndex,
  );
  return holder ? { holder } : {};
}
