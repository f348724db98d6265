// The honor as the subject, the recipients after the verb: "The Lakeside Medal was bestowed on
// Gao Lin and Wu Fei"; "The Golden Seed Award was presented to the Pine Valley Farm".

import { alreadyFound, emit, listAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const GIVEN_TO =
  /"?\uE000(\d+)\uE001"?\s+(?:(?:was|were|has\s+been|have\s+been|is|are)\s+(?:(?:also|recently|officially|formally|jointly|first)\s+){0,2}(awarded|granted|conferred|given|bestowed|presented)|(went|goes|go))\s+(?:to|on|upon)\s+/gi;

// "The top prize went to A and B": an honor in lower case, named by its kind, opening the clause.
const KIND_GIVEN_TO =
  /(?:^|[,;]\s*)(?:the\s+)((?:(?:top|grand|special|first|second|third|gold|silver|bronze|highest)\s+)(?:[a-z-]+\s+){0,2}?(?:prizes?|awards?|medals?|honou?rs?))\s+(?:(?:was|were)\s+(?:awarded|given|presented|granted)|went|goes)\s+to\s+/i;

/** The lower-case honor of "The top prize went to A", as a mention, with where it ends. */
function kindGivenTo(input: RuleInput) {
  const { state, context, skeleton } = input;
  const m = KIND_GIVEN_TO.exec(skeleton.text);
  if (!m) return undefined;
  const at = m.index + m[0].indexOf(m[1] as string);
  const start = skeleton.toView(at, "start");
  const end = skeleton.toView(at + (m[1] as string).length, "end");
  if (end <= start) return undefined;
  const honor = state.newMention("Honor", start, end, context.sentence, 0.7);
  return { honor, from: m.index + m[0].length };
}

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
    if (out.length === 0 && input.found.length === 0) {
      const given = kindGivenTo(input);
      if (given) {
        const recipients = listAfter(input, given.from).filter((r) => r.id !== given.honor.id);
        out.push(...emit(input, recipients, [{ honor: given.honor, end: given.from }], "", 0));
      }
    }
    return out;
  },
};
