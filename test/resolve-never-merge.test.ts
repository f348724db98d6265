// Never-merge rules: a part and its whole, a campus and its university, bodies of two places, two
// tiers of one rating scheme stay apart. The rules on names, the rules acting on a link that would
// otherwise merge, and whole announcements (written for these tests) that must link apart.
import { beforeAll, describe, expect, test } from "vitest";
import {
  type Authority,
  loadAuthority,
  nameKey,
  parseAuthority,
  resolveEntities,
} from "../src/resolve/index.ts";
import { neverMergeReason, tierOf } from "../src/resolve/never-merge.ts";
import { extraction } from "./fixtures/linking/mentions.ts";
import { link } from "./fixtures/linking/support.ts";

const org = (name: string) => nameKey("Organization", name);
const honor = (name: string) => nameKey("Honor", name);

describe("the rules on names", () => {
  test.each([
    ["sub-unit", "Harbourside University", "School of Marine Biology of Harbourside University"],
    ["sub-unit", "Harbourside University", "Harbourside University's School of Marine Biology"],
    ["sub-unit", "Harbourside University", "Harbourside University Affiliated Hospital"],
    [
      "sub-unit",
      "Northern Academy of Sciences",
      "Institute of Soil Science, Northern Academy of Sciences",
    ],
    ["sub-unit", "Harbour Science Society", "Popular Science Committee of Harbour Science Society"],
    ["campus", "China University of Petroleum", "China University of Petroleum (East China)"],
    ["campus", "China University of Petroleum", "China University of Petroleum (Beijing)"],
    [
      "campus",
      "China University of Mining and Technology",
      "China University of Mining and Technology, Beijing campus",
    ],
    [
      "different places",
      "Wuhan Science and Technology Museum",
      "Changsha Science and Technology Museum",
    ],
    [
      "different places",
      "Science and Technology Bureau of Hubei Province",
      "Science and Technology Bureau of Hunan Province",
    ],
    ["different places", "Futian District Education Bureau", "Nanshan District Education Bureau"],
  ])("%s: %s / %s", (rule, a, b) => {
    expect(neverMergeReason(org(a), org(b))).toMatch(new RegExp(rule.split(" ")[0] as string));
  });

  test.each([
    ["national first-class museum", "national second-class museum"],
    ["national second-grade museum", "national third-grade museum"],
    ["Grade I Protected Site", "Grade II Protected Site"],
    [
      "National Teaching Achievement Award First Prize",
      "National Teaching Achievement Award Second Prize",
    ],
    ["5A scenic area", "4A scenic area"],
  ])("different tiers: %s / %s", (a, b) => {
    expect(neverMergeReason(honor(a), honor(b))).toMatch(/tiers/);
  });

  test.each([
    // One body, the country or the province said or not.
    ["Ministry of Education", "Ministry of Education of the People's Republic of China"],
    [
      "Wuhan Science and Technology Museum",
      "Wuhan Science and Technology Museum of Hubei Province",
    ],
    // One tier in other words; batches of one honor are one honor.
    ["national first-class museum", "national first-grade museum"],
    ["first batch of national model bases", "second batch of national model bases"],
    // Neither rule's business: told apart (or not) elsewhere.
    ["Qinling Giant Panda Museum", "Qinling Panda Museum"],
  ])("no rule fires: %s / %s", (a, b) => {
    expect(neverMergeReason(org(a), org(b))).toBeUndefined();
  });

  test("tiers read from the ways the genre writes them", () => {
    expect(tierOf(honor("national first-class museum").split(" "))).toBe("1");
    expect(tierOf(honor("Class III Museum").split(" "))).toBe("3");
    expect(tierOf(honor("national 5A-level tourist attraction").split(" "))).toBe("5a");
    expect(tierOf(honor("first batch of model bases").split(" "))).toBeUndefined();
  });
});

describe("the rules acting on links", () => {
  // An authority that lists the university, and a text where its campus is shortened to the
  // university's name: the short form's authority link must not pull the campus in.
  const authority = parseAuthority(
    `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
<https://w3id.org/laurel/authority/petroleum-university> a org:FormalOrganization ;
  skos:prefLabel "China University of Petroleum"@en .`,
    "test.ttl",
  );
  const texts = [
    extraction("campus", [
      "China University of Petroleum (East China)",
      { surface: "China University of Petroleum", antecedent: 0 },
    ]),
    extraction("whole", ["China University of Petroleum"]),
  ];

  test("a campus shortened in its own text stays apart from the university elsewhere", () => {
    const { entityOf } = resolveEntities(texts, { authority });
    expect(entityOf.get("campus#m0")).toBe(entityOf.get("campus#m1"));
    expect(entityOf.get("campus#m0")).not.toBe(entityOf.get("whole#m0"));
    expect(entityOf.get("whole#m0")?.authority).toMatch(/petroleum-university$/);
  });

  test("the refused link is kept with its reason and the rule", () => {
    const { keptApart } = resolveEntities(texts, { authority });
    expect(keptApart).toEqual([
      expect.objectContaining({ rule: expect.stringMatching(/^campus or branch/) }),
    ]);
  });

  test("an owl:sameAs override is the user's word and still merges", () => {
    const { entityOf } = resolveEntities(texts, {
      authority,
      overrides: [
        {
          kind: "same",
          a: { label: "China University of Petroleum (East China)" },
          b: { label: "China University of Petroleum" },
        },
      ],
    });
    expect(entityOf.get("campus#m0")).toBe(entityOf.get("whole#m0"));
  });
});

describe("announcements that must link apart", () => {
  let shipped: Authority;
  beforeAll(async () => {
    shipped = await loadAuthority("data/authority.ttl");
  });
  const texts = {
    part: "Schools honored\n\nThe School of Marine Biology of Harbourside University was named a National Science Popularization Education Base on May 3. Harbourside University congratulated the School.",
    possessive:
      "University news\n\nHarbourside University's School of Marine Biology won the title on May 4. Harbourside University held a ceremony.",
    whole:
      "University news\n\nHarbourside University signed an agreement with the Qinling Museum on May 5.",
    east: "Campus news\n\nChina University of Petroleum (East China) was named a National Science Popularization Education Base on May 3.",
    petroleum:
      "Campus news\n\nChina University of Petroleum signed an agreement with the Qinling Museum on May 5.",
    beijing:
      "Campus news\n\nChina University of Petroleum (Beijing) was named a National Science Popularization Education Base on May 6.",
    wuhan:
      "Places\n\nThe Wuhan Science and Technology Museum was named a Hubei Provincial Science Popularization Education Base on May 3.",
    changsha:
      "Places\n\nThe Science and Technology Museum of Changsha was named a Hunan Provincial Science Popularization Education Base on May 3.",
    first: "Museums rated\n\nThe Lakeside Museum was rated a national first-class museum on May 3.",
    second:
      "Museums rated\n\nThe Hilltop Museum was rated a national second-class museum on May 3.",
    third: "Museums rated\n\nThe Valley Museum was rated a national third-class museum on May 3.",
  };
  const pairs: Array<[string, string, string, string]> = [
    [
      "part",
      "School of Marine Biology of Harbourside University",
      "whole",
      "Harbourside University",
    ],
    [
      "part",
      "Harbourside University",
      "part",
      "School of Marine Biology of Harbourside University",
    ],
    [
      "possessive",
      "Harbourside University's School of Marine Biology",
      "whole",
      "Harbourside University",
    ],
    [
      "east",
      "China University of Petroleum (East China)",
      "petroleum",
      "China University of Petroleum",
    ],
    [
      "beijing",
      "China University of Petroleum (Beijing)",
      "petroleum",
      "China University of Petroleum",
    ],
    [
      "east",
      "China University of Petroleum (East China)",
      "beijing",
      "China University of Petroleum (Beijing)",
    ],
    [
      "wuhan",
      "Wuhan Science and Technology Museum",
      "changsha",
      "Science and Technology Museum of Changsha",
    ],
    [
      "wuhan",
      "Hubei Provincial Science Popularization Education Base",
      "changsha",
      "Hunan Provincial Science Popularization Education Base",
    ],
    ["first", "national first-class museum", "second", "national second-class museum"],
    ["second", "national second-class museum", "third", "national third-class museum"],
    ["first", "national first-class museum", "third", "national third-class museum"],
  ];
  for (const withAuthority of [false, true])
    test.each(pairs)(
      `${withAuthority ? "shipped authority" : "no authority"}: %s "%s" != %s "%s"`,
      (da, a, db, b) => {
        const { entity } = link(texts, withAuthority ? { authority: shipped } : {});
        expect(entity(da, a)).not.toBe(entity(db, b));
      },
    );

  test("the whole is still one entity across texts", () => {
    const { entity } = link(texts, { authority: shipped });
    expect(entity("part", "Harbourside University")).toBe(
      entity("whole", "Harbourside University"),
    );
    expect(entity("possessive", "Harbourside University")).toBe(
      entity("whole", "Harbourside University"),
    );
  });
});
