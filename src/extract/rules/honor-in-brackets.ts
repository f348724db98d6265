// A title in brackets right after its holder: "the Lake Grotto (5A-level National Scenic Area) is
// located ..."; "the Hill Museum (National First-class Museum) opened ...". The bracket holds the
// title and nothing else; the holder stands right before it.
import { describesAnHonor } from "../honor-words.ts";
import { alreadyFound, canReceive, emit } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const HOLDER_THEN_TITLE = /\uE000(\d+)\uE001\s*\(\s*(?:(?:19|20)\d{2}\s+)?\uE000(\d+)\uE001\s*\)/g;

export const honorInBrackets: ConferralRule = {
  name: "honor-in-brackets",
  example: "The Lake Grotto (5A-level National Scenic Area) is in the north of the province.",
  gate: /\)/,
  needsNames: true,
  find(input) {
    const { skeleton } = input;
    const out = [];
    HOLDER_THEN_TITLE.lastIndex = 0;
    for (
      let m = HOLDER_THEN_TITLE.exec(skeleton.text);
      m;
      m = HOLDER_THEN_TITLE.exec(skeleton.text)
    ) {
      const holder = skeleton.mentionAt(Number(m[1]));
      const honor = skeleton.mentionAt(Number(m[2]));
      if (!holder || !canReceive(holder) || alreadyFound(input, holder)) continue;
      if (honor?.kind !== "Honor" || describesAnHonor(honor.name)) continue;
      const end = m.index + m[0].length;
      out.push(...emit(input, [holder], [{ honor, end }], "", m.index, { status: "conferred" }));
    }
    return out;
  },
};
