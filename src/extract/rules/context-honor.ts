// Honors that hold for later sentences: the text announces an honor, then names holders without
// repeating it ("Among the 60 schools are A and B"; "A made the list").
import type { Mention } from "../../types.ts";
import { readHonorObject } from "../relations.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const ANNOUNCES =
  /\b(?:recogni[sz](?:es|ed|ing)|names|naming|designat(?:es|ing)|select(?:s|ing)|announc(?:ed|es|ing)|releas(?:ed|es|ing)|publish(?:ed|es|ing)|issued|unveil(?:ed|s|ing))\s+(?:(?:its|their|the|a)\s+)?(?:(?:first|second|third|fourth|fifth|sixth|new|latest|annual)\s+)?(?:(?:batch|list|round)\s+(?:of\s+)?)?(?:(?:the|a\s+total\s+of)\s+)?(?:\d[\d,]*\s+)?|\b(?:were|was|are|is|have\s+been|has\s+been)\s+(?:newly\s+|officially\s+|recently\s+)?(?:classified|designated|named|recogni[sz]ed|identified|selected|approved|listed)\s+as\s+/gi;

/** What an announcing verb names that is not itself an honor: "a notice announcing the list". */
const NOT_AN_HONOR =
  /^(?:notice|circular|decision|document|list|results?|announcement)s?\b|\b(?:announcing|naming|publishing|releasing|approving|determining)\b/i;

/** Declares the honors a sentence announces; it finds no conferral itself. */
export const announcedHonor: ConferralRule = {
  name: "announced-honor",
  example: "The province recognizes 40 model schools for science education.",
  find(input) {
    const { state, context, skeleton } = input;
    ANNOUNCES.lastIndex = 0;
    for (let m = ANNOUNCES.exec(skeleton.text); m; m = ANNOUNCES.exec(skeleton.text)) {
      const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
      if (object?.honor.kind !== "Honor" || NOT_AN_HONOR.test(object.honor.name)) continue;
      state.declaredHonors.push(object.honor);
    }
    return [];
  },
};

/** The latest honor announced or conferred before this sentence. */
export function honorInContext(input: RuleInput): Mention | undefined {
  const { state, context } = input;
  const before = context.sentence.start;
  let best: Mention | undefined;
  const consider = (m: Mention | undefined) => {
    if (!m || m.evidence.start >= before) return;
    if (!best || m.evidence.start > best.evidence.start) best = m;
  };
  for (const honor of state.declaredHonors) consider(honor);
  for (const conferral of state.conferrals) consider(state.byId.get(conferral.honor));
  return best;
}
