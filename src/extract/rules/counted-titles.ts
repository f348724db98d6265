// A tally of titled groups: "the fourth evaluation, with 48 first-class libraries, 41 second-class
// libraries and 89 third-class libraries"; "there were 21 provincial-level civilized campuses and
// 97 municipal-level civilized campuses". Each count of a level's or a grade's title is a cohort
// holding that title; two counts or more in one list say the sentence tallies titles held.
import { cohortSize, freeHonor, UNIT_NOUNS } from "../relations.ts";
import { emit } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

/** A level or a grade a title opens with: "first-class", "provincial-level", "national". */
const LEVEL = `(?:(?:first|second|third|national|provincial|municipal|county|city|district|state|central|region|regional)-(?:class|grade|level)|national|provincial|municipal)`;
const KIND = `(?:${UNIT_NOUNS}|campuses)`;
/** "48 first-class libraries": a count, then a title opened by its level and closed by a kind. */
// The kind closes the title where the list or the sentence goes on ("51 provincial enterprise
// technical centers, 21 ...": not at "enterprise").
const COUNTED_TITLE = String.raw`(\d[\d,]*)\s+(${LEVEL}\s+(?:[a-z][a-z-]*\s+){0,4}?${KIND})(?=\s*(?:[,.;:()]|and\b|as\s+well\b|in\b|across\b|of\b|$))`;
const ITEM = new RegExp(`^${COUNTED_TITLE}`, "i");
const FIRST = new RegExp(String.raw`(?<![\w,.])${COUNTED_TITLE}`, "gi");
/** What joins one tallied title to the next. */
const JOIN = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)/i;

interface Tallied {
  at: number;
  count: string;
  title: string;
}

/** The tallied titles of a list from `position`, when it holds two or more. */
function tallyAt(text: string, position: number): Tallied[] {
  const items: Tallied[] = [];
  let at = position;
  for (let guard = 0; guard < 12; guard++) {
    const item = ITEM.exec(text.slice(at));
    if (!item) break;
    items.push({ at, count: item[1] as string, title: item[2] as string });
    const end = at + item[0].length;
    const join = JOIN.exec(text.slice(end));
    if (!join) break;
    at = end + join[0].length;
  }
  return items.length >= 2 ? items : [];
}

export const countedTitles: ConferralRule = {
  name: "counted-titles",
  example:
    "Tarn has 21 provincial-level civilized campuses and 97 municipal-level civilized campuses.",
  gate: /\d\s+(?:first|second|third|national|provincial|municipal|county|city|district|state|central|region)/i,
  find(input) {
    const { state, context, skeleton } = input;
    const text = skeleton.text;
    const out = [];
    FIRST.lastIndex = 0;
    for (let m = FIRST.exec(text); m; m = FIRST.exec(text)) {
      const tally = tallyAt(text, m.index);
      if (tally.length === 0) continue;
      for (const item of tally) {
        const titleAt = item.at + text.slice(item.at).indexOf(item.title);
        const honor = freeHonor(state, context, skeleton, titleAt, item.title, undefined);
        const start = skeleton.toView(item.at, "start");
        const end = skeleton.toView(titleAt + item.title.length, "end");
        const size = cohortSize(item.count);
        if (!honor || end <= start || size === undefined) continue;
        const cohort = state.newMention("Cohort", start, end, context.sentence, 0.7);
        out.push(
          ...emit(input, [cohort], [honor], "", item.at, { status: "conferred", cohortSize: size }),
        );
      }
      const last = tally[tally.length - 1] as Tallied;
      FIRST.lastIndex = last.at + last.count.length + 1 + last.title.length;
    }
    return out;
  },
};
