// The union-find under clustering: results that do not depend on the order of unions, and unions
// an owl:differentFrom forbids refused however the two sides were reached.
import { describe, expect, test } from "vitest";
import { ConstrainedUnionFind, UnionFind } from "../src/resolve/union-find.ts";

describe("union-find", () => {
  test("the smaller key is the root, whatever the order of unions", () => {
    // given two union-finds fed the same pairs in opposite orders
    const one = new UnionFind();
    const two = new UnionFind();
    // when they join b-c, then a-c (and the reverse)
    one.union("b", "c");
    one.union("c", "a");
    two.union("a", "c");
    two.union("c", "b");
    // then both name "a" the root of all three
    for (const uf of [one, two]) for (const key of ["a", "b", "c"]) expect(uf.find(key)).toBe("a");
  });

  test("keys added alone stay their own set", () => {
    const uf = new UnionFind();
    uf.add("x");
    expect(uf.has("x")).toBe(true);
    expect(uf.has("y")).toBe(false);
    expect(uf.find("x")).toBe("x");
  });
});

describe("constrained union-find", () => {
  test("a forbidden pair cannot meet through other keys", () => {
    // given museum-a and museum-b said to differ
    const uf = new ConstrainedUnionFind();
    uf.forbid("museum-a", "museum-b");
    // when a third key joins museum-a
    uf.union("museum-a", "short form");
    // then joining it to museum-b would break the constraint, and says which
    expect(uf.conflict("short form", "museum-b")).toEqual(["museum-a", "museum-b"]);
    expect(uf.conflict("short form", "elsewhere")).toBeUndefined();
  });

  test("the constraint moves with the set when its root changes", () => {
    const uf = new ConstrainedUnionFind();
    uf.forbid("m", "z");
    uf.union("m", "a"); // "a" becomes the root of m's set
    uf.union("z", "y"); // "y" becomes the root of z's set
    expect(uf.conflict("a", "y")).toEqual(["m", "z"]);
  });
});
