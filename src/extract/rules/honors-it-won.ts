// The honors a holder has won, listed after the holder: "The honors Pine Hospital has won include
// the Lake Prize and the River Medal"; "Titles the museum has received include X, Y and Z"; "The
// titles it holds include X"; "Pine's honors and awards include X and Y".
import type { Mention } from "../../types.ts";
import { resolveSubject } from "../relations.ts";
import { alreadyFound, canReceive, emit, honorsAfter, mentionsIn } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const HONOR_NOUNS = String.raw`(?:honou?rs|titles|awards|prizes|accolades)(?:\s+and\s+(?:honou?rs|titles|awards|prizes))?`;
const HOLDER = String.raw`((?:the\s+)?\uE000\d+\uE001|it|they)`;
const HOLDER_WON = String.raw`(?:(?:has|have|had)\s+(?:(?:also|successively|so\s+far|previously)\s+)?(?:won|received|obtained|gained|earned)|(?:wins|receives|holds|has))`;
const INCLUDE = String.raw`(?:\s+(?:also|now))?\s+(?:include[sd]?|are|were)\s*:?\s*`;

const HONORS_IT_WON = new RegExp(
  String.raw`\b${HONOR_NOUNS}\s+(?:that\s+|which\s+)?${HOLDER}\s+${HOLDER_WON}(?:\s+(?:so\s+far|over\s+the\s+years|in\s+recent\s+years))?${INCLUDE}`,
  "gi",
);
/** "Pine's honors include", "Its awards include": the holder owns the list. */
const HOLDERS_HONORS = new RegExp(
  String.raw`(?:(\uE000\d+\uE001)['\u2019]s|\b(Its|its|Their|their))\s+(?:(?:major|main|other|many)\s+)?${HONOR_NOUNS}${INCLUDE}`,
  "g",
);

export const honorsItWon: ConferralRule = {
  name: "honors-it-won",
  example: "The honors Pine Hospital has won include the Lake Prize and the River Medal.",
  gate: /\b(?:honou?rs|titles|awards|prizes|accolades)\b/i,
  needsNames: true,
  find(input) {
    const text = input.skeleton.text;
    const out = [];
    for (const pattern of [HONORS_IT_WON, HOLDERS_HONORS]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const holders = holdersOf(input, m).filter((h) => !alreadyFound(input, h));
        const honors = honorsAfter(input, m.index + m[0].length);
        out.push(...emit(input, holders, honors, "won", m.index, { status: "conferred" }));
      }
    }
    return out;
  },
};

/** The named holder (a body, person or work), or the body or place a pronoun stands for. */
function holdersOf(input: RuleInput, match: RegExpExecArray): Mention[] {
  const named = match[1];
  if (named?.includes("\uE000"))
    return mentionsIn(input.skeleton, named).filter(
      (h) => h.kind !== "Honor" && h.kind !== "Place",
    );
  const pronoun = named ?? (match[2] as string);
  const at = match.index + match[0].indexOf(pronoun);
  const plural = /^(?:they|their)$/i.test(pronoun);
  const { state, context, skeleton } = input;
  return resolveSubject(state, context, skeleton, plural ? "they" : "it", at).filter(canReceive);
}
