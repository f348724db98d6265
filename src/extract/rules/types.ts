// A conferral rule reads one phrasing family from one sentence. Rules run in order; a rule sees
// what the earlier ones found in the sentence, so it can leave a pair alone that is already read.
import type { Conferral } from "../../types.ts";
import type { DocumentState, SentenceContext } from "../index.ts";
import type { Skeleton } from "../relations.ts";

export interface RuleInput {
  state: DocumentState;
  context: SentenceContext;
  skeleton: Skeleton;
  /** Conferrals earlier rules found in this sentence. */
  found: readonly Conferral[];
}

export interface ConferralRule {
  /** Stable name, used to switch the rule off (`--rules-off`) and in evidence. */
  name: string;
  /** One line: the phrasing family, in an example of our own. */
  example: string;
  /** A cheap test a sentence must pass before the rule reads it (words the family needs). */
  gate?: RegExp;
  /**
   * The rule reads nothing in a sentence that names no one (no name placeholder): no conferral,
   * no new mention. Such sentences skip it, gate and all.
   */
  needsNames?: boolean;
  find(input: RuleInput): Conferral[];
}
