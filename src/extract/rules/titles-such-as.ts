// Several honors of one holder at once: "It has won titles such as A, B and
// the first batch of C, one after another"; "The museum has won many honors, including A and B".

import type { Mention } from "../../types.ts";
import { type HonorObject, NUMBER, resolveSubject } from "../relations.ts";
import { canReceive, emit, honorsAfter, recipientsBefore, SENTENCE_OPENER } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** A count of honors: "4", "four", "a number of". */
const COUNT = String.raw`(?:numerous|many|several|multiple|a\s+(?:number|series|lot|host|range|string)\s+of|dozens\s+of|(?:a\s+total\s+of\s+)?(?:(?:more\s+than|over|nearly)\s+)?${NUMBER})`;
// "won four awards at the Hill Games, including A and B": where they were won may come first.
const WHERE_WON = String.raw`(?:\s+(?:at|in)\s+(?:the\s+)?[^,.;:()\uE000]{0,30}(?:\uE000\d+\uE001[^,.;:()\uE000]{0,12})?)?`;

const TITLES_SUCH_AS = new RegExp(
  String.raw`\b(?:(?:has|have|had)\s+(?:been\s+)?)?(?:(?:successively|also|previously|already)\s+)?(?:awarded|won|received|gained|obtained|earned|granted|achieved|garnered|collected|secured|scooped|bagged|claimed|picked\s+up|took\s+home|(?<=,\s*)(?:winning|earning|gaining|receiving))\s+(?:with\s+)?(?:(?:full\s+)?coverage\s+of\s+)?(?:the\s+)?(?:${COUNT}\s+)?(?:(?:honou?rary|national|provincial|(?:national|provincial|municipal|city)\s+and\s+above[\s-]level|(?:national|provincial|municipal|city)[\s-]level(?:\s+and\s+above)?)\s+)?(?:titles|honou?rs|awards|prizes)(?:\s+and\s+(?:titles|honou?rs|awards|prizes))?${WHERE_WON}\s*,?\s*(?:such\s+as|including|like|namely|:)\s*`,
  "gi",
);

export const titlesSuchAs: ConferralRule = {
  name: "titles-such-as",
  example:
    "It has been awarded honorary titles such as Provincial Green School and City Model Unit.",
  gate: /\b(?:titles|honou?rs|awards|prizes)\b[^.;]{0,80}?(?:such\s+as|including|like|namely|:)/i,
  find(input) {
    const { state, context, skeleton } = input;
    const text = skeleton.text;
    const out = [];
    TITLES_SUCH_AS.lastIndex = 0;
    for (let m = TITLES_SUCH_AS.exec(text); m; m = TITLES_SUCH_AS.exec(text)) {
      const before = text.slice(0, m.index);
      const pronoun = /\b(?:it|It)\s*$/.exec(before);
      const holders = /^(?:winning|earning|gaining|receiving)\b/i.test(m[0])
        ? clauseSubject(input)
        : pronoun
          ? resolveSubject(state, context, skeleton, "it", pronoun.index)
          : recipientsBefore(input, m.index);
      const objects = honorsPastUnread(input, m.index + m[0].length);
      // The core patterns may have read the first honor too; the same pair merges later.
      out.push(...emit(input, holders, objects, m[0], m.index));
    }
    return out;
  },
};

/**
 * "Pine City is known for its tea, winning titles such as A": a participle's holder is the
 * sentence's subject, a name or "It" that opens it.
 */
function clauseSubject(input: RuleInput): Mention[] {
  const { state, context, skeleton } = input;
  const opening = SENTENCE_OPENER.exec(skeleton.text)?.[0].length ?? 0;
  const rest = skeleton.text.slice(opening);
  if (/^\s*It\b/.test(rest)) return resolveSubject(state, context, skeleton, "it", opening);
  const name = /^\s*(?:the\s+)?\uE000(\d+)\uE001(?!\s*(?:'s|\u2019s))/.exec(rest);
  const subject = name ? skeleton.mentionAt(Number(name[1])) : undefined;
  return subject && canReceive(subject) ? [subject] : [];
}

/**
 * The honors a "such as" list names, past an item no reader knows ("A, \"top 500\" of the B, C and
 * D"): the list says every item is an honor, so the ones after it are read too.
 */
function honorsPastUnread(input: RuleInput, position: number): HonorObject[] {
  const objects = honorsAfter(input, position);
  for (let skips = 0; skips < 2; skips++) {
    const end = objects.at(-1)?.end ?? position;
    const unread =
      /^["\u201D]?\s*,\s*(?:[^,.;:\uE000()]|\.(?=[A-Z])){1,60},\s*(?:and\s+)?(?=[a-z"\u201C]|\uE000)/i.exec(
        input.skeleton.text.slice(end),
      );
    if (!unread) break;
    const more = honorsAfter(input, end + unread[0].length);
    if (more.length < 2) break;
    objects.push(...more);
  }
  return objects;
}
