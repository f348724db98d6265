// "A at Lotus Temple, Kerala, India, won": places right after a body's name, a comma apart, are
// its address. Read as holders of the body's honor, they go.
import type { Conferral } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { isPlaceName } from "../lexicon.ts";
import { byHonor } from "./parts.ts";

const COMMA_ONLY = /^\s*,\s*$/;
const ADMINISTRATIVE_HEAD = /\s(?:Province|City|County|District|State|Region|Prefecture|SAR)$/;

/** "Kerala", "Hill City", "Hong Kong": a place an address names, not a site ("Mount Hua"). */
function isAddressPlace(name: string): boolean {
  return !/\s/.test(name) || isPlaceName(name.toLowerCase()) || ADMINISTRATIVE_HEAD.test(name);
}

/** Drops place holders that carry on, comma by comma, from a body holding the same honor. */
export function dropAddressHolders(state: DocumentState, found: Conferral[]): Conferral[] {
  if (found.length < 2) return found;
  const dropped = new Set<Conferral>();
  for (const group of byHonor(found).values()) {
    const holders = group
      .flatMap((c) => {
        const m = state.byId.get(c.recipient);
        return m ? [{ c, m }] : [];
      })
      .sort((a, b) => a.m.evidence.start - b.m.evidence.start);
    let afterBody = false;
    let lastEnd = -1;
    for (const { c, m } of holders) {
      const adjacent = lastEnd >= 0 && COMMA_ONLY.test(state.view.slice(lastEnd, m.evidence.start));
      if (m.kind === "Place" && afterBody && adjacent && isAddressPlace(m.name)) dropped.add(c);
      else afterBody = m.kind === "Organization";
      lastEnd = m.evidence.end;
    }
  }
  return found.filter((c) => !dropped.has(c));
}
