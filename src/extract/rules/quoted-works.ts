// Works named in quotes that win: 'The "pine resin coating for bridge cables and its making
// method" developed by Tarn Steel won the Gold Award'; '"Reed Data" and "Lake Maps" obtained the
// second prize'. A project's, patent's or film's title is often in lower case or cut by names,
// so no name grammar reads it whole; the quotes and the verb after them say it is the holder.
import type { Mention } from "../../types.ts";
import type { HonorObject } from "../relations.ts";
import { alreadyFound, emit, honorsAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const OPEN = String.raw`["\u201C]`;
const CLOSE = String.raw`["\u201D]`;
/** A quoted title: what the quotes hold, names inside it included. */
const QUOTED = String.raw`${OPEN}((?:[^"\u201C\u201D\n.;]|\.(?=\S)){1,200}?)${CLOSE}`;
// After the title: its original in brackets, "project", who made it ("developed by A and B"),
// or what it is, set off by commas ('"Rain Road", the sequel to a hit film,').
const AFTER_TITLE = String.raw`(?:\s*\([^()]{0,60}\))?(?:\s+(?:project|patent))?(?:,?\s+(?:(?:jointly\s+)?(?:developed|completed|led|created|designed|written|directed|produced|undertaken|declared|submitted|hosted)\s+by\s+(?:[^,.;"\u201C\u201D]|\uE000\d+\uE001){1,100}?)|\s+of\s+\uE000\d+\uE001|,\s+(?:the|a|an)\s+[^,;"\u201C\u201D.]{1,80}?(?=,))?`;
// The verb of winning; "was awarded to" and "granted to" say the quoted phrase is the honor.
const WON = String.raw`(?:(?:has|have)\s+)?(?:won|obtained|received|took(?:\s+home)?|bagged|claimed|gained|secured|(?:was|were)\s+(?:awarded|granted)(?!\s+to\b))\s+`;

/** Quoted titles joined by ", " or " and " before a verb of winning: group 1 is the list. */
const QUOTED_WINNERS = new RegExp(
  String.raw`((?:${QUOTED}${AFTER_TITLE}\s*(?:,|\band\b|\u3001)\s*(?:and\s+)?){0,12}${QUOTED})${AFTER_TITLE},?\s+${WON}`,
  "gi",
);
const ONE_QUOTED = new RegExp(QUOTED, "g");

/** The titles in a matched list, as works; a quote that is one name already read keeps it. */
function worksIn(input: RuleInput, list: string, listAt: number): Mention[] {
  const { state, context, skeleton } = input;
  const works: Mention[] = [];
  ONE_QUOTED.lastIndex = 0;
  for (let m = ONE_QUOTED.exec(list); m; m = ONE_QUOTED.exec(list)) {
    const title = (m[1] as string).trim();
    const whole = /^\uE000(\d+)\uE001$/.exec(title);
    const named = whole ? skeleton.mentionAt(Number(whole[1])) : undefined;
    // A quoted honor ("the "Model Unit" title was won ...") or place is no work that won.
    if (named) {
      // A name read whole is the other rules' to pair, unless none did.
      const holds = named.kind === "Work" || named.kind === "Organization";
      if (holds && !alreadyFound(input, named)) works.push(named);
      continue;
    }
    if (!/[a-z]/.test(title.replace(/\uE000\d+\uE001/g, ""))) continue;
    const at = listAt + m.index + 1 + (m[1] as string).indexOf(title);
    const start = skeleton.toView(at, "start");
    const end = skeleton.toView(at + title.length, "end");
    if (end > start) works.push(state.newMention("Work", start, end, context.sentence, 0.6));
  }
  return works;
}

/**
 * The honor an earlier rule read over the same words, so that a holder it read inside the title
 * ("Transmission Project" in "the Tarn Transmission Project") is seen to nest in this one.
 */
function foundHonor(input: RuleInput, object: HonorObject): HonorObject {
  const { start, end } = object.honor.evidence;
  for (const c of input.found) {
    const honor = input.state.byId.get(c.honor);
    if (honor && honor.evidence.start === start && honor.evidence.end === end)
      return { ...object, honor };
  }
  return object;
}

export const quotedWorks: ConferralRule = {
  name: "quoted-works",
  example: 'The "Reed Data" project developed by Tarn University won the Pine Science Prize.',
  gate: /["\u201D][^.;]{0,120}?\b(?:won|obtained|received|took|bagged|claimed|gained|secured|awarded|granted)\s/i,
  find(input) {
    const text = input.skeleton.text;
    const matches = [...text.matchAll(QUOTED_WINNERS)];
    return matches.flatMap((m, i) => {
      const at = m.index ?? 0;
      // '"A" won X, "B" won Y': the next quoted winner opens a clause of its own.
      const next = matches[i + 1]?.index ?? text.length;
      const objects = honorsAfter(input, at + m[0].length)
        .filter((o) => o.end <= next)
        .map((o) => foundHonor(input, o));
      if (objects.length === 0) return [];
      return emit(input, worksIn(input, m[1] as string, at), objects, m[0], at);
    });
  },
};
