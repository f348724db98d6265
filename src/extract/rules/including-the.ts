// Holders of an honor named with it in a participle clause, often from earlier years: "Including
// the two provincial model schools named earlier, A and B, the county now counts five ...".

import { mentionsNamedIn, readHonorObject } from "../relations.ts";
import { canReceive, emit } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const OPENER =
  /^\s*(?:[A-Z][a-z]+\s*,\s*)?(?:Including|Counting)\s+(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+/;
/** After the honor: "from previous years", "named before", then the comma that opens the list. */
const BEFORE_LIST = /^(?:\s+(?:from|in|of|named|rated|awarded)\s+[^,\uE000]{1,40})?\s*,\s*/;
/** The list ends where the main clause starts: ", there are", ", the city", ", which". */
const LIST =
  /^((?:(?:the\s+)?"?\uE000\d+\uE001"?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*(?:the\s+)?"?\uE000\d+\uE001"?)\s*,/;

export const includingThe: ConferralRule = {
  name: "including-the",
  example:
    "Including the three second-class museums from previous years, A, B and C, there are now ten.",
  gate: /^\s*(?:[A-Z][a-z]+\s*,\s*)?(?:Including|Counting)\s/,
  find(input) {
    const { state, context, skeleton } = input;
    const text = skeleton.text;
    const opener = OPENER.exec(text);
    if (!opener) return [];
    const object = readHonorObject(state, context, skeleton, opener[0].length);
    if (!object || object.honor.kind === "Person" || object.honor.kind === "Place") return [];
    const gap = BEFORE_LIST.exec(text.slice(object.end));
    if (!gap) return [];
    const from = object.end + gap[0].length;
    const list = LIST.exec(text.slice(from));
    if (!list) return [];
    const recipients = mentionsNamedIn(skeleton, list[1] as string).filter(canReceive);
    return emit(input, recipients, [object], opener[0], 0);
  },
};
