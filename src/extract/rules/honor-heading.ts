// A line that opens with an honor and a colon, then its holders: "National civilized units: A, B
// and C."; "Best Actor: Hu Ge (The Long Road)"; "The following units won the title of X: A, B and
// C." The honor is the heading, the names after the colon hold it.
import { readHonorObject } from "../relations.ts";
import { startsItsLine } from "./numbered-list.ts";
import { emit, listAfter, mentionsIn } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const COLON = /^\s*:\s*/;
/** "\u2022 Best Actor:": a bullet or dash before the heading is no part of the honor. */
const BULLET = /^\s*[\u2022\u00B7\u25CF\u25AA*\u2013\u2014-]\s*/;
/** A heading that is one name ("Dapu County:") is none unless the name is an honor's. */
const ONE_NAME = /^\s*(?:the\s+)?"?\uE000\d+\uE001"?\s*$/;
/**
 * A heading that names a role ("Unit in charge:", "Sponsors:") or what the text under it is
 * ("Longshan Introduction:", "City profile:") is none.
 */
const NOT_A_HEADING =
  /\b(?:in\s+charge|organi[sz]ers?|sponsors?|hosts?|supervis\w*|contacts?|address|sources?|editors?|authors?|reporters?|photos?|introductions?|overview|profiles?|history|summary|background|brief|location|description)\b/i;

/** "The following units won the title of": a verb of winning after words that name no one. */
const UNNAMED_WINNERS =
  /^[^\uE000:]{0,60}?\b(?:(?:have|has)\s+)?(?:won|received|obtained|gained|(?:was|were)\s+awarded)\s+/i;

export const honorHeading: ConferralRule = {
  name: "honor-heading",
  example: "National civilized units: Pine County Procuratorate, the Lake Taxation Bureau.",
  gate: /^[^:\n]{3,80}:\s*(?:the\s+)?"?\uE000/,
  needsNames: true,
  find(input) {
    const { state, context, skeleton, found } = input;
    if (found.length > 0 || !startsItsLine(state.view, context.sentence.start)) return [];
    // A line a list of winners read already, from the sentence that opened the list.
    const index = context.sentence.index;
    if (state.conferrals.some((c) => c.evidence[0]?.sentenceIndex === index)) return [];
    const winners = UNNAMED_WINNERS.exec(skeleton.text);
    const from = winners?.[0].length ?? BULLET.exec(skeleton.text)?.[0].length ?? 0;
    const object = readHonorObject(state, context, skeleton, from);
    if (object?.honor.kind !== "Honor") return [];
    const colon = COLON.exec(skeleton.text.slice(object.end));
    const heading = skeleton.text.slice(from, object.end);
    if (!colon || NOT_A_HEADING.test(heading)) return [];
    if (ONE_NAME.test(heading) && mentionsIn(skeleton, heading)[0]?.kind !== "Honor") return [];
    const holders = listAfter(input, object.end + colon[0].length).filter(
      (h) => h.id !== object.honor.id && h.kind !== "Honor",
    );
    return emit(input, holders, [object], "", 0, { status: "conferred" });
  },
};
