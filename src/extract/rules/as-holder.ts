// An appositive that states an honor already held: "As a national second-class museum, the
// Lakeside Hall receives ..."; "As one of the first provincial green schools, Pine School ...".

import { readHonorObject } from "../relations.ts";
import { emit, listAfter } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const AS_A = /^\s*(?:[A-Z][a-z]+\s*,\s*)?As\s+(?:a|an|the|one\s+of\s+the)\s+/;
const SUBJECT_AFTER =
  /^\s*,\s*(?:the\s+)?(?:(?:Professor|Prof\.|Dr\.|Academician|Researcher|Mr\.|Ms\.)\s+)?"?\uE000(\d+)\uE001/;

export const asHolder: ConferralRule = {
  name: "as-holder",
  example: "As a national second-class museum, the Lakeside Hall receives many school groups.",
  gate: /^\s*(?:[A-Z][a-z]+\s*,\s*)?As\s+(?:a|an|the|one)\s/,
  find(input) {
    const { state, context, skeleton } = input;
    const opener = AS_A.exec(skeleton.text);
    if (!opener) return [];
    const object = readHonorObject(state, context, skeleton, opener[0].length - 1);
    if (!object || object.honor.kind === "Person" || object.honor.kind === "Place") return [];
    const subject = SUBJECT_AFTER.exec(skeleton.text.slice(object.end));
    if (!subject) return [];
    const holder = skeleton.mentionAt(Number(subject[1]));
    if (!holder || !["Organization", "Place", "Person"].includes(holder.kind)) return [];
    const recipients = listAfter(input, object.end).filter((r) => r.id === holder.id);
    return emit(input, recipients, [object], opener[0], 0);
  },
};
