// "Three chemists from Norland, Tarnvale and Qiaoling won the X"; "two engineers from A and B won":
// the people won, and the names after "from" say where they come from. Read as holders, they go.
import type { Conferral } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { holderAndTextBefore } from "./parts.ts";

const PEOPLE_FROM =
  /\b(?:scientists|researchers|engineers|scholars|students|experts|teams|people|athletes|players|teachers|doctors|nurses|workers|representatives|delegates|winners|laureates|professors|academicians|members|entrepreneurs|artists|writers|directors)\s+from\s+(?:the\s+)?(?:[^.;:!?]{0,100}?(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?))?$/i;

// "Five parks from Lakeland and Norvia were added to the X": things counted "from" places (but
// "Seven villages from Tarn, Azeke Village, ..." lists the villages). Only names stand between
// "from" and the holder ("museums from previous years, A and B" lists the museums).
const THINGS_FROM =
  /\b(areas|sites|parks|reserves|cities|towns|villages|projects|companies|enterprises|firms|universities|schools|museums|places|destinations|airports)\s+from\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+|\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?))*$/;

/** Drops holders that stand in a "N people from A, B and C" phrase. */
export function dropOriginHolders(state: DocumentState, found: Conferral[]): Conferral[] {
  // Most sentences say no "from": nothing to look up then.
  const sentence = found[0]?.evidence[0]?.sentence;
  if (!sentence || !/\bfrom\b/i.test(state.view.slice(sentence.start, sentence.end))) return found;
  return found.filter((c) => {
    const holder = holderAndTextBefore(state, c, 160);
    if (!holder) return true;
    if (PEOPLE_FROM.test(holder.before)) return false;
    const things = THINGS_FROM.exec(holder.before);
    return !things || isOneOf(holder.mention.name, things[1] as string);
  });
}

/** "Seven villages from China, Azeke Village, ...": a holder of the kind counted is one of them. */
function isOneOf(name: string, kind: string): boolean {
  const one = kind.toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
  return name.toLowerCase().endsWith(` ${one}`);
}
