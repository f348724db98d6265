// A work or team won an honor that a person holds for it: "The drama took home the best actress
// award, which went to Lu Fan"; "It won the Lake Prize for direction, which was given to Mo Lin".
// The subject's conferral is the core's; this rule reads the person after "which went to".
import { ACTIVE_WIN } from "../relations.ts";
import { alreadyFound, canReceive, emit, honorsAfterVerb, listAfter } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const WON = new RegExp(String.raw`\b(?:${ACTIVE_WIN})\s+`, "gi");
const WENT_TO =
  /^(?:\s+for\s+(?:its\s+|his\s+|her\s+|their\s+)?[a-z][a-z\s-]{0,40}?)?\s*,\s*which\s+(?:went|was\s+(?:given|awarded|presented|handed))\s+to\s+(?=(?:(?:the|its|their|his|her)\s+)?(?:[a-z]+\s+)?"?\uE000)/i;

export const whichWentTo: ConferralRule = {
  name: "which-went-to",
  example: "The drama took home the best actress award, which went to Lu Fan.",
  gate: /\bwhich\s+(?:went|was\s+(?:given|awarded|presented|handed))\s+to\b/i,
  needsNames: true,
  find(input) {
    const text = input.skeleton.text;
    const out = [];
    for (const [m, object] of honorsAfterVerb(input, WON)) {
      const wentTo = WENT_TO.exec(text.slice(object.end));
      if (!wentTo) continue;
      const holders = listAfter(input, object.end + wentTo[0].length).filter(
        (h) => canReceive(h) && h.kind === "Person" && !alreadyFound(input, h),
      );
      out.push(...emit(input, holders, [object], m[0], m.index, { status: "conferred" }));
    }
    return out;
  },
};
