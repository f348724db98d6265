// An honor won in passing, in a phrase of the sentence's subject: "A, the Olympic champion,
// expresses thanks after being awarded the X"; "B beat out four other nominees, including C and
// D, to claim the honor of the Y". The subject that opens the sentence holds it; the people named
// on the way (the beaten nominees) do not.
import type { Mention } from "../../types.ts";
import { alreadyFound, canReceive, emit, honorsAfter, SENTENCE_OPENER, spotsIn } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const IN_PASSING = new RegExp(
  [
    String.raw`\b(?:after|upon)\s+(?:being|having\s+been)\s+(?:awarded|named|honou?red|crowned|elected|selected|presented\s+with)\s+(?:as\s+)?`,
    String.raw`\bbeat(?:s|ing)?\s+(?:out\s+)?(?:[^.;:]{0,160}?)\s*,?\s+to\s+(?:claim|win|take|clinch|earn|grab|bag)\s+(?:the\s+honou?r\s+of\s+)?`,
  ].join("|"),
  "i",
);

/** The person or body the sentence opens with (after an opening adverbial and a descriptor). */
function openingSubject(input: RuleInput): Mention | undefined {
  const text = input.skeleton.text;
  const opener = SENTENCE_OPENER.exec(text)?.[0].length ?? 0;
  const first = spotsIn(input.skeleton, text).find((spot) => spot.start >= opener);
  if (!first) return undefined;
  // "Badminton player A", "the 27-year-old B": a few words of description may come first.
  const before = text.slice(opener, first.start);
  if (!/^(?:[A-Za-z0-9'-]+\s+){0,4}$/.test(before) || /\b(?:of|by|for|with|to)\s+$/i.test(before))
    return undefined;
  const { mention } = first;
  const kind = mention.kind;
  return canReceive(mention) && (kind === "Person" || kind === "Organization")
    ? mention
    : undefined;
}

export const subjectInPassing: ConferralRule = {
  name: "subject-in-passing",
  example: "Li Na, the champion, thanked her team after being awarded the Pine Medal.",
  gate: /\b(?:after|upon)\s+(?:being|having\s+been)\b|\bbeat(?:s|ing)?\b/i,
  needsNames: true,
  find(input) {
    const holder = openingSubject(input);
    if (!holder || alreadyFound(input, holder)) return [];
    const text = input.skeleton.text;
    const m = IN_PASSING.exec(text);
    if (!m) return [];
    const objects = honorsAfter(input, m.index + m[0].length).filter(
      (o) => o.honor.kind === "Honor",
    );
    return emit(input, [holder], objects, m[0], m.index);
  },
};
