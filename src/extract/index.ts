// **extract** turns one announcement into typed facts with evidence: mentions, conferrals,
// events and posts. Deterministic, no network; every pattern runs on one bounded sentence.

import type {
  Announcement,
  Conferral,
  Diagnostic,
  DocumentIssuerFact,
  EventFact,
  Evidence,
  Extraction,
  Level,
  Mention,
  MentionKind,
  PostFact,
} from "../types.ts";
import { findBylinePeople, findSourceBodies, PAGE_FIELD_LABEL } from "./bylines.ts";
import { isCountryName, isNationality } from "./countries.ts";
import {
  DATE_LABEL,
  type DateMention,
  findDates,
  formatDate,
  MONTH,
  month,
  shiftDate,
  weekdayOnOrBefore,
  yearsIn,
} from "./dates.ts";
import { definiteDescriptions } from "./descriptions.ts";
import { giversNamedInHonors, giversOfEventsAt } from "./givers-in-name.ts";
import { honorShortForms } from "./honor-short-forms.ts";
import { DESCRIBES_MANY, describesAnHonor, WINNER_NOUNS } from "./honor-words.ts";
import {
  CITIES,
  GIVER_HEADS,
  headKind,
  isBuiltProject,
  isEnglishWord,
  isHolidayOrHistoricMovement,
  isPlaceName,
  isUnitedNationsBody,
  LEVEL_WORDS,
  MONTH_NAMES,
  namesNoProgramme,
  PROVINCES,
  pinyinSyllables,
  SURNAMES,
  singular,
  TITLE_WORDS,
} from "./lexicon.ts";
import { memoized } from "./memo.ts";
import {
  extendToField,
  extendToFieldList,
  extendToProject,
  findAmpersandFirms,
  findBodiesAfterCount,
  findBodiesListedBeside,
  findDescribedBodies,
  findDescribedWorks,
  findFellowships,
  findFieldSeriesNames,
  findLevelBodies,
  findListedCapitalRuns,
  findListedPlaces,
  findLowercaseBodies,
  findLowercaseDepartments,
  findLowercaseFirms,
  findLowercaseGovernments,
  findLowercaseHeadBodies,
  findLowercasePlaces,
  findMadeWorks,
  findNamedProjects,
  findNamedSubjects,
  findNames,
  findNewsAgencies,
  findNumberedProgrammes,
  findNumberedUnits,
  findPeople,
  findPinyinListedPlaces,
  findPoliticalParties,
  findQuotedTeams,
  findSiteNames,
  findSizedRankings,
  findSubjectBareName,
  findSubjectCapitalRuns,
  findSubjectFieldOfStudy,
  findUnitsOfBodies,
  findYearTitles,
  isGenericName,
  isLegalForm,
  isLowercasePlaceHead,
  isLowercaseScenicHead,
  type LowercasePlace,
  MEMBERSHIP_NAME,
  type NameSpan,
  oneWordPlace,
  teamOfPerson,
  trimCountryAfter,
  trimListRank,
  widenToNamedLists,
  widenToTeams,
} from "./names.ts";
import { buildAnalysisView, restoreMarkedLetters } from "./normalize.ts";
import { findPortfolioBodies } from "./portfolio-bodies.ts";
import { personPronouns, thingPronouns } from "./pronouns.ts";
import {
  batchWord,
  cohortSize,
  datesOutsideNames,
  datesTheReport,
  findEvents,
  type Skeleton,
  sentenceDate,
  wonAnewEachRound,
} from "./relations.ts";
import { withoutNamedCohorts } from "./rules/counted-cohort.ts";
import { currentRulesOff, runConferralRules } from "./rules/index.ts";
import { type Sentence, segmentSentences } from "./segment.ts";
import { findRatedVenues, findStarRatings, STAR_GUIDES } from "./star-ratings.ts";
import { type Token, tokenize, unglue } from "./tokens.ts";
import { findTradeNames, TRADES } from "./trade-names.ts";

export { buildAnalysisView } from "./normalize.ts";
export { segmentSentences } from "./segment.ts";

export interface ExtractOptions {
  /** Publication date (ISO) used to resolve "yesterday" and years; defaults to front matter. */
  publicationDate?: string;
  /** Conferral rules to leave out, by name (see rules/index.ts). */
  disabledRules?: ReadonlySet<string>;
}

/** Internal per-sentence state shared with the relation patterns. */
export interface SentenceContext {
  sentence: Sentence;
  tokens: Token[];
  /** Top-level mention ids in order. */
  top: Mention[];
  dates: DateMention[];
  /** The date conferrals in this sentence take, once worked out (null: none). */
  conferralDate?: string | null;
}

export interface DocumentState {
  announcement: Announcement;
  view: string;
  /** Words the text itself names as places ("Xianning" of "Xianning City"), found once, with
   * the full name when the text gives only one ("Xianning" -> "Xianning City"; null if several). */
  placeStems?: Map<string, string | null>;
  /** The text names a guide that rates in stars ("Michelin"), found once: see star-ratings.ts. */
  starGuide?: boolean;
  sentences: Sentence[];
  contexts: SentenceContext[];
  mentions: Mention[];
  byId: Map<string, Mention>;
  city?: string;
  district?: string;
  years: number[];
  /** Official document numbers seen, with their year: "SKJ[2021] No. 381". */
  documentNumbers: Array<{ paragraph: number; year: number }>;
  /** ISO date the announcement was published, when known. */
  publicationDate?: string;
  /** Events found so far, so later sentences can add attendees and chairs. */
  events: EventFact[];
  /** Conferrals found so far, so "X is named in the list" can refer back to the headline's honor. */
  conferrals: Conferral[];
  /** Honors the text announces before naming holders ("recognizes 60 model schools"), in order. */
  declaredHonors: Mention[];
  /** Of those, the ids of honors taken from holders named later ("Nine firms lost their X."). */
  revokedHonors: Set<string>;
  /** Who gives an honor, said where no holder is named ("The X list was released by A"). */
  honorGivers: Array<{ honor: Mention; givers: Mention[] }>;
  /** Who gives the story's honors, unnamed there ("The awards were hosted by A and B"). */
  storyGivers: Mention[][];
  diagnostics: Diagnostic[];
  newMention(
    kind: MentionKind,
    start: number,
    end: number,
    sentence: Sentence,
    confidence?: number,
  ): Mention;
  evidence(start: number, end: number, sentence: Sentence, confidence: number): Evidence;
}

/**
 * What a sentence says of a win after the honor's name, not part of it: "won the Pine Prize
 * jointly", "the Lake Award once again", "the Red Medal for the second consecutive year", "this week";
 * and who holds the prize: "the 2025 Lake Prize Laureate".
 */
const HONOR_TAIL =
  /(?:\s+(?:once\s+(?:again|more)|again|jointly|as|were|are|was|is|(?:this|last)\s+(?:year|month|week)|for\s+(?:the\s+)?[a-z0-9-]+\s+(?:consecutive\s+)?(?:years?|times?)(?:\s+in\s+a\s+row)?)|(?<=\b(?:prize|award|medal)s?)\s+(?:laureate|winner|recipient|awardee)s?)$/i;

/**
 * "the prestigious X Award", "notable Life Fellows", "another Gold Award", "the honorable title of
 * X", "the festival's X prize": praise, "another", the word "title" or a giver in lower case before
 * an honor is no part of it ("the world's best X" is a ranking, and keeps it).
 */
const HONOR_LEAD =
  /^(?:(?:[Pp]restigious|[Nn]otable|[Cc]oveted|[Mm]uch-coveted|[Ee]steemed|[Ii]llustrious|[Aa]nother)\s+(?=\S)|[Hh]onou?rable\s+titles?\s+of\s+(?:the\s+)?(?=\S)|(?!(?:world|nation|country)\b)[a-z]+(?:'s|\u2019s)\s+(?!(?:best|top|most|highest|largest|first|leading|greatest|biggest|oldest)\b)(?=\S))/;

/** A page stamp's next field glued to a byline's name: "Lu Lan Time:", "Wu Ke Views:". */
const FIELD_LABEL_TAIL = new RegExp(String.raw`\s+${PAGE_FIELD_LABEL}$`);

/** The end of a person's name without the page-stamp label that follows it before a colon. */
function withoutFieldLabel(view: string, start: number, end: number): number {
  const label = FIELD_LABEL_TAIL.exec(view.slice(start, end));
  if (!label || !/^\s*[:\uFF1A]/.test(view.slice(end, end + 3))) return end;
  return end - label[0].length;
}

function withoutHonorTail(name: string): string {
  // 'the "X Medal (hereinafter referred to as "Y")': the short form a text defines is no part of it.
  const defined = HEREINAFTER.exec(name);
  const named = defined && defined.index > 0 ? name.slice(0, defined.index) : name;
  const tail = HONOR_TAIL.exec(named);
  return tail && tail.index > 0 ? named.slice(0, tail.index) : named;
}

const HEREINAFTER = /\s*[(\uFF08]\s*(?:hereinafter|hereafter)\b/i;
/** "List of the X awardees": the words that open a list of an honor's holders. */
const LIST_OF = /^(?:the\s+)?(?:full\s+)?list\s+of\s+(?:the\s+)?(?=\S)/i;
const HOLDERS_AFTER = new RegExp(String.raw`^\s+${WINNER_NOUNS}\b`, "i");

/** "born in December 1930": a person's birth year dates nothing the story tells. */
const BIRTH_DATE =
  /\bborn\s+(?:in\s+|on\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d{2}\b/g;

const DOC_NUMBER =
  /\b([A-Z][A-Za-z]{0,12}) ?[[(]((?:19|20)\d{2})[\])] ?(?:No\. ?)?(\d{1,5})(?: ?(?:Hao|hao))?/g;

export function extractFacts(announcement: Announcement, options: ExtractOptions = {}): Extraction {
  const view = buildAnalysisView(announcement.text);
  const sentences = segmentSentences(view);
  const mentions: Mention[] = [];
  const byId = new Map<string, Mention>();
  const state: DocumentState = {
    announcement,
    view,
    sentences,
    contexts: [],
    mentions,
    byId,
    years: yearsIn(view.replace(BIRTH_DATE, "")),
    events: [],
    conferrals: [],
    declaredHonors: [],
    revokedHonors: new Set(),
    honorGivers: [],
    storyGivers: [],
    documentNumbers: [],
    diagnostics: [],
    evidence(start, end, sentence, confidence) {
      return {
        announcementId: announcement.id,
        sentenceIndex: sentence.index,
        sentence: { start: sentence.start, end: sentence.end },
        start,
        end,
        exact: announcement.text.slice(start, end),
        confidence,
      };
    },
    newMention(kind, spanStart, spanEnd, sentence, confidence = 0.8) {
      // 'the novel "Red River," was': a comma inside the closing quote ends no name.
      let start = spanStart;
      let end = spanEnd;
      while (end - 1 > start && /[,;:]/.test(view[end - 1] as string)) end--;
      if (kind === "Person") end = withoutFieldLabel(view, start, end);
      if (kind === "Honor") {
        end = start + withoutHonorTail(view.slice(start, end)).length;
        start += HONOR_LEAD.exec(view.slice(start, end))?.[0].length ?? 0;
        // "List of X awardees": X is the honor, the list its holders'.
        if (HOLDERS_AFTER.test(view.slice(end, end + 16)))
          start += LIST_OF.exec(view.slice(start, end))?.[0].length ?? 0;
      }
      const surface = announcement.text.slice(start, end);
      const mention: Mention = {
        id: `${announcement.id}#m${mentions.length}`,
        announcementId: announcement.id,
        kind,
        surface,
        name: cleanName(restoreMarkedLetters(view.slice(start, end), surface)),
        evidence: this.evidence(start, end, sentence, confidence),
      };
      mentions.push(mention);
      byId.set(mention.id, mention);
      return mention;
    },
  };
  const publicationDate = options.publicationDate ?? announcement.date ?? datelineOf(view);
  if (publicationDate) state.publicationDate = publicationDate;
  const slogans = findSlogans(view);

  for (const sentence of sentences) {
    state.contexts.push(readSentence(state, sentence, slogans));
  }
  // "Pine Port Project" builds something: a work that can hold an award, before any rule asks.
  for (const mention of mentions) {
    if (mention.kind === "Program" && isBuiltProject(mention.name)) mention.kind = "Work";
    else settlePrizeOrControl(mention);
  }
  placeAnnouncement(state);
  resolveInDocument(state);
  linkFirstWordShortForms(state);
  linkPlaceLedForms(state);
  linkPersonNamePrefixes(state);

  const conferrals: Conferral[] = [];
  const events: EventFact[] = [];
  const posts: PostFact[] = [];
  const documentIssuers: DocumentIssuerFact[] = [];
  const disabledRules = options.disabledRules ?? currentRulesOff();
  for (const context of state.contexts) {
    const skeleton = buildSkeleton(view, context);
    const found0 = runConferralRules(state, context, skeleton, disabledRules);
    conferrals.push(...found0);
    state.conferrals.push(...found0);
    const found = findEvents(state, context, skeleton);
    events.push(...found.events);
    state.events.push(...found.events);
    documentIssuers.push(...found.documentIssuers);
    posts.push(...findPosts(state, context, skeleton));
  }
  // "the 2022 Film Festival", told with no date: the year in its name is when it was held.
  for (const event of events) event.date ??= yearInName(state.byId.get(event.name)?.name);
  honorsReferredTo(state, conferrals);
  const merged = withoutNamedCohorts(state, mergeConferrals(state, conferrals), mentions);
  completeConferrals(state, merged, events, documentIssuers, publicationDate);
  awardsWonAgain(state, merged);
  issuersFromSameHonor(state, merged);
  issuersFromHonorGivers(state, merged);
  giversNamedInHonors(state, merged);
  giversOfEventsAt(state, merged);
  issuersOfTheStory(state, merged);
  withoutHoldersAsGivers(state, merged);
  dateFromSentenceBefore(state, merged);
  dateFromSameHonor(state, merged);
  dateFromTheStory(state, merged);
  retypeHonors(state, merged);
  // Honors read from free text that no conferral kept are not names, nor are bare descriptions,
  // nor holidays read as programmes.
  const used = new Set(merged.map((c) => c.honor));
  const editions = new Map<string, string>();
  for (const mention of mentions) {
    if ((mention as Extra).freeText && (!used.has(mention.id) || describesAnHonor(mention.name)))
      mention.name = `\u0000${mention.name}`;
    // "Maple Museum Won the Honor Again": a headline's capitals make no name of a bare word.
    else if (
      mention.kind === "Honor" &&
      state.contexts[mention.evidence.sentenceIndex]?.sentence.headline &&
      describesAnHonor(mention.name)
    )
      mention.name = `\u0000${mention.name}`;
    else if (
      mention.kind === "Program" &&
      (isHolidayOrHistoricMovement(mention.name) || namesNoProgramme(mention.name))
    )
      mention.name = `\u0000${mention.name}`;
    else if (mention.kind === "Program" && isUnitedNationsBody(mention.name))
      mention.kind = "Organization";
    else if (mention.kind === "Honor") {
      const edition = EDITION.exec(mention.name)?.[1];
      mention.name = honorOwnName(mention.name);
      if (edition && !EDITION.test(mention.name)) editions.set(mention.id, batchWord(edition));
    }
    // Rules make names too: a prize or a page control among them is settled again.
    else settlePrizeOrControl(mention);
  }
  // The edition cut from an honor's name is the round its conferrals belong to.
  for (const conferral of merged) conferral.batch ??= editions.get(conferral.honor);
  programmesOfEditions(state);
  const kept = mentions.filter((m) => !m.name.startsWith("\u0000"));
  withLowerCaseLevels(state, kept);
  kept.push(...honorShortForms(state, kept));
  kept.push(...personPronouns(state, kept));
  kept.push(...thingPronouns(state, kept));
  kept.push(...definiteDescriptions(state, kept));
  const keptIds = new Set(kept.map((m) => m.id));
  // A conferral whose recipient or honor turned out not to be a name is no fact, nor one whose
  // holder is an honor, the country or a bare kind of place ("China", "village").
  const conferralsKept = merged.filter((c) => {
    const recipient = state.byId.get(c.recipient);
    const name = recipient?.name ?? "";
    return (
      keptIds.has(c.recipient) &&
      keptIds.has(c.honor) &&
      recipient?.kind !== "Honor" &&
      !NO_HOLDER.test(name) &&
      !DESCRIBES_MANY.test(name)
    );
  });
  for (const conferral of conferralsKept) {
    // An honor hands nothing over: a body read back to an honor after all gives no issuer.
    conferral.issuers = conferral.issuers.filter(
      (i) => keptIds.has(i.mention) && state.byId.get(i.mention)?.kind !== "Honor",
    );
    conferral.nominators = conferral.nominators.filter((n) => keptIds.has(n));
    if (conferral.document && !keptIds.has(conferral.document)) delete conferral.document;
  }
  return {
    announcement,
    mentions: kept,
    conferrals: conferralsKept,
    events: mergeEvents(state, events),
    posts: dedupePosts(state, posts),
    documentIssuers,
    diagnostics: state.diagnostics,
  };
}

// "the prize", "the prize in earth sciences": an honor named by its kind alone, read from free
// text, is the last honor of that kind conferred before in the text ("the Nobel Prize" named in
// an aside is not it).
const HONOR_KINDS = "prize|award|medal|trophy|title";
const BARE_KIND = new RegExp(
  String.raw`^(?:the\s+)?(${HONOR_KINDS})(?:\s+(?:in|for)\s+[a-z][a-z\s-]{0,40})?$`,
  "i",
);
/** "the Lake Prize", "Pine Awards": the kind word a name ends with, plural or not. */
const KIND_AT_END = new RegExp(String.raw`\b(${HONOR_KINDS})s?$`, "i");

function honorsReferredTo(state: DocumentState, conferrals: Conferral[]): void {
  // The last honor read as a name before each conferral, by the kind word its name ends with: one
  // walk, so that a text of many bare "the prize" stays linear.
  const lastNamed = new Map<string, Mention>();
  for (const conferral of conferrals) {
    const honor = state.byId.get(conferral.honor) as Extra | undefined;
    const kind = honor?.freeText ? BARE_KIND.exec(honor.name)?.[1]?.toLowerCase() : undefined;
    const named = kind ? lastNamed.get(kind) : undefined;
    if (named) conferral.honor = rootOf(state, named).id;
    const now = state.byId.get(conferral.honor) as Extra | undefined;
    if (!now || now.freeText) continue;
    const ending = KIND_AT_END.exec(now.name)?.[1]?.toLowerCase();
    if (ending) lastNamed.set(ending, now);
  }
}

/**
 * Names that hold no honor in this genre: the country itself, a bare kind of place, the central
 * organs that confer the highest ones ("the CPC Central Committee and the State Council awarded").
 */
const NO_HOLDER =
  /^(?:the\s+)?(?:china|prc|people's\s+republic\s+of\s+china|country|countries|villages?|count(?:y|ies)|towns?|cit(?:y|ies)|districts?|provinces?|(?:cpc\s+)?central\s+committee(?:\s+of\s+the\s+(?:cpc|communist\s+party\s+of\s+china))?|state\s+council|central\s+military\s+commission)$/i;
/** A page's own controls, scraped with its text ("Share", "Tweet"): no names. */
const WEB_CONTROL =
  /^(?:share|tweet|print|e-?mail|like|comments?|reply|subscribe|log\s?in|sign\s+in|register|home|menu|search|facebook|twitter|wechat|weibo|linkedin|whatsapp|pinterest|reddit|copy\s+link|next|previous|back|more)$/i;
const HONOR_LAST_WORD = /\b(?:Prize|Prizes|Award|Awards|Medal|Medals|Trophy)$/;
/** "Office of State Science and Technology Awards": a body named for the honors it runs. */
const BODY_OF =
  /^(?:the\s+)?(?:Office|Committee|Commission|Council|Board|Foundation|Secretariat|Department|Bureau|Cent(?:er|re)|Association|Society|Academy|Institute|Fund)\s+(?:of|for)\b/i;

// "the 2022 Beijing National Science Popularization Day", "the 10th Pine Science Week": a year's
// or a round's edition of a recurring day, week or month, and a place that holds a national one.
const EDITION_OF_OBSERVANCE =
  /^(?:the\s+)?(?:(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th))\s+((?:(?:[A-Z][\w'-]*|and|of|for|the|&)\s+){1,8}?(?:Day|Week|Month))$/;
const NATIONAL_AFTER_PLACE = /^[A-Z][a-z]+\s+(?=(?:National|China|Chinese)\s)/;

/**
 * An edition of a recurring observance is an event, held for the programme it belongs to: "the
 * 2022 Beijing National Science Popularization Day" is one Science Popularization Day, of the
 * programme "National Science Popularization Day".
 */
function programmesOfEditions(state: DocumentState): void {
  for (const mention of [...state.mentions]) {
    if (mention.kind !== "Event" && mention.kind !== "Program") continue;
    const edition = EDITION_OF_OBSERVANCE.exec(mention.name);
    if (!edition || mention.surface !== mention.name) continue;
    const observance = edition[1] as string;
    const place = NATIONAL_AFTER_PLACE.exec(observance)?.[0].length ?? 0;
    const start = mention.evidence.end - observance.length + place;
    const context = state.contexts[mention.evidence.sentenceIndex];
    if (!context) continue;
    mention.kind = "Event";
    state.newMention(
      "Program",
      start,
      mention.evidence.end,
      context.sentence,
      mention.evidence.confidence,
    );
  }
}

/**
 * "Silver Bear Jury Prize" at the head of a winners' line is a prize, not a body that holds one; a
 * control of the page ("Share", "Tweet") is no name at all.
 */
function settlePrizeOrControl(mention: Mention): void {
  const name = mention.name.trim();
  if (mention.kind === "Organization" && HONOR_LAST_WORD.test(name) && !BODY_OF.test(name))
    mention.kind = "Honor";
  else if (WEB_CONTROL.test(name)) mention.name = `\u0000${mention.name}`;
}

/** A page's date in digits after its label (`DATE_LABEL`). */
// "2019-01-21Views:303": a page stamp glued to the word after it still ends at its last digit.
const DIGIT_DATE = String.raw`((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?!\d)`;
const DATELINE = new RegExp(
  String.raw`^[^\n]{0,60}?(?:\b${DATE_LABEL}\s*[:\uFF1A]?\s*)?${DIGIT_DATE}`,
  "im",
);
// "Author: A | Editor: B | Date:2031-04-01": a labelled date further along a page's stamp line.
const LABELLED_DATE = new RegExp(String.raw`\b${DATE_LABEL}\s*[:\uFF1A]\s*${DIGIT_DATE}`, "i");
const DATELINE_LINES = 6;
const DATELINE_REACH = 800;

/**
 * The page's own date line near its top ("Updated: 2021-08-13", "Time:2022.07.15"): the
 * publication date when no front matter gives one, so "recently" and "yesterday" can resolve.
 */
function datelineOf(view: string): string | undefined {
  const top = view
    .slice(0, DATELINE_REACH)
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, DATELINE_LINES);
  const lines = top.join("\n");
  const m = DATELINE.exec(lines) ?? LABELLED_DATE.exec(lines);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  // "Updated: April 12, 2024"; "21 December 2023, International": a date line in words.
  const worded = UPDATED_WORDED.exec(lines);
  if (worded) return validDate(Number(worded[3]), month(worded[1]), Number(worded[2]));
  const wordedDayFirst = LABELLED_DAY_FIRST.exec(lines);
  if (wordedDayFirst)
    return validDate(
      Number(wordedDayFirst[3]),
      month(wordedDayFirst[2]),
      Number(wordedDayFirst[1]),
    );
  const dayFirst = DAY_FIRST_LINE.exec(lines);
  if (dayFirst) return validDate(Number(dayFirst[3]), month(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = MONTH_FIRST_LINE.exec(lines);
  if (monthFirst)
    return validDate(Number(monthFirst[3]), month(monthFirst[1]), Number(monthFirst[2]));
  return undefined;
}

const UPDATED_WORDED = new RegExp(
  String.raw`\b${DATE_LABEL}\s*[:\uFF1A]?\s*${MONTH}[\s,]*(\d{1,2})(?:st|nd|rd|th)?,?\s*((?:19|20)\d{2})\b`,
  "i",
);
// "Time:28 July 2017": a labelled date in words, the day first.
const LABELLED_DAY_FIRST = new RegExp(
  String.raw`\b${DATE_LABEL}\s*[:\uFF1A]?\s*(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d{2})\b`,
  "i",
);
const DAY_FIRST_LINE = new RegExp(
  String.raw`^[ \t]*(\d{1,2})\s+${MONTH}\s+((?:19|20)\d{2})[ \t]*(?:,|$|[|\u00B7\u2022])`,
  "im",
);

// "July 1, 2031" or "Tuesday, July 1, 2031" on a line of its own under the headline, or opening
// a stamp line whose fields a bar or a dot sets apart ("Jan 15, 2031 | by A").
const MONTH_FIRST_LINE = new RegExp(
  String.raw`^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?${MONTH}\s+(\d{1,2}),?\s+((?:19|20)\d{2})[ \t]*(?:$|[|\u00B7\u2022])`,
  "im",
);

function validDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return formatDate({ year, month, day });
}

/** Quoted slogans ("Ushering in ..., Future ...") hold no facts; their spans are skipped. */
function findSlogans(view: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [open, close] of quotePairs(view)) {
    const inner = view.slice(open + 1, close);
    if (inner.length < 20 || inner.length > 400) continue;
    const words = inner.trim().split(/\s+/);
    const before = view.slice(Math.max(0, open - 120), open).toLowerCase();
    if (
      (words.length >= 6 && inner.includes(",")) ||
      (/\b(theme|slogan|motto)\b[^.]*$/.test(before) && words.length >= 4)
    ) {
      spans.push([open, close + 1]);
    }
  }
  return spans;
}

const OPENS_QUOTE = /[\s([:,;]/;
const CLOSES_QUOTE = /[\s.,;:!?)\]]/;

/**
 * Straight double quotes paired as opening and closing ones: an opening quote follows a space or
 * bracket and precedes a word, a closing one the reverse. Pairing any two quotes in a row would
 * read ' enterprises, namely A, B and C "' as a quotation.
 */
function quotePairs(view: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let open = -1;
  for (let i = view.indexOf('"'); i >= 0; i = view.indexOf('"', i + 1)) {
    const before = i === 0 ? " " : (view[i - 1] as string);
    const after = i + 1 >= view.length ? " " : (view[i + 1] as string);
    if (before === "\n" || after === "\n") {
      open = -1;
      if (OPENS_QUOTE.test(before) && !/\s/.test(after)) open = i;
      continue;
    }
    if (open < 0) {
      if (OPENS_QUOTE.test(before) && !/\s/.test(after)) open = i;
    } else if (!/\s/.test(before) && CLOSES_QUOTE.test(after)) {
      pairs.push([open, i]);
      open = -1;
    } else if (OPENS_QUOTE.test(before) && !/\s/.test(after)) {
      open = i;
    }
  }
  return pairs;
}

/** A bracketed acronym with more of the name after it. */
const INNER_ACRONYM = /\s*\(([A-Z][A-Z&]{1,7})\)\s+(?=[A-Z])/g;

/** Whether `acronym` is the initials of the capitalised words at the end of `before`. */
function spellsWordsBefore(before: string, acronym: string): boolean {
  const words = before.split(/\s+/).filter((w) => !/^(?:of|and|for|&)$/i.test(w));
  const initials = words
    .slice(-acronym.length)
    .map((w) => w[0])
    .join("");
  return initials === acronym && words.length >= acronym.length;
}

/** Names repeat across sentences and texts: each spelling is cleaned once. */
export const cleanName = memoized(readCleanName);

function readCleanName(text: string): string {
  let name = unglue(text)
    .replace(/\s+/g, " ")
    .replace(/^(?:the|The|THE)\s+/, "")
    .replace(/^(?:honou?rary\s+)?title\s+of\s+/i, "")
    .replace(/^(?:honou?r|award)\s+of\s+(?=\S)/, "")
    // "the designation of 'Model Party Committee'": the designation is the title.
    .replace(/^designation\s+(?:of|as)\s+(?=\S)/i, "")
    // "the approved national first-class majors": the participle says how, not what.
    .replace(
      /^(?:newly\s+)?(?:approved|selected|named|identified|recogni[sz]ed|listed)\s+(?=[a-z])/,
      "",
    )
    // "the annual national first-class majors": how often, not what.
    .replace(/^annual\s+(?=[a-z])/, "")
    // "Ho Leung Ho Lee (HLHL) Foundation": the acronym inside the name spells its first words.
    .replace(INNER_ACRONYM, (whole, acronym: string, offset: number, all: string) =>
      spellsWordsBefore(all.slice(0, offset), acronym) ? " " : whole,
    )
    .trim();
  // Drop quotes that wrap the whole name or are left unbalanced; keep "Creation" inside a name.
  if (/^"[^"]*"$/.test(name)) name = name.slice(1, -1);
  // Single quotes, as headlines write titles: 'national civilized unit'.
  if (/^'[^']*'$/.test(name) || /^\u2018[^\u2019]*\u2019$/.test(name)) name = name.slice(1, -1);
  // A lone quote is left from a quoted phrase cut at one end: drop it wherever it is.
  if ((name.match(/"/g) ?? []).length % 2 === 1) name = name.replace(/"/g, "");
  return name.trim();
}

// Loops in helpers, not closures over the loop variables of readSentence: a closure over them
// would give every iteration a context of its own.

/** The document number right after a title ending at `end`. */
function numberAfter<T extends { start: number }>(numbers: T[], end: number): T | undefined {
  return numbers.find((n) => n.start >= end && n.start - end <= 3);
}

/** The bare acronym mention just after a name that defines it: "Full Name (ACR)". */
function bareAcronymAfter(top: Mention[], mention: Mention): Mention | undefined {
  return top.find(
    (m) =>
      m.surface === mention.acronym &&
      m.evidence.start > mention.evidence.end &&
      m.evidence.start - mention.evidence.end <= 3,
  );
}

function readSentence(
  state: DocumentState,
  sentence: Sentence,
  slogans: Array<[number, number]>,
): SentenceContext {
  const { view } = state;
  const tokens = tokenize(view, sentence.start, sentence.end);
  // (Most texts have no slogan: no closure per token then.)
  const blocked =
    slogans.length === 0
      ? tokens.map(() => false)
      : tokens.map((t) => slogans.some(([s, e]) => t.start >= s && t.end <= e));
  const top: Mention[] = [];
  // Official document numbers: GKFZ[2020] No. 344.
  const numbers: Array<{ start: number; end: number; text: string }> = [];
  const sentenceText = view.slice(sentence.start, sentence.end);
  // A document number has brackets: most sentences have none, and need no scan.
  DOC_NUMBER.lastIndex =
    sentenceText.includes("[") || sentenceText.includes("(") ? 0 : sentenceText.length;
  for (let m = DOC_NUMBER.exec(sentenceText); m; m = DOC_NUMBER.exec(sentenceText)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    numbers.push({ start, end, text: state.announcement.text.slice(start, end) });
    state.documentNumbers.push({ paragraph: sentence.paragraph, year: Number(m[2]) });
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) blocked[i] = true;
    });
  }
  const spans: Array<{ span: NameSpan; person: boolean }> = [];
  state.starGuide ??= STAR_GUIDES.test(view);
  const early = [
    ...findStarRatings(tokens, blocked, state.starGuide),
    ...findSiteNames(tokens, blocked),
    ...findAmpersandFirms(tokens, blocked),
    ...findLowercaseFirms(tokens, blocked),
    ...findPoliticalParties(tokens, blocked),
    ...findFieldSeriesNames(tokens, blocked),
    ...findNewsAgencies(tokens, blocked),
    ...findNumberedProgrammes(tokens, blocked),
    ...findLowercaseGovernments(tokens, blocked),
    ...findLevelBodies(tokens, blocked),
    ...findLowercaseDepartments(tokens, blocked),
    ...findLowercaseHeadBodies(tokens, blocked),
    ...findPortfolioBodies(tokens, blocked),
    ...findTradeNames(tokens, blocked),
  ];
  for (const span of early) spans.push({ span, person: false });
  const placeStems = placeStemsOf(state);
  for (const [first, last] of findPeople(tokens)) {
    if (blocked[first] || blocked[last - 1]) continue;
    // "Jiangyou Wu mountain" in a text that names "Jiangyou City": a place, not a given name.
    if (placeStems.has((tokens[first] as Token).text)) continue;
    const team = teamOfPerson(tokens, first, last);
    if (team && !blocked.slice(team.first, team.last).some(Boolean)) {
      spans.push({ span: team, person: false });
      markTaken(blocked, team);
      continue;
    }
    spans.push({
      span: { kind: "Person", first, last, nucleus: first, definite: false, quoted: false },
      person: true,
    });
    for (let i = first; i < last; i++) blocked[i] = true;
  }
  for (const span of [
    ...findSizedRankings(tokens, blocked),
    ...findYearTitles(tokens, blocked),
    ...findFellowships(tokens, blocked),
  ]) {
    spans.push({ span, person: false });
    markTaken(blocked, span);
  }
  const capitalised = joinAffiliated(tokens, joinMediaNames(tokens, findNames(tokens, blocked)));
  widenToTeams(tokens, capitalised);
  for (const span of capitalised) spans.push({ span, person: false });
  const names = new Map<NameSpan, string>();
  for (const { span, name } of namesBeyondCapitals(
    tokens,
    blocked,
    spans,
    names,
    placeStemsOf(state),
    sentence.headline,
  )) {
    spans.push({ span, person: false });
    names.set(span, name);
  }
  readListedNames(tokens, blocked, spans, sentence.headline, state.starGuide);
  dropPlacesInsideNames(spans);
  dropBareWordsOfNoBody(tokens, spans);
  for (const { span } of spans) extendToProject(tokens, span);
  reshapeBodyNames(tokens, spans);
  spans.sort((a, b) => a.span.first - b.span.first);

  for (const { span } of spans) {
    const start = (tokens[span.first] as Token).start;
    const end = (tokens[span.last - 1] as Token).end;
    const kind: MentionKind = span.creative ? "Work" : span.kind;
    const mention = state.newMention(
      kind,
      start,
      end,
      sentence,
      span.kind === "Person" ? 0.85 : 0.8,
    );
    annotateMention(mention, tokens, span);
    mention.name = names.get(span) ?? mention.name;
    if (kind === "Place" && span.last - span.first === 1)
      mention.name = fullPlaceName(state, mention.name) ?? mention.name;
    top.push(mention);
    // Acronym defined right after the name: "Full Name (ACR)", a body's or an honor's,
    // a programme's or an event's ("China Quality Award (CQA)", "World Economic Forum (WEF)").
    const open = tokens[span.last];
    const acr = tokens[span.last + 1];
    if (
      open?.text === "(" &&
      acr?.acronym &&
      tokens[span.last + 2]?.text === ")" &&
      kind !== "Person" &&
      kind !== "Place"
    ) {
      mention.acronym = acr.text;
      // "Global System for Hollin Communications Association (GSHA)", "Tarn Council of
      // Healthcare Standards (TCHS)": a body's head at either end of the name makes it a body.
      if (kind === "Program" || kind === "Document") {
        const words = mention.name.split(/\s+/);
        const beforeOf = words[words.indexOf("of") - 1] ?? "";
        if ([words.at(-1) ?? "", beforeOf].some((w) => headKind(w) === "Organization"))
          mention.kind = "Organization";
      }
    }
    // Document number right after the title.
    if (kind === "Document") {
      const number = numberAfter(numbers, end);
      if (number) mention.identifier = number.text;
    }
    // Names inside complements: "X of SIAT", "Decision of A, B and C on ...", "Organizer of the Y Day".
    readNested(state, sentence, tokens, blocked, span, mention, 0);
    if (mention.acronym) giveAcronymToNested(state, mention);
    if (span.member) readInner(state, sentence, tokens, span.member, mention, "Person");
    if (span.body) readInner(state, sentence, tokens, span.body, mention, "Organization");
    // "Sichuan University's West China School of Medicine": the owner is the parent.
    if (span.owner !== undefined && span.owner > span.first) {
      const owner = state.newMention(
        "Organization",
        (tokens[span.first] as Token).start,
        (tokens[span.owner - 1] as Token).end,
        sentence,
        0.75,
      );
      annotateMention(owner, tokens, {
        ...span,
        last: span.owner,
        nucleus: span.owner - 1,
        complement: undefined,
        owner: undefined,
      } as NameSpan);
      (owner as Extra).nestedIn = mention.id;
      mention.parent = owner.id;
    }
  }
  findQuotedWorks(state, sentence, top);
  findQuotedTitles(state, sentence, top);
  findTitlesNamedTitles(state, sentence, top);
  findProgramPhrases(state, sentence, top);
  findQuotedProgrammes(state, sentence, top);
  findLowercaseShortForms(state, sentence, top);
  findPlaceShortForms(state, sentence, top);
  findSurnameReferences(state, sentence, top);
  findBylinePeople(state, sentence, top);
  findSourceBodies(state, sentence, top);
  findScriptAliases(state, sentence, top);
  markVenues(state, top);
  // Acronym definitions swallow the bare acronym mention that follows.
  for (const mention of top) {
    if (!mention.acronym) continue;
    const bare = bareAcronymAfter(top, mention);
    if (bare) bare.antecedent = mention.id;
  }
  return { sentence, tokens, top, dates: findDates(view, sentence.start, sentence.end) };
}

// "held in the Great Hall of the People", "was held at the Lakeside Convention Center": where a
// meeting takes place is a venue, a place, not a body of the story.
const HELD_IN =
  /\b(?:held|hosted|convened|took\s+place|staged)\s+(?:grandly\s+)?(?:in|at)\s+(?:the\s+)?$/i;
const VENUE_HEADS =
  /\b(?:Hall|Center|Centre|Stadium|Gymnasium|Hotel|Palace|Auditorium|Theater|Theatre)\b/;

function markVenues(state: DocumentState, top: Mention[]): void {
  for (const mention of top) {
    if (mention.kind !== "Organization" || !VENUE_HEADS.test(mention.surface)) continue;
    const before = state.view.slice(
      Math.max(0, mention.evidence.start - 40),
      mention.evidence.start,
    );
    if (HELD_IN.test(before)) mention.kind = "Place";
  }
}

/**
 * Names the capitalised-word finder misses, in the order they are tried (each takes the tokens
 * the ones before it left): places with a lower-case head ("Luzhou city", "Suining and Anhua
 * counties"; a place found already takes the head that follows it, "Yibin" + "city"), units and
 * bodies named in lower case, places the text names in full elsewhere ("Xianning" of "Xianning
 * City"), and unknown words listed beside places.
 */
function namesBeyondCapitals(
  tokens: Token[],
  blocked: boolean[],
  spans: Array<{ span: NameSpan }>,
  names: Map<NameSpan, string>,
  stems: Map<string, string | null>,
  headline: boolean,
): LowercasePlace[] {
  const taken = blocked.slice();
  for (const { span } of spans) {
    takeLowercaseHead(tokens, span, names);
    markTaken(taken, span);
  }
  const lowercase = findLowercasePlaces(tokens, taken);
  for (const { span } of lowercase) markTaken(taken, span);
  const places = [...spans.map((s) => s.span), ...lowercase.map((p) => p.span)].filter(
    (span) => span.kind === "Place",
  );
  const bodies = [
    ...findNumberedUnits(tokens, taken),
    ...findUnitsOfBodies(tokens, taken),
    ...findLowercaseBodies(tokens, taken),
    ...findDescribedBodies(tokens, taken),
    ...findDescribedWorks(tokens, taken),
    ...findNamedProjects(tokens, taken),
    ...findQuotedTeams(tokens, taken),
    ...findMadeWorks(tokens, taken),
  ].map((span) => ({ span, name: spanText(tokens, span) }));
  for (const { span } of bodies) markTaken(taken, span);
  const named = placesNamedElsewhere(tokens, taken, stems);
  places.push(...named.map((p) => p.span));
  const pinyin = findPinyinListedPlaces(tokens, taken, places).map((span) => ({
    span,
    name: spanText(tokens, span),
  }));
  places.push(...pinyin.map((p) => p.span));
  const listed = findListedPlaces(tokens, taken, places).map((span) => ({
    span,
    name: spanText(tokens, span),
  }));
  for (const { span } of listed) markTaken(taken, span);
  const onePlaceWords = new Set(
    places.filter((span) => span.last - span.first === 1).map((span) => span.first),
  );
  const subjects = findNamedSubjects(tokens, taken, headline, onePlaceWords).map((span) => ({
    span,
    name: spanText(tokens, span),
  }));
  const known = [...spans.map((s) => s.span), ...bodies.map((b) => b.span)];
  const beside = findBodiesListedBeside(tokens, taken, known).map((span) => ({
    span,
    name: spanText(tokens, span),
  }));
  const counted = findBodiesAfterCount(tokens, taken, [...known, ...beside.map((b) => b.span)]).map(
    (span) => ({ span, name: spanText(tokens, span) }),
  );
  return [
    ...lowercase,
    ...bodies,
    ...named,
    ...pinyin,
    ...listed,
    ...subjects,
    ...beside,
    ...counted,
  ];
}

/**
 * Names a list shapes, read after the others: capitalised runs listed after "including" or as the
 * subject of a verb of winning, lists named by what they hold ("X Villages List"), and titles
 * opening with a superlative.
 */
function readListedNames(
  tokens: Token[],
  blocked: boolean[],
  spans: Array<{ span: NameSpan; person: boolean }>,
  headline: boolean,
  starGuide: boolean,
): void {
  // (A headline in title case capitalises every word: no run there is a name by its case. A
  // first line in sentence case, as when a page has no title, reads like the body.)
  if (!headline || !isTitleCased(tokens)) {
    if (starGuide)
      for (const span of findRatedVenues(tokens, blocked, spansOf(spans)))
        spans.push({ span, person: false });
    for (const span of findListedCapitalRuns(tokens, blocked, spansOf(spans)))
      spans.push({ span, person: false });
    for (const span of findSubjectCapitalRuns(tokens, blocked, spansOf(spans)))
      spans.push({ span, person: false });
    for (const span of findSubjectBareName(tokens, blocked, spansOf(spans)))
      spans.push({ span, person: span.kind === "Person" });
    for (const span of findSubjectFieldOfStudy(tokens, blocked, spansOf(spans)))
      spans.push({ span, person: false });
  }
  for (const span of widenToNamedLists(tokens, blocked, spansOf(spans)))
    spans.push({ span, person: false });
  for (const { span } of spans)
    if (
      (span.kind === "Place" || span.kind === "Organization") &&
      (opensWithSuperlative(tokens, span) || opensWithStarRating(tokens, span))
    )
      span.kind = "Honor";
  joinRankingsToTheirField(tokens, spans);
}

/**
 * "China Pharmaceutical Industry Top 100 Enterprises": a ranking's name opens with the field it
 * ranks, which a head word of its own ("Pharmaceutical") made a body; the two are one ranking.
 */
function joinRankingsToTheirField(
  tokens: Token[],
  spans: Array<{ span: NameSpan; person: boolean }>,
): void {
  const joined = new Set<NameSpan>();
  for (const { span } of spans) {
    if (span.kind !== "Honor" || !namesARanking(tokens, span)) continue;
    const field = spans.find(
      ({ span: o }) => o !== span && o.kind !== "Person" && o.last === span.first,
    )?.span;
    if (!field || joined.has(field)) continue;
    span.first = field.first;
    joined.add(field);
  }
  for (let i = spans.length - 1; i >= 0; i--)
    if (joined.has((spans[i] as { span: NameSpan }).span)) spans.splice(i, 1);
}

/** A "Top 100" inside the name, with the size right after "Top". */
function namesARanking(tokens: Token[], span: NameSpan): boolean {
  for (let i = span.first; i + 1 < span.last; i++)
    if ((tokens[i] as Token).lower === "top" && /^\d{1,4}$/.test((tokens[i + 1] as Token).text))
      return true;
  return false;
}

/** A courtesy title standing alone ("and Mr. Guo"): it goes with the person, it names no body. */
const BARE_COURTESY = /^(?:mr|mrs|ms|miss|madam|dr|prof|sir)$/;

/**
 * One word read as a body that is a courtesy title or a country's adjective ("Mr", "Taiwanese",
 * "American") names none; a country's name alone ("Iran", "Rwanda" in a list of winners) is a place.
 */
function dropBareWordsOfNoBody(
  tokens: Token[],
  spans: Array<{ span: NameSpan; person: boolean }>,
): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const { span } = spans[i] as { span: NameSpan };
    if (span.kind !== "Organization" || span.last - span.first !== 1) continue;
    const lower = (tokens[span.first] as Token).lower;
    if (BARE_COURTESY.test(lower) || isNationality(lower)) spans.splice(i, 1);
    else if (isCountryName(lower)) span.kind = "Place";
  }
}

/** Small words title case leaves in lower case. */
const TITLE_SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|at|to|for|by|with|from|into|as|vs)$/;

/** Whether a line is in title case: at most one word of four letters or more is in lower case. */
function isTitleCased(tokens: Token[]): boolean {
  let lower = 0;
  for (const token of tokens)
    if (
      token.word &&
      /^[a-z]/.test(token.text) &&
      token.text.length >= 4 &&
      !TITLE_SMALL_WORDS.test(token.lower)
    )
      if (++lower > 1) return false;
  return true;
}

function spansOf(spans: Array<{ span: NameSpan }>): NameSpan[] {
  return spans.map(({ span }) => span);
}

/** Superlatives that open a title: "Happiest Cities", "Best Tourism Villages", "Most Beautiful Towns". */
const SUPERLATIVE =
  /^(?:most|best|top|[a-z]{2,}iest|greatest|finest|largest|oldest|cleanest|safest|greenest)$/;

/** "Happiest Cities in China": a place word after a superlative heads a title, not a place. */
function opensWithSuperlative(tokens: Token[], span: NameSpan): boolean {
  // "2017 Top 100 Deep Breathing Cities": the year the ranking is of comes first.
  const opening = YEAR_TOKEN.test(tokens[span.first]?.text ?? "") ? span.first + 1 : span.first;
  const first = tokens[opening] as Token;
  return span.last - opening >= 2 && first.cap && SUPERLATIVE.test(first.lower);
}

const YEAR_TOKEN = /^(?:19|20)\d{2}$/;

/** "Four-Star Enterprise", "5-Star Hotel": a body's head after a rating in stars names the rating. */
function opensWithStarRating(tokens: Token[], span: NameSpan): boolean {
  const opening = YEAR_TOKEN.test(tokens[span.first]?.text ?? "") ? span.first + 1 : span.first;
  // "the Five-Star Hotel Association": a longer name is a body of its own.
  return span.last - opening === 2 && STAR_RATING_WORD.test(tokens[opening]?.lower ?? "");
}

const STAR_RATING_WORD = /^(?:one|two|three|four|five|six|seven|[1-7])-(?:stars?|diamonds?)$/;

/**
 * A body's name as far as it goes: past its head through a field in lower case ("University of
 * technology") or a list of fields ("of Culture, Media and Law"), without a rank before it or "in
 * China" after it.
 */
function reshapeBodyNames(tokens: Token[], spans: Array<{ span: NameSpan }>): void {
  const occupied = tokens.map(() => false);
  for (const { span } of spans) for (let i = span.first; i < span.last; i++) occupied[i] = true;
  for (const { span } of spans) {
    extendToField(tokens, span, occupied);
    trimListRank(tokens, span);
    trimCountryAfter(tokens, span);
  }
  extendFieldLists(tokens, spans);
}

/** "School of Culture, Media and Law": the list of fields joins the name; names read in it go. */
function extendFieldLists(tokens: Token[], spans: Array<{ span: NameSpan }>): void {
  const swallowed = new Set<NameSpan>();
  for (const { span } of spans) {
    const end = span.last;
    extendToFieldList(tokens, span);
    if (span.last === end) continue;
    for (const { span: other } of spans)
      if (other !== span && other.first >= end && other.last <= span.last) swallowed.add(other);
  }
  for (let i = spans.length - 1; i >= 0; i--)
    if (swallowed.has((spans[i] as { span: NameSpan }).span)) spans.splice(i, 1);
}

/** "Lan River Hunan Liquor": a one-word place a body's name holds is no place of its own. */
function dropPlacesInsideNames(spans: Array<{ span: NameSpan }>): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const { span } = spans[i] as { span: NameSpan };
    if (span.kind !== "Place" || span.last - span.first !== 1) continue;
    const inside = spans.some(
      ({ span: o }) => o.kind === "Organization" && o.first < span.first && o.last > span.last,
    );
    if (inside) spans.splice(i, 1);
  }
}

/**
 * "Yibin" + "city", "Mount Lan" + "scenic area": a place found already takes the lower-case head
 * after it, capitalised.
 */
function takeLowercaseHead(tokens: Token[], span: NameSpan, names: Map<NameSpan, string>): void {
  if (span.kind === "Organization") {
    takePlaceHeadOfBody(tokens, span);
    return;
  }
  if (span.kind !== "Place") return;
  const next = tokens[span.last];
  const words = isLowercaseScenicHead(tokens, span.last)
    ? 2
    : next && !next.cap && isLowercasePlaceHead(next.lower)
      ? 1
      : 0;
  if (words === 0) return;
  const head = tokens.slice(span.last, span.last + words).map((t) => withCapital(t.text));
  names.set(span, `${spanText(tokens, span)} ${head.join(" ")}`);
  span.last += words;
}

/**
 * "the Library of Guyang county", "the CPC committee of Huangdu village": a body "of" a place
 * whose head a translation left in lower case ends with that head.
 */
function takePlaceHeadOfBody(tokens: Token[], span: NameSpan): void {
  const place = tokens[span.last - 1];
  const next = tokens[span.last];
  if (tokens[span.last - 2]?.lower !== "of" || !place?.cap || place.acronym) return;
  if (!next || next.cap || !isLowercasePlaceHead(next.lower)) return;
  span.last += 1;
}

/** "scenic" as "Scenic". */
function withCapital(word: string): string {
  return `${word[0]?.toUpperCase()}${word.slice(1)}`;
}

/** "Xianning, Chibi and Jiayu are included": the text calls them "Xianning City" elsewhere. */
function placesNamedElsewhere(
  tokens: Token[],
  taken: boolean[],
  stems: Map<string, string | null>,
): LowercasePlace[] {
  const found: LowercasePlace[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (taken[i] || !t.cap || !stems.has(t.text)) continue;
    if (isLowercasePlaceHead(next?.lower ?? "") || headKind(next?.text ?? "")) continue;
    found.push({ span: oneWordPlace(i), name: stems.get(t.text) ?? t.text });
    taken[i] = true;
  }
  return found;
}

function markTaken(taken: boolean[], span: NameSpan): void {
  for (let i = span.first; i < span.last; i++) taken[i] = true;
}

function spanText(tokens: Token[], span: NameSpan): string {
  return tokens
    .slice(span.first, span.last)
    .map((t) => t.text)
    .join(" ")
    .replace(/"\s*([^"]*?)\s*"/g, '"$1"');
}

const PLACE_STEM =
  /\b([A-Z][a-z]{2,}(?:'[a-z]+)?)\s+(?:City|County|District|Town|Township|Village)\b/g;

/** The words the text names as places by their head ("Xianning City"), read once per text. */
function placeStemsOf(state: DocumentState): Map<string, string | null> {
  if (state.placeStems) return state.placeStems;
  const stems = new Map<string, string | null>();
  for (const m of state.view.matchAll(PLACE_STEM)) {
    const stem = m[1] as string;
    if (headKind(stem) || TITLE_WORDS.has(stem.toLowerCase()) || NOT_PLACE_STEMS.has(stem))
      continue;
    const full = (m[0] as string).replace(/\s+/g, " ");
    const known = stems.get(stem);
    stems.set(stem, known === undefined || known === full ? full : null);
  }
  state.placeStems = stems;
  return stems;
}

/** "Xianning" in a text that also says "Xianning City" (and no other "Xianning ..."): the city. */
function fullPlaceName(state: DocumentState, name: string): string | undefined {
  return placeStemsOf(state).get(name) ?? undefined;
}

/** Words that come before "City" or "County" without being a place's name. */
const NOT_PLACE_STEMS = new Set([
  "The",
  "This",
  "Our",
  "Each",
  "Every",
  "Garden",
  "National",
  "Provincial",
  "Civilized",
  "Forbidden",
  "Old",
  "New",
  "Capital",
  "Model",
  "Smart",
  "Sister",
  "Host",
]);

/**
 * A name inside another that no finder gives a span of its own: the person a team is named after
 * ("the team led by Chen Li"), the body a membership is of ("Royal Society" in "Royal Society
 * fellow", "Fellow of the Royal Society").
 */
function readInner(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
  [first, last]: [number, number],
  outer: Mention,
  kind: "Person" | "Organization",
): void {
  const inner = state.newMention(
    kind,
    (tokens[first] as Token).start,
    (tokens[last - 1] as Token).end,
    sentence,
    kind === "Person" ? 0.85 : 0.75,
  );
  (inner as Mention & { nestedIn?: string }).nestedIn = outer.id;
}

/** Names inside a name's complement, recursively ("Notice of the General Offices of the Ministry of Education"). */
function readNested(
  state: DocumentState,
  sentence: Sentence,
  tokens: Token[],
  blocked: boolean[],
  span: NameSpan,
  mention: Mention,
  depth: number,
): void {
  if (span.complement === undefined || depth > 3) return;
  const complement = span.complement;
  const innerBlocked = tokens.map(
    (_, i) => i < complement || i >= span.last || blocked[i] === true,
  );
  for (const inner of findNames(tokens, innerBlocked)) {
    const acronym = (tokens[inner.first] as Token).acronym;
    if (inner.kind === "Organization" && isGenericName(tokens, inner) && !acronym) continue;
    if (inner.definite && inner.last - inner.first === 1 && !acronym) continue;
    if (inner.kind === "Honor" && mention.kind !== "Document") continue;
    const innerKind: MentionKind = inner.kind === "Work" ? "Document" : inner.kind;
    const nested = state.newMention(
      innerKind,
      (tokens[inner.first] as Token).start,
      (tokens[inner.last - 1] as Token).end,
      sentence,
      0.75,
    );
    annotateMention(nested, tokens, inner);
    (nested as Mention & { nestedIn?: string }).nestedIn = mention.id;
    if (mention.kind === "Organization" && innerKind === "Organization") mention.parent = nested.id;
    // In a decision's title, what is named or commended is an honor: "Decision to Name the First X Bases".
    if (mention.kind === "Document" && innerKind === "Organization") {
      const before = state.view.slice(mention.evidence.start, nested.evidence.start);
      if (
        /\b(?:name|naming|commend(?:ing)?|recogni[sz](?:e|ing)|identify(?:ing)?|award(?:ing)?|select(?:ing)?|announc(?:e|ing)\s+the\s+list\s+of)\b[^,]*$/i.test(
          before,
        )
      )
        nested.kind = "Honor";
    }
    readNested(state, sentence, tokens, blocked, inner, nested, depth + 1);
  }
}

function annotateMention(mention: Mention, tokens: Token[], span: NameSpan): void {
  const extra = mention as Mention & { definite?: boolean; generic?: boolean; nucleus?: string };
  extra.definite = span.definite;
  extra.generic = span.kind !== "Person" && isGenericName(tokens, span);
  extra.nucleus = canonicalHead((tokens[nucleusBeforeLegalForm(tokens, span)] as Token).text);
  const level = levelOf(tokens.slice(span.first, span.complement ?? span.last).map((t) => t.lower));
  if (level) mention.level = level;
}

/**
 * "Hemu Pump Group Co., Ltd." is a group, as "Hemu Pump Group" is: the head a name has before its legal
 * form, so that the name without the legal form is read as the same body.
 */
function nucleusBeforeLegalForm(tokens: Token[], span: NameSpan): number {
  if (!isLegalForm((tokens[span.nucleus] as Token).text)) return span.nucleus;
  for (let i = span.nucleus - 1; i >= span.first; i--) {
    const token = tokens[i] as Token;
    if (!isLegalForm(token.text) && /^[A-Za-z]/.test(token.text) && headKind(token.text)) return i;
  }
  return span.nucleus;
}

export function levelOf(words: string[]): Level | undefined {
  for (const word of words) {
    const level = Object.hasOwn(LEVEL_WORDS, word) ? LEVEL_WORDS[word] : undefined;
    if (level) return level;
    if (CITIES.has(word)) return "municipal";
    if (PROVINCES.has(word)) return "provincial";
  }
  return undefined;
}

/** The words of a name that are cities, in order (read once per name; pure, cleared when large). */
const cityWordsOf = memoized((name) =>
  name.split(/\s+/).filter((word) => CITIES.has(word.toLowerCase())),
);

/** The city and district an announcement is about: the ones it names most. */
function placeAnnouncement(state: DocumentState): void {
  const cityCounts = new Map<string, number>();
  const districtCounts = new Map<string, number>();
  for (const mention of state.mentions) {
    for (const word of cityWordsOf(mention.name))
      cityCounts.set(word, (cityCounts.get(word) ?? 0) + 1);
    const district = mention.name.includes(" District")
      ? /\b([A-Z][\w'-]+) District\b/.exec(mention.name)
      : null;
    if (district)
      districtCounts.set(
        `${district[1]} District`,
        (districtCounts.get(`${district[1]} District`) ?? 0) + 1,
      );
  }
  const top = (counts: Map<string, number>) =>
    [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const city = top(cityCounts);
  const district = top(districtCounts);
  if (city) state.city = city;
  if (district) state.district = district;
}

type Extra = Mention & {
  freeText?: boolean;
  /** "our company", "the Company": how a publisher names itself (kept when nothing is referred to). */
  selfReference?: string;
  definite?: boolean;
  generic?: boolean;
  nucleus?: string;
  nestedIn?: string;
};

/** Content words by name, read once per name (pure; callers never change the array). */
const contentWords = memoized((name): string[] =>
  name
    .toLowerCase()
    .replace(/["']/g, "")
    .split(/[\s,]+/)
    .filter((w) => w && !["the", "of", "for", "and", "&", "in", "municipal", "city"].includes(w))
    .map(singular),
);

/** Whether a name already says the place ("Xi'an Municipal Bureau" names Xi'an). */
function namesPlace(name: string, place: string): boolean {
  return name.toLowerCase().includes(place.toLowerCase());
}

const MUNICIPAL_FIRST = /^Municipal\b/;
const DISTRICT_FIRST = /^District\b/;
const OF_THE_DISTRICT = /^ of the district\b/i;
const THE_DISTRICTS = /\bthe district's\s+$/i;
const OF_THE_CITY = /^ of the city\b/i;
const THE_CITYS = /\b(?:the city's|our city's)\s+$/i;
/** A bare acronym: "CAST", "SIAT". */
const ACRONYM_SURFACE = /^[A-Z]{2,10}$/;
const ACRONYM_FIRST = /^([A-Z]{2,10})\s+\S/;
const CAPITAL_FIRST = /^[A-Z]/;

// "X (ACR), also known as Y": the short form's bracket may close first.
const ALIAS_BETWEEN =
  /^\)?\s*[,(]\s*(?:hereinafter\s+(?:referred\s+to\s+as|called)|also\s+(?:known|called|referred\s+to)\s+as|or|(?:formerly|originally|previously)(?:\s+(?:known\s+as|called|named))?|i\.e\.)\s+(?:the\s+)?"?$/i;

const OWNER_BEFORE = /([A-Z][\w-]*)(?:'s|\u2019s)\s+$/;

/**
 * "UNESCO's Creative Cities Network" after "the UNESCO Creative Cities Network": an honor named
 * after its owner's possessive is the honor the text named with the owner in front.
 */
function linkOwnedHonors(state: DocumentState, firstByKey: Map<string, Mention> | undefined): void {
  if (!firstByKey) return;
  for (const mention of state.mentions) {
    if (mention.kind !== "Honor" || mention.antecedent) continue;
    const start = mention.evidence.start;
    const owner = OWNER_BEFORE.exec(state.view.slice(Math.max(0, start - 30), start))?.[1];
    if (!owner) continue;
    const full = firstByKey.get(normaliseKey(`${owner} ${mention.name}`));
    if (full && full.evidence.start < start) mention.antecedent = full.id;
  }
}

/**
 * "the Pritzker Prize" after "the Pritzker Architecture Prize": a prize's name that keeps the
 * longer one's first word (a proper name, no English word, place or level) and its head, and
 * leaves out words between, is that prize's short form, when it fits exactly one the text names.
 */
function linkHonorShortForms(state: DocumentState): void {
  const honors = state.mentions.filter((m) => m.kind === "Honor");
  // Each honor's root and the root's words, worked out once for all the pairs below.
  const roots = honors.map((other) => {
    const root = rootOf(state, other);
    return { id: root.id, words: root.name.toLowerCase().split(/\s+/) };
  });
  for (const mention of honors) {
    if (mention.antecedent) continue;
    const words = mention.name.toLowerCase().split(/\s+/);
    const [first] = words;
    const head = words.at(-1) ?? "";
    if (words.length < 2 || !PRIZE_HEAD.test(head) || !first || !isProperWord(first)) continue;
    const longer = new Set<string>();
    for (const root of roots) {
      const rootWords = root.words;
      if (rootWords.length > words.length && rootWords[0] === first && rootWords.at(-1) === head) {
        if (inOrderWithin(words, rootWords)) longer.add(root.id);
      }
    }
    const [only] = longer;
    const full = only ? state.byId.get(only) : undefined;
    if (longer.size === 1 && full) {
      mention.antecedent = full.id;
      mention.name = full.name;
    }
  }
}

const PRIZE_HEAD = /^(?:prize|award|medal)s?$/;

function isProperWord(word: string): boolean {
  return !isEnglishWord(word) && !isPlaceName(word) && !Object.hasOwn(LEVEL_WORDS, word);
}

/** Whether `words` appear in `longer` in the same order. */
function inOrderWithin(words: string[], longer: string[]): boolean {
  let at = 0;
  for (const word of words) {
    at = longer.indexOf(word, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * "SUMEC" after "SUMEC Group", "Higer" after "Higer Bus": one word that opens the name of exactly
 * one body the text named is that body's short form.
 */
function linkFirstWordShortForms(state: DocumentState): void {
  const byFirstWord = new Map<string, Set<Mention>>();
  for (const m of state.mentions) {
    if (m.kind !== "Organization" || !/\s/.test(m.name)) continue;
    const first = m.name.split(/\s+/)[0] as string;
    const roots = byFirstWord.get(first) ?? new Set<Mention>();
    roots.add(rootOf(state, m));
    byFirstWord.set(first, roots);
  }
  for (const m of state.mentions) {
    if (m.kind !== "Organization" || m.antecedent || /\s/.test(m.name)) continue;
    const roots = byFirstWord.get(m.name);
    const only = roots?.size === 1 ? [...roots][0] : undefined;
    if (only && only.id !== m.id && only.evidence.start < m.evidence.start) m.antecedent = only.id;
  }
}

/**
 * "Raymond Wong" and "Raymond Wong Wai-yeung", "Charles NG" and "Charles NG Wang-Wai": in one
 * text, a person's name of two words or more that opens the name of exactly one other person is
 * that person, named in full by the longer, whichever comes first.
 */
function linkPersonNamePrefixes(state: DocumentState): void {
  const people = state.mentions.filter((m) => m.kind === "Person" && !m.antecedent);
  const fullBy = new Map<string, Mention>();
  for (const m of people) if (!fullBy.has(m.name)) fullBy.set(m.name, m);
  const longerBy = new Map<string, Set<string>>();
  for (const name of fullBy.keys()) {
    const words = name.split(/\s+/);
    for (let n = 2; n < words.length; n++) {
      const prefix = words.slice(0, n).join(" ");
      const longer = longerBy.get(prefix) ?? new Set<string>();
      longer.add(name);
      longerBy.set(prefix, longer);
    }
  }
  for (const m of people) {
    const longer = longerBy.get(m.name);
    if (longer?.size !== 1) continue;
    const full = fullBy.get([...longer][0] as string);
    if (full && full !== m) m.antecedent = full.id;
  }
}

/** Kinds whose names a place may lead or not in one text: a body, a built work, a place. */
const PLACE_LED_KINDS = new Set(["Organization", "Work", "Place"]);

/**
 * "the Wuhan Pine Lake Bridge" and "the Pine Lake Bridge", "Nanjing Tarn Park" and "Tarn Park":
 * in one text, a name of two words or more that another name of its kind holds after places
 * only is that name. The longer is the root, whichever comes first; a name two longer ones hold
 * is left alone.
 */
function linkPlaceLedForms(state: DocumentState): void {
  const named = state.mentions.filter((m) => PLACE_LED_KINDS.has(m.kind) && !m.antecedent);
  const byWords = new Map<string, Mention[]>();
  for (const m of named) {
    const key = `${m.kind} ${m.name.toLowerCase()}`;
    const same = byWords.get(key);
    if (same) same.push(m);
    else byWords.set(key, [m]);
  }
  for (const long of named) {
    const words = long.name.toLowerCase().split(/\s+/);
    for (let lead = 1; lead <= 2 && words.length - lead >= 2; lead++) {
      if (!words.slice(0, lead).every(isLeadingPlace)) break;
      const rest = words.slice(lead);
      if (rest.every((w) => isPlaceName(w) || !/^[a-z]/.test(w))) break;
      // Most names have no shorter form in their text: count the longer forms only for one that does.
      const shorter = byWords.get(`${long.kind} ${rest.join(" ")}`);
      if (!shorter || longerFormsOf(named, long.kind, rest) !== 1) continue;
      for (const short of shorter)
        if (short !== long && !short.antecedent) short.antecedent = long.id;
    }
  }
}

/** How many names of `kind` hold `rest` after one or two place words. */
function longerFormsOf(named: Mention[], kind: string, rest: string[]): number {
  const tail = ` ${rest.join(" ")}`;
  const longer = new Set<string>();
  for (const m of named) {
    if (m.kind !== kind) continue;
    const name = m.name.toLowerCase();
    if (!name.endsWith(tail)) continue;
    const lead = name.slice(0, -tail.length).split(/\s+/);
    if (lead.length <= 2 && lead.every(isLeadingPlace)) longer.add(name);
  }
  return longer.size;
}

/** A place a name may lead with or not; not the country ("China University of X" is a body of its own). */
function isLeadingPlace(word: string): boolean {
  return word !== "china" && word !== "chinese" && isPlaceName(word);
}

/** In-announcement coreference: acronyms, short forms, "Municipal X", "A and B of Z". */
function resolveInDocument(state: DocumentState): void {
  const { mentions, view } = state;
  // The same name twice in one announcement is one thing.
  // (By kind, then by key: no joined string to build and hash for every name.)
  const firstByName = new Map<string, Map<string, Mention>>();
  for (const mention of mentions) {
    if (mention.kind === "Person" || mention.kind === "Place") continue;
    let byKey = firstByName.get(mention.kind);
    if (!byKey) {
      byKey = new Map();
      firstByName.set(mention.kind, byKey);
    }
    const key = normaliseKey(mention.name);
    const first = byKey.get(key);
    if (first && !mention.antecedent) mention.antecedent = first.id;
    else if (!first) byKey.set(key, mention);
  }
  linkOwnedHonors(state, firstByName.get("Honor"));
  linkHonorShortForms(state);
  // "the Education Bureau and Science and Technology Innovation Bureau of Guangming District".
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as Extra;
    const b = mentions[i + 1] as Extra;
    if (a.kind !== "Organization" || b.kind !== "Organization" || a.nestedIn || b.nestedIn)
      continue;
    const between = view.slice(a.evidence.end, b.evidence.start);
    if (!/^\s+(and|&)\s+$/.test(between)) continue;
    const place =
      /\s(of|in) ((?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?:District|County|City|Province))$/.exec(
        b.name,
      );
    if (place && !/\b(of|for|in)\b/.test(a.name)) {
      a.name = `${a.name} ${place[1]} ${place[2]}`;
    }
  }
  // "Municipal X" is the city's X; "X of the district" the district's.
  for (const mention of mentions) {
    if (mention.kind !== "Organization" && mention.kind !== "Program") continue;
    if (MUNICIPAL_FIRST.test(mention.name) && state.city && !namesPlace(mention.name, state.city)) {
      mention.name = `${state.city} ${mention.name}`;
    } else if (DISTRICT_FIRST.test(mention.name) && state.district) {
      mention.name = `${state.district} ${mention.name.replace(/^District\s+/, "")}`;
    }
    const after = view.slice(mention.evidence.end, mention.evidence.end + 20);
    const before = view.slice(Math.max(0, mention.evidence.start - 20), mention.evidence.start);
    const districtOwned = OF_THE_DISTRICT.test(after) || THE_DISTRICTS.test(before);
    const cityOwned = OF_THE_CITY.test(after) || THE_CITYS.test(before);
    if (
      districtOwned &&
      state.district &&
      !namesPlace(mention.name, state.district) &&
      !/\bof\b/.test(mention.name)
    ) {
      mention.name = `${mention.name} of ${state.district}`;
    } else if (cityOwned && state.city && !namesPlace(mention.name, state.city)) {
      mention.name = `${state.city} ${mention.name}`;
    }
  }
  // Acronyms defined in the text and used bare later.
  const byAcronym = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.acronym) byAcronym.set(mention.acronym, mention);
    else if (
      mention.kind === "Organization" &&
      ACRONYM_SURFACE.test(mention.surface) &&
      !mention.antecedent
    ) {
      const defined = byAcronym.get(mention.surface);
      if (defined) {
        mention.antecedent = defined.id;
        mention.name = defined.name;
      }
    }
  }
  linkImplicitAcronyms(mentions, byAcronym);
  linkInnerAcronymShortForms(mentions);
  dropShoutedWords(state);
  // Explicit aliases: "X (hereinafter referred to as Y)", "X, also known as Y".
  const outer = mentions.filter((m) => !(m as Extra).nestedIn);
  for (let i = 0; i + 1 < outer.length; i++) {
    const a = outer[i] as Mention;
    const b = outer[i + 1] as Mention;
    const between = view.slice(a.evidence.end, b.evidence.start);
    if (ALIAS_BETWEEN.test(between)) {
      b.antecedent = a.id;
      if (b.kind === "Organization") b.name = a.name;
      if (a.kind === "Honor" || b.kind === "Honor") {
        a.kind = "Honor";
        b.kind = "Honor";
      }
    }
  }
  // Short forms and partial names refer back to a recent fuller name with the same head. The look-back
  // is bounded (coreference is local), which keeps this linear in the number of names.
  const recentByNucleus = new Map<string, Extra[]>();
  // The one body the headline names, worked out once and only if a short form needs it.
  let headline: { body: Mention | undefined } | undefined;
  const headlineBodyOnce = () => {
    headline ??= headlineBody(state, mentions);
    return headline.body;
  };
  const wordCache = new Map<string, Set<string>>();
  const wordsOf = (root: Mention, earlier: Mention): Set<string> => {
    const key = `${root.id}|${earlier.id}|${root.name}`;
    let words = wordCache.get(key);
    if (!words) {
      words = new Set(contentWords(root.name).concat(contentWords(earlier.name)));
      wordCache.set(key, words);
    }
    return words;
  };
  for (let i = 0; i < mentions.length; i++) {
    const previous = mentions[i - 1] as Extra | undefined;
    if (previous?.kind === "Organization") {
      const list = recentByNucleus.get(previous.nucleus ?? "") ?? [];
      list.push(previous);
      recentByNucleus.set(previous.nucleus ?? "", list);
    }
    const mention = mentions[i] as Extra;
    if (
      mention.antecedent ||
      mention.kind !== "Organization" ||
      ACRONYM_SURFACE.test(mention.surface)
    )
      continue;
    const words = contentWords(mention.name);
    if (words.length === 0) continue;
    const candidates = new Set<string>();
    let chosen: Mention | undefined;
    const recent = recentByNucleus.get(mention.nucleus ?? "") ?? [];
    for (let j = recent.length - 1; j >= 0 && j >= recent.length - COREFERENCE_WINDOW; j--) {
      const earlier = recent[j] as Extra;
      if (earlier.evidence.start >= mention.evidence.start) continue;
      const root = rootOf(state, earlier);
      if (root.id === mention.id) continue;
      const earlierWords = wordsOf(root, earlier);
      if (!words.every((w) => earlierWords.has(w))) continue;
      // "Quzhou Museum" is a name of its own, not a short form of "Quzhou Science Museum": a name that
      // starts with a place may only leave out places, levels and the "of/for ..." part of the longer one.
      if (!isShortFormOf(words, root.name, mention.definite === true)) continue;
      chosen ??= root;
      candidates.add(root.id);
    }
    // "A was founded by B Foundation and C Foundation. The Foundation grants ...": a short form
    // that opens its sentence is the subject that opened the sentence before, when it could be.
    if (candidates.size > 1) {
      const subject = subjectBefore(state, mentions, mention);
      if (subject && candidates.has(subject.id)) {
        chosen = subject;
        candidates.clear();
        candidates.add(subject.id);
      }
    }
    // "the school" refers to the nearest school named before; longer short forms must be unambiguous.
    chosen ??= nearestOfKindNamed(mention, recentByNucleus);
    chosen ??= storySubjectFor(mention, headlineBodyOnce);
    // "Our school was awarded X" in a headline, then "The High School of Y was awarded X".
    if (mention.selfReference && state.sentences[mention.evidence.sentenceIndex]?.headline)
      chosen ??= laterNameOfKind(mentions, i);
    if (chosen && (candidates.size <= 1 || (mention.generic && words.length === 1))) {
      mention.antecedent = chosen.id;
      mention.name = chosen.name;
    } else if (mention.selfReference || (mention.definite && SELF_NAME.test(mention.surface))) {
      // "our company", "the Company" with no name to refer to: the publisher, named as it names itself.
      mention.name = mention.selfReference ?? mention.surface;
    } else if (
      mention.generic &&
      !NATIONAL_ORGANS.test(mention.surface) &&
      ((mention.definite && words.length <= 2) || (pluralHead(mention) && words.length <= 3))
    ) {
      // "the Hospital" with nothing to refer to, or "State Key Laboratories", is no name.
      mention.name = `\u0000${mention.name}`;
    }
  }
  linkHeadlineShortForms(state, mentions);
  linkPlaceShortForms(state, mentions);
  linkTransposedAcronyms(state, mentions);
  // A name that refers back carries the full name it stands for.
  for (const mention of mentions) {
    if (mention.kind !== "Organization" || !mention.antecedent) continue;
    const root = rootOf(state, mention);
    if (root !== mention && root.kind === "Organization") mention.name = root.name;
  }
}

/**
 * The body that opens the sentence before the one `mention` opens ("The X was ..."), as its root;
 * none when `mention` does not open its own sentence.
 */
function subjectBefore(
  state: DocumentState,
  mentions: Mention[],
  mention: Mention,
): Mention | undefined {
  const sentence = state.sentences[mention.evidence.sentenceIndex];
  if (!sentence || !OPENS_SENTENCE.test(state.view.slice(sentence.start, mention.evidence.start)))
    return undefined;
  const before = state.sentences[mention.evidence.sentenceIndex - 1];
  if (!before || before.paragraph !== sentence.paragraph) return undefined;
  const first = mentions.find((m) => m.evidence.sentenceIndex === before.index);
  if (first?.kind !== "Organization") return undefined;
  if (!OPENS_SENTENCE.test(state.view.slice(before.start, first.evidence.start))) return undefined;
  return rootOf(state, first);
}

/** Nothing or an article before a name: the name opens its sentence. */
const OPENS_SENTENCE = /^\s*(?:the\s+)?$/i;

/**
 * "Honors of the Lakeside Health Center" then "The hospital has been awarded ...": a lower-case
 * short form with nothing of its head named before refers to the one body the headline names.
 */
function storySubjectFor(
  mention: Extra,
  headlineBodyOf: () => Mention | undefined,
): Mention | undefined {
  if (!mention.generic || !mention.definite || contentWords(mention.name).length !== 1)
    return undefined;
  if (mention.surface !== mention.surface.toLowerCase()) return undefined;
  const subject = headlineBodyOf();
  return subject && subject.evidence.start < mention.evidence.start ? subject : undefined;
}

/** How many sentences of the story a headline's short name may look ahead for its full name. */
const HEADLINE_NAME_REACH = 8;

/**
 * "Xianghua Group Selected as a Leading Enterprise", then "Shishi Xianghua Group Co., Ltd. was
 * selected ...": a headline shortens the name the story's first sentences give in full. The one
 * full name there the headline's name is a short form of is the one it stands for.
 */
function linkHeadlineShortForms(state: DocumentState, mentions: Mention[]): void {
  for (const mention of mentions as Extra[]) {
    const sentence = state.sentences[mention.evidence.sentenceIndex];
    if (!sentence?.headline || mention.kind !== "Organization" || mention.antecedent) continue;
    if (mention.generic || ACRONYM_SURFACE.test(mention.surface)) continue;
    const words = contentWords(mention.name);
    if (words.length < 2) continue;
    const last = mention.evidence.sentenceIndex + HEADLINE_NAME_REACH;
    const fuller = new Set<Mention>();
    for (const later of mentions) {
      const at = later.evidence.sentenceIndex;
      if (later.kind !== "Organization" || at <= mention.evidence.sentenceIndex || at > last)
        continue;
      const root = rootOf(state, later);
      if (root === mention || root.kind !== "Organization") continue;
      if (fullerNameOf(mention.name, root.name)) fuller.add(root);
    }
    const [only] = fuller;
    if (fuller.size === 1 && only) {
      mention.antecedent = only.id;
      mention.name = only.name;
    }
  }
}

/**
 * "SIYUAN ... SIYAUN", "SDNU ... SNDU": in one announcement, an acronym of four letters or more
 * that swaps two neighbouring letters of one named before is that one, mistyped.
 */
function linkTransposedAcronyms(state: DocumentState, mentions: Mention[]): void {
  const seen: Mention[] = [];
  for (const mention of mentions as Extra[]) {
    if (mention.kind !== "Organization" || !/^[A-Z]{4,10}$/.test(mention.surface)) continue;
    const typed = seen.find((earlier) => swapsTwoNeighbours(earlier.surface, mention.surface));
    if (typed && !mention.antecedent) {
      const root = rootOf(state, typed);
      mention.antecedent = root.id;
      mention.name = root.name;
    } else if (!seen.some((earlier) => earlier.surface === mention.surface)) seen.push(mention);
  }
}

function swapsTwoNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((letter, i) => letter !== b[i]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** "The District", "the County": a place's kind alone, capitalised as a name. */
const PLACE_KIND_ALONE =
  /^(?:District|County|City|Town|Township|Village|Sub-?district|Prefecture|Province)$/i;

/**
 * "Tarn District won X. The District also won Y": a place's kind alone refers back to the nearest
 * place named before it with that kind, in the sentence before or its own.
 */
function linkPlaceShortForms(state: DocumentState, mentions: Mention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i] as Extra;
    if (mention.kind !== "Place" || mention.antecedent || !PLACE_KIND_ALONE.test(mention.name))
      continue;
    const kind = canonicalHead(mention.name.toLowerCase().replace("-", ""));
    const sentence = mention.evidence.sentenceIndex;
    // "the town" in lower case may stand for a place named a few sentences before.
    const lowerCase = mention.surface === mention.surface.toLowerCase();
    const reach = lowerCase ? LOWERCASE_PLACE_REACH : 1;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = mentions[j] as Mention;
      if (earlier.evidence.sentenceIndex < sentence - reach) break;
      if (earlier.kind !== "Place" || !placeOfKind(earlier.name, kind)) continue;
      const root = rootOf(state, earlier);
      mention.antecedent = root.id;
      mention.name = root.name;
      break;
    }
    // "the city" with no city named before it is no name.
    if (lowerCase && !mention.antecedent) mention.name = `\u0000${mention.name}`;
  }
}

/**
 * Whether a place's name says it is of `kind`: by its last word ("Tarn County"), or, for a city
 * or a province named by one word, by the gazetteer ("Jinan", "Qinghai").
 */
function placeOfKind(name: string, kind: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 1) {
    const word = name.toLowerCase();
    return (kind === "city" && CITIES.has(word)) || (kind === "province" && PROVINCES.has(word));
  }
  return canonicalHead((words.at(-1) ?? "").toLowerCase().replace("-", "")) === kind;
}

/** How many sentences back "the town" in lower case may find the town it stands for. */
const LOWERCASE_PLACE_REACH = 3;

/**
 * Whether `longer` is the full name `short` shortens: more words, the same head at the end (its
 * legal form aside), nothing "of" another body ("Yichang University" is not short for "School of
 * Physics of Yichang University") nor an acronym's own, and only places or levels skipped between
 * the short name's words.
 */
function fullerNameOf(short: string, longer: string): boolean {
  const words = longer
    .replace(/[,.]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "");
  while (words.length > 0 && isLegalForm(words.at(-1) ?? "")) words.pop();
  const shortWords = short.split(/\s+/);
  if (words.length <= shortWords.length || words.some((w) => w.toLowerCase() === "of"))
    return false;
  const head = words.at(-1) ?? "";
  if (head.toLowerCase() !== shortWords.at(-1)?.toLowerCase()) return false;
  // "SDUT Communist Youth League": a body's acronym before the name makes it that body's own.
  if (words.some((w) => ACRONYM_SURFACE.test(w) && !shortWords.includes(w))) return false;
  if (headKind(head) !== "Organization") return false;
  return isShortFormOf(contentWords(short), longer, false);
}

/** The one organization the headline names, if it names exactly one. */
function headlineBody(state: DocumentState, mentions: Mention[]): { body: Mention | undefined } {
  const named = mentions.filter(
    (m) =>
      m.kind === "Organization" &&
      !(m as Extra).generic &&
      !(m as Extra).nestedIn &&
      state.sentences[m.evidence.sentenceIndex]?.headline,
  );
  const roots = new Set(named.map((m) => rootOf(state, m).id));
  return { body: roots.size === 1 ? rootOf(state, named[0] as Mention) : undefined };
}

/** "the State Council", "the Central Committee": the state's own organs, names though generic. */
const NATIONAL_ORGANS = /^(?:the\s+)?(?:State|Central)\s+(?:Council|Committee|Commission)$/;

/** "Key Laboratories": the name ends in its head in the plural (a class of bodies, not one). */
function pluralHead(mention: Extra): boolean {
  const last = mention.surface.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
  return last.endsWith("s") && singular(last) !== last;
}

/**
 * "the General Office of Lake Association for Science and Technology (LAST)": an acronym that spells
 * the body named inside, not the whole name, defines the one inside.
 */
function giveAcronymToNested(state: DocumentState, mention: Mention): void {
  const acronym = mention.acronym as string;
  if (initialsOf(mention.name).includes(acronym)) return;
  const inner = nestedWithin(state, mention).find(
    (m) => m.kind === "Organization" && initialsOf(m.name).includes(acronym),
  );
  if (!inner) return;
  inner.acronym = acronym;
  mention.acronym = undefined;
}

/**
 * The names read inside `mention`, however deep: "Hall of the Library of the Pine Academy" holds
 * the library, and the library the academy.
 */
function nestedWithin(state: DocumentState, mention: Mention): Mention[] {
  const within: Mention[] = [];
  const outer = new Set([mention.id]);
  for (const m of state.mentions) {
    const parent = (m as Extra).nestedIn;
    if (parent !== undefined && outer.has(parent)) {
      within.push(m);
      outer.add(m.id);
    }
  }
  return within;
}

/** "Chinese Astronomical Society" -> "CAS": the initials of a name's capitalised words. */
const NOT_INITIALS = new Set(["Of", "For", "And", "The", "In", "On", "At"]);

/**
 * The initials a name's acronym may have: one letter per capitalised word, or, for a word that
 * spells two or three pinyin syllables, one per syllable ("Nanjing University" -> NU and NJU,
 * "South-Central Minzu University" -> SCMU and SCMZU), as Chinese universities and firms write them.
 */
function initialsOf(name: string): string[] {
  // "Lake Forestry Organization of the United Nations" is also the LFO.
  const ofAt = name.indexOf(" of ");
  const lead =
    ofAt > 0 && /\s/.test(name.slice(0, ofAt)) ? spelledInitials(name.slice(0, ofAt)) : [];
  return [...new Set([...spelledInitials(name), ...lead])];
}

const COMPASS_WORD = /^(N|S)(?:orth|outh)(e|w)(?:ast|est)(?:ern)?$/i;

function spelledInitials(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => CAPITAL_FIRST.test(w) && !NOT_INITIALS.has(w));
  let variants = [""];
  for (const word of words) {
    const syllables = /^[A-Z][a-z]+$/.test(word) ? pinyinSyllables(word) : undefined;
    const options = [(word[0] as string).toUpperCase()];
    // "Southwest Jiaotong University" is the SWJTU: a compass word gives both its letters.
    const compass = COMPASS_WORD.exec(word);
    if (compass) options.push(`${compass[1]}${compass[2]}`.toUpperCase());
    if (syllables && syllables.length >= 2 && syllables.length <= 3) {
      options.push(syllables.map((s) => (s[0] as string).toUpperCase()).join(""));
      // "Henan University" is also the HENU, "Hubei University" the HUBU: the first syllable whole.
      const [whole, ...rest] = syllables as [string, ...string[]];
      options.push((whole + rest.map((s) => s[0]).join("")).toUpperCase());
    }
    variants = variants.flatMap((v) => options.map((o) => v + o));
    if (variants.length > 64) return [words.map((w) => w[0]).join("")];
  }
  return variants;
}

/**
 * "PHOTO:", "BUSINESS WIRE", "LOS ANGELES, Nov 3": an English word, a place or a month in
 * capitals, with other capitals or a label's colon beside it or alone on its line, is the page's
 * shouting (a label, a dateline, a heading), not a body's acronym. "SUES won the cup" stays.
 */
function dropShoutedWords(state: DocumentState): void {
  for (const mention of state.mentions) {
    if (mention.kind !== "Organization" || mention.antecedent) continue;
    if (!ACRONYM_SURFACE.test(mention.surface) || mention.surface.length < 4) continue;
    const lower = mention.surface.toLowerCase();
    if (!isEnglishWord(lower) && !isPlaceName(lower) && !MONTH_NAMES.has(lower)) continue;
    // A headline of one word is the story's subject: "SUES" over a story about SUES.
    if (state.sentences[mention.evidence.sentenceIndex]?.headline) continue;
    if (shoutedAt(state.view, mention.evidence.start, mention.evidence.end))
      mention.name = `\u0000${mention.name}`;
  }
}

/**
 * Capitals right before or after [start, end) on its line, a colon after it, or the word alone on
 * its line or opening it before a comma (a dateline).
 */
function shoutedAt(view: string, start: number, end: number): boolean {
  const before = view.slice(Math.max(0, start - 24), start);
  const after = view.slice(end, end + 24);
  return (
    /[A-Z]{2,}[ \t,()-]*$/.test(before) ||
    /^[ \t,()-]*[A-Z]{2,}\b/.test(after) ||
    /^\s*:/.test(after) ||
    (/(?:^|\n)[ \t]*$/.test(before) && /^[ \t]*(?:\n|$|,)/.test(after))
  );
}

/** "Ho Leung Ho Lee (HLHL) Foundation": the acronym and the words after it, "HLHL Foundation". */
const INNER_ACRONYM_SURFACE = /\(([A-Z][A-Z&]{1,7})\)\s+(\S[\s\S]*)$/;

/**
 * "the Ho Leung Ho Lee (HLHL) Foundation ... the HLHL Foundation": a name that opens with an
 * acronym defined inside a longer name, then the same words, is that name's short form.
 */
function linkInnerAcronymShortForms(mentions: Mention[]): void {
  const byShortForm = new Map<string, Mention>();
  for (const mention of mentions) {
    const inner = INNER_ACRONYM_SURFACE.exec(mention.surface);
    if (inner && mention.name !== mention.surface.replace(/\s+/g, " "))
      byShortForm.set(`${inner[1]} ${(inner[2] as string).replace(/\s+/g, " ")}`, mention);
  }
  if (byShortForm.size === 0) return;
  for (const mention of mentions) {
    if (mention.antecedent || mention.kind !== "Organization") continue;
    const full = byShortForm.get(mention.name);
    if (!full || full === mention) continue;
    mention.antecedent = full.id;
    mention.name = full.name;
  }
}

/** Kinds of names an acronym may spell: bodies, honors ("GBM") and events ("IBC"). */
const SPELLED_OUT_KINDS = new Set(["Organization", "Honor", "Event"]);

/**
 * A bare acronym the text never defines, whose letters are the initials of exactly one body the
 * text names ("the 11th Congress of the Chinese Astronomical Society ... from the CAS"), refers to
 * that body, whatever the acronym means elsewhere (CAS is also the Chinese Academy of Sciences).
 */
function linkImplicitAcronyms(mentions: Mention[], defined: Map<string, Mention>): void {
  const bare = (m: Mention) =>
    m.kind === "Organization" &&
    !m.antecedent &&
    ACRONYM_SURFACE.test(m.surface) &&
    !defined.has(m.surface);
  // Most texts use no acronym they leave undefined: no initials to work out then.
  if (!mentions.some(bare)) return;
  const byInitials = new Map<string, Mention[]>();
  for (const mention of mentions) {
    if (!SPELLED_OUT_KINDS.has(mention.kind) || ACRONYM_SURFACE.test(mention.surface)) continue;
    for (const initials of initialsOf(mention.name)) {
      if (initials.length < 2) continue;
      const list = byInitials.get(initials) ?? [];
      if (!list.some((m) => m.name === mention.name)) list.push(mention);
      byInitials.set(initials, list);
    }
  }
  // "SUMEC Group ... SUMEC": a name that opens with the letters stands for them too.
  const byFirstWord = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const first = ACRONYM_FIRST.exec(mention.name)?.[1] ?? shoutedFirstWord(mention.name);
    if (mention.kind !== "Organization" || !first || UNIT_OF_THE_FIRST.test(mention.name)) continue;
    const list = byFirstWord.get(first) ?? [];
    if (!list.some((m) => m.name === mention.name)) list.push(mention);
    byFirstWord.set(first, list);
  }
  for (const mention of mentions) {
    if (!bare(mention)) continue;
    const byLetters = byInitials.get(mention.surface);
    const byName = byFirstWord.get(mention.surface);
    const candidates = byLetters?.length === 1 ? byLetters : byLetters ? undefined : byName;
    if (candidates?.length !== 1) continue;
    const body = candidates[0] as Mention;
    mention.antecedent = body.id;
    mention.name = body.name;
    // "the Grand Bauhinia Medal ... the GBM": the letters may spell an honor or an event too.
    mention.kind = body.kind;
  }
}

/**
 * "TNU College of Physics", "SDUT Communist Youth League": a unit of the body the first word names,
 * which the bare letters do not stand for.
 */
const UNIT_OF_THE_FIRST =
  /^\S+\s+(?:College|School|Faculty|Department|Institute|Library|Laboratory|Lab|Cent(?:er|re)|Branch|Office|Committee|Communist|Youth|Party|Student|Students|Alumni|Museum|Hospital|Affiliated)\b/;

/** "Kestra Group ... KESTRA": a name's first word, as an acronym would write it. */
function shoutedFirstWord(name: string): string | undefined {
  const first = /^([A-Z][a-z]{2,9})\s+\S/.exec(name)?.[1];
  return first && !isPlaceName(first.toLowerCase()) ? first.toUpperCase() : undefined;
}

const COREFERENCE_WINDOW = 40;
const YEAR_FIRST = /^(?:19|20)\d{2}\b/;

/**
 * The heads of names a lower-case short form may stand for besides its own: "the museum" for a
 * "Memorial Hall", "the company" for "X Co., Ltd." or "Y Group", "the school" for a university.
 */
// A firm named by its trade ("Jiahe Biotech") is "the company" too.
const KIND_HEADS: Record<string, readonly string[]> = {
  museum: ["hall", "gallery", "memorial"],
  company: ["co", "corporation", "group", "limited", "ltd", "inc", "firm", "enterprise", ...TRADES],
  firm: ["co", "corporation", "group", "limited", "ltd", "inc", "company", "enterprise", ...TRADES],
  enterprise: ["co", "corporation", "group", "limited", "ltd", "inc", "company", ...TRADES],
  group: ["co", "corporation", "limited", "ltd", "company"],
  school: ["college", "university", "academy"],
  park: ["zone", "garden"],
};

/** How many sentences after a headline's "our school" the name it stands for may come. */
const SELF_REFERENCE_REACH = 2;

/**
 * A headline's "Our school was awarded X", then "The High School of Y was awarded X": the first
 * name soon after whose head is the self-reference's or one its kind allows.
 */
function laterNameOfKind(mentions: readonly Mention[], at: number): Mention | undefined {
  const self = mentions[at] as Extra;
  const heads = new Set([self.nucleus ?? "", ...(KIND_HEADS[self.nucleus ?? ""] ?? [])]);
  const lastSentence = self.evidence.sentenceIndex + SELF_REFERENCE_REACH;
  for (let j = at + 1; j < mentions.length; j++) {
    const later = mentions[j] as Extra;
    if (later.evidence.sentenceIndex > lastSentence) break;
    if (later.kind === "Organization" && !later.generic && heads.has(later.nucleus ?? ""))
      return later;
  }
  return undefined;
}

/**
 * "The museum" after "Pine Memorial Hall", "the Company" after "X Co., Ltd.": the nearest name of an
 * earlier sentence whose head the short form's kind allows (lower case, or a capitalised
 * "Company" or "Group").
 */
function nearestOfKindNamed(
  mention: Extra,
  recentByNucleus: ReadonlyMap<string, Extra[]>,
): Mention | undefined {
  const lowerCase = mention.surface === mention.surface.toLowerCase();
  if (!mention.generic || !mention.definite || (!lowerCase && !SELF_NAME.test(mention.surface)))
    return undefined;
  let nearest: Extra | undefined;
  for (const head of KIND_HEADS[mention.nucleus ?? ""] ?? []) {
    const recent = recentByNucleus.get(head) ?? [];
    for (let j = recent.length - 1; j >= 0 && j >= recent.length - COREFERENCE_WINDOW; j--) {
      const earlier = recent[j] as Extra;
      // "X was the company that ...": in its own sentence, a short form is said of a name, not for it.
      const before = earlier.evidence.sentenceIndex < mention.evidence.sentenceIndex;
      // "2018 National X Enterprise": a name that opens with a year is a title or an edition.
      if (!before || earlier.generic || YEAR_FIRST.test(earlier.name)) continue;
      if (!nearest || earlier.evidence.start > nearest.evidence.start) nearest = earlier;
      break;
    }
  }
  return nearest;
}

/**
 * Whether `words` can be a short form of `longer`. Words the short form skips *between* its own words
 * must be levels or places ("Xi'an Science and Technology Bureau" for "Xi'an Municipal Science and
 * Technology Bureau"), never content ("Quzhou Museum" is not "Quzhou Science Museum"); words before or
 * after it may go ("Education Bureau" of "... of Guangming District"). Reordered words ("the Panda
 * Base" for "Research Base of Giant Panda Breeding") only make a short form after "the".
 */
function isShortFormOf(words: string[], longer: string, definite: boolean): boolean {
  const longWords = contentWords(longer);
  const positions = words.map((w) => longWords.indexOf(w));
  if (positions.some((p) => p < 0)) return false;
  const ordered = positions.every((p, i) => i === 0 || p > (positions[i - 1] as number));
  if (!ordered) return definite && words.length <= 3;
  const first = positions[0] as number;
  const last = positions[positions.length - 1] as number;
  if (namesAnotherBody(words, longWords, first, last)) return false;
  const used = new Set(positions);
  for (let i = first; i <= last; i++) {
    if (used.has(i)) continue;
    const skipped = longWords[i] as string;
    if (!Object.hasOwn(LEVEL_WORDS, skipped) && !isPlaceName(skipped)) return false;
  }
  return true;
}

/**
 * "Nanjing University" of "Nanjing University of Information Science and Technology": a name
 * that opens the longer one and ends on a body's head, where the longer one goes on with words
 * that are no place or level, is a body of its own ("Education Bureau" of "Education Bureau of
 * Guangming District" is still a short form).
 */
function namesAnotherBody(words: string[], longWords: string[], first: number, last: number) {
  if (words.length < 2 || first !== 0 || last === longWords.length - 1) return false;
  if (headKind(words.at(-1) as string) !== "Organization") return false;
  return longWords
    .slice(last + 1)
    .some(
      (w) =>
        !Object.hasOwn(LEVEL_WORDS, w) &&
        !isPlaceName(w) &&
        headKind(w) !== "Place" &&
        !isLegalForm(w),
    );
}

export function rootOf(state: DocumentState, mention: Mention): Mention {
  // Most names refer to nothing before them: no chain to follow.
  if (!mention.antecedent) return mention;
  let current = mention;
  const seen = new Set<string>();
  while (current.antecedent && !seen.has(current.id)) {
    seen.add(current.id);
    const next = state.byId.get(current.antecedent);
    if (!next) break;
    current = next;
  }
  return current;
}

function buildSkeleton(view: string, context: SentenceContext): Skeleton {
  const { sentence, top } = context;
  let text = "";
  const pieces: Array<{
    skeletonStart: number;
    viewStart: number;
    length: number;
    mention?: Mention;
  }> = [];
  let cursor = sentence.start;
  for (const mention of top) {
    if (mention.evidence.start < cursor) continue;
    const gap = view.slice(cursor, mention.evidence.start);
    pieces.push({ skeletonStart: text.length, viewStart: cursor, length: gap.length });
    text += gap;
    const index = top.indexOf(mention);
    const placeholder = `\uE000${index}\uE001`;
    pieces.push({
      skeletonStart: text.length,
      viewStart: mention.evidence.start,
      length: placeholder.length,
      mention,
    });
    text += placeholder;
    cursor = mention.evidence.end;
  }
  const tail = view.slice(cursor, sentence.end);
  pieces.push({ skeletonStart: text.length, viewStart: cursor, length: tail.length });
  text += tail;
  // Methods, not arrow properties: no per-sentence function naming under tsx's keepNames.
  return {
    text,
    toView(position: number, edge: "start" | "end"): number {
      for (const piece of pieces) {
        if (position < piece.skeletonStart || position > piece.skeletonStart + piece.length)
          continue;
        if (piece.mention) {
          return edge === "start" ? piece.mention.evidence.start : piece.mention.evidence.end;
        }
        return piece.viewStart + (position - piece.skeletonStart);
      }
      return sentence.end;
    },
    mentionAt(index: number) {
      return top[index];
    },
    indexOf(mention: Mention) {
      return top.indexOf(mention);
    },
    placeholderAt(mention: Mention) {
      return pieces.find((piece) => piece.mention === mention)?.skeletonStart ?? -1;
    },
  };
}

/** Resolves partial and relative dates against the text's years and the publication date. */
export function resolveDate(
  state: DocumentState,
  date: DateMention,
  sentence: Sentence,
  publicationDate: string | undefined,
): string | undefined {
  if (date.relative === "yesterday" || date.relative === "today" || date.weekday !== undefined) {
    if (!publicationDate || !/^\d{4}-\d{2}-\d{2}$/.test(publicationDate)) return undefined;
    if (date.weekday !== undefined) return weekdayOnOrBefore(publicationDate, date.weekday);
    return date.relative === "yesterday" ? shiftDate(publicationDate, -1) : publicationDate;
  }
  if (date.year !== undefined) return formatDate(date);
  if (date.month === undefined && date.day !== undefined)
    return dayOfPublicationMonth(date.day, publicationDate);
  const inferred = inferYear(state, sentence, publicationDate, date);
  return inferred === undefined ? undefined : formatDate({ ...date, year: inferred });
}

/**
 * "from October 13 to 15", a range within one month that leaves its year out: the month, its year
 * read as for the range's first day. Undefined for a range over two months.
 */
export function rangeMonth(
  state: DocumentState,
  range: DateMention,
  sentence: Sentence,
  publicationDate: string | undefined,
): string | undefined {
  if (range.until?.month !== range.month) return undefined;
  const { start, end, month, day } = range;
  return resolveDate(state, { start, end, month, day }, sentence, publicationDate)?.slice(0, 7);
}

/** "On the 4th": the latest 4th on or before the publication date. */
function dayOfPublicationMonth(
  day: number,
  publicationDate: string | undefined,
): string | undefined {
  if (!publicationDate || !/^\d{4}-\d{2}-\d{2}$/.test(publicationDate)) return undefined;
  let year = Number(publicationDate.slice(0, 4));
  let month = Number(publicationDate.slice(5, 7));
  if (day > Number(publicationDate.slice(8, 10))) {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  return formatDate({ year, month, day });
}

function inferYear(
  state: DocumentState,
  sentence: Sentence,
  publicationDate: string | undefined,
  date: DateMention,
): number | undefined {
  if (date.relative === "this-year" && publicationDate) return Number(publicationDate.slice(0, 4));
  // With a publication date, "February 14" is the latest February 14 on or before it: news
  // reports what has happened. A year elsewhere in the sentence mostly names something else.
  if (publicationDate && date.month !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(publicationDate)) {
    const year = Number(publicationDate.slice(0, 4));
    const published = publicationDate.slice(5);
    const day = `${String(date.month).padStart(2, "0")}-${String(date.day ?? 1).padStart(2, "0")}`;
    return day <= published ? year : year - 1;
  }
  const own = yearsIn(
    state.view
      .slice(sentence.start, sentence.end)
      .replace(
        /\b(?:since|from|founded\s+in|established\s+in|built\s+in|opened\s+in)\s+(?:19|20)\d{2}\b/gi,
        "",
      ),
  );
  if (own.length > 0) return own[0];
  if (publicationDate) return Number(publicationDate.slice(0, 4));
  const headline = state.sentences.find((s) => s.headline);
  if (headline) {
    const years = yearsIn(state.view.slice(headline.start, headline.end));
    if (years.length > 0) return years[0];
  }
  // The nearest year written before the sentence in its paragraph, then anywhere in the text.
  const before = yearsBeforeSentence(state)[sentence.index];
  if (before !== undefined) return before;
  // Earlier years in a text are mostly history ("since 2014", "founded in 2000"): take the latest.
  return state.years.length > 0 ? Math.max(...state.years.slice(0, 1000)) : undefined;
}

const yearsBeforeCache = new WeakMap<DocumentState, Array<number | undefined>>();

/** For each sentence, the last year written earlier in its paragraph (one pass, so it stays linear). */
function yearsBeforeSentence(state: DocumentState): Array<number | undefined> {
  const cached = yearsBeforeCache.get(state);
  if (cached) return cached;
  const result: Array<number | undefined> = [];
  let paragraph = -1;
  let last: number | undefined;
  for (const sentence of state.sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      last = undefined;
    }
    result.push(last);
    const years = yearsIn(state.view.slice(sentence.start, sentence.end));
    if (years.length > 0) last = years[years.length - 1];
  }
  yearsBeforeCache.set(state, result);
  return result;
}

/** One conferral per recipient and honor in an announcement; repeated statements add evidence. */
function mergeConferrals(state: DocumentState, conferrals: Conferral[]): Conferral[] {
  const byKey = new Map<string, Conferral>();
  const order: Conferral[] = [];
  for (const conferral of conferrals) {
    const recipient = rootOf(state, state.byId.get(conferral.recipient) as Mention);
    const honor = state.byId.get(conferral.honor) as Mention;
    const key = `${normaliseKey(recipient.name)}|${honorKey(honor.name)}`;
    const existing = byKey.get(key);
    if (!existing || anotherTime(existing, conferral)) {
      if (!existing) byKey.set(key, conferral);
      order.push(conferral);
      continue;
    }
    existing.evidence.push(...conferral.evidence);
    if (existing.issuers.length === 0) existing.issuers = conferral.issuers;
    existing.nominators = [...new Set([...existing.nominators, ...conferral.nominators])];
    existing.date ??= conferral.date;
    existing.batch ??= conferral.batch;
    existing.period ??= conferral.period;
    existing.cohortSize ??= conferral.cohortSize;
    existing.document ??= conferral.document;
    existing.noticePeriod ??= conferral.noticePeriod;
    if (existing.status === "conferred" && conferral.status !== "conferred")
      existing.status = conferral.status;
    // Prefer the body's rendering of the honor over a headline's "... Award".
    const existingHonor = state.byId.get(existing.honor) as Mention;
    if (existingHonor.evidence.sentenceIndex === 0 && honor.evidence.sentenceIndex !== 0)
      existing.honor = conferral.honor;
    existing.confidence = Math.max(existing.confidence, conferral.confidence);
  }
  return order;
}

/**
 * "The city keeps the title ... it first won it in 2011": a dated first award
 * and a renewal (or revocation) of the same title are two events, not one told twice.
 */
function anotherTime(a: Conferral, b: Conferral): boolean {
  if (a.status === b.status) return false;
  const conferred = a.status === "conferred" ? a : b.status === "conferred" ? b : undefined;
  const other = conferred === a ? b : a;
  return (
    conferred !== undefined &&
    conferred.date !== undefined &&
    (other.status === "renewed" || other.status === "revoked") &&
    other.date !== conferred.date
  );
}

export const normaliseKey = memoized((name) => contentWords(name).join(" "));

const TIER_ORDINALS: Record<string, string> = {
  "1": "first",
  "2": "second",
  "3": "third",
  one: "first",
  two: "second",
  three: "third",
  i: "first",
  ii: "second",
  iii: "third",
};

/**
 * One spelling for a rating's tier: "second-class", "second-grade", "level 2", "grade II" and
 * "secondary" read "second level"; "second level of national museums" reads "national second
 * level museums".
 */
function tierForm(name: string): string {
  return name
    .replace(/\b(first|second|third)[\s-]+(?:class|grade|level|tier)\b/gi, "$1 level")
    .replace(/\b(?:level|grade|class)[\s-]+(1|2|3|one|two|three|i{1,3})\b/gi, (_, n: string) => {
      return `${TIER_ORDINALS[n.toLowerCase()]} level`;
    })
    .replace(/\bsecondary\b/gi, "second level")
    .replace(
      /\b((?:first|second|third) level)\s+of\s+(?:the\s+)?(national|provincial)\b/gi,
      "$2 $1",
    );
}

/** Keys repeat across sentences and texts: computed once per name. */
export const honorKey = memoized(readHonorKey);

function readHonorKey(name: string): string {
  return contentWords(tierForm(name))
    .filter((w) => w !== "award" && w !== "title" && w !== "honorary")
    .join(" ")
    .replace(/\bpopular science\b/g, "science popularization")
    .replace(/\bscientific popularization\b/g, "science popularization")
    .replace(/^(china|chinese)\b/, "national");
}

function paragraphOf(state: DocumentState, mention: Mention): number {
  return state.sentences[mention.evidence.sentenceIndex]?.paragraph ?? -1;
}

/** "2021-2025" in a name. */
const YEAR_SPAN = /\b((?:19|20)\d{2}) ?- ?((?:19|20)\d{2})\b/;
/** "for the period 2021-2025", "(2021 to 2025)" in a sentence. */
const PERIOD =
  /(?:\(|\b(?:for|of|in|during)\s+(?:the\s+(?:period|term|years?)\s+(?:of\s+|from\s+)?)?)((?:19|20)\d{2}) ?(?:-|to) ?((?:19|20)\d{2})\b/;

// Issuers from documents, announcing bodies and ceremonies; dates from context; notice periods.

/**
 * "announced the list of X in 2021. ... These counties include A": a holder named apart from its
 * honor takes the year stated right after the honor.
 */
function yearOfHonorElsewhere(
  state: DocumentState,
  conferral: Conferral,
  honor: Mention,
): string | undefined {
  if (conferral.evidence.some((e) => e.sentenceIndex === honor.evidence.sentenceIndex)) return;
  const after = state.view.slice(honor.evidence.end, honor.evidence.end + 16);
  return /^\s*(?:in|for)\s+((?:19|20)\d{2})\b(?!\s*-)/.exec(after)?.[1];
}

/**
 * A conferral the story tells of now, which nothing in or near it dates: "Eight scientists win
 * 2023 Future Science Prize" over a story that dates nothing gives the headline's one year; else
 * it is of the month the story was published. Either is implied, and marked so.
 */
function impliedDate(conferral: Conferral, headline: string | undefined, published?: string) {
  const date = headline ?? published?.slice(0, 7);
  if (!date) return;
  conferral.date = date;
  conferral.dateImplied = true;
}

/** The one year the headline names ("2023 Future Science Prize laureates"), if it names one. */
function headlineYear(state: DocumentState): string | undefined {
  const years = new Set<string>();
  for (const sentence of state.sentences) {
    if (!sentence.headline) continue;
    for (const m of state.view.slice(sentence.start, sentence.end).matchAll(HEADLINE_YEAR))
      years.add(m[1] as string);
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** A year standing alone: not a span of years ("2021-2025"), a number or a code ("No. 2019"). */
const HEADLINE_YEAR = /(?<![\d./-]|No\.\s?)\b((?:19|20)\d{2})\b(?!\s*[-\u2013/]\s*\d|\d)/g;

/** "2022 China Film Festival": the year that opens an event's name. */
function yearInName(name: string | undefined): string | undefined {
  return /^(?:the\s+)?((?:19|20)\d{2})\b/i.exec(name ?? "")?.[1];
}

/**
 * Whether no sentence after the event's, up to `sentenceIndex`, writes another date: "this
 * year" or the event's own year says nothing else.
 */
function undatedSince(state: DocumentState, event: EventFact, sentenceIndex: number): boolean {
  const from = event.evidence[0]?.sentenceIndex ?? Number.POSITIVE_INFINITY;
  if (from > sentenceIndex || !event.date) return false;
  const year = Number(event.date.slice(0, 4));
  const sameYear = (d: DateMention) =>
    d.month === undefined && d.day === undefined && (d.relative === "this-year" || d.year === year);
  for (let i = from + 1; i <= sentenceIndex; i++)
    if (!(state.contexts[i]?.dates ?? []).every(sameYear)) return false;
  return true;
}

// "The prize-giving of the 30th X Award was held in Pine City in May 2019."; "The X Award was
// presented in May 2019.": the honor given on one occasion.
const CEREMONY_HELD =
  /\b(?:ceremony|gala|presentation)\b[^.;]{0,80}\b(?:was|were)\s+held\b|\b(?:was|were)\s+(?:held|presented|announced)\b/i;
/** "64th X Award", "2017 X Award's": an honor's name without its edition. */
const editionless = (name: string) =>
  name
    .replace(/^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|(?:19|20)\d{2})\s+/i, "")
    .replace(/(?:'s|\u2019s)$/, "")
    .toLowerCase();

/**
 * The date of the one dated sentence that says a ceremony of the honor `name` (editionless, any
 * edition) was held:
 * "The gala of the 30th X Award was held in May 2019." dates its winners listed far below.
 */
function ceremonyDateOfHonor(state: DocumentState, name: string): string | undefined {
  const dates = new Set<string>();
  for (const m of state.mentions) {
    if (m.kind !== "Honor" || editionless(m.name) !== name) continue;
    const context = state.contexts[m.evidence.sentenceIndex];
    const sentence = state.sentences[m.evidence.sentenceIndex];
    if (!context || !sentence) continue;
    if (!CEREMONY_HELD.test(state.view.slice(sentence.start, sentence.end))) continue;
    const date = sentenceDate(state, context);
    if (date) dates.add(date);
  }
  return dates.size === 1 ? [...dates][0] : undefined;
}

/** "won the Mentor of the Year award for the second time": see wonAnewEachRound. */
function awardsWonAgain(state: DocumentState, conferrals: Conferral[]): void {
  for (const c of conferrals) {
    const honor = state.byId.get(c.honor);
    const sentence = state.sentences[firstSentenceOf(c)];
    if (!honor || !sentence) continue;
    c.status = wonAnewEachRound(
      honor.name,
      c.status,
      state.view.slice(sentence.start, sentence.end),
    );
  }
}

/** The root of the mention `id`, or `id` when no such mention was read. */
function rootIdOf(state: DocumentState, id: string): string {
  const mention = state.byId.get(id);
  return mention ? rootOf(state, mention).id : id;
}

/**
 * "released by X, A, B and C, which have ranked top 100": a body that holds an honor with others
 * gives it to none of them, however the giver was found (stated, implied or from the same honor).
 */
function withoutHoldersAsGivers(state: DocumentState, conferrals: Conferral[]): void {
  const holders = new Map<string, Set<string>>();
  for (const c of conferrals) {
    const key = honorNameKey(state, c);
    const set = holders.get(key) ?? new Set<string>();
    set.add(rootIdOf(state, c.recipient));
    holders.set(key, set);
  }
  for (const c of conferrals) {
    const held = holders.get(honorNameKey(state, c));
    c.issuers = c.issuers.filter((i) => !held?.has(rootIdOf(state, i.mention)));
  }
}

/** The key of a conferral's honor by name: the same honor named twice may be two mentions. */
function honorNameKey(state: DocumentState, conferral: Conferral): string {
  return keyOfHonor(state, state.byId.get(conferral.honor) as Mention);
}

function keyOfHonor(state: DocumentState, honor: Mention): string {
  return honorKey(rootOf(state, honor).name);
}

/**
 * Whether the sentence at `index` opens by citing the policy it rests on ("In accordance with the
 * Opinions issued by A, the pilot towns will grow to 600 by 2020"): such a sentence says who made
 * the policy, not who names the holders of the sentence after.
 */
function citesBasis(state: DocumentState, index: number): boolean {
  const sentence = state.sentences[index];
  return (
    sentence !== undefined && BASIS_OPENING.test(state.view.slice(sentence.start, sentence.end))
  );
}

const BASIS_OPENING = /^\s*(?:In\s+(?:accordance|line)\s+with|Pursuant\s+to)\b/i;

function completeConferrals(
  state: DocumentState,
  conferrals: Conferral[],
  events: EventFact[],
  documentIssuers: DocumentIssuerFact[],
  publicationDate: string | undefined,
): void {
  const ceremonies = events.filter(
    (e) => e.kind === "Ceremony" || e.kind === "Event" || e.kind === "Meeting",
  );
  const noticePeriod = findNoticePeriod(state, publicationDate);
  const documents = state.mentions.filter((m) => m.kind === "Document");
  // The cohort a text states is the honor's, worked out once per honor.
  const cohorts = new Map<string, number | undefined>();
  // The date of each honor's ceremony, looked up once per honor's editionless name.
  const ceremonyDates = new Map<string, string | undefined>();
  const headline = headlineYear(state);
  for (const conferral of conferrals) {
    const honor = state.byId.get(conferral.honor) as Mention;
    conferral.date ??= yearOfHonorElsewhere(state, conferral, honor);
    if (conferral.cohortSize === undefined) {
      const root = rootOf(state, honor).id;
      if (!cohorts.has(root)) cohorts.set(root, statedCohort(state, conferrals, honor));
      const size = cohorts.get(root);
      if (size !== undefined) conferral.cohortSize = size;
    }
    const paragraphs = new Set(
      conferral.evidence.map((e) => state.sentences[e.sentenceIndex]?.paragraph ?? -1),
    );
    // A body is never its own issuer, nor both nominator and issuer.
    conferral.issuers = conferral.issuers.filter(
      (i) => i.mention !== conferral.recipient && !conferral.nominators.includes(i.mention),
    );
    // A document whose title names the honor, or an announcing body in the same paragraph.
    if (conferral.issuers.length === 0) {
      const candidates = documentIssuers.filter((d) => d.issuers.length > 0);
      const byHonor = candidates.find((d) => {
        const document = state.byId.get(d.document);
        return document && honorKey(document.name).includes(honorKey(honor.name));
      });
      const sentenceIndexes = conferral.evidence.map((e) => e.sentenceIndex);
      const sameParagraph = candidates.find((d) =>
        sentenceIndexes.some(
          (i) =>
            (i === d.evidence.sentenceIndex ||
              (i === d.evidence.sentenceIndex + 1 &&
                !citesBasis(state, d.evidence.sentenceIndex))) &&
            state.sentences[i]?.paragraph === state.sentences[d.evidence.sentenceIndex]?.paragraph,
        ),
      );
      const source = byHonor ?? sameParagraph;
      if (source) {
        conferral.issuers = source.issuers
          .filter(
            (mention) => mention !== conferral.recipient && !conferral.nominators.includes(mention),
          )
          .map((mention) => ({ mention, implied: false }));
        conferral.document ??=
          state.byId.get(source.document)?.kind === "Document" ? source.document : undefined;
        if (!conferral.date) {
          const docDate = dateNear(state, source.evidence.sentenceIndex, publicationDate);
          if (docDate) conferral.date = docDate;
        }
      }
    }
    // Nothing else says who conferred it: the bodies that held the ceremony, marked as implied,
    // when the ceremony is told just before (or in) the paragraph of the conferral.
    // The latest ceremony or meeting told before the conferral (or the first, for a headline).
    const firstSentence = firstSentenceOf(conferral);
    const before = ceremonies.filter(
      (e) =>
        (e.evidence[0]?.sentenceIndex ?? 0) <= firstSentence &&
        !state.sentences[e.evidence[0]?.sentenceIndex ?? 0]?.headline,
    );
    const ceremony =
      before.length > 0
        ? before[before.length - 1]
        : ceremonies.find((e) => !state.sentences[e.evidence[0]?.sentenceIndex ?? 0]?.headline);
    const ceremonyParagraph = ceremony
      ? (state.sentences[ceremony.evidence[0]?.sentenceIndex ?? -1]?.paragraph ?? -9)
      : -9;
    const fromHeadline = conferral.evidence.some((e) => state.sentences[e.sentenceIndex]?.headline);
    // "Congratulations to A for winning X. The commendation conference was held on November
    // 24": a lead's conferral, told before the ceremony that follows it at once.
    const leadBeforeCeremony =
      before.length === 0 &&
      firstSentence <= LEAD_SENTENCES &&
      (ceremony?.evidence[0]?.sentenceIndex ?? Number.POSITIVE_INFINITY) <= firstSentence + 2;
    const near =
      fromHeadline ||
      leadBeforeCeremony ||
      [...paragraphs].some((p) => p >= ceremonyParagraph && p - ceremonyParagraph <= 2);
    if (ceremony && near && !conferral.date && ceremony.date) conferral.date = ceremony.date;
    if (conferral.issuers.length === 0 && ceremony && near) {
      if (ceremony.organizers.length > 0) {
        conferral.issuers = ceremony.organizers
          .filter(
            (mention) => mention !== conferral.recipient && !conferral.nominators.includes(mention),
          )
          .map((mention) => ({ mention, implied: true }));
        conferral.date ??= ceremony.date;
        conferral.confidence = Math.min(conferral.confidence, 0.7);
      }
    }
    if (!conferral.date) {
      const fallback = contextDate(state, conferral, publicationDate);
      if (fallback) conferral.date = fallback;
    }
    // "On May 8 the gala was held." then the winners, line by line: no date between the
    // ceremony and the conferral, so the ceremony's date is the conferral's, however far down.
    if (!conferral.date && ceremony?.date && undatedSince(state, ceremony, firstSentence))
      conferral.date = ceremony.date;
    // "The gala of the X Award was held in May 2019." then its winners, however far down and
    // whatever other years come between: a dated ceremony of the honor itself dates it.
    if (!conferral.date) {
      const name = editionless(honor.name);
      if (!ceremonyDates.has(name)) ceremonyDates.set(name, ceremonyDateOfHonor(state, name));
      conferral.date = ceremonyDates.get(name);
    }
    // "academician of the X Academy", "IEEE Fellow": a membership is given by the body it names,
    // whoever announced the list.
    const body = conferral.issuers.every((i) => i.implied) ? bodyOfMembership(state, honor) : "";
    if (body && body !== conferral.recipient)
      conferral.issuers = [{ mention: body, implied: true }];
    // Last, the body that announced the list the conferral is read from; not for honors the
    // text recounts from the past ("it has successively been awarded ...").
    if (conferral.issuers.length === 0 && !recountsPastHonors(state, conferral)) {
      const announcers = announcingBodies(state, conferral);
      conferral.issuers = announcers.map((mention) => ({ mention, implied: true }));
    }
    // "named an advanced worker of the Society": with no other giver told, the body read inside
    // the honor's own name.
    if (conferral.issuers.length === 0) {
      const owner = bodyInHonorName(state, honor);
      if (owner && owner !== conferral.recipient)
        conferral.issuers = [{ mention: owner, implied: true }];
    }
    // "the UNESCO Global Geopark", "the 2031 TWAS-Lenovo Prize": a body's acronym the honor's
    // name opens with, named in the text as a body of its own, gives it.
    if (conferral.issuers.length === 0) {
      const giver = acronymOpeningHonor(state, honor);
      if (giver && giver !== conferral.recipient)
        conferral.issuers = [{ mention: giver, implied: true }];
    }
    // Last of all, for the story's own honor, the one giving body the lead's first sentence names
    // ("The Ministry of X ..."); for any honor the story tells of as news, the body its headline
    // says announced or conferred them ("UNESCO announces winners of ...").
    if (conferral.issuers.length === 0 && !recountsPastHonors(state, conferral)) {
      const giver =
        (headlineOrLeadNames(state, honor) ? soleGiverOfLead(state) : undefined) ??
        headlineAnnouncer(state);
      if (giver && giver !== conferral.recipient && !conferral.nominators.includes(giver))
        conferral.issuers = [{ mention: giver, implied: true }];
    }
    if (!conferral.document) {
      // "According to the Decision on Naming ..., X was named": the document in the same sentence.
      const own = documents.find((m) =>
        conferral.evidence.some(
          (e) =>
            e.sentence.start <= m.evidence.start &&
            m.evidence.end <= e.sentence.end &&
            /\baccording\s+to\s+(?:the\s+)?(?:relevant\s+)?(?:provisions\s+of\s+)?(?:the\s+)?"?$/i.test(
              state.view.slice(Math.max(e.sentence.start, m.evidence.start - 60), m.evidence.start),
            ),
        ),
      );
      const numbered = documents.find((m) => m.identifier && paragraphs.has(paragraphOf(state, m)));
      const document = own ?? numbered;
      if (document) conferral.document = document.id;
    }
    if (!conferral.date && !conferral.document) {
      // "The decision was issued as document SKJ[2021] No. 381": the year of a number nearby.
      const number = state.documentNumbers.find((n) => paragraphs.has(n.paragraph));
      if (number) conferral.date = String(number.year);
    }
    if (!conferral.date && conferral.document) {
      const document = state.byId.get(conferral.document) as Mention;
      const year = document.identifier ? yearsIn(document.identifier)[0] : undefined;
      if (year) conferral.date = String(year);
    }
    if (!conferral.period) {
      const sentenceText = conferral.evidence
        .map((e) => state.view.slice(e.sentence.start, e.sentence.end))
        .join(" ");
      const period =
        YEAR_SPAN.exec(honor.name) ??
        PERIOD.exec(sentenceText) ??
        (conferral.document
          ? YEAR_SPAN.exec((state.byId.get(conferral.document) as Mention).name)
          : null);
      if (period) conferral.period = `${period[1]}-${period[2]}`;
    }
    // The honor the headline announces, with no date anywhere: the month the story was published
    // (the news is of that month; the day of publication is not the day it was conferred).
    if (
      !conferral.date &&
      publicationDate &&
      conferral.status === "conferred" &&
      headlineAnnounces(state, honor)
    )
      conferral.date = publicationDate.slice(0, 7);
    // Nothing else dates it: the one year the honor's name gives ("the 2031 Lake Airport Awards"),
    // for a candidacy too ("candidates for the 2031 Lake Awards"); not for a revocation.
    if (!conferral.date && conferral.status !== "revoked") {
      const year = honorNameYear(honor.name);
      if (year) conferral.date = year;
    }
    if (!conferral.date && conferral.status !== "revoked" && !toldAsPast(state, conferral))
      impliedDate(conferral, headline, publicationDate);
    if (conferral.status === "proposed" && noticePeriod && paragraphs.has(noticePeriod.paragraph)) {
      conferral.noticePeriod = [noticePeriod.from, noticePeriod.until];
      // The decision is not out yet: the notice month is as precise as the text allows.
      if (!conferral.date || conferral.date.length < 4)
        conferral.date = noticePeriod.from.slice(0, 7);
    }
  }
}

/** The one year an honor's name gives, not a period ("2021-2025") nor two years. */
function honorNameYear(name: string): string | undefined {
  if (YEAR_SPAN.test(name)) return undefined;
  const years = new Set(yearsIn(name));
  const [year] = years;
  return years.size === 1 ? String(year) : undefined;
}

/** Whether the headline names the honor (its key within the headline's). */
function headlineAnnounces(state: DocumentState, honor: Mention): boolean {
  const headline = state.sentences.find((s) => s.headline);
  if (!headline) return false;
  const key = honorKey(honor.name);
  return key !== "" && honorKey(state.view.slice(headline.start, headline.end)).includes(key);
}

/** "Update time: 2009/08/06", "2015-05-20 | editor: ...": the page's stamp dates the page only. */
function isPageStamp(state: DocumentState, sentence: Sentence): boolean {
  const text = state.view.slice(sentence.start, sentence.end);
  const words = text.match(/[A-Za-z]{2,}/g) ?? [];
  return words.length <= 6 || (words.length <= MAX_STAMP_WORDS && STAMP_LABEL.test(text));
}

/** A page stamp's labels: "Source:Lake News Date:2031-05-02 Fonts: Small Big", "Updated: ...". */
const STAMP_LABEL = new RegExp(String.raw`\b${PAGE_FIELD_LABEL}\s*[:\uFF1A]`, "i");
const MAX_STAMP_WORDS = 14;

const PAST_HONORS =
  /\b(?:successively|previously|over\s+the\s+years|(?:in|from)\s+(?:recent|previous|past|earlier)\s+years|has\s+(?:also\s+)?(?:won|received|obtained|gained|been\s+awarded)\s+(?:many|numerous|several|a\s+number\s+of|multiple))\b/i;

const FINITE_OR_WON =
  /\b(?:is|are|was|were|has|have|had|will|won|wins|received|obtained|gained|became|joined)\b/i;

/**
 * "A won the Best Actor award at the gala on January 16. ... B and C won the Best Pair award.":
 * when every dated conferral of the story took one and the same day, an undated one of a
 * sentence that marks no other time, in a paragraph that tells of no other year, took it too.
 */
function dateFromTheStory(state: DocumentState, conferrals: Conferral[]): void {
  const days = new Set(conferrals.map((c) => c.date).filter((d) => d !== undefined));
  const dated = conferrals.filter((c) => c.date !== undefined).length;
  const [day] = days;
  if (days.size !== 1 || dated < 2 || day === undefined || day.length !== 10) return;
  for (const c of conferrals) {
    if (c.date || c.status !== "conferred") continue;
    const sentence = state.sentences[firstSentenceOf(c)];
    if (!sentence || ANOTHER_TIME.test(state.view.slice(sentence.start, sentence.end))) continue;
    if (yearsIn(paragraphText(state, sentence)).some((y) => String(y) !== day.slice(0, 4)))
      continue;
    c.date = day;
  }
}

/**
 * "The Pine Society named A a model teacher. ... B and C were also named model teachers.": an
 * honor's conferral with no giver of its own takes the givers the text gave the same honor,
 * for the same status, when every conferral of it that names givers names the same ones.
 */
function issuersFromSameHonor(state: DocumentState, conferrals: Conferral[]): void {
  const keyOf = (c: Conferral) => `${honorNameKey(state, c)}|${c.status}`;
  // null: the honor's conferrals name different givers, and none is taken.
  const givers = new Map<string, Conferral["issuers"] | null>();
  for (const c of conferrals) {
    if (c.issuers.length === 0) continue;
    const key = keyOf(c);
    const known = givers.get(key);
    if (known === undefined) givers.set(key, c.issuers);
    else if (known !== null && !sameGivers(known, c.issuers)) givers.set(key, null);
  }
  for (const c of conferrals) {
    if (c.issuers.length > 0) continue;
    const issuers = givers.get(keyOf(c));
    if (!issuers || issuers.some((i) => i.mention === c.recipient)) continue;
    c.issuers = issuers.map((i) => ({ mention: i.mention, implied: true }));
  }
}

/**
 * "The X list was released by A. ... B made the list": a conferral with no giver of its own takes
 * the givers the text named for its honor elsewhere, when it named one set of them.
 */
function issuersFromHonorGivers(state: DocumentState, conferrals: Conferral[]): void {
  if (state.honorGivers.length === 0) return;
  const givers = new Map<string, Mention[] | null>();
  for (const { honor, givers: bodies } of state.honorGivers) {
    const key = keyOfHonor(state, honor);
    const known = givers.get(key);
    const agrees = known === undefined || (known !== null && sameBodies(state, known, bodies));
    givers.set(key, agrees ? bodies : null);
  }
  for (const c of conferrals) {
    const bodies = givers.get(honorNameKey(state, c));
    if (bodies && c.issuers.length === 0) giveImpliedIssuers(c, bodies);
  }
}

/**
 * A body named by the words at [start, end) of `outer`'s surface ("the 64th [Lake Film Festival]",
 * "the [Tarn Foundation] Prize"), a mention of its own where those words stand.
 */
export function bodyInside(state: DocumentState, outer: Mention, start: number, end: number) {
  const sentence = state.sentences[outer.evidence.sentenceIndex];
  if (!sentence) return undefined;
  const at = outer.evidence.start;
  return state.newMention("Organization", at + start, at + end, sentence, 0.7);
}

/**
 * "The awards were hosted by A and B.": the conferrals that still name no giver take the story's,
 * when the text names one set of them; else those of the one festival it names, which as a giver
 * is the body behind the festival: its mentions read as an event become a body's.
 */
function issuersOfTheStory(state: DocumentState, conferrals: Conferral[]): void {
  const waiting = conferrals.filter((c) => c.issuers.length === 0);
  if (waiting.length === 0) return;
  const sole = state.storyGivers.length > 0 ? undefined : soleFestival(state);
  const festival = sole && (sole.edition ? festivalOfEdition(state, sole.festival) : sole.festival);
  const givers = festival ? [festival] : oneSetOfGivers(state);
  if (!givers) return;
  for (const c of waiting) giveImpliedIssuers(c, givers);
  if (festival) retypeAsBody(state, festival);
}

/** Gives a conferral these bodies as implied givers, unless its holder is one of them. */
function giveImpliedIssuers(conferral: Conferral, bodies: Mention[]): void {
  if (bodies.some((b) => b.id === conferral.recipient)) return;
  conferral.issuers = bodies.map((b) => ({ mention: b.id, implied: true }));
}

/** The same bodies, in order, however each was mentioned. */
function sameBodies(state: DocumentState, a: Mention[], b: Mention[]): boolean {
  return (
    a.length === b.length && a.every((m, i) => rootOf(state, m) === rootOf(state, b[i] as Mention))
  );
}

/** The story's givers when every sentence that names them names the same ones. */
function oneSetOfGivers(state: DocumentState): Mention[] | undefined {
  const [first, ...rest] = state.storyGivers;
  return first && rest.every((bodies) => sameBodies(state, first, bodies)) ? first : undefined;
}

/**
 * "the Lake Film Festival": the one festival a text names. Named only by an edition ("the 64th
 * Lake Film Festival"), that is the year's event; the festival that gives is named without it.
 */
function soleFestival(state: DocumentState): { festival: Mention; edition: boolean } | undefined {
  const festivals = new Map<string, { named?: Mention; edition?: Mention }>();
  for (const m of state.mentions) {
    if ((m.kind !== "Event" && m.kind !== "Organization") || !/\bFestival$/.test(m.name)) continue;
    const edition = EDITION.exec(m.name);
    const key = honorKey(m.name.slice(edition?.[0].length ?? 0));
    const entry = festivals.get(key) ?? {};
    if (edition) entry.edition ??= m;
    else entry.named ??= m;
    festivals.set(key, entry);
  }
  if (festivals.size !== 1) return undefined;
  const [only] = festivals.values();
  if (only?.named) return { festival: only.named, edition: false };
  return only?.edition ? { festival: only.edition, edition: true } : undefined;
}

/** "the 64th Lake Film Festival": a body named by the words after the edition, where they stand. */
function festivalOfEdition(state: DocumentState, edition: Mention): Mention | undefined {
  const lead = EDITION.exec(edition.surface)?.[0].length;
  return lead === undefined ? undefined : bodyInside(state, edition, lead, edition.surface.length);
}

/** The mentions of `body`'s name read as an event become the body's. */
function retypeAsBody(state: DocumentState, body: Mention): void {
  const key = honorKey(body.name);
  for (const m of state.mentions)
    if (m.kind === "Event" && honorKey(m.name) === key) m.kind = "Organization";
}

function sameGivers(a: Conferral["issuers"], b: Conferral["issuers"]): boolean {
  return a.length === b.length && a.every((i, k) => i.mention === b[k]?.mention);
}

/**
 * "On 8 November, Huai'an and 48 other cities joined the network." then the 48, line by line: an
 * undated conferral of an honor the text dated once, and only once, for the same status, takes
 * that date when it is read from a list item with no verb of its own, after the dated one.
 */
function dateFromSameHonor(state: DocumentState, conferrals: Conferral[]): void {
  const keyOf = (c: Conferral) =>
    `${rootOf(state, state.byId.get(c.honor) as Mention).id}|${c.status}`;
  const dated = new Map<string, { dates: Set<string>; from: number }>();
  for (const c of conferrals) {
    if (!c.date) continue;
    const key = keyOf(c);
    const entry = dated.get(key) ?? { dates: new Set(), from: Number.POSITIVE_INFINITY };
    entry.dates.add(c.date);
    entry.from = Math.min(entry.from, firstSentenceOf(c));
    dated.set(key, entry);
  }
  for (const c of conferrals) {
    const entry = c.date ? undefined : dated.get(keyOf(c));
    if (entry === undefined || entry.dates.size !== 1 || firstSentenceOf(c) < entry.from) continue;
    // Only a holder listed without a verb of its own: "B has also won it" may tell of any year.
    const sentence = state.sentences[Math.max(...c.evidence.map((e) => e.sentenceIndex))];
    if (!sentence || FINITE_OR_WON.test(state.view.slice(sentence.start, sentence.end))) continue;
    c.date = [...entry.dates][0];
  }
}

/** The first sentence a conferral was read from. */
function firstSentenceOf(conferral: Conferral): number {
  return Math.min(...conferral.evidence.map((e) => e.sentenceIndex));
}

function recountsPastHonors(state: DocumentState, conferral: Conferral): boolean {
  return conferral.evidence.some((e) =>
    PAST_HONORS.test(state.view.slice(e.sentence.start, e.sentence.end)),
  );
}

/** "has also been awarded X in the past", "had won X", "has so far received": not this story's news. */
const TOLD_AS_PAST =
  /\b(?:in\s+the\s+past|formerly|once|ever|before|earlier|so\s+far|to\s+date|had\s+(?:also\s+)?(?:been|won|received|obtained|gained))\b/i;

/** A conferral its own sentences tell as past, or among the honors of earlier years. */
function toldAsPast(state: DocumentState, conferral: Conferral): boolean {
  return (
    recountsPastHonors(state, conferral) ||
    conferral.evidence.some((e) =>
      TOLD_AS_PAST.test(state.view.slice(e.sentence.start, e.sentence.end)),
    )
  );
}

const LEAD_SENTENCES = 3;

/** Indexes of the story's first body sentences (page stamps aside). */
function leadSentences(state: DocumentState): number[] {
  const lead: number[] = [];
  for (const sentence of state.sentences) {
    if (lead.length >= LEAD_SENTENCES) break;
    if (!sentence.headline && !isPageStamp(state, sentence)) lead.push(sentence.index);
  }
  return lead;
}

/**
 * A date for a conferral its own sentence leaves undated: "recently" means the month of
 * publication (the real sets' gold dates such news to the month); otherwise the day-precise date
 * that leads the story ("On November 20, 2020, the list of ... was released"), when one of its
 * first sentences gives one: in the conferral's own paragraph first, then in any paragraph that
 * tells of no other year.
 */
function contextDate(
  state: DocumentState,
  conferral: Conferral,
  publicationDate: string | undefined,
): string | undefined {
  const first = firstSentenceOf(conferral);
  const sentence = state.sentences[first];
  const text = sentence ? state.view.slice(sentence.start, sentence.end) : "";
  if (/\brecent(?:ly)?\b/i.test(text) && publicationDate) return publicationDate.slice(0, 7);
  // A headline's conferral is the story's: the lead's date is its date.
  if (sentence?.headline || (sentence && isTitleLine(state, sentence)))
    return leadDate(state, Number.POSITIVE_INFINITY, -1, publicationDate);
  const dated = leadDate(state, first, sentence?.paragraph ?? -1, publicationDate);
  if (dated || !sentence) return dated;
  const paragraphYears = yearsIn(paragraphText(state, sentence));
  // The day the lead gives ("On May 3, the Bureau held its award ceremony."), in whichever
  // paragraph, when the conferral's own paragraph tells of no other year and its sentence of no
  // other time ("has also been awarded X in the past").
  const storyDate = ANOTHER_TIME.test(text)
    ? undefined
    : leadDate(state, first, -1, publicationDate);
  if (storyDate && paragraphYears.every((y) => String(y) === storyDate.slice(0, 4)))
    return storyDate;
  // The lead's year is the story's, but not in a paragraph that tells of other years.
  const year = leadYear(state) ?? leadEventYear(state);
  const otherYears = paragraphYears.some((y) => String(y) !== year);
  return otherYears ? undefined : year;
}

/**
 * A title under a breadcrumb or a page stamp ("Home > News", "2031-05-21 16:08", then "Lake
 * Museum Named a Science Base"): a line of its own, with no full stop, that only the headline
 * and stamps come before. It is the story's headline in all but place.
 */
function isTitleLine(state: DocumentState, sentence: Sentence): boolean {
  const text = state.view.slice(sentence.start, sentence.end).trim();
  if (/[.!?\u3002]["\u201D]?$/.test(text)) return false;
  if (state.sentences[sentence.index + 1]?.paragraph === sentence.paragraph) return false;
  for (let i = sentence.index - 1; i >= 0; i--) {
    const before = state.sentences[i] as Sentence;
    if (before.paragraph === sentence.paragraph) return false;
    if (!before.headline && !isPageStamp(state, before)) return false;
  }
  return true;
}

/** The text of the paragraph a sentence is in. */
function paragraphText(state: DocumentState, sentence: Sentence): string {
  let first = sentence.index;
  let last = sentence.index;
  while (state.sentences[first - 1]?.paragraph === sentence.paragraph) first--;
  while (state.sentences[last + 1]?.paragraph === sentence.paragraph) last++;
  const start = state.sentences[first]?.start ?? sentence.start;
  return state.view.slice(start, state.sentences[last]?.end ?? sentence.end);
}

// A lead that tells of the list or election the story is about: "unveiled the list of members
// newly elected in 2031".
const LEAD_CUE =
  /\b(?:elected|named|selected|awarded|honou?red|unveiled|announced|released|published|won|list)\b/i;

/** The one year a cue sentence of the lead gives, when it gives no day: the story's year. */
function leadYear(state: DocumentState): string | undefined {
  let seen = 0;
  for (const context of state.contexts) {
    if (context.sentence.headline || isPageStamp(state, context.sentence)) continue;
    if (++seen > LEAD_SENTENCES) break;
    if (!LEAD_CUE.test(state.view.slice(context.sentence.start, context.sentence.end))) continue;
    const dates = datesOutsideNames(state, context);
    const years = new Set(dates.map((d) => d.year));
    const [year] = years;
    if (year !== undefined && years.size === 1 && dates.every((d) => d.month === undefined))
      return String(year);
  }
  return undefined;
}

/** "The 2031 Lake Film Festival turned out ...": the one year that opens an event the lead names. */
function leadEventYear(state: DocumentState): string | undefined {
  const years = new Set<string>();
  for (const context of state.contexts.slice(0, LEAD_SENTENCES + 1))
    for (const mention of context.top) {
      const year = mention.kind === "Event" ? EVENT_YEAR.exec(mention.name)?.[1] : undefined;
      if (year) years.add(year);
    }
  const [year] = years;
  return years.size === 1 ? year : undefined;
}

const EVENT_YEAR = /^(?:the\s+)?((?:19|20)\d{2})\s/i;

// "It was also named ...", "had earlier won ...": a sentence that marks another time.
const ANOTHER_TIME = /\b(?:also|again|earlier|previously|before|formerly|once|past|since)\b/i;

/**
 * "According to the province's documents of 2030, A and B were named X. C and D were named Y.":
 * an undated conferral of a sentence that marks no other time takes the one date of the
 * conferrals of the sentence right before it in its paragraph.
 */
function dateFromSentenceBefore(state: DocumentState, conferrals: Conferral[]): void {
  const datesBySentence = new Map<number, Set<string | undefined>>();
  for (const c of conferrals) {
    const index = firstSentenceOf(c);
    const dates = datesBySentence.get(index) ?? new Set();
    dates.add(c.date);
    datesBySentence.set(index, dates);
  }
  for (const c of conferrals) {
    if (c.date) continue;
    const index = firstSentenceOf(c);
    const sentence = state.sentences[index];
    const before = state.sentences[index - 1];
    if (!sentence || !before || before.paragraph !== sentence.paragraph) continue;
    if (ANOTHER_TIME.test(state.view.slice(sentence.start, sentence.end))) continue;
    const dates = datesBySentence.get(index - 1);
    const [date] = dates ?? [];
    if (dates?.size === 1 && date) c.date = date;
  }
}

/** The day-precise date of the story's first sentences, up to sentence `last`, in `paragraph` (-1: any). */
function leadDate(
  state: DocumentState,
  last: number,
  paragraph: number,
  publicationDate: string | undefined,
): string | undefined {
  let seen = 0;
  // A dateline's day ("BEIJING, Aug. 26 (Xinhua) -- ...") dates the story when the lead tells no
  // other day ("... On August 16, the ceremony was held").
  let dateline: string | undefined;
  for (const context of state.contexts) {
    if (context.sentence.headline) continue;
    if (context.sentence.index > last) break;
    // A page's stamps and scraps ("Time:28 July 2017", "+ . -") are no sentences of the lead.
    if (isPageStamp(state, context.sentence)) continue;
    if (++seen > LEAD_SENTENCES) break;
    // The lead's date is the conferral's only within the lead's paragraph: later paragraphs often
    // list honors of other years ("it has also won ...").
    if (paragraph >= 0 && context.sentence.paragraph !== paragraph) continue;
    for (const date of datesOutsideNames(state, context)) {
      if (date.day === undefined && date.weekday === undefined) continue;
      // "The contest ran from October 13 to 15": the story's month.
      if (date.until) {
        const month = rangeMonth(state, date, context.sentence, publicationDate);
        if (month) return month;
        continue;
      }
      const value = resolveDate(state, date, context.sentence, publicationDate);
      if (value?.length !== 10) continue;
      if (!datesTheReport(state, context, date)) return value;
      dateline ??= value;
    }
  }
  return dateline;
}

const ANNOUNCING_VERB =
  /^\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:has\s+|have\s+)?(?:(?:recently|also|officially|jointly|formally|newly|just)\s+)?(?:announced|released|published|issued|named|designated|commended|awarded|granted|decided\s+to\s+(?:award|name|commend)|approved|recogni[sz]ed|selected|unveiled|identified|determined|rated|completed\s+the\s+(?:[a-z]+\s+)?review|on\s+(?:determining|naming|designating|identifying|recogni[sz]ing|announcing|publishing|approving|commending|awarding))\b/i;
const ANNOUNCED_BY =
  /\b(?:(?:announced|released|published|issued|approved|granted|awarded|named|designated|commended|hosted|launched|(?:co-?)?sponsored|organi[sz]ed)\s+(?:jointly\s+)?by|learned\s+from)\s+(?:the\s+)?(?:[A-Z][\w']*'s\s+)?$/i;
// "were recognised among the Lake Villages 2030 by the Council": the body after the honor a
// passive gave, which the holders need not share a sentence with.
const HONOR_BY = /^\s*(?:(?:19|20)\d{2}\s+)?by\s+(?:the\s+)?$/;
const CONFERRED_PASSIVE =
  /\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?(?:recogni[sz]ed|named|selected|awarded|designated|listed|included|accredited|certified|honou?red|rated|approved|granted|conferred)\b/i;

/** The body a passive names right after this honor, anywhere in the text ("among X by the B"). */
function giverAfterHonor(state: DocumentState, conferral: Conferral): string | undefined {
  return oncePerHonor(giverAfterCache, state, conferral, (same) =>
    readGiverAfterHonor(state, same),
  );
}

const giverAfterCache = new WeakMap<DocumentState, Map<string, string | undefined>>();

function readGiverAfterHonor(state: DocumentState, same: SameHonor): string | undefined {
  const { view } = state;
  for (const context of state.contexts) {
    const { top } = context;
    for (let i = 0; i + 1 < top.length; i++) {
      const honor = top[i] as Mention;
      const body = top[i + 1] as Mention;
      if (body.kind !== "Organization" || !same(honor)) continue;
      if (
        HONOR_BY.test(view.slice(honor.evidence.end, body.evidence.start)) &&
        CONFERRED_PASSIVE.test(view.slice(context.sentence.start, honor.evidence.start))
      )
        return rootOf(state, body).id;
    }
  }
  return undefined;
}

const SUBJECT_GLUE = /^\s*(?:,|and|&|\([^()]{0,40}\))*\s*(?:the\s+)?$/i;
/** How far back (in sentences) an announcing body still speaks for a conferral. */
const ANNOUNCER_REACH = 6;

/**
 * The bodies that announced, in the sentence of the conferral or shortly before it: "The Ministry
 * of Ecology announced ...", "... results released by the Association show ...". Implied issuers.
 */
function announcingBodies(state: DocumentState, conferral: Conferral): string[] {
  const first = firstSentenceOf(conferral);
  // A headline's conferral: the body the lead says announced it ("Recently, X issued a notice").
  const lead = state.sentences[first]?.headline ? leadSentences(state) : [];
  for (const index of lead) {
    const ids = announcersOf(state, index).filter(
      (id) => id !== conferral.recipient && !conferral.nominators.includes(id),
    );
    if (ids.length > 0) return ids;
  }
  const others = (ids: string[]) =>
    ids.filter((id) => id !== conferral.recipient && !conferral.nominators.includes(id));
  // "were recognised among the X by the B": the body the text names as giving this very honor.
  const giver = giverAfterHonor(state, conferral);
  if (giver && others([giver]).length > 0) return [giver];
  for (let index = first; index >= 0 && index >= first - ANNOUNCER_REACH; index--) {
    // A sentence before that cites a policy as its basis names who made the policy.
    if (index !== first && citesBasis(state, index)) continue;
    const ids = announcersOf(state, index);
    if (ids.length > 0) return others(ids);
  }
  // "A was named X. The names were published by the Ministry.": the next sentences of its paragraph.
  const paragraph = state.sentences[first]?.paragraph;
  for (let index = first + 1; index <= first + FOLLOWING_REACH; index++) {
    if (state.sentences[index]?.paragraph !== paragraph) break;
    const ids = others(announcersOf(state, index));
    if (ids.length > 0) return ids;
  }
  return others(honorGivers(state, conferral));
}

/** Whether the headline or the lead names the honor: the story's own honor, not one it recounts. */
function headlineOrLeadNames(state: DocumentState, honor: Mention): boolean {
  return leadRoots(state).has(rootOf(state, honor).id);
}

/** The entities the headline and the lead name, worked out once per text. */
function leadRoots(state: DocumentState): Set<string> {
  return oncePerText(leadRootCache, state, 0, () => {
    const lead = new Set(leadSentences(state));
    const named = state.mentions.filter(
      (m) =>
        lead.has(m.evidence.sentenceIndex) ||
        state.sentences[m.evidence.sentenceIndex]?.headline === true,
    );
    return new Set(named.map((m) => rootOf(state, m).id));
  });
}

const leadRootCache = new WeakMap<DocumentState, Map<number, Set<string>>>();
const leadGiverCache = new WeakMap<DocumentState, Map<number, string | undefined>>();

/** The one body with a giver's head the lead's first sentence names, if it names exactly one. */
function soleGiverOfLead(state: DocumentState): string | undefined {
  return oncePerText(leadGiverCache, state, 0, () => readSoleGiverOfLead(state));
}

function readSoleGiverOfLead(state: DocumentState): string | undefined {
  const lead = new Set(leadSentences(state).slice(0, 1));
  const givers = new Set(
    state.mentions
      .filter(
        (m) =>
          m.kind === "Organization" &&
          lead.has(m.evidence.sentenceIndex) &&
          GIVING_BODY.test(m.name),
      )
      .map((m) => rootOf(state, m))
      .filter((m) => m.kind === "Organization")
      .map((m) => m.id),
  );
  return givers.size === 1 ? [...givers][0] : undefined;
}

// "UNESCO announces winners of ...", "Tarn Province recognizes 60 model schools": a headline that
// opens with a body and a verb of announcing or conferring, in the present ("X honored as Y", in
// the past, is passive: X is the holder).
const HEADLINE_ANNOUNCING =
  /^\s*(?:announces|names|unveils|releases|honou?rs|awards|presents|selects|recogni[sz]es|publishes|confers|grants|bestows|gives)\b/;

/** The body a headline opens with before a verb of announcing or conferring, if it does. */
function headlineAnnouncer(state: DocumentState): string | undefined {
  return oncePerText(headlineAnnouncerCache, state, 0, () => {
    const headline = state.sentences.find((s) => s.headline);
    if (!headline) return undefined;
    const first = state.mentions.find((m) => m.evidence.sentenceIndex === headline.index);
    if (first?.kind !== "Organization") return undefined;
    if (!/^\s*(?:the\s+)?$/i.test(state.view.slice(headline.start, first.evidence.start)))
      return undefined;
    const after = state.view.slice(first.evidence.end, headline.end);
    return HEADLINE_ANNOUNCING.test(after) ? rootOf(state, first).id : undefined;
  });
}

const headlineAnnouncerCache = new WeakMap<DocumentState, Map<number, string | undefined>>();

/** A giving body read inside the honor's own words after "of" or "by" ("... of the Society"). */
function bodyInHonorName(state: DocumentState, honor: Mention): string | undefined {
  return oncePerText(bodyInNameCache, state, honor.id, () => readBodyInName(state, honor));
}

const bodyInNameCache = new WeakMap<DocumentState, Map<string, string | undefined>>();

function readBodyInName(state: DocumentState, honor: Mention): string | undefined {
  const { start, end } = honor.evidence;
  const inside = state.mentions.find(
    (m) =>
      m.kind === "Organization" &&
      start < m.evidence.start &&
      m.evidence.end <= end &&
      GIVING_BODY.test(m.name) &&
      /\b(?:of|by)\s+(?:the\s+)?$/i.test(state.view.slice(start, m.evidence.start)),
  );
  const root = inside ? rootOf(state, inside) : undefined;
  return root?.kind === "Organization" ? root.id : undefined;
}

/** "2031 TWAS-Lenovo", "UNESCO Global": an acronym of capitals that opens an honor's name. */
const OPENING_ACRONYM = /^(?:(?:19|20)\d{2}\s+)?([A-Z]{2,7})(?=[\s-]+[A-Z])/;

/**
 * The body whose acronym opens the honor's name, as its root's id, when the text names that
 * body on its own too (as "UNESCO", or spelt out with the acronym after it).
 */
function acronymOpeningHonor(state: DocumentState, honor: Mention): string | undefined {
  return oncePerText(acronymGiverCache, state, honor.id, () => readAcronymGiver(state, honor));
}

const acronymGiverCache = new WeakMap<DocumentState, Map<string, string | undefined>>();

function readAcronymGiver(state: DocumentState, honor: Mention): string | undefined {
  const acronym = OPENING_ACRONYM.exec(honor.surface)?.[1];
  if (!acronym) return undefined;
  const body = state.mentions.find(
    (m) =>
      m.kind === "Organization" &&
      (m.evidence.end <= honor.evidence.start || m.evidence.start >= honor.evidence.end) &&
      (m.surface === acronym || rootOf(state, m).surface === acronym) &&
      !isAnHonorsName(state, rootOf(state, m).name),
  );
  const root = body ? rootOf(state, body) : undefined;
  return root?.kind === "Organization" ? root.id : undefined;
}

/** "UNESCO" read back to "UNESCO Global Geopark": a body named as an honor is that honor. */
function isAnHonorsName(state: DocumentState, name: string): boolean {
  const lower = name.toLowerCase();
  return state.mentions.some((h) => h.kind === "Honor" && h.name.toLowerCase() === lower);
}

/** A giver's head, or an academy's, a union's or a league's, which name their own members. */
const GIVING_BODY = new RegExp(String.raw`\b(?:${GIVER_HEADS}|Academy|Union|League)\b`);

const MEMBERSHIP_WORD =
  /\b(?:academicians?|fellows?|members?|membership|accreditations?|certifications?)\b/i;

/**
 * The body a membership or an accreditation names inside its own words ("CAS academician", "JCI
 * accreditation"), as its root's id.
 */
function bodyOfMembership(state: DocumentState, honor: Mention): string {
  if (!MEMBERSHIP_WORD.test(honor.name)) return "";
  return oncePerText(membershipCache, state, honor.id, () => readBodyInside(state, honor));
}

const membershipCache = new WeakMap<DocumentState, Map<string, string>>();

function readBodyInside(state: DocumentState, honor: Mention): string {
  const inside = state.mentions.filter(
    (m) =>
      m.kind === "Organization" &&
      m.evidence.start >= honor.evidence.start &&
      m.evidence.end <= honor.evidence.end,
  );
  const last = inside[inside.length - 1];
  return last ? rootOf(state, last).id : "";
}

/** "12 new attractions were rated national 5A-level": a count, then words without a number or a stop. */
// (A day of the month, "on Aug 12 to confer the X", counts nothing.)
const COUNT_BEFORE_HONOR =
  /(?<![\d,.]\s?)(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?!(?:years?|months?|days?|times|percent|yuan|km)\b)[^,;:.!?\d\uE000]{1,90}$/i;
/** "two first prizes": a count of the prizes one holder won, not of their holders. */
const RANKED_PRIZE =
  /^(?:the\s+)?(?:first|second|third|special|grand|top|gold|silver|bronze|excellen(?:t|ce))\s+(?:prizes?|awards?|medals?)$/i;

/**
 * How many hold the honor, as a sentence that names it says: the headline "19 Sites Upgraded to
 * 5A-Level Areas", or "the 15 new national demonstration bases include ...". Never fewer than
 * the conferrals of it the text lists.
 */
function statedCohort(
  state: DocumentState,
  conferrals: Conferral[],
  honor: Mention,
): number | undefined {
  if (RANKED_PRIZE.test(honor.name)) return undefined;
  const root = rootOf(state, honor).id;
  const listed = conferrals.filter(
    (c) => rootOf(state, state.byId.get(c.honor) as Mention).id === root,
  );
  for (const mention of state.mentions) {
    if (mention.kind !== "Honor" || rootOf(state, mention).id !== root) continue;
    const before = state.view.slice(
      Math.max(mention.evidence.sentence.start, mention.evidence.start - 100),
      mention.evidence.start,
    );
    const size = cohortSize(COUNT_BEFORE_HONOR.exec(before)?.[1]);
    if (size && size >= Math.max(2, listed.length)) return size;
  }
  return undefined;
}

/** How far after a conferral (in sentences of its paragraph) the body that announced it may be named. */
const FOLLOWING_REACH = 2;

/**
 * "The X Award is granted by the Y Society to ...": a sentence anywhere in the text that names
 * the honor and the body that gives it, read for every conferral of that honor.
 */
function honorGivers(state: DocumentState, conferral: Conferral): string[] {
  return oncePerHonor(giverCache, state, conferral, (same) => readHonorGivers(state, same)) ?? [];
}

const giverCache = new WeakMap<DocumentState, Map<string, string[]>>();

/** Whether a mention names one honor: the conferral's, by its root or its honor key. */
type SameHonor = (mention: Mention) => boolean;

/**
 * What `read` works out for a conferral's honor, the same for every conferral of it: once per
 * text and honor. `read` is given the test of whether a mention names that honor.
 */
function oncePerHonor<V>(
  caches: WeakMap<DocumentState, Map<string, V>>,
  state: DocumentState,
  conferral: Conferral,
  read: (same: SameHonor) => V,
): V | undefined {
  const honor = state.byId.get(conferral.honor);
  if (!honor) return undefined;
  const root = rootOf(state, honor).id;
  const key = honorKey(honor.name);
  const same: SameHonor = (m) =>
    m.kind === "Honor" &&
    (rootOf(state, m).id === root || (key !== "" && honorKey(m.name) === key));
  return oncePerText(caches, state, `${root}\u0000${key}`, () => read(same));
}

function readHonorGivers(state: DocumentState, same: SameHonor): string[] {
  for (let index = 0; index < state.sentences.length; index++) {
    const names = (state.contexts[index]?.top ?? []).some(same);
    if (!names) continue;
    const ids = announcersOf(state, index);
    if (ids.length > 0) return ids;
  }
  return [];
}

const announcerCache = new WeakMap<DocumentState, Map<number, string[]>>();

/** The announcing bodies of one sentence, worked out once per sentence. */
function announcersOf(state: DocumentState, index: number): string[] {
  return oncePerText(announcerCache, state, index, () => readAnnouncers(state, index));
}

/** A value kept per text and key: `read` runs the first time the key is asked for. */
function oncePerText<K, V>(
  caches: WeakMap<DocumentState, Map<K, V>>,
  state: DocumentState,
  key: K,
  read: () => V,
): V {
  let cache = caches.get(state);
  if (!cache) {
    cache = new Map();
    caches.set(state, cache);
  }
  if (!cache.has(key)) cache.set(key, read());
  return cache.get(key) as V;
}

function readAnnouncers(state: DocumentState, index: number): string[] {
  const context = state.contexts[index];
  if (!context) return [];
  const bodies = context.top.filter((m) => {
    if (m.kind !== "Organization") return false;
    const after = state.view.slice(m.evidence.end, m.evidence.end + 80);
    const before = state.view.slice(
      Math.max(context.sentence.start, m.evidence.start - 40),
      m.evidence.start,
    );
    return ANNOUNCING_VERB.test(after) || ANNOUNCED_BY.test(before);
  });
  if (bodies.length === 0) return [];
  // "A and B jointly issued": the bodies listed before the announcing one speak with it.
  const speaker = bodies[0] as Mention;
  const listed = context.top.filter(
    (m, i, all) =>
      m.kind === "Organization" &&
      m.evidence.end <= speaker.evidence.start &&
      all
        .slice(i + 1)
        .every(
          (n) =>
            n.evidence.start > speaker.evidence.start ||
            SUBJECT_GLUE.test(state.view.slice(m.evidence.end, n.evidence.start)),
        ) &&
      SUBJECT_GLUE.test(
        state.view.slice(m.evidence.end, speaker.evidence.start).replace(/\uE000/g, ""),
      ),
  );
  // "co-sponsored by A, B, C and D": the bodies listed after the announcing one speak with it.
  const following: Mention[] = [];
  let previous = speaker;
  for (const m of context.top) {
    if (m.evidence.start <= previous.evidence.start) continue;
    if (m.kind !== "Organization") break;
    if (!SUBJECT_GLUE.test(state.view.slice(previous.evidence.end, m.evidence.start))) break;
    following.push(m);
    previous = m;
  }
  return [...new Set([...listed, ...bodies, ...following].map((m) => rootOf(state, m).id))];
}

function dateNear(
  state: DocumentState,
  sentenceIndex: number,
  publicationDate: string | undefined,
): string | undefined {
  const context = state.contexts[sentenceIndex];
  if (!context) return undefined;
  for (const date of context.dates) {
    const value = resolveDate(state, date, context.sentence, publicationDate);
    if (value) return value;
  }
  return undefined;
}

const NOTICE_WORDS = /\b(public(?:ity)?|announcement|notice|objection)\b/i;

function findNoticePeriod(
  state: DocumentState,
  publicationDate: string | undefined,
): { from: string; until: string; paragraph: number } | undefined {
  for (const context of state.contexts) {
    // Only a range can be a notice period: most sentences have none, and need no word test.
    if (!context.dates.some((d) => d.until)) continue;
    const text = state.view.slice(context.sentence.start, context.sentence.end);
    if (!NOTICE_WORDS.test(text)) continue;
    for (const date of context.dates) {
      if (!date.until) continue;
      const from = resolveDate(state, date, context.sentence, publicationDate);
      const until = resolveDate(
        state,
        { ...date, ...date.until, until: undefined } as DateMention,
        context.sentence,
        publicationDate,
      );
      if (from && until) return { from, until, paragraph: context.sentence.paragraph };
    }
  }
  return undefined;
}

/** The nearest earlier body a description such as "the company" or "our school" can stand for. */
function bodyDescribed(
  state: DocumentState,
  mention: Extra,
  holders: ReadonlySet<string>,
): Mention | undefined {
  const nucleus = mention.nucleus ?? "";
  if (!mention.generic || headKind(nucleus) !== "Organization") return undefined;
  const heads = new Set([nucleus, ...(KIND_HEADS[nucleus] ?? [])]);
  const before = (state.mentions as Extra[]).filter(
    (c) =>
      c.evidence.start < mention.evidence.start &&
      c.kind === "Organization" &&
      !c.generic &&
      !c.antecedent,
  );
  // A body of the description's kind; else a holder of an honor ("iESLab ... the company").
  const ofKind = before.filter((c) => heads.has(c.nucleus ?? ""));
  return (ofKind.length > 0 ? ofKind : before.filter((c) => holders.has(c.id))).at(-1);
}

/**
 * A mention read back to what became an honor is an honor too, but a description such as "the
 * company" read back to a title is pointed at the body it stands for.
 */
function followAntecedentHonors(state: DocumentState, conferrals: Conferral[]): void {
  const holders = new Set(
    conferrals.map((c) => rootOf(state, state.byId.get(c.recipient) as Mention).id),
  );
  const repointed = new Set<string>();
  for (const mention of state.mentions) {
    const antecedent = mention.antecedent ? state.byId.get(mention.antecedent) : undefined;
    // A later "the company" read back to one pointed anew follows it.
    if (antecedent && repointed.has(antecedent.id)) {
      mention.name = antecedent.name;
      mention.kind = antecedent.kind;
      repointed.add(mention.id);
      continue;
    }
    if (antecedent?.kind !== "Honor") continue;
    // "the company" read back to "2018 National IP Demonstration Enterprise", a title after all:
    // it stands for the nearest body of its kind before it instead.
    const body = bodyDescribed(state, mention as Extra, holders);
    if (body) {
      mention.antecedent = body.id;
      mention.name = body.name;
      mention.kind = body.kind;
      repointed.add(mention.id);
    } else mention.kind = "Honor";
  }
}

/** Mentions that are the object of a conferral, or share an honor's key, are honors. */
function retypeHonors(state: DocumentState, conferrals: Conferral[]): void {
  const keys = new Set<string>();
  for (const conferral of conferrals) {
    const honor = state.byId.get(conferral.honor) as Mention;
    honor.kind = "Honor";
    keys.add(honorKey(honor.name));
  }
  for (const mention of state.mentions) {
    if (mention.kind === "Organization" || mention.kind === "Program") {
      if (keys.has(honorKey(mention.name)) && !isPlaceName(mention.name.toLowerCase()))
        mention.kind = "Honor";
    }
  }
  followAntecedentHonors(state, conferrals);
  // Words inside an honor's title are not organizations in their own right ("... for Primary Schools").
  for (const mention of state.mentions) {
    // Any enclosing name, not just the nearest one, may be the honor.
    let parent = (mention as Extra).nestedIn
      ? state.byId.get((mention as Extra).nestedIn as string)
      : undefined;
    for (
      let depth = 0;
      parent && parent.kind !== "Honor" && (parent as Extra).nestedIn && depth < 4;
      depth++
    ) {
      parent = state.byId.get((parent as Extra).nestedIn as string);
    }
    // A learned body stays one inside its membership ("Fellow of the Royal Society").
    if (
      parent?.kind === "Honor" &&
      mention.kind === "Organization" &&
      !ACRONYM_SURFACE.test(mention.surface) &&
      !MEMBERSHIP_NAME.test(parent.name)
    ) {
      mention.name = `\u0000${mention.name}`;
    }
  }
}

function mergeEvents(state: DocumentState, events: EventFact[]): EventFact[] {
  const byName = new Map<string, EventFact>();
  const out: EventFact[] = [];
  for (const event of events) {
    const key = normaliseKey(state.byId.get(event.name)?.name ?? event.name);
    const existing = byName.get(key);
    if (!existing) {
      byName.set(key, event);
      out.push(event);
      continue;
    }
    existing.evidence.push(...event.evidence);
    existing.organizers = [...new Set([...existing.organizers, ...event.organizers])];
    existing.participants = [...new Set([...existing.participants, ...event.participants])];
    const duplicate = state.byId.get(event.name);
    const kept = state.byId.get(existing.name);
    if (duplicate && kept) duplicate.antecedent = kept.id;
    existing.date ??= event.date;
    existing.chair ??= event.chair;
    existing.place ??= event.place;
  }
  return out;
}

/** Posts: the title phrase in front of a person's name ("Vice President of BAST Liu Xiaokan"). */
function findPosts(state: DocumentState, context: SentenceContext, skeleton: Skeleton): PostFact[] {
  const posts: PostFact[] = [];
  const { tokens, top, sentence } = context;
  // Posts and bylines are read around people: a sentence that names none has none.
  if (!top.some((m) => m.kind === "Person")) return posts;
  for (const person of top) {
    if (person.kind !== "Person") continue;
    const index = tokens.findIndex((t) => t.start === person.evidence.start);
    if (index < 0) continue;
    let first = index;
    while (first > 0) {
      const t = tokens[first - 1] as Token;
      if (
        top.some(
          (m) => m.kind === "Person" && m.evidence.start <= t.start && t.end <= m.evidence.end,
        )
      )
        break;
      const ok =
        t.cap ||
        t.acronym ||
        TITLE_WORDS.has(t.lower) ||
        /^(of|and|the|'s|'|for|class-\d+|level-\d+|&)$/.test(t.lower) ||
        /^(?:deputy|vice|party|leading|standing|executive|general|chief|senior|associate|assistant|honorary|former)$/.test(
          t.lower,
        );
      if (!ok) break;
      first--;
    }
    while (first < index && /^(and|the|of|by|'s|')$/i.test((tokens[first] as Token).text)) first++;
    const honorificOnly =
      first < index && tokens.slice(first, index).every((t) => HONORIFICS.has(t.lower));
    if (first < index && !honorificOnly) {
      emitPosts(
        (tokens[first] as Token).start,
        (tokens[index - 1] as Token).end,
        person,
        person.evidence.end,
      );
    } else {
      // "Liu Qiang, Deputy Director of the Qingdao Municipal Science and Technology Bureau, ..."
      const rest = state.view.slice(person.evidence.end, sentence.end);
      const after =
        /^\s*,\s*((?:the\s+)?[^,.;()]{2,120}?)(?=\s*[,.;)]|\s+(?:attended|presided|said|pointed|stressed|delivered|gave|noted|introduced|made|spoke)\b|$)/.exec(
          rest,
        );
      if (after) {
        const phraseStart =
          person.evidence.end + (after.index ?? 0) + after[0].indexOf(after[1] as string);
        emitPosts(
          phraseStart,
          phraseStart + (after[1] as string).length,
          person,
          phraseStart + (after[1] as string).length,
        );
      }
    }
  }
  function emitPosts(
    phraseStart: number,
    phraseEnd: number,
    person: Mention,
    evidenceEnd: number,
  ): void {
    const viewPhrase = state.view.slice(phraseStart, phraseEnd);
    if (
      !viewPhrase
        .split(/\s+/)
        .some((w) => TITLE_WORDS.has(w.toLowerCase()) && !HONORIFICS.has(w.toLowerCase()))
    )
      return;
    // "member of X and Vice President of Y" holds two posts; a trailing "of ORG" applies to all.
    const parts = viewPhrase.split(
      /\s+and\s+(?=(?:vice|deputy|president|secretary|director|member|chairman|head|dean|professor|inspector|chief)\b)/i,
    );
    const orgMention = [...top]
      .filter(
        (m) =>
          m.kind === "Organization" &&
          m.evidence.start >= phraseStart &&
          m.evidence.end <= phraseEnd,
      )
      .pop();
    const orgSuffix = /^.*\sof\s+((?:the\s+)?\S.*)$/.exec(parts[parts.length - 1] as string)?.[1];
    const start = Math.min(phraseStart, person.evidence.start);
    for (const part of parts) {
      let post = part.replace(/^(?:the|and|a|an)\s+/i, "").trim();
      const bareSuffix = orgSuffix?.replace(/^the\s+/i, "");
      if (bareSuffix && !new RegExp(`of\\s+(?:the\\s+)?${escapeRegExp(bareSuffix)}$`).test(post))
        post = `${post} of ${orgSuffix}`;
      if (posts.some((p) => p.person === person.id && p.post === post)) continue;
      const fact: PostFact = {
        id: `${state.announcement.id}#p${posts.length}s${sentence.index}`,
        announcementId: state.announcement.id,
        person: person.id,
        post,
        evidence: state.evidence(start, Math.max(evidenceEnd, person.evidence.end), sentence, 0.75),
        confidence: 0.75,
      };
      if (orgMention) fact.organization = rootOf(state, orgMention).id;
      else {
        // "Professor Li Wei of Zhejiang University"
        const after = top.find(
          (m) =>
            m.kind === "Organization" &&
            m.evidence.start > person.evidence.end &&
            /^\s*(?:,\s*)?(?:of|from)\s+(?:the\s+)?$/.test(
              state.view.slice(person.evidence.end, m.evidence.start),
            ),
        );
        if (after) fact.organization = rootOf(state, after).id;
      }
      posts.push(fact);
    }
  }
  // Bylines: "Xi'an Net News (Reporter Han Tao)".
  const byline =
    /\uE000(\d+)\uE001\s*\(\s*(Reporters?|Correspondents?|Editors?|Authors?|Photographers?)\s*:?\s*\uE000(\d+)\uE001/g;
  for (let m = byline.exec(skeleton.text); m; m = byline.exec(skeleton.text)) {
    const outlet = skeleton.mentionAt(Number(m[1]));
    const person = skeleton.mentionAt(Number(m[3]));
    if (!outlet || !person || person.kind !== "Person") continue;
    for (const post of posts) {
      if (post.person === person.id && !post.organization)
        post.organization = rootOf(state, outlet).id;
    }
  }
  return posts;
}

/** The same person holding the same post, said twice, is one post with the first evidence. */
function dedupePosts(state: DocumentState, posts: PostFact[]): PostFact[] {
  const seen = new Set<string>();
  return posts.filter((post) => {
    const person = state.byId.get(post.person);
    const key = `${person ? normaliseKey(person.name) : post.person}|${post.post.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const HONORIFICS = new Set(["comrade", "mr", "ms", "mrs", "dr", "madam", "sir"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const HEAD_SYNONYMS: Record<string, string> = {
  lab: "laboratory",
  centre: "center",
  programme: "program",
};

/** A head noun in the form coreference compares: singular, with spelling variants unified. */
const canonicalHead = memoized((word) => {
  const head = singular(word);
  return HEAD_SYNONYMS[head] ?? head;
});

// After "became" or "as", "the ministry and city joint university" describes a title, not a body.
const SHORT_FORM =
  /(?<!\b(?:became|become|becomes|as)\s+)\b(the|our|this|The|Our|This)\s+(school|university|hospital|museum|lab|laboratory|base|center|centre|academy|institute|park|garden|library|college|association|federation|ministry|commission|administration|foundation|bureau|committee|station|zoo|society|observatory|planetarium|gallery|palace|company|firm|group|enterprise|factory|cooperative|team)\b(?!\s+(?:of|for)\b|'s|-)/g;

/** A name in Chinese script in brackets right after a name: "Zhou Dongyu (周冬雨)". */
const SCRIPT_ALIAS = /^ ?[(\uFF08]([\u3400-\u9FFF\u00B7\u30FB]{2,24})[)\uFF09]/;
/** The longest text SCRIPT_ALIAS can match: a space, two brackets and 24 characters. */
const SCRIPT_ALIAS_REACH = 27;
const ALIASED_KINDS = new Set(["Organization", "Person", "Place", "Work", "Honor"]);

/**
 * "Xidi Village (西遞村)", "Dream of Ding Village (丁莊夢)": the bracketed Chinese name is the same
 * body, person, place or work, an alias of the name before it.
 */
function findScriptAliases(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  const aliases: Mention[] = [];
  for (const mention of top) {
    if (!ALIASED_KINDS.has(mention.kind)) continue;
    // Only the few characters a bracketed alias can take: long sentences stay linear.
    const window = Math.min(sentence.end, mention.evidence.end + SCRIPT_ALIAS_REACH);
    const m = SCRIPT_ALIAS.exec(state.view.slice(mention.evidence.end, window));
    if (!m) continue;
    const start = mention.evidence.end + m[0].indexOf(m[1] as string);
    const end = start + (m[1] as string).length;
    if (top.some((x) => x.evidence.start < end && start < x.evidence.end)) continue;
    const alias = state.newMention(mention.kind, start, end, sentence, 0.7);
    alias.name = mention.name;
    alias.antecedent = mention.id;
    aliases.push(alias);
  }
  if (aliases.length === 0) return;
  top.push(...aliases);
  top.sort((a, b) => a.evidence.start - b.evidence.start);
}

// "Professor Lin", "Dr. Lin", "academician Lin", or a word that opens the sentence ("Lin is
// ..."): one capitalised word that no capitalised word follows. Group 1 is the title, if any.
const SURNAME_REFERENCE =
  /(?:\b([Pp]rofessor|[Pp]rof\.?|[Dd]r\.?|[Aa]cademician|Mr\.?|Ms\.?|Mrs\.?)\s+|^\s*)(\p{Lu}\p{Ll}{1,9})\b(?!\s*(?:\p{Lu}|-))/gu;

/** For each text, the people named so far by their first and last words, and how far it has read. */
const surnameIndex = new WeakMap<
  DocumentState,
  { read: number; people: Map<string, Map<string, Mention>> }
>();

/**
 * An index kept per text and grown with a list of it that only grows (its mentions, its
 * conferrals): `visit` sees each item added since the last call once, so a lookup per sentence
 * stays linear in the text.
 */
export function grownOver<T extends { read: number }, Item>(
  indexes: WeakMap<DocumentState, T>,
  state: DocumentState,
  items: readonly Item[],
  make: () => T,
  visit: (index: T, item: Item, at: number) => void,
): T {
  let index = indexes.get(state);
  if (!index) {
    index = make();
    indexes.set(state, index);
  }
  for (; index.read < items.length; index.read++)
    visit(index, items[index.read] as Item, index.read);
  return index;
}

/** grownOver the text's mentions. */
function grownIndex<T extends { read: number }>(
  indexes: WeakMap<DocumentState, T>,
  state: DocumentState,
  make: () => T,
  visit: (index: T, mention: Mention) => void,
): T {
  return grownOver(indexes, state, state.mentions, make, visit);
}

/** The people named so far whose surname is `word` (the first word, or the last of a Western order). */
function peopleWithSurname(state: DocumentState, word: string): Mention[] {
  const make = () => ({ read: 0, people: new Map<string, Map<string, Mention>>() });
  const index = grownIndex(surnameIndex, state, make, indexPerson);
  return [...(index.people.get(word)?.values() ?? [])];
}

/**
 * A person named in full, filed under the first and the last word of the name, and under the
 * surname of a Hong Kong order ("Raymond Wong Wai-yeung": Wong); a surname in capitals ("Charles
 * NG Wang-wai") is filed as a word ("Ng").
 */
function indexPerson(index: { people: Map<string, Map<string, Mention>> }, m: Mention): void {
  if (m.kind !== "Person" || m.antecedent) return;
  const words = m.name.split(/\s+/).map(asWord);
  if (words.length < 2) return;
  const hongKongOrder = words.length >= 3 && /^\p{Lu}\p{Ll}+-\p{L}+$/u.test(words.at(-1) as string);
  const surnames = [words[0], words.at(-1), hongKongOrder ? words.at(-2) : undefined];
  for (const end of new Set(surnames.filter((w): w is string => w !== undefined))) {
    const named = index.people.get(end) ?? new Map<string, Mention>();
    if (!named.has(m.name)) named.set(m.name, m);
    index.people.set(end, named);
  }
}

/**
 * The one person of a surname: "Raymond Wong" and "Raymond Wong Wai-yeung" are one, named in
 * full by the longer; two names neither of which holds the other are two people.
 */
function onePersonOf(people: Mention[]): Mention | undefined {
  const longest = people.reduce<Mention | undefined>(
    (best, m) => (best && best.name.length >= m.name.length ? best : m),
    undefined,
  );
  if (!longest) return undefined;
  const words = new Set(longest.name.split(/\s+/));
  return people.every((m) => m.name.split(/\s+/).every((w) => words.has(w))) ? longest : undefined;
}

/** "NG" as "Ng": a name word in capitals, as it is written in running text. */
function asWord(word: string): string {
  return /^\p{Lu}{2,}$/u.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

// "Li was presented with ...", "Song has won ...": a verb right after the word. Pronouns and
// words that open sentences in English ("He was", "Long before") are never surnames here.
const VERB_AFTER_SURNAME =
  /^\s+(?:was|is|has|had|won|wins|received|receives|obtained|became|said|says|told|added|noted)\b/;
const NEVER_A_SURNAME = new Set(["he", "she", "it", "we", "you", "an", "so", "to", "no", "me"]);

/** True when an English word that is also a surname opens a clause with a verb after it. */
function surnameBeforeVerb(text: string, m: RegExpExecArray): boolean {
  const word = (m[2] as string).toLowerCase();
  const after = text.slice(m.index + m[0].length);
  return !NEVER_A_SURNAME.has(word) && VERB_AFTER_SURNAME.test(after);
}

/**
 * "Professor Lin has been ...", "Yan is a member of ...": a surname alone, after a title or as a
 * known surname that is no English word, refers back to the one person of that surname the text
 * has named. So does a known surname inside the sentence that owns something or speaks ("Lin's
 * second mission", "said Lin.").
 */
function findSurnameReferences(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  const text = state.view.slice(sentence.start, sentence.end);
  let added = false;
  const add = (word: string, at: number) => {
    const reference = surnameReference(state, sentence, top, word, sentence.start + at);
    if (reference) top.push(reference);
    added ||= reference !== undefined;
  };
  SURNAME_REFERENCE.lastIndex = 0;
  for (let m = SURNAME_REFERENCE.exec(text); m; m = SURNAME_REFERENCE.exec(text)) {
    const word = m[2] as string;
    const lower = word.toLowerCase();
    if (!m[1] && (!SURNAMES.has(lower) || (isEnglishWord(lower) && !surnameBeforeVerb(text, m))))
      continue;
    add(word, m.index + m[0].length - word.length);
  }
  SURNAME_IN_CLAUSE.lastIndex = 0;
  for (let m = SURNAME_IN_CLAUSE.exec(text); m; m = SURNAME_IN_CLAUSE.exec(text)) {
    const word = (m[1] ?? m[2]) as string;
    const lower = word.toLowerCase();
    // "Song's", "said Li": capitalised inside a sentence, a surname that is also a word is a name.
    if (!SURNAMES.has(lower) || NEVER_A_SURNAME.has(lower)) continue;
    add(word, m.index + m[0].indexOf(word, m[1] ? 0 : m[0].length - word.length));
  }
  LONE_CAPITALISED.lastIndex = 0;
  for (let m = LONE_CAPITALISED.exec(text); m; m = LONE_CAPITALISED.exec(text)) {
    const word = m[1] as string;
    if (loneSurnameOf(state, text, m.index, word)) add(word, m.index);
  }
  if (added) top.sort((a, b) => a.evidence.start - b.evidence.start);
  retypeSurnamesReadAsNames(state, top);
}

// "won its star Liao the Silver Bear", "Guzy hails from the US": one capitalised word with no
// other capitalised word, hyphen or digit beside it.
const LONE_CAPITALISED =
  /(?<![\p{L}\p{N}'\u2019.-])\b(\p{Lu}\p{Ll}{1,11})\b(?!\s*(?:\p{Lu}|-|\d))/gu;
// "Zhang Hong", "Best in Show", "2014 Awardees": a word that goes on a name or a number before it.
const CAPITALISED_BEFORE =
  /(?:\p{Lu}[\p{L}.'\u2019-]*\s+(?:(?:of|in|and|the|for|on|at|de|la|van|von)\s+)?|\d\s+)$/u;
// What makes an English word alone a name: a verb after it, or an adverb and a verb.
const VERB_AFTER_OPENING =
  /^\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+s|was|is|has|had|won|took|went|got|gave|led|stood|became|began|held|made|met|saw|told|said|says)\b/;

/**
 * A lone capitalised word that is the surname of the one person the text has named in full (the
 * first word of a Chinese name, the last of a Western one) and no place or month. An English word
 * must be followed by a verb ("Tan stood out"): "Long before", "Best in Show" are words.
 */
function loneSurnameOf(state: DocumentState, text: string, at: number, word: string): boolean {
  // Most capitalised words are no one's surname: the people index answers that first.
  const person = onePersonOf(peopleWithSurname(state, word));
  if (!person || !isSurnameOf(person, word)) return false;
  const lower = word.toLowerCase();
  if (NEVER_A_SURNAME.has(lower) || isPlaceName(lower) || MONTH_NAMES.has(lower)) return false;
  if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
  return !isEnglishWord(lower) || VERB_AFTER_OPENING.test(text.slice(at + word.length));
}

// "It was Liu's second mission", "says Li." / "added Li,": a surname that owns something, or the
// speaker after a verb of saying.
const SURNAME_IN_CLAUSE =
  /\b(\p{Lu}\p{Ll}{1,9})(?=['\u2019]s\s+\p{Ll})|\b(?:says|said|added|noted|explained|stressed|recalled)\s+(\p{Lu}\p{Ll}{1,9})(?=\s*[.,;!?])/gu;

/**
 * The person a surname at `start` stands for: a new mention, or none when a name is read there
 * already (a one-word person or body of that word is retyped in place), or when the text names no
 * one person of that surname.
 */
function surnameReference(
  state: DocumentState,
  sentence: Sentence,
  top: Mention[],
  word: string,
  start: number,
): Mention | undefined {
  const end = start + word.length;
  const overlapping = top.find((x) => x.evidence.start < end && start < x.evidence.end);
  // "Professor Wong" read as a person of one word: the one named in full is who it is. "Qiao has
  // won": a bare surname opening the clause was read as a body of one unknown word.
  const alone =
    (overlapping?.kind === "Person" || overlapping?.kind === "Organization") &&
    overlapping.name === word &&
    overlapping.surface === word
      ? overlapping
      : undefined;
  if (overlapping && !alone) return undefined;
  const person = onePersonOf(peopleWithSurname(state, word));
  if (!person) return undefined;
  if (alone) {
    alone.kind = "Person";
    alone.name = person.name;
    alone.antecedent = person.id;
    return undefined;
  }
  const reference = state.newMention("Person", start, end, sentence, 0.7);
  reference.name = person.name;
  reference.antecedent = person.id;
  return reference;
}

/** One word of a name, or a surname set in capitals ("YAU"). */
const ONE_NAME_WORD = /^\p{Lu}(?:\p{Ll}{1,11}|\p{Lu}{1,11})$/u;

/**
 * "raised in rural Tarn, Qiu was chosen", "DENG thanked her coach": one word read as a place or a body
 * that is the surname of the one person the text has named in full is that person. Only a word
 * no gazetteer knows as a place, and never before the person is named.
 */
function retypeSurnamesReadAsNames(state: DocumentState, top: Mention[]): void {
  for (const mention of top) {
    if (mention.kind !== "Organization" && mention.kind !== "Place") continue;
    const word = mention.surface;
    if (mention.name !== word || mention.antecedent || !ONE_NAME_WORD.test(word)) continue;
    if (isPlaceName(word.toLowerCase())) continue;
    const surname = asWord(word);
    const person = onePersonOf(peopleWithSurname(state, surname));
    if (!person || !isSurnameOf(person, surname)) continue;
    mention.kind = "Person";
    mention.name = person.name;
    mention.antecedent = person.id;
  }
}

/** A Chinese surname opening the name, or the last word of a name in Western order. */
function isSurnameOf(person: Mention, word: string): boolean {
  const words = person.name.split(/\s+/).map(asWord);
  return (words[0] === word && SURNAMES.has(word.toLowerCase())) || words.at(-1) === word;
}

/** A company's release names itself "the Company" or "the Group", capitalised. */
const SELF_NAME = /^(?:Company|Group)$/;
/** Bodies a publisher may call itself by: "our company", "our hospital". */
const SELF_HEADS =
  /^(?:school|university|hospital|museum|academy|institute|college|company|firm|group|enterprise|factory|team|library|center|centre|park)$/;

/** "the school", "the lab", "our hospital": lower-case short forms that refer back to a name. */
function findLowercaseShortForms(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  addShortForms(
    state,
    sentence,
    top,
    SHORT_FORM,
    // "our company" is how a publisher names itself: the span keeps "our".
    (m, end) =>
      namesItself(m[1] as string, m[2] as string)
        ? end - m[0].length
        : end - (m[2] as string).length,
    (start, end, m) => shortFormMention(state, sentence, start, end, m),
  );
}

/**
 * Each match of `pattern` in the sentence that no name read already overlaps, as a new mention
 * from `startOf` to the match's end; `top` stays in text order.
 */
function addShortForms(
  state: DocumentState,
  sentence: Sentence,
  top: Mention[],
  pattern: RegExp,
  startOf: (m: RegExpExecArray, end: number) => number,
  make: (start: number, end: number, m: RegExpExecArray) => Mention,
): void {
  const text = state.view.slice(sentence.start, sentence.end);
  let added = false;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const end = sentence.start + m.index + m[0].length;
    const start = startOf(m, end);
    if (top.some((x) => x.evidence.start < end && start < x.evidence.end)) continue;
    top.push(make(start, end, m));
    added = true;
  }
  if (added) top.sort((a, b) => a.evidence.start - b.evidence.start);
}

// "The town was honored as ...", "this village was selected as ...": a place's kind in lower case,
// the subject of a verb, stands for the place of that kind named just before.
const PLACE_SHORT_FORM =
  /\b(?:the|this|The|This)\s+(village|town|township|county|city|district|sub-district|prefecture|province)(?=\s+(?:(?:has|have|had)\s+(?:also\s+)?been|was|were|is|has|have|had|also|successfully|won|wins|received|became|ranked|obtained|gained|earned|boasts|maintains|owns)\b)/g;

function findPlaceShortForms(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  addShortForms(
    state,
    sentence,
    top,
    PLACE_SHORT_FORM,
    (m, end) => end - (m[1] as string).length,
    (start, end) => {
      const mention = state.newMention("Place", start, end, sentence, 0.6) as Extra;
      mention.definite = true;
      mention.generic = true;
      return mention;
    },
  );
}

// "Guangdong province", "Ningxia Hui autonomous region": a province's level in lower case.
const LOWER_CASE_LEVEL = /^ (province|autonomous region)\b(?! of\b|[-\u2019']s?\w)/;

/**
 * "in Hill province": the level written in lower case after a province's name is part of the
 * name, which then reads as the name in title case does ("Hill Province"). Done once the facts
 * are read, whose patterns see the level as a word of its own.
 */
function withLowerCaseLevels(state: DocumentState, mentions: Mention[]): void {
  const starts = new Set(mentions.map((m) => m.evidence.start));
  for (const mention of mentions) {
    if (mention.kind !== "Place" || /\b(?:Province|Region)$/i.test(mention.name)) continue;
    const { start, end } = mention.evidence;
    const level = LOWER_CASE_LEVEL.exec(state.view.slice(end, end + 24))?.[1];
    if (!level || starts.has(end + 1)) continue;
    const wider = end + 1 + level.length;
    mention.surface = state.announcement.text.slice(start, wider);
    mention.name = `${mention.name} ${level.replace(/\b[a-z]/g, (c) => c.toUpperCase())}`;
    mention.evidence = { ...mention.evidence, end: wider, exact: mention.surface };
  }
}

/** "our company", "our hospital": a publisher naming itself. */
function namesItself(determiner: string, head: string): boolean {
  return /^our$/i.test(determiner) && SELF_HEADS.test(head);
}

/** The mention of a short form at [start, end): generic, definite, named by its canonical head. */
function shortFormMention(
  state: DocumentState,
  sentence: Sentence,
  start: number,
  end: number,
  m: RegExpExecArray,
): Extra {
  const [, determiner, head] = m as unknown as [string, string, string];
  const mention = state.newMention("Organization", start, end, sentence, 0.7) as Extra;
  // Compare "the lab" with "... Laboratory ...": the name carries the canonical head.
  mention.name = canonicalHead(head);
  mention.definite = true;
  mention.generic = true;
  mention.nucleus = mention.name;
  if (namesItself(determiner, head)) mention.selfReference = `our ${head}`;
  return mention;
}

// A quoted policy or campaign name: "the 'double reduction' effort", "the 'double first-class'
// ranking", "approaches to 'double reduction'". Honors in quotes have honor heads and are left alone.
// Numbers alone ("3+4+5") name a mode, not a programme, and are left to the phrase patterns.
const QUOTED = /"([^"\n]{3,70}?)"/g;
const PROGRAMME_AFTER =
  /^\s*(?:policy|policies|effort|efforts|campaign|initiative|program(?:me)?|project|activities|activity|construction|ranking|strategy|action|plan|cup|competition|philosophy|concept|reform)\b/i;
const PROGRAMME_BEFORE =
  /\b(?:approaches\s+to|implement(?:ing)?|boost(?:ing)?|promot(?:e|ing))\s+(?:the\s+)?$/i;
/** "the strategy of "Made in China 2025"": a name, not a slogan ("the policy of "go slow""). */
const NAMED_BY_PROGRAMME_BEFORE =
  /\b(?:strateg(?:y|ies)|polic(?:y|ies)|initiative|plan)\s+of\s+(?:the\s+)?$/i;
const HONOR_HEAD =
  /\b(?:base|award|prize|medal|title|campus|unit|school|collective|model|pioneer|village|city|county|town|museum|center|centre|enterprise|worker|individual|team|hero|star|cadre|branch|committee|league)s?\W*$/i;

function placeInside(mention: Mention, start: number, end: number): boolean {
  return mention.kind === "Place" && start <= mention.evidence.start && mention.evidence.end <= end;
}

function findQuotedProgrammes(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  const text = state.view.slice(sentence.start, sentence.end);
  if (!text.includes('"')) return;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = (m[1] as string).trim();
    const words = inner.split(/\s+/);
    if (words.length > 8 || HONOR_HEAD.test(inner) || /[.!?]$/.test(inner)) continue;
    if (!/\p{L}{2}/u.test(inner)) continue;
    const after = text.slice(m.index + m[0].length);
    const before = text.slice(0, m.index);
    const named = /^[A-Z0-9]/.test(inner) && NAMED_BY_PROGRAMME_BEFORE.test(before);
    if (!PROGRAMME_AFTER.test(after) && !PROGRAMME_BEFORE.test(before) && !named) continue;
    const start = sentence.start + m.index + 1 + (m[1] as string).indexOf(inner);
    const end = start + inner.length;
    // "Made in China 2025": a place inside the quote is part of the programme's name.
    const crossed = top.filter((x) => x.evidence.start < end && start < x.evidence.end);
    if (crossed.some((x) => !placeInside(x, start, end))) continue;
    state.newMention("Program", start, end, sentence, 0.6);
  }
}

const PROGRAM_NOUN =
  "program(?:me)?s?|systems?|modes?|models?|projects?|plans?|patterns?|mechanisms?|strateg(?:y|ies)|initiatives?|actions?|campaigns?|platforms?";
const PROGRAM_PHRASES: RegExp[] = [
  // "3+4+5" health science popularization mode, "143" program, "1+N" venue system
  new RegExp(`"[0-9N]+(?:\\+[0-9N]+)*"\\s*(?:[a-z][a-z-]*\\s+){0,4}?(?:${PROGRAM_NOUN})\\b`, "g"),
  // the 14th Five-Year Plan, the "14th five-year" plan
  /"?\b\d{1,2}(?:st|nd|rd|th) five-year"?(?: plan\b"?)?/gi,
  // the launch ceremony of the pilot credit system of popular science education ...
  /(?<=\blaunch(?:ing)?\s+(?:ceremony\s+)?of\s+(?:the\s+)?)[a-z][^,.;:"]{4,160}?(?=\s+(?:around|with|to|on|at|which|in\s+order)\b|[,.;:"]|$)/g,
  // the "Double Reduction" policy, the "Science Popularization China" initiative
  /"[A-Z][^"\n]{2,60}"\s+(?:policy|policies|initiative|campaign|program(?:me)?|plan|project|action|strategy|movement|activity|activities|project)\b/g,
];

// "the paper "X"", "the book "Y"": a quoted title after a word for a work names that work.
const QUOTED_WORK =
  /\b(?:books?|papers?|projects?|works?|films?|movies?|videos?|documentar(?:y|ies)|articles?|textbooks?|websites?|songs?|plays?|operas?|monographs?|novels?|reports?|inventions?|achievements?|series|dramas?|shows?|programmes?|animations?|albums?|poems?|paintings?|photographs?|musicals?|co-productions?)\s+(?:(?:titled|entitled|named|called)\s+)?"([^"\n]{2,160})"/gi;

/**
 * Quoted works, which can hold honors ("the paper "X" was awarded ..."): one mention for the
 * whole title. Names inside the title are part of it, not bodies of the story.
 */
// '"X" led by Gao Wen of Y was awarded ...': a quoted title with its makers after it is a work.
const QUOTED_MADE =
  /"([^"\n]{2,160})"(?=,?\s+(?:(?:led|completed|developed|presided\s+over|supervised|written|authored|edited|designed|produced|created)\s+by|by\s+(?:Professor|Prof\.|Dr\.|Academician)\s)\b)/g;

// '19 books including "A", "B" and "C" won': quoted titles listed after a word for works.
const WORKS_LISTED =
  /\b(?:books|papers|projects|works|films|movies|videos|documentaries|articles|textbooks|monographs|novels|achievements|inventions|results)\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:including|such\s+as|namely|like)\s*:?\s*(?=")/gi;
const NEXT_LISTED_TITLE = /^"([^"\n]{2,160})"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*\u3001\s*)?/;

// '"Pine Tea," "Hill Honey" and "Lake Rice" were awarded gold medals': quoted names right before
// a verb of winning are what won (products, brands, works), whatever noun they lack.
const QUOTED_WINNERS =
  /((?:"[^"\n]{2,80}"\s*,?\s*(?:and\s+|as\s+well\s+as\s+)?)+)(?=(?:(?:has|have)\s+)?(?:(?:also|again|recently|all)\s+)?(?:won|wins|received|receives|earned|garnered|(?:was|were|has\s+been|have\s+been)\s+(?:(?:also|recently)\s+)?(?:awarded|named|selected|rated|honou?red|recogni[sz]ed|listed|granted|nominated))\b)/g;
const QUOTED_TITLE = /"([^"\n]{2,80})"/g;

// 'went to Wen Jia's "Pine Road"': a quoted title a person owns is their work, where the sentence
// goes on after it; a word after the quotes makes it a modifier ('the Center's "1+N" system').
const OWNED_QUOTE =
  /[A-Za-z](?:'s|\u2019s)\s+"([\p{Lu}\d][^"\n]{1,120})"(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|on|for|with|and|or|as|was|were|is|are|has|had|have|won|wins|took|takes|directed|written|produced|by|about|from|which|that|who|also)\b)/gu;

interface QuotedTitle {
  /** Offset in the sentence of the words inside the quotes. */
  at: number;
  inner: string;
  /** A work only when no body or person is read inside the quotes ('"Pine School" won'). */
  unlessNamed?: boolean;
}

/** Titles (offset in the sentence, words inside the quotes) of works the sentence names. */
function quotedWorkTitles(text: string): QuotedTitle[] {
  const titles: QuotedTitle[] = [];
  const closing = (m: RegExpMatchArray, inner: string) =>
    (m.index ?? 0) + m[0].length - 1 - inner.length;
  // 'the film "Pine Road."': a full stop or comma inside the closing quote is the sentence's.
  for (const m of text.matchAll(QUOTED_WORK))
    titles.push({
      at: closing(m, m[1] as string),
      inner: (m[1] as string).replace(/[\s,.;]+$/, ""),
    });
  for (const m of text.matchAll(QUOTED_MADE))
    if (/\s/.test(m[1] as string))
      titles.push({ at: closing(m, m[1] as string), inner: m[1] as string });
  for (const m of text.matchAll(QUOTED_WINNERS))
    for (const q of (m[1] as string).matchAll(QUOTED_TITLE)) {
      // '"Pine Tea,"': the list's comma inside the quotes is not the title's.
      const inner = (q[1] as string).replace(/[\s,.;]+$/, "");
      titles.push({ at: (m.index ?? 0) + (q.index ?? 0) + 1, inner, unlessNamed: true });
    }
  for (const m of text.matchAll(WORKS_LISTED)) {
    let position = (m.index ?? 0) + m[0].length;
    for (
      let next = NEXT_LISTED_TITLE.exec(text.slice(position));
      next;
      next = NEXT_LISTED_TITLE.exec(text.slice(position))
    ) {
      titles.push({ at: position + 1, inner: next[1] as string });
      position += next[0].length;
    }
  }
  return titles;
}

/** For each text, the works named so far by their words, and how far it has read. */
const workIndex = new WeakMap<DocumentState, { read: number; surfaces: Set<string> }>();

/** '"Pine Song" later won ...': a title quoted again after the text named it as a work. */
function workTitlesAgain(state: DocumentState, text: string): QuotedTitle[] {
  const make = () => ({ read: 0, surfaces: new Set<string>() });
  const known = grownIndex(workIndex, state, make, (index, m) => {
    if (m.kind === "Work") index.surfaces.add(m.surface);
  }).surfaces;
  if (known.size === 0) return [];
  const titles: QuotedTitle[] = [];
  for (const q of text.matchAll(QUOTED_TITLE))
    if (known.has(q[1] as string)) titles.push({ at: (q.index ?? 0) + 1, inner: q[1] as string });
  return titles;
}

/** 'Wen Jia's "Pine Road"': titles quoted right after a person's "'s". */
function ownedQuotedTitles(text: string, sentence: Sentence, top: Mention[]): QuotedTitle[] {
  const titles: QuotedTitle[] = [];
  for (const m of text.matchAll(OWNED_QUOTE)) {
    const ownerEnd = sentence.start + (m.index ?? 0) + 1;
    if (!top.some((x) => x.kind === "Person" && x.evidence.end === ownerEnd)) continue;
    const inner = (m[1] as string).replace(/[\s,.;]+$/, "");
    titles.push({ at: (m.index ?? 0) + m[0].indexOf('"') + 1, inner, unlessNamed: true });
  }
  return titles;
}

/** 'the construction project "Double Ten Thousand Plan"': a quoted plan is a programme, not a work. */
const PROGRAMME_HEAD_LAST = /\b(?:plan|program(?:me)?|policy|initiative|strategy|campaign)$/i;

function findQuotedWorks(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  const text = state.view.slice(sentence.start, sentence.end);
  if (!text.includes('"')) return;
  const titles = [
    ...quotedWorkTitles(text),
    ...ownedQuotedTitles(text, sentence, top),
    ...workTitlesAgain(state, text),
  ];
  const named = titles.filter(({ inner }) => /^[\p{Lu}\d]/u.test(inner) && !HONOR_HEAD.test(inner));
  const plans = named.filter(({ inner }) => PROGRAMME_HEAD_LAST.test(inner));
  placeQuoted(state, sentence, top, plans, "Program");
  placeQuoted(
    state,
    sentence,
    top,
    named.filter((t) => !plans.includes(t)),
    "Work",
  );
}

// 'the honorary title of "Pine Hero"', 'the honor of "Lake Guardian"', 'the "Pine Hero" title': a
// quoted phrase a word for a title or an honor sets off is an honor, whatever its head.
// 'honored as a "Model Worker with Special Merit"', 'certificates of "clean river towns"': a
// quoted phrase right after a verb of conferring or a certificate is the honor's whole name, and so
// is one after "list of" that no capitalised word continues ('a list of "Towns of Folk Art"').
const QUOTED_HONORARY_TITLE =
  /\b(?:titles?|honou?rs?)\s*(?:of\s+|,\s*)?(?:the\s+)?"([^"\n]{2,80})"|"([^"\n]{2,80})"\s+(?:honou?rary\s+)?titles?\b|\b(?:honou?red|named|selected|rated|recogni[sz]ed|designated|elected|crowned|awarded|won|received|listed|certificates?\s+(?:of|as))\s+(?:as\s+)?(?:(?:an?|the)\s+)?"([^"\n]{2,80})"|\blists?\s+of\s+(?:the\s+)?"([^"\n]{2,80})"/gi;

function findQuotedTitles(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  const text = state.view.slice(sentence.start, sentence.end);
  if (!text.includes('"')) return;
  const titles: QuotedTitle[] = [];
  for (const m of text.matchAll(QUOTED_HONORARY_TITLE)) {
    const quoted = (m[1] ?? m[2] ?? m[3] ?? m[4]) as string;
    // '"the Pine Hero,"': the article and the list's comma inside the quotes are not the title's.
    const lead = /^(?:the\s+)?/i.exec(quoted)?.[0].length ?? 0;
    const inner = quoted.slice(lead).replace(/[\s,.;]+$/, "");
    // After a verb of conferring the quotes alone make the title, in any case.
    // '"2021 Lake Star"': a year may open it.
    if (!/^(?:\d{4}\s+)?\p{Lu}/u.test(inner) && m[3] === undefined && m[4] === undefined) continue;
    // 'the list of "Twelfth Plan" Key Laboratories': capitals after the quotes go on with the name.
    if (m[4] !== undefined && /^\s+[A-Z]/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    titles.push({ at: (m.index ?? 0) + m[0].indexOf(quoted) + lead, inner });
  }
  placeQuoted(state, sentence, top, titles, "Honor");
}

/**
 * "the title of Provincial Green Factory", "the honorary title of Intangible Cultural Heritage
 * Inheritor": the capitalised words after "title of" are the title, whatever heads them ("Village",
 * "Factory", "Practitioner"), so a place's or a body's reading of them gives way.
 */
const TITLE_OF_NAME =
  /\btitles?\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'\u2019-]*|\d+(?:st|nd|rd|th)?)(?:\s+(?:(?:of|and|for|in|the|&)\s+)*\p{Lu}[\p{L}'\u2019-]*){0,13})/gu;
/** What may follow such a title: punctuation, or a clause's verb or preposition, not more words of it. */
const AFTER_TITLE_OF =
  /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:was|were|is|are|has|have|had|went|goes|to|on|upon|in|at|for|from|by|and|or|after|since|this|last|with|respectively|again|who|which)\b)/;

function findTitlesNamedTitles(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  const text = state.view.slice(sentence.start, sentence.end);
  if (!/\btitles?\s+of\b/.test(text)) return;
  const titles: QuotedTitle[] = [];
  for (const m of text.matchAll(TITLE_OF_NAME)) {
    const inner = m[1] as string;
    const end = (m.index ?? 0) + m[0].length;
    if (!/\s/.test(inner) || !AFTER_TITLE_OF.test(text.slice(end))) continue;
    const at = end - inner.length;
    // "the title of Fan Yongfu and 23 comrades": a person after "title of" is a holder.
    const person = top.some(
      (x) =>
        x.kind === "Person" &&
        x.evidence.start >= sentence.start + at &&
        x.evidence.end <= sentence.start + end,
    );
    if (!person) titles.push({ at, inner });
  }
  placeQuoted(state, sentence, top, titles, "Honor");
}

/**
 * One mention for each quoted title, unless a mention of that kind is there already or another
 * crosses its quotes; names inside the title are part of it, not bodies of the story.
 */
function placeQuoted(
  state: DocumentState,
  sentence: Sentence,
  top: Mention[],
  titles: QuotedTitle[],
  kind: "Work" | "Honor" | "Program",
): void {
  for (const { at, inner, unlessNamed } of titles) {
    const start = sentence.start + at;
    const end = start + inner.length;
    const named = (x: Mention) =>
      (x.kind === "Organization" || x.kind === "Person" || x.kind === "Honor") &&
      x.evidence.start >= start &&
      x.evidence.end <= end;
    if (unlessNamed && top.some(named)) continue;
    // A mention of the kind that starts there is kept unless it stops short of the quotes' end.
    if (top.some((x) => x.kind === kind && x.evidence.start === start && x.evidence.end >= end))
      continue;
    const crossing = top.some(
      (x) =>
        x.evidence.start < end &&
        start < x.evidence.end &&
        (x.evidence.start < start || x.evidence.end > end),
    );
    if (crossing) continue;
    for (let i = top.length - 1; i >= 0; i--) {
      const nested = top[i] as Mention;
      if (nested.evidence.start >= start && nested.evidence.end <= end) {
        nested.name = `\u0000${nested.name}`;
        top.splice(i, 1);
      }
    }
    const mention = state.newMention(kind, start, end, sentence, 0.7);
    const after = top.findIndex((x) => x.evidence.start > start);
    top.splice(after < 0 ? top.length : after, 0, mention);
  }
}

const COHORT_YEAR = /^(?:19|20)\d{2}(?:\s*[-\u2013]\s*(?:19|20)?\d{2})?\s+/;
// "Award of Merit", "Award of Excellence": an award named by its quality keeps "Award of".
const HONOR_LEAD_IN =
  /^(?:the\s+)?(?:honou?r|title|award(?!\s+of\s+(?:Merit|Excellence|Distinction|Honou?r|Valou?r)\b)|(?:winner|recipient|laureate)s?)\s+of\s+(?:the\s+)?/i;
// "the annual Lake Prize": how often an honor is given is not its name.
const YEARLY = /^(?:the\s+)?(?:annual|yearly|biennial)\s+(?=[A-Z])/;
// "National Civilized City title" drops "title", "Global Geopark label" and "National Forest City
// status" their last word; "Medal of Honor" keeps its last word.
const TITLE_WORD_AFTER =
  /(?<!\s(?:of|for))\s+(?:honou?rary\s+)?(?:titles?|honou?rs?|labels?|status)$/i;
// "new members of the organization's Global Network of X": the honor is the network itself.
const MEMBER_OF_NETWORK =
  /^(?:new\s+)?members?\s+of\s+(?:the\s+)?(?:[A-Za-z]+'s\s+)?(?=(?:[A-Z][\w'-]*\s+){0,5}?(?:Network|List|Register)\b)/;
/** "first|class" -> "[Ff]irst|[Cc]lass": words in either case, the rest of a pattern as it is. */
const eitherCase = (words: string) => words.replace(/\b[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
// "the 7th Lu Xun Literature Prize", "Third Golden Ox Award": which edition is no part of the
// honor's name; a grade is ("Third Prize", "First Class Medal"). Group 1 is the edition.
const EDITION = new RegExp(
  String.raw`^(?:the\s+)?(\d{1,3}(?:st|nd|rd|th)|` +
    eitherCase(
      "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth",
    ) +
    String.raw`)\s+(?!(?:` +
    eitherCase(
      "class|grade|level|prizes?|places?|awards?|tiers?|ranks?|batch|session|round|group|edition",
    ) +
    String.raw`)\b)(?=[A-Z"\u201C])`,
);
// "Fortune Global 500 list": a ranking named by its size is the name without "list".
const SIZED_LIST_WORD = /(?<=\s\d{2,4})\s+(?:list|ranking|rankings)$/i;

/**
 * The honor's own name, which the mention keeps as its name (its surface keeps every word):
 * without the cohort's year ("2021 Famous Export Brand") or edition ("the 7th X Prize"), the word
 * "title" or "honor" after it, "the honor of", "recipient of" or "members of" a network before it.
 * Nothing is cut that would leave fewer than two words.
 */
export function honorOwnName(name: string): string {
  let own = name;
  for (const cut of [
    HONOR_LEAD_IN,
    YEARLY,
    COHORT_YEAR,
    EDITION,
    MEMBER_OF_NETWORK,
    TITLE_WORD_AFTER,
    SIZED_LIST_WORD,
  ]) {
    const shorter = own.replace(cut, "");
    if (shorter.split(/\s+/).length >= 2) own = shorter;
  }
  return own;
}

// "Hill Radio and Television", "Lake Radio and Television Group", "China News Service", "Tarn Radio
// International": a broadcaster's or agency's name goes on past its media word.
const MEDIA_TAIL = /^(?:Service|International|Agency)$/;
const MEDIA_PAIR_HEADS = /^(?:Group|Station|Network|Center|Centre)$/;

/** Where a body's name that ends in a media word really ends (its own end when it goes no further). */
function mediaNameEnd(tokens: Token[], span: NameSpan): number {
  if (span.kind !== "Organization") return span.last;
  const end = tokens[span.last - 1]?.lower;
  if ((end === "news" || end === "radio") && MEDIA_TAIL.test(tokens[span.last]?.text ?? ""))
    return span.last + 1;
  if (end !== "radio" || tokens[span.last]?.lower !== "and") return span.last;
  if (tokens[span.last + 1]?.text !== "Television") return span.last;
  let last = span.last + 2;
  while (MEDIA_PAIR_HEADS.test(tokens[last]?.text ?? "")) last++;
  return last;
}

/** Names the grammar cut after a media word, joined whole; a tail read on its own goes. */
function joinMediaNames(tokens: Token[], spans: NameSpan[]): NameSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const out: NameSpan[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as NameSpan;
    const end = mediaNameEnd(tokens, a);
    out.push(end > a.last ? { ...a, last: end, nucleus: end - 1 } : a);
    // "Television Group", read on its own, is the tail just joined.
    if (end > a.last && (sorted[i + 1]?.first ?? end) < end) i++;
  }
  return out;
}

/**
 * "The High School Attached to NWNU", "the Hospital Affiliated to X University": one body, whose
 * parent is the one after "to" (read as its complement).
 */
function joinAffiliated(tokens: Token[], spans: NameSpan[]): NameSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const out: NameSpan[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as NameSpan;
    const b = sorted[i + 1];
    const link = tokens[a.last];
    const to = tokens[a.last + 1];
    if (
      b &&
      a.kind === "Organization" &&
      b.kind === "Organization" &&
      b.first === a.last + 2 &&
      /^(?:attached|affiliated)$/i.test(link?.text ?? "") &&
      /^(?:to|with)$/i.test(to?.text ?? "")
    ) {
      out.push({ ...a, last: b.last, complement: b.first });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Programmes written in lower case or as quoted codes, which the name grammar cannot see. */
function findProgramPhrases(state: DocumentState, sentence: Sentence, top: Mention[]): void {
  const text = state.view.slice(sentence.start, sentence.end);
  PROGRAM_PHRASES.forEach((re, index) => {
    // The launch pattern opens with a look-behind tried at every position: skip it when the
    // word it looks behind for is not there.
    if (index === 2 && !text.includes("launch")) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const phrase = m[0];
      if (
        index === 1 &&
        !/plan/i.test(phrase) &&
        !/^\s*"?\s*plan/i.test(text.slice(m.index + phrase.length))
      )
        continue;
      if (index === 2 && !new RegExp(`\\b(?:${PROGRAM_NOUN})\\b`).test(phrase)) continue;
      const start = sentence.start + m.index;
      const end = start + phrase.length;
      if (
        top.some((x) => x.kind === "Program" && x.evidence.start <= start && end <= x.evidence.end)
      )
        continue;
      state.newMention("Program", start, end, sentence, 0.7);
    }
  });
}
