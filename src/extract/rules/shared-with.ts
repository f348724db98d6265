// The partners an honor was shared with: "Pine School shared the Lake Prize with Lake School";
// "A won the X jointly with B", "A shared the prize along with B and C". The subject is the core's;
// this rule reads who came after "with".
import { alreadyFound, canReceive, emit, honorsAfterVerb, listAfter } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const SHARED = /\b(?:shared|shares|won|wins|received|receives)\s+/gi;
const WITH_PARTNERS =
  /^\s+(?:jointly\s+|together\s+|along\s+)?with\s+(?:(?:Professor|Prof\.|Dr\.|Academician)\s+)?(?=(?:the\s+)?"?\uE000)/i;

export const sharedWith: ConferralRule = {
  name: "shared-with",
  example: "Pine School shared the Lake Prize with Lake School.",
  gate: /\b(?:shared|shares|(?:jointly|together|along)\s+with)\b/i,
  needsNames: true,
  find(input) {
    const text = input.skeleton.text;
    const out = [];
    for (const [m, object] of honorsAfterVerb(input, SHARED)) {
      const shared = /^share/i.test(m[0]);
      const partners = WITH_PARTNERS.exec(text.slice(object.end));
      // "won the X with B": with whom, or with what? Only "jointly/together with" says a partner.
      if (!partners || (!shared && !/jointly|together|along/i.test(partners[0]))) continue;
      const holders = listAfter(input, object.end + partners[0].length).filter(
        (h) => canReceive(h) && h.kind !== "Honor" && h.kind !== "Place" && !alreadyFound(input, h),
      );
      out.push(...emit(input, holders, [object], m[0], m.index, { status: "conferred" }));
    }
    return out;
  },
};
