import { describe, expect, test } from "vitest";
import { conferralLines, expectFacts, namesOfKind, run } from "./support/extract-cases.ts";

describe("a given name that is also a city's name", () => {
  test("after another person in a list it is a given name: 'Fan Weiqi and Lu Jinhua'", () => {
    const text = "The panel thanked Ke Yuming, Fan Weiqi and Lu Jinhua for their reviews.";
    expect(namesOfKind(text, "Person")).toEqual(["Ke Yuming", "Fan Weiqi", "Lu Jinhua"]);
  });

  test("after a comma in a list of people too: 'Ke Yuming, Lu Jinhua and Fan Weiqi'", () => {
    const text = "The panel thanked Ke Yuming, Lu Jinhua and Fan Weiqi for their reviews.";
    expect(namesOfKind(text, "Person")).toEqual(["Ke Yuming", "Lu Jinhua", "Fan Weiqi"]);
  });

  test("after places it stays a place", () => {
    const text = "Buyers came from Wuxi, Suzhou and Jinhua to the fair.";
    expect(namesOfKind(text, "Person")).toEqual([]);
    expect(namesOfKind(text, "Place")).toContain("Jinhua");
  });
});

describe("a body of a place whose head is in lower case", () => {
  test("'the Library of Tarnby county' ends with 'county'", () => {
    const text = "The Library of Tarnby county was named a provincial first-grade library.";
    expect(namesOfKind(text, "Organization")).toEqual(["Library of Tarnby county"]);
  });

  test("a lower-case word that is no place's head stays out", () => {
    const text = "The Library of Tarnby opened a reading room last spring.";
    expect(namesOfKind(text, "Organization")).toEqual(["Library of Tarnby"]);
  });
});

describe("an honor's name ends before the word for its holder", () => {
  test("'the 2025 Tarn River Prize Laureate' names the Tarn River Prize", () => {
    const text = "Qiu Lanfeng was named the 2025 Tarn River Prize Laureate.";
    expect(namesOfKind(text, "Honor")).toEqual(["Tarn River Prize"]);
  });

  test("'the Tarn River Prize Laureates Forum' is a forum, not the prize", () => {
    const text = "Qiu Lanfeng spoke at the Tarn River Prize Laureates Forum in May.";
    expect(namesOfKind(text, "Honor")).toEqual([]);
  });
});

describe("a superlative before a body's head names a title, not a body", () => {
  test("'the Best Airport', 'the Most Innovative Firm' are honors; the airport itself is a body", () => {
    const text =
      "Tarn International Airport was named the Best Airport in the region. Pine Software Company is the Most Innovative Firm of the year.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "Tarn International Airport",
      "Pine Software Company",
    ]);
    expect(namesOfKind(text, "Honor")).toEqual(["Best Airport", "Most Innovative Firm"]);
  });
});

describe("a firm's name written in capitals", () => {
  test("'MAPLEWOOD GROUP': the head word in capitals stays in the name", () => {
    expect(
      namesOfKind("Tarn News\n\nOn Friday MAPLEWOOD GROUP opened a new plant.", "Organization"),
    ).toEqual(["MAPLEWOOD GROUP"]);
  });
});

describe("a holding company's head", () => {
  test("'Holdings' ends a body's name as 'Group' does", () => {
    const text = "Pine Tak Holdings was named a Lake Brand, and its chair spoke at the ceremony.";
    expect(namesOfKind(text, "Organization")).toEqual(["Pine Tak Holdings"]);
  });
});

describe("a level's government or party committee with no place named", () => {
  test("'the provincial government', 'the municipal Party committee' are bodies", () => {
    const text =
      "The plan was approved by the provincial government. The municipal Party committee and the county CPC committee sent letters.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "provincial government",
      "municipal Party committee",
      "county CPC committee",
    ]);
  });

  test("'the central government', 'the township people's government'", () => {
    const text = "The central government and the township people's government agreed on the plan.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "central government",
      "township people's government",
    ]);
  });

  test("a known place before the level is the body's: 'Wuxi municipal Party committee', 'CPC Hunan provincial committee'", () => {
    const text =
      "The Wuxi municipal Party committee and the CPC Hunan provincial committee issued the list.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "Wuxi municipal Party committee",
      "CPC Hunan provincial committee",
    ]);
  });

  test("'each' or 'respective' makes it any of many: no body", () => {
    const text =
      "Work was planned by the respective district Party committee and district government, and each county government agreed.";
    expect(namesOfKind(text, "Organization")).toEqual([]);
  });

  test("a level word before other nouns names no body: 'provincial funds', 'local governments' plans'", () => {
    const text = "The provincial funds and the county roads were discussed at length.";
    expect(namesOfKind(text, "Organization")).toEqual([]);
  });
});

describe("a government department whose name a translation left half in lower case", () => {
  test("a level, the field in lower case, the head: 'the provincial animal husbandry department'", () => {
    const text =
      "The list was issued by the provincial animal husbandry department and the county culture and tourism office.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "provincial animal husbandry department",
      "county culture and tourism office",
    ]);
  });

  test("a known place opens it, and a capital inside does not end it: 'Wuxi meteorological bureau', 'provincial development and Reform Commission'", () => {
    const text =
      "The Wuxi meteorological bureau and the provincial development and Reform Commission signed the plan.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "Wuxi meteorological bureau",
      "provincial development and Reform Commission",
    ]);
  });

  test("guard: a level and a head with no field, or a count before the head, is no department", () => {
    const text = "The provincial office was closed, and the Hill Railway Two Bureau kept working.";
    expect(namesOfKind(text, "Organization")).not.toContain("provincial office");
    expect(namesOfKind(text, "Organization")).not.toContain("Railway Two Bureau");
  });
});

describe("a school named after its field, the field left in lower case", () => {
  test("'Tianjin University of technology' is not Tianjin University", () => {
    const text = "Hill University of technology and the Lake Institute of fashion signed the pact.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "Hill University of technology",
      "Lake Institute of fashion",
    ]);
  });

  test("the field ends at the first word of no field: 'the Pine Academy of engineering academicians'", () => {
    const text = "Two Pine Academy of engineering academicians spoke at the forum.";
    expect(namesOfKind(text, "Organization")).toEqual(["Pine Academy of engineering"]);
  });

  test("guard: 'of' and a word of no field stays out: 'Hill University of the year'", () => {
    const text = "Hill University of the year was chosen by readers.";
    expect(namesOfKind(text, "Organization")).toEqual(["Hill University"]);
  });
});

describe("a school of law is a body, not a law", () => {
  test("'School of Law', 'College of Economics and Law' are bodies", () => {
    const text =
      "Wang Lin from the School of Law and the Hill College of Economics and Law won the prize.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "School of Law",
      "Hill College of Economics and Law",
    ]);
  });

  test("guard: a document's title keeps its own head: 'the Pine Province Measures'", () => {
    const text = "The Pine Province Base Management Measures were issued by the bureau.";
    expect(namesOfKind(text, "Organization")).toEqual([]);
  });
});

describe("a school named after a list of fields", () => {
  test("'School of Culture, Media and Law' is one body, its last field no document", () => {
    const text =
      "The Hill School of Culture, Media and Law and the Pine College of Acupuncture, Orthopedics and Traumatology won.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "Hill School of Culture, Media and Law",
      "Pine College of Acupuncture, Orthopedics and Traumatology",
    ]);
  });

  test("guard: a person after 'and' is no field: 'the School of Science and Li Ming'", () => {
    const text =
      "Teachers of the Lake School of Science and Li Ming of the Pine Institute won prizes.";
    const bodies = namesOfKind(text, "Organization");
    expect(bodies).toContain("Lake School of Science");
    expect(namesOfKind(text, "Person")).toEqual(["Li Ming"]);
  });
});

describe("what stands around a body's name and is no part of it", () => {
  test("a rank opening a line of results: '1st Pine Tea Co.'", () => {
    const text =
      "Results\n\n1st Pine Tea Co., Hill, Leaf grade, Green\n2nd Lake Group, Tarn, Leaf grade, Black";
    expect(namesOfKind(text, "Organization")).toEqual(["Pine Tea Co.", "Lake Group"]);
  });

  test("the country after a body: 'the Pine Observatory in China'", () => {
    const text =
      "The Pine Observatory in China and the Hill Provincial Government in China agreed.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "Pine Observatory",
      "Hill Provincial Government",
    ]);
  });

  test("guard: a rank that is part of a body's name stays: 'the 2nd Affiliated Hospital of X'", () => {
    const text = "The 2nd Affiliated Hospital of Pine University won the award.";
    expect(namesOfKind(text, "Organization")).toContain(
      "2nd Affiliated Hospital of Pine University",
    );
  });
});

describe("a body's head left in lower case after its capitalised name", () => {
  test("'the Huali group', 'Tianhui company', 'Lanzhou university'", () => {
    const text = "The Huali group and Tianhui company won. Lanzhou university signed the pact.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "Huali group",
      "Tianhui company",
      "Lanzhou university",
    ]);
  });

  test("guard: what a body is, not its name: 'a Chinese company', 'a Beijing company', 'the Pine Lake group'", () => {
    const text = "A Chinese company and a Beijing company joined. The Pine Lake group met.";
    expect(namesOfKind(text, "Organization")).toEqual([]);
  });

  test("guard: a person's team stays the person's: 'the Zhao Mengtao group'", () => {
    const text = "The Zhao Mengtao group won the prize.";
    expect(namesOfKind(text, "Organization")).not.toContain("Zhao Mengtao group");
  });
});

describe("a headline's capitalised verb ends the name before it", () => {
  test("'Professor Zhang Yufan Titled as', 'Prof. Lin Qiaoyu Elected'", () => {
    expect(
      namesOfKind("Professor Wang Lin and Professor Zhang Yufan Titled as Pine Scholars", "Person"),
    ).toEqual(["Wang Lin", "Zhang Yufan"]);
    expect(namesOfKind("Prof. Lin Qiaoyu Elected Academician", "Person")).toEqual(["Lin Qiaoyu"]);
  });

  test("'Lake Science Center Earns Key Pine Award': the body ends before the verb", () => {
    expect(namesOfKind("Lake Science Center Earns Key Pine Award", "Organization")).toEqual([
      "Lake Science Center",
    ]);
  });
});

describe("a person named by dotted initials and a surname", () => {
  test("'N.K. Ostrova', 'Prof. J.G. Tan': two or three initials, then the surname", () => {
    expect(
      namesOfKind(
        "The novella by N.K. Ostrova won; Prof. J.G. Tan and R.L.M. Voss spoke.",
        "Person",
      ),
    ).toEqual(["N.K. Ostrova", "J.G. Tan", "R.L.M. Voss"]);
  });

  test("guard: a country's letters are no initials ('U.S. Navy', 'P.R. China')", () => {
    expect(
      namesOfKind(
        "Officers of the U.S. Navy visited P.R. China to resist U.S. Pressure.",
        "Person",
      ),
    ).toEqual([]);
  });
});

describe("a foreign name with a post after its comma", () => {
  test("a hyphenated given name, and a surname that a Chinese name may also have", () => {
    expect(
      namesOfKind(
        "Three winners came from industry: Jean-Remy Dufort, CEO of Tarn Motors; Sokha Leng, president of Lake Bank; and Ke Min.",
        "Person",
      ),
    ).toEqual(["Jean-Remy Dufort", "Sokha Leng", "Ke Min"]);
  });
});

describe("a surname, a comma, then a hyphened given name", () => {
  test("'Lin, Yu-Hua' and 'Gao, Zhen-Bo' are people, as lists of scholars write them", () => {
    expect(
      namesOfKind(
        "Panel\n\nLin, Yu-Hua, professor of surgery;\nGao, Zhen-Bo, director of the Tarn Heart Centre.",
        "Person",
      ),
    ).toEqual(["Lin, Yu-Hua", "Gao, Zhen-Bo"]);
  });

  test("guard: a list of surnames is no name, and a name after the given one opens another", () => {
    expect(namesOfKind("Lin, Gao and Wang spoke; Lin, Yu-Hua Chen left.", "Person")).toEqual([
      "Yu-Hua Chen",
    ]);
  });
});

describe("'Dean' before a name makes it a person's", () => {
  test("'Dean Men Haoran': a surname that is also an English word", () => {
    expect(namesOfKind("Dean Men Haoran won the first prize.", "Person")).toEqual(["Men Haoran"]);
  });

  test("guard: 'the Dean of the School' names no one", () => {
    expect(namesOfKind("The Dean of the School of Law spoke.", "Person")).toEqual([]);
  });
});

describe("'the federation', 'the ministry': short forms of the body named before", () => {
  test("each refers back to the nearest body of its kind", () => {
    expectFacts(
      "Pine News\n\nThe Tarn Federation of Trade Unions named 20 model workers. The federation also named ten model collectives. The Ministry of Culture approved the list, and the ministry said more would follow.",
      {
        mentions: [
          { surface: "The federation", name: "Tarn Federation of Trade Unions" },
          { surface: "the ministry", name: "Ministry of Culture" },
        ],
      },
    );
  });

  test("after 'became', 'the ministry and city ...' describes a title, not the ministry", () => {
    expect(
      conferralLines(
        "The Ministry of Education visited Pine University. In 2011, Pine University became the ministry and city joint university.",
      ),
    ).toEqual(["Pine University <= ministry and city joint university"]);
  });
});

describe("'also known as' joins two names of one body", () => {
  test("the second name, after a short form in brackets, is the first body's", () => {
    expectFacts(
      "Pine News\n\nPine Hospital of Lake University (PHLU), also known as Hill General Hospital, was named a model hospital.",
      {
        mentions: [{ surface: "Hill General Hospital", name: "Pine Hospital of Lake University" }],
      },
    );
  });

  test("guard: two bodies joined by 'and' stay two", () => {
    expectFacts(
      "Pine News\n\nPine Hospital of Lake University and Hill General Hospital were named model hospitals.",
      {
        mentions: [
          { surface: "Hill General Hospital", name: "Hill General Hospital", hasAntecedent: false },
        ],
      },
    );
  });
});

describe("an acronym the text never defines, spelled from a name it gives", () => {
  test("'HUBU' is Hubei University: the first syllable whole, then initials", () => {
    expectFacts(
      "Campus News\n\nHubei University opened a new library. HUBU was named a provincial model campus.",
      { mentions: [{ surface: "HUBU", name: "Hubei University" }] },
    );
  });

  test("'HENU' is Henan University: 'Henan' reads He-nan, as pinyin spells it", () => {
    expectFacts(
      "Campus News\n\nHENU Opens a Library\n\nHenan University opened a new library. HENU was named a provincial model campus.",
      { mentions: [{ surface: "HENU", name: "Henan University" }] },
    );
  });

  test("'the GBM' spells the Grand Bauhinia Medal, an honor, not a body", () => {
    const facts = run(
      "Pine News\n\nLi Ming received the Grand Bauhinia Medal. The GBM is the highest award of the region.",
    );
    const gbm = facts.mentions.find((m) => m.surface === "GBM");
    expect(gbm?.kind).toBe("Honor");
    expect(gbm?.name).toBe("Grand Bauhinia Medal");
  });

  test("guard: letters two names share link to neither", () => {
    const facts = run(
      "Pine News\n\nHubei University and Hubu University signed a pact. HUBU was named a model.",
    );
    expect(facts.mentions.find((m) => m.surface === "HUBU")?.antecedent).toBeUndefined();
  });
});

describe("a plant is a body: 'Pine River Power Plant', 'Lake Hydropower Plant'", () => {
  test("power plants named as the holders' sites are bodies", () => {
    const text =
      "Unit 2 of Pine River Power Plant and the third unit of Lake Hydropower Plant won the landmark award.";
    expect(namesOfKind(text, "Organization")).toEqual([
      "Pine River Power Plant",
      "Lake Hydropower Plant",
    ]);
  });

  test("guard: a plant in lower case after a word of no name is no body", () => {
    expect(namesOfKind("The region grows a rare plant near the river.", "Organization")).toEqual(
      [],
    );
  });
});

describe("a foreign name told by the relative clause after it", () => {
  test("'Tavo Renquist, who ...' is a person", () => {
    const text = "Tavo Renquist, who runs a seed bank in Portugal, spoke after the ceremony.";
    expect(namesOfKind(text, "Person")).toEqual(["Tavo Renquist"]);
  });

  test("guard: 'Green Delta, which ...' is no person", () => {
    const text = "Green Delta, which runs a seed bank in Portugal, spoke after the ceremony.";
    expect(namesOfKind(text, "Person")).toEqual([]);
  });
});

describe("an English word that opens a clause is no place listed beside places", () => {
  test("'Luckily, Lin village and Mao village are on the list'", () => {
    const text = "Luckily, Lin village and Mao village are on the list.";
    expect(namesOfKind(text, "Place")).toEqual(["Lin Village", "Mao Village"]);
  });

  test("guard: 'Chengdu, Mianyang and Guang'an' stay three places", () => {
    const text = "Chengdu, Mianyang and Guang'an were named forest cities.";
    expect(namesOfKind(text, "Place")).toEqual(["Chengdu", "Mianyang", "Guang'an"]);
  });
});

describe("a short form that opens its sentence", () => {
  test("'The Foundation' is the foundation that opened the sentence before, not the last one named", () => {
    expectFacts(
      "Pine News\n\nThe Tarn Science Foundation was founded in 1996 by the Maple Foundation and the Cedar Foundation. The Foundation gives prizes to young scientists each year.",
      { mentions: [{ surface: "Foundation", name: "Tarn Science Foundation" }] },
    );
  });

  test("guard: inside its sentence it is still the nearest one named", () => {
    expectFacts(
      "Pine News\n\nThe Tarn Science Foundation was founded in 1996 by the Maple Foundation. Each year the Foundation gives prizes to young scientists.",
      { mentions: [{ surface: "Foundation", name: "Maple Foundation" }] },
    );
  });
});

describe("a former name is another name of the same body", () => {
  test("'A, originally known as B, was founded in 1924': B stands for A", () => {
    expectFacts(
      "Pine News\n\nTarn Normal University, originally known as Maple Teachers College, was founded in 1924.",
      { mentions: [{ surface: "Maple Teachers College", name: "Tarn Normal University" }] },
    );
  });
});

describe("an acronym before 'in' and a place is a body of its own", () => {
  test("'listed by UNESCO in Shandong Province': a body, then where", () => {
    const text = "Mount Tarn Geopark was listed by UNESCO in Shandong Province last spring.";
    expect(namesOfKind(text, "Organization")).toContain("UNESCO");
    expect(namesOfKind(text, "Place")).toEqual(["Shandong Province"]);
  });
});

describe("a surname alone refers back to the one person of that name", () => {
  const references = (text: string) =>
    run(text)
      .mentions.filter((m) => m.kind === "Person" && m.antecedent)
      .map((m) => `${m.surface}=${m.name}`);

  test("inside a sentence, and opening one with any verb after it", () => {
    expect(
      references(
        "The jury praised the film and its lead, Mara Pellow. It won its lead Pellow the Reed Prize. Kong Wei thanked the crew. Kong later flew home.",
      ),
    ).toEqual(["Pellow=Mara Pellow", "Kong=Kong Wei"]);
  });

  test("a surname that is an English word is a name only before a verb ('Tan stood out')", () => {
    expect(
      references(
        "Tan Yiling teaches at Pine College. Tan stood out among twenty teachers. Long Bao joined in May. Long before that, the contest opened.",
      ),
    ).toEqual(["Tan=Tan Yiling"]);
  });

  test("guard: a word that goes on a name or a count, or a surname two people share", () => {
    expect(
      references(
        "Ada Show and Wen Hong spoke. The garden was named Best in Show. Zhu Hong smiled. The 2020 Show opened. Li Na and Li Wei won; Li thanked them.",
      ),
    ).toEqual([]);
  });
});

describe("a person's name that opens one longer person's name is that person", () => {
  const roots = (text: string) => {
    const { mentions } = run(text);
    const byId = new Map(mentions.map((m) => [m.id, m]));
    return mentions
      .filter((m) => m.kind === "Person" && m.antecedent)
      .map((m) => `${m.surface} -> ${byId.get(m.antecedent as string)?.name}`);
  };

  test("'Professor Karen Ho' then 'Karen Ho Wai-ling', whichever comes first", () => {
    expect(
      roots("Professor Karen Ho opened the talk. Karen Ho Wai-ling won the Pine Prize in 2021."),
    ).toEqual(["Karen Ho -> Karen Ho Wai-ling"]);
  });

  test("guard: a name that opens two longer names stays as it is", () => {
    expect(
      roots("Professor Karen Ho spoke. Karen Ho Wai-ling and Karen Ho Man-kit then met."),
    ).toEqual([]);
  });
});
