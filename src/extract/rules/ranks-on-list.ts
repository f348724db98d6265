// "According to a newly published list of the 50 greenest counties, Tarnby in Hill province
// ranks 7th"; "In the latest ranking of China's best hospitals, A placed third": a list
// named in a lead phrase, then a name that ranks on it.
import { emit, freeTextHonor } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const PLACE_WORD = String.raw`(?:No\.\s*)?(?:\d{1,4}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b`;
const RANKS_ON_LIST = new RegExp(
  String.raw`\b(?:according\s+to|in|on)\s+(?:a|the)\s+(?:(?:recently|newly|just|latest|new)\s+){0,2}(?:(?:released|published|issued|announced|unveiled)\s+)?(?:list|ranking)\s+of\s+(?:the\s+)?([^,;:]{5,160}?)\s*,\s*(?:the\s+)?\uE000(\d+)\uE001(?:\s+(?:in|of)\s+[^,;.\uE000]{0,50}?(?:\uE000\d+\uE001[^,;.\uE000]{0,30}?)?)?\s+(?:ranks|ranked|placed|came|comes|stands|stood)\s+(?:in\s+)?(?:the\s+)?${PLACE_WORD}`,
  "i",
);

export const ranksOnList: ConferralRule = {
  name: "ranks-on-list",
  example: "According to a newly published list of the 50 greenest counties, Tarnby ranks 7th.",
  gate: /\b(?:list|ranking)\s+of\b/i,
  needsNames: true,
  find(input) {
    const { skeleton } = input;
    const m = RANKS_ON_LIST.exec(skeleton.text);
    if (!m) return [];
    const holder = skeleton.mentionAt(Number(m[2]));
    if (!holder || !/^(?:Organization|Place|Person|Work)$/.test(holder.kind)) return [];
    const listAt = m.index + m[0].indexOf(m[1] as string);
    const honor = freeTextHonor(input, listAt, listAt + (m[1] as string).length);
    return emit(input, [holder], [{ honor, end: m.index + m[0].length }], m[0], m.index, {
      status: "conferred",
    });
  },
};
