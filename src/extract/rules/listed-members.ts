// "The coaching staff team of Pine Rowing Club, made up of four coaches, including A, B, C and D,
// won the first prize": the people after "including" are the members of the team named first, and
// the team won. Read as holders, the members give way to the team. A list that follows no name
// ("Several teachers, including A and B, won") still holds the honor itself.
import type { Conferral, Mention } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { conferralOf } from "../relations.ts";
import { holderMentionIn } from "./parts.ts";

/** Between the team and its first listed member: an aside at most, then "including". */
const MEMBERS_AFTER = /^\s*,\s*(?:[^,;:.()]{1,100},\s*)?including\s+$/i;
/** Between listed members: commas and "and". */
const MEMBER_GLUE = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** A body made of its members: a team, a group, a crew. */
const MADE_OF_MEMBERS = /\b(?:team|group|crew|squad|delegation|troupe|band|duo|trio)$/i;
/** What may stand before the team: nothing, or a phrase that ends with a comma. */
const SUBJECT_OPENS = /(?:^|,)\s*(?:the\s+)?$/i;

/** Gives each honor whose holders are a team's listed members to the team instead. */
export function holdersForListedMembers(state: DocumentState, found: Conferral[]): Conferral[] {
  const evidence = found[0]?.evidence[0];
  if (!evidence) return found;
  const { sentence, sentenceIndex } = evidence;
  if (!/\bincluding\b/i.test(state.view.slice(sentence.start, sentence.end))) return found;
  const context = state.contexts[sentenceIndex];
  if (!context) return found;
  const kept: Conferral[] = [];
  const byTeam = new Map<string, Conferral>();
  for (const c of found) {
    const holder = holderMentionIn(state, c);
    const team = holder?.kind === "Person" ? teamListing(state, context.top, holder) : undefined;
    if (!team) {
      kept.push(c);
      continue;
    }
    const key = `${team.id}|${c.honor}`;
    if (byTeam.has(key)) continue;
    const honor = state.byId.get(c.honor) as Mention;
    // The team's own id and holder; issuers, date and evidence stay the members' conferral's.
    const { id, recipient } = conferralOf(state, sentenceIndex, team, honor, c.status, c.evidence);
    const moved = { ...c, id, recipient };
    byTeam.set(key, moved);
    kept.push(moved);
  }
  return kept;
}

/** The team whose members a list after "including" names, `person` among them. */
function teamListing(state: DocumentState, top: Mention[], person: Mention): Mention | undefined {
  let first = top.indexOf(person);
  if (first < 0) return undefined;
  // Walk back over the other members.
  while (first > 0) {
    const before = top[first - 1] as Mention;
    const gap = state.view.slice(before.evidence.end, (top[first] as Mention).evidence.start);
    if (before.kind !== "Person" || !MEMBER_GLUE.test(gap)) break;
    first--;
  }
  const team = top[first - 1];
  const listed = top[first] as Mention;
  if (!team || (team.kind !== "Organization" && team.kind !== "Work")) return undefined;
  if (team.kind === "Organization" && !MADE_OF_MEMBERS.test(headOf(team))) return undefined;
  if (!MEMBERS_AFTER.test(state.view.slice(team.evidence.end, listed.evidence.start)))
    return undefined;
  const sentence = team.evidence.sentence;
  return SUBJECT_OPENS.test(state.view.slice(sentence.start, team.evidence.start))
    ? team
    : undefined;
}

/** The name's head: its words before any "of" complement, the last of them. */
function headOf(mention: Mention): string {
  return mention.name.split(/\s+of\s+/i)[0]?.trim() ?? mention.name;
}
