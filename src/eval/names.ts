// How the quality report compares names: normalised forms, and a holder's name with or without
// the place written after it.

/** Name normalisation for matching: case, quotes, punctuation, "the", "&", plural "s". */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"'`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((w) => w && w !== "the")
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .join(" ");
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
