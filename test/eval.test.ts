import { describe, expect, test } from "vitest";
import { evaluate, loadGold, normaliseName } from "../src/eval/index.ts";
import { buildGraph, CollectingSink } from "../src/pipeline/index.ts";

describe("quality on the five seed announcements (regression floor)", async () => {
  const gold = await loadGold("data/gold/seeds.json");
  const built = await buildGraph(
    {
      paths: ["data/announcements"],
      authorityPath: "data/authority.ttl",
      overridesPath: "data/overrides.ttl",
    },
    new CollectingSink(),
  );
  const report = await evaluate(built.store, gold);

  test("conferrals F1 >= 0.95", () => {
    expect(report.categories.conferrals?.f1).toBeGreaterThanOrEqual(0.95);
  });

  test("organizations, programmes and people F1 >= 0.9", () => {
    expect(report.categories.organizations?.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.categories.programmes?.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.categories.people?.f1).toBeGreaterThanOrEqual(0.9);
  });

  test("issuers, dates and status are right for every conferral the gold states them for", () => {
    for (const name of ["issuers", "date", "status"]) {
      const a = report.attributes[name];
      expect(a?.stated, name).toBeGreaterThan(0);
      expect(
        a?.right,
        `${name}: ${report.details.filter((d) => d.includes(`: ${name} `)).join("; ")}`,
      ).toBe(a?.stated);
    }
  });

  test("every same-cluster is one entity and every distinct pair two", () => {
    expect(report.linking.failures).toEqual([]);
  });
});

describe("name matching for the quality report", () => {
  test.each([
    [
      "The China Association for Science & Technology",
      "china association for science and technology",
    ],
    ["“Creation” Popular Science Base", "creation popular science base"],
    [
      "National Science Popularization Education Bases",
      "national science popularization education base",
    ],
    ["Xi'an Culture and Tourism Bureau", "xian culture and tourism bureau"],
  ])("%s", (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });
});
