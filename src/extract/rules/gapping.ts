// A second clause that leaves its verb out: "The Hill Museum was rated as a first-class museum,
// and the Lake Museum, the Pine Museum and the Salt Museum as third-class museums".

import { GAPPED_CLAUSE, mentionsNamedIn, readHonorObject } from "../relations.ts";
import { alreadyFound, canReceive, emit } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const VERB =
  /\b(?:rated|named|designated|listed|selected|approved|recogni[sz]ed|classified|identified|awarded|promoted|upgraded|included|received|won|obtained|gained|elected)\b/i;
// "..., and B as X"; "..., C a Y, and D a Z": each clause after the verb's, its verb left out.
const AND_THEN =
  /[,;]?\s+and\s+(?=(?:the\s+)?"?\uE000)|,\s+(?=(?:the\s+)?"?\uE000\d+\uE001"?\s+(?:an?|the|as)\s)/g;

export const gapping: ConferralRule = {
  name: "gapping",
  example:
    "The Hill Museum was rated first-class, and the Lake Museum and the Pine Museum as third-class.",
  gate: /\band\b[^.]*\s(?:as|the|an?)\s/i,
  needsNames: true,
  find(input) {
    const { state, context, skeleton } = input;
    const text = skeleton.text;
    const out = [];
    AND_THEN.lastIndex = 0;
    for (let m = AND_THEN.exec(text); m; m = AND_THEN.exec(text)) {
      // The verb the clause leaves out must come before it.
      if (!VERB.test(text.slice(0, m.index))) continue;
      const from = m.index + m[0].length;
      const clause = GAPPED_CLAUSE.exec(text.slice(from));
      if (!clause) continue;
      const recipients = mentionsNamedIn(skeleton, clause[0]).filter(
        (r) => canReceive(r) && !alreadyFound(input, r),
      );
      const object = readHonorObject(state, context, skeleton, from + clause[0].length);
      if (!object || object.honor.kind === "Person" || object.honor.kind === "Place") continue;
      out.push(...emit(input, recipients, [object], "as", from));
    }
    return out;
  },
};
