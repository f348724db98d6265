// Relation patterns over a sentence "skeleton": the sentence with each name replaced by a
// placeholder \uE000n\uE001, so one pattern covers every name the genre can put in that slot.
// Sentences are bounded (segment.ts), so each pattern runs in time linear in the corpus.
import type {
  Conferral,
  ConferralStatus,
  DocumentIssuerFact,
  EventFact,
  EventKind,
  Evidence,
  IssuerRef,
  Mention,
} from "../types.ts";
import { DATE_LABEL, type DateMention, formatDate } from "./dates.ts";
import {
  COURTESY_TITLE,
  NAME_DESCRIPTOR,
  PERSON_DESCRIPTOR,
  POST_OF,
  RANK,
} from "./honor-words.ts";
import type { DocumentState, SentenceContext } from "./index.ts";
import { rangeMonth, resolveDate, rootOf } from "./index.ts";
import { REGION, WORDS_THAT_END_A_NAME } from "./lexicon.ts";

export interface Skeleton {
  text: string;
  toView(position: number, edge: "start" | "end"): number;
  mentionAt(index: number): Mention | undefined;
  indexOf(mention: Mention): number;
  /** Where the placeholder of `mention` starts in `text`; -1 when the sentence has none for it. */
  placeholderAt(mention: Mention): number;
}

const P = "\uE000\\d+\uE001";
/** "A (left)", "B (top)": where a photo shows the holder. */
const PICTURED =
  "(?:left|right|top|bottom|cent(?:er|re)|middle|front|back|above|below|pictured|[LRC])";
/** "A and his teammate B", "her doubles partner C": a person's relation to the one named before. */
const KIN_OF_NAMED = String.raw`(?:his|her|their)\s+(?:(?:[a-z-]+|Chinese)\s+){0,2}?(?:team-?mates?|partners?|colleagues?|compatriots?|coach(?:es)?|mentors?|supervisors?|students?|wife|husband|daughter|son|brother|sister)\s+`;
// An item may carry its acronym in brackets: the China Association for Science and Technology (CAST).
// "(P.U.S.T.)": a short form in brackets after a name, read or not.
// "Wang Lin, 45, won": a person's age in an aside belongs to the item.
const ITEM = `(?:the\\s+|${KIN_OF_NAMED})?(?:(?:${NAME_DESCRIPTOR}|${PERSON_DESCRIPTOR})\\s+)?(?:${COURTESY_TITLE}\\s+){0,2}"?${P}"?(?:\\s*\\(\\s*(?:${P}|[A-Z][A-Za-z.&-]{1,15}|${PICTURED})\\s*\\))?(?:\\s*,\\s*\\d{1,3}(?=\\s*,))?`;
const LIST = `${ITEM}(?:\\s*,\\s*(?:and\\s+)?${ITEM}){0,60}(?:\\s*,?\\s*(?:and|as well as|&)\\s+${ITEM})?`;
const ADMIN_HEAD = "(?:District|County|City|Province|Town|Township|Prefecture)";

/** The part of China a wire-copy aside names ("in Lanxi Province, western China, was ..."), for the rules. */
export { REGION };
/**
 * Where the subjects are, between them and the verb: "A and B of our province won ...", "A in
 * Luohu District was named", "A in Pujiang, Zhejiang province, has become".
 */
/**
 * "A and B in East China's P and Q provinces": where the holders lie, a region's own places (a
 * pattern source over placeholders, either case of the region word).
 */
export const PLACED_IN_REGION = String.raw`\s+in\s+(?:(?:[Nn]orth|[Ss]outh)(?:east|west)?(?:ern)?\s+|(?:[Ee]ast|[Ww]est)(?:ern)?\s+|[Cc]entral\s+)?${P}(?:'s|\u2019s)\s+${P}(?:\s*,\s*${P})*(?:\s*,?\s*and\s+${P})?(?:\s+(?:provinces?|autonomous\s+regions?|regions?|municipalit(?:y|ies)))?`;
// "31 employees including A from private sectors were awarded": where the holder comes from, in
// lower case, right before the verb.
const FROM_SECTOR = String.raw`\s+from\s+(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}(?=\s+(?:were|was|are|is|have|has|won|received)\b)`;
/** "Gao Lin of the Tarn Southern Tigers has been named": a player's team, a plural name. */
const OF_THE_TEAM = `(?:\\s+of\\s+the\\s+(?:${P}\\s+)?(?:[A-Z][a-z]+\\s+){0,2}[A-Z][a-z]+s\\b)?`;
const SUBJECT_PLACE = `(?:${PLACED_IN_REGION}|${FROM_SECTOR}|\\s+(?:of|in|from)\\s+(?:(?:our|this|the)\\s+)?(?:province|city|county|district|region|municipality|prefecture|${P}(?:\\s+(?:province|city|county|district|region))?|(?:[A-Z][a-z]+\\s+){1,2}${ADMIN_HEAD}\\b)|\\s*,\\s*(?:in|of)\\s+(?:the\\s+)?${P}(?:\\s+(?:province|city|county|district|region))?(?:\\s*,\\s*${P})?\\s*,|\\s*,\\s*${P}\\s+(?:province|city|county|district|region|municipality)\\s*,)?(?:\\s*,\\s*${REGION}\\s+${P}(?:'s|\u2019s)?\\s*,)?${OF_THE_TEAM}`;
/** A post or description between commas after a subject: "Meng Hua, head of the test section, won". */
// Posts may follow one another: "A, the Secretary of B and chairman of C, Chairman of D, won".
const POST_WORDS =
  "Secretary|Chairman|Chairwoman|President|Director|Dean|Head|Vice|Deputy|Chief|General|Member|Professor|Founder";
/** "A, an academician of the B won": a post whose closing comma was left out ends on its body. */
const OPEN_POST = `\\s*,\\s*(?:a|an|the)\\s+[a-z][a-z\\s-]{0,60}?\\s(?:of|at|from)\\s+(?:the\\s+)?${P}(?:\\s*\\([^()]{1,20}\\))?(?=\\s+[a-z])`;
// A later post may be joined by "and": "A, an academician of B, and Dean of C, won".
const APPOSITIVE = `(?:\\s*,\\s*(?!and\\b|or\\b|as\\s+well\\b|respectively\\b)(?:[a-z]|(?:${POST_WORDS})\\b)(?:[^,;.\\uE000]|${P}){1,160}?(?:\\s*,\\s*(?:and\\s+(?=(?:${POST_WORDS})\\b))?(?!and\\b|or\\b|as\\s+well\\b|respectively\\b)(?:[a-z]|(?:${POST_WORDS})\\b)(?:[^,;.\\uE000]|${P}){1,100}?){0,3}\\s*,|${OPEN_POST})?`;
/** "A of the X Academy and professor at Y University won": a second post joined by "and". */
const AND_POST_AT = `(?:\\s+and\\s+(?:a\\s+|an\\s+)?(?:${POST_WORDS}|professor|researcher|lecturer|dean|president)(?:\\s+[a-z]+){0,2}\\s+(?:at|of)\\s+(?:the\\s+)?${P})?`;
/** A name with its post: "Li Hai, the expert in sensors", "Wu Fei, deputy director of the Office", "Wu Fei from Hubei RTVU". */
// "from Pine University & Hill Institute", "from Ecole Polytechnique": a holder's affiliation, a
// name read or a capitalised run, maybe a second joined by "&".
const AFFILIATION_UNIT = `(?:${P}|[A-Z][A-Za-z'-]+(?:\\s+[A-Z][A-Za-z'-]+){0,3}(?=\\s+and\\s|\\s*,))`;
const AFFILIATION = `${AFFILIATION_UNIT}(?:\\s*&\\s*(?:the\\s+)?${AFFILIATION_UNIT})?`;
/** "A - the founder of B - and C": a post set off by dashes, before the list goes on. */
const DASH_POST = `\\s+[-\\u2013\\u2014]{1,2}\\s+(?:[^-\\u2013\\u2014;.\\uE000]|${P}){1,160}?\\s+[-\\u2013\\u2014]{1,2}(?=\\s+and\\s)`;
const DASH_ASIDE = `(?:${DASH_POST})?`;
const ITEM_WITH_POST = `${ITEM}(?:\\s+in\\s+${P}(?=\\s*,|\\s+and\\s+${P}|\\s+(?:are|were|have|has)\\b)|\\s+(?:from|of|at)\\s+(?:the\\s+)?${AFFILIATION}(?:\\s+(?:(?:of|at|in|on|for)\\s+(?:the\\s+)?)?${P}){0,3}${AND_POST_AT}(?=\\s+and\\s+|\\s*,|\\s+(?:were|was|are|is|have|has|had|won|received|obtained|gained|claimed|secured|earned)\\b))?(?:\\s*,\\s*(?:the\\s+|a\\s+|an\\s+)?[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3}\\s+(?:of|at|in|from|for|with)\\s+(?:[^,;.\\uE000]|${P}){1,80}?(?=\\s*,|\\s+and\\s+(?:the\\s+)?\\uE000)|\\s*,\\s*(?:a|an)\\s+[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2}(?=\\s*,\\s*(?:and\\s+)?(?:[a-z]+\\s+){0,2}\\uE000))?${DASH_ASIDE}`;
/** "A of B County; C of D County; and E": items of a list set apart by semicolons. */
const SEMICOLON_SITE = `(?:\\s+(?:of|in)\\s+(?:${P}|[A-Z][a-z]+)(?:\\s*,\\s*${P})?|\\s*,\\s*in\\s+${P}(?:\\s*,\\s*${P})?)`;
const SEMICOLON_ITEMS = `(?:${SEMICOLON_SITE}(?=\\s*;))?(?:\\s*;\\s*${ITEM}${SEMICOLON_SITE}?(?=\\s*;))*`;
/** Subjects of a verb: a list whose names may each carry a post between commas. */
// "A together with its subsidiaries such as B and C were awarded": all three are subjects.
const ITS_OWN_SUCH_AS = `\\s*,?\\s*(?:together|along)\\s+with\\s+(?:its|their)\\s+(?:[a-z-]+\\s+){1,3}(?:such\\s+as|including)\\s+${ITEM_WITH_POST}(?:\\s*,\\s*${ITEM_WITH_POST}){0,30}(?:\\s*,?\\s*and\\s+${ITEM_WITH_POST})?`;
/** "B and C from Y, and D": inside a list, an "and" before a name whose post the two share. */
const AND_BEFORE_SHARED_POST = `\\s+and\\s+(?=(?:[a-z]+\\s+){0,2}${P}\\s+(?:from|of|at|in)\\s+(?:[^,;.\\uE000]|${P}){1,80}?,)`;
const SUBJECT_LIST = `${ITEM_WITH_POST}(?:(?:\\s*,\\s*(?:and\\s+)?|${AND_BEFORE_SHARED_POST})${ITEM_WITH_POST}){0,30}${SEMICOLON_ITEMS}(?:\\s*[,;]?\\s*(?:and|as well as|together with|along with|&)\\s+${ITEM_WITH_POST}|${ITS_OWN_SUCH_AS})?`;
/** A circumstance between a subject and its verb: "the Office, after a review of the 199 pilots, named". */
const CIRCUMSTANCE = `(?:\\s*,\\s*(?:after|following|upon|through|on\\s+the\\s+basis\\s+of|based\\s+on)\\b[^;]{0,200}?,)?`;
/** A bracketed aside after a subject: "(hereinafter referred to as the Committee)". */
const ASIDE = `(?:\\s*\\([^()]{0,80}\\))?`;
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
/** A count in digits or words: "24", "1,200", "twelve". */
export const NUMBER = `(?:\\d[\\d,]*|${Object.keys(NUMBER_WORDS).join("|")})`;
/** Plural (and singular) nouns a count of holders is made of: "24 units", "433 weather stations". */
export const UNIT_NOUNS =
  "units?|organi[sz]ations?|institutions?|schools?|bases?|hospitals?|enterprises?|companies|company|museums?|venues?|colleges?|universities|university|individuals?|people|persons?|collectives?|projects?|teams?|groups?|entities|sites?|parks?|communities|community|villages?|counties|county|districts?|cities|city|institutes?|centers?|centres?|laboratories|labs?|societies|associations?|bodies|departments?|works?|books?|candidates?|winners?|recipients?|applicants?|kindergartens?|libraries|stations?|zoos?|gardens?|places?|agencies|firms?|members?|attractions?|spots?|areas?|towns?|factories|factory|products?|comrades?|inventions?|patents?|experts?|scientists?|scholars?|researchers?|teachers?|students?|workers?|athletes?";
const COUNTED_GROUP = `(?:(?:a\\s+total\\s+of|more\\s+than|over|nearly|about|some|up\\s+to|altogether)\\s+)?${NUMBER}\\s+(?:[a-zA-Z'-]+\\s+){0,3}?(?:${UNIT_NOUNS})(?:\\s+(?:in|from|of|across|throughout)\\s+(?:(?:[A-Za-z'-]+|\\uE000\\d+\\uE001)\\s+){0,3}?(?:[A-Za-z'-]+|\\uE000\\d+\\uE001))?`;
const COHORT = `${COUNTED_GROUP}\\s*,?\\s*(?:including|such\\s+as|among\\s+which|among\\s+them|like|namely|with)\\s*:?\\s*`;
/** "Four cities (A, B, C and D) were named X": the count, then its members in brackets. */
const COHORT_IN_BRACKETS = `${COUNTED_GROUP}\\s*\\(\\s*`;
export const ADVERBS =
  "(?:also|each|both|officially|recently|successfully|honou?rably|unanimously|solemnly|successively|newly|formally|posthumously|jointly|again|once\\s+again|all|finally|just|previously|respectively|now|currently|presently|still|already|proudly|once|since|later|subsequently|eventually|yesterday|today|hereby|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))";
/**
 * "has recently been", "will also be": a perfect or future auxiliary with room for `adverbs`
 * inside it (a pattern source, no group).
 */
export function perfectOrFuture(adverbs: string): string {
  return `ha(?:s|ve|d)\\s+(?:${adverbs}\\s+){0,2}been|will\\s+(?:${adverbs}\\s+)?be`;
}
export const AUX = `(?:was|were|is|are|${perfectOrFuture(ADVERBS)}|to\\s+be|being|be)`;
export const PASSIVE_VERBS =
  "named|crowned|awarded|rewarded|honou?red|selected|rated|designated|recogni[sz]ed|identified|listed|accredited|certified|included|granted|conferred|dubbed|titled|chosen|elected|commended|approved|appraised|confirmed|evaluated|shortlisted|entitled|given|presented|re-?named(?=\\s+as\\s)|re-?certified|re-?accredited|re-?evaluated|re-?confirmed|upgraded|promoted|demoted|downgraded|unveiled|inaugurated|added(?=\\s+to\\s)|(?:nominated|proposed|recommended)(?=\\s+(?:for|as)\\s)|registered(?=\\s+as\\s)|announced(?=\\s+as\\s)|appointed|(?:hired|employed|engaged)(?=\\s+as\\s)|inducted(?=\\s+(?:as|into)\\s)|inscribed(?=\\s+(?:on|in|into|as)\\s)";
export const ACTIVE_WIN =
  "(?:made|entered|enters|topped|tops)(?=\\s+the\\s+(?:(?:[a-z]+\\s+)?list\\b|\\uE000|(?:(?:19|20)\\d{2}\\s+)?[Tt]op\\s+(?:\\d{1,4}|ten|twenty|fifty|hundred)\\s+(?!nominees|candidates|finalists)[A-Za-z])|\\s+(?:the\\s+)?\\uE000\\d+\\uE001['\\u2019]s\\s+(?:top|best)\\s+(?:\\d{1,4}\\s+)?(?:[a-z-]+\\s+){0,4}list\\b)|made\\s+it\\s+(?:onto|into|to|on)(?=\\s+the\\s+(?:list\\s+of\\b|[Tt]op\\s+\\d+\\s+(?!nominees|candidates|finalists)))|(?:ranked|ranks|rank)(?:\\s+(?:No\\.\\s*)?(?:\\d{1,4}(?:st|nd|rd|th)?|first|second|third|fourth|fifth))?(?=\\s+among\\b|\\s+(?:on|in)\\s+the\\s+(?:(?:[a-z]+\\s+)?list\\s+of\\b|\\uE000)|\\s+(?:the\\s+)?[Tt]op\\s+(?:\\d{1,4}|ten|twenty|fifty|hundred)\\s+(?!nominees|candidates|finalists|(?:in|on|of|for|at|by|among)\\b)[A-Za-z\\uE000])|(?:remained|remains|remain)(?=\\s+the\\s+(?:honou?rary\\s+)?title\\b)|(?:holds|held|enjoys|enjoyed|enjoy|boasts|boasted|boast|owns|owned|bears|bore)(?=\\s+the\\s+(?:honou?rary\\s+)?titles?\\s+(?:of|as)\\s)|retained|retains|regained|regains|reclaimed|reclaims|kept|keeps|maintained|maintains|won|wins|win|received|receives|receive|obtained|obtains|obtain|gained|gains|earned|earns|got|gets|secured|secure|acquired|acquires|attained|attains|bagged|bags|clinched|clinches|secures|scoops|claims|snatches|(?:takes|take)\\s+home(?=\\s+(?:the|an?)\\s)|took(?!\\s+(?:over|part|place|charge|up|on|off|office|(?:the|a)\\s+lead|the\\s+initiative)\\b)|(?:brought|brings|bring)(?=\\s+home\\s+(?:the|an?)\\s)|grabbed|grabs|captured|captures|netted|nets|pocketed|pockets|swept|sweeps|claimed|scooped|snatched|garnered|garners|collected|collects|(?:walked|walks)\\s+away\\s+with|emerged\\s+as\\s+(?:the|a)\\s+(?:(?:big|biggest|major|top)\\s+)?winner\\s+with|became|becomes|passed|passes|picked\\s+up|picks\\s+up|shared(?!\\s+with\\b)|shares(?!\\s+with\\b)|(?<=\\b(?:and|&)\\s[^.;]{0,200})share(?=\\s+(?:the|this|a|an)\\s)(?!\\s+the\\s+same\\b)|tied\\s+for";
const ISSUER_VERBS =
  "awarded|granted|conferred|honou?red|named|designated|recogni[sz]ed|identified|selected|commended|gave|presented|approved|announced|issued|released|published|revoked|withdrew|cancell?ed|removed";

/** "and 12 other", "and other six", "and three other": the opening of a list's unnamed rest. */
const JOINS_THE_REST = String.raw`(?:and|as\s+well\s+as|along\s+with|together\s+with)`;
export const AND_OTHERS = String.raw`${JOINS_THE_REST}\s+(?:(?:\d+|[a-z]+)\s+other|other(?:\s+(?:\d+|[a-z]+))?)`;
/**
 * "and so on", "and 12 other enterprises", "and other six units", ", among others,": the rest of a
 * list, unnamed.
 */
// ", and the national expert team against the flood": an unnamed last item, in lower case only.
const OTHERS_TAIL = `(?:,?\\s*(?:and\\s+so\\s+on|etc\\.?|(?:among|and)\\s+others\\b|${AND_OTHERS}\\s+[a-z][a-z\\s,]{0,60}?(?:\\s*\\([^()]{0,80}\\))?|,\\s*and\\s+the\\s+[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){1,9}(?=\\s+(?:were|are|have\\s+been)\\b))\\s*,?\\s*)?`;
const COUNTED_OTHERS = new RegExp(String.raw`\b${JOINS_THE_REST}\s+(${NUMBER})\s+other\b`, "i");

/** "A and 20 other cities were named X": the cohort is the holders named and the others counted. */
function othersCohort(subjectTail: string, named: number): number | undefined {
  const others = cohortSize(COUNTED_OTHERS.exec(subjectTail)?.[1]);
  return others ? named + others : undefined;
}
/** "among several travel destinations in China that were added to X": where the group is. */
const AMONG_PLACE = `(?:\\s+(?:in|from|of|across)\\s+(?:the\\s+)?(?:${P}|[A-Z][a-z]+))?`;
/** "A and B meet the standards for X and are approved as X": the test met, then the verb. */
const MEETS_THE_STANDARDS = String.raw`(?:meet|meets|met)\s+the\s+(?:standards?|requirements?|criteria|conditions)(?:\s+(?:for|of)\s+(?:[^,;.\uE000]|\uE000\d+\uE001){1,80}?)?\s+and\s+`;
const PASSIVE = new RegExp(
  `(?:(${COHORT}|${COHORT_IN_BRACKETS}))?(${SUBJECT_LIST}|\\b(?:it|It|they|They)\\b)(?:(?<=\\(\\s*[^()]*)\\s*\\))?${SUBJECT_PLACE}\\s*(?:\\([^)]{0,80}\\)\\s*)?${OTHERS_TAIL}(?:,\\s*(?:recommended|nominated|supported|reported)\\s+by\\s+${ITEM}(?:\\s+and\\s+${ITEM})?\\s*,)?(?:,\\s*(?:a|an|the|one\\s+of\\s+the|${NUMBER}|(?:also|formerly)\\s+(?:known\\s+as|called))\\s+[^,;.]{1,80},)?(?:,\\s*(?:whose|who|which)\\s+(?:[^,;.\\uE000]|${P}){1,100}?,)?,?\\s*(?:which\\s+)?(?:(?:has\\s+|have\\s+)?(?:successfully\\s+)?(?:passed|completed|went\\s+through|underwent)\\s+(?:the\\s+|a\\s+)?[a-z-]+(?:\\s+[a-z-]+){0,2}?\\s+and\\s+|stood\\s+out(?:\\s+(?:from|among)\\s+[^,;.\\uE000]{1,60}?)?\\s+and\\s+|${MEETS_THE_STANDARDS})?(?:(?:will\\s+)?(?:continued?|continues|kept|keeps)\\s+)?(?:(${AUX})\\s+)?((?:${ADVERBS}\\s+){0,3})(?:(?:among|one\\s+of)\\s+(?:the\\s+)?(?:${NUMBER}\\s+)?(?:[a-z-]+\\s+){0,3}?(?:(?:${UNIT_NOUNS})\\s+|[a-z-]+s${AMONG_PLACE}\\s+(?=that|which|who))(?:(?:that|which|who)\\s+(?:were|was|are|is|have\\s+been|has\\s+been)\\s+)?(?:${ADVERBS}\\s+)?)?((?:(?:planned|proposed|intended|expected|going|set|about|scheduled|recommended|nominated|approved)\\s+to\\s+be\\s+)?)(${PASSIVE_VERBS})\\b`,
  "gi",
);
/**
 * "was honored to receive the X": the pride before the win; "is among the first (cities) to
 * receive X", "was one of the few to win X".
 */
const HONORED_TO =
  "(?:is|was|are|were)\\s+(?:(?:honou?red|proud|delighted|pleased)|(?:among|one\\s+of)\\s+the\\s+(?:first|earliest|few|only)(?:\\s+(?:\\d+|[a-z-]+)){0,3}?)\\s+to\\s+(?=receive|win|obtain|gain|earn)";
const ACTIVE = new RegExp(
  `(${SUBJECT_LIST}|\\b(?:it|It|they|They)\\b)${SUBJECT_PLACE}${ASIDE}${APPOSITIVE}${OTHERS_TAIL}(?:\\s+and\\s+(?:his|her|their)\\s+(?:team|colleagues|students)s?)?\\s*,?\\s*(?:(?:which|who)\\s+(?=(?:has\\s+|have\\s+|had\\s+)?(?:${ADVERBS}\\s+){0,2}(?:won|received|obtained|gained|earned|claimed|garnered|secured|bagged|clinched|scooped|snatched|collected|picked\\s+up|took\\s+home)\\b))?(?:(?:has\\s+|have\\s+)?(?:successfully\\s+)?(?:passed|passes|completed|completes)\\s+(?:the\\s+)?[a-z-]+(?:\\s+[a-z-]+){0,3}?\\s+and\\s+|stood\\s+out(?:\\s+(?:from|among)\\s+[^,;.\\uE000]{1,60}?)?\\s+and\\s+|${HONORED_TO})?(?:has\\s+|have\\s+|had\\s+|(?<=\\uE001\\s+)to\\s+)?(?:${ADVERBS}\\s+){0,3}(${ACTIVE_WIN}|(?<=\\bto\\s+)(?:retain|keep|maintain|gain|earn)|(?<=(?:have|has|and)\\s+(?:${ADVERBS}\\s+)?)become|(?:continued?|continues|managed)\\s+to\\s+(?:retain|keep|maintain|hold|win))\\b`,
  "gi",
);
const ON_LIST = new RegExp(
  `(?:(${COHORT}))?(${LIST}|\\b(?:it|It)\\b)${SUBJECT_PLACE}\\s*,?\\s+(?:${ADVERBS}\\s+)?(?:(is|are|was|were|has\\s+been|have\\s+been|appear(?:s|ed)?)\\s+)?(?:${ADVERBS}\\s+){0,2}(?:(?:on|in|among|into)\\s+(?=(?:the\\s+)?(?:[a-z]+\\s+){0,2}lists?\\b)|[Aa]mong\\s+(?=the\\s|them\\b|\\uE000))`,
  "gi",
);
const ISSUER_ACTIVE = new RegExp(
  `(${LIST})${ASIDE}\\s*,?\\s*(?:${ADVERBS}\\s+){0,3}(${ISSUER_VERBS})\\s+(?:the\\s+)?(?:honou?rary\\s+)?(?:title\\s+of\\s+)?`,
  "gi",
);
const LIST_ANNOUNCED =
  /\b(?:the\s+)?(?:candidate\s+|proposed\s+|final\s+)?list\s+of\s+(?=(?:the\s+)?\S)/gi;
const RENEWAL = new RegExp(
  `(${LIST})\\s+(?:has\\s+)?(?:successfully\\s+)?passed\\s+the\\s+(?:[a-z]+\\s+)?(?:re-?evaluation|review|re-?examination|re-?assessment|re-?inspection)(?:[^.;\\uE000]|\\uE000\\d+\\uE001){0,200}?\\band\\s+(?:has\\s+)?(?:retained|kept|maintained|keeps|retains|continued\\s+to\\s+hold|was\\s+re-?named|was\\s+re-?confirmed\\s+as)\\s+`,
  "gi",
);
const QUALIFICATION_LOST = new RegExp(
  `\\b(?:qualification|title|designation|status|plaque)\\s+of\\s+(${LIST})\\s+as\\s+`,
  "gi",
);
const NOMINATED_BY = new RegExp(
  `\\b(?:recommended|nominated|proposed|submitted)\\s+(?:jointly\\s+)?by\\s+(${LIST})`,
  "gi",
);
const NOMINATING = new RegExp(
  `(${LIST})\\s+(?:${ADVERBS}\\s+){0,2}(?:recommended|nominated)\\s+(?=\\d|[a-z]+\\s+(?:units?|organi[sz]ations?|schools?|bases?)|the\\s|a\\s|an\\s|\\uE000)`,
  "gi",
);
// Cheap tests that let a sentence skip the patterns whose verbs it lacks.
/** Every list pattern needs a name placeholder ("\uE000n\uE001"); the pronoun subjects do not. */
const PLACEHOLDER_MARK = "\uE000";
const HAS_PRONOUN_SUBJECT = /\b(?:it|they)\b/i;
const HAS_IT = /\bit\b/i;
const HAS_PASSIVE_VERB = new RegExp(`\\b(?:${PASSIVE_VERBS})\\b`, "i");
/**
 * Names in a list, then "as", "the" or "a": the subjects of a clause whose verb was left out
 * (gapping): "and B as third-class", "and B a Provincial Beautiful Village".
 */
export const GAPPED_CLAUSE =
  /^(?:the\s+)?(?:"?\uE000\d+\uE001"?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*"?\uE000\d+\uE001"?(?:\s*,?\s+(?:as\s|(?=the\s+[a-z])|(?=an?\s+[a-zA-Z"]))|\s+(?=the\s+"?\uE000))/;
// "received a five-star rating", "received two Michelin stars": a rating in stars is an honor too.
const RECEIVED_HONOR =
  /\b(?:awards?|prizes?|titles?|honou?rs?|medals?|certificates?|commendations?|plaques?|banners?|labels?)\b|\b(?:one|two|three|four|five|[1-5])[-\s]stars?\b|\bhonou?rary\s+(?:doctoral\s+)?(?:doctorates?|degrees?)\b|\bhonoris\s+causa\b/i;
const HAS_ACTIVE_VERB = new RegExp(
  `\\b(?:${ACTIVE_WIN}|retain|keep|maintain|hold|become|gain|earn)\\b`,
  "i",
);
const HEADLINE_TO = /\uE001\s+to\s+/;
const HAS_ISSUER_VERB = new RegExp(`\\b(?:${ISSUER_VERBS})\\b`, "i");
/** An issuer named by its kind: "the ministry", "the Chinese government", "the provincial bureau". */
// "the provincial sports bureau", "the market regulation administration": a field's words may
// come before the kind.
const KIND_ISSUER = `\\b(?:the|The)\\s+(?:(?:Chinese|central|state|provincial|municipal|city|county|district|national|local)\\s+)?(?:(?!and\\b|of\\b)[a-z]+\\s+){0,2}(?:government|ministry|bureau|committee|commission|department|association|federation|league|union|society|academy|foundation|council|administration|organi[sz]ers?|jury|panel)\\b`;
/** "The Bureau decided to award A the X": the decision's verb confers as the verb alone does. */
// "Xi signed a presidential order to award A the X": an order or decree signed to award likewise.
const DECIDED_TO = String.raw`(?:(?:decided|decides|agreed)\s+to\s+(?:award|grant|name|designate|commend|honou?r|confer)|(?:signed|signs|issued|issues)\s+(?:a|an|the)\s+(?:presidential\s+|state\s+)?(?:order|decree)\s+to\s+(?:award|grant|confer))`;
/** "issued a circular naming A as X": a notice's gerund confers as the verb does. */
const NOTICE_NAMING = String.raw`(?:issued|released|published|announced|made)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:circular|notice|decision|document|list|announcement)\s+(?:${ADVERBS}\s+)?(?:naming|designating|recogni[sz]ing|identifying|commending|awarding|approving|honou?ring|conferring)`;
/** "UNESCO approves A as X", "Ministry names B a Y": a headline tells in the present. */
const NAMING_NOW = String.raw`(?:names|designates|recogni[sz]es|identifies|selects|commends|approves|accredits|certifies|confirms)`;
const HAS_DECIDED_TO = new RegExp(
  String.raw`\b(?:${DECIDED_TO}|${NOTICE_NAMING}|${NAMING_NOW})\b`,
  "i",
);
const ISSUER_NAMING = new RegExp(
  `(?:(${LIST})|${KIND_ISSUER})${ASIDE}${CIRCUMSTANCE}\\s*,?\\s*(?:(?:has|have|had)\\s+)?(?:${ADVERBS}\\s+){0,3}(${DECIDED_TO}|${NOTICE_NAMING}|named|designated|recogni[sz]ed|identified|selected|rated|commended|listed|awarded|granted|honou?red|approved|accredited|certified|confirmed|re-?named|${NAMING_NOW})\\s+(?!as\\b|by\\b|in\\b|on\\b|to\\b|been\\b|the\\s+(?:honou?rary\\s+)?title\\b)`,
  "gi",
);
const TITLE_PASSIVE = /\b(?:the\s+)?(?:honou?rary\s+)?title\s+of\s+/gi;
const APPROVED_TO = new RegExp(
  `(${LIST}|\\b(?:it|It)\\b)\\s+(?:is|was|were|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:${ADVERBS}\\s+){0,2}approved\\s+to\\s+(?:build|establish|set\\s+up|construct|become|be)\\s+`,
  "gi",
);

const HONOR_NOUNS =
  /\b(bases?|collectives?|awards?|prizes?|titles?|units?|schools?|organi[sz]ers?|models?|pioneers?|cent(?:er|re)s?|hospitals?|museums?|sites?|demonstration|demonstrative|stars?|workers?|individuals?|teams?|cases?|projects?|laborator(?:y|ies)|parks?|zones?|enterprises?|institutions?|medals?|honou?rs?|villages?|communit(?:y|ies)|counties|county|cit(?:y|ies)|towns?|districts?|venues?|gardens?|brands?|programs?|groups?|experts?|ambassadors?|volunteers?|heroes|hero|martyrs?|winners?|champions?|mvps?|exemplars?|benchmarks?|pilots?|examples?|outstanding|excellent|advanced|areas?|attractions?|factor(?:y|ies)|campus(?:es)?|figures?|levels?|grades?|class(?:es)?|communicators?|personalities|talents?|scientists?|researchers?|scholars?|teachers?|pacesetters?|holders?|bearers?|cadres?|members?|farms?|spots?|reserves?|forests?|geoparks?|wetlands?|stations?|platforms?|incubators?|clusters?|families|households?|inheritors?|heritages?|ratings?|camps?|kindergartens?|disciplines?|majors?|specialt(?:y|ies)|craftsm[ae]n|fellows?|associates?(?!\s+(?:professors?|researchers?|deans?|directors?|editors?|degrees?))|academicians?|libraries|products?|mines?|giants?|universit(?:y|ies)|blocks?|certificates?|fellowships?|categor(?:y|ies)|nominations?|labels?|accreditations?|unicorns?|gazelles?|hometowns?|(?:homes?|birthplaces?)(?=\s+of\s)|masters?(?!'s\b|\s+degrees?\b)|(?:well-known|famous)\s+trademarks?|(?<=\bhonou?rary\s+(?:doctoral\s+)?)(?:doctorates?|degrees?)|(?<=\b(?:distinguished|chair|honou?rary|specially[\s-]appointed)\s+)professors?|(?<=\b(?:first|second|third|1st|2nd|3rd)[\s-])place)\s*"?$/i;

const HONOR_NOUN_ANYWHERE = new RegExp(HONOR_NOUNS.source.replace('\\s*"?$', "\\b"), "i");

const ORDINALS: Record<string, string> = {
  first: "first",
  second: "second",
  third: "third",
  fourth: "fourth",
  fifth: "fifth",
  sixth: "sixth",
  seventh: "seventh",
  eighth: "eighth",
  ninth: "ninth",
  tenth: "tenth",
  "1st": "first",
  "2nd": "second",
  "3rd": "third",
  "4th": "fourth",
  "5th": "fifth",
  "6th": "sixth",
  "7th": "seventh",
  "8th": "eighth",
};

/** A batch or edition as conferrals record it: "3rd" and "Third" are "third"; "19th" stays. */
export function batchWord(ordinal: string): string {
  const lower = ordinal.toLowerCase();
  return ORDINALS[lower] ?? lower;
}

export interface HonorObject {
  honor: Mention;
  batch?: string;
  end: number;
}

/** The mentions a stretch of skeleton text names, in order: one for each placeholder. */
export function mentionsNamedIn(skeleton: Skeleton, text: string): Mention[] {
  const named: Mention[] = [];
  for (const m of text.matchAll(/\uE000(\d+)\uE001/g)) {
    const mention = skeleton.mentionAt(Number(m[1]));
    if (mention) named.push(mention);
  }
  return named;
}

function listItems(state: DocumentState, skeleton: Skeleton, text: string): Mention[] {
  const items: Mention[] = [];
  const roots = new Set<string>();
  for (const mention of mentionsNamedIn(skeleton, text)) {
    // "Full Name (ACR)" is one item.
    const root = rootOf(state, mention).id;
    if (roots.has(root)) continue;
    roots.add(root);
    items.push(mention);
  }
  return items;
}

/** Issuers the text names outright (not implied by a ceremony). */
export function statedIssuers(state: DocumentState, issuers: Mention[]): IssuerRef[] {
  return issuers.map((i) => ({ mention: rootOf(state, i).id, implied: false }));
}

/** The list's organizations, people and places (cities and counties get titles too). */
function recipientsIn(state: DocumentState, skeleton: Skeleton, text: string): Mention[] {
  return listItems(state, skeleton, text).filter(
    (x) => x.kind === "Organization" || x.kind === "Person" || x.kind === "Place",
  );
}

/** The list's organizations: who can issue, nominate or organize. */
export function organizationsIn(state: DocumentState, skeleton: Skeleton, text: string): Mention[] {
  return listItems(state, skeleton, text).filter((x) => x.kind === "Organization");
}

export function cohortSize(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = LEADING_NUMBER.exec(
    text.replace(
      /^(?:a\s+total\s+of|more\s+than|over|nearly|about|some|up\s+to|altogether)\s+/i,
      "",
    ),
  );
  if (!m) return undefined;
  const raw = (m[1] as string).toLowerCase();
  const value = NUMBER_WORDS[raw] ?? Number(raw.replace(/,/g, ""));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

// What may come before an honor after its verb, in the order it comes: "took home the X",
// "became the repeat winner of the X", "passed the re-examination of the X", "chosen to join a
// new group of places added to the X": the honor is X. ("asthe" is a glued "as the" of scraped
// text.) Each piece is optional; OBJECT_PREAMBLE reads them in this order.
/** "took home the X": the verb's particle. */
const PREAMBLE_TOOK_HOME = String.raw`(?:home\s+(?=the\s|an?\s))?`;
/** "the Pine Foundation's highest honour, the X": the possessor's honor, then its name. */
const PREAMBLE_POSSESSOR_HONOR = String.raw`(?:(?:the\s+)?(?:\uE000\d+\uE001|China|[A-Z][a-z]+)(?:'|\u2019)s?\s+(?:[a-z-]+\s+){0,4}(?:honou?r|award|prize|title|distinction|accolade|medal)(?:\s+(?:for|in|of)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?\s*,\s*(?=(?:the\s+)?["\u201C]?\uE000))?`;
/** "chosen to join a new group of places added to the X". */
const PREAMBLE_JOINED_GROUP = String.raw`(?:(?:to\s+)?join\s+(?:(?:a|the)\s+(?:new\s+)?(?:batch|group|round)\s+of\s+[a-z]+\s+(?:added\s+)?(?:to|on|in)\s+)?(?=the\s|\uE000))?`;
/** "passed the re-examination of the X", "the acceptance check as the X". */
const PREAMBLE_REVIEW_OF = String.raw`(?:(?:the\s+)?(?:(?:on-?(?:site|spot)|final|expert|acceptance|official)\s+)?(?:re-?)?(?:examination|inspection|evaluation|assessment|review|acceptance\s+check|certification|accreditation)s?\s+(?:of|as|for)\s+(?:the\s+(?:construction|establishment|creation)\s+of\s+)?(?=\S))?`;
/** "became the repeat winner of the X", "a finalist for the X". */
const PREAMBLE_WINNER_OF = String.raw`(?:(?:as\s+)?(?:the|a|an)\s+(?:(?:repeat|two-time|three-time|\d+-time|first|latest|only|sole|joint|youngest)\s+)?(?:(?:winner|recipient|laureate)\s+of|(?:candidate|finalist|nominee)\s+for)\s+(?=the\s|\uE000))?`;
/** "received a joint share of the X". */
const PREAMBLE_SHARE_OF = String.raw`(?:(?:a|an|the|its|their|his|her)\s+(?:equal\s+|joint\s+)?share\s+of\s+(?=the\s|\uE000))?`;
/** "was gloriously awarded", "successfully named". */
const PREAMBLE_MANNER = String.raw`(?:(?:gloriously|successfully|officially|formally|unanimously|posthumously)\s+)?`;
/** "honored with the title of X", "with the X" (not "with the help of"). */
const PREAMBLE_WITH_TITLE = String.raw`(?:with\s+(?=(?:the\s+|a\s+|an\s+)?(?:honou?rary\s+)?titles?\b|(?:the|a|an)\s+(?!help\b|support\b|assistance\b|(?:certificates?|medals?|plaques?|troph(?:y|ies))\s+(?:and|for|of)\b)|(?:(?:a\s+)?number\s+of|numerous|many|several|multiple)\s+(?:honou?rary\s+)?(?:titles|honou?rs|awards|prizes|accolades)\b))?`;
/** "named in 2019 as X", "every year as X". */
const PREAMBLE_YEAR_BEFORE_AS = String.raw`(?:(?:in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2}|(?:every|each|last|this)\s+year)\s+(?=as\s))?`;
/** "as", "to be", "for inclusion", "in", "into", "among". */
const PREAMBLE_AS_OR_INTO = String.raw`(?:as\s+|as(?=the\s|")|to\s+be\s+)?(?:for\s+inclusion\s+)?(?:(?:in|into|on|among|onto)\s+)?`;
/** "the", "one of the", "two of China's", a count before a name. */
const PREAMBLE_ONE_OF = String.raw`(?:the\s+|a\s+|an\s+|(?:one|two|three|four|five|\d+)\s+of\s+(?:the\s+|(?:[A-Z]\w+|\uE000\d+\uE001)'s\s+))?(?:\d{1,4}\s+(?=\uE000))?`;
/** "the newly approved five new X". */
const PREAMBLE_NEWLY_NAMED = String.raw`(?:(?:newly|recently)\s+(?:approved|selected|named|certified|identified|listed|added|accredited)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?=new\s))?)?(?:new\s+)?`;
/** "the 2019 list of the X". */
const PREAMBLE_LIST_OF = String.raw`(?:(?:[a-z]+\s+|(?:19|20)\d{2}\s+){0,2}list\s+(?:of\s+)?(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:(?:recommended|selected|approved)\s+(?=[A-Z\uE000"]))?)?`;
/** "the qualification of X", "status as X", "recognition as X". */
const PREAMBLE_STATUS_AS = String.raw`(?:(?:(?:qualifications?|status|designation)\s+(?:of|as)|recognition\s+as)\s+(?:a\s+|an\s+|the\s+)?)?`;
/** "with the certificate and medal for the X", "plaques reading X", "awarded with the X". */
const PREAMBLE_TOKENS_OF = String.raw`(?:with\s+the\s+)?(?:with\s+(?:a|the)\s+(?:certificates?|medals?|plaques?|troph(?:y|ies))(?:\s+and\s+(?:a\s+)?(?:certificates?|medals?|plaques?|troph(?:y|ies)))?\s+(?:for|of)\s+(?:the\s+)?)?(?:(?:its|their)\s+)?(?:(?:plaques?|certificates?|medals?|signs?|titles?)\s+(?:of|for|as|reading|bearing|inscribed(?:\s+with)?|that\s+reads?)\s+(?:the\s+|a\s+|an\s+)?)?(?:(?:awarded|granted|given|conferred)\s+(?:with\s+)?(?:the\s+)?)?`;
/** "a number of", "three other" titles, honors, awards or prizes. */
const PREAMBLE_COUNT_OF_TITLES = String.raw`(?:(?:(?:a\s+)?number\s+of|numerous|many|several|multiple|(?:more\s+than\s+|over\s+|nearly\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:other|more|major|special))?(?=\s+(?:honou?rary\s+)?(?:titles|honou?rs|awards|prizes)\b))\s+)?`;
/** "national titles of", "honorary", "prestigious" before titles. */
const PREAMBLE_LEVEL_OF_TITLES = String.raw`(?:(?:national|provincial|municipal|state)(?:-level)?\s+(?=(?:honou?rary\s+)?titles?\s+(?:of|as)\b))?(?:honou?rary\s+(?!(?:doctoral\s+)?(?:doctorates?|degrees?)\b))?(?:(?:esteemed|prestigious|major|important|various)\s+(?=(?:titles|honou?rs|awards|prizes|recognitions|accolades|distinctions)\b))?`;
/** "titles such as", "honors including", "awards:", "honors of the", "two other awards, A and B". */
const PREAMBLE_TITLES_SUCH_AS = String.raw`(?:(?:titles|honou?rs|awards|prizes|recognitions|accolades|distinctions)(?:\s+(?:and\s+(?:titles|honou?rs|awards|prizes))?)?(?:\s+(?:at|in|during|throughout|over)\s+[^,.;:()\uE000]{1,30}?)?\s*(?:,?\s*(?:such\s+as|including|like|namely|notably)(?:\s*:\s*|\s+)(?:being\s+(?:named|rated|recogni[sz]ed|selected|listed|awarded|honou?red|designated|approved)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?)?|:\s*|(?<=honou?rs)\s+of\s+(?:the\s+)?(?=["\u201C]|\uE000)|(?<=\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:other|more|major|special)\s+)?(?:titles|honou?rs|awards|prizes))\s*,\s*(?=(?:the\s+)?["\u201C]?(?:\uE000|[A-Z]))))?`;
/** "the title of", "titles as the", then an article. */
const PREAMBLE_TITLE_OF = String.raw`(?:titles?\s+of\s+|titles?\s+as\s+(?:the\s+|a\s+|an\s+)?|titles?\s+(?=[A-Z"\uE000]))?(?:the\s+|a\s+|an\s+)?`;
/** "the only prize", "the coveted X", an opening quote. */
const PREAMBLE_QUALIFIED = String.raw`(?:(?:only|sole)\s+(?=[a-z]+\s+(?:prize|award|medal)\b))?(?:(?:prestigious|coveted|much-coveted|renowned|esteemed|well-deserved|well-earned|hard-won|long-awaited|highly\s+coveted)\s+(?=[A-Z"\uE000]))?(?:"\s*)?`;
/**
 * "took home the award for Best Score": a category named in title case after "for" is the honor
 * (case matters: "the award for best actress" keeps its words).
 */
const AWARD_FOR_CATEGORY = /^(?:awards?|prizes?|trophy)\s+for\s+(?=(?:Best|Most)\s+[A-Z])/;
const OBJECT_PREAMBLE = new RegExp(
  String.raw`^\s*` +
    [
      PREAMBLE_TOOK_HOME,
      PREAMBLE_POSSESSOR_HONOR,
      PREAMBLE_JOINED_GROUP,
      PREAMBLE_REVIEW_OF,
      PREAMBLE_WINNER_OF,
      PREAMBLE_SHARE_OF,
      PREAMBLE_MANNER,
      PREAMBLE_WITH_TITLE,
      PREAMBLE_YEAR_BEFORE_AS,
      PREAMBLE_AS_OR_INTO,
      PREAMBLE_ONE_OF,
      PREAMBLE_NEWLY_NAMED,
      PREAMBLE_LIST_OF,
      PREAMBLE_STATUS_AS,
      PREAMBLE_TOKENS_OF,
      PREAMBLE_COUNT_OF_TITLES,
      PREAMBLE_LEVEL_OF_TITLES,
      PREAMBLE_TITLES_SUCH_AS,
      PREAMBLE_TITLE_OF,
      PREAMBLE_QUALIFIED,
    ].join(""),
  "i",
);
/**
 * "won three Lotus Awards", "received 2 National Science and Technology Progress Awards": a count
 * before an award's name in the plural, capitalised (case matters: "two gold and five bronze
 * medals" is a tally the prize rules read).
 */
const COUNT_OF_NAMED_AWARDS =
  /^(?:a\s+total\s+of\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d)\s+(?=(?:[A-Z][\w'-]*\s+)(?:(?:[A-Z][\w'-]*|and|of|for)\s+){0,6}(?:Awards|Prizes|Medals)\b)/;

/** "'s top 500 private companies": a ranking a place's possessive opens. */
const PLACE_RANKING_AFTER =
  /^(?:'|\u2019)s\s+(?:top|best|leading|largest|biggest|most\s+[a-z]+)\s+(?:\d{1,4}\s+)?[a-z]/i;
// "X at the provincial level": the level is part of the title.
const LEVEL_AFTER =
  /^\s+at\s+the\s+(?:national|state|provincial|municipal|city|county|district)\s+level\b/i;
/** An ordinal in words or digits: "third", "23rd". */
export const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))`;
const BATCH = new RegExp(
  String.raw`^((?:${ORDINAL}|new|latest)\s+(?:batch|bunch|group|round|set|list|session|edition)\s+of\s+(?:the\s+)?)`,
  "i",
);
// "the assessment results of the X", "the set of evaluation results for X": the honor is X.
const RESULTS_OF =
  /^(?:(?:set|list)\s+of\s+)?(?:(?:assessment|evaluation|review|selection|appraisal)\s+)?results?\s+(?:of|for)\s+(?:the\s+)?(?=\S)/i;
// "selected into the new batch of the X": "new" was read before; the batch word is still no honor.
const BARE_BATCH = /^(?:batch|bunch|round)\s+of\s+(?:the\s+)?/i;
// An ordinal before a tier word is part of the honor: "second level", "first class"; so is one
// paired with another ("second and third place"). "the first ever X": "ever" goes with the ordinal.
const ORDINAL_BEFORE = new RegExp(
  String.raw`^(${ORDINAL}\s+(?:ever\s+)?)(?!(?:level|class|grade|tier|rank|prize|award|place|spot|position)s?\b|(?:and|or)\s+${ORDINAL}\b)(?=\uE000|[a-zA-Z"])`,
  "i",
);
const MONEY = /\b(?:yuan|RMB|dollars?|euros?|pounds?|HK\$|US\$)(?=\s|$)/i;
const BARE_PRIZE = /^(?:Prize|Award|Medal)s?$/;
// "the Golden Reed Award for best director", "the Silver Bear for Best Screenplay": the category
// after "for" is part of the honor.
const CATEGORY_AFTER =
  /^\s+for\s+(?:the\s+)?(?:best|outstanding)\s+[A-Za-z-]+(?:\s+(?!(?:at|in|on|for|with|and|by|from)\b)[A-Za-z-]+){0,2}?(?=\s*[,.;:)]|\s+(?:at|in|on|for|with|and|by|from)\b|\s*$)/i;
// A field in lower case after a bare prize, up to "for", a comma or the sentence's end.
const FIELD_AFTER = /^\s+in\s+[a-z]+(?:\s+[a-z]+){0,2}(?=\s+for\b|\s*[,.;]|\s*$)/;
const FREE_OBJECT =
  /^([^,.;:()!?\u00B7]{3,160}?)(?=\s*(?:[,.;:()!?\u00B7]|$|\s+in\s+an?\s+(?=[a-z])|(?<=^(?:[Bb]est|[Mm]ost)\s[\s\S]*)\s+for\s+|\s+in\s+the\s+(?=[A-Z\uE000]|(?:19|20)\d{2}\b|annual\b|latest\b|recent\b|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:batch|round|selection|session|group|list)\b(?!\s+of\b))|\s+in\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|\s+[Ff]or\s+(?:[Tt]he\s+)?[a-zA-Z0-9]+\s+(?:[Tt]imes?|[Cc]onsecutive|[Yy]ear)\b|\s+(?:[Ff]or|[Ii]n)\s+[a-zA-Z0-9]+\s+[Cc]onsecutive\s+(?:[Tt]imes|[Yy]ears?)\b|\s+for\s+(?:their|its|his|her|our|(?:the\s+)?(?:[a-z]+\s+)?(?:contributions?|achievements?|efforts?|work|performance)\b|(?:19|20)\d{2}|(?:many|several|\d+)\s+years?)|\s+through\s+(?:their|its|his|her|our|joint|the\s+joint)\b|\s+(?:are|were|is|was)(?=\s*:|\s+(?:the\s+)?\uE000)|\s+(?:include|includes|included)(?=\s*:?\s*(?:the\s+)?(?:[A-Z][\w'-]*[\s,]+){0,4}"?\uE000)|\s+(?:to|on|upon)\s+(?=\uE000)|\s+(?:to|on|upon)\s+(?:the|their|its)\s+(?:winners|recipients|laureates|awardees|honou?rees|holders)\b|\s+at\s+(?:a|an|the)\s+(?!(?:national|state|provincial|municipal|city|county|district)\s+level\b)|\s+(?:identified|named|selected|approved|listed|rated|recogni[sz]ed|designated|chosen|announced|released)(?:\s+and\s+[a-z]+ed)?\s+(?:in|by|at|on|this|last)\b|\s+only\b|\s+(?:revoked|withdrawn|rescinded)\b|\s+not\s+long\s+ago\b|\s+in\s+total\b|\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|\s+as\s+well\s+as\b|\s+(?:jointly|together|along)\s+with\b|\s+within\s+(?:the\s+)?(?=\uE000)|\s+for\s+the\s+(?:(?:19|20)\d{2}\s+)?[a-z]+\s+period\b|\s+into\s+(?=the\b|\uE000)|\s+and\s+(?:officially|formally)\b|\s+in\s+(?:this|(?:this|last)\s+year['\u2019]s)\s+(?:competition|contest|event|selection|round|evaluation|commendation|review|assessment)\b|\s+in\s+(?:this|the|(?:this|last)\s+year['\u2019]s)\s+rankings?\b|\s+in\s+the\s+(?:[a-z]+\s+)?(?:ceremony|gala)\b|\s+directly\s+(?=under\b|affiliated\b|administered\b|subordinate\b)|\s+on\s+(?:behalf\s+of|(?:his|her|their|its)\s+behalf)\b|\s+in\s+the\s+same\s+[a-z]+\b|\s+posthumously\b|\s+in\s+the\s+(?:[a-z-]+\s+){1,4}(?:field|fields|sector|domain)\b|\s+under\s+(?:the\s+)?direct\s+(?:administration|jurisdiction|leadership|supervision)\b|\s+for\s+(?:successfully|actively|effectively)\s+[a-z]+ing\b|\s+(?:arranged|hosted|held)\s+by\b|\s+for\s+(?:a|an|its|their|his|her)\s+(?=[a-z])(?<=\bfor\s[^,;]*\sfor\s+[a-z]+\s+)|\s+(?:yesterday|today|recently|instead|too|smoothly|nationwide|online|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\s+as\s+well\b(?!\s+as\b)|\s+for\s+the\s+year\b|\s+in\s+recognition\s+of\b|\s+for\s+(?=(?!(?:teach|read|train|engineer|nurs|build|market|publish|manufactur|plann|writ|learn|comput|print|bank|hous|farm|min|paint|account|cater|packag|shipp|process|model|test|programm|design|outstand)ing\b)[a-z]{3,}ing\s+(?!and\b|or\b)[a-z])|(?<=\b(?:[Aa]wards?|[Pp]rizes?|[Mm]edals?)|\uE001)\s+for\s+(?:the|a|an)\s+(?=[a-z])|\s+in\s+(?:(?:our|this|the\s+whole|the)\s+)?(?:province|city|country|county|district|nation|region)\b|\s+(?:respectively|successively)\b|\s+(?:[Oo]nce\s+)?(?:again|Again)\b|\s+(?:(?:early|late|earlier|later)\s+)?(?:last|this|next)\s+(?:year|month|week)\b|\s+(?:early|late|earlier|later)\s+in\s+(?:the\s+)?(?:year|month|(?:19|20)\d{2})\b|\s+so\s+far\b|\s+every\s+year\b|\s+(?:over|in|during)\s+(?:the\s+)?(?:past|last|recent)\s+(?:decades?|years?|(?:\d+|two|three|four|five|ten|few|several)\s+(?:decades|years))\b|\s+over\s+the\s+(?:years|decades)\b|\s+for\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:projects|works|achievements|items)\b|\s+(?:issued|granted|given|conferred|presented|awarded|bestowed|guided|sponsored|organi[sz]ed)\s+(?:jointly\s+)?by\b|\s+under\s+(?:the\s+)?(?=\uE000)|\s+as\s+(?=(?:the|a|an|its|their)\s)|\s+(?:are|were|is|was|has\s+been|have\s+been)\s+(?=[a-z]+ed\b)|\s+(?:integrating|featuring|combining|specializing|specialising|serving)\s+(?=[a-z])|\s+(?:located|situated)\s+(?:in|at|on|near)\b|\s+(?:based|headquartered)\s+in\b|\s+(?:due|owing|thanks)\s+to\b|\s+(?:by|since|after|because|which|that|who|when|while|during|from|with(?!\s+(?:[Oo]utstanding|[Ss]pecial)\s+[Cc]ontributions?\b)|according|and\s+(?:to\s+[a-z]+|was|is|has|have|were|are|the\s+(?:honou?rary\s+)?title|(?:the|a|an)\s+(?:[a-z]+\s+){0,2}(?:prizes?|awards?|medals?)|the(?=\s+\uE000\d+\uE001)|(?:the\s+)?(?:19|20)\d{2}(?=\s+[A-Z\uE000])|it|its|will|also|became|other|so\s+on|(?:officially\s+|formally\s+)?(?:joined|entered|won|obtained|received|passed|retained|kept|maintained)|took|gave|delivered|said|shared|spoke|signed|held|visited)|to\s+(?!the\b)[a-z]+|in\s+(?:19|20)\d{2}|on\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b))/;
/** " (ICH)" inside a phrase in lower case that goes on after it, with no verb or link word next. */
const INNER_ACRONYM =
  /\s\(([A-Z]{2,8}|\uE000\d+\uE001)\)(?=\s+(?!(?:won|wins|was|were|is|are|has|have|had|received|receives|obtained|became|and|or|in|at|on|of|for|to|by|from|with|which|who|that|since|after)\b)[a-z])/g;
/** A quoted part of a phrase, to its closing quote or the phrase's end. */
const QUOTED_PART = /["\u201C][^"\u201D]*(?:["\u201D]|$)/g;
/** A name, then a verb of winning: "the B team took the X" is a clause of its own. */
const NAME_THEN_WIN =
  /\uE001(?:\s+team)?\s+(?:(?:has|have|also)\s+)?(?:won|took|claimed|received|earned|secured|bagged|clinched|scooped)\b/;
/** A finite verb: a phrase with one is a clause, not a title. */
const CLAUSE_VERB =
  /\b(?:said|says|is|are|was|were|will|would|has|have|had|becomes|became|extends|covers|belongs|thanked|thanks)\b/;
// "selected A and B as the venues of the contest": a role in an event, not an honor.
const ROLE_OBJECT =
  /^(?:the\s+|a\s+|an\s+)?(?:(?:main|official|new|first|second)\s+)?(?:venues?|hosts?|host\s+(?:cit(?:y|ies)|units?)|organi[sz]ers?|co-?organi[sz]ers?|sponsors?|partners?|judges?|speakers?|heads?|directors?|chairs?|chairm[ae]n|leaders?|secretar(?:y|ies)|venue\s+of|(?:senior|associate|assistant|chief|principal|postdoctoral|visiting|research)\s+(?:researchers?|scholars?|fellows?))\b/i;
/** "welder in the workshop of X", "professor at Y": a post or trade held, not an honor ("Teacher of the Year" is one). */
const POST_OBJECT = new RegExp(
  String.raw`^(?:the\s+|a\s+|an\s+)?${POST_OF}(?!\s+(?:the\s+)?(?:year|month|decade)\b)`,
  "i",
);
/** "ten best X", "100 leading Y": a count before these words opens a ranking, which is a title. */
const RANKED_BY = String.raw`(?:leading|best|largest|biggest|strongest|most)`;
// A count opens no honor, except a rating counted in stars ("three Michelin stars", "five-star")
// and a ranking.
const BAD_OBJECT_START = new RegExp(
  String.raw`^(?:after|before|because|since|by|for|to|upon|under|from|with|it|its|this|that|these|those|such|their|which|who|and|or|in|on|at|of|well\s+as|several|many|some|multiple|numerous|other|various|only|all|every|each|becoming|being|his|her|our|my|your|include[sd]?|total\s+of|nominations?\s+(?:for|in)|(?:[a-z]+\s+)?part\s+of|accounting\s+for)\b|^(?:one|two|three|four|five|six|seven|eight|nine|ten)\b(?!-star\b|\s+(?:Michelin\s+)?stars?\b|\s+${RANKED_BY}\s)|^(?!(?:19|20)\d{2}\s+[A-Za-z"]|\d{1,3}(?:st|nd|rd|th)\s+[A-Za-z"]|\d{1,4}\s+${RANKED_BY}\b|[1-5]A\b)\d`,
  "i",
);
// "one of the ten Model Workers", "one of the top 30 green factories": the count is the cohort's.
// The count is lower case ("one of the Top Ten Volunteers" names the "Top Ten" in its title) and
// the honor after it capitalised: "one of the three undergraduate universities" is a cohort.
const COUNT_IN_BATCH = new RegExp(
  String.raw`^(?:\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})\s+(?=[a-zA-Z"\uE000])`,
  "i",
);
const COUNT_OF_THE = new RegExp(
  `^(?:top\\s+)?${NUMBER}\\s+(?=[A-Z"\uE000]|(?:19|20)\\d{2}\\s+[A-Z"\uE000])`,
);

// Patterns assembled from the shared parts above, compiled once (not per call: their sources run
// to kilobytes).
const LEADING_NUMBER = new RegExp(`(${NUMBER})`, "i");
// "by X" after an honor names who gave it; after another participle ("produced by", "led by"),
// who made, ran or wrote what holds it.
const BY_AGENTS = new RegExp(
  `\\b((?:recommended|nominated|reported|submitted|organi[sz]ed|supported|guided|sponsored|edited|written|built|run|operated|managed|produced|made|developed|designed|manufactured|brewed|distilled|completed|led|created|invented|directed|published|authored|composed|painted|founded|owned)\\s+)?(?:jointly\\s+)?by\\s+(${LIST})`,
  "gi",
);
const TO_RECIPIENTS = new RegExp(`^"?\\s*(?:to|on|upon|from)\\s+(${COHORT})?(${LIST})`, "i");
const COHORT_FIRST = new RegExp(
  `^(${NUMBER})\\s+(?:[a-zA-Z'-]+\\s+){0,3}?(?:${UNIT_NOUNS})\\b(?:\\s+(?:in|of|from|across|throughout)\\s+(?:(?:the|our|this|its)\\s+)?(?:[A-Za-z'-]+|${P}))?`,
  "i",
);
const INCLUDING_LIST_THEN_OBJECT = new RegExp(
  `^\\s*(?:,?\\s*(?:including|such\\s+as|among\\s+them|among\\s+which|namely)\\s+|,\\s*(?=\\uE000))(${LIST})\\s*,?\\s*(?=as\\b|the\\b|a\\b|an\\b)`,
  "i",
);
const INCLUDING_LIST = new RegExp(
  `^"?\\s*,?\\s*(?:(?:in|among|of)\\s+which\\s+[^,;.\\uE000]{0,80}?\\s*,\\s*)?(?:including|such\\s+as|among\\s+them|among\\s+which)\\s+(${LIST})`,
  "i",
);
const DIRECT_OBJECT_LIST = new RegExp(
  `^(?:the\\s+[a-z]+(?:'s|\u2019s)\\s+)?(${LIST})${OTHERS_TAIL}(?:\\s*,\\s*(?:a|an)\\s+[^,;.\\uE000]{1,60}?(?:\\s+(?:of|from|at|in)\\s+(?:the\\s+)?${P})?\\s*,(?=\\s*(?:as|the|with)\\b))?\\s*,?\\s*(?=as\\b|the\\b|a\\b|an\\b|with\\b|"|\\uE000|(?:national|provincial|municipal)[\\s-][a-z])`,
  "i",
);
const AWARDED_TO = new RegExp(
  `^\\s*(?:${AUX})\\s+(?:${ADVERBS}\\s+){0,2}(?:awarded|granted|conferred|given|bestowed|presented)\\s+(?:to|on|upon)\\s+(${COHORT})?(${LIST})`,
  "i",
);
// "was approved by the ministry as a key laboratory": an agent named by its kind names no issuer.
const AGENT_FIRST = new RegExp(
  `^\\s+(?:jointly\\s+)?by\\s+(?:(${LIST})|${KIND_ISSUER})\\s*,?\\s*(?=as\\b|to\\s+be\\b)`,
  "i",
);
/** "was named by the Bureau the Model School of X": the title right after the agent, no "as". */
const AGENT_THEN_TITLE = new RegExp(
  `^\\s+(?:jointly\\s+)?by\\s+(${LIST})\\s+(?=(?:the|a|an)\\s+"?(?:\\uE000|[A-Z]))`,
  "i",
);
const NAMING_VERB = /^(?:named|designated|rated|awarded|honou?red|crowned|dubbed|titled|granted)$/;
const LIST_ANNOUNCED_TAIL = new RegExp(
  `^\\s*,\\s*(?:with|including|covering)\\s+(${COHORT})?(${LIST})\\s*,\\s*(?:is|are|was|were|has\\s+been)\\s+(?:hereby\\s+|now\\s+)?(?:announced|published|publici[sz]ed|released|made\\s+public)`,
  "i",
);
const RENEWED_BY = new RegExp(
  `\\b(?:organi[sz]ed|conducted|carried\\s+out|held)?\\s*(?:jointly\\s+)?by\\s+(${LIST})`,
  "i",
);
const QUALIFICATION_VERB = new RegExp(
  `^\\s*(?:${AUX})\\s+(?:${ADVERBS}\\s+){0,2}(?:cancell?ed|revoked|withdrawn|removed|disqualified)`,
  "i",
);

/** 'as "', 'the "', 'the first "': a quote opened where a title stands. */
const QUOTE_AFTER_ARTICLE = new RegExp(String.raw`\b(?:as|a|an|the|title|${ORDINAL})\s+"\s*$`, "i");

/**
 * A whole quoted phrase after a designation verb is a title whatever its head ('named
 * "Hometown of Folk Paper Art"', 'named as a "cultural landscape"'), when an article or "as"
 * introduces it, or it reads as a title (capitalised, three words or more, one of them "of", "for",
 * "in" or "and"); a bare quoted name may be a plain name ('the panda was named "Bao Bao"').
 */
function isQuotedTitle(before: string, phrase: string): boolean {
  if (QUOTE_AFTER_ARTICLE.test(before)) return true;
  const words = phrase.trim().split(/\s+/);
  return (
    words.length >= 3 &&
    /^[A-Z]/.test(words[0] ?? "") &&
    words.some((w) => /^(?:of|for|in|and)$/.test(w))
  );
}

/** Skeleton text with each name placeholder spelled out as its name ("X" for a name now gone). */
function spelledOut(skeleton: Skeleton, text: string): string {
  return text.replace(/\uE000(\d+)\uE001/g, (_, i) => skeleton.mentionAt(Number(i))?.name ?? "X");
}

/** How many a ranking holds: "top 10", "ten best", "top twenty". */
const RANK_COUNT = String.raw`(?:\d{1,4}|three|five|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)`;
/** "top 500 Chinese companies", "100 leading enterprises in X", "ten best museum exhibitions". */
const RANKING = new RegExp(
  String.raw`^(?:world|country|nation|China|Asia|Europe|\uE000\d+\uE001)(?:'|\u2019)s\s+(?:best|top|leading|largest|biggest|most\s+[a-z]+)\s+[a-z0-9]|^(?:top|best|leading|largest|biggest)\s+${RANK_COUNT}\s+[A-Za-z]|^${RANK_COUNT}\s+(?:leading|best|largest|biggest|strongest|most\s+[a-z]+)\s+[A-Za-z]`,
  "i",
);
// "Best Employer China 2017", "best actor in Hunan": a place and a year may close the category.
// A category's words may be compounds or possessives: "Best Medium/Low-Budget Feature Film",
// "Best Children's Film".
const CATEGORY_WORD = String.raw`[a-z]+(?:['\u2019]s|(?:[-/][a-z]+)+)?`;
const CATEGORY_AWARD = new RegExp(
  String.raw`^(?:best|most\s+(?:popular|valuable|promising|outstanding|influential|beautiful))\s+${CATEGORY_WORD}(?:\s+${CATEGORY_WORD}){0,4}(?:\s+(?:in\s+|of\s+)?\uE000\d+\uE001)?(?:\s+(?:19|20)\d{2})?$`,
  "i",
);
/** "Domestic Most Valuable Player", "FINA Best Diver": a word or a giver's name, then a category. */
const TITLED_CATEGORY =
  /^(?:[A-Z][a-z]+|\uE000\d+\uE001)\s+(?:Best|Most\s+[A-Z][a-z]+)\s+[A-Z][a-z]+/;
/** Between the categories of a list: "best film, best director and the best screenplay". */
export const CATEGORY_SEPARATOR = /\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?/i;

/** "best editing and the best original score": a list whose every item is an award's category. */
export function namesCategories(phrase: string): boolean {
  const items = phrase.split(CATEGORY_SEPARATOR);
  return items.length > 1 && items.every((item) => CATEGORY_AWARD.test(item));
}

/** "Green Trailblazers of the Year": every word capitalised but the small ones. */
function isTitleCase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.every(
    (w) => /^["\uE000]?[A-Z0-9\uE000]/.test(w) || /^(?:of|for|in|and|the|on)$/.test(w),
  );
}

/**
 * "the first school in the province to win", "the only scientist to be named": a holder said to be
 * the first (or `ranks`) of its kind to be honored, up to the honor.
 */
export function firstOfItsKindTo(ranks: string): string {
  // "one of the few firms that has received the X": a relative clause says it as "to win" does.
  return String.raw`(?:(?:the\s+|a\s+)?(?:${ranks})|one\s+of\s+the\s+(?:few|only|first|earliest))\s+(?:[^,.;:\uE000]|\uE000\d+\uE001){1,80}?\s+(?:to\s+(?:be\s+(?:awarded|granted|conferred|named(?:\s+as)?|honou?red\s+(?:as|with)|selected\s+as|recogni[sz]ed\s+as|listed\s+as)|win|receive|obtain|gain|earn|claim)|winning|receiving|(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:been\s+(?:awarded|granted|named(?:\s+as)?|honou?red\s+(?:as|with)|selected\s+as|recogni[sz]ed\s+as|listed\s+as|rated\s+as)|won|received|obtained|gained|earned))`;
}

const FIRST_TO_WIN = new RegExp(
  String.raw`^\s*${firstOfItsKindTo(`only|youngest|oldest|${ORDINAL}`)}\s+(?=\S)`,
  "i",
);

/**
 * "a national green port", "provincial-level civilized harbors": a title's level opening two
 * words or more of lower case makes it a title, whatever its head noun.
 */
// The words after the level are a plain run ending on a concrete noun: "unity and progress" or
// "leading cultivation" stop short of a title's head.
const LEVEL_OPENED =
  /^(?:the\s+|a\s+|an\s+)?(?:national|provincial|municipal|state|(?:national|provincial|state|city|county|municipal|ministerial)[\s-]level)(?:\s+(?!(?:and|or|of|for|in|to|with)\b)[a-z][a-z-]*){2,5}(?<!ion|ness|ment|ity|ress|ing)$/;

/**
 * Whether a free phrase after a verb names an honor: by its head noun, by a name at its end that
 * heads it ("... of X Award"), or by how the text sets it off whatever its head (after "title of",
 * quoted, counted and capitalised, an award's category).
 */
function namesAnHonor(
  skeleton: Skeleton,
  before: string,
  phrase: string,
  setOff: {
    quotedWhole: boolean;
    counted: boolean;
    won: boolean;
    listed: boolean;
    titled: boolean;
  },
): boolean {
  // "the honorary title of 'Most Beautiful Striver'", "the title as a Model Town": what follows
  // "title of" or "title as" is a title, and so is each item of a list after "the titles of".
  if (setOff.titled || /\btitles?\s+(?:of|as)\s+(?:the\s+|a\s+|an\s+)?(?:"\s*)?$/i.test(before))
    return true;
  if (setOff.quotedWhole && (setOff.listed || isQuotedTitle(before, phrase))) return true;
  // "one of the top 20 Green Trailblazers": a counted cohort of a capitalised name is a title.
  if (setOff.counted && isTitleCase(phrase)) return true;
  // "won the Silver Bear", "took home the Golden Rooster": what one wins by its capitalised name.
  if (setOff.won && /\bthe\s+$/i.test(before) && isTitleCase(phrase) && /\s/.test(phrase.trim()))
    return true;
  // "won the championship", "claimed second place": a contest's standing is what was won.
  if (setOff.won && STANDING_WON.test(phrase.trim())) return true;
  // "the top 500 Chinese companies", "the 100 leading enterprises", "the world's best X": a
  // ranking is one.
  if (RANKING.test(phrase) && !/\b(?:ranks?|places?|positions?|spots?)$/i.test(phrase)) return true;
  // "was named best supporting actor", "took most popular drama": an award's category is one.
  if (CATEGORY_AWARD.test(phrase) || namesCategories(phrase)) return true;
  // "named Domestic Most Valuable Player", "named Regional Best Employer", "the FINA Best Diver": a
  // category in Title Case may open with a word or a giver's name of its own.
  if (TITLED_CATEGORY.test(phrase) && isTitleCase(phrase)) return true;
  const named = spelledOut(skeleton, phrase);
  if (HONOR_NOUN_ANYWHERE.test(named) || LEVEL_OPENED.test(named)) return true;
  // "selected into the Pine Tea Protection List": a named list, register or network is one.
  if (/^["\uE000]?[A-Z\uE000]/.test(phrase.trim()) && NETWORK_NAME.test(named)) return true;
  // A placeholder at the end may itself be the honor's head ("... of X Award").
  const lastPlaceholder = /\uE000(\d+)\uE001"?$/.exec(phrase);
  const last = lastPlaceholder ? skeleton.mentionAt(Number(lastPlaceholder[1])) : undefined;
  return last?.kind === "Honor" || last?.kind === "Organization" || last?.kind === "Program";
}

/** A contest's standing, won: "the championship", "the team championship", "first place", "runner-up". */
const STANDING_WON =
  /^(?:(?:overall|team|world|national|provincial)\s+)?(?:championships?|champion\s+title|(?:first|second|third|1st|2nd|3rd)\s+place|runner-up)$/i;

/** "the best director award in Hangzhou": where an award was given is not its name. */
function withoutPlaceGiven(skeleton: Skeleton, phrase: string): string {
  const m = /^(.*\b(?:awards?|prizes?|medals?|troph(?:y|ies)))\s+in\s+\uE000(\d+)\uE001$/i.exec(
    phrase,
  );
  if (!m || /^[A-Z"\uE000]/.test(m[1] as string)) return phrase;
  return skeleton.mentionAt(Number(m[2]))?.kind === "Place" ? (m[1] as string) : phrase;
}

/** A named network, list, register or hall of fame: being let into one is the honor. */
export const NETWORK_HEADS = String.raw`(?:Network|List|Register|Hall\s+of\s+Fame)`;
export const NETWORK_NAME = new RegExp(String.raw`\b${NETWORK_HEADS}\b`);

/**
 * "A took the 4th spot, B the 5th": a free phrase that opens with a holder's name is a gapped
 * clause, not one more honor of the first holder.
 */
export function opensWithHolder(skeleton: Skeleton, at: number, object: HonorObject): boolean {
  if (!isFreeText(object.honor)) return false;
  // A place often opens a title ("Shanxi Province May 1st Labor Medal"); a gapped clause has a
  // body or person, then a rank or "as".
  const first = /^(?:the\s+)?\uE000(\d+)\uE001(?=\s+(?:the\s*\d+(?:st|nd|rd|th)\b|as\s))/.exec(
    skeleton.text.slice(at),
  );
  const kind = first ? skeleton.mentionAt(Number(first[1]))?.kind : undefined;
  return kind === "Organization" || kind === "Person";
}

/** A free phrase that is no title whatever its words say. */
const TOKEN_OF_HONOR = String.raw`(?:(?:award|honou?rary|prize|winning)\s+)?(?:certificates?|plaques?|banners?|trophies|trophy)`;
const GENERIC_TOKENS = new RegExp(
  String.raw`^(?:the\s+)?(?:${TOKEN_OF_HONOR}(?:\s+and\s+(?:the\s+)?(?:${TOKEN_OF_HONOR}|medals?))?|medals?\s+and\s+(?:the\s+)?${TOKEN_OF_HONOR})$`,
  "i",
);

function isNoTitle(skeleton: Skeleton, phrase: string): boolean {
  const trimmed = phrase.trim();
  // "The winners include ...", "Further winners on the evening included ...": the people who won
  // are not what they won.
  if (
    /^(?:the\s+)?(?:(?:top|big|biggest|major|main|other|new|latest|first|further|more|notable|previous|past)\s+)?(?:winners?|recipients?|awardees?|laureates?|honou?rees?)(?:\s+(?:on|at|of|during)\s+the\s+(?:night|evening|day|ceremony|event|gala))?$/i.test(
      trimmed,
    )
  )
    return true;
  // "received certificates", "presented the award certificates and medals": the tokens of an
  // honor, named by nothing but their kind, are none.
  if (GENERIC_TOKENS.test(trimmed)) return true;
  // "bestow a special title on A": a title named by nothing but a word of praise is none.
  if (
    /^(?:the\s+|a\s+|an\s+)?(?:special|honou?rary|highest|top|same|great|high)\s+(?:titles?|honou?rs?)$/i.test(
      trimmed,
    )
  )
    return true;
  // "took 40 prizes above county level", "prizes at home and abroad": honors named by nothing
  // but their plural kind and where they were won are none. (A bare "won awards" is left to the
  // rules that tie it to the prize the text announced.)
  if (/^(?:titles|honou?rs|awards|prizes)\s+(?:above|at|in|from)\s+[^\uE000A-Z]*$/.test(trimmed))
    return true;
  // "the hospital's Wu Lan": a phrase with a person's name in it is not a title.
  if (mentionsNamedIn(skeleton, phrase).some((m) => m.kind === "Person")) return true;
  // "Hill county won the ...": a phrase with its own verb is a clause, not a title.
  // (A quoted slogan inside a title may have its own verb: 'bases of "Hills are Gold"'.)
  return /\b(?:won|wins|was|were|is|are|has|have|had|received|became|got|include|includes)\b/.test(
    phrase.replace(/"[^"]*"/g, '""'),
  );
}

/**
 * A phrase that stops where no title stops: on its participle ("the first TCM hospital accredited
 * (by X)" describes) or before its noun ("first town in the (list)").
 */
function endsShortOfATitle(phrase: string): boolean {
  return (
    /\s(?:accredited|certified|approved|named|selected|recogni[sz]ed|listed|awarded|designated|rated|identified|honou?red|elected|chosen)$/.test(
      phrase.trimEnd(),
    ) ||
    /\b(?:in|of|the|for|to|and|at|on)$/i.test(phrase) ||
    // "Level A", "Grade A": a capital letter last is a grade, not an article.
    /\b(?:a|an)$/.test(phrase)
  );
}

const BARE_KIND_OF_HOLDER =
  /^(?:universities|colleges|schools|enterprises|companies|firms|institutions|hospitals|museums)$/i;

/** "academician of [the CAS]", "fellow of [the RSC]": the title and the body, no further. */
const MEMBERSHIP_OF_BODY =
  /^((?:academician|fellow|(?:foreign\s+)?members?)\s+of\s+(?:the\s+)?\uE000\d+\uE001)(?=\s+and\s|\s*[,.;])/i;

/** "X and dean of Y", "X and the vice president at Y": where a post joins an honor. */
const AND_POST = new RegExp(String.raw`^(.+?)\s+and\s+(?=(?:the\s+|a\s+)?${POST_OF})`, "i");

/** "became an important trading center", "became a popular destination": a description, no title. */
const BECAME_DESCRIPTION =
  /^\s+(?:(?:one\s+of\s+)?(?:an?|the)\s+)?(?:important|major|large|larger|big|bigger|popular|famous|busy|thriving|bustling|prosperous|well-known)\s/i;

/** "became IEEE Fellows", "became Lake Society Academicians": a plural title of persons, no article. */
const BECAME_PLURAL_TITLE =
  /^\s+(?:(?:\uE000\d+\uE001|[A-Z][\w'-]*)\s+){1,4}?(?:Fellows|Academicians|Laureates)\b/;

/** An honor mention with exactly this span, read before in the same sentence. */
export function honorSpanned(state: DocumentState, span: { start: number; end: number }) {
  return nameSpanned(state, span, "Honor");
}

/** The name read exactly over `span` (of `kind`, if given), the latest read if several. */
function nameSpanned(
  state: DocumentState,
  span: { start: number; end: number },
  kind?: Mention["kind"],
): Mention | undefined {
  for (let i = state.mentions.length - 1; i >= 0; i--) {
    const m = state.mentions[i] as Mention;
    if (m.evidence.end < span.start) break;
    if (
      (kind === undefined || m.kind === kind) &&
      m.evidence.start === span.start &&
      m.evidence.end === span.end
    )
      return m;
  }
  return undefined;
}

/** "the decision on awarding the titles of X and Y": a document giving honors, not an honor. */
export const DOCUMENT_THAT_AWARDS =
  /^\s*(?:the\s+|a\s+)?(?:decision|notice|circular|document|resolution)s?\s+(?:(?:of|on|about)\s+)?(?:awarding|granting|conferring|commending|naming)\b/i;

/** "China's 2031 X Award": an edition's year opens the honor, so the place owns the edition only. */
function opensWithYear(state: DocumentState, mention: Mention): boolean {
  return /^(?:19|20)\d{2}\s/.test(state.view.slice(mention.evidence.start, mention.evidence.end));
}

/** A body's short form in brackets after its name, "(UN)", in capitals or read as a name. */
export const SHORT_FORM_IN_BRACKETS = String.raw`\((?:[A-Z]{2,8}|\uE000\d+\uE001)\)`;
/** "UNESCO's World", "United Nations (UN) Environmental": what joins a giver to its honor. */
const OWNED_BY = /^'s\s+(?=\uE000(\d+)\uE001)/;
const GIVEN_BY = new RegExp(String.raw`^\s*${SHORT_FORM_IN_BRACKETS}\s+(?=\uE000(\d+)\uE001)`);

/**
 * How far past a giver's name (`mention`, then `after`) the honor it gives starts, when one does:
 * "included in UNESCO's World Heritage List" ("China's Happiest City" is one title: a place owns
 * no honor); "a United Nations (UN) Environmental Award" (a body, its short form, the honor).
 */
function giverGlue(
  state: DocumentState,
  skeleton: Skeleton,
  mention: Mention | undefined,
  after: string,
): number | undefined {
  const owned = OWNED_BY.exec(after);
  const ownedHonor = owned ? skeleton.mentionAt(Number(owned[1])) : undefined;
  if (
    owned &&
    ownedHonor?.kind === "Honor" &&
    (mention?.kind !== "Place" || opensWithYear(state, ownedHonor))
  )
    return owned[0].length;
  const given = GIVEN_BY.exec(after);
  const givenHonor = given ? skeleton.mentionAt(Number(given[1])) : undefined;
  if (given && mention?.kind === "Organization" && givenHonor?.kind === "Honor")
    return given[0].length;
  return undefined;
}

/** Reads the honor after a conferral verb: a name placeholder or a short noun phrase. */
export function readHonorObject(
  state: DocumentState,
  context: SentenceContext,
  skeleton: Skeleton,
  position: number,
  options: { won?: boolean; listed?: boolean; titled?: boolean } = {},
): HonorObject | undefined {
  const rest = skeleton.text.slice(position);
  // "received the decision on awarding the titles of X and Y": a document that gives honors, to
  // holders it does not say here.
  if (DOCUMENT_THAT_AWARDS.test(rest)) return undefined;
  // "became the first Hill scientist to be awarded the X": the honor is X, not the first-ness.
  const firstTo = FIRST_TO_WIN.exec(rest);
  if (firstTo)
    return readHonorObject(state, context, skeleton, position + firstTo[0].length, options);
  let offset = 0;
  const preamble = OBJECT_PREAMBLE.exec(rest);
  if (preamble) offset += preamble[0].length;
  offset += AWARD_FOR_CATEGORY.exec(rest.slice(offset))?.[0].length ?? 0;
  offset += COUNT_OF_NAMED_AWARDS.exec(rest.slice(offset))?.[0].length ?? 0;
  const count =
    preamble && /\bof\s+the\s+$/i.test(preamble[0]) ? COUNT_OF_THE.exec(rest.slice(offset)) : null;
  if (count) offset += count[0].length;
  offset += RESULTS_OF.exec(rest.slice(offset))?.[0].length ?? 0;
  offset += HIGHEST_THEN_NAMED.exec(rest.slice(offset))?.[0].length ?? 0;
  let batch: string | undefined;
  const batchMatch = BATCH.exec(rest.slice(offset)) ?? ORDINAL_BEFORE.exec(rest.slice(offset));
  if (batchMatch) {
    batch = batchWord((batchMatch[1] as string).split(/\s+/)[0] ?? "");
    offset += (batchMatch[1] as string).length;
    // "the third batch of 21 model museums": the count is the batch's size.
    offset += COUNT_IN_BATCH.exec(rest.slice(offset))?.[0].length ?? 0;
    // 'the first "chief technician of Qilu"': the quote opens after the ordinal.
    if (rest[offset] === '"') offset += 1;
  } else offset += BARE_BATCH.exec(rest.slice(offset))?.[0].length ?? 0;
  const tail = rest.slice(offset);
  const placeholder = PLACEHOLDER_FIRST.exec(tail);
  // '"National Research Base for Students"': a quoted title runs to its closing quote.
  const quotedFurther =
    placeholder !== null &&
    (QUOTE_LAST.test(rest.slice(0, offset)) || placeholder[0].startsWith('"')) &&
    !placeholder[0].endsWith('"') &&
    /^(?:[^"\uE000]|\uE000\d+\uE001){1,120}"/.test(tail.slice(placeholder[0].length));
  if (placeholder && !quotedFurther) {
    const mention = skeleton.mentionAt(Number(placeholder[1]));
    const after = tail.slice(placeholder[0].length);
    const glue = giverGlue(state, skeleton, mention, after);
    if (glue !== undefined)
      return readHonorObject(
        state,
        context,
        skeleton,
        position + offset + placeholder[0].length + glue,
        options,
      );
    // A name followed by more words of the honor ("X Award of the Year") is read as free text.
    const nextWord = /^\s+([A-Za-z][\w'-]*)/.exec(after)?.[1] ?? "";
    const continues =
      LEVEL_AFTER.test(after) ||
      // "China's top 500 private companies": a place's ranking reads on as free text.
      (mention?.kind === "Place" && PLACE_RANKING_AFTER.test(after)) ||
      (nextWord !== "" &&
        !WORDS_THAT_END_A_NAME.has(nextWord.toLowerCase()) &&
        !/^[a-z]+ed$/.test(nextWord) &&
        (/^[a-z]/.test(nextWord) || /^[A-Z]/.test(nextWord)));
    // "listed in the 90 National Level-1 Museums": a count before a full name; "the 60 schools"
    // names no honor.
    // "Keeps [National Health City] Title": the word "title" after the name is not the title's.
    // "Pine Prize winners include A": the winners are the holders, not part of the honor.
    const titleWord =
      /^"?\s+(?:titles?|winners?|laureates?|recipients?|awardees?|honou?rees?|(?:awards?|prizes?|honou?rs|trophy)(?=\s+(?:ahead|over|in|at|for|on|this|last|with|and|by|from|during|as\s+well)\b|\s*[,.;])|lists?(?=\s*[,.;!?]|\s+(?:by|in|for|on|at|maintained|released|published|issued|compiled)\b))\b/i.exec(
        after,
      );
    if (mention?.kind === "Honor" && titleWord)
      return {
        honor: mention,
        ...(batch ? { batch } : {}),
        end: position + offset + placeholder[0].length + titleWord[0].length,
      };
    // "the X Award for the Best Practices to Improve the Living Environment, ...", "the Model City
    // for Progress in Science and Technology": a run in Title Case after "to" or "in" is the
    // title's own.
    const category =
      mention?.kind === "Honor"
        ? (CATEGORY_AFTER.exec(after) ??
          TITLE_CASE_TAIL.exec(after) ??
          CHINESE_CHARACTERISTICS.exec(after) ??
          contestGroupAfter(skeleton, mention.name, after))
        : null;
    if (mention && category) {
      const end = position + offset + placeholder[0].length + category[0].length;
      const span = { start: mention.evidence.start, end: skeleton.toView(end, "end") };
      const honor =
        honorSpanned(state, span) ??
        state.newMention("Honor", span.start, span.end, context.sentence, 0.7);
      return { honor, ...(batch ? { batch } : {}), end };
    }
    const counted = preamble !== null && /\d\s+$/.test(preamble[0]);
    if (counted && (mention?.name.split(/\s+/).length ?? 0) < 2) return undefined;
    // "the Prize in life sciences": a bare prize takes its field, read with it as free text.
    const field =
      mention?.kind === "Honor" && BARE_PRIZE.test(mention.name) && FIELD_AFTER.test(after);
    if (mention && mention.kind !== "Person" && mention.kind !== "Place" && !continues && !field) {
      return {
        honor: mention,
        ...(batch ? { batch } : {}),
        end: position + offset + placeholder[0].length,
      };
    }
    if (
      mention &&
      mention.kind !== "Person" &&
      mention.kind !== "Place" &&
      !field &&
      /^\s+(?:for|by|since|after|in\s+(?:19|20)|on|which|who|and|to)\b/.test(after)
    ) {
      return {
        honor: mention,
        ...(batch ? { batch } : {}),
        end: position + offset + placeholder[0].length,
      };
    }
  }
  const causa = HONORIS_CAUSA.exec(tail);
  if (causa) return freeHonor(state, context, skeleton, position + offset, causa[0], batch);
  // "intangible cultural heritage (ICH) representative inheritors": an acronym in brackets inside
  // a title in lower case is read through (blanked, same length, so offsets hold).
  const free = FREE_OBJECT.exec(
    tail.includes("(") ? tail.replace(INNER_ACRONYM, (_, acronym) => `  ${acronym} `) : tail,
  );
  if (!free) return undefined;
  // 'Won The Title Of "Hig.....': a title cut off by the page is none.
  if (/^\s*(?:\.{2,}|\u2026)/.test(tail.slice((free[1] as string).length))) return undefined;
  // "... have received honors over t": a page cut off mid-word at its very end.
  if (cutOffAtTheEnd(state, context, free[1] as string, tail.slice((free[1] as string).length)))
    return undefined;
  let phrase = withoutPlaceGiven(skeleton, (free[1] as string).replace(/"\s*$/, "").trimEnd());
  // '"Four Good Roads" ...': a quoted title may open with any word.
  const openedQuote = QUOTE_LAST.exec(rest.slice(0, offset));
  if (
    !openedQuote &&
    (BAD_OBJECT_START.test(phrase) || ROLE_OBJECT.test(phrase) || POST_OBJECT.test(phrase))
  )
    return undefined;
  // 'bases of "Green Water, Green Hills"': a quote opened in the phrase runs past its commas.
  const freeText = free[1] as string;
  if (!openedQuote && /^[^"]*"[^"]*$/.test(freeText)) {
    const closing = /^[^".;:!?\uE000]{1,80}"/.exec(tail.slice(freeText.length));
    if (closing) phrase = freeText + closing[0];
  }
  // '"100 Characteristic Villages" in China in ...': a quoted title ends at its closing quote
  // when a preposition follows it.
  const closing = openedQuote ? quotedTitleEnd(phrase) : null;
  if (closing) phrase = closing[1] as string;
  // The quote may close after the sentence's own punctuation: 'named "Model Village."'
  // A quote never closed in its sentence (a scraping slip), or closed after the title's years
  // ('"homes of folk art for 2021-2023"'), still sets the title off.
  const quotedWhole =
    openedQuote !== null &&
    (closing !== null ||
      /"\s*$/.test(freeText) ||
      /^[.,;!?]"/.test(tail.slice(freeText.length)) ||
      !tail.includes('"') ||
      /^\s+for\s+(?:19|20)\d{2}(?:\s*[-\u2013]\s*\d{2,4})?"/.test(tail.slice(freeText.length)));
  // "the honor of national model worker", "award of X": the honor is what follows "of".
  const honorOf = openedQuote ? null : /^(?:honou?r|award)\s+of\s+(?:the\s+)?(?=\S)/.exec(phrase);
  if (honorOf && HONOR_NOUN_ANYWHERE.test(phrase.slice(honorOf[0].length))) {
    offset += honorOf[0].length;
    phrase = phrase.slice(honorOf[0].length);
  }
  // Strip an unmatched trailing quote and leading article.
  const words = phrase.replace(/\uE000\d+\uE001/g, "X").split(/\s+/);
  if (words.length > 16) return undefined;
  if (isNoTitle(skeleton, phrase)) return undefined;
  // "won the X Award, the prize one million yuan": a sum of money is no honor.
  if (MONEY.test(phrase)) return undefined;
  // "..., the principal said the school will go on": a clause of its own names no honor.
  // A slogan quoted inside a title may have a verb of its own ("Lucid Waters are Assets").
  if (!openedQuote && CLAUSE_VERB.test(phrase.replace(QUOTED_PART, ""))) return undefined;
  // "..., and the B team took the runner-up": a name and its own verb of winning open a clause.
  if (NAME_THEN_WIN.test(phrase)) return undefined;
  if (
    !namesAnHonor(skeleton, rest.slice(0, offset), phrase, {
      quotedWhole,
      counted: count !== null,
      won: options.won === true,
      listed: options.listed === true,
      titled: options.titled === true,
    })
  )
    return undefined;
  // "the small giant enterprises list", "the double first-class ranking": the honor is the list's.
  phrase = phrase.trimEnd().replace(/(?<=\S)\s+(?:list|ranking|roster)$/, "");
  // "the high-tech enterprise certification": certified as a kind of body, the kind is the honor.
  const certified = /^(.+?)\s+certification$/.exec(phrase);
  if (certified && HONOR_NOUNS.test(certified[1] as string)) phrase = certified[1] as string;
  // "The gold prize winners are A and B": the winners hold the prize.
  phrase = phrase.replace(
    /(?<=\b(?:[Pp]rizes?|[Aa]wards?|[Mm]edals?))\s+(?:winners?|laureates?|recipients?|awardees?)$/,
    "",
  );
  if (endsShortOfATitle(phrase)) return undefined;
  // "became the first batch of universities with the right to ...": a bare kind names no title.
  if (BARE_KIND_OF_HOLDER.test(phrase)) return undefined;
  // "became the first Chinese scientist who returned": a first-ness a relative clause describes.
  if (
    /^\s*(?:the\s+)?(?:first|only|youngest|oldest)\s/i.test(rest) &&
    /^\s*,?\s*(?:who|whom|whose)\b/i.test(tail.slice(phrase.length))
  )
    return undefined;
  // "national green school and provincial civilized campus": two titles, each with its level.
  const pair =
    /^(.+?)\s+and\s+(?=(?:a\s+|an\s+|the\s+)?(?:national|provincial|municipal|city|county|district)\s)/i.exec(
      phrase,
    ) ?? /^(.+?\blevel)\s+and\s+(?=[A-Z])/.exec(phrase);
  if (pair && HONOR_NOUN_ANYWHERE.test(pair[1] as string)) phrase = pair[1] as string;
  // "42 national key universities and 14 universities in the west": a second counted group.
  const countedNext = /^(.+?)\s+and\s+(?=\d{1,4}\s+[a-z])/.exec(phrase);
  if (countedNext && HONOR_NOUN_ANYWHERE.test(countedNext[1] as string))
    phrase = countedNext[1] as string;
  // "academician of the CAS and Pine Tech Ltd.": a membership ends with the body it is of.
  const ofBody = MEMBERSHIP_OF_BODY.exec(phrase);
  if (ofBody) phrase = ofBody[1] as string;
  // "academician of the X and dean of the Y": a post after "and" is held, not conferred.
  const andPost = AND_POST.exec(phrase);
  if (andPost && HONOR_NOUN_ANYWHERE.test(andPost[1] as string)) phrase = andPost[1] as string;
  // "the city of stones and the hometown of circus": a second titled phrase with its own article.
  // In a list after "the titles of", any two phrases so joined are two titles.
  const nextTitled = /^(.+?)\s+and\s+(?:the|a|an)\s+(.+)$/.exec(phrase);
  const inTitleList =
    options.titled === true ||
    /\btitles\s+of\s+(?:the\s+|a\s+|an\s+)?$/i.test(rest.slice(0, offset));
  if (
    nextTitled &&
    (inTitleList ||
      (HONOR_NOUN_ANYWHERE.test(nextTitled[1] as string) &&
        HONOR_NOUN_ANYWHERE.test(nextTitled[2] as string)))
  )
    phrase = nextTitled[1] as string;
  // "a gold medal and the Lake Prize": a named honor after "and" is one of its own.
  const thenNamed = /^(.+?)\s+and\s+(?=(?:the\s+|a\s+|an\s+)?\uE000\d+\uE001\s*$)/.exec(phrase);
  if (thenNamed && HONOR_NOUN_ANYWHERE.test(thenNamed[1] as string))
    phrase = thenNamed[1] as string;
  // "Best Film and Best Director": two categories, each an honor of its own.
  const categories = /^(.+?)\s+and\s+(?=(?:the\s+)?(?:Best|Most)\s+[A-Z])/.exec(phrase);
  if (categories && CATEGORY_AWARD.test(categories[1] as string)) phrase = categories[1] as string;
  // "won first place in the Tieguanyin Group": the rank's contest group goes with it.
  if (tail.startsWith(phrase))
    phrase += contestGroupAfter(skeleton, phrase, tail.slice(phrase.length))?.[0] ?? "";
  // 'the individual "Happy City" award': the quoted title is the award's name.
  const quotedInside = openedQuote ? null : QUOTED_TITLE_INSIDE.exec(phrase);
  if (quotedInside) {
    const at = position + offset + (quotedInside[1] as string).length;
    return quotedTitle(state, context, skeleton, at, quotedInside[2] as string, batch);
  }
  // '"Four Good Roads" national demonstration county': the opening quote belongs to the honor.
  const quoteBack = openedQuote && phrase.includes('"') ? openedQuote[0].length : 0;
  return freeHonor(state, context, skeleton, position + offset, phrase, batch, quoteBack);
}

/**
 * The quoted title at `at`, `phrase` long, as the honor: a name read there ("... City" read as a
 * place) becomes the title, else a new one is read from the words.
 */
function quotedTitle(
  state: DocumentState,
  context: SentenceContext,
  skeleton: Skeleton,
  at: number,
  phrase: string,
  batch: string | undefined,
): HonorObject | undefined {
  const named = nameSpanned(state, phraseSpan(skeleton, at, phrase));
  if (!named) return freeHonor(state, context, skeleton, at, phrase, batch);
  named.kind = "Honor";
  return { honor: named, ...(batch ? { batch } : {}), end: at + phrase.length };
}

/** 'the individual "X" award', 'a special "Y" prize': a word or two, then a whole quoted title. */
const QUOTED_TITLE_INSIDE =
  /^((?:[a-z-]+\s+){1,2}")([^"]{3,120})"\s+(?:awards?|prizes?|titles?|honou?rs?|medals?)$/;

/**
 * "first place in the Tieguanyin Group", "the Second Prize in the Teacher Category": a rank's
 * contest group, read as a body for its head word, is part of what was won.
 */
function contestGroupAfter(
  skeleton: Skeleton,
  rank: string,
  after: string,
): RegExpExecArray | null {
  if (!RANK_WON.test(rank)) return null;
  const group = GROUP_AFTER.exec(after);
  const named = group ? skeleton.mentionAt(Number(group[1])) : undefined;
  return named && CONTEST_GROUP.test(named.name) ? group : null;
}

const RANK_WON = new RegExp(String.raw`^(?:the\s+)?${RANK}\s+(?:place|prize|award)s?$`, "i");
const GROUP_AFTER = /^\s+in\s+the\s+\uE000(\d+)\uE001/;
const CONTEST_GROUP = /\b(?:Group|Category|Division|Section|Track)$/;

/** "the highest award of this competition - the platinum medal": the name after the dash. */
const HIGHEST_THEN_NAMED =
  /^(?:the\s+)?(?:highest|top|biggest|grand)\s+(?:awards?|prizes?|honou?rs?)(?:\s+(?:of|in)\s+[^-\u2013\u2014,;.]{1,40}?)?\s*[-\u2013\u2014]{1,2}\s*(?:the\s+)?(?=[a-zA-Z"\uE000])/i;

/** "the degree of Doctor of Engineering, honoris causa": an honorary degree, whatever the field. */
const HONORIS_CAUSA =
  /^(?:(?:the\s+)?(?:honou?rary\s+)?degrees?\s+of\s+)?(?:Doctor|Master)\s+of\s+(?:[A-Z][a-z]+\s+){0,4}?(?:and\s+)?[A-Z][a-z]+,?\s+honoris\s+causa(?:\s+degrees?)?\b/;

/**
 * A free phrase that runs to the end of the page, which stops on a word of one or two letters
 * with no full stop after it: the excerpt was cut mid-word.
 */
function cutOffAtTheEnd(
  state: DocumentState,
  context: SentenceContext,
  phrase: string,
  after: string,
): boolean {
  if (after.trim() !== "" || context.sentence.index !== state.sentences.length - 1) return false;
  if (state.view.slice(context.sentence.end).trim() !== "") return false;
  return /\s[a-z]{1,2}$/.test(phrase.trimEnd());
}

/** Where in the view the skeleton's `phrase` at `at` stands (a quote before it held back). */
function phraseSpan(skeleton: Skeleton, at: number, phrase: string, quoteBack = 0) {
  return {
    start: skeleton.toView(at - quoteBack, "start"),
    end: skeleton.toView(at + phrase.length, "end"),
  };
}

/** A new honor read from the free words at `at`, `phrase` long (a quote before it held back). */
export function freeHonor(
  state: DocumentState,
  context: SentenceContext,
  skeleton: Skeleton,
  at: number,
  phrase: string,
  batch: string | undefined,
  quoteBack = 0,
): HonorObject | undefined {
  const { start, end } = phraseSpan(skeleton, at, phrase, quoteBack);
  if (end <= start) return undefined;
  const honor = state.newMention("Honor", start, end, context.sentence, 0.7);
  (honor as Mention & { freeText?: boolean }).freeText = true;
  return { honor, ...(batch ? { batch } : {}), end: at + phrase.length };
}

export function statusOf(verbPhrase: string, sentenceText: string): ConferralStatus {
  const text = `${verbPhrase} ${sentenceText}`.toLowerCase();
  if (/\b(revok|stripped|withdrawn|cancell?ed|removed\s+from\s+the\s+list|delisted)/.test(text))
    return "revoked";
  // Named once the notice is over: "after the publicity period ended, ... were formally named".
  if (
    /\bafter\s+the\s+public(?:ity)?\s+(?:notice|period|announcement)|\b(?:formally|officially)\s+(?:named|awarded|recogni[sz]ed|identified|designated|approved|listed)/.test(
      text,
    )
  ) {
    return /\b(re-?evaluat|renew|re-?named|retain)/.test(text) ? "renewed" : "conferred";
  }
  if (
    /\b(?:announced|publici[sz]ed|released)\s+to\s+the\s+public\b|\bhereby\s+publici[sz]ed|\b(planned|proposed|intended|expected|scheduled)\s+to\s+be\b|\b(?:proposed|recommended)\s+(?:as|for)\b|\bpublic(?:ity)?\s+(?:notice|announcement|period)|\bto\s+be\s+publici[sz]ed|\bpre-?selected|\bshortlist|\bcandidates?\b|\bnominated\s+(?:for|as)\b|\bpendin/.test(
      text,
    )
  ) {
    return "proposed";
  }
  if (KEPT_TITLE.test(text) || WON_AGAIN.test(text)) return "renewed";
  return "conferred";
}

/** "passed the re-evaluation", "retained the title": a title kept after a review. */
const KEPT_TITLE =
  /\b(re-?evaluat|re-?examin|renew|re-?named|re-?confirm|re-?certif|re-?accredit|retain|remain(?:ed|ing)?\b|remains\s+(?:a|an|the|on|in|one|among)\b|kept\b|keeps?\b|maintain(?!ed\s+by\b))/;
/** "for the fifth time", "once again", "for three consecutive years": won again. */
const WON_AGAIN =
  /\b(for\s+(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:time|consecutive)|once\s+again|consecutive)/;
/** "Coach of the Year", "Lake Prize", "gold medal": an honor given anew each round. */
const GIVEN_EACH_ROUND = /\b(?:awards?|prizes?|medals?|trophy|trophies|cups?|of\s+the\s+year)\b/i;

/**
 * "won the Coach of the Year award for the second time": an award won again is a new conferral of
 * it; only a title kept ("passed the re-evaluation", "retained") or won again is renewed.
 */
export function wonAnewEachRound(
  honorName: string,
  status: ConferralStatus,
  sentenceText: string,
): ConferralStatus {
  if (status !== "renewed" || !GIVEN_EACH_ROUND.test(honorName)) return status;
  const text = sentenceText.toLowerCase();
  return WON_AGAIN.test(text) && !KEPT_TITLE.test(text) ? "conferred" : status;
}

/**
 * Works named with their makers right before a verb: '"X" led by A of B was awarded ...'; '"X" by
 * Professor A and his team as well as "Y" by Professor C won ...'. Each work is followed by "by"
 * (after a maker's verb or not), and nothing between them and the verb has a verb of its own.
 */
export function worksWithMakersBefore(skeleton: Skeleton, position: number): Mention[] {
  const clause = skeleton.text.slice(0, position);
  const start = Math.max(clause.lastIndexOf(";"), clause.lastIndexOf(". ")) + 1;
  const works: Mention[] = [];
  for (const m of clause.slice(start).matchAll(/\uE000(\d+)\uE001"?/g)) {
    const mention = skeleton.mentionAt(Number(m[1]));
    if (mention?.kind !== "Work") continue;
    const after = clause.slice(start + (m.index ?? 0) + m[0].length);
    const upTo = after.search(NEXT_WORK_BY);
    const gap = upTo > 0 ? after.slice(0, upTo) : after;
    if (!/^\s*,?\s*(?:(?:co-)?[a-z]+ed\s+)?by\b/.test(after)) continue;
    if (/\b(?:is|are|was|were|has|have|had|won|wins)\b/.test(gap)) continue;
    works.push(mention);
  }
  return works;
}

/** What makers of a work did: "completed by", "supervised by", "led by". */
const MAKER_VERBS =
  "completed|supervised|co-supervised|led|directed|written|authored|edited|produced|designed|created|developed|made|hosted|organi[sz]ed|sponsored|compiled|translated|presided\\s+over";

/** The makers of a work named before its verb: "X, completed by A and B, was awarded". */
export const MADE_BY = new RegExp(`\\b(?:${MAKER_VERBS})\\s+by\\s+(?:the\\s+)?$`, "i");
const NEXT_WORK_BY = new RegExp(`\uE000\\d+\uE001"?\\s*,?\\s*(?:(?:${MAKER_VERBS})\\s+)?by\\b`);

/**
 * A post between commas in a subject list ("Guiyang, capital of Guizhou province,"), blanked; not
 * "and ...", "along with ...", an article before a name, or a descriptor before a person ("power
 * electronics expert A").
 */
const DASHED_POST = new RegExp(DASH_POST, "g");
const POST_IN_SUBJECT = new RegExp(
  String.raw`,\s*(?!and\b|as\s+well\b|(?:along|together)\s+with\b|(?:the|a|an)\s+"?\uE000|${PERSON_DESCRIPTOR}\s+\uE000)(?:the\s+|a\s+|an\s+)?[a-z](?:[^,\uE000]|\uE000\d+\uE001)*?(?=\s*,|\s+and\s+(?:the\s+)?\uE000|$)`,
  "g",
);

/** "Beijing, Jan 10 (Xinhua) -": where and when a story was filed, not who did what. */
const DATELINE =
  /^\s*\uE000\d+\uE001\s*,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*,\s*\d{4})?\s*(?:\([^()]{0,40}\))?\s*[-\u2013\u2014]?/;

/** "whose Chinese title is", "which is called": what follows is said of the name before. */
const RELATIVE_COMPLEMENT =
  /,\s*(?:whose|which|who)\b[^,;\uE000]{0,60}?\b(?:is|are|was|were|means|meant|is\s+called|was\s+called)\s+"?(?:[A-Z][\w'-]*\s+){0,3}$/i;

/** 'The film, whose Chinese title is "X," won': whether the name at `at` is what a relative clause states. */
export function statedByRelativeClause(text: string, at: number): boolean {
  return RELATIVE_COMPLEMENT.test(text.slice(Math.max(0, at - 80), at));
}

export function resolveSubject(
  state: DocumentState,
  context: SentenceContext,
  skeleton: Skeleton,
  subjectText: string,
  position: number,
): Mention[] {
  // "Beijing, Jan 10 (Xinhua) Two scientists ... won": the dateline's city is no subject.
  const dateline = DATELINE.exec(skeleton.text);
  if (dateline && position < dateline[0].length) return [];
  if (/^(it|they)$/i.test(subjectText.trim())) {
    // A pronoun subject is the nearest organization before it in the sentence, else the previous sentence's subject.
    // "selected in the List of Lake City Sites; in 2017, it was ...": a name after a preposition
    // says where or of what, and is no antecedent.
    const before = listItems(state, skeleton, skeleton.text.slice(0, position)).filter(
      (m) =>
        (m.kind === "Organization" || m.kind === "Place") &&
        !AFTER_PREPOSITION.test(skeleton.text.slice(0, skeleton.placeholderAt(m))),
    );
    // "X, a maker of dressings in China, said it ...": a body before a place it is in.
    const nearest =
      before.filter((m) => m.kind === "Organization").at(-1) ?? before[before.length - 1];
    if (nearest) return [nearest];
    return previousSubject(state, context.sentence.index, /^it$/i.test(subjectText.trim()));
  }
  // "X, completed by A and B, was awarded": the makers are not what was awarded.
  if (MADE_BY.test(skeleton.text.slice(Math.max(0, position - 40), position))) {
    const work = worksWithMakersBefore(skeleton, position).at(-1);
    return work ? [work] : [];
  }
  // '"X" led by A of B was awarded': the work, not its makers or their body.
  const works = worksWithMakersBefore(skeleton, position + subjectText.length);
  if (works.length > 0) return works;
  // "the Series edited by the Hospital was included ...": a name after a preposition is not the subject.
  // Names inside a post ("Guiyang, capital of Guizhou province,") say where or whose, not who.
  const withoutPosts = subjectText
    .replace(POST_IN_SUBJECT, (post) => " ".repeat(post.length))
    .replace(DASHED_POST, (post) => " ".repeat(post.length));
  const items = listItems(state, skeleton, withoutOpenerTail(skeleton, position, withoutPosts));
  // "Mao Hua, chief engineer of the Pine Works, won ...": the person before the post is the subject.
  const poster = personBeforePost(skeleton, position, position + subjectText.length);
  if (poster && items.length === 1 && items[0]?.kind === "Organization") return [poster];
  // "Professor Li Wei of X University was honored": the subject is the person, not the university.
  const first = items[0];
  if (items.length === 1 && first?.kind === "Organization") {
    const at = skeleton.placeholderAt(first);
    const owner =
      /\uE000(\d+)\uE001\s*(?:,\s*[a-z][\w\s-]{0,40},\s*|,\s*)?(?:of|from)\s+(?:the\s+)?(?:\uE000\d+\uE001\s*(?:\([^()]{0,40}\)\s*)?(?:at|of|in)\s+(?:the\s+)?)*"?$/.exec(
        skeleton.text.slice(Math.max(0, at - 160), at),
      );
    const person = owner ? skeleton.mentionAt(Number(owner[1])) : undefined;
    if (person?.kind === "Person") return [...peopleListedBefore(skeleton, person), person];
  }
  // A name after a preposition is not the subject ("According to a notice of the Bureau, X was");
  // "from Hebei RTVU": a name right after another in a post is the post's too.
  let site: Mention | undefined;
  const free = items.filter((m) => {
    const at = skeleton.placeholderAt(m);
    // "Pine Village in Lake City, Hill Province has won": the province ends the site's address.
    // "A Village in Hill Province, B Village in Lake Province": a village opens the next item.
    const siteOfAddress =
      m.kind === "Place" && !SETTLEMENT.test(m.name) ? siteBefore(skeleton, at) : undefined;
    if (siteOfAddress) {
      site ??= siteOfAddress;
      return false;
    }
    const before = skeleton.text.slice(Math.max(0, at - 40), at);
    // 'The film, whose Chinese title is "X," won': a name a relative clause states is no subject.
    if (statedByRelativeClause(skeleton.text, at)) return false;
    if (m === items.at(-1) && m.kind === "Organization" && parentOfPost(skeleton, before, items))
      return false;
    // "The father-son duo of A and B won": "of" opens the list, it qualifies nothing.
    if (GROUP_OF.test(before)) return true;
    return !/\b(?:by|of|for|to|(?<!(?:together|along)\s)with|from|in|on|at|(?<!such\s)as|than|under)\s+(?:the\s+|our\s+)?(?:(?:[a-z-]+\s+)?(?:film|movie|drama|novel|documentary|series|book)\s+)?"?(?:\uE000\d+\uE001(?:\s+|\s*&\s*(?:the\s+)?)){0,2}$/i.test(
      before,
    );
  });
  // Places are the subject only on their own ("Luzhou and Yibin were ..."); beside bodies they
  // say where the bodies are.
  const holders = new Set(["Organization", "Person", "Work"]);
  const receiving = free.some((m) => holders.has(m.kind)) ? holders : new Set(["Place"]);
  const subjects = free.filter((m) => receiving.has(m.kind));
  return subjects.length === 0 && site ? [site] : subjects;
}

/** A settlement's name: a site of its own, never the end of another's address. */
const SETTLEMENT = /\b(?:Village|Town|Township|Hamlet)$/;

/** "the father-son duo of A and B": a group whose members the list after "of" names. */
const GROUP_OF_MEMBERS = String.raw`(?:[a-z-]+\s+){0,2}?(?:duo|pair|trio|couple)`;
export const GROUP_OF = new RegExp(String.raw`\b${GROUP_OF_MEMBERS}\s+of\s+(?:the\s+)?$`, "i");
/** "the cities of A, B and C", or a group's members: words that open a list with "of". */
export const LISTED_MEMBERS = `(?:cities|counties|towns|villages|districts|${GROUP_OF_MEMBERS})`;
export const LISTED_MEMBERS_OF = new RegExp(
  String.raw`\b${LISTED_MEMBERS}\s+of\s+(?:the\s+)?$`,
  "i",
);

/**
 * "Tan Ying of the School of Physics, Hill University won", "A, professor in the Department of
 * Physics, B University, was": the last body is the school's parent.
 */
const PARENT_OF_POST =
  /\b(of|from|in|at)\s+(?:the\s+)?\uE000(\d+)\uE001(?:\s*\([^()]{1,20}\))?\s*,\s*(?:the\s+)?$/i;

/**
 * `before` ends with a post's body and a comma. After "in" or "at" only a body in a person's post
 * ("A, professor in the X, B"), not a place opening the sentence ("In Shunde, B").
 */
function parentOfPost(skeleton: Skeleton, before: string, items: Mention[]): boolean {
  const m = PARENT_OF_POST.exec(before);
  if (!m) return false;
  if (/^(?:of|from)$/i.test(m[1] as string)) return true;
  return items[0]?.kind === "Person" && skeleton.mentionAt(Number(m[2]))?.kind === "Organization";
}

/** "A in B, " right before a subject: A is the site, B and the subject its address. */
const SITE_IN_PLACE =
  /(?:^|[,;:]\s*|\b(?:and|that)\s+)(?:the\s+)?\uE000(\d+)\uE001\s+in\s+\uE000\d+\uE001\s*,\s*$/;

export function siteBefore(skeleton: Skeleton, position: number): Mention | undefined {
  const m = SITE_IN_PLACE.exec(skeleton.text.slice(Math.max(0, position - 120), position));
  const site = m ? skeleton.mentionAt(Number(m[1])) : undefined;
  return site && site.kind !== "Person" && site.kind !== "Honor" ? site : undefined;
}

/** A phrase that opens a sentence before its subject and may name bodies joined by "and". */
const OPENING_PHRASE_AND =
  /(?:^|[.;!?]\s*)(?:Under|With|Through|Thanks\s+to|Supported\s+by|According\s+to|At\s+the\s+invitation\s+of|On\s+behalf\s+of)\b[^,;:.]*\band\s+(?:the\s+)?$/i;

/**
 * "Under the auspices of A and the B, C was selected": a subject read from right after the "and"
 * of an opening phrase starts after that phrase's comma; what comes before is the phrase's.
 */
function withoutOpenerTail(skeleton: Skeleton, position: number, subjectText: string): string {
  if (!OPENING_PHRASE_AND.test(skeleton.text.slice(Math.max(0, position - 200), position)))
    return subjectText;
  const comma = subjectText.indexOf(",");
  return comma < 0 ? subjectText : " ".repeat(comma) + subjectText.slice(comma);
}

const AFTER_PREPOSITION = /\b(?:of|in|into|at|to|from|on|for|by|with)\s+(?:the\s+)?$/i;

/** "It has ...", "They were ...": a sentence whose subject is a pronoun. */
const OPENS_WITH_PRONOUN =
  /^\s*(?:It|They)\s+(?:has|have|had|is|are|was|were|also|then|later|successively)\b/;

/**
 * The body a sentence-opening "It" or "They" stands for, from the sentences before: the subject
 * that opens the nearest one not itself opened by a pronoun ("X is ... It has built ... It won").
 */
const BEING_OPENER = /^\s*Being\s/;

/** The name right after a comma and right before the sentence's verb: "..., Pine City is". */
function subjectAfterBeing(state: DocumentState, context: SentenceContext): Mention | undefined {
  return context.top.find((m) => {
    const before = state.view.slice(
      Math.max(context.sentence.start, m.evidence.start - 8),
      m.evidence.start,
    );
    const after = state.view.slice(m.evidence.end, m.evidence.end + 12);
    return /,\s*(?:the\s+)?$/i.test(before) && /^\s+(?:is|was|are|were|has|have|had)\b/.test(after);
  });
}

function previousSubject(
  state: DocumentState,
  sentenceIndex: number,
  singular: boolean,
): Mention[] {
  for (let index = sentenceIndex - 1; index >= Math.max(0, sentenceIndex - 4); index--) {
    const previous = state.contexts[index];
    if (!previous) break;
    const previousText = state.view.slice(previous.sentence.start, previous.sentence.end);
    if (OPENS_WITH_PRONOUN.test(previousText)) continue;
    // "Being the last stop of X, also Y, Pine City is ...": the subject follows what it is.
    const afterBeing = BEING_OPENER.test(previousText)
      ? subjectAfterBeing(state, previous)
      : undefined;
    const subject = afterBeing ?? previous.top[0];
    const opensPrevious =
      subject !== undefined &&
      (afterBeing !== undefined ||
        previousText
          .trimStart()
          .replace(/^the\s+/i, "")
          .startsWith(state.view.slice(subject.evidence.start, subject.evidence.end)));
    if (opensPrevious && (subject.kind === "Organization" || subject.kind === "Place")) {
      return [subject];
    }
    // "The Series edited by the Hospital was listed. It won X": "it" is the series, not the body
    // the story is about; a series read as a document holds no honor here, so nothing is read.
    if (opensPrevious && (subject.kind === "Work" || subject.kind === "Document")) return [];
    break;
  }
  // Otherwise "It" is the body the story is about: the one its headline honored, else the one
  // the text has named most often so far ("they" may be any people, so not for them).
  const protagonist =
    headlineRecipient(state) ?? (singular ? mostNamedBody(state, sentenceIndex) : undefined);
  return protagonist ? [protagonist] : [];
}

/**
 * The organization or place named at least three times before a sentence, and twice as often as
 * any other name (a person's included).
 */
function mostNamedBody(state: DocumentState, sentenceIndex: number): Mention | undefined {
  const counts = new Map<string, { mention: Mention; count: number }>();
  for (const mention of state.mentions) {
    if (mention.evidence.sentenceIndex >= sentenceIndex) break;
    if (mention.kind !== "Organization" && mention.kind !== "Place" && mention.kind !== "Person")
      continue;
    const key = mention.name.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { mention, count: 1 });
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.count - a.count);
  if (!first || first.count < 3 || (second && second.count * 2 > first.count)) return undefined;
  // A story about a person: "it" is not that person, and no body is its subject.
  return first.mention.kind === "Person" ? undefined : first.mention;
}

/**
 * The single body (or place) the story is about: the one its headline honored, else the one the
 * first conferral of the text honored, when that sentence honored only one.
 */
function headlineRecipient(state: DocumentState): Mention | undefined {
  const inHeadline = state.conferrals.filter((c) =>
    c.evidence.some((e) => state.sentences[e.sentenceIndex]?.headline),
  );
  const first = state.conferrals[0]?.evidence[0]?.sentenceIndex;
  const opening = state.conferrals.filter((c) => c.evidence[0]?.sentenceIndex === first);
  const ids = new Set((inHeadline.length > 0 ? inHeadline : opening).map((c) => c.recipient));
  if (ids.size !== 1) return undefined;
  const recipient = state.byId.get([...ids][0] as string);
  return recipient && recipient.kind !== "Person" ? recipient : undefined;
}

/**
 * The person a clause opens with when the subject at [start, end) sits in that person's post:
 * "Among them, Mao Hua, chief engineer of the Pine Works, won ..." (the subject read is the Works).
 */
function personBeforePost(skeleton: Skeleton, start: number, end: number): Mention | undefined {
  const closed = /^\s*,/.test(skeleton.text.slice(end));
  const m =
    /(?:^|[,;:]\s*)\uE000(\d+)\uE001\s*,\s*([a-z](?:[^.;:\uE000]|\uE000\d+\uE001){0,200})$/.exec(
      skeleton.text.slice(Math.max(0, start - 300), start),
    );
  // A translation may drop the comma that closes the post: "A, a professor and Secretary of B was
  // awarded"; then the words before the body must name a post.
  if (!m || (!closed && !POST_NOUN.test(m[2] as string))) return undefined;
  // "A, head of B, said the C was named": the post ended and a clause of its own began.
  if (REPORTING_VERB.test(m[2] as string)) return undefined;
  const person = skeleton.mentionAt(Number(m[1]));
  return person?.kind === "Person" ? person : undefined;
}

const REPORTING_VERB =
  /\b(?:said|says|announced|announces|stated|states|noted|notes|told|added|explained|revealed|reported|learned|learnt|believes|believed|introduced|pointed\s+out|stressed|emphasi[sz]ed)\b/i;

const POST_NOUN =
  /\b(?:secretary|president|director|professor|chairman|chairwoman|head|dean|manager|engineer|teacher|researcher|technician)\s+(?:and\s+[a-z]+\s+)?(?:of|at)\b/i;

/** "A, B and C from the X": the people listed before the last one (C), in order. */
function peopleListedBefore(skeleton: Skeleton, last: Mention): Mention[] {
  const at = skeleton.placeholderAt(last);
  const list = /((?:\uE000\d+\uE001\s*,\s*)*\uE000\d+\uE001)\s*,?\s*(?:and|&)\s*$/.exec(
    skeleton.text.slice(Math.max(0, at - 400), at),
  );
  if (!list) return [];
  const people: Mention[] = [];
  for (const m of (list[1] as string).matchAll(/\uE000(\d+)\uE001/g)) {
    const mention = skeleton.mentionAt(Number(m[1]));
    if (mention?.kind !== "Person") return [];
    people.push(mention);
  }
  return people;
}

/** What `id.split("#m")[1]` gives (the mention's number), without the array. */
export function mentionNumber(id: string): string | undefined {
  const at = id.indexOf("#m");
  if (at < 0) return undefined;
  const next = id.indexOf("#m", at + 2);
  return next < 0 ? id.slice(at + 2) : id.slice(at + 2, next);
}

/** A conferral of `honor` to `recipient` read in one sentence, before issuers and dates. */
export function conferralOf(
  state: DocumentState,
  sentenceIndex: number,
  recipient: Mention,
  honor: Mention,
  status: ConferralStatus,
  evidence: Evidence[],
): Conferral {
  const confidence = Math.min(...evidence.map((e) => e.confidence));
  return {
    id: `${state.announcement.id}#c${sentenceIndex}-${mentionNumber(recipient.id)}-${mentionNumber(honor.id)}`,
    announcementId: state.announcement.id,
    recipient: rootOf(state, recipient).id,
    honor: honor.id,
    issuers: [],
    nominators: [],
    status,
    evidence,
    confidence,
  };
}

export function makeConferral(
  state: DocumentState,
  context: SentenceContext,
  recipient: Mention,
  object: HonorObject,
  status: ConferralStatus,
  extra: Partial<Conferral>,
  matchStart: number,
  matchEnd: number,
  skeleton: Skeleton,
): Conferral {
  const start = skeleton.toView(matchStart, "start");
  const end = skeleton.toView(matchEnd, "end");
  const confidence = object.honor.evidence.confidence >= 0.8 ? 0.85 : 0.7;
  const conferral: Conferral = {
    ...conferralOf(state, context.sentence.index, recipient, object.honor, status, [
      state.evidence(start, end, context.sentence, confidence),
    ]),
    confidence,
    ...extra,
  };
  if (object.batch) conferral.batch = object.batch;
  return conferral;
}

/** A year right after an honor: "X in 2019". */
export function yearAfter(text: string, position: number): string | undefined {
  const m = YEAR_AFTER.exec(text.slice(position));
  return m?.[1] ?? m?.[2];
}
// "X in 2019"; "the fellow of X (since 2004)", "(2019)": the year right after an honor is its own.
const YEAR_AFTER = /^(?:\s+in\s+((?:19|20)\d{2})\b|\s*\((?:since\s+|in\s+)?((?:19|20)\d{2})\))/;

/**
 * One conferral per recipient and honor read in one clause (never a body's honor of itself), each
 * with its evidence from `start` to the honor's end or `end`, whichever is later.
 */
export function pairConferrals(
  clause: { state: DocumentState; context: SentenceContext; skeleton: Skeleton },
  recipients: Mention[],
  objects: HonorObject[],
  status: ConferralStatus,
  extra: Partial<Conferral>,
  start: number,
  end: number,
): Array<{ conferral: Conferral; object: HonorObject }> {
  const { state, context, skeleton } = clause;
  const pairs: Array<{ conferral: Conferral; object: HonorObject }> = [];
  for (const recipient of recipients) {
    // "A in 2001 and B in 2013": a year right after each of several holders of one honor is theirs.
    const own =
      recipients.length > 1 && objects.length === 1
        ? yearAfterMention(skeleton, recipient)
        : undefined;
    for (const object of objects) {
      if (object.honor.id === recipient.id) continue;
      const matchEnd = Math.max(end, object.end);
      const conferral = makeConferral(
        state,
        context,
        recipient,
        object,
        status,
        extra,
        start,
        matchEnd,
        skeleton,
      );
      if (own) conferral.date = own;
      pairs.push({ conferral, object });
    }
  }
  return pairs;
}

function yearAfterMention(skeleton: Skeleton, mention: Mention): string | undefined {
  const placeholder = `\uE000${skeleton.indexOf(mention)}\uE001`;
  const at = skeleton.text.indexOf(placeholder);
  return at < 0 ? undefined : yearAfter(skeleton.text, at + placeholder.length);
}

/** Issuers and nominators named with "by": "recommended by X" nominates, "named by Y" confers. */
export function byAgents(
  state: DocumentState,
  skeleton: Skeleton,
  from: number,
): { issuers: Mention[]; nominators: Mention[] } {
  const rest = skeleton.text.slice(from);
  const issuers: Mention[] = [];
  const nominators: Mention[] = [];
  const re = BY_AGENTS;
  re.lastIndex = 0;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    const items = organizationsIn(state, skeleton, m[2] as string);
    const verb = (m[1] ?? "").trim().toLowerCase();
    if (/^(recommended|nominated|submitted|reported)$/.test(verb)) nominators.push(...items);
    else if (verb === "") issuers.push(...items);
  }
  return { issuers, nominators };
}

function precision(date: {
  year?: number;
  month?: number;
  day?: number;
  relative?: string;
  weekday?: number;
}): number {
  const relativeDay = date.relative === "yesterday" || date.relative === "today";
  if (date.day !== undefined || relativeDay || date.weekday !== undefined) return 3;
  return date.month !== undefined ? 2 : 1;
}

/** Kinds of names that can hold a date that is not the conferral's ("May 1st Labor Medal"). */
const DATED_NAMES = new Set(["Honor", "Program", "Event", "Document"]);

/** "the top ten figures of 2021": the date reads "of 2021", or "of" stands right before it. */
function yearOfAList(view: string, date: { start: number; end: number }): boolean {
  return (
    /^of\s/i.test(view.slice(date.start, date.end)) ||
    /\bof\s+$/i.test(view.slice(Math.max(0, date.start - 4), date.start))
  );
}

/** "National May 1st Labor Awards": a date between two capitalised words belongs to a name. */
function insideCapitalisedName(view: string, date: { start: number; end: number }): boolean {
  const before = view.slice(Math.max(0, date.start - 24), date.start);
  const after = view.slice(date.end, date.end + 16);
  return (
    /\b(?!(?:On|In|Since|From|By|Before|After|Until|Till|Of|At|The)\s)[A-Z][a-z]+\s+$/.test(
      before,
    ) && /^(?:st|nd|rd|th)?\s+[A-Z][a-z]/.test(after)
  );
}

/**
 * Dates of what led to the conferral, not of the conferral: the end of a publicity period ("the
 * publicity was completed on July 12"), the deeds it rewards ("in recognition of their work ...
 * in 2020").
 */
function datesTheReason(view: string, date: { start: number }, sentenceStart: number): boolean {
  const before = view.slice(Math.max(sentenceStart, date.start - 200), date.start);
  return (
    // "The museum, which opened in 2010, was named ...": the year of a founding, not of the honor.
    /\b(?:founded|established|built|opened|set\s+up|completed|launched|started|born)\s+(?:in\s+|on\s+)?$/i.test(
      before,
    ) ||
    /\b(?:publicity|public\s+notice|notice\s+period)\b[^,;]*$/i.test(before.slice(-80)) ||
    /\b(?:in\s+recognition\s+of|for\s+(?:their|his|her|its)\s+(?:outstanding\s+|great\s+|important\s+)?contributions?)\b/i.test(
      before,
    )
  );
}

/** The sentence's dates that are not part of a name. */
export function datesOutsideNames(state: DocumentState, context: SentenceContext): DateMention[] {
  // The sentence's own names (not every mention of the text: that would be quadratic).
  const names = context.top.filter((m) => DATED_NAMES.has(m.kind));
  return context.dates.filter(
    (d) =>
      !names.some((m) => m.evidence.start <= d.start && d.end <= m.evidence.end) &&
      !insideCapitalisedName(state.view, d) &&
      !datesTheReason(state.view, d, context.sentence.start) &&
      // "the top ten figures of 2021", "the class of 2020": a year after "of" names a list.
      !(d.month === undefined && yearOfAList(state.view, d)),
  );
}

/** The conferral date a sentence gives, worked out once per sentence (kept on the context). */
export function sentenceDate(state: DocumentState, context: SentenceContext): string | undefined {
  if (context.conferralDate === undefined)
    context.conferralDate = readSentenceDate(state, context) ?? null;
  return context.conferralDate ?? undefined;
}

function dateRank(state: DocumentState, context: SentenceContext, d: DateMention): number {
  return precision(d) - (datesTheReport(state, context, d) ? 3 : 0);
}

/**
 * A dateline's or a page stamp's date ("Beijing, February 5 (Reporter ...)", "Lake City,
 * China--(Wire Corp. - May 2, 2031)", "Date: 2031-05-02"): when the report was filed, not when
 * what it tells happened.
 */
export function datesTheReport(
  state: DocumentState,
  context: SentenceContext,
  d: DateMention,
): boolean {
  const before = state.view.slice(context.sentence.start, d.start).replace(LEADING_STAMP, "");
  if (before.length <= DATELINE_REACH && DASH_AFTER.test(state.view.slice(d.end, d.end + 50)))
    return true;
  return (
    DATELINE_BEFORE.test(before) ||
    WIRE_DATELINE_BEFORE.test(before) ||
    STAMP_LABEL_BEFORE.test(before)
  );
}

/** "(Lake Global) Sept.11 -- The winners ...": a date a dash follows, at a sentence's start. */
const DASH_AFTER = /^,?\s*(?:(?:19|20)\d{2}\s*)?(?:\([^()]{1,40}\)\s*)?(?:--|\u2014|\u2013\s)/;
const DATELINE_REACH = 40;

function readSentenceDate(state: DocumentState, context: SentenceContext): string | undefined {
  const own = datesOutsideNames(state, context).filter(
    (d) => !WHAT_IT_WAS_FOR.test(state.view.slice(context.sentence.start, d.start)),
  );
  // The most precise date of the sentence: "On the morning of March 5" beats "work in 2021".
  // A dateline ("Beijing, February 5 (Reporter ...)") dates the report: any other date ranks first.
  const ranked = own.sort((a, b) => dateRank(state, context, b) - dateRank(state, context, a));
  for (const date of ranked) {
    if (date.until && date.year === undefined) {
      // "held from October 13 to 15": the month of a range within one.
      const month = rangeMonth(state, date, context.sentence, state.publicationDate);
      if (month) return month;
      continue;
    }
    if (date.until) {
      // "held from October 29 to November 1, 2006": the conferral fell within; its year is sure,
      // and its month when the range stays in one ("September 18-21, 2017").
      if (date.year === undefined || date.until.year !== date.year) continue;
      const month = date.month !== undefined && date.until.month === date.month;
      return month ? formatDate({ year: date.year, month: date.month }) : String(date.year);
    }
    if (date.relative === "this-year" && !state.publicationDate) continue;
    const value = resolveDate(state, date, context.sentence, state.publicationDate);
    if (value) return value;
  }
  // "At the ceremony that night, ...": the ceremony the sentence before has dated.
  const previous = state.contexts[context.sentence.index - 1];
  if (
    previous &&
    !previous.sentence.headline &&
    AT_THE_EVENT.test(state.view.slice(context.sentence.start, context.sentence.end))
  )
    return sentenceDate(state, previous);
  // "On December 21, the Association announced the list. Among them, A was rated X": the list's
  // holders take the date it was announced.
  if (EARLIER_TIME.test(state.view.slice(context.sentence.start, context.sentence.end)))
    return undefined;
  for (let back = 1; back <= ANNOUNCED_REACH; back++) {
    const before = state.contexts[context.sentence.index - back];
    if (!before || before.sentence.headline) break;
    if (announcesDated(state, before)) return sentenceDate(state, before);
  }
  return undefined;
}

// "In past years, A has won X": a time of its own, earlier than the announcement before it.
const EARLIER_TIME =
  /\b(?:in\s+(?:the\s+)?(?:past|previous|recent|earlier)\s+years|over\s+the\s+(?:past\s+)?years|in\s+the\s+past|previously|earlier|successively|once)\b/i;

/**
 * "won the Prize for their discovery of the virus in 2003": a year in what the honor was given
 * for is the work's, not the win's.
 */
const WHAT_IT_WAS_FOR =
  /\b(?:won|wins|awarded|received|honou?red|granted|given|presented)\b[^;:]*?\bfor\s+(?:their|his|her|its|the)\s+(?:[a-z-]+\s+){0,3}?(?:discover(?:y|ies)|research|work|studies|study|contributions?|role|efforts?|achievements?|invention|findings?)\b[^;:]*$/i;

/** How many sentences back an announcement may date the holders it lists. */
const ANNOUNCED_REACH = 2;

// A sentence that demotes or upgrades a counted group, and says when, dates the names listed
// right after it ("Those were A and B.").
const ANNOUNCING =
  /\b(?:announced|announces|released|releases|published|publishes|issued|issues|unveiled|named|selected|approved|awarded|recogni[sz]ed|granted|conferred|designated|rated|upgraded|downgraded|promoted|demoted)\b/i;

/** The sentence announces something and says when. */
function announcesDated(state: DocumentState, context: SentenceContext): boolean {
  return (
    context.dates.length > 0 &&
    ANNOUNCING.test(state.view.slice(context.sentence.start, context.sentence.end))
  );
}

const DATELINE_BEFORE = /^[\s,]*(?:(?:[A-Z][\w'-]*\s*){1,3},\s*){1,2}$/;
/** " date 2031-05-02 Lake City, May 2 -- ...": a page's date stamp before its dateline. */
const LEADING_STAMP = /^\s*date\s+\d{4}-\d{2}-\d{2}(?=\s)/i;
/** "Lake City, China--(Wire Corp. - May 2, 2031) - On April 28, ...": a wire service's dateline. */
const WIRE_DATELINE_BEFORE = /^[\s,]*(?:[A-Z][\w'-]*[\s,]*){1,4}--\s*\([^()]{2,40}?[-\u2013]\s*$/;
/** "Date: 2031-05-02 On April 28, ...", " date 2031-05-02 ...": a page stamp's date, not the story's. */
const STAMP_LABEL_BEFORE = new RegExp(
  String.raw`(?:^\s*date|\b${DATE_LABEL}\s*[:\uFF1A])\s*$`,
  "i",
);

const AT_THE_EVENT =
  /^(?:\S+\s+){0,3}?(?:at|during)\s+the\s+(?:same\s+|award(?:s|ing)?\s+|opening\s+|closing\s+)?(?:ceremony|meeting|conference|event|gala|session|congress|celebration|assembly)\b/i;

/** What the readers of one sentence share: the sentence, what is taken, and how to emit. */
interface Scan {
  state: DocumentState;
  context: SentenceContext;
  skeleton: Skeleton;
  text: string;
  sentenceText: string;
  date: string | undefined;
  out: Conferral[];
  claim: (s: number, e: number) => boolean;
  /** Whether a claimed range holds `position`. */
  isTaken: (position: number) => boolean;
  emit: (
    recipients: Mention[],
    objects: HonorObject[],
    status: ConferralStatus,
    extra: Partial<Conferral>,
    s: number,
    e: number,
  ) => void;
  agentsOf: (from: number) => Partial<Conferral>;
  moreObjects: (first: HonorObject) => HonorObject[];
  /** HAS_PASSIVE_VERB on the sentence, tested once (two readers ask). */
  passiveVerb: () => boolean;
}

/**
 * "the highest level ...", "the top honor ...": words that describe an honor just named (but "the
 * top ten X" may be one more honor of a list); "Project 211, a key decision taken by the council":
 * what the programme is, not a title.
 */
const DESCRIBES_THE_HONOR =
  /^(?:the|a|an)\s+(?:highest|supreme|ultimate|most\s+prestigious|top\s+(?:honou?r|level|rating|grade)|(?:[a-z-]+\s+){0,3}(?:decision|initiative|scheme|policy|move|strategy)\s+(?:made|launched|issued|adopted|taken|aimed|designed|by|of|to)\b)/i;

function startScan(state: DocumentState, context: SentenceContext, skeleton: Skeleton): Scan {
  const out: Conferral[] = [];
  const text = skeleton.text;
  const sentenceText = state.view.slice(context.sentence.start, context.sentence.end);
  const taken: Array<[number, number]> = [];
  const date = sentenceDate(state, context);
  let passiveVerb: boolean | undefined;
  // The helpers are methods, not arrow functions: tsx (keepNames) would name four new closures
  // for every sentence.
  return {
    state,
    context,
    skeleton,
    text,
    sentenceText,
    date,
    out,
    isTaken(position) {
      return taken.some(([a, b]) => a <= position && position < b);
    },
    claim(s, e) {
      if (taken.some(([a, b]) => s < b && a < e)) return false;
      taken.push([s, e]);
      return true;
    },
    emit(recipients, objects, status, extra, s, e) {
      const clause = { state, context, skeleton };
      const pairs = pairConferrals(clause, recipients, objects, status, extra, s, e);
      const counted = countedBefore(skeleton, recipients);
      for (const { conferral, object } of pairs) {
        // "honored as A in 2019, B in 2020": a year right after an honor is that honor's.
        const year = yearAfter(skeleton.text, object.end);
        if (year && objects.length > 1) conferral.date = year;
        conferral.date ??= clauseYear(skeleton.text, s) ?? date;
        // "the top 100 counties": the ranking's size is the cohort, not the count of those listed.
        const top = RANKED_TOP.exec(object.honor.name);
        if (top) conferral.cohortSize = cohortSize(top[1]) ?? conferral.cohortSize;
        else if (counted && conferral.cohortSize === undefined) conferral.cohortSize = counted;
        out.push(conferral);
      }
    },
    agentsOf(from) {
      const agents = byAgents(state, skeleton, from);
      return {
        issuers: statedIssuers(state, agents.issuers),
        nominators: agents.nominators.map((i) => rootOf(state, i).id),
      };
    },
    passiveVerb() {
      passiveVerb ??= HAS_PASSIVE_VERB.test(text);
      return passiveVerb;
    },
    moreObjects(first) {
      const objects = [first];
      // "X in the world by the Y": a body after "by" gives the honor; it is no next object.
      let position = first.end;
      // "the titles of A, B and C": each item is a title, in lower case or not.
      const titled = TITLES_OF_BEFORE.test(text.slice(Math.max(0, first.end - 200), first.end));
      let skips = 0;
      let afterSkip = false;
      for (let guard = 0; guard < 16; guard++) {
        const rest = text.slice(position);
        const next = (titled ? TITLED_NEXT_ITEM.exec(rest) : null) ?? NEXT_OBJECT.exec(rest);
        // "the X Prize in Welcoming the \"Ninth Games\", the Y": a tail no reader knows after a
        // title, then the list goes on with a named title.
        const tail = !next && skips < 4 ? UNREAD_TAIL.exec(rest) : null;
        if (tail) {
          [skips, position, afterSkip] = [skips + 1, position + tail[0].length, true];
          continue;
        }
        if (!next || GAPPED_CLAUSE.test(text.slice(position + next[0].length))) break;
        // "the 5A category, the top grade of the scheme": an aside that ranks the honor just read.
        if (/,/.test(next[0]) && DESCRIBES_THE_HONOR.test(text.slice(position + next[0].length)))
          break;
        const start = position + next[0].length;
        // 'named "A" and "B"': a quoted title right after a quoted title is one more, whatever its head.
        // 'named a "A" and a "B"': so after an article too.
        const listed = text[position] === '"' && /^(?:(?:the|an?)\s+)?"/i.test(text.slice(start));
        const object = readHonorObject(state, context, skeleton, start, { listed, titled });
        if (!object) {
          // "the A, the Best Practices in China Human Settlements, the B": an item no reader
          // knows, in a list of titles, is passed over when a named title follows it.
          const unread = skips < 4 ? UNREAD_ITEM.exec(text.slice(start)) : null;
          if (!unread) break;
          [skips, position, afterSkip] = [skips + 1, start + unread[0].length, true];
          continue;
        }
        // After an item passed over, only a title read by its name goes on with the list.
        if (afterSkip && (object.honor.kind !== "Honor" || isFreeText(object.honor))) break;
        afterSkip = false;
        // "won the X; the museum also ...": after a semicolon only a name read as an honor goes on.
        if (next[0].includes(";") && (object.honor.kind !== "Honor" || isFreeText(object.honor)))
          break;
        // "..., and X is selected to ...", "and X (members: A, B) won ...": X opens a clause of its own.
        if (CLAUSE_OF_ITS_OWN.test(text.slice(object.end))) break;
        if (opensWithHolder(skeleton, position + next[0].length, object)) break;
        objects.push(object);
        position = object.end;
      }
      return objects;
    },
  };
}

/** What opens the next honor of a list after one read: a comma or "and", then an article, a level or a name. */
const NEXT_OBJECT =
  /^(?:,(?="))?"?(?:\s+in\s+the\s+(?:(?!\bby\s)[^,.;:]){0,60}?|\s+in\s+(?:19|20)\d{2})?(?:\s*\([^()]{0,120}\))?\s*[,;]?\s*(?:[Aa]nd\s+|as\s+well\s+as\s+)?(?:also\s+)?(?=(?:(?<=\band\s+)")?(?:[Tt]he|[Aa]n?)\s+(?:(?:[Hh]onou?rary\s+)?[Tt]itle\s+of\b|[a-zA-Z]+\s|"?\uE000)|(?:[Nn]ational|[Pp]rovincial|[Mm]unicipal|[Cc]ity|[Cc]ounty)\s|(?<=(?:,|\band)\s*)(?:"?\uE000|"?[A-Z][a-z]+\s|(?:the\s+)?(?:19|20)\d{2}\s+(?=[A-Z\uE000])))/;

/** After "the titles of", a comma or "and" before any item in lower case. */
const TITLED_NEXT_ITEM = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=[a-z])/;

/** An item of a list, up to the comma before the next item that opens with a name. */
const UNREAD_ITEM =
  /^(?:[^,.;:\uE000()"]|\uE000\d+\uE001|"[^"]{0,60}"|\([^()]{0,60}\)){1,120}?(?=\s*,\s*(?:and\s+)?(?:the\s+)?(?:[A-Z]|\uE000))/;

/** A short tail after a title, in Title Case or quoted, up to the comma before the next item. */
const UNREAD_TAIL =
  /^\s+(?:in|to|for|of|on)\s+(?:(?:the|a|an|and|of|for|in|to)\s+|[A-Z][\w'-]*\s*|"[^"]{1,60}"\s*|\uE000\d+\uE001\s*){1,10}(?=,\s*(?:and\s+)?(?:the\s+)?(?:[A-Z]|\uE000))/;

/** "Outstanding Builder of Socialism with Chinese Characteristics": the title's own last words. */
const CHINESE_CHARACTERISTICS = /^\s+with\s+Chinese\s+characteristics\b/i;

const TITLE_CASE_TAIL =
  /^\s+(?:to|in)\s+(?:the\s+)?[A-Z][a-z][\w'-]*(?:\s+(?:(?:and|of|the|for|to|in)\s+)?[A-Z][a-z][\w'-]*){1,6}(?=\s*[,;]|\s*\.?\s*$|\s+and\s+(?:the\s+)?[A-Z\uE000])/;

/** "boasts the titles of A": the first of a list of titles, no comma before it. */
const TITLES_OF_BEFORE = /\btitles\s+of\s+(?:the\s+|a\s+|an\s+)?"?[^,;"]*$/i;

// "..., Xinhua News Agency reported": who reports the news opens a clause of its own too.
const CLAUSE_OF_ITS_OWN =
  /^(?:\s*\([^()]{0,120}\))?\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|won|wins|received|receives|obtained|gained|earned|claimed|secured|took|takes|reported|reports|said|says|stated|noted|wrote|added)\b/;
/** "72 cities in 46 countries, including A, B and C": a count of the holders a list opens from. */
// The count nearest the list: "84 firms including A were awarded X, 25 people including B ..."
// gives B's list 25 (a greedy lead leaves the last count that fits); a count after "in" says
// where ("72 cities in 46 countries, including A").
const COUNT_INCLUDING = new RegExp(
  String.raw`^[\s\S]*(?<!\b(?:in|across)\s)\b(${NUMBER})\s+(?:[a-z-]+\s+){0,3}?[a-z]+s\b[^.;]{0,80}?,?\s*(?:including|such\s+as|among\s+(?:them|which)|namely)\s*,?\s*(?:the\s+)?"?$`,
  "i",
);

/** "the top ten science communicators": a ranking, whose size is how many hold the honor. */
// "In 2009, it was listed as A; in 2017, it was rated as B": a year that opens a clause.
const CLAUSE_YEAR = /(?:^|[;,]\s*(?:and\s+)?)in\s+((?:19|20)\d{2})\s*,/gi;

/**
 * The year of the clause holding `position`, when the sentence opens two clauses or more with a
 * year of their own ("In 2009, A was named X; in 2017, it was rated Y": Y is 2017's).
 */
export function clauseYear(text: string, position: number): string | undefined {
  const openers = [...text.matchAll(CLAUSE_YEAR)];
  if (openers.length < 2) return undefined;
  const before = openers.filter((m) => (m.index ?? 0) < position);
  return before[before.length - 1]?.[1];
}

export const RANKED_TOP = /^(?:the\s+)?top\s+(\d{1,4}|[a-z]+)\b/i;

/** The count a list of `recipients` opens from, when the list follows "including" at once. */
export function countedBefore(skeleton: Skeleton, recipients: Mention[]): number | undefined {
  const positions = recipients.map((r) => skeleton.placeholderAt(r)).filter((i) => i >= 0);
  if (positions.length === 0) return undefined;
  const m = COUNT_INCLUDING.exec(skeleton.text.slice(0, Math.min(...positions)));
  return m ? cohortSize(m[1]) : undefined;
}

const MENTIONS_TITLE = /title/i;
const MENTIONS_LIST = /list/i;
const LIST_OR_AMONG = /\b(?:lists?|among)\b/i;
const APPROVED_TO_WORDS = /\bapproved\s+to\b/i;
const NOMINATING_VERB = /\b(?:recommended|nominated)\b/i;
const PASSED = /\bpass(?:ed|es)\b/i;
/**
 * "passed the re-examination of the X": a body passes a review that renews an honor; passing an
 * on-site review "for" or "as" a rated kind of body ("... for a Grade-A3 clinic") confers it, as
 * passing a named accreditation or certification does ("passed the JCI accreditation").
 */
const PASSED_REVIEW =
  /^\s+(?:the\s+)?(?:(?!the\s)(?:[\w"\uE000\uE001-]+\s+){1,5}(?:accreditation|certification)\b|re-?(?:evaluation|examination|inspection|assessment|review)s?\b|(?:(?:on-?(?:site|spot)|final|expert|acceptance|official)\s+)?(?:evaluation|examination|inspection|assessment|review|acceptance\s+check|certification|accreditation|recognition)s?\s+(?:of|as|for)\s)/i;
const REVIEWERS = /\b(?:experts?|specialists?|committees?|panels?|teams?|groups?|leaders?)$/i;
const QUALIFICATION_OF = /\b(?:qualification|title|designation|status|plaque)\s+of\b/i;
const SIGN_VERB = /\b(?:signed|signs|inked|concluded)\b/i;
const ATTENDED_BY = /\battended\s+by\b/i;
const ISSUE_VERB =
  /\b(?:announced|issued|released|published|promulgated|distributed|made\s+public)\b/i;
const PLACEHOLDER_FIRST = /^"?\uE000(\d+)\uE001"?/;
const QUOTE_LAST = /"\s*$/;

/**
 * '"Model City" in 2019', '"Model City" three consecutive times', '"Model Cities" - the top
 * honor': a quoted title ends at its closing quote before a preposition, a dash, or lower-case
 * words that name no honor.
 */
function quotedTitleEnd(phrase: string): RegExpExecArray | null {
  const closing =
    /^([^"]+)"(?=\s+(?:in|of|for|by|at|from|with|during|on|among)\b|\s*[\u2013\u2014-]\s|\s+([a-z][\s\S]*))/.exec(
      phrase,
    );
  const more = closing?.[2];
  // '"the home of tea" and "the home of silk"': another quoted title follows, a list of two.
  if (more !== undefined && /^(?:and|or)\s+"/.test(more)) return closing;
  if (
    more !== undefined &&
    (HONOR_NOUN_ANYWHERE.test(more) || /^(?:list|ranking|roster)s?\b/.test(more))
  )
    return null;
  return closing;
}

/** "A, B and C awarded the title of X to 183 units, including D". */
function readIssuerActive(scan: Scan): void {
  const { state, skeleton, text } = scan;
  ISSUER_ACTIVE.lastIndex =
    text.includes(PLACEHOLDER_MARK) && HAS_ISSUER_VERB.test(text) ? 0 : text.length;
  for (let m = ISSUER_ACTIVE.exec(text); m; m = ISSUER_ACTIVE.exec(text)) {
    const issuers = organizationsIn(state, skeleton, m[1] as string);
    if (issuers.length > 0) givenTo(scan, m, issuers);
  }
}

// "Awarding the honorary title of X to 13 units, including A": a headline's or a list's gerund,
// its giver left unsaid.
const GERUND_GIVES =
  /^\s*(?:Awarding|Granting|Conferring|Presenting)\s+(?:the\s+)?(?:honou?rary\s+)?(?:titles?\s+of\s+)?/;

/** "Awarding the title of X to 13 units, including A": the holders after "to", no giver named. */
function readGerundGives(scan: Scan): void {
  const m = GERUND_GIVES.exec(scan.text);
  if (m) givenTo(scan, m, []);
}

/** The honor right after the giving verb `m`, and its holders after "to": "X to 13 units, including A". */
function givenTo(scan: Scan, m: RegExpExecArray, issuers: Mention[]): void {
  const { state, context, skeleton, text, sentenceText, claim, emit } = scan;
  const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
  if (!object) return;
  const to = TO_RECIPIENTS.exec(text.slice(object.end));
  if (!to) return;
  const recipients = recipientsIn(state, skeleton, to[2] as string);
  if (recipients.length === 0 || !claim(m.index, object.end + to[0].length)) return;
  const size = cohortSize(to[1]);
  emit(
    recipients,
    [object],
    statusOf(m[0], sentenceText),
    {
      ...(issuers.length > 0 ? { issuers: statedIssuers(state, issuers) } : {}),
      ...(size ? { cohortSize: size } : {}),
    },
    m.index,
    object.end + to[0].length,
  );
}

/** "A head of state signs an order to award": a person may give by order or decree. */
const BY_ORDER = /\b(?:order|decree)\s+to\s+\w+\s*$/i;

/** Who names or awards: the subject's bodies, or its people when they sign an order. */
function issuersIn(state: DocumentState, skeleton: Skeleton, subject: string, clause: string) {
  const bodies = organizationsIn(state, skeleton, subject);
  if (bodies.length > 0 || !BY_ORDER.test(clause)) return bodies;
  return listItems(state, skeleton, subject).filter((x) => x.kind === "Person");
}

/** "A named N units as X, including B", "A named N units, including B, as X", "A named B a X", "A awarded B the title of X": the subject is the issuer. */
function readIssuerNaming(scan: Scan): void {
  const { state, skeleton, text } = scan;
  ISSUER_NAMING.lastIndex =
    text.includes(PLACEHOLDER_MARK) && (scan.passiveVerb() || HAS_DECIDED_TO.test(text))
      ? 0
      : text.length;
  for (let m = ISSUER_NAMING.exec(text); m; m = ISSUER_NAMING.exec(text)) {
    // An issuer named by its kind ("the ministry") names no body: the conferral has no issuer.
    const issuers = m[1] === undefined ? [] : issuersIn(state, skeleton, m[1], m[0]);
    if (m[1] !== undefined && issuers.length === 0) continue;
    // The subject must not itself be the object of a preposition ("... by A named"); a list that
    // starts so may hold the subject further on ("According to a notice of A, B named").
    if (
      /\b(?:by|of|for|to|with|from|as)\s+(?:the\s+)?"?$/i.test(
        text.slice(Math.max(0, m.index - 12), m.index),
      )
    ) {
      ISSUER_NAMING.lastIndex = m.index + 1;
      continue;
    }
    const issuerRefs = statedIssuers(state, issuers);
    const after = m.index + m[0].length;
    const cohortFirst = COHORT_FIRST.exec(text.slice(after));
    if (cohortFirst) readNamedCohort(scan, m, issuerRefs, cohortFirst, after);
    else readNamedDirectly(scan, m, issuerRefs, after);
  }
}

/** "A named 40 units, including B and C, as X", "A named three parks, B, C and D, as X" and "A named 40 units as X, including B and C". */
function readNamedCohort(
  scan: Scan,
  m: RegExpExecArray,
  issuers: IssuerRef[],
  cohortFirst: RegExpExecArray,
  after: number,
): void {
  const { state, context, skeleton, text, sentenceText, claim, emit } = scan;
  const size = cohortSize(cohortFirst[1]);
  const extra = { issuers, ...(size ? { cohortSize: size } : {}) };
  const afterCohort = after + cohortFirst[0].length;
  const listThenObject = INCLUDING_LIST_THEN_OBJECT.exec(text.slice(afterCohort));
  if (listThenObject) {
    const objectAt = afterCohort + listThenObject[0].length;
    const object = readHonorObject(state, context, skeleton, objectAt);
    if (!object || !claim(m.index, object.end)) return;
    const recipients = recipientsIn(state, skeleton, listThenObject[1] as string);
    emit(recipients, [object], statusOf(m[0], sentenceText), extra, m.index, object.end);
    return;
  }
  const object = readHonorObject(state, context, skeleton, afterCohort);
  if (!object) return;
  const including = INCLUDING_LIST.exec(text.slice(object.end));
  const end = object.end + (including ? including[0].length : 0);
  if (!including || !claim(m.index, end)) return;
  const recipients = recipientsIn(state, skeleton, including[1] as string);
  emit(recipients, [object], statusOf(m[0], sentenceText), extra, m.index, end);
}

/** "A named B (as) a X", "A awarded B the title of X". */
function readNamedDirectly(
  scan: Scan,
  m: RegExpExecArray,
  issuers: IssuerRef[],
  after: number,
): void {
  const { state, context, skeleton, text, sentenceText, claim, emit } = scan;
  const direct = DIRECT_OBJECT_LIST.exec(text.slice(after));
  if (!direct) return;
  const recipients = recipientsIn(state, skeleton, direct[1] as string);
  if (recipients.length === 0) return;
  const object = readHonorObject(state, context, skeleton, after + direct[0].length);
  if (!object || !claim(m.index, object.end)) return;
  emit(recipients, [object], statusOf(m[0], sentenceText), { issuers }, m.index, object.end);
  readGappedObjects(scan, m, issuers, object.end);
}

/** ", and C the Y": one more holder and honor after the first pair, the verb left out. */
const GAPPED_DIRECT = /^\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?=(?:the\s+)?\uE000)/;

/** "A awarded B the X, and C the Y": each later pair read as the first was, up to a few. */
function readGappedObjects(
  scan: Scan,
  m: RegExpExecArray,
  issuers: IssuerRef[],
  from: number,
): void {
  const { state, context, skeleton, text, sentenceText, claim, emit } = scan;
  let position = from;
  for (let guard = 0; guard < 6; guard++) {
    const glue = GAPPED_DIRECT.exec(text.slice(position));
    if (!glue) return;
    const direct = DIRECT_OBJECT_LIST.exec(text.slice(position + glue[0].length));
    if (!direct) return;
    const recipients = recipientsIn(state, skeleton, direct[1] as string);
    const objectAt = position + glue[0].length + direct[0].length;
    const object = readHonorObject(state, context, skeleton, objectAt);
    if (recipients.length === 0 || object?.honor.kind !== "Honor") return;
    if (recipients.some((r) => r.kind === "Honor") || !claim(position, object.end)) return;
    emit(recipients, [object], statusOf(m[0], sentenceText), { issuers }, m.index, object.end);
    position = object.end;
  }
}

/** "the title of X was awarded to N units, including A". */
function readTitlePassive(scan: Scan): void {
  const { state, context, skeleton, text, sentenceText, claim, emit } = scan;
  TITLE_PASSIVE.lastIndex = MENTIONS_TITLE.test(text) ? 0 : text.length;
  for (let m = TITLE_PASSIVE.exec(text); m; m = TITLE_PASSIVE.exec(text)) {
    const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
    if (!object) continue;
    const rest = AWARDED_TO.exec(text.slice(object.end));
    if (!rest || !claim(m.index, object.end + rest[0].length)) continue;
    const recipients = recipientsIn(state, skeleton, rest[2] as string);
    const size = cohortSize(rest[1]);
    const agents = byAgents(state, skeleton, object.end + rest[0].length);
    emit(
      recipients,
      [object],
      statusOf(rest[0], sentenceText),
      {
        issuers: statedIssuers(state, agents.issuers),
        nominators: agents.nominators.map((i) => rootOf(state, i).id),
        ...(size ? { cohortSize: size } : {}),
      },
      m.index,
      object.end + rest[0].length,
    );
  }
}

/**
 * "was given the X Award", "was presented with a title": given and presented confer only an honor,
 * read in the words ahead or in the name that follows (names stand as placeholders here).
 */
function namesAnHonorAhead(skeleton: Skeleton, after: number): boolean {
  return /\b(?:title|award|prize|honou?r|medal|certificate|plaque)|\bhonoris\s+causa\b/i.test(
    spelledOut(skeleton, skeleton.text.slice(after, after + 60)),
  );
}

/** A relative clause up to the end of the text, no comma in it: "who played detective B". */
const RELATIVE_CLAUSE_TO_END = String.raw`(?:who|whom|whose|which)\s(?:[^,;.\uE000]|\uE000\d+\uE001)*$`;
/** ", who said he trained for years": the text is a relative clause, which may hold its own verbs. */
export const RELATIVE_CLAUSE = new RegExp(String.raw`^\s*${RELATIVE_CLAUSE_TO_END}`, "i");
/**
 * "A, who played detective B, was named Best Actor": a name inside a relative clause is not the
 * subject of the verb after the clause.
 */
const INSIDE_RELATIVE_CLAUSE = new RegExp(String.raw`,\s*${RELATIVE_CLAUSE_TO_END}`, "i");

/** Passive and headline forms: "15 organizations including A were awarded the X". */
function readPassive(scan: Scan): void {
  const { state, context, skeleton, text, sentenceText, claim, emit, moreObjects } = scan;
  PASSIVE.lastIndex =
    (text.includes(PLACEHOLDER_MARK) || HAS_PRONOUN_SUBJECT.test(text)) && scan.passiveVerb()
      ? 0
      : text.length;
  for (let m = PASSIVE.exec(text); m; m = PASSIVE.exec(text)) {
    const verb = (m[6] as string).toLowerCase();
    if (!readsAsPassive(scan, m, verb)) continue;
    const subjectStart = m.index + (m[1]?.length ?? 0);
    if (INSIDE_RELATIVE_CLAUSE.test(text.slice(Math.max(0, subjectStart - 160), subjectStart)))
      continue;
    const recipients = resolveSubject(state, context, skeleton, m[2] as string, subjectStart);
    if (recipients.length === 0) continue;
    const after = m.index + m[0].length;
    if ((verb === "given" || verb === "presented") && !namesAnHonorAhead(skeleton, after)) continue;
    // "was approved by the Department as a Key Laboratory": the agent comes before the honor.
    const agentFirst =
      AGENT_FIRST.exec(text.slice(after)) ??
      (NAMING_VERB.test(verb) ? AGENT_THEN_TITLE.exec(text.slice(after)) : null);
    const object = readHonorObject(
      state,
      context,
      skeleton,
      passiveObjectAt(scan, verb, after, agentFirst),
    );
    // "A also awarded X to B" is active: A is the issuer, not a recipient (also when the honor
    // read runs on over "to the B").
    if (!m[3] && object && awardedTo(verb, text, after, object.end)) continue;
    if (!object) {
      readListOnly(scan, m, verb, recipients);
      continue;
    }
    if (!claim(subjectStart, object.end)) continue;
    const size =
      cohortSize(m[1]) ??
      othersCohort(m[0].slice((m[1]?.length ?? 0) + (m[2] as string).length), recipients.length);
    const agents = byAgents(state, skeleton, object.end);
    if (agentFirst?.[1]) agents.issuers.push(...organizationsIn(state, skeleton, agentFirst[1]));
    emit(
      recipients,
      moreObjects(object),
      statusOf(`${m[3] ?? ""} ${m[5] ?? ""} ${verb}`, sentenceText),
      {
        issuers: statedIssuers(state, agents.issuers),
        nominators: agents.nominators.map((i) => rootOf(state, i).id),
        ...(size ? { cohortSize: size } : {}),
      },
      subjectStart,
      object.end,
    );
  }
}

/** An honor read from free words, not from a name the name finder read first. */
export function isFreeText(mention: Mention): boolean {
  return (mention as Mention & { freeText?: boolean }).freeText === true;
}

/** "awarded a bronze medal to the B": a verb of giving, its object, then "to" and the holder. */
function awardedTo(verb: string, text: string, objectStart: number, objectEnd: number): boolean {
  // "conferred the X, the highest honor, on A": an aside may stand between.
  if (/^"?(?:\s*,\s*[^,;.\uE000]{1,60},)?\s*(?:to|on|upon)\s+\uE000/.test(text.slice(objectEnd)))
    return true;
  return (
    /^(?:awarded|granted|presented|given|conferred)$/.test(verb) &&
    /^\s+\S[^\uE000]*?\s(?:to|on|upon)\s+(?:the\s+|a\s+|an\s+)?"?\uE000/.test(
      text.slice(objectStart, objectEnd + 24),
    )
  );
}

/**
 * Without an auxiliary only a headline or a reduced relative reads as passive: a verb of naming,
 * no name or number right after it, and list glue (or the sentence start) before its subject.
 */
function readsAsPassive(scan: Scan, m: RegExpExecArray, verb: string): boolean {
  if (m[3] || scan.context.sentence.headline) return true;
  if (
    !/^(awarded|rewarded|named|honou?red|listed|selected|rated|designated|recogni[sz]ed|included)$/.test(
      verb,
    )
  )
    return false;
  const object = scan.text.slice(m.index + m[0].length);
  if (/^\s+(?:the\s+)?"?(?:\uE000|\d)/.test(object)) return false;
  // "In 2020, the Department recognized the achievements of A": a verb with its object is active.
  if (!/^(?:awarded|rewarded|named)$/.test(verb) && /^\s+the\s+[a-z]/.test(object)) return false;
  const before = scan.text.slice(0, m.index + (m[1]?.length ?? 0)).trimEnd();
  return before.length === 0 || /[,;:]$/.test(before) || /\b(?:and|recently|newly)$/i.test(before);
}

/** A level word that opens a title with no article before it ("becomes national X base"). */
const LEVEL_NO_ARTICLE = String.raw`(?:national|provincial|municipal|state)(?:-level)?\s`;
/** A headline's title after "Becomes", its article dropped: a name, or a level word in lower case. */
const HEADLINE_TITLE_NO_ARTICLE = new RegExp(String.raw`^\s+(?:\uE000|${LEVEL_NO_ARTICLE})`, "i");
/** "to" after "upgraded": before a title with or without its article. */
const UPGRADED_TO = new RegExp(
  String.raw`^\s*(?:to|into)\s+(?=(?:the|a|an)\s|[A-Z\uE000]|${LEVEL_NO_ARTICLE})`,
);

/** Where the honor starts: after an agent read first, "to" of "upgraded to", "for" of "nominated for". */
function passiveObjectAt(
  scan: Scan,
  verb: string,
  after: number,
  agentFirst: RegExpExecArray | null,
): number {
  const at = after + (agentFirst ? agentFirst[0].length : 0);
  if (verb === "nominated") {
    const forAs = /^\s*(?:as\s+(?:an?\s+|the\s+)?candidates?\s+for|for|as)\s+/.exec(
      scan.text.slice(at),
    );
    return at + (forAs ? forAs[0].length : 0);
  }
  // "is listed under Project 211": a programme a body is listed under holds it as a designation.
  if (verb === "listed") {
    const under = /^\s*under\s+(?:the\s+)?(?=\uE000|")/.exec(scan.text.slice(at));
    return at + (under ? under[0].length : 0);
  }
  if (!/^(?:upgraded|promoted|demoted|downgraded|added)$/.test(verb)) return at;
  // "upgraded to national first-class museum": a headline or a translation drops the article.
  const to = UPGRADED_TO.exec(scan.text.slice(at));
  return at + (to ? to[0].length : 0);
}

/** Verbs that, with nothing after them, put their subject on the list the text is about. */
const LIST_ONLY_VERB = /^(?:selected|included|listed|shortlisted|chosen|recogni[sz]ed|approved)$/;
/** Nothing after the verb but when: "were recognized this time.", "were selected again,". */
const LIST_ONLY_END =
  /^(?=(?:\s+(?:this|last)\s+(?:time|year|round)|\s+(?:again|recently|too|as\s+well)|\s+in\s+(?:19|20)\d{2})?\s*(?:[.;,]|$))/;

/** "X is named in the list.", "A and B were selected.": the honor is the one given before. */
function readListOnly(scan: Scan, m: RegExpExecArray, verb: string, recipients: Mention[]): void {
  const { state, context, skeleton, text, sentenceText, date, out } = scan;
  const after = m.index + m[0].length;
  const listOnly =
    /^\s*(?:in|on|into)\s+the\s+list\b/i.exec(text.slice(after)) ??
    (LIST_ONLY_VERB.test(verb) ? LIST_ONLY_END.exec(text.slice(after)) : null);
  if (!listOnly) return;
  const status = statusOf(m[0], sentenceText);
  const end = after + listOnly[0].length;
  out.push(
    ...contextualConferral(state, context, skeleton, recipients, m.index, end, status, date),
  );
}

/** The verbs of winning outright: what follows may be a prize named without a prize word. */
const WINNING =
  /^(?:won|wins|win|took|claimed|bagged|clinched|scooped|snatched|garnered|garners|picked\s+up|(?:walked|walks)\s+away\s+with)$/;

/** Where the name after the one at `from` starts, or the end of the text. */
function nextNameAfter(text: string, from: number): number {
  const opening = text.indexOf(PLACEHOLDER_MARK, text.indexOf(PLACEHOLDER_MARK, from) + 1);
  return opening < 0 ? text.length : opening;
}

/** "the Top 15 Nominees list": a place on a shortlist is no honor yet. */
const SHORTLIST_NAME = /\b(?:nominees|candidates|finalists|shortlist)\b/i;
/** A verb of getting onto a list right before a name: the name must be an honor's. */
const ENTERED_NAME = /^(?:made|entered|topped|ranked|ranks)\b[^\uE000]{0,40}?\bthe\s+\uE000/;

/** "X won the title of Y", "X Wins the Y Award". */
function readActive(scan: Scan): void {
  const { state, context, skeleton, text, sentenceText, claim, emit, agentsOf, moreObjects } = scan;
  ACTIVE.lastIndex =
    (text.includes(PLACEHOLDER_MARK) || HAS_PRONOUN_SUBJECT.test(text)) &&
    HAS_ACTIVE_VERB.test(text)
      ? 0
      : text.length;
  for (let m = ACTIVE.exec(text); m; m = ACTIVE.exec(text)) {
    // "Pine City to Retain National Civilized City Title": only a headline says "to" for "will".
    if (
      HEADLINE_TO.test(m[0]) &&
      (!context.sentence.headline || text.slice(0, m.index).trim() !== "")
    )
      continue;
    // "A won the X Prize and B won the Y Prize": a list that opens inside what an earlier clause
    // read is no subject; the next name may open the next clause.
    if (scan.isTaken(m.index)) {
      ACTIVE.lastIndex = nextNameAfter(text, m.index);
      continue;
    }
    const recipients = resolveSubject(state, context, skeleton, m[1] as string, m.index);
    if (recipients.length === 0) continue;
    const verb = (m[2] as string).toLowerCase();
    const after = text.slice(m.index + m[0].length);
    if (
      /^(became|becomes|become)$/.test(verb) &&
      !/^\s+(?:(?:one|two|three|four|five|\d+)\s+of\s+)?(?:the|a|an|(?:[A-Z]\w+|\uE000\d+\uE001)'s)\s/.test(
        after,
      ) &&
      // A headline drops the article: "Pine Museum Becomes National X Base", "... becomes
      // national science popularization base".
      !(context.sentence.headline && HEADLINE_TITLE_NO_ARTICLE.test(after)) &&
      // "A and B became IEEE Fellows": a plural title needs none.
      !BECAME_PLURAL_TITLE.test(after)
    )
      continue;
    // "the town became an important trading center": what a place grew into is no title.
    if (/^(became|becomes|become)$/.test(verb) && BECAME_DESCRIPTION.test(after)) continue;
    if (/^pass/.test(verb) && !PASSED_REVIEW.test(after)) continue;
    const object = readHonorObject(state, context, skeleton, m.index + m[0].length, {
      won: WINNING.test(verb),
    });
    if (!object) continue;
    // "passed the inspection of the Pine Bureau", "... of the experts": who inspected, no honor.
    if (/^pass/.test(verb) && (object.honor.kind !== "Honor" || REVIEWERS.test(object.honor.name)))
      continue;
    // "entered the Fortune China 500" is a ranking; "entered the Pine University campus" is not.
    if (
      ENTERED_NAME.test(`${verb}${after}`) &&
      (object.honor.kind !== "Honor" ||
        isFreeText(object.honor) ||
        SHORTLIST_NAME.test(object.honor.name))
    )
      continue;
    // "receives many school groups": what a body receives is an honor only when it says so.
    if (
      /^receiv/.test(verb) &&
      isFreeText(object.honor) &&
      !RECEIVED_HONOR.test(object.honor.name) &&
      !RECEIVED_HONOR.test(text.slice(m.index + m[0].length, object.end))
    )
      continue;
    if (!claim(m.index, object.end)) continue;
    const size = othersCohort(m[0].slice((m[1] as string).length), recipients.length);
    emit(
      recipients,
      moreObjects(object),
      statusOf(verb, sentenceText),
      { ...agentsOf(object.end), ...(size ? { cohortSize: size } : {}) },
      m.index,
      object.end,
    );
  }
}

/** "X is on the list of the first batch of Y". */
function readOnList(scan: Scan): void {
  const { state, context, skeleton, text, sentenceText, date, out, claim, emit, agentsOf } = scan;
  ON_LIST.lastIndex =
    (text.includes(PLACEHOLDER_MARK) || HAS_IT.test(text)) && LIST_OR_AMONG.test(text)
      ? 0
      : text.length;
  for (let m = ON_LIST.exec(text); m; m = ON_LIST.exec(text)) {
    // Only a headline drops the verb: "Hill University Among National Pilot Universities".
    if (!m[3] && !context.sentence.headline) continue;
    const recipients = resolveSubject(
      state,
      context,
      skeleton,
      m[2] as string,
      m.index + (m[1]?.length ?? 0),
    );
    if (recipients.length === 0) continue;
    const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
    if (!object) {
      out.push(
        ...contextualConferral(
          state,
          context,
          skeleton,
          recipients,
          m.index,
          m.index + m[0].length,
          statusOf(m[0], sentenceText),
          date,
        ).map((c) => {
          const size = cohortSize(m?.[1]);
          if (size) c.cohortSize = size;
          return c;
        }),
      );
      continue;
    }
    if (!claim(m.index, object.end)) continue;
    emit(
      recipients,
      [object],
      statusOf(m[0], sentenceText),
      agentsOf(object.end),
      m.index,
      object.end,
    );
  }
}

/** "The list of the second batch of X, with 30 units including A and B, is hereby announced to the public." */
function readListAnnounced(scan: Scan): void {
  const { state, context, skeleton, text, sentenceText, claim, emit } = scan;
  LIST_ANNOUNCED.lastIndex = MENTIONS_LIST.test(text) ? 0 : text.length;
  for (let m = LIST_ANNOUNCED.exec(text); m; m = LIST_ANNOUNCED.exec(text)) {
    const object = readHonorObject(state, context, skeleton, m.index);
    if (!object) continue;
    const tail = LIST_ANNOUNCED_TAIL.exec(text.slice(object.end));
    if (!tail || !claim(m.index, object.end + tail[0].length)) continue;
    const size = cohortSize(tail[1]);
    emit(
      recipientsIn(state, skeleton, tail[2] as string),
      [object],
      statusOf(tail[0], sentenceText),
      size ? { cohortSize: size } : {},
      m.index,
      object.end + tail[0].length,
    );
  }
}

/** "X passed the re-evaluation organized by A and B and retained the title of Y". */
function readRenewal(scan: Scan): void {
  const { state, context, skeleton, text, claim, emit } = scan;
  RENEWAL.lastIndex = text.includes(PLACEHOLDER_MARK) && PASSED.test(text) ? 0 : text.length;
  for (let m = RENEWAL.exec(text); m; m = RENEWAL.exec(text)) {
    const recipients = resolveSubject(state, context, skeleton, m[1] as string, m.index);
    if (recipients.length === 0) continue;
    const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
    if (!object || !claim(m.index, object.end)) continue;
    // The bodies that ran the re-evaluation renew the title.
    const by = RENEWED_BY.exec(m[0].slice((m[1] as string).length));
    const issuers = by ? organizationsIn(state, skeleton, by[1] as string) : [];
    emit(
      recipients,
      [object],
      "renewed",
      { issuers: statedIssuers(state, issuers) },
      m.index,
      object.end,
    );
  }
}

/** "The qualification of X as Y was cancelled by Z". */
function readQualificationLost(scan: Scan): void {
  const { state, context, skeleton, text, claim, emit, agentsOf } = scan;
  QUALIFICATION_LOST.lastIndex =
    text.includes(PLACEHOLDER_MARK) && QUALIFICATION_OF.test(text) ? 0 : text.length;
  for (let m = QUALIFICATION_LOST.exec(text); m; m = QUALIFICATION_LOST.exec(text)) {
    const recipients = recipientsIn(state, skeleton, m[1] as string);
    const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
    if (!object || recipients.length === 0) continue;
    const verb = QUALIFICATION_VERB.exec(text.slice(object.end));
    if (!verb || !claim(m.index, object.end + verb[0].length)) continue;
    emit(
      recipients,
      [object],
      "revoked",
      agentsOf(object.end + verb[0].length),
      m.index,
      object.end + verb[0].length,
    );
  }
}

/** "X was approved to build the Y Base in 2018". */
function readApprovedTo(scan: Scan): void {
  const { state, context, skeleton, text, out, claim, emit, agentsOf } = scan;
  APPROVED_TO.lastIndex =
    (text.includes(PLACEHOLDER_MARK) || HAS_IT.test(text)) && APPROVED_TO_WORDS.test(text)
      ? 0
      : text.length;
  for (let m = APPROVED_TO.exec(text); m; m = APPROVED_TO.exec(text)) {
    const recipients = resolveSubject(state, context, skeleton, m[1] as string, m.index);
    if (recipients.length === 0) continue;
    const object = readHonorObject(state, context, skeleton, m.index + m[0].length);
    if (!object || !claim(m.index, object.end)) continue;
    const own = /^\s+in\s+((?:19|20)\d{2})\b/.exec(text.slice(object.end));
    const conferralsBefore = out.length;
    emit(recipients, [object], "conferred", agentsOf(object.end), m.index, object.end);
    if (own) for (const c of out.slice(conferralsBefore)) c.date = own[1] as string;
  }
}

/** "Recommended by X, ...", "After being nominated by X, ...", "X recommended 15 units": nominators, never issuers. */
function nominatorsOf(scan: Scan): string[] {
  const { state, skeleton, text } = scan;
  const nominators: Mention[] = [];
  NOMINATED_BY.lastIndex = text.includes(PLACEHOLDER_MARK) ? 0 : text.length;
  for (let m = NOMINATED_BY.exec(text); m; m = NOMINATED_BY.exec(text))
    nominators.push(...listItems(state, skeleton, m[1] as string));
  NOMINATING.lastIndex =
    text.includes(PLACEHOLDER_MARK) && NOMINATING_VERB.test(text) ? 0 : text.length;
  for (let m = NOMINATING.exec(text); m; m = NOMINATING.exec(text))
    nominators.push(...listItems(state, skeleton, m[1] as string));
  const nominatorIds = [
    ...new Set(nominators.filter((n) => n.kind === "Organization").map((n) => rootOf(state, n).id)),
  ];
  return nominatorIds;
}

/** Every conferral one sentence states, read by each pattern family in turn. */
export function findConferrals(
  state: DocumentState,
  context: SentenceContext,
  skeleton: Skeleton,
): Conferral[] {
  const scan = startScan(state, context, skeleton);
  readIssuerActive(scan);
  readGerundGives(scan);
  readIssuerNaming(scan);
  readTitlePassive(scan);
  readPassive(scan);
  readActive(scan);
  readOnList(scan);
  const nominatorIds = nominatorsOf(scan);
  readListAnnounced(scan);
  readRenewal(scan);
  readQualificationLost(scan);
  readApprovedTo(scan);
  const { out } = scan;
  for (const conferral of out) {
    const recipients = new Set([conferral.recipient]);
    const extra = nominatorIds.filter((id) => !recipients.has(id));
    conferral.nominators = [...new Set([...conferral.nominators, ...extra])];
    // A nominator is never also the issuer.
    conferral.issuers = conferral.issuers.filter((i) => !conferral.nominators.includes(i.mention));
  }
  return out;
}

/** "X is named in the list": the honor is the one the announcement's headline or decision names. */
export function contextualConferral(
  state: DocumentState,
  context: SentenceContext,
  skeleton: Skeleton,
  recipients: Mention[],
  start: number,
  end: number,
  status: ConferralStatus,
  date: string | undefined,
): Conferral[] {
  const roots = new Set(recipients.map((r) => rootOf(state, r).id));
  const firstRecipient = Math.min(...recipients.map((r) => r.evidence.start));
  // The latest conferral to the same recipient (usually the headline's), else the latest honor named
  // before. Both look-backs are bounded so long texts stay linear.
  let honor: Mention | undefined;
  for (let i = state.conferrals.length - 1, seen = 0; i >= 0 && seen < 200 && !honor; i--, seen++) {
    const c = state.conferrals[i] as Conferral;
    if (roots.has(c.recipient)) honor = state.byId.get(c.honor);
  }
  for (let i = state.mentions.length - 1, seen = 0; i >= 0 && seen < 400 && !honor; i--, seen++) {
    const m = state.mentions[i] as Mention;
    const listed =
      m.kind === "Organization" &&
      /\blist\s+of\s+(?:the\s+)?$/i.test(
        state.view.slice(Math.max(0, m.evidence.start - 20), m.evidence.start),
      );
    // A phrase read as a possible honor counts only once a rule kept it (or the text announced it).
    const flags = m as Mention & { freeText?: boolean; declared?: boolean };
    const tentative = flags.freeText && !flags.declared;
    if ((m.kind === "Honor" || listed) && !tentative && m.evidence.start < firstRecipient)
      honor = m;
  }
  // "announced the list of the 40 provincial garden cities, in which A and B are included": the
  // honor is the list's, in lower case in the same sentence.
  if (!honor) {
    const list = /\blist\s+of\s+(?:the\s+)?(?:\d[\d,]*\s+)?/i.exec(skeleton.text.slice(0, start));
    const object = list
      ? readHonorObject(state, context, skeleton, list.index + list[0].length)
      : undefined;
    if (
      object &&
      object.end <= start &&
      object.honor.kind !== "Person" &&
      object.honor.kind !== "Place"
    )
      honor = object.honor;
  }
  if (!honor) return [];
  const out: Conferral[] = [];
  for (const recipient of recipients) {
    const conferral = makeConferral(
      state,
      context,
      recipient,
      { honor, end },
      status,
      {},
      start,
      end,
      skeleton,
    );
    conferral.confidence = 0.7;
    if (date) conferral.date = date;
    out.push(conferral);
  }
  return out;
}

const EVENT_NOUNS =
  /\b(meeting|conference|ceremony|forum|event|session|symposium|seminar|summit|exhibition|activit(?:y|ies)|competition|training|lecture|celebration|launch|festival|week|month|day|carnival|contest|workshop|gala|fair|expo|congress)\b/i;
// Cheap tests that let a sentence skip the event patterns whose verbs it lacks.
const HAS_HOLD_VERB =
  /\b(?:held|holds|hosted|hosts|organi[sz]e[ds]|convene[ds]|launch(?:ed|es)|sponsored|staged|kicked)\b/i;
const HOLD = new RegExp(
  `(${LIST})${ASIDE}\\s*,?\\s*(?:${ADVERBS}\\s+){0,2}(held|holds|hosted|hosts|organi[sz]ed|organi[sz]es|convened|convenes|launched|launches|sponsored|staged|kicked\\s+off)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?`,
  "gi",
);
const SIGN = new RegExp(
  `(${LIST})${ASIDE}\\s*,?\\s*(?:${ADVERBS}\\s+){0,2}(?:signed|signs|inked|concluded)\\s+(?:a|an|the)\\s+([a-zA-Z][a-zA-Z\\s-]{0,60}?(?:agreement|memorandum(?:\\s+of\\s+understanding)?|contract|protocol|MOU))\\s+with\\s+(${LIST})`,
  "gi",
);
const ATTEND_PASSIVE = new RegExp(
  `\\battended\\s+by\\s+(?:the\\s+)?(?:(?:leaders?(?:hip)?|heads?|representatives?|officials?)\\s+(?:of\\s+)?(?:related\\s+|relevant\\s+)?(?:departments?\\s+|units?\\s+)?(?:such\\s+as\\s+|including\\s+|from\\s+)?)?(${LIST})`,
  "gi",
);
const ATTEND_ACTIVE = /\b(?:attended|participated\s+in|joined)\b/gi;
const CHAIR_PASSIVE =
  /\b(?:presided\s+over|chaired|hosted|moderated)\s+by\s+((?:[^.;\uE000]|\uE000\d+\uE001){0,160})/gi;
const CHAIR_ACTIVE = /\uE000(\d+)\uE001\s+(?:presided\s+over|chaired|moderated)\b/gi;
const ISSUED_DOC = new RegExp(
  `(${LIST})${ASIDE}\\s*,?\\s*(?:${ADVERBS}\\s+){0,2}(?:announced|issued|released|published|promulgated|printed\\s+and\\s+distributed|made\\s+public)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:"?(\uE000\\d+\uE001)"?|((?:official\\s+|public\\s+)?(?:announcement|notice|decision|list|circular|document|result)s?)\\b)`,
  "gi",
);

const DOCUMENT_ISSUED_BY = new RegExp(
  `"?\\uE000(\\d+)\\uE001"?\\s*,?\\s+(?:jointly\\s+)?(?:issued|released|published|announced|promulgated|formulated)\\s+(?:jointly\\s+)?by\\s+(${LIST})`,
  "g",
);
const ANNOUNCED_THAT = new RegExp(
  `(${LIST})${ASIDE}\\s*,?\\s*(?:${ADVERBS}\\s+){0,3}(?:announced|declared|decided|confirmed|published\\s+the\\s+list|released\\s+the\\s+list)\\s*(?:that\\b|:)`,
  "gi",
);
const ACCORDING_TO = new RegExp(
  `\\baccording\\s+to\\s+the\\s+(?:[a-z]+\\s+){0,2}(?:notice|decision|announcement|document|list|circular|results?)\\s+(?:jointly\\s+)?(?:issued|released|published|announced|made)\\s+by\\s+(${LIST})`,
  "gi",
);

/**
 * A piece of every verb (or word) the event and issuer patterns of findEvents need: held, holds,
 * hosted, organised, convened, launched, sponsored, staged, kicked off, opened, signed, inked,
 * concluded, attended, participated, joined, presided, chaired, moderated, issued, released,
 * published, announced, promulgated, formulated, declared, decided, confirmed, according to,
 * distributed, made public. A sentence with none skips them all.
 */
const EVENT_WORDS =
  /held|hold|host|organi[sz]e|convene|launch|sponsored|staged|kicked|opened|signed|signs|inked|concluded|attended|participated|joined|presided|chaired|moderated|issued|released|published|announced|promulgated|formulated|declared|decided|confirmed|according|distributed|public/i;
/** What ANNOUNCED_THAT and HELD_PASSIVE need: cheap tests before their scans. */
const ANNOUNCING_VERB = /\b(?:announced|declared|decided|confirmed|published|released)/i;
const HELD_VERB = /held|convened|opened|staged|launched/;
const HELD_PASSIVE =
  /"?\uE000(\d+)\uE001"?(?:\s+(?:for|of|on|to|the|and)\s[^.;:]{0,200}?)?\s+(?:was|were|has\s+been)\s+(?:successfully\s+|grandly\s+|solemnly\s+)?(?:held|convened|opened|staged|launched)\b/g;

function eventKindOf(name: string): EventKind {
  if (/\bsign(?:ing)?\b/i.test(name)) return "Signing";
  if (/\b(meeting|session|conference|symposium|seminar|forum|summit|congress)\b/i.test(name))
    return "Meeting";
  if (/\b(ceremony|launch|celebration|gala)\b/i.test(name)) return "Ceremony";
  return "Event";
}

/**
 * "On May 3, the 2nd charity gala of "X", hosted by A and B, was held in Hemu": an
 * event in lower case that opens its sentence, with the bodies that hosted it.
 */
const LOWER_CASE_HELD =
  /^\s*(?:(?:On|In)\s+[^,\uE000]{1,40},\s*(?:(?:19|20)\d{2}\s*,\s*)?)?(?:the|a|an)\s+((?:(?:19|20)\d{2}\s+|\d+(?:st|nd|rd|th)\s+)?(?:[a-z-]+\s+){0,4}?(?:ceremony|conference|gala|event|meeting|forum|festival|celebration)(?:\s+of\s+"?\uE000\d+\uE001"?)?)((?:[^;.]|\uE000\d+\uE001){0,240}?)\s+(?:was|were)\s+(?:successfully\s+|grandly\s+|solemnly\s+)?(?:held|convened|staged)\b/i;
const HOSTED_BY =
  /\b(?:hosted|organi[sz]ed|sponsored)\s+by\s+((?:[^,;]|\uE000\d+\uE001)+?)(?=\s+and\s+(?:jointly|co-)|\s*,|$)/i;

/** An event fact for `mention`, held by `organizers`, on the evidence given. */
function newEvent(
  state: DocumentState,
  context: SentenceContext,
  mention: Mention,
  organizers: Mention[],
  evidence: Evidence,
  confidence: number,
): EventFact {
  return {
    id: `${state.announcement.id}#e${context.sentence.index}-${mention.id.split("#m")[1]}`,
    announcementId: state.announcement.id,
    kind: eventKindOf(mention.name),
    name: mention.id,
    organizers: organizers.map((o) => rootOf(state, o).id),
    participants: [],
    evidence: [evidence],
    confidence,
  };
}

function heldWithoutName(
  state: DocumentState,
  context: SentenceContext,
  skeleton: Skeleton,
  date: string | undefined,
): EventFact | undefined {
  const m = LOWER_CASE_HELD.exec(skeleton.text);
  if (!m) return undefined;
  const nameAt = m.index + m[0].indexOf(m[1] as string);
  const start = skeleton.toView(nameAt, "start");
  const end = skeleton.toView(nameAt + (m[1] as string).length, "end");
  const mention = state.newMention("Event", start, end, context.sentence, 0.7);
  const hosts = HOSTED_BY.exec(m[2] as string);
  const organizers = hosts ? organizationsIn(state, skeleton, hosts[1] as string) : [];
  const heldEnd = skeleton.toView(m.index + m[0].length, "end");
  const evidence = state.evidence(start, heldEnd, context.sentence, 0.7);
  const event = newEvent(state, context, mention, organizers, evidence, 0.7);
  if (date) event.date = date;
  return event;
}

export function findEvents(
  state: DocumentState,
  context: SentenceContext,
  skeleton: Skeleton,
): { events: EventFact[]; documentIssuers: DocumentIssuerFact[] } {
  const events: EventFact[] = [];
  const documentIssuers: DocumentIssuerFact[] = [];
  const text = skeleton.text;
  const date = sentenceDate(state, context);
  // Without a name placeholder no pattern below can match, nor can a list name anyone; nor
  // without a verb one of them needs (EVENT_WORDS holds a piece of each).
  const named = text.includes(PLACEHOLDER_MARK) && EVENT_WORDS.test(text);
  HOLD.lastIndex = named && HAS_HOLD_VERB.test(text) ? 0 : text.length;
  for (let m = HOLD.exec(text); m; m = HOLD.exec(text)) {
    const organizers = organizationsIn(state, skeleton, m[1] as string);
    if (organizers.length === 0) continue;
    const position = m.index + m[0].length;
    const rest = text.slice(position);
    let eventMention: Mention | undefined;
    const placeholder = /^"?\uE000(\d+)\uE001/.exec(rest);
    if (placeholder) {
      const candidate = skeleton.mentionAt(Number(placeholder[1]));
      if (
        candidate &&
        (candidate.kind === "Event" ||
          (candidate.kind === "Program" && EVENT_NOUNS.test(candidate.name)))
      )
        eventMention = candidate;
    }
    if (!eventMention) {
      const free =
        /^((?:(?:19|20)\d{2}\s+)?[a-z0-9][^,.;:"\uE000]{2,120}?\b(?:meeting|conference|ceremony|forum|event|symposium|seminar|summit|exhibition|competition|training|lecture|celebration|festival|contest|workshop|gala|fair|expo|course|class|camp|salon|tour)s?(?:\s+\(\d+(?:st|nd|rd|th)\s+session\))?(?:\s+for\s+(?!(?:a|an|the)\s)[a-z][a-z -]{2,60}?[a-z](?=\s+(?:in|on|at|by|with|from)\s|[,.;:]|$))?)(?=[\s,.;:]|$)/i.exec(
          rest,
        );
      if (!free) continue;
      const start = skeleton.toView(position, "start");
      const end = skeleton.toView(position + (free[1] as string).length, "end");
      eventMention = state.newMention("Event", start, end, context.sentence, 0.7);
    }
    eventMention.kind = "Event";
    const heldFrom = skeleton.toView(m.index, "start");
    const evidence = state.evidence(heldFrom, eventMention.evidence.end, context.sentence, 0.8);
    const event = newEvent(state, context, eventMention, organizers, evidence, 0.8);
    if (date) event.date = date;
    const place = state.mentions.find(
      (x) =>
        x.kind === "Place" &&
        x.evidence.start >= context.sentence.start &&
        x.evidence.end <= context.sentence.end,
    );
    if (place) event.place = place.id;
    // "held a signing ceremony for a cooperation agreement": the agreement and its parties.
    const agreement =
      /^\s+(?:for|of|on)\s+(?:a|an|the)\s+([a-z][a-z\s-]{0,60}?(?:agreement|memorandum(?:\s+of\s+understanding)?|contract))\b/i.exec(
        text.slice(
          skeleton.indexOf(eventMention) >= 0
            ? text.indexOf(`\uE000${skeleton.indexOf(eventMention)}\uE001`) +
                `\uE000${skeleton.indexOf(eventMention)}\uE001`.length
            : position + (eventMention.evidence.end - eventMention.evidence.start),
        ),
      );
    if (event.kind === "Signing" && agreement) {
      const at = state.view.indexOf(agreement[1] as string, eventMention.evidence.end);
      if (at >= 0 && at < context.sentence.end) {
        const document = state.newMention(
          "Document",
          at,
          at + (agreement[1] as string).length,
          context.sentence,
          0.7,
        );
        event.agreement = document.id;
        documentIssuers.push({
          document: document.id,
          issuers: event.organizers,
          evidence: event.evidence[0] as Evidence,
        });
      }
    }
    events.push(event);
  }
  // "The 5th Meeting of the Standing Committee was held in Taiyuan on January 18": an event without organizers.
  HELD_PASSIVE.lastIndex = named && HELD_VERB.test(text) ? 0 : text.length;
  for (let m = HELD_PASSIVE.exec(text); m; m = HELD_PASSIVE.exec(text)) {
    const mention = skeleton.mentionAt(Number(m[1]));
    if (
      !mention ||
      (mention.kind !== "Event" && !(mention.kind === "Program" && EVENT_NOUNS.test(mention.name)))
    )
      continue;
    if (events.some((e) => e.name === mention.id)) continue;
    mention.kind = "Event";
    const heldEnd = skeleton.toView(m.index + m[0].length, "end");
    const evidence = state.evidence(mention.evidence.start, heldEnd, context.sentence, 0.75);
    const event = newEvent(state, context, mention, [], evidence, 0.75);
    if (date) event.date = date;
    events.push(event);
  }
  if (events.length === 0 && HELD_VERB.test(text)) {
    const held = heldWithoutName(state, context, skeleton, date);
    if (held) events.push(held);
  }
  SIGN.lastIndex = named && SIGN_VERB.test(text) ? 0 : text.length;
  for (let m = SIGN.exec(text); m; m = SIGN.exec(text)) {
    const left = organizationsIn(state, skeleton, m[1] as string);
    const right = organizationsIn(state, skeleton, m[3] as string);
    if (left.length === 0 || right.length === 0) continue;
    const agreementStart = m.index + m[0].indexOf(m[2] as string, (m[1] as string).length);
    const start = skeleton.toView(agreementStart, "start");
    const end = skeleton.toView(agreementStart + (m[2] as string).length, "end");
    const agreement = state.newMention("Document", start, end, context.sentence, 0.75);
    const parties = [...left, ...right].map((o) => rootOf(state, o).id);
    const signingStart = skeleton.toView(m.index, "start");
    const signingEnd = skeleton.toView(m.index + m[0].length, "end");
    const signing = state.newMention("Event", start, end, context.sentence, 0.7);
    signing.name = `signing of ${agreement.name.replace(/^(?:a|an|the)\s+/i, "")}`;
    const event: EventFact = {
      id: `${state.announcement.id}#e${context.sentence.index}-${signing.id.split("#m")[1]}`,
      announcementId: state.announcement.id,
      kind: "Signing",
      name: signing.id,
      organizers: parties,
      participants: [],
      agreement: agreement.id,
      evidence: [state.evidence(signingStart, signingEnd, context.sentence, 0.8)],
      confidence: 0.8,
    };
    if (date) event.date = date;
    events.push(event);
    documentIssuers.push({
      document: agreement.id,
      issuers: parties,
      evidence: state.evidence(signingStart, signingEnd, context.sentence, 0.8),
    });
  }
  const attendees: Mention[] = [];
  ATTEND_PASSIVE.lastIndex = named && ATTENDED_BY.test(text) ? 0 : text.length;
  for (let m = ATTEND_PASSIVE.exec(text); m; m = ATTEND_PASSIVE.exec(text)) {
    // "attended by Wang Gang, Vice President of X, and Chen Jie, Director of Y": every person named after "by".
    const people = listItems(state, skeleton, text.slice(m.index)).filter(
      (x) => x.kind === "Person",
    );
    attendees.push(...(people.length > 0 ? people : listItems(state, skeleton, m[1] as string)));
  }
  ATTEND_ACTIVE.lastIndex = named ? 0 : text.length;
  for (let m = ATTEND_ACTIVE.exec(text); m; m = ATTEND_ACTIVE.exec(text)) {
    // Everyone named in the clause before "attended": people when there are any, else bodies.
    const clauseStart =
      Math.max(text.lastIndexOf(",", m.index), text.lastIndexOf(";", m.index)) + 1;
    const named = listItems(
      state,
      skeleton,
      text.slice(Math.max(clauseStart, m.index - 400), m.index),
    );
    const people = named.filter((x) => x.kind === "Person");
    attendees.push(
      ...(people.length > 0 ? people : named.filter((x) => x.kind === "Organization")),
    );
  }
  let chair: Mention | undefined;
  CHAIR_PASSIVE.lastIndex = named ? 0 : text.length;
  const passiveChair = CHAIR_PASSIVE.exec(text);
  if (passiveChair)
    chair = listItems(state, skeleton, passiveChair[1] as string).find((x) => x.kind === "Person");
  CHAIR_ACTIVE.lastIndex = named ? 0 : text.length;
  const activeChair = CHAIR_ACTIVE.exec(text);
  if (!chair && activeChair) {
    const mention = skeleton.mentionAt(Number(activeChair[1]));
    if (mention?.kind === "Person") chair = mention;
  }
  if (attendees.length > 0 || chair) {
    const target: EventFact | undefined =
      events[events.length - 1] ?? state.events[state.events.length - 1];
    if (target) {
      const organizers = new Set(target.organizers);
      const participants = attendees
        .filter((a) => a.kind === "Organization" || a.kind === "Person")
        .map((a) => rootOf(state, a).id)
        .filter((id) => !organizers.has(id) && !target.participants.includes(id));
      target.participants.push(...new Set(participants));
      if (chair) target.chair = chair.id;
      target.evidence.push(
        state.evidence(context.sentence.start, context.sentence.end, context.sentence, 0.7),
      );
    }
  }
  // "the Decision on Naming ... issued by A": the document's issuers.
  DOCUMENT_ISSUED_BY.lastIndex = named ? 0 : text.length;
  for (let m = DOCUMENT_ISSUED_BY.exec(text); m; m = DOCUMENT_ISSUED_BY.exec(text)) {
    const document = skeleton.mentionAt(Number(m[1]));
    const issuers = organizationsIn(state, skeleton, m[2] as string);
    if (document?.kind !== "Document" || issuers.length === 0) continue;
    const evidence = state.evidence(
      document.evidence.start,
      skeleton.toView(m.index + m[0].length, "end"),
      context.sentence,
      0.8,
    );
    documentIssuers.push({
      document: document.id,
      issuers: issuers.map((i) => rootOf(state, i).id),
      evidence,
    });
  }
  // "A and B jointly announced that ...", "according to the notice issued by A": the announcing bodies.
  for (const re of [ANNOUNCED_THAT, ACCORDING_TO]) {
    re.lastIndex = named && (re !== ANNOUNCED_THAT || ANNOUNCING_VERB.test(text)) ? 0 : text.length;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const issuers = organizationsIn(state, skeleton, m[1] as string);
      if (issuers.length === 0) continue;
      const evidence = state.evidence(
        skeleton.toView(m.index, "start"),
        skeleton.toView(m.index + m[0].length, "end"),
        context.sentence,
        0.75,
      );
      documentIssuers.push({
        document: (issuers[0] as Mention).id,
        issuers: issuers.map((i) => rootOf(state, i).id),
        evidence,
      });
    }
  }
  ISSUED_DOC.lastIndex = named && ISSUE_VERB.test(text) ? 0 : text.length;
  for (let m = ISSUED_DOC.exec(text); m; m = ISSUED_DOC.exec(text)) {
    const issuers = organizationsIn(state, skeleton, m[1] as string);
    if (issuers.length === 0) continue;
    const documentMention = m[2]
      ? skeleton.mentionAt(Number(/\d+/.exec(m[2] as string)?.[0]))
      : undefined;
    if (m[2] && documentMention?.kind !== "Document") continue;
    const evidence = state.evidence(
      skeleton.toView(m.index, "start"),
      skeleton.toView(m.index + m[0].length, "end"),
      context.sentence,
      0.8,
    );
    documentIssuers.push({
      document: documentMention?.id ?? (issuers[0] as Mention).id,
      issuers: issuers.map((i) => rootOf(state, i).id),
      evidence,
    });
  }
  // "Decision of A, B and C on ...": the issuers are named in the title.
  for (const mention of context.top) {
    if (mention.kind !== "Document") continue;
    const nested = state.mentions.filter(
      (x) =>
        (x as Mention & { nestedIn?: string }).nestedIn === mention.id && x.kind === "Organization",
    );
    const titleHead =
      /^(?:Joint\s+)?(?:Decision|Notice|Circular|Opinions|Measures|Announcement|Letter|Reply)s?\s+of\s+(?:the\s+)?(?:General\s+Offices?\s+of\s+(?:the\s+)?)?/i.exec(
        mention.name,
      );
    if (!titleHead || nested.length === 0) continue;
    const topicAt = mention.name.search(/\s(?:on|to|about|regarding|concerning)\s/);
    const issuers = nested.filter(
      (x) => topicAt < 0 || x.evidence.start - mention.evidence.start < topicAt,
    );
    if (issuers.length === 0) continue;
    documentIssuers.push({
      document: mention.id,
      issuers: issuers.map((i) => rootOf(state, i).id),
      evidence: mention.evidence,
    });
  }
  return { events, documentIssuers };
}
