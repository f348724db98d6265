/**
 * A name folded for lookup: Unicode NFKC, lower case, runs of white space as one space. The map
 * stage writes it as laurel:nameKey and `laurel query` folds --param values the same way, so a
 * name matches whatever its case through an index lookup.
 */
export function nameLookupKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

// "Home > News > Content", "Current location: Homepage >> News", "Homepage » CITY NEWS": where
// the page sits on its site, with the separators of a breadcrumb trail (the reading view writes
// a guillemet as a quote).
const BREADCRUMB =
  /^\s*(?:[\u2022\u00B7]\s*)?(?:(?:your\s+)?current\s+(?:location|position)\s*[:\uFF1A]|home(?:\s*page)?\s*(?:>|\u00BB|\u203A|\||"))/i;

/** A short line that is a breadcrumb trail: it comes before a page's title and is none. */
export function isBreadcrumb(line: string): boolean {
  return line.length <= 160 && BREADCRUMB.test(line);
}
