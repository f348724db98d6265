import { describe, expect, test } from "vitest";
import { memoized } from "../src/extract/memo.ts";

describe("memoized lookups", () => {
  test("computes each key once, also when the answer is undefined", () => {
    const calls: string[] = [];
    const kindOf = memoized((word) => {
      calls.push(word);
      return word === "museum" ? "Organization" : undefined;
    });
    expect(kindOf("museum")).toBe("Organization");
    expect(kindOf("museum")).toBe("Organization");
    expect(kindOf("blue")).toBeUndefined();
    expect(kindOf("blue")).toBeUndefined();
    expect(calls).toEqual(["museum", "blue"]);
  });

  test("stays bounded: past 100,000 keys it starts afresh and still answers right", () => {
    let computed = 0;
    const double = memoized((key) => {
      computed++;
      return `${key}${key}`;
    });
    for (let i = 0; i <= 100_001; i++) double(String(i));
    expect(computed).toBe(100_002);
    expect(double("7")).toBe("77");
    expect(computed).toBe(100_003);
  });
});
