// A prize's laureate named as a title the person holds: "Nobel laureate Ren Hao spoke first";
// "Ren Hao, a Nobel laureate, spoke"; "two Nobel laureates, Ren Hao and Pei Lan, joined". As with
// academy titles, the genre's gold counts the title as an honor the person holds.
import type { Conferral, Mention } from "../../types.ts";
import { titleHeldBy } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const P = String.raw`\uE000(\d+)\uE001`;
/** "Nobel laureate", "Wolf Prize laureates": a capitalised prize name, then "laureate(s)". */
const TITLE = String.raw`((?:[A-Z][a-z]+\s+){1,2}?[Ll]aureates?)`;
/** Words that open a phrase but name no prize ("This laureate", "Young laureates"). */
const NOT_A_PRIZE =
  /^(?:The|This|These|That|Those|Our|Their|Its|His|Her|Past|Young|New|Former|Other|All|Both|Many|Several|Two|Three|Four|Five)\s/;
const COUNT = String.raw`(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d+)\s+)?`;
/** A person, maybe with a post before and a country after: "Professor A", "B from the Netherlands". */
const HOLDER = (group: string) =>
  String.raw`(?:(?:[Pp]rofessor|[Pp]rof\.|[Dd]r\.)\s+)?${group}(?:\s+from\s+(?:the\s+)?(?:\uE000\d+\uE001|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?`;
/** "Nobel laureate A", "two Nobel laureates, A and B". */
const BEFORE = new RegExp(
  String.raw`\b${COUNT}${TITLE}\s*,?\s*${HOLDER(P)}(?:\s*(?:,\s*(?:and\s+)?|and\s+)${HOLDER(P)})?`,
  "g",
);
/** "A, a Nobel laureate". */
const AFTER = new RegExp(String.raw`${P}\s*,\s*(?:a|the)\s+${TITLE}\b`, "g");

function person(input: RuleInput, index: string | undefined): Mention | undefined {
  const mention = index === undefined ? undefined : input.skeleton.mentionAt(Number(index));
  return mention?.kind === "Person" ? mention : undefined;
}

export const laureateTitle: ConferralRule = {
  name: "laureate-title",
  example: "Nobel laureate Ren Hao spoke first.",
  gate: /laureate/i,
  needsNames: true,
  find(input) {
    const text = input.skeleton.text;
    const out: Conferral[] = [];
    BEFORE.lastIndex = 0;
    for (let m = BEFORE.exec(text); m; m = BEFORE.exec(text)) {
      const words = m[1] as string;
      if (NOT_A_PRIZE.test(words) || !/^[A-Z]/.test(words)) continue;
      const start = m.index + m[0].indexOf(words);
      const holders = [person(input, m[2]), person(input, m[3])].filter(
        (h): h is Mention => h !== undefined,
      );
      out.push(
        ...titleHeldBy(input, { start, end: start + words.length }, holders, {
          start: m.index,
          end: m.index + m[0].length,
        }),
      );
    }
    AFTER.lastIndex = 0;
    for (let m = AFTER.exec(text); m; m = AFTER.exec(text)) {
      const words = m[2] as string;
      if (NOT_A_PRIZE.test(words)) continue;
      const start = m.index + m[0].length - words.length;
      const holder = person(input, m[1]);
      out.push(
        ...titleHeldBy(input, { start, end: start + words.length }, holder ? [holder] : [], {
          start: m.index,
          end: m.index + m[0].length,
        }),
      );
    }
    return out;
  },
};
