// The honors a holder has won, listed after the holder: "The honors Pine Hospital has won include
// the Lake Prize and the River Medal"; "Titles the museum has received include X, Y and Z".
import { alreadyFound, emit, honorsAfter, mentionsIn } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const HONORS_IT_WON =
  /\b(?:honou?rs|titles|awards|prizes|accolades)\s+(?:that\s+|which\s+)?((?:the\s+)?\uE000\d+\uE001)\s+(?:has|have|had)\s+(?:(?:also|successively|so\s+far|previously)\s+)?(?:won|received|obtained|gained|earned)(?:\s+(?:so\s+far|over\s+the\s+years|in\s+recent\s+years))?\s+(?:include[sd]?|are|were)\s*:?\s*/gi;

export const honorsItWon: ConferralRule = {
  name: "honors-it-won",
  example: "The honors Pine Hospital has won include the Lake Prize and the River Medal.",
  gate: /\b(?:honou?rs|titles|awards|prizes|accolades)\b/i,
  needsNames: true,
  find(input) {
    const text = input.skeleton.text;
    const out = [];
    HONORS_IT_WON.lastIndex = 0;
    for (let m = HONORS_IT_WON.exec(text); m; m = HONORS_IT_WON.exec(text)) {
      const holders = mentionsIn(input.skeleton, m[1] as string).filter(
        (h) => h.kind !== "Honor" && h.kind !== "Place" && !alreadyFound(input, h),
      );
      const honors = honorsAfter(input, m.index + m[0].length);
      out.push(...emit(input, holders, honors, "won", m.index, { status: "conferred" }));
    }
    return out;
  },
};
