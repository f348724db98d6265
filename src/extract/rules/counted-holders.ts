// "Three Hill Villages Listed as X", "Four Mainland-based Enterprises Selected as Y": a count
// before a plural kind of body says how many, not who; "Hill Villages" alone names a group. Read
// as one holder, it goes; a cohort (counted-cohort) is read as a group and stays.
import type { Conferral } from "../../types.ts";
import type { DocumentState } from "../index.ts";

const PLURAL_KIND =
  /\b(?:villages|towns|cities|counties|districts|enterprises|companies|firms|universities|colleges|schools|museums|units|hospitals|parks|bases|teams|projects|institutions|institutes|brands|products|sites|attractions|scenic\s+(?:spots|areas))$/i;
const COUNT_BEFORE =
  /(?:^|\s)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|several|many)\s+$/i;

// "Two Characteristic Villages", "One Historical Village": a list's sub-heading, count included.
const COUNTED_NAME =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[A-Za-z-]+\s+){0,3}(?:village|town|city|count(?:y|ie)|district|enterprise|compan(?:y|ie)|universit(?:y|ie)|college|school|museum|unit|hospital|park|base|team|project|institution|site|attraction)s?$/i;

// "Hill Villages Named X": one word of place before a plural kind is a group, not a holder.
const PLACE_PLURAL =
  /^[A-Z][a-z'-]+\s+(?:villages|towns|cities|counties|districts|enterprises|universities|schools|museums)$/i;

/** Drops conferrals whose holder is a counted plural ("Three Hill Villages"). */
export function dropCountedHolders(state: DocumentState, found: Conferral[]): Conferral[] {
  return found.filter((c) => {
    const holder = state.byId.get(c.recipient);
    if (holder?.kind === "Cohort") return true;
    if (holder && (COUNTED_NAME.test(holder.name) || PLACE_PLURAL.test(holder.name))) return false;
    if (!holder || !PLURAL_KIND.test(holder.name)) return true;
    const before = state.view.slice(Math.max(0, holder.evidence.start - 20), holder.evidence.start);
    return !COUNT_BEFORE.test(before);
  });
}
