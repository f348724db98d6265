// The rest of a cohort, named after its first members or its count: "Shanxi has ten national
// garden cities, the others being A, B and C"; "Wang Li was honored posthumously, while the three
// others are A, B and C"; "The other four laureates are A, B and C".
import type { Mention } from "../../types.ts";
import { NUMBER } from "../relations.ts";
import { honorSoFar } from "./context-honor.ts";
import { emit, listAfter, mentionsIn } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const THE_OTHERS = new RegExp(
  String.raw`\bthe\s+(?:(?:${NUMBER})\s+others?|others?|other\s+(?:${NUMBER}\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+s)\s+(?:being|are|were|include|included)\s*:?\s*(?=(?:the\s+)?(?:[A-Z][\w'-]*[\s,]+){0,4}"?\uE000)`,
  "gi",
);

/** The honor the sentence names before `at`, or else the one the text has been about. */
function honorOfTheCohort(input: RuleInput, at: number): Mention | undefined {
  const { skeleton } = input;
  const before = mentionsIn(skeleton, skeleton.text.slice(0, at)).filter((m) => m.kind === "Honor");
  return before.at(-1) ?? honorSoFar(input);
}

export const theOthers: ConferralRule = {
  name: "the-others",
  example: "Shanxi has ten national garden cities, the others being Taiyuan, Houma and Lucheng.",
  gate: /\bothers?\b/i,
  needsNames: true,
  find(input) {
    const out = [];
    const text = input.skeleton.text;
    THE_OTHERS.lastIndex = 0;
    for (let m = THE_OTHERS.exec(text); m; m = THE_OTHERS.exec(text)) {
      const honor = honorOfTheCohort(input, m.index);
      if (!honor) continue;
      const holders = listAfter(input, m.index + m[0].length).filter((h) => h.id !== honor.id);
      const object = { honor, end: m.index };
      out.push(...emit(input, holders, [object], m[0], m.index, { status: "conferred" }));
    }
    return out;
  },
};
