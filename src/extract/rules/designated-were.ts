// The holders last, after a reduced relative: "The four universities designated as demonstration
// bases were A, B, C and D"; "The schools selected as model schools include A and B".
import { readHonorObject } from "../relations.ts";
import { emit, listAfter } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const HEAD =
  /^\s*(?:Among\s+them\s*,\s*)?(?:the\s+)?(?:\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:[a-z-]+\s+){0,3}?(?:designated|named|selected|recogni[sz]ed|identified|approved|listed|chosen|rated)\s+(?:as\s+)?/i;
const LINK = /^\s*"?\s*(?:are|were|included|includes|include)\b\s*:?\s*/i;

export const designatedWere: ConferralRule = {
  name: "designated-were",
  example: "The three parks designated as national wetland parks were Reed Park and Heron Park.",
  gate: /\b(?:are|were|include[sd]?)\s*:?\s*(?:the\s+)?"?\uE000/i,
  needsNames: true,
  find(input) {
    const { state, context, skeleton } = input;
    const head = HEAD.exec(skeleton.text);
    if (!head) return [];
    const object = readHonorObject(state, context, skeleton, head[0].length);
    if (object?.honor.kind !== "Honor") return [];
    const link = LINK.exec(skeleton.text.slice(object.end));
    if (!link) return [];
    return emit(input, listAfter(input, object.end + link[0].length), [object], head[0], 0);
  },
};
