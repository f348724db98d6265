// A holder's tally of ranked prizes: "Pine University won a Special Prize, two First Prizes and 4
// Second Prizes"; "won two gold medals and one silver medal"; "won 12 awards, of which three were
// first prizes and nine were second prizes"; "Lake College's five projects won awards from the
// Bureau, two first prizes and three second prizes". Each ranked prize is an honor of its own,
// named by its rank ("second prize"): the holder won one of each.
import type { Mention } from "../../types.ts";
import { RANK, RANKED_PRIZE } from "../honor-words.ts";
import { type HonorObject, NUMBER, organizationsIn } from "../relations.ts";
import { emit, freeTextHonor, honorsAfter, recipientsBefore } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const WIN = String.raw`\b(?:(?:has|have|had)\s+(?:also\s+)?)?(?:won|wins|win|took|takes|received|receives|obtained|obtains|bagged|claimed|garnered|secured|earned|(?:was|were|has\s+been|have\s+been)\s+awarded)\s+`;
// One ranked prize with its count: "4 Second Prizes", "a national Special Prize", "two were
// first prizes". The rank and the prize word are the honor's name, in lower case or read as a name.
// "one first prize for the X Award": the prize of the award named after it is the item's honor.
const OF_AWARD = String.raw`\s+(?:of|for)\s+(?:the\s+)?\uE000\d+\uE001`;
// "6 national first prizes", "27 city-level gold awards": the level is part of the prize's name.
const LEVEL = `(?:national|provincial|municipal|city|county)(?:-level)?`;
const ITEM = String.raw`(?:a|an|${NUMBER})\s+(?:(?:was|were)\s+)?(${LEVEL}\s+)?(?:(${RANKED_PRIZE}(?:${OF_AWARD})?)(?!\w)|\uE000(\d+)\uE001)(?!\s+(?:of|for)\b)`;
const RANKED_NAME = new RegExp(`^(?:(?:national|provincial|municipal)\\s+)?${RANKED_PRIZE}$`, "i");
// After an item, before the next: a bracket, where it was won ("in the X contest"), then a comma
// or "and".
const BETWEEN = String.raw`(?:\s*\([^()]{0,40}\))?(?:\s+(?:in|at)\s+(?:the\s+)?(?:[^,;.\uE000]|\uE000\d+\uE001){1,80}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)`;
// "won 10 awards, of which", "won awards from the Bureau,": the tally after a count of awards.
// The body the awards came from, if named: "from the Provincial Department".
const AWARDS_FIRST = String.raw`(?:(?:${NUMBER})\s+)?(?:(?!${RANK}\b)[a-z-]+\s+)?(?:awards|prizes|medals|honou?rs)(?:\s+(?:(from)|in|at)\s+(?:the\s+)?((?:[^,;.:\uE000]|\uE000\d+\uE001){1,80}?))?\s*[,:]\s*(?:(?:of\s+which|including|among\s+(?:them|which)|namely)\s*,?\s*)?`;
const TALLY = new RegExp(`${WIN}(?:${AWARDS_FIRST})?(?=${ITEM})`, "gi");
const ITEM_AT = new RegExp(`^${ITEM}`, "i");
const BETWEEN_AFTER = new RegExp(`^${BETWEEN}`, "i");
/** "Lake College's five projects won": the owner of the winning works holds the prizes. */
const OWNER_BEFORE = /\uE000(\d+)\uE001(?:'|\u2019)s?\s+(?:[a-z-]+\s+){1,4}$/;

/** A ranked prize written in lower case, ending at `end`: a new honor mention. */
function rankedPrizeAt(input: RuleInput, end: number, name: string): Mention {
  return freeTextHonor(input, end - name.length, end);
}

/**
 * A ranked prize read as a name ("a First Prize"): that honor, if it is one. Once the tally has
 * begun, any counted honor goes on it ("2 second prizes of X, 1 Y Award of Z").
 */
function namedPrize(
  input: RuleInput,
  index: string | undefined,
  tallyBegun: boolean,
): Mention | undefined {
  const mention = input.skeleton.mentionAt(Number(index));
  if (mention?.kind !== "Honor") return undefined;
  return tallyBegun || RANKED_NAME.test(mention.name) ? mention : undefined;
}

/** "6 national [first prizes]": a level before a prize read as a name makes a new honor of both. */
function leveledPrize(
  input: RuleInput,
  item: RegExpExecArray,
  at: number,
  named: Mention | undefined,
): Mention | undefined {
  const level = item[1];
  if (!named || !level) return named;
  const end = at + item[0].length;
  return freeTextHonor(input, at + item[0].indexOf(level), end);
}

/** Honors read as names from `position` on ("the X Award and the Y Award"), not free text. */
function namedHonorsAfter(input: RuleInput, position: number): HonorObject[] {
  const named = [];
  for (const object of honorsAfter(input, position)) {
    const honor = object.honor as Mention & { freeText?: boolean };
    if (honor.kind !== "Honor" || honor.freeText) break;
    named.push(object);
  }
  return named;
}

/** The ranked prizes from `position` on, each its own honor. */
function tallyAfter(input: RuleInput, position: number): HonorObject[] {
  const { skeleton } = input;
  const objects: HonorObject[] = [];
  let at = position;
  for (let guard = 0; guard < 12; guard++) {
    const item = ITEM_AT.exec(skeleton.text.slice(at));
    // "two first prizes, the X Award and the Y Award": honors named after the tally go on the list.
    if (!item) {
      if (objects.length > 0) objects.push(...namedHonorsAfter(input, at));
      break;
    }
    const honor = item[2]
      ? rankedPrizeAt(input, at + item[0].length, `${item[1] ?? ""}${item[2]}`)
      : leveledPrize(input, item, at, namedPrize(input, item[3], objects.length > 0));
    if (!honor) break;
    objects.push({ honor, end: at + item[0].length });
    const between = BETWEEN_AFTER.exec(skeleton.text.slice(at + item[0].length));
    if (!between) break;
    at += item[0].length + between[0].length;
  }
  return objects;
}

/** Who won: the names before the verb, else the owner of the winning works. */
function holdersOf(input: RuleInput, verbAt: number): Mention[] {
  const named = recipientsBefore(input, verbAt).filter((m) => m.kind !== "Honor");
  if (named.length > 0) return named;
  const owner = OWNER_BEFORE.exec(input.skeleton.text.slice(Math.max(0, verbAt - 80), verbAt));
  const mention = owner ? input.skeleton.mentionAt(Number(owner[1])) : undefined;
  return mention && mention.kind !== "Honor" && mention.kind !== "Place" ? [mention] : [];
}

// "A has won 6 awards in the contest. There is one second prize and four third prizes.": the tally
// opens the next sentence; the holder is the one that won the counted awards.
const TALLY_OPENS = new RegExp(
  String.raw`^\s*(?:There\s+(?:is|are|was|were)|(?:Among|Of)\s+(?:them|which|these)\s*,?(?:\s+there\s+(?:is|are|was|were))?|(?:They|These)\s+(?:include|included|are|were))\s*:?\s*(?=${ITEM})`,
  "i",
);
const WON_AWARDS = new RegExp(
  String.raw`${WIN}(?:a\s+total\s+of\s+)?${NUMBER}\s+(?:[a-z-]+\s+){0,2}?(?:awards|prizes|medals)\b`,
  "i",
);

/** The holder of the counted awards of the sentence before: the one name before its verb. */
function winnerOfSentenceBefore(input: RuleInput): Mention | undefined {
  const { state, context } = input;
  const before = state.contexts[context.sentence.index - 1];
  if (!before) return undefined;
  const { start, end } = before.sentence;
  const won = WON_AWARDS.exec(state.view.slice(start, end));
  if (!won) return undefined;
  const verbAt = start + won.index;
  const named = before.top.filter(
    (m) => m.evidence.end <= verbAt && m.kind !== "Honor" && m.kind !== "Place",
  );
  return named.length === 1 ? named[0] : undefined;
}

function tallyOfSentenceBefore(input: RuleInput) {
  const opens = TALLY_OPENS.exec(input.skeleton.text);
  const holder = opens ? winnerOfSentenceBefore(input) : undefined;
  if (!opens || !holder) return [];
  const objects = tallyAfter(input, opens[0].length);
  return emit(input, [holder], objects, "", 0);
}

const WINS =
  /\b(?:won|wins?|took|takes|received|receives|obtain(?:ed|s)|bagged|claimed|garnered|secured|earned|awarded)\b/i;

export const prizeTally: ConferralRule = {
  name: "prize-tally",
  example: "Pine University won a Special Prize, two First Prizes and 4 Second Prizes.",
  find(input) {
    const out = tallyOfSentenceBefore(input);
    const text = input.skeleton.text;
    // The tally of a sentence's own win needs its verb and a name.
    if (!WINS.test(text) || !text.includes("\uE000")) return out;
    TALLY.lastIndex = 0;
    for (let m = TALLY.exec(text); m; m = TALLY.exec(text)) {
      const holders = holdersOf(input, m.index);
      if (holders.length === 0) continue;
      const objects = tallyAfter(input, m.index + m[0].length);
      const issuers = m[1] ? organizationsIn(input.state, input.skeleton, m[2] ?? "") : [];
      out.push(...emit(input, holders, objects, m[0], m.index, { issuers }));
    }
    return out;
  },
};
