// Someone hands an honor over, whoever they are: "The mayor presented the Lake Prize to Pine
// School"; "The ministry conferred the title of X on Y"; "The governor presented A and B with the
// Y"; "The jury awarded Pine School the Lake Prize". A named body that hands it over is its issuer.
import type { Mention } from "../../types.ts";
import { readHonorObject } from "../relations.ts";
import {
  alreadyFound,
  canReceive,
  emit,
  listAfter,
  mentionsIn,
  recipientsBefore,
} from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const HANDS_OVER =
  /\b(?:presented|presents|awarded|awards|gave|gives|granted|grants|conferred|confers|confer|bestowed|bestows|bestow|(?<=\bto\s+)(?:award|grant|present|give))\s+/gi;
// "to confer the X, the highest honor, on expert A": an aside after the honor, a description
// before the holder.
const TO_HOLDERS =
  /^(?:\s*,\s*(?:the|a|an)\s+[^,;.\uE000]{1,60},|\s*,(?=\s+(?:to|on|upon)\s))?\s+(?:(?:to|on|upon)\s+(?:(?!behalf\b|of\b|for\b|in\b|at\b|by\b|from\b|with\b|the\b|all\b|its\b|their\b|(?:two|three|four|five|six|seven|eight|nine|ten|several|many)\b)[a-z]+\s+){0,4}?)\s*(?=(?:the\s+)?"?\uE000)/i;
const PLACEHOLDER_LIST = String.raw`(?:the\s+)?\uE000\d+\uE001(?:\s*,\s*(?:and\s+)?(?:the\s+)?\uE000\d+\uE001)*(?:\s*,?\s*and\s+(?:the\s+)?\uE000\d+\uE001)?`;
// "30 comrades including A", "81 individuals including A and B": a counted group named by some.
const COUNTED_INCLUDING = String.raw`(?:(?:\d[\d,]*|[a-z]+)\s+(?:[a-z]+\s+){0,2}?including\s+)?`;
// "presented A and B with the X"; "awarded A the X" (two objects, the holders first).
// Without "with", the honor opens with an article or a quote: "granted A B" is no such pair.
// "awarded Comrades A and B the title": a plural form of address before the holders.
const ADDRESSED = String.raw`(?:(?:comrades|professors|academicians|doctors|messrs\.?)\s+)?`;
const HOLDERS_FIRST = new RegExp(
  String.raw`^${COUNTED_INCLUDING}${ADDRESSED}(${PLACEHOLDER_LIST})\s+(?:with\s+(?=the\s|an?\s|"|\uE000)|(?=the\s|an?\s|"))`,
  "i",
);

// "The role earned Zhang Yi the Best Actor award", "which won lead actor A the X award": what a
// person did brings the person the honor; only people stand right after these verbs so.
const BRINGS =
  /\b(?:earned|won|brought|wins|earns|brings)\s+(?:(?:lead|supporting)\s+)?(?:(?:actor|actress|director|writer|star)\s+)?/gi;
const PERSON_THEN_HONOR = new RegExp(
  String.raw`^(${PLACEHOLDER_LIST})\s+(?=the\s|an?\s|"|\uE000)`,
  "i",
);

// "The University will confer ...", "is set to present": an honor still to be handed over.
const STILL_TO_COME =
  /\b(?:will|shall|would|(?:is|are)\s+(?:set|due|going|scheduled|expected)\s+to|plans?\s+to)\s+$/i;

/** The body that hands the honor over, when the clause names one right before the verb. */
function giver(input: RuleInput, verbAt: number): Mention[] {
  return recipientsBefore(input, verbAt).filter((m) => m.kind === "Organization");
}

function holdersOf(input: RuleInput, mentions: Mention[]): Mention[] {
  return mentions.filter((h) => canReceive(h) && h.kind !== "Honor" && !alreadyFound(input, h));
}

export const presentedTo: ConferralRule = {
  name: "presented-to",
  example: "The mayor presented the Lake Prize to Pine School.",
  gate: /\b(?:present|award|gave|give|grant|confer|bestow|earn|won|wins|brought|brings)/i,
  needsNames: true,
  find(input) {
    const { state, context, skeleton } = input;
    const text = skeleton.text;
    const out = [];
    HANDS_OVER.lastIndex = 0;
    for (let m = HANDS_OVER.exec(text); m; m = HANDS_OVER.exec(text)) {
      // "was awarded", "has been presented": the passive is the other rules'.
      if (/\b(?:was|were|is|are|been|be)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)))
        continue;
      const after = m.index + m[0].length;
      const first = HOLDERS_FIRST.exec(text.slice(after));
      const at = first ? after + first[0].length : after;
      const object = readHonorObject(state, context, skeleton, at);
      if (object?.honor.kind !== "Honor") continue;
      const to = first ? null : TO_HOLDERS.exec(text.slice(object.end));
      const holders = first
        ? holdersOf(input, mentionsIn(skeleton, first[1] as string))
        : to
          ? holdersOf(input, listAfter(input, object.end + to[0].length))
          : [];
      const toCome = STILL_TO_COME.exec(text.slice(Math.max(0, m.index - 30), m.index));
      const issuers = giver(input, m.index - (toCome?.[0].length ?? 0));
      const status = toCome ? "proposed" : "conferred";
      const pairs = to ? gappedPairs(input, object.end + to[0].length) : [];
      // With more pairs after it, the first honor has the one holder before them.
      const own = pairs.length > 0 ? holders.slice(0, 1) : holders;
      out.push(...emit(input, own, [object], m[0], m.index, { status, issuers }));
      for (const pair of pairs)
        out.push(...emit(input, pair.holders, [pair.object], m[0], m.index, { status, issuers }));
    }
    out.push(...broughtToPeople(input));
    return out;
  },
};

/** "The role earned A the X": each person right after the verb holds the honor that follows. */
function broughtToPeople(input: RuleInput) {
  const { state, context, skeleton } = input;
  const text = skeleton.text;
  const out = [];
  BRINGS.lastIndex = 0;
  for (let m = BRINGS.exec(text); m; m = BRINGS.exec(text)) {
    const after = m.index + m[0].length;
    const first = PERSON_THEN_HONOR.exec(text.slice(after));
    if (!first) continue;
    const people = mentionsIn(skeleton, first[1] as string);
    if (people.length === 0 || people.some((p) => p.kind !== "Person")) continue;
    const object = readHonorObject(state, context, skeleton, after + first[0].length);
    if (object?.honor.kind !== "Honor") continue;
    out.push(...emit(input, holdersOf(input, people), [object], m[0], m.index));
  }
  return out;
}

/** One holder's name, maybe after a word of address: "Professor A", "Mr A". */
const ONE_HOLDER = /^\s*(?:[A-Z][a-z]+\.?\s+)?\uE000\d+\uE001/;
const NEXT_PAIR = /^\s*(?:,\s*(?:and\s+)?|and\s+)/;

/**
 * "confer X on A, Y on B, and Z on C": after the first holder, more honors each with its holder,
 * the verb left out.
 */
function gappedPairs(input: RuleInput, from: number) {
  const { state, context, skeleton } = input;
  const text = skeleton.text;
  const pairs = [];
  let at = from;
  for (let guard = 0; guard < 20; guard++) {
    const holder = ONE_HOLDER.exec(text.slice(at));
    const glue = holder ? NEXT_PAIR.exec(text.slice(at + holder[0].length)) : null;
    if (!holder || !glue) break;
    const object = readHonorObject(
      state,
      context,
      skeleton,
      at + holder[0].length + glue[0].length,
    );
    const to = object?.honor.kind === "Honor" ? TO_HOLDERS.exec(text.slice(object.end)) : null;
    if (!object || !to) break;
    at = object.end + to[0].length;
    const holders = holdersOf(input, listAfter(input, at)).slice(0, 1);
    if (holders.length === 0) break;
    pairs.push({ holders, object });
  }
  return pairs;
}
