// "The top eight towns on the list were A and B of Hill province, C, as well as D";
// "The top three companies are A, B and C"; "The top 10 brands include A, B and C": a best-of
// list opens the sentence as its subject, and the names after the verb are on it.
import type { Mention } from "../../types.ts";
import { cohortSize, NUMBER } from "../relations.ts";
import { honorSoFar } from "./context-honor.ts";
import { alreadyFound, emit, freeTextHonor, listAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

// The list's size and its plural head, maybe "on the list" after it, opening the sentence or a
// clause; then the verb that names what is on it, and a name.
const TOP_N_ARE = new RegExp(
  String.raw`(?:^|[;:]\s*)(?:the\s+)?(top\s+(${NUMBER})\s+(?:[A-Za-z-]+\s+){0,4}?[a-z-]+s(?:\s+(?:on|in)\s+(?:the|this)\s+(?:list|ranking))?)\s+(?:were|are|include|includes|included)\s*:?\s+(?=(?:the\s+)?\uE000)`,
  "i",
);

// "The association issued the Top 100 Machinery Firms. The top 3 are A, B and C": no noun of its
// own; the top of the ranking the text named before.
const TOP_N_OF_RANKING = new RegExp(
  String.raw`^\s*(?:the\s+)?top\s+(${NUMBER})\s+(?:were|are|include|includes|included)\s*:?\s+(?=(?:the\s+)?\uE000)`,
  "i",
);
const A_RANKING = /\btop\s+\d{1,4}\b/i;

/** The names listed from `from` that are on a list of `size`: none when more are named. */
function holdersOnList(input: RuleInput, from: number, size: number | undefined): Mention[] {
  const holders = listAfter(input, from).filter(
    (h) => !alreadyFound(input, h) && h.kind !== "Honor",
  );
  return size === undefined || holders.length > size ? [] : holders;
}

/** The ranking the text named before, when the honor so far is one ("Top 100 X"). */
function rankingSoFar(input: RuleInput): Mention | undefined {
  const honor = honorSoFar(input);
  return honor && A_RANKING.test(honor.name) ? honor : undefined;
}

export const topNAre: ConferralRule = {
  name: "top-n-are",
  example: "The top three companies on the list are Hill Steel Group, Lake Power and Pine Bank.",
  gate: /\btop\s+\S+\s/i,
  needsNames: true,
  find(input) {
    const bare = TOP_N_OF_RANKING.exec(input.skeleton.text);
    const ranking = bare ? rankingSoFar(input) : undefined;
    if (bare && ranking) {
      const holders = holdersOnList(input, bare[0].length, cohortSize(bare[1]));
      return emit(input, holders, [{ honor: ranking, end: bare[0].length }], bare[0], 0, {
        status: "conferred",
      });
    }
    const m = TOP_N_ARE.exec(input.skeleton.text);
    if (!m) return [];
    const size = cohortSize(m[2]);
    if (size === undefined || size < 2) return [];
    const holders = holdersOnList(input, m.index + m[0].length, size);
    if (holders.length === 0) return [];
    const start = m.index + m[0].indexOf(m[1] as string);
    const honor = freeTextHonor(input, start, start + (m[1] as string).length);
    return emit(input, holders, [{ honor, end: m.index + m[0].length }], m[0], m.index, {
      status: "conferred",
      cohortSize: size,
    });
  },
};
