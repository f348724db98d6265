// A person named just before, then "he" or "she": "The runner-up was Lu Min, a reporter. She
// received the award for her reporting." A generic "the award" or "the title" is the honor the
// text named before; a named one ("the title of X") is read as written.
import type { Mention } from "../../types.ts";
import { rootOf } from "../index.ts";
import { honorInContext } from "./context-honor.ts";
import { emit, honorsAfter, SENTENCE_OPENER } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const WINS =
  "(?:has\\s+|had\\s+)?(?:(?:also|later|successively|once|then|again|subsequently)\\s+){0,2}(?:received|won|obtained|(?:was|were|been)\\s+awarded|(?:was|were|been)\\s+granted|(?:was|were|been)\\s+given|(?:was|were|been)\\s+named|(?:was|were|been)\\s+honou?red\\s+as|(?:was|were|been)\\s+elected(?:\\s+as)?|(?:was|were|been)\\s+inducted(?=\\s+(?:as|into)\\b)|(?:was|were|been)\\s+recogni[sz]ed\\s+(?:by|with)|(?:is|was|are|were|became)\\s+(?:also\\s+)?(?:the|a|an)\\s+(?:(?:joint|proud|first|youngest|only)\\s+)?(?:co-)?(?:winners?|recipients?|laureates?)\\s+of|(?:is|was|are|were|became|become)\\s+(?:also\\s+)?the\\s+(?:first|only|youngest|oldest)\\s+[a-z][a-z\\s-]{0,60}?\\s+to\\s+(?:be\\s+awarded|be\\s+named|win|receive))\\s+";
/** "; in 2018 she won ...": the year a later clause opens with, before its pronoun. */
const WHEN = "(?:in\\s+(?:19|20)\\d{2}|(?:later|then)\\s*,?)";
// "He won ...", "In 2019 he was named ...", "..., and she also won ...", "He applied for ..., and won ...", "She is the only
// woman to be named ...", "She became the first woman to win ...".
// "His work was recognized by ...": what a person did stands for the person.
const HIS_WORK = "(?:his|her)\\s+(?:work|research|studies|achievements?)";
const PRONOUN_WINS = new RegExp(
  `^\\s*(?:(?:Later|Then|Also|Recently)\\s*,\\s*|In\\s+(?:[A-Z][a-z]+\\s+)?(?:19|20)\\d{2}\\s*,?\\s*)?(?:He|She|${HIS_WORK})\\s+${WINS}|(?:,|;|\\band)\\s+(?:and\\s+)?(?:${WHEN}\\s*,?\\s*)?(?:he|she|${HIS_WORK})\\s+${WINS}|^\\s*(?:He|She)\\s[^.;\\uE000]{0,200}?,?\\s+and\\s+${WINS}`,
  "gi",
);
// "Both were inducted as ...", "They won the prize ...": the people the sentence before named.
const PLURAL_WINS = new RegExp(
  `^\\s*(?:(Both)(?:\\s+of\\s+them)?|(The\\s+two)|They)\\s+(?:(?:both|also|all)\\s+)?${WINS}`,
);
// "In 2019, he continued his studies, won the X, was selected as Y, and won the Z": a pronoun
// that opens the sentence (after a time or place phrase) and then a series of predicates.
const PRONOUN_OPENS = /^(He|She|he|she)\s+(?!and\b|or\b|with\b)[a-z]+\b/;
const SERIES_WINS = new RegExp(`(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${WINS}`, "g");
/** A clause of its own between two predicates: a relative, a contrast, a new subject. */
const OWN_CLAUSE =
  /\b(?:who|which|that|while|whereas|but|he|she|they)\b|\uE001\s+(?:was|were|is|are|has|have|won|received)\b/;
const GENERIC_HONOR = /^(?:the\s+)?(?:award|title|honou?r|medal|prize|commendation)\b(?!\s+of\b)/i;
/** How many sentences back the person may be named. */
const REACH = 5;

/** The last person named in this sentence before `position`, else in the sentences just before. */
function lastPerson(input: RuleInput): Mention | undefined {
  const { state, context } = input;
  for (let i = context.sentence.index - 1; i >= 0 && i >= context.sentence.index - REACH; i--) {
    // "Zhang served as a soldier ... He was awarded ...": a sentence that opens with a surname
    // alone speaks of the person of that surname named before.
    const sentence = state.sentences[i];
    const surname = sentence
      ? /^\s*([A-Z][a-z]+)\s+(?!of\b)[a-z]/.exec(
          state.view.slice(sentence.start, sentence.end),
        )?.[1]
      : undefined;
    const bySurname = surname ? personOfSurname(state, surname, sentence?.start ?? 0) : undefined;
    if (bySurname) return bySurname;
    const people = (state.contexts[i]?.top ?? []).filter((m) => m.kind === "Person");
    const last = people[people.length - 1];
    if (last) return last;
  }
  return headlinePerson(state);
}

/** The people of the nearest sentence before that names two or more; exactly two for "both". */
function peopleBefore(input: RuleInput, two: boolean): Mention[] {
  const { state, context } = input;
  for (let i = context.sentence.index - 1; i >= 0 && i >= context.sentence.index - REACH; i--) {
    const people = new Map<string, Mention>();
    for (const m of state.contexts[i]?.top ?? []) {
      if (m.kind === "Person" && !people.has(rootOf(state, m).id))
        people.set(rootOf(state, m).id, m);
    }
    if (people.size === 0) continue;
    if (people.size < 2 || (two && people.size !== 2)) return [];
    return [...people.values()];
  }
  return [];
}

/** The one person a profile's headline names: "he" further on in the story is that person. */
function headlinePerson(state: RuleInput["state"]): Mention | undefined {
  const named = state.mentions.filter(
    (m) => m.kind === "Person" && state.sentences[m.evidence.sentenceIndex]?.headline,
  );
  return new Set(named.map((m) => m.name)).size === 1 ? named[0] : undefined;
}

/** The honors after the pronoun's verb at [start, end). */
function honorsOfPronoun(
  input: RuleInput,
  person: Mention,
  start: number,
  end: number,
  verb: string,
) {
  const rest = input.skeleton.text.slice(end);
  if (GENERIC_HONOR.test(rest)) {
    const honor = honorInContext(input);
    if (!honor) return [];
    return emit(input, [person], [{ honor, end: input.skeleton.text.length }], verb, start);
  }
  // "He has won the A, the B and other honorary titles": every honor named.
  const objects = honorsAfter(input, end).filter((o) => o.honor.kind === "Honor");
  return emit(input, [person], objects, verb, start);
}

/** "In 2019, he studied on, won the X, and was named Y": each predicate's honors. */
function predicateSeries(input: RuleInput) {
  const text = input.skeleton.text;
  const opener = SENTENCE_OPENER.exec(text)?.[0].length ?? 0;
  const pronoun = PRONOUN_OPENS.exec(text.slice(opener));
  if (!pronoun) return [];
  const person = lastPerson(input);
  if (!person) return [];
  const out = [];
  // The opening pronoun itself is no new subject.
  let previous = opener + (pronoun[1] as string).length;
  SERIES_WINS.lastIndex = opener;
  for (let m = SERIES_WINS.exec(text); m; m = SERIES_WINS.exec(text)) {
    if (OWN_CLAUSE.test(text.slice(previous, m.index))) break;
    out.push(...honorsOfPronoun(input, person, m.index, m.index + m[0].length, m[0]));
    previous = m.index + m[0].length;
  }
  return out;
}

/** The one person named before `before` whose name starts with this surname. */
function personOfSurname(
  state: RuleInput["state"],
  surname: string,
  before: number,
): Mention | undefined {
  const found = new Map<string, Mention>();
  for (const m of state.mentions) {
    if (m.kind === "Person" && m.evidence.start < before && m.name.startsWith(`${surname} `))
      found.set(m.name, found.get(m.name) ?? m);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

export const pronounSubject: ConferralRule = {
  name: "pronoun-subject",
  example: "The runner-up was Lu Min, a reporter. She received the award for her reporting.",
  gate: /\b(?:[Hh]e|[Ss]he|Both|They|The\s+two|[Hh]is\s+(?:work|research|studies|achievement)|[Hh]er\s+(?:work|research|studies|achievement))\s/,
  find(input) {
    const { skeleton } = input;
    const out = [];
    const plural = PLURAL_WINS.exec(skeleton.text);
    if (plural) {
      const end = plural.index + plural[0].length;
      const exactlyTwo = plural[1] !== undefined || plural[2] !== undefined;
      for (const person of peopleBefore(input, exactlyTwo))
        out.push(...honorsOfPronoun(input, person, plural.index, end, plural[0]));
    }
    PRONOUN_WINS.lastIndex = 0;
    for (let m = PRONOUN_WINS.exec(skeleton.text); m; m = PRONOUN_WINS.exec(skeleton.text)) {
      const person = lastPerson(input);
      if (!person) return [];
      out.push(...honorsOfPronoun(input, person, m.index, m.index + m[0].length, m[0]));
    }
    if (out.length === 0) out.push(...predicateSeries(input));
    return out;
  },
};
