// "selected as demonstration villages, such as A Village, B Township, C District, D Village": a
// title for one kind of place goes to places of that kind; the towns and districts between them
// say where each village is.
import type { Conferral } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { singular } from "../lexicon.ts";
import { byHonor, holderMentionIn } from "./parts.ts";

const PLACE_KINDS = new Set([
  "village",
  "town",
  "township",
  "county",
  "city",
  "district",
  "street",
  "subdistrict",
]);
/** Titles for the smallest places, which lists give with the larger places they lie in. Cities
 * and counties are left alone: a county-level city may hold a county's title and back. */
const SMALL_KINDS = new Set(["village", "town", "township"]);

/** The kind of place a name or title is headed by ("Hill Village", "model village of X"), if any. */
function placeKind(name: string): string | undefined {
  const head = name.trim().split(/\s+(?:of|for|in)\s+/i)[0] ?? "";
  const last = singular(head.split(/\s+/).pop() ?? "");
  return PLACE_KINDS.has(last) ? last : undefined;
}

/** "cities and counties", "Garden City (County)": a title for more than one kind of place. */
function namesTwoKinds(state: DocumentState, honor: { name: string; evidence: { end: number } }) {
  const words = honor.name
    .toLowerCase()
    .split(/[\s/()]+/)
    .map(singular);
  if (new Set(words.filter((w) => PLACE_KINDS.has(w))).size > 1) return true;
  const after = state.view.slice(honor.evidence.end, honor.evidence.end + 30);
  return /^\s*\(\s*(?:village|town|township|count|cit|district)/i.test(after);
}

/** Drops places of another kind from a title's holders when some holders are of its kind. */
export function keepHoldersOfTheTitlesKind(state: DocumentState, found: Conferral[]): Conferral[] {
  const dropped = new Set<Conferral>();
  for (const [honorId, group] of byHonor(found)) {
    const honor = state.byId.get(honorId);
    const kind = placeKind(honor?.name ?? "");
    if (!honor || !kind || !SMALL_KINDS.has(kind) || group.length < 2) continue;
    if (namesTwoKinds(state, honor)) continue;
    const kinds = group.map((c) => {
      const holder = state.byId.get(c.recipient);
      return holder?.kind === "Place" ? placeKind(holder.name) : undefined;
    });
    if (!kinds.includes(kind)) continue;
    group.forEach((c, i) => {
      const other = kinds[i];
      if (other !== undefined && other !== kind && !placedInAnother(state, c)) dropped.add(c);
    });
  }
  return found.filter((c) => !dropped.has(c));
}

/** "Hill City in Lake Prefecture": a holder said to lie somewhere is an item, not where one lies. */
function placedInAnother(state: DocumentState, conferral: Conferral): boolean {
  const mention = holderMentionIn(state, conferral);
  if (!mention) return false;
  return /^\s+in\s+(?:the\s+)?[A-Z]/.test(
    state.view.slice(mention.evidence.end, mention.evidence.end + 12),
  );
}
