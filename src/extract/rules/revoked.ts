// An honor taken away: "the Pine Hotel was stripped of its five-star rating"; "Lake Park had its
// 4A rating revoked"; "The five hotels that had their five-star ratings revoked are A, B and C";
// "the ministry revoked the titles that had been granted to A and B"; "decided to remove A from the
// X list".
import type { Conferral, Mention } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { type HonorObject, readHonorObject } from "../relations.ts";
import { emit, listAfter, listedUntil, recipientsBefore } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** The participles of taking an honor away. */
export const TAKEN = String.raw`(?:revoked|withdrawn|cancell?ed|removed|taken\s+away|rescinded)`;
// "X was stripped of its Y": the holder before, the honor after.
const STRIPPED_OF =
  /\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|been)\s+)?stripped\s+of\s+(?:its|their|his|her|the)\s+/gi;
// "X had its Y revoked", "X has had its Y revoked": the honor between the possessive and the
// participle.
const HAD_ITS = new RegExp(
  String.raw`\b(?:(?:has|have)\s+had|has|have|had)\s+(?:(?:also|now|recently)\s+)?(?:its|their|his|her)\s+(?=[^.;]{2,120}?\s+${TAKEN}\b)`,
  "gi",
);
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

/**
 * For every match of `pattern`: the honor right after it and the holders `holdersOf` finds for
 * that honor (none when the shape does not hold), each holder's honor taken away.
 */
function revocations(
  input: RuleInput,
  pattern: RegExp,
  holdersOf: (object: HonorObject, match: RegExpMatchArray) => Mention[] | undefined,
) {
  const out = [];
  for (const m of input.skeleton.text.matchAll(pattern)) {
    const at = m.index ?? 0;
    const object = honorAt(input, at + m[0].length);
    const holders = object && holdersOf(object, m);
    if (!object || !holders) continue;
    const kept = holders.filter((h) => h.kind !== "Honor" && h.id !== object.honor.id);
    out.push(...emit(input, kept, [object], m[0], at, { status: "revoked" }));
  }
  return out;
}

/** "X was stripped of its Y": the holders before the verb. */
function strippedOf(input: RuleInput) {
  return revocations(input, STRIPPED_OF, (_, m) => recipientsBefore(input, m.index ?? 0));
}

/** "X had its Y revoked", or "The N Xs that had their Y revoked are A, B": before, or listed after. */
function hadItsRevoked(input: RuleInput) {
  const text = input.skeleton.text;
  return revocations(input, HAD_ITS, (object, m) => {
    const listed = LISTED_AFTER.exec(text.slice(object.end));
    return listed
      ? listAfter(input, object.end + listed[0].length)
      : recipientsBefore(input, m.index ?? 0);
  });
}

/** "revoked the Y that had been awarded to A and B": the holders after "to". */
function revokedFromList(input: RuleInput) {
  const text = input.skeleton.text;
  return revocations(input, AWARDED_TO_LIST, (object) => {
    const to = TO_HOLDERS.exec(text.slice(object.end));
    return to ? listAfter(input, object.end + to[0].length) : undefined;
  });
}

// "decided to remove A and B from the national model cities list": the holders between the verb
// and "from", the honor after it.
const REMOVED_FROM =
  /\b(?:remove[sd]?|removing|delete[sd]?|deleting|struck|dropped)\s+(?=(?:the\s+)?\uE000)((?:[^.;:\uE000]|\uE000\d+\uE001){1,200}?)\s+from\s+(?:the\s+|its\s+|their\s+)?(?=\S)/gi;

/** "remove A from the X list": the holders named between the verb and "from". */
function removedFrom(input: RuleInput) {
  return revocations(input, REMOVED_FROM, (_, m) => {
    const between = m[1] as string;
    const from = (m.index ?? 0) + m[0].indexOf(between);
    return listedUntil(input, from, from + between.length);
  });
}

export const revoked: ConferralRule = {
  name: "revoked",
  example: "The Pine Hotel was stripped of its five-star rating.",
  gate: /\b(?:stripped\s+of|revoked|withdrawn|withdrew|cancell?ed|remove[sd]?|removing|delete[sd]?|deleting|struck|dropped|taken\s+away|rescinded)\b/i,
  needsNames: true,
  find(input) {
    return [
      ...strippedOf(input),
      ...hadItsRevoked(input),
      ...revokedFromList(input),
      ...removedFrom(input),
    ];
  },
};

/** Holders named after their honor was said to be taken ("The nine companies are A and B") lose it. */
export function revokedFromContext(state: DocumentState, found: Conferral[]): Conferral[] {
  if (state.revokedHonors.size === 0) return found;
  for (const c of found) if (state.revokedHonors.has(c.honor)) c.status = "revoked";
  return found;
}
