// Two predicates of one subject: "Pine University has ranked among the top ten for years, and
// has been honored with the Host Award"; "The museum opened in 1990 and was named a national
// first-class museum in 2008". The subject opens the sentence; the second verb has none of its own.
import { canReceive, emit, honorsAfter, SENTENCE_OPENER } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

// "A got X in 2006, became a national Y in 2010, and ...": a series of predicates, each after a
// comma; only "became a" stands there without "and" ("A has 8 units, won the X": the units
// won).
const SECOND_PREDICATE =
  /(?:(?:,\s*|\s+)and\s+(?:(?:has|have|had)\s+)?(?:also\s+|since\s+|later\s+){0,2}(?:(?:been|was|were|is|are)\s+(?:also\s+)?(?:honou?red\s+(?:with|as)|awarded(?:\s+with)?|granted|named|selected\s+as|rated\s+as|recogni[sz]ed\s+as|listed\s+as|identified\s+as|approved\s+as)|won|received|obtained|gained|earned|became)|,\s*(?:(?:later|then|also)\s+)?became(?=\s+(?:a|an|one\s+of\s+the)\s))\s+/gi;
const NAMED_AS =
  /\b(?:been|was|were|is|are)\s+(?:also\s+)?(?:named|selected\s+as|rated\s+as|recogni[sz]ed\s+as|listed\s+as|identified\s+as|approved\s+as|honou?red\s+as)\s+$/i;
const AGENT_BEFORE_TITLE = /^by\s+(?:the\s+)?\uE000(\d+)\uE001\s+(?=(?:the|a|an)\s)/;
// The subject: the first name of the sentence, then its own verb right after it.
const SUBJECT_FIRST =
  /^(?:[Tt]he\s+)?"?\uE000(\d+)\uE001"?\s+(?:has|have|had|is|was|were|are|got|won|became|took|grew|rose|[a-z]+ed|[a-z]+s)\b/;
// "For three years running, A has ...": a time phrase the shared openers leave out.
const FOR_OPENER = /^\s*For\s+[^,;:.\uE000]{1,60},\s*/;
// "The reporter learned from the Bureau that (as the only X in Y,) A was selected ..., and was
// awarded the Z": the clause a report opens with, and an "as" phrase before its subject.
const REPORTED_OPENER =
  /^(?:[^.;:]{0,80}?\s)?(?:learned|learnt|said|says|reported|announced|stated|noted|revealed)\s+(?:from\s+(?:[^,.;:\uE000]|\uE000\d+\uE001){1,80}?\s+)?that\s+(?:as\s+[^,;:]{1,80},\s*)?/i;

function sharedSubject(input: RuleInput) {
  const { skeleton } = input;
  const text = skeleton.text;
  const opener =
    (FOR_OPENER.exec(text) ?? REPORTED_OPENER.exec(text) ?? SENTENCE_OPENER.exec(text))?.[0]
      .length ?? 0;
  const subject = SUBJECT_FIRST.exec(text.slice(opener));
  if (!subject) return [];
  const holder = skeleton.mentionAt(Number(subject[1]));
  if (!holder || !canReceive(holder)) return [];
  const out = [];
  SECOND_PREDICATE.lastIndex = opener + subject[0].length;
  for (let m = SECOND_PREDICATE.exec(text); m; m = SECOND_PREDICATE.exec(text)) {
    // "A won X and B received Y": a name right before "and" is a subject of its own.
    // (An honor there ends the first predicate: "was rated X, and is also honored as Y".)
    // "The Bureau issued a notice that A and B meet the standards and are approved as X": the
    // second verb is the clause's, whose subject is not the sentence's.
    if (/\bthat\s/i.test(text.slice(opener + subject[0].length, m.index))) continue;
    const before = /\uE000(\d+)\uE001"?\s*$/.exec(text.slice(0, m.index));
    if (before && skeleton.mentionAt(Number(before[1]))?.kind !== "Honor") continue;
    // "... and won the A, B and C": each honor of the list.
    // "and has been named by the Bureau the X": the agent before the title is its issuer.
    const agent = NAMED_AS.test(m[0])
      ? AGENT_BEFORE_TITLE.exec(text.slice(m.index + m[0].length))
      : null;
    const issuer = agent ? skeleton.mentionAt(Number(agent[1])) : undefined;
    const objects = honorsAfter(input, m.index + m[0].length + (agent?.[0].length ?? 0));
    // "and has been named the Model Middle School of X": after a verb of naming, a title shaped
    // like a body's name is the honor.
    const titled = (o: (typeof objects)[number]) =>
      o.honor.kind === "Honor" || (NAMED_AS.test(m[0]) && o.honor.kind === "Organization");
    if (!objects[0] || !titled(objects[0])) continue;
    const honors = objects.filter(titled);
    const issuers = issuer?.kind === "Organization" ? [issuer] : [];
    out.push(...emit(input, [holder], honors, m[0], m.index, { issuers }));
  }
  return out;
}

export const sharedSubjectRule: ConferralRule = {
  name: "shared-subject",
  example:
    "Pine University has ranked among the top ten, and has been honored with the Host Award.",
  gate: /\band\s+(?:(?:has|have|had)\s+)?(?:also\s+|since\s+|later\s+){0,2}(?:(?:been|was|were|is|are)\s+|won\b|received\b|obtained\b|gained\b|earned\b|became\b)|,\s*(?:(?:later|then|also)\s+)?became\b/i,
  needsNames: true,
  find(input) {
    // The first predicate may have been read already; the second is this rule's.
    const found = new Set(input.found.map((c) => c.honor));
    return sharedSubject(input).filter((c) => !found.has(c.honor));
  },
};
