// "Lantern islet in east China's Fujian Province was included on the list": a place written
// after "in [region] China's" is where a holder lies, never the holder, whatever read it so.
import type { Conferral } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { REGION } from "../lexicon.ts";

const IN_A_REGION_OF = new RegExp(
  String.raw`\bin\s+(?:the\s+)?(?:${REGION}\s+)?China(?:'s|\u2019s)\s+$`,
  "i",
);

/** Drops place holders that only say in which part of China another holder lies. */
export function dropRegionalPlaces(state: DocumentState, found: Conferral[]): Conferral[] {
  return found.filter((c) => {
    const holder = state.byId.get(c.recipient);
    if (holder?.kind !== "Place") return true;
    const start = holder.evidence.start;
    return !IN_A_REGION_OF.test(state.view.slice(Math.max(0, start - 40), start));
  });
}
