// The conferral rules, in the order they run. Each reads one phrasing family; see each file's
// `example`. `disabled` names rules to leave out (`laurel eval --rules-off NAME,...`), so each
// rule's worth can be measured on real text.
import type { Conferral } from "../../types.ts";
import type { DocumentState, SentenceContext } from "../index.ts";
import type { Skeleton } from "../relations.ts";
import { academyTitle, membershipByName } from "./academy-title.ts";
import { dropAddressHolders } from "./address-holders.ts";
import { amongTheWinners } from "./among-the-winners.ts";
import { asHolder } from "./as-holder.ts";
import { dropBareHeads } from "./bare-head.ts";
import { dropBracketedAffiliations } from "./bracketed-affiliations.ts";
import { widenByBracketedQualifier } from "./bracketed-qualifier.ts";
import { categoryClause } from "./category-clause.ts";
import { splitCategoryList } from "./category-list.ts";
import { categoryWinners } from "./category-winners.ts";
import { classProfiles } from "./class-profiles.ts";
import { cohortLists } from "./cohort-lists.ts";
import { colonList } from "./colon-list.ts";
import { splitCombinedTitle, splitPairedTitle } from "./combined-title.ts";
import { congratulations } from "./congratulations.ts";
import { announcedHonor } from "./context-honor.ts";
import { corePatterns } from "./core.ts";
import { countedAs } from "./counted-as.ts";
import { countedCohort } from "./counted-cohort.ts";
import { dropCountedHolders } from "./counted-holders.ts";
import { countedItems } from "./counted-items.ts";
import { countedShares } from "./counted-shares.ts";
import { countedTitles } from "./counted-titles.ts";
import { firstToWin } from "./first-to-win.ts";
import { gapping } from "./gapping.ts";
import { keepHoldersOfTheTitlesKind } from "./holder-kind.ts";
import { holdsTitle } from "./holds-title.ts";
import { honorAnaphora } from "./honor-anaphora.ts";
import { honorGivenTo } from "./honor-given-to.ts";
import { honorGivers } from "./honor-givers.ts";
import { honorHeading } from "./honor-heading.ts";
import { honorInBrackets } from "./honor-in-brackets.ts";
import { honorSubjectList } from "./honor-subject-list.ts";
import { honorThenList } from "./honor-then-list.ts";
import { honorsItWon } from "./honors-it-won.ts";
import { includingThe } from "./including-the.ts";
import { inlineColonList } from "./inline-colon-list.ts";
import { joinedNetwork } from "./joined-network.ts";
import { laureateTitle } from "./laureate-title.ts";
import { lineList } from "./line-list.ts";
import { listAppositive } from "./list-appositive.ts";
import { listContinues } from "./list-continues.ts";
import { listPlacement } from "./list-placement.ts";
import { holdersForListedMembers } from "./listed-members.ts";
import { listedWithoutHonor } from "./listed-without-honor.ts";
import { namedParagraphsRule } from "./named-paragraphs.ts";
import { dropNestedHolders } from "./nested-holders.ts";
import { nominatedFor } from "./nominated-for.ts";
import { nominationList } from "./nomination-list.ts";
import { numberedList } from "./numbered-list.ts";
import { holderOnWhoseBehalf } from "./on-behalf.ts";
import { dropOriginHolders } from "./origin-holders.ts";
import { dropParticipleObjects } from "./participle-objects.ts";
import { passiveDesignation } from "./passive-designation.ts";
import { performerInBrackets } from "./performer-in-brackets.ts";
import { placeDesignations } from "./place-designations.ts";
import { dropPlacesForOthersTitles } from "./places-for-others.ts";
import { placesHold } from "./places-hold.ts";
import { presentedTo } from "./presented-to.ts";
import { prizeForHolder } from "./prize-for-holder.ts";
import { prizeTally } from "./prize-tally.ts";
import { profileSections } from "./profile-sections.ts";
import { pronounSubject } from "./pronoun-subject.ts";
import { quotedWorks } from "./quoted-works.ts";
import { ranksOnList } from "./ranks-on-list.ts";
import { dropRegionalPlaces } from "./regional-places.ts";
import { distributeRespectively } from "./respectively.ts";
import { revoked, revokedFromContext } from "./revoked.ts";
import { sameSentence } from "./same-sentence.ts";
import { sharedSubjectRule } from "./shared-subject.ts";
import { sharedWith } from "./shared-with.ts";
import { slashPairs } from "./slash-pairs.ts";
import { starRatings } from "./star-ratings.ts";
import { subjectInPassing } from "./subject-in-passing.ts";
import { theOthers } from "./the-others.ts";
import { titledWorks } from "./titled-works.ts";
import { titlesSuchAs } from "./titles-such-as.ts";
import { topList } from "./top-list.ts";
import { topListProse } from "./top-list-prose.ts";
import { topNAre } from "./top-n-are.ts";
import type { ConferralRule } from "./types.ts";
import { whichWentTo } from "./which-went-to.ts";
import { winnerOf } from "./winner-of.ts";
import { winnersAre } from "./winners-are.ts";
import { winnersOfList } from "./winners-of-list.ts";
import { winnersSection } from "./winners-section.ts";
import { zonesInPlaces } from "./zones-in-places.ts";

export const CONFERRAL_RULES: readonly ConferralRule[] = [
  corePatterns,
  passiveDesignation,
  placesHold,
  honorThenList,
  honorSubjectList,
  quotedWorks,
  titledWorks,
  numberedList,
  topList,
  topListProse,
  topNAre,
  ranksOnList,
  zonesInPlaces,
  listContinues,
  announcedHonor,
  honorGivers,
  categoryClause,
  listedWithoutHonor,
  pronounSubject,
  congratulations,
  titlesSuchAs,
  honorGivenTo,
  asHolder,
  holdsTitle,
  honorInBrackets,
  placeDesignations,
  gapping,
  colonList,
  inlineColonList,
  includingThe,
  cohortLists,
  countedItems,
  countedCohort,
  countedShares,
  countedAs,
  countedTitles,
  categoryWinners,
  lineList,
  profileSections,
  namedParagraphsRule,
  classProfiles,
  subjectInPassing,
  listAppositive,
  winnerOf,
  academyTitle,
  membershipByName,
  laureateTitle,
  nominatedFor,
  nominationList,
  prizeForHolder,
  revoked,
  theOthers,
  amongTheWinners,
  winnersOfList,
  winnersAre,
  honorsItWon,
  presentedTo,
  firstToWin,
  sharedWith,
  whichWentTo,
  honorHeading,
  joinedNetwork,
  sharedSubjectRule,
  honorAnaphora,
  listPlacement,
  prizeTally,
  winnersSection,
  starRatings,
  sameSentence,
];

/** Rules switched off for this process: LAUREL_RULES_OFF=name,name (set by `laurel eval --rules-off`). */
export function rulesOffFromEnvironment(): ReadonlySet<string> {
  const names = (process.env.LAUREL_RULES_OFF ?? "").split(",").map((n) => n.trim());
  return new Set(names.filter((n) => n !== ""));
}

let rulesOff: ReadonlySet<string> | undefined;

/** The switched-off rules of this process, read from the environment once. */
export function currentRulesOff(): ReadonlySet<string> {
  rulesOff ??= rulesOffFromEnvironment();
  return rulesOff;
}

/** What runs on a sentence's conferrals once every rule has read it, in this order. */
const AFTER_THE_RULES: ReadonlyArray<(state: DocumentState, found: Conferral[]) => Conferral[]> = [
  keepHoldersOfTheTitlesKind,
  dropNestedHolders,
  dropAddressHolders,
  dropCountedHolders,
  dropOriginHolders,
  holderOnWhoseBehalf,
  performerInBrackets,
  slashPairs,
  dropBareHeads,
  dropBracketedAffiliations,
  dropRegionalPlaces,
  dropPlacesForOthersTitles,
  dropParticipleObjects,
  holdersForListedMembers,
  widenByBracketedQualifier,
  splitCombinedTitle,
  splitPairedTitle,
  splitCategoryList,
  revokedFromContext,
];

/** The rule that read each conferral, kept beside it for error analysis (`scripts/debug-sentences.ts`). */
const readBy = new WeakMap<Conferral, string>();

/** The name of the rule that read `conferral`, when a rule made this very object. */
export function ruleThatRead(conferral: Conferral): string | undefined {
  return readBy.get(conferral);
}

export function runConferralRules(
  state: DocumentState,
  context: SentenceContext,
  skeleton: Skeleton,
  disabled: ReadonlySet<string>,
): Conferral[] {
  const found: Conferral[] = [];
  const named = skeleton.text.includes("\uE000");
  for (const rule of CONFERRAL_RULES) {
    if (disabled.has(rule.name)) continue;
    if (rule.needsNames && !named) continue;
    if (rule.gate && !rule.gate.test(skeleton.text)) continue;
    for (const conferral of rule.find({ state, context, skeleton, found })) {
      readBy.set(conferral, rule.name);
      found.push(conferral);
    }
  }
  const distributed = distributeRespectively({ state, context, skeleton, found }, found);
  // Conferrals "respectively" made anew from the ones found belong to the rule that read the sentence.
  const reader = found[0] ? readBy.get(found[0]) : undefined;
  if (reader) for (const c of distributed) if (!readBy.has(c)) readBy.set(c, reader);
  return AFTER_THE_RULES.reduce((kept, step) => step(state, kept), distributed);
}
