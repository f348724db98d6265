// "Medical teams aiding Hubei and Wuhan won the group awards"; "students attending Pine University
// won": the names after a participle that follows a plural noun are what the participle acts on.
// The unnamed teams hold the honor; read as holders, those names go.
import type { Conferral } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { holderAndTextBefore } from "./parts.ts";

// A list opener ("including", "such as") or a verb of the clause is no such participle.
const PARTICIPLE_AFTER_PLURAL =
  /\b[a-z]{3,}s\s+(?!(?:including|featuring|comprising|covering|involving|containing|during|according|following|notwithstanding|being|having)\b)[a-z]{3,}ing\s+(?:the\s+)?(?:[^,.;:!?]{0,80}?(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?))?$/;

/** Drops holders that stand as the objects of "teams aiding A and B". */
export function dropParticipleObjects(state: DocumentState, found: Conferral[]): Conferral[] {
  return found.filter((c) => {
    const holder = holderAndTextBefore(state, c, 120);
    return !holder || !PARTICIPLE_AFTER_PLURAL.test(holder.before);
  });
}
