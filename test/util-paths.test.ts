// src/util/paths.ts finds the package's files from the sources (and, alike, from dist/laurel.js).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { packagePath, packageRoot, sourceUrl } from "../src/util/paths.ts";

test("the package root is the folder of package.json and src", () => {
  expect(packageRoot()).toBe(fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, ""));
  expect(existsSync(packagePath("queries", "conferrals.rq"))).toBe(true);
  expect(existsSync(packagePath("ontology", "shapes.ttl"))).toBe(true);
});

test("worker entries are the TypeScript sources, as file URLs", () => {
  const url = sourceUrl("pipeline", "extract-worker.ts");
  expect(url.startsWith("file://")).toBe(true);
  expect(existsSync(fileURLToPath(url))).toBe(true);
});
