// Cities, counties and districts as holders in the active voice: "Lakeside, Hillcrest
// and Bayview keep the title of national civilized cities"; "Lakeside County won the
// title of provincial ecological county". The core patterns read organizations and people here.
import { siteBefore } from "../relations.ts";
import { alreadyFound, emit, honorsAfter, recipientsBefore } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const HOLDS =
  /\b(?:(?:has|have|had)\s+)?(?:(?:also|successfully|again|once\s+again|continued\s+to|continues\s+to|continue\s+to)\s+){0,2}(retained|retains|retain|kept|keeps|keep|won|wins|obtained|received|gained|earned|secured)\s+/gi;

export const placesHold: ConferralRule = {
  name: "places-hold",
  example:
    "Lakeside, Hillcrest and Bayview continued to retain the title of national civilized cities.",
  gate: /\b(?:retain|kept|keep|won|wins|obtained|received|gained|earned|secured)/i,
  needsNames: true,
  find(input) {
    const text = input.skeleton.text;
    const out = [];
    HOLDS.lastIndex = 0;
    for (let m = HOLDS.exec(text); m; m = HOLDS.exec(text)) {
      const holders = recipientsBefore(input, m.index);
      if (holders.length === 0 || holders.some((h) => h.kind !== "Place")) continue;
      // "Pine Village in Lake City, Hill Province won": the province is the village's address.
      const places = holders.filter(
        (h) =>
          !alreadyFound(input, h) && !siteBefore(input.skeleton, input.skeleton.placeholderAt(h)),
      );
      const renewal = /^(?:retain|kept|keep)/i.test(m[1] as string);
      const objects = honorsAfter(input, m.index + m[0].length);
      out.push(
        ...emit(input, places, objects, m[0], m.index, renewal ? { status: "renewed" } : {}),
      );
    }
    return out;
  },
};
