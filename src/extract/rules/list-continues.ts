// A list of honored people that runs on past a full stop: "... were awarded to Li Ming, a
// forecaster of X. Wang Fang, a teacher of Y; Zhao Lei, ...". A sentence that opens with a person
// and a post right after a sentence that honored people continues that list.
import type { Conferral } from "../../types.ts";
import { emit, listAfter, mentionsIn } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

// Verbs of winning too: "B, also Chinese, beat A to win the best actor" is a clause of its own;
// and of giving: "A, President of X, Presented the Certificate to B" is a caption of its own.
const OWN_VERB =
  /\b(?:said|says|spoke|speaks|attended|delivered|took|made|gave|presided|visited|noted|added|stressed|pointed|will|would|serves?|served|beat|beats|won|wins|win|received|receives|claimed|earned|lost|presented|presents|handed|hands|congratulated|congratulates|met|meets|hosted|hosts|chaired|chairs|announced|announces|issued|issues|signed|signs|inspected|inspects)\b/i;

export const listContinues: ConferralRule = {
  name: "list-continues",
  example: "The awards went to Li Ming, a forecaster. Wang Fang, a teacher; Zhao Lei, a nurse.",
  gate: /^\s*\uE000\d+\uE001\s*,/,
  find(input) {
    const { state, context, skeleton } = input;
    // A sentence that honors its own subject ("B, a professor, received the Y") starts anew.
    if (input.found.length > 0) return [];
    const first = /^\s*\uE000(\d+)\uE001\s*,/.exec(skeleton.text);
    if (!first || skeleton.mentionAt(Number(first[1]))?.kind !== "Person") return [];
    // "Gao Lin, dean of X, spoke.": a sentence with a verb of its own says something new.
    if (OWN_VERB.test(skeleton.text)) return [];
    // "Lin Yu, the previous winner of the Y Award, will ...": a sentence naming an honor of
    // its own is about that honor.
    if (mentionsIn(skeleton, skeleton.text).some((m) => m.kind === "Honor")) return [];
    const previous = context.sentence.index - 1;
    // Conferrals are kept in text order: read back only through the previous sentence's.
    const before: Conferral[] = [];
    for (let i = state.conferrals.length - 1; i >= 0; i--) {
      const c = state.conferrals[i] as Conferral;
      const index = c.evidence[0]?.sentenceIndex ?? -1;
      if (index < previous) break;
      if (index === previous) before.push(c);
    }
    const people = (c: Conferral) => state.byId.get(c.recipient)?.kind === "Person";
    if (before.length === 0 || !before.every(people)) return [];
    const honor = state.byId.get((before[0] as Conferral).honor);
    if (!honor) return [];
    const recipients = listAfter(input, 0);
    return emit(input, recipients, [{ honor, end: skeleton.text.length }], "", 0, {
      status: (before[0] as Conferral).status,
    });
  },
};
