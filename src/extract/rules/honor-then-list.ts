// The honor first, then its holders: "named 40 provincial heritage bases, including A and B";
// "200 were rated as National Second Level Museums, among them four from the city – A, B and C"; "four key enterprises, namely A, B and C"; "entered the list: A, B";
// "the city has eight innovative enterprises, namely A and B"; "is home to 12 national X, including A".

import type { Mention } from "../../types.ts";
import { DESCRIBES_MANY } from "../honor-words.ts";
import { cohortSize, type HonorObject, readHonorObject } from "../relations.ts";
import { alreadyFound, emit, listAfter, recipientsBefore, skipPreposition } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const TRIGGER =
  /\b(?:(?:has|have|boasts|(?<=\b(?:is|are|was|were)\s+(?:(?:already|now|also)\s+)?)home\s+to)(?=\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+total\s+of|more\s+than)\b)|designated|named|(?<=\b(?:been|was|were|is|are)\s+)(?:inscribed|included)|(?<=\b(?:are|were)\s+)on(?=\s+the\s+list\b)|classified|approved|proposed|recommended|identified|recogni[sz]ed|selected|listed|entered|announced|released|published|issued|unveiled|granted|awarded|honou?red|determined|confirmed|rated|commended|(?<=\b(?:and|has|have|had)\s+)become|(?<=\bto\s+)(?:name|designate|identify|select|recogni[sz]e|approve|award|rate|commend|confirm))\s+(?:(?:a\s+total\s+of|more\s+than|over|nearly|about)\s+)?(?:(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:as\s+|asthe\s+)?/gi;
// Between the honor and the list: "including", "namely", "such as", a colon or a dash, maybe
// after a share of the list ("including five from the province –"), maybe after the agent or the
// time ("named X by the Ministry this year: A, B").
const OPENER =
  /^\s*(?:\([^()]{0,80}\)\s*)?(?:\s*(?:by\s+(?:the\s+)?\uE000\d+\uE001|(?:this|last)\s+year|in\s+(?:19|20)\d{2}))*,?\s*(?:(?:including|such\s+as|among\s+them|among\s+which|(?:which|that)\s+include[sd]?|which\s+are)(?:\s*:\s*|\s+(?:[^,:;\u2013\u2014]{0,60}?\s*(?:[:\u2013\u2014]|-\s|,\s*namely)\s*)?)|namely\s*,?\s*|[:\u2013\u2014]\s*|list\s*[:\u2013\u2014]\s*|ranking\s*[:\u2013\u2014]\s*)/i;

const ISSUED = /^(?:issued|unveiled)\b/i;

/** "has 14 X", "is home to 14 X": the holders' own count, no giver and no cohort named. */
const HOLDS_A_COUNT = /^(?:has|have|boasts|home)\b/i;
const ISSUED_LIST = /^(?:the|a|its)\s+(?:[\w-]+\s+){0,2}?(?:batch|list|round)\s+of\b/i;

/** "The bureau proposed 24 units as X, including A": the list is put forward, not yet named. */
const PROPOSAL = /^(?:proposed|recommended)\b/i;

/** The organizations that name, in the active voice: "The Bureau named 40 bases, including A". */
function subjectOf(input: RuleInput, m: RegExpExecArray): Mention[] {
  if (HOLDS_A_COUNT.test(m[0])) return [];
  const before = input.skeleton.text.slice(Math.max(0, m.index - 30), m.index);
  if (/\b(?:was|were|is|are|been|be)\s+(?:[a-z]+\s+)?$/i.test(before)) return [];
  return recipientsBefore(input, m.index).filter((r) => r.kind === "Organization");
}

const LIST_AHEAD =
  /\b(?:including|namely|such\s+as|among\s+(?:them|which)|which\s+(?:include[sd]?|are)|that\s+include[sd]?)\b|[:\u2013\u2014]|\s-\s/i;

/** "named 69 units, including A and B, as X": the honor after the list, not the counted noun. */
function honorAfterList(input: RuleInput, recipients: Mention[]): HonorObject | undefined {
  const { state, context, skeleton } = input;
  const last = recipients[recipients.length - 1];
  if (!last) return undefined;
  const placeholder = `\uE000${skeleton.indexOf(last)}\uE001`;
  const end = skeleton.text.indexOf(placeholder) + placeholder.length;
  const as = /^\s*,?\s*as\s+/i.exec(skeleton.text.slice(end));
  if (!as) return undefined;
  const object = readHonorObject(state, context, skeleton, end + as[0].length);
  return object?.honor.kind === "Honor" ? object : undefined;
}

export const honorThenList: ConferralRule = {
  name: "honor-then-list",
  example: "The bureau named 30 ecological model villages, including Maple Village and Pine Town.",
  gate: /\b(?:including|namely|such\s+as|among\s+(?:them|which)|which\s+(?:include[sd]?|are)|that\s+include[sd]?)\b|[:\u2013\u2014]|\s-\s/i,
  find(input) {
    const { state, context, skeleton } = input;
    const text = skeleton.text;
    const out = [];
    TRIGGER.lastIndex = 0;
    for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
      // No list opener after the verb: nothing to read (decided before reading any honor).
      if (!LIST_AHEAD.test(text.slice(m.index + m[0].length))) break;
      // "named 30 units as X, including A": the cohort's noun comes before the honor.
      const cohortNoun = /^(?:[a-z-]+\s+){1,3}?as\s+/i.exec(text.slice(m.index + m[0].length));
      const at = skipPreposition(text, m.index + m[0].length + (cohortNoun?.[0].length ?? 0));
      const object = readHonorObject(state, context, skeleton, at);
      if (!object || object.honor.kind === "Person" || object.honor.kind === "Place") continue;
      // "issued the first batch of X, including A": after these verbs only a batch or a list of an
      // honor opens a list of holders ("issued a notice on X, including A" names none).
      if (ISSUED.test(m[0]) && !(object.honor.kind === "Honor" && ISSUED_LIST.test(text.slice(at))))
        continue;
      const opener = OPENER.exec(text.slice(object.end));
      if (!opener) continue;
      const recipients = listAfter(input, object.end + opener[0].length).filter(
        (r) => !alreadyFound(input, r),
      );
      const named = honorAfterList(input, recipients) ?? object;
      // "our city has 3 enterprises, namely A": a bare kind counted names no honor.
      if (DESCRIBES_MANY.test(named.honor.name)) continue;
      const size = m[1] === undefined || HOLDS_A_COUNT.test(m[0]) ? undefined : cohortSize(m[1]);
      const proposal = PROPOSAL.test(m[0]);
      out.push(
        ...emit(input, recipients, [named], m[0], m.index, {
          issuers: subjectOf(input, m),
          ...(size ? { cohortSize: size } : {}),
          ...(proposal ? { status: "proposed" as const } : {}),
        }),
      );
      TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, object.end);
    }
    return out;
  },
};
