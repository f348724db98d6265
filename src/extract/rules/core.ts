// The first-generation patterns (relations.ts): capitalised honors, issuer-first sentences,
// "the title of X was awarded to", renewals, revocations. Kept as one rule so it can be measured
// and switched off like the others.
import { findConferrals } from "../relations.ts";
import type { ConferralRule } from "./types.ts";

export const corePatterns: ConferralRule = {
  name: "core-patterns",
  example: "The Hill Museum was named a National Science Popularization Education Base.",
  find: ({ state, context, skeleton }) => findConferrals(state, context, skeleton),
};
