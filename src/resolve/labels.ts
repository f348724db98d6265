// Labels of a merged entity: the name most of its mentions use, and the majority of any attribute.
import { singular } from "../extract/lexicon.ts";

/** The most frequent value; ties go to the smallest string, so input order does not show. */
export function majority<T extends string>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The most used full name; ties go to names that start with a capital, then the longer, then A-Z. */
export function chooseLabel(names: string[], preferSingular = false): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  // An honor is named in the singular ("... Education Base"), though lists name it in the plural.
  const singularScore = (name: string) => {
    if (!preferSingular) return 0;
    const last = (name.split(/\s+/).pop() ?? "").toLowerCase();
    return singular(last) === last ? 1 : 0;
  };
  return [...counts.entries()].sort(
    (a, b) =>
      Number(/^[A-Z"]/.test(b[0])) - Number(/^[A-Z"]/.test(a[0])) ||
      singularScore(b[0]) - singularScore(a[0]) ||
      b[1] - a[1] ||
      b[0].length - a[0].length ||
      (a[0] < b[0] ? -1 : 1),
  )[0]?.[0] as string;
}
