// Counted groups a verb of naming gives each its title: "naming 34 museums as first-grade
// museums, 61 museums as second-grade museums, and 90 as ...". Each count is a cohort the text
// never names one by one; the title after its "as" is its honor.
import { cohortSize, NUMBER, readHonorObject, UNIT_NOUNS } from "../relations.ts";
import { cohortMention, emit } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

/** "naming", "rated", "designating": a verb of naming before the first counted group. */
const NAMING =
  /\b(?:naming|named|rating|rated|designating|designated|recogni[sz]ing|identifying|approving|listing|honou?r(?:ing|ed|s)?)\s+(?=\d)/gi;
/** "344 libraries as": one counted group and its "as". */
const COUNTED_AS = new RegExp(
  String.raw`^((${NUMBER})\s+(?:[a-z-]+\s+){0,2}?(?:${UNIT_NOUNS}))\s+as\s+`,
  "i",
);
/** "and 90 as": a later group may leave its noun to the first. */
const COUNT_AS = new RegExp(String.raw`^((${NUMBER}))\s+as\s+`, "i");
/** What joins one group's title to the next group: ", ", ", and ", " and ". */
const NEXT_GROUP = /^["\u201D]?\s*(?:,\s*(?:and\s+)?|\s+and\s+)["\u201D]?\s*(?=\d)/;

/** The counted groups from `position` on, each with its title. */
function countedGroups(input: RuleInput, position: number) {
  const { state, context, skeleton } = input;
  const text = skeleton.text;
  const groups = [];
  let at = position;
  for (let guard = 0; guard < 8; guard++) {
    const group =
      COUNTED_AS.exec(text.slice(at)) ?? (guard > 0 ? COUNT_AS.exec(text.slice(at)) : null);
    if (!group) break;
    const size = cohortSize(group[2]);
    const object = readHonorObject(state, context, skeleton, at + group[0].length);
    if (object?.honor.kind !== "Honor" || size === undefined) break;
    groups.push({ at, words: group[1] as string, size, object });
    // A comma inside the closing quote is the sentence's: '"first-class libraries," 412 ...'.
    const next = NEXT_GROUP.exec(text.slice(object.end).replace(/^,"/, '",'));
    if (!next) break;
    at = object.end + next[0].length;
  }
  return groups;
}

export const countedAs: ConferralRule = {
  name: "counted-as",
  example:
    "The bureau issued a decision, naming 34 libraries as first-class libraries and 41 libraries as second-class libraries.",
  gate: /\b\d[\d,]*\s+[^.;]{0,40}?\bas\s/i,
  find(input) {
    const { skeleton } = input;
    const out = [];
    NAMING.lastIndex = 0;
    for (let m = NAMING.exec(skeleton.text); m; m = NAMING.exec(skeleton.text)) {
      const groups = countedGroups(input, m.index + m[0].length);
      // One group is what the counted-cohort rule reads; a list of two or more is this rule's.
      if (groups.length < 2) continue;
      for (const group of groups) {
        const cohort = cohortMention(input, group.at, group.at + group.words.length);
        out.push(
          ...emit(input, [cohort], [group.object], m[0], group.at, {
            status: "conferred",
            cohortSize: group.size,
          }),
        );
      }
    }
    return out;
  },
};
