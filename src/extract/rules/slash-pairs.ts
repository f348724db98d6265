// "Skaters Shen Mei/Zhao Bo won the Lake Pair award again", "Divers Wu Min/Shi Ting won": a pair
// of people written with a slash holds the honor together. The rules read the name right before
// the verb; the partner before the slash holds it too.
import type { Conferral, Mention } from "../../types.ts";
import { type DocumentState, rootOf } from "../index.ts";
import { mentionNumber } from "../relations.ts";
import { holderMentionIn } from "./parts.ts";

/** Only a slash, maybe spaced, between the partners. */
const SLASH = /^\s?\/\s?$/;

/** The person whose name ends right before `person` with a slash between them. */
function partnerBefore(state: DocumentState, person: Mention): Mention | undefined {
  return state.mentions.find(
    (m) =>
      m.kind === "Person" &&
      m.evidence.sentenceIndex === person.evidence.sentenceIndex &&
      m.evidence.end <= person.evidence.start &&
      SLASH.test(state.view.slice(m.evidence.end, person.evidence.start)),
  );
}

/** Adds, for each person holder written after a slash, the same conferral for the partner. */
export function slashPairs(state: DocumentState, found: Conferral[]): Conferral[] {
  const sentence = found[0]?.evidence[0]?.sentence;
  if (!sentence || !state.view.slice(sentence.start, sentence.end).includes("/")) return found;
  const out = [...found];
  for (const conferral of found) {
    const holder = holderMentionIn(state, conferral);
    if (holder?.kind !== "Person") continue;
    const partner = partnerBefore(state, holder);
    if (!partner) continue;
    const id = rootOf(state, partner).id;
    if (out.some((c) => c.recipient === id && c.honor === conferral.honor)) continue;
    out.push({
      ...conferral,
      id: `${conferral.id}-m${mentionNumber(partner.id)}`,
      recipient: id,
    });
  }
  return out;
}
