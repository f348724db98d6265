// An honor taken away: "the Pine Hotel was stripped of its five-star rating"; "Lake Park had its
// 4A rating revoked"; "The five hotels that had their five-star ratings revoked are A, B and C";
// "the government revoked honours that had been awarded to A and B".
import type { Mention } from "../../types.ts";
import { type HonorObject, readHonorObject } from "../relations.ts";
import { emit, listAfter, recipientsBefore } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const TAKEN = String.raw`(?:revoked|withdrawn|cancell?ed|removed|taken\s+away|rescinded)`;
// "X was stripped of its Y": the holder before, the honor after.
const STRIPPED_OF =
  /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|been)\s+)?stripped\s+of\s+(?:its|their|his|her|the)\s+/gi;
// "X had its Y revoked": the honor between the possessive and the participle.
const HAD_ITS =
  /\b(?:has|have|had)\s+(?:(?:also|now|recently)\s+)?(?:its|their|his|her)\s+(?=[^.;]{2,120}?\s+(?:revoked|withdrawn|cancell?ed|removed|taken\s+away|rescinded)\b)/gi;
// "The five hotels that had their Y revoked are A, B": the holders listed after the verb.
const LISTED_AFTER = new RegExp(
  String.raw`^\s*(?:${TAKEN})\s+(?:are|were|include|included|includes)\s*:?\s*`,
  "i",
);
// "revoked honours that had been awarded to A, B": the holders after "to".
const AWARDED_TO_LIST =
  /\b(?:revoked|withdrew|cancell?ed|rescinded)\s+(?:the\s+)?(?=[^.;]{2,80}?\s+(?:that|which)\s+(?:had|have|has)\s+been\s+(?:awarded|granted|given|conferred)\s+(?:to|on)\s+)/gi;
const TO_HOLDERS =
  /^\s+(?:that|which)\s+(?:had|have|has)\s+been\s+(?:awarded|granted|given|conferred)\s+(?:to|on)\s+/i;

function honorAt(input: RuleInput, position: number): HonorObject | undefined {
  const { state, context, skeleton } = input;
  const object = readHonorObject(state, context, skeleton, position);
  return object?.honor.kind === "Honor" ? object : undefined;
}

function revoke(
  input: RuleInput,
  holders: Mention[],
  object: HonorObject,
  verb: string,
  at: number,
) {
  const kept = holders.filter((h) => h.kind !== "Honor" && h.id !== object.honor.id);
  return emit(input, kept, [object], verb, at, { status: "revoked" });
}

function strippedOf(input: RuleInput) {
  const out = [];
  const text = input.skeleton.text;
  STRIPPED_OF.lastIndex = 0;
  for (let m = STRIPPED_OF.exec(text); m; m = STRIPPED_OF.exec(text)) {
    const object = honorAt(input, m.index + m[0].length);
    if (object) out.push(...revoke(input, recipientsBefore(input, m.index), object, m[0], m.index));
  }
  return out;
}

function hadItsRevoked(input: RuleInput) {
  const out = [];
  const text = input.skeleton.text;
  HAD_ITS.lastIndex = 0;
  for (let m = HAD_ITS.exec(text); m; m = HAD_ITS.exec(text)) {
    const object = honorAt(input, m.index + m[0].length);
    if (!object) continue;
    const listed = LISTED_AFTER.exec(text.slice(object.end));
    const holders = listed
      ? listAfter(input, object.end + listed[0].length)
      : recipientsBefore(input, m.index);
    out.push(...revoke(input, holders, object, "revoked", m.index));
  }
  return out;
}

function revokedFromList(input: RuleInput) {
  const out = [];
  const text = input.skeleton.text;
  AWARDED_TO_LIST.lastIndex = 0;
  for (let m = AWARDED_TO_LIST.exec(text); m; m = AWARDED_TO_LIST.exec(text)) {
    const object = honorAt(input, m.index + m[0].length);
    if (!object) continue;
    const to = TO_HOLDERS.exec(text.slice(object.end));
    if (!to) continue;
    const holders = listAfter(input, object.end + to[0].length);
    out.push(...revoke(input, holders, object, "revoked", m.index));
  }
  return out;
}

export const revoked: ConferralRule = {
  name: "revoked",
  example: "The Pine Hotel was stripped of its five-star rating.",
  gate: /\b(?:stripped\s+of|revoked|withdrawn|withdrew|cancell?ed|removed|taken\s+away|rescinded)\b/i,
  needsNames: true,
  find(input) {
    return [...strippedOf(input), ...hadItsRevoked(input), ...revokedFromList(input)];
  },
};
