// The generated world the synthetic announcements talk about: places, issuing bodies, honors,
// recipient institutions and people. Built once per seed; names recur across announcements at
// Zipf-like rates and near-miss names (China / Beijing / Xi'an Association for Science and
// Technology; Ministry of Science and Technology vs a city's Science and Technology Bureau) exist
// on purpose.
import { Rng, Zipf } from "./rng.ts";

export type Level = "national" | "provincial" | "municipal" | "district";

export interface Org {
  id: string;
  /** Canonical full name. */
  name: string;
  /** Other full renderings of the same body ("Xi'an Science and Technology Bureau"). */
  variants: string[];
  acronym?: string;
  /** Capitalised short form used for back-reference: "the Museum". */
  short?: string;
  city?: string;
  province?: string;
  level: Level;
  /** Near-miss family: bodies that share most words but are distinct. */
  family?: "ast" | "st" | "edu";
  parent?: Org;
  /** Issuing bodies and recipients are drawn from different pools. */
  role: "issuer" | "recipient" | "press";
}

export interface Honor {
  id: string;
  name: string;
  variants: string[];
  level: Level;
  issuers: Org[];
  /** Head noun for "the first batch of ..." phrasing; "Base", "Museum", "Collective". */
  forPeople: boolean;
  period?: string;
  /** Code used in document numbers: GKFZ[2020] No. 344. */
  docCode: string;
  city?: string;
  province?: string;
}

export interface Person {
  id: string;
  name: string;
  org: Org;
  titles: string[];
}

export interface Program {
  id: string;
  name: string;
  variants: string[];
}

export interface City {
  name: string;
  province?: string;
  districts: string[];
}

export const CITIES: City[] = [
  { name: "Beijing", districts: ["Haidian", "Chaoyang", "Dongcheng", "Xicheng"] },
  { name: "Shanghai", districts: ["Pudong New", "Xuhui", "Minhang", "Yangpu"] },
  { name: "Tianjin", districts: ["Binhai New", "Nankai", "Hexi"] },
  { name: "Chongqing", districts: ["Yuzhong", "Jiangbei", "Shapingba"] },
  { name: "Shenzhen", province: "Guangdong", districts: ["Guangming", "Nanshan", "Futian"] },
  { name: "Guangzhou", province: "Guangdong", districts: ["Tianhe", "Yuexiu", "Huangpu"] },
  { name: "Chengdu", province: "Sichuan", districts: ["Wuhou", "Jinjiang", "Chenghua"] },
  { name: "Xi'an", province: "Shaanxi", districts: ["Yanta", "Beilin", "Lianhu"] },
  { name: "Wuhan", province: "Hubei", districts: ["Hongshan", "Wuchang", "Jianghan"] },
  { name: "Hangzhou", province: "Zhejiang", districts: ["Xihu", "Binjiang", "Shangcheng"] },
  { name: "Nanjing", province: "Jiangsu", districts: ["Gulou", "Xuanwu", "Jiangning"] },
  { name: "Suzhou", province: "Jiangsu", districts: ["Gusu", "Wuzhong"] },
  { name: "Qingdao", province: "Shandong", districts: ["Shinan", "Laoshan"] },
  { name: "Jinan", province: "Shandong", districts: ["Lixia", "Shizhong"] },
  { name: "Dalian", province: "Liaoning", districts: ["Zhongshan", "Ganjingzi"] },
  { name: "Shenyang", province: "Liaoning", districts: ["Heping", "Hunnan"] },
  { name: "Harbin", province: "Heilongjiang", districts: ["Nangang", "Daoli"] },
  { name: "Changchun", province: "Jilin", districts: ["Chaoyang", "Nanguan"] },
  { name: "Zhengzhou", province: "Henan", districts: ["Jinshui", "Zhongyuan"] },
  { name: "Luoyang", province: "Henan", districts: ["Luolong", "Xigong"] },
  { name: "Changsha", province: "Hunan", districts: ["Yuelu", "Furong"] },
  { name: "Hefei", province: "Anhui", districts: ["Shushan", "Baohe"] },
  { name: "Fuzhou", province: "Fujian", districts: ["Gulou", "Cangshan"] },
  { name: "Xiamen", province: "Fujian", districts: ["Siming", "Huli"] },
  { name: "Nanchang", province: "Jiangxi", districts: ["Donghu", "Honggutan"] },
  { name: "Kunming", province: "Yunnan", districts: ["Wuhua", "Panlong"] },
  { name: "Guiyang", province: "Guizhou", districts: ["Yunyan", "Guanshanhu"] },
  { name: "Nanning", province: "Guangxi", districts: ["Qingxiu", "Xixiangtang"] },
  { name: "Haikou", province: "Hainan", districts: ["Longhua", "Meilan"] },
  { name: "Lanzhou", province: "Gansu", districts: ["Chengguan", "Qilihe"] },
  { name: "Xining", province: "Qinghai", districts: ["Chengxi", "Chengzhong"] },
  { name: "Yinchuan", province: "Ningxia", districts: ["Xingqing", "Jinfeng"] },
  { name: "Urumqi", province: "Xinjiang", districts: ["Tianshan", "Shayibake"] },
  { name: "Hohhot", province: "Inner Mongolia", districts: ["Xincheng", "Saihan"] },
  { name: "Taiyuan", province: "Shanxi", districts: ["Xiaodian", "Yingze"] },
  { name: "Shijiazhuang", province: "Hebei", districts: ["Chang'an", "Yuhua"] },
  { name: "Ningbo", province: "Zhejiang", districts: ["Yinzhou", "Haishu"] },
  { name: "Wuxi", province: "Jiangsu", districts: ["Liangxi", "Binhu"] },
  { name: "Dongguan", province: "Guangdong", districts: ["Songshan Lake"] },
  { name: "Foshan", province: "Guangdong", districts: ["Chancheng", "Nanhai"] },
  { name: "Zhuhai", province: "Guangdong", districts: ["Xiangzhou", "Jinwan"] },
  { name: "Wenzhou", province: "Zhejiang", districts: ["Lucheng", "Ouhai"] },
  { name: "Yantai", province: "Shandong", districts: ["Zhifu", "Laishan"] },
  { name: "Xuzhou", province: "Jiangsu", districts: ["Yunlong", "Quanshan"] },
  { name: "Changzhou", province: "Jiangsu", districts: ["Wujin", "Xinbei"] },
  { name: "Quanzhou", province: "Fujian", districts: ["Fengze", "Licheng"] },
  { name: "Guilin", province: "Guangxi", districts: ["Xiufeng", "Qixing"] },
  { name: "Mianyang", province: "Sichuan", districts: ["Fucheng", "Youxian"] },
  { name: "Baotou", province: "Inner Mongolia", districts: ["Kundulun", "Qingshan"] },
  { name: "Yichang", province: "Hubei", districts: ["Xiling", "Wujiagang"] },
  { name: "Baoji", province: "Shaanxi", districts: ["Weibin", "Jintai"] },
  { name: "Zunyi", province: "Guizhou", districts: ["Honghuagang", "Huichuan"] },
];

const SUBJECTS = [
  "Natural History",
  "Geology",
  "Aerospace",
  "Marine",
  "Agriculture",
  "Meteorology",
  "Forestry",
  "Traditional Chinese Medicine",
  "Earthquake",
  "Paleontology",
  "Energy",
  "Electric Power",
  "Railway",
  "Bridge",
  "Silk",
  "Tea",
  "Porcelain",
  "Insect",
  "Water Conservancy",
  "Environmental Protection",
  "Robotics",
  "Astronomy",
  "Mineral",
  "Dinosaur",
  "Bamboo",
  "Wetland",
  "Automobile",
  "Aviation",
  "Coal",
  "Petroleum",
  "Printing",
  "Textile",
  "Salt",
  "Optics",
  "Materials",
  "Biodiversity",
  "Telecommunications",
  "Nuclear Energy",
  "Soil",
  "Seed",
];

const SCHOOL_SUBJECTS = [
  "Life Sciences",
  "Earth Sciences",
  "Physics",
  "Chemistry",
  "Environment",
  "Computer Science",
  "Materials Science",
  "Astronomy and Space Science",
  "Marine Sciences",
  "Agronomy",
];

const UNIVERSITY_FORMS = [
  "{c} University of Technology",
  "{c} University of Science and Technology",
  "{c} Normal University",
  "{c} Medical University",
  "{c} Agricultural University",
  "{c} Jiaotong University",
  "{c} University of Chinese Medicine",
  "{c} University",
];

const HOSPITAL_FORMS = [
  "{c} Children's Hospital",
  "{c} Cancer Hospital",
  "{c} First People's Hospital",
  "{c} Maternal and Child Health Hospital",
  "{c} Stomatological Hospital",
  "{c} Hospital of Traditional Chinese Medicine",
  "{c} Eye Hospital",
];

const SINGLE_FORMS: Array<[string, string]> = [
  ["{c} Science and Technology Museum", "the Museum"],
  ["{c} Botanical Garden", "the Garden"],
  ["{c} Zoo", "the Zoo"],
  ["{c} Aquarium", "the Aquarium"],
  ["{c} Planetarium", "the Planetarium"],
  ["{c} Library", "the Library"],
  ["{c} Youth Science and Technology Center", "the Center"],
  ["{c} Wetland Park", "the Park"],
  ["{c} Geopark", "the Park"],
  ["{c} Forest Park", "the Park"],
  ["{c} Experimental Primary School", "the school"],
  ["{c} Foreign Languages School", "the school"],
  ["{c} Seismological Bureau", "the Bureau"],
  ["{c} Meteorological Bureau", "the Bureau"],
];

const SUBJECT_FORMS: Array<[string, string]> = [
  ["{c} {s} Museum", "the Museum"],
  ["{c} Institute of {s}", "the Institute"],
  ["{c} {s} Research Institute", "the Institute"],
  ["{c} Key Laboratory of {s}", "the lab"],
  ["{c} {s} Science Park", "the Park"],
  ["{c} {s} Society", "the Society"],
  ["{c} {s} Exhibition Hall", "the Hall"],
];

export const SURNAMES = [
  "Wang",
  "Li",
  "Zhang",
  "Liu",
  "Chen",
  "Yang",
  "Huang",
  "Zhao",
  "Wu",
  "Zhou",
  "Xu",
  "Sun",
  "Ma",
  "Zhu",
  "Hu",
  "Guo",
  "He",
  "Gao",
  "Lin",
  "Luo",
  "Zheng",
  "Liang",
  "Xie",
  "Song",
  "Tang",
  "Han",
  "Feng",
  "Deng",
  "Cao",
  "Peng",
  "Zeng",
  "Xiao",
  "Tian",
  "Dong",
  "Pan",
  "Yuan",
  "Cai",
  "Jiang",
  "Du",
  "Ye",
  "Cheng",
  "Wei",
  "Su",
  "Lu",
  "Ding",
  "Ren",
  "Shen",
  "Yao",
  "Jin",
  "Fu",
];

const SYLLABLES = [
  "wei",
  "lin",
  "jun",
  "hong",
  "ming",
  "hua",
  "jian",
  "xiao",
  "yan",
  "li",
  "ping",
  "qiang",
  "tao",
  "lei",
  "bin",
  "hui",
  "ying",
  "jing",
  "feng",
  "yong",
  "cheng",
  "kan",
  "zhi",
  "xin",
  "yu",
  "hai",
  "guo",
  "dong",
  "fang",
  "lan",
  "rui",
  "qing",
  "song",
  "bo",
  "chao",
  "kai",
];

const OFFICIAL_TITLES = [
  "Secretary of the Leading Party Members' Group",
  "President",
  "Vice President",
  "Director",
  "Deputy Director",
  "class-2 inspector",
  "Secretary-General",
  "Deputy Secretary-General",
  "Chief Engineer",
];

const RECIPIENT_TITLES = ["Director", "Curator", "Principal", "President", "Party Secretary"];

export const PROGRAMS: Program[] = [
  {
    id: "program:nspd",
    name: "National Science Popularization Day",
    variants: ["National Popular Science Day"],
  },
  { id: "program:nstaw", name: "National Science and Technology Activity Week", variants: [] },
  { id: "program:14fyp", name: "14th Five-Year Plan", variants: ["14th five-year plan"] },
  { id: "program:hci", name: "Health China Initiative", variants: [] },
  {
    id: "program:nstvsp",
    name: "National Science and Technology Volunteer Service Projects",
    variants: [],
  },
];

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface World {
  seed: string;
  national: Record<string, Org>;
  provincial: Map<string, { ast: Org; dept: Org }>;
  municipal: Map<string, { ast: Org; st: Org; edu: Org; culture: Org; press: Org }>;
  district: Map<string, { st: Org; edu: Org; city: string }>;
  /** Recipients in Zipf rank order (rank 0 recurs most). */
  recipients: Org[];
  recipientZipf: Zipf;
  recipientsByCity: Map<string, Org[]>;
  cityZipf: Map<string, Zipf>;
  honors: Honor[];
  nationalHonors: Honor[];
  personHonor: Honor;
  provincialHonors: Map<string, Honor[]>;
  municipalHonors: Map<string, Honor[]>;
  districtHonors: Map<string, Honor>;
  /** Officials of issuing bodies, by org id. */
  officials: Map<string, Person[]>;
  /** People working at recipients (scientists, curators), drawn Zipf-like. */
  staff: Person[];
  staffZipf: Zipf;
  programs: Program[];
  cityZipfAll: Zipf;
}

export function popularizationVariants(name: string): string[] {
  const out = new Set<string>();
  if (name.includes("Science Popularization")) {
    out.add(name.replace("Science Popularization", "Popular Science"));
    out.add(name.replace("Science Popularization", "Scientific Popularization"));
  }
  if (name.includes("Advanced Collective"))
    out.add(name.replace("Advanced Collective", "Advanced Group"));
  if (name.startsWith("National ") && / Base$/.test(name))
    out.add(name.replace(/^National /, "China "));
  out.delete(name);
  return [...out];
}

function org(fields: Omit<Org, "id" | "variants"> & { variants?: string[] }): Org {
  return { id: `org:${fields.name}`, variants: [], ...fields };
}

/** Builds the world for a seed. Deterministic. */
export function buildWorld(seed: string, poolSize = 40_000): World {
  const rng = new Rng(`${seed}:world`);
  const national: Record<string, Org> = {
    CAST: org({
      name: "China Association for Science and Technology",
      acronym: "CAST",
      level: "national",
      family: "ast",
      role: "issuer",
    }),
    MOST: org({
      name: "Ministry of Science and Technology",
      acronym: "MOST",
      level: "national",
      family: "st",
      role: "issuer",
    }),
    MOE: org({
      name: "Ministry of Education",
      acronym: "MOE",
      level: "national",
      family: "edu",
      role: "issuer",
    }),
    PD: org({
      name: "Publicity Department of the CPC Central Committee",
      variants: ["Propaganda Department of the Central Committee"],
      level: "national",
      role: "issuer",
    }),
    MEE: org({ name: "Ministry of Ecology and Environment", level: "national", role: "issuer" }),
    NFGA: org({
      name: "National Forestry and Grassland Administration",
      acronym: "NFGA",
      level: "national",
      role: "issuer",
    }),
    CYL: org({
      name: "Central Committee of the Communist Youth League",
      level: "national",
      role: "issuer",
    }),
    MNR: org({
      name: "Ministry of Natural Resources",
      acronym: "MNR",
      level: "national",
      role: "issuer",
    }),
    CMA: org({ name: "Chinese Museums Association", level: "national", role: "issuer" }),
    NHC: org({
      name: "National Health Commission",
      acronym: "NHC",
      level: "national",
      role: "issuer",
    }),
    CAS: org({
      name: "Chinese Academy of Sciences",
      acronym: "CAS",
      level: "national",
      role: "issuer",
    }),
  };
  const provincial = new Map<string, { ast: Org; dept: Org }>();
  const provinces = [...new Set(CITIES.map((c) => c.province).filter((p): p is string => !!p))];
  for (const p of provinces) {
    provincial.set(p, {
      ast: org({
        name: `${p} Association for Science and Technology`,
        level: "provincial",
        family: "ast",
        province: p,
        role: "issuer",
      }),
      dept: org({
        name: `Department of Science and Technology of ${p} Province`,
        variants: [`${p} Provincial Department of Science and Technology`],
        level: "provincial",
        family: "st",
        province: p,
        role: "issuer",
      }),
    });
  }
  const municipal = new Map<string, { ast: Org; st: Org; edu: Org; culture: Org; press: Org }>();
  const usedAcronyms = new Set(Object.values(national).map((o) => o.acronym));
  for (const city of CITIES) {
    const letters = city.name.replace(/[^A-Za-z]/g, "").toUpperCase();
    let acronym = `${letters.slice(0, 1)}AST`;
    for (let n = 2; usedAcronyms.has(acronym) && n <= letters.length; n++)
      acronym = `${letters.slice(0, n)}AST`;
    usedAcronyms.add(acronym);
    const c = city.name;
    const base = { city: c, level: "municipal" as const, role: "issuer" as const };
    municipal.set(c, {
      ast: org({
        ...base,
        name: `${c} Association for Science and Technology`,
        acronym,
        family: "ast",
      }),
      st: org({
        ...base,
        name: `${c} Municipal Science and Technology Bureau`,
        variants: [`${c} Science and Technology Bureau`],
        family: "st",
      }),
      edu: org({
        ...base,
        name: `${c} Municipal Education Bureau`,
        variants: [`${c} Education Bureau`],
        family: "edu",
      }),
      culture: org({ ...base, name: `${c} Culture and Tourism Bureau` }),
      press: org({ ...base, name: `${c} Daily News`, role: "press" }),
    });
  }
  const district = new Map<string, { st: Org; edu: Org; city: string }>();
  for (const city of CITIES) {
    for (const d of city.districts) {
      const key = `${d} District`;
      if (district.has(key)) continue;
      district.set(key, {
        city: city.name,
        st: org({
          name: `Science and Technology Innovation Bureau of ${d} District`,
          level: "district",
          family: "st",
          city: city.name,
          role: "issuer",
        }),
        edu: org({
          name: `Education Bureau of ${d} District`,
          level: "district",
          family: "edu",
          city: city.name,
          role: "issuer",
        }),
      });
    }
  }

  // Recipients: every city x form (x subject), shuffled, the first poolSize kept in rank order.
  const candidates: Array<() => Org> = [];
  for (const city of CITIES) {
    const c = city.name;
    const rec = { city: c, level: "municipal" as const, role: "recipient" as const };
    for (const [form, short] of SINGLE_FORMS)
      candidates.push(() => org({ ...rec, name: form.replace("{c}", c), short }));
    for (const form of UNIVERSITY_FORMS) {
      candidates.push(() => org({ ...rec, name: form.replace("{c}", c), short: "the University" }));
      for (const s of SCHOOL_SUBJECTS) {
        candidates.push(() => {
          const parentName = form.replace("{c}", c);
          const parent = org({ ...rec, name: parentName, short: "the University" });
          return org({
            ...rec,
            name: `School of ${s} of ${parentName}`,
            short: "the School",
            parent,
          });
        });
      }
    }
    for (const form of HOSPITAL_FORMS)
      candidates.push(() => org({ ...rec, name: form.replace("{c}", c), short: "the Hospital" }));
    for (let n = 1; n <= 40; n++)
      candidates.push(() =>
        org({ ...rec, name: `${c} No. ${n} Middle School`, short: "the school" }),
      );
    for (const [form, short] of SUBJECT_FORMS)
      for (const s of SUBJECTS)
        candidates.push(() =>
          org({ ...rec, name: form.replace("{c}", c).replace("{s}", s), short }),
        );
  }
  rng.shuffle(candidates);
  const recipients = candidates.slice(0, Math.min(poolSize, candidates.length)).map((f) => f());
  // Parents of sub-units share identity with the pool's own entry for that university, if any.
  const byName = new Map(recipients.map((o) => [o.name, o]));
  for (const o of recipients) {
    if (o.parent) {
      const same = byName.get(o.parent.name);
      if (same) o.parent = same;
      else byName.set(o.parent.name, o.parent);
    }
  }
  const recipientsByCity = new Map<string, Org[]>();
  for (const o of recipients) {
    const list = recipientsByCity.get(o.city as string) ?? [];
    list.push(o);
    recipientsByCity.set(o.city as string, list);
  }
  const cityZipf = new Map<string, Zipf>();
  for (const [c, list] of recipientsByCity) cityZipf.set(c, new Zipf(list.length, 1.0));

  const honors: Honor[] = [];
  const honor = (h: Omit<Honor, "id" | "variants">): Honor => {
    const made: Honor = { id: `honor:${h.name}`, variants: popularizationVariants(h.name), ...h };
    honors.push(made);
    return made;
  };
  const N = national;
  const nationalHonors = [
    honor({
      name: "National Science Popularization Education Base",
      level: "national",
      issuers: [N.CAST as Org],
      forPeople: false,
      period: "2021-2025",
      docCode: "KXPJ",
    }),
    honor({
      name: "National Advanced Collective in Science Popularization",
      level: "national",
      issuers: [N.MOST as Org, N.PD as Org, N.CAST as Org],
      forPeople: false,
      docCode: "GKFZ",
    }),
    honor({
      name: "National Youth Science and Technology Education Base",
      level: "national",
      issuers: [N.CYL as Org, N.CAST as Org],
      forPeople: false,
      docCode: "ZQLF",
    }),
    honor({
      name: "National Ecological Civilization Education Base",
      level: "national",
      issuers: [N.MEE as Org, N.MOE as Org, N.NFGA as Org],
      forPeople: false,
      docCode: "HXJ",
    }),
    honor({
      name: "National Science Popularization Base for Natural Resources",
      level: "national",
      issuers: [N.MNR as Org, N.MOST as Org],
      forPeople: false,
      docCode: "ZRZK",
    }),
    honor({
      name: "National First-Class Museum",
      level: "national",
      issuers: [N.CMA as Org],
      forPeople: false,
      docCode: "ZBX",
    }),
    honor({
      name: "National Health Science Popularization Base",
      level: "national",
      issuers: [N.NHC as Org, N.CAST as Org],
      forPeople: false,
      docCode: "GWXC",
    }),
    honor({
      name: "National Science Popularization Demonstration School",
      level: "national",
      issuers: [N.MOE as Org, N.CAST as Org],
      forPeople: false,
      docCode: "JJH",
    }),
    honor({
      name: "Outstanding Organizer of National Science Popularization Day Activities",
      level: "national",
      issuers: [N.CAST as Org],
      forPeople: false,
      docCode: "KXFZ",
    }),
  ];
  const personHonor = honor({
    name: "National Advanced Individual in Science Popularization",
    level: "national",
    issuers: [N.MOST as Org, N.PD as Org, N.CAST as Org],
    forPeople: true,
    docCode: "GKFZ",
  });
  const provincialHonors = new Map<string, Honor[]>();
  for (const [p, bodies] of provincial) {
    provincialHonors.set(p, [
      honor({
        name: `${p} Science Popularization Education Base`,
        level: "provincial",
        issuers: [bodies.ast, bodies.dept],
        forPeople: false,
        docCode: "KXT",
        province: p,
      }),
    ]);
  }
  const municipalHonors = new Map<string, Honor[]>();
  for (const [c, bodies] of municipal) {
    municipalHonors.set(c, [
      honor({
        name: `${c} Science Popularization Demonstration Base`,
        level: "municipal",
        issuers: [bodies.st],
        forPeople: false,
        docCode: "SKJ",
        city: c,
      }),
      honor({
        name: `${c} Science and Technology Education Base for Primary and Secondary Schools`,
        level: "municipal",
        issuers: [bodies.edu, bodies.ast],
        forPeople: false,
        docCode: "SJY",
        city: c,
      }),
    ]);
  }
  const districtHonors = new Map<string, Honor>();
  for (const [d, bodies] of district) {
    districtHonors.set(
      d,
      honor({
        name: `Off-campus Science and Technology Innovation Education Base of ${d}`,
        level: "district",
        issuers: [bodies.edu, bodies.st],
        forPeople: false,
        docCode: "QJY",
        city: bodies.city,
      }),
    );
  }

  const usedPeople = new Set<string>();
  const personName = (): string => {
    for (;;) {
      const given =
        rng.next() < 0.4
          ? titleCase(rng.pick(SYLLABLES))
          : titleCase(rng.pick(SYLLABLES)) + rng.pick(SYLLABLES);
      const name = `${rng.pick(SURNAMES)} ${given}`;
      if (!usedPeople.has(name)) {
        usedPeople.add(name);
        return name;
      }
    }
  };
  const officials = new Map<string, Person[]>();
  const issuerOrgs = [
    ...Object.values(national),
    ...[...provincial.values()].flatMap((b) => [b.ast, b.dept]),
    ...[...municipal.values()].flatMap((b) => [b.ast, b.st, b.edu, b.culture]),
  ];
  for (const o of issuerOrgs) {
    const people: Person[] = [];
    const titles = rng.shuffle([...OFFICIAL_TITLES]);
    for (let i = 0; i < 4; i++) {
      const name = personName();
      const t = [titles[i] as string];
      if (i === 0 && rng.chance(0.5)) t.push(titles[4] as string);
      people.push({ id: `person:${name}`, name, org: o, titles: t });
    }
    officials.set(o.id, people);
  }
  const staff: Person[] = [];
  for (let i = 0; i < Math.min(8000, recipients.length); i++) {
    const o = recipients[i] as Org;
    const name = personName();
    staff.push({ id: `person:${name}`, name, org: o, titles: [rng.pick(RECIPIENT_TITLES)] });
  }
  for (const press of [...municipal.values()].map((b) => b.press)) {
    const people: Person[] = [];
    for (let i = 0; i < 3; i++) {
      const name = personName();
      people.push({ id: `person:${name}`, name, org: press, titles: ["Reporter"] });
    }
    officials.set(press.id, people);
  }
  return {
    seed,
    national,
    provincial,
    municipal,
    district,
    recipients,
    recipientZipf: new Zipf(recipients.length, 1.05),
    recipientsByCity,
    cityZipf,
    honors,
    nationalHonors,
    personHonor,
    provincialHonors,
    municipalHonors,
    districtHonors,
    officials,
    staff,
    staffZipf: new Zipf(staff.length, 1.1),
    programs: PROGRAMS,
    cityZipfAll: new Zipf(CITIES.length, 0.8),
  };
}
