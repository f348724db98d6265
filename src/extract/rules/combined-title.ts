// One title naming two honors: "Hill School and Professor Wu Ping named Provincial Advanced
// Collective and Individual in Water Conservation". The collective's honor goes to the bodies, the
// individual's to the people: "Provincial Advanced Collective in Water Conservation" and
// "Provincial Advanced Individual in Water Conservation". Runs once a sentence's rules have read it.
import type { Conferral, Mention } from "../../types.ts";
import type { DocumentState } from "../index.ts";

const COMBINED =
  /\b((?:[A-Z][\w'-]*\s+){1,4}?)(Groups?|Collectives?|Units?)\s+and\s+(Individuals?)((?:\s+(?:in|of|for|on)(?:\s+(?:the|and|of|in|for)|\s+[A-Z][\w'-]*)+)?)/;

function overlaps(mention: Mention | undefined, start: number, end: number): boolean {
  return mention !== undefined && mention.evidence.start < end && mention.evidence.end > start;
}

/** An honor mention over the combined title's span, named for one of its two honors. */
function honorNamed(
  state: DocumentState,
  span: { start: number; end: number; sentence: number },
  name: string,
): Mention {
  const sentence = state.sentences[span.sentence] as DocumentState["sentences"][number];
  const mention = state.newMention("Honor", span.start, span.end, sentence, 0.7);
  mention.name = name;
  return mention;
}

/** Gives each holder of a combined title the honor of its kind: people the individual's. */
export function splitCombinedTitle(state: DocumentState, found: Conferral[]): Conferral[] {
  const index = found[0]?.evidence[0]?.sentenceIndex;
  const sentence = index === undefined ? undefined : state.sentences[index];
  if (index === undefined || !sentence) return found;
  const m = COMBINED.exec(state.view.slice(sentence.start, sentence.end));
  if (!m) return found;
  const start = sentence.start + m.index;
  const end = start + m[0].trimEnd().length;
  const touched = found.filter((c) => overlaps(state.byId.get(c.honor), start, end));
  if (touched.length === 0) return found;
  const [, prefix = "", group = "", , suffix = ""] = m;
  const span = { start, end, sentence: index };
  const names = {
    group: `${prefix}${group.replace(/s$/, "")}${suffix.trimEnd()}`,
    person: `${prefix}Individual${suffix.trimEnd()}`,
  };
  // Each honor is made when a holder of its kind is there: no honor without a holder.
  const made = new Map<"group" | "person", Mention>();
  const honorFor = (kind: "group" | "person"): Mention => {
    const mention = made.get(kind) ?? honorNamed(state, span, names[kind]);
    made.set(kind, mention);
    return mention;
  };
  const seen = new Set<string>();
  return found.filter((c) => {
    if (touched.includes(c)) {
      const person = state.byId.get(c.recipient)?.kind === "Person";
      c.honor = honorFor(person ? "person" : "group").id;
    }
    const key = `${c.recipient} ${c.honor}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
