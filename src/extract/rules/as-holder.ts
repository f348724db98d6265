// An appositive that states an honor already held: "As a national second-class museum, the
// Lakeside Hall receives ..."; "As one of the first provincial green schools, Pine School ...";
// "One of the first 24 national historical cities, Pine County was ..."; "Being a national
// civilized city, Pine City ...". A title read from lower case must open with its level: "As the
// oldest railway university", "As a platform for ..." describe, they confer nothing.

import { isFreeText } from "../relations.ts";
import { emit, honorsAfter, listAfter, RANK_WORD } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const AS_A =
  /^\s*(?:[A-Z][a-z]+\s*,\s*)?(?:(?:As|Being)\s+(?:a|an|the|one\s+of\s+the)|One\s+of\s+the(?:\s+(?:first\s+\d{1,3}|first|earliest|\d{1,3}))?)\s+/;
/** A lower-case title's opening: its level, or the country it is of. */
const OPENS_WITH_RANK = new RegExp(String.raw`^(?:(?:first|only)\s+)?${RANK_WORD}`, "i");
const SUBJECT_AFTER =
  /^\s*,\s*(?:the\s+)?(?:(?:Professor|Prof\.|Dr\.|Academician|Researcher|Mr\.|Ms\.)\s+)?"?\uE000(\d+)\uE001/;

export const asHolder: ConferralRule = {
  name: "as-holder",
  example: "As a national second-class museum, the Lakeside Hall receives many school groups.",
  gate: /^\s*(?:[A-Z][a-z]+\s*,\s*)?(?:(?:As|Being)\s+(?:a|an|the|one)\s|One\s+of\s)/,
  find(input) {
    const { skeleton } = input;
    const opener = AS_A.exec(skeleton.text);
    if (!opener) return [];
    // "As a national X base, a national Y base and the Z, the park ...": each is held; the
    // list reader may run on into the subject, so the honors end where a subject follows.
    const read = honorsAfter(input, opener[0].length - 1).filter(
      (o) => !isFreeText(o.honor) || OPENS_WITH_RANK.test(o.honor.name),
    );
    // "As the recipients of the X Award, Pine College, Reedbank School and ...": a body named
    // after the title is a holder, not one more title.
    const body = read.findIndex((o) => o.honor.kind !== "Honor");
    const objects = body < 0 ? read : read.slice(0, body);
    const count = objects.findIndex((o) => SUBJECT_AFTER.test(skeleton.text.slice(o.end))) + 1;
    const last = objects[count - 1];
    if (!last) return [];
    const subject = SUBJECT_AFTER.exec(skeleton.text.slice(last.end));
    const holder = subject ? skeleton.mentionAt(Number(subject[1])) : undefined;
    if (!holder || !["Organization", "Place", "Person"].includes(holder.kind)) return [];
    const recipients = listAfter(input, last.end).filter((r) => r.id === holder.id);
    return emit(input, recipients, objects.slice(0, count), opener[0], 0);
  },
};
