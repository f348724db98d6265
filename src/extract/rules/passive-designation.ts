// "A, B and C were designated as provincial bases for heritage education";
// "A is raised to the second level of provincial museums"; "A was shortlisted for the 6th batch
// of ..."; "A was recently recognized as a demonstration school by provincial authorities".
// Lower-case honors, place recipients and list subjects are what the older patterns missed.

import { type HonorObject, perfectOrFuture } from "../relations.ts";
import { alreadyFound, emit, honorsAfter, recipientsBefore } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const ADVERB =
  "(?:also|officially|recently|successfully|newly|formally|jointly|again|all|finally|just|previously|respectively|further|first|once\\s+again|successively|gloriously)";
const AUX = `(?:was|were|is|are|${perfectOrFuture(ADVERB)}|been|be)`;
const VERB =
  "(?:designated|named|rewarded|entitled|recogni[sz]ed|selected|rated|listed|approved|identified|classified|promoted|shortlisted|included|awarded|honou?red|elected|picked|upgraded|accredited|certified|chosen|admitted|commended|granted|confirmed|evaluated|ranked|appraised|determined|inducted)";
// "designated in 2022 as X", "named last year as X": when, told between the verb and "as".
const WHEN_BEFORE_AS =
  "(?:in\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(?:19|20)\\d{2}|in\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:last|this)\\s+(?:year|month))";
// "is a recipient of the title of X", "was one of the winners of X", "are recipients of X", "is
// the 2019 winner of X", "are both laureates of X".
const RECIPIENT_OF =
  "(?:(?:a|the|one\\s+of\\s+the)\\s+(?:(?:first|latest|new|joint|youngest|only|inaugural|(?:19|20)\\d{2})\\s+)?|(?:both|all)\\s+)?(?:recipients?|winners?|laureates?|awardees?)\\s+of";
const PASSIVE = new RegExp(
  `(${AUX})\\s+(?:${ADVERB}\\s+){0,3}(?:[a-z]+ed\\s+and\\s+)?((?:planned|proposed|set|expected)\\s+to\\s+be\\s+)?(${VERB}|${RECIPIENT_OF})\\b(?:(?:\\s+${WHEN_BEFORE_AS})?\\s+(?:as|to\\s+be)\\b|\\s+(?:in(?:to)?|among|on)\\b)?`,
  "gi",
);

// An evaluation's grade is the honor of "rated as good": the grade words an assessment uses.
const RATING =
  /^\s*(?:of\s+)?"?(excellent|excellence|good|qualified|outstanding)"?(?=\s*[,.;]|\s+(?:and|in|by|for)\b|$)/i;

/** "The centers are rated as good": after an evaluation verb, a bare grade word is the honor. */
function ratingAfter(input: RuleInput, m: RegExpExecArray, position: number): HonorObject[] {
  if (!/\b(?:rated|evaluated|appraised|assessed|graded|ranked)\b/i.test(m[0])) return [];
  const grade = RATING.exec(input.skeleton.text.slice(position));
  if (!grade) return [];
  const offset = position + grade[0].indexOf(grade[1] as string);
  const start = input.skeleton.toView(offset, "start");
  const end = input.skeleton.toView(offset + (grade[1] as string).length, "end");
  const honor = input.state.newMention("Honor", start, end, input.context.sentence, 0.6);
  return [{ honor, end: offset + (grade[1] as string).length }];
}

export const passiveDesignation: ConferralRule = {
  name: "passive-designation",
  example: "The Hill Museum and the Lake School were designated as provincial science bases.",
  gate: new RegExp(`\\b(?:${VERB}|recipients?|winners?|laureates?)\\b`, "i"),
  needsNames: true,
  find(input) {
    const text = input.skeleton.text;
    const out = [];
    PASSIVE.lastIndex = 0;
    for (let m = PASSIVE.exec(text); m; m = PASSIVE.exec(text)) {
      const recipients = recipientsBefore(input, m.index).filter((r) => !alreadyFound(input, r));
      if (recipients.length === 0) continue;
      const objects = honorsAfter(input, m.index + m[0].length);
      if (objects.length === 0) objects.push(...ratingAfter(input, m, m.index + m[0].length));
      out.push(...emit(input, recipients, objects, m[0], m.index));
    }
    return out;
  },
};
