// Never-merge rules: names that denote a part and its whole, a campus and its university, bodies of
// two places or two tiers of one rating scheme. Inferred links (word order, acronyms, the corpus,
// translation variants) never join two clusters one of these rules tells apart; the authority's
// own labels and the user's overrides are not second-guessed.
import { isPlaceName } from "../extract/lexicon.ts";

/** Why two names (canonical keys: lower-case words) must stay two, or undefined. */
export function neverMergeReason(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  const wa = a.split(" ");
  const wb = b.split(" ");
  return (
    subUnit(wa, wb) ?? campusQualifier(wa, wb) ?? differentPlace(wa, wb) ?? differentTier(wa, wb)
  );
}

/** Head nouns of the parts of a body: schools, institutes, hospitals, committees, branches. */
const UNIT_NOUNS = new Set(
  (
    "school college faculty department institute centre center hospital laboratory lab branch " +
    "committee office station library museum campus division academy subsidiary"
  ).split(" "),
);

/** Words a place qualifier may hold besides the place: "(East China)", "Beijing campus". */
const COMPASS = new Set([
  "east",
  "west",
  "south",
  "north",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "central",
]);

/** Where the shorter name sits inside the longer one, and the words the longer one adds. */
function extension(
  a: string[],
  b: string[],
): { whole: string[]; extra: string[]; atStart: boolean } | undefined {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 2 || short.length === long.length) return undefined;
  const startsWith = short.every((w, i) => long[i] === w);
  if (startsWith) return { whole: short, extra: long.slice(short.length), atStart: true };
  const offset = long.length - short.length;
  const endsWith = short.every((w, i) => long[offset + i] === w);
  if (endsWith) return { whole: short, extra: long.slice(0, offset), atStart: false };
  return undefined;
}

/**
 * "School of Life Sciences of X University", "X University's School of Life Sciences" and
 * "Institute of Botany, X Academy" are parts of X, not X.
 */
function subUnit(a: string[], b: string[]): string | undefined {
  const found = extension(a, b);
  if (!found?.extra.some((w) => UNIT_NOUNS.has(w))) return undefined;
  return `sub-unit: one name is "${found.whole.join(" ")}" plus a part (${found.extra.join(" ")})`;
}

/**
 * A body named for no place, qualified by one: "China University of Petroleum (East China)" and
 * "(Beijing)" are campuses, not the university; "X Academy Wuhan Branch" is a branch.
 */
function campusQualifier(a: string[], b: string[]): string | undefined {
  const found = extension(a, b);
  if (!found?.atStart) return undefined;
  const qualifier = found.extra.filter((w) => w !== "of" && w !== "in" && w !== "at");
  const names = qualifier.some((w) => COMPASS.has(w) || (isPlaceName(w) && w !== "china"));
  const onlyPlace = qualifier.every((w) => COMPASS.has(w) || isPlaceName(w) || w === "campus");
  // A body that already names its place ("Wuhan X") qualified by its province is still itself.
  if (!names || !onlyPlace || placesOf(found.whole).size > 0) return undefined;
  return `campus or branch: "${found.whole.join(" ")}" qualified by ${qualifier.join(" ")}`;
}

/** Places a name is about: known cities and provinces, and "<word> district|county". */
function placesOf(words: string[]): Set<string> {
  const places = new Set<string>();
  words.forEach((w, i) => {
    if (w !== "china" && isPlaceName(w)) places.add(w);
    const next = words[i + 1];
    if ((next === "district" || next === "county") && w !== "of") places.add(w);
  });
  return places;
}

/** "Wuhan X" and "Changsha X": each names a place the other does not. */
function differentPlace(a: string[], b: string[]): string | undefined {
  const pa = placesOf(a);
  const pb = placesOf(b);
  const onlyA = [...pa].filter((p) => !pb.has(p));
  const onlyB = [...pb].filter((p) => !pa.has(p));
  if (onlyA.length === 0 || onlyB.length === 0) return undefined;
  return `different places: ${onlyA.join(" ")} / ${onlyB.join(" ")}`;
}

const ORDINALS: Record<string, string> = {
  first: "1",
  "1st": "1",
  second: "2",
  "2nd": "2",
  third: "3",
  "3rd": "3",
  fourth: "4",
  "4th": "4",
  fifth: "5",
  "5th": "5",
};
const NUMERALS: Record<string, string> = {
  one: "1",
  i: "1",
  "1": "1",
  two: "2",
  ii: "2",
  "2": "2",
  three: "3",
  iii: "3",
  "3": "3",
};
const TIER_NOUNS = new Set(["class", "grade", "level", "tier", "prize", "category"]);

/** The tier a name gives ("first-class", "Grade II", "second prize", "5A"), or undefined. */
export function tierOf(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if (/^[1-5]a$/.test(w)) return w;
    if (ORDINALS[w] && next && TIER_NOUNS.has(next)) return ORDINALS[w];
    if (TIER_NOUNS.has(w) && next && NUMERALS[next]) return NUMERALS[next];
  }
  return undefined;
}

/** First-, second- and third-class ratings of one scheme are three honors. */
function differentTier(a: string[], b: string[]): string | undefined {
  const ta = tierOf(a);
  const tb = tierOf(b);
  if (ta === undefined || tb === undefined || ta === tb) return undefined;
  return `different tiers: ${ta} / ${tb}`;
}
