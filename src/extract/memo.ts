// Pure lookups by word or name repeat across sentences and texts: each key is computed once.

const LIMIT = 100_000;

/**
 * `compute` remembered by key, in a map that is emptied when it grows past 100,000 keys (so a
 * long run stays bounded). Only for pure functions of the key.
 */
export function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    if (known.size > LIMIT) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
