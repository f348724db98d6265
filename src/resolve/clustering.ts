// Clustering: candidate links are replayed into a union-find, surer links first, that refuses any
// union an owl:differentFrom override forbids; owl:sameAs overrides are joined last.
import { type KeyTable, LINK_RANK, type Link } from "./key-table.ts";
import { neverMergeReason } from "./never-merge.ts";
import { describeRef, type OverrideKeys } from "./override-keys.ts";
import type { Override } from "./overrides.ts";
import { ConstrainedUnionFind } from "./union-find.ts";

/** A link that was made, kept as merge evidence of the cluster its key ends in. */
export interface AcceptedLink {
  key: string;
  why: string;
}

/** A link a never-merge rule refused: the two keys, the link's reason and the rule's. */
export interface KeptApart {
  a: string;
  b: string;
  why: string;
  rule: string;
}

export interface Clustering {
  uf: ConstrainedUnionFind;
  accepted: AcceptedLink[];
  keptApart: KeptApart[];
}

export function clusterKeys(
  table: KeyTable,
  overrides: Override[],
  overrideKeys: OverrideKeys,
  diagnostics: string[],
): Clustering {
  const uf = new ConstrainedUnionFind();
  for (const key of table.classOf.keys()) uf.add(key);
  forbidDifferent(uf, overrides, overrideKeys, diagnostics);
  const accepted: AcceptedLink[] = [];
  const keptApart: KeptApart[] = [];
  const names = new ClusterNames(table);
  const join = (a: string, b: string, why: string, inferred = false): boolean => {
    if (uf.find(a) === uf.find(b)) {
      accepted.push({ key: a, why });
      return true;
    }
    const conflict = uf.conflict(a, b);
    if (conflict) {
      diagnostics.push(
        `not merged (${why}): overrides say ${conflict[0]} owl:differentFrom ${conflict[1]}`,
      );
      return false;
    }
    const rule = inferred ? names.conflict(uf.find(a), uf.find(b)) : undefined;
    if (rule) {
      keptApart.push({ a, b, why, rule });
      return false;
    }
    const [ra, rb] = [uf.find(a), uf.find(b)];
    names.merge(ra, rb, uf.union(a, b));
    accepted.push({ key: a, why });
    return true;
  };
  for (const l of [...table.links].sort(replayOrder))
    join(l.a, l.b, l.why, l.rank !== LINK_RANK.label);
  joinSame(join, overrides, overrideKeys, diagnostics);
  return { uf, accepted, keptApart };
}

/**
 * Surer links first; within a rank by keys, so which of two rival links wins does not depend on
 * the order announcements were read in.
 */
function replayOrder(x: Link, y: Link): number {
  return x.rank - y.rank || compare(x.a, y.a) || compare(x.b, y.b);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Prefixes whose names the never-merge rules read. */
const RULED = new Set(["org", "honor", "program", "place"]);

/** The names (as key words) each cluster holds, by type prefix, to check never-merge rules. */
class ClusterNames {
  private readonly byRoot = new Map<string, string[]>();

  constructor(table: KeyTable) {
    for (const [key, cls] of table.classOf) {
      if (cls !== "name" && cls !== "scoped") continue;
      const colon = key.indexOf(":");
      const prefix = key.slice(0, colon);
      if (!RULED.has(prefix)) continue;
      const rest = key.slice(colon + 1);
      this.byRoot.set(key, [
        `${prefix}:${cls === "scoped" ? rest.slice(rest.indexOf("|") + 1) : rest}`,
      ]);
    }
  }

  /** The first rule that tells a name of one cluster from a name of the other, if any. */
  conflict(ra: string, rb: string): string | undefined {
    for (const x of this.byRoot.get(ra) ?? [])
      for (const y of this.byRoot.get(rb) ?? []) {
        const colon = x.indexOf(":");
        if (x.slice(0, colon + 1) !== y.slice(0, colon + 1)) continue;
        const rule = neverMergeReason(x.slice(colon + 1), y.slice(colon + 1));
        if (rule) return rule;
      }
    return undefined;
  }

  merge(ra: string, rb: string, root: string): void {
    const merged = [...(this.byRoot.get(ra) ?? []), ...(this.byRoot.get(rb) ?? [])];
    this.byRoot.delete(ra);
    this.byRoot.delete(rb);
    if (merged.length > 0) this.byRoot.set(root, [...new Set(merged)]);
  }
}

/** The keys of both sides of an override, or undefined (with a diagnostic) when one side is empty. */
function sidesOf(
  override: Override,
  overrideKeys: OverrideKeys,
  diagnostics: string[],
): [string[], string[]] | undefined {
  const as = overrideKeys.keysFor(override.a);
  const bs = overrideKeys.keysFor(override.b);
  if (as.length > 0 && bs.length > 0) return [as, bs];
  const property = override.kind === "same" ? "owl:sameAs" : "owl:differentFrom";
  diagnostics.push(
    `override ${describeRef(override.a)} ${property} ${describeRef(override.b)} matches no entity on the ${as.length === 0 ? "left" : "right"}`,
  );
  return undefined;
}

function forbidDifferent(
  uf: ConstrainedUnionFind,
  overrides: Override[],
  overrideKeys: OverrideKeys,
  diagnostics: string[],
): void {
  for (const override of overrides) {
    if (override.kind !== "different") continue;
    const sides = sidesOf(override, overrideKeys, diagnostics);
    if (!sides) continue;
    for (const a of sides[0])
      for (const b of sides[1]) {
        if (overrideKeys.prefixOf(a) !== overrideKeys.prefixOf(b)) continue;
        if (a === b)
          diagnostics.push(
            `override ${describeRef(override.a)} owl:differentFrom ${describeRef(override.b)} cannot split one name (${a}); use entity IRIs or other names`,
          );
        else uf.forbid(a, b);
      }
  }
}

function joinSame(
  join: (a: string, b: string, why: string) => boolean,
  overrides: Override[],
  overrideKeys: OverrideKeys,
  diagnostics: string[],
): void {
  for (const override of overrides) {
    if (override.kind !== "same") continue;
    const sides = sidesOf(override, overrideKeys, diagnostics);
    if (!sides) continue;
    const written = `${describeRef(override.a)} owl:sameAs ${describeRef(override.b)}`;
    let joined = false;
    for (const a of sides[0])
      for (const b of sides[1])
        if (overrideKeys.prefixOf(a) === overrideKeys.prefixOf(b))
          joined = join(a, b, `override ${written} in the overrides file`) || joined;
    if (!joined)
      diagnostics.push(`override ${written} joins nothing (different types or forbidden)`);
  }
}
