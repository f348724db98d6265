// Translation variants of honors and programmes: each family of the genre's translation pairs
// scored on names, then whole announcements (written for these tests) linked or only suggested;
// pairs that must stay apart stay apart.
import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { nameKey, type Override, resolveEntities } from "../src/resolve/index.ts";
import { MERGE_LINE, scoreVariants } from "../src/resolve/variants.ts";
import { announcement, link } from "./fixtures/linking/support.ts";

const honor = (name: string) => nameKey("Honor", name);
const score = (a: string, b: string) => scoreVariants(honor(a), honor(b));

describe("variant families on names", () => {
  test("a Chinese name in Western order keys surname first: 'Xiaoming Feng', 'Zhi-Hao Zhang'", () => {
    const person = (name: string) => nameKey("Person", name);
    expect(person("Xiaoming Feng")).toBe(person("Feng Xiaoming"));
    expect(person("Zhi-Hao Zhang")).toBe(person("Zhang Zhihao"));
    // Two surnames ("Fan Ma") or a Western name ("Janet Quillane") are keyed as written.
    expect(person("Fan Ma")).not.toBe(person("Ma Fan"));
    expect(person("Janet Quillane")).toBe("janet quillane");
  });

  test("a given name split into its syllables keys as one: 'Tan Mei Ling', 'TAN Meiling'", () => {
    const person = (name: string) => nameKey("Person", name);
    expect(person("Tan Mei Ling")).toBe(person("TAN Meiling"));
    // Hyphenated in front, the given name still comes first: 'Mei-Ling Tan' is Tan Meiling.
    expect(person("Mei-Ling Tan")).toBe(person("Tan Meiling"));
    // Three syllables that do not open with a surname are keyed as before.
    expect(person("Zhi Hao Zhang")).toBe(person("Zhang Zhihao"));
  });

  test("a year before or after an honor is its cohort: '2022 National X' and 'National X of 2015' are X", () => {
    expect(honor("2022 National Wetland Demonstration Zone")).toBe(
      honor("National Wetland Demonstration Zone"),
    );
    expect(honor("City Safe Demonstration Hospital of 2015")).toBe(
      honor("City Safe Demonstration Hospital"),
    );
    // A year alone with one word is kept: it may be all the name there is.
    expect(honor("2022 Award")).not.toBe(honor("Award"));
  });

  test("popular science / science popularization / scientific popularization are one key already", () => {
    const key = honor("Advanced Collective in Science Popularization");
    expect(honor("Advanced Collective in Popular Science")).toBe(key);
    expect(honor("Advanced Collective in Scientific Popularization")).toBe(key);
  });

  test.each([
    [
      "collective / group",
      "National Advanced Collective in Science Popularization",
      "National Advanced Group in Science Popularization",
    ],
    [
      "collective / unit",
      "Provincial Advanced Collective for Science Popularization",
      "Provincial Advanced Unit for Science Popularization",
    ],
    [
      "work left out",
      "Advanced Collective in Science Popularization Work",
      "Advanced Collective in Science Popularization",
    ],
    [
      "work / activities",
      "Advanced Group for Science Popularization Work",
      "Advanced Group for Science Popularization Activities",
    ],
    [
      "group and work at once",
      "National Advanced Collective in Science Popularization",
      "National Advanced Group in Popular Science Work",
    ],
    ["class / grade", "national first-class museum", "national first-grade museum"],
    [
      "demonstration / model and science / scientific, in a title of schools (示范 is surer there)",
      "model school for scientific education",
      "demonstration school in science education",
    ],
    [
      "prepositions only",
      "Advanced Collective in Science Popularization",
      "Advanced Collective for Science Popularization",
    ],
  ])("merged: %s", (_family, a, b) => {
    const scored = score(a, b);
    expect(scored?.score).toBeGreaterThanOrEqual(MERGE_LINE);
  });

  test.each([
    [
      "base / center",
      "National Science Popularization Education Base",
      "National Science Popularization Education Center",
    ],
    [
      "demonstration / model and science / scientific, in a title held by people",
      "model teacher for scientific education",
      "demonstration teacher for science education",
    ],
  ])("only suggested: %s", (_family, a, b) => {
    const scored = score(a, b);
    expect(scored?.score).toBeLessThan(MERGE_LINE);
    expect(scored?.evidence.length).toBeGreaterThan(0);
  });

  test.each([
    [
      "advanced / outstanding",
      "National Advanced Collective in Science Popularization",
      "National Outstanding Collective in Science Popularization",
    ],
    [
      "collective / individual",
      "Advanced Collective in Science Popularization",
      "Advanced Individual in Science Popularization",
    ],
    [
      "collective / worker",
      "Advanced Group in Science Popularization Work",
      "Advanced Worker in Science Popularization Work",
    ],
    [
      "national / provincial",
      "National Advanced Group in Science Popularization",
      "Provincial Advanced Group in Science Popularization",
    ],
    [
      "two places",
      "Hubei Advanced Unit in Science Popularization",
      "Hunan Advanced Collective in Science Popularization",
    ],
    ["two years", "Top Ten Science Communicators of 2021", "Top Ten Science Communicators of 2022"],
    ["two tiers", "national first-class museum", "national second-grade museum"],
    [
      "education / demonstration",
      "Science Popularization Education Base",
      "Science Popularization Demonstration Base",
    ],
  ])("never candidates: %s", (_family, a, b) => {
    expect(score(a, b)).toBeUndefined();
  });

  test("the evidence names each pair the two names differ by, with its weight", () => {
    const scored = score(
      "National Advanced Collective in Science Popularization",
      "National Advanced Group in Popular Science Work",
    );
    expect(scored?.evidence).toEqual([
      "collective/group/unit: collective / group (0.9)",
      "work/activities: none / work (0.85)",
    ]);
    expect(scored?.score).toBe(0.765);
  });
});

describe("variants across announcements", () => {
  const texts = {
    collective:
      "Honors\n\nThe Qinling Museum won the title of National Advanced Collective in Science Popularization on May 3.",
    group:
      "Honors\n\nThe Hilltop Library won the title of National Advanced Group in Popular Science Work on May 4.",
    unit: "Honors\n\nThe Valley School was named a national advanced unit for science popularization activities on May 5.",
    outstanding:
      "Honors\n\nThe Lakeside Museum was named a National Outstanding Collective in Science Popularization on May 5.",
    center:
      "Honors\n\nThe Riverside Garden was named a National Science Popularization Education Center on May 5.",
    base: "Honors\n\nThe Riverside Zoo was named a National Science Popularization Education Base on May 5.",
  };

  test("collective, group and unit variants are one honor, with the scored evidence kept", () => {
    const { entity } = link(texts);
    const honorEntity = entity(
      "collective",
      "National Advanced Collective in Science Popularization",
    );
    expect(entity("group", "National Advanced Group in Popular Science Work")).toBe(honorEntity);
    expect(entity("unit", "national advanced unit for science popularization activities")).toBe(
      honorEntity,
    );
    expect(honorEntity.mergeEvidence.join("\n")).toMatch(/translation variants .*score 0\.\d+/);
  });

  test("'outstanding' is another title than 'advanced'", () => {
    const { entity } = link(texts);
    expect(
      entity("outstanding", "National Outstanding Collective in Science Popularization"),
    ).not.toBe(entity("collective", "National Advanced Collective in Science Popularization"));
  });

  test("a base and a center stay two, and the pair is suggested with both names and the reason", () => {
    const { entity, result } = link(texts);
    const base = entity("base", "National Science Popularization Education Base");
    const center = entity("center", "National Science Popularization Education Center");
    expect(base).not.toBe(center);
    expect(result.suggestions).toEqual([
      expect.objectContaining({
        a: "National Science Popularization Education Base",
        b: "National Science Popularization Education Center",
        score: 0.6,
        why: expect.stringMatching(/base\/center/),
        entities: [base.key, center.key],
      }),
    ]);
  });

  const extractions = Object.entries(texts).map(([id, text]) =>
    extractFacts(announcement(id, text)),
  );
  const collectiveAndGroup = (overrides: Override[]) => {
    const { entityOf } = resolveEntities(extractions, { overrides });
    const of = (id: string) =>
      entityOf.get(
        (extractions.find((e) => e.announcement.id === id)?.mentions ?? []).find(
          (m) => m.kind === "Honor",
        )?.id ?? "",
      );
    return [of("collective"), of("group")];
  };

  test("owl:sameAs accepts a suggestion and owl:differentFrom rejects a variant merge", () => {
    const accepted = resolveEntities(extractions, {
      overrides: [
        {
          kind: "same",
          a: { label: "National Science Popularization Education Base" },
          b: { label: "National Science Popularization Education Center" },
        },
      ],
    });
    expect(accepted.suggestions).toEqual([]);
    const [collective, group] = collectiveAndGroup([
      {
        kind: "different",
        a: { label: "National Advanced Collective in Science Popularization" },
        b: { label: "National Advanced Group in Popular Science Work" },
      },
    ]);
    expect(collective).toBeDefined();
    expect(collective).not.toBe(group);
  });

  test("a rejected suggestion is no longer suggested", () => {
    const rejected = resolveEntities(extractions, {
      overrides: [
        {
          kind: "different",
          a: { label: "National Science Popularization Education Base" },
          b: { label: "National Science Popularization Education Center" },
        },
      ],
    });
    expect(rejected.suggestions).toEqual([]);
  });
});
