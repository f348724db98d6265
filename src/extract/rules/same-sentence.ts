// The last resort: a sentence no other rule could read that names one honor, says something was
// won or given, and names possible holders. Each is read as a holder, at low confidence. "The X
// winners" alone is no cue: the people around it may be the judges ("A praised the X winners").
import { rootOf } from "../index.ts";
import { canReceive, emit, type Spot, spotsIn } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const CUE =
  /\b(?:won|wins|win|took|claimed|earned|secured|gained|obtained|awarded|named|selected|rated|recogni[sz]ed|listed|honou?red|granted|conferred|received|receives|approved|identified|accredited|included|shortlisted|elected|became|become|winner|laureate|recipient)\b/i;
const ISSUER_HEAD =
  /\b(?:Ministry|Commission|Bureau|Department|Administration|Government|Council|Office|Committee|Federation|Association|Society|Jury|Organizing|Foundation|Fund)\b/;
function isHolder(input: RuleInput, spot: Spot): boolean {
  const { mention } = spot;
  if (!canReceive(mention) || mention.kind === "Place") return false;
  if (mention.kind === "Organization" && ISSUER_HEAD.test(mention.name)) return false;
  const before = input.skeleton.text.slice(Math.max(0, spot.start - 16), spot.start);
  return !/\b(?:by|of|in|at|from|with|under)\s+(?:the\s+)?$/i.test(before);
}

/** The holders among the names: the people when any is named, else every body and work. */
function holdersOf(input: RuleInput, spots: Spot[]): Spot[] {
  const candidates = spots.filter((s) => isHolder(input, s));
  // A person named with a body is the holder; the body is where the person works.
  const people = candidates.filter((s) => s.mention.kind === "Person");
  return people.length > 0 ? people : candidates;
}

export const sameSentence: ConferralRule = {
  name: "same-sentence",
  example: "Lu Fang, Golden Spindle Prize winner in physics, spoke first.",
  gate: CUE,
  needsNames: true,
  find: (input) => {
    if (input.found.length > 0) return [];
    const spots = spotsIn(input.skeleton, input.skeleton.text);
    const honors = spots.filter((s) => s.mention.kind === "Honor");
    const names = new Set(honors.map((s) => rootOf(input.state, s.mention).id));
    if (names.size !== 1) return [];
    const honor = honors[0] as Spot;
    const cue = CUE.exec(input.skeleton.text) as RegExpExecArray;
    const holders = holdersOf(input, spots);
    if (holders.length === 0) return [];
    // The evidence runs from the first of holder, cue and honor to the last, whatever their order.
    const edges = [...holders, honor, { start: cue.index, end: cue.index + cue[0].length }];
    const start = Math.min(...edges.map((e) => e.start));
    const end = Math.max(...edges.map((e) => e.end));
    const object = { honor: honor.mention, end };
    const conferrals = emit(
      input,
      holders.map((h) => h.mention),
      [object],
      cue[0],
      start,
    );
    for (const c of conferrals) c.confidence = Math.min(c.confidence, 0.4);
    return conferrals;
  },
};
