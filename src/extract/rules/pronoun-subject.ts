// A person named just before, then "he" or "she": "The runner-up was Lu Min, a reporter. She
// received the award for her reporting." A generic "the award" or "the title" is the honor the
// text named before; a named one ("the title of X") is read as written.
import type { Mention } from "../../types.ts";
import { honorInContext } from "./context-honor.ts";
import { emit, honorsAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const PRONOUN_WINS =
  /^\s*(?:(?:Later|Then|Also|Recently)\s*,\s*)?(?:He|She)\s+(?:has\s+|had\s+)?(?:also\s+|later\s+|successively\s+)?(?:received|won|obtained|(?:was|been)\s+awarded|(?:was|been)\s+granted|(?:was|been)\s+given|(?:was|been)\s+named|(?:was|been)\s+honou?red\s+as)\s+/i;
const GENERIC_HONOR = /^(?:the\s+)?(?:award|title|honou?r|medal|prize|commendation)\b(?!\s+of\b)/i;
/** How many sentences back the person may be named. */
const REACH = 2;

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
  return undefined;
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
  gate: /\b(?:He|She)\s/,
  find(input) {
    const { skeleton } = input;
    const m = PRONOUN_WINS.exec(skeleton.text);
    if (!m) return [];
    const person = lastPerson(input);
    if (!person) return [];
    const rest = skeleton.text.slice(m[0].length);
    if (GENERIC_HONOR.test(rest)) {
      const honor = honorInContext(input);
      if (!honor) return [];
      return emit(input, [person], [{ honor, end: skeleton.text.length }], m[0], 0);
    }
    // "He has won the A, the B and other honorary titles": every honor named.
    const objects = honorsAfter(input, m[0].length).filter((o) => o.honor.kind === "Honor");
    return emit(input, [person], objects, m[0], 0);
  },
};
