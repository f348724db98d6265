/**
 * A name folded for lookup: Unicode NFKC, lower case, runs of white space as one space. The map
 * stage writes it as laurel:nameKey and `laurel query` folds --param values the same way, so a
 * name matches whatever its case through an index lookup.
 */
export function nameLookupKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
