// An appositive that states an honor already held: "As a national second-class museum, the
// Lakeside Hall receives ..."; "As one of the first provincial green schools, Pine School ...".

import { emit, honorsAfter, listAfter } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const AS_A = /^\s*(?:[A-Z][a-z]+\s*,\s*)?As\s+(?:a|an|the|one\s+of\s+the)\s+/;
const SUBJECT_AFTER =
  /^\s*,\s*(?:the\s+)?(?:(?:Professor|Prof\.|Dr\.|Academician|Researcher|Mr\.|Ms\.)\s+)?"?\uE000(\d+)\uE001/;

export const asHolder: ConferralRule = {
  name: "as-holder",
  example: "As a national second-class museum, the Lakeside Hall receives many school groups.",
  gate: /^\s*(?:[A-Z][a-z]+\s*,\s*)?As\s+(?:a|an|the|one)\s/,
  find(input) {
    const { skeleton } = input;
    const opener = AS_A.exec(skeleton.text);
    if (!opener) return [];
    // "As a national X base, a national Y base and the Z, the park ...": each is held; the
    // list reader may run on into the subject, so the honors end where a subject follows.
    const objects = honorsAfter(input, opener[0].length - 1);
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
