// Holders listed first, then the honor in an appositive (dashes reach here as "-"): "A, B and C - the seven newly selected
// Best Tourism Villages - have become ..."; "A and B, the two newly named provincial bases, will".

import { readHonorObject } from "../relations.ts";
import { alreadyFound, emit, recipientsBefore } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const APPOSITIVE =
  /\uE001"?(\s*[\u2013\u2014-]\s*|\s*,\s*)(?:all\s+)?the\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:(?:newly|recently|latest|first|last)\s+)?(?:selected|named|designated|approved|listed|certified|recogni[sz]ed|awarded|added|rated|identified)\s+/g;

export const listAppositive: ConferralRule = {
  name: "list-appositive",
  example:
    "Pine Village, Elm Village and Ash Village - the three newly selected model villages - ...",
  gate: /\b(?:newly|recently|latest|first|last)?\s*(?:selected|named|designated|approved|listed|certified|recogni[sz]ed|awarded|added|rated|identified)\s/,
  needsNames: true,
  find(input) {
    const { state, context, skeleton } = input;
    const text = skeleton.text;
    const out = [];
    APPOSITIVE.lastIndex = 0;
    for (let m = APPOSITIVE.exec(text); m; m = APPOSITIVE.exec(text)) {
      const listEnd = m.index + 1 + (text[m.index + 1] === '"' ? 1 : 0);
      const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
      if (object?.honor.kind !== "Honor") continue;
      const recipients = recipientsBefore(input, listEnd).filter((r) => !alreadyFound(input, r));
      out.push(...emit(input, recipients, [object], m[0], m.index));
    }
    return out;
  },
};
