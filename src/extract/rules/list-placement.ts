// A place on a published list or ranking: "Lake Hospital ranks 45th on the Top 100 County
// Hospital list"; "Tarnco appeared again on the Pine Global 500 list"; "A and B made the X
// ranking". The list is the honor; its holders are named before the verb.
import type { Conferral } from "../../types.ts";
import { alreadyFound, emit, honorsAfter, recipientsBefore } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const PLACE = String.raw`(?:No\.\s*\d{1,4}|\d{1,4}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)`;
const RANKED = new RegExp(
  String.raw`\b(?:(?:has\s+|have\s+)?(?:again\s+)?(?:ranks|ranked|placed|came|comes|rose\s+to|climbed\s+to|jumped\s+to|moved\s+up\s+to)\s+${PLACE}(?:\s+place)?(?:\s+(?:out\s+of|among)\s+[\w,\s-]{1,40}?)?\s+(?:on|in|of)|(?:appeared|appears|was\s+(?:listed|included)|were\s+(?:listed|included)|made\s+it|is|are|was|were)\s+(?:again\s+|also\s+)?(?:on|onto|in|into))\s+(?=the\s|China's\s|\uE000)`,
  "gi",
);
/** "the China's 2017 Top 100 ...": the year and the country say which edition, not which list. */
const EDITION_LEAD = /^the\s+(?:China's\s+|Chinese\s+)?(?:19|20)\d{2}\s+(?=\S)/i;
/** The object must be a list or a ranking: its name or the word right after it says so. */
const LIST_WORDS = /\b(?:list|lists|ranking|rankings|top\s+\d+|\d+\s+(?:most|best|largest|top))\b/i;
/** "the top 15 nominees": a shortlist, read by the nomination rules, not a placing. */
const NOMINEES = /\b(?:nominees?|candidates?|finalists?|shortlist)\b/i;
const LIST_AFTER = /^\s*(?:list|ranking|rankings|roster)\b/i;

function placements(input: RuleInput): Conferral[] {
  const text = input.skeleton.text;
  const out: Conferral[] = [];
  RANKED.lastIndex = 0;
  for (let m = RANKED.exec(text); m; m = RANKED.exec(text)) {
    const holders = recipientsBefore(input, m.index).filter(
      (h) => h.kind !== "Honor" && !alreadyFound(input, h),
    );
    if (holders.length === 0) continue;
    const at = m.index + m[0].length;
    const lead = EDITION_LEAD.exec(text.slice(at))?.[0].length ?? 0;
    const objects = honorsAfter(input, at + lead)
      .slice(0, 1)
      .filter(
        (o) =>
          o.honor.kind === "Honor" &&
          !NOMINEES.test(o.honor.name) &&
          (LIST_WORDS.test(o.honor.name) || LIST_AFTER.test(text.slice(o.end))),
      );
    out.push(...emit(input, holders, objects, m[0], m.index, { status: "conferred" }));
  }
  return out;
}

export const listPlacement: ConferralRule = {
  name: "list-placement",
  example: "Lake Hospital ranks 45th on the Top 100 County Hospital list.",
  // The list's name may be a placeholder, so the gate looks for the verbs.
  gate: /\b(?:rank(?:s|ed)?|placed|came|comes|rose|climbed|jumped|moved|appear(?:s|ed)|listed|included|made|is|are|was|were)\s/i,
  needsNames: true,
  find: placements,
};
