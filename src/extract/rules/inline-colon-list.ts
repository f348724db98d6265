// A run-on sentence, as translated notices write them, that names the honor, then its holders
// after a colon to the sentence's end: "The bureau announced the list of provincial smart
// hospitals, the city's 3 hospitals were among them: A; B; C." "..., our city has 3 enterprises,
// namely: A, B and C." The honor is read where the sentence names it before the colon.
import type { Mention } from "../../types.ts";
import { type HonorObject, readHonorObject } from "../relations.ts";
import { alreadyFound, canReceive, emit, mentionsIn } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** What opens the holders right before the colon. */
const HOLDERS_FOLLOW =
  /\b(?:as\s+follows|namely|are|were|is|includes?|included|among\s+them|selected|chosen|on\s+the\s+list|listed|they\s+are|(?:has|have)\s+(?:\d{1,4}|[a-z]+)\s+[a-z]+)\s*[:\uFF1A]\s*/i;
/** After the colon only names, list glue and the sentence's end. */
const ONLY_NAMES =
  /^(?:(?:the\s+)?"?\uE000\d+\uE001"?(?:\s*[,;\u3001]\s*(?:and\s+)?|\s+and\s+)?)+\s*[.;]?\s*$/;
/** Where the honor is named before the colon: after a list's or a batch's "of", or a verb's "as". */
const HONOR_NAMED = [
  /\b(?:list|batch|group|results?)\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?/gi,
  /\b(?:recogni[sz]ed|selected|named|identified|rated|listed|approved|designated|confirmed|awarded|won)\s+(?:as\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+batch\s+of\s+(?:the\s+)?)?/gi,
];

/** The honor the text before `colon` names, read at the first place one is named. */
function honorBefore(input: RuleInput, colon: number): HonorObject | undefined {
  const { state, context, skeleton } = input;
  const before = skeleton.text.slice(0, colon);
  for (const named of HONOR_NAMED) {
    for (const m of before.matchAll(named)) {
      const at = (m.index ?? 0) + m[0].length;
      const object = readHonorObject(state, context, skeleton, at);
      if (object && object.end <= colon && object.honor.kind === "Honor") return object;
    }
  }
  return undefined;
}

export const inlineColonList: ConferralRule = {
  name: "inline-colon-list",
  example:
    "The list of provincial smart hospitals was announced, the city's 3 hospitals were among them: Pine Hospital; Lake Hospital.",
  gate: /[:\uFF1A]/,
  needsNames: true,
  find(input) {
    const text = input.skeleton.text;
    const cue = HOLDERS_FOLLOW.exec(text);
    if (!cue) return [];
    const colon = cue.index + cue[0].length;
    const tail = text.slice(colon);
    if (!ONLY_NAMES.test(tail)) return [];
    const holders: Mention[] = mentionsIn(input.skeleton, tail).filter(
      (m) => canReceive(m) && !alreadyFound(input, m),
    );
    if (holders.length === 0) return [];
    const object = honorBefore(input, cue.index);
    if (!object) return [];
    return emit(input, holders, [object], text.slice(0, cue.index), 0);
  },
};
