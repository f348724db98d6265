// Finds names in one sentence: organizations, programmes, honors, documents, events, places and
// people, by their head nouns and the genre's name grammar ("X of Y", "A and B of Z", acronyms).
import {
  isCountryCode,
  isCountryInitials,
  isCountryName,
  isNationality,
  isWorldRegion,
} from "./countries.ts";
import {
  BREAK_WORDS,
  COUNT_WORDS,
  FIELD_LAST_WORDS,
  GENERIC_MODIFIERS,
  type HeadKind,
  headKind,
  isEnglishWord,
  isPinyinName,
  isPlaceName,
  LABEL_ACRONYMS,
  MEDIA_HEADS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  NEWS_AGENCIES,
  NON_NAME_WORDS,
  NON_ORG_ACRONYMS,
  OCCUPATIONS,
  POSSESSIVE_OWNERS,
  PROVINCES,
  pinyinSyllables,
  REGION,
  SURNAMES,
  singular,
  TITLE_WORDS,
  westernGivenName,
} from "./lexicon.ts";
import type { Token } from "./tokens.ts";

export type NameKind = HeadKind | "Person";

export interface NameSpan {
  kind: NameKind;
  /** Token range, end exclusive. */
  first: number;
  last: number;
  /** Index of the head token that decides the kind. */
  nucleus: number;
  /** Token index where an "of/for/in ..." complement starts, if any. */
  complement?: number;
  /** Token index of "'s" when the name is "Owner's Unit" (the owner is the parent). */
  owner?: number;
  /** Preceded by "the": may be a short form referring back. */
  definite: boolean;
  /** Inside or made of a quoted group. */
  quoted: boolean;
  /** A creative work named after a word for one ("the film Red Sorghum"), not a document. */
  creative?: boolean;
  /** Token range of the person a team is named after ("the team led by Chen Li"). */
  member?: [number, number];
  /** Token range of the body a membership is of ("Royal Society fellow", "Fellow of the Royal Society"). */
  body?: [number, number];
}

/** Words for who a team's members are, before "team": "the teacher team led by X". */
const TEAM_MODIFIERS = new Set([
  "teacher",
  "teaching",
  "research",
  "innovation",
  "scientific",
  "student",
  "nursing",
  "medical",
  "project",
  "technical",
]);

/** Who a team's members are, after "team of": "the Chen Li team of teachers". */
const TEAM_MEMBERS = new Set([
  "teachers",
  "students",
  "experts",
  "researchers",
  "scientists",
  "engineers",
  "doctors",
  "nurses",
]);

/** The capitalised title right before a person ("Professor", "Dr."), if any: where it starts. */
function titleStart(tokens: Token[], first: number): number {
  const before = tokens[first - 1];
  if (before?.text === "." && /^(?:Dr|Prof)$/.test(tokens[first - 2]?.text ?? "")) return first - 2;
  return before?.cap && TITLE_WORDS.has(before.lower) ? first - 1 : first;
}

/** A team's span with the person it is named after ([first, last) of the person). */
function teamSpan(from: number, to: number, nucleus: number, member: [number, number]): NameSpan {
  return {
    kind: "Organization",
    first: from,
    last: to,
    nucleus,
    definite: false,
    quoted: false,
    member,
  };
}

/** "team members", "team leader": words after "team" that make it no team of its own. */
function teamOfItsOwn(tokens: Token[], after: number): boolean {
  return !/^(?:members?|leaders?|spirit)$/.test(tokens[after]?.lower ?? "");
}

/**
 * "the Guan Ming team", "Professor Xu Jin's team", "Xu Jin's teacher team", "Xu Jin and his team":
 * the team after the name.
 */
function teamAfterName(tokens: Token[], first: number, last: number): NameSpan | undefined {
  const member: [number, number] = [first, last];
  const after = tokens[last];
  if (after?.text === "team") {
    if (!teamOfItsOwn(tokens, last + 1)) return undefined;
    // "the Chen Li team of teachers": who its members are may follow.
    const members =
      tokens[last + 1]?.lower === "of" && TEAM_MEMBERS.has(tokens[last + 2]?.lower ?? "");
    return teamSpan(first, last + (members ? 3 : 1), last, member);
  }
  // "Chen Li research team": a word for who its members are may stand before "team".
  if (TEAM_MODIFIERS.has(after?.text ?? "") && tokens[last + 1]?.text === "team")
    return teamOfItsOwn(tokens, last + 2) ? teamSpan(first, last + 2, last + 1, member) : undefined;
  const possessive = after?.text === "'s" || after?.text === "\u2019s";
  // "Xu Jin's team", "Xu Jin's teacher team".
  const modified = possessive && TEAM_MODIFIERS.has(tokens[last + 1]?.text ?? "") ? 1 : 0;
  if (possessive && tokens[last + 1 + modified]?.text === "team")
    return teamOfItsOwn(tokens, last + 2 + modified)
      ? teamSpan(titleStart(tokens, first), last + 2 + modified, last + 1 + modified, member)
      : undefined;
  const hisTeam =
    after?.lower === "and" &&
    /^(?:his|her|their)$/.test(tokens[last + 1]?.lower ?? "") &&
    tokens[last + 2]?.text === "team";
  return hisTeam ? teamSpan(titleStart(tokens, first), last + 3, last + 2, member) : undefined;
}

/** "the teacher team led by Professor Chen Li": the team before the name, with its modifiers. */
function teamLedBy(tokens: Token[], first: number, last: number): NameSpan | undefined {
  const by = titleStart(tokens, first) - 1;
  const team = by - 2;
  if (
    tokens[by]?.lower !== "by" ||
    tokens[by - 1]?.lower !== "led" ||
    tokens[team]?.text !== "team"
  )
    return undefined;
  let start = team;
  while (start > 0 && team - start < 2 && TEAM_MODIFIERS.has(tokens[start - 1]?.text ?? ""))
    start--;
  return teamSpan(start, last, team, [first, last]);
}

/**
 * Teams named after a person: "the Guan Ming team", "the teacher team led by Professor Chen Li",
 * "Professor Xu Jin's team", "Xu Jin and his team". The team is the body that holds an honor;
 * the person stays a name inside it.
 */
export function teamOfPerson(tokens: Token[], first: number, last: number): NameSpan | undefined {
  return teamAfterName(tokens, first, last) ?? teamLedBy(tokens, first, last);
}

const NOT_GIVEN_NAMES = new Set([
  "chinese",
  "china",
  "and",
  "an",
  "he",
  "die",
  "tie",
  "pie",
  "sue",
  "hue",
  "cue",
  "due",
  "queue",
  "shine",
  "lie",
  "men",
  "ran",
  "man",
  "den",
  "hen",
  "bang",
  "dynasty",
]);
/** Verbs right after a surname and a place-like given name that make the two a person. */
const PERSON_VERBS = new Set([
  "was",
  "is",
  "has",
  "had",
  "won",
  "wins",
  "received",
  "receives",
  "became",
  "becomes",
  "said",
  "says",
  "led",
  "leads",
]);
/** Two-word places that look like a surname and a given name. */
const PLACE_PAIRS = new Set([
  "hong kong",
  "bao an",
  "tai an",
  "ji an",
  "huai an",
  "xi an",
  "ya an",
  "lu an",
  "ma an",
  "fu an",
]);

/** Full-width ASCII look of a Chinese person name: surname + pinyin given name. */
export function findPeople(tokens: Token[]): Array<[number, number]> {
  const people: Array<[number, number]> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const surname = tokens[i] as Token;
    const given = tokens[i + 1] as Token;
    // "University of Hong Kong Yu Jun": the second word of "Hong Kong" opens no name.
    if (PLACE_PAIRS.has(`${tokens[i - 1]?.lower} ${surname.lower}`)) continue;
    const splitGiven = givenWordsThenCapitalSurname(tokens, i);
    if (splitGiven) {
      people.push([i, splitGiven]);
      i = splitGiven - 1;
      continue;
    }
    const owned = countryOwnedName(tokens, i) ?? nameBeforeCountry(tokens, i);
    if (owned) {
      people.push([i, owned]);
      i = owned - 1;
      continue;
    }
    const initialled =
      westernInitialled(tokens, i) ??
      dottedInitialsThenSurname(tokens, i) ??
      surnameCommaGiven(tokens, i);
    if (initialled) {
      people.push([i, initialled]);
      i = initialled - 1;
      continue;
    }
    const western = westernGivenFirst(tokens, i);
    if (western) {
      people.push([i, western]);
      i = western - 1;
      continue;
    }
    if (japaneseName(tokens, i)) {
      people.push([i, i + 2]);
      i++;
      continue;
    }
    const introduced = roleIntroducedName(tokens, i);
    if (introduced) {
      people.push([i, introduced]);
      i = introduced - 1;
      continue;
    }
    if (westernPosted(tokens, i)) {
      people.push([i, i + 2]);
      i++;
      continue;
    }
    const capitalSurname = givenThenCapitalSurname(tokens, i);
    if (capitalSurname) {
      people.push([i, capitalSurname]);
      i = capitalSurname - 1;
      continue;
    }
    const titled = titledName(tokens, i);
    if (titled) {
      people.push([i, titled]);
      i = titled - 1;
      continue;
    }
    const capitalFirst = romanizedSurnameFirst(tokens, i);
    if (capitalFirst) {
      // "Patrick Lau Sau Shing": an English given name may stand before the Chinese name.
      const english = tokens[i - 1];
      const withEnglish = english?.cap && westernGivenName(english.lower) !== undefined;
      people.push([withEnglish ? i - 1 : i, capitalFirst]);
      i = capitalFirst - 1;
      continue;
    }
    if (romanizedSurnameThenHyphenatedGiven(tokens, i)) {
      // "Johnny Mak Ho-yin": an English given name may stand before the Chinese name.
      const english = tokens[i - 1];
      const withEnglish = english?.cap && westernGivenName(english.lower) !== undefined;
      people.push([withEnglish ? i - 1 : i, i + 2]);
      i++;
      continue;
    }
    if (westernPinyinOrder(tokens, i) || hyphenatedGivenFirst(tokens, i)) {
      people.push([i, i + 2]);
      i++;
      continue;
    }
    // "LI Linxu", "LI JING": a surname in capitals, as bylines and English pages write it.
    const shouted = surname.acronym && (given.acronym || given.cap);
    if (!surname.cap || (surname.acronym && !shouted) || !SURNAMES.has(surname.lower)) continue;
    if (lowerCaseGivenName(tokens, i + 1)) {
      people.push([i, i + 2]);
      i++;
      continue;
    }
    if (!given.cap || (given.acronym && !shouted) || !isPinyinName(given.text)) continue;
    // "He" is a pronoun, but "Prof. Tian He" and "Jiang He, deputy director of X" are names.
    if (
      NOT_GIVEN_NAMES.has(given.lower) &&
      !addressedBefore(tokens, i) &&
      !followedByPost(tokens, i + 2)
    )
      continue;
    if (headKind(given.text)) continue;
    // A place-like given name ("Shi Kunming") is a person only when a post follows (", chairman
    // of") or a verb of the person's own ("He Jinhua was selected", "Lin Kunming won").
    if (
      isPlaceName(given.lower) &&
      !followedByPost(tokens, i + 2) &&
      !PERSON_VERBS.has(tokens[i + 2]?.lower ?? "") &&
      !listedAfterAName(tokens, i)
    )
      continue;
    const after = tokens[i + 2];
    const split = splitGivenName(tokens, i + 1);
    if (split) {
      people.push([i, split]);
      i = split - 1;
      continue;
    }
    if (givenInTwoWords(tokens, i)) {
      people.push([i, i + 3]);
      i += 2;
      continue;
    }
    if (runsOnPastName(tokens, i)) continue;
    // "Yu Jiang area", "Lu Xi county": a place whose head a translation left in lower case.
    if (after && !after.cap && (LOWER_PLACE_HEADS.has(after.lower) || after.lower === "area"))
      continue;
    if (PLACE_PAIRS.has(`${surname.lower} ${given.lower}`)) continue;
    people.push([i, i + 2]);
    i++;
  }
  return withListedPeers(
    tokens,
    people.map((person) => withoutLeadingPost(tokens, withSurnameParticle(tokens, person))),
  ).filter(([first, last]) => !namesACountry(tokens, first, last) && !namesAVillage(tokens, last));
}

/**
 * "Dean Liu Shaoqun", "Mayor Geng Yanbo": a post in title case before a Chinese surname and a
 * given name is the person's post, not a word of the name.
 */
function withoutLeadingPost(tokens: Token[], [first, last]: [number, number]): [number, number] {
  const post = tokens[first] as Token;
  if (last - first < 3 || !post.cap || !TITLE_WORDS.has(post.lower)) return [first, last];
  return opensChineseName(tokens, first + 1) ? [first + 1, last] : [first, last];
}

/**
 * Whether the capitalised word after the surname and given name at `i` makes them part of a longer
 * name. "Mr. Zhang Wenbo Deputy Director of X": after a title of address, a post may follow
 * without a comma; "reporter Huang Zhewen February 14, ...": so may a date.
 */
function runsOnPastName(tokens: Token[], i: number): boolean {
  const after = tokens[i + 2];
  if (!after?.cap) return false;
  if (isPostWord(after) && addressedBefore(tokens, i)) return false;
  const date = MONTH_NAMES.has(after.lower) && tokens[i + 3]?.number && after.namesDay !== true;
  if (date) return false;
  return headKind(after.text) !== undefined || !BREAK_WORDS.has(after.lower);
}

/** "Dou Cun", "Nan Cun": a machine translation's village, its pinyin head "cun" left a word. */
function namesAVillage(tokens: Token[], last: number): boolean {
  return tokens[last - 1]?.lower === "cun";
}

/**
 * "North Korea", "Sri Lanka", "North America", "Asia Pacific": capitalised words that look like
 * a name and are a country or a region of the world.
 */
function namesACountry(tokens: Token[], first: number, last: number): boolean {
  const words = tokens
    .slice(first, last)
    .map((t) => t.lower)
    .join(" ");
  return isCountryName(words) || isWorldRegion(words);
}

/** Particles of a Western surname: "Silva de Rocha", "van der Berg". */
const SURNAME_PARTICLES = new Set([
  "de",
  "da",
  "do",
  "dos",
  "das",
  "del",
  "della",
  "di",
  "du",
  "van",
  "von",
  "der",
  "den",
  "le",
  "la",
]);

/** "Marta Silva de Rocha": a surname after a particle goes on the name before it. */
function withSurnameParticle(tokens: Token[], [first, last]: [number, number]): [number, number] {
  let end = last;
  while (SURNAME_PARTICLES.has(tokens[end]?.text ?? "") && end - last < 2) end++;
  const surname = tokens[end];
  // "Lin Bo de Hill University": a body's name after the particle is no surname.
  const next = tokens[end + 1];
  const joined =
    end > last &&
    surname?.cap &&
    surname.word &&
    !surname.acronym &&
    !headKind(surname.text) &&
    !(next?.cap && headKind(next.text));
  return joined ? [first, end + 1] : [first, last];
}

/** Whether a name read from `start` to `end` closes a list item: a comma, "and", or the clause end. */
function closesItem(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  return next === undefined || /^(?:,|and|\.|;|:|\))$/.test(next.lower);
}

/**
 * "Past winners include Qiao Lin, Kenta Morioka and Aruna Devi": two or three capitalised words
 * that name nothing else, listed right after a person, are a person too.
 */
function withListedPeers(
  tokens: Token[],
  people: Array<[number, number]>,
): Array<[number, number]> {
  if (people.length === 0) return people;
  const taken = new Set(people.map(([first]) => first));
  const added: Array<[number, number]> = [];
  for (const [, last] of people) {
    let at = last;
    for (let guard = 0; guard < 12; guard++) {
      const glued = afterListGlue(tokens, at);
      if (glued === at) break;
      // "Li Na and Ms Chen Yu", "President A, Premier B": a courtesy title or a post before the
      // next name is not the name's.
      const titled =
        TITLE_BEFORE.has(tokens[glued]?.lower ?? "") || TITLE_WORDS.has(tokens[glued]?.lower ?? "");
      let start = titled ? glued + 1 : glued;
      if (start > glued && tokens[start]?.text === ".") start++;
      if (taken.has(start)) break;
      let end = start;
      while (end - start < MAX_INTRODUCED_WORDS && isIntroducedNameWord(tokens[end])) end++;
      if (end - start < 2 || !closesItem(tokens, end)) break;
      added.push([start, end]);
      taken.add(start);
      at = end;
    }
  }
  if (added.length === 0) return people;
  return [...people, ...added].sort((a, b) => a[0] - b[0]);
}

/**
 * "Ma Chi Ngai", "Hou Xiang Ling": a surname and a given name of two syllables written as two
 * words, each one syllable, with no capitalised word after them that would make a longer name.
 */
function givenInTwoWords(tokens: Token[], i: number): boolean {
  const [given, second, after] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!given || !second?.cap || second.acronym || !CAPITALISED_WORD.test(second.text)) return false;
  if (after?.cap && !BREAK_WORDS.has(after.lower)) return false;
  const oneSyllable = (t: Token) => pinyinSyllables(t.lower)?.length === 1;
  return (
    oneSyllable(given) &&
    oneSyllable(second) &&
    !headKind(second.text) &&
    !isPlaceName(second.lower) &&
    !PLACE_SYLLABLES.has(second.lower) &&
    !NOT_GIVEN_NAMES.has(second.lower) &&
    !isPlaceName(`${given.lower}${second.lower}`)
  );
}

/**
 * "India's Anuradha Roy", "South Korea's An Se-young", "by Japan's Haruki Murakami": after a
 * country's possessive, two or three capitalised words that name nothing else are a person, in
 * whatever language the name is. The end index, or undefined.
 */
function countryOwnedName(tokens: Token[], i: number): number | undefined {
  const owner = possessiveOwnerBefore(tokens, i);
  if (owner === undefined) return undefined;
  const ownerName = tokens[owner]?.lower ?? "";
  const twoWords = `${tokens[owner - 1]?.lower ?? ""} ${ownerName}`;
  if (!isCountryName(ownerName) && !isCountryName(twoWords)) return undefined;
  const end = foreignNameEnd(tokens, i);
  if (end === undefined || tokens[end]?.cap || isEnglishWord(tokens[end - 1]?.lower ?? ""))
    return undefined;
  return end;
}

/**
 * "Abdullah Abu Sayeed of Bangladesh", "Omara Khan Masoudi (Afghanistan)": two or three
 * capitalised words that name nothing else, then the country the person is from, opening the
 * sentence or an item of a list. The end index of the name, or undefined.
 */
function nameBeforeCountry(tokens: Token[], i: number): number | undefined {
  const before = tokens[i - 1];
  if (before && !/^[,;:(\u2022-]$/.test(before.text) && before.lower !== "and") return undefined;
  // The link to the country follows a name of two or three words: nothing to read without one.
  if (
    !COUNTRY_LINK.test(tokens[i + 2]?.text ?? "") &&
    !COUNTRY_LINK.test(tokens[i + 3]?.text ?? "")
  )
    return undefined;
  const end = foreignNameEnd(tokens, i);
  if (end === undefined) return undefined;
  const link = tokens[end];
  const after = countryEndAt(tokens, end + 1) ?? countryCodeAt(tokens, end + 1);
  const from =
    after !== undefined &&
    (link?.lower === "of" ||
      link?.lower === "from" ||
      (link?.text === "(" && tokens[after]?.text === ")"));
  return from ? end : undefined;
}

const COUNTRY_LINK = /^(?:of|from|\()$/i;

/**
 * The end of a foreign name of two or three words from token `i` (each a name word that is no
 * post, break word or country), or undefined; words that are all English name no one.
 */
function foreignNameEnd(tokens: Token[], i: number): number | undefined {
  let end = i;
  while (end - i < 3 && isNameWordAfterCountry(tokens[end])) end++;
  if (end - i < 2) return undefined;
  return tokens.slice(i, end).every((t) => isEnglishWord(t.lower)) ? undefined : end;
}

/** Where a country named at token `k` ("India", "South Africa") ends, or undefined. */
function countryEndAt(tokens: Token[], k: number): number | undefined {
  const first = tokens[k];
  if (!first?.cap) return undefined;
  if (tokens[k + 1]?.cap && isCountryName(`${first.lower} ${tokens[k + 1]?.lower}`)) return k + 2;
  return isCountryName(first.lower) ? k + 1 : undefined;
}

/** "(FRA)", "(USA)": a country's code in brackets at token `k`; its end, or undefined. */
function countryCodeAt(tokens: Token[], k: number): number | undefined {
  const code = tokens[k];
  if (tokens[k - 1]?.text !== "(" || !code?.acronym || tokens[k + 1]?.text !== ")")
    return undefined;
  return isCountryCode(code.text) ? k + 1 : undefined;
}

/** The index of the owner's word when "X's" (or "X’s") stands right before token `i`. */
function possessiveOwnerBefore(tokens: Token[], i: number): number | undefined {
  const previous = tokens[i - 1]?.text;
  if (previous === "'s" || previous === "\u2019s") return i - 2;
  if (previous === "s" && (tokens[i - 2]?.text === "\u2019" || tokens[i - 2]?.text === "'"))
    return i - 3;
  return undefined;
}

/** A word of a foreign name that is no post, no break word and no country. */
function isNameWordAfterCountry(token: Token | undefined): boolean {
  return (
    isForeignNameWord(token) &&
    !BREAK_WORDS.has(token?.lower ?? "") &&
    !TITLE_BEFORE.has(token?.lower ?? "") &&
    !TITLE_WORDS.has(token?.lower ?? "") &&
    !isCountryName(token?.lower ?? "")
  );
}

/** Pinyin heads of place names: village, hamlet, temple, town, township, gully, pass, ... */
const PLACE_SYLLABLES = new Set([
  "cun",
  "zhuang",
  "si",
  "zhen",
  "xiang",
  "gou",
  "tun",
  "zhai",
  "guan",
  "miao",
  "ta",
  "men",
  "lou",
  "dian",
  "kou",
  "zhou",
  "cheng",
  "ling",
  "yuan",
]);

/**
 * "Fan Bing Bing", "Zhang Xin Yi": entertainment pages split a two-syllable given name in two
 * capitalised syllables. Both are single syllables that name nothing else, and no capitalised
 * word follows them (which would make a place or a body: "Wang Fu Jing Street"). The end index.
 */
function splitGivenName(tokens: Token[], at: number): number | undefined {
  const [first, second, after] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  for (const part of [first, second]) {
    if (!part?.cap || part.acronym || !SINGLE_SYLLABLE.test(part.lower)) return undefined;
    if (headKind(part.text) || isPlaceName(part.lower) || BREAK_WORDS.has(part.lower))
      return undefined;
  }
  if (after?.cap && !BREAK_WORDS.has(after.lower)) return undefined;
  if (after && !after.cap && LOWER_PLACE_HEADS.has(after.lower)) return undefined;
  // "Li Jiu Cun", "Yan Nan Yuan": a place's pinyin head ("village", "garden") ends a place.
  if (PLACE_SYLLABLES.has((second as Token).lower)) return undefined;
  return at + 2;
}

/**
 * "Hongli Xu", "Guocun Wang": university pages write pinyin names given name first. The given
 * name has two syllables or more and is no surname itself ("Wang Fang" is read surname first).
 */
function westernPinyinOrder(tokens: Token[], i: number): boolean {
  const given = tokens[i] as Token;
  const surname = tokens[i + 1];
  if (!surname?.cap || surname.acronym || !SURNAMES.has(surname.lower)) return false;
  if (!given.cap || given.acronym || given.text.length < 3 || SURNAMES.has(given.lower))
    return false;
  // "Jun Liu" as well as "Hongli Xu"; but a one-syllable given name after another capitalised
  // word ("Ieoh Ming Pei") is the tail of a longer name.
  const before = tokens[i - 1];
  if (given.text.length < 5 && before?.cap && !BREAK_WORDS.has(before.lower)) return false;
  if (ENGLISH_AS_PINYIN.has(given.lower) || !isPinyinName(given.text)) return false;
  if (headKind(given.text) || isPlaceName(given.lower) || NOT_GIVEN_NAMES.has(given.lower))
    return false;
  // A capitalised word after the pair continues a name ("Xinxing Wang Road"), unless it breaks.
  const after = tokens[i + 2];
  return !(after?.cap && (headKind(after.text) || !BREAK_WORDS.has(after.lower)));
}

// Surnames as Hong Kong (Cantonese), Taiwan (Wade-Giles) and Korean names spell them where the
// pinyin spelling in SURNAMES differs.
const ROMANIZED_SURNAMES = new Set(
  (
    "au chan chau cheung chiang chien ching chiu cho choi chou chow choy chung fok fong fung ho " +
    "hsia hsieh hsu hui hung jang jung kao ko kuo kwan kwok kwon kwong lam lau lee leung lim lo lui " +
    "lung mak mok ng park poon seo shin siu so soong sung tam tsai tsang tse tseng tsui wong woo " +
    "yap yau yeh yeung yim yip yiu yoo yoon yuen yung " +
    // Hokkien, Teochew and Macau spellings: "Tung Chee-hwa", "Tan Wee Kiong", "Cheang Chi Keong".
    "cheang chui goh hon ip khoo koh leong ong quek tan teh teng teo toh tong tsoi tung"
  ).split(" "),
);
const HYPHENATED_GIVEN = /^[A-Z][a-z]{1,5}-[A-Z][a-z]{1,5}$/;
// First halves of English compounds in title case ("Off-Campus", "Self-Built", "High-Tech").
const ENGLISH_PREFIXES = new Set([
  "off",
  "on",
  "self",
  "non",
  "pre",
  "post",
  "co",
  "anti",
  "well",
  "high",
  "low",
  "long",
  "short",
  "multi",
  "inter",
  "cross",
  "full",
  "half",
  "all",
  "top",
  "new",
  "old",
  "best",
  "first",
  "world",
  "state",
  "city",
  "eco",
]);

/** A Chinese surname in pinyin or in a Hong Kong or Taiwan romanization (lower case). */
function isKnownSurname(lower: string): boolean {
  return SURNAMES.has(lower) || ROMANIZED_SURNAMES.has(lower);
}

/**
 * "Kwok-Wai Lam", "Ching-Po Wang": Hong Kong and Taiwan pages write a two-syllable given name
 * with a hyphen and both halves capitalised, before a short surname; neither half is a place
 * ("Lanzhou-Chongqing") nor an English prefix ("Off-Campus"), and the name ends there.
 */
function hyphenatedGivenFirst(tokens: Token[], i: number): boolean {
  const given = tokens[i] as Token;
  const surname = tokens[i + 1];
  if (!HYPHENATED_GIVEN.test(given.text) || !surname?.cap || surname.acronym) return false;
  if (!isKnownSurname(surname.lower)) return false;
  if (headKind(surname.text)) return false;
  const halves = given.text.toLowerCase().split("-");
  if (ENGLISH_PREFIXES.has(halves[0] as string) || halves.some((half) => isPlaceName(half)))
    return false;
  if (isPlaceName(surname.lower) || NOT_GIVEN_NAMES.has(surname.lower)) return false;
  const after = tokens[i + 2];
  return !(after?.cap && !BREAK_WORDS.has(after.lower));
}

/**
 * "Chow Tak-ming", "Lo Kin-wah": Hong Kong pages also write a romanized surname first, then a
 * hyphenated given name, often with a lower-case second half; the name ends there.
 */
function romanizedSurnameThenHyphenatedGiven(tokens: Token[], i: number): boolean {
  const surname = tokens[i] as Token;
  const given = tokens[i + 1];
  if (!surname.cap || surname.acronym || !ROMANIZED_SURNAMES.has(surname.lower)) return false;
  if (!given || !TRAILING_GIVEN.test(given.text)) return false;
  const halves = given.text.toLowerCase().split("-");
  if (ENGLISH_PREFIXES.has(halves[0] as string) || halves.some((half) => isPlaceName(half)))
    return false;
  const after = tokens[i + 2];
  return !(after?.cap && !BREAK_WORDS.has(after.lower));
}

/** One syllable of a Cantonese given name written apart: "Tak", "Wong", "Kin". */
const GIVEN_SYLLABLE = /^[A-Z][a-z]{1,5}$/;

/**
 * "KWOK Lai Sun", "LAU Wing-kei": a romanized surname in capitals, then a Cantonese given name as
 * one hyphenated word or two short syllables (the capitals vouch for the order); the end index.
 * "Tan Wee Kiong", "Cheang Chi Keong": a surname no pinyin spells vouches for it in title case too.
 */
function romanizedSurnameFirst(tokens: Token[], i: number): number | undefined {
  const surname = tokens[i] as Token;
  if (!ROMANIZED_SURNAMES.has(surname.lower)) return undefined;
  const titleCase = !surname.acronym;
  if (titleCase && (!surname.cap || SURNAMES.has(surname.lower))) return undefined;
  // In title case the name opens its run ("Ho Leung Ho Lee" is a foundation's).
  if (titleCase && tokens[i - 1]?.cap && !westernGivenName(tokens[i - 1]?.lower ?? ""))
    return undefined;
  const given = tokens[i + 1];
  const second = tokens[i + 2];
  const syllable = (t: Token | undefined) =>
    t !== undefined &&
    !t.acronym &&
    GIVEN_SYLLABLE.test(t.text) &&
    !BREAK_WORDS.has(t.lower) &&
    !headKind(t.text) &&
    !isPlaceName(t.lower);
  let end: number;
  if (given && !given.acronym && TRAILING_GIVEN.test(given.text)) end = i + 2;
  else if (syllable(given) && syllable(second)) end = i + 3;
  else return undefined;
  const whole = tokens.slice(i, end).map((t) => t.lower);
  if (isPlaceName(whole.join(" "))) return undefined;
  const after = tokens[end];
  if (after?.cap && !BREAK_WORDS.has(after.lower)) return undefined;
  // "Lam Ka Ming and Wong Siu Ling Charitable Foundation", "... (HLHL) Foundation": a body's.
  if (titleCase && (after?.text === "(" || (after?.lower === "and" && tokens[end + 1]?.cap)))
    return undefined;
  return end;
}

/** A Chinese given name after a surname in capitals: "Cheung-sing", "Man-Yee". */
const TRAILING_GIVEN = /^[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}$/;

/**
 * "Ron Shu Yuen HUI", "Fuk Yee KWONG", "Vincent Kin Nang LAU": Hong Kong pages write the given
 * name's syllables as words of their own, an English name maybe before them, and the surname
 * last in capitals. Two or three given words, each a syllable or a Western given name.
 */
function givenWordsThenCapitalSurname(tokens: Token[], i: number): number | undefined {
  for (const count of [3, 2]) {
    const surname = tokens[i + count];
    if (!surname?.acronym || !isKnownSurname(surname.lower)) continue;
    const given = tokens.slice(i, i + count);
    const names = given.every(
      (t, k) =>
        CAPITALISED_WORD.test(t.text) &&
        !BREAK_WORDS.has(t.lower) &&
        !TITLE_BEFORE.has(t.lower) &&
        !headKind(t.text) &&
        (isPinyinName(t.text) || (k === 0 && westernGivenName(t.lower) !== undefined)),
    );
    if (names && given.some((t) => isPinyinName(t.text) && t.text.length <= 5))
      return i + count + 1;
  }
  return undefined;
}

/**
 * "Eric CHENG", "Hwa-yaw TAM", "Prof. Yann LECUN", "Andrew LIAO Cheung-sing": Hong Kong pages
 * write the surname in capitals after the given name, a hyphenated Chinese given name sometimes
 * after it. The capitals are a known surname, or a title or a Western given name stands before
 * (a place before capitals is a body: "Tianjin CTF"); the end index.
 */
function givenThenCapitalSurname(tokens: Token[], i: number): number | undefined {
  const given = tokens[i] as Token;
  const surname = tokens[i + 1];
  if (!given.cap || given.acronym || !surname?.acronym || surname.text.length > 10)
    return undefined;
  if (!CAPITALISED_WORD.test(given.text) && !TRAILING_GIVEN.test(given.text)) return undefined;
  if (headKind(given.text) || BREAK_WORDS.has(given.lower) || isPlaceName(given.lower))
    return undefined;
  // "Professor WU", "By XU FAN": a title or a word before a surname in capitals is no given name.
  const western = westernGivenName(given.lower);
  if (TITLE_BEFORE.has(given.lower) || (isEnglishWord(given.lower) && !western)) return undefined;
  const titled = titledBefore(tokens, i);
  const knownSurname = isKnownSurname(surname.lower);
  // A Western given name alone vouches only for a surname of three letters or more ("Washington DC").
  const westernOnly = western !== undefined && !western.alsoAWord && surname.text.length >= 3;
  if (!knownSurname && !titled && !westernOnly) return undefined;
  const after = tokens[i + 2];
  if (after && TRAILING_GIVEN.test(after.text)) return i + 3;
  if (after?.cap && !after.acronym && !BREAK_WORDS.has(after.lower)) return undefined;
  return i + 2;
}

/**
 * "China Quality Award", "Teaching Masters Awards": after a capitalised word, "Award(s)" is a
 * title's head. "The Ministry Awards the Pine School ..." is the verb: a name or "the" follows it.
 */
function isAwardNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || (t.text !== "Award" && t.text !== "Awards")) return false;
  const next = tokens[i + 1];
  // "the Award of Distinction", "an Award for New Design": a title that opens with its head.
  if ((next?.lower === "of" || next?.lower === "for") && tokens[i + 2]?.cap) return true;
  // "Young Scientist Award": a post before it makes a title too.
  if (!isNameWord(tokens[i - 1]) && !isPostWord(tokens[i - 1])) return false;
  if (t.text === "Award") return true;
  // "the Lanxi Awards Ceremony": an event named after the awards.
  if (next?.cap && headKind(next.text) === "Event") return true;
  return !next || !(next.cap || next.lower === "the");
}

// English words that also read as two pinyin syllables.
const ENGLISH_AS_PINYIN = new Set([
  "made",
  "make",
  "same",
  "change",
  "lane",
  "bane",
  "mane",
  "game",
]);

/**
 * "Meng xianqun, head of the section, ...": machine translation often leaves the given name in
 * lower case. Two pinyin syllables, then a comma or a verb, make it a given name.
 */
function lowerCaseGivenName(tokens: Token[], at: number): boolean {
  const given = tokens[at];
  if (!given?.word || given.cap || given.text.length < 5) return false;
  if (ENGLISH_AS_PINYIN.has(given.text) || !isPinyinName(given.text)) return false;
  if (!twoSyllables(given.text)) return false;
  const after = tokens[at + 1];
  return (
    after !== undefined &&
    (after.text === "," ||
      /^(?:was|were|is|has|had|won|received|obtained|attended|said|and)$/.test(after.lower))
  );
}

/** True when a lower-case word is exactly two pinyin syllables ("xianqun", "jianhua"). */
function twoSyllables(word: string): boolean {
  for (let cut = 1; cut < word.length; cut++) {
    if (SINGLE_SYLLABLE.test(word.slice(0, cut)) && SINGLE_SYLLABLE.test(word.slice(cut)))
      return true;
  }
  return false;
}

// One pinyin syllable: optional initial, then a final.
const SINGLE_SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)$/;

const TITLE_BEFORE = new Set([
  "sir",
  "dame",
  "prof",
  "professor",
  "dr",
  "mr",
  "ms",
  "mrs",
  "academician",
  "comrade",
  "madam",
  "chairman",
  "chairwoman",
  "premier",
  "dean",
]);

const CAPITALISED_WORD = /^[A-Z][a-z]+$/;
const ONE_CAPITAL = /^[A-Z]$/;

/** "David G. Evans": a first name, an initial with its full stop, a surname; the end index. */
function westernInitialled(tokens: Token[], i: number): number | undefined {
  // Four reads, not a destructured array: this runs at every token.
  const first = tokens[i];
  const initial = tokens[i + 1];
  const stop = tokens[i + 2];
  const last = tokens[i + 3];
  if (!first?.cap || first.acronym || first.text.length < 3 || !CAPITALISED_WORD.test(first.text))
    return undefined;
  if (!initial || !ONE_CAPITAL.test(initial.text) || stop?.text !== ".") return undefined;
  if (!last?.cap || last.acronym || !CAPITALISED_WORD.test(last.text) || headKind(last.text))
    return undefined;
  if (headKind(first.text) || BREAK_WORDS.has(first.lower)) return undefined;
  // "Harold J. Brenner Award": a capitalised head after the name makes it a name of its own.
  const next = tokens[i + 4];
  if (next?.cap && headKind(next.text)) return undefined;
  return i + 4;
}

/** "Ke-Ji", "Qing-Sheng": a given name of two pinyin syllables joined by a hyphen. */
const HYPHENED_GIVEN = /^[A-Z][a-z]+-[A-Za-z][a-z]+$/;

/**
 * "Chen, Ke-Ji", "Zhu, Qing-Sheng": a surname, a comma, then a hyphened given name, as lists of
 * scholars in Hong Kong and Taiwan write a name; the end index. Not inside a run of names
 * ("A, B, Chen, Ke-Ji" reads the same), so the comma's next word must be the hyphened one.
 */
function surnameCommaGiven(tokens: Token[], i: number): number | undefined {
  const [surname, comma, given] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!surname?.cap || surname.acronym || !SURNAMES.has(surname.lower)) return undefined;
  if (comma?.text !== "," || !given || !HYPHENED_GIVEN.test(given.text)) return undefined;
  if (!given.text.split("-").every((part) => isPinyinName(part))) return undefined;
  // "Chen, Ke-Ji Wang": a capitalised word after the given name makes it another name's start.
  const after = tokens[i + 3];
  if (after?.cap && !after.acronym && after.word) return undefined;
  return i + 3;
}

/** "N.K. Jemisin", "J.G. Teng": two or three dotted capital initials, then a surname; the end index. */
function dottedInitialsThenSurname(tokens: Token[], i: number): number | undefined {
  if (!ONE_CAPITAL.test(tokens[i]?.text ?? "")) return undefined;
  // Not from the second initial on.
  if (tokens[i - 1]?.text === "." && ONE_CAPITAL.test(tokens[i - 2]?.text ?? "")) return undefined;
  let k = i;
  while (k < i + 6 && ONE_CAPITAL.test(tokens[k]?.text ?? "") && tokens[k + 1]?.text === ".")
    k += 2;
  const initials = (k - i) / 2;
  const letters = tokens
    .slice(i, k)
    .map((t) => t.text)
    .join("");
  // "U.S. Army", "P.R. China": a country's dotted letters.
  if (isCountryInitials(letters)) return undefined;
  const last = tokens[k];
  if (initials < 2 || initials > 3 || !last?.cap || !CAPITALISED_WORD.test(last.text))
    return undefined;
  if (headKind(last.text) || BREAK_WORDS.has(last.lower) || isCountryName(last.lower))
    return undefined;
  // "U.S. Army", "P.R. China": letters before a head or a country are no person's.
  const next = tokens[k + 1];
  if (next?.cap && headKind(next.text)) return undefined;
  return k + 1;
}

/** One mora of Japanese written in Hepburn romaji: "ka", "shi", "tsu", "kyo", a closing "n". */
const MORA = "(?:[kgsztdnhbpmyrw]?[aiueo]|(?:sh|ch|j)[aiuo]|tsu|fu|[kgnhmrbp]y[aou]|n(?![aiueoy]))";
const ROMAJI_WORD = new RegExp(`^(?:${MORA}){2,6}$`);
/** Japanese cities and airports that open the names of places and bodies ("Tokyo Narita"). */
const JAPANESE_PLACES = new Set([
  "tokyo",
  "osaka",
  "kyoto",
  "nagoya",
  "sapporo",
  "kobe",
  "yokohama",
  "fukuoka",
  "hiroshima",
  "sendai",
  "narita",
  "haneda",
  "kansai",
  "okinawa",
  "nara",
]);

/**
 * "Kento Momota", "Ayaka Takahashi", "Satoshi Omura": two capitalised words written wholly in
 * romaji morae, one of five letters or more, neither an English word, a place, a head or a pinyin
 * name (a Chinese name goes the Chinese way), and no capitalised word after them.
 */
function japaneseName(tokens: Token[], i: number): boolean {
  const pair = [tokens[i], tokens[i + 1]];
  if (pair.some((t) => !t?.cap || t.acronym || !/^[A-Z][a-z]+$/.test(t.text))) return false;
  const words = pair.map((t) => (t as Token).lower);
  if (!words.some((w) => w.length >= 5)) return false;
  for (const w of words)
    if (
      !ROMAJI_WORD.test(w) ||
      isEnglishWord(w) ||
      isPlaceName(w) ||
      isCountryName(w) ||
      isNationality(w) ||
      JAPANESE_PLACES.has(w)
    )
      return false;
  if (words.every((w) => isPinyinName(w)) || pair.some((t) => headKind((t as Token).text)))
    return false;
  return !tokens[i + 2]?.cap;
}

/**
 * "Isabel Crook", "George Aylwin Hogg", "Jean-Pierre Raffarin": a common given name of Western use,
 * then one or two capitalised words that name nothing else; the end index. A capitalised head
 * after them makes a body's name ("George Washington University").
 */
function westernGivenFirst(tokens: Token[], i: number): number | undefined {
  const given = tokens[i] as Token;
  if (!given.cap || given.acronym || TITLE_BEFORE.has(given.lower)) return undefined;
  const known = westernGivenName(given.lower);
  if (!known) return undefined;
  let end = i + 1;
  while (end < i + 3 && isForeignNameWord(tokens[end])) end++;
  if (end === i + 1) return undefined;
  // "Grace", "Hope": a given name that is also a word opens a name only before words that are
  // none, or before a Chinese surname alone ("Grace Tan", "Hope Zhao").
  const surnameAlone = end === i + 2 && isKnownSurname(tokens[i + 1]?.lower ?? "");
  if (
    known.alsoAWord &&
    !surnameAlone &&
    tokens.slice(i + 1, end).some((t) => isEnglishWord(t.lower))
  )
    return undefined;
  const after = tokens[end];
  if (after?.cap && (headKind(after.text) || isForeignNameWord(after))) return undefined;
  return end;
}

/** A title of address right before token `i`, in any case, its full stop aside: "Mr. A", "prof A". */
function addressedBefore(tokens: Token[], i: number): boolean {
  return TITLE_BEFORE.has(wordBeforeStop(tokens, i)?.lower ?? "");
}

/** A personal title right before token `i`, its full stop aside: "Prof. A", "Professor A". */
function titledBefore(tokens: Token[], i: number): boolean {
  const before = wordBeforeStop(tokens, i);
  return before?.cap === true && TITLE_BEFORE.has(before.lower);
}

/** The token before `i`, or the one before that when it is a full stop ("Prof. A"). */
function wordBeforeStop(tokens: Token[], i: number): Token | undefined {
  return tokens[i - 1]?.text === "." ? tokens[i - 2] : tokens[i - 1];
}

/**
 * "Professor Nyima", "Dr. Dawa Tsering": after a personal title, one to three capitalised words
 * that name nothing else are a person, whatever their language. A surname goes the usual way.
 */
function titledName(tokens: Token[], i: number): number | undefined {
  if (!titledBefore(tokens, i)) return undefined;
  if (SURNAMES.has((tokens[i] as Token).lower)) return undefined;
  let end = i;
  while (end < i + 3 && isForeignNameWord(tokens[end])) end++;
  if (end === i) return undefined;
  const after = tokens[end];
  if (after?.cap && (headKind(after.text) || after.acronym || !BREAK_WORDS.has(after.lower)))
    return undefined;
  return end;
}

/** "Mazur", "LoBue", "Suter-Erath", "Marc-Antoine": a capital, small letters, a capital inside. */
const FOREIGN_NAME_WORD =
  /^[\p{Lu}][\p{Ll}'\u2019]+(?:[\p{Lu}][\p{Ll}'\u2019]+)?(?:-[\p{Lu}\p{Ll}][\p{Ll}'\u2019]+)*$/u;
function isForeignNameWord(token: Token | undefined): boolean {
  if (!token?.cap || token.acronym || !FOREIGN_NAME_WORD.test(token.text)) return false;
  // "First-Class", "All-Star": capitalised English words joined name no one.
  if (/-\p{Lu}/u.test(token.text) && token.lower.split("-").every((part) => isEnglishWord(part)))
    return false;
  if (headKind(token.text) || isPlaceName(token.lower) || !isNameWord(token)) return false;
  return !MONTH_NAMES.has(token.lower) && !EMERITUS.test(token.lower);
}

/** "Professor Emeritus": the post's Latin word after a title, no name. */
const EMERITUS = /^emerit(?:us|a|i)$/;

/**
 * "Dilma Rousseff, president of the Bank, ...": a foreign name is two capitalised words that
 * name nothing else, with a post right after the comma ("president", "former president", "a
 * professor"). The pair opens the sentence or a list item.
 */
function westernPosted(tokens: Token[], i: number): boolean {
  const [first, last, comma] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (comma?.text !== ",") return false;
  // "Kamran-Charles Vossoughi": a given name may be hyphenated. "Visal Leng": a surname may end
  // a foreign name; one that opens it is the Chinese reader's.
  for (const word of [first, last]) {
    if (!word || !/^[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?$/.test(word.text) || !isNameWord(word))
      return false;
    if (headKind(word.text) || isPlaceName(word.lower)) return false;
  }
  if (SURNAMES.has(first?.lower ?? "") || (last?.text.includes("-") ?? false)) return false;
  // "Electrical Engineering, professor ...": two words of English name a field, not a person.
  if (isEnglishWord(first?.lower ?? "") && isEnglishWord(last?.lower ?? "")) return false;
  const before = tokens[i - 1];
  if (before && !(before.text === "," || before.lower === "and" || !before.word)) return false;
  return describesAPerson(tokens, i + 3);
}

/** Nouns for a person that are neither posts nor occupations of the lexicon. */
const PERSON_NOUNS = /^(?:consul|ambassador|expert|specialist|scholar|ceo|cfo|cto|founder)$/;

/**
 * What follows "Name Name," that says a person: a post, maybe after a word or two ("managing
 * director at", "International Director of", "secretary-general of"), an occupation, or an age
 * ("54, a medical expert", "36, of Belarus", "a 32-year-old").
 */
function describesAPerson(tokens: Token[], k: number): boolean {
  let at = k;
  const age = tokens[at]?.number === true && /^\d{1,3}$/.test(tokens[at]?.text ?? "");
  if (age && tokens[at + 1]?.text === ",") at += 2;
  if (age && tokens[at]?.lower === "of" && tokens[at + 1]?.cap) return true;
  if (/^(?:a|an|the|former|then|retired|honorary)$/.test(tokens[at]?.lower ?? "")) at++;
  // "the festival's executive chairwoman": a body's post, its owner in the possessive first.
  if (tokens[at]?.word && /^['\u2019]s$/.test(tokens[at + 1]?.text ?? "")) at += 2;
  if (/^\d{1,3}-year-old$/.test(tokens[at]?.lower ?? "")) return true;
  // "Ana Lobo, who founded ...": a relative clause for a person.
  if (at === k && tokens[at]?.lower === "who") return true;
  for (let n = at; n < at + 3; n++) {
    const word = tokens[n];
    if (!word?.word) return false;
    const head = word.lower.split("-")[0] as string;
    if (TITLE_WORDS.has(head) || OCCUPATIONS.has(head) || PERSON_NOUNS.test(head)) return true;
    // "International Director of": one capitalised modifier before a post of a body.
    const ofBody = /^(?:of|at)$/.test(tokens[n + 2]?.lower ?? "");
    const modifier = n === at && ofBody && TITLE_WORDS.has(tokens[n + 1]?.lower ?? "");
    if (word.cap && !modifier) return false;
  }
  return false;
}

/** "directed by Aruna Devi", "designed by Ilya Moreau": a maker's participle, then the maker. */
const MADE_BY =
  /^(?:directed|written|designed|translated|illustrated|composed|painted|authored|produced)$/;
const NAME_WORD = /^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$/;
const MAX_INTRODUCED_WORDS = 3;

/**
 * "novelist Kenta Morioka", "directed by Aruna Devi": two or three capitalised words that
 * name nothing else, right after an occupation in lower case or a maker's "by"; the end index.
 * A name of any origin: the words around it say it is a person's.
 */
function roleIntroducedName(tokens: Token[], i: number): number | undefined {
  const before = tokens[i - 1];
  if (!before || before.cap) return undefined;
  // "veteran artists A and B": an occupation in the plural introduces the first of a list.
  const role =
    OCCUPATIONS.has(before.lower) ||
    (before.lower.endsWith("s") && OCCUPATIONS.has(before.lower.slice(0, -1)));
  const madeBy = before.lower === "by" && MADE_BY.test(tokens[i - 2]?.lower ?? "");
  if (!role && !madeBy) return undefined;
  let end = i;
  while (end - i < MAX_INTRODUCED_WORDS && isIntroducedNameWord(tokens[end])) end++;
  if (end - i < 2 || tokens[end]?.cap || /^[+&]$/.test(tokens[end]?.text ?? "")) return undefined;
  return end;
}

/** Words of a firm's name, not a person's: "Hemu Biotechnology", "Pinecrest Architects". */
const FIRM_WORD = /(?:ology|tech|tronics|ware|architects?|design|partners)$/i;

/** A name word (as `isNameWord` reads one) that is no head, place, month or firm's word. */
function isIntroducedNameWord(token: Token | undefined): boolean {
  if (!token || !NAME_WORD.test(token.text) || FIRM_WORD.test(token.text)) return false;
  return (
    isNameWord(token) &&
    headKind(token.text) === undefined &&
    !isPlaceName(token.lower) &&
    !MONTH_NAMES.has(token.lower)
  );
}

/**
 * ", chairman of ...", ", Li Ming" or ", a fashion designer": a post, another person or what the
 * person is follows.
 */
function followedByPost(tokens: Token[], i: number): boolean {
  let next = tokens[i + 1];
  if (tokens[i]?.text !== "," || next === undefined) return false;
  if (next.lower === "and") next = tokens[i + 2];
  if (next === undefined) return false;
  if (TITLE_WORDS.has(next.lower)) return true;
  return opensChineseName(tokens, tokens.indexOf(next)) || describesAPerson(tokens, i + 1);
}

/**
 * "Fan Weiqi and Lu Jinhua", "Ke Yuming, Lu Jinhua": the name at `i` follows another person's in
 * a list, so a place-like given name is a given name.
 */
function listedAfterAName(tokens: Token[], i: number): boolean {
  let at = i - 1;
  if (tokens[at]?.lower === "and") at--;
  if (tokens[at]?.text === ",") at--;
  if (at === i - 1) return false;
  return opensChineseName(tokens, at - 1) && !isPlaceName(tokens[at]?.lower ?? "");
}

/** A surname at `i` and a capitalised pinyin given name after it ("Wang Fang"). */
function opensChineseName(tokens: Token[], i: number): boolean {
  const given = tokens[i + 1];
  return SURNAMES.has(tokens[i]?.lower ?? "") && given?.cap === true && isPinyinName(given.text);
}

/** A capitalised post ("Scientist", "Teacher", "Staff"): no name word, but a word of an honor's title. */
function isPostWord(token: Token | undefined): boolean {
  return token?.cap === true && !token.acronym && TITLE_WORDS.has(token.lower);
}

/**
 * "President's", "Director General's" right before the name at `first`: how many tokens the post's
 * possessive takes, or 0.
 */
function postOwnerBefore(tokens: Token[], first: number, used: boolean[]): number {
  const mark = tokens[first - 1]?.text;
  if (mark !== "'s" && mark !== "\u2019s") return 0;
  const word = tokens[first - 2];
  if (used[first - 2]) return 0;
  if (isPostWord(word)) return 2;
  // "Director General", "Secretary General": "General" after a post.
  if (word?.cap && word.lower === "general" && isPostWord(tokens[first - 3]) && !used[first - 3])
    return 3;
  return 0;
}

// Short forms of a field or medium: no body of their own, but words of a name ("Best TV Series
// Award", "Pine AI Lab").
const FIELD_ACRONYMS = new Set(["TV", "AI", "VR", "AR", "IT", "STEM", ...LABEL_ACRONYMS]);

/** A month of a date, not one that opens a name ("May Fourth Medal"). */
function isDateMonth(token: Token): boolean {
  return MONTH_NAMES.has(token.lower) && token.namesDay !== true;
}

function isNameWord(token: Token | undefined): boolean {
  if (!token?.word) return false;
  if (token.acronym) return !NON_ORG_ACRONYMS.has(token.text) || FIELD_ACRONYMS.has(token.text);
  if (!token.cap) return false;
  // "iF": a brand in its own case is no function word, whatever its letters spell.
  if (token.text.charCodeAt(0) >= 97) return true;
  return (
    ((!BREAK_WORDS.has(token.lower) && !NON_NAME_WORDS.has(token.lower)) ||
      token.namesDay === true) &&
    !TITLE_WORDS.has(token.lower)
  );
}

/** Words after "Team" that make a post or a thing, not a team's name ("Team Leader"). */
const TEAM_NOT_NAME = new Set([
  "leader",
  "leaders",
  "member",
  "members",
  "captain",
  "manager",
  "building",
  "spirit",
  "award",
  "prize",
]);

/**
 * "Team Fudan", "Team Hill": a name that opens with "Team" runs on over the capitalised words
 * after it, where a head usually ends a name.
 */
function namedTeam(tokens: Token[], first: number, last: number): boolean {
  const team = tokens[first] as Token;
  const next = tokens[first + 1];
  return (
    team.text === "Team" &&
    last - first >= 2 &&
    last - first <= 4 &&
    next !== undefined &&
    !TEAM_NOT_NAME.has(next.lower) &&
    !headKind(next.text)
  );
}

const ORDINAL_OR_YEAR = /^(?:\d{4}|\d{1,3}(?:st|nd|rd|th))$/i;
const RATING_CODE = /^(?:[1-5]A|A{2,5})(?:-level)?$/i;
const LETTER_A = /A/;

function isOrdinalOrYear(token: Token | undefined): boolean {
  return !!token && ORDINAL_OR_YEAR.test(token.text);
}

/** Index after a quoted capitalised group starting at i ('"' Word... '"'), or -1. */
function quotedGroupEnd(tokens: Token[], i: number, limit: number): number {
  if (tokens[i]?.text !== '"') return -1;
  let j = i + 1;
  let words = 0;
  while (j < limit && j - i <= 12 && tokens[j]?.text !== '"') {
    const t = tokens[j] as Token;
    if (
      !(
        t.cap ||
        t.number ||
        t.lower === "and" ||
        t.lower === "of" ||
        t.text === "&" ||
        t.text === "-"
      )
    )
      return -1;
    if (t.cap) words++;
    j++;
  }
  return tokens[j]?.text === '"' && words > 0 ? j + 1 : -1;
}

/**
 * "Elmwood Hotel Pudong": the name words ending at `at` have a body's head (one of the last three),
 * and the last is that head or a word of no English ("Pudong", not "Science").
 */
function bodyHeadEndsAt(tokens: Token[], at: number): boolean {
  if (isEnglishWord((tokens[at] as Token).lower)) return false;
  for (let k = at; k > at - 3 && k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!isNameWord(t)) return false;
    if (headKind(t.text) === "Organization") return true;
  }
  return false;
}

function isOrgAcronym(t: Token | undefined): boolean {
  return (
    t?.acronym === true &&
    t.text.length >= 2 &&
    t.text.length <= 10 &&
    !NON_ORG_ACRONYMS.has(t.text) &&
    /^[A-Z]+$/.test(t.text) &&
    !isShoutedWord(t.lower)
  );
}

/** A word set in capitals that names no body: English glue or a label, a month, a place. */
function isShoutedWord(lower: string): boolean {
  return SHOUTED_WORDS.has(lower) || MONTH_NAMES.has(lower) || isPlaceName(lower);
}

/**
 * "NEW", "AT", "OR" in a line set in capitals, "UPDATED:", "FIFTY three firms": small words of
 * English, a page's labels and numbers, never a body's acronym.
 */
const SHOUTED_WORDS = new Set(
  [
    "a an the and or of in on at to by for from with as is it its we our us you new end all not no top",
    "update updated breaking exclusive abstract summary photo photos video news good group winner winners",
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen",
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred",
  ]
    .join(" ")
    .split(" "),
);

/** An organization's acronym at `i`, free and ending the name: nothing capitalised follows. */
function placeFirmAcronym(tokens: Token[], used: boolean[], i: number): boolean {
  const t = tokens[i];
  return !used[i] && isOrgAcronym(t) && (t as Token).text.length <= 6 && !isNameWord(tokens[i + 1]);
}

/** "Zentorra, KVX and Dongling Merchants Group": an acronym standing alone is a name of its own. */
function loneAcronym(tokens: Token[], i: number): boolean {
  return (tokens[i] as Token).acronym && !isNameWord(tokens[i - 1]);
}

/**
 * Whether the run starting at i (after "and") starts a new name rather than continuing one.
 * `body`: where the name before "and" already has a body's head: in its own words ("Elmwood
 * Hotel Pudong and ...") or before its complement ("Ministry of Forestry and ...").
 */
function startsNewName(
  tokens: Token[],
  i: number,
  previous: Token | undefined,
  body?: "name" | "complement",
): boolean {
  let j = i;
  if (tokens[j]?.lower === "the") return true;
  let sawHead = false;
  let sawBody = false;
  const first = tokens[j];
  if (!first) return false;
  if (isPlaceName(first.lower) || first.acronym) return true;
  // "the School of Law and Wang Fang won": a person after "and" is a name of its own.
  if (opensChineseName(tokens, i) && !isNameWord(tokens[i + 2])) return true;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    // "... Award and Special Support Award": "Award" heads the second title too.
    if (isNameWord(t) || isAwardNoun(tokens, j)) {
      const kind = headKind(t.text);
      if (kind) sawHead = true;
      if (kind === "Organization") sawBody = true;
      j++;
    } else if ((t.lower === "and" || t.text === "&") && isNameWord(tokens[j + 1])) {
      j++;
    } else {
      break;
    }
  }
  // "... and CanSino Biologics, Inc.": a company named with its suffix starts a name of its own.
  if (tokens[j]?.text === "," && COMPANY_SUFFIXES.has(tokens[j + 1]?.lower ?? "")) return true;
  if (!sawHead) return false;
  // "Elmwood Hotel Pudong and Maple Inn": two bodies, each with its head, are two names.
  // ("National University Science and Technology Park" is one: its word before "and" is English.)
  if (body === "name" && sawBody && previous && !isEnglishWord(previous.lower)) return true;
  // "Ministry of Forestry and State Administration of Grain": a body opened by a level or the
  // country after "and" in the complement of a body is a second body ("Ministry of Water
  // Resources and Rural Affairs", "Bureau of Small and Medium Enterprises" are one).
  if (body === "complement" && sawBody && SECOND_BODY_OPENERS.has(first.lower)) return true;
  return (
    headKind(first.text) !== undefined ||
    (previous !== undefined && headKind(previous.text) !== undefined)
  );
}

const SECOND_BODY_OPENERS = new Set(["national", "state", "chinese", "china", "central"]);
const GLUED_LIST_HEADS = new Set(["company", "corporation", "group", "factory", "university"]);
const COMPLEMENT_WORDS = new Set(["of", "for", "in", "on"]);
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Heads whose name may go on with "on" and a subject: "Joint Laboratory on New Materials". */
const TAKES_ON =
  /^(?:bases?|laborator(?:y|ies)|labs?|cent(?:er|re)s?|commissions?|committees?|councils?|forums?|conferences?|symposi(?:um|a)|awards?|prizes?|medals?|units?|networks?|programm?es?|projects?)$/;
const COMPASS = new Set([
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "north",
  "south",
  "east",
  "west",
]);
const AUXILIARIES = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "be",
  "been",
  "will",
  "shall",
  "can",
  "may",
  "must",
  "do",
  "does",
  "did",
]);
const ORDINAL_WORDS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
]);
const DOCUMENT_LINKS = new Set(["of", "on", "to", "for", "about", "regarding", "concerning"]);
const DOCUMENT_TITLE_GLUE = new Set([
  "of",
  "on",
  "to",
  "for",
  "and",
  "&",
  "the",
  "in",
  "with",
  "about",
  "regarding",
  "concerning",
  "a",
  "an",
  "by",
]);

/**
 * A ranking named by its size before the word "list" or "ranking": "the Fortune Global 500 list",
 * "the Forbes China 400 ranking". The span takes the word "list" (so that "made the X list" reads
 * it whole); the honor's own name drops it.
 */
export function findSizedRankings(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const size = tokens[i] as Token;
    const listWord = /^(?:list|ranking|rankings)$/.test(tokens[i + 1]?.lower ?? "");
    if (blocked[i] || !/^\d{2,4}$/.test(size.text)) continue;
    if (!listWord && !endsARoundSizedName(tokens, i)) continue;
    let first = i;
    while (first > 0 && !blocked[first - 1] && isNameWord(tokens[first - 1])) first--;
    if (first === i || (!listWord && i - first < 2)) continue;
    const last = listWord ? i + 2 : i + 1;
    spans.push({ kind: "Honor", first, last, nucleus: i, definite: false, quoted: false });
  }
  return spans;
}

/** Sizes rankings are named by, which no year or count of this genre is written as. */
const ROUND_SIZE = /^(?:50|100|150|200|300|400|500|1000)$/;

/**
 * "entered the Fortune China 500 for the sixth year": two capitalised words and a round size
 * that ends the name (no capitalised word, number or unit after it) name a ranking.
 */
function endsARoundSizedName(tokens: Token[], i: number): boolean {
  if (!ROUND_SIZE.test((tokens[i] as Token).text)) return false;
  const after = tokens[i + 1];
  return (
    !after ||
    (!after.cap && !after.number && !after.word) ||
    /^(?:for|in|on|with|and|of)$/.test(after.lower)
  );
}

/** "top 10", "top ten", "top-10": the size a best-of list is named by. */
const TOP_SIZE = /^(?:\d{1,3}|ten|twenty|fifty|hundred)$/;
const TOP_JOINED = /^top-(?:\d{1,3}|ten)$/;
/** Words that end a best-of list's name before its plural head. */
const TOP_STOP = new Set(["of", "in", "for", "and", "the", "by", "with", "from", "to", "at", "on"]);
/** Most words between a best-of list's size and its plural head. */
const TOP_REACH = 5;

/** Where a best-of list's size ends ("top 10" or "top-10" at `i`), or -1. */
function topSizeEnd(tokens: Token[], i: number): number {
  const word = (tokens[i] as Token).lower;
  if (TOP_JOINED.test(word)) return i + 1;
  if (word === "top" && TOP_SIZE.test(tokens[i + 1]?.lower ?? "")) return i + 2;
  return -1;
}

/** Whether a token is one word of a best-of list's name: a word, not a number, not a stop word. */
function isTopListWord(tokens: Token[], i: number, blocked: boolean[]): boolean {
  const token = tokens[i];
  return !!token?.word && !token.number && !blocked[i] && !TOP_STOP.has(token.lower);
}

/**
 * A best-of list named by its size and a plural head: "the Top 10 New Field Discoveries
 * of 2021", "top ten ancient towns", "the top 10 projects of 2021". Being on it is the honor. The
 * year after "of" is the list's own; a lone head word needs that year ("top 10 projects of 2021").
 */
export function findTopLists(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (blocked[i] || isCohortPhrase(tokens, i)) continue;
    const from = topSizeEnd(tokens, i);
    if (from < 0) continue;
    let end = from;
    while (end - from < TOP_REACH && isTopListWord(tokens, end, blocked)) end++;
    // The head is the last plural word the name reaches.
    while (end > from && !isPluralWord((tokens[end - 1] as Token).lower)) end--;
    if (end === from) continue;
    const yearAfter =
      tokens[end]?.lower === "of" && /^(?:19|20)\d{2}$/.test(tokens[end + 1]?.text ?? "");
    if (end - from < 2 && !yearAfter) continue;
    const last = yearAfter ? end + 2 : end;
    spans.push({ kind: "Honor", first: i, last, nucleus: end - 1, definite: false, quoted: false });
    i = last - 1;
  }
  return spans;
}

/** "one of the top 20 Green Pioneers": the count is the cohort's, the title is what follows. */
function isCohortPhrase(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.lower === "the" && /^(?:of|among)$/.test(tokens[i - 2]?.lower ?? "");
}

function isPluralWord(lower: string): boolean {
  return lower.length > 3 && singular(lower) !== lower;
}

/** Heads of a list that name who took part, not what is held: "the winners list". */
const LIST_OF_TAKERS =
  /^(?:winners|candidates|nominees|finalists|members|participants|names|applicants|entries|projects|items|products)$/;
const LOWER_LIST_REACH = 4;

/**
 * A list named by what it holds, a plural before "list": "the Hill Traditional Villages List",
 * "the third round of heritage hamlets list". Being on it is the honor. A capitalised name read
 * up to the plural ("Hill Traditional Villages", a place by its head) becomes the list's name;
 * a lower-case one gets a span of its own.
 */
export function widenToNamedLists(
  tokens: Token[],
  blocked: boolean[],
  spans: NameSpan[],
): NameSpan[] {
  const added: NameSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] as Token).lower !== "list" || blocked[i]) continue;
    const head = (tokens[i - 1] as Token).lower;
    const run = capitalisedRunBefore(tokens, blocked, spans, i);
    if (run >= 0) {
      const span = listNameFromRun(tokens, spans, run, i);
      if (span) added.push(span);
      continue;
    }
    if (!isPluralWord(head) || LIST_OF_TAKERS.test(head)) continue;
    const before = spans.find((span) => span.last === i);
    if (before) {
      if (before.kind === "Person") continue;
      before.kind = "Honor";
      before.last = i + 1;
      continue;
    }
    if (spans.some((span) => span.first <= i && i < span.last)) continue;
    let first = i - 1;
    while (
      first > 0 &&
      i - first < LOWER_LIST_REACH &&
      isTopListWord(tokens, first - 1, blocked) &&
      !(tokens[first - 1] as Token).cap &&
      !/(?:ed|ing)$/.test((tokens[first - 1] as Token).lower)
    )
      first--;
    if (i - first < 2) continue;
    added.push({ kind: "Honor", first, last: i + 1, nucleus: i, definite: false, quoted: false });
  }
  return added;
}

/**
 * The list name a capitalised run from `run` to "list" at `i` makes. A one-word place or acronym
 * right before the run ("the China Industrial Heritage List", "the UNESCO Heritage List") is
 * widened into it, so nothing new is returned; an owner ("UNESCO's") stays apart.
 */
function listNameFromRun(
  tokens: Token[],
  spans: NameSpan[],
  run: number,
  i: number,
): NameSpan | undefined {
  const giver = spans.find((span) => span.last === run);
  if (
    giver &&
    giver.last - giver.first === 1 &&
    !/'s$/.test((tokens[giver.first] as Token).lower)
  ) {
    giver.kind = "Honor";
    giver.last = i + 1;
    giver.nucleus = i;
    return undefined;
  }
  return { kind: "Honor", first: run, last: i + 1, nucleus: i, definite: false, quoted: false };
}

/** Words that join a capitalised list name: "List of Rivers and Lakes". */
const LIST_NAME_GLUE = new Set(["of", "and", "&"]);

/**
 * Where a capitalised run no name covers opens, that ends right before "list" at `i`: "the World
 * Heritage List", "UNESCO's World Cultural Heritage list". The run has no head word of its own,
 * so nothing else reads it. It has two words at least, and continues no name ("Hill Museum
 * Makes Top List") but a one-word place or acronym ("China", "UNESCO"). -1 if none.
 */
function capitalisedRunBefore(
  tokens: Token[],
  blocked: boolean[],
  spans: NameSpan[],
  i: number,
): number {
  const covered = (k: number) => spans.some((span) => span.first <= k && k < span.last);
  let first = i;
  while (first > 0) {
    const token = tokens[first - 1] as Token;
    if (blocked[first - 1] || covered(first - 1) || !token.word) break;
    if (token.cap || (token.number && first < i)) first--;
    else if (
      LIST_NAME_GLUE.has(token.lower) &&
      first < i &&
      (tokens[first - 2] as Token | undefined)?.cap
    )
      first--;
    else break;
  }
  if (i - first < 2 || !(tokens[first] as Token).cap) return -1;
  const before = spans.find((span) => span.last === first);
  if (!before) return first;
  const word = tokens[before.first] as Token;
  const giver = before.last - before.first === 1 && (word.acronym || before.kind === "Place");
  return giver ? first : -1;
}

const LIST_OPENERS = new Set(["including", "include", "includes", "namely"]);
const MAX_RUN_WORDS = 6;

/** Which tokens the names read so far cover. */
function takenBy(tokens: Token[], spans: NameSpan[]): boolean[] {
  const taken = tokens.map(() => false);
  for (const span of spans) for (let i = span.first; i < span.last; i++) taken[i] = true;
  return taken;
}

/** Where a run of capitalised words from `i` ends (exclusive), stopping at spans and blocks. */
function capitalRunEnd(tokens: Token[], i: number, blocked: boolean[], taken: boolean[]): number {
  let end = i;
  while (end - i < MAX_RUN_WORDS && isNameWord(tokens[end]) && !blocked[end] && !taken[end]) end++;
  return end;
}

/**
 * Names of things Laurel has no head word for, listed after "including": "23 teas, including
 * Pinehill Dark Tea, Lakeside Green Tea and Reedham Black Tea, were selected as ...". Each run of
 * two or more capitalised words in list position is a product's or a work's name, when the list
 * has at least two items (names already read count as items).
 */
export function findListedCapitalRuns(
  tokens: Token[],
  blocked: boolean[],
  spans: NameSpan[],
): NameSpan[] {
  // (Most sentences list nothing after "including": no token map for them.)
  if (!tokens.some((t) => LIST_OPENERS.has(t.lower))) return [];
  const taken = takenBy(tokens, spans);
  const added: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!LIST_OPENERS.has((tokens[i] as Token).lower)) continue;
    const { items } = listedNames(tokens, blocked, spans, taken, i + 1);
    if (items.length < 2) continue;
    for (const item of items)
      if (!item.read && item.last - item.first >= 2) added.push(unreadWork(item.first, item.last));
  }
  return added;
}

/** An item of a list of names: a name read already, or a run of capitalised words. */
interface ListedName {
  first: number;
  last: number;
  read: boolean;
}

/**
 * The names listed from `from`, joined by commas and "and" ("A, the B and C"), up to where the
 * list stops; `stopsAt` may end it after an item ("... and C won"), and says so in `stopped`.
 */
function listedNames(
  tokens: Token[],
  blocked: boolean[],
  spans: NameSpan[],
  taken: boolean[],
  from: number,
  stopsAt?: (at: number) => boolean,
): { items: ListedName[]; stopped: boolean } {
  const items: ListedName[] = [];
  let at = from;
  for (;;) {
    if (tokens[at]?.lower === "the") at++;
    const span = spans.find((x) => x.first === at);
    const end = span ? span.last : capitalRunEnd(tokens, at, blocked, taken);
    if (end === at) return { items, stopped: false };
    items.push({ first: at, last: end, read: span !== undefined });
    at = end;
    if (stopsAt?.(at)) return { items, stopped: true };
    if (tokens[at]?.text === ",") at++;
    if (tokens[at]?.lower === "and") at++;
    else if (tokens[at - 1]?.text !== ",") return { items, stopped: false };
  }
}

/** Verbs of winning right after a subject list: "A, B and C won ...". */
const WINNING_VERBS = new Set([
  "won",
  "win",
  "received",
  "claimed",
  "earned",
  "bagged",
  "secured",
  "garnered",
  "scooped",
]);
const PASSIVE_AUXILIARIES = new Set(["were", "was", "have", "has", "had", "are"]);
/** Participles after "were"/"have": "A and B were named ...", "A and B have won ...". */
const CONFERRED_PARTICIPLES = new Set([
  ...WINNING_VERBS,
  "awarded",
  "named",
  "selected",
  "rated",
  "honored",
  "honoured",
  "granted",
  "recognized",
  "recognised",
  "listed",
  "included",
  "shortlisted",
  "approved",
  "designated",
]);
const AUXILIARY_ADVERBS = new Set(["all", "also", "both", "recently", "each", "jointly"]);

/** Whether a verb of winning or being conferred starts at `i`. */
function conferredVerbAt(tokens: Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? "";
  if (WINNING_VERBS.has(word)) return true;
  if (!PASSIVE_AUXILIARIES.has(word)) return false;
  let at = i + 1;
  while (AUXILIARY_ADVERBS.has(tokens[at]?.lower ?? "")) at++;
  if (tokens[at]?.lower === "been") at++;
  return CONFERRED_PARTICIPLES.has(tokens[at]?.lower ?? "");
}

/** A verb of winning or an auxiliary somewhere in the sentence (most have none: no token map then). */
function mayNameAWin(tokens: Token[]): boolean {
  return tokens.some((t) => WINNING_VERBS.has(t.lower) || PASSIVE_AUXILIARIES.has(t.lower));
}

/**
 * Names Laurel has no head word for, listed as the subject of a verb of winning: "Pinecrest Dark
 * Tea, Hollow Green Tea and Reedham Black Tea won gold medals", "Fern House and Moss Table were
 * awarded two stars". With two or more items (names already read count as items), each unread run
 * of two or more words names a work or a product.
 */
export function findSubjectCapitalRuns(
  tokens: Token[],
  blocked: boolean[],
  spans: NameSpan[],
): NameSpan[] {
  if (!mayNameAWin(tokens)) return [];
  const taken = takenBy(tokens, spans);
  const listed = listedNames(tokens, blocked, spans, taken, afterOpener(tokens), (at) =>
    conferredVerbAt(tokens, at),
  );
  const unread = listed.items.filter((item) => !item.read);
  // One capitalised word alone may be an English word ("Maple, Willow and Cedar won"): no name.
  if (!listed.stopped || listed.items.length < 2 || unread.some((i) => i.last - i.first === 1))
    return [];
  return unread.map((item) => unreadWork(item.first, item.last));
}

/**
 * The last word of a field of study's name opening a sentence: "Soil Science", "Energy and Power
 * Engineering"; not a trade's or a craft's word, which names firms in capitals ("Lotus Design").
 */
const FIELD_OF_STUDY_END = new Set([
  ...FIELD_LAST_WORDS,
  ..."automation linguistics geography sociology agronomy horticulture".split(" "),
]);
/** Words that join a field's words: "Language and Literature", "Science of Materials". */
const FIELD_JOINERS = new Set(["and", "of", "&"]);
const MAX_FIELD_TOKENS = 8;
/** Level words a title held opens with, after "is (one of) the", "are both". */
const HELD_LEVEL = /^(?:national|provincial|municipal|state|first-class|key)$/;

/** Whether a copula and a title held start at `i`: "is one of the national ...", "are both provincial ...". */
function holdsLevelAt(tokens: Token[], i: number): boolean {
  if (!/^(?:is|are|was|were)$/.test(tokens[i]?.lower ?? "")) return false;
  let at = i + 1;
  while (/^(?:also|both|all|now|still)$/.test(tokens[at]?.lower ?? "")) at++;
  if (tokens[at]?.lower === "one" && tokens[at + 1]?.lower === "of") at += 2;
  if (/^(?:the|a|an)$/.test(tokens[at]?.lower ?? "")) at++;
  return HELD_LEVEL.test(tokens[at]?.lower ?? "");
}

/** Where a field of study's name from `i` ends (exclusive), or `i` when none does. */
function fieldOfStudyEnd(tokens: Token[], i: number, blocked: boolean[], taken: boolean[]): number {
  let end = i;
  let fieldEnd = i;
  while (end - i < MAX_FIELD_TOKENS && !blocked[end] && !taken[end]) {
    const token = tokens[end];
    const joiner = FIELD_JOINERS.has(token?.lower ?? "") && end > i && isNameWord(tokens[end + 1]);
    if (!joiner && !(isNameWord(token) && token?.cap && !token.acronym)) break;
    end++;
    if (FIELD_OF_STUDY_END.has(token?.lower ?? "")) fieldEnd = end;
  }
  return fieldEnd;
}

/**
 * "Soil Science was approved as a national first-class major", "Energy and Power Engineering is
 * the national first-class major", "Crop Science, Forest Ecology are both provincial ...": fields
 * of study, in English words only, opening the sentence as the subject of a verb of conferring or
 * of a title held. Their names are works', as the list finders read a list of such names.
 */
export function findSubjectFieldOfStudy(
  tokens: Token[],
  blocked: boolean[],
  spans: NameSpan[],
): NameSpan[] {
  const taken = takenBy(tokens, spans);
  let at = afterOpeningPhrase(tokens);
  const fields: Array<[number, number]> = [];
  for (;;) {
    if (taken[at] || blocked[at] || !isNameWord(tokens[at])) return [];
    const end = fieldOfStudyEnd(tokens, at, blocked, taken);
    if (end - at < 2) return [];
    fields.push([at, end]);
    if (tokens[end]?.text !== ",") break;
    at = end + 1 + (tokens[end + 1]?.lower === "and" ? 1 : 0);
  }
  const verb = (fields.at(-1) as [number, number])[1];
  if (!conferredVerbAt(tokens, verb) && !holdsLevelAt(tokens, verb)) return [];
  const plural = /^(?:are|were|have)$/.test(tokens[verb]?.lower ?? "");
  const split =
    plural && fields.length === 1
      ? twoFields(tokens, ...(fields[0] as [number, number]))
      : undefined;
  return (split ?? fields).map(([first, last]) => unreadWork(first, last));
}

/** Words that open a phrase before the subject: "In the fourth round of X, ...", "Among them, ...". */
const PHRASE_OPENERS = new Set(["in", "at", "during", "after", "since", "among", "according"]);
const MAX_OPENING_PHRASE = 24;

/** Past a phrase that opens the sentence and closes with a comma, else past an adverb opener. */
function afterOpeningPhrase(tokens: Token[]): number {
  if (!PHRASE_OPENERS.has(tokens[0]?.lower ?? "")) return afterOpener(tokens);
  const comma = tokens.findIndex((t, i) => t.text === "," && i <= MAX_OPENING_PHRASE);
  return comma > 0 ? comma + 1 : 0;
}

/**
 * "Crop Science and Forest Ecology are": two fields when the words before "and" end as a field
 * does and two or more words follow ("Food Science and Engineering" is one field).
 */
function twoFields(
  tokens: Token[],
  first: number,
  last: number,
): Array<[number, number]> | undefined {
  for (let at = first + 1; at < last - 2; at++) {
    if (tokens[at]?.lower !== "and") continue;
    if (FIELD_OF_STUDY_END.has(tokens[at - 1]?.lower ?? ""))
      return [
        [first, at],
        [at + 1, last],
      ];
  }
  return undefined;
}

/**
 * "Haier won the X", "while its star Lakemoor Tan won the Y": one capitalised run the other
 * finders gave no kind (no head, no known place or person), opening a clause right before a verb
 * of winning, names the holder. A run of English words only ("State Grid", "Silver Medallist") is
 * left alone: in this genre such words are as often a title's as a body's.
 */
export function findSubjectBareName(
  tokens: Token[],
  blocked: boolean[],
  spans: NameSpan[],
): NameSpan[] {
  const taken = takenBy(tokens, spans);
  const found: NameSpan[] = [];
  // Bare subjects need a verb of winning the sentence names; titles look for their own verb below.
  const mayWin = mayNameAWin(tokens);
  for (let i = 0; mayWin && i < tokens.length; i++) {
    if (taken[i] || blocked[i] || !isNameWord(tokens[i]) || isNameWord(tokens[i - 1])) continue;
    let last = i + 1;
    while (last - i < 4 && !taken[last] && !blocked[last] && isBareWord(tokens[last])) last++;
    const region = regionalPlaceAt(tokens, last);
    const end = last + (bracketedPlaceAt(tokens, last) || region);
    if (
      winsAt(tokens, end) &&
      opensAClause(tokens[i - 1]) &&
      namesSomethingUnknown(tokens, i, last)
    ) {
      const person = OCCUPATIONS.has(tokens[i - 1]?.lower ?? "") || tokens[i - 1]?.lower === "star";
      // "Shunde in South China's Guangdong province": one unknown word placed so is a place.
      const place = region > 0 && last === i + 1;
      found.push(
        person ? personSpan(i, last) : place ? oneWordPlace(i) : organizationSpan(i, end, last - 1),
      );
    }
  }
  for (const title of titleBeforeAWin(tokens, taken, blocked))
    if (!found.some((span) => span.first === title.first)) found.push(title);
  return found;
}

/** Small words a title may hold between its capitalised words: "Echoes of the Salt Road". */
const TITLE_GLUE = new Set([
  "of",
  "the",
  "and",
  "to",
  "in",
  "for",
  "a",
  "an",
  "on",
  "with",
  "from",
]);
/** "the Chinese film X", "the production X": a word that says the next name is a work's. */
const WORK_DESCRIPTOR =
  /^(?:film|movie|production|drama|documentary|novel|book|game|series|play|opera|album|song|animation|show)$/;

/**
 * "Echoes of the Salt Road won the Golden Reel Award", "the Tarn production To the Far Shore won
 * Best Drama": a title right before "won" and a capitalised object, where it opens the sentence
 * (capitalised English words, small words between them) or follows a word for a work (any words
 * then, as a translated title keeps its case: "the film Manchurian tiger won"). Elsewhere a run
 * of English words is as often a title's as a body's, and is left alone.
 */
function titleBeforeAWin(tokens: Token[], taken: boolean[], blocked: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  const firstWin = firstWinningVerb(tokens);
  for (let first = 0; first < tokens.length; first++) {
    const before = tokens[first - 1];
    // A lower-case word only: "Min Opera Double Butterfly Fan" is one title.
    const described = !!before && !before.cap && WORK_DESCRIPTOR.test(before.lower);
    if (
      first > 0 &&
      !described &&
      !afterOpeningAdverb(tokens, first) &&
      !opensClause(tokens, first, firstWin)
    )
      continue;
    if (taken[first] || blocked[first] || !(tokens[first] as Token).cap) continue;
    const last = winningTitleEnd(tokens, taken, blocked, first, described);
    if (last === undefined) continue;
    const span = organizationSpan(first, last, last - 1);
    span.creative = true;
    found.push(span);
  }
  return found;
}

/** "Ultimately, X won", "Meanwhile, X won": `first` follows a word and a comma that open the sentence. */
function afterOpeningAdverb(tokens: Token[], first: number): boolean {
  const opener = tokens[0]?.lower ?? "";
  return (
    first === 2 &&
    tokens[1]?.text === "," &&
    (/^[a-z]{3,}ly$/.test(opener) || CLAUSE_ADVERBS.has(opener))
  );
}
const CLAUSE_ADVERBS = new Set([
  "meanwhile",
  "besides",
  "also",
  "moreover",
  "furthermore",
  "likewise",
  "then",
]);

/**
 * "A won X, while B won Y", "A won X; B won Y", "A won X, B won Y": after a clause's joint a
 * title may open the next clause.
 */
function opensClause(tokens: Token[], first: number, firstWin: number): boolean {
  const before = tokens[first - 1] as Token;
  if (before.text === ";") return true;
  // After a comma only where a clause of winning came before it: "A won X, B won Y".
  if (before.text === ",") return firstWin < first - 1;
  return CLAUSE_JOINTS.has(before.lower) && !before.cap;
}
const CLAUSE_JOINTS = new Set(["while", "whereas", "but"]);

/** The index of the sentence's first verb of winning, or the token count when it has none. */
function firstWinningVerb(tokens: Token[]): number {
  for (let k = 0; k < tokens.length; k++) if (winningVerbAt(tokens, k) !== undefined) return k;
  return tokens.length;
}

/** Small words at `at` ("of", "of the") with a capitalised word after them. */
function gluesTitle(tokens: Token[], at: number): boolean {
  let next = at;
  while (next - at < 2 && TITLE_GLUE.has(tokens[next]?.lower ?? "")) next++;
  return next > at && isBareWord(tokens[next]);
}

/** Verbs a work's title stands right before when it wins: "won", "took", "picked up" (not a
 * headline's "Wins", where every word is capitalised). */
const WINS_AFTER_TITLE = new Set([
  "won",
  "took",
  "claimed",
  "scooped",
  "clinched",
  "earned",
  "bagged",
]);
/** Words that end the object of such a verb as a prize: "the best sound prize". */
const PRIZE_WORD = /^(?:prize|prizes|award|awards|medal|trophy|cup|bear|lion|palm)$/;

/** The verb of winning at `at`, and where its object starts; undefined when none is there. */
function winningVerbAt(tokens: Token[], at: number): number | undefined {
  const word = tokens[at]?.lower ?? "";
  if (WINS_AFTER_TITLE.has(word)) return at + 1;
  if (word === "picked" && tokens[at + 1]?.lower === "up") return at + 2;
  return undefined;
}

/** A title's object: capitalised ("the Golden Bear") or a prize in lower case ("the best sound prize"). */
function namesAPrize(tokens: Token[], from: number): boolean {
  const first = tokens[from]?.lower === "the" ? from + 1 : from;
  if (tokens[first]?.cap) return true;
  return tokens.slice(first, first + 4).some((t) => PRIZE_WORD.test(t.lower));
}

/** "Tuya's Marriage": a possessive inside a title, a capitalised word after it. */
function possessiveInTitle(tokens: Token[], at: number): boolean {
  return tokens[at]?.text === "'s" && isBareWord(tokens[at + 1]) && at > 0;
}

/** Where a title that starts at `first` ends, right before "won" and a prize. */
function winningTitleEnd(
  tokens: Token[],
  taken: boolean[],
  blocked: boolean[],
  first: number,
  described: boolean,
): number | undefined {
  // "The Silent Harbor", "To the Far Shore", "Her Story": a title may open with a small word.
  let last = /^(?:The|To|A|An|Her|His|My|Our|Their|Your)$/.test(tokens[first]?.text ?? "")
    ? first + 1
    : first;
  while (last - first < 8 && !taken[last] && !blocked[last]) {
    const token = tokens[last];
    if (
      isBareWord(token) ||
      (described && token?.word && winningVerbAt(tokens, last) === undefined)
    )
      last++;
    else if (gluesTitle(tokens, last) || possessiveInTitle(tokens, last)) last++;
    else break;
  }
  const object = winningVerbAt(tokens, last);
  if (last - first < 2 || object === undefined) return undefined;
  if (!described && !isBareWord(tokens[last - 1])) return undefined;
  // "Our University won": a run that ends in a body's head names the body, read elsewhere.
  if (headKind((tokens[last - 1] as Token).text)) return undefined;
  return namesAPrize(tokens, object) ? last : undefined;
}

/**
 * Whether a name goes on after the "on" at `at`: "Cooperation Base on Chinese Medicine",
 * "Commission on Good Government", after heads that take a subject. Not before "Monday", "Hainan
 * Island" or "Labor Day" (when or where), nor in "the Ministry of X on Printing the List" or "the
 * Committee on the Second X Award" (a notice's title running on); a title-case headline's "On"
 * opens what the notice is about.
 */
function onGoesOn(tokens: Token[], nucleus: number, at: number): boolean {
  if (tokens[at]?.text !== "on" || !TAKES_ON.test((tokens[nucleus] as Token).lower)) return false;
  const next = tokens[at + 1]?.lower ?? "";
  if (WEEKDAYS.test(next) || MONTH_NAMES.has(next) || isPlaceName(next)) return false;
  if (/ing$/.test(next) || next === "the") return false;
  const ahead = tokens.slice(at + 1, at + 5).map((t) => t.lower);
  return !ahead.some((word) => /^(?:day|festival|anniversary|occasion)$/.test(word));
}

/**
 * "Mathematical Prize for Hill University Professor A": after an honor, "for" and a body or a
 * post name who it went to, not what it is for.
 */
function forHolder(
  tokens: Token[],
  nucleusHead: HeadKind | undefined,
  connector: Token,
  first: number,
  last: number,
): boolean {
  if (nucleusHead !== "Honor" || connector.lower !== "for") return false;
  const words = tokens.slice(first, last);
  return words.some(
    (t) => headKind(t.text) === "Organization" || /^(?:professor|researcher|dr)$/.test(t.lower),
  );
}

/**
 * "Jiahe Textile Company in Wuhan and Lintong Paper Company": the place after "in" says where
 * the first body is, and "and" opens the next body of a list, not more of the place.
 */
function placeThenNextBody(
  tokens: Token[],
  connector: Token,
  first: number,
  last: number,
): boolean {
  const place = tokens[first];
  if (connector.lower !== "in" || !place || !(isPlaceName(place.lower) || place.cap)) return false;
  for (let k = first + 1; k < last - 1; k++)
    if ((tokens[k] as Token).lower === "and")
      return tokens.slice(k + 1, last).some((t) => headKind(t.text) === "Organization");
  return false;
}

const REGION_WORD = new RegExp(`^${REGION}$`);

/** "in South China's Guangdong province" at `i`: its length in tokens, else 0. */
function regionalPlaceAt(tokens: Token[], i: number): number {
  if (tokens[i]?.lower !== "in") return 0;
  let k = i + 1;
  if (REGION_WORD.test(tokens[k]?.lower ?? "")) k++;
  if (tokens[k]?.lower !== "china" || !/^['\u2019]s$/.test(tokens[k + 1]?.text ?? "")) return 0;
  k += 2;
  if (!tokens[k]?.cap || !isPlaceName((tokens[k] as Token).lower)) return 0;
  k++;
  if (/^(?:province|region|municipality)$/.test(tokens[k]?.lower ?? "")) k++;
  return k - i;
}

/** "Pinewan (Foshan) won": the length of a bracketed place at `i` that qualifies a name, or 0. */
function bracketedPlaceAt(tokens: Token[], i: number): number {
  const place = tokens[i + 1];
  const closed = tokens[i]?.text === "(" && tokens[i + 2]?.text === ")";
  return closed && place?.cap && isPlaceName(place.lower) ? 3 : 0;
}

/** A verb of winning or being conferred at `i`, or "took home". */
function winsAt(tokens: Token[], i: number): boolean {
  return (
    conferredVerbAt(tokens, i) || (tokens[i]?.lower === "took" && tokens[i + 1]?.lower === "home")
  );
}

function personSpan(first: number, last: number): NameSpan {
  return { kind: "Person", first, last, nucleus: first, definite: false, quoted: false };
}

/**
 * The run is a subject, not an object: no verb or preposition stands before it ("when the teams
 * attended X won" names no holder X; "while its star X won" does).
 */
function opensAClause(before: Token | undefined): boolean {
  if (!before || !/^[a-z]/.test(before.text)) return true;
  return !OBJECT_BEFORE.test(before.text);
}
const OBJECT_BEFORE =
  /^(?:[a-z]+(?:ed|ing)|in|at|of|from|by|to|with|for|on|into|onto|over|than|about|as|like|via|visit|visits|attend|attends|join|joins|beat|beats)$/;

/** A word that may continue a bare name: capitalised, or a number ("Canton 8"). */
function isBareWord(token: Token | undefined): boolean {
  return isNameWord(token) || (token?.number === true && /^\d{1,4}$/.test(token.text));
}

/** Some word of the run is no English word, no place, no month and no person's name part. */
function namesSomethingUnknown(tokens: Token[], first: number, last: number): boolean {
  const run = tokens.slice(first, last);
  const lower = run.map((t) => t.lower).join(" ");
  if (isPlaceName(lower) || run.some((t) => t.acronym)) return false;
  if (run.length === 1 && (SURNAMES.has(lower) || westernGivenName(lower))) return false;
  return run.some(
    (t) =>
      !t.number &&
      t.text.length > 2 &&
      !isEnglishWord(t.lower) &&
      !isPlaceName(t.lower) &&
      !MONTH_NAMES.has(t.lower),
  );
}

/** Past an adverb that opens the sentence: "Recently, A and B won ...", "In 2023, A and B ...". */
function afterOpener(tokens: Token[]): number {
  const first = tokens[0]?.lower ?? "";
  if (/ly$/.test(first) && tokens[1]?.text === ",") return 2;
  if (first === "in" && /^(?:19|20)\d{2}$/.test(tokens[1]?.text ?? "") && tokens[2]?.text === ",")
    return 3;
  return 0;
}

/** Capitalised words [first, last) no other reading took, as a work's or a product's name. */
function unreadWork(first: number, last: number): NameSpan {
  return { kind: "Work", first, last, nucleus: last - 1, definite: false, quoted: false };
}

/** Most capitalised words before "of the Year" that belong to the title. */
const YEAR_TITLE_REACH = 5;

/** Words for a learned body's membership. */
const FELLOW_WORD = /^(?:fellow|fellows|fellowship|fellowships|academician|academicians)$/;
const FELLOW_OF_WORD = /^(?:Fellow|Fellows|Academician|Academicians)$/;
/** The name of a learned body's membership: "TWAS Fellow", "Academician of Academia Sinica". */
export const MEMBERSHIP_NAME =
  /\b(?:fellow|fellowship|academician)s?$|^(?:fellow|academician)s?\s+of\b/i;
/** Most capitalised words of a learned body's name before or after its membership word. */
const FELLOW_BODY_REACH = 6;

/**
 * A learned body's membership, an honor: the body's name (see `namesALearnedBody`) and "fellow",
 * "academician" or "fellowship" ("TWAS Fellow", "CAS academician", "Tarn Foundation fellowship");
 * or "Fellow"/"Academician" capitalised, "of" and the body ("Academician of Academia Sinica").
 * The span keeps the body's range, which is read as an organization of its own.
 */
export function findFellowships(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (blocked[i]) continue;
    if (FELLOW_WORD.test(word.lower)) {
      let first = i;
      while (
        first > 0 &&
        i - first < FELLOW_BODY_REACH &&
        !blocked[first - 1] &&
        isNameWord(tokens[first - 1])
      )
        first--;
      if (first < i && namesALearnedBody(tokens, first, i, word.lower))
        spans.push(membershipSpan(first, i + 1, i, [first, i]));
    }
    if (FELLOW_OF_WORD.test(word.text) && tokens[i + 1]?.lower === "of") {
      const start = tokens[i + 2]?.lower === "the" ? i + 3 : i + 2;
      let last = start;
      while (last - start < FELLOW_BODY_REACH && !blocked[last] && bodyWordAt(tokens, last)) last++;
      if (last > start && namesALearnedBody(tokens, start, last, word.lower))
        spans.push(membershipSpan(i, last, i, [start, last]));
    }
  }
  return spans;
}

/** A membership's honor span over [first, last), headed by its membership word, with its body's range. */
function membershipSpan(
  first: number,
  last: number,
  nucleus: number,
  body: [number, number],
): NameSpan {
  return { kind: "Honor", first, last, nucleus, definite: false, quoted: false, body };
}

/** A word of a body's name at `at`: a name word, or "of"/"and"/"for" between two ("Academy of Engineering"). */
function bodyWordAt(tokens: Token[], at: number): boolean {
  if (isNameWord(tokens[at])) return true;
  return /^(?:of|and|for)$/.test(tokens[at]?.lower ?? "") && isNameWord(tokens[at + 1]);
}

/**
 * Tokens [first, last) name a learned body, whose membership is an honor: one acronym, or an
 * academy, a society or an institution ("Royal Society"), or, for a fellowship, a foundation.
 * A university's own fellows hold a post, not an honor.
 */
function namesALearnedBody(tokens: Token[], first: number, last: number, word: string): boolean {
  if (last - first === 1 && (tokens[first] as Token).acronym) return true;
  const words = tokens.slice(first, last).map((t) => t.text);
  if (words.some((w) => LEARNED_BODY_WORD.test(w))) return true;
  return /^fellowships?$/.test(word) && words.some((w) => /^(?:Foundation|Trust|Fund)$/.test(w));
}
const LEARNED_BODY_WORD = /^(?:Academy|Academies|Academia|Society|Institution)$/;

/**
 * A title given for a year: "Coach of the Year", "China Law Firm of the Year for Banking",
 * "Newcomer of the Year". Capitalised words, "of the Year", then a capitalised field after "for".
 * The head is no body whatever it says ("Firm", "Team"): the whole is an honor. So is a hall of
 * fame ("the 2023 Lakeside Basketball Hall of Fame"), with or without words before it.
 */
export function findYearTitles(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const hallOfFame =
      tokens[i]?.text === "Hall" && tokens[i + 1]?.lower === "of" && tokens[i + 2]?.text === "Fame";
    const ofTheYear =
      tokens[i]?.lower === "of" && tokens[i + 1]?.lower === "the" && tokens[i + 2]?.text === "Year";
    if ((!hallOfFame && !ofTheYear) || blocked[i] || blocked[i + 2]) continue;
    let first = i;
    while (
      first > 0 &&
      i - first < YEAR_TITLE_REACH &&
      !blocked[first - 1] &&
      isNameWord(tokens[first - 1]) &&
      !BREAK_WORDS.has((tokens[first - 1] as Token).lower)
    )
      first--;
    if (first === i && ofTheYear) continue;
    let last = i + 3;
    // "Landscape of the Year Award": a capitalised award word is the title's own.
    if (/^(?:Awards?|Prizes?|Title|Trophy)$/.test(tokens[last]?.text ?? "")) last++;
    // "... of the Year for Intellectual Property": the field the title is for.
    if (ofTheYear && tokens[last]?.lower === "for" && isNameWord(tokens[last + 1])) {
      last += 2;
      while (isNameWord(tokens[last]) && !blocked[last]) last++;
    }
    const nucleus = hallOfFame ? i : i - 1;
    spans.push({ kind: "Honor", first, last, nucleus, definite: false, quoted: false });
  }
  return spans;
}

/**
 * Scans the tokens of one sentence. `blocked[i]` marks tokens already used (people, numbers).
 */
/**
 * The levels a title opens with: the adjectives only (lexicon's LEVEL_WORDS also maps nouns such
 * as "city" and "China" to a level).
 */
const TITLE_LEVELS = new Set(["national", "provincial", "municipal"]);

/** A name opened by a level whose head is a place's or a body's kind in the plural. */
function levelOverPlural(tokens: Token[], first: number, nucleus: number, kind: HeadKind): boolean {
  if (kind !== "Place" && kind !== "Organization") return false;
  const opener = tokens[first] as Token;
  const head = tokens[nucleus] as Token;
  return (
    opener.cap && TITLE_LEVELS.has(opener.lower) && nucleus > first && /[a-z]s$/.test(head.text)
  );
}

/** A capitalised month at `at`, not taken by another name. */
function monthAt(tokens: Token[], at: number, used: boolean[]): boolean {
  const month = tokens[at];
  return month?.cap === true && !used[at] && MONTH_NAMES.has(month.lower);
}

const PAIR_COUNT = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/;

/** "Two Bombs and One" right before `first`: a count, a noun, "and", a count. */
function countedPairEndsAt(
  tokens: Token[],
  first: number,
  used: boolean[],
  honor: boolean,
): boolean {
  const [count, noun, and, second] = [first - 4, first - 3, first - 2, first - 1].map(
    (i) => tokens[i],
  );
  // An honor's slogan may be written in lower case after its first count ("Two bombs and one").
  const lowered = honor && /^[a-z]+s$/.test(noun?.text ?? "");
  return (
    first >= 4 &&
    !used.slice(first - 4, first).some(Boolean) &&
    PAIR_COUNT.test(count?.text ?? "") &&
    ((noun?.cap ?? false) || lowered) &&
    and?.lower === "and" &&
    (PAIR_COUNT.test(second?.text ?? "") ||
      (lowered && PAIR_COUNT.test(capitalised(second?.text ?? ""))))
  );
}

/** Place words written before the name they head: "Mount Tai". ("Lake X" is as often a title.) */
const HEAD_FIRST_PLACES = new Set(["mount"]);

/** "Mount Tai", "Mount Emei": a place word opening the name keeps the name words after it. */
function headFirstPlace(tokens: Token[], first: number, nucleus: number): boolean {
  return first === nucleus && HEAD_FIRST_PLACES.has((tokens[nucleus] as Token).lower);
}

export function findNames(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const spans: NameSpan[] = [];
  const used = blocked.slice();
  const n = tokens.length;
  // The end, head, complement state and owner of the name being read; extendRun widens it to the
  // right (one closure per call: a closure per head would give every token a context of its own).
  let last = 0;
  let nucleus = 0;
  let inComplement = false;
  let owner: number | undefined;
  const extendRun = () => {
    while (last < n && !used[last]) {
      const t = tokens[last] as Token;
      // "... New Materials Company Zhejiang Hechuan Technology Company": a place right after a
      // company's head starts the next company of a list that lost its comma.
      if (GLUED_LIST_HEADS.has((tokens[last - 1] as Token).lower) && isPlaceName(t.lower)) break;
      // "named Pine College National Demonstration Base": a level word after a body's head
      // opens the title it was named, not more of the body's name.
      if (
        TITLE_LEVELS.has(t.lower) &&
        headKind((tokens[last - 1] as Token).text) === "Organization"
      )
        break;
      const awardNoun = isAwardNoun(tokens, last);
      if ((isNameWord(t) || awardNoun) && !(t.acronym && tokens[last - 1]?.acronym)) {
        if (!inComplement && headKind(t.text)) nucleus = last;
        last++;
        continue;
      }
      // "Award of National Staff Sports Model Unit": inside an honor's title a post is one of its
      // words when the title goes on after it.
      // "Golden Pine Award for Best Director": a post after "Best" is the category's own word.
      if (
        isPostWord(t) &&
        headKind((tokens[nucleus] as Token).text) === "Honor" &&
        (isNameWord(tokens[last + 1]) ||
          /^(?:best|outstanding)$/.test(tokens[last - 1]?.lower ?? ""))
      ) {
        last++;
        continue;
      }
      // "Hunan Provincial People's Hospital"; "Sichuan University's West China School of Medicine";
      // in a complement too: "Ministry of X of the People's Republic of China".
      if (t.text === "'s" && isNameWord(tokens[last + 1])) {
        const ownerWord = tokens[last - 1] as Token;
        if (POSSESSIVE_OWNERS.has(ownerWord.lower)) {
          last += 1;
          continue;
        }
      }
      if (t.text === "'s" && isNameWord(tokens[last + 1]) && !inComplement) {
        const ownerWord = tokens[last - 1] as Token;
        if (headKind(ownerWord.text) === "Organization" && owner === undefined) {
          owner = last;
          last += 1;
          continue;
        }
      }
      if (
        (t.lower === "and" || t.text === "&") &&
        isNameWord(tokens[last + 1]) &&
        !startsNewName(
          tokens,
          last + 1,
          tokens[last - 1],
          t.lower === "and" && headKind((tokens[nucleus] as Token).text) === "Organization"
            ? inComplement
              ? "complement"
              : "name"
            : undefined,
        )
      ) {
        last += 2;
        if (!inComplement && headKind((tokens[last - 1] as Token).text)) nucleus = last - 1;
        continue;
      }
      break;
    }
  };
  for (let h = 0; h < n; h++) {
    const head = tokens[h] as Token;
    if (used[h] || !head.cap || head.acronym) continue;
    const kind = headKind(head.text);
    // "Award" after a capitalised word heads a title ("China Quality Award"); alone it is a verb.
    const awardNoun = isAwardNoun(tokens, h);
    if (!kind || (NON_NAME_WORDS.has(head.lower) && !awardNoun) || BREAK_WORDS.has(head.lower))
      continue;
    // Left: capitalised modifiers, "A and B" inside modifiers, one leading year or ordinal, quoted groups.
    let first = h;
    let quoted = false;
    // "Spreadtrum Communications, Inc.": a company suffix after a comma closes the name before it.
    if (
      first === h &&
      COMPANY_SUFFIXES.has(head.lower) &&
      tokens[h - 1]?.text === "," &&
      isNameWord(tokens[h - 2]) &&
      !used[h - 1] &&
      !used[h - 2]
    )
      first = h - 1;
    while (first > 0 && !used[first - 1]) {
      const prev = tokens[first - 1] as Token;
      // "National May Day Labor Medal": the holiday is part of the name, not a month.
      if (prev.text === "May" && (tokens[first] as Token).lower === "day") {
        first--;
        continue;
      }
      // "The First Affiliated Hospital", "Provincial Second People's Hospital": a capitalised
      // ordinal right before a name is the name's.
      if (prev.cap && ORDINAL_WORDS.has(prev.lower)) {
        first--;
        continue;
      }
      // "Zhongshan Workers' Culture Palace": a plural possessive joins its owner to the name.
      if (
        prev.text === "'" &&
        first >= 2 &&
        isNameWord(tokens[first - 2]) &&
        /s$/.test((tokens[first - 2] as Token).text) &&
        !used[first - 2]
      ) {
        first -= 2;
        continue;
      }
      // "the Lanxi Awards Ceremony": an event named after its awards.
      if (kind === "Event" && first === h && /^(?:Awards?|Prizes?)$/.test(prev.text)) {
        first--;
        continue;
      }
      // "Young Scientist Award", "Outstanding Teacher Prize": a post names whom an honor is for.
      if (kind === "Honor" && isPostWord(prev)) {
        first--;
        continue;
      }
      if (isNameWord(prev) && headKind(prev.text) === undefined) {
        first--;
        continue;
      }
      if (isNameWord(prev) && headKind(prev.text) === "Place") {
        first--;
        continue;
      }
      // "Harold J. Brenner Award", "Ada K. Lin School": a middle initial inside the name of the
      // person a body or an honor is named after.
      if (
        prev.text === "." &&
        ONE_CAPITAL.test(tokens[first - 2]?.text ?? "") &&
        isNameWord(tokens[first - 3]) &&
        !used[first - 2] &&
        !used[first - 3]
      ) {
        first -= 2;
        continue;
      }
      // "Best TV Series Award", "Best Book Award": what an honor is given for may be a kind of work.
      if (kind === "Honor" && isNameWord(prev) && headKind(prev.text) === "Document") {
        first--;
        continue;
      }
      if ((prev.lower === "and" || prev.text === "&") && first >= 2) {
        const beforeAnd = tokens[first - 2] as Token;
        if (
          !used[first - 2] &&
          isNameWord(beforeAnd) &&
          headKind(beforeAnd.text) === undefined &&
          !isPlaceName(beforeAnd.lower) &&
          !(kind === "Organization" && prev.lower === "and" && bodyHeadEndsAt(tokens, first - 2)) &&
          !loneAcronym(tokens, first - 2) &&
          !(kind === "Organization" && placesOpenBothSides(tokens, first)) &&
          // "A Company in Tarnvale and B Company": after "in" the word is A's place.
          tokens[first - 3]?.lower !== "in"
        ) {
          first -= 2;
          continue;
        }
      }
      if (prev.text === '"' && first >= 3) {
        // A quoted word glued to the name: "Creation" Popular Science Base.
        let open = first - 2;
        while (open > 0 && first - open < 10 && tokens[open]?.text !== '"') open--;
        if (
          tokens[open]?.text === '"' &&
          quotedGroupEnd(tokens, open, first) === first &&
          !used[open]
        ) {
          first = open;
          quoted = true;
          continue;
        }
      }
      // "Ho Leung Ho Lee (HLHL) Foundation", "Communist Party of China (CPC) Central Committee": an
      // acronym in brackets that spells the words before it stands inside the name it opens.
      const spelled = innerAcronymStart(tokens, first, used);
      if (spelled >= 0) {
        first = spelled;
        continue;
      }
      // "Changsha Children's Palace": the possessive belongs to the name.
      if (
        prev.text === "'s" &&
        first >= 2 &&
        POSSESSIVE_OWNERS.has((tokens[first - 2] as Token).lower) &&
        (tokens[first - 2] as Token).cap &&
        !used[first - 2]
      ) {
        first -= 2;
        continue;
      }
      // "the Director General's Roll of Excellence", "the President's Award": a post's possessive
      // names the honor it gives.
      const owner = kind === "Honor" ? postOwnerBefore(tokens, first, used) : 0;
      if (owner > 0) {
        first -= owner;
        continue;
      }
      if (prev.lower === "in" && first >= 2 && isPlaceName((tokens[first] as Token).lower)) {
        const beforePrep = tokens[first - 2] as Token;
        // "by UNESCO in Shandong Province": an acronym before "in" is a body of its own.
        if (
          !used[first - 2] &&
          isNameWord(beforePrep) &&
          !beforePrep.acronym &&
          headKind(beforePrep.text) === undefined
        ) {
          first -= 2;
          continue;
        }
      }
      // "Beijing No. 4 High School", "No.2 Middle School", "Hefei No 1 High School"
      if (
        prev.number &&
        first >= 3 &&
        tokens[first - 2]?.text === "." &&
        tokens[first - 3]?.lower === "no" &&
        !used[first - 3]
      ) {
        first -= 3;
        continue;
      }
      if (prev.number && first >= 2 && tokens[first - 2]?.text === "No" && !used[first - 2]) {
        first -= 2;
        continue;
      }
      // "Beijing 798 Art District": a number between capitalised words is part of the name.
      const beforeNumber = tokens[first - 2];
      if (
        prev.number &&
        /^\d+$/.test(prev.text) &&
        beforeNumber?.cap &&
        !used[first - 2] &&
        isNameWord(beforeNumber) &&
        (prev.text.length >= 3 || isPlaceName(beforeNumber.lower))
      ) {
        first -= 2;
        continue;
      }
      // "5A-level Scenic Areas", "AAAA Tourist Attraction": a rating code opens the name.
      if (RATING_CODE.test(prev.text) && LETTER_A.test(prev.text)) {
        first--;
        continue;
      }
      // "National May 1 Labor Medal", "March 8 Red Banner": an honor named by a holiday written as
      // a month and a bare day.
      if (kind === "Honor" && /^\d{1,2}$/.test(prev.text) && monthAt(tokens, first - 2, used)) {
        first -= 2;
        continue;
      }
      // "Two Bombs and One Satellite Medal": a counted pair, the genre's slogans, is one modifier.
      if (countedPairEndsAt(tokens, first, used, kind === "Honor")) {
        first -= 4;
        continue;
      }
      // "China Railway 17th Bureau Group": a numbered branch of a firm keeps its parent's words.
      if (
        kind === "Organization" &&
        /^\d{1,2}(?:st|nd|rd|th)$/.test(prev.text) &&
        isNameWord(tokens[first - 2]) &&
        !used[first - 2] &&
        headKind((tokens[first - 2] as Token).text) === undefined
      ) {
        first -= 2;
        continue;
      }
      if (isOrdinalOrYear(prev)) {
        first--;
        // "May 4th Medal", "March 8th Red Banner": a day named by its date opens the name.
        const month = tokens[first - 1];
        if (
          month?.cap &&
          !used[first - 1] &&
          MONTH_NAMES.has(month.lower) &&
          /^\d/.test(prev.text)
        ) {
          first--;
          // ... and the place before it is the name's too: "Shanxi Province May 1st Labor Medal".
          continue;
        }
      }
      break;
    }
    // "Group" names a body only after its own name ("Holley Group"), not after "Members'"; but
    // "the Group" is how a company's release names itself.
    const selfNamed = head.text === "Group" && tokens[h - 1]?.lower === "the";
    if (head.lower === "group" && first === h && !selfNamed) continue;
    // Right: directly following capitalised words, then "of/for/in" complements.
    last = h + 1;
    nucleus = h;
    inComplement = false;
    owner = undefined;
    extendRun();
    // Trim trailing words after the last head ("Day Activities" -> "Day"). The head stays put from
    // here on (complements do not move it).
    const nucleusHead = headKind((tokens[nucleus] as Token).text);
    let complement: number | undefined;
    const team = namedTeam(tokens, first, last);
    if (
      nucleusHead !== "Document" &&
      nucleusHead !== "Event" &&
      !team &&
      !headFirstPlace(tokens, first, nucleus)
    )
      last = nucleus + 1;
    // Document titles run on through "of A, B and C on Doing X" / "to Name the First Y".
    if (nucleusHead === "Document" && DOCUMENT_LINKS.has(tokens[last]?.lower ?? "")) {
      let k = last;
      let end = last;
      while (k < n && !used[k]) {
        const t = tokens[k] as Token;
        if (
          (t.cap && !AUXILIARIES.has(t.lower)) ||
          t.number ||
          (t.acronym && !NON_ORG_ACRONYMS.has(t.text))
        ) {
          end = k + 1;
        } else if (
          DOCUMENT_TITLE_GLUE.has(t.lower) ||
          (t.text === "," && isNameWord(tokens[k + 1])) ||
          (t.text === "-" && tokens[k + 1]?.number)
        ) {
          // glue words only count once a name word follows
        } else {
          break;
        }
        k++;
      }
      if (end > last) {
        complement = last;
        last = end;
      }
    }
    // "Team Fudan of Fudan University": the team's name is its own; the school is where it is from.
    for (;;) {
      const connector = tokens[last];
      if (team || !connector || used[last] || !COMPLEMENT_WORDS.has(connector.lower)) break;
      // "Conference in Guangzhou": where an event happens is not part of its name.
      if (connector.lower === "in" && nucleusHead === "Event") break;
      // "Wangcheng District in Changsha": the city says where the district is, not its name.
      if (
        connector.lower === "in" &&
        nucleusHead === "Place" &&
        (isPlaceName(tokens[last + 1]?.lower ?? "") || isNameWord(tokens[last + 1]))
      )
        break;
      if (connector.lower === "on" && !onGoesOn(tokens, nucleus, last)) break;
      // "the China Quality Award in Beijing": where an award was given is not part of its name.
      if (
        connector.lower === "in" &&
        /^(?:awards?|prizes?|medals?|troph(?:y|ies))$/.test((tokens[nucleus] as Token).lower) &&
        isPlaceName(tokens[last + 1]?.lower ?? "")
      )
        break;
      let k = last + 1;
      if (tokens[k]?.lower === "the") {
        if (connector.lower === "in") break;
        k++;
        // "of the third Shenzhen Popular Science Month"
        if (
          (ORDINAL_WORDS.has(tokens[k]?.lower ?? "") ||
            /^\d+(?:st|nd|rd|th)$/.test(tokens[k]?.text ?? "")) &&
          isNameWord(tokens[k + 1])
        )
          k++;
      }
      if (!isNameWord(tokens[k]) || used[k]) break;
      if (isOrdinalOrYear(tokens[k]) && !tokens[k + 1]?.cap) break;
      const saveLast = last;
      last = k;
      inComplement = true;
      const before = last;
      extendRun();
      if (
        last === before ||
        forHolder(tokens, nucleusHead, connector, before, last) ||
        placeThenNextBody(tokens, connector, before, last)
      ) {
        last = saveLast;
        break;
      }
      complement ??= saveLast;
    }
    // Trailing "(1st session)" on events.
    if (
      nucleusHead === "Event" &&
      tokens[last]?.text === "(" &&
      /^\d+(st|nd|rd|th)$/.test(tokens[last + 1]?.text ?? "") &&
      tokens[last + 2]?.lower === "session" &&
      tokens[last + 3]?.text === ")"
    ) {
      last += 4;
    }
    let nucleusKind = nucleusHead as HeadKind;
    // "Campus News" is a section label; a media name starts with a place or an acronym. A
    // network of members names them in the plural: "Creative Cities Network".
    const firstToken = tokens[first] as Token;
    if (
      MEDIA_HEADS.has((tokens[nucleus] as Token).lower) &&
      !(
        isPlaceName(firstToken.lower) ||
        firstToken.acronym ||
        /^(?:china|people)$/i.test(firstToken.text) ||
        networkOfMembers(tokens, nucleus) ||
        namedPaper(tokens, first, nucleus)
      )
    )
      continue;
    // Membership of "the Creative Cities Network" is what its cities are granted.
    if (networkOfMembers(tokens, nucleus)) nucleusKind = "Honor";
    // "National Rural Tourism Key Villages", "Provincial Civilized Units": a level over a plural
    // kind names a title its holders share, not one place or body.
    if (levelOverPlural(tokens, first, nucleus, nucleusKind)) nucleusKind = "Honor";
    // "the Northern Center of Shenzhen" is an area of a city, not a body; "Southern University
    // of Science and Technology" is a body.
    if (
      nucleusKind === "Organization" &&
      nucleus - first === 1 &&
      /^(?:center|centre)$/i.test((tokens[nucleus] as Token).text) &&
      COMPASS.has((tokens[first] as Token).lower) &&
      complement !== undefined
    )
      nucleusKind = "Place";
    // "... Base for Primary Schools Recognition and Management Measures" is a document.
    if (
      nucleusKind !== "Document" &&
      headKind((tokens[last - 1] as Token).text) === "Document" &&
      last - 1 > nucleus &&
      !closesAFieldOfStudy(tokens, nucleus, nucleusKind, last - 1)
    ) {
      nucleus = last - 1;
      nucleusKind = "Document";
    }
    // "National Health Science Popularization Base", "Xi'an Science Popularization Demonstration
    // Base": a level or place, popular-science words and "Base" make a title, not a body.
    if (
      nucleusKind === "Organization" &&
      (looksLikeHonorTitle(tokens, first, last) ||
        namesARatingTier(tokens, first, last) ||
        namesAClassOfBodies(tokens, first, last))
    )
      nucleusKind = "Honor";
    if (nucleusKind === "Organization" && namesARankedList(tokens, first, last))
      nucleusKind = "Honor";
    // "Best Multiplayer Game", "Best TV Drama": a category of a prize, whatever its head.
    if (namesABestCategory(tokens, first, last)) nucleusKind = "Honor";
    // "National Demonstration Counties for New-Type Urbanization": the words before the head make
    // the title; the complement after it says what for.
    const placeTitleEnd = complement !== undefined && complement > nucleus ? nucleus + 1 : last;
    if (
      nucleusKind === "Place" &&
      (namesAPlaceTitle(tokens, first, placeTitleEnd) || namesARatingTier(tokens, first, last))
    )
      nucleusKind = "Honor";
    // "Honors of the Lakeside Center": a page about a body's honors; the body is the name.
    if (
      nucleus === first &&
      complement !== undefined &&
      /^(?:honou?rs|awards|titles|prizes)$/.test((tokens[first] as Token).lower)
    )
      continue;
    // "National Civilized City Title": the word "Title" names what the rest is, not the title.
    if (
      nucleusKind === "Honor" &&
      nucleus === last - 1 &&
      last - first >= 3 &&
      /^titles?$/.test((tokens[last - 1] as Token).lower)
    ) {
      last--;
      nucleus = last - 1;
    }
    // A lone generic head ("Department", "Base") is not a name.
    let words = 0;
    for (let i = first; i < last; i++) if ((tokens[i] as Token).word) words++;
    const definiteSingle = tokens[first - 1]?.lower === "the" && nucleusKind !== "Document";
    // ... unless a bracketed place and the name's words come before it: "Delta (Wuxi) Co., Ltd.".
    const qualified = wordsBeforeQualifier(tokens, first, used) < first;
    if (words === 1 && nucleusKind !== "Place" && !definiteSingle && !qualified) continue;
    for (let i = first; i < last; i++) used[i] = true;
    const definite = tokens[first - 1]?.lower === "the";
    // (Built field by field, in the same order: no spread of a temporary object.)
    const span = { kind: nucleusKind, first, last, nucleus } as NameSpan;
    if (complement !== undefined) span.complement = complement;
    if (owner !== undefined) span.owner = owner;
    span.definite = definite;
    span.quoted = quoted;
    spans.push(span);
  }
  // Bare acronyms and single-word places not inside a longer name.
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const t = tokens[i] as Token;
    // "WUHAN, July 1 (Xinhua) --", "BEIJING – The ...": a dateline's city in capitals is a place.
    const next = tokens[i + 2]?.lower ?? "";
    if (
      t.acronym &&
      ((tokens[i + 1]?.text === "," &&
        (MONTH_NAMES.has(next) || MONTH_ABBREVIATIONS.includes(next))) ||
        (t.text.length > 4 && isPlaceName(t.lower) && /^[–—-]$/.test(tokens[i + 1]?.text ?? "")))
    ) {
      spans.push(oneWordPlace(i));
      used[i] = true;
      continue;
    }
    // "Xiamen ITG", "Jinan BKG": a city's name before a firm's acronym is part of the firm's name.
    if (t.cap && !t.acronym && isPlaceName(t.lower) && placeFirmAcronym(tokens, used, i + 1)) {
      spans.push({
        kind: "Organization",
        first: i,
        last: i + 2,
        nucleus: i + 1,
        definite: false,
        quoted: false,
      });
      used[i] = used[i + 1] = true;
      continue;
    }
    if (isOrgAcronym(t) && !namesACodeOrUnit(tokens, i)) {
      spans.push({
        kind: "Organization",
        first: i,
        last: i + 1,
        nucleus: i,
        definite: tokens[i - 1]?.lower === "the",
        quoted: false,
      });
      used[i] = true;
    } else if (t.cap && isPlaceName(t.lower)) {
      spans.push(oneWordPlace(i));
      used[i] = true;
    }
  }
  spans.sort((a, b) => a.first - b.first);
  return widenOrganizationNames(tokens, spans, blocked);
}

/**
 * Capitals that name no body: a money's prefix ("HK$200,000"), a standard's series ("GB/T
 * 19680"), or a country's code in brackets after a name it does not spell ("Lin Mei (CHN)",
 * "a photo's slug (CN)"; "China Radio International (CRI)" spells its name and stays).
 */
function namesACodeOrUnit(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1]?.text;
  if (next === "$" || (next === "/" && /^[A-Z]$/.test(tokens[i + 2]?.text ?? ""))) return true;
  if (tokens[i - 1]?.text !== "(" || !isCountryCode(t.text)) return false;
  if (next !== ")" && next !== ",") return false;
  return !spellsTheWordsBefore(tokens, i - 1, t.text);
}

/**
 * "... Ho Lee (HLHL) Foundation": where the words a bracketed acronym right before `first` spells
 * start ("of" and "and" passed over), or -1; none of them taken by another name.
 */
function innerAcronymStart(tokens: Token[], first: number, used: boolean[]): number {
  const acronym = tokens[first - 2];
  if (tokens[first - 1]?.text !== ")" || tokens[first - 3]?.text !== "(" || !acronym?.acronym)
    return -1;
  if (acronym.text.length > 8) return -1;
  return spelledWordsStart(tokens, first - 3, acronym.text, INNER_ACRONYM_GLUE, used);
}

/** Whether `acronym` is the initials of the capitalised words right before `end`. */
function spellsTheWordsBefore(tokens: Token[], end: number, acronym: string): boolean {
  return spelledWordsStart(tokens, end, acronym, ACRONYM_GLUE) >= 0;
}

/** Small words an acronym passes over: "Ministry of Science and Technology (MOST)". */
const ACRONYM_GLUE = /^(?:of|and|for|the|&)$/i;
/** Inside a longer name "the" ends the words spelled: "the Ho Leung Ho Lee (HLHL) Foundation". */
const INNER_ACRONYM_GLUE = /^(?:of|and|for|&)$/i;

/**
 * Where the capitalised words right before `end` whose initials spell `acronym` start, or -1.
 * Words `glue` matches are passed over; a word `taken` by another name ends the search.
 */
function spelledWordsStart(
  tokens: Token[],
  end: number,
  acronym: string,
  glue: RegExp,
  taken?: boolean[],
): number {
  let initials = "";
  let k = end - 1;
  for (; k >= 0 && initials.length < acronym.length; k--) {
    if (taken?.[k]) return -1;
    const word = tokens[k] as Token;
    if (word.cap) initials = word.text[0] + initials;
    else if (!glue.test(word.text)) return -1;
  }
  return initials === acronym ? k + 1 : -1;
}

/** Heads of bodies a place can locate; singular only (plurals name honors: "Pilot Schools"). */
const INSTITUTIONS = new Set([
  "museum",
  "school",
  "university",
  "college",
  "hospital",
  "hall",
  "park",
  "geopark",
  "center",
  "centre",
  "institute",
  "station",
  "library",
  "company",
  "factory",
  "laboratory",
  "lab",
  "garden",
  "zoo",
  "academy",
  "kindergarten",
]);

const HONORIFICS_AFTER = new Set(["mr", "ms", "mrs", "dr", "madam", "professor", "prof"]);

/** "... Association for Science and Technology Mr. Wang": the courtesy title is not the body's. */
function withoutHonorific(tokens: Token[], span: NameSpan): number {
  let last = span.last;
  while (last - 1 > span.nucleus && HONORIFICS_AFTER.has((tokens[last - 1] as Token).lower)) last--;
  return last;
}

/**
 * "Xinghu Primary School in Nantong", "Memorial Museum of the Campaign in Jiangsu Province": a
 * trailing "in <place>" locates the body and is not part of its name.
 */
function withoutLocation(tokens: Token[], span: NameSpan): number {
  // Only a body's name, not an honor's still typed as one ("Base for Schools in Shenzhen").
  if (!INSTITUTIONS.has((tokens[span.nucleus] as Token).lower)) return span.last;
  for (let k = span.nucleus + 1; k < span.last - 1; k++) {
    if ((tokens[k] as Token).lower === "for") return span.last;
    if ((tokens[k] as Token).lower !== "in") continue;
    const rest = tokens.slice(k + 1, span.last).filter((t) => t.word && t.lower !== "the");
    const before = tokens[k - 1] as Token;
    // "... Memorial Hall in Shilou county": a lower-case place head after the name says the
    // capitalised words after "in" are a place the lexicon does not know.
    const placeHeadAfter = LOWER_PLACE_HEADS.has(tokens[span.last]?.lower ?? "");
    const located =
      rest.length > 0 &&
      rest.every((t) => isPlaceName(t.lower) || headKind(t.text) === "Place" || t.cap) &&
      (placeHeadAfter ||
        rest.some(
          (t) => isPlaceName(t.lower) || headKind(t.text) === "Place" || isCountryName(t.lower),
        ));
    // "Qujiang Museum of Fine Arts in Xian": the body's head may stand before its complement.
    const complement = tokens.slice(span.nucleus + 1, k).some((t) => t.lower === "of");
    if (located && (headKind(before.text) === "Organization" || complement)) return k;
  }
  return span.last;
}

/**
 * The place cut from a body's name ("in Beijing" of "Xinghu School in Beijing") stays a place, so
 * that what follows the name still reads: "Xinghu School in Beijing was named ...".
 */
function placeAfterIn(tokens: Token[], inAt: number, end: number): NameSpan {
  const first = tokens[inAt + 1]?.lower === "the" ? inAt + 2 : inAt + 1;
  return { kind: "Place", first, last: end, nucleus: end - 1, definite: false, quoted: false };
}

const COMPANY_SUFFIXES = new Set(["ltd", "limited", "inc", "llc", "plc"]);

/** A company's legal form as one word: "Co", "Corp", "Ltd.", "Inc", "Limited". */
export function isLegalForm(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return lower === "co" || lower === "corp" || COMPANY_SUFFIXES.has(lower);
}
const ABBREVIATED_SUFFIXES = new Set(["ltd", "inc", "llc", "plc"]);
/** A lower-case word or a comma after "Co.": the stop was the abbreviation's, not the sentence's. */
const SENTENCE_GOES_ON = /^(?:[a-z]|[,;:()])/;
// "(East China)", "(Group)", "(Asia Pacific)", "(Holdings)", "(HK)": words a bracketed qualifier
// of a company's name is made of besides places.
const QUALIFIER_WORDS = new Set([
  "east",
  "west",
  "north",
  "south",
  "group",
  "asia",
  "pacific",
  "international",
  "holdings",
  "hk",
]);

/** Tokens of a company suffix after `i`: ". , Ltd ." after "Co", ", Ltd ." after a name. */
function companySuffixEnd(tokens: Token[], i: number): number {
  // The name already ends with the suffix: only its stop follows ("..., Inc.").
  // "Limited." is a word and the sentence's full stop; "Ltd." an abbreviation with its own.
  if (ABBREVIATED_SUFFIXES.has(tokens[i - 1]?.lower ?? "") && tokens[i]?.text === ".") return i + 1;
  let j = i;
  if (tokens[j]?.text === "." && tokens[j - 1]?.lower === "co") j++;
  if (tokens[j]?.text === ",") j++;
  if (!COMPANY_SUFFIXES.has(tokens[j]?.lower ?? "")) return abbreviationStopEnd(tokens, i);
  j++;
  if (tokens[j]?.text === "." && ABBREVIATED_SUFFIXES.has(tokens[j - 1]?.lower ?? "")) j++;
  return j;
}

/** "Pine Co. were selected": the abbreviation's stop, where the sentence goes on, is the name's. */
function abbreviationStopEnd(tokens: Token[], i: number): number {
  const abbreviation = tokens[i]?.text === "." && /^(?:co|corp)$/.test(tokens[i - 1]?.lower ?? "");
  return abbreviation && SENTENCE_GOES_ON.test(tokens[i + 1]?.text ?? "") ? i + 1 : i;
}

/** Index after "(Place)" at i: "(East China)", "(Hubei)", "(Tianjin)"; i when there is none. */
function qualifierEnd(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== "(") return i;
  let j = i + 1;
  while (j < i + 4 && tokens[j]?.cap) {
    const word = tokens[j]?.lower ?? "";
    // "(Hong Kong)": a place of two words.
    if (tokens[j + 1]?.cap && isPlaceName(`${word} ${tokens[j + 1]?.lower}`)) j += 2;
    else if (isPlaceName(word) || QUALIFIER_WORDS.has(word)) j++;
    else break;
  }
  return j > i + 1 && tokens[j]?.text === ")" ? j + 1 : i;
}

/**
 * "Zhengzhou University (Henan)": a province in brackets after a whole name that opens with a place
 * says where the body is; it names no other body ("China University of Petroleum (East China)",
 * "Harbin Institute of Technology (Shenzhen)" and "Midea (Hubei) Co., Ltd." keep theirs).
 */
function locatesOnly(tokens: Token[], span: { first: number; last: number }, end: number): boolean {
  const inside = tokens.slice(span.last + 1, end - 1);
  if (inside.length !== 1 || !PROVINCES.has((inside[0] as Token).lower)) return false;
  if (companySuffixEnd(tokens, end) > end) return false;
  return isPlaceName((tokens[span.first] as Token).lower);
}

/** Start of the capitalised words before a bracketed place that ends at `first`; `first` if none. */
function wordsBeforeQualifier(tokens: Token[], first: number, blocked: boolean[]): number {
  if (tokens[first - 1]?.text !== ")") return first;
  let open = first - 2;
  while (open > first - 5 && open > 0 && tokens[open]?.text !== "(") open--;
  if (tokens[open]?.text !== "(" || qualifierEnd(tokens, open) !== first) return first;
  let start = open;
  while (
    start > 0 &&
    open - start < 5 &&
    tokens[start - 1]?.cap &&
    !blocked[start - 1] &&
    !BREAK_WORDS.has(tokens[start - 1]?.lower ?? "")
  )
    start--;
  return start < open ? start : first;
}

/** Lower-case words that end a translated company name's run to the left: grammar, not name. */
const NOT_NAME_WORDS = new Set(
  "a an the of in on at by for from with to as and or but is are was were be been has have had its their his her our this that these those which who whose also won received".split(
    " ",
  ),
);
const MAX_LOWER_WORDS = 4;

/**
 * "Guangxi yili frozen food Co., Ltd.", "Xiamen three ring Battery Co. Ltd.": a machine-translated
 * company name keeps its lower-case words back to the place it opens with.
 */
function translatedCompanyStart(tokens: Token[], span: NameSpan, blocked: boolean[]): number {
  const words = tokens.slice(span.first, span.last).map((t) => t.lower);
  if (!words.includes("co") && !words.some((w) => COMPANY_SUFFIXES.has(w))) return span.first;
  let i = span.first - 1;
  while (
    i >= 0 &&
    span.first - i <= MAX_LOWER_WORDS &&
    /^[a-z][a-z-]*$/.test(tokens[i]?.text ?? "") &&
    !NOT_NAME_WORDS.has(tokens[i]?.lower ?? "") &&
    !/ed$/.test(tokens[i]?.text ?? "")
  )
    i--;
  const lead = tokens[i];
  if (i === span.first - 1 || !lead?.cap || blocked[i] || !isPlaceName(lead.lower))
    return span.first;
  // A capitalised word before the place belongs to some other name: leave the span as read.
  return tokens[i - 1]?.cap ? span.first : i;
}

/** Heads of chains whose houses are named by brand and place: "Maple Chongqing". */
const BRANCH_HEADS = new Set(["hotel", "inn", "resort", "hostel", "suites"]);
/** What may follow a branch's name: a list separator, a bracket, a verb, the sentence's end. */
const AFTER_BRANCH = /^(?:,|;|\.|\(|and|or|is|was|are|were|has|had|have)$/i;

/**
 * "Elmwood Hotel Pudong", "Maple Inn Binhai Tianjin": a hotel's place after its head, one or two
 * known places or pinyin words before a separator, belongs to its name.
 */
function branchPlaceEnd(tokens: Token[], span: NameSpan): number {
  if (span.nucleus !== span.last - 1) return span.last;
  if (!BRANCH_HEADS.has((tokens[span.nucleus] as Token).lower)) return span.last;
  let end = span.last;
  while (end < span.last + 2) {
    const t = tokens[end];
    if (!t?.cap || t.acronym || !(isPlaceName(t.lower) || isPinyinPlaceWord(t))) break;
    end++;
  }
  if (end === span.last) return span.last;
  const after = tokens[end];
  return after === undefined || AFTER_BRANCH.test(after.text) ? end : span.last;
}

/**
 * Organization names as written: a company suffix ("Co., Ltd.") and a bracketed place that makes
 * another body ("University of Petroleum (East China)", "Ruipu (Tianjin) Pharmaceutical Co.")
 * belong to the name. Spans swallowed by a widened name are dropped.
 */
function widenOrganizationNames(
  tokens: Token[],
  spans: NameSpan[],
  blocked: boolean[],
): NameSpan[] {
  const located: NameSpan[] = [];
  for (const span of spans) {
    // "Lakemoor Signal Systems, Inc.": whatever its head, a name with a company suffix is a company.
    const suffixed =
      tokens[span.last]?.text === "," && COMPANY_SUFFIXES.has(tokens[span.last + 1]?.lower ?? "");
    if (suffixed && span.kind !== "Person") span.kind = "Organization";
    if (span.kind !== "Organization") continue;
    span.last = withoutHonorific(tokens, span);
    const untrimmed = span.last;
    span.last = withoutLocation(tokens, span);
    if (span.last < untrimmed) located.push(placeAfterIn(tokens, span.last, untrimmed));
    span.last = branchPlaceEnd(tokens, span);
    span.last = companySuffixEnd(tokens, span.last);
    const qualified = qualifierEnd(tokens, span.last);
    if (qualified > span.last && !locatesOnly(tokens, span, qualified))
      span.last = companySuffixEnd(tokens, qualified);
    // "Ruipu (Tianjin) Biological Co.", "Bosch Auto Parts (Suzhou) Co Ltd": capitalised words and a
    // bracketed place before the name.
    span.first = wordsBeforeQualifier(tokens, span.first, blocked);
    span.first = translatedCompanyStart(tokens, span, blocked);
  }
  spans.push(...located);
  return spans.filter(
    (inner) =>
      !spans.some(
        (outer) =>
          outer !== inner &&
          outer.first <= inner.first &&
          outer.last >= inner.last &&
          (outer.first < inner.first || outer.last > inner.last),
      ),
  );
}

const HONOR_TITLE_TAIL =
  /\b(?:science popularization|popular science|scientific popularization|science and technology education|demonstration|education|science education)\b[\w\s-]*\b(?:bases?|schools?|units?|sites?|venues?)(?:\s+(?:for|of|in)\s+[\w\s'-]+)?$/i;

const LEVEL_LEAD = /^(?:national|china|chinese|provincial|municipal|state)$/;
const BODY_WORD =
  /\b(?:Research|Breeding|Museum|Hospital|University|Institute|Park|Garden|Center|Centre)\b/;

/**
 * "Global Times", "Southern Metropolis Daily": a paper's name, its head after words of its own
 * (no page section is called a "Daily" or a "Times").
 */
function namedPaper(tokens: Token[], first: number, nucleus: number): boolean {
  return nucleus > first && PAPER_HEADS.has((tokens[nucleus] as Token).lower);
}
const PAPER_HEADS = new Set(["daily", "times"]);

function looksLikeHonorTitle(tokens: Token[], first: number, last: number): boolean {
  const lead = (tokens[first] as Token).lower;
  const leveled = LEVEL_LEAD.test(lead) || isPlaceName(lead);
  if (!leveled) return false;
  const text = tokens
    .slice(first, last)
    .map((t) => t.text)
    .join(" ");
  return HONOR_TITLE_TAIL.test(text) && !BODY_WORD.test(text);
}

/**
 * Plurals of the places and bodies a network of members joins: "Creative Cities", "Global
 * Geoparks". Other plurals name what a body does or whom it serves ("Port Services Network",
 * "Time-Honored Brands Network", a website): a body, not a membership.
 */
const MEMBER_PLURALS =
  /^(?:cities|geoparks|reserves|villages|towns|counties|museums|schools|universities|parks|sites|libraries|factories|ports|airports|wetlands|hospitals)$/;

/** "Creative Cities Network", "Global Geoparks Network": a network named by its members' plural. */
function networkOfMembers(tokens: Token[], nucleus: number): boolean {
  const before = tokens[nucleus - 1];
  if ((tokens[nucleus] as Token).lower !== "network" || !before?.cap) return false;
  return MEMBER_PLURALS.test(before.lower);
}

/** "Best Feature Film", "Best Game Trailer": "Best" and a capitalised head name a category. */
function namesABestCategory(tokens: Token[], first: number, last: number): boolean {
  const lead = tokens[first] as Token;
  return lead.text === "Best" && last - first >= 2 && !!(tokens[last - 1] as Token).cap;
}

/**
 * "Top 100 County Hospital list", "Top 10 Private Enterprises ranking": a list, not a body; so is
 * a plural after "Top" and a size anywhere in the name ("China Top 500 Enterprises"), which no
 * one body is called.
 */
function namesARankedList(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i + 1 < last; i++) {
    if ((tokens[i] as Token).lower !== "top" || !tokens[i + 1]?.number) continue;
    if (/^(?:list|lists|ranking|rankings)$/.test(tokens[last]?.lower ?? "")) return true;
    // "Top 100 Pesticide Companies in China": the plural stands before the place it ranks in.
    let end = i + 2;
    while (end < last && !/^(?:in|of)$/.test((tokens[end] as Token).lower)) end++;
    return isPluralWord((tokens[end - 1] as Token).lower);
  }
  return false;
}

/**
 * "Provincial Key Laboratories", "State Key Laboratories": a level, generic words and a plural
 * head name a class that bodies are designated into, not one body.
 */
function namesAClassOfBodies(tokens: Token[], first: number, last: number): boolean {
  const head = (tokens[last - 1] as Token).lower;
  if (!head.endsWith("s") || singular(head) === head) return false;
  if (namesAWorldClass(tokens, first, last, head)) return true;
  if (last - first < 3 || !LEVEL_LEAD.test((tokens[first] as Token).lower)) return false;
  for (let i = first + 1; i < last - 1; i++)
    if (!GENERIC_MODIFIERS.has((tokens[i] as Token).lower)) return false;
  return true;
}

const WORLD_LEAD = /^(?:global|world|international)$/;

/**
 * "UNESCO Global Geoparks", "National Wetland Parks", "World Heritage Sites"-like classes: a
 * national or world level (after an owner's acronym), then words with no "of", then the plural of
 * a body's head. One body is never called so.
 */
function namesAWorldClass(tokens: Token[], first: number, last: number, head: string): boolean {
  const lead = tokens[first]?.acronym ? first + 1 : first;
  const level = (tokens[lead] as Token | undefined)?.lower ?? "";
  if (!WORLD_LEAD.test(level) && !(level === "national" && last - lead >= 3)) return false;
  if (last - lead < 2 || headKind(singular(head)) !== "Organization") return false;
  for (let i = lead + 1; i < last - 1; i++) if (!(tokens[i] as Token).cap) return false;
  return true;
}

const RATING_WORD = /^(?:A{2,5}|\d?A)$/;
const TIER_LEAD = /^(?:national|state|provincial|china|chinese|first|second|third|level|grade)\b/;
const TIER_WORDS =
  /\b(?:level|grade|class|tier)[\s-]*(?:[1-3]|i{1,3}|one|two|three)\b|\b(?:first|second|third)[\s-]+(?:class|grade|level|tier)\b/;

/**
 * "National Level-1 Museum", "First-class National Museums", "National AAAA Tourist Attraction":
 * a tier or rating code before a kind of body names a rating, not one body.
 */
function namesARatingTier(tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last).map((t) => t.text);
  if (words.some((w) => RATING_WORD.test(w))) return true;
  const text = words.join(" ").toLowerCase();
  return TIER_WORDS.test(text) && TIER_LEAD.test(text);
}

/** Words that make a kind of place a title a place earns ("National Garden City"). */
const PLACE_TITLE_WORDS = new Set([
  "garden",
  "civilized",
  "civilised",
  "hygienic",
  "sanitary",
  "health",
  "healthy",
  "characteristic",
  "traditional",
  "model",
  "demonstration",
  "innovative",
  "innovation",
  "ecological",
  "eco",
  "forest",
  "tourism",
  "tourist",
  "scenic",
  "historical",
  "historic",
  "cultural",
  "beautiful",
  "livable",
  "liveable",
  "smart",
  "safe",
  "green",
  "advanced",
  "key",
  "excellent",
  "star",
  "famous",
  "charming",
  "happy",
  "harmonious",
]);
const PLACE_TITLE_LEVELS = new Set([
  "national",
  "provincial",
  "municipal",
  "china",
  "chinese",
  "state",
  "level",
  "top",
]);

/**
 * "National Garden City", "Hunan Garden County", "5A-level Scenic Areas", "Chinese Characteristic
 * Town": a kind of place that places are named; no place is called that. Every word before the
 * head is a title word, a level, a place or a rating; at least one is a title word.
 */
function namesAPlaceTitle(tokens: Token[], first: number, last: number): boolean {
  let titled = false;
  for (let i = first; i < last - 1; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    if (PLACE_TITLE_WORDS.has(t.lower)) titled = true;
    else if (
      !PLACE_TITLE_LEVELS.has(t.lower) &&
      !isPlaceName(t.lower) &&
      !/^(?:\d+a|a{2,5}|\d+a-level)$/i.test(t.text) &&
      t.lower !== "of" &&
      t.lower !== "the"
    )
      return false;
  }
  return titled;
}

/** True when the name is only generic words plus its head ("Central Committee", "the Hospital"). */
export function isGenericName(tokens: Token[], span: NameSpan): boolean {
  // "Reuters", "Xinhua": one word that is no head ("Museums" is one) names the one body it is.
  if (span.last - span.first === 1 && !headKind((tokens[span.first] as Token).text)) return false;
  for (let i = span.first; i < (span.complement ?? span.last); i++) {
    const t = tokens[i] as Token;
    if (!t.word || i === span.nucleus) continue;
    const kind = headKind(t.text);
    if (kind && kind !== "Place" && kind !== "Honor") continue;
    if (!GENERIC_MODIFIERS.has(t.lower)) return false;
  }
  return span.complement === undefined;
}

/** Place heads that translations often leave in lower case, with the name they give. */
const LOWER_PLACE_HEADS = new Map([
  ["county", "County"],
  ["city", "City"],
  ["district", "District"],
  ["town", "Town"],
  ["township", "Township"],
  ["village", "Village"],
  ["sub-district", "Sub-district"],
  ["subdistrict", "Subdistrict"],
  // Heritage and excavation sites: "the Jingshan ruins", "the Qiaoshi site".
  ["site", "Site"],
  ["ruins", "Ruins"],
  ["cemetery", "Cemetery"],
]);
/** Kinds of heritage site written before "site" or "ruins": "tomb site", "kiln ruins". */
const SITE_KINDS = new Set([
  "tomb",
  "tombs",
  "kiln",
  "city",
  "temple",
  "palace",
  "burial",
  "settlement",
]);
/** "the Shanhaiguan scenic area", "Xitang tourist zone": a scenic place whose head is two words. */
const SCENIC_HEADS = new Set(["area", "spot", "zone", "resort"]);
const SCENIC_KINDS = new Set(["scenic", "tourist", "tourism"]);
const LOWER_PLACE_PLURALS = new Map([
  ["counties", "County"],
  ["cities", "City"],
  ["districts", "District"],
  ["towns", "Town"],
  ["villages", "Village"],
]);

export function isLowercasePlaceHead(lower: string): boolean {
  return LOWER_PLACE_HEADS.has(lower);
}

/** "scenic area", "tourist zone" at `i`: a scenic place's head of two lower-case words. */
export function isLowercaseScenicHead(tokens: Token[], i: number): boolean {
  const kind = tokens[i];
  const head = tokens[i + 1];
  return (
    kind !== undefined &&
    head !== undefined &&
    !kind.cap &&
    !head.cap &&
    SCENIC_KINDS.has(kind.lower) &&
    SCENIC_HEADS.has(head.lower)
  );
}

export interface LowercasePlace {
  span: NameSpan;
  /** The place's name, head capitalised: "Qianxi County". */
  name: string;
}

/**
 * Places whose head a translation wrote in lower case: "Qianxi county", "Luzhou city"; and one
 * head shared by a list, "Suining, Sangzhi and Anhua counties" (three counties).
 */
export function findLowercasePlaces(tokens: Token[], taken: boolean[]): LowercasePlace[] {
  const found: LowercasePlace[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.cap || taken[i]) continue;
    const scenic =
      SCENIC_HEADS.has(token.lower) &&
      SCENIC_KINDS.has(tokens[i - 1]?.lower ?? "") &&
      !taken[i - 1];
    const single = scenic ? capitalised(token.lower) : LOWER_PLACE_HEADS.get(token.lower);
    const shared = LOWER_PLACE_PLURALS.get(token.lower);
    if (!single && !shared) continue;
    const items: Array<[number, number]> = [];
    // "the Lianhe tomb site", "the Gaocheng kiln ruins": what kind of site stands before the head.
    const kindOfSite =
      scenic ||
      ((single === "Site" || single === "Ruins") &&
        SITE_KINDS.has(tokens[i - 1]?.lower ?? "") &&
        !taken[i - 1]);
    let end = kindOfSite ? i - 1 : i;
    for (;;) {
      const first = nameWordsBefore(tokens, taken, end);
      if (first === end) break;
      items.unshift([first, end]);
      if (!shared) break;
      // ", " / " and " / ", and " before the item continues the list.
      let k = first - 1;
      if (tokens[k]?.lower === "and") k--;
      if (tokens[k]?.text === ",") k--;
      if (k === first - 1 || k < 0) break;
      end = k + 1;
    }
    if (shared && items.length === 0 && tokens[i + 1]?.lower === "of") {
      // "the cities of Zhangjiajie, Linxiang and Jishou": the head before the list.
      items.push(...namesListedAfter(tokens, taken, i + 2));
    }
    if (items.length === 0 || (shared && items.length < 2)) continue;
    // "a national AAAA-level scenic spot": a rating before the head is the title's, not a name.
    if (scenic && items.some(([first, last]) => tokens.slice(first, last).some(isRatingCode)))
      continue;
    const kind = kindOfSite ? (tokens[i - 1] as Token).lower : "";
    const head = `${kind ? `${capitalised(kind)} ` : ""}${single ?? shared}`;
    for (const [first, last] of items) {
      const words = tokens.slice(first, last).map((t) => t.text);
      // The shared head goes with the last name, so the list reads as names up to the verb.
      const span: NameSpan = {
        kind: "Place",
        first,
        last: single || last === i ? i + 1 : last,
        nucleus: single ? i : last - 1,
        definite: false,
        quoted: false,
      };
      found.push({ span, name: `${words.join(" ")} ${head}` });
    }
  }
  return found;
}

function isRatingCode(token: Token): boolean {
  return RATING_CODE.test(token.text);
}

function capitalised(word: string): string {
  return `${word[0]?.toUpperCase()}${word.slice(1)}`;
}

/** "A, B, C and D" from `start`: one- or two-word capitalised names, up to the list's end. */
function namesListedAfter(
  tokens: Token[],
  taken: boolean[],
  start: number,
): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let i = start;
  while (i < tokens.length) {
    let end = i;
    while (
      end < tokens.length &&
      end - i < 2 &&
      !taken[end] &&
      isNameWord(tokens[end]) &&
      !tokens[end]?.acronym
    )
      end++;
    if (end === i) break;
    items.push([i, end]);
    let k = end;
    if (tokens[k]?.text === ",") k++;
    if (tokens[k]?.lower === "and") k++;
    if (k === end) break;
    i = k;
  }
  return items.length >= 2 ? items : [];
}

/** Start of the one or two capitalised name words that end at `end` (`end` when there are none). */
function nameWordsBefore(tokens: Token[], taken: boolean[], end: number): number {
  let first = end;
  while (first > 0 && end - first < 2) {
    const previous = tokens[first - 1] as Token;
    if (taken[first - 1] || !isNameWord(previous) || previous.acronym || headKind(previous.text))
      break;
    first--;
  }
  return first;
}

/**
 * Capitalised words listed beside places are places too: "Chengdu, Mianyang and Guang'an"
 * where the last is in no gazetteer. One or two words, next to a place across "," or "and".
 */
export function findListedPlaces(
  tokens: Token[],
  taken: boolean[],
  places: Array<{ first: number; last: number }>,
): NameSpan[] {
  // "Haier, Shanghai Baosteel and Midea": a place that opens a longer capitalised run opens a
  // firm's name, and says nothing of the words listed before it.
  const starts = new Set(
    places.filter((p) => !isNameWord(tokens[p.last]) || taken[p.last]).map((p) => p.first),
  );
  const ends = new Set(places.map((p) => p.last));
  const found: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !isNameWord(tokens[i]) || tokens[i]?.acronym || headKind(tokens[i]?.text ?? ""))
      continue;
    let last = i + 1;
    if (
      last < tokens.length &&
      !taken[last] &&
      isNameWord(tokens[last]) &&
      !headKind(tokens[last]?.text ?? "")
    )
      last++;
    if (last === i + 1 && openingAdverb(tokens[i] as Token, tokens[last])) continue;
    if (listedAfterPlace(tokens, i, ends) || listedBeforePlace(tokens, last, starts)) {
      found.push({
        kind: "Place",
        first: i,
        last,
        nucleus: last - 1,
        definite: false,
        quoted: false,
      });
      for (let k = i; k < last; k++) taken[k] = true;
      ends.add(last);
      starts.add(i);
    }
    i = last - 1;
  }
  return found;
}

/** "Fortunately, A and B", "However, C": an English word before a comma opens a clause. */
function openingAdverb(word: Token, next: Token | undefined): boolean {
  return next?.text === "," && (word.lower.endsWith("ly") || isEnglishWord(word.lower));
}

/** A capitalised word in no gazetteer that spells two or three pinyin syllables ("Xiantao"). */
function isPinyinPlaceWord(token: Token | undefined): boolean {
  return (
    token?.cap === true &&
    !token.acronym &&
    token.text.length >= 4 &&
    /^[A-Z][a-z]+$/.test(token.text) &&
    isPinyinName(token.text) &&
    !SURNAMES.has(token.lower) &&
    !isEnglishWord(token.lower) &&
    !headKind(token.text)
  );
}

/** A place's level written in lower case after its name: "Hill province", "Lake county". */
const LOWER_PLACE_LEVEL = /^(?:province|city|county|prefecture|district|region|municipality)$/;

/**
 * "Yidu, Daye, Xiantao and Zaoyang": a list of three or more one-word items, each a place already
 * read or a word in no gazetteer that spells pinyin, names places. The list is read item by item
 * across "," and "and"; anything else ends it.
 */
export function findPinyinListedPlaces(
  tokens: Token[],
  taken: boolean[],
  places: Array<{ first: number; last: number }>,
): NameSpan[] {
  const placeAt = new Map(places.map((p) => [p.first, p.last]));
  // "Qiaoling in Pine Province, Dongpai of Hill Province": an item may stand in a larger place,
  // whose level may follow in lower case ("Dongpai in Hill province").
  const qualifiedEnd = (k: number): number => {
    if (tokens[k]?.lower !== "in" && tokens[k]?.lower !== "of") return k;
    const at = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
    const placeEnd = placeAt.get(at);
    if (placeEnd === undefined) return k;
    return LOWER_PLACE_LEVEL.test(tokens[placeEnd]?.text ?? "") ? placeEnd + 1 : placeEnd;
  };
  const found: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A list's first item is followed by "," or "and" (most words are not: decided cheaply).
    const next = tokens[qualifiedEnd(placeAt.get(i) ?? i + 1)];
    if (next?.text !== "," && next?.lower !== "and") {
      i++;
      continue;
    }
    const items: Array<{ first: number; last: number; pinyin: boolean }> = [];
    let end = i;
    for (;;) {
      const placeEnd = placeAt.get(end);
      const pinyin = placeEnd === undefined && !taken[end] && isPinyinPlaceWord(tokens[end]);
      if (placeEnd === undefined && !pinyin) break;
      const itemEnd = qualifiedEnd(placeEnd ?? end + 1);
      items.push({ first: end, last: itemEnd, pinyin });
      end = afterListGlue(tokens, itemEnd);
      if (end === itemEnd) break;
    }
    const fresh = items.filter((item) => item.pinyin);
    if (items.length >= 3) {
      for (const item of fresh) {
        found.push(oneWordPlace(item.first));
        taken[item.first] = true;
      }
    }
    i = items.at(-1)?.last ?? i + 1;
  }
  return found;
}

/**
 * "Lanxi Ocean World and Hill Vocational College": when the words on both sides of the "and" at
 * `first - 1` open with a place, they are two names ("Hong Kong and Macao Affairs Office" is one).
 */
function placesOpenBothSides(tokens: Token[], first: number): boolean {
  if (!isPlaceName((tokens[first] as Token).lower)) return false;
  let start = first - 2;
  while (start > 0 && isNameWord(tokens[start - 1])) start--;
  return start < first - 2 && isPlaceName((tokens[start] as Token).lower);
}

/** A place ends right before `first`, across ",", "and" or ", and". */
function listedAfterPlace(tokens: Token[], first: number, placeEnds: Set<number>): boolean {
  let k = first;
  if (tokens[k - 1]?.lower === "and") k--;
  if (tokens[k - 1]?.text === ",") k--;
  return k < first && placeEnds.has(k);
}

/** A place starts right after `last`, across "," or "and" (the list goes on). */
function listedBeforePlace(tokens: Token[], last: number, placeStarts: Set<number>): boolean {
  let k = last;
  if (tokens[k]?.text === ",") k++;
  if (tokens[k]?.lower === "and") k++;
  return k > last && placeStarts.has(k);
}

/** Heads of bodies that translations leave in lower case ("... aviation knowledge training hall"). */
const LOWER_BODY_HEADS = new Set([
  "hall",
  "center",
  "centre",
  "museum",
  "school",
  "base",
  "park",
  "library",
  "station",
  "institute",
  "company",
  "factory",
  "hospital",
  "garden",
  "laboratory",
  "lab",
  "college",
  "academy",
  "association",
  "society",
  "kindergarten",
  "farm",
  "cooperative",
]);
/** What may follow such a name when it is the subject of a conferral. */
const SUBJECT_VERBS = new Set([
  "won",
  "wins",
  "was",
  "were",
  "is",
  "has",
  "have",
  "became",
  "received",
  "obtained",
  "gained",
]);
const NOT_MODIFIERS = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "for",
  "in",
  "on",
  "at",
  "to",
  "by",
  "with",
  "from",
  "its",
  "their",
  "our",
  "this",
  "that",
]);

/**
 * A body named with a capitalised or numbered start and a lower-case rest, as the subject of a
 * verb: "Lanxi aviation knowledge training hall won ...". The start must be a name word or a
 * number; up to four plain lower-case words lead to the head.
 */
export function findLowercaseBodies(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let h = 2; h < tokens.length - 1; h++) {
    const head = tokens[h] as Token;
    if (taken[h] || head.cap || !LOWER_BODY_HEADS.has(head.lower)) continue;
    if (!SUBJECT_VERBS.has((tokens[h + 1] as Token).lower)) continue;
    let first = h;
    while (first > 0 && h - first < 5) {
      const previous = tokens[first - 1] as Token;
      if (taken[first - 1] || !previous.word || previous.cap || previous.number) break;
      if (NOT_MODIFIERS.has(previous.lower)) break;
      first--;
    }
    let start = first;
    while (start > 0 && first - start < 2) {
      const previous = tokens[start - 1] as Token;
      if (taken[start - 1] || !(isNameWord(previous) || previous.number)) break;
      start--;
    }
    if (start === first || first === h) continue;
    if (!(tokens[start] as Token).cap) continue;
    found.push(organizationSpan(start, h + 1, h));
  }
  return found;
}

/** The levels of a government or a body in its name: "provincial", "municipal", "county". */
export const GOVERNMENT_LEVELS: ReadonlySet<string> = new Set([
  "provincial",
  "municipal",
  "city",
  "county",
  "district",
  "regional",
  "prefectural",
  "township",
]);

/**
 * "the Jiangsu provincial government", "Hill municipal people's government", "the Chinese
 * government": a place's or a country's government written in lower case, from the place's name
 * (or the country's adjective) to "government".
 */
export function findLowercaseGovernments(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let h = 1; h < tokens.length; h++) {
    if (taken[h] || tokens[h]?.text !== "government") continue;
    let first = h;
    if (tokens[first - 1]?.text === "'s" && tokens[first - 2]?.lower === "people") first -= 2;
    if (GOVERNMENT_LEVELS.has(tokens[first - 1]?.lower ?? "")) first--;
    const place = tokens[first - 1];
    if (!place?.cap || taken[first - 1]) continue;
    // "the Chinese government", "the Hunan government": a country's or a place's own, after "the".
    const own =
      first === h &&
      tokens[first - 2]?.lower === "the" &&
      (isNationality(place.lower) || isPlaceName(place.lower));
    if (first < h ? !isPlaceName(place.lower) : !own) continue;
    first--;
    found.push(organizationSpan(first, h + 1, h));
    for (let k = first; k <= h; k++) taken[k] = true;
  }
  return found;
}

/** The levels that name a body in lower case ("city" is as often a plain noun there as a level). */
const LOCAL_LEVELS = [...GOVERNMENT_LEVELS].filter((level) => level !== "city");
/** Levels a government or a party committee is named by when its place goes unsaid. */
const BODY_LEVELS = new Set([...LOCAL_LEVELS, "central", "local", "village"]);

/**
 * "the provincial government", "the municipal Party committee", "county CPC committee", "the
 * central government": a level's government or party committee with no place before it, written
 * in lower case. The genre names its givers so; the text's own place tells which one, so the
 * name is one body only in its text (its key is generic, see isGenericKey).
 */
export function findLevelBodies(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let first = 0; first + 1 < tokens.length; first++) {
    const level = tokens[first] as Token;
    if (taken[first] || level.cap || !BODY_LEVELS.has(level.lower)) continue;
    // "Wenzhou municipal Party committee", "CPC Anhui provincial committee": a known place's.
    const place = placeBefore(tokens, first);
    if (place === undefined && tokens[first - 1]?.cap && tokens[first - 1]?.lower !== "the")
      continue;
    if (place === undefined && eachOfMany(tokens, first)) continue;
    let h = first + 1;
    if (tokens[h]?.lower === "people" && tokens[h + 1]?.text === "'s") h += 2;
    const government = tokens[h]?.lower === "government";
    const party =
      /^(?:party|cpc)$/.test(tokens[h]?.lower ?? "") && tokens[h + 1]?.lower === "committee";
    const cpcCommittee = place !== undefined && tokens[place]?.lower === "cpc" && h === first + 1;
    if (!government && !party && !(cpcCommittee && tokens[h]?.lower === "committee")) continue;
    const last = party ? h + 1 : h;
    const start = place ?? first;
    if (taken.slice(start, last + 1).some(Boolean)) continue;
    found.push(organizationSpan(start, last + 1, last));
    for (let k = start; k <= last; k++) taken[k] = true;
  }
  return found;
}

/** The heads of a government's departments. */
const DEPARTMENT_HEADS = new Set([
  "bureau",
  "department",
  "office",
  "commission",
  "administration",
]);
/** Levels a department is named by; "central" and "local" name none on their own here. */
const DEPARTMENT_LEVELS = new Set(LOCAL_LEVELS);

/**
 * "the provincial animal husbandry department", "Shouguang meteorological bureau", "provincial
 * development and Reform Commission": a level or a known place, the department's field in words
 * of which at least one is in lower case, then its head. A name wholly in capitals is read as
 * names are; this reads the ones translations leave half in lower case.
 */
export function findLowercaseDepartments(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let first = 0; first + 2 < tokens.length; first++) {
    const opener = tokens[first] as Token;
    if (taken[first]) continue;
    const level = !opener.cap && DEPARTMENT_LEVELS.has(opener.lower);
    const place = opener.cap && !opener.acronym && isPlaceName(opener.lower);
    if (!level && !place) continue;
    const head = departmentHeadAfter(tokens, first + 1);
    if (head === undefined || taken.slice(first, head + 1).some(Boolean)) continue;
    if (eachOfMany(tokens, first)) continue;
    found.push(organizationSpan(first, head + 1, head));
    for (let k = first; k <= head; k++) taken[k] = true;
    first = head;
  }
  return found;
}

/** The head's index after one to five words of a field, one at least in lower case; or undefined. */
function departmentHeadAfter(tokens: Token[], from: number): number | undefined {
  let lowerCase = false;
  let words = 0;
  for (let k = from; k < from + 7; k++) {
    const token = tokens[k];
    if (!token?.word || token.number) return undefined;
    if (DEPARTMENT_HEADS.has(token.lower))
      return words > 0 && lowerCase && tokens[k - 1]?.lower !== "and" ? k : undefined;
    if (token.lower === "and") {
      if (words === 0) return undefined;
      continue;
    }
    if (headKind(token.text) || isPlaceName(token.lower) || !isEnglishWord(token.lower))
      return undefined;
    // "China Railway Two Bureau": a numbered unit of a group, not a department.
    if (NUMBER_WORDS.has(token.lower)) return undefined;
    if (!token.cap) lowerCase = true;
    words++;
  }
  return undefined;
}

const NUMBER_WORDS = new Set(
  "one two three four five six seven eight nine ten eleven twelve first second third".split(" "),
);

/** Where a known place right before the level starts, with a "CPC" before it ("CPC Anhui"). */
function placeBefore(tokens: Token[], first: number): number | undefined {
  const place = tokens[first - 1];
  if (!place?.cap || !isPlaceName(place.lower)) return undefined;
  return tokens[first - 2]?.text === "CPC" ? first - 2 : first - 1;
}

/** "each", "respective": a word that makes the body any one of many, not a body. */
const ANY_OF_MANY = /^(?:each|every|respective|various|relevant|concerned|other|all)$/;

/** "the respective district Party committee and district government": many bodies, none named. */
function eachOfMany(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    const token = tokens[k] as Token;
    if (!token.word) return false;
    if (ANY_OF_MANY.test(token.lower)) return true;
  }
  return false;
}

/** Heads of bodies a translation leaves in lower case after the capitalised name. */
const LOWERCASE_BODY_HEADS = new Set([
  "group",
  "company",
  "corporation",
  "hospital",
  "university",
  "college",
  "factory",
  "bank",
]);

/**
 * "the Huali group", "Tianhui company", "Lanzhou university": one to three capitalised words that
 * name nothing of their own kind, then a body's head in lower case. Not after "a" or "an" ("a
 * Pine company" says what it is), not a country's or a people's ("a Chinese company").
 */
export function findLowercaseHeadBodies(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (taken[h] || head.cap || !LOWERCASE_BODY_HEADS.has(head.lower)) continue;
    let first = h;
    while (first > 0 && h - first < 3) {
      const word = tokens[first - 1] as Token;
      if (taken[first - 1] || !word.cap || word.acronym || !isNameWord(word)) break;
      if (headKind(word.text) || isNationality(word.lower) || isCountryName(word.lower)) break;
      if (isWorldRegion(word.lower) || /-(?:class|level|grade|rate)$/i.test(word.text)) break;
      first--;
    }
    if (first === h || /^(?:a|an)$/i.test(tokens[first - 1]?.text ?? "")) continue;
    // "Zhao Mengtao group": a person's team, read with the person.
    if (h - first === 2 && SURNAMES.has((tokens[first] as Token).lower)) continue;
    // "Liaoning Zizhu group party": the group's own party body, a name that goes on.
    if (tokens[h + 1]?.word && !tokens[h + 1]?.cap && headKind(tokens[h + 1]?.text ?? "")) continue;
    // "The Huali group": a sentence's first word, "The", is no part of it.
    if (tokens.slice(first, h).every((t) => isEnglishWord(t.lower))) continue;
    found.push(organizationSpan(first, h + 1, h));
    for (let k = first; k <= h; k++) taken[k] = true;
  }
  return found;
}

/** Heads of units inside a university or hospital that lists name in lower case. */
const UNIT_IN_BODY_HEADS = new Set([
  "major",
  "discipline",
  "specialty",
  "speciality",
  "programme",
  "program",
]);

/**
 * A major or discipline of a school, written in lower case as an item of a list: "soil science
 * major of School of Earth Sciences", from the list's separator to the end of
 * the school's name.
 */
export function findUnitsOfBodies(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let h = 1; h + 2 < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (
      taken[h] ||
      head.cap ||
      !UNIT_IN_BODY_HEADS.has(head.lower) ||
      tokens[h + 1]?.lower !== "of"
    )
      continue;
    let first = h;
    while (first > 0 && h - first < 10) {
      const previous = tokens[first - 1] as Token;
      if (taken[first - 1] || !previous.word || previous.number) break;
      if (previous.cap && first - 1 > 0 && !/[,:;]/.test(tokens[first - 2]?.text ?? "")) break;
      first--;
    }
    // ", and chemistry ... major": the "and" after the comma joins the list, not the name.
    if (tokens[first]?.lower === "and" && tokens[first - 1]?.text === ",") first++;
    const separator = tokens[first - 1]?.text ?? "";
    if (first === h || !/^[,:;]$|^and$/i.test(separator)) continue;
    let last = h + 2;
    while (
      last < tokens.length &&
      (isNameWord(tokens[last]) || /^(?:of|and|for)$/.test(tokens[last]?.lower ?? ""))
    )
      last++;
    while (last > h + 2 && !isNameWord(tokens[last - 1])) last--;
    if (last === h + 2) continue;
    found.push(organizationSpan(first, last, h));
    for (let i = first; i < last; i++) taken[i] = true;
  }
  return found;
}

/** A name span of a body that is neither definite nor quoted. */
export function organizationSpan(first: number, last: number, nucleus: number): NameSpan {
  return { kind: "Organization", first, last, nucleus, definite: false, quoted: false };
}

/** A word of a firm's name around "&": capitalised, no head of any kind, not a lone letter. */
function isFirmWord(token: Token | undefined): boolean {
  if (!isNameWord(token)) return false;
  const t = token as Token;
  return (
    t.text.length > 1 && !headKind(t.text) && !isPlaceName(t.lower) && !FIRM_COMPASS.has(t.lower)
  );
}

const FIRM_COMPASS = new Set([
  "east",
  "west",
  "north",
  "south",
  "central",
  "middle",
  "far",
  "near",
]);

/** Words that end a machine-translated firm's name on its left: glue, verbs, articles. */
const FIRM_NAME_STOPS = new Set([
  ...NOT_MODIFIERS,
  ...AUXILIARIES,
  "or",
  "as",
  "these",
  "including",
  "include",
  "includes",
  "namely",
  "respectively",
  "such",
  "like",
  "time",
  "list",
  // "Last spring X Co.": words of time.
  "spring",
  "summer",
  "autumn",
  "winter",
  "year",
  "month",
  "week",
  "today",
  "yesterday",
  "recently",
  "also",
  "local",
  "enterprise",
  "enterprises",
  "company",
  "companies",
  "firm",
  "firms",
  // "the division included X Co.": the genre's verbs end the name too.
  "included",
  "awarded",
  "named",
  "selected",
  "listed",
  "rated",
  "won",
  "received",
  "granted",
  "honored",
  "honoured",
  "approved",
  "identified",
  "announced",
  "recognized",
  "recognised",
]);
/** Most words of a firm's name before its legal form. */
const FIRM_NAME_REACH = 7;

/** Where the legal form "co., ltd." (any case, any stops) that opens at `i` ends, or -1. */
function legalFormEnd(tokens: Token[], i: number): number {
  if (tokens[i]?.lower !== "co") return -1;
  let at = i + 1;
  while (tokens[at]?.text === "." || tokens[at]?.text === ",") at++;
  if (!/^(?:ltd|limited)$/.test(tokens[at]?.lower ?? "")) return -1;
  return tokens[at + 1]?.text === "." ? at + 2 : at + 1;
}

/**
 * "tarnvale pine equipment co., LTD.", "Hollin silver crane prestressed material Co., Ltd.":
 * a firm's name as machine translation writes it, partly in lower case, read back from its legal
 * form to the list glue or verb before it. Names in capitals alone are the capital finder's.
 */
export function findLowercaseFirms(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const end = legalFormEnd(tokens, i);
    if (end < 0) continue;
    let first = i;
    while (first > 0 && i - first < FIRM_NAME_REACH) {
      const previous = tokens[first - 1] as Token;
      if (blocked[first - 1] || FIRM_NAME_STOPS.has(previous.lower)) break;
      // "booz energy equipment (Tianjin) Co.": a bracketed place inside the name.
      if (previous.text === ")" && tokens[first - 3]?.text === "(" && tokens[first - 2]?.word) {
        first -= 3;
        continue;
      }
      if (!previous.word || previous.number) break;
      first--;
    }
    // "to grant Huaxing Optoelectronic Co.": lower-case words before the capitals are the
    // sentence's, unless they name a place ("hunan Quankang Co.").
    const firstCapital = tokens.slice(first, i).findIndex((t) => t.cap);
    while (firstCapital > 0 && first < i && !(tokens[first] as Token).cap) {
      if (isPlaceName((tokens[first] as Token).lower)) break;
      first++;
    }
    const words = tokens.slice(first, i).filter((t) => t.word);
    const lowered = words.some((t) => !t.cap) || !(tokens[i] as Token).cap;
    if (words.length > 0 && lowered) found.push(organizationSpan(first, end, i));
    i = end - 1;
  }
  return found;
}

/**
 * "King & Wood Mallesons", "Procter & Gamble": capitalised words on both sides of "&", none of them
 * a head, name a firm (partners' names), not a person.
 */
export function findAmpersandFirms(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]?.text !== "&" || blocked[i] || !isFirmWord(tokens[i - 1])) continue;
    if (!isFirmWord(tokens[i + 1]) || blocked[i - 1] || blocked[i + 1]) continue;
    let first = i - 1;
    while (first > 0 && i - first < 3 && isFirmWord(tokens[first - 1]) && !blocked[first - 1])
      first--;
    let last = i + 2;
    while (last < tokens.length && last - i < 4 && isFirmWord(tokens[last]) && !blocked[last])
      last++;
    // "College of Animal Science & Technology": after "of" the words end a longer name; "Art &
    // Design", "Steel & Iron", "Li Hua & Wang Bo": firms are named by partners, not common words
    // or people: a word of no English beside "&" or at the end.
    if (/^(?:of|for|in|at|and)$/.test(tokens[first - 1]?.lower ?? "")) continue;
    const partner = [tokens[i - 1], tokens[i + 1], tokens[last - 1]].some(
      (t) => t && !isEnglishWord(t.lower),
    );
    if (!partner) continue;
    if (opensChineseName(tokens, first) || opensChineseName(tokens, i + 1)) continue;
    // A head, a suffix or a bracket right after ("... & Technology Bureau", "... & Electronic
    // (Shenzhen) Co.") makes the run part of a body's longer name.
    const next = tokens[last];
    if (headKind(next?.text ?? "") || next?.text === "(" || COMPANY_SUFFIXES.has(next?.lower ?? ""))
      continue;
    found.push(organizationSpan(first, last, first));
    for (let k = first; k < last; k++) blocked[k] = true;
    i = last;
  }
  return found;
}

/** Words that make "Party" a political party's head: "Communist Party", "Democratic Party". */
const PARTY_KINDS = new Set([
  "communist",
  "democratic",
  "socialist",
  "nationalist",
  "labour",
  "labor",
  "liberal",
  "conservative",
  "republican",
  "progressive",
]);

/**
 * "the Communist Party of China", "the Chinese Communist Party": a political party, its kind
 * right before "Party" and maybe "of" a place after it, with the party's organ after it when one
 * follows ("Communist Party of China Central Committee"). Not inside a longer name ("Central
 * Committee of the Communist Party of China") nor before a title ("Communist Party Member").
 */
export function findPoliticalParties(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const party = tokens[i] as Token;
    if (party.text !== "Party" || blocked[i]) continue;
    const kind = tokens[i - 1];
    if (!kind?.cap || !PARTY_KINDS.has(kind.lower) || blocked[i - 1]) continue;
    let first = i - 1;
    // "Chinese Communist Party": a country's adjective before the kind.
    if (tokens[first - 1]?.cap && isPlaceNameOrAdjective(tokens[first - 1] as Token)) first--;
    let last = i + 1;
    const place = tokens[i + 2];
    if (tokens[i + 1]?.lower === "of" && place?.cap && isPlaceName(place.lower)) last = i + 3;
    // "Central Committee of the Communist Party of China": a complement of a longer name (not
    // "a member of the Communist Party of China").
    const the = tokens[first - 1]?.lower === "the" ? 1 : 0;
    if (tokens[first - 1 - the]?.lower === "of" && tokens[first - 2 - the]?.cap) continue;
    // "Communist Party of China Central Committee": the party's own body, to its head (not
    // inside a longer capitalised name: "the Central Communist Party Committee").
    const organ = tokens[first - 1]?.cap ? last : organAfter(tokens, last);
    // "Communist Party Member": a title of the party's members.
    if (organ === last && tokens[last]?.cap) continue;
    found.push(organizationSpan(first, organ, organ > last ? organ - 1 : i));
    last = organ;
    for (let k = first; k < last; k++) blocked[k] = true;
    i = last;
  }
  return found;
}

/** "Educational", "Scientific", "Cultural", "Metallurgical": a capitalised adjective of a field. */
const FIELD_ADJECTIVE = /^[A-Z][a-z]+(?:al|ic|ive|ary)$/;

/**
 * "the Lake Nations Educational, Scientific and Cultural Organization", "School of Chemical,
 * Metallurgical and Materials Engineering": a series of fields' adjectives, with commas and
 * "and", inside one name. Read whole, from the capitalised run before the series to the body's
 * head after it (or, after "of", to the end of the field's words).
 */
export function findFieldSeriesNames(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let c = 1; c + 1 < tokens.length; c++) {
    if (tokens[c]?.text !== "," || !isFieldAdjective(tokens, c - 1, blocked)) continue;
    const last = seriesEnd(tokens, c, blocked);
    if (last === undefined) continue;
    const ofField = tokens[c - 2]?.lower === "of";
    // "School of Chemical, ...": the body's capitalised head run before "of".
    if (ofField && !headKind(tokens[c - 3]?.text ?? "")) continue;
    let first = ofField ? c - 2 : c - 1;
    while (first > 0 && !blocked[first - 1] && isCapitalisedWord(tokens[first - 1])) first--;
    if (ofField && first === c - 2) continue;
    // "... Cultural Organization": the last word is the body's head.
    if (!ofField && headKind((tokens[last - 1] as Token).text) !== "Organization") continue;
    if (tokens[first]?.lower === "the") first++;
    const nucleus = ofField ? c - 3 : last - 1;
    found.push(organizationSpan(first, last, nucleus));
    for (let k = first; k < last; k++) blocked[k] = true;
    c = last;
  }
  return found;
}

function isCapitalisedWord(token: Token | undefined): boolean {
  return !!token?.cap && isNameWord(token);
}

function isFieldAdjective(tokens: Token[], at: number, blocked: boolean[]): boolean {
  const token = tokens[at];
  return !!token && !blocked[at] && FIELD_ADJECTIVE.test(token.text) && !isPlaceName(token.lower);
}

/**
 * After the comma at `comma`: more adjectives joined by commas, then "and" and the last field;
 * where the capitalised words after that field end.
 */
function seriesEnd(tokens: Token[], comma: number, blocked: boolean[]): number | undefined {
  let at = comma + 1;
  for (;;) {
    if (!isFieldAdjective(tokens, at, blocked)) return undefined;
    if (tokens[at + 1]?.text === ",") {
      at += 2;
      continue;
    }
    // "... Metallurgical and Materials Engineering": any capitalised field may close the series.
    if (tokens[at + 1]?.lower !== "and" || blocked[at + 2] || !isCapitalisedWord(tokens[at + 2]))
      return undefined;
    let end = at + 3;
    while (end < tokens.length && !blocked[end] && isNameWord(tokens[end])) end++;
    return end;
  }
}

/**
 * The end of a body's head and the capitalised words before it right after `at` ("Central
 * Committee", "Organization Department"), or `at` when no such head follows within three words.
 */
function organAfter(tokens: Token[], at: number): number {
  for (let j = at; j < at + 3 && tokens[j]?.cap; j++) {
    if (headKind((tokens[j] as Token).text) === "Organization") return j + 1;
  }
  return at;
}

/** "China", "Chinese": a country or its adjective before a party's kind. */
function isPlaceNameOrAdjective(token: Token): boolean {
  return (
    isPlaceName(token.lower) || /^(?:chinese|american|british|japanese|korean)$/.test(token.lower)
  );
}

const SITE_ENDINGS = new Set(["com", "cn", "org", "net"]);

/**
 * "Source: chinadaily.com.cn", "JD.com": a web site's name, its labels joined by dots with no
 * space, is the body that runs the site (not glued to a word or an "@" before it).
 */
export function findSiteNames(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    // Glued to the word before ("NextSharkNextShark.com" split in the view): a part of a name.
    const glued = tokens[i - 1] !== undefined && (tokens[i - 1] as Token).end === first.start;
    if (blocked[i] || !first.word || glued) continue;
    let last = i;
    while (
      tokens[last + 1]?.text === "." &&
      tokens[last + 2]?.word &&
      (tokens[last] as Token).end === (tokens[last + 1] as Token).start &&
      (tokens[last + 1] as Token).end === (tokens[last + 2] as Token).start
    )
      last += 2;
    const ending = tokens[last]?.lower ?? "";
    if (last === i || !SITE_ENDINGS.has(ending) || blocked.slice(i, last + 1).some(Boolean))
      continue;
    found.push(organizationSpan(i, last + 1, i));
    for (let k = i; k <= last; k++) blocked[k] = true;
    i = last;
  }
  return found;
}

/** "(Xinhua)", "Reuters reported": a news agency by its bare name, read before people are. */
export function findNewsAgencies(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  tokens.forEach((t, i) => {
    if (blocked[i] || !t.cap || !NEWS_AGENCIES.has(t.lower) || isNameWord(tokens[i + 1])) return;
    found.push(organizationSpan(i, i + 1, i));
    blocked[i] = true;
  });
  return found;
}

const ARMY_SUBUNITS = new Set([
  "branch",
  "brigade",
  "regiment",
  "battalion",
  "detachment",
  "squadron",
]);

/**
 * A military unit known by its number: "Unit 61234", and a part of one: "the 42nd branch of
 * Unit 91234". The number is the name; no capitalised head follows it.
 */
export function findNumberedUnits(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let h = 0; h + 1 < tokens.length; h++) {
    if (taken[h] || taken[h + 1] || tokens[h]?.text !== "Unit") continue;
    if (!/^\d{4,6}$/.test(tokens[h + 1]?.text ?? "")) continue;
    let first = h;
    const part = tokens[h - 2];
    if (
      tokens[h - 1]?.lower === "of" &&
      part &&
      ARMY_SUBUNITS.has(part.lower) &&
      /^\d+(?:st|nd|rd|th)$/i.test(tokens[h - 3]?.text ?? "") &&
      !taken[h - 3] &&
      !taken[h - 2]
    )
      first = h - 3;
    found.push(organizationSpan(first, h + 2, h));
    for (let i = first; i < h + 2; i++) taken[i] = true;
  }
  return found;
}

const PROGRAMME_HEADS = new Set(["project", "program", "programme", "plan"]);
/** "Project 500 km": a number with a measure after it counts something. */
const MEASURES =
  /^(?:km|kilomet(?:er|re)s?|m|met(?:er|re)s?|yuan|tons?|tonnes?|hectares?|mu|people|persons|years?|days?|hours?|million|billion|percent|%)$/;

/**
 * A state programme known by its number: "Project 211", "the 985 Project", "Program 863". The
 * number is the name, before or after a programme's head in title case; a quote may stand around
 * the number and head ('"211 Project"').
 */
export function findNumberedProgrammes(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  const isHead = (t: Token | undefined) => t?.cap === true && PROGRAMME_HEADS.has(t.lower);
  const isNumber = (t: Token | undefined) => /^\d{3}$/.test(t?.text ?? "");
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (blocked[i] || blocked[i + 1]) continue;
    const headFirst = isHead(tokens[i]) && isNumber(tokens[i + 1]);
    const numberFirst = isNumber(tokens[i]) && isHead(tokens[i + 1]);
    if (!headFirst && !numberFirst) continue;
    // "Plan 2025" is a year, "Project 500 km" a measure: the number stands alone.
    const next = tokens[i + 2];
    if (headFirst && (isNameWord(next) || /^\d/.test(next?.text ?? ""))) continue;
    if (MEASURES.test(next?.lower ?? "")) continue;
    // "Project 985's Innovation Platform" is a programme of its own, read whole by the name finder.
    if (/^['\u2019]s?$/.test(next?.text ?? "") && isNameWord(tokens[i + 3])) continue;
    const head = headFirst ? i : i + 1;
    found.push({
      kind: "Program",
      first: i,
      last: i + 2,
      nucleus: head,
      definite: false,
      quoted: false,
    });
    blocked[i] = true;
    blocked[i + 1] = true;
    i++;
  }
  return found;
}

/** Words news puts before a business's bare name: "e-commerce giant Alibaba", "drone maker DJI". */
const BUSINESS_DESCRIPTORS = new Set([
  "giant",
  "maker",
  "startup",
  "start-up",
  "firm",
  "producer",
  "manufacturer",
  "retailer",
  "carmaker",
  "automaker",
  "conglomerate",
  "company",
]);

/**
 * "bike-sharing startup Mobike", "internet giant Tencent Holdings": after a lower-case word and a
 * word for a business, capitalised words no other reading took name the business.
 */
export function findDescribedBodies(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let d = 1; d + 1 < tokens.length; d++) {
    const descriptor = tokens[d] as Token;
    const before = tokens[d - 1] as Token;
    if (descriptor.cap || !BUSINESS_DESCRIPTORS.has(descriptor.lower)) continue;
    // "Drone maker X" may open the sentence; elsewhere a capital before is a name of its own.
    if (!before.word || before.number || (before.cap && d - 1 > 0)) continue;
    const first = d + 1;
    let last = first;
    while (last < tokens.length && last - first < 4 && !taken[last] && isNameWord(tokens[last]))
      last++;
    if (last === first) continue;
    found.push(takeBody(first, last, taken));
  }
  return found;
}

/** Words that say the capitalised words after them title a creative work: "the film Red Sorghum". */
const WORK_DESCRIPTORS = new Set([
  "project",
  "video",
  "film",
  "movie",
  "documentary",
  "novel",
  "book",
  "drama",
  "opera",
  "song",
  "album",
  "series",
  "play",
  "poem",
  "novella",
  "animation",
  "co-production",
]);
/** "film", "novel": a lower-case word for a work, which may stand before its title. */
export function isWorkDescriptor(lower: string): boolean {
  return WORK_DESCRIPTORS.has(lower);
}

/** Lower-case words a title may hold between capitalised ones: "The Story of Qiu Ju". */
const TITLE_LINKS = new Set(["of", "the", "at", "in", "and", "from", "to", "for", "a", "on"]);

/**
 * "the film Red Sorghum", "his novel White Deer Field": after a lower-case word for a work, the
 * capitalised words no other reading took (with the small words between them) title the work.
 */
export function findDescribedWorks(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let d = 1; d + 1 < tokens.length; d++) {
    const descriptor = tokens[d] as Token;
    if (descriptor.cap || !WORK_DESCRIPTORS.has(descriptor.lower)) continue;
    const before = tokens[d - 1] as Token;
    // "the team's project Greenfield Water": an owner may stand before the word.
    const owned = before.text === "'s" || before.text === "\u2019s";
    if ((!before.word && !owned) || (before.cap && d - 1 > 0)) continue;
    const last = titleEnd(tokens, taken, d + 1);
    if (last === d + 1) continue;
    found.push(takeBody(d + 1, last, taken, true));
  }
  return found;
}

/**
 * "The Hollin Tunnel project won": capitalised words no other reading took, before the word
 * "project", name a built work; the span takes the word ("Lakeside Sewage Treatment Plant project").
 */
export function findNamedProjects(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let p = 1; p < tokens.length; p++) {
    if (!PROJECT_WORDS.has((tokens[p] as Token).text) || taken[p - 1]) continue;
    let first = p;
    while (first > 0 && p - first < 8 && !taken[first - 1] && isNameWord(tokens[first - 1]))
      first--;
    // "Sixteen projects", "CSCEC project": a count or a body's short form names no work.
    const counted = COUNT_WORD.test((tokens[first] as Token | undefined)?.lower ?? "");
    if (first === p || onlyAnAcronym(tokens, first, p) || counted) continue;
    found.push(takeBody(first, p + 1, taken, true));
  }
  return found;
}

const PROJECT_WORDS = new Set(["project"]);

const TEAM_WORD = /^teams?$/;

/** A double quote (the analysis view writes curly quotes straight). */
function isQuote(token: Token | undefined): boolean {
  return token?.text === '"';
}

/** The opening quote of a quoted run of words closing at `close`, or -1. */
function quotedRunStart(tokens: Token[], close: number, taken: boolean[]): number {
  let q = close - 1;
  while (q >= 0 && close - q <= 10 && !isQuote(tokens[q])) {
    if (taken[q] || !(tokens[q] as Token).word) return -1;
    q--;
  }
  return q >= 0 && isQuote(tokens[q]) && q < close - 1 && tokens[q + 1]?.cap ? q : -1;
}

/**
 * 'the "Rehabilitation Therapy" team won', 'the "Pharmacy" and "Nursing" teams secured': a team
 * named by its project in quotes is a body. Before a plural "teams", each quoted name listed.
 */
export function findQuotedTeams(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let p = 2; p < tokens.length; p++) {
    const team = (tokens[p] as Token).lower;
    if (!TEAM_WORD.test(team) || !isQuote(tokens[p - 1])) continue;
    const open = quotedRunStart(tokens, p - 1, taken);
    if (open < 0) continue;
    found.push(takeBody(open, p + 1, taken));
    if (team !== "teams") continue;
    // Back over list glue to the quoted names before: '"A", "B" and "C" teams'.
    let close = open - 1;
    while (close > 0) {
      let k = close;
      if (tokens[k]?.lower === "and") k--;
      if (tokens[k]?.text === ",") k--;
      if (k === close || !isQuote(tokens[k])) break;
      const start = quotedRunStart(tokens, k, taken);
      if (start < 0) break;
      found.push(takeBody(start, k + 1, taken));
      close = start - 1;
    }
  }
  return found;
}

/** Whether tokens [first, last) are one acronym: a body's short form. */
function onlyAnAcronym(tokens: Token[], first: number, last: number): boolean {
  return last - first === 1 && (tokens[first] as Token).acronym;
}
const COUNT_WORD =
  /^(?:\w+teen|\w+ty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|both|all|these|those|other|its|their)$/;

/** "the Lake Sewage Treatment Plant project": a name read already, then "project", is the work. */
export function extendToProject(tokens: Token[], span: NameSpan): void {
  if (span.kind !== "Organization" || !PROJECT_WORDS.has(tokens[span.last]?.text ?? "")) return;
  // "the KVX project": a body's short form, then "project", is the body's work, not its name.
  if (onlyAnAcronym(tokens, span.first, span.last)) return;
  span.last++;
  span.nucleus = span.last - 1;
  span.creative = true;
}

/** Heads of bodies named after the field they teach or study: "University of technology". */
const FIELD_BODY_HEADS = new Set([
  "university",
  "institute",
  "academy",
  "college",
  "school",
  "laboratory",
  "museum",
]);
/** Fields a school's name ends with that translations leave in lower case. */
const FIELD_WORDS = new Set(
  (
    "technology engineering science sciences medicine agriculture forestry fashion arts art law " +
    "economics finance commerce education physics chemistry biology mathematics geology " +
    "geosciences mining petroleum aeronautics astronautics textiles traditional chinese " +
    "information communications management design architecture music sports health nursing " +
    "pharmacy marine environmental electronic electrical mechanical civil materials energy " +
    "transportation aerospace nuclear industry industrial"
  ).split(" "),
);

/**
 * "Tianjin University of technology", "the Chinese Academy of engineering academicians": a body
 * named after its field goes on past "of" through the field's words when a translation wrote
 * them in lower case (at least one), up to the first word of no field. `occupied` marks the
 * tokens other names took.
 */
export function extendToField(tokens: Token[], span: NameSpan, occupied: boolean[]): void {
  const head = tokens[span.last - 1];
  if (span.kind !== "Organization" || !head || !FIELD_BODY_HEADS.has(head.lower)) return;
  if (tokens[span.last]?.lower !== "of") return;
  let end = span.last + 1;
  let lowerCase = false;
  while (end < tokens.length && !occupied[end]) {
    const token = tokens[end] as Token;
    const joins = token.lower === "and" && FIELD_WORDS.has(tokens[end + 1]?.lower ?? "");
    if (!joins && !FIELD_WORDS.has(token.lower)) break;
    if (!joins && !token.cap) lowerCase = true;
    end++;
  }
  if (!lowerCase || end === span.last + 1 || tokens[end - 1]?.lower === "and") return;
  span.last = end;
}

/**
 * "School of Law", "College of Economics and Law": a field of study closes a body's name ("of"
 * the field, or the last of a list of fields), though "Law" alone would head a document.
 */
function closesAFieldOfStudy(
  tokens: Token[],
  nucleus: number,
  nucleusKind: HeadKind,
  at: number,
): boolean {
  if (nucleusKind !== "Organization" || tokens[nucleus + 1]?.lower !== "of") return false;
  return /^(?:of|and|&|,)$/.test(tokens[at - 1]?.lower ?? "");
}

/**
 * "School of Culture, Media and Law", "College of Acupuncture, Orthopedics and Traumatology": a
 * body named after its fields lists them with commas and "and"; the list, one capitalised word an
 * item, is the rest of its name (a name read inside the list, "Media and Law", goes).
 */
export function extendToFieldList(tokens: Token[], span: NameSpan): void {
  if (span.kind !== "Organization") return;
  const of = span.last - 2;
  if (tokens[of]?.lower !== "of" || !FIELD_BODY_HEADS.has(tokens[of - 1]?.lower ?? "")) return;
  if (!isFieldItem(tokens[span.last - 1])) return;
  let at = span.last;
  for (let items = 0; items < 6; items++) {
    const comma = tokens[at]?.text === ",";
    const next = at + (comma ? 1 : 0);
    const and = tokens[next]?.lower === "and";
    const item = next + (and ? 1 : 0);
    if ((!comma && !and) || !isFieldItem(tokens[item])) return;
    at = item + 1;
    // "X of Agriculture and Chinese Academy of Forestry": a capital after it opens a name.
    if (tokens[at]?.cap) return;
    if (and) {
      span.last = at;
      return;
    }
  }
}

/**
 * One capitalised English word that is no place, no surname, no title and no head but a
 * document's ("Law").
 */
function isFieldItem(token: Token | undefined): boolean {
  if (!token?.cap || token.acronym || !isEnglishWord(token.lower)) return false;
  if (SURNAMES.has(token.lower) || TITLE_WORDS.has(token.lower) || TITLE_BEFORE.has(token.lower))
    return false;
  const head = headKind(token.text);
  return (head === undefined || head === "Document") && !isPlaceName(token.lower);
}

/** Heads of firms, which a rank ("1st", "2nd") opening the line is never part of. */
const FIRM_HEADS = new Set([
  "co",
  "company",
  "group",
  "corporation",
  "corp",
  "ltd",
  "limited",
  "inc",
]);
const NUMERIC_ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;

/** "1st Shan Shan Tea Co.", "2nd Pine Group": a rank before a firm's name is its place on a list. */
export function trimListRank(tokens: Token[], span: NameSpan): void {
  if (span.kind !== "Organization" || span.last - span.first <= 2) return;
  if (!NUMERIC_ORDINAL.test(tokens[span.first]?.text ?? "") || !tokens[span.first + 1]?.cap) return;
  if (!tokens.slice(span.first, span.last).some((t) => FIRM_HEADS.has(t.lower))) return;
  span.first++;
  if (span.nucleus < span.first) span.nucleus = span.first;
}

/** "Xujiahui Observatory in China": the country after a body says where it is, not who. */
export function trimCountryAfter(tokens: Token[], span: NameSpan): void {
  const n = span.last;
  if (span.kind !== "Organization" || n - span.first <= 3) return;
  if (tokens[n - 2]?.lower !== "in" || tokens[n - 1]?.text !== "China") return;
  if (headKind(tokens[n - 3]?.text ?? "") !== "Organization") return;
  span.last = n - 2;
  if (span.nucleus >= span.last) span.nucleus = span.last - 1;
}

/** Verbs that say who made a creative work: "X, directed by Y, won". */
const CREATIVE_MAKER_VERBS = new Set([
  "directed",
  "written",
  "authored",
  "composed",
  "illustrated",
  "choreographed",
]);

/**
 * "Winter Harbour, directed by Ma Lin, won ...": capitalised words opening the sentence, then a
 * comma and who made them, title a work.
 */
export function findMadeWorks(tokens: Token[], taken: boolean[]): NameSpan[] {
  const last = titleEnd(tokens, taken, 0);
  if (last === 0 || tokens[last]?.text !== ",") return [];
  const verb = tokens[last + 1];
  if (!verb || !CREATIVE_MAKER_VERBS.has(verb.lower) || tokens[last + 2]?.lower !== "by") return [];
  return [takeBody(0, last, taken, true)];
}

/** Where a title of capitalised words opening at `first` ends: up to eight words. */
function titleEnd(tokens: Token[], taken: boolean[], first: number): number {
  let last = first;
  for (let i = first; i < tokens.length && i - first < 8 && !taken[i]; i++) {
    const token = tokens[i] as Token;
    if (token.word && (token.cap || token.number) && !isDateMonth(token)) last = i + 1;
    else if (!(token.word && TITLE_LINKS.has(token.lower) && last > first)) break;
  }
  return last;
}

/**
 * "include Zentorra, KVX and Dongling Merchants Group": beside a body the text named, in the same list,
 * one to four capitalised words no other reading took name a body too. Words that are all English
 * ("Meanwhile", "Apple") or a place stay out.
 */
export function findBodiesListedBeside(
  tokens: Token[],
  taken: boolean[],
  bodies: readonly NameSpan[],
): NameSpan[] {
  const found: NameSpan[] = [];
  for (const body of bodies) {
    if (body.kind !== "Organization") continue;
    for (let at = body.last; ; ) {
      const first = afterListGlue(tokens, at);
      if (first === at) break;
      const next = bodies.find((b) => b.first === first && b.kind === "Organization");
      const last = next ? next.last : headlessItemAt(tokens, taken, first);
      if (last <= first) break;
      if (!next) found.push(takeBody(first, last, taken));
      at = last;
    }
    for (let at = body.first; ; ) {
      const end = beforeListGlue(tokens, at);
      if (end === at) break;
      const previous = bodies.find((b) => b.last === end && b.kind === "Organization");
      const first = previous ? previous.first : headlessItemEndingAt(tokens, taken, end);
      if (first < 0 || first >= end) break;
      if (!previous) found.push(takeBody(first, end, taken));
      at = first;
    }
  }
  return found;
}

/** Words that may open a team's lower-case name: "the", "its", a list's comma. */
const TEAM_OPENERS = new Set(["the", "a", "an", "its", "their", "our", "and", ",", ";", ":"]);

/** The first of up to four lower-case words before a team word at `team`, opened as a name is. */
function teamWordsStart(tokens: Token[], team: number): number {
  let first = team;
  while (team - first < 4) {
    const previous = tokens[first - 1];
    if (!previous?.word || previous.cap || previous.number || TEAM_OPENERS.has(previous.lower))
      break;
    // "A and his team from X": the team is A's, read with A.
    if (previous.lower === "his" || previous.lower === "her") return -1;
    first--;
  }
  const opener = tokens[first - 1];
  return !opener || TEAM_OPENERS.has(opener.lower) ? first : -1;
}

/**
 * "the innovation team of Lanxi Power Company", "Lanxi Power Company's innovation team": a team
 * of a body is a body of its own, with the body as its parent (read as the complement or owner).
 * The body's span becomes the team's.
 */
export function widenToTeams(tokens: Token[], spans: NameSpan[]): void {
  for (const span of spans) {
    // (The body's own complement is read again inside the team's: "team of the School of Arts".)
    if (span.kind !== "Organization" || span.owner !== undefined) continue;
    if (widenToQuotedTeam(tokens, span) || widenToTrailingTeam(tokens, span)) continue;
    if (!widenToTeamOf(tokens, span)) widenToOwnedTeam(tokens, span);
  }
}

/** "a Tongji University team won": the body's team, named by the body. */
function widenToTrailingTeam(tokens: Token[], span: NameSpan): boolean {
  if (!/^(?:a|an|the)$/i.test(tokens[span.first - 1]?.text ?? "")) return false;
  if (!TEAM_WORD.test(tokens[span.last]?.text ?? "") || !teamOfItsOwn(tokens, span.last + 1))
    return false;
  span.last++;
  span.nucleus = span.last - 1;
  return true;
}

/** 'the "Smart Farm" team': a quoted name read as a body is the team's. */
function widenToQuotedTeam(tokens: Token[], span: NameSpan): boolean {
  if (
    !isQuote(tokens[span.first - 1]) ||
    !isQuote(tokens[span.last]) ||
    !TEAM_WORD.test(tokens[span.last + 1]?.lower ?? "")
  )
    return false;
  span.first--;
  span.last += 2;
  span.nucleus = span.last - 1;
  return true;
}

/** "team of X", "team from the X": the body becomes the team's complement. False when not so written. */
function widenToTeamOf(tokens: Token[], span: NameSpan): boolean {
  const link = tokens[span.first - 1]?.lower === "the" ? span.first - 2 : span.first - 1;
  if (tokens[link - 1]?.text !== "team" || !/^(?:of|from|at)$/.test(tokens[link]?.lower ?? ""))
    return false;
  const first = teamWordsStart(tokens, link - 1);
  if (first >= 0) {
    span.complement = span.first;
    span.nucleus = link - 1;
    span.first = first;
  }
  return true;
}

/** "X's innovation team": the body becomes the team's owner. */
function widenToOwnedTeam(tokens: Token[], span: NameSpan): void {
  const possessive = tokens[span.last]?.text === "'s" || tokens[span.last]?.text === "\u2019s";
  if (!possessive || span.complement !== undefined) return;
  let team = span.last + 1;
  while (
    team - span.last <= 4 &&
    tokens[team]?.word &&
    !tokens[team]?.cap &&
    tokens[team]?.text !== "team"
  )
    team++;
  if (tokens[team]?.text !== "team") return;
  span.owner = span.last;
  span.nucleus = team;
  span.last = team + 1;
}

/** Plural words for bodies a text counts before listing them: "two enterprises, A and B". */
const COUNTED_BODIES = new Set([
  "enterprises",
  "companies",
  "firms",
  "units",
  "schools",
  "hospitals",
  "universities",
  "colleges",
  "institutions",
  "organizations",
  "organisations",
  "groups",
  "brands",
]);

/**
 * Where a list of bodies starts after "N enterprises (in our city)," and whether it names some of
 * them ("N enterprises, including A" / "such as A"), or undefined.
 */
function countedBodiesList(
  tokens: Token[],
  noun: number,
): { start: number; some: boolean } | undefined {
  const count = tokens[noun - 1];
  const counted = count?.number || COUNT_WORDS.has(count?.lower ?? "");
  if (!counted && !(COUNT_WORDS.has(tokens[noun - 2]?.lower ?? "") && !tokens[noun - 1]?.cap))
    return undefined;
  // "in our city", "of the group", "from Lanxi": a short qualifier up to the comma.
  let comma = noun + 1;
  if (COMPLEMENT_OPENERS.has(tokens[comma]?.lower ?? ""))
    while (comma - noun < 6 && tokens[comma] && tokens[comma]?.text !== ",") comma++;
  const some = someOfThemAt(tokens, tokens[comma]?.text === "," ? comma + 1 : comma);
  if (some > 0) return { start: some, some: true };
  return tokens[comma]?.text === "," ? { start: comma + 1, some: false } : undefined;
}

/** The token after "including" or "such as" at `at`, or 0 when neither opens there. */
function someOfThemAt(tokens: Token[], at: number): number {
  if (tokens[at]?.lower === "including") return at + 1;
  if (tokens[at]?.lower === "such" && tokens[at + 1]?.lower === "as") return at + 2;
  return 0;
}

/**
 * "Two enterprises in our city, Hetian Steel and Lanxi Paper, were ...": after a count of bodies,
 * the bare names listed in apposition are those bodies (names read already stay as they are).
 */
export function findBodiesAfterCount(
  tokens: Token[],
  taken: boolean[],
  bodies: readonly NameSpan[],
): NameSpan[] {
  const found: NameSpan[] = [];
  for (let noun = 1; noun < tokens.length; noun++) {
    if (!COUNTED_BODIES.has((tokens[noun] as Token).lower)) continue;
    const list = countedBodiesList(tokens, noun);
    if (!list) continue;
    const { start } = list;
    // Every item of the list is counted; only the ones no other reading took are new bodies.
    let listed = 0;
    const fresh: Array<[number, number]> = [];
    for (let at = start; ; listed++) {
      const first = listed === 0 ? at : afterListGlue(tokens, at);
      if (listed > 0 && first === at) break;
      const read = bodies.find((b) => b.first === first && b.kind === "Organization");
      const last = read ? read.last : headlessItemAt(tokens, taken, first);
      if (last <= first) break;
      if (!read) fresh.push([first, last]);
      at = last;
    }
    if (fresh.length === 0 || (listed < 2 && !someNamed(tokens, list.some, fresh))) continue;
    for (const [first, last] of fresh) found.push(takeBody(first, last, taken));
  }
  return found;
}

/**
 * "Three firms, including Jiahe Textile, were": one body named of those counted is a body when
 * its name has two words or more and is no place's or English words alone.
 */
function someNamed(tokens: Token[], some: boolean, fresh: Array<[number, number]>): boolean {
  const [only] = fresh;
  if (!some || fresh.length !== 1 || !only) return false;
  return only[1] - only[0] >= 2 && bareBodyName(tokens, only[0], only[1]);
}

/** A body (or, `creative`, a work) named by tokens [first, last), which it takes. */
function takeBody(first: number, last: number, taken: boolean[], creative = false): NameSpan {
  for (let i = first; i < last; i++) taken[i] = true;
  const span: NameSpan = organizationSpan(first, last, last - 1);
  if (creative) span.creative = true;
  return span;
}

/** The token after list glue ("," / "and" / ", and") at `at`, or `at` when there is none. */
function afterListGlue(tokens: Token[], at: number): number {
  let k = at;
  if (tokens[k]?.text === ",") k++;
  if (tokens[k]?.lower === "and") k++;
  return k;
}

/** The token where list glue ending at `at` starts, or `at` when there is none. */
function beforeListGlue(tokens: Token[], at: number): number {
  let k = at;
  if (tokens[k - 1]?.lower === "and") k--;
  if (tokens[k - 1]?.text === ",") k--;
  return k;
}

/** Whether tokens [first, last) could be a body's bare name: not all English, no place, no month. */
function bareBodyName(tokens: Token[], first: number, last: number): boolean {
  if (last - first === 1 && (tokens[first] as Token).text.length < 2) return false;
  let english = true;
  for (let t = first; t < last; t++) {
    const token = tokens[t] as Token;
    if (MONTH_NAMES.has(token.lower) || isPlaceName(token.lower)) return false;
    english &&= isEnglishWord(token.lower);
  }
  return !english;
}

/** Words after which a name goes on: "Vice-Chair of the Society" is no item of a list. */
const COMPLEMENT_OPENERS = new Set(["of", "for", "in", "at", "from", "on", "to", "with"]);

/**
 * The end of an untaken run of one to four name words opening at `first` that ends an item: the
 * list goes on or the clause does after it ("Hollin (East) Park": a bracket continues a name).
 */
function headlessItemAt(tokens: Token[], taken: boolean[], first: number): number {
  let last = first;
  while (last - first < 4 && !taken[last] && isNameWord(tokens[last])) last++;
  const next = tokens[last];
  const itemEnds =
    !next ||
    /^[,.;:]$/.test(next.text) ||
    (next.word && !next.cap && !COMPLEMENT_OPENERS.has(next.lower));
  if (last === first || !itemEnds) return first;
  return bareBodyName(tokens, first, last) ? last : first;
}

/** The start of an untaken run of one to four name words ending at `end`, or -1. */
function headlessItemEndingAt(tokens: Token[], taken: boolean[], end: number): number {
  let first = end;
  while (first > 0 && end - first < 4 && !taken[first - 1] && isNameWord(tokens[first - 1]))
    first--;
  if (first === end || (first > 0 && isNameWord(tokens[first - 1]))) return -1;
  return bareBodyName(tokens, first, end) ? first : -1;
}

/** A place named by the one word at token `i`. */
export function oneWordPlace(i: number): NameSpan {
  return { kind: "Place", first: i, last: i + 1, nucleus: i, definite: false, quoted: false };
}

/** Verbs that say a subject won something: "X won", "X has received". */
const ACTIVE_HONORED_VERBS = new Set([
  "won",
  "wins",
  "received",
  "receives",
  "obtained",
  "gained",
  "became",
  "earned",
  "clinched",
  "bagged",
  "secured",
  "retained",
  "ranked",
  "ranks",
  "topped",
  "entered",
]);
/** Verbs that say a subject was honored: "X was named", "X Awarded", "X has been certified", "X won". */
const HONORED_VERBS = new Set([
  "named",
  "crowned",
  "awarded",
  "selected",
  "rated",
  "designated",
  "recognized",
  "recognised",
  "identified",
  "listed",
  "accredited",
  "certified",
  "granted",
  "honored",
  "honoured",
  "approved",
  "shortlisted",
  "registered",
  "inscribed",
  ...ACTIVE_HONORED_VERBS,
]);
const AUXILIARY_WORDS = new Set(["was", "were", "is", "are", "has", "have", "had", "been", "be"]);
const VERB_ADVERBS = new Set([
  "also",
  "officially",
  "recently",
  "successfully",
  "newly",
  "formally",
  "jointly",
  "again",
  "all",
  "finally",
  "just",
  "once",
  "previously",
  "successively",
]);

/** Where the subject before an honoring verb group ends (its first token), or -1 when none is there. */
function subjectEndBefore(tokens: Token[], verb: number, headline: boolean): number {
  let k = verb;
  while (k > 0) {
    const lower = (tokens[k - 1] as Token).lower;
    if (!AUXILIARY_WORDS.has(lower) && !VERB_ADVERBS.has(lower)) break;
    k--;
  }
  // A bare past participle is a passive only in a headline ("X Awarded ...", "X named among ..."):
  // capitalised there, or in a line the segmenter took for a headline.
  const verbToken = tokens[verb] as Token;
  if (k === verb && !ACTIVE_HONORED_VERBS.has(verbToken.lower) && !verbToken.cap && !headline)
    return -1;
  return k;
}

const PRONOUNS = new Set([
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "his",
  "her",
  "its",
  "their",
  "our",
]);

/**
 * One to four untaken capitalised words ending before `end`: the start, or -1. A one-word place
 * inside the run is part of the name ("Lan River Hunan Liquor"), not where it ends.
 */
function headlessItemBefore(
  tokens: Token[],
  taken: boolean[],
  end: number,
  verb: number,
  places: ReadonlySet<number>,
): number {
  let first = end;
  while (first > 0 && end - first < 4) {
    const previous = tokens[first - 1] as Token;
    const inside =
      places.has(first - 1) && first < end && !taken[first - 2] && isNameWord(tokens[first - 2]);
    if ((taken[first - 1] && !inside) || !isNameWord(previous) || isDateMonth(previous)) break;
    if (PRONOUNS.has(previous.lower)) break;
    first--;
  }
  if (first === end) return -1;
  const last = tokens[end - 1] as Token;
  // "Chinese Scientists Awarded", "Students were named": in a headline or alone at the start, a
  // plural common noun is a group, not a name.
  const plural = !last.acronym && /[^s]s$/.test(last.text) && last.text.length > 3;
  const headline = (tokens[verb] as Token).cap;
  if (plural && (headline || (first === 0 && end - first === 1))) return -1;
  if (/ly$/.test((tokens[first] as Token).lower)) return -1;
  // "Chemist, Bioengineer Honored", "Cotton Product Awarded": English nouns, no name.
  let english = true;
  for (let t = first; t < end && english; t++) english = isEnglishWord((tokens[t] as Token).lower);
  if (english) return -1;
  return first;
}

/**
 * "Tengmar, Huaxel, KMV and TRQ won": an item the names read already ("KMV") stays in the list
 * of headless ones; the start of its run of name words, or -1 when `end` follows none.
 */
function readItemBefore(tokens: Token[], taken: boolean[], end: number): number {
  let first = end;
  while (first > 0 && end - first < 6 && taken[first - 1] && isNameWord(tokens[first - 1])) first--;
  return first < end ? first : -1;
}

/**
 * Bodies named without a head noun, as the subject of a verb of honoring: "Defond has been
 * certified ...", "Ashgrove Tools, Birch Pumps and Cedar Pharma were named ...". Brand names carry
 * no "Company" or "Museum"; the verb says they are holders. Items of one to four capitalised words,
 * listed with "," and "and", opening the clause.
 */
export function findNamedSubjects(
  tokens: Token[],
  taken: boolean[],
  headline = false,
  places: ReadonlySet<number> = new Set(),
): NameSpan[] {
  const found: NameSpan[] = [];
  for (let verb = 1; verb < tokens.length; verb++) {
    if (!HONORED_VERBS.has((tokens[verb] as Token).lower)) continue;
    const end = subjectEndBefore(tokens, verb, headline);
    if (end <= 0) continue;
    const items: Array<[number, number]> = [];
    let itemEnd = end;
    let listStart = end;
    for (;;) {
      const read = readItemBefore(tokens, taken, itemEnd);
      const first = read >= 0 ? read : headlessItemBefore(tokens, taken, itemEnd, verb, places);
      if (first < 0) break;
      listStart = first;
      if (read < 0) items.push([first, itemEnd]);
      let k = first;
      if (tokens[k - 1]?.lower === "and") k--;
      if (tokens[k - 1]?.text === ",") k--;
      if (k === first) break;
      itemEnd = k;
    }
    // The list opens the clause: nothing but punctuation before it, read items included
    // ("Lake Park and Nanhu Bridge won": the list starts at "Lake").
    if (items.length === 0 || (tokens[listStart - 1]?.word ?? false)) continue;
    for (const [first, last] of items) {
      // "Professor Aruna Kumar won", "Mr Qiao is praised": after a personal title, a person.
      const titled = TITLE_BEFORE.has((tokens[first] as Token).lower) ? first + 1 : first;
      const span = takeBody(titled, last, taken);
      if (titled > first || titledBefore(tokens, first)) span.kind = "Person";
      if (span.last > span.first) found.push(span);
    }
  }
  return found;
}
