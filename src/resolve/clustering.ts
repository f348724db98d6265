// Clustering: candidate links are replayed into a union-find, surer links first, that refuses any
// union an owl:differentFrom override forbids; owl:sameAs overrides are joined last.
import type { KeyTable } from "./key-table.ts";
import { describeRef, type OverrideKeys } from "./override-keys.ts";
import type { Override } from "./overrides.ts";
import { ConstrainedUnionFind } from "./union-find.ts";

/** A link that was made, kept as merge evidence of the cluster its key ends in. */
export interface AcceptedLink {
  key: string;
  why: string;
}

export interface Clustering {
  uf: ConstrainedUnionFind;
  accepted: AcceptedLink[];
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
  const join = (a: string, b: string, why: string): boolean => {
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
    uf.union(a, b);
    accepted.push({ key: a, why });
    return true;
  };
  const replay = table.links
    .map((l, i) => ({ l, i }))
    .sort((x, y) => x.l.rank - y.l.rank || x.i - y.i);
  for (const { l } of replay) join(l.a, l.b, l.why);
  joinSame(join, overrides, overrideKeys, diagnostics);
  return { uf, accepted };
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
