// Shares of a counted whole, told by their count alone: "22 patents won the Tarn Patent Award, of
// which three won the Gold Award, one the Silver Award and 15 won the Excellence Award"; "Among
// the recipients, five received the Pine Medal;" then "nine received the Lake Star;" on the next
// line; "21 others bagged the Teacher Award". The noun is the whole's, left out; the count is the
// holder: a cohort of that size, named by the count as the text writes it.
import type { Conferral } from "../../types.ts";
import { cohortSize, NUMBER } from "../relations.ts";
import { cohortMention, emit, honorsAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

// Years and measures are no counts: "2019 won", "20 percent received".
const COUNT = String.raw`(?!(?:19|20)\d{2}\b)${NUMBER}\b(?![\d,.]|\s*(?:%|percent|per\s+cent))`;
const VERB = String.raw`(?:(?:have|has|had)\s+)?(?:also\s+)?(?:won|received|bagged|got|took|secured|obtained|(?:were|was)\s+(?:awarded|given|granted))\s+`;
// Where a share opens: after "of which"/"among them", a joined clause of such a list, or the
// sentence start (a line of a list of shares).
const SHARE_LEAD = String.raw`(?:^|(?:of\s+(?:which|whom|them)|among\s+(?:them|which|whom)),?\s+|[,;]\s*(?:and\s+|while\s+)?|\sand\s+)`;
const SHARE = new RegExp(
  String.raw`${SHARE_LEAD}((${COUNT})(?:\s+others)?)(?:\s+of\s+them)?\s+${VERB}`,
  "dgi",
);
// A share list is told after its whole, or after "of which"/"among them"/"others".
const TOLD_AS_SHARES = /\b(?:of\s+(?:which|whom|them)|among\s+(?:them|which|whom|the\s+\w+))\b/i;

/** Whether the share at `start` is one: a list of shares, or a line opening with its count. */
function isShare(text: string, start: number, words: string): boolean {
  return start === 0 || /\bothers$/i.test(words) || TOLD_AS_SHARES.test(text.slice(0, start));
}

export const countedShares: ConferralRule = {
  name: "counted-shares",
  example: "Of the 22 patents, three won the Gold Award and 15 won the Excellence Award.",
  gate: new RegExp(String.raw`\b${COUNT}(?:\s+others)?(?:\s+of\s+them)?\s+${VERB}`, "i"),
  find(input: RuleInput) {
    const { skeleton } = input;
    const text = skeleton.text;
    const out: Conferral[] = [];
    SHARE.lastIndex = 0;
    for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
      const words = m[1] as string;
      const [start, end] = (m.indices as RegExpIndicesArray)[1] as [number, number];
      const size = cohortSize(m[2]);
      if (size === undefined || !isShare(text, start, words)) continue;
      // Only a named honor: "three won gold" is a tally the prize rules read.
      const objects = honorsAfter(input, m.index + m[0].length).filter(
        (o) => o.honor.kind === "Honor" && /\b[A-Z]/.test(o.honor.name),
      );
      if (objects.length === 0) continue;
      const cohort = cohortMention(input, start, end, 0.6);
      out.push(...emit(input, [cohort], objects, m[0], start, { cohortSize: size }));
    }
    return out;
  },
};
