// "A at Lotus Temple, Kerala, India, won": places right after a body's name, a comma apart, are
// its address. Read as holders of the body's honor, they go. So do places after a site, each
// larger than the one before: "the Pine Lake Scenic Area, Maple District, Chengdu".
import type { Conferral, Mention } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { CITIES, headKind, isPlaceName, PROVINCES } from "../lexicon.ts";
import { byHonor } from "./parts.ts";

const COMMA_ONLY = /^\s*,\s*$/;
const ADMINISTRATIVE_HEAD = /\s(?:Province|City|County|District|State|Region|Prefecture|SAR)$/;
// "the counties of A, B and C": every item is one of them, whatever the gazetteer says it is.
const KINDS_OF_PLACES =
  /\b(?:cities|counties|districts|towns|townships|villages|provinces|regions)\s+(?:of|such\s+as|including)\s+(?:the\s+)?$/i;

/** "Kerala", "Hill City", "Hong Kong": a place an address names, not a site ("Mount Hua"). */
function isAddressPlace(name: string): boolean {
  return !/\s/.test(name) || isPlaceName(name.toLowerCase()) || ADMINISTRATIVE_HEAD.test(name);
}

/**
 * How large a place its name says it is: a site 0, a town 1, a county 2, a city 3, a province 4;
 * undefined for a bare name the gazetteer does not know.
 */
function placeSize(name: string): number | undefined {
  // "Fuzhou in Fujian Province" is as large as Fuzhou.
  const lower = name.toLowerCase().replace(/\s+(?:in|of)\s[\s\S]*$/, "");
  // "Beichuan Qiang Autonomous County", "Tarn Tujia and Miao Autonomous Prefecture": an ethnic
  // autonomous area's name is long and still a county's, a prefecture's or a region's.
  const autonomous = /\bautonomous\s+(county|prefecture|region)$/.exec(lower)?.[1];
  if (autonomous) return autonomous === "county" ? 2 : autonomous === "prefecture" ? 3 : 4;
  // "China Donghai Crystal City" is a site, not a city: an administrative head ends a short name.
  if (lower.split(/\s+/).length > 3) return 0;
  if (/\b(?:province|autonomous\s+region)$/.test(lower) || PROVINCES.has(lower)) return 4;
  if (/\b(?:city|prefecture|municipality)$/.test(lower) || CITIES.has(lower)) return 3;
  if (/\b(?:district|county)$/.test(lower)) return 2;
  if (/\b(?:town|township)$/.test(lower)) return 1;
  return /\s/.test(lower) && headKind(name.split(/\s+/).pop() ?? "") ? 0 : undefined;
}

/**
 * A place after `previous`, a comma apart, that can only be where `previous` is: after a body, or
 * after a site or an address of one, a larger place; after any place, a province ("Cangnan
 * County, Pinghu City" are two holders, "Suzhou, Jiangsu Province" one).
 */
function isAddressOf(place: Mention, previous: Mention, previousIsAddress: boolean): boolean {
  if (previous.kind === "Organization") return isAddressPlace(place.name);
  if (previous.kind !== "Place") return false;
  const size = placeSize(place.name);
  const before = placeSize(previous.name);
  if (size === undefined || before === undefined || size < 2 || size <= before) return false;
  // A province after a smaller place is always where it is; a city after a county may be another.
  return size === 4 || before === 0 || previousIsAddress;
}

/** Drops place holders that carry on, comma by comma, from a body or site holding the same honor. */
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
    const first = holders[0]?.m.evidence.start ?? 0;
    const ofKinds = KINDS_OF_PLACES.test(state.view.slice(Math.max(0, first - 40), first));
    let owner: Mention | undefined;
    let ownerIsAddress = false;
    let lastEnd = -1;
    for (const { c, m } of holders) {
      const adjacent = lastEnd >= 0 && COMMA_ONLY.test(state.view.slice(lastEnd, m.evidence.start));
      const address: boolean =
        m.kind === "Place" &&
        owner !== undefined &&
        adjacent &&
        isAddressOf(m, owner, ownerIsAddress) &&
        !(ofKinds && owner.kind === "Place");
      if (address) dropped.add(c);
      // An address continues the chain: "..., Maple District, Chengdu".
      if (!(address && owner?.kind === "Organization")) {
        owner = m;
        ownerIsAddress = address;
      }
      lastEnd = m.evidence.end;
    }
  }
  return found.filter((c) => !dropped.has(c));
}
