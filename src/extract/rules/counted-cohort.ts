// "Twenty schools were named provincial green campuses"; "A total of 40 weather stations in Hill
// Province were recognized as century-old stations"; "12 achievements of the college won the Lake
// Prize". A count of holders the text never names one by one is itself the recipient: a cohort,
// which keeps the words the text used and its size. A count before a list of names ("12 units,
// including A and B") is left to the list rules, which name each holder.
import type { Conferral, Mention } from "../../types.ts";
import { type DocumentState, honorKey } from "../index.ts";
import {
  ACTIVE_WIN,
  ADVERBS,
  AUX,
  cohortSize,
  NUMBER,
  PASSIVE_VERBS,
  UNIT_NOUNS,
} from "../relations.ts";
import { cohortMention, emit, honorsAfter } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

/** Where a counted subject may open: the sentence, a clause, or "among them,". */
const LEAD = String.raw`(?:^|(?:^|[,;:]\s*)(?:among\s+(?:them|which|whom)|of\s+(?:which|whom|them)|in\s+total|altogether|in\s+addition)\s*,?\s+|\bthat\s+|[,;:]\s+(?:and\s+|while\s+|whereas\s+)?)`;
// A word of the counted phrase: a word or a name already read ("33 [Hill] companies"), a name
// as a possessor too ("837 villages in [North China]'s Hill province").
const WORD = String.raw`(?:[A-Za-z'\u2019-]+|\uE000\d+\uE001(?:['\u2019]s)?)`;
// Years, ordinals and measures are not counts: "2019 projects", "the 3rd", "20 percent".
const COUNT = String.raw`(?!(?:19|20)\d{2}\b)${NUMBER}\b(?![\d,.]|\s*(?:%|percent|per\s+cent))`;
// Plurals a counted group is made of beyond the shared UNIT_NOUNS (kept apart so that the
// count-before-names pattern of relations.ts reads exactly what it read before).
const MORE_GROUP_NOUNS =
  "achievements|restaurants|outlets|nurses|doctors|physicians|professors|employees|designs|brands";
// "33 Hill companies", "ten outlets of the Hill Bank", "433 weather stations in China".
const COHORT = String.raw`((?:(?:a\s+total\s+of|another|altogether)\s+)?(${COUNT})\s+(?:${WORD}\s+){0,4}?(?:${UNIT_NOUNS}|${MORE_GROUP_NOUNS})(?:\s+(?:in|from|of|at|across)\s+(?:${WORD}\s+){0,5}?${WORD})?)`;
const VERB = String.raw`(?:(?:${AUX})\s+(?:${ADVERBS}\s+){0,2}(?:${PASSIVE_VERBS})(?:\s+(?:as|to\s+be|in(?:to)?|on(?:to)?|among|with)\b)?|(?:(?:have|has|had)\s+(?:${ADVERBS}\s+)?)?(?:${ADVERBS}\s+)?(?:${ACTIVE_WIN}))`;
const COUNTED_SUBJECT = new RegExp(String.raw`${LEAD}${COHORT}\s+(${VERB})\b`, "gi");

// "So far, a total of 86 units have been named X": a running total, not this story's conferral.
const RUNNING_TOTAL =
  /\b(?:so\s+far|to\s+date|up\s+to\s+now|until\s+now|as\s+of\s+(?:now|today))\b/i;
// "Eleven cities won X, namely A, B and C": the list names the holders.
const NAMES_FOLLOW = /,\s*(?:namely|including|such\s+as|i\.\s?e\.|that\s+is)\b|:\s*$/i;
// Fewer than ten are nearly always named in the story ("Two scientists won X: A and B").
const MIN_COHORT = 10;
// "Among them, seven companies were rated as X": a share of a whole just counted, named no further.
const SHARE_OF_A_WHOLE =
  /^(?:[,;:]\s*)?(?:among\s+(?:them|which|whom)|of\s+(?:which|whom|them))\b/i;

export const countedCohort: ConferralRule = {
  name: "counted-cohort",
  example: "Twenty schools in the county were rated as provincial green campuses.",
  gate: new RegExp(String.raw`\b${NUMBER}\b`, "i"),
  find(input) {
    const text = input.skeleton.text;
    if (RUNNING_TOTAL.test(text)) return [];
    const out = [];
    COUNTED_SUBJECT.lastIndex = 0;
    for (let m = COUNTED_SUBJECT.exec(text); m; m = COUNTED_SUBJECT.exec(text)) {
      const words = m[1] as string;
      const start = m.index + m[0].indexOf(words);
      const afterVerb = m.index + m[0].length;
      const size = cohortSize(m[2]);
      if (size === undefined || (size < MIN_COHORT && !SHARE_OF_A_WHOLE.test(m[0]))) continue;
      if (NAMES_FOLLOW.test(text.slice(afterVerb))) continue;
      const objects = honorsAfter(input, afterVerb);
      if (objects.length === 0) continue;
      const cohort = cohortMention(input, start, start + words.length);
      out.push(...emit(input, [cohort], objects, m[3] as string, start, { cohortSize: size }));
    }
    return out;
  },
};

/**
 * "Twenty sites were listed as X. They are A, B, ...": where the story names holders of an honor
 * with the cohort's head noun ("the Gold Award" beside "the Patent Gold Award"), the count says how
 * many, not who else. The cohort goes, its size passes to the named holders, and a cohort no
 * conferral keeps is no entity. Runs once per announcement, after its conferrals are merged.
 */
export function withoutNamedCohorts(
  state: DocumentState,
  conferrals: Conferral[],
  mentions: Mention[],
): Conferral[] {
  const isCohort = (c: Conferral) => state.byId.get(c.recipient)?.kind === "Cohort";
  const headOf = (c: Conferral) =>
    honorKey((state.byId.get(c.honor) as Mention).name)
      .split(" ")
      .pop() as string;
  const named = new Map<string, Conferral[]>();
  for (const c of conferrals) {
    if (isCohort(c)) continue;
    const head = headOf(c);
    const holders = named.get(head);
    if (holders) holders.push(c);
    else named.set(head, [c]);
  }
  const kept = conferrals.filter((c) => {
    const holders = isCohort(c) ? named.get(headOf(c)) : undefined;
    for (const h of holders ?? []) h.cohortSize ??= c.cohortSize;
    return holders === undefined;
  });
  const used = new Set(kept.map((c) => c.recipient));
  for (const m of mentions) if (m.kind === "Cohort" && !used.has(m.id)) m.name = `\u0000${m.name}`;
  return kept;
}
