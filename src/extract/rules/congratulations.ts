// The way institutions announce their own honors: "Congratulations to the Pine School for winning
// the title of Provincial Green School!"; "Warm congratulations to Li Ming, our chief engineer, on
// being named a National Model Worker".

import type { Mention } from "../../types.ts";
import { alreadyFound, emit, honorsAfter, listAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const CONGRATULATIONS = /\bcongratulat(?:e|es|ions?)\s+(?:to\s+)?/gi;
const FOR_WINNING =
  /\s(?:on|for)\s+(?:successfully\s+)?(?:winning|receiving|obtaining|gaining|being\s+(?:named|selected|awarded|rated|recogni[sz]ed|identified|approved|listed|included|honou?red)(?:\s+(?:as|in|into))?)\s+/i;

export const congratulations: ConferralRule = {
  name: "congratulations",
  example: "Congratulations to the Pine School for winning the title of Provincial Green School!",
  gate: /\bcongratulat/i,
  find(input) {
    const text = input.skeleton.text;
    const out = [];
    CONGRATULATIONS.lastIndex = 0;
    for (let m = CONGRATULATIONS.exec(text); m; m = CONGRATULATIONS.exec(text)) {
      const from = m.index + m[0].length;
      const winning = FOR_WINNING.exec(text.slice(from));
      if (!winning) continue;
      const end = from + winning.index;
      // The honored are the names of the clause before "for winning", posts aside.
      const recipients = listAfter(input, from).filter(
        (r) => !alreadyFound(input, r) && placedWithin(input, r, from, end),
      );
      const objects = honorsAfter(input, end + winning[0].length);
      out.push(...emit(input, recipients, objects, winning[0], m.index));
    }
    return out;
  },
};

/** Whether a name's placeholder lies between two skeleton positions. */
function placedWithin(input: RuleInput, mention: Mention, start: number, end: number): boolean {
  const at = input.skeleton.text.indexOf(`\uE000${input.skeleton.indexOf(mention)}\uE001`, start);
  return at >= start && at < end;
}
