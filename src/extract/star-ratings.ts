// Ratings in stars as honors: "three Michelin stars", "its first Michelin star", "a one-star
// rating", "the three-star honour". A guide's stars are what a restaurant or a hotel holds, won,
// kept and lost like any title. Only a text that names a guide that rates in stars reads a bare
// "two stars" so: elsewhere stars are people ("two stars of the show") or a flag's.
import type { NameSpan } from "./names.ts";
import type { Token } from "./tokens.ts";

/** Guides whose stars are ratings: their name in a text makes its counted stars honors. */
export const STAR_GUIDES = /\bMichelin\b|\bMICHELIN\b|\bForbes\s+Travel\s+Guide\b/;

const COUNT = /^(?:a|one|two|three|four|five|first|second|third|fourth|fifth|its|their|[1-5])$/;
const GUIDE_WORD = /^michelin$/;
const STAR = /^stars?$/;
/** "three-star", "one-Michelin-star", "three-Michelin-stars": a count and its stars in one token. */
const HYPHENATED = /^(?:one|two|three|four|five|single|double|triple|[1-5])-(?:michelin-)?stars?$/;
/** What a hyphenated rating may be called after it: "a one-star rating", "three-star status". */
const RATING_NOUN = /^(?:rating|status|honou?r|accolade|award)$/;

/**
 * Star ratings among `tokens`, as Honor spans. `guideNamed`: the text names a guide that rates in
 * stars (STAR_GUIDES), so a counted "star" with no guide's name beside it is one too.
 */
export function findStarRatings(
  tokens: Token[],
  blocked: boolean[],
  guideNamed: boolean,
): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i]) continue;
    const end =
      countedStarsEnd(tokens, i, guideNamed) ?? hyphenatedRatingEnd(tokens, i, guideNamed);
    if (end === undefined || tokens.slice(i, end).some((_, k) => blocked[i + k])) continue;
    spans.push({
      kind: "Honor",
      first: i,
      last: end,
      nucleus: end - 1,
      definite: false,
      quoted: false,
    });
    i = end - 1;
  }
  return spans;
}

/** "three Michelin stars", "a star" (where a guide is named): the end of the span at `i`. */
function countedStarsEnd(tokens: Token[], i: number, guideNamed: boolean): number | undefined {
  if (!COUNT.test((tokens[i] as Token).lower)) return undefined;
  const guide = GUIDE_WORD.test(tokens[i + 1]?.lower ?? "");
  const star = tokens[i + (guide ? 2 : 1)];
  if (!star || !STAR.test(star.lower) || (!guide && !guideNamed)) return undefined;
  const end = i + (guide ? 3 : 2);
  // "two stars of the show": stars who are people.
  return tokens[end]?.lower === "of" ? undefined : end;
}

/** "a one-star rating", "the three-Michelin-stars status": the end of the span at `i`. */
function hyphenatedRatingEnd(tokens: Token[], i: number, guideNamed: boolean): number | undefined {
  const token = tokens[i] as Token;
  if (!HYPHENATED.test(token.lower) || !(guideNamed || token.lower.includes("michelin")))
    return undefined;
  const next = tokens[i + 1];
  return next && RATING_NOUN.test(next.lower) ? i + 2 : undefined;
}

/** Words that open a list of the venues a rating went to: "include A, B and C", "They are A, B". */
const LIST_OPENER = /^(?::|include|includes|including|namely|are)$/;
/** Verbs that follow a venue named as the subject of its rating: "Umbrella has climbed". */
const VENUE_VERB =
  /^(?:has|have|had|is|was|joins|joined|retains|retained|keeps|kept|holds|held|remains|won|wins|earned|received|gained|got|unlocks|unlocked|lost|loses|clinched|secured|added|takes|took)$/;
/** Small words inside a venue's name ("Le Patio et La Famille", "Jiang by Chef Tan"). */
const NAME_GLUE = /^(?:de|di|du|del|della|la|le|les|et|e|au|aux|by|at|on|of)$/;
const MAX_VENUE_TOKENS = 10;

/**
 * Restaurants and hotels a text that names a star guide lists with their stars: the items of a
 * list after "include", ":" or "They are" (two or more), and the subject of a sentence that names
 * a star rating ("Umbrella has climbed to three stars"). Most have no head word ("Fu Lan",
 * "Canton 9", "Fern"), so only this context makes them names: Organization spans.
 */
export function findRatedVenues(
  tokens: Token[],
  blocked: boolean[],
  spans: NameSpan[],
): NameSpan[] {
  const taken = blocked.slice();
  for (const span of spans) for (let i = span.first; i < span.last; i++) taken[i] = true;
  const rated = spans.some((s) => s.kind === "Honor" && namesStars(tokens, s));
  const found: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!LIST_OPENER.test((tokens[i] as Token).lower)) continue;
    const followsThey = /^(?:they|these)$/i.test(tokens[i - 1]?.text ?? "");
    if (!rated && !followsThey) continue;
    found.push(...listedVenues(tokens, taken, spans, i + 1));
  }
  const subject = rated ? subjectVenue(tokens, taken) : undefined;
  if (subject) found.push(subject);
  if (rated) found.push(...venuesByKind(tokens, taken));
  return found.filter((span, k) => found.findIndex((o) => o.first === span.first) === k);
}

function namesStars(tokens: Token[], span: NameSpan): boolean {
  return tokens.slice(span.first, span.last).some((t) => /star/.test(t.lower));
}

/** The unread items of a list of two or more venues from `from`, joined by ",", ";" and "and". */
function listedVenues(
  tokens: Token[],
  taken: boolean[],
  spans: NameSpan[],
  from: number,
): NameSpan[] {
  const items: Array<{ first: number; last: number; read: boolean }> = [];
  let at = from;
  for (;;) {
    const read = spans.find((s) => s.first === at);
    const end = read ? read.last : venueRunEnd(tokens, taken, at);
    if (end === at) break;
    items.push({ first: at, last: end, read: read !== undefined });
    // "Bao Xuan (Huangpu)": a branch in brackets after a name read already.
    at = read ? afterBranch(tokens, end) : end;
    if (tokens[at]?.text === "," || tokens[at]?.text === ";") at++;
    if (tokens[at]?.lower === "and") at++;
    else if (tokens[at - 1]?.text !== "," && tokens[at - 1]?.text !== ";") break;
  }
  if (items.length < 2) return [];
  // "Yu Lan; Ming Hall; Bao Xuan": in a list of venues, a run read as a person's name is one too.
  for (const span of spans)
    if (span.kind === "Person" && items.some((item) => item.read && item.first === span.first))
      span.kind = "Organization";
  return items.filter((item) => !item.read).map((item) => venueSpan(item.first, item.last));
}

/** The token after a branch in brackets at `at` ("(Huangpu)"), or `at` when there is none. */
function afterBranch(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== "(" || !tokens[at + 1]?.cap) return at;
  for (let k = at + 1; k < tokens.length && k - at <= 4; k++)
    if (tokens[k]?.text === ")") return k + 1;
  return at;
}

/** A venue's kind in lower case beside its name: "the restaurants A and B", "A restaurant". */
const VENUE_KIND = /^(?:restaurants?|eatery|eateries)$/;

/**
 * "the restaurants Pine au Lac and The Nine kept ...", "Jade Hall restaurant gained ...": names
 * after their kind in the plural or singular, joined by "and", or right before it.
 */
function venuesByKind(tokens: Token[], taken: boolean[]): NameSpan[] {
  const found: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!VENUE_KIND.test((tokens[i] as Token).lower) || (tokens[i] as Token).cap) continue;
    // "the restaurant guide Michelin": a guide, not a venue.
    if (tokens[i + 1]?.lower === "guide") continue;
    const before = venueStartBefore(tokens, taken, i);
    if (before !== undefined && !describesCooking(tokens, before, i))
      found.push(venueSpan(before, i));
    let at = i + 1;
    for (;;) {
      const end = withoutCookingAfter(tokens, at, venueRunEnd(tokens, taken, at));
      if (end === at || describesCooking(tokens, at, end)) break;
      found.push(venueSpan(at, end));
      at = tokens[end]?.lower === "and" ? end + 1 : end;
      if (at === end) break;
    }
  }
  return found;
}

/** A cuisine, a count or the guide's own label: "Cantonese", "Two Western", "Bib Gourmand". */
const COOKING_WORD =
  /^(?:[a-z]+(?:ese|ian|ean|ish)|french|thai|western|eastern|american|mexican|korean|fusion|bib|gourmand|new|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)$/;

/** Whether every word from `first` to `last` describes a kind of cooking or counts, naming no venue. */
function describesCooking(tokens: Token[], first: number, last: number): boolean {
  return tokens.slice(first, last).every((t) => !t.word || COOKING_WORD.test(t.lower));
}

/** "Ultraviolet by French (chef ...)": a cuisine after a small word is no part of the name. */
function withoutCookingAfter(tokens: Token[], first: number, end: number): number {
  const glue = end - 2;
  return glue > first &&
    NAME_GLUE.test((tokens[glue] as Token).text) &&
    COOKING_WORD.test((tokens[end - 1] as Token).lower)
    ? glue
    : end;
}

/** The start of a capitalised run that ends right before `kind`, not opening the sentence with "The". */
function venueStartBefore(tokens: Token[], taken: boolean[], kind: number): number | undefined {
  let first = kind;
  while (first > 0 && !taken[first - 1] && (tokens[first - 1] as Token).cap) first--;
  if (first === kind || SENTENCE_OPENERS.test((tokens[first] as Token).lower)) return undefined;
  return first;
}

/** Capitalised words that open a sentence without naming anything: "It has", "In 2020". */
const SENTENCE_OPENERS =
  /^(?:it|its|they|their|this|these|that|those|the|a|an|in|on|at|for|with|among|of|out|he|she|his|her|we|our|there|here|all|both|each|only|but|and|also|now|then|so)$/;

/** "Umbrella has climbed to three stars": a venue opening the sentence before its verb. */
function subjectVenue(tokens: Token[], taken: boolean[]): NameSpan | undefined {
  if (SENTENCE_OPENERS.test(tokens[0]?.lower ?? "")) return undefined;
  const end = venueRunEnd(tokens, taken, 0);
  if (end === 0) return undefined;
  // "Fern, a Huaiyang eatery, has won ...": an aside between the venue and its verb.
  const aside = tokens[end]?.text === "," ? asideEnd(tokens, end + 1) : end;
  return VENUE_VERB.test(tokens[aside]?.lower ?? "") ? venueSpan(0, end) : undefined;
}

/** Most words of an aside after a venue's name. */
const ASIDE_REACH = 10;

/** The token after the comma that closes an aside opened at `from`, or `from` - 1 when none does. */
function asideEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from <= ASIDE_REACH; k++)
    if (tokens[k]?.text === ",") return k + 1;
  return from - 1;
}

/**
 * The end of a venue's name at `at`: capitalised words and numbers ("Canton 9"), small words
 * between them ("Otto e Mezzo"), a dash between two parts and a branch in brackets ("Lei Yard
 * (Yuexiu)"). `at` itself when no name starts there.
 */
function venueRunEnd(tokens: Token[], taken: boolean[], at: number): number {
  let end = at;
  for (let k = at; k < tokens.length && k - at < MAX_VENUE_TOKENS && !taken[k]; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if ((t.cap && t.word) || (t.number && k > at)) end = k + 1;
    // "Da Marco’s": a possessive ending the name.
    else if (/^[’']$/.test(t.text) && k > at && next?.lower === "s") {
      end = k + 2;
      k++;
    } else if ((NAME_GLUE.test(t.text) || /^[-–]$/.test(t.text)) && k > at && next?.cap) continue;
    else if (t.text === "(" && k > at && next?.cap && tokens[k + 2]?.text === ")") {
      end = k + 3;
      k += 2;
    } else break;
  }
  return end;
}

function venueSpan(first: number, last: number): NameSpan {
  return { kind: "Organization", first, last, nucleus: last - 1, definite: false, quoted: false };
}
