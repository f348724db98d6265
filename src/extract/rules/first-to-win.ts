// A holder said to be the first (or only) of its kind to win: "Pine School is the first school in
// the province to win the Lake Prize"; "Wang Lin was the only scientist to be named a Hill
// Fellow". ("became the first ... to" is the core's: "became" wins there.)
import { firstOfItsKindTo, ORDINAL } from "../relations.ts";
import { holdersThenHonors } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

// readHonorObject skips the "first ... to win" part and reads the honor after it.
// "has been the fourth project of the group winning the X": an ordinal past the first counts too.
const IS_FIRST_TO = new RegExp(
  String.raw`\b(?:is|was|are|were|(?:has|have)\s+been)\s+(?=${firstOfItsKindTo(`only|youngest|oldest|${ORDINAL}`)}\s)`,
  "gi",
);

const GENERIC = /^(?:the\s+)?(?:honou?rs?|awards?|titles?|prizes?)\b/i;

export const firstToWin: ConferralRule = {
  name: "first-to-win",
  example: "Pine School is the first school in the province to win the Lake Prize.",
  gate: new RegExp(
    String.raw`\b(?:${ORDINAL}|only|youngest|oldest|few)\b[^.;]{1,90}\b(?:to\s+(?:be|win|receive|obtain|gain|earn|claim)|winning|receiving|(?:that|which)\s+(?:ha[sdv]e?\s+)?(?:been|won|received|obtained|gained|earned))\b`,
    "i",
  ),
  needsNames: true,
  find(input) {
    // "the only one to win the honor in the sector": a generic honor names none.
    return holdersThenHonors(input, IS_FIRST_TO).filter(
      (c) => !GENERIC.test(input.state.byId.get(c.honor)?.name ?? ""),
    );
  },
};
