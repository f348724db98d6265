// "A and B won the award of advanced worker in X and of advanced worker of Y respectively": the
// first holder has the first honor, the second the second. Runs over what the other rules found
// in the sentence and splits one combined honor among its holders, in order.
import type { Conferral, Mention, Span } from "../../types.ts";
import { ORDINAL } from "../relations.ts";
import { emit, partsBetween, spotsIn } from "./parts.ts";
import type { RuleInput } from "./types.ts";

const GENERIC_PREFIX = /^(?:the\s+)?(?:awards?|titles?|honou?rs?)\s+of\s+(?:the\s+)?/i;
const SEPARATOR = /\s*,\s*(?:and\s+)?(?:of\s+)?(?:the\s+)?|\s+and\s+(?:of\s+)?(?:the\s+)?/gi;

const RESPECTIVELY = /\brespectively\b/i;
/** "second" of "second and third place": an ordinal standing for its rank. */
const BARE_ORDINAL = new RegExp(`^${ORDINAL}$`, "i");
/** The head after a ranked last part: "third place", "second prizes". */
const SHARED_HEAD = new RegExp(
  `^${ORDINAL}\\s+(places?|prizes?|awards?|medals?|class|level|grade)$`,
  "i",
);
/** "He won X in 2000 and 2013 respectively": the years are paired, not holders with honors. */
const YEARS_RESPECTIVELY = /\b(?:19|20)\d{2}\s*,?\s*respectively\b/gi;

/** The parts of a combined honor's text, with offsets in the view. */
function partsOf(view: string, honor: Mention): Span[] {
  let start = honor.evidence.start;
  const prefix = GENERIC_PREFIX.exec(view.slice(start, honor.evidence.end));
  if (prefix) start += prefix[0].length;
  return partsBetween(view.slice(start, honor.evidence.end), start, SEPARATOR);
}

/**
 * "respectively" pairs holders and honors in order, within its own clause: what other clauses of
 * the sentence read ("A won X and Y, while B and C won Z respectively") is left as it is.
 */
export function distributeRespectively(input: RuleInput, found: Conferral[]): Conferral[] {
  const { state, context } = input;
  const sentence = state.view.slice(context.sentence.start, context.sentence.end);
  if (found.length < 2 || !RESPECTIVELY.test(sentence.replace(YEARS_RESPECTIVELY, "")))
    return found;
  const { start, end } = context.sentence;
  const clause = clauseOfRespectively(sentence, start);
  // A mention read in another sentence (an honor named before) is the clause's.
  const outside = (at: number) =>
    at >= start && at < end && (at < clause.start || at >= clause.end);
  const inClause = found.filter(
    (c) =>
      !outside(state.byId.get(c.recipient)?.evidence.start ?? -1) &&
      !outside(state.byId.get(c.honor)?.evidence.start ?? -1),
  );
  if (inClause.length === found.length) return pairInOrder(input, found);
  return [...found.filter((c) => !inClause.includes(c)), ...pairInOrder(input, inClause)];
}

// "A won X and Y, while B and C won Z respectively": clauses of their own before "respectively".
const CLAUSE_BREAK = /;|,\s*(?:while|whereas|but)\b/gi;

/** The clause of the sentence (offsets in the view) that holds its "respectively". */
function clauseOfRespectively(sentence: string, offset: number): { start: number; end: number } {
  const at = sentence.search(RESPECTIVELY);
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const index = m.index ?? 0;
    if (index < at) start = index + m[0].length;
    else if (index < end) end = index;
  }
  return { start: offset + start, end: offset + end };
}

/**
 * With as many honors as holders, the i-th holder keeps the i-th honor only; with one combined
 * honor, it is split into its parts first.
 */
function pairInOrder(input: RuleInput, found: Conferral[]): Conferral[] {
  const { state, context } = input;
  if (found.length < 2) return found;
  const position = (id: string) => state.byId.get(id)?.evidence.start ?? 0;
  const holders = [...new Set(found.map((c) => c.recipient))].sort(
    (a, b) => position(a) - position(b),
  );
  const honors = [...new Set(found.map((c) => c.honor))].sort((a, b) => position(a) - position(b));
  // One holder read for several honors "respectively": the others were missed. The list is read
  // back from the verb, so the holder read is the last one, and the last honor is its.
  if (holders.length === 1 && honors.length > 1)
    return found.filter((c) => c.honor === honors[honors.length - 1]);
  if (holders.length < 2) return found;
  // "A and B, along with C and D, were named X and Y respectively": two groups, one honor each.
  const groups = holderGroups(input, honors.length);
  if (groups) return byGroup(input, found, groups, honors);
  // Lists of unequal length, each of two or more, read all with all: a name of one was missed.
  // Pairing in order is right up to the missing one; all with all is wrong whatever was missed.
  // (Pairs read clause by clause, "A won X and B won Y, respectively", are left as they are.)
  const allWithAll = found.length === holders.length * honors.length;
  if (honors.length === holders.length || (honors.length > 1 && allWithAll)) {
    return found.filter((c) => holders.indexOf(c.recipient) === honors.indexOf(c.honor));
  }
  if (honors.length > 1) return found;
  const honor = state.byId.get(honors[0] as string);
  if (!honor) return found;
  const all = partsOf(state.view, honor);
  const parts = all.length === holders.length ? all : parallelPair(state.view, all, holders.length);
  if (!parts) return found;
  const last = parts[parts.length - 1];
  const head = last ? SHARED_HEAD.exec(state.view.slice(last.start, last.end)) : null;
  const lead = RANKED_LEAD.exec(state.view.slice(parts[0]?.start ?? 0, parts[0]?.end ?? 0));
  const sharedTail = last
    ? state.view.slice(last.start, last.end).trim().split(/\s+/).slice(1).join(" ")
    : "";
  const partHonors = parts.map((part, i) => {
    const mention = state.newMention("Honor", part.start, part.end, context.sentence, 0.7);
    (mention as Mention & { freeText?: boolean }).freeText = true;
    // "second and third place": the bare ordinal shares the last part's head; "the Female and
    // Male Players of the Year": a one-word part shares the last part's words after its first.
    if (head && BARE_ORDINAL.test(state.view.slice(part.start, part.end)))
      mention.name = `${mention.name} ${(head[1] as string).replace(/s$/i, "")}`;
    else if (i < parts.length - 1 && !/\s/.test(mention.name) && sharedTail)
      mention.name = `${mention.name} ${sharedTail}`;
    // "the first prize of the science group and the engineering group": the later groups share
    // the first part's prize.
    if (lead && i > 0 && !RANKED_LEAD.test(mention.name))
      mention.name = `${lead[0]}${mention.name}`;
    return mention.id;
  });
  for (const conferral of found)
    conferral.honor = partHonors[holders.indexOf(conferral.recipient)] as string;
  return found;
}

/** "first prize of ": a ranked prize "of" the group or category a part names. */
const RANKED_LEAD = new RegExp(
  String.raw`^(?:the\s+)?${ORDINAL}[\s-](?:class\s+|grade\s+|level\s+)?(?:prizes?|awards?|places?)\s+(?:of|in)\s+(?:the\s+)?`,
  "i",
);

/**
 * "the first prize of science group and Arts and Crafts special Group": more
 * parts than holders when a part has an "and" of its own. Two holders split it where both sides
 * end in the same head word ("group"), a parallel no other split gives.
 */
function parallelPair(view: string, parts: Span[], count: number): Span[] | undefined {
  if (count !== 2 || parts.length < 3) return undefined;
  const lastWord = (from: number, to: number) =>
    /(\w+)\W*$/.exec(view.slice(from, to))?.[1]?.toLowerCase();
  const first = parts[0] as Span;
  const last = parts[parts.length - 1] as Span;
  // Part k opens the right side; the left side ends with part k - 1.
  const splits = [];
  for (let k = 1; k < parts.length; k++) {
    const left = lastWord(first.start, (parts[k - 1] as Span).end);
    if (left !== undefined && left === lastWord((parts[k] as Span).start, last.end)) splits.push(k);
  }
  if (splits.length !== 1) return undefined;
  const k = splits[0] as number;
  return [
    { start: first.start, end: (parts[k - 1] as Span).end },
    { start: (parts[k] as Span).start, end: last.end },
  ];
}

/** Between two groups of holders: "A and B, along with C and D", "A, together with B". */
const NEXT_GROUP = /^\s*,?\s*(?:along|together)\s+with\s+(?:[a-z]+\s+)?$/i;
const IN_GROUP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:[a-z]+\s+)?$/i;

/**
 * The holders before the first honor, in groups joined by "along with" or "together with", when
 * there are as many groups as honors (two or more); undefined otherwise.
 */
function holderGroups(input: RuleInput, count: number): Mention[][] | undefined {
  const text = input.skeleton.text;
  const spots = spotsIn(input.skeleton, text);
  const firstHonor = spots.findIndex((s) => s.mention.kind === "Honor");
  const before = spots.slice(0, firstHonor < 0 ? spots.length : firstHonor);
  if (count < 2 || before.length < count) return undefined;
  const groups: Mention[][] = [[]];
  for (const [i, spot] of before.entries()) {
    const previous = before[i - 1];
    const between = previous ? text.slice(previous.end, spot.start) : "";
    if (previous && NEXT_GROUP.test(between)) groups.push([]);
    else if (previous && !IN_GROUP.test(between)) return undefined;
    if (spot.mention.kind !== "Person" && spot.mention.kind !== "Organization") return undefined;
    (groups[groups.length - 1] as Mention[]).push(spot.mention);
  }
  return groups.length === count ? groups : undefined;
}

/** Each group of holders with its honor, in order, in place of what the rules paired. */
function byGroup(
  input: RuleInput,
  found: Conferral[],
  groups: Mention[][],
  honors: string[],
): Conferral[] {
  const out: Conferral[] = [];
  const status = found[0]?.status ?? "conferred";
  for (const [i, group] of groups.entries()) {
    const honor = input.state.byId.get(honors[i] as string);
    if (!honor) return found;
    out.push(...emit(input, group, [{ honor, end: honor.evidence.end }], "", 0, { status }));
  }
  return out;
}
