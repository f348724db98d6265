// "Three Hill Villages Listed as X", "Four Mainland-based Enterprises Selected as Y": a count
// before a plural kind of body says how many, not who. Read as one holder, it goes.
import type { Conferral } from "../../types.ts";
import type { DocumentState } from "../index.ts";

const PLURAL_KIND =
  /\b(?:villages|towns|cities|counties|districts|enterprises|companies|firms|universities|colleges|schools|museums|units|hospitals|parks|bases|teams|projects|institutions|institutes|brands|products|sites|attractions|scenic\s+(?:spots|areas))$/i;
const COUNT_BEFORE =
  /(?:^|\s)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|several|many)\s+$/i;

/** Drops conferrals whose holder is a counted plural ("Three Hill Villages"). */
export function dropCountedHolders(state: DocumentState, found: Conferral[]): Conferral[] {
  return found.filter((c) => {
    const holder = state.byId.get(c.recipient);
    if (!holder || !PLURAL_KIND.test(holder.name)) return true;
    const before = state.view.slice(Math.max(0, holder.evidence.start - 20), holder.evidence.start);
    return !COUNT_BEFORE.test(before);
  });
}
