// Words about an honor that name none: "the award", "selected towns", "the highest honor in the
// field"; and a post held, read where an honor was looked for ("dean of the X institute").

import { singular } from "./lexicon.ts";

const DETERMINER = String.raw`(?:(?:the|a|an|this|that|such|another|its|their|his|her)\s+)?`;
const HONOR_WORD = `(?:honou?rs?|awards?|prizes?|titles?|recognitions?|accolades?|medals?|winners?|towns?|villages?|units?|areas?|cities|city|counties|county|districts?|enterprises?|compan(?:y|ies)|schools?|sites?|projects?|bases?)`;
/** "in the life sciences category": the field of a prize, which names no prize. */
export const IN_CATEGORY = String.raw`in\s+(?:the\s+)?[a-z][a-z\s,&-]{0,50}?\s(?:category|field|section|track)`;
// "honors and awards": words for honors joined with "and" name none either.
const BARE_HONOR = new RegExp(
  String.raw`^${DETERMINER}(?:(?:selected|same|other|such|another)\s+)?${HONOR_WORD}(?:\s*(?:,|and|&)\s*${HONOR_WORD})*(?:\s+${IN_CATEGORY})?$`,
  "i",
);
const RANKED_HONOR = new RegExp(
  String.raw`^${DETERMINER}(?:highest|top|supreme|greatest|biggest|ultimate|most\s+prestigious)\s+(?:[a-z-]+\s+){0,2}?(?:honou?rs?|recognitions?|accolades?)(?:\s+(?:in|of|for)\s+.*)?$`,
  "i",
);

// "dean of the Institute of X", "director of Y": a post held, not an honor conferred.
const POST_HELD =
  /^(?:the\s+)?(?:(?:vice|deputy|executive|honorary)[\s-]+)?(?:dean|director|president|chairman|chairwoman|chair|secretary|head|principal|professor|ceo|manager|editor-in-chief|editor)\s+of\b/i;

const PRIZE_CATEGORY = new RegExp(
  String.raw`^(?:an?\s+|the\s+)?(?:award|prize|medal)s?\s+${IN_CATEGORY}$`,
  "i",
);

/** "a prize in the physics category": a field of the prize the text is about, not a prize of its own. */
export function namesAPrizeCategory(name: string): boolean {
  return PRIZE_CATEGORY.test(name);
}

// "many national and provincial prizes for her work", "multiple national awards in science
// contests": a count or levels before a plural word for honors tell how many, and name none.
const COUNTED_HONORS = new RegExp(
  String.raw`^${DETERMINER}(?:(?:many|multiple|several|numerous|various|dozens\s+of|a\s+number\s+of|a\s+series\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:national|provincial|municipal|international|domestic|major|important|academic|other)(?:\s*(?:,|and|&)\s*|\s+))+(?:honou?rs|awards|prizes|titles|medals|accolades)(?:\s+(?:in|for|at|from|of)\s+.*)?$`,
  "i",
);

/**
 * "the award", "selected towns", "the highest honor in the field", "many national prizes": words
 * about an honor, no name; "dean of the X institute": a post.
 */
export function describesAnHonor(name: string): boolean {
  return (
    BARE_HONOR.test(name) ||
    RANKED_HONOR.test(name) ||
    COUNTED_HONORS.test(name) ||
    POST_HELD.test(name)
  );
}

/**
 * A post held, as it follows "and" after a title: "head of", "vice president at", "dean of".
 * Read after the title to cut it off ("academician of X and dean of Y").
 */
export const POST_OF = String.raw`(?:(?:vice|deputy|executive|senior|chief|associate|assistant)[\s-]+)?(?:(?:dean|director|president|chairman|chairwoman|secretary|head|principal|professor|ceo|manager|editor)\s+(?:of|at)|(?:researcher|lecturer|engineer|technician|welder|mechanic|teacher|doctor|physician|surgeon|nurse|designer|craftsman|craftswoman)\s+(?:of|at|in))\b`;

/** Those who won, in the plural: "the winners of", "X laureates were". */
export const WINNER_NOUNS = "(?:winners|recipients|laureates|awardees|honou?rees)";

/** A word for what the name after it is: "the technology company [Veltrix]", "the film [Nuan]". */
export const NAME_DESCRIPTOR = String.raw`(?:[a-z-]+\s+)?(?:company|firm|giant|maker|startup|film|movie|novel|documentary)`;

/**
 * "Counties", "the Museums", "Enterprises in Jing'an District": a bare plural head, or one placed
 * somewhere as a headline's capitals write it, describes many and names no one.
 */
export const DESCRIBES_MANY =
  /^(?:the\s+)?(?:counties|cities|districts|villages|towns|museums|schools|units|enterprises|companies|firms|bases|universities|colleges|hospitals|institutions)(?:$|\s+(?:in|of|from)\s)/i;

/** "Dr", "Prof.", "Assistant Professor": a courtesy title before a person's name, period or not. */
export const COURTESY_TITLE = String.raw`(?:(?:Assistant|Associate|Vice|Deputy)\s+)?(?:Professors?|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Madam|Academicians?|Comrade)(?=\s)`;

/** "top Chinese vaccine researcher A": a nationality among a descriptor's lower-case words. */
const NATIONALITY =
  "(?:Chinese|American|British|French|German|Japanese|Korean|Russian|Indian|Canadian|Australian|Italian|Spanish)";

/**
 * What a person named after it does: "material expert [A]", "hematologist [B]", "badminton player
 * [C]", "hydropower construction expert [D]". A few lower-case words of the field, then the noun.
 */
export const PERSON_DESCRIPTOR = String.raw`(?:(?:[a-z][a-z-]*|${NATIONALITY})\s+){0,5}?(?:advis[eo]rs?|educators?|entrepreneurs?|surgeons?|experts?|specialists?|scientists?|researchers?|engineers?|scholars?|academicians?|players?|athletes?|champions?|winners?|[a-z]+ballers?|designers?|teachers?|founders?|actors?|actress(?:es)?|directors?|writers?|authors?|artists?|singers?|(?!list)[a-z]{3,}ists?|[a-z]{3,}ians?)`;

/** A prize's rank or metal: "first", "special", "gold", "2nd". */
export const RANK = "(?:first|second|third|special|grand|gold|silver|bronze|1st|2nd|3rd)";

/** A ranked prize in lower case: "second prize", "first-class award", "gold medals". */
export const RANKED_PRIZE = String.raw`${RANK}(?:[\s-](?:class|level|grade))?\s+(?:prize|award|medal)s?`;

/** The head word of a title: its last word before "of", "for" or "in", singular, lower case. */
export function titleHead(title: string): string {
  const lead = title.trim().split(/\s+(?:of|for|in)\s+/i)[0] ?? "";
  return singular((lead.split(/\s+/).pop() ?? "").toLowerCase().replace(/[^a-z]/g, ""));
}
