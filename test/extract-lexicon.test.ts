import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { headKind, isBuiltProject, isPinyinName, pinyinSyllables } from "../src/extract/lexicon.ts";
import { announcementOf, kindsByName, namesOfKind } from "./support/extract-cases.ts";

describe("pinyin syllables", () => {
  test.each([
    ["Lanqiao", ["lan", "qiao"]],
    ["Songqiao", ["song", "qiao"]],
    ["Minzu", ["min", "zu"]],
    ["Xiangtan", ["xiang", "tan"]],
    ["Xian", ["xian"]],
  ])("%s splits into the fewest syllables", (word, syllables) => {
    expect(pinyinSyllables(word)).toEqual(syllables);
  });

  test.each([
    ["Henan", ["he", "nan"]],
    ["Jinan", ["ji", "nan"]],
    ["Yanan", ["ya", "nan"]],
  ])("%s: among as few syllables, the later ones open with a consonant", (word, syllables) => {
    expect(pinyinSyllables(word)).toEqual(syllables);
  });

  test.each(["Science", "Harbin", "Hill", "", "Lan-qiao", "River", "Tower", "Opera", "Auto"])(
    "%s is no pinyin word",
    (word) => {
      expect(pinyinSyllables(word)).toBeUndefined();
    },
  );

  test.each(["Ching", "Hsu", "Kwok", "Yeung"])(
    "%s, a Hong Kong or Taiwan spelling, is read as a syllable",
    (word) => {
      expect(pinyinSyllables(word)).toEqual([word.toLowerCase()]);
    },
  );

  test("agrees with isPinyinName on words of one to three syllables", () => {
    for (const word of ["Lanqiao", "Weicheng", "Qi", "Tarnvale", "Zhangjiajie"]) {
      const syllables = pinyinSyllables(word);
      expect(isPinyinName(word)).toBe(syllables !== undefined && syllables.length <= 3);
    }
  });
});

describe("names that are no person's", () => {
  test("a surname before an English noun names a river, an opera or a firm", () => {
    const text =
      "Town News\n\nThe town lies on the Chao River. Qin Opera and Wu Opera are sung here, and Li Auto opened a shop.";
    const people = extractFacts(announcementOf(text)).mentions.filter((m) => m.kind === "Person");
    expect(people.map((m) => m.name)).toEqual([]);
  });
});

describe("head words", () => {
  test.each(["Competition", "Contest", "Festival"])(
    "%s heads an event: it is held and has editions and winners",
    (word) => {
      expect(headKind(word)).toBe("Event");
    },
  );

  test.each(["Carnival", "Campaign", "Plan", "Day"])("%s heads a programme", (word) => {
    expect(headKind(word)).toBe("Program");
  });
});

describe("built works are no programmes", () => {
  // A project that builds a power line, a dam or homes, and an irrigation work, a farming heritage
  // site or a product named a system, are works; a talent plan, a programme of clinical
  // specialties or a system of honors stays a programme.
  test.each([
    ["Lake Tarn Hydro-electric Project", true],
    ["Pine Valley Power Grid Interconnection Project", true],
    ["Hill Bay Public Housing Project", true],
    ["Tarn Level Crossing Removal Project", true],
    ["Tarn Lake Irrigation System", true],
    ["Pine Hill Ancient Orchard System", true],
    ["Lakeside Energy Storage System", true],
    ["Tarn Talent Project", false],
    ["National Clinical Key Specialty Construction Project", false],
    ["Tarn Honors System", false],
    ["Globally Important Agricultural Heritage Systems", false],
  ])("%s: a built work %s", (name, built) => {
    expect(isBuiltProject(name)).toBe(built);
  });
});

describe("recognised marks", () => {
  test("'China Well-known Trademark' has an honor's head", () => {
    expect(headKind("Trademark")).toBe("Honor");
    expect(headKind("trademarks")).toBe("Honor");
  });

  test("'Tarn Liquor Master' has an honor's head", () => {
    expect(headKind("Master")).toBe("Honor");
  });
});

describe("names of programmes that are none", () => {
  test("a UN programme is a body: 'the United Nations Human Settlements Programme', 'the UN Environment Programme'", () => {
    const text =
      "City News\n\nTarn won the Scroll of Honour Award from the United Nations Human Settlements Programme. The UN Environment Programme named Pine Forest a Champion of the Earth.";
    const kinds = kindsByName(text);
    expect(kinds.get("United Nations Human Settlements Programme")).toBe("Organization");
    expect(kinds.get("UN Environment Programme")).toBe("Organization");
  });

  test("a programme's kind alone, or with only a place or body after it, is no programme: 'the Action Plan', 'Projects in Tarn'", () => {
    const text =
      "School News\n\nThe Action Plan was carried out. The Projects of Tarn University won awards. The school joined the Sunrise Reading Program and the Tarn Literacy Project.";
    const programs = namesOfKind(text, "Program");
    expect(programs).not.toContain("Action Plan");
    expect(programs).not.toContain("Projects of Tarn University");
    expect(programs).toContain("Sunrise Reading Program");
    expect(programs).toContain("Tarn Literacy Project");
  });
});

describe("editions of recurring days and weeks", () => {
  test("'the 2022 Tarn National Science Day' is an event of the programme 'National Science Day'", () => {
    const text =
      "Science News\n\nThe 2022 Tarn National Science Day was held at the Tarn Museum. The 2021 Pine Science and Technology Week opened in May.";
    const kinds = kindsByName(text);
    expect(kinds.get("2022 Tarn National Science Day")).toBe("Event");
    expect(kinds.get("National Science Day")).toBe("Program");
    expect(kinds.get("2021 Pine Science and Technology Week")).toBe("Event");
    expect(kinds.get("Pine Science and Technology Week")).toBe("Program");
  });

  test("guard: a festival's edition stays as it is, its place kept ('the 64th Berlin International Film Festival')", () => {
    const text =
      "Film News\n\nThe film won the top prize at the 64th Tarn International Film Festival.";
    const programs = namesOfKind(text, "Program");
    expect(programs).not.toContain("International Film Festival");
  });
});

describe("terms in capitals that name no body", () => {
  test("trade, technology and medical terms and abbreviations ('OEM', 'RFID', 'HR', 'JV', 'HK', 'MRI', 'IVF') are no organizations", () => {
    const text =
      "Tarn News\n\nTarn Motor Co., Ltd. became an OEM partner and set up RFID gates. Its HR team hired staff for its JV in HK. The Pine Hospital bought an MRI unit and opened an IVF clinic.";
    const orgs = extractFacts(announcementOf(text))
      .mentions.filter((m) => m.kind === "Organization")
      .map((m) => m.name);
    for (const term of ["OEM", "RFID", "HR", "JV", "HK", "MRI", "IVF"])
      expect(orgs).not.toContain(term);
    expect(orgs).toContain("Tarn Motor Co., Ltd.");
  });

  test("a courtesy title or a country's adjective standing alone is no body: 'and Mr. Guo', 'the Taiwanese actor'", () => {
    const text =
      "Hospital News\n\nThe team was praised. Mr. Li Wenhua, head of Tarn Hospital, and Mr. Guo Qiwen, its dean, spoke. The Taiwanese actor and the American singer won prizes.";
    const orgs = extractFacts(announcementOf(text))
      .mentions.filter((m) => m.kind === "Organization")
      .map((m) => m.name);
    expect(orgs).toEqual(["Tarn Hospital"]);
  });

  test("a country's name read alone is a place, not a body, and still holds what it won", () => {
    const text =
      "Prize News\n\nRwanda won the Tarn Prize for clean cities. Iceland won the Pine Award.";
    const facts = extractFacts(announcementOf(text));
    const kinds = new Map(facts.mentions.map((m) => [m.name, m.kind]));
    expect(kinds.get("Rwanda")).toBe("Place");
    expect(kinds.get("Iceland")).toBe("Place");
    expect(facts.conferrals).toHaveLength(2);
  });

  test("guard: an acronym the text defines for a body is still that body", () => {
    const text =
      "Tarn News\n\nThe Pine Valley Research Center (PVRC) won the Lake Prize. PVRC staff came.";
    const orgs = extractFacts(announcementOf(text)).mentions.filter(
      (m) => m.kind === "Organization",
    );
    expect(orgs.map((m) => m.name)).toContain("Pine Valley Research Center");
  });
});

describe("round fifty-six: bodies' names that run past their first head", () => {
  const bodies = (text: string) => namesOfKind(`Tarn News\n\n${text}`, "Organization");

  test("'Confederation' heads a body: 'the Tarn Industry Confederation'", () => {
    expect(bodies("The forum was run by the Tarn Industry Confederation in May.")).toContain(
      "Tarn Industry Confederation",
    );
  });

  test.each([
    ["Yiyang Radio and Television reported the prize on Friday.", "Yiyang Radio and Television"],
    [
      "The gala was filmed by Anhui Radio and Television Group.",
      "Anhui Radio and Television Group",
    ],
    ["Hubei News Service carried the story.", "Hubei News Service"],
    ["The story was first told by Hunan Radio International.", "Hunan Radio International"],
  ])("a broadcaster's or agency's name goes on past its media word: %s", (text, name) => {
    expect(bodies(text)).toContain(name);
  });

  test("a numbered branch keeps its parent's words: 'Tarn Rail 12th Bureau Group Co., Ltd.'", () => {
    expect(bodies("The prize went to Tarn Rail 12th Bureau Group Co., Ltd. in May.")).toContain(
      "Tarn Rail 12th Bureau Group Co., Ltd.",
    );
  });

  test("guard: an edition's ordinal before an honor does not join the words before it", () => {
    const facts = extractFacts(
      announcementOf("Tarn News\n\nOn Monday the 3rd Pine Quality Award went to Tarn Steel Co."),
    );
    const honors = facts.mentions.filter((m) => m.kind === "Honor").map((m) => m.name);
    expect(honors.some((h) => /Monday/.test(h))).toBe(false);
  });

  test("guard: a media word at the end of a body's name still ends it", () => {
    const names = bodies("Yiyang Radio and Hunan Television both ran the list.");
    expect(names).toContain("Yiyang Radio");
    expect(names).not.toContain("Yiyang Radio and Hunan Television");
  });
});

describe("terms in capitals that name no body", () => {
  test("quality, records, trade and law terms alone are no organization", () => {
    const text =
      "The Tarn Hospital's EMR system passed EMRAM Stage 6, and its IPR office helps SMEs. The AGM of the LLC was held at COP15.";
    expect(namesOfKind(text, "Organization").filter((n) => /^[A-Z]+$/.test(n))).toEqual([]);
  });

  test("guard: a body's acronym still names it", () => {
    expect(
      namesOfKind(
        "The Tarn Science Association (TSA) named ten bases. TSA said so.",
        "Organization",
      ),
    ).toContain("Tarn Science Association");
  });
});
