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

/** "Prof. Sun Jianshe" -> "Sun Jianshe", "President Dr A" -> "A"; a name with no such title as it is. */
export function withoutCourtesyTitle(name: string): string {
  const bare = name.replace(COURTESY_TITLE, "");
  return bare === name ? name : withoutCourtesyTitle(bare);
}
