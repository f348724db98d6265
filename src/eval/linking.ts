// Linking in the quality report: every gold same-cluster should end as one entity and every
// distinct pair as two. Its own figure counts only clusters whose every mention was extracted.
import type { Gold } from "./gold.ts";
import { namesAfterDescription, normaliseName, withoutCourtesyTitle } from "./names.ts";

export interface LinkingScore {
  right: number;
  total: number;
  extractedRight: number;
  extractedTotal: number;
  failures: string[];
}

/** Entity IRIs by "announcement NUL normalised surface or label". */
export type SurfaceIndex = Map<string, Set<string>>;

export function surfaceKey(doc: string, name: string): string {
  return `${doc}\u0000${normaliseName(name)}`;
}

export function scoreLinking(gold: Gold, surfaceIndex: SurfaceIndex): LinkingScore {
  const linking: LinkingScore = {
    right: 0,
    total: 0,
    extractedRight: 0,
    extractedTotal: 0,
    failures: [],
  };
  // "Prof. Sun Jianshe" in the gold is the person the reader names "Sun Jianshe": the title is no
  // part of the name; nor is a description before it ("Iranian filmmaker Abolfazl Jalili").
  const entitiesFor = (doc: string, surface: string) =>
    surfaceIndex.get(surfaceKey(doc, surface)) ??
    surfaceIndex.get(surfaceKey(doc, withoutCourtesyTitle(surface))) ??
    namesAfterDescription(surface)
      .map((name) => surfaceIndex.get(surfaceKey(doc, name)))
      .find((found) => found !== undefined) ??
    new Set<string>();
  const count = (extracted: boolean, right: boolean, failure: () => string) => {
    linking.total++;
    if (extracted) linking.extractedTotal++;
    if (extracted && right) {
      linking.right++;
      linking.extractedRight++;
    } else linking.failures.push(failure());
  };
  for (const cluster of gold.crossDocument?.same ?? []) {
    const sets = cluster.mentions.map(([doc, surface]) => entitiesFor(doc, surface));
    const common = sets.reduce<Set<string> | undefined>((acc, s) => {
      if (acc === undefined) return new Set(s);
      for (const x of acc) if (!s.has(x)) acc.delete(x);
      return acc;
    }, undefined);
    count(
      sets.every((s) => s.size > 0),
      !!common && common.size > 0,
      () =>
        `same: ${cluster.entity} (${cluster.mentions.map(([d, s]) => `${d}:"${s}"=${[...entitiesFor(d, s)].join("/") || "missing"}`).join(", ")})`,
    );
  }
  for (const [[docA, a], [docB, b]] of gold.crossDocument?.distinct ?? []) {
    const ea = entitiesFor(docA, a);
    const eb = entitiesFor(docB, b);
    count(
      ea.size > 0 && eb.size > 0,
      ![...ea].some((x) => eb.has(x)),
      () =>
        `distinct: "${a}" (${docA}) vs "${b}" (${docB})${ea.size === 0 || eb.size === 0 ? " [a mention is missing]" : " [merged]"}`,
    );
  }
  return linking;
}
