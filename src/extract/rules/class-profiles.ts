// An honor given to a counted class, then one paragraph about each member, opening with its
// name: "Twenty cities, six of them from China, were accredited as model lake cities." ... "Of
// the six Chinese cities, A has ..." / "B, in Pine Province, has ...". The names that open the
// paragraphs hold the honor, when no more of them than the class counts.
import type { Mention } from "../../types.ts";
import { describesAnHonor } from "../honor-words.ts";
import { cohortSize, statusOf } from "../relations.ts";
import { soleHonorOf } from "./context-honor.ts";
import { paragraphOpeners } from "./named-paragraphs.ts";
import { heldConferrals } from "./numbered-list.ts";
import { alreadyFound, honorsAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** "seven cities", "25 enterprises", "seven from China": a count of a class of holders. */
const COUNTED =
  /\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-[a-z]+)?|thirty)\s+(?:[A-Z][a-z]+\s+)?(?:cities|counties|districts|towns|villages|units|enterprises|companies|schools|universities|colleges|museums|parks|sites|hospitals|people|individuals|scientists|from)\b/gi;
/** The class was given the honor: a verb of conferring in the passive. */
const CONFERRED =
  /\b(?:were|have\s+been|are)\s+(?:[a-z]+ly\s+)?(?:accredited|named|selected|designated|recogni[sz]ed|listed|awarded|honou?red|approved|certified|included)\b/i;
/** Whose paragraphs may follow: the kinds of holder a class names. */
const HOLDERS: ReadonlySet<string> = new Set(["Place", "Organization", "Person"]);
const MIN_MEMBERS = 3;

/** "were accredited on Friday by X as model lake cities": the honor after "as". */
function honorAfterAs(input: RuleInput): Mention | undefined {
  const text = input.skeleton.text;
  const verb = CONFERRED.exec(text);
  if (!verb) return undefined;
  const as = /\bas\s+/.exec(text.slice(verb.index + verb[0].length));
  if (!as) return undefined;
  const at = verb.index + verb[0].length + as.index + as[0].length;
  return honorsAfter(input, at).find((o) => o.honor.kind === "Honor")?.honor;
}

export const classProfiles: ConferralRule = {
  name: "class-profiles",
  example:
    "Six cities were accredited as model lake cities. (then) Of the six, A has ... (then) B, in Pine Province, has ...",
  gate: CONFERRED,
  find(input) {
    const { state, context, found } = input;
    if (found.length > 0) return [];
    const text = state.view.slice(context.sentence.start, context.sentence.end);
    const counts = [...text.matchAll(COUNTED)].map((m) => cohortSize(m[1] as string) ?? 0);
    if (counts.length === 0 || !CONFERRED.test(text)) return [];
    const honor = soleHonorOf(state, context.sentence.index) ?? honorAfterAs(input);
    if (!honor || describesAnHonor(honor.name)) return [];
    const members = paragraphOpeners(input, context.sentence.end, HOLDERS);
    const kinds = new Set(members.map((m) => m.kind));
    // A class is of one kind, and the text names no more of it than it counts.
    if (members.length < MIN_MEMBERS || kinds.size !== 1) return [];
    if (!counts.some((count) => members.length <= count)) return [];
    const named = members
      .filter((member) => !alreadyFound(input, member))
      .map((holder) => ({ holder, span: holder.evidence }));
    return heldConferrals(input, named, honor, statusOf(text, text), 0.6);
  },
};
