// A count of holders with the names after it: "33 provincial key laboratories including A and B
// have been accredited" (the counted phrase is the honor); "A total of five enterprises in Hill
// are selected, including A, B and C" (the honor is the one the verb or the text just named).
import type { Mention } from "../../types.ts";
import { readHonorObject } from "../relations.ts";
import { honorInContext } from "./context-honor.ts";
import { emit, listedUntil, placeNamedAt } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const COUNT = String.raw`(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)`;
const VERB =
  "(?:named|selected|approved|accredited|certified|identified|recogni[sz]ed|listed|included|inscribed|awarded|designated|rated|chosen|confirmed)";
const RANKED =
  "(?:national|provincial|municipal|state|state-level|national-level|provincial-level)";

// "33 provincial key laboratories of the Region including "A" and "B" have been accredited"
const HONOR_COUNTED = new RegExp(
  String.raw`\b${COUNT}\s+(${RANKED}[\s-](?:[a-zA-Z'-]+\s+){0,5}?[a-z]+s)\b[^.;\uE000]{0,60}?(?:\uE000\d+\uE001[^.;\uE000]{0,30}?)?\s*,?\s*(?:including|such\s+as)\s+`,
  "gi",
);
const VERB_AFTER_LIST = new RegExp(
  String.raw`^\s*,?\s*(?:have|has|were|was|are|is)\s+(?:been\s+)?(?:(?:officially|recently|newly|successfully|honou?rably|all)\s+)?${VERB}\b`,
  "i",
);
/** "have won", "received": the verbs of winning a counted subject may take instead of a passive. */
const WON = String.raw`(?:(?:have|has|had)\s+(?:(?:all|also|jointly)\s+)?)?(?:won|received|obtained|gained|earned|secured|claimed|bagged)`;
// "A total of five enterprises in Hill are selected, including A, B and C"; "Eleven cities won
// the Lake Prize, namely A, B and C".
const COUNTED_THEN_INCLUDING = new RegExp(
  String.raw`\b${COUNT}\s+(?:[a-zA-Z'-]+\s+){0,3}?(?:enterprises|companies|firms|businesses|brands|products|teams|units|schools|villages|counties|cities|towns|museums|institutions|organi[sz]ations|universities|colleges|hospitals|people|individuals|projects|parks|sites|bases)\b[^.;]{0,60}?\s+(?:(?:are|were|have\s+been|has\s+been)\s+(?:(?:officially|recently|newly|successfully|honou?rably|all)\s+)?${VERB}|${WON})\b`,
  "gi",
);
const INCLUDING =
  /^\s*,\s*(?:including|such\s+as|namely|i\.\s?e\.,?|that\s+is,|which\s+include[sd]?)\s+/i;
/** "named Traditional Villages in Hill Province, including": where the honor holds, passed over. */
const IN_BEFORE_PLACE = /^\s+in\s+(?:the\s+)?(?=\uE000)/;
/** "were chosen on (or for) this list, i.e., A and B": the list the verb put them on, named before. */
const ON_THIS_LIST =
  /^\s+(?:in|into|on|onto|for)\s+(?:this|the)\s+(?:list|ranking|batch|round|selection)\b/i;

/**
 * Names joined by commas and "and", each perhaps placed "in" another: "A and B in C, D in E"; the
 * place may be one the reader did not know ("D in Hill Qiang Autonomous").
 */
const LISTED_HOLDERS =
  /^(?:(?:the\s+)?"?\uE000\d+\uE001"?(?:\s+in\s+(?:the\s+)?(?:\uE000\d+\uE001|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}(?=\s*,)))?\s*(?:,\s*(?:and\s+)?|and\s+)?)+/;

/** The holders listed from `from` on, up to the verb that follows them. */
function holdersUntilVerb(input: RuleInput, from: number): { holders: Mention[]; end: number } {
  const text = input.skeleton.text;
  const list = LISTED_HOLDERS.exec(text.slice(from));
  if (!list) return { holders: [], end: from };
  const end = from + list[0].length;
  return { holders: listedUntil(input, from, end), end };
}

function countedHonor(input: RuleInput) {
  const { state, context, skeleton } = input;
  const out = [];
  HONOR_COUNTED.lastIndex = 0;
  for (let m = HONOR_COUNTED.exec(skeleton.text); m; m = HONOR_COUNTED.exec(skeleton.text)) {
    const { holders, end } = holdersUntilVerb(input, m.index + m[0].length);
    const verb = VERB_AFTER_LIST.exec(skeleton.text.slice(end));
    if (holders.length === 0 || !verb) continue;
    // The counted phrase itself is the title: exactly its words, no more.
    const phraseAt = m.index + m[0].indexOf(m[1] as string);
    const phraseEnd = phraseAt + (m[1] as string).length;
    const viewStart = skeleton.toView(phraseAt, "start");
    const viewEnd = skeleton.toView(phraseEnd, "end");
    if (viewEnd <= viewStart) continue;
    const honor = state.newMention("Honor", viewStart, viewEnd, context.sentence, 0.7);
    out.push(...emit(input, holders, [{ honor, end: phraseEnd }], verb[0], m.index));
  }
  return out;
}

/** The length of "in <place>" at `at`, or 0. */
function placeAfter(input: RuleInput, at: number): number {
  const lead = IN_BEFORE_PLACE.exec(input.skeleton.text.slice(at))?.[0].length ?? 0;
  const place = lead > 0 ? placeNamedAt(input, at + lead) : 0;
  return place > 0 ? lead + place : 0;
}

function countedThenIncluding(input: RuleInput) {
  const { state, context, skeleton } = input;
  const out = [];
  COUNTED_THEN_INCLUDING.lastIndex = 0;
  for (
    let m = COUNTED_THEN_INCLUDING.exec(skeleton.text);
    m;
    m = COUNTED_THEN_INCLUDING.exec(skeleton.text)
  ) {
    const after = m.index + m[0].length;
    const object = readHonorObject(state, context, skeleton, after);
    const onTheList =
      object?.honor.kind === "Honor" ? null : ON_THIS_LIST.exec(skeleton.text.slice(after));
    const honorEnd =
      object?.honor.kind === "Honor" ? object.end : after + (onTheList?.[0].length ?? 0);
    const listAt = honorEnd + placeAfter(input, honorEnd);
    const including = INCLUDING.exec(skeleton.text.slice(listAt));
    if (!including) continue;
    const { holders } = holdersUntilVerb(input, listAt + including[0].length);
    const named = object?.honor.kind === "Honor" ? object : undefined;
    const announced = named ? undefined : honorInContext(input);
    const objects = named ? [named] : announced ? [{ honor: announced, end: honorEnd }] : [];
    out.push(...emit(input, holders, objects, m[0], m.index));
  }
  return out;
}

export const cohortLists: ConferralRule = {
  name: "cohort-lists",
  example:
    "33 provincial key laboratories including the Pine Lab and the Lake Lab were accredited.",
  gate: /\b(?:including|such\s+as|namely|i\.\s?e\.|that\s+is,|which\s+include)/i,
  find(input) {
    if (input.found.length > 0) return [];
    return [...countedHonor(input), ...countedThenIncluding(input)];
  },
};
