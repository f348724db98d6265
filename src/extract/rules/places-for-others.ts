// "Jinan's Pine Tech was named a Shandong Provincial Gazelle Enterprise", "Changzhou has 12 items on
// the state-level heritage list": a title for firms, people or things is not held by a city or a
// province, whatever read the place as its holder. Titles of places ("civilized city"), of
// groups in them and awards a city may win ("Scroll of Honour") keep their places.
import type { Conferral } from "../../types.ts";
import { titleHead } from "../honor-words.ts";
import type { DocumentState } from "../index.ts";

/** Heads of titles held by firms, people, works or units, never by a place. */
const HELD_BY_OTHERS = new Set([
  "enterprise",
  "company",
  "firm",
  "entrepreneur",
  "businessman",
  "businessmen",
  "businesswoman",
  "worker",
  "individual",
  "person",
  "scientist",
  "teacher",
  "expert",
  "scholar",
  "talent",
  "item",
  "product",
  "brand",
  "craftsman",
  "craftsmen",
  "hotel",
  "restaurant",
  "school",
  "university",
  "college",
  "hospital",
  "museum",
  "laboratory",
  "professor",
  "academician",
  "player",
  "athlete",
  "inheritor",
]);

/** Drops places that hold a title for firms, people or things. */
export function dropPlacesForOthersTitles(state: DocumentState, found: Conferral[]): Conferral[] {
  return found.filter((c) => {
    if (state.byId.get(c.recipient)?.kind !== "Place") return true;
    return !HELD_BY_OTHERS.has(titleHead(state.byId.get(c.honor)?.name ?? ""));
  });
}
