// How the quality report compares names: normalised forms, and a holder's name with or without
// the place written after it.

/** Name normalisation for matching: case, quotes, punctuation, "the", "&", plural "s" and "ies". */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"'`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((w) => w && w !== "the")
    .map(singular)
    .join(" ");
}

/** "cities" -> "city", "museums" -> "museum"; "glass" and short words stay. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

const TRAILING_PLACE =
  /^(.+?\s\S+)\s+(?:in\s+(?:[A-Z][\w'\u2019-]*\s*){1,4}|of\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:City|County|District|Province|Town|Township|Prefecture|Region))$/;

/** "Quyuan Cultural Park in Yueyang" -> "Quyuan Cultural Park"; the name itself when no place trails it. */
export function withoutTrailingPlace(name: string): string {
  return TRAILING_PLACE.exec(name.trim())?.[1] ?? name;
}

/** The same on a normalised name, for " in " only: "quyuan cultural park in yueyang". */
export function withoutTrailingIn(normalised: string): string {
  return /^(\S+\s\S+.*?)\s+in(?:\s\S+){1,4}$/.exec(normalised)?.[1] ?? normalised;
}

const COURTESY_TITLE =
  /^(?:(?:Assistant|Associate|Vice|Deputy)\s+)?(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Madam|Academician|Comrade|President|Chairman|Chairwoman|Director|Dean|Mayor|Secretary)\s+(?=\p{Lu}\p{L}*(?:[\s-]+\p{Lu}[\p{L}.-]*)*$)/u;

// "Iranian filmmaker Abolfazl Jalili", "Denmark's Viktor Axelsen", "appliance maker Hisense": words
// that say who or what, then the name. The lead ends in a lower-case word or a possessive.
// No function word anywhere in the lead: "organizing committee of the X Forum" names the
// committee, "the president of X" the person, "this Chinese city" a city, not X.
const LEAD_WORD = String.raw`(?!(?:of|in|at|for|and|or|from|by|with|to|on|under|the|a|an|this|that|these|those|its|their|his|her|our)\s)`;
// "Xining municipal NLD" is a branch of its own: a level word ends no description.
const NO_LEVEL = String.raw`(?!(?:municipal|provincial|national|county|city|district|town|township|village|state)\s)`;
const DESCRIBED = new RegExp(
  String.raw`^(?:${LEAD_WORD}[\p{L}.-]+\s+)*?(?:${LEAD_WORD}${NO_LEVEL}\p{Ll}[\p{L}-]*|[\p{L}.-]+['\u2019]s)\s+(?=\p{Lu})`,
  "u",
);

/**
 * The names a gold surface may hold after a description that leads it, shortest lead first:
 * "South Korea's An Se-young" -> "Korea's An Se-young", "An Se-young"; none for a plain name.
 */
export function namesAfterDescription(surface: string): string[] {
  const names: string[] = [];
  let rest = surface;
  for (let lead = DESCRIBED.exec(rest); lead; lead = DESCRIBED.exec(rest)) {
    rest = rest.slice(lead[0].length);
    names.push(rest);
  }
  return names;
}

/** "Prof. Sun Jianshe" -> "Sun Jianshe", "President Dr A" -> "A"; a name with no such title as it is. */
export function withoutCourtesyTitle(name: string): string {
  const bare = name.replace(COURTESY_TITLE, "");
  return bare === name ? name : withoutCourtesyTitle(bare);
}
