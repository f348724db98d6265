// Genre coverage for the extractor: one table per phrasing family of ../shared/GENRE.md, with
// sentences written for these tests (names, places, honors and numbers are made up or varied;
// none is copied from data/announcements). Expectations are what a careful analyst would extract.
import { describe, expect, test } from "vitest";
import { expectCase, type GenreCase, run } from "./support/extract-cases.ts";

const CAST = "China Association for Science and Technology";
const MOST = "Ministry of Science and Technology";

const verbs: GenreCase[] = [
  {
    name: "was named as ... by ...",
    text: "Good news!\n\nOn June 8, 2023, the Hefei Museum of Science and Technology was named as a National Science Popularization Education Base by the China Association for Science and Technology.",
    expect: {
      conferrals: [
        {
          recipient: "Hefei Museum of Science and Technology",
          honor: "National Science Popularization Education Base",
          issuers: [CAST],
          date: "2023-06-08",
          status: "conferred",
          level: "national",
        },
      ],
    },
  },
  {
    name: "was named a ... (no 'as'), Recently",
    text: "Work Update\n\nRecently, Nanjing Forestry University was named a Jiangsu Provincial Popular Science Education Base by the Jiangsu Association for Science and Technology.",
    expect: {
      conferrals: [
        {
          recipient: "Nanjing Forestry University",
          honor: "Jiangsu Provincial Popular Science Education Base",
          issuers: ["Jiangsu Association for Science and Technology"],
          status: "conferred",
          level: "provincial",
        },
      ],
    },
  },
  {
    name: "was awarded the title of (quoted) ... by ..., year first",
    text: 'Announcement\n\nIn 2021, the Wuhan Botanical Garden of the Chinese Academy of Sciences was awarded the title of "National Advanced Collective in Science Popularization" by the Ministry of Science and Technology.',
    expect: {
      conferrals: [
        {
          recipient: "Wuhan Botanical Garden of the Chinese Academy of Sciences",
          honor: "National Advanced Collective in Science Popularization",
          issuers: [MOST],
          date: "2021",
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "won the title of, no issuer",
    text: "Update\n\nQingdao No. 2 Middle School won the title of Shandong Provincial Science and Technology Education Characteristic School in 2022.",
    expect: {
      conferrals: [
        {
          recipient: "Qingdao No. 2 Middle School",
          honor: "Shandong Provincial Science and Technology Education Characteristic School",
          issuers: [],
          date: "2022",
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "person was honored as",
    text: "Latest Update\n\nProfessor Zhou Min of Lanzhou University was honored as a National Advanced Individual in Science Popularization.",
    expect: {
      conferrals: [
        {
          recipient: "Zhou Min",
          honor: "National Advanced Individual in Science Popularization",
          issuers: [],
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "was selected into the list of the first batch of ...",
    text: "Highlights\n\nKunming Institute of Zoology was selected into the list of the first batch of Yunnan Provincial Science Popularization Demonstration Bases.",
    expect: {
      conferrals: [
        {
          recipient: "Kunming Institute of Zoology",
          honor: "Yunnan Provincial Science Popularization Demonstration Base",
          batch: "first",
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "was designated as ... by ... on a date",
    text: "Announcement\n\nThe Changsha Science and Technology Museum was designated as a Hunan Provincial Youth Science and Technology Education Base by the Hunan Provincial Department of Education on May 20, 2022.",
    expect: {
      conferrals: [
        {
          recipient: "Changsha Science and Technology Museum",
          honor: "Hunan Provincial Youth Science and Technology Education Base",
          issuers: ["Hunan Provincial Department of Education"],
          date: "2022-05-20",
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "was recognized as",
    text: "Work Update\n\nHarbin Institute of Technology Museum was recognized as a Heilongjiang Provincial Science Popularization Base by the Heilongjiang Provincial Department of Science and Technology on March 3, 2022.",
    expect: {
      conferrals: [
        {
          recipient: "Harbin Institute of Technology Museum",
          honor: "Heilongjiang Provincial Science Popularization Base",
          issuers: ["Heilongjiang Provincial Department of Science and Technology"],
          date: "2022-03-03",
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "was accredited as (museum grading)",
    text: "Good news!\n\nGuiyang Science Museum was accredited as a National First-Class Museum by the Chinese Museums Association.",
    expect: {
      conferrals: [
        {
          recipient: "Guiyang Science Museum",
          honor: "National First-Class Museum",
          issuers: ["Chinese Museums Association"],
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "A and B jointly awarded the title of X to N units, including Y",
    text: 'Announcement\n\nIn 2020, the Ministry of Science and Technology and the China Association for Science and Technology jointly awarded the title of "National Science Popularization Demonstration Base" to 120 units, including the Tianjin Natural History Museum.',
    expect: {
      conferrals: [
        {
          recipient: "Tianjin Natural History Museum",
          honor: "National Science Popularization Demonstration Base",
          issuers: [MOST, CAST],
          cohortSize: 120,
          date: "2020",
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "headline: X Named National ... Base",
    text: "Xiamen Science and Technology Museum Named National Popular Science Education Base\n\nThe museum opened in 2007 and receives more than one million visitors every year.",
    expect: {
      conferrals: [
        {
          recipient: "Xiamen Science and Technology Museum",
          honor: "National Popular Science Education Base",
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "headline: X Wins ... Award, restated in the body",
    text: "Dalian Maritime University Wins Liaoning Science and Technology Communication Award\n\nDalian Maritime University recently won the Liaoning Science and Technology Communication Award for its marine science popularization series.",
    expect: {
      conferrals: [
        {
          recipient: "Dalian Maritime University",
          honor: "Liaoning Science and Technology Communication Award",
          issuers: [],
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "headline: X Honored as ..., body names the list's issuer",
    text: "Lishui Ecology Museum Honored as Zhejiang Provincial Ecological Education Base\n\nRecently, the Zhejiang Provincial Department of Ecology and Environment announced the list of Zhejiang Provincial Ecological Education Bases, and the Lishui Ecology Museum was on the list.",
    expect: {
      conferrals: [
        {
          recipient: "Lishui Ecology Museum",
          honor: "Zhejiang Provincial Ecological Education Base",
          issuers: ["Zhejiang Provincial Department of Ecology and Environment"],
          status: "conferred",
        },
      ],
    },
  },
];

const statuses: GenreCase[] = [
  {
    name: "are proposed to be identified as, publicity period Dec 26 to Dec 30",
    text: "Public Notice\n\nAccording to the evaluation results, 120 units including the Zigong Dinosaur Museum and the Sichuan Science and Technology Museum are proposed to be identified as Sichuan Provincial Science Popularization Bases. The publicity period is from Dec 26 to Dec 30, 2023.",
    expect: {
      conferrals: [
        {
          recipient: "Zigong Dinosaur Museum",
          honor: "Sichuan Provincial Science Popularization Base",
          status: "proposed",
          cohortSize: 120,
          noticePeriod: ["2023-12-26", "2023-12-30"],
        },
        {
          recipient: "Sichuan Science and Technology Museum",
          honor: "Sichuan Provincial Science Popularization Base",
          status: "proposed",
          cohortSize: 120,
          noticePeriod: ["2023-12-26", "2023-12-30"],
        },
      ],
    },
  },
  {
    name: "are planned to be recognized as, Yesterday, notice by a bureau",
    text: "Ningbo Evening News (Reporter Chen Lu) Yesterday, the Ningbo Municipal Science and Technology Bureau issued a notice: 18 units including the Ningbo Museum and the Tianyi Pavilion Museum are planned to be recognized as Ningbo Science Popularization Demonstration Bases. The publicity period is from May 8 to May 14, 2023.",
    publicationDate: "2023-05-09",
    expect: {
      conferrals: [
        {
          recipient: "Ningbo Museum",
          honor: "Ningbo Science Popularization Demonstration Base",
          issuers: ["Ningbo Municipal Science and Technology Bureau"],
          status: "proposed",
          cohortSize: 18,
          noticePeriod: ["2023-05-08", "2023-05-14"],
        },
        {
          recipient: "Tianyi Pavilion Museum",
          honor: "Ningbo Science Popularization Demonstration Base",
          issuers: ["Ningbo Municipal Science and Technology Bureau"],
          status: "proposed",
          cohortSize: 18,
          noticePeriod: ["2023-05-08", "2023-05-14"],
        },
      ],
    },
  },
  {
    name: "passed the re-evaluation and was again named -> renewed",
    text: "Honor Roll\n\nThe Yunnan Provincial Museum passed the re-evaluation and was again named a National Science Popularization Education Base by the China Association for Science and Technology in 2022.",
    expect: {
      conferrals: [
        {
          recipient: "Yunnan Provincial Museum",
          honor: "National Science Popularization Education Base",
          issuers: [CAST],
          date: "2022",
          status: "renewed",
        },
      ],
    },
  },
];

const issuers: GenreCase[] = [
  {
    name: "six bodies jointly awarded the title",
    text: 'Highlights\n\nThe Publicity Department of the CPC Central Committee, the Ministry of Science and Technology, the China Association for Science and Technology, the Ministry of Education, the Ministry of Natural Resources and the Chinese Academy of Sciences jointly awarded the title of "National Excellent Science Popularization Venue" to the Shanghai Natural History Museum.',
    expect: {
      conferrals: [
        {
          recipient: "Shanghai Natural History Museum",
          honor: "National Excellent Science Popularization Venue",
          issuers: [
            MOST,
            "Publicity Department of the CPC Central Committee",
            CAST,
            "Ministry of Education",
            "Ministry of Natural Resources",
            "Chinese Academy of Sciences",
          ],
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "issuer implied by the ceremony's organiser",
    text: '2022 Hefei Youth Science Festival Opens\n\nOn the morning of October 12, 2022, the Hefei Municipal Education Bureau held the opening ceremony of the 2022 Hefei Youth Science Festival. At the ceremony, 12 schools including Hefei No. 8 High School were awarded the "Hefei Science Education Characteristic School".',
    expect: {
      conferrals: [
        {
          recipient: "Hefei No. 8 High School",
          honor: "Hefei Science Education Characteristic School",
          issuers: ["Hefei Municipal Education Bureau"],
          impliedIssuers: true,
          date: "2022-10-12",
          cohortSize: 12,
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "no issuer in the text",
    text: "Honor Roll\n\nZhuhai Science Center was awarded the title of Guangdong Provincial Science Popularization Base.",
    expect: {
      conferrals: [
        {
          recipient: "Zhuhai Science Center",
          honor: "Guangdong Provincial Science Popularization Base",
          issuers: [],
          status: "conferred",
        },
      ],
    },
  },
];

const lists: GenreCase[] = [
  {
    name: "a total of N units including A, B and C",
    text: "Latest Update\n\nA total of 35 units including the Shenyang Science and Technology Museum, the Liaoning Provincial Museum and the Dalian Natural History Museum were named Liaoning Provincial Science Popularization Bases.",
    expect: {
      conferrals: [
        {
          recipient: "Shenyang Science and Technology Museum",
          honor: "Liaoning Provincial Science Popularization Base",
          cohortSize: 35,
        },
        {
          recipient: "Liaoning Provincial Museum",
          honor: "Liaoning Provincial Science Popularization Base",
          cohortSize: 35,
        },
        {
          recipient: "Dalian Natural History Museum",
          honor: "Liaoning Provincial Science Popularization Base",
          cohortSize: 35,
        },
      ],
    },
  },
  {
    name: "N schools such as quoted A, B and C",
    text: 'Highlights\n\n17 schools such as "Nanshan Experimental School", "Shekou Yucai School" and "Futian Foreign Languages School" were awarded the "Shenzhen Science and Technology Education Demonstration School".',
    expect: {
      conferrals: [
        {
          recipient: "Nanshan Experimental School",
          honor: "Shenzhen Science and Technology Education Demonstration School",
          cohortSize: 17,
        },
        {
          recipient: "Shekou Yucai School",
          honor: "Shenzhen Science and Technology Education Demonstration School",
          cohortSize: 17,
        },
        {
          recipient: "Futian Foreign Languages School",
          honor: "Shenzhen Science and Technology Education Demonstration School",
          cohortSize: 17,
        },
      ],
    },
  },
  {
    name: "spelled-out count: Twelve schools, including X, were selected as",
    text: "Work Update\n\nTwelve schools, including Weifang No. 1 Middle School, were selected as Shandong Provincial Artificial Intelligence Education Pilot Schools.",
    expect: {
      conferrals: [
        {
          recipient: "Weifang No. 1 Middle School",
          honor: "Shandong Provincial Artificial Intelligence Education Pilot School",
          cohortSize: 12,
        },
      ],
    },
  },
  {
    name: "running total with no named recipient is no conferral",
    text: "Notice\n\nSo far, a total of 86 units in Wuhan have been named Hubei Provincial Science Popularization Education Bases.",
    expect: { conferrals: [] },
  },
  {
    name: "cohort is this year's list, not the running total",
    text: "Good news!\n\nThis year, 12 units including the Jinan Botanical Garden were named Shandong Provincial Science Popularization Bases, bringing the total number of provincial bases in Jinan to more than 60.",
    expect: {
      conferrals: [
        {
          recipient: "Jinan Botanical Garden",
          honor: "Shandong Provincial Science Popularization Base",
          cohortSize: 12,
        },
      ],
    },
  },
  {
    name: "A, B, and C (serial comma) were named the first batch of ...",
    text: "Announcement\n\nThe Nanjing Museum, the Nanjing Science and Technology Museum, and the Purple Mountain Observatory were named the first batch of Jiangsu Provincial Science Popularization Demonstration Bases.",
    expect: {
      conferrals: [
        {
          recipient: "Nanjing Museum",
          honor: "Jiangsu Provincial Science Popularization Demonstration Base",
          batch: "first",
          cohortSize: null,
        },
        {
          recipient: "Nanjing Science and Technology Museum",
          honor: "Jiangsu Provincial Science Popularization Demonstration Base",
          batch: "first",
          cohortSize: null,
        },
        {
          recipient: "Purple Mountain Observatory",
          honor: "Jiangsu Provincial Science Popularization Demonstration Base",
          batch: "first",
          cohortSize: null,
        },
      ],
    },
  },
  {
    name: "More than N units, including A and B",
    text: "Update\n\nMore than 200 units, including the Kunming Zoo and the Yunnan Nationalities Museum, were named Yunnan Provincial Science Popularization Bases.",
    expect: {
      conferrals: [
        { recipient: "Kunming Zoo", honor: "Yunnan Provincial Science Popularization Base" },
        {
          recipient: "Yunnan Nationalities Museum",
          honor: "Yunnan Provincial Science Popularization Base",
        },
      ],
    },
  },
];

const levels: GenreCase[] = [
  {
    name: "second bunch, provincial level; a person's name inside an org name",
    text: "Highlights\n\nThe Shaoxing Lu Xun Memorial Hall was included in the second bunch of Zhejiang Provincial Patriotic and Science Education Bases.",
    expect: {
      conferrals: [
        {
          recipient: "Shaoxing Lu Xun Memorial Hall",
          honor: "Zhejiang Provincial Patriotic and Science Education Base",
          batch: "second",
          level: "provincial",
        },
      ],
      notPeople: ["Lu Xun"],
    },
  },
  {
    name: "municipal level: Municipal ... Base of the city",
    text: "Notice\n\nThe Yinchuan Science and Technology Museum was named a Municipal Science Popularization Base by the Yinchuan Municipal Science and Technology Bureau.",
    expect: {
      conferrals: [
        {
          recipient: "Yinchuan Science and Technology Museum",
          honor: [
            "Yinchuan Municipal Science Popularization Base",
            "Municipal Science Popularization Base",
          ],
          issuers: ["Yinchuan Municipal Science and Technology Bureau"],
          level: "municipal",
        },
      ],
    },
  },
  {
    name: "district level, N schools including X",
    text: "Good news!\n\n8 schools including Buji Experimental School were named Longgang District Science Popularization Demonstration Schools.",
    expect: {
      conferrals: [
        {
          recipient: "Buji Experimental School",
          honor: "Longgang District Science Popularization Demonstration School",
          cohortSize: 8,
          level: "district",
        },
      ],
    },
  },
  {
    name: "numeric ordinal batch: the 5th batch",
    text: "Announcement\n\nZhuzhou Aviation Museum was named in the 5th batch of Hunan Provincial Industrial Tourism Demonstration Bases.",
    expect: {
      conferrals: [
        {
          recipient: "Zhuzhou Aviation Museum",
          honor: "Hunan Provincial Industrial Tourism Demonstration Base",
          batch: "fifth",
          level: "provincial",
        },
      ],
    },
  },
  {
    name: "China ... Base is national level",
    text: "Update\n\nThe Chongqing Natural History Museum was named a China Science Popularization Education Base.",
    expect: {
      conferrals: [
        {
          recipient: "Chongqing Natural History Museum",
          honor: "China Science Popularization Education Base",
          level: "national",
        },
      ],
    },
  },
];

const names: GenreCase[] = [
  {
    name: "sub-unit: School of Y of X University",
    text: "Latest Update\n\nThe School of Life Sciences of Fudan University was named a Shanghai Science Popularization Education Base.",
    expect: {
      conferrals: [
        {
          recipient: "School of Life Sciences of Fudan University",
          honor: "Shanghai Science Popularization Education Base",
        },
      ],
      organizations: ["School of Life Sciences of Fudan University", "Fudan University"],
    },
  },
  {
    name: "acronym then 'the ACR' as recipient",
    text: "Notice\n\nThe Shenzhen Institute of Advanced Technology (SIAT) was founded in 2006. In 2022, the SIAT was named a Shenzhen Science Popularization Education Base.",
    expect: {
      conferrals: [
        {
          recipient: "Shenzhen Institute of Advanced Technology",
          honor: "Shenzhen Science Popularization Education Base",
          date: "2022",
        },
      ],
    },
  },
  {
    name: "'&' inside a name",
    text: "Good news!\n\nHunan Science & Technology Museum was named a Hunan Provincial Science Popularization Base.",
    expect: {
      conferrals: [
        {
          recipient: "Hunan Science & Technology Museum",
          honor: "Hunan Provincial Science Popularization Base",
        },
      ],
      organizations: ["Hunan Science & Technology Museum"],
    },
  },
  {
    name: "head nouns: Commission, Committee, University, Society, Park, Centre",
    text: "Announcement\n\nThe event was attended by representatives of the Jilin Provincial Health Commission, the Changchun Municipal Party Committee, Jilin University, the Changchun Geological Society, the Jingyuetan National Forest Park and the Changchun Science and Technology Centre.",
    expect: {
      conferrals: [],
      organizations: [
        "Jilin Provincial Health Commission",
        "Changchun Municipal Party Committee",
        "Jilin University",
        "Changchun Geological Society",
        "Jingyuetan National Forest Park",
        "Changchun Science and Technology Centre",
      ],
    },
  },
  {
    name: "head nouns: Ministry, Academy, Bureau, Institute, Hospital, Base, Laboratory",
    text: "Update\n\nExperts from the Ministry of Ecology and Environment, the Chinese Academy of Forestry, the Zhejiang Provincial Forestry Bureau, the Institute of Botany, the Zhejiang Cancer Hospital, the Anji Bamboo Research Base and the State Key Laboratory of Subtropical Silviculture took part in the forum.",
    expect: {
      conferrals: [],
      organizations: [
        "Ministry of Ecology and Environment",
        "Chinese Academy of Forestry",
        "Zhejiang Provincial Forestry Bureau",
        "Institute of Botany",
        "Zhejiang Cancer Hospital",
        "Anji Bamboo Research Base",
        "State Key Laboratory of Subtropical Silviculture",
      ],
    },
  },
  {
    name: "translation variant: Publicity Department of the CPC Central Committee as issuer",
    text: 'Highlights\n\nThe Publicity Department of the CPC Central Committee and the Ministry of Science and Technology jointly awarded the title of "National Science Popularization Star" to Wang Jun, a researcher at the Institute of Oceanology.',
    expect: {
      conferrals: [
        {
          recipient: "Wang Jun",
          honor: "National Science Popularization Star",
          issuers: [
            [
              "Publicity Department of the CPC Central Committee",
              "Propaganda Department of the CPC Central Committee",
            ],
            MOST,
          ],
        },
      ],
    },
  },
  {
    name: "a person's name inside a university name is no person",
    text: "Notice\n\nSun Yat-sen University Museum was named a Guangzhou Science Popularization Base.",
    expect: {
      conferrals: [
        {
          recipient: "Sun Yat-sen University Museum",
          honor: "Guangzhou Science Popularization Base",
        },
      ],
      notPeople: ["Sun Yat-sen"],
    },
  },
];

const coreference: GenreCase[] = [
  {
    name: "a bare acronym of pinyin syllables (LQU for Lanqiao University)",
    text: "Campus News\n\nLanqiao University opened its new library in May. In 2023, LQU was named a Provincial Model Campus for Reading.",
    expect: {
      conferrals: [
        {
          recipient: "Lanqiao University",
          honor: "Provincial Model Campus for Reading",
          date: "2023",
        },
      ],
      mentions: [{ surface: "LQU", name: "Lanqiao University" }],
    },
  },
  {
    name: "syllable and word initials mixed (SQMZC for Songqiao Minzu College)",
    text: "Notice\n\nSongqiao Minzu College held its sports week. In 2022, SQMZC was rated a Provincial Demonstration College for Ethnic Unity.",
    expect: {
      conferrals: [
        {
          recipient: "Songqiao Minzu College",
          honor: "Provincial Demonstration College for Ethnic Unity",
        },
      ],
      mentions: [{ surface: "SQMZC", name: "Songqiao Minzu College" }],
    },
  },
  {
    name: "syllable initials two bodies share stay unlinked (LQU: Lanqiao and Liuquan)",
    text: "Notice\n\nLanqiao University and Liuquan University signed a teaching agreement. LQU was named a Provincial Model Campus for Reading.",
    expect: {
      conferrals: [{ recipient: "LQU", honor: "Provincial Model Campus for Reading" }],
    },
  },
  {
    name: "the Hospital as recipient",
    text: "Good news!\n\nXiangya Hospital of Central South University has long attached importance to health science popularization. In 2022, the Hospital was named a Hunan Provincial Health Science Popularization Base by the Health Commission of Hunan Province.",
    expect: {
      conferrals: [
        {
          recipient: "Xiangya Hospital of Central South University",
          honor: "Hunan Provincial Health Science Popularization Base",
          issuers: ["Health Commission of Hunan Province"],
          date: "2022",
        },
      ],
      mentions: [{ surface: "the Hospital", name: "Xiangya Hospital of Central South University" }],
    },
  },
  {
    name: "the Base as recipient",
    text: "Announcement\n\nThe Qinling Giant Salamander Breeding Base in Hanzhong has bred the endangered species since 2005. On September 16, 2022, the Base was named a Shaanxi Provincial Science Popularization Base by the Shaanxi Provincial Department of Science and Technology.",
    expect: {
      conferrals: [
        {
          recipient: [
            "Qinling Giant Salamander Breeding Base",
            "Qinling Giant Salamander Breeding Base in Hanzhong",
          ],
          honor: "Shaanxi Provincial Science Popularization Base",
          issuers: ["Shaanxi Provincial Department of Science and Technology"],
          date: "2022-09-16",
        },
      ],
    },
  },
];

const dates: GenreCase[] = [
  {
    name: "the year a body opened or was founded is not the year of its honor",
    publicationDate: "2023-05-10",
    text: "Museum news\n\nThe Jade Lake Museum, which opened in 2010, was designated a national second-class museum on May 8.",
    expect: {
      conferrals: [
        {
          recipient: "Jade Lake Museum",
          honor: "national second-class museum",
          date: "2023-05-08",
        },
      ],
    },
  },
  {
    name: "the end of a publicity period is not the conferral date; the headline's honor takes the publication month",
    publicationDate: "2023-03-10",
    text: "Four parks are new provincial geology parks\n\nThe publicity was completed on March 2, 2023, and the following parks were determined as provincial geology parks:\n1. Qingshi Gorge Park, Linhe County\n2. Baiyun Cliff Park, Tanxi County",
    expect: {
      conferrals: [
        { recipient: "Qingshi Gorge Park", honor: "provincial geology parks", date: "2023-03" },
        { recipient: "Baiyun Cliff Park", honor: "provincial geology parks", date: "2023-03" },
      ],
    },
  },
  {
    name: "a ceremony held on a day, told with its long name before 'was held'; the awards follow in the next line",
    publicationDate: "2021-05-02",
    text: "The 2021 Conference for Honoring the Model Workers and Advanced Collectives of the Lakeside Region was held in the Lakeside Exhibition Hall of Lakeside City on April 28.\nThe Lakeside Rail Company was granted the Lakeside May Day Labor Award.",
    expect: {
      conferrals: [
        {
          recipient: "Lakeside Rail Company",
          honor: "Lakeside May Day Labor Award",
          date: "2021-04-28",
        },
      ],
    },
  },
  {
    name: "'on the evening of the 6th' is a day of the publication month; 'At the ceremony' takes the date of the sentence before",
    publicationDate: "2022-03-08",
    text: "Awards night\n\nThe annual Riverland Science Gala was held on the evening of the 6th in Riverland.\nAt the ceremony, the Riverland Science Society awarded the Riverland Science Star Award to Peng Lihua, in recognition of her outreach work in 2021.",
    expect: {
      conferrals: [
        {
          recipient: "Peng Lihua",
          honor: "Riverland Science Star Award",
          date: "2022-03-06",
        },
      ],
    },
  },
  {
    name: "a congress held across days of one year dates its awards by the year; a page stamp does not",
    text: "Hillview physicists honored\nUpdated: 2012-01-09\nAt the 9th Congress of the Hillview Physics Society held from November 28, 2010 to December 1, 2010, Tan Yue won the award of advanced worker of the Society.",
    expect: {
      conferrals: [{ recipient: "Tan Yue", honor: "advanced worker of the Society", date: "2010" }],
    },
  },
  {
    name: "On November 29 with the year from a document number [2020] No. 12",
    text: "Honor Roll\n\nAccording to the Notice of the Jiangsu Association for Science and Technology (Su Ke Xie Fa [2020] No. 12), on November 29, the Changzhou Dinosaur Park was named a Jiangsu Provincial Science Popularization Education Base.",
    expect: {
      conferrals: [
        {
          recipient: "Changzhou Dinosaur Park",
          honor: "Jiangsu Provincial Science Popularization Education Base",
          issuers: ["Jiangsu Association for Science and Technology"],
          date: "2020-11-29",
        },
      ],
    },
  },
  {
    name: "On September 17 with the year from a named year (Day of 2023)",
    text: "Notice\n\nOn September 17, during the National Science Popularization Day of 2023, the Lhasa Science and Technology Museum was named a Tibet Autonomous Region Science Popularization Base.",
    expect: {
      conferrals: [
        {
          recipient: "Lhasa Science and Technology Museum",
          honor: "Tibet Autonomous Region Science Popularization Base",
          date: "2023-09-17",
        },
      ],
    },
  },
  {
    name: "On the afternoon of May 18, 2022",
    text: "Announcement\n\nOn the afternoon of May 18, 2022, the Taiyuan Museum of Coal was awarded the title of Shanxi Provincial Science Popularization Education Base.",
    expect: {
      conferrals: [
        {
          recipient: "Taiyuan Museum of Coal",
          honor: "Shanxi Provincial Science Popularization Education Base",
          date: "2022-05-18",
        },
      ],
    },
  },
  {
    name: "On the morning of March 3 with the year from the headline",
    text: "2023 Yantai Science Popularization Work Conference Held\n\nOn the morning of March 3, the Yantai Association for Science and Technology held the 2023 Yantai Science Popularization Work Conference, at which the Yantai Marine Museum was named a Yantai Science Popularization Demonstration Base.",
    expect: {
      conferrals: [
        {
          recipient: "Yantai Marine Museum",
          honor: "Yantai Science Popularization Demonstration Base",
          issuers: ["Yantai Association for Science and Technology"],
          date: "2023-03-03",
        },
      ],
      events: [{ name: "2023 Yantai Science Popularization Work Conference", date: "2023-03-03" }],
    },
  },
  {
    name: "abbreviated month: On Dec. 8, 2021",
    text: "Latest Update\n\nOn Dec. 8, 2021, the Nanning Zoo was named a Guangxi Science Popularization Education Base.",
    expect: {
      conferrals: [
        {
          recipient: "Nanning Zoo",
          honor: "Guangxi Science Popularization Education Base",
          date: "2021-12-08",
        },
      ],
    },
  },
  {
    name: "day-first date: On 12 October 2022",
    text: "Highlights\n\nOn 12 October 2022, the Lanzhou Water Wheel Museum was named a Gansu Provincial Science Popularization Base.",
    expect: {
      conferrals: [
        {
          recipient: "Lanzhou Water Wheel Museum",
          honor: "Gansu Provincial Science Popularization Base",
          date: "2022-10-12",
        },
      ],
    },
  },
  {
    name: "notice period as a day range: November 21-25, 2022",
    text: "Public Notice\n\n15 units including the Zhenjiang Museum are proposed to be named Zhenjiang Science Popularization Bases. The publicity period is November 21-25, 2022.",
    expect: {
      conferrals: [
        {
          recipient: "Zhenjiang Museum",
          honor: "Zhenjiang Science Popularization Base",
          status: "proposed",
          cohortSize: 15,
          noticePeriod: ["2022-11-21", "2022-11-25"],
        },
      ],
    },
  },
];

const people: GenreCase[] = [
  {
    name: "Professor Li Wei from a sub-unit",
    text: "Honor Roll\n\nProfessor Li Wei from the School of Physics of Nankai University gave a lecture on quantum computing to 300 students.",
    expect: {
      people: [
        {
          name: "Li Wei",
          posts: [
            {
              post: "Professor",
              organization: ["School of Physics of Nankai University", "Nankai University"],
            },
          ],
        },
      ],
    },
  },
  {
    name: "byline: Outlet (Reporter Name)",
    text: "Hangzhou Daily (Reporter Wang Fang) On May 12, 2023, the Hangzhou Science and Technology Museum was named a Zhejiang Provincial Science Popularization Base.",
    expect: {
      people: [
        { name: "Wang Fang", posts: [{ post: "Reporter", organization: "Hangzhou Daily" }] },
      ],
      someConferrals: [
        {
          recipient: "Hangzhou Science and Technology Museum",
          honor: "Zhejiang Provincial Science Popularization Base",
          date: "2023-05-12",
        },
      ],
    },
  },
];

const events: GenreCase[] = [
  {
    name: "X signed a strategic cooperation agreement with Y",
    text: "Latest Update\n\nOn November 3, 2022, the Chengdu Association for Science and Technology signed a strategic cooperation agreement with the Chengdu Museum.",
    expect: {
      conferrals: [],
      events: [
        {
          kind: "Signing",
          date: "2022-11-03",
          organizers: ["Chengdu Association for Science and Technology", "Chengdu Museum"],
          agreement: "strategic cooperation agreement",
        },
      ],
    },
  },
];

const programmes: GenreCase[] = [
  {
    name: "the 14th Five-Year Plan",
    text: "Work Plan\n\nDuring the 14th Five-Year Plan period, the Taiyuan Association for Science and Technology will build 50 community science popularization stations.",
    expect: { programmes: [["14th Five-Year Plan", "14th Five-Year Plan period"]] },
  },
  {
    name: "National Science Popularization Day of 2022",
    text: "Good news!\n\nDuring the National Science Popularization Day of 2022, the Shenyang Science Palace held more than 30 activities.",
    expect: {
      programmes: [
        ["National Science Popularization Day", "National Science Popularization Day of 2022"],
      ],
      conferrals: [],
    },
  },
  {
    name: 'quoted code programme: the "1+3+N" ... system',
    text: 'Update\n\nThe Hefei Science and Technology Museum has built the "1+3+N" science popularization service system covering all districts and counties.',
    expect: {
      programmes: [["1+3+N science popularization service system", "1+3+N system", "1+3+N"]],
    },
  },
  {
    name: "Healthy China Initiative and National Science and Technology Activity Week",
    text: "Latest Update\n\nGuided by the Healthy China Initiative, the Ningxia Medical University General Hospital organized 40 events during the National Science and Technology Activity Week.",
    expect: {
      programmes: ["Healthy China Initiative", "National Science and Technology Activity Week"],
      organizations: ["Ningxia Medical University General Hospital"],
    },
  },
];

const noise: GenreCase[] = [
  {
    name: "the page's share buttons are no names",
    text: "Qinfeng Spirit Wins Double Gold at Lakeland Fair\n\nMay 3, 2021 | Posted in News\n\nQinfeng Reserve, a spirit first bottled this spring, has won double gold at the 2021 Lakeland Spirits Fair. Among all entries, only 12 spirits received the double gold award.\n\nRead the whole story.\n\n  \u2022 Share\n  \u2022 Tweet\n  \u2022 Share\nHarvest Evening - Lakeland Week Ends With a Toast",
    expect: { notOrganizations: ["Share", "Tweet"] },
  },
  {
    name: "a name that ends in Prize is an honor, not a body (Silver Heron Jury Prize)",
    text: "Lakeside Film Festival Closes\n\nNorthern Reeds by Ilya Darn won the Golden Heron Grand Prize on Saturday. The other winners were:\nSilver Heron Jury Prize - Mara Quell's Salt Road\nSilver Heron for Best Score - Tomas Arvel, Salt Road",
    expect: { notOrganizations: ["Silver Heron Jury Prize"] },
  },
  {
    name: "a body named for the awards it runs stays a body (Office of the Lakeland Awards)",
    text: "Notice\n\nThe Office of the Lakeland Science Awards announced the winners on Monday. Tarnvale Institute of Optics won the Lakeland Science Award.",
    expect: {
      organizations: ["Office of the Lakeland Science Awards", "Tarnvale Institute of Optics"],
      someConferrals: [
        { recipient: "Tarnvale Institute of Optics", honor: "Lakeland Science Award" },
      ],
    },
  },

  {
    name: "curly opening quote and straight closing quote around an honor",
    text: 'Work Update\n\nJinhua Science Museum was awarded the title of \u201CZhejiang Provincial Youth Science Education Base" in 2022.',
    expect: {
      conferrals: [
        {
          recipient: "Jinhua Science Museum",
          honor: "Zhejiang Provincial Youth Science Education Base",
          date: "2022",
        },
      ],
    },
  },
  {
    name: "image file line between paragraphs",
    text: "Honor Roll\n\nThe Quzhou Science Museum held an open day on Saturday.\n\n 003.jpg\n\n11 units including the Quzhou Science Museum and the Jiangshan Tea Museum were named Quzhou Science Popularization Education Bases.",
    expect: {
      conferrals: [
        {
          recipient: "Quzhou Science Museum",
          honor: "Quzhou Science Popularization Education Base",
          cohortSize: 11,
        },
        {
          recipient: "Jiangshan Tea Museum",
          honor: "Quzhou Science Popularization Education Base",
          cohortSize: 11,
        },
      ],
    },
  },
  {
    name: "mojibake quotes around an honor (repaired at ingest)",
    text: "Good news!\n\nYichang Science and Technology Museum was awarded the title of \u00A1\u00B0Hubei Provincial Science Popularization Base\u00A1\u00B1.",
    repair: true,
    expect: {
      conferrals: [
        {
          recipient: "Yichang Science and Technology Museum",
          honor: "Hubei Provincial Science Popularization Base",
        },
      ],
    },
  },
  {
    name: "missing spaces after commas",
    text: "Announcement\n\nOn May 20,2023,the Taizhou Science Museum was named a Zhejiang Provincial Science Popularization Base.",
    expect: {
      conferrals: [
        {
          recipient: "Taizhou Science Museum",
          honor: "Zhejiang Provincial Science Popularization Base",
          date: "2023-05-20",
        },
      ],
    },
  },
  {
    name: "typo: science polarization",
    text: "Latest Update\n\nYichun Forest Museum was named a National Science Polarization Education Base.",
    expect: {
      conferrals: [
        {
          recipient: "Yichun Forest Museum",
          honor: [
            "National Science Polarization Education Base",
            "National Science Popularization Education Base",
          ],
        },
      ],
    },
  },
  {
    name: "excerpt stops mid-sentence",
    text: "Highlights\n\nEight units including the Xining Tibetan Medicine Museum were named Qinghai Provincial Science Popularization Bases. The bases will carry out",
    expect: {
      conferrals: [
        {
          recipient: "Xining Tibetan Medicine Museum",
          honor: "Qinghai Provincial Science Popularization Base",
          cohortSize: 8,
        },
      ],
    },
  },
  {
    name: "percentage without its % sign is no count",
    text: "Honor Roll\n\nThe citizen science literacy rate of Foshan reached 15.2 in 2022, and 9 units including the Foshan Science Museum were named Guangdong Provincial Science Popularization Bases.",
    expect: {
      conferrals: [
        {
          recipient: "Foshan Science Museum",
          honor: "Guangdong Provincial Science Popularization Base",
          cohortSize: 9,
        },
      ],
    },
  },
  {
    name: "duplicated teaser paragraph gives one conferral",
    text: "Notice\n\nThe Mianyang Science and Technology Museum was named a Sichuan Provincial Science Popularization Base.\n\nThe Mianyang Science and Technology Museum was named a Sichuan Provincial Science Popularization Base.",
    expect: {
      conferrals: [
        {
          recipient: "Mianyang Science and Technology Museum",
          honor: "Sichuan Provincial Science Popularization Base",
        },
      ],
    },
  },
];

// Cases the extractor does not handle yet (CI stays green); each comment says what it extracted instead.
const knownGaps: Record<string, GenreCase[]> = {
  "conferral verbs": [
    // Got: honor "... of Jiangsu Province in the 2022 annual assessment", no date
    {
      name: "was rated as, in the 2022 annual assessment",
      text: "News Release\n\nSuzhou Science and Technology Museum was rated as an Excellent Science Popularization Venue of Jiangsu Province in the 2022 annual assessment.",
      expect: {
        conferrals: [
          {
            recipient: "Suzhou Science and Technology Museum",
            honor: "Excellent Science Popularization Venue of Jiangsu Province",
            issuers: [],
            date: "2022",
            status: "conferred",
          },
        ],
      },
    },
    // Got: no conferral ("is on the list of <honor> announced by <issuer>" not matched)
    {
      name: "is on the list of ... announced by ...",
      text: "Honor Roll\n\nFuzhou Marine Museum is on the list of Fujian Provincial Science Popularization Education Bases announced by the Fujian Association for Science and Technology in May 2023.",
      expect: {
        conferrals: [
          {
            recipient: "Fuzhou Marine Museum",
            honor: "Fujian Provincial Science Popularization Education Base",
            issuers: ["Fujian Association for Science and Technology"],
            date: "2023-05",
            status: "conferred",
          },
        ],
      },
    },
    // Got: no conferral ("approved by X as Y" not matched; honor mention "... Key Laboratory in December")
    {
      name: "was approved by ... as a key laboratory",
      text: "Notice\n\nThe Plateau Ecology Laboratory of Qinghai University was approved by the Qinghai Provincial Department of Science and Technology as a Qinghai Provincial Key Laboratory in December 2022.",
      expect: {
        conferrals: [
          {
            recipient: "Plateau Ecology Laboratory of Qinghai University",
            honor: "Qinghai Provincial Key Laboratory",
            issuers: ["Qinghai Provincial Department of Science and Technology"],
            date: "2022-12",
            status: "conferred",
          },
        ],
      },
    },
    // Got: no conferral (passive "title of X was awarded to N units, including" not matched)
    {
      name: "the title of X was awarded to N units, including A and B",
      text: 'Announcement\n\nThe title of "Zhejiang Provincial Science Popularization Demonstration School" was awarded to 46 units, including Ningbo Xiaoshi High School and Hangzhou Xuejun High School.',
      expect: {
        conferrals: [
          {
            recipient: "Ningbo Xiaoshi High School",
            honor: "Zhejiang Provincial Science Popularization Demonstration School",
            issuers: [],
            cohortSize: 46,
            status: "conferred",
          },
          {
            recipient: "Hangzhou Xuejun High School",
            honor: "Zhejiang Provincial Science Popularization Demonstration School",
            issuers: [],
            cohortSize: 46,
            status: "conferred",
          },
        ],
      },
    },
    // Got: "Shandong Association ... <= 30 units as Shandong ... Bases" (issuer as recipient)
    {
      name: "A named 30 units as ..., including X and Y",
      text: "Update\n\nThe Shandong Association for Science and Technology named 30 units as Shandong Provincial Science Popularization Education Bases, including the Jinan Spring Culture Museum and the Yantai Science and Technology Museum.",
      expect: {
        conferrals: [
          {
            recipient: "Jinan Spring Culture Museum",
            honor: "Shandong Provincial Science Popularization Education Base",
            issuers: ["Shandong Association for Science and Technology"],
            cohortSize: 30,
            status: "conferred",
          },
          {
            recipient: "Yantai Science and Technology Museum",
            honor: "Shandong Provincial Science Popularization Education Base",
            issuers: ["Shandong Association for Science and Technology"],
            cohortSize: 30,
            status: "conferred",
          },
        ],
      },
    },
    // Got: no conferral; neither the quoted title nor the award became a mention
    {
      name: "a work (documentary) won an award",
      text: 'Latest Update\n\nThe science documentary "Secrets of the Finless Porpoise" produced by Wuhan Television Station won the Excellent Science Popularization Work Award of Hubei Province.',
      expect: {
        conferrals: [
          {
            recipient: "Secrets of the Finless Porpoise",
            honor: "Excellent Science Popularization Work Award of Hubei Province",
            status: "conferred",
          },
        ],
      },
    },
  ],
  status: [
    // Got: no conferral ("list of <honor>, with N units including A and B, is announced")
    {
      name: "list announced to the public with a publicity period is proposed",
      text: "Notice\n\nThe list of the second batch of Hunan Provincial Popular Science Bases, with 30 units including the Hunan Museum and the Changsha Planning Exhibition Hall, is hereby announced to the public. The publicity period is from September 1 to September 7, 2022.",
      expect: {
        conferrals: [
          {
            recipient: "Hunan Museum",
            honor: "Hunan Provincial Popular Science Base",
            status: "proposed",
            batch: "second",
            cohortSize: 30,
            noticePeriod: ["2022-09-01", "2022-09-07"],
          },
          {
            recipient: "Changsha Planning Exhibition Hall",
            honor: "Hunan Provincial Popular Science Base",
            status: "proposed",
            batch: "second",
            cohortSize: 30,
            noticePeriod: ["2022-09-01", "2022-09-07"],
          },
        ],
      },
    },
    // Got: issuers [] (document "issued by" ignored), period null
    {
      name: "according to the Decision on Naming ..., officially named",
      text: "Highlights\n\nAccording to the Decision on Naming the 2021-2025 Guangdong Provincial Science Popularization Education Bases issued by the Guangdong Association for Science and Technology, the Guangzhou Zoo was officially named a Guangdong Provincial Science Popularization Education Base.",
      expect: {
        conferrals: [
          {
            recipient: "Guangzhou Zoo",
            honor: "Guangdong Provincial Science Popularization Education Base",
            issuers: ["Guangdong Association for Science and Technology"],
            status: "conferred",
            period: "2021-2025",
          },
        ],
      },
    },
    // Got: "Jiangxi Association ... <= Nanchang Planetarium a Jiangxi ... Base" (issuer as recipient)
    {
      name: "issuer officially named X a Y (active)",
      text: "Work Update\n\nOn April 20, 2023, the Jiangxi Association for Science and Technology officially named the Nanchang Planetarium a Jiangxi Provincial Science Popularization Education Base.",
      expect: {
        conferrals: [
          {
            recipient: "Nanchang Planetarium",
            honor: "Jiangxi Provincial Science Popularization Education Base",
            issuers: ["Jiangxi Association for Science and Technology"],
            date: "2023-04-20",
            status: "conferred",
          },
        ],
      },
    },
    // Got: honor "Fujian Provincial Civilized Unit for the fifth time" (status renewed is right)
    {
      name: "won the title for the fifth time -> renewed",
      text: "Notice\n\nXiamen University Library won the title of Fujian Provincial Civilized Unit for the fifth time.",
      expect: {
        conferrals: [
          {
            recipient: "Xiamen University Library",
            honor: "Fujian Provincial Civilized Unit",
            status: "renewed",
          },
        ],
      },
    },
    {
      name: "an award won again is a new conferral: 'won the Mentor of the Year award for the second time', 'the Lake Prize once again'",
      text: "Notice\n\nHe Ping won the Mentor of the Year award for the second time.\nThe Tarn Opera House won the Lake Culture Prize once again.",
      expect: {
        conferrals: [
          { recipient: "He Ping", honor: "Mentor of the Year", status: "conferred" },
          { recipient: "Tarn Opera House", honor: "Lake Culture Prize", status: "conferred" },
        ],
      },
    },
    {
      name: "guard: an award kept after a review is still a renewal",
      text: "Notice\n\nThe Tarn Opera House passed the re-evaluation and retained the Lake Culture Prize for the second time.",
      expect: {
        conferrals: [
          { recipient: "Tarn Opera House", honor: "Lake Culture Prize", status: "renewed" },
        ],
      },
    },
    // Got: no conferral ("A revoked the title of X from N units, including Y")
    {
      name: "issuer revoked the title from N units, including X -> revoked",
      text: 'Notice\n\nThe Henan Association for Science and Technology revoked the title of "Henan Provincial Science Popularization Education Base" from 3 units, including the Zhengzhou Popular Science Park, which failed the annual assessment.',
      expect: {
        conferrals: [
          {
            recipient: "Zhengzhou Popular Science Park",
            honor: "Henan Provincial Science Popularization Education Base",
            issuers: ["Henan Association for Science and Technology"],
            cohortSize: 3,
            status: "revoked",
          },
        ],
      },
    },
    // Got: no conferral ("the qualification of X as Y was cancelled by Z")
    {
      name: "the qualification of X as Y was cancelled -> revoked",
      text: "Notice\n\nThe qualification of the Luoyang Ancient Tombs Museum as a Henan Provincial Science Popularization Base was cancelled by the Henan Provincial Department of Science and Technology in 2021.",
      expect: {
        conferrals: [
          {
            recipient: "Luoyang Ancient Tombs Museum",
            honor: "Henan Provincial Science Popularization Base",
            issuers: ["Henan Provincial Department of Science and Technology"],
            date: "2021",
            status: "revoked",
          },
        ],
      },
    },
    // Got: status "proposed" (triggered by "publicity period"), date 2022-10
    {
      name: "formally named after the publicity period ended -> conferred",
      text: "Good news!\n\nAfter the publicity period from October 10 to October 16, 2022 ended, 25 units including the Shijiazhuang Zoo were formally named Hebei Provincial Science Popularization Bases.",
      expect: {
        conferrals: [
          {
            recipient: "Shijiazhuang Zoo",
            honor: "Hebei Provincial Science Popularization Base",
            cohortSize: 25,
            status: "conferred",
          },
        ],
      },
    },
    // Got: no conferral ("retained its title of X")
    {
      name: "retained its title after the review -> renewed",
      text: "Announcement\n\nThe Jilin Provincial Science and Technology Museum retained its title of National Science Popularization Education Base after the 2023 review.",
      expect: {
        conferrals: [
          {
            recipient: "Jilin Provincial Science and Technology Museum",
            honor: "National Science Popularization Education Base",
            status: "renewed",
          },
        ],
      },
    },
  ],
  "issuers and nominators": [
    // Got: issuers [] ("A and B jointly announced that ..." not used)
    {
      name: "two bodies jointly announced that X was selected as",
      text: "Update\n\nThe Ministry of Education and the China Association for Science and Technology jointly announced that Beijing No. 35 High School was selected as a National Youth Science Innovation Demonstration School.",
      expect: {
        conferrals: [
          {
            recipient: "Beijing No. 35 High School",
            honor: "National Youth Science Innovation Demonstration School",
            issuers: ["Ministry of Education", CAST],
            status: "conferred",
          },
        ],
      },
    },
    // Got: "<each issuer> <= 25 units"; recipient and honor lost
    {
      name: "three bodies jointly named N units, including X, as ...",
      text: "Latest Update\n\nThe Department of Science and Technology of Zhejiang Province, the Publicity Department of the Zhejiang Provincial Party Committee and the Zhejiang Association for Science and Technology jointly named 25 units, including the Zhejiang Museum of Natural History, as Zhejiang Provincial Science Popularization Demonstration Bases.",
      expect: {
        conferrals: [
          {
            recipient: "Zhejiang Museum of Natural History",
            honor: "Zhejiang Provincial Science Popularization Demonstration Base",
            issuers: [
              "Department of Science and Technology of Zhejiang Province",
              "Publicity Department of the Zhejiang Provincial Party Committee",
              "Zhejiang Association for Science and Technology",
            ],
            cohortSize: 25,
            status: "conferred",
          },
        ],
      },
    },
    // Got: honor "plaques of \"Foshan ... Base" (issuers, date, cohort right)
    {
      name: "issuers implied by two organisers of a conference, awarded plaques of",
      text: 'Work Update\n\nOn the afternoon of June 2, 2023, the Foshan Science and Technology Bureau and the Foshan Association for Science and Technology held the Foshan Science Popularization Work Conference, at which 10 units including the Foshan Ancestral Temple Museum were awarded plaques of "Foshan Science Popularization Education Base".',
      expect: {
        conferrals: [
          {
            recipient: "Foshan Ancestral Temple Museum",
            honor: "Foshan Science Popularization Education Base",
            issuers: [
              "Foshan Science and Technology Bureau",
              "Foshan Association for Science and Technology",
            ],
            impliedIssuers: true,
            date: "2023-06-02",
            cohortSize: 10,
            status: "conferred",
          },
        ],
      },
    },
    // Got: nominators [] (issuer right)
    {
      name: "Recommended by X (nominator), named by Y (issuer)",
      text: "Notice\n\nRecommended by the Lanzhou Association for Science and Technology, the Gansu Science and Technology Museum was named a National Science Popularization Education Base by the China Association for Science and Technology.",
      expect: {
        conferrals: [
          {
            recipient: "Gansu Science and Technology Museum",
            honor: "National Science Popularization Education Base",
            issuers: [CAST],
            nominators: ["Lanzhou Association for Science and Technology"],
            status: "conferred",
          },
        ],
      },
    },
    // Got: nominators [] (issuer right)
    {
      name: "After being nominated by X, named by Y",
      text: "Good news!\n\nAfter being nominated by the Wuxi Municipal Science and Technology Bureau, the Wuxi Museum was named a Jiangsu Provincial Science Popularization Education Base by the Jiangsu Provincial Department of Science and Technology.",
      expect: {
        conferrals: [
          {
            recipient: "Wuxi Museum",
            honor: "Jiangsu Provincial Science Popularization Education Base",
            issuers: ["Jiangsu Provincial Department of Science and Technology"],
            nominators: ["Wuxi Municipal Science and Technology Bureau"],
            status: "conferred",
          },
        ],
      },
    },
    // Got: no conferral (appositive ", recommended by X," breaks the passive)
    {
      name: "recommended by X, no issuer: the nominator is not the issuer",
      text: "Announcement\n\nThe Jiaxing Science and Technology Museum, recommended by the Jiaxing Association for Science and Technology, was named a Zhejiang Provincial Science Popularization Base.",
      expect: {
        conferrals: [
          {
            recipient: "Jiaxing Science and Technology Museum",
            honor: "Zhejiang Provincial Science Popularization Base",
            issuers: [],
            nominators: ["Jiaxing Association for Science and Technology"],
            status: "conferred",
          },
        ],
      },
    },
    // Got: issuers [] ("notice issued by X" ignored)
    {
      name: "according to the notice issued by X, Y has been recognized as",
      text: "Update\n\nAccording to the notice issued by the Shaanxi Provincial Department of Science and Technology, the Xi'an Jiaotong University Museum has been recognized as a Shaanxi Provincial Science Popularization Base.",
      expect: {
        conferrals: [
          {
            recipient: "Xi'an Jiaotong University Museum",
            honor: "Shaanxi Provincial Science Popularization Base",
            issuers: ["Shaanxi Provincial Department of Science and Technology"],
            status: "conferred",
          },
        ],
      },
    },
  ],
  "lists and counts": [
    // Got: no conferral ("A named N Bases ..., and M units in our city, including X and Y, were on the list")
    {
      name: "national total vs local share: cohort is the whole list",
      text: "Honor Roll\n\nThe China Association for Science and Technology recently named 1,250 National Science Popularization Education Bases for 2021-2025, and 27 units in our city, including the Qingdao Marine Museum and the Qingdao Beer Museum, were on the list.",
      expect: {
        conferrals: [
          {
            recipient: "Qingdao Marine Museum",
            honor: "National Science Popularization Education Base",
            issuers: [CAST],
            cohortSize: 1250,
            period: "2021-2025",
          },
          {
            recipient: "Qingdao Beer Museum",
            honor: "National Science Popularization Education Base",
            issuers: [CAST],
            cohortSize: 1250,
            period: "2021-2025",
          },
        ],
      },
    },
    // Got: nominators []
    {
      name: "recommended N, of which M were named: the recommender is a nominator",
      text: "Latest Update\n\nThe Hangzhou Association for Science and Technology recommended 15 units, and 9 of them, including the Hangzhou Low Carbon Science and Technology Museum, were named Zhejiang Provincial Science Popularization Bases.",
      expect: {
        conferrals: [
          {
            recipient: "Hangzhou Low Carbon Science and Technology Museum",
            honor: "Zhejiang Provincial Science Popularization Base",
            issuers: [],
            nominators: ["Hangzhou Association for Science and Technology"],
          },
        ],
      },
    },
  ],
  "level, batch, period": [
    // Got: period null ("(2021-2025)" after the honor ignored)
    {
      name: "period in brackets (2021-2025), national level",
      text: "Work Update\n\nHarbin Polar Museum was named a National Science Popularization Education Base (2021-2025).",
      expect: {
        conferrals: [
          {
            recipient: "Harbin Polar Museum",
            honor: "National Science Popularization Education Base",
            period: "2021-2025",
            level: "national",
          },
        ],
      },
    },
    // Got: period null ("for the period of 2023-2027" ignored; batch right)
    {
      name: "third batch for the period of 2023-2027",
      text: "Honor Roll\n\nThe Guilin Botanical Garden was included in the third batch of Guangxi Science Popularization Education Bases for the period of 2023-2027.",
      expect: {
        conferrals: [
          {
            recipient: "Guilin Botanical Garden",
            honor: "Guangxi Science Popularization Education Base",
            batch: "third",
            period: "2023-2027",
          },
        ],
      },
    },
  ],
  names: [
    // Got: recipient "West China School of Medicine" (parent dropped)
    {
      name: "sub-unit: X University's School of Y",
      text: "Highlights\n\nSichuan University's West China School of Medicine was awarded the title of Sichuan Provincial Health Science Popularization Base.",
      expect: {
        conferrals: [
          {
            recipient: [
              "West China School of Medicine of Sichuan University",
              "Sichuan University's West China School of Medicine",
            ],
            honor: "Sichuan Provincial Health Science Popularization Base",
          },
        ],
        organizations: ["Sichuan University"],
      },
    },
    // Got: no organization "Nanjing University" (got "Astronomy of Nanjing University"); conferrals right
    {
      name: "sub-units: Department of Y of Z and Branch of Z",
      text: "Work Update\n\nThe Department of Astronomy of Nanjing University and the Jiangsu Branch of the China Meteorological Society were named Jiangsu Provincial Science Popularization Education Bases.",
      expect: {
        conferrals: [
          {
            recipient: "Department of Astronomy of Nanjing University",
            honor: "Jiangsu Provincial Science Popularization Education Base",
          },
          {
            recipient: "Jiangsu Branch of the China Meteorological Society",
            honor: "Jiangsu Provincial Science Popularization Education Base",
          },
        ],
        organizations: ["Nanjing University", "China Meteorological Society"],
      },
    },
    // Got: "GXAST" unresolved; got "Guangxi Association ... <= 20 units as Guangxi ... Bases"
    {
      name: "acronym defined (GXAST) then used bare as the issuer",
      text: "Honor Roll\n\nThe Guangxi Association for Science and Technology (GXAST) held a plaque-awarding ceremony in Nanning on May 30, 2023. GXAST named 20 units as Guangxi Science Popularization Education Bases, including the Guangxi Natural History Museum.",
      expect: {
        conferrals: [
          {
            recipient: "Guangxi Natural History Museum",
            honor: "Guangxi Science Popularization Education Base",
            issuers: ["Guangxi Association for Science and Technology"],
            cohortSize: 20,
            date: "2023-05-30",
          },
        ],
        mentions: [{ surface: "GXAST", name: "Guangxi Association for Science and Technology" }],
      },
    },
    // Got: no conferral; names with "'s" are not recognised as organizations
    {
      name: "possessive words inside names: Children's Palace, People's Hospital",
      text: "Honor Roll\n\nThe Changsha Children's Palace and the Hunan Provincial People's Hospital were named Hunan Provincial Science Popularization Bases.",
      expect: {
        conferrals: [
          {
            recipient: "Changsha Children's Palace",
            honor: "Hunan Provincial Science Popularization Base",
          },
          {
            recipient: "Hunan Provincial People's Hospital",
            honor: "Hunan Provincial Science Popularization Base",
          },
        ],
        organizations: ["Changsha Children's Palace", "Hunan Provincial People's Hospital"],
      },
    },
    // Got: no conferral; only the places Shenyang, Harbin, Qingdao were found
    {
      name: "unusual head nouns: Science Palace, Polarland, Underwater World",
      text: "Highlights\n\nThe Shenyang Science Palace, Harbin Polarland and Qingdao Underwater World were named National Science Popularization Education Bases.",
      expect: {
        conferrals: [
          {
            recipient: "Shenyang Science Palace",
            honor: "National Science Popularization Education Base",
          },
          {
            recipient: "Harbin Polarland",
            honor: "National Science Popularization Education Base",
          },
          {
            recipient: "Qingdao Underwater World",
            honor: "National Science Popularization Education Base",
          },
        ],
      },
    },
    // Got: "CAST <= Hainan Tropical Botanical Garden a National ... Base"
    {
      name: "well-known acronym never expanded (CAST) as issuer",
      text: "Latest Update\n\nCAST named the Hainan Tropical Botanical Garden a National Science Popularization Education Base in 2022.",
      expect: {
        conferrals: [
          {
            recipient: "Hainan Tropical Botanical Garden",
            honor: "National Science Popularization Education Base",
            issuers: [[CAST, "CAST"]],
            date: "2022",
          },
        ],
      },
    },
    // Got: "<each association> <= Wuhan Science and Technology Museum a Hubei ... Base"
    {
      name: "bodies sharing most words stay distinct (Wuhan vs Hubei association)",
      text: "Work Update\n\nThe Wuhan Association for Science and Technology and the Hubei Association for Science and Technology jointly named the Wuhan Science and Technology Museum a Hubei Provincial Science Popularization Base.",
      expect: {
        conferrals: [
          {
            recipient: "Wuhan Science and Technology Museum",
            honor: "Hubei Provincial Science Popularization Base",
            issuers: [
              "Wuhan Association for Science and Technology",
              "Hubei Association for Science and Technology",
            ],
          },
        ],
        organizations: [
          "Wuhan Association for Science and Technology",
          "Hubei Association for Science and Technology",
        ],
      },
    },
    // Got: "... Bureau of Nanshan District <= Shenzhen Bay Laboratory a Nanshan District ... Base"
    {
      name: "district bureau: Science and Technology Innovation Bureau of X District",
      text: "Honor Roll\n\nThe Science and Technology Innovation Bureau of Nanshan District named the Shenzhen Bay Laboratory a Nanshan District Science Popularization Base.",
      expect: {
        conferrals: [
          {
            recipient: "Shenzhen Bay Laboratory",
            honor: "Nanshan District Science Popularization Base",
            issuers: ["Science and Technology Innovation Bureau of Nanshan District"],
            level: "district",
          },
        ],
      },
    },
  ],
  coreference: [
    // Got: period null ("list of ... Bases for 2021-2025"); coreference right
    {
      name: "the Museum refers back to the headline's museum",
      text: "Nantong Museum Named National Science Popularization Education Base\n\nRecently, the China Association for Science and Technology published its list of National Science Popularization Education Bases for 2021-2025, and Nantong Museum was on the list. The Museum was founded in 1905 and is one of the earliest public museums in China.",
      expect: {
        conferrals: [
          {
            recipient: "Nantong Museum",
            honor: "National Science Popularization Education Base",
            issuers: [CAST],
            period: "2021-2025",
          },
        ],
        mentions: [{ surface: "The Museum", name: "Nantong Museum" }],
      },
    },
    // Got: "the Committee" unresolved; got "Guangdong Medical Association <= Excellent Branch ..."
    {
      name: "(hereinafter referred to as the Committee)",
      text: "Update\n\nThe Science Popularization Committee of the Guangdong Medical Association (hereinafter referred to as the Committee) held its annual meeting in Guangzhou on January 8, 2023. At the meeting, the Committee was rated as an Excellent Branch of the Guangdong Medical Association.",
      expect: {
        conferrals: [
          {
            recipient: "Science Popularization Committee of the Guangdong Medical Association",
            honor: "Excellent Branch of the Guangdong Medical Association",
            date: "2023-01-08",
          },
        ],
        mentions: [
          {
            surface: "the Committee",
            name: "Science Popularization Committee of the Guangdong Medical Association",
          },
        ],
      },
    },
    // Got: issuers [], date null, cohort null ("X announced that N units ... were named"); org resolved right
    {
      name: "Municipal X is the city the text is about",
      text: "Suzhou Adds 16 Science Popularization Education Bases\n\nYesterday, the Municipal Association for Science and Technology announced that 16 units in Suzhou, including the Suzhou Museum and the Suzhou Industrial Park Science and Technology Museum, were named Suzhou Science Popularization Education Bases.",
      publicationDate: "2023-06-02",
      expect: {
        conferrals: [
          {
            recipient: "Suzhou Museum",
            honor: "Suzhou Science Popularization Education Base",
            issuers: [
              [
                "Suzhou Municipal Association for Science and Technology",
                "Suzhou Association for Science and Technology",
              ],
            ],
            cohortSize: 16,
            date: "2023-06-01",
          },
          {
            recipient: "Suzhou Industrial Park Science and Technology Museum",
            honor: "Suzhou Science Popularization Education Base",
            issuers: [
              [
                "Suzhou Municipal Association for Science and Technology",
                "Suzhou Association for Science and Technology",
              ],
            ],
            cohortSize: 16,
            date: "2023-06-01",
          },
        ],
        organizations: [
          [
            "Suzhou Municipal Association for Science and Technology",
            "Suzhou Association for Science and Technology",
          ],
        ],
      },
    },
    // Got: issuer = the Academy itself (implied), date 2019 from the previous sentence
    {
      name: "the Academy as recipient, this year from the publication date",
      text: "Latest Update\n\nThe Anhui Academy of Agricultural Sciences opened its crop science exhibition hall to the public in 2019. This year, the Academy was awarded the title of Anhui Provincial Science Popularization Education Base.",
      publicationDate: "2023-08-10",
      expect: {
        conferrals: [
          {
            recipient: "Anhui Academy of Agricultural Sciences",
            honor: "Anhui Provincial Science Popularization Education Base",
            date: "2023",
            issuers: [],
          },
        ],
      },
    },
    // Got: no conferral ("the school" is not a mention)
    {
      name: "lower-case 'the school' as recipient",
      text: "Highlights\n\nXuzhou No. 1 Middle School has run a robotics club for ten years. In 2021, the school was named a Jiangsu Provincial Science Education Characteristic School.",
      expect: {
        conferrals: [
          {
            recipient: "Xuzhou No. 1 Middle School",
            honor: "Jiangsu Provincial Science Education Characteristic School",
            date: "2021",
          },
        ],
      },
    },
    // Got: issuers [] ("by the Tianjin Municipal Health Commission" lost; recipient right)
    {
      name: "first person 'our hospital' is the headline's hospital",
      text: "Tianjin Medical University General Hospital Named Tianjin Health Science Popularization Base\n\nRecently, our hospital was named a Tianjin Health Science Popularization Base by the Tianjin Municipal Health Commission.",
      expect: {
        conferrals: [
          {
            recipient: "Tianjin Medical University General Hospital",
            honor: "Tianjin Health Science Popularization Base",
            issuers: ["Tianjin Municipal Health Commission"],
          },
        ],
      },
    },
    // Got: no conferral ("the lab" is not a mention)
    {
      name: "lower-case 'the lab' as recipient",
      text: "Work Update\n\nThe State Key Laboratory of Crop Genetics of Nanjing Agricultural University opened a visitor center in 2020. In 2022, the lab was approved as a Jiangsu Provincial Science Popularization Base.",
      expect: {
        conferrals: [
          {
            recipient: "State Key Laboratory of Crop Genetics of Nanjing Agricultural University",
            honor: "Jiangsu Provincial Science Popularization Base",
            date: "2022",
          },
        ],
      },
    },
    // Got: "Quzhou Museum" merged into "Quzhou Science Museum"; one conferral
    {
      name: "a shorter distinct name (Quzhou Museum) is not a short form of Quzhou Science Museum",
      text: "Update\n\nThe Quzhou Science Museum opened in 2010. This year, the Quzhou Science Museum and the Quzhou Museum were named Zhejiang Provincial Science Popularization Bases.",
      expect: {
        conferrals: [
          {
            recipient: "Quzhou Science Museum",
            honor: "Zhejiang Provincial Science Popularization Base",
          },
          { recipient: "Quzhou Museum", honor: "Zhejiang Provincial Science Popularization Base" },
        ],
        organizations: ["Quzhou Science Museum", "Quzhou Museum"],
      },
    },
    // Got: no conferral; bureau left unqualified "Science and Technology Innovation Bureau"
    {
      name: "the district's Bureau is the district the text is about",
      text: "Yuhang District Names 8 Science Popularization Bases\n\nOn May 6, 2023, the district's Science and Technology Innovation Bureau named 8 units including the Liangzhu Museum as Yuhang District Science Popularization Bases.",
      expect: {
        conferrals: [
          {
            recipient: "Liangzhu Museum",
            honor: "Yuhang District Science Popularization Base",
            issuers: [
              [
                "Science and Technology Innovation Bureau of Yuhang District",
                "Yuhang District Science and Technology Innovation Bureau",
              ],
            ],
            cohortSize: 8,
            date: "2023-05-06",
          },
        ],
      },
    },
  ],
  dates: [
    // Got: no conferral ("announced the Decision on Naming ..., and X was on the list")
    {
      name: "On December 5 with the year from a period 2021-2025",
      text: "Good news!\n\nOn December 5, the Zhejiang Association for Science and Technology released its Decision on Naming the Zhejiang Provincial Science Popularization Education Bases for 2021-2025, and the Shaoxing Science and Technology Museum was on the list.",
      expect: {
        conferrals: [
          {
            recipient: "Shaoxing Science and Technology Museum",
            honor: "Zhejiang Provincial Science Popularization Education Base",
            issuers: ["Zhejiang Association for Science and Technology"],
            date: "2021-12-05",
            period: "2021-2025",
          },
        ],
      },
    },
    // Got: date null
    {
      name: "Yesterday with a publication date",
      text: "Kaifeng Daily (Reporter Liu Yang) Yesterday, the Kaifeng Museum was named a Henan Provincial Science Popularization Base by the Henan Provincial Department of Science and Technology.",
      publicationDate: "2023-03-15",
      expect: {
        conferrals: [
          {
            recipient: "Kaifeng Museum",
            honor: "Henan Provincial Science Popularization Base",
            issuers: ["Henan Provincial Department of Science and Technology"],
            date: "2023-03-14",
          },
        ],
      },
    },
    // Got: date null
    {
      name: "in May this year with a publication date",
      text: "Update\n\nIn May this year, the Baotou Dinosaur Museum was named an Inner Mongolia Autonomous Region Science Popularization Base.",
      publicationDate: "2022-07-01",
      expect: {
        conferrals: [
          {
            recipient: "Baotou Dinosaur Museum",
            honor: "Inner Mongolia Autonomous Region Science Popularization Base",
            date: "2022-05",
          },
        ],
      },
    },
  ],
  people: [
    // Got: no person; organization "Hebei Association for Science and Technology Zhang Wei"
    {
      name: "stacked titles: Secretary of the Leading Party Members' Group and Vice President of X",
      text: "Work Update\n\nSecretary of the Leading Party Members' Group and Vice President of the Hebei Association for Science and Technology Zhang Wei attended the ceremony and delivered a speech.",
      expect: {
        people: [
          {
            name: "Zhang Wei",
            posts: [
              {
                post: "Secretary of the Leading Party Members' Group",
                organization: "Hebei Association for Science and Technology",
              },
              {
                post: "Vice President",
                organization: "Hebei Association for Science and Technology",
              },
            ],
          },
        ],
        organizations: ["Hebei Association for Science and Technology"],
      },
    },
    // Got: Liu Qiang has no post (appositive post not read); event and chair right
    {
      name: "presided over by Name, Post of Org (post after the name)",
      text: "Notice\n\nOn June 9, 2023, the Qingdao Municipal Science and Technology Bureau held the 2023 Qingdao Science Popularization Base Work Meeting. The meeting was presided over by Liu Qiang, Deputy Director of the Qingdao Municipal Science and Technology Bureau.",
      expect: {
        people: [
          {
            name: "Liu Qiang",
            posts: [
              {
                post: "Deputy Director",
                organization: "Qingdao Municipal Science and Technology Bureau",
              },
            ],
          },
        ],
        events: [
          {
            name: "2023 Qingdao Science Popularization Base Work Meeting",
            kind: "Meeting",
            date: "2023-06-09",
            organizers: ["Qingdao Municipal Science and Technology Bureau"],
            chair: "Liu Qiang",
          },
        ],
      },
    },
    // Got: Zhao Lei's only post is "Comrade"
    {
      name: "Comrade Name, class-2 inspector of X",
      text: "Good news!\n\nComrade Zhao Lei, class-2 inspector of the Hubei Association for Science and Technology, attended the meeting and made a speech.",
      expect: {
        people: [
          {
            name: "Zhao Lei",
            posts: [
              {
                post: "class-2 inspector",
                organization: "Hubei Association for Science and Technology",
              },
            ],
          },
        ],
      },
    },
    // Got: no Sun Hong; Huang Jun got extra post "Jinhua Vice Mayor Sun Hong of ..."
    {
      name: "two people with titles in front, joined by 'and'",
      text: "Announcement\n\nJinhua Vice Mayor Sun Hong and Director of the Jinhua Municipal Education Bureau Huang Jun attended the ceremony.",
      expect: {
        people: [
          { name: "Sun Hong" },
          {
            name: "Huang Jun",
            posts: [{ post: "Director", organization: "Jinhua Municipal Education Bureau" }],
          },
        ],
      },
    },
    // Got: no person Ouyang Hong
    {
      name: "Academician Name of X; a quoted lecture title is no person",
      text: 'Update\n\nAcademician Ouyang Hong of the Chinese Academy of Sciences gave a popular science lecture titled "The Mysteries of the Moon" at Chongqing University.',
      expect: {
        people: [
          {
            name: "Ouyang Hong",
            posts: [{ post: "Academician", organization: "Chinese Academy of Sciences" }],
          },
        ],
        organizations: ["Chinese Academy of Sciences", "Chongqing University"],
      },
    },
  ],
  "events and agreements": [
    // Got: event "... Conference in Guangzhou", participants []; no Wang Gang; Chen Jie has no post
    {
      name: "X held the 2023 ... Conference, attended by Name, Post of Org",
      text: "Guangdong Holds Science Popularization Work Conference\n\nOn the afternoon of April 7, 2023, the Guangdong Science Popularization Association held the 2023 Guangdong Science Popularization Work Conference in Guangzhou. The conference was attended by Wang Gang, Vice President of the Guangdong Science Popularization Association, and Chen Jie, Director of the Guangdong Science Center.",
      expect: {
        conferrals: [],
        events: [
          {
            name: "2023 Guangdong Science Popularization Work Conference",
            kind: "Meeting",
            date: "2023-04-07",
            organizers: ["Guangdong Science Popularization Association"],
            participants: ["Wang Gang", "Chen Jie"],
          },
        ],
        people: [
          {
            name: "Wang Gang",
            posts: [
              {
                post: "Vice President",
                organization: "Guangdong Science Popularization Association",
              },
            ],
          },
          {
            name: "Chen Jie",
            posts: [{ post: "Director", organization: "Guangdong Science Center" }],
          },
        ],
      },
    },
    // Got: event kind Ceremony "signing ceremony", agreement null
    {
      name: "A and B held a signing ceremony for an agreement",
      text: "Highlights\n\nThe Wuhan University of Technology and the Hubei Science and Technology Museum held a signing ceremony for a science popularization cooperation agreement on June 6, 2022.",
      expect: {
        conferrals: [],
        events: [
          {
            kind: "Signing",
            date: "2022-06-06",
            organizers: ["Wuhan University of Technology", "Hubei Science and Technology Museum"],
            agreement: "science popularization cooperation agreement",
          },
        ],
      },
    },
    // Got: no event; Li Jun has no post
    {
      name: "standing committee session was held, presided over by Name, Chairman of X",
      text: "Work Update\n\nThe 5th Meeting of the 10th Standing Committee of the Shanxi Association for Science and Technology was held in Taiyuan on January 18, 2023. The meeting was presided over by Li Jun, Chairman of the Shanxi Association for Science and Technology.",
      expect: {
        conferrals: [],
        events: [
          {
            name: "5th Meeting of the 10th Standing Committee of the Shanxi Association for Science and Technology",
            kind: "Meeting",
            date: "2023-01-18",
            chair: "Li Jun",
          },
        ],
        people: [
          {
            name: "Li Jun",
            posts: [
              { post: "Chairman", organization: "Shanxi Association for Science and Technology" },
            ],
          },
        ],
      },
    },
    // Got: no event
    {
      name: "X held a training course",
      text: "Honor Roll\n\nOn August 24, 2022, the Xiamen Science and Technology Bureau held a training course for science popularization base administrators.",
      expect: {
        conferrals: [],
        events: [
          {
            name: "training course for science popularization base administrators",
            date: "2022-08-24",
            organizers: ["Xiamen Science and Technology Bureau"],
          },
        ],
      },
    },
  ],
  programmes: [
    // Got: no programme
    {
      name: 'the "Double Reduction" policy',
      text: 'Notice\n\nTo implement the "Double Reduction" policy, the Shaoxing Education Bureau launched a series of after-school science courses in 2022.',
      expect: { programmes: [["Double Reduction", "Double Reduction policy"]] },
    },
    // Got: no programme
    {
      name: 'the "Science Popularization China" initiative',
      text: 'Announcement\n\nThe Guizhou Association for Science and Technology has actively promoted the "Science Popularization China" initiative in rural areas.',
      expect: {
        programmes: [["Science Popularization China", "Science Popularization China initiative"]],
        organizations: ["Guizhou Association for Science and Technology"],
      },
    },
  ],
  noise: [
    // Got: "Campus News" is an organization
    {
      name: "a section label headline (Campus News) is not an organization",
      text: "Campus News\n\nThe Changzhou Institute of Technology was named a Changzhou Science Popularization Base.",
      expect: {
        conferrals: [
          {
            recipient: "Changzhou Institute of Technology",
            honor: "Changzhou Science Popularization Base",
          },
        ],
        notOrganizations: ["Campus News"],
      },
    },
    // Got: no conferral (repair works; "People's Hospital" not recognised, as in names)
    {
      name: "mojibake apostrophe people\u00A1\u00AFs (repaired at ingest)",
      text: "Notice\n\nHubei People\u00A1\u00AFs Hospital was named a Hubei Provincial Health Science Popularization Base by the Health Commission of Hubei Province.",
      repair: true,
      expect: {
        conferrals: [
          {
            recipient: "Hubei People's Hospital",
            honor: "Hubei Provincial Health Science Popularization Base",
            issuers: ["Health Commission of Hubei Province"],
          },
        ],
      },
    },
    // Got: issuers [], date null (cohort right, no truncated duplicate)
    {
      name: "truncated headline repeated as the first paragraph",
      text: "Yangzhou Daily (Reporter Xu Jing) Yesterday, the Yangzhou Municipal Science and Technology Bureau announced that 16 units including the Yangzhou China Canal Mus\n\nYangzhou Daily (Reporter Xu Jing) Yesterday, the Yangzhou Municipal Science and Technology Bureau announced that 16 units including the Yangzhou China Canal Museum were named Yangzhou Science Popularization Education Bases.",
      publicationDate: "2023-01-11",
      expect: {
        conferrals: [
          {
            recipient: "Yangzhou China Canal Museum",
            honor: "Yangzhou Science Popularization Education Base",
            issuers: ["Yangzhou Municipal Science and Technology Bureau"],
            cohortSize: 16,
            date: "2023-01-10",
          },
        ],
        notOrganizations: ["Yangzhou China Canal Mus"],
        people: [
          { name: "Xu Jing", posts: [{ post: "Reporter", organization: "Yangzhou Daily" }] },
        ],
      },
    },
    // Got: date 2016 ("2016.In 2022" not split)
    {
      name: "missing space after a full stop",
      text: "Update\n\nWeihai Science Museum opened in 2016.In 2022, Weihai Science Museum was named a Shandong Provincial Science Popularization Base.",
      expect: {
        conferrals: [
          {
            recipient: "Weihai Science Museum",
            honor: "Shandong Provincial Science Popularization Base",
            date: "2022",
          },
        ],
      },
    },
    // Got: no conferral ("a ?Zhejiang ... Base?")
    {
      name: "stray question marks in place of quotes",
      text: "Work Update\n\nWenzhou Science and Technology Museum was named a ?Zhejiang Provincial Science Popularization Base?.",
      expect: {
        conferrals: [
          {
            recipient: "Wenzhou Science and Technology Museum",
            honor: "Zhejiang Provincial Science Popularization Base",
          },
        ],
      },
    },
  ],
};

describe("conferral verbs", () => {
  for (const c of verbs) test(c.name, () => expectCase(c));
});
describe("status", () => {
  for (const c of statuses) test(c.name, () => expectCase(c));
});
describe("issuers and nominators", () => {
  for (const c of issuers) test(c.name, () => expectCase(c));
});
describe("lists and counts", () => {
  for (const c of lists) test(c.name, () => expectCase(c));
});
describe("level, batch, period", () => {
  for (const c of levels) test(c.name, () => expectCase(c));
});
describe("names", () => {
  for (const c of names) test(c.name, () => expectCase(c));
});
describe("coreference", () => {
  for (const c of coreference) test(c.name, () => expectCase(c));
});
describe("dates", () => {
  for (const c of dates) test(c.name, () => expectCase(c));
});
describe("people", () => {
  for (const c of people) test(c.name, () => expectCase(c));
});
describe("events and agreements", () => {
  for (const c of events) test(c.name, () => expectCase(c));
});
describe("programmes", () => {
  for (const c of programmes) test(c.name, () => expectCase(c));
});
describe("noise", () => {
  for (const c of noise) test(c.name, () => expectCase(c));
});

// Malformed and adversarial input: extraction must return, and quickly. The time bound is a
// behaviour guard against super-linear patterns, not a benchmark.
const MEGABYTE = 1 << 20;
const toSize = (unit: string, size = MEGABYTE) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const CAPITALISED = ["Alpha", "Beta", "Gamma", "Delta", "Science", "Museum", "Base", "Of", "And"];
const adversarial: Array<{ name: string; make: () => string }> = [
  { name: "empty text", make: () => "" },
  { name: "whitespace only", make: () => "   \n\n \t \u00A0\n" },
  { name: "only punctuation", make: () => '...,,,;;;!!!???---(((]]]"""\u201C\u201D' },
  {
    name: "unbalanced quotes",
    make: () =>
      'Notice\n\n"The title of \u201CNational Science Popularization Base was awarded to """ 3 units including \u201CA Museum and "B School.',
  },
  {
    name: "1 MB single line of conferral-like clauses",
    make: () =>
      toSize(
        "the Hangzhou Museum was named a Zhejiang Provincial Science Popularization Base and ",
      ),
  },
  {
    name: "1 MB single line list: N units including A Museum, B Museum, ...",
    make: () => `120 units including ${toSize("the Alpha Museum, ")} were named National Bases`,
  },
  {
    name: "100k capitalised words",
    make: () =>
      Array.from({ length: 100_000 }, (_, i) => CAPITALISED[i % CAPITALISED.length]).join(" "),
  },
  {
    name: "10k nested curly quotes",
    make: () => `${"\u201C".repeat(10_000)}Base${"\u201D".repeat(10_000)}`,
  },
  {
    name: "10k nested straight quotes and brackets",
    make: () => `${'"('.repeat(10_000)}Museum${')"'.repeat(10_000)}`,
  },
  {
    name: "1 MB of date-like and number-like tokens",
    make: () => toSize("On November 29, [2020] No. 12, 2021-2025, 1,250 units, "),
  },
  {
    name: "1 MB of acronyms in brackets",
    make: () => toSize("Alpha Association (AA) and (BB) of (CC) "),
  },
  {
    // Each bare "the prize" once looked back over every conferral before it.
    name: "1 MB of one person winning the prize again and again",
    make: () => toSize("Wen Lu won the prize. She thanked her team and her coach. "),
  },
];

// Once took 55-75 s (super-linear in the number of sentences); now about 6 s here. The speed
// itself is the benchmark's to measure (npm run bench); the test's time limit only catches a hang.
const adversarialGaps: typeof adversarial = [
  {
    name: "1 MB of sentences",
    make: () => toSize("The Museum was named a Base by the Bureau on May 3. "),
  },
];

function readsItAll({ make }: { make: () => string }): void {
  const result = run(make());
  expect(Array.isArray(result.mentions)).toBe(true);
  expect(Array.isArray(result.conferrals)).toBe(true);
}

/** Far above a reading's time under load, far below the super-linear 55 s: a hang fails the test. */
const HANG_LIMIT_MS = 40_000;

describe("adversarial input", () => {
  for (const c of [...adversarial, ...adversarialGaps])
    test(`${c.name}: read to the end without hanging`, () => readsItAll(c), HANG_LIMIT_MS);
});

// Cases first written as gaps that the extractor now handles run as normal tests; the ones still
// open are listed by name and run only with LAUREL_GAPS=1.
const STILL_OPEN = new Set([
  "a work (documentary) won an award",
  "national total vs local share: cohort is the whole list",
  "unusual head nouns: Science Palace, Polarland, Underwater World",
]);

describe("former gaps, now closed", () => {
  for (const [family, cases] of Object.entries(knownGaps)) {
    if (cases.every((c) => STILL_OPEN.has(c.name))) continue;
    describe(family, () => {
      for (const c of cases.filter((c) => !STILL_OPEN.has(c.name)))
        test(c.name, () => expectCase(c));
    });
  }
});

describe.skipIf(!process.env.LAUREL_GAPS)("known gaps", () => {
  for (const [family, cases] of Object.entries(knownGaps)) {
    describe(family, () => {
      for (const c of cases.filter((c) => STILL_OPEN.has(c.name)))
        test(c.name, () => expectCase(c));
    });
  }
});
