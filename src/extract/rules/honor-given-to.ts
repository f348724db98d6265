// The honor as the subject, the recipients after the verb: "The Lakeside Medal was bestowed on
// Gao Lin and Wu Fei"; "The Golden Seed Award was presented to the Pine Valley Farm".

import { alreadyFound, emit, listAfter } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const GIVEN_TO =
  /"?\uE000(\d+)\uE001"?\s+(?:(?:was|were|has\s+been|have\s+been|is|are)\s+(?:(?:also|recently|officially|formally|jointly|first)\s+){0,2}(awarded|granted|conferred|given|bestowed|presented)|(went|goes|go))\s+(?:to|on|upon)\s+/gi;

export const honorGivenTo: ConferralRule = {
  name: "honor-given-to",
  example: "The Lakeside Medal was bestowed on Gao Lin and Wu Fei.",
  gate: /\b(?:awarded|granted|conferred|given|bestowed|presented|went|goes|go)\s+(?:to|on|upon)\b/i,
  find(input) {
    const text = input.skeleton.text;
    const out = [];
    GIVEN_TO.lastIndex = 0;
    for (let m = GIVEN_TO.exec(text); m; m = GIVEN_TO.exec(text)) {
      const honor = input.skeleton.mentionAt(Number(m[1]));
      if (honor?.kind !== "Honor") continue;
      const from = m.index + m[0].length;
      // "... to 237 units, including A, by the Bureau": the bodies after "by" gave it.
      const by = /\bby\b/i.exec(text.slice(from));
      const until = by ? from + by.index : text.length;
      const recipients = listAfter(input, from).filter(
        (r) =>
          r.id !== honor.id &&
          !alreadyFound(input, r) &&
          text.indexOf(`\uE000${input.skeleton.indexOf(r)}\uE001`, from) < until,
      );
      const object = { honor, end: m.index + m[0].length };
      out.push(...emit(input, recipients, [object], m[2] as string, m.index));
    }
    return out;
  },
};
