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

/** Words that come in pairs in one title of two honors: "the best actor and actress". */
const PAIRED_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["male", "female"],
  ["men's", "women's"],
  ["actor", "actress"],
  ["actors", "actresses"],
  ["boys", "girls"],
];

const PAIRED_TITLE = new RegExp(
  String.raw`^(.*?\b)(${PAIRED_WORDS.flat().join("|")})\s+and\s+(${PAIRED_WORDS.flat().join("|")})\b(.*)$`,
  "i",
);

/** The two honors a title of paired words names, in the order it names them. */
function pairedHonorNames(name: string): [string, string] | undefined {
  const m = PAIRED_TITLE.exec(name);
  if (!m) return undefined;
  const [, prefix = "", first = "", second = "", suffix = ""] = m;
  const pair = PAIRED_WORDS.find(
    ([a, b]) => a === first.toLowerCase() && b === second.toLowerCase(),
  );
  return pair ? [`${prefix}${first}${suffix}`, `${prefix}${second}${suffix}`] : undefined;
}

/**
 * "A and B took home the best male and female X awards", "C and D took the best actor and actress
 * respectively": two holders of one title of paired words hold its two honors in turn.
 */
export function splitPairedTitle(state: DocumentState, found: Conferral[]): Conferral[] {
  if (found.length !== 2) return found;
  const [one, other] = found.map((c) => state.byId.get(c.honor));
  if (!one || !other || one.kind !== "Honor" || other.kind !== "Honor") return found;
  // "the best actor and actress respectively": read as two honors, the second without its "best".
  const joined =
    one === other
      ? one.name
      : /^\s*and\s*$/.test(state.view.slice(one.evidence.end, other.evidence.start))
        ? `${one.name} and ${other.name}`
        : undefined;
  const names = joined === undefined ? undefined : pairedHonorNames(joined);
  if (!names) return found;
  const holders = [...found].sort(
    (a, b) =>
      (state.byId.get(a.recipient)?.evidence.start ?? 0) -
      (state.byId.get(b.recipient)?.evidence.start ?? 0),
  );
  const span = {
    start: one.evidence.start,
    end: Math.max(one.evidence.end, other.evidence.end),
    sentence: one.evidence.sentenceIndex,
  };
  holders.forEach((c, i) => {
    c.honor = honorNamed(state, span, names[i] as string).id;
  });
  return found;
}
