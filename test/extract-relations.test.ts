import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("the object of a verb of winning: what is no honor", () => {
  test("'shared with the world the changes' shares news, not a prize", () => {
    expect(
      conferralLines(
        "At the ceremony Qiu Lanfeng shared with the world the changes in her village.",
      ),
    ).toEqual([]);
  });

  test("'shared the X Prize with B' still shares the prize", () => {
    expect(conferralLines("Qiu Lanfeng shared the Tarn River Prize with Shao Minghe.")).toEqual([
      "Qiu Lanfeng <= Tarn River Prize",
      "Shao Minghe <= Tarn River Prize",
    ]);
  });

  test("'for several times running' is no part of the prize", () => {
    expect(
      conferralLines("After that, Maple City won the city prize for several times running."),
    ).toEqual(["Maple City <= city prize"]);
  });

  test("'ranks 11th among all Tarnish cities' ranks, and 'all' cities name no title", () => {
    expect(
      conferralLines("Maple City ranks 11th among all Tarnish cities in overall competitiveness."),
    ).toEqual([]);
  });
});

describe("counted honors name none", () => {
  test("'many national and provincial prizes', 'multiple national awards in contests'", () => {
    expect(
      conferralLines(
        "Qiu Lanfeng has won many national and provincial prizes for her research. This year Maple University students have claimed multiple national awards in science contests.",
      ),
    ).toEqual([]);
  });

  test("'two National Science Awards' still names an award", () => {
    expect(conferralLines("Maple University won two Tarn Science Awards in 2020.")).toEqual([
      "Maple University <= Tarn Science Awards",
    ]);
  });
});

describe("what follows a count of awards", () => {
  test("'won 12 awards, accounting for half of them' names no honor", () => {
    expect(
      conferralLines(
        "Maple University has won 12 awards, accounting for about half of all the awards given this year.",
      ),
    ).toEqual([]);
  });
});

describe("'announced as' designates", () => {
  test("'X was announced as a Famous Trademark of Tarn by the office'", () => {
    expect(
      conferralLines(
        "Reedwater Group was announced as a Famous Trademark of Tarn by the provincial trademark office.",
      ),
    ).toEqual(["Reedwater Group <= Famous Trademark of Tarn"]);
  });
});

describe("'as the winner of X' after a verb of naming", () => {
  test("'was named as the joint winner of the X': the honor is X", () => {
    expect(
      conferralLines("Ruan Qiuyi was named as the joint winner of the Reedbank Poetry Prize."),
    ).toEqual(["Ruan Qiuyi <= Reedbank Poetry Prize"]);
  });
});

describe("a list of holders with their schools, two of them sharing one", () => {
  test("'A from X, B from Y, C and D from Z, and E from W were named' names all five", () => {
    expect(
      conferralLines(
        "Professors Wang Lin from the School of Law, Chen Hao from the Medical School, Li Qiang and Zhou Mei from the Business School, and researcher Sun Yue from the School of Physics were named Qianjiang Scholars.",
      ),
    ).toEqual([
      "Wang Lin <= Qianjiang Scholars",
      "Chen Hao <= Qianjiang Scholars",
      "Li Qiang <= Qianjiang Scholars",
      "Zhou Mei <= Qianjiang Scholars",
      "Sun Yue <= Qianjiang Scholars",
    ]);
  });

  test("guard: 'A and B' read as one pair of a list stays two holders, no more", () => {
    expect(
      conferralLines(
        "Li Qiang and Zhou Mei from the Business School were named Qianjiang Scholars.",
      ),
    ).toEqual(["Li Qiang <= Qianjiang Scholars", "Zhou Mei <= Qianjiang Scholars"]);
  });
});

describe("a ranking's title ends before the ranking it is in", () => {
  test("'selected as the most creative towns in this year's ranking'", () => {
    expect(
      conferralLines(
        "Ten Tarnish cities, including Maple City, Birch City and Cedar City, were selected as the most creative towns in this year's ranking.",
      ),
    ).toEqual([
      "Maple City <= most creative towns",
      "Birch City <= most creative towns",
      "Cedar City <= most creative towns",
    ]);
  });

  test("'named the happiest cities in the ranking' ends before 'in the ranking'", () => {
    expect(
      conferralLines("Maple City and Birch City were named the happiest cities in the ranking."),
    ).toEqual(["Maple City <= happiest cities", "Birch City <= happiest cities"]);
  });
});

describe("a bare verb of listing takes the honor the text announced", () => {
  test("'were recognized this time' after the list was announced", () => {
    expect(
      conferralLines(
        'The ministry announced the new list of "Pine Time-Honored Brands". Altogether 12 firms including Maple Group, Birch Garden and Cedar Restaurant were recognized this time, and the list now holds 300.',
      ),
    ).toEqual([
      "Maple Group <= Pine Time-Honored Brands",
      "Birch Garden <= Pine Time-Honored Brands",
      "Cedar Restaurant <= Pine Time-Honored Brands",
    ]);
  });

  test("guard: 'recognized for its service' says why, and puts it on no list", () => {
    expect(
      conferralLines(
        'The ministry announced the new list of "Pine Time-Honored Brands". Maple Group was recognized for its service this year.',
      ),
    ).toEqual([]);
  });
});

describe("'the title as a X' names its title as 'the title of X' does", () => {
  test("'won the honorary title as a Recommended Green Destination for Hill Travelers'", () => {
    expect(
      conferralLines(
        "Maple City won the honorary title as a Recommended Green Destination for Hill Travelers.",
      ),
    ).toEqual(["Maple City <= Recommended Green Destination for Hill Travelers"]);
  });
});

describe("honors given after death: 'posthumously', 'martyr'", () => {
  test("'was posthumously awarded', 'honored posthumously as martyrs'", () => {
    expect(
      conferralLines(
        "Wang Lin was posthumously awarded the Pine Medal. Two firefighters, Chen Hao and Li Qiang, were honored posthumously as martyrs last week.",
      ),
    ).toEqual(["Wang Lin <= Pine Medal", "Chen Hao <= martyrs", "Li Qiang <= martyrs"]);
  });

  test("guard: a martyrs' memorial hall visited is no honor", () => {
    expect(
      conferralLines("Wang Lin visited the Pine Martyrs Memorial Hall and spoke to students."),
    ).toEqual([]);
  });
});

describe("a counted subject whose members stand in brackets", () => {
  test("'Four towns (A, B, C and D) were named X' gives X to each town", () => {
    expect(
      conferralLines(
        "Four towns (Qingshi, Baitan, Luoping and Heshan) were named Provincial Garden Towns.",
      ),
    ).toEqual([
      "Qingshi <= Provincial Garden Towns",
      "Baitan <= Provincial Garden Towns",
      "Luoping <= Provincial Garden Towns",
      "Heshan <= Provincial Garden Towns",
    ]);
  });
});

describe("'A, B and C are among the places that were added to X'", () => {
  test("the group and where it is come between 'among' and 'that were'", () => {
    expect(
      conferralLines(
        'Maple City and Tarnwood are among several lakeside towns in Hubei that were added to the "Best Lakeside Towns" list.',
      ),
    ).toEqual(["Maple City <= Best Lakeside Towns", "Tarnwood <= Best Lakeside Towns"]);
  });
});

describe("villages each with the province they are in", () => {
  test("'A Village in P, B Village in Q and C Village in R were named X': three holders", () => {
    expect(
      conferralLines(
        "Shuikou Village in Hunan Province, Longtan Village in Anhui Province and Meiling Village in Fujian Province were named Provincial Ecological Villages.",
      ),
    ).toEqual([
      "Shuikou Village <= Provincial Ecological Villages",
      "Longtan Village <= Provincial Ecological Villages",
      "Meiling Village <= Provincial Ecological Villages",
    ]);
  });
});

describe("a list of holders with asides", () => {
  test("'A (top) - a post - and B share the X': the dashes set off A's post", () => {
    expect(
      conferralLines(
        "Gao Ming (top) - the founder of a wetland charity in Jiangxi - and Rosa Pinto share the 2011 Green Delta Prize.",
      ),
    ).toEqual(["Gao Ming <= Green Delta Prize", "Rosa Pinto <= Green Delta Prize"]);
  });

  test("'A (L) and B receive the X': a photo's one-letter position", () => {
    expect(conferralLines("Gao Ming (L) and Rosa Pinto receive the Green Delta Prize.")).toEqual([
      "Gao Ming <= Green Delta Prize",
      "Rosa Pinto <= Green Delta Prize",
    ]);
  });

  test("guard: 'share the same' shares no honor", () => {
    expect(
      conferralLines("Gao Ming and Rosa Pinto share the same love of the Green Delta Prize."),
    ).toEqual([]);
  });
});

describe("a quoted title after an ordinal", () => {
  test("'was named the first \"chief engineer of Tarn\"' reads the quoted title", () => {
    expect(
      conferralLines('Qiao Ming was named the first "chief engineer of Tarn" in May.'),
    ).toEqual(["Qiao Ming <= chief engineer of Tarn"]);
  });
});

describe("a counted list whose items lie in places the reader does not know", () => {
  test("'21 towns were selected, including A and B in P, C in Hill Qiang Autonomous, and D, E and F'", () => {
    expect(
      conferralLines(
        'The bureau said 300 towns were selected for the list of "model towns of the province". Officials said that 21 towns in Maple City were chosen for the list, including Qinfeng and Qianshi in Anling District, Jiwu Town in Beishan Qiang Autonomous, and Wujing Town, Dakou Town and Liyan Town.',
      ),
    ).toEqual([
      "Qinfeng <= model towns of the province",
      "Qianshi <= model towns of the province",
      "Jiwu Town <= model towns of the province",
      "Wujing Town <= model towns of the province",
      "Dakou Town <= model towns of the province",
      "Liyan Town <= model towns of the province",
    ]);
  });
});

describe("the honor's own name inside a longer phrase", () => {
  test("'won the individual \"Quiet Harbour City\" award': the quoted title", () => {
    expect(
      conferralLines('Maple City won the individual "Quiet Harbour City" award in 2020.'),
    ).toEqual(["Maple City <= Quiet Harbour City"]);
  });

  test("'received the highest award of the fair - the jade medal': the name after the dash", () => {
    expect(
      conferralLines(
        'Two teas, "Pine Dew" and "Cedar Mist", received the highest award of the fair - the jade medal.',
      ),
    ).toEqual(["Pine Dew <= jade medal", "Cedar Mist <= jade medal"]);
  });
});

describe("a rank won in a contest group", () => {
  test("'won first place in the Pine Needle Group' keeps the group", () => {
    expect(
      conferralLines(
        "Zhao Lan won first place in the Pine Needle Group, and Qian Hui won first place in the Silver Tip Group.",
      ),
    ).toEqual([
      "Zhao Lan <= first place in the Pine Needle Group",
      "Qian Hui <= first place in the Silver Tip Group",
    ]);
  });

  test("guard: 'won first place in the Hill Media contest' keeps the rank alone", () => {
    expect(conferralLines("Zhao Lan won first place in the Hill Media contest.")).toEqual([
      "Zhao Lan <= first place",
    ]);
  });
});

describe("a verb of praise with its object is active, not a passive without its auxiliary", () => {
  test("'In 2021, the Tarn Bureau recognized the fine work of A' gives the Bureau no honor", () => {
    expect(
      conferralLines(
        "In May 2021, the Tarn Culture Bureau recognized the fine work of the Maple Museum's repair team.",
      ),
    ).toEqual([]);
  });

  test("guard: 'In 2021, the Maple Museum, rated as a provincial first-class museum, opened'", () => {
    expect(
      conferralLines(
        "In 2021, the Maple Museum, rated as a provincial first-class museum, opened a new hall.",
      ),
    ).toEqual(["Maple Museum <= provincial first-class museum"]);
  });
});

describe("a holder listed by their relation to the one named before", () => {
  test("'A and his teammate B' are both holders, a title for each given 'respectively'", () => {
    expect(
      conferralLines(
        "Veteran Qiao Ming and his younger teammate Fan Lei were named the Male and Female Rowers of the Year, respectively.",
      ),
    ).toEqual(["Qiao Ming <= Male Rowers of the Year", "Fan Lei <= Female Rowers of the Year"]);
  });

  test("'A and her doubles partner B won the X'", () => {
    expect(
      conferralLines("Du Xia and her doubles partner Ke Min won the Reedbank Open Cup."),
    ).toEqual(["Du Xia <= Reedbank Open Cup", "Ke Min <= Reedbank Open Cup"]);
  });
});

describe("a title that ends 'with Chinese Characteristics'", () => {
  test("the words are the title's own", () => {
    expect(
      conferralLines(
        "Fan Lu, a tea farmer, won the title of Outstanding Builder of Socialism with Chinese Characteristics in 2018.",
      ),
    ).toEqual(["Fan Lu <= Outstanding Builder of Socialism with Chinese Characteristics"]);
  });
});
