// Linking rules, one test per rule: canonical keys, the authority file, within-announcement
// coreference as the linker sees it, cross-announcement blocking keys, near misses that must never
// merge, overrides, determinism and near-linear cost. The announcements are written for these tests.
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, test } from "vitest";
import {
  type Authority,
  alternativeKeys,
  loadAuthority,
  nameKey,
  parseAuthority,
  parseOverrides,
  resolveEntities,
} from "../src/resolve/index.ts";
import { isLocalWithoutPlace } from "../src/resolve/keys.ts";
import type { Evidence, Extraction, Mention } from "../src/types.ts";
import {
  announcement,
  FIXTURES,
  type Linked,
  link,
  mentionsOnly,
} from "./fixtures/linking/support.ts";

let shipped: Authority;
let fixture: Authority;

beforeAll(async () => {
  shipped = await loadAuthority("data/authority.ttl");
  fixture = await loadAuthority(`${FIXTURES}/authority.ttl`);
});

describe("canonical keys", () => {
  test.each([
    ["case", "Wuhan Science and Technology Museum", "WUHAN science AND technology museum"],
    [
      "leading the",
      "the Wuhan Science and Technology Museum",
      "Wuhan Science and Technology Museum",
    ],
    ["& and and", "Ningbo Science & Technology Museum", "Ningbo Science and Technology Museum"],
    ["plurals", "Chengdu Natural History Museums", "Chengdu Natural History Museum"],
    ["hyphens", "Sino-German Science Center", "Sino German Science Center"],
    ["curly quotes", "\u201cCreation\u201d Science Base", '"Creation" Science Base'],
    ["possessive", "Women's Federation of Hubei", "Women Federation of Hubei"],
    ["X Ministry is the Ministry of X", "Education Ministry", "Ministry of Education"],
    ["abbreviations", "Lakeside Intl Airport", "Lakeside International Airport"],
    ["abbreviations", "Hill Univ. Press", "Hill University Press"],
    ["X Ministry, two words", "Water Resources Ministry", "Ministry of Water Resources"],
    ["the country before a ministry", "Chinese Ministry of Education", "Ministry of Education"],
    ["National before a ministry", "National Ministry of Culture", "Ministry of Culture"],
    [
      "Municipal after a city",
      "Xi'an Municipal Science and Technology Bureau",
      "Xi'an Science and Technology Bureau",
    ],
    [
      "City after a city",
      "Shenzhen City Science and Technology Bureau",
      "Shenzhen Science and Technology Bureau",
    ],
    [
      "Provincial after a province",
      "Hubei Provincial Health Commission",
      "Hubei Health Commission",
    ],
    [
      "a place said twice",
      "Hangzhou Municipal Education Bureau of Hangzhou",
      "Hangzhou Education Bureau of Hangzhou",
    ],
  ])("%s: %s = %s", (_rule, a, b) => {
    expect(nameKey("Organization", a)).toBe(nameKey("Organization", b));
  });

  test.each([
    ["Popular Science", "National Popular Science Day", "National Science Popularization Day"],
    [
      "Scientific Popularization",
      "National Scientific Popularization Day",
      "National Science Popularization Day",
    ],
    [
      "Science Popularisation",
      "National Science Popularisation Day",
      "National Science Popularization Day",
    ],
    [
      "Sci-Tech Popularization",
      "National Sci-Tech Popularization Day",
      "National Science Popularization Day",
    ],
    ["China = National", "China Science Popularization Day", "National Science Popularization Day"],
    ["a year", "National Popular Science Day of 2022", "National Science Popularization Day"],
  ])("programme %s: %s = %s", (_rule, a, b) => {
    expect(nameKey("Program", a)).toBe(nameKey("Program", b));
  });

  test.each([
    [
      "plural",
      "National Science Popularization Education Bases",
      "National Science Popularization Education Base",
    ],
    [
      "China = National",
      "China Science Popularization Education Base",
      "National Popular Science Education Base",
    ],
    [
      "Award and title",
      "National Advanced Collective Honorary Title Award",
      "National Advanced Collective",
    ],
    [
      "Municipal after a city",
      "Xi'an Municipal Science Popularization Base",
      "Xi'an Science Popularization Base",
    ],
  ])("honor %s: %s = %s", (_rule, a, b) => {
    expect(nameKey("Honor", a)).toBe(nameKey("Honor", b));
  });

  test("places drop City after a known city but keep District", () => {
    expect(nameKey("Place", "Xi'an City")).toBe(nameKey("Place", "Xi'an"));
    expect(nameKey("Place", "Guangming District")).not.toBe(nameKey("Place", "Guangming"));
  });

  test.each([
    [
      "place",
      "China Association for Science and Technology",
      "Beijing Association for Science and Technology",
    ],
    [
      "place",
      "Shenzhen Association for Science and Technology",
      "Xi'an Association for Science and Technology",
    ],
    ["head noun", "Xi'an Science and Technology Museum", "Xi'an Science and Technology Bureau"],
    ["level", "Ministry of Science and Technology", "Xi'an Science and Technology Bureau"],
    [
      "Municipal without a city",
      "Municipal Association for Science and Technology",
      "Association for Science and Technology",
    ],
    ["sub-unit", "Medical School of Nanjing University", "Nanjing University"],
  ])("keys keep the %s: %s != %s", (_rule, a, b) => {
    expect(nameKey("Organization", a)).not.toBe(nameKey("Organization", b));
  });

  test.each([
    ["National", "Provincial"],
    ["National", "Xi'an Municipal"],
    ["Shaanxi Provincial", "Xi'an Municipal"],
  ])("honor levels stay apart: %s vs %s", (a, b) => {
    expect(nameKey("Honor", `${a} Science Popularization Education Base`)).not.toBe(
      nameKey("Honor", `${b} Science Popularization Education Base`),
    );
  });

  test("an honor and a day with the same words are different keys", () => {
    expect(nameKey("Honor", "National Science Popularization Education Base")).not.toBe(
      nameKey("Honor", "National Science Popularization Day"),
    );
  });

  test("'X of <place>' also reads '<place> X'; other 'of' names do not move", () => {
    // A government body also with its field after "of" once the place is first.
    expect(alternativeKeys("Organization", "Education Bureau of Guangming District")).toEqual([
      "guangming district bureau of education",
      "guangming district education bureau",
    ]);
    expect(alternativeKeys("Organization", "Science and Technology Bureau of Xi'an City")).toEqual([
      "xi'an bureau of science and technology",
      "xi'an science and technology bureau",
    ]);
    expect(alternativeKeys("Organization", "Municipal Education Bureau of Hangzhou")).toEqual([
      "hangzhou bureau of education",
      "hangzhou education bureau",
    ]);
    expect(
      alternativeKeys("Organization", "Ministry of Education of the People's Republic of China"),
    ).toEqual(["ministry of education"]);
    expect(
      alternativeKeys("Organization", "School of Life Sciences of Nanjing University"),
    ).toEqual([]);
    expect(alternativeKeys("Organization", "Bank of China")).toEqual([]);
    expect(alternativeKeys("Organization", "Education Bureau of the district")).toEqual([]);
  });

  test("a government body's field before its head is also read after 'of', and 'for' after the head as 'of'", () => {
    expect(
      alternativeKeys("Organization", "Hunan Provincial Science and Technology Department"),
    ).toEqual(["hunan department of science and technology"]);
    expect(alternativeKeys("Organization", "Water and Rural Development Ministry")).toEqual([
      "ministry of water and rural development",
    ]);
    expect(alternativeKeys("Organization", "Administration for Industry and Commerce")).toEqual([
      "administration of industry and commerce",
    ]);
    // A place or another head inside the field, or a head that is no government's, stays as written.
    expect(alternativeKeys("Organization", "Lake Science and Technology Museum")).toEqual([]);
    expect(alternativeKeys("Organization", "Sales Department Bureau")).toEqual([]);
  });

  test("a national body opened by 'China' is also read opened by 'Chinese', and back", () => {
    expect(alternativeKeys("Organization", "China Society of Lake Engineers")).toEqual([
      "chinese society of lake engineer",
    ]);
    expect(alternativeKeys("Organization", "Chinese Association of Hill Studies")).toEqual([
      "china association of hill study",
    ]);
    // Not before other heads: "China Mobile", "Chinese Medicine Hospital".
    expect(alternativeKeys("Organization", "China Mobile")).toEqual([]);
    expect(alternativeKeys("Organization", "Chinese Medicine Hospital")).toEqual([]);
  });

  test("a company's name is also read without its legal form", () => {
    expect(alternativeKeys("Organization", "Tarnwell Pharmaceutical Group Co., Ltd.")).toEqual([
      "tarnwell pharmaceutical group",
    ]);
    expect(alternativeKeys("Organization", "Dongling Company")).toEqual(["dongling"]);
    expect(alternativeKeys("Organization", "Lakeview Construction Bank Corporation")).toEqual([
      "lakeview construction bank",
    ]);
    // What is left must name something of its own: not a place, not a level, not "of".
    expect(alternativeKeys("Organization", "Beijing Company")).toEqual([]);
    expect(alternativeKeys("Organization", "China National Group Co., Ltd.")).toEqual([]);
    expect(alternativeKeys("Organization", "Bank of Ltd")).toEqual([]);
  });

  test("a national ministry or administration 'of China' is also read without the country", () => {
    expect(alternativeKeys("Organization", "Ministry of Water Resources of China")).toEqual([
      "ministry of water resource",
    ]);
    expect(alternativeKeys("Organization", "National Bureau of Statistics of China")).toEqual([
      "national bureau of statistic",
    ]);
    // A university or a bank of China keeps the country: it is part of the name.
    expect(alternativeKeys("Organization", "Communication University of China")).toEqual([]);
    expect(alternativeKeys("Organization", "Bank of China")).toEqual([]);
  });

  test("'X of the United Nations' and 'UN X' both also read 'X'", () => {
    expect(
      alternativeKeys("Organization", "Forest and Water Organization of the United Nations"),
    ).toEqual(["forest and water organization"]);
    expect(alternativeKeys("Organization", "UN Forest and Water Organization")).toEqual([
      "forest and water organization",
    ]);
    // (With the American spelling of each, which links "Programme" to "Program".)
    expect(alternativeKeys("Organization", "United Nations Lake Programme")).toEqual([
      "lake program",
      "lake programme",
      "united nation lake program",
    ]);
    // Too short to stand alone: "UN Women" stays itself.
    expect(alternativeKeys("Organization", "UN Women")).toEqual([]);
  });

  test("'Municipal X' and 'Provincial X' with no place are local to their announcement", () => {
    expect(isLocalWithoutPlace(nameKey("Honor", "Provincial Science Popularization Base"))).toBe(
      true,
    );
    expect(
      isLocalWithoutPlace(nameKey("Honor", "Shaanxi Provincial Science Popularization Base")),
    ).toBe(false);
    expect(isLocalWithoutPlace(nameKey("Program", "Guangming Science City"))).toBe(false);
  });
});

describe("authority file", () => {
  test("the shipped file parses without warnings and covers the well-known bodies", () => {
    expect(shipped.warnings).toEqual([]);
    const byAcronym = (acronym: string) => shipped.byAcronym.get(acronym)?.prefLabel;
    expect(byAcronym("CAST")).toBe("China Association for Science and Technology");
    expect(byAcronym("MOST")).toBe("Ministry of Science and Technology");
    expect(byAcronym("MOE")).toBe("Ministry of Education");
    expect(byAcronym("CAS")).toBe("Chinese Academy of Sciences");
    expect(byAcronym("CAE")).toBe("Chinese Academy of Engineering");
    expect(byAcronym("NHC")).toBe("National Health Commission");
    expect(byAcronym("NSFC")).toBe("National Natural Science Foundation of China");
    expect(byAcronym("MIIT")).toBe("Ministry of Industry and Information Technology");
    expect(byAcronym("SIAT")).toBe("Shenzhen Institutes of Advanced Technology");
    expect(byAcronym("BAST")).toBe("Beijing Association for Science and Technology");
    expect(byAcronym("SAST")).toBe("Shanghai Association for Science and Technology");
    expect(byAcronym("PLA")).toBe("Chinese People's Liberation Army");
    expect(byAcronym("ACFTU")).toBe("All-China Federation of Trade Unions");
    expect(byAcronym("NDRC")).toBe("National Development and Reform Commission");
  });

  test.each([
    ["Chinese Association for Science and Technology", "cast"],
    [
      "Propaganda Department of the Central Committee",
      "publicity-department-cpc-central-committee",
    ],
    ["Propaganda Department of Central Committee", "publicity-department-cpc-central-committee"],
    ["Central Propaganda Department", "publicity-department-cpc-central-committee"],
    [
      "Publicity Department of the Communist Party of China Central Committee",
      "publicity-department-cpc-central-committee",
    ],
    ["Shenzhen Institute of Advanced Technology", "siat"],
    ["Ministry of Ecology and Environment", "mee"],
    ["Ministry of Natural Resources", "mnr"],
    ["Ministry of Agriculture and Rural Affairs", "mara"],
    ["Ministry of Culture and Tourism", "mct"],
    ["China Meteorological Administration", "cma"],
    ["National Forestry and Grassland Administration", "nfga"],
    ["Communist Youth League Central Committee", "cylc-central-committee"],
    ["All-China Women's Federation", "acwf"],
    ["Beijing Science and Technology Association", "ast-beijing"],
    ["Shanghai Municipal Association for Science and Technology", "ast-shanghai"],
    ["Tianjin Association of Science and Technology", "ast-tianjin"],
    ["Chongqing Science and Technology Association", "ast-chongqing"],
    ["Guangdong Provincial Association for Science and Technology", "ast-guangdong"],
    ["Jiangsu Science and Technology Association", "ast-jiangsu"],
    ["Zhejiang Association of Science and Technology", "ast-zhejiang"],
    ["Sichuan Provincial Science and Technology Association", "ast-sichuan"],
    ["Shaanxi Association for Science and Technology", "ast-shaanxi"],
    ["Hubei Association for Science and Technology", "ast-hubei"],
    ["Hunan Association for Science and Technology", "ast-hunan"],
    ["Shandong Association for Science and Technology", "ast-shandong"],
    ["Henan Association for Science and Technology", "ast-henan"],
    ["Guangxi Zhuang Autonomous Region Association for Science and Technology", "ast-guangxi"],
    ["Shenzhen Municipal Association for Science and Technology", "ast-shenzhen"],
    ["Guangzhou Science and Technology Association", "ast-guangzhou"],
    ["Xi'an Municipal Association for Science and Technology", "ast-xian"],
    ["Xian Association for Science and Technology", "ast-xian"],
    ["Chengdu Association of Science and Technology", "ast-chengdu"],
    ["Wuhan Association for Science and Technology", "ast-wuhan"],
    ["Hangzhou Association for Science and Technology", "ast-hangzhou"],
    ["Nanjing Municipal Science and Technology Association", "ast-nanjing"],
  ])("organization variant %s -> auth:%s", (name, slug) => {
    expect(shipped.byKey.get(`Organization|${nameKey("Organization", name)}`)?.iri).toBe(
      `https://w3id.org/laurel/authority/${slug}`,
    );
  });

  test.each([
    ["Honor", "National Popular Science Education Base"],
    ["Honor", "China Science Popularization Education Bases"],
    ["Program", "National Popular Science Day"],
    ["Program", "National Science and Technology Activity Week"],
  ] as const)("%s variant %s is listed", (type, name) => {
    const entry = shipped.byKey.get(`${type}|${nameKey(type, name)}`);
    expect(entry?.type).toBe(type);
    expect(entry?.level).toBe("national");
  });

  test("every province-level division and major city has its association", () => {
    const places = (
      "Beijing Shanghai Tianjin Chongqing Hebei Shanxi Liaoning Jilin Heilongjiang Jiangsu Zhejiang " +
      "Anhui Fujian Jiangxi Shandong Henan Hubei Hunan Guangdong Hainan Sichuan Guizhou Yunnan Shaanxi " +
      "Gansu Qinghai Guangxi Tibet Ningxia Xinjiang Shenzhen Guangzhou Xi'an Chengdu Wuhan Hangzhou " +
      "Nanjing Shenyang Dalian Qingdao Ningbo Xiamen Harbin Changsha Zhengzhou Jinan Hefei Kunming"
    ).split(" ");
    const missing = places.filter(
      (p) =>
        !shipped.byKey.has(
          `Organization|${nameKey("Organization", `${p} Association for Science and Technology`)}`,
        ),
    );
    expect(missing).toEqual([]);
    expect(
      shipped.byKey.get(
        `Organization|${nameKey("Organization", "Inner Mongolia Association for Science and Technology")}`,
      ),
    ).toBeDefined();
    const iris = shipped.entries.map((e) => e.iri);
    expect(new Set(iris).size).toBe(iris.length);
  });

  test("an acronym or a name two entries share links to neither, with a warning", () => {
    expect(fixture.byAcronym.has("SAST")).toBe(false);
    expect(
      fixture.byKey.has(
        `Organization|${nameKey("Organization", "Science and Technology Association")}`,
      ),
    ).toBe(false);
    expect(fixture.warnings.some((w) => w.includes("acronym SAST"))).toBe(true);
    expect(fixture.warnings.some((w) => w.includes("science and technology association"))).toBe(
      true,
    );
  });

  test("the English prefLabel names the entry; other languages become variants", () => {
    const entry = fixture.byAcronym.get("LAST");
    expect(entry?.prefLabel).toBe("Lanzhou Association for Science and Technology");
    expect(entry?.altLabels).toContain("兰州市科学技术协会");
    expect(entry?.level).toBe("municipal");
    expect(
      fixture.byKey.get(`Honor|${nameKey("Honor", "Lanzhou Popular Science Base")}`)?.type,
    ).toBe("Honor");
  });

  test("the official Chinese name is a preferred label of its own and a name to match; owl:sameAs links out", () => {
    const parsed = parseAuthority(
      [
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
        "@prefix org: <http://www.w3.org/ns/org#> .",
        "<lake> a org:FormalOrganization ;",
        '  skos:prefLabel "Lake Province Academy of Forestry"@en , "湖省林业科学院"@zh ;',
        "  owl:sameAs <http://www.wikidata.org/entity/Q1> .",
      ].join("\n"),
      "inline.ttl",
    );
    const entry = parsed.entries[0];
    expect(entry?.prefLabel).toBe("Lake Province Academy of Forestry");
    expect(entry?.localLabels).toEqual([{ value: "湖省林业科学院", language: "zh" }]);
    expect(entry?.links).toEqual(["http://www.wikidata.org/entity/Q1"]);
    expect(parsed.byKey.get(`Organization|${nameKey("Organization", "湖省林业科学院")}`)?.iri).toBe(
      entry?.iri,
    );
  });

  test("a scheme and its top concept describe tiers; they are not entries mentions link to", () => {
    const parsed = parseAuthority(
      [
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix laurel: <https://w3id.org/laurel/ns#> .",
        '<grades> a skos:ConceptScheme ; skos:prefLabel "Reef grades"@en .',
        '<graded> a skos:Concept ; skos:prefLabel "Graded reef"@en ; skos:inScheme <grades> .',
        '<first> a laurel:Honor ; skos:prefLabel "First-Class Reef"@en ;',
        "  skos:inScheme <grades> ; skos:broader <graded> .",
      ].join("\n"),
      "inline.ttl",
    );
    expect(parsed.entries.map((e) => e.prefLabel)).toEqual(["First-Class Reef"]);
    expect(parsed.entries[0]?.schemes).toEqual(["https://w3id.org/laurel/authority/grades"]);
    expect(parsed.entries[0]?.broader).toEqual(["https://w3id.org/laurel/authority/graded"]);
  });

  test("a syntax error names the file", () => {
    expect(() => parseAuthority("auth:x a", "broken.ttl")).toThrow(/broken\.ttl/);
  });
});

describe("within one announcement", () => {
  test("an acronym defined in brackets and used bare (even before the definition) is the body", () => {
    const { entity } = link({
      a: "QWRS names ten nature reserves\n\nThe Qinling Wildlife Research Society (QWRS) named ten nature reserves as science bases on May 3. QWRS said it would visit them.",
    });
    const society = entity("a", "Qinling Wildlife Research Society");
    expect(entity("a", "QWRS")).toBe(society);
    expect(society.acronym).toBe("QWRS");
    expect(society.label).toBe("Qinling Wildlife Research Society");
  });

  test.each([
    [
      "the Museum",
      "The Hangzhou Natural History Museum was named a National Science Popularization Education Base on May 3. The Museum thanked its volunteers.",
      "Hangzhou Natural History Museum",
      "Museum",
    ],
    [
      "the Hospital",
      "Wuhan Union Hospital was named a model unit by the Hubei Provincial Health Commission. The Hospital thanked the Commission.",
      "Wuhan Union Hospital",
      "Hospital",
    ],
    [
      "the Panda Base",
      "The Wolong Research Base of Giant Panda Breeding was named a National Popular Science Education Base. The Panda Base thanked its keepers.",
      "Wolong Research Base of Giant Panda Breeding",
      "Panda Base",
    ],
    [
      "hereinafter referred to as the Committee",
      "The Shanghai Youth Science Education Committee (hereinafter referred to as the Committee) was founded on May 3. The Committee will guide teachers.",
      "Shanghai Youth Science Education Committee",
      "Committee",
    ],
  ])("%s refers back to the full name", (_rule, body, full, short) => {
    const { entity } = link({ a: `Announcement\n\n${body}` });
    expect(entity("a", short)).toBe(entity("a", full));
    expect(entity("a", full).label).toBe(full);
  });

  test("a short form refers back only inside its own announcement", () => {
    const { entity } = link({
      a: "Base named\n\nThe Wolong Research Base of Giant Panda Breeding was named a National Popular Science Education Base. The Panda Base thanked its keepers.",
      b: "Base named\n\nThe Dujiangyan Research Base of Giant Panda Breeding was named a model unit. The Panda Base thanked its keepers.",
    });
    expect(entity("a", "Panda Base")).not.toBe(entity("b", "Panda Base"));
    expect(entity("b", "Panda Base")).toBe(
      entity("b", "Dujiangyan Research Base of Giant Panda Breeding"),
    );
  });

  test("'the provincial government' of one story is not that of another", () => {
    const { entity } = link({
      a: "Park named\n\nThe plan of the Tarn Wetland Park was approved by the provincial government in May.",
      b: "School named\n\nThe Elm Middle School was commended by the provincial government in June.",
    });
    expect(entity("a", "provincial government")).toBeDefined();
    expect(entity("a", "provincial government")).not.toBe(entity("b", "provincial government"));
  });

  test("'Municipal X' is the X of the city the announcement is about", () => {
    const { entity } = link({
      hz: "Hangzhou schools honored\n\nOn May 3, the Municipal Association for Science and Technology named 12 schools in Hangzhou as demonstration schools.",
      wh: "Wuhan schools honored\n\nOn May 3, the Municipal Association for Science and Technology named 12 schools in Wuhan as demonstration schools.",
      hz2: "Hangzhou association\n\nThe Hangzhou Association for Science and Technology held a meeting on June 2. The Hangzhou Education Bureau attended.",
      hz3: "Hangzhou bureau\n\nOn May 3, the Municipal Education Bureau of Hangzhou named 12 schools.",
    });
    expect(entity("hz3", "Municipal Education Bureau of Hangzhou")).toBe(
      entity("hz2", "Hangzhou Education Bureau"),
    );
    const hangzhou = entity("hz", "Municipal Association for Science and Technology");
    expect(hangzhou).toBe(entity("hz2", "Hangzhou Association for Science and Technology"));
    expect(entity("wh", "Municipal Association for Science and Technology")).not.toBe(hangzhou);
  });

  test("'the A and B of Y District' gives both A and B 'of Y District'", () => {
    const { entity } = link({
      a: "Pudong schools honored\n\nOn May 3, the Education Bureau and Science and Technology Innovation Bureau of Pudong District named 12 schools. The Education Bureau thanked them.",
      b: "Pudong teachers trained\n\nThe Pudong District Education Bureau trained 40 teachers on June 1. The Science and Technology Innovation Bureau of Pudong District helped.",
    });
    const education = entity("a", "Education Bureau");
    expect(education.label).toBe("Education Bureau of Pudong District");
    expect(entity("b", "Pudong District Education Bureau")).toBe(education);
    const innovation = entity("a", "Science and Technology Innovation Bureau of Pudong District");
    expect(innovation).toBe(
      entity("b", "Science and Technology Innovation Bureau of Pudong District"),
    );
    expect(innovation).not.toBe(education);
  });

  test("a sub-unit links to its parent and the parent is not merged into it", () => {
    const { entity } = link(
      {
        a: "School honored\n\nThe Medical School of Nanjing University was named a National Science Popularization Education Base. Nanjing University congratulated the teachers.",
        b: "Institute\n\nThe Synthetic Biology Institute of SIAT held a meeting with SIAT on June 1.",
      },
      { authority: shipped },
    );
    const school = entity("a", "Medical School of Nanjing University");
    const university = entity("a", "Nanjing University");
    expect(school).not.toBe(university);
    expect(school.parent).toBe(university.key);
    expect(university.parent).toBeUndefined();
    const institute = entity("b", "Synthetic Biology Institute of SIAT");
    const siat = entity("b", "SIAT");
    expect(institute).not.toBe(siat);
    expect(institute.parent).toBe(siat.key);
    expect(siat.label).toBe("Shenzhen Institutes of Advanced Technology");
  });
});

describe("across announcements", () => {
  test("a unit named before or after the body it belongs to is one unit: 'Union Hospital of X' = 'X Union Hospital'", () => {
    const { entity } = link({
      a: "Hospital\n\nThe Union Hospital of Tarn Medical University opened a ward on May 3. The Labor Union of Pine Power met on May 4.",
      b: "Hospital\n\nTarn Medical University Union Hospital was rated a top hospital on June 1, and Pine Power Labor Union gave a party.",
      c: "Hospital\n\nTarn Medical University signed a deal with its hospital on July 1.",
    });
    expect(entity("a", "Union Hospital of Tarn Medical University")).toBe(
      entity("b", "Tarn Medical University Union Hospital"),
    );
    expect(entity("a", "Labor Union of Pine Power")).toBe(entity("b", "Pine Power Labor Union"));
    // The unit is not the body it belongs to.
    expect(entity("c", "Tarn Medical University")).not.toBe(
      entity("a", "Union Hospital of Tarn Medical University"),
    );
  });

  test("case, 'the', '&'/'and', plurals and hyphens do not split a body", () => {
    const { entity } = link({
      a: "Museum\n\nThe Ningbo Science & Technology Museum opened a hall on May 3. The Sino-German Science Center held a meeting.",
      b: "Museum\n\nNingbo Science and Technology Museum was named a National Science Popularization Education Base. The Sino German Science Center held a meeting.",
      c: "Museums\n\nThe Chengdu Natural History Museums held a meeting on June 1. The Shenzhen Science And Technology Museum attended.",
      d: "Museum\n\nThe Chengdu Natural History Museum held a meeting on June 1. The Shenzhen Science and Technology Museum attended.",
    });
    expect(entity("a", "Ningbo Science & Technology Museum")).toBe(
      entity("b", "Ningbo Science and Technology Museum"),
    );
    expect(entity("a", "Sino-German Science Center")).toBe(
      entity("b", "Sino German Science Center"),
    );
    expect(entity("c", "Chengdu Natural History Museums")).toBe(
      entity("d", "Chengdu Natural History Museum"),
    );
    expect(entity("c", "Shenzhen Science And Technology Museum")).toBe(
      entity("d", "Shenzhen Science and Technology Museum"),
    );
  });

  test("'Science Popularization' / 'Popular Science' / 'Scientific Popularization' and plurals are one programme and one honor", () => {
    const { entity } = link({
      a: "Day\n\nDuring the National Popular Science Day, the Lanzhou Aquarium held talks. The Jinan Botanical Garden was named one of the National Science Popularization Education Bases.",
      b: "Day\n\nDuring the National Scientific Popularization Day, the Sun Yat-sen University Museum held talks.",
      c: "Day\n\nThe Xiamen Botanical Garden held talks during the National Science Popularization Day. It was named a National Popular Science Education Base.",
    });
    const day = entity("a", "National Popular Science Day");
    expect(day.type).toBe("Program");
    expect(entity("b", "National Scientific Popularization Day")).toBe(day);
    expect(entity("c", "National Science Popularization Day")).toBe(day);
    const base = entity("a", "National Science Popularization Education Bases");
    expect(base.type).toBe("Honor");
    expect(entity("c", "National Popular Science Education Base")).toBe(base);
    expect(base).not.toBe(day);
  });

  test("bare acronyms link through the authority's acronym table", () => {
    const { entity } = link(
      {
        a: "Bodies\n\nMOST and BAST signed an agreement with CAST on May 3.",
        b: "Bodies\n\nThe Ministry of Science and Technology, the Beijing Association for Science and Technology and the China Association for Science and Technology held a meeting on June 1.",
      },
      { authority: shipped },
    );
    expect(entity("a", "MOST")).toBe(entity("b", "Ministry of Science and Technology"));
    expect(entity("a", "BAST")).toBe(entity("b", "Beijing Association for Science and Technology"));
    expect(entity("a", "CAST")).toBe(entity("b", "China Association for Science and Technology"));
    expect(entity("a", "BAST").label).toBe("Beijing Association for Science and Technology");
    expect(entity("a", "BAST").authority).toBe("https://w3id.org/laurel/authority/ast-beijing");
  });

  test("translation variants link through the authority's labels", () => {
    const texts = {
      a: "Bodies\n\nThe Propaganda Department of the Central Committee met the Chinese Association for Science and Technology and the Beijing Science and Technology Association on May 3. The Shenzhen Institute of Advanced Technology attended.",
      b: "Bodies\n\nThe Publicity Department of the CPC Central Committee met the China Association for Science and Technology and BAST on June 1. SIAT attended.",
    };
    const withAuthority = link(texts, { authority: shipped });
    const pairs: Array<[string, string]> = [
      [
        "Propaganda Department of the Central Committee",
        "Publicity Department of the CPC Central Committee",
      ],
      [
        "Chinese Association for Science and Technology",
        "China Association for Science and Technology",
      ],
      ["Beijing Science and Technology Association", "BAST"],
      ["Shenzhen Institute of Advanced Technology", "SIAT"],
    ];
    for (const [a, b] of pairs)
      expect(withAuthority.entity("a", a), `${a} = ${b}`).toBe(withAuthority.entity("b", b));
    expect(withAuthority.entity("a", "Propaganda Department of the Central Committee").label).toBe(
      "Publicity Department of the CPC Central Committee",
    );
    // The same texts without the authority: the variants are different names, but for "China"
    // and "Chinese" opening a national body, which the keys read as one (own test above).
    const without = link(texts);
    for (const [a, b] of pairs.filter(([a]) => !a.startsWith("Chinese ")))
      expect(without.entity("a", a), `${a} != ${b}`).not.toBe(without.entity("b", b));
    expect(without.entity("a", "Chinese Association for Science and Technology")).toBe(
      without.entity("b", "China Association for Science and Technology"),
    );
  });

  test("the Party's and the state's central bodies link across their renderings; the Party is not its committee", () => {
    const texts = {
      a: "Honors\n\nTarn Li was named a model worker by the Central Committee of the Communist Party of China, together with the State Council of the PRC, on May 3. Officials of the State Intellectual Property Office came, with the State Administration of Cultural Heritage.",
      b: "Honors\n\nThe medal came from the CPC Central Committee, jointly with the State Council, on June 1. CNIPA came, with the National Bureau of Cultural Relics, and the PLA band played.",
      c: "Honors\n\nThe Chinese People's Liberation Army and the Communist Party of China sent greetings on July 1.",
    };
    const { entity } = link(texts, { authority: shipped });
    const pairs: Array<[string, string, string, string]> = [
      ["a", "Central Committee of the Communist Party of China", "b", "CPC Central Committee"],
      ["a", "State Council of the PRC", "b", "State Council"],
      ["a", "State Intellectual Property Office", "b", "CNIPA"],
      ["a", "State Administration of Cultural Heritage", "b", "National Bureau of Cultural Relics"],
      ["b", "PLA", "c", "Chinese People's Liberation Army"],
    ];
    for (const [ta, a, tb, b] of pairs) expect(entity(ta, a), `${a} = ${b}`).toBe(entity(tb, b));
    expect(entity("c", "Communist Party of China")).not.toBe(entity("b", "CPC Central Committee"));
    expect(entity("b", "CNIPA").label).toBe("China National Intellectual Property Administration");
  });

  test("the civilization commission's renderings are one body; its office is another", () => {
    const texts = {
      a: "Cities\n\nThe Central Spiritual Civilization Steering Committee named Lakeside City a National Civilized City on May 3.",
      b: "Towns\n\nThe Central Committee of Civilization met the Central Civilization Office on June 1.",
    };
    const { entity } = link(texts, { authority: shipped });
    const commission = entity("a", "Central Spiritual Civilization Steering Committee");
    expect(entity("b", "Central Committee of Civilization")).toBe(commission);
    expect(commission.label).toBe("Central Commission for Guiding Cultural and Ethical Progress");
    expect(entity("b", "Central Civilization Office")).not.toBe(commission);
  });

  test("an acronym inside a name is expanded from the authority", () => {
    const { entity } = link(
      {
        a: "Institute\n\nThe Synthetic Biology Institute of SIAT held a meeting on June 1.",
        b: "Institute\n\nThe Synthetic Biology Institute of Shenzhen Institutes of Advanced Technology held a meeting with the Shenzhen Institute of Advanced Technology on June 1.",
      },
      { authority: shipped },
    );
    const institute = entity("a", "Synthetic Biology Institute of SIAT");
    expect(
      entity("b", "Synthetic Biology Institute of Shenzhen Institutes of Advanced Technology"),
    ).toBe(institute);
    expect(entity("b", "Shenzhen Institute of Advanced Technology")).not.toBe(institute);
    expect(entity("b", "Shenzhen Institutes of Advanced Technology")).not.toBe(institute);
  });

  test("a bare acronym links to the one name other texts define it as, and to none when they disagree", () => {
    const { entity, result } = link({
      def: "Society\n\nThe Ningbo Marine Research Society (NMRS) held a meeting on June 1.",
      use: "NMRS\n\nNMRS held a meeting on June 1.",
      qws1: "Society\n\nThe Qinling Wildlife Society (QWS) held a meeting on June 1.",
      qws2: "Station\n\nThe Qingdao Weather Station (QWS) held a meeting on June 1.",
      qws3: "QWS\n\nQWS held a meeting on June 1.",
    });
    expect(entity("use", "NMRS")).toBe(entity("def", "Ningbo Marine Research Society"));
    const society = entity("qws1", "Qinling Wildlife Society");
    const station = entity("qws2", "Qingdao Weather Station");
    expect(society).not.toBe(station);
    expect(entity("qws3", "QWS")).not.toBe(society);
    expect(entity("qws3", "QWS")).not.toBe(station);
    expect(result.diagnostics.some((d) => d.includes("acronym QWS"))).toBe(true);
  });

  test("a text's own definition of an acronym beats the authority's", () => {
    const { entity } = link(
      {
        a: "Shaanxi\n\nThe Shaanxi Association for Science and Technology (SAST) held a meeting on June 1. SAST thanked everyone.",
        b: "Shanghai\n\nSAST held a meeting on June 1.",
      },
      { authority: shipped },
    );
    const shaanxi = entity("a", "Shaanxi Association for Science and Technology");
    expect(entity("a", "SAST")).toBe(shaanxi);
    expect(entity("b", "SAST")).not.toBe(shaanxi);
    expect(entity("b", "SAST").label).toBe("Shanghai Association for Science and Technology");
  });

  test("an unlisted rendering with a listed acronym and the same words joins the entry; other words do not", () => {
    const { entity } = link(
      {
        a: "Lanzhou\n\nThe Lanzhou Association of Science and Technology (LAST) held a meeting on June 1.",
        b: "Lanzhou\n\nThe Lanzhou Academy of Science and Technology (LAST) held a meeting on June 1.",
        c: "Lanzhou\n\nLAST held a meeting on June 1.",
      },
      { authority: fixture },
    );
    expect(entity("a", "Lanzhou Association of Science and Technology")).toBe(entity("c", "LAST"));
    expect(entity("b", "Lanzhou Academy of Science and Technology")).not.toBe(entity("c", "LAST"));
  });

  test("an acronym two authority entries share links a bare use to neither", () => {
    const { entity } = link(
      {
        a: "Shanghai\n\nThe Shanghai Association for Science and Technology held a meeting on June 1.",
        b: "SAST\n\nSAST held a meeting on June 1.",
      },
      { authority: fixture },
    );
    expect(entity("b", "SAST")).not.toBe(
      entity("a", "Shanghai Association for Science and Technology"),
    );
  });
});

describe("never merge: near misses stay apart", () => {
  test("two announcements' counted groups in the same words are two cohorts", () => {
    const { entity } = link({
      a: "Parks\n\nTwelve parks in Tarn were named provincial wetland parks on May 3.",
      b: "Parks\n\nTwelve parks in Tarn were named provincial wetland parks on June 9.",
    });
    const first = entity("a", "Twelve parks in Tarn");
    expect(first.type).toBe("Cohort");
    expect(entity("b", "Twelve parks in Tarn")).not.toBe(first);
    expect(entity("b", "Twelve parks in Tarn").label).toBe(first.label);
  });

  const texts = {
    n1: "Associations meet\n\nThe China Association for Science and Technology met the Beijing Association for Science and Technology on May 3.",
    n2: "Associations meet\n\nThe Shenzhen Association for Science and Technology met the Xi'an Association for Science and Technology on May 3.",
    n3: "Bureaus meet\n\nThe Ministry of Science and Technology met the Xi'an Science and Technology Bureau on May 3. The Guangming District Science and Technology Innovation Bureau attended.",
    n4: "Education\n\nThe Ministry of Education met the Education Bureau of Futian District on May 3.",
    n5: "Honors\n\nThe Yan'an Revolutionary Memorial Hall was named a National Science Popularization Education Base on May 3.",
    n6: "Honors\n\nThe Baoji Bronze Museum was named a Shaanxi Provincial Science Popularization Education Base on May 3.",
    n7: "Honors\n\nThe Xi'an Botanical Garden was named a Xi'an Municipal Science Popularization Education Base on May 3.",
    n8: "Day\n\nThe Xi'an Botanical Garden held talks during the National Science Popularization Day.",
    n9: "Museum and bureau\n\nThe Xi'an Science and Technology Museum and the Xi'an Science and Technology Bureau signed an agreement on May 3.",
    n10: "Sub-units\n\nThe Medical School of Nanjing University signed an agreement with Nanjing University on May 3. The Synthetic Biology Institute of SIAT and SIAT attended.",
    n11: "Honors\n\nThe Zunyi Museum was named a Provincial Science Popularization Education Base on May 3.",
    n12: "Honors\n\nThe Mianyang Museum was named a Provincial Science Popularization Education Base on May 3.",
  };
  const pairs: Array<[string, string, string, string]> = [
    [
      "n1",
      "China Association for Science and Technology",
      "n1",
      "Beijing Association for Science and Technology",
    ],
    [
      "n1",
      "China Association for Science and Technology",
      "n2",
      "Shenzhen Association for Science and Technology",
    ],
    [
      "n1",
      "China Association for Science and Technology",
      "n2",
      "Xi'an Association for Science and Technology",
    ],
    [
      "n1",
      "Beijing Association for Science and Technology",
      "n2",
      "Shenzhen Association for Science and Technology",
    ],
    [
      "n1",
      "Beijing Association for Science and Technology",
      "n2",
      "Xi'an Association for Science and Technology",
    ],
    [
      "n2",
      "Shenzhen Association for Science and Technology",
      "n2",
      "Xi'an Association for Science and Technology",
    ],
    ["n3", "Ministry of Science and Technology", "n3", "Xi'an Science and Technology Bureau"],
    [
      "n3",
      "Ministry of Science and Technology",
      "n3",
      "Guangming District Science and Technology Innovation Bureau",
    ],
    [
      "n3",
      "Xi'an Science and Technology Bureau",
      "n3",
      "Guangming District Science and Technology Innovation Bureau",
    ],
    ["n4", "Ministry of Education", "n4", "Education Bureau of Futian District"],
    ["n4", "Ministry of Education", "n3", "Ministry of Science and Technology"],
    [
      "n5",
      "National Science Popularization Education Base",
      "n6",
      "Shaanxi Provincial Science Popularization Education Base",
    ],
    [
      "n5",
      "National Science Popularization Education Base",
      "n7",
      "Xi'an Municipal Science Popularization Education Base",
    ],
    [
      "n6",
      "Shaanxi Provincial Science Popularization Education Base",
      "n7",
      "Xi'an Municipal Science Popularization Education Base",
    ],
    [
      "n5",
      "National Science Popularization Education Base",
      "n8",
      "National Science Popularization Day",
    ],
    [
      "n11",
      "Provincial Science Popularization Education Base",
      "n12",
      "Provincial Science Popularization Education Base",
    ],
    ["n9", "Xi'an Science and Technology Museum", "n9", "Xi'an Science and Technology Bureau"],
    ["n10", "Medical School of Nanjing University", "n10", "Nanjing University"],
    ["n10", "Synthetic Biology Institute of SIAT", "n10", "SIAT"],
  ];
  const runs = new Map<string, Linked>();
  beforeAll(() => {
    runs.set("with the shipped authority", link(texts, { authority: shipped }));
    runs.set("without an authority", link(texts));
  });
  for (const name of ["with the shipped authority", "without an authority"]) {
    test.each(pairs)(`${name}: %s "%s" != %s "%s"`, (docA, a, docB, b) => {
      const { entity } = runs.get(name) as Linked;
      expect(entity(docA, a)).not.toBe(entity(docB, b));
    });
  }

  test("the honor levels and places are right", () => {
    const { entity } = runs.get("with the shipped authority") as Linked;
    expect(entity("n5", "National Science Popularization Education Base").level).toBe("national");
    expect(entity("n1", "Beijing Association for Science and Technology").level).toBe("provincial");
    expect(entity("n2", "Shenzhen Association for Science and Technology").level).toBe("municipal");
  });
});

describe("overrides inside the linker", () => {
  const texts = {
    a: "Museum\n\nThe Qinling Giant Panda Museum was named a National Science Popularization Education Base on May 3.",
    b: "Museum\n\nThe Qinling Panda Museum opened a new hall on June 1.",
    c: "BAST\n\nBAST held a meeting on June 2.",
    d: "Beijing\n\nThe Beijing Association for Science and Technology held a meeting on June 3.",
  };

  test("owl:sameAs by names joins, owl:differentFrom by names splits", () => {
    const overrides = parseOverrides(
      `@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
       [ rdfs:label "Qinling Giant Panda Museum" ] owl:sameAs [ rdfs:label "the Qinling Panda Museum" ] .
       [ rdfs:label "BAST" ] owl:differentFrom [ rdfs:label "Beijing Association for Science and Technology" ] .`,
      "overrides.ttl",
    );
    const before = link(texts, { authority: shipped });
    expect(before.entity("a", "Qinling Giant Panda Museum")).not.toBe(
      before.entity("b", "Qinling Panda Museum"),
    );
    expect(before.entity("c", "BAST")).toBe(
      before.entity("d", "Beijing Association for Science and Technology"),
    );
    const after = link(texts, { authority: shipped, overrides });
    expect(after.entity("a", "Qinling Giant Panda Museum")).toBe(
      after.entity("b", "Qinling Panda Museum"),
    );
    expect(after.entity("c", "BAST")).not.toBe(
      after.entity("d", "Beijing Association for Science and Technology"),
    );
    expect(after.entity("a", "Qinling Giant Panda Museum").mergeEvidence.join(" ")).toMatch(
      /override/,
    );
    // The name the authority lists keeps the authority entry; the acronym goes its own way.
    expect(after.entity("d", "Beijing Association for Science and Technology").authority).toBe(
      "https://w3id.org/laurel/authority/ast-beijing",
    );
    expect(after.entity("c", "BAST").authority).toBeUndefined();
    expect(after.result.diagnostics.filter((d) => d.includes("cannot split"))).toEqual([]);
  });

  test("owl:differentFrom wins over owl:sameAs; one name cannot be split from itself", () => {
    const overrides = parseOverrides(
      `@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
       [ rdfs:label "Qinling Giant Panda Museum" ] owl:sameAs [ rdfs:label "Qinling Panda Museum" ] .
       [ rdfs:label "Qinling Panda Museum" ] owl:differentFrom [ rdfs:label "Qinling Giant Panda Museum" ] .
       [ rdfs:label "Qinling Panda Museum" ] owl:differentFrom [ rdfs:label "the Qinling Panda Museums" ] .`,
      "overrides.ttl",
    );
    const { entity, result } = link(texts, { overrides });
    expect(entity("a", "Qinling Giant Panda Museum")).not.toBe(entity("b", "Qinling Panda Museum"));
    expect(result.diagnostics.some((d) => d.includes("cannot split one name"))).toBe(true);
    expect(result.diagnostics.some((d) => d.startsWith("not merged"))).toBe(true);
  });

  test("an override that matches nothing is reported", () => {
    const overrides = parseOverrides(
      `@prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
       [ rdfs:label "Nowhere Museum" ] owl:sameAs [ rdfs:label "Qinling Panda Museum" ] .`,
      "overrides.ttl",
    );
    const { result } = link(texts, { overrides });
    expect(
      result.diagnostics.some(
        (d) => d.includes('"Nowhere Museum"') && d.includes("matches no entity"),
      ),
    ).toBe(true);
  });

  test("the shipped overrides file is valid and empty", async () => {
    expect(
      parseOverrides(await readFile("data/overrides.ttl", "utf8"), "data/overrides.ttl"),
    ).toEqual([]);
  });
});

describe("determinism and cost", () => {
  const texts = {
    a: "Bodies\n\nMOST and BAST signed an agreement with the Chinese Association for Science and Technology on May 3. The Education Bureau attended.",
    b: "Bodies\n\nThe Ministry of Science and Technology, the Beijing Science and Technology Association and the China Association for Science and Technology held a meeting on June 1. The Education Bureau attended.",
    c: "Society\n\nThe Ningbo Marine Research Society (NMRS) held a meeting on June 1. NMRS thanked the Hospital of Ningbo.",
  };

  test("the input order of announcements does not change any entity or IRI", () => {
    const forward = link(texts, { authority: shipped });
    const reversed = link(Object.fromEntries(Object.entries(texts).reverse()), {
      authority: shipped,
    });
    const view = (l: ReturnType<typeof link>) =>
      l.extractions
        .flatMap((e) => e.mentions)
        .map((m) => `${m.id} ${l.result.entityOf.get(m.id)?.iriSlug}`)
        .sort();
    expect(view(reversed)).toEqual(view(forward));
    expect(reversed.result.entities).toEqual(forward.result.entities);
  });

  test("every mention has an entity and no two entities share an IRI", () => {
    const { result, extractions } = link(texts, { authority: shipped });
    for (const mention of extractions.flatMap((e) => e.mentions))
      expect(result.entityOf.get(mention.id), mention.surface).toBeDefined();
    const slugs = result.entities.map((e) => e.iriSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const sameAs = result.entities.flatMap((e) => e.sameAs);
    expect(sameAs.filter((s) => slugs.includes(s))).toEqual([]);
  });

  test("generic names ('the Education Bureau') stay inside their announcement", () => {
    const { entity } = link(texts);
    expect(entity("a", "Education Bureau")).not.toBe(entity("b", "Education Bureau"));
  });

  test("a ranked prize with no contest ('the first prize') stays inside its announcement; a named one links", () => {
    const { entity } = link({
      a: "Contest\n\nTarnwick University won the first prize in the Lake Design Contest and the Golden Loom Award.",
      b: "Fair\n\nHollin College won the first prize in the River Robot Challenge and the Golden Loom Award.",
    });
    expect(entity("a", "first prize")).toBeDefined();
    expect(entity("a", "first prize")).not.toBe(entity("b", "first prize"));
    expect(entity("a", "Golden Loom Award")).toBe(entity("b", "Golden Loom Award"));
  });

  test("a name in Chinese script in brackets after a name is that name's alias: 'Qiao Wenbo (乔文博)'", () => {
    const { entity } = link({
      a: "Prize\n\nQiao Wenbo (乔文博) won the Golden Loom Award. Hollin Kiln Museum (霍林窑博物馆) hosted the ceremony.",
      b: "Prize\n\nQiao Wenbo won the Golden Loom Award again.",
    });
    expect(entity("a", "乔文博")).toBe(entity("a", "Qiao Wenbo"));
    expect(entity("a", "乔文博")).toBe(entity("b", "Qiao Wenbo"));
    expect(entity("a", "霍林窑博物馆")).toBe(entity("a", "Hollin Kiln Museum"));
  });

  test("a publisher's 'our company' stays inside its announcement", () => {
    const { entity } = link({
      a: "News\n\nThis year our company won the Golden Loom Award.",
      b: "News\n\nLast year our company won the Golden Loom Award.",
    });
    expect(entity("a", "our company")).toBeDefined();
    expect(entity("a", "our company")).not.toBe(entity("b", "our company"));
  });

  test("linking is near linear in the number of mentions", () => {
    const names = [
      "China Association for Science and Technology",
      "CAST",
      "Beijing Association for Science and Technology",
      "BAST",
      "Ministry of Science and Technology",
      "the Education Bureau",
    ];
    const corpus = (announcements: number): Extraction[] =>
      Array.from({ length: announcements }, (_, i) => {
        const id = `doc${i}`;
        const mentions: Mention[] = [];
        for (let j = 0; j < 10; j++) {
          const surface = j < names.length ? (names[j] as string) : `Museum Number ${i * 10 + j}`;
          const evidence: Evidence = {
            announcementId: id,
            sentenceIndex: 0,
            sentence: { start: 0, end: 1 },
            start: 0,
            end: 1,
            exact: surface,
            confidence: 1,
          };
          mentions.push({
            id: `${id}#m${j}`,
            announcementId: id,
            kind: "Organization",
            surface,
            name: surface.replace(/^the /, ""),
            evidence,
            ...(j === 1 ? { antecedent: `${id}#m0` } : {}),
          });
        }
        return mentionsOnly(announcement(id, "x"), mentions);
      });
    // CPU time, best of three: the machine may be busy with other work.
    const cost = (announcements: number) => {
      const extractions = corpus(announcements);
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const start = process.cpuUsage();
        const result = resolveEntities(extractions, { authority: shipped });
        const used = process.cpuUsage(start);
        best = Math.min(best, (used.user + used.system) / 1000);
        expect(result.entityOf.size).toBe(announcements * 10);
      }
      return best;
    };
    cost(100); // warm up
    const small = cost(300);
    const large = cost(1200);
    // Four times the mentions: linear is about 4x, all-pairs would be about 16x.
    expect(large / small).toBeLessThan(8);
    expect(large).toBeLessThan(5000);
  });
});
