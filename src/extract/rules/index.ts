// The conferral rules, in the order they run. Each reads one phrasing family; see each file's
// `example`. `disabled` names rules to leave out (`laurel eval --rules-off NAME,...`), so each
// rule's worth can be measured on real text.
import type { Conferral } from "../../types.ts";
import type { DocumentState, SentenceContext } from "../index.ts";
import type { Skeleton } from "../relations.ts";
import { corePatterns } from "./core.ts";
import { honorSubjectList } from "./honor-subject-list.ts";
import { honorThenList } from "./honor-then-list.ts";
import { numberedList } from "./numbered-list.ts";
import { passiveDesignation } from "./passive-designation.ts";
import type { ConferralRule } from "./types.ts";

export const CONFERRAL_RULES: readonly ConferralRule[] = [
  corePatterns,
  passiveDesignation,
  honorThenList,
  honorSubjectList,
  numberedList,
];

export function runConferralRules(
  state: DocumentState,
  context: SentenceContext,
  skeleton: Skeleton,
  disabled: ReadonlySet<string> = new Set(),
): Conferral[] {
  const found: Conferral[] = [];
  for (const rule of CONFERRAL_RULES) {
    if (disabled.has(rule.name)) continue;
    found.push(...rule.find({ state, context, skeleton, found }));
  }
  return found;
}
