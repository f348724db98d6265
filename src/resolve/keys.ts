// Canonical keys: two names with the same key denote the same thing. Keys drop what varies between
// renderings (case, "the", "&", plurals, hyphens, "Municipal" after a city, popular-science wording)
// and keep what tells bodies apart (places, levels, head nouns).
import {
  CITIES,
  isPinyinName,
  isPlaceName,
  PROVINCES,
  pinyinSyllables,
  SURNAMES,
  singular,
} from "../extract/lexicon.ts";
import type { EntityType } from "../types.ts";

const DROP = new Set(["the", "a", "an"]);

/** Lower-case words of a name with spelling variants unified. */
export function canonicalWords(name: string): string[] {
  const text = name
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/["\u201C\u201D]/g, " ")
    .replace(/&/g, " and ")
    .replace(/'s\b/g, "")
    .replace(/[-_/·•]+/g, " ")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    // Hyphens are spaces by now, so "sci-tech" reads "sci tech".
    .replace(
      /\b(?:popular science|scientific popularization|scientific popularisation|science popularisation|science popularization|sci tech popularization|sci tech popularisation|science polarization)\b/g,
      "science popularization",
    );
  return text
    .split(/\s+/)
    .filter((w) => w && !DROP.has(w) && w !== "'")
    .map((w) => singular(ABBREVIATED[w] ?? w.replace(/^'+|'+$/g, "")))
    .filter(Boolean);
}

/**
 * British and American spellings of one word: "Programme" and "Program", "Centre" and "Center",
 * "Organisation" and "Organization". Chinese bodies' English pages use both, often on one page.
 * Keys keep the spelling a name was read in (it names the entity); the American one is an
 * alternative key that links the two. Keys are singular by now, so only singulars are listed.
 */
const AMERICAN: Record<string, string> = {
  programme: "program",
  centre: "center",
  theatre: "theater",
  metre: "meter",
  fibre: "fiber",
  litre: "liter",
  honour: "honor",
  honourable: "honorable",
  honoured: "honored",
  labour: "labor",
  colour: "color",
  favour: "favor",
  harbour: "harbor",
  neighbourhood: "neighborhood",
  behaviour: "behavior",
  endeavour: "endeavor",
  defence: "defense",
  licence: "license",
  catalogue: "catalog",
  ageing: "aging",
  jewellery: "jewelry",
};

/** "-isation" as American English writes it ("organisation", "civilisation", "urbanisation"). */
const ISATION = /(?<=[a-z]{3})isation(s?)$/;

/** "-ised" and "-ising" only in these stems: "advertising" and "promised" keep their "s". */
const ISED =
  /^(?:organ|special|recogn|author|standard|modern|industrial|digital|local|central|international|social|visual|commercial|professional|real|util|custom|optim|harmon)is(ed|ing)$/;

function inAmericanSpelling(key: string): string {
  return key.split(" ").map(americanSpelling).join(" ");
}

function americanSpelling(word: string): string {
  const listed = AMERICAN[word];
  if (listed) return listed;
  if (ISATION.test(word)) return word.replace(ISATION, "ization$1");
  return ISED.test(word) ? word.replace(/is(ed|ing)$/, "iz$1") : word;
}

/** Words a name may abbreviate: "Vancouver Intl Airport", "Int'l Union", "Natl Museum". */
const ABBREVIATED: Record<string, string> = {
  intl: "international",
  "int'l": "international",
  natl: "national",
  "nat'l": "national",
  univ: "university",
  dept: "department",
  govt: "government",
  assn: "association",
};

/** Words that only mark a body as municipal or provincial once the city or province is named. */
function dropRedundantMunicipal(words: string[]): string[] {
  const hasPlace = words.some((w) => CITIES.has(w) || PROVINCES.has(w));
  if (!hasPlace) return words;
  return words.filter(
    (w, i) =>
      !(
        (w === "municipal" ||
          w === "city" ||
          w === "provincial" ||
          w === "province" ||
          w === "municipality") &&
        i > 0 &&
        isPlaceName(words[i - 1] as string)
      ),
  );
}

/** "Hangzhou Hangzhou X" (a place said twice once "Municipal" was qualified) is "Hangzhou X". */
function dropRepeatedPlace(words: string[]): string[] {
  return words.filter((w, i) => !(i > 0 && w === words[i - 1] && isPlaceName(w)));
}

export function nameKey(type: EntityType, name: string): string {
  let words = canonicalWords(name);
  if (
    type === "Organization" ||
    type === "IssuingBody" ||
    type === "Honor" ||
    type === "Program" ||
    type === "Place"
  ) {
    words = dropRepeatedPlace(dropRedundantMunicipal(words));
    // "Propaganda Department of Central Committee" = "... of the CPC Central Committee" is an authority matter.
  }
  if (type === "Organization" || type === "IssuingBody")
    words = withoutNationalLead(ministryOfFirst(words));
  if (type === "Person") words = surnameFirst(words, /^\S+-\S/.test(name.trim()));
  if (type === "Honor") {
    words = words.filter((w) => w !== "honorary" && w !== "title");
    if (words[words.length - 1] === "award" && words.length > 3) words = words.slice(0, -1);
    // "2022 National X", "National X of 2015": the year is the cohort, not another honor.
    if (words.length > 2 && /^(?:19|20)\d{2}$/.test(words[0] as string)) words = words.slice(1);
    if (
      words.length > 3 &&
      /^(?:19|20)\d{2}$/.test(words[words.length - 1] as string) &&
      (words[words.length - 2] === "of" || words[words.length - 2] === "in")
    )
      words = words.slice(0, -2);
    if (words[0] === "china" || words[0] === "chinese") words[0] = "national";
  }
  if (type === "Program") {
    // "National Popular Science Day of 2022" is the Day; "14th five-year" is the plan.
    while (
      words.length > 2 &&
      /^(?:19|20)\d{2}$/.test(words[words.length - 1] as string) &&
      words[words.length - 2] === "of"
    )
      words = words.slice(0, -2);
    if (
      /^\d+(?:st|nd|rd|th)$/.test(words[0] ?? "") &&
      words[1] === "five" &&
      words[2] === "year" &&
      words.length === 3
    )
      words.push("plan");
    if (words[0] === "china" || words[0] === "chinese") words[0] = "national";
  }
  return words.join(" ");
}

/**
 * "Xiaoming Feng" is "Feng Xiaoming": a Chinese name in Western order (a given name that is no
 * surname, then a surname) keys as the genre mostly writes it, surname first. "Fan Ma", whose
 * both words are surnames, is left as written.
 */
function surnameFirst(words: string[], hyphenated: boolean): string[] {
  if (words.length === 3) {
    const [first, second, third] = words as [string, string, string];
    // "Li Lin Xu" is "Li Linxu": a surname, then a given name split into its two syllables.
    if (!hyphenated && SURNAMES.has(first) && isSyllable(second) && isSyllable(third))
      return [first, `${second}${third}`];
    // "Zhi-Hao Zhang" keys as "zhang zhihao": the two syllables of a given name in front are one.
    if (SURNAMES.has(third) && isPinyinName(first))
      return surnameFirst([`${first}${second}`, third], false);
  }
  if (words.length !== 2) return words;
  const [given, surname] = words as [string, string];
  if (!SURNAMES.has(surname) || SURNAMES.has(given) || !isPinyinName(given)) return words;
  return [surname, given];
}

function isSyllable(word: string): boolean {
  return pinyinSyllables(word)?.length === 1;
}

/** "Education Ministry" is the "Ministry of Education": the genre writes both. */
function ministryOfFirst(words: string[]): string[] {
  const n = words.length;
  if (n < 2 || n > 4 || words[n - 1] !== "ministry" || words.includes("of")) return words;
  if (words.slice(0, -1).some((w) => isPlaceName(w))) return words;
  return ["ministry", "of", ...words.slice(0, -1)];
}

/**
 * "Chinese Ministry of Education", "National Ministry of Education", "China's Ministry of X": the
 * country's own ministry, named with or without its country in front.
 */
function withoutNationalLead(words: string[]): string[] {
  if (words[1] !== "ministry" || words[2] !== "of") return words;
  return /^(?:chinese|china|national|prc)$/.test(words[0] ?? "") ? words.slice(1) : words;
}

const PLACE_SUFFIX = new Set(["city", "province", "municipality"]);
const AREA_SUFFIX = new Set(["district", "county"]);

/** Length of a place phrase ending a word list ("xi'an", "xi'an city", "guangming district"), or 0. */
function trailingPlace(words: string[]): number {
  const n = words.length;
  const last = words[n - 1];
  const before = words[n - 2];
  if (last === undefined) return 0;
  if (PLACE_SUFFIX.has(last) && before && isPlaceName(before) && before !== "china") return 2;
  if (AREA_SUFFIX.has(last) && before && before !== "of") return 2;
  if (last === "area" && before === "new" && n >= 3) return 3;
  if (isPlaceName(last) && last !== "china") return 1;
  return 0;
}

/**
 * Other keys the same name has: "X of <place>" is also "<place> X" ("Education Bureau of Guangming
 * District" = "Guangming District Education Bureau"), and "X of the People's Republic of China" is
 * also "X". They link names; they never become an entity's own key.
 */
export function alternativeKeys(
  type: EntityType,
  name: string,
  // Linking has the name's key already (cached): computing it again was half of this call.
  own: string = nameKey(type, name),
): string[] {
  if (type === "Person") return withoutMiddleInitials(own);
  if (type !== "Organization" && type !== "Honor" && type !== "Program") return [];
  const words = own.split(" ");
  const alternatives = new Set<string>();
  const prc = own.lastIndexOf(" of people republic of china");
  if (prc > 0 && own.endsWith(" of people republic of china")) alternatives.add(own.slice(0, prc));
  // "Forest and Water Organization of the United Nations" is the "UN Forest and Water
  // Organization": both are also the body's name alone.
  if (own.endsWith(" of united nation") && words.length > 4)
    alternatives.add(own.slice(0, -" of united nation".length));
  const unLead = /^(?:un|united nation) (?=\S+ \S+)/.exec(own);
  if (unLead) alternatives.add(own.slice(unLead[0].length));
  const trade = withoutLegalForm(words);
  if (trade) alternatives.add(trade);
  const national = withoutCountryOfNationalBody(own);
  if (national) alternatives.add(national);
  const placeLength = trailingPlace(words);
  const of = words.length - placeLength - 1;
  if (placeLength > 0 && of >= 2 && words[of] === "of") {
    const head = words.slice(0, of);
    // "Department of Science and Technology of Jiangsu Province" = "Jiangsu Provincial Department of ...".
    const place = words.slice(of + 1);
    alternatives.add(dropRepeatedPlace(dropRedundantMunicipal([...place, ...head])).join(" "));
    // "Education Department of Zhejiang Province" is also the "Zhejiang Department of Education".
    const government = head[head.length - 1] as string;
    const field = head.slice(0, -1);
    const levels = field.findIndex((w) => !LEVEL_WORDS.has(w));
    if (type === "Organization" && GOVERNMENT_HEADS.has(government) && levels >= 0) {
      const fieldAfter = [
        ...place,
        ...field.slice(0, levels),
        government,
        "of",
        ...field.slice(levels),
      ];
      alternatives.add(dropRepeatedPlace(dropRedundantMunicipal(fieldAfter)).join(" "));
    }
  }
  const owned = ownerFirst(type, words);
  if (owned) alternatives.add(owned);
  const country = otherCountryWord(type, words);
  if (country) alternatives.add(country);
  const headFirst = governmentHeadFirst(type, words);
  if (headFirst) alternatives.add(headFirst);
  for (const key of [own, ...alternatives]) {
    const ofField = key.replace(GOVERNMENT_HEAD_FOR, "$1 of ");
    if (ofField !== key) alternatives.add(ofField);
    const government = governmentPlainly(type, key);
    if (government) alternatives.add(government);
  }
  // "Environment Programme" = "Environment Program": each key also in American spelling.
  for (const key of [own, ...alternatives]) alternatives.add(inAmericanSpelling(key));
  alternatives.delete(own);
  alternatives.delete("");
  return [...alternatives].sort();
}

/** "Stephen C. Dunnett" is also "Stephen Dunnett": a given name, middle initials, a surname. */
function withoutMiddleInitials(own: string): string[] {
  const words = own.split(" ");
  if (words.length < 3 || (words[0] as string).length < 2) return [];
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1);
  return kept.length < words.length && kept.length >= 2 ? [kept.join(" ")] : [];
}

/** Heads of a national body that its country opens, as "China" or as "Chinese". */
const COUNTRY_LED_HEADS = new Set([
  "society",
  "academy",
  "association",
  "federation",
  "institute",
  "council",
  "foundation",
]);

/**
 * "China Society of Automotive Engineers" is the "Chinese Society of Automotive Engineers": a
 * national body's name opens with the country's name or its adjective, as translators choose.
 */
function otherCountryWord(type: EntityType, words: string[]): string | undefined {
  if (type !== "Organization" || !COUNTRY_LED_HEADS.has(words[1] ?? "")) return undefined;
  if (words[0] === "china") return ["chinese", ...words.slice(1)].join(" ");
  if (words[0] === "chinese") return ["china", ...words.slice(1)].join(" ");
  return undefined;
}

/** Heads of a government body that name its field after "of" or before themselves. */
const GOVERNMENT_HEADS = new Set([
  "ministry",
  "department",
  "bureau",
  "administration",
  "commission",
]);
/** "Administration for Industry and Commerce" is the "Administration of Industry and Commerce". */
const GOVERNMENT_HEAD_FOR = new RegExp(`\\b(${[...GOVERNMENT_HEADS].join("|")}) for `, "g");
/** Words before a body's field that say where or at what level it stands. */
const LEVEL_WORDS = new Set([
  "national",
  "state",
  "provincial",
  "municipal",
  "city",
  "county",
  "district",
]);

/**
 * "Guangdong Provincial Science and Technology Department" is also the "Guangdong Department of
 * Science and Technology", "Housing and Urban-Rural Development Ministry" the "Ministry of Housing
 * and Urban-Rural Development": a government body's field before its head, or after "of".
 */
function governmentHeadFirst(type: EntityType, words: string[]): string | undefined {
  const head = words[words.length - 1] as string;
  if (type !== "Organization" || !GOVERNMENT_HEADS.has(head) || words.includes("of"))
    return undefined;
  let lead = 0;
  while (
    lead < words.length - 1 &&
    (isPlaceName(words[lead] as string) || LEVEL_WORDS.has(words[lead] as string))
  )
    lead++;
  const field = words.slice(lead, -1);
  if (field.length === 0 || field.some((w) => isPlaceName(w) || GOVERNMENT_HEADS.has(w)))
    return undefined;
  return [...words.slice(0, lead), head, "of", ...field].join(" ");
}

/**
 * "Shanghai Municipal People's Government" is the "Shanghai Municipal Government", "Hefei local
 * government" the municipal one, and the "CPC Jiuquan Municipal Committee" the "Jiuquan Municipal
 * Party Committee": a place's government or Party committee, as translators name it.
 */
function governmentPlainly(type: EntityType, own: string): string | undefined {
  if (type !== "Organization") return undefined;
  const governed = /^(.+?) (?:people|local) government$/.exec(own)?.[1];
  if (governed?.split(" ").every(isPlaceName)) return `${governed} government`;
  const committee = /^cpc (.+?) (?:party )?committee$/.exec(own)?.[1];
  if (committee?.split(" ").every(isPlaceName)) return `${committee} party committee`;
  return undefined;
}

/** Heads of a unit that a body's name can stand before or after: "Union Hospital of X" = "X Union Hospital". */
const UNIT_HEAD = new Set([
  "hospital",
  "union",
  "school",
  "college",
  "institute",
  "committee",
  "department",
  "branch",
  "center",
  "centre",
  "laboratory",
  "museum",
  "library",
]);
/** Heads of a body that owns units. */
const OWNER_HEAD =
  /(?:^| )(?:university|college|academy|group|company|corporation|power|bank|hospital)(?: |$)/;

/**
 * "Union Hospital of Fujian Medical University" is also "Fujian Medical University Union Hospital",
 * "Labor Union of Tarn Power" also "Tarn Power Labor Union": a unit of a body, named either way.
 * Only a unit's head before "of" and a body's head after it; "University of X" stays as it is.
 */
function ownerFirst(type: EntityType, words: string[]): string | undefined {
  if (type !== "Organization") return undefined;
  const of = words.indexOf("of");
  if (of < 2 || of > words.length - 3 || words.indexOf("of", of + 1) >= 0) return undefined;
  if (!UNIT_HEAD.has(words[of - 1] as string)) return undefined;
  const owner = words.slice(of + 1);
  if (!OWNER_HEAD.test(owner.join(" "))) return undefined;
  return [...owner, ...words.slice(0, of)].join(" ");
}

/** Legal forms a company's name ends in, longest first: "co ltd", "corporation", "inc". */
const LEGAL_FORMS = [
  ["co", "ltd"],
  ["company", "limited"],
  ["co", "limited"],
  ["corporation"],
  ["corp"],
  ["company"],
  ["limited"],
  ["ltd"],
  ["inc"],
  ["co"],
];

/**
 * "Zentorra Pharmaceutical Group Co., Ltd." is also "Zentorra Pharmaceutical Group", and "Dongling
 * Company" also "Dongling": the genre names a company with and without its legal form. What is left
 * must still name something of its own: no place alone ("Beijing Company"), no generic words.
 */
function withoutLegalForm(words: string[]): string | undefined {
  const form = LEGAL_FORMS.find(
    (f) => words.length > f.length && f.every((w, i) => words[words.length - f.length + i] === w),
  );
  if (!form) return undefined;
  const rest = words.slice(0, words.length - form.length);
  const last = rest[rest.length - 1] as string;
  if (last === "of" || last === "and") return undefined;
  if (rest.every((w) => isPlaceName(w) || LEVEL_OR_GENERIC.has(w))) return undefined;
  const key = rest.join(" ");
  return isGenericKey(key) ? undefined : key;
}

const LEVEL_OR_GENERIC = new Set(["china", "chinese", "national", "international", "group"]);

// "Ministry of Water Resources of China" is the "Ministry of Water Resources": a national body's
// name needs no country after it. Other names keep it ("Communication University of China").
const NATIONAL_BODY_OF_CHINA =
  /^(?:ministry of .+|(?:state|national) (?:\S+ )*(?:administration|bureau|commission) of .+)(?<!people republic) of china$/;

function withoutCountryOfNationalBody(own: string): string | undefined {
  return NATIONAL_BODY_OF_CHINA.test(own) ? own.slice(0, -" of china".length) : undefined;
}

const LOCAL_LEVEL_WORDS = new Set([
  "municipal",
  "provincial",
  "district",
  "county",
  "city",
  "local",
]);

/** A name that starts with a local level word and names no place: "Municipal X" of an unknown city. */
export function isLocalWithoutPlace(key: string): boolean {
  const words = key.split(" ");
  return LOCAL_LEVEL_WORDS.has(words[0] as string) && !words.some((w) => isPlaceName(w));
}

const RANKED_PRIZE_KEY =
  /^(?:(?:national|provincial|municipal)\s)?(?:first|second|third|special|grand|gold|silver|bronze|1st|2nd|3rd)(?:\s(?:class|level|grade))?\s(?:prize|award|medal)s?$/;

/**
 * "first prize", "gold medal": a rank with nothing of the contest it ranks in. The first prize of
 * one contest is not the first prize of another, so such a name is one honor only in its text.
 */
export function isRankedPrizeKey(key: string): boolean {
  return RANKED_PRIZE_KEY.test(key);
}

/** "our company", "Company": a publisher naming itself, the same body only within its text. */
export function isSelfReferenceKey(key: string): boolean {
  return /^(?:our\s\S+|company)$/.test(key);
}

/** True when a name has nothing (place, proper noun, level) that makes it unique on its own. */
export function isGenericKey(key: string): boolean {
  const words = key.split(" ");
  if (
    words.some(
      (w) =>
        w === "national" ||
        w === "china" ||
        w === "chinese" ||
        w === "state" ||
        w === "ministry" ||
        w === "central" ||
        isPlaceName(w),
    )
  )
    return false;
  return words.every((w) => GENERIC_VOCABULARY.has(w));
}

const GENERIC_VOCABULARY = new Set(
  (
    "of for and in on at to with education bureau science technology innovation association department " +
    "committee commission office center centre institute school hospital museum university college " +
    "academy society base laboratory lab park library station culture tourism health popularization " +
    "municipal district provincial county city local general party leading group branch administration " +
    "management service development research public security information industry commerce finance " +
    "agriculture rural affair resource natural environment ecology ecological emergency water transport " +
    "housing urban construction civil sport youth league women federation union people people's government " +
    "council political legal propaganda publicity organization personnel human social security veteran " +
    "market regulation supervision audit statistic tax medical insurance planning experimental middle " +
    "primary high senior junior secondary kindergarten central chamber team working expert"
  ).split(" "),
);

/** Words that say nothing about which body a name denotes (for comparing two names' content). */
const FUNCTION_WORDS = new Set([
  "of",
  "for",
  "and",
  "in",
  "on",
  "at",
  "to",
  "municipal",
  "provincial",
  "city",
  "province",
]);

/** The content words of a key as a sorted set: "China Association of S&T" ~ "for S&T". */
export function contentSignature(key: string): string {
  return [...new Set(key.split(" ").filter((w) => w && !FUNCTION_WORDS.has(w)))].sort().join(" ");
}
