// Union-find over string keys, and a variant that refuses unions an owl:differentFrom forbids.

export class UnionFind {
  private readonly parent = new Map<string, string>();

  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  has(key: string): boolean {
    return this.parent.has(key);
  }

  find(key: string): string {
    this.add(key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root) as string;
    let current = key;
    while (current !== root) {
      const next = this.parent.get(current) as string;
      this.parent.set(current, root);
      current = next;
    }
    return root;
  }

  /** Joins two sets; the smaller root string wins so results do not depend on input order. */
  union(a: string, b: string): string {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    if (ra < rb) {
      this.parent.set(rb, ra);
      return ra;
    }
    this.parent.set(ra, rb);
    return rb;
  }

  keys(): string[] {
    return [...this.parent.keys()];
  }
}

/**
 * A union-find that refuses to join two sets holding the two sides of an owl:differentFrom.
 * Only keys named by a constraint are tracked per set, so a check costs the number of constrained
 * keys in the two sets, not the size of the sets.
 */
export class ConstrainedUnionFind extends UnionFind {
  private readonly forbidden = new Map<string, Set<string>>();
  private readonly constrained = new Map<string, string[]>();

  forbid(a: string, b: string): void {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = this.forbidden.get(x) ?? new Set();
      set.add(y);
      this.forbidden.set(x, set);
      const root = this.find(x);
      const list = this.constrained.get(root) ?? [];
      if (!list.includes(x)) list.push(x);
      this.constrained.set(root, list);
    }
  }

  /** The constraint a union of a's and b's sets would break, if any. */
  conflict(a: string, b: string): [string, string] | undefined {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return undefined;
    const la = this.constrained.get(ra);
    const lb = this.constrained.get(rb);
    if (!la || !lb) return undefined;
    const [small, otherRoot] = la.length <= lb.length ? [la, rb] : [lb, ra];
    for (const x of small)
      for (const y of this.forbidden.get(x) ?? []) if (this.find(y) === otherRoot) return [x, y];
    return undefined;
  }

  override union(a: string, b: string): string {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const root = super.union(a, b);
    const other = root === ra ? rb : ra;
    const moved = this.constrained.get(other);
    if (moved) {
      const list = this.constrained.get(root) ?? [];
      list.push(...moved);
      this.constrained.set(root, list);
      this.constrained.delete(other);
    }
    return root;
  }
}
