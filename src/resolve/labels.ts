// Labels of a merged entity: the name most of its mentions use, and the majority of any attribute.
import { singular } from "../extract/lexicon.ts";

/** The most frequent value; ties go to the smallest string, so input order does not show. */
export function majority<T extends string>(values: T[]): T | undefined {
  // Most clusters hold one mention, or mentions that agree: no tally needed.
  if (values.every((v) => v === values[0])) return values[0];
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The most used full name; ties go to names that start with a capital, then the longer, then A-Z. */
export function chooseLabel(names: string[], preferSingular = false): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  if (counts.size === 1) return names[0] as string;
  // An honor is named in the singular ("... Education Base"), though lists name it in the plural.
  const singularScore = (name: string) => {
    if (!preferSingular) return 0;
    const last = (name.split(/\s+/).pop() ?? "").toLowerCase();
    return singular(last) === last ? 1 : 0;
  };
  // Scored once per name, not once per comparison.
  const scored = [...counts.entries()].map(([name, count]) => ({
    name,
    count,
    capital: Number(/^[A-Z"]/.test(name)),
    singular: singularScore(name),
  }));
  return scored.sort(
    (a, b) =>
      b.capital - a.capital ||
      b.singular - a.singular ||
      b.count - a.count ||
      b.name.length - a.name.length ||
      (a.name < b.name ? -1 : 1),
  )[0]?.name as string;
}
