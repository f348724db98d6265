// "National Garden City (County)", "the Luban Prize (Overseas Projects)": a bracket right after an
// honor's name says which branch of it, and is part of its name. An acronym ("(NSEB)") is not (the
// names read it as the acronym), nor a place ("(Hubei)"), nor a short form the text defines ("(the
// project)"), nor a person (who holds it), nor a term of years (read as the conferral's period).
import type { Conferral } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { isPlaceName } from "../lexicon.ts";
import { personBracketedAfter } from "./performer-in-brackets.ts";

const BRACKET_AFTER =
  /^ ?\(([A-Za-z][A-Za-z-]*(?: [A-Za-z-]+){0,3}|(?:19|20)\d{2} ?[-\u2013] ?(?:19|20)\d{2})\)/;
const ACRONYM = /^[A-Z0-9&-]+$/;
/** "National Innovative County (City) Construction List": the title goes on after the bracket. */
const TITLE_GOES_ON =
  /^((?: [A-Z][a-z]+){0,3} (?:List|Lists|Award|Awards|Prize|Prizes|Medal|Title|Base|Bases|Zone|Zones|Unit|Units|Project|Projects|Program|Programs))(?=[\s,.;:)]|$)/;
const SHORT_FORM = /^(?:the|hereinafter)\b/i;

/** Widens each honor a conferral names by the bracketed qualifier right after it. */
export function widenByBracketedQualifier(state: DocumentState, found: Conferral[]): Conferral[] {
  for (const id of new Set(found.map((c) => c.honor))) {
    const honor = state.byId.get(id);
    if (honor?.kind !== "Honor") continue;
    const bracket = BRACKET_AFTER.exec(
      state.view.slice(honor.evidence.end, honor.evidence.end + 48),
    );
    const inside = bracket?.[1];
    if (!bracket || !inside || ACRONYM.test(inside) || isPlaceName(inside.toLowerCase())) continue;
    // "(the project)", "(hereinafter the Plan)": a short form the text defines, not a branch.
    if (SHORT_FORM.test(inside)) continue;
    // "Best Actress (Zhou Lan)": the person who holds it, not a branch.
    if (personBracketedAfter(state, honor)) continue;
    const sentence = state.sentences[honor.evidence.sentenceIndex];
    const afterBracket = honor.evidence.end + bracket[0].length;
    const goesOn = TITLE_GOES_ON.exec(state.view.slice(afterBracket, afterBracket + 60))?.[1] ?? "";
    const end = afterBracket + goesOn.length;
    if (!sentence || end > sentence.end) continue;
    honor.evidence = state.evidence(honor.evidence.start, end, sentence, honor.evidence.confidence);
    honor.surface = honor.evidence.exact;
    honor.name = `${honor.name} (${inside})${goesOn}`;
  }
  return found;
}
