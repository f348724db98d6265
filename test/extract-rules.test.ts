// The conferral rules of src/extract/rules/, one table per phrasing family seen in real
// announcements (issue 11). Every sentence is written for these tests: names, places and honors
// are made up. Families the rules do not read yet are listed at the end and run with LAUREL_GAPS=1.
import { describe, expect, test } from "vitest";
import { extractFacts } from "../src/extract/index.ts";
import { buildAnalysisView } from "../src/extract/normalize.ts";
import { dropBareHeads } from "../src/extract/rules/bare-head.ts";
import {
  CONFERRAL_RULES,
  rulesOffFromEnvironment,
  ruleThatRead,
} from "../src/extract/rules/index.ts";
import { unglue } from "../src/extract/tokens.ts";
import type { Conferral } from "../src/types.ts";
import {
  announcementOf,
  conferralLines,
  expectCase,
  type GenreCase,
  namesOfKind,
} from "./support/extract-cases.ts";

const lowerCaseHonors: GenreCase[] = [
  {
    name: "selected as a lower-case base, with a modifier",
    text: "News\n\nThe Riverbend Geology Museum was selected as the national science popularization base for meteorology.",
    expect: {
      conferrals: [
        {
          recipient: "Riverbend Geology Museum",
          honor: "national science popularization base for meteorology",
        },
      ],
    },
  },
  {
    name: "rated as a second-class museum: the ordinal stays in the honor",
    text: "News\n\nThe Pine County Museum was rated as a second-class national museum.",
    expect: {
      conferrals: [{ recipient: "Pine County Museum", honor: "second-class national museum" }],
    },
  },
  {
    name: "promoted to the second level of ...",
    text: "News\n\nThe Heron Lake Museum and the Maple Art Museum are promoted to the second level of provincial heritage venues.",
    expect: {
      conferrals: [
        { recipient: "Heron Lake Museum", honor: "second level of provincial heritage venues" },
        { recipient: "Maple Art Museum", honor: "second level of provincial heritage venues" },
      ],
    },
  },
  {
    name: "recognized as ... by the city authorities (issuer not a name)",
    text: "News\n\nQingshi Primary School in the Harbor Development Area was recently recognized as a model school for maker education by the city authorities.",
    expect: {
      conferrals: [
        {
          recipient: "Qingshi Primary School",
          honor: "model school for maker education",
        },
      ],
    },
  },
  {
    name: "an honor phrase ends before 'during the ... period'",
    text: "News\n\nThe Stone Bridge School was named a model school for scientific education during the plan period.",
    expect: {
      conferrals: [
        { recipient: "Stone Bridge School", honor: "model school for scientific education" },
      ],
    },
  },
];

const triggers: GenreCase[] = [
  {
    name: "joined / was added to a named network, list or register: the network is the honor",
    text: "News\n\nXiamen and Qingdao joined the International Network of Tea Towns in May 2021.\nThe Lanxi Museum was added to the National Register of Heritage Sites.\nWang Lan joined the Hexi Group in 2010.",
    expect: {
      conferrals: [
        { recipient: "Xiamen", honor: "International Network of Tea Towns" },
        { recipient: "Qingdao", honor: "International Network of Tea Towns" },
        { recipient: "Lanxi Museum", honor: "National Register of Heritage Sites" },
      ],
    },
  },
  {
    name: "'joined the ranks of X': the honor is X; 'received certificates and joined ...' names no honor 'certificates'",
    text: "News\n\nXiamen and Qingdao joined the ranks of national civilized cities in 2020. Five towns, including Wuhan and Hefei, received certificates and formally joined the ranks of green river towns.",
    expect: {
      conferrals: [
        { recipient: "Xiamen", honor: "national civilized cities" },
        { recipient: "Qingdao", honor: "national civilized cities" },
      ],
    },
  },
  {
    name: "new members of the body's network: the honor is the network, not the membership",
    text: "News\n\nQingdao, Xiamen and Chengdu were named new members of the agency's Global Network of Reading Towns.",
    expect: {
      conferrals: [
        { recipient: "Qingdao", honor: "Global Network of Reading Towns" },
        { recipient: "Xiamen", honor: "Global Network of Reading Towns" },
        { recipient: "Chengdu", honor: "Global Network of Reading Towns" },
      ],
    },
  },
  {
    name: "'passed the review and retained the title of national health town'; 'included in the 2023 list of national green factories'; 'for five consecutive years' ends an honor",
    text: "News\n\nThe Jade Lake Town successfully passed the review and retained the title of national health town.\nThe Red Star Company was included in the 2023 list of national green factories.\nThe Pine University Library has been rated as an excellent library for five consecutive years.",
    expect: {
      conferrals: [
        { recipient: "Jade Lake Town", honor: "national health town", status: "renewed" },
        { recipient: "Red Star Company", honor: "national green factories" },
        { recipient: "Pine University Library", honor: "excellent library", status: "renewed" },
      ],
    },
  },
  {
    name: "'the list of X has been released, and Y is among them'; a cooperative is a body",
    text: "News\n\nThe list of the third batch of provincial smart schools has been released, and the Riverside Middle School is among them.\nThe Golden Field Cooperative was selected into the list of national farmer cooperative demonstration units.",
    expect: {
      conferrals: [
        { recipient: "Riverside Middle School", honor: "provincial smart schools" },
        {
          recipient: "Golden Field Cooperative",
          honor: "national farmer cooperative demonstration units",
        },
      ],
    },
  },
  {
    name: "'ranked among the national top 100 X'; 'named a provincial X in 2021 and a national X in 2022'; 'the only one in the city' is no honor",
    text: "News\n\nThe Lake School ranked among the national top 100 schools for science education.\nThe Cloud Peak Tea Garden was named a provincial modern agricultural park in 2021 and a national modern agricultural park in 2022.\nThe Red River Farm has been identified as a national leading enterprise, the only one in the city.",
    expect: {
      conferrals: [
        { recipient: "Lake School", honor: "national top 100 schools for science education" },
        {
          recipient: "Cloud Peak Tea Garden",
          honor: "provincial modern agricultural park",
          date: "2021",
        },
        {
          recipient: "Cloud Peak Tea Garden",
          honor: "national modern agricultural park",
          date: "2022",
        },
        { recipient: "Red River Farm", honor: "national leading enterprise" },
      ],
    },
  },
  {
    name: "'have successively won the titles of national X and provincial Y' (two titles, each with its level)",
    text: "News\n\nThe Pine Middle School and the Lake Primary School have successively won the titles of national green school and provincial civilized campus.",
    expect: {
      conferrals: [
        { recipient: "Pine Middle School", honor: "national green school" },
        { recipient: "Pine Middle School", honor: "provincial civilized campus" },
        { recipient: "Lake Primary School", honor: "national green school" },
        { recipient: "Lake Primary School", honor: "provincial civilized campus" },
      ],
    },
  },
  {
    name: "'X named the Y a national 5A tourist attraction'; 'last year' ends an honor phrase",
    text: "News\n\nThe Hill Provincial Tourism Bureau named the Golden Valley Scenic Area a national 5A tourist attraction.\nThe Hill Primary School became a provincial demonstration school last year.",
    expect: {
      conferrals: [
        { recipient: "Golden Valley Scenic Area", honor: "national 5A tourist attraction" },
        { recipient: "Hill Primary School", honor: "provincial demonstration school" },
      ],
    },
  },
  {
    name: "'selected into the national list of X', 'obtained the qualification of X', 'won the honor of X', 'the award of X was presented to'",
    text: "News\n\nThe Maple Soil Institute was selected into the national list of key soil laboratories.\nThe Stone Fossil Museum obtained the qualification of provincial geology education base.\nThe Lotus Community won the honor of national model community for ethnic unity.\nThe award of Provincial Advanced Collective was presented to the Pine Fire Brigade.",
    expect: {
      conferrals: [
        { recipient: "Maple Soil Institute", honor: "key soil laboratories" },
        { recipient: "Stone Fossil Museum", honor: "provincial geology education base" },
        { recipient: "Lotus Community", honor: "national model community for ethnic unity" },
        { recipient: "Pine Fire Brigade", honor: "Provincial Advanced Collective" },
      ],
    },
  },
  {
    name: "courtesy titles inside a list of people: 'Professor A and Professor B were elected academicians of ...'",
    text: "News\n\nProfessor Wang Hong and Professor Li Ming were elected academicians of the Hillview Academy of Sciences.",
    expect: {
      conferrals: [
        { recipient: "Wang Hong", honor: "academicians of the Hillview Academy of Sciences" },
        { recipient: "Li Ming", honor: "academicians of the Hillview Academy of Sciences" },
      ],
    },
  },
  {
    name: "'recognized as X again after re-examination' is a renewal, and 'again' is no part of the honor",
    text: "News\n\nThe Hill Valve Company was recognized as a national high-tech enterprise again after re-examination.",
    expect: {
      conferrals: [
        {
          recipient: "Hill Valve Company",
          honor: "national high-tech enterprise",
          status: "renewed",
        },
      ],
    },
  },
  {
    name: "a relative clause between subject and verb: 'X, whose main products are pumps, was selected as ...'",
    text: "News\n\nIn Pine City, the Hill Pump Company, whose main products are water pumps, was selected as one of the model enterprises.",
    expect: { conferrals: [{ recipient: "Hill Pump Company", honor: "model enterprises" }] },
  },
  {
    name: "'remained the title' is a renewal; 'it won the title in 2011 for the first time' is another event",
    text: 'News\n\nMianyang remained the title of "national hygienic city", according to the new list.\nMianyang started its campaign in 1999. Its work was rewarded in 2011 when it won the title of "national hygienic city" for the first time.',
    expect: {
      conferrals: [
        { recipient: "Mianyang", honor: "national hygienic city", status: "renewed" },
        {
          recipient: "Mianyang",
          honor: "national hygienic city",
          status: "conferred",
          date: "2011",
        },
      ],
    },
  },
  {
    name: "the honor as subject: 'The X Medal was bestowed on A and B'",
    text: "News\n\nThe Riverside Youth Medal was bestowed on Gao Lin and Wu Fei.",
    expect: {
      conferrals: [
        { recipient: "Gao Lin", honor: "Riverside Youth Medal" },
        { recipient: "Wu Fei", honor: "Riverside Youth Medal" },
      ],
    },
  },
  {
    name: "the honor as subject: recipients stop at 'by' (the givers)",
    text: "News\n\nThe Golden Seed Award was presented to the Pine Valley Farm by the Hillview Agricultural Society.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Valley Farm",
          honor: "Golden Seed Award",
          issuers: ["Hillview Agricultural Society"],
        },
      ],
    },
  },
  {
    name: "'and so on' closes a list before the verb",
    text: "News\n\nThe Pine Hill Museum, the Willow Bay Museum and so on have been approved as national secondary museums.",
    expect: {
      conferrals: [
        { recipient: "Pine Hill Museum", honor: "national secondary museums" },
        { recipient: "Willow Bay Museum", honor: "national secondary museums" },
      ],
    },
  },
  {
    name: "passed the inspection and become two of China's ...",
    text: "News\n\nJiaxing and Huzhou have passed the state review and become two of China's innovative cities.",
    expect: {
      conferrals: [
        { recipient: "Jiaxing", honor: "innovative cities" },
        { recipient: "Huzhou", honor: "innovative cities" },
      ],
    },
  },
  {
    name: "one rating told twice in other words is one conferral ('second level of national museums' = 'national secondary museums')",
    text: "News\n\nThe Pine Hill Museum is promoted to the second level of national museums.\nOf these, the Pine Hill Museum and the Willow Bay Museum have been approved as national secondary museums.",
    expect: {
      conferrals: [
        { recipient: "Pine Hill Museum", honor: "second level of national museums" },
        { recipient: "Willow Bay Museum", honor: "national secondary museums" },
      ],
    },
  },
  {
    name: "made the list of ...",
    text: "News\n\nYuxi City made the list of national ecological innovation bases.",
    expect: {
      conferrals: [{ recipient: "Yuxi City", honor: "national ecological innovation bases" }],
    },
  },
  {
    name: "were also among the ...",
    text: "News\n\nYuxi city and Qujing city were also among the national garden cities.",
    expect: {
      conferrals: [
        { recipient: "Yuxi City", honor: "national garden cities" },
        { recipient: "Qujing City", honor: "national garden cities" },
      ],
    },
  },
  {
    name: 'a quoted title opening with a number word: awarded the "Three Clean" model village',
    text: 'News\n\nBaitang Village and Shuikou Village were awarded the "Three Clean" provincial model village.',
    expect: {
      conferrals: [
        { recipient: "Baitang Village", honor: '"Three Clean" provincial model village' },
        { recipient: "Shuikou Village", honor: '"Three Clean" provincial model village' },
      ],
    },
  },
  {
    name: "shortlisted for the 4th batch of ...: proposed, batch read",
    text: "News\n\nThe Greenfield County and the Willow County were shortlisted for the 4th batch of the national water-saving model counties.",
    expect: {
      conferrals: [
        {
          recipient: "Greenfield County",
          honor: "national water-saving model counties",
          status: "proposed",
          batch: "fourth",
        },
        {
          recipient: "Willow County",
          honor: "national water-saving model counties",
          status: "proposed",
          batch: "fourth",
        },
      ],
    },
  },
  {
    name: "rated as good: an evaluation's grade",
    text: "News\n\nThe River Engineering Center and the Hill Drug Laboratory are rated as good, and 12 others as qualified.",
    expect: {
      someConferrals: [
        { recipient: "River Engineering Center", honor: "good" },
        { recipient: "Hill Drug Laboratory", honor: "good" },
      ],
    },
  },
  {
    name: "classified as",
    text: "News\n\nThe Ridge Memorial Hall was classified as a national third-level museum.",
    expect: {
      conferrals: [{ recipient: "Ridge Memorial Hall", honor: "national third-level museum" }],
    },
  },
  {
    name: "identified as the first batch of ... (batch read off)",
    text: "News\n\nThe Eastbay Education Bureau was identified as the first batch of excellent informatization pilot units.",
    expect: {
      conferrals: [
        {
          recipient: "Eastbay Education Bureau",
          honor: "excellent informatization pilot units",
          batch: "first",
        },
      ],
    },
  },
  {
    name: "made the list: the honor comes from the sentence before",
    text: "News\n\nRecently, the Ministry of Education announced the list of national smart education pilot zones. The Lakeside District made the list.",
    expect: {
      someConferrals: [
        { recipient: "Lakeside District", honor: "national smart education pilot zones" },
      ],
    },
  },
  {
    name: "were among the recipients",
    text: "News\n\nThe federation announced the list of national youth pioneer awards. Chen Hao, a teacher of the Dongshan School, and Wu Lan were among the recipients.",
    expect: {
      someConferrals: [
        { recipient: "Chen Hao", honor: "national youth pioneer awards" },
        { recipient: "Wu Lan", honor: "national youth pioneer awards" },
      ],
    },
  },
];

const lists: GenreCase[] = [
  {
    name: "an ethnic autonomous county's long name is a county's, so the county after it in a list is another holder, not its address",
    text: "News\n\nFour counties of Tarn are on the list of model counties, namely Pine County, Lanxi Yao Autonomous County, Reed County and Oak County.",
    expect: {
      conferrals: [
        { recipient: "Pine County", honor: "model counties" },
        { recipient: "Lanxi Yao Autonomous County", honor: "model counties" },
        { recipient: "Reed County", honor: "model counties" },
        { recipient: "Oak County", honor: "model counties" },
      ],
    },
  },
  {
    name: "a headline in the present ('Win', 'Conferred') announces the honor a later list takes; a country in brackets after each item",
    text: "Four Foreign Engineers Conferred Hill Province Friendship Award\n\nThe province thanked the engineers at a ceremony on Monday. Among them are Sara Lind (Sweden), Omar Haddad (Jordan) and Peter Moss.",
    expect: {
      conferrals: [
        { recipient: "Sara Lind", honor: "Hill Province Friendship Award" },
        { recipient: "Omar Haddad", honor: "Hill Province Friendship Award" },
        { recipient: "Peter Moss", honor: "Hill Province Friendship Award" },
      ],
    },
  },
  {
    name: "'Three Teachers Win X' in a headline, then 'Among the winners are A, B and C'",
    text: "Three Teachers Win the Reedbank Education Prize\n\nThe prize was presented in Tarn City. Among the winners are Gu Hong, Pan Yue and Shi Lan.",
    expect: {
      conferrals: [
        { recipient: "Gu Hong", honor: "Reedbank Education Prize" },
        { recipient: "Pan Yue", honor: "Reedbank Education Prize" },
        { recipient: "Shi Lan", honor: "Reedbank Education Prize" },
      ],
    },
  },
  {
    name: "'A, together with B, was named ...': both are named",
    text: "News\n\nThe Blue River Park, together with the Green Lake Park, was named a national wetland park.",
    expect: {
      conferrals: [
        { recipient: "Blue River Park", honor: "national wetland park" },
        { recipient: "Green Lake Park", honor: "national wetland park" },
      ],
    },
  },
  {
    name: "places listed after 'by the X,' are the subject; a gapped clause with no 'as': '; and C and D the national garden county'",
    text: "News\n\nFollowing a notice by the Hill Housing Bureau, Hengyang and Zixing were listed in the national garden city roster; and Youping County and Guishan County the national garden county.",
    expect: {
      conferrals: [
        { recipient: "Hengyang", honor: "national garden city" },
        { recipient: "Zixing", honor: "national garden city" },
        { recipient: "Youping County", honor: "national garden county" },
        { recipient: "Guishan County", honor: "national garden county" },
      ],
    },
  },
  {
    name: "'Including the three second-class museums from previous years, A, B and C, ...' (earlier holders, no implied issuer)",
    text: "News\n\nThe Hill Museum Society announced the new ratings on Monday.\nIncluding the three second-class national museums from earlier years, the Salt Museum, the Kiln Museum and the Tea Hall, the city now counts ten rated museums.",
    expect: {
      conferrals: [
        { recipient: "Salt Museum", honor: "second-class national museums", issuers: [] },
        { recipient: "Kiln Museum", honor: "second-class national museums", issuers: [] },
        { recipient: "Tea Hall", honor: "second-class national museums", issuers: [] },
      ],
    },
  },
  {
    name: "majors of schools listed in lower case after 'are:' (the participle 'approved' is no part of the honor)",
    text: "News\n\nThe approved provincial first-class undergraduate majors are: soil science major of School of Earth Sciences, English major of School of Foreign Languages, and music education major of School of Arts.",
    expect: {
      conferrals: [
        {
          recipient: "soil science major of School of Earth Sciences",
          honor: "provincial first-class undergraduate majors",
        },
        {
          recipient: "English major of School of Foreign Languages",
          honor: "provincial first-class undergraduate majors",
        },
        {
          recipient: "music education major of School of Arts",
          honor: "provincial first-class undergraduate majors",
        },
      ],
    },
  },
  {
    name: "'A and 21 other counties, towns and units were named ...'",
    text: "News\n\nBaishan County and 21 other counties, towns and units were named State-level Ecological Demonstration Models by the Hill Environmental Bureau.",
    expect: {
      conferrals: [
        {
          recipient: "Baishan County",
          honor: "State-level Ecological Demonstration Models",
          issuers: ["Hill Environmental Bureau"],
        },
      ],
    },
  },
  {
    name: "a list under a colon, one holder per line with blank lines between, the honor named just before",
    text: "News\n\nFive parks have been upgraded to the 4A-level Tourist Attractions recently.\nThe five parks are:\n\nPine Peak Forest Park (Anhui Province)\n\nWhite Cloud Lake Park (Hubei Province)\n\nRed Stone Valley Park (Hunan Province)\n\nThe parks will open new trails next year.",
    expect: {
      conferrals: [
        { recipient: "Pine Peak Forest Park", honor: "4A-level Tourist Attractions" },
        { recipient: "White Cloud Lake Park", honor: "4A-level Tourist Attractions" },
        { recipient: "Red Stone Valley Park", honor: "4A-level Tourist Attractions" },
      ],
    },
  },
  {
    name: "gapping: 'A was rated as X, and B, C and D as Y'",
    text: "News\n\nThis year the Hill Salt Museum has been rated as a first-class national museum, and the Lake Tea Museum, the Pine Coin Museum and the Red Kiln Museum as third-class national museums.",
    expect: {
      conferrals: [
        { recipient: "Hill Salt Museum", honor: "first-class national museum" },
        { recipient: "Lake Tea Museum", honor: "third-class national museums" },
        { recipient: "Pine Coin Museum", honor: "third-class national museums" },
        { recipient: "Red Kiln Museum", honor: "third-class national museums" },
      ],
    },
  },
  {
    name: "'were evaluated and listed in the 96 National Level-1 Museums' (a count before the rating)",
    text: "News\n\nIn 2009, the Old Bridge Museum and the Temple Garden Museum were evaluated and listed in the 96 National Level-1 Museums in the opening round.",
    expect: {
      conferrals: [
        { recipient: "Old Bridge Museum", honor: "National Level-1 Museums" },
        { recipient: "Temple Garden Museum", honor: "National Level-1 Museums" },
      ],
    },
  },
  {
    name: "many recipients of one lower-case honor",
    text: "News\n\nThe Birch Valley Museum, the Cedar Science Hall and the Aspen Nature Center were designated as provincial popular science bases.",
    expect: {
      conferrals: [
        { recipient: "Birch Valley Museum", honor: "provincial popular science bases" },
        { recipient: "Cedar Science Hall", honor: "provincial popular science bases" },
        { recipient: "Aspen Nature Center", honor: "provincial popular science bases" },
      ],
    },
  },
  {
    name: "the issuer names N honors, including A and B",
    text: "News\n\nThe Provincial Forestry Bureau named 40 ecological education bases for young people, including the Fernhill Forest Park and the Mossy Creek Wetland Park.",
    expect: {
      someConferrals: [
        {
          recipient: "Fernhill Forest Park",
          honor: "ecological education bases for young people",
          issuers: ["Provincial Forestry Bureau"],
        },
        {
          recipient: "Mossy Creek Wetland Park",
          honor: "ecological education bases for young people",
          issuers: ["Provincial Forestry Bureau"],
        },
      ],
    },
  },
  {
    name: "N were classified as X, including a share – A, B and C",
    text: "News\n\nOf the libraries assessed, 90 were classified as Provincial Second Grade Libraries, including three from the county – the Ironwood Library, the Salt Road Library and the Kiln Town Library.",
    expect: {
      conferrals: [
        { recipient: "Ironwood Library", honor: "Provincial Second Grade Libraries" },
        { recipient: "Salt Road Library", honor: "Provincial Second Grade Libraries" },
        { recipient: "Kiln Town Library", honor: "Provincial Second Grade Libraries" },
      ],
    },
  },
  {
    name: "Among the N schools are A, B and C: the honor announced before",
    text: "Province recognizes 50 model schools for science education\n\nThe list was released last week. Among the 50 schools are Harbor Road Primary School, Hilltop High School, and Riverside Middle School.",
    expect: {
      conferrals: [
        { recipient: "Harbor Road Primary School", honor: "model schools for science education" },
        { recipient: "Hilltop High School", honor: "model schools for science education" },
        { recipient: "Riverside Middle School", honor: "model schools for science education" },
      ],
    },
  },
  {
    name: "The two individuals were A, a post, and B: the honor the sentence before gave",
    text: "News\n\nTwo residents of the city have been honored as provincial models of rural revival.\n\nThe two residents were Fan Lu, deputy director of the Hill County Water Office, and Qin Yu, a village doctor.",
    expect: {
      conferrals: [
        { recipient: "Fan Lu", honor: "provincial models of rural revival" },
        { recipient: "Qin Yu", honor: "provincial models of rural revival" },
      ],
    },
  },
  {
    name: "a headline without its auxiliary announces the honor: 'X named Y'",
    text: "Two Museums Named Provincial Heritage Museums\n\nThe two museums are the Salt Road Museum and the Kiln Town Museum.",
    expect: {
      conferrals: [
        { recipient: "Salt Road Museum", honor: "Provincial Heritage Museums" },
        { recipient: "Kiln Town Museum", honor: "Provincial Heritage Museums" },
      ],
    },
  },
  {
    name: "'A, B and C were the three': the count given to the holders of the sentence before",
    text: "News\n\nThree Chinese towns were awarded the River Town Accreditation at a meeting in Geneva. Xiamen, Qingdao and Chengdu were the three, with towns in Peru completing the list. Those towns were the first in Asia.",
    expect: {
      conferrals: [
        { recipient: "Xiamen", honor: "River Town Accreditation" },
        { recipient: "Qingdao", honor: "River Town Accreditation" },
        { recipient: "Chengdu", honor: "River Town Accreditation" },
      ],
    },
  },
  {
    name: "'They are Peru's A and Kenya's B': an owner before each name of the list",
    text: "News\n\nFour foreign experts were awarded the Riverland Friendship Medal. They are Peru's Ana Lucia Torres, Kenya's Joseph Mwangi and Canada's Zhou Ning.",
    expect: {
      conferrals: [
        { recipient: "Joseph Mwangi", honor: "Riverland Friendship Medal" },
        { recipient: "Zhou Ning", honor: "Riverland Friendship Medal" },
        { recipient: "Ana Lucia Torres", honor: "Riverland Friendship Medal" },
      ],
    },
  },
  {
    name: "These include A and B: the honor of the sentence before",
    text: "News\n\nAnother 120 museums were classified as national third-level museums, four of which are from the city. These include the Old Mill Museum and the Weaving Museum.",
    expect: {
      conferrals: [
        { recipient: "Old Mill Museum", honor: "national third-level museums" },
        { recipient: "Weaving Museum", honor: "national third-level museums" },
      ],
    },
  },
  {
    name: "The honor are: person, post; person, post",
    text: "News\n\nThe top ten science communicators of 2023 are: Gao Ming, a forecaster at the Coastal Weather Center; Luo Ping, a teacher of the Pine School; and Xu Lan, a nurse.",
    expect: {
      conferrals: [
        { recipient: "Gao Ming", honor: "top ten science communicators of 2023" },
        { recipient: "Luo Ping", honor: "top ten science communicators of 2023" },
        { recipient: "Xu Lan", honor: "top ten science communicators of 2023" },
      ],
    },
  },
  {
    name: "The [count] honor [named in place] are A, B and C",
    text: "News\n\nThe 3 state-level rowing kindergartens identified and named in Hexi are Bluebell Kindergarten, Pinewood Kindergarten and Sunrise Kindergarten.",
    expect: {
      conferrals: [
        { recipient: "Bluebell Kindergarten", honor: "state-level rowing kindergartens" },
        { recipient: "Pinewood Kindergarten", honor: "state-level rowing kindergartens" },
        { recipient: "Sunrise Kindergarten", honor: "state-level rowing kindergartens" },
      ],
    },
  },
  {
    name: "The [count] kind of holder are A and B: a description, not an honor",
    text: "News\n\nThe two mountain scenic spots are Crane Valley Scenic Spot and Lotus Pond Scenic Spot. The four firms were Dawn Tools Co. and Lark Mills Co.",
    expect: { conferrals: [] },
  },
  {
    name: "... were awarded to a person; the list runs on after a full stop",
    text: "News\n\nThe top 10 Science Communicators of 2022 were awarded to Deng Hui, a forecaster at the Coastal Weather Center. Peng Yu, a forest ranger in the north; Tang Wei, a teacher of the Pine School.",
    expect: {
      conferrals: [
        { recipient: "Deng Hui", honor: "top 10 Science Communicators of 2022" },
        { recipient: "Peng Yu", honor: "top 10 Science Communicators of 2022" },
        { recipient: "Tang Wei", honor: "top 10 Science Communicators of 2022" },
      ],
    },
  },
  {
    name: 'the issuer awarded the first "X" to A, B and C (active, not a reduced passive)',
    text: 'News\n\nAt the gala, the Coastal Ocean Society also presented the first "Coastal Science Communication Lifetime Award" to Hu Lin, Cao Yi, and Gu Wen, researchers of the Marine Institute.',
    expect: {
      conferrals: [
        {
          recipient: "Hu Lin",
          honor: "Coastal Science Communication Lifetime Award",
          issuers: ["Coastal Ocean Society"],
        },
        {
          recipient: "Cao Yi",
          honor: "Coastal Science Communication Lifetime Award",
          issuers: ["Coastal Ocean Society"],
        },
        {
          recipient: "Gu Wen",
          honor: "Coastal Science Communication Lifetime Award",
          issuers: ["Coastal Ocean Society"],
        },
      ],
    },
  },
  {
    name: "the city has N honors, including M key ones, namely A and B",
    text: 'News\n\nSo far, the city has nine "hidden champion" enterprises, including two key "hidden champion" enterprises, namely Lakeview Valve Company and Stonegate Optics Company.',
    expect: {
      someConferrals: [
        { recipient: "Lakeview Valve Company", honor: '"hidden champion" enterprises' },
        { recipient: "Stonegate Optics Company", honor: '"hidden champion" enterprises' },
      ],
    },
  },
  {
    name: "a numbered list after 'the following N ... are X'",
    text: "Notice\n\nAfter review, it is decided that the following 3 parks are national wetland parks. Here is the list:\n1. Jade Lake Park, Hill City\n2. Cloud Gorge Park (North Province)\n3.\nOld Town Reed Park\nEnd of notice.",
    expect: {
      conferrals: [
        { recipient: "Jade Lake Park", honor: "national wetland parks" },
        { recipient: "Cloud Gorge Park", honor: "national wetland parks" },
        { recipient: "Old Town Reed Park", honor: "national wetland parks" },
      ],
    },
  },
  {
    name: "gapping: A was rated first-class, and B and C as third-class",
    text: "News\n\nThe Delta Museum was rated first-class, and the Reed Museum and the Bay Museum as third-class.",
    expect: {
      someConferrals: [{ recipient: "Reed Museum", honor: "third-class" }],
    },
  },
];

const selfAnnounced: GenreCase[] = [
  {
    name: "congratulations to A, a post, for winning the title of X",
    text: 'Good news\n\nCongratulations to Fan Jie, head of our testing lab, for winning the title of "Provincial Technical Pioneer"!',
    expect: { conferrals: [{ recipient: "Fan Jie", honor: "Provincial Technical Pioneer" }] },
  },
  {
    name: "congratulations to the school on being named X",
    text: "Good news\n\nWarm congratulations to the Pine Valley School on being named a Provincial Green School!",
    expect: { conferrals: [{ recipient: "Pine Valley School", honor: "Provincial Green School" }] },
  },
];

const manyHonors: GenreCase[] = [
  {
    name: "it has received honorary titles such as A, B and the first batch of C",
    text: "News\n\nThe Pine Valley Museum opened in 2010. Over the years it has received honorary titles such as Hill City Science Demonstration Base, Hill City Youth Practice Base, and the first batch of Provincial Nature Education Base.",
    expect: {
      conferrals: [
        { recipient: "Pine Valley Museum", honor: "Hill City Science Demonstration Base" },
        { recipient: "Pine Valley Museum", honor: "Hill City Youth Practice Base" },
        {
          recipient: "Pine Valley Museum",
          honor: "Provincial Nature Education Base",
          batch: "first",
        },
      ],
    },
  },
  {
    name: "the school has won many honors, including A and B",
    text: "News\n\nThe Harbor Road School has won many honors, including Provincial Green School and National Model Unit for Reading.",
    expect: {
      conferrals: [
        { recipient: "Harbor Road School", honor: "Provincial Green School" },
        { recipient: "Harbor Road School", honor: "National Model Unit for Reading" },
      ],
    },
  },
];

const coreference: GenreCase[] = [
  {
    name: "'He' after a sentence that opens with a surname alone is that person, not the last person named",
    text: 'News\n\nThe Hill Veterans Office visited Gao Shuming in May. Officials conveyed greetings from Lin Bo, head of the office.\nGao served as a soldier for ten years.\nHe was awarded the honorary title of "Frontier Hero".',
    expect: {
      conferrals: [{ recipient: "Gao Shuming", honor: "Frontier Hero" }],
    },
  },
  {
    name: "a person with a post before the verb is the subject, not the body of the post",
    text: "News\n\nAmong them, Tao Ruiming, chief engineer of the Riverside Pump Company, won the Provincial Labor Medal.",
    expect: { conferrals: [{ recipient: "Tao Ruiming", honor: "Provincial Labor Medal" }] },
  },
  {
    name: "'It' is the body the story's first conferral honored; each honor takes the year after it",
    text: "Recently, the list of provincial geology education bases was announced, and the Pine Valley Rock Museum was selected as a provincial geology education base of natural resources.\nThe museum has many rooms.\nIt was honored as the advanced unit of the Lakeside Science Week in 2019, the advanced unit of the Lakeside Science Day in 2020 and the top ten science bases in Lakeside in 2021.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Valley Rock Museum",
          honor: "provincial geology education base of natural resources",
        },
        {
          recipient: "Pine Valley Rock Museum",
          honor: "advanced unit of the Lakeside Science Week",
          date: "2019",
        },
        {
          recipient: "Pine Valley Rock Museum",
          honor: "advanced unit of the Lakeside Science Day",
          date: "2020",
        },
        {
          recipient: "Pine Valley Rock Museum",
          honor: "top ten science bases in Lakeside",
          date: "2021",
        },
      ],
    },
  },
  {
    name: "'In 2009, A; in 2017, it ...; in 2023, it ...': each clause's opening year dates its honor",
    text: "News\n\nThe Old Kiln Museum opened in 1995.\nIn 2011, the museum was named a Provincial Patriotism Education Base; in 2016, it was rated as a national AAA tourist attraction; in 2022, it was selected as a National Industrial Heritage Site.",
    expect: {
      conferrals: [
        {
          recipient: "Old Kiln Museum",
          honor: "Provincial Patriotism Education Base",
          date: "2011",
        },
        { recipient: "Old Kiln Museum", honor: "national AAA tourist attraction", date: "2016" },
        { recipient: "Old Kiln Museum", honor: "National Industrial Heritage Site", date: "2022" },
      ],
    },
  },
  {
    name: "'it' after a name that follows a preposition ('in the List of Lakeshire ...') is not that name",
    text: "News\n\nThe Old Kiln Museum opened in 1995.\nIn 2011, the site entered the List of Lakeshire Protected Sites; in 2016, it was rated as a national AAA tourist attraction.",
    expect: {
      conferrals: [
        { recipient: "Old Kiln Museum", honor: "national AAA tourist attraction", date: "2016" },
      ],
    },
  },
  {
    name: "'He has won A, B and other honorary titles' (a place before a dated name: 'Hebei Province May 1st Labor Medal')",
    text: "News\n\nZhao Minghui joined the Pine Hill Coal Mine in 2011.\nHe has won the Linfen May 1st Labor Medal, the Hebei Province May 1st Labor Medal and other honorary titles.",
    expect: {
      conferrals: [
        { recipient: "Zhao Minghui", honor: "Linfen May 1st Labor Medal" },
        { recipient: "Zhao Minghui", honor: "Hebei Province May 1st Labor Medal" },
      ],
    },
  },
  {
    name: "an appositive states an honor held: 'As a national second-class museum, the X ...'; what it receives is no honor",
    text: "News\n\nAs a national second-class museum, the Lakeside Salt Museum receives many school groups every year.",
    expect: {
      conferrals: [{ recipient: "Lakeside Salt Museum", honor: "national second-class museum" }],
    },
  },
  {
    name: "'As one of the first provincial green schools, X ...'",
    text: "News\n\nAs one of the first provincial green schools, the Maple Road Primary School plants trees every spring.",
    expect: {
      conferrals: [{ recipient: "Maple Road Primary School", honor: "provincial green schools" }],
    },
  },
  {
    name: "'It' is the body the headline honored; the lead's announcer issued the headline's honor, not the honors it held before",
    text: 'Pine Valley Geology Hall won the title of "Provincial Geology Education Base"\n\nRecently, the Hillshire Association for Science and Technology issued a notice on naming the bases, and the hall was on the list.\nIt has been successively awarded honorary titles such as Lakeside Youth Practice Base and Lakeside Science Demonstration Base.',
    expect: {
      conferrals: [
        {
          recipient: "Pine Valley Geology Hall",
          honor: "Provincial Geology Education Base",
          issuers: ["Hillshire Association for Science and Technology"],
        },
        {
          recipient: "Pine Valley Geology Hall",
          honor: "Lakeside Youth Practice Base",
          issuers: [],
        },
        {
          recipient: "Pine Valley Geology Hall",
          honor: "Lakeside Science Demonstration Base",
          issuers: [],
        },
      ],
    },
  },
  {
    name: "she received the award: the person before, the honor the text granted",
    text: 'News\n\nThe federation has granted 12 women the title of "Model of Rural Science Outreach". The runner-up was Ma Qing, a doctor in a county hospital. She received the award for her work in mountain villages.',
    expect: {
      someConferrals: [{ recipient: "Ma Qing", honor: "Model of Rural Science Outreach" }],
    },
  },
  {
    name: "he received the title of X: the named honor",
    text: "News\n\nLast year the academy invited Sun Hao, a geologist, to lead the survey. He received the title of Provincial Outstanding Expert.",
    expect: {
      someConferrals: [{ recipient: "Sun Hao", honor: "Provincial Outstanding Expert" }],
    },
  },
  {
    name: "A, a teacher ..., topped the list: the title granted before",
    text: 'News\n\nThe federation has granted 12 women the title of "Model of Rural Science Outreach". Ma Qing, a doctor in a county hospital who treats patients in the mountains, topped the list.',
    expect: {
      someConferrals: [{ recipient: "Ma Qing", honor: "Model of Rural Science Outreach" }],
    },
  },
  {
    name: "a surname that owns something ('Zhou's third flight') or speaks ('said Tang.') is the person named in full before",
    text: "News\n\nThe crew of the Tarn-3 mission were Zhou Ming and Tang Weiqi. It was Zhou's third flight and Tang's first.\n\"Training never stops,\" said Tang.",
    expect: {
      mentions: [
        { surface: "Zhou", name: "Zhou Ming" },
        { surface: "Tang", name: "Tang Weiqi" },
      ],
    },
  },
  {
    name: "guard: a surname's possessive with no one of that surname named is no person ('Song's Noodles')",
    text: "News\n\nSong's Noodles opened a shop in Tarn Town.",
    expect: { notPeople: ["Song"] },
  },
];

const acronyms: GenreCase[] = [
  {
    name: "an acronym in brackets inside a name spells its first words: 'Lin Wei Ho Tang (LWHT) Foundation' is one body, and 'the LWHT Foundation' its short form",
    text: "News\n\nThe Lin Wei Ho Tang (LWHT) Foundation granted the Lake Science Prize to Tom Reed. The LWHT Foundation was set up in 1994. The Tarn Heritage Administration (THA) Saturday named the list.",
    expect: {
      mentions: [
        {
          surface: "Lin Wei Ho Tang (LWHT) Foundation",
          name: "Lin Wei Ho Tang Foundation",
          hasAntecedent: false,
        },
        { surface: "LWHT Foundation", name: "Lin Wei Ho Tang Foundation" },
      ],
      conferrals: [{ recipient: "Tom Reed", honor: "Lake Science Prize" }],
      notOrganizations: ["Tarn Heritage Administration Saturday", "LWHT Foundation"],
    },
  },
  {
    name: "a bare word in capitals is the one body whose name opens with it: 'PINEX Group ... PINEX'; two such bodies, neither",
    text: "News\n\nThe PINEX Group opened a lab in May. PINEX was named a provincial innovation demonstration enterprise. LAKO Paper Co. and LAKO Group both grew. LAKO was named a provincial green factory.",
    expect: {
      mentions: [{ surface: "PINEX", name: "PINEX Group" }],
      conferrals: [
        { recipient: "PINEX Group", honor: "provincial innovation demonstration enterprise" },
        { recipient: "LAKO", honor: "provincial green factory" },
      ],
    },
  },
  {
    name: "an undefined acronym whose letters name one body of the text refers to it",
    text: "News\n\nAt the 9th Congress of the Coastal Astronomy Society, Mo Lin won the award of advanced worker from the CAS.",
    expect: { mentions: [{ surface: "CAS", name: "Coastal Astronomy Society" }] },
  },
  {
    name: "two bodies with the same initials: the acronym stays unresolved",
    text: "News\n\nThe Coastal Astronomy Society and the Central Art School met. The CAS spoke.",
    expect: { mentions: [{ surface: "CAS", name: "CAS", hasAntecedent: false }] },
  },
];

const recipients: GenreCase[] = [
  {
    name: "'has been honored with several awards, such as the title of X, a Y, and the designation of \"Z\"': each is held",
    text: 'Party News\n\nThe Party Committee of Hill College has been honored with several awards, such as the title of "Lake Advanced Group", a trial unit for teaching reform, and the designation of "Exemplary Party Branch" at Hill University. Lake Park received the designation of National Wetland Park in 2019.',
    expect: {
      conferrals: [
        {
          recipient: "Party Committee of Hill College",
          honor: "Lake Advanced Group",
        },
        {
          recipient: "Party Committee of Hill College",
          honor: "trial unit for teaching reform",
        },
        { recipient: "Party Committee of Hill College", honor: "Exemplary Party Branch" },
        { recipient: "Lake Park", honor: "National Wetland Park" },
      ],
      notOrganizations: ["Exemplary Party Branch"],
    },
  },
  {
    name: "'A and B are recipients of X', 'is the 2019 winner of X', 'are both laureates of X': holders named in the plural or with a year",
    text: "Port News\n\nPinecrest Port and Hill Port are recipients of the Green Harbor Award given by the Lake Port Network. Lin Wei is the 2019 winner of the Tarn Poetry Prize. Zhou Lan and Wu Fei are both laureates of the Coastal Science Medal.",
    expect: {
      conferrals: [
        { recipient: "Pinecrest Port", honor: "Green Harbor Award" },
        { recipient: "Hill Port", honor: "Green Harbor Award" },
        { recipient: "Lin Wei", honor: "Tarn Poetry Prize" },
        { recipient: "Zhou Lan", honor: "Coastal Science Medal" },
        { recipient: "Wu Fei", honor: "Coastal Science Medal" },
      ],
    },
  },
  {
    name: "a person with a long appositive was a recipient of the title of ...",
    text: "News\n\nZhou Lan, volunteer leader at the Reef Watch Station in Dongtou County of Zhejiang Province, was a recipient of the title of Coastal Guardian Pacesetter.",
    expect: {
      conferrals: [{ recipient: "Zhou Lan", honor: "Coastal Guardian Pacesetter" }],
    },
  },
  {
    name: "They are: A (3), B (2) and C (1): the honor the text named before",
    text: "News\n\nThere are 3 universities in the province that won the National Teaching Prize of 2022 as the first unit. They are: Lakeside University (3), Hillcrest University (2), and Riverbend University (1).",
    expect: {
      conferrals: [
        { recipient: "Lakeside University", honor: "National Teaching Prize of 2022" },
        { recipient: "Hillcrest University", honor: "National Teaching Prize of 2022" },
        { recipient: "Riverbend University", honor: "National Teaching Prize of 2022" },
      ],
    },
  },
  {
    name: "a place-like given name followed by a post is a person",
    text: "News\n\nAmong them, Shi Nanning, chairman of the Valley Science Association, and Professor Ma Lin joined the new council of the society.",
    expect: { people: [{ name: "Shi Nanning" }, { name: "Ma Lin" }] },
  },
  {
    name: "a less common surname",
    text: "News\n\nNing Hao and Dou Lan from the observatory won the award of advanced worker.",
    expect: { people: [{ name: "Ning Hao" }, { name: "Dou Lan" }] },
  },
  {
    name: "cities kept their title of ...: renewed",
    text: "News\n\nChengdu, Mianyang and Yibin kept their title of provincial garden cities after the review.",
    expect: {
      conferrals: [
        { recipient: "Chengdu", honor: "provincial garden cities", status: "renewed" },
        { recipient: "Mianyang", honor: "provincial garden cities", status: "renewed" },
        { recipient: "Yibin", honor: "provincial garden cities", status: "renewed" },
      ],
    },
  },
  {
    name: "a place in a list of organizations qualifies them",
    text: "News\n\nThe Willow Primary School, Jiangxi province, was recognized as a provincial science demonstration school.",
    expect: {
      conferrals: [
        { recipient: "Willow Primary School", honor: "provincial science demonstration school" },
      ],
    },
  },
];

const names: GenreCase[] = [
  {
    name: "'Limited' ends a company's name as 'Ltd.' does, and 'Holding Company' is a name",
    text: "News\n\nPine Valley Tea Company Limited won the Riverland Quality Award. Lakeside Investment Holding Company Limited and Hill Foods Co., Limited won the Riverland Export Award.",
    expect: {
      conferrals: [
        { recipient: "Pine Valley Tea Company Limited", honor: "Riverland Quality Award" },
        {
          recipient: "Lakeside Investment Holding Company Limited",
          honor: "Riverland Export Award",
        },
        { recipient: "Hill Foods Co., Limited", honor: "Riverland Export Award" },
      ],
    },
  },
  {
    name: "a brand named without a head noun is a body when it is the subject of a verb of honoring",
    text: 'News\n\nRecently, Quillmore has been certified as a "Provincial Innovative Enterprise". Tarvik Pumps, Ostrel and Venmark Optics were named municipal technology centers.',
    expect: {
      conferrals: [
        { recipient: "Quillmore", honor: "Provincial Innovative Enterprise" },
        { recipient: "Tarvik Pumps", honor: "municipal technology centers" },
        { recipient: "Ostrel", honor: "municipal technology centers" },
        { recipient: "Venmark Optics", honor: "municipal technology centers" },
      ],
      organizations: ["Quillmore", "Tarvik Pumps", "Ostrel", "Venmark Optics"],
    },
  },
  {
    name: "English nouns and pronouns before such a verb are no bodies: 'Geologist, Botanist Honored', 'She was named'",
    text: "Geologist, Botanist Honored at Gala\n\nShe was named a provincial model teacher. Glass Product Awarded Quality Prize",
    expect: { conferrals: [] },
  },
  {
    name: "'Awards' after a capitalised word heads a title unless a name or 'the' follows it (then it is the verb)",
    text: "News\n\nZhao Lin won the Provincial Teaching Masters Awards in May. The Hill Ministry Awards the Pine School a Plaque.",
    expect: {
      conferrals: [{ recipient: "Zhao Lin", honor: "Provincial Teaching Masters Awards" }],
      organizations: ["Hill Ministry", "Pine School"],
    },
  },
  {
    name: "a prefecture-level city named bare is a place: 'Changde retained the title of X'",
    text: 'Changde Retained the Title of "National Health City"\n\nXianning and Loudi were named provincial garden cities.',
    expect: {
      conferrals: [
        { recipient: "Changde", honor: "National Health City", status: "renewed" },
        { recipient: "Xianning", honor: "provincial garden cities" },
        { recipient: "Loudi", honor: "provincial garden cities" },
      ],
    },
  },
  {
    name: "'Award' after a capitalised word heads a title, whatever follows: 'won the 19th Lake Quality Award on Dec 2'",
    text: "News\n\nThe Reed Textile Group won the 19th Lake Quality Award on Dec 2. Gao Min won the China Youth Science Award on June 3.",
    expect: {
      conferrals: [
        { recipient: "Reed Textile Group", honor: "Lake Quality Award", batch: "19th" },
        { recipient: "Gao Min", honor: "China Youth Science Award" },
      ],
    },
  },
  {
    name: "a capitalised ordinal opens a hospital's name: 'The First Affiliated Hospital of X', 'Hill Provincial Second People's Hospital'",
    text: "News\n\nThe First Affiliated Hospital of Pine Medical University and Yunnan Provincial Second People's Hospital were named provincial civilized units.",
    expect: {
      organizations: [
        "First Affiliated Hospital of Pine Medical University",
        "Yunnan Provincial Second People's Hospital",
      ],
      conferrals: [
        {
          recipient: "First Affiliated Hospital of Pine Medical University",
          honor: "provincial civilized units",
        },
        {
          recipient: "Yunnan Provincial Second People's Hospital",
          honor: "provincial civilized units",
        },
      ],
    },
  },
  {
    name: "where a meeting is held is a venue, not a body: 'held in the Great Hall of the People'",
    text: "News\n\nLast week the commendation meeting was held in the Great Hall of the People, and the awards dinner at a hotel. The award ceremony took place at the Lakeside Convention Center.",
    expect: {
      notOrganizations: ["Great Hall of the People", "Lakeside Convention Center"],
    },
  },
  {
    name: "a word the text names as a place elsewhere ('Fenning City') is that place when it stands alone",
    text: "News\n\nThe bureau announced the list of provincial garden cities, in which Fenning, Baishi and Lutang are included.\nFenning City has planted trees along the river, and Baishi County and Lutang County built new parks.",
    expect: {
      conferrals: [
        { recipient: "Fenning City", honor: "provincial garden cities" },
        { recipient: "Baishi County", honor: "provincial garden cities" },
        { recipient: "Lutang County", honor: "provincial garden cities" },
      ],
    },
  },
  {
    name: "a kind of place is a title, not a place: 'National Garden City', 'Hunan Garden County'; 'the cities of A, B and C'",
    text: 'News\n\nDatong rewarded as National Garden City\nThe cities of Zhangmu, Linfeng and Huaiqiao were entitled as "Hunan Garden City".',
    expect: {
      conferrals: [
        { recipient: "Datong", honor: "National Garden City" },
        { recipient: "Zhangmu City", honor: "Hunan Garden City" },
        { recipient: "Linfeng City", honor: "Hunan Garden City" },
        { recipient: "Huaiqiao City", honor: "Hunan Garden City" },
      ],
    },
  },
  {
    name: "people as bylines and English pages write them: 'David K. Marsh', 'ZHAO Linbo', 'Prof. Tian He'",
    text: "News\n\nThe top ten communicators are David K. Marsh, ZHAO Linbo and Wu Qiang. Prof. Tian He directs the lab.",
    expect: {
      people: [
        { name: "David K. Marsh" },
        { name: "ZHAO Linbo" },
        { name: "Wu Qiang" },
        { name: "Tian He" },
      ],
    },
  },
  {
    name: "a given name that is an English word or a city is a name when a post or an occupation follows: 'Jiang He, deputy director', 'Li Ran, the fair's executive director', 'Zhao Huizhou, a designer'",
    text: "News\n\nJiang He, Deputy Director of the Tarn Science Bureau, opened the final. Li Ran, the fair's executive director, thanked the jury. Among the guests were Zhao Huizhou, a fashion designer, and Liao Jinzhong, a renowned national expert. He said they ran well.",
    expect: {
      people: [
        { name: "Jiang He" },
        { name: "Li Ran" },
        { name: "Zhao Huizhou" },
        { name: "Liao Jinzhong" },
      ],
    },
  },
  {
    name: "a post in title case before a Chinese name is no word of the name: 'Dean Liu Shaoqun', 'Mayor Geng Yanbo'",
    text: "Campus News\n\nDeputy Dean Liu Shaoqun visited the lab. Mayor Geng Yanbo cut the ribbon.",
    expect: {
      people: [{ name: "Liu Shaoqun" }, { name: "Geng Yanbo" }],
    },
  },
  {
    name: "a place-like given name before a verb of the person's own ('Lin Kunming won X', 'He Jinhua was picked as\"X\"'); a quote glued to 'as'",
    text: 'Award News\n\nLin Kunming won the Lake Prize. He Jinhua was picked as"Lake Young Talent" by the Tarn Bureau. The museum in Jinhua was rated first-class.',
    expect: {
      people: [{ name: "Lin Kunming" }, { name: "He Jinhua" }],
      conferrals: [
        { recipient: "Lin Kunming", honor: "Lake Prize" },
        { recipient: "He Jinhua", honor: "Lake Young Talent" },
      ],
    },
  },
  {
    name: "a reporter's or a diplomat's name after the word ('Egyptian reporter Hosam Farouk Mohamed'); a byline's name before a date ('reporter Huang Wenbo March 4,')",
    text: "Award News\n\nThe youngest winner is Egyptian reporter Karim Farouk Nassar. Daily News reporter Huang Wenbo March 4, the list of winners was released.",
    expect: {
      people: [{ name: "Karim Farouk Nassar" }, { name: "Huang Wenbo" }],
    },
  },
  {
    name: "Hong Kong, Macao and Malaysian names: 'Tung Chee-hwa', 'Ip Kwok-him', 'Cheang Chi Keong', 'Eddie Wong Yue Kai'; a foundation named for people is a body",
    text: "Honours News\n\nTung Chee-hwa and Ip Kwok-him were given the Lake Medal. Cheang Chi Keong received the Silver Lotus. Eddie Wong Yue Kai received the Gold Lotus. The Lam Ka Ming and Wong Siu Ling Charitable Foundation gave the prize money.",
    expect: {
      people: [
        { name: "Tung Chee-hwa" },
        { name: "Ip Kwok-him" },
        { name: "Cheang Chi Keong" },
        { name: "Eddie Wong Yue Kai" },
      ],
      organizations: ["Lam Ka Ming and Wong Siu Ling Charitable Foundation"],
    },
  },
  {
    name: "Japanese names written in romaji are people: 'Kento Momota', 'Ayaka Takahashi'; English words are not",
    text: "Badminton News\n\nJapan's Kento Momota received the Lake Player of the Year award. Ayaka Takahashi won the Most Improved Player award. Banana Republic opened a store.",
    expect: {
      people: [{ name: "Kento Momota" }, { name: "Ayaka Takahashi" }],
      conferrals: [
        { recipient: "Kento Momota", honor: "Lake Player of the Year" },
        { recipient: "Ayaka Takahashi", honor: "Most Improved Player award" },
      ],
    },
  },
  {
    name: "after 'Mr.' a post may follow the name without a comma: 'Mr. Zhang Wenbo Deputy Director General of X'",
    text: "News\n\nMr. Zhang Wenbo Deputy Director General of the Lake Center, Mr. Li Xiaoming Director General of the Hill Council and Mr. Xu Chunbo Vice President of the Tarn Association visited the show.",
    expect: {
      people: [{ name: "Zhang Wenbo" }, { name: "Li Xiaoming" }, { name: "Xu Chunbo" }],
    },
  },
  {
    name: "two companies glued without a comma split at the place that starts the second",
    text: "News\n\nThe list includes four key enterprises, namely Zhejiang Lanfeng Glass Company Zhejiang Hongtai Valve Company and Jiangsu Beiqiao Cable Company, which were named provincial model enterprises.",
    expect: {
      organizations: [
        "Zhejiang Lanfeng Glass Company",
        "Zhejiang Hongtai Valve Company",
        "Jiangsu Beiqiao Cable Company",
      ],
    },
  },
  {
    name: "a date opens an honor's name: 'May 4th Medal'; 'on May 3rd' after the honor is no part of it",
    text: "News\n\nTang Yu won the May 4th Youth Medal on May 3rd.",
    expect: { conferrals: [{ recipient: "Tang Yu", honor: "May 4th Youth Medal" }] },
  },
  {
    name: "a class of bodies in the plural is no name: 'State Key Laboratories'",
    text: "News\n\nState Key Laboratories focus on frontier research. The Hill University Laboratory of Soil Science was named a provincial key laboratory.",
    expect: {
      conferrals: [
        {
          recipient: "Hill University Laboratory of Soil Science",
          honor: "provincial key laboratory",
        },
      ],
      notOrganizations: ["State Key Laboratories"],
    },
  },
  {
    name: "a company group is a body: 'Maple Construction Group'",
    text: "News\n\nMaple Construction Group and Redstone Group were named provincial civilized units.",
    expect: {
      conferrals: [
        { recipient: "Maple Construction Group", honor: "provincial civilized units" },
        { recipient: "Redstone Group", honor: "provincial civilized units" },
      ],
    },
  },
  {
    name: "place heads left in lower case: 'Tanxi county', 'Luoshan city'",
    text: "News\n\nTanxi county and Luoshan city were named provincial model areas for rural roads.",
    expect: {
      conferrals: [
        { recipient: "Tanxi County", honor: "provincial model areas for rural roads" },
        { recipient: "Luoshan City", honor: "provincial model areas for rural roads" },
      ],
    },
  },
  {
    name: "one lower-case head shared by a list: 'Hexi, Lanping and Qiaoba counties'",
    text: "News\n\nHexi, Lanping and Qiaoba counties were shortlisted for the 4th batch of national forest demonstration zones.",
    expect: {
      conferrals: [
        {
          recipient: "Hexi County",
          honor: "national forest demonstration zones",
          status: "proposed",
        },
        {
          recipient: "Lanping County",
          honor: "national forest demonstration zones",
          status: "proposed",
        },
        {
          recipient: "Qiaoba County",
          honor: "national forest demonstration zones",
          status: "proposed",
        },
      ],
    },
  },
  {
    name: "an unknown word listed beside known places is a place: 'Deyang, Yibin and Hua'ping'",
    text: "News\n\nDeyang, Yibin and Hua'ping continue to retain the honorary title of provincial hygienic towns.",
    expect: {
      conferrals: [
        { recipient: "Deyang", honor: "provincial hygienic towns", status: "renewed" },
        { recipient: "Yibin", honor: "provincial hygienic towns", status: "renewed" },
        { recipient: "Hua'ping", honor: "provincial hygienic towns", status: "renewed" },
      ],
    },
  },
  {
    name: "a pinyin name split at its apostrophe: 'Xi 'an county'",
    text: "News\n\nLuoping County and Xi 'an County were awarded the national model county for clean water.",
    expect: {
      conferrals: [
        { recipient: "Luoping County", honor: "national model county for clean water" },
        { recipient: "Xi'an County", honor: "national model county for clean water" },
      ],
    },
  },
  {
    name: "a body named in lower case after a capitalised start, as a subject",
    text: "Good news\n\nThe Baishui 302 railway heritage exhibition hall won the title of Provincial Industrial Heritage Education Base.",
    expect: {
      conferrals: [
        {
          recipient: "Baishui 302 railway heritage exhibition hall",
          honor: "Provincial Industrial Heritage Education Base",
        },
      ],
    },
  },
  {
    name: "company suffixes kept whole",
    text: "News\n\n120 enterprises including Hillside Pump Technology Co., Ltd. and Rivermouth Cable Co., Ltd. were identified as the second batch of specialized enterprises.",
    expect: {
      conferrals: [
        { recipient: "Hillside Pump Technology Co., Ltd.", honor: "specialized enterprises" },
        { recipient: "Rivermouth Cable Co., Ltd.", honor: "specialized enterprises" },
      ],
    },
  },
  {
    name: "a bracketed place makes another body",
    text: "News\n\nCoastal University of Mining (East China) won the title of Provincial Civilized Campus.",
    expect: { organizations: ["Coastal University of Mining (East China)"] },
  },
  {
    name: "a trailing 'in <place>' locates a body and is not part of its name",
    text: "News\n\nThe Ridge Primary School in Nantong and the Canal Museum in Jiangsu Province were named provincial science bases.",
    expect: {
      organizations: ["Ridge Primary School", "Canal Museum"],
      notOrganizations: ["Ridge Primary School in Nantong", "Canal Museum in Jiangsu Province"],
    },
  },
  {
    name: "an honor's 'in <place>' stays ('Base for Schools in Shenzhen')",
    text: "News\n\nThe Pine Lab was named an Off-campus Education Base for Primary Schools in Guangming District.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Lab",
          honor: "Off-campus Education Base for Primary Schools in Guangming District",
        },
      ],
    },
  },
  {
    name: "a courtesy title after a body's name is not part of it",
    text: "News\n\nThe vice chair of the Harbin Association for Science and Technology Mr. Gao Lin spoke first.",
    expect: {
      organizations: ["Harbin Association for Science and Technology"],
      notOrganizations: ["Harbin Association for Science and Technology Mr"],
    },
  },
  {
    name: "a bracketed place inside a company name",
    text: "News\n\nLanfeng (Hainan) Marine Biology Co., Ltd. was named a provincial technology center.",
    expect: {
      conferrals: [
        {
          recipient: "Lanfeng (Hainan) Marine Biology Co., Ltd.",
          honor: "provincial technology center",
        },
      ],
    },
  },
];

const noise: GenreCase[] = [
  {
    name: "rating codes and rated kinds of bodies are not bodies: 'AAAA', 'National AAAA Tourist Attraction'",
    text: "News\n\nThe Stone Forest Park, a National AAAA Tourist Attraction, was named a provincial geology education base.",
    expect: {
      // The appositive states a rating held, which the genre's gold counts as conferred.
      conferrals: [
        { recipient: "Stone Forest Park", honor: "provincial geology education base" },
        { recipient: "Stone Forest Park", honor: "National AAAA Tourist Attraction" },
      ],
      notOrganizations: ["AAAA", "National AAAA Tourist Attraction"],
    },
  },
  {
    name: "words glued by scraping are read apart: 'TheRiverMuseum', 'ProvincialGeologyEducationBase', 'Institute ofSoil'",
    text: "News\n\nGood news!TheRiverMuseum of Pine University was named a ProvincialGeologyEducationBase by the Institute ofSoil Science.",
    expect: {
      conferrals: [
        {
          recipient: "River Museum of Pine University",
          honor: "Provincial Geology Education Base",
          issuers: ["Institute of Soil Science"],
        },
      ],
    },
  },
  {
    name: "camel-cased names stay whole: 'WeChat', 'ShiFan'",
    text: "News\n\nThe WeChat account of the Hill Museum reported that the ShiFan village was praised.",
    expect: { notPeople: ["Shi Fan"], notOrganizations: ["We Chat"] },
  },
  {
    name: "mis-paired quotes do not hide a list of names",
    text: 'News\n\nThe city has six "little giant" enterprises, namely Hilltop Gear Company, Lakeshore Valve Company and Old Bridge Fiber Company. Before that, Hilltop Gear Company was picked as one of the "little giant" enterprises.',
    expect: {
      organizations: [
        "Hilltop Gear Company",
        "Lakeshore Valve Company",
        "Old Bridge Fiber Company",
      ],
    },
  },
  {
    name: "a glued 'asthe' is read as 'as the'",
    text: "News\n\nThe Bronze Age Museum and the Canal Museum have been listed asthe provincial key cultural venue.",
    expect: {
      conferrals: [
        { recipient: "Bronze Age Museum", honor: "provincial key cultural venue" },
        { recipient: "Canal Museum", honor: "provincial key cultural venue" },
      ],
    },
  },
  {
    name: "'the lab' with nothing to refer to receives nothing",
    text: "News\n\nThe lab was recognized as a provincial key laboratory.",
    expect: { conferrals: [] },
  },
  {
    name: "glued words: TheLakeMuseum of Hill University",
    text: "News\n\nTheLakeMuseum of Hill University was named a provincial science base.",
    repair: true,
    expect: {
      someConferrals: [
        { recipient: "Lake Museum of Hill University", honor: "provincial science base" },
      ],
    },
  },
];

const impliedIssuers: GenreCase[] = [
  {
    name: "the bodies that co-sponsored the list issue its honor (implied)",
    text: "News\n\nOn March 3, a programme co-sponsored by the Coastal Association for Science and Technology, the Coastal Education Bureau and the Coastal Science Museum revealed the top ten science teachers of 2022. The top ten science teachers of 2022 are: Gu Lan, a teacher at Pine School; Mo Wen, a teacher at Hill School.",
    expect: {
      someConferrals: [
        {
          recipient: "Gu Lan",
          honor: "top ten science teachers of 2022",
          issuers: [
            "Coastal Association for Science and Technology",
            "Coastal Education Bureau",
            "Coastal Science Museum",
          ],
          impliedIssuers: true,
          date: "2023-03-03",
        },
      ],
    },
    publicationDate: "2023-03-05",
  },
  {
    name: "a notice title 'The Ministry of X on determining ...' issues the numbered list",
    text: "Notice\n\nThe Ministry of Water Resources on naming 2 parks as national water parks. It is decided that the following 2 parks are national water parks. Here is the list:\n1. Jade Lake Park\n2. Cloud Gorge Park",
    expect: {
      someConferrals: [
        {
          recipient: "Jade Lake Park",
          honor: "national water parks",
          issuers: ["Ministry of Water Resources"],
        },
      ],
    },
  },
];

const respectively: GenreCase[] = [
  {
    name: "'was added to the list of national 5A tourist attractions'",
    text: "News\n\nThe Pine Lake Scenic Area was added to the list of national 5A tourist attractions.",
    expect: {
      conferrals: [
        { recipient: "Pine Lake Scenic Area", honor: "national 5A tourist attractions" },
      ],
    },
  },
  {
    name: "'A, who is also an academician of the X, has ...': a held title in a relative clause",
    text: "News\n\nThe other winner, Gu Lanxin, who is now an academician of the Hill Academy of Sciences, has studied tides for years.",
    expect: {
      conferrals: [
        { recipient: "Gu Lanxin", honor: "academician of the Hill Academy of Sciences" },
      ],
    },
  },
  {
    name: "'The eight honorees of the X are ...' with what each person is before the name",
    text: 'News\n\nThe six honorees of the Medal of the Lake are deceased soil scientist Gao Lianfeng, longtime county legislator Qiu Mingde, war veterans He Wenda and Gu Lanxin, "father of salt rice" Su Dehai and Lake Prize winner Pan Yuling.',
    expect: {
      conferrals: [
        { recipient: "Gao Lianfeng", honor: "Medal of the Lake" },
        { recipient: "Qiu Mingde", honor: "Medal of the Lake" },
        { recipient: "He Wenda", honor: "Medal of the Lake" },
        { recipient: "Gu Lanxin", honor: "Medal of the Lake" },
        { recipient: "Su Dehai", honor: "Medal of the Lake" },
        { recipient: "Pan Yuling", honor: "Medal of the Lake" },
        // "Lake Prize winner Pan Yuling": an honor she holds, stated before her name.
        { recipient: "Pan Yuling", honor: "Lake Prize" },
      ],
    },
  },
  {
    name: "a quoted title with its makers after it is a work that holds the prize: '\"X\" led by A of B was awarded Y'",
    text: 'News\n\nThe "Coastal Soil Carbon Mapping Platform" led by Gao Lianfeng of the Lake Institute was awarded the special prize of the Riverland Science Award.',
    expect: {
      someConferrals: [
        {
          recipient: "Coastal Soil Carbon Mapping Platform",
          honor: "special prize of the Riverland Science Award",
        },
      ],
    },
  },
  {
    name: 'two works each with its makers, then the verb: \'"X" by Professor A and his team as well as "Y" by Professor B and his team won Z\'',
    text: 'News\n\nBesides, "Tide Models of the Northern Bay" by Professor Gu Lanxin and his team as well as "Salt Marsh Seeds" by Professor He Wenda and his team won the Riverland Prize for Innovation.',
    expect: {
      conferrals: [
        { recipient: "Tide Models of the Northern Bay", honor: "Riverland Prize for Innovation" },
        { recipient: "Salt Marsh Seeds", honor: "Riverland Prize for Innovation" },
      ],
    },
  },
  {
    name: "'A and his team won X': the team holds it, and A stays a person inside it",
    text: "News\n\nProfessor Gu Lanxin and his team won the Riverland Prize for Innovation.",
    expect: {
      conferrals: [
        {
          recipient: "Professor Gu Lanxin and his team",
          honor: "Riverland Prize for Innovation",
        },
      ],
      people: [{ name: "Gu Lanxin" }],
    },
  },
  {
    name: "an honor named by its kind opens the clause: 'The top prize went to A and B'",
    text: "News\n\nThe Riverland Science Awards were given out on Monday. The top prize went to Gao Lianfeng and Qiu Mingde, who both studied soils for decades.",
    expect: {
      someConferrals: [
        { recipient: "Gao Lianfeng", honor: "top prize" },
        { recipient: "Qiu Mingde", honor: "top prize" },
      ],
    },
  },
  {
    name: "a held title in an appositive beside another honor: 'A, an academician of the X who ..., won the Y'",
    text: "News\n\nHe Wenda, an academician of the Chinese Academy of Sciences who studied at Pine University, won the Riverland Prize for Chemistry.",
    expect: {
      conferrals: [
        { recipient: "He Wenda", honor: "academician of the Chinese Academy of Sciences" },
        { recipient: "He Wenda", honor: "Riverland Prize for Chemistry" },
      ],
    },
  },
  {
    name: "'X Attached to Y' is one body; a quoted title runs to its closing quote over the names inside it",
    text: 'News\n\nThe Middle School Attached to Pine Normal University was awarded the honorary title of "Model Unit for Unity Work in Hill Province" by the Hill Provincial Government.',
    expect: {
      conferrals: [
        {
          recipient: "Middle School Attached to Pine Normal University",
          honor: "Model Unit for Unity Work in Hill Province",
          issuers: ["Hill Provincial Government"],
        },
      ],
    },
  },
  {
    name: "'the honor of \"YEAR X and Y\"': the quotes hold one title, a year may open it, its 'and' does not split it",
    text: 'News\n\nTang Wei, head of Reedbank Motors, and Lu Ping were awarded the honor of "2031 Marsh County Culture and Tourism Builder of the Year".',
    expect: {
      conferrals: [
        { recipient: "Tang Wei", honor: "Marsh County Culture and Tourism Builder of the Year" },
        { recipient: "Lu Ping", honor: "Marsh County Culture and Tourism Builder of the Year" },
      ],
    },
  },
  {
    name: '\'won the honors of "X" and "Y"\': each quoted title is an honor',
    text: 'News\n\nThe Fernhill Primary School won the honors of "Reading and Writing Star School" and "Green Campus".',
    expect: {
      conferrals: [
        { recipient: "Fernhill Primary School", honor: "Reading and Writing Star School" },
        { recipient: "Fernhill Primary School", honor: "Green Campus" },
      ],
    },
  },
  {
    name: "'awarded with the honorary title of'; a person 'from the X (ACR) at Y' with no closing comma",
    text: 'News\n\nAssociate Professor Gu Lanxin, from the Department of Soil Science (DSS) at Lake University (LU) has been awarded with the honorary title of "Provincial Outstanding Educator" by the Department of Education.',
    expect: {
      conferrals: [
        {
          recipient: "Gu Lanxin",
          honor: "Provincial Outstanding Educator",
          issuers: ["Department of Education"],
        },
      ],
    },
  },
  {
    name: "'has officially become a national X' (an adverb between 'has' and 'become')",
    text: "News\n\nThe Cloud Mountain Observatory has officially become a national astronomical science popularization base.",
    expect: {
      conferrals: [
        {
          recipient: "Cloud Mountain Observatory",
          honor: "national astronomical science popularization base",
        },
      ],
    },
  },
  {
    name: "'honored 20 teachers, including A and B, as X'",
    text: "News\n\nThe awards ceremony honored 20 teachers, including Li Qiang and Zhao Min, as provincial outstanding teachers.",
    expect: {
      conferrals: [
        { recipient: "Li Qiang", honor: "provincial outstanding teachers", cohortSize: 20 },
        { recipient: "Zhao Min", honor: "provincial outstanding teachers", cohortSize: 20 },
      ],
    },
  },
  {
    name: "'X stood out among 300 villages and was named Y'",
    text: "News\n\nJade Lake Village stood out among 300 villages and was named a national beautiful leisure village.",
    expect: {
      conferrals: [{ recipient: "Jade Lake Village", honor: "national beautiful leisure village" }],
    },
  },
  {
    name: "a beach, a gorge, a cave are places the genre rates: 'The Golden Sands Beach has been upgraded to a national 5A tourist attraction'",
    text: "News\n\nThe Golden Sands Beach has been successfully upgraded to a national 5A tourist attraction.",
    expect: {
      conferrals: [{ recipient: "Golden Sands Beach", honor: "national 5A tourist attraction" }],
    },
  },
  {
    name: "'X is one of 12 parks newly named Y' (no article before the count)",
    text: "News\n\nThe Hill Forest Park is one of 12 parks newly named national forest parks this year.",
    expect: {
      conferrals: [{ recipient: "Hill Forest Park", honor: "national forest parks" }],
    },
  },
  {
    name: "the issuer as subject with an auxiliary: 'The Department has rated X as a national 4A tourist attraction'",
    text: "News\n\nThe Provincial Department of Culture and Tourism has rated the Green Lake Scenic Area as a national 4A tourist attraction.",
    expect: {
      conferrals: [
        {
          recipient: "Green Lake Scenic Area",
          honor: "national 4A tourist attraction",
          issuers: ["Provincial Department of Culture and Tourism"],
        },
      ],
    },
  },
  {
    name: "'retained its title as a national X': the honor is X",
    text: "News\n\nThe East Harbor Science Center passed the re-evaluation and retained its title as a national science popularization base.",
    expect: {
      conferrals: [
        {
          recipient: "East Harbor Science Center",
          honor: "national science popularization base",
          status: "renewed",
        },
      ],
    },
  },
  {
    name: "'are on the list of winners' and 'are among the selected museums' take the honor announced before",
    text: "News\n\nThe province named 30 units as provincial civilized units this year. The Pine River Hospital and the Lake Cement Company are on the list of winners. The Hill Museum and the Stone Museum are among the selected units.",
    expect: {
      someConferrals: [
        { recipient: "Pine River Hospital", honor: "provincial civilized units" },
        { recipient: "Lake Cement Company", honor: "provincial civilized units" },
        { recipient: "Hill Museum", honor: "provincial civilized units" },
        { recipient: "Stone Museum", honor: "provincial civilized units" },
      ],
    },
  },
  {
    name: "a headline's 'for fifth time' (no article) closes the honor and makes a renewal",
    text: "Pine Hospital honored as 'national civilized unit' for fifth time\n\nThe hospital thanked its staff.",
    expect: {
      conferrals: [
        { recipient: "Pine Hospital", honor: "national civilized unit", status: "renewed" },
      ],
    },
  },
  {
    name: "A and B from X won the award of P and of Q respectively",
    text: "News\n\nAt the congress, Ren Hao and Mo Lin from the Valley Observatory won the award of advanced worker in outreach and of advanced worker of the Society respectively.",
    expect: {
      conferrals: [
        { recipient: "Ren Hao", honor: "advanced worker in outreach" },
        { recipient: "Mo Lin", honor: "advanced worker of the Society" },
      ],
    },
  },
  {
    name: "holders with asides, an English given name before a Hong Kong name: each its own honor",
    text: "News\n\nJohnny Mak Ho-yin, a chemist at the Bay Institute, and Ren Hao, a botanist at Lake University, respectively won the Harbor Chemistry Prize and the Valley Botany Prize.",
    expect: {
      conferrals: [
        { recipient: "Johnny Mak Ho-yin", honor: "Harbor Chemistry Prize" },
        { recipient: "Ren Hao", honor: "Valley Botany Prize" },
      ],
    },
  },
];

const programmes: GenreCase[] = [
  {
    name: "a quoted policy name before 'effort', 'ranking' or after 'approaches to'",
    text: 'News\n\nThe district explored new approaches to "half-day outdoor" teaching. The notice asks schools to boost the "green lunch" effort, and the college entered the "twin excellence" ranking.',
    expect: { programmes: ["half-day outdoor", "green lunch", "twin excellence"] },
  },
  {
    name: "a quoted honor is not a programme",
    text: 'News\n\nThe Pine School won the title of "Provincial Green School" in the "green lunch" campaign.',
    expect: {
      programmes: ["green lunch"],
      someConferrals: [{ recipient: "Pine School", honor: "Provincial Green School" }],
    },
  },
];

describe("holidays and dated movements are no programmes", () => {
  test("'Labor Day', 'May Day', 'World Forest Day', 'May 4th Movement' are dropped; a named day that a body runs stays; a built project is a work", () => {
    const facts = extractFacts(
      announcementOf(
        "News\n\nBefore Labor Day, the Hill Union honored its model workers. On International Labor Day and on May Day the staff rested. The youth league recalled the May 4th Movement. On World Forest Day the staff planted trees. The museum joined the Provincial Science Popularization Day. The Harbor Port Expansion Project won a provincial quality award.",
      ),
    );
    const programmes = facts.mentions.filter((m) => m.kind === "Program").map((m) => m.name);
    expect(programmes).toEqual(["Provincial Science Popularization Day"]);
    // A project that builds something is a work, and can hold an award.
    expect(facts.mentions.find((m) => m.name === "Harbor Port Expansion Project")?.kind).toBe(
      "Work",
    );
  });
});

// Families of issue 11 the rules do not read yet; they run with LAUREL_GAPS=1.
const gaps: GenreCase[] = [
  // Round 13 removed the rule that read these (designated-were): on 22 development sets and the
  // two fresh held-out sets it added nothing the other rules did not read, and on the older
  // held-out sets it added 15 false conferrals and no right one (10 of them gold holders with a
  // lower-case honor read with other words).
  {
    name: "the N units designated as X were A and B (rule removed in round 13)",
    text: "News\n\nThe three universities designated as innovation demonstration bases were Northern Plains University and Coastal Ocean University.",
    expect: {
      conferrals: [
        { recipient: "Northern Plains University", honor: "innovation demonstration bases" },
        { recipient: "Coastal Ocean University", honor: "innovation demonstration bases" },
      ],
    },
  },
  {
    name: "'Among the companies recognized as \"X\" are A and B' (a quoted honor), then 'C and D have also been included in the same list'",
    text: 'News\n\nAmong the companies recognized as the second batch of "Hillshire Time-honored Brands" are Pine Tea Co., Ltd. and Lake Foods Co., Ltd. this spring. In addition, Hill Noodle Co., Ltd. and River Bakery Co., Ltd. have also been included in the same list.',
    expect: {
      conferrals: [
        { recipient: "Pine Tea Co., Ltd.", honor: "Hillshire Time-honored Brands" },
        { recipient: "Lake Foods Co., Ltd.", honor: "Hillshire Time-honored Brands" },
        { recipient: "Hill Noodle Co., Ltd.", honor: "Hillshire Time-honored Brands" },
        { recipient: "River Bakery Co., Ltd.", honor: "Hillshire Time-honored Brands" },
      ],
    },
  },
  {
    name: "a place qualifier the gazetteer does not know: 'Fenshui District in Yuecheng was named ...'",
    text: "News\n\nFenshui District in Yuecheng was named a national water-saving demonstration district.",
    expect: {
      conferrals: [
        { recipient: "Fenshui District", honor: "national water-saving demonstration district" },
      ],
    },
  },
  {
    name: "a combined title naming two honors",
    text: "News\n\nThe Hill School and Professor Zhao Min won the Provincial Advanced Collective and Individual in Ecological Protection.",
    expect: {
      someConferrals: [
        {
          recipient: "Hill School",
          honor: "Provincial Advanced Collective in Ecological Protection",
        },
        { recipient: "Zhao Min", honor: "Provincial Advanced Individual in Ecological Protection" },
      ],
    },
  },
  {
    name: "a work as recipient: a documentary won an award",
    text: "News\n\nThe documentary Voices of the Reef won the Outstanding Popular Science Work Award.",
    expect: {
      someConferrals: [
        { recipient: "Voices of the Reef", honor: "Outstanding Popular Science Work Award" },
      ],
    },
  },
];

const dates: GenreCase[] = [
  {
    name: "holders named apart from their honor take the year stated right after it ('the list of X in 2021. ... These include A')",
    text: "News\n\nRecently, the Ministry of Commerce announced the list of demonstration counties for rural logistics in 2021. It is learned that these two demonstration counties include Hillford County and Stonebrook County.",
    expect: {
      conferrals: [
        {
          recipient: "Hillford County",
          honor: "demonstration counties for rural logistics",
          date: "2021",
        },
        {
          recipient: "Stonebrook County",
          honor: "demonstration counties for rural logistics",
          date: "2021",
        },
      ],
    },
  },
  {
    name: "a convention is an event: its day dates the plaques awarded at its opening ceremony",
    text: "Ten New Bases\n\nThe 2021 Riverland Trade Convention was held in Lakeside on the afternoon of October 9. At the opening ceremony, the vice governor awarded the plaques for two new provincial e-commerce demonstration bases.\n\nThe new provincial e-commerce demonstration bases include Maple Port Logistics Park and Cedar Valley Trade Zone.",
    expect: {
      someConferrals: [
        {
          recipient: "Maple Port Logistics Park",
          honor: "provincial e-commerce demonstration bases",
          date: "2021-10-09",
        },
      ],
    },
  },
  {
    name: "the page's date line dates 'recently' (to the month; round 52, measured on real text)",
    text: "News\n\nUpdated: 2023-05-16\n\nThe Pine Valley School was recently recognized as a provincial science demonstration school.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Valley School",
          honor: "provincial science demonstration school",
          date: "2023-05",
        },
      ],
    },
  },
  {
    name: "a month and day resolve to the latest such day before the date line",
    text: "Awards announced\n\nTime:2022.03.04\n\nOn December 20, the Lake Museum was named a municipal science base.",
    expect: {
      conferrals: [
        { recipient: "Lake Museum", honor: "municipal science base", date: "2021-12-20" },
      ],
    },
  },
  {
    name: "the lead's date dates the lead's paragraph only, not the honors listed later",
    text: "News\n\nOn May 12, 2022, the Hill Museum was named a provincial science base. The list of provincial science bases was then released.\n\nIn past years, the Hill Museum has won honorary titles such as City Model Unit.",
    expect: {
      someConferrals: [
        { recipient: "Hill Museum", honor: "provincial science base", date: "2022-05-12" },
        { recipient: "Hill Museum", honor: "City Model Unit", date: null },
      ],
    },
  },
  {
    name: "a date inside a capitalised honor is not the conferral's",
    text: "News\n\nThe Harbor Power Company was granted the National May 1st Labor Award.",
    expect: {
      conferrals: [
        { recipient: "Harbor Power Company", honor: "National May 1st Labor Award", date: null },
      ],
    },
  },
];

const heldTitles: GenreCase[] = [
  {
    name: "a person's title between commas without an article: 'Liu Wen, National Model Teacher of X, spoke'",
    text: "News\n\nLiu Wenjun, National Outstanding Member of the Pine Youth League, made a speech for the students.",
    expect: {
      conferrals: [
        { recipient: "Liu Wenjun", honor: "National Outstanding Member of the Pine Youth League" },
      ],
    },
  },
  {
    name: "a list of places is not a place with a title: 'A, B Village, C Town'",
    text: "News\n\nPine Valley Logistics Park, Reed Crystal City, Lake Young Entrepreneurs Village and Hill Harbor Park sent teams to the fair.",
    expect: { conferrals: [] },
  },
  {
    name: "'X is a national first-class museum': an honor stated as held",
    text: "News\n\nThe Walnut Creek Museum is a national first-class museum.",
    expect: {
      conferrals: [{ recipient: "Walnut Creek Museum", honor: "national first-class museum" }],
    },
  },
  {
    name: "'X is one of the first national Y': the cohort words stay out of the honor",
    text: "News\n\nThe Reed Marsh Park is one of the first national wetland parks.",
    expect: { conferrals: [{ recipient: "Reed Marsh Park", honor: "national wetland parks" }] },
  },
  {
    name: "'X is a national Y and a provincial Z': two titles held",
    text: "News\n\nThe Amber Gorge Park is a national forest park and a provincial ecological education base.",
    expect: {
      conferrals: [
        { recipient: "Amber Gorge Park", honor: "national forest park" },
        { recipient: "Amber Gorge Park", honor: "provincial ecological education base" },
      ],
    },
  },
  {
    name: "an appositive between commas: 'X, a national Y, opened ...'",
    text: "News\n\nThe Copper Hill Observatory, a national science popularization education base, opened a new dome.",
    expect: {
      conferrals: [
        {
          recipient: "Copper Hill Observatory",
          honor: "national science popularization education base",
        },
      ],
    },
  },
  {
    name: "a rank and a kind alone are a description, not a title: 'X is a provincial hospital'",
    text: "News\n\nThe Maple Bay Hospital is a provincial hospital with 800 beds.",
    expect: { conferrals: [] },
  },
  {
    name: "a relative clause holds the honor: 'X, which was named a national Y in 2019, ...'",
    text: "News\n\nThe Larch Ridge Farm, which was named a national forest farm in 2018, now employs 90 people.",
    expect: { conferrals: [{ recipient: "Larch Ridge Farm", honor: "national forest farm" }] },
  },
];

const subjectsAndObjects: GenreCase[] = [
  {
    name: "a subject list with where it is: 'A, B and C of our province retained ...'",
    text: "News\n\nGrove City, Dune City and Fern County of our province retained the honorary title of national civilized city.",
    expect: {
      conferrals: [
        { recipient: "Grove City", honor: "national civilized city", status: "renewed" },
        { recipient: "Dune City", honor: "national civilized city", status: "renewed" },
        { recipient: "Fern County", honor: "national civilized city", status: "renewed" },
      ],
    },
  },
  {
    name: "an appositive after the named one: 'awarded A, a teacher from B, the title of X'",
    text: "News\n\nThe Ministry of Education awarded Tang Rui, a village teacher from Birch County, the title of National Model Teacher.",
    expect: { conferrals: [{ recipient: "Tang Rui", honor: "National Model Teacher" }] },
  },
  {
    name: "'was among the 120 schools named X'",
    text: "News\n\nThe Cedar Lane Middle School was among the 85 schools named national campus football characteristic schools.",
    expect: {
      conferrals: [
        {
          recipient: "Cedar Lane Middle School",
          honor: "national campus football characteristic schools",
        },
      ],
    },
  },
  {
    name: "'was one of the 30 units selected as X'",
    text: "News\n\nThe Poplar Primary School was one of the 28 schools selected as provincial science education demonstration schools.",
    expect: {
      conferrals: [
        {
          recipient: "Poplar Primary School",
          honor: "provincial science education demonstration schools",
        },
      ],
    },
  },
  {
    name: "'passed the inspection and became a provincial key laboratory' (no auxiliary)",
    text: "News\n\nThe Saltmarsh Ecology Lab passed the acceptance check and became a provincial key laboratory.",
    expect: {
      conferrals: [{ recipient: "Saltmarsh Ecology Lab", honor: "provincial key laboratory" }],
    },
  },
  {
    name: "'rated as a national X and a provincial Y': the article starts the second title",
    text: "News\n\nFlint Town has been rated as a national key town and a provincial famous historical town.",
    expect: {
      conferrals: [
        { recipient: "Flint Town", honor: "national key town" },
        { recipient: "Flint Town", honor: "provincial famous historical town" },
      ],
    },
  },
  {
    name: "'won more than 30 honors, including X and Y': the count is no honor",
    text: "News\n\nThe Aspen Road School has won more than 40 honors, including national green school and provincial civilized campus.",
    expect: {
      conferrals: [
        { recipient: "Aspen Road School", honor: "national green school" },
        { recipient: "Aspen Road School", honor: "provincial civilized campus" },
      ],
    },
  },
  {
    name: "'received a plaque as a national X'",
    text: "News\n\nThe Harbor Clinic received a plaque as a national model clinic for infection control.",
    expect: {
      conferrals: [
        { recipient: "Harbor Clinic", honor: "national model clinic for infection control" },
      ],
    },
  },
  {
    name: "'; in 2021, it was upgraded to a national key laboratory': the pronoun's second title",
    text: "News\n\nIn 2017, the Lotus Institute was named a provincial key laboratory; in 2022, it was upgraded to a national key laboratory.",
    expect: {
      someConferrals: [
        { recipient: "Lotus Institute", honor: "provincial key laboratory" },
        { recipient: "Lotus Institute", honor: "national key laboratory" },
      ],
    },
  },
  {
    name: "teams and troupes are bodies: 'the Willow Nursing Team won ...'",
    text: "News\n\nThe Willow Nursing Team won the title of national advanced collective.",
    expect: {
      conferrals: [{ recipient: "Willow Nursing Team", honor: "national advanced collective" }],
    },
  },
];

const honorListsOfOneHolder: GenreCase[] = [
  {
    name: 'quoted titles in a row, each to its closing quote: \'has won the "A for B", "C", "D", etc.\'',
    text: 'News\n\nOver the years, the Maple Botanical Garden has won the "National Research Base for Students", "National Youth Nature Camp", "Hill Province Nature Base", etc.',
    expect: {
      conferrals: [
        { recipient: "Maple Botanical Garden", honor: "National Research Base for Students" },
        { recipient: "Maple Botanical Garden", honor: "National Youth Nature Camp" },
        { recipient: "Maple Botanical Garden", honor: "Hill Province Nature Base" },
      ],
    },
  },
  {
    name: "a page titled 'Honors of X': 'The hospital has been granted many honours, such as A (aside), B and C'",
    text: "Honors of Maple Bay Health Center for Mothers\n\nUpdated: 2020-03-02\n\nThe hospital has been granted many honours, such as Quiet Ward Hospital (granted jointly by the Provincial Nursing Society and the Provincial Health Commission), National Civilization Unit and National Advanced Collective of Rural Health Services.",
    expect: {
      conferrals: [
        { recipient: "Maple Bay Health Center for Mothers", honor: "Quiet Ward Hospital" },
        { recipient: "Maple Bay Health Center for Mothers", honor: "National Civilization Unit" },
        {
          recipient: "Maple Bay Health Center for Mothers",
          honor: "National Advanced Collective of Rural Health Services",
        },
      ],
    },
  },
  {
    name: "'the honorary titles of A, National May Day Labor Medal, B': the holiday is no month",
    text: "News\n\nGao Ling earned the honorary titles of provincial model worker, National May Day Labor Medal, city young craftsman and so on.",
    expect: {
      conferrals: [
        { recipient: "Gao Ling", honor: "provincial model worker" },
        { recipient: "Gao Ling", honor: "National May Day Labor Medal" },
        { recipient: "Gao Ling", honor: "city young craftsman" },
      ],
    },
  },
  {
    name: "titles with a rating code and 'at the provincial level' after them",
    text: "News\n\nThe Elm Street Residence has received the Class 3A Tourist Attraction, Heritage Protection Unit at the provincial level and Red Tourism Site at the municipal level.",
    expect: {
      conferrals: [
        { recipient: "Elm Street Residence", honor: "Class 3A Tourist Attraction" },
        {
          recipient: "Elm Street Residence",
          honor: "Heritage Protection Unit at the provincial level",
        },
        { recipient: "Elm Street Residence", honor: "Red Tourism Site at the municipal level" },
      ],
    },
  },
  {
    name: "temples are places that hold titles",
    text: "News\n\nThe Cloud Gate Temple was awarded the Patriotic Education Base in Hunan.",
    expect: {
      conferrals: [{ recipient: "Cloud Gate Temple", honor: "Patriotic Education Base in Hunan" }],
    },
  },
  {
    name: "'..., and X is selected to Y': X opens its own clause, it is not a second honor",
    text: "News\n\nThe Birch Museum and the Osprey Museum are upgraded to the second grade of provincial museums, and the Kestrel Shell Museum is selected to the third grade of provincial museums.",
    expect: {
      conferrals: [
        { recipient: "Birch Museum", honor: "second grade of provincial museums" },
        { recipient: "Osprey Museum", honor: "second grade of provincial museums" },
        { recipient: "Kestrel Shell Museum", honor: "third grade of provincial museums" },
      ],
    },
  },
];

const peopleInProfiles: GenreCase[] = [
  {
    name: "a quoted work holds the honor: 'the paper <X>, supervised by A and completed by B, was awarded <Y>'",
    text: 'News\n\nThe paper "Tides of the Northern Bay", supervised by Meiling Zhou and completed by Dongyue Han, was awarded "Outstanding Student Paper".',
    expect: {
      conferrals: [{ recipient: "Tides of the Northern Bay", honor: "Outstanding Student Paper" }],
    },
  },
  {
    name: "a quoted book as the subject: 'The book <X> won the Y Award'",
    text: 'News\n\nThe book "Stones That Sing" won the Riverland Reading Award this year.',
    expect: {
      conferrals: [{ recipient: "Stones That Sing", honor: "Riverland Reading Award" }],
    },
  },
  {
    name: "pinyin names given name first, as university pages write them",
    text: "News\n\nThe report, supervised by Meiling Zhou and written by Dongyue Han, was praised by the jury.",
    expect: { people: [{ name: "Meiling Zhou" }, { name: "Dongyue Han" }] },
  },
  {
    name: "a place the text names is no given name: 'Tangyou Li orchard' beside 'Tangyou City'",
    text: "News\n\nTangyou City grows pears. The Tangyou Li orchard was named a provincial model orchard.",
    expect: { notPeople: ["Tangyou Li"] },
  },
  {
    name: "the makers of a work are not its recipients: 'X, completed by A and B, was awarded Y'",
    text: 'News\n\nThe project "Reed Boats of the South", supervised by Meiling Zhou and completed by Dongyue Han and Yaqin Su, was awarded the "Best Field Project".',
    expect: {
      conferrals: [{ recipient: "Reed Boats of the South", honor: "Best Field Project" }],
      people: [{ name: "Meiling Zhou" }, { name: "Dongyue Han" }, { name: "Yaqin Su" }],
    },
  },
  {
    name: "'A from the X and B from Y won Z': each subject with where they work",
    text: "News\n\nWu Binbin from the Pine Institute and Zhou Lili from Lake University won the Provincial Natural Science Prize.",
    expect: {
      conferrals: [
        { recipient: "Wu Binbin", honor: "Provincial Natural Science Prize" },
        { recipient: "Zhou Lili", honor: "Provincial Natural Science Prize" },
      ],
    },
  },
  {
    name: "a title ends before 'in recognition of'",
    text: "News\n\nHe Pingping was awarded the Provincial Wetland Award in recognition of her work on lakes.",
    expect: {
      conferrals: [{ recipient: "He Pingping", honor: "Provincial Wetland Award" }],
    },
  },
  {
    name: "'The winners include A (X) and B (Y)' with no title named before gives no conferral",
    text: "News\n\nThe winners include Hu Jing (Pine University) and Ma Lin (Lake Institute).",
    expect: { conferrals: [] },
  },
  {
    name: "'X on Monday awarded A, a war veteran, with a certificate and medal for the title of \"Y\"'; a dateline's city is a place",
    text: 'News\n\nPINEVILLE, July 1 (Lake News) -- The Hill Provincial Veterans Bureau on Monday awarded Qiao Dongsheng, a 93-year-old war veteran, with a certificate and medal for the title of "provincial outstanding veteran."',
    expect: {
      conferrals: [
        {
          recipient: "Qiao Dongsheng",
          honor: "provincial outstanding veteran",
          issuers: ["Hill Provincial Veterans Bureau"],
        },
      ],
      notOrganizations: ["PINEVILLE"],
    },
  },
  {
    name: "'the State Council awarded the hospital's X with the honorary title Y': the state's organ issues, the owner's person receives",
    text: "Honors of Maple Bay Health Center\n\nIn April 2016, the State Council awarded the hospital's Wu Lanying with the honorary title National Advanced Worker.",
    expect: {
      conferrals: [
        {
          recipient: "Wu Lanying",
          honor: "National Advanced Worker",
          issuers: ["State Council"],
        },
      ],
      organizations: ["State Council"],
    },
  },
  {
    name: "each subject with its post: 'A, the expert in X, B, the head of Y and C, the leader of Z, were selected as ...'",
    text: "News\n\nTian Jun, the expert in hydraulic valves, Shao Ming, the head of the paint workshop and Kong Wei, the leader of the welding team, were selected as provincial model workers.",
    expect: {
      conferrals: [
        { recipient: "Tian Jun", honor: "provincial model workers" },
        { recipient: "Shao Ming", honor: "provincial model workers" },
        { recipient: "Kong Wei", honor: "provincial model workers" },
      ],
    },
  },
  {
    name: "a name inside the subject's post is not a holder: 'Pine City, capital of Hill province, remained the title'",
    text: "News\n\nZunyi, a prefecture-level city in Southwest China's Guizhou province, remained the title of national health city.",
    expect: {
      conferrals: [{ recipient: "Zunyi", honor: "national health city", status: "renewed" }],
    },
  },
  {
    name: "'X is one of the N attractions that are newly granted a rating'",
    text: "News\n\nThe Pine Gorge Scenic Area is one of the 14 tourist attractions that are newly granted the national 5A rating.",
    expect: {
      conferrals: [{ recipient: "Pine Gorge Scenic Area", honor: "national 5A rating" }],
    },
  },
  {
    name: "a lower-case given name of two syllables: 'Tang jianhua, head of the section, won ...'",
    text: "News\n\nTang jianhua, head of the paint shop, won the honorary title of provincial model worker in 2019.",
    expect: {
      conferrals: [{ recipient: "Tang jianhua", honor: "provincial model worker", date: "2019" }],
    },
  },
  {
    name: "English words that read as pinyin are no given names: 'Gao made a speech'",
    text: "News\n\nGao made a speech at the meeting. Zhou change the schedule.",
    expect: { notPeople: ["Gao made", "Zhou change"] },
  },
  {
    name: "'he' several sentences on is the person named last; 'He did A, and won X, Y'",
    text: "News\n\nQiu Lanfang joined the mill in 1998. He is careful. He trains young workers. He filed 30 patents, wrote two standards, and won the 2nd Prize of Provincial Textile Science Award.",
    expect: {
      conferrals: [
        { recipient: "Qiu Lanfang", honor: "2nd Prize of Provincial Textile Science Award" },
      ],
    },
  },
  {
    name: "'..., and he also won the honorary titles of A, B and so on'",
    text: "News\n\nDeng Weiping leads the test team. His team built a new rig, and he also won the honorary titles of provincial model worker, city craftsman and so on.",
    expect: {
      conferrals: [
        { recipient: "Deng Weiping", honor: "provincial model worker" },
        { recipient: "Deng Weiping", honor: "city craftsman" },
      ],
    },
  },
  {
    name: "'was awarded the title of X at a ceremony ...': the ceremony is not the honor's",
    text: "News\n\nFour cities were honored, and Sandy Bay City was awarded the title of national model city at a ceremony held in the capital on Monday.",
    expect: { conferrals: [{ recipient: "Sandy Bay City", honor: "national model city" }] },
  },
  {
    name: "'the founding list of 2022 national X': the list and its year are not the honor",
    text: "News\n\nPine County was included in the founding list of 2022 national rural e-commerce demonstration counties.",
    expect: {
      conferrals: [
        { recipient: "Pine County", honor: "national rural e-commerce demonstration counties" },
      ],
    },
  },
];

const placesAndInlineLists: GenreCase[] = [
  {
    name: "'The other three enterprises were A, B and C' and 'Winners of this year include A and B' take the title just named",
    text: "News\n\nThe Pine Textile Group won the Lake Quality Award this year. The other two enterprises were the Reed Cable Company and the Birch Steel Company. Dong Li won the Hill Teacher Award last year. Winners of this year include Tao Minghui and Shen Guoliang.",
    expect: {
      someConferrals: [
        { recipient: "Reed Cable Company", honor: "Lake Quality Award" },
        { recipient: "Birch Steel Company", honor: "Lake Quality Award" },
        { recipient: "Tao Minghui", honor: "Hill Teacher Award" },
        { recipient: "Shen Guoliang", honor: "Hill Teacher Award" },
      ],
    },
  },
  {
    name: "where an award was given is not its name: 'was awarded the 19th Lake Quality Award in Beijing'",
    text: "News\n\nThe Reed Textile Group was awarded the 19th Lake Quality Award in Beijing on Dec 2.",
    expect: {
      conferrals: [{ recipient: "Reed Textile Group", honor: "Lake Quality Award", batch: "19th" }],
    },
  },
  {
    name: "'X, after the review of ..., identified 40 villages in the province as Y, in which 5 of our county were selected, such as A, B Town, C'",
    text: 'News\n\nThe Hill Provincial Rural Reform Office, after the acceptance of 120 pilot villages in 2019, officially identified 40 pilot villages in the province as the model village of "Green Homes", in which 3 villages in our county were selected, such as Stone Village, Pine Town, Lake Village and Reed Village.',
    expect: {
      conferrals: [
        { recipient: "Stone Village", honor: 'model village of "Green Homes"' },
        { recipient: "Lake Village", honor: 'model village of "Green Homes"' },
        { recipient: "Reed Village", honor: 'model village of "Green Homes"' },
      ],
    },
  },
  {
    name: "a title for villages goes to the villages of a list; the towns between them say where",
    text: "News\n\nStone Village, Pine Town of Hill County, Lake Village and Reed Street were selected as provincial key rural tourism villages.",
    expect: {
      conferrals: [
        { recipient: "Stone Village", honor: "provincial key rural tourism villages" },
        { recipient: "Lake Village", honor: "provincial key rural tourism villages" },
      ],
    },
  },
  {
    name: "a title for two kinds of place keeps both: 'national garden cities (counties)'",
    text: "News\n\nPine City and Lake County were recognized as national garden cities (counties).",
    expect: {
      conferrals: [
        { recipient: "Pine City", honor: "national garden cities (counties)" },
        { recipient: "Lake County", honor: "national garden cities (counties)" },
      ],
    },
  },
  {
    name: "headlines drop articles and auxiliaries: 'X Upgraded to Y', 'X Becomes Y', 'X Among Y', 'X Passes Re-examination and Keeps Y Title'",
    text: "Cloud Lake Scenic Area Upgraded to National 5A Tourist Attraction\n\nThe list came out on Monday.",
    expect: {
      conferrals: [
        { recipient: "Cloud Lake Scenic Area", honor: "National 5A Tourist Attraction" },
      ],
    },
  },
  {
    name: "headline 'X Becomes Y'",
    text: "Pine Science Museum Becomes National Science Popularization Education Base\n\nThe list came out on Monday.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Science Museum",
          honor: "National Science Popularization Education Base",
        },
      ],
    },
  },
  {
    name: "headline 'X Among Y'",
    text: "Hill University Among National Pilot Universities for Innovation\n\nThe list came out on Monday.",
    expect: {
      conferrals: [
        { recipient: "Hill University", honor: "National Pilot Universities for Innovation" },
      ],
    },
  },
  {
    name: "headline 'X Passes Re-examination and Keeps Y Title' (renewed); 'X among Y' needs a verb in a body sentence",
    text: "Hill City Passes Re-examination and Keeps National Health City Title\n\nThe Pine Museum among other museums opened late.",
    expect: {
      conferrals: [{ recipient: "Hill City", honor: "National Health City", status: "renewed" }],
    },
  },
  {
    name: "a quoted title ends at its closing quote before 'in China in ...'; 'won status as X'",
    text: 'News\n\nWith its wild-rice weaving, Reed Bank Village was selected as one of the "100 Charming Villages" in China in the first harvest festival. Pine City officially won status as a "National Forest City" on May 2.',
    expect: {
      conferrals: [
        { recipient: "Reed Bank Village", honor: "100 Charming Villages" },
        { recipient: "Pine City", honor: "National Forest City" },
      ],
    },
  },
  {
    name: 'the counted phrase is the title: \'33 provincial key laboratories of X including "A" and "B" have been accredited\'',
    text: 'News\n\nRecently, 12 provincial key laboratories of Hubei including the "Pine Key Laboratory of Soil Physics" and "Lake Key Laboratory of Flood Prevention" have been accredited.',
    expect: {
      conferrals: [
        { recipient: "Pine Key Laboratory of Soil Physics", honor: "provincial key laboratories" },
        {
          recipient: "Lake Key Laboratory of Flood Prevention",
          honor: "provincial key laboratories",
        },
      ],
    },
  },
  {
    name: "'A total of five enterprises in X are selected, including A, B and C' takes the title just announced",
    text: "News\n\nThe commission announced the list of national enterprise technology centers for the year 2022. A total of three enterprises in Hubei are selected, including Pine Ridge Instruments Co., Ltd., Lake Moon Pharmaceutical Co., Ltd. and Hill Star Optics Co., Ltd., a record high.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Ridge Instruments Co., Ltd.",
          honor: "national enterprise technology centers",
        },
        {
          recipient: "Lake Moon Pharmaceutical Co., Ltd.",
          honor: "national enterprise technology centers",
        },
        {
          recipient: "Hill Star Optics Co., Ltd.",
          honor: "national enterprise technology centers",
        },
      ],
    },
  },
  {
    name: "'The new national X bases include A, B and C', the first one a name the grammar misses",
    text: "News\n\nThe new national rural logistics demonstration bases include Maple Crossing Hub, Pine Valley Logistics Park and Lake Harbor Logistics Center.",
    expect: {
      someConferrals: [
        {
          recipient: "Pine Valley Logistics Park",
          honor: "national rural logistics demonstration bases",
        },
        {
          recipient: "Lake Harbor Logistics Center",
          honor: "national rural logistics demonstration bases",
        },
      ],
    },
  },
  {
    name: "'The newly approved four new national X are: A, B' keeps only the title",
    text: "News\n\nThe newly approved four new national forest parks are: Cloud Ridge Forest Park and Stone Gate Forest Park.",
    expect: {
      conferrals: [
        { recipient: "Cloud Ridge Forest Park", honor: "national forest parks" },
        { recipient: "Stone Gate Forest Park", honor: "national forest parks" },
      ],
    },
  },
  {
    name: "a headline 'N People Identified as X', then 'Those N people are A, B and C'",
    text: "Eight People Identified as Municipal Inheritors of Folk Crafts\n\nThe list came out this week. Those three people are Gu Lanying, Tao Minghui and Shen Guoliang.",
    expect: {
      conferrals: [
        { recipient: "Gu Lanying", honor: "Municipal Inheritors of Folk Crafts" },
        { recipient: "Tao Minghui", honor: "Municipal Inheritors of Folk Crafts" },
        { recipient: "Shen Guoliang", honor: "Municipal Inheritors of Folk Crafts" },
      ],
    },
  },
  {
    name: "'the province has won three new X universities' is a count, not a title of the province",
    text: "News\n\nHill province has won three new double first-class universities this round.",
    expect: { conferrals: [] },
  },
  {
    name: "a count between commas after the subjects: 'A and B, two firms of our city, were selected into the list of X'",
    text: "News\n\nPine Energy Company and Lake Motor Company, two firms of our county, were selected into the list of national little giant enterprises.",
    expect: {
      conferrals: [
        { recipient: "Pine Energy Company", honor: "national little giant enterprises" },
        { recipient: "Lake Motor Company", honor: "national little giant enterprises" },
      ],
    },
  },
  {
    name: "'was officially unveiled as a provincial X'",
    text: "News\n\nThe Crane Hill Observatory was officially unveiled as a provincial science popularization base.",
    expect: {
      conferrals: [
        { recipient: "Crane Hill Observatory", honor: "provincial science popularization base" },
      ],
    },
  },
  {
    name: "markets, theaters and valleys are named things that hold titles",
    text: "News\n\nThe Willow Tea Market was named a national model market. The Bright Moon Theater was listed as a provincial cultural relic protection unit. The Echo Valley was rated as a national AAAA tourist attraction.",
    expect: {
      conferrals: [
        { recipient: "Willow Tea Market", honor: "national model market" },
        { recipient: "Bright Moon Theater", honor: "provincial cultural relic protection unit" },
        { recipient: "Echo Valley", honor: "national AAAA tourist attraction" },
      ],
    },
  },
  {
    name: "a title ends before 'only' and before 'in our province'",
    text: "News\n\nHill City was selected as a national garden city only after its second try. Lake City was named a provincial clean city in our province last year.",
    expect: {
      conferrals: [
        { recipient: "Hill City", honor: "national garden city" },
        { recipient: "Lake City", honor: "provincial clean city" },
      ],
    },
  },
  {
    name: "'Furong District in Changsha': the city says where the district is, it is not the name",
    text: "News\n\nFurong District in Changsha was named a national water-saving demonstration district.",
    expect: {
      conferrals: [
        { recipient: "Furong District", honor: "national water-saving demonstration district" },
      ],
    },
  },
  {
    name: "'A and B in Hunan province have passed the review and become two of China's X'",
    text: "News\n\nPinewood City and Larchfield City in Hunan province have passed the national review and become two of China's low-carbon pilot cities.",
    expect: {
      conferrals: [
        { recipient: "Pinewood City", honor: "low-carbon pilot cities" },
        { recipient: "Larchfield City", honor: "low-carbon pilot cities" },
      ],
    },
  },
  {
    name: "a title cut before its noun names nothing: 'became the city's first town in the list'",
    text: "News\n\nAfter the review, Reed Town of Fir County became the city's first town in the list.",
    expect: { conferrals: [] },
  },
  {
    name: "an inline list after a colon takes the honor just named: 'These five companies are as follows: A, B and C.'",
    text: "News\n\nThe ministry recently announced the list of national green factories. These three companies from our city are as follows: Pine Ridge Glass Co.,Ltd, Lake Moon Paper Co.,Ltd, and Hill Star Textile Co.,Ltd.",
    expect: {
      conferrals: [
        { recipient: "Pine Ridge Glass Co.,Ltd", honor: "national green factories" },
        { recipient: "Lake Moon Paper Co.,Ltd", honor: "national green factories" },
        { recipient: "Hill Star Textile Co.,Ltd.", honor: "national green factories" },
      ],
    },
  },
];

const awardLines: GenreCase[] = [
  {
    name: "'X, a maker of ... in China, has announced that it was honored to receive Y': 'it' is the body, not the place in its aside",
    text: "News\n\nHexi Medical Group, a leading maker of bandages in China, has announced that it was honored to receive the Hexi District Quality Award.",
    expect: {
      conferrals: [{ recipient: "Hexi Medical Group", honor: "Hexi District Quality Award" }],
    },
  },
  {
    name: "'In 2006, he was awarded X': a year before the pronoun of the person named before",
    text: "News\n\nXu Gongyi is a bridge engineer at the Hexi Institute. In 2006, he was awarded the Hexi Engineering Medal.",
    expect: { conferrals: [{ recipient: "Xu Gongyi", honor: "Hexi Engineering Medal" }] },
  },
  {
    name: "after 'are:', an award's own line ('Gold Kite Design Award: A, B') names its winners, not one item",
    text: "News\n\nHexi Design won the 2020 Gold Kite Design Award. The award winning items are:\nGold Kite Design Award: Lanxi Lamp, Hexi Stove\nSilver Kite Design Award: River Chair",
    expect: {
      conferrals: [
        { recipient: "Hexi Design", honor: "Gold Kite Design Award" },
        { recipient: "Lanxi Lamp", honor: "Gold Kite Design Award" },
        { recipient: "Hexi Stove", honor: "Gold Kite Design Award" },
        { recipient: "River Chair", honor: "Silver Kite Design Award" },
      ],
    },
  },
];

const countedLists: GenreCase[] = [
  {
    name: "what is no honor: a gapped rank ('B the 5th'), a dateline's city, 'a total of N medals', 'His projects', a description ending in its participle",
    text: "News\n\nHexi University took the 4th spot, Lanxi University the 5th and Donghe University the 6th. Shanghai, Mar 3 (Xinhua) Three engineers, all members of the Hexi Academy, won the country's top engineering award Monday. Wines from Ningxia and Yunnan won a total of 35 medals at the fair. His projects include the Lanxi Museum. Pine Hospital became the first rural hospital accredited by the Joint Commission.",
    expect: { conferrals: [{ recipient: "Hexi University", honor: "4th spot" }] },
  },
  {
    name: "a counted list followed by 'to be one of ...' without a verb of conferring names no honor",
    text: "News\n\nThe agency praised three hospitals in the north. Pine Hill Hospital, Lakeside Hospital and Maple Hospital have fully met the standard to be one of the few hospitals in the region that share records online.",
    expect: { conferrals: [] },
  },
  {
    name: "'to identify 40 units, including A, as X': the honor after the list, the number inside a name",
    text: "News\n\nOn May 3, the Provincial Tourism Bureau issued a notice to identify 40 units, including Lakeshore 615 Art Park, as provincial industrial heritage tourism bases.",
    expect: {
      conferrals: [
        {
          recipient: "Lakeshore 615 Art Park",
          honor: "provincial industrial heritage tourism bases",
          issuers: ["Provincial Tourism Bureau"],
          cohortSize: 40,
        },
      ],
    },
  },
  {
    name: "'winners of the X' names the honor; 'This year's winners are geologist A and botanist B'",
    text: "News\n\nThe province has three winners of the annual Riverland Prize for Field Science this spring. This year's winners are geologist Hu Wenkai, botanist Pan Yuling and ornithologist Su Dehai.",
    expect: {
      someConferrals: [
        { recipient: "Hu Wenkai", honor: "Riverland Prize for Field Science" },
        { recipient: "Pan Yuling", honor: "Riverland Prize for Field Science" },
        { recipient: "Su Dehai", honor: "Riverland Prize for Field Science" },
      ],
    },
  },
  {
    name: "an academy's new member: 'Notably, X, head of Y, was selected as a CAS academician'",
    text: "News\n\nNotably, Gao Lianfeng, head of the Hillside Institute of Soils and a chemist who teaches at the Lakeview University, was selected as a CAS academician.",
    expect: {
      someConferrals: [{ recipient: "Gao Lianfeng", honor: "CAS academician" }],
    },
  },
  {
    name: "a person holds the title in an opening appositive: 'As a new CAS academician, Professor X of Y ...'",
    text: "News\n\nAs a new CAS academician, Professor Qiu Mingde of the Lakeview University leads work on coastal soils.",
    expect: {
      someConferrals: [{ recipient: "Qiu Mingde", honor: "CAS academician" }],
    },
  },
  {
    name: "an industrial unit is a body: '... Shipyard was honored as an excellent ... enterprise'",
    text: "News\n\nWillowbank Shipyard was honored as an excellent private enterprise by the provincial government.",
    expect: {
      conferrals: [{ recipient: "Willowbank Shipyard", honor: "excellent private enterprise" }],
    },
  },
  {
    name: "a stated count and as many items after 'i.e.', the honor after the list",
    text: "News\n\nFour of the five courses the Larch Institute put forward were approved, i.e. Geology, Forestry, Soil Science and Hydrology, as provincial model courses.",
    expect: {
      conferrals: [
        { recipient: "Geology", honor: "provincial model courses" },
        { recipient: "Forestry", honor: "provincial model courses" },
        { recipient: "Soil Science", honor: "provincial model courses" },
        { recipient: "Hydrology", honor: "provincial model courses" },
      ],
    },
  },
  {
    name: "the honor before the list: 'X include A, B and C', the count in the headline",
    text: "Three New Riverside Craft Parks Named\n\nThe new provincial craft demonstration parks include the Reedwater Loom Museum, Hilltop Kiln Museum and Old Ferry Lantern Museum.",
    expect: {
      conferrals: [
        { recipient: "Reedwater Loom Museum", honor: "provincial craft demonstration parks" },
        { recipient: "Hilltop Kiln Museum", honor: "provincial craft demonstration parks" },
        { recipient: "Old Ferry Lantern Museum", honor: "provincial craft demonstration parks" },
      ],
    },
  },
  {
    name: "a semicolon list: each item's name ends at its first comma",
    text: "News\n\nThree of the county's crafts were listed as provincial intangible heritage items, namely Paper Kite Making, a spring custom (Cultural Hall of Elm Town); Reed Flute Tunes, a folk music (Arts Center of Pine County); and Copper Bell Casting, a metal craft (Foundry Museum of Oak City).",
    expect: {
      someConferrals: [
        { recipient: "Paper Kite Making", honor: "provincial intangible heritage items" },
        { recipient: "Reed Flute Tunes", honor: "provincial intangible heritage items" },
        { recipient: "Copper Bell Casting", honor: "provincial intangible heritage items" },
      ],
    },
  },
  {
    name: "a list after a sentence that only implies its honor is left alone (the honor must be named at the list)",
    text: "News\n\nFour of the county's crafts were listed as provincial heritage items this year. The 4 items are Kite Making, Flute Tunes, Bell Casting and Lantern Folding.",
    expect: { conferrals: [] },
  },
  {
    name: "no count that matches: a list of topics is not a list of holders",
    text: "News\n\nThe Amber Lake School was named a provincial green school. Its two clubs run workshops on Birds, Trees, Rivers and Stars.",
    expect: {
      conferrals: [{ recipient: "Amber Lake School", honor: "provincial green school" }],
    },
  },
  {
    name: "a count right before 'including' is the whole cohort: a partial list is not matched to another count",
    text: "Three Towns Honored\n\nThe province named seven towns as model towns for clean energy, including Birchford, Cold Spring and Eastmarsh Ferry, and others.",
    expect: {
      someConferrals: [],
    },
  },
];

const membersWithBodies: GenreCase[] = [
  {
    name: "company names as written: 'CO Ltd' in capitals, 'Co Ltd' without stops, a bracketed place inside",
    text: "News\n\nSeven firms including Harbor Steel Group Co Ltd, Lakeside Foods CO Ltd and Delta Motor Parts (Wuxi) Co Ltd have been awarded the Riverland Quality Award by the Provincial Market Bureau.",
    expect: {
      conferrals: [
        { recipient: "Harbor Steel Group Co Ltd", honor: "Riverland Quality Award" },
        { recipient: "Lakeside Foods CO Ltd", honor: "Riverland Quality Award" },
        { recipient: "Delta Motor Parts (Wuxi) Co Ltd", honor: "Riverland Quality Award" },
      ],
    },
  },
  {
    name: "a bracketed place before 'Co., Ltd.' keeps the words before it in the name",
    text: "News\n\nGranite Auto Parts (Wuxi) Co., Ltd. was named a provincial green factory.",
    expect: {
      conferrals: [
        { recipient: "Granite Auto Parts (Wuxi) Co., Ltd.", honor: "provincial green factory" },
      ],
    },
  },
  {
    name: "an appositive that ranks the honor ('the top honor in the field') is no second honor",
    text: "News\n\nThe Pine Valley Dairy Group has won the Riverland Quality Award, the highest honor in the province's food industry.",
    expect: {
      conferrals: [{ recipient: "Pine Valley Dairy Group", honor: "Riverland Quality Award" }],
    },
  },
  {
    name: "people listed with the body they come from ('A from Hebei RTVU, ... and B from X were awarded')",
    text: "News\n\nWang Lixin from Hebei ODU, Zhou Mei from the Chemistry School of Henan ODU, and Professor Gao Ping from Anhui ODU were awarded the title of National Model Tutor.",
    expect: {
      conferrals: [
        { recipient: "Wang Lixin", honor: "National Model Tutor" },
        { recipient: "Zhou Mei", honor: "National Model Tutor" },
        { recipient: "Gao Ping", honor: "National Model Tutor" },
      ],
    },
  },
  {
    name: "a foreign laureate named with a post after the comma ('Maria Lindqvist, president of X, was awarded')",
    text: "News\n\nMaria Lindqvist, president of the Nordic Science Bank and former Swedish minister, was awarded a Friendship Medal. Sven Olsen, a professor at the Oslo School of Mines, received the Friendship Award.",
    expect: {
      conferrals: [
        { recipient: "Maria Lindqvist", honor: "Friendship Medal" },
        { recipient: "Sven Olsen", honor: "Friendship Award" },
      ],
    },
  },
  {
    name: "two capitalised words before a comma are no person without a post after it",
    text: "News\n\nGreen Valley, Stone Bridge and the Pine Museum were named provincial science bases.",
    expect: {
      notPeople: ["Green Valley", "Stone Bridge"],
    },
  },
  {
    name: "'A, B and other three companies were selected': the word order of a translation, the honor from before",
    text: "News\n\nThe ministry announced the list of national specialized little giant enterprises. Among them, Hillcrest Rubber Technology Co., Ltd., Yunling Seal Technology Co., Ltd. and other four tyre makers were chosen.",
    expect: {
      conferrals: [
        {
          recipient: "Hillcrest Rubber Technology Co., Ltd.",
          honor: "national specialized little giant enterprises",
        },
        {
          recipient: "Yunling Seal Technology Co., Ltd.",
          honor: "national specialized little giant enterprises",
        },
      ],
    },
  },
  {
    name: "posts one after another between the person and the verb; a title after 'title of' needs no title word",
    text: "News\n\nTang Lixin, the Secretary of the Party Committee and chairman of Harbor Heavy Industry Group, Chairman of Delta Motor Group, won the honorary title of 'The Most Tireless Builder'.",
    expect: {
      conferrals: [{ recipient: "Tang Lixin", honor: "The Most Tireless Builder" }],
    },
  },
  {
    name: "a place the lexicon does not know between the subject and its verb ('A in Luohu District was awarded')",
    text: "News\n\nMaplewood Primary School in Qingshan District was awarded the title of \u201cRiverside Green School\u201d at a ceremony on June 5.",
    expect: {
      conferrals: [{ recipient: "Maplewood Primary School", honor: "Riverside Green School" }],
    },
  },
  {
    name: "'A in X, Zhejiang province, has become a national Y'",
    text: "News\n\nThe Pine River National Wetland Park in Fenshui, Hunan province, has become a national wetland park since its trial ended.",
    expect: {
      conferrals: [
        {
          recipient: "Pine River National Wetland Park in Fenshui",
          honor: "national wetland park",
        },
      ],
    },
  },
];

const listsUnderAColon: GenreCase[] = [
  {
    name: "a 'List of ...' line of its own opens the list, and a parenthesised note before the items is passed over",
    text: "Scenic Areas Upgraded\n\nAfter review, the Maple Gorge Scenic Area in Hubei and four other areas were approved as national 5A-level scenic areas.\n\nList of the five areas that passed the final review\n\n(in the order of the provinces)\n\nHubei: Maple Gorge Scenic Area, Cloud Lake Forest Park\n\nHunan: Stone Bell Grottoes\n\nJiangxi: Reed Marsh Wetland Park, Old Kiln Scenic Area",
    expect: {
      conferrals: [
        { recipient: "Maple Gorge Scenic Area", honor: "national 5A-level scenic areas" },
        { recipient: "Cloud Lake Forest Park", honor: "national 5A-level scenic areas" },
        { recipient: "Stone Bell Grottoes", honor: "national 5A-level scenic areas" },
        { recipient: "Reed Marsh Wetland Park", honor: "national 5A-level scenic areas" },
        { recipient: "Old Kiln Scenic Area", honor: "national 5A-level scenic areas" },
      ],
    },
  },
  {
    name: "a batch heading that names its honor and ends with a colon, with district sub-headings and company names cut at no comma",
    text: "Pine City Names Leading Firms\n\nThe city farm office has named 30 firms this year.\n\nThe first batch of the leading agricultural enterprises of Pine City:\n\nLakeside District:\n\nPine Valley Tea Co.,Ltd.\n\nRiverbend Rice Products Co., Ltd.\n\nHill County:\n\nHill Orchard Fruit Co., Ltd.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Valley Tea Co.,Ltd.",
          honor: "leading agricultural enterprises of Pine City",
        },
        {
          recipient: "Riverbend Rice Products Co., Ltd.",
          honor: "leading agricultural enterprises of Pine City",
        },
        {
          recipient: "Hill Orchard Fruit Co., Ltd.",
          honor: "leading agricultural enterprises of Pine City",
        },
      ],
    },
  },
  {
    name: "a 'List of ...' sentence inside a paragraph opens no list",
    text: "Scenic Areas Upgraded\n\nThe Maple Gorge Scenic Area was approved as a national 5A-level scenic area. List of the areas that passed will follow next week.\n\nHubei: Cloud Lake Forest Park, Stone Bell Grottoes",
    expect: {
      conferrals: [
        { recipient: "Maple Gorge Scenic Area", honor: "national 5A-level scenic area" },
      ],
    },
  },
  {
    name: "numbered lines under 'The N venues to have been named the X are:', each with its province after a comma",
    text: "Four Training Bases Named\n\nThe national sports office renamed four centres this summer.\n\nThe four venues to have been named the National Rowing Training Base are:\n\n  1. Pinecrest Sports Center, Hebei Province\n  2. Lakeview Water Sports Academy (Rowing)\n  3. Birchwood Sports School, Gansu Province\n  4. Stonebridge Training Center\n\nMore venues may follow next year.",
    expect: {
      conferrals: [
        { recipient: "Pinecrest Sports Center", honor: "National Rowing Training Base" },
        { recipient: "Lakeview Water Sports Academy", honor: "National Rowing Training Base" },
        { recipient: "Birchwood Sports School", honor: "National Rowing Training Base" },
        { recipient: "Stonebridge Training Center", honor: "National Rowing Training Base" },
      ],
    },
  },
  {
    name: "lines that group the holders under their province ('Henan: A, B') after 'They are (in order of ...):'",
    text: "Five Areas Upgraded\n\nFive tourist areas were upgraded to the national 5A-level Scenic Areas this winter. They are (listed by province):\n\nHubei: Maple Gorge Scenic Area, Cloud Lake Forest Park\n\nHunan: Stone Bell Grottoes\n\nJiangxi: Reed Marsh Wetland Park, Old Kiln Scenic Area\n\nThe areas must keep their service up to standard.",
    expect: {
      conferrals: [
        { recipient: "Maple Gorge Scenic Area", honor: "5A-level Scenic Areas" },
        { recipient: "Cloud Lake Forest Park", honor: "5A-level Scenic Areas" },
        { recipient: "Stone Bell Grottoes", honor: "5A-level Scenic Areas" },
        { recipient: "Reed Marsh Wetland Park", honor: "5A-level Scenic Areas" },
        { recipient: "Old Kiln Scenic Area", honor: "5A-level Scenic Areas" },
      ],
    },
  },
  {
    name: "under a 'List of ...' line, county labels the gazetteer does not know ('Lanshui County: A, B.'), each line ending in a stop",
    text: 'Villages Named\n\nThe Forestry Office released its decision on Monday.\n\nList of "National Forest Villages" named in Hexi this year (4)\n\nLanshui County: Pine Hollow Village, Reed Bank Village.\n\nMeixi County: Stone Well Village in Heping Town, Cedar Ridge Village.',
    expect: {
      conferrals: [
        { recipient: "Pine Hollow Village", honor: "National Forest Villages" },
        { recipient: "Reed Bank Village", honor: "National Forest Villages" },
        { recipient: "Stone Well Village", honor: "National Forest Villages" },
        { recipient: "Cedar Ridge Village", honor: "National Forest Villages" },
      ],
    },
  },
  {
    name: "a second list's opening line ends the first list",
    text: "Bases Named\n\nThe two venues to have been named the National Sailing Training Base are:\n\n1. Harbor Sports Center\n2. Bay Sailing Academy\n\nThe two venues to have been named the National Diving Training Base are:\n\n1. Cliffside Sports School\n2. Coral Diving Center",
    expect: {
      conferrals: [
        { recipient: "Harbor Sports Center", honor: "National Sailing Training Base" },
        { recipient: "Bay Sailing Academy", honor: "National Sailing Training Base" },
        { recipient: "Cliffside Sports School", honor: "National Diving Training Base" },
        { recipient: "Coral Diving Center", honor: "National Diving Training Base" },
      ],
    },
  },
];

const holdersNamedLater: GenreCase[] = [
  {
    name: "'The five attractions included A in X, B Scenic Spot in Y': named sites are holders, the trailing towns are not",
    text: "Three Scenic Spots Rated\n\nThe provincial tourism office said on Monday that three scenic spots were rated as national 4A-level scenic spots.\n\nThe three tourist attractions included Maple Cultural Park in Yueyang, Cloudfall Scenic Spot in Changde, and Reedbank Eco-tourism Area in Loudi.",
    expect: {
      conferrals: [
        { recipient: "Maple Cultural Park", honor: "national 4A-level scenic spots" },
        { recipient: "Cloudfall Scenic Spot", honor: "national 4A-level scenic spots" },
        { recipient: "Reedbank Eco-tourism Area", honor: "national 4A-level scenic spots" },
      ],
    },
  },
  {
    name: "'It is learned that these N counties include A, B and C' after 'announced the list of (the first batch) X'",
    text: "New Demonstration Counties\n\nRecently, the Ministry of Commerce published its list of (the second batch) demonstration counties for rural logistics in 2022. It is learned that these three demonstration counties include Hillford County, Maple City and Stonebrook County.",
    expect: {
      conferrals: [
        { recipient: "Hillford County", honor: "demonstration counties for rural logistics" },
        { recipient: "Maple City", honor: "demonstration counties for rural logistics" },
        { recipient: "Stonebrook County", honor: "demonstration counties for rural logistics" },
      ],
    },
  },
  {
    name: "'included' is read whole, not as 'include' and a stray 'd'",
    text: "Green Schools\n\nThe bureau named 40 schools as national green schools.\n\nThe two schools included the Aspen School and the Cedar School.",
    expect: {
      conferrals: [
        { recipient: "Aspen School", honor: "national green schools" },
        { recipient: "Cedar School", honor: "national green schools" },
      ],
    },
  },
  {
    name: "'Selected towns are A and B in X'; 'There are 30 selected villages, including C and D': the honor the text published before",
    text: "News\n\nThe province recently published the fifth batch of provincial heritage towns and villages. Selected towns are Reedford Town and Millbank Town in Hollow County. There are 20 selected villages, including Ashgrove Village in Hollow County and Fernhill Village, etc.",
    expect: {
      conferrals: [
        {
          recipient: "Reedford Town",
          honor: "provincial heritage towns and villages",
        },
        {
          recipient: "Millbank Town",
          honor: "provincial heritage towns and villages",
        },
        {
          recipient: "Ashgrove Village",
          honor: "provincial heritage towns and villages",
        },
        {
          recipient: "Fernhill Village",
          honor: "provincial heritage towns and villages",
        },
      ],
    },
  },
  {
    name: 'quoted titles listed after a word for works (\'three books including "A", "B" and "C" won X\') are works',
    text: 'News\n\nThree books including "The Red Kite", "The Far Moon" and "The Sun and the Moth" won the Riverland Book Award.',
    expect: {
      conferrals: [
        { recipient: "Red Kite", honor: "Riverland Book Award" },
        { recipient: "Far Moon", honor: "Riverland Book Award" },
        { recipient: "Sun and the Moth", honor: "Riverland Book Award" },
      ],
    },
  },

  {
    name: "'The winners of the X Medal are: A, a post of B, C, ...': the medal is the honor, not its winners",
    text: "News\n\nThe winners of the Riverland Youth Medal are: Gao Lifen, assistant manager of Pine Tools Group Co., Ltd., and Zhou Mingde, teacher of the Lakeside Technician College.",
    expect: {
      conferrals: [
        { recipient: "Gao Lifen", honor: "Riverland Youth Medal" },
        { recipient: "Zhou Mingde", honor: "Riverland Youth Medal" },
      ],
    },
  },
  {
    name: "'N firms were certified as the first batch of \"X brand\" yesterday. They include A, wool producer B, ...'",
    text: "News\n\nThirty firms were certified as the first batch of \u201cRiverland brand\u201d yesterday. They include Harbor Steel Co Ltd, wool producer Hillside Textile (Group) Co Ltd, and Lakeside Pencil Factory.",
    expect: {
      conferrals: [
        { recipient: "Harbor Steel Co Ltd", honor: "Riverland brand" },
        { recipient: "Hillside Textile (Group) Co Ltd", honor: "Riverland brand" },
        { recipient: "Lakeside Pencil Factory", honor: "Riverland brand" },
      ],
    },
  },

  {
    name: "a post whose closing comma a translation dropped ('A, a professor and Secretary of X was awarded')",
    text: "News\n\nGao Lifen, a professor and Secretary of the Party Committee of the Riverbend Normal University was awarded as one of the Riverland Red-Banner Pacesetters.",
    expect: {
      conferrals: [{ recipient: "Gao Lifen", honor: "Riverland Red-Banner Pacesetters" }],
    },
  },

  {
    name: "a verbless 'Among them, A in X, and B.' lists holders of the honor named before",
    text: "News\n\nThe commission named 120 villages as national ethnic culture villages. Among them, Reedwater Village in Fenglin Town, and Stonegate Village in Hollow County.",
    expect: {
      conferrals: [
        { recipient: "Reedwater Village", honor: "national ethnic culture villages" },
        { recipient: "Stonegate Village", honor: "national ethnic culture villages" },
      ],
    },
  },

  {
    name: "foreign laureates by a common given name ('Canada's Isabel Crook'); a head after them makes a body",
    text: "News\n\nThey are Chile's Raul Castro Ruz, France's Jean-Pierre Marceau and Canada's Isabel Crook. The Walter Gray Memorial Park was listed too.",
    expect: {
      people: [
        { name: "Raul Castro Ruz" },
        { name: "Jean-Pierre Marceau" },
        { name: "Isabel Crook" },
      ],
      notPeople: ["Walter Gray Memorial Park", "Walter Gray"],
    },
  },
  {
    name: "'a President Zhong Denghua-led team': the name before '-led' is a person",
    text: "News\n\nThe first prize went to a project by a President Zhong Denghua-led team.",
    expect: {
      people: [{ name: "Zhong Denghua" }],
    },
  },

  {
    name: "companies named with ', Inc.' and a 'People's' inside a complement ('Ministry of X of the People's Republic of China')",
    text: "News\n\nLakemoor Signal Systems, Inc. and the Academy of Marine Science and Harbor Biologics, Inc. won gold awards. The Bureau of Forestry of the People's Republic of Riverland issued the list.",
    expect: {
      organizations: [
        "Lakemoor Signal Systems, Inc.",
        "Academy of Marine Science",
        "Harbor Biologics, Inc.",
        "Bureau of Forestry of the People's Republic of Riverland",
      ],
    },
  },

  {
    name: "'X Memorial Hall in Shilou county': a lower-case place head after 'in Y' makes Y a place, not part of the name",
    text: "News\n\nThe Red Flag Memorial Hall in Qiaolou county, Riverland province, was added to the list.",
    expect: {
      organizations: ["Red Flag Memorial Hall"],
      notOrganizations: ["Red Flag Memorial Hall in Qiaolou"],
    },
  },
];

const winnersByCategory: GenreCase[] = [
  {
    name: "a category line, then its winner: the person first, else the work",
    text: "Silver Crane Awards announced\n\nThe ceremony was held in Lindong on Saturday.\nFull list of winners:\nBest Picture\nThe Salt Road\nBest Director\nRowan Hale, The Salt Road\nBest Actress\nZhao Mingyu, Night Ferry\nAward For Short Feature\nPaper Lanterns",
    expect: {
      conferrals: [
        { recipient: "The Salt Road", honor: "Best Picture" },
        { recipient: "Rowan Hale", honor: "Best Director" },
        { recipient: "Zhao Mingyu", honor: "Best Actress" },
        { recipient: "Paper Lanterns", honor: "Award For Short Feature" },
      ],
    },
  },
  {
    name: "'Category: winner' on one line: a person first, or the works of a category of works",
    text: "Jade Kite TV Awards\n\nThe ceremony closed on Friday. Here are the winners!\n\nBest Director: Rowan Hale, The Salt Road\nBest Drama Series: Night Ferry, Paper Lanterns\nMost Popular Actor: Zhao Mingyu\n\nWhat do you think of this year's picks?",
    expect: {
      conferrals: [
        { recipient: "Rowan Hale", honor: "Best Director" },
        { recipient: "Night Ferry", honor: "Best Drama Series" },
        { recipient: "Paper Lanterns", honor: "Best Drama Series" },
        { recipient: "Zhao Mingyu", honor: "Most Popular Actor" },
      ],
    },
  },
  {
    name: "'X Award:' then people with their posts; a line of detail or a sub-field prefix names no one else",
    text: "Clinic Honors\n\nThis year, 80 doctors won awards, including several from our college listed as follows:\n\nSilver Scalpel Award:\n\nZhou Wenbin   chief physician   Department of Orthopedics\n\nLakeside First Hospital\n\nCardiology: Gao Meiling   chief physician   Lakeside People's Hospital\n\n\nYoung Healer Award:\n\nTian Ruoxi   attending physician",
    expect: {
      conferrals: [
        { recipient: "Zhou Wenbin", honor: "Silver Scalpel Award" },
        { recipient: "Gao Meiling", honor: "Silver Scalpel Award" },
        { recipient: "Tian Ruoxi", honor: "Young Healer Award" },
      ],
    },
  },
  {
    name: "the list ends at prose; lines before any category or without a winners line name no one",
    text: "Prizes of the Harbor Film Week\n\nThe winners are:\nBest Documentary\nTide Keepers\nThe jury said the standard of this year's entries was higher than it had been for a decade.\nBest Score\nMoon Bridge\n\nProgramme notes\nBest Picture\nGlass River",
    expect: { conferrals: [{ recipient: "Tide Keepers", honor: "Best Documentary" }] },
  },
];

const honorsInAsidesAndClauses: GenreCase[] = [
  {
    name: "holders listed, then the honor in a dash aside (the em dash glued to the words)",
    text: 'News\n\nPine Village in Hebei, Elm Village and Ash Village in Gansu\u2014the three newly selected "Best Rural Tourism Villages"\u2014have drawn crowds.',
    expect: {
      conferrals: [
        { recipient: "Pine Village", honor: "Best Rural Tourism Villages" },
        { recipient: "Elm Village", honor: "Best Rural Tourism Villages" },
        { recipient: "Ash Village", honor: "Best Rural Tourism Villages" },
      ],
    },
  },
  {
    name: "holders listed, then the honor in a comma aside",
    text: "News\n\nAshgrove Museum and Elmstead Planetarium, the two newly named provincial science bases, will open in May.",
    expect: {
      conferrals: [
        { recipient: "Ashgrove Museum", honor: "provincial science bases" },
        { recipient: "Elmstead Planetarium", honor: "provincial science bases" },
      ],
    },
  },
  {
    name: "'passed the assessment and become X, which include A, B and C'",
    text: "News\n\nA total of 90 units have passed the assessment and become national green mines, which include Ashgrove Mining Co., Ltd, Birchwood Quarry Co., Ltd. and Cedar Coal Mine.",
    expect: {
      conferrals: [
        { recipient: "Ashgrove Mining Co., Ltd", honor: "national green mines" },
        { recipient: "Birchwood Quarry Co., Ltd.", honor: "national green mines" },
        { recipient: "Cedar Coal Mine", honor: "national green mines" },
      ],
    },
  },
  {
    name: "'selected for inclusion in the 9th group of X'; products as an honor's head",
    text: "News\n\nAshgrove Tools Co., Ltd. was selected for inclusion in the 9th group of national enterprise technical centers. Birch Looms Co., Ltd. won the title of provincial green designed product.",
    expect: {
      conferrals: [
        { recipient: "Ashgrove Tools Co., Ltd.", honor: "national enterprise technical centers" },
        { recipient: "Birch Looms Co., Ltd.", honor: "provincial green designed product" },
      ],
    },
  },
];

const titleCaseHeadlines: GenreCase[] = [
  {
    name: "a Title Case headline reads like a sentence: 'Upgraded To', 'In The Country' ends the honor",
    text: "Ashgrove Museum Upgraded To National Science Popularization Education Base\n\nThe museum opened in 1990.",
    expect: {
      conferrals: [
        { recipient: "Ashgrove Museum", honor: "National Science Popularization Education Base" },
      ],
    },
  },
  {
    name: "'Provincial Key Laboratories': a level, generic words and a plural head name a class, the honor",
    text: "Elmstead Institute Named First Batch Of Provincial Key Laboratories\n\nThe institute opened in 2001.",
    expect: {
      conferrals: [{ recipient: "Elmstead Institute", honor: "Provincial Key Laboratories" }],
    },
  },
  {
    name: "'Granted' in a Title Case headline is the verb, not a word of the name",
    text: "Elmstead Planetarium Granted National Model Unit\n\nThe planetarium opened in 2001.",
    expect: {
      conferrals: [{ recipient: "Elmstead Planetarium", honor: "National Model Unit" }],
    },
  },
  {
    name: "a headline honor ends before 'In The Country'",
    text: "Two Firms, Including Birch Tools Co., Ltd., Were Chosen As Little Giants In The Country This Year.\n\nThe ministry issued the notice on June 3.",
    expect: {
      conferrals: [{ recipient: "Birch Tools Co., Ltd.", honor: "Little Giants" }],
    },
  },
];

const listsAfterTheirHonor: GenreCase[] = [
  {
    name: "shops and eateries are bodies; a place's possessive opens the honor; 'The five are A, B ...' takes it",
    text: "News\n\nThree old shops in Lindong were named as Brookfield's time-honored brands by the municipal commerce office on May 2.\n\nA brand must be over 50 years old to be named.\n\nThe three are Ashgrove Noodle Shop, Elm Street Bakery and Birch Lane Teahouse.",
    expect: {
      conferrals: [
        { recipient: "Ashgrove Noodle Shop", honor: "Brookfield's time-honored brands" },
        { recipient: "Elm Street Bakery", honor: "Brookfield's time-honored brands" },
        { recipient: "Birch Lane Teahouse", honor: "Brookfield's time-honored brands" },
      ],
    },
  },
  {
    name: "under 'The list of winners includes:', lines that open with a person describe that person",
    text: "News\n\nOutstanding Citizens Awarded Kind Hearts Award\n\nThe list of winners includes:\n\nZhou Wenbin is a bus driver who saved six children.\n\nGao Meiling is a teacher in a mountain village.",
    expect: {
      conferrals: [
        { recipient: "Zhou Wenbin", honor: "Kind Hearts Award" },
        { recipient: "Gao Meiling", honor: "Kind Hearts Award" },
      ],
    },
  },
  {
    name: "in a numbered list, a repeated caption between items is passed over",
    text: "News\n\nTen rural sites were rated as provincial heritage villages this year.\n\nThe rated villages include:\n\n1. Ashgrove Village, Lindong County\n\nHeritage villages announced\n\n2. Elmstead Village, Brook County\n\nHeritage villages announced\n\n3. Birch Village, Cedar County",
    expect: {
      conferrals: [
        { recipient: "Ashgrove Village", honor: "provincial heritage villages" },
        { recipient: "Elmstead Village", honor: "provincial heritage villages" },
        { recipient: "Birch Village", honor: "provincial heritage villages" },
      ],
    },
  },
];

const honorsWonBy: GenreCase[] = [
  {
    name: "'the third-class medal and the honorary title of X' are two honors",
    text: "News\n\nZhang Lu was conferred the third-class diving medal and the honorary title of Heroic Diver.",
    expect: {
      conferrals: [
        { recipient: "Zhang Lu", honor: "third-class diving medal" },
        { recipient: "Zhang Lu", honor: "Heroic Diver" },
      ],
    },
  },
  {
    name: "an award's category with no award noun: 'was named best supporting actor', 'picked up best actor', 'took best producer'",
    text: "News\n\nChen Ming picked up best actor for his role in Hill Road. Lu Fang was named best supporting actress, while director Zhang Jiyu took best producer.",
    expect: {
      conferrals: [
        { recipient: "Chen Ming", honor: "best actor" },
        { recipient: "Lu Fang", honor: "best supporting actress" },
        { recipient: "Zhang Jiyu", honor: "best producer" },
      ],
    },
  },
  {
    name: "a plural subject with the base form of the verb: 'A and B receive the X', 'obtain', 'secure'",
    text: "Hill University's Academicians Zhang Ping and Song Bao receive the Golden Reed Prize\n\nThe Lake School and the Pine School obtain the title of Green Campus this year.",
    expect: {
      conferrals: [
        { recipient: "Zhang Ping", honor: "Golden Reed Prize" },
        { recipient: "Song Bao", honor: "Golden Reed Prize" },
        { recipient: "Lake School", honor: "Green Campus" },
        { recipient: "Pine School", honor: "Green Campus" },
      ],
    },
  },
  {
    name: "a holder named with the honor it won: 'A, winner of the X, ...', 'the X winner A', 'X laureate A'",
    text: 'News\n\nYan Lihua, winner of the 2021 Lake Science Prize in biology, leads the institute. "I am honored," the Gold Reed Award winner Jian Ming, a professor of Hill University, said. The town is the home of Silver Pen Prize laureate Mo Lin.',
    expect: {
      conferrals: [
        { recipient: "Yan Lihua", honor: "Lake Science Prize" },
        { recipient: "Jian Ming", honor: "Gold Reed Award" },
        { recipient: "Mo Lin", honor: "Silver Pen Prize" },
      ],
    },
  },
  {
    name: "what a person is before the name, a long aside after it: 'Chinese poet A, praised for ..., is the latest winner of X'; not 'Leaders of B, ..., were'",
    text: "News\n\nChinese poet Wang Li, praised for verses that follow the seasons of the river towns and their markets, is the latest winner of the Lake Poetry Prize. Leaders of Hexi University, including two deans, were awarded the Lake Teaching Prize.",
    expect: {
      conferrals: [{ recipient: "Wang Li", honor: "Lake Poetry Prize" }],
    },
  },
  {
    name: "the honor first, with an aside and a day: 'The X, dubbed the ..., was awarded Tuesday to China's A'; 'to Canada's B and C'",
    text: "News\n\nThe Golden Reed Prize, dubbed the \"Nobel\" of poetry, was awarded Tuesday to China's Liu Jiayi, who writes about rivers. The Silver Kite Medal was given to Canada's Zhou Ning and Wang Lan.",
    expect: {
      conferrals: [
        { recipient: "Liu Jiayi", honor: "Golden Reed Prize" },
        { recipient: "Zhou Ning", honor: "Silver Kite Medal" },
        { recipient: "Wang Lan", honor: "Silver Kite Medal" },
      ],
    },
  },
  {
    name: "said of the holder: 'A and B have previously been recipients of the X', 'A is a two-time winner of the X', 'named recipient of the 2020 X'",
    text: "News\n\nQingdao, Xiamen and Chengdu have previously been recipients of the Global Reading Town Award. Li Ming is a two-time winner of the Golden Pen Award. The painter Zhao Qing has been named recipient of the 2020 Riverbank Arts Medal.",
    expect: {
      conferrals: [
        { recipient: "Qingdao", honor: "Global Reading Town Award" },
        { recipient: "Xiamen", honor: "Global Reading Town Award" },
        { recipient: "Chengdu", honor: "Global Reading Town Award" },
        { recipient: "Li Ming", honor: "Golden Pen Award" },
        { recipient: "Zhao Qing", honor: "Riverbank Arts Medal" },
      ],
    },
  },
  {
    name: "'selected into the new batch of the X': the honor is X, not 'batch of the X'",
    text: "News\n\nProfessor Wang Lan was selected into the new batch of the Riverland Scholars Program.",
    expect: { conferrals: [{ recipient: "Wang Lan", honor: "Riverland Scholars Program" }] },
  },
  {
    name: "'the 4th session of X', 'the set of assessment results for X': the honor is X",
    text: "News\n\nYang Ming was selected into the 4th session of national master teachers. The Ashgrove Institute was included in the set of assessment results for Riverland key enterprise research institutes.",
    expect: {
      conferrals: [
        { recipient: "Yang Ming", honor: "national master teachers" },
        { recipient: "Ashgrove Institute", honor: "Riverland key enterprise research institutes" },
      ],
    },
  },
  {
    name: "the honor's name leaves out the cohort's year, the word 'title' after it and 'the honor of' before it",
    text: 'News\n\nThe Pine Valley Tea Company was conferred the 2021 Famous Riverland Export Brand title. Zhou Lanting received the Honor of "Riverland Model Doctor". The Lake Hotel won the Award of Excellence.',
    expect: {
      conferrals: [
        { recipient: "Pine Valley Tea Company", honor: "Famous Riverland Export Brand" },
        { recipient: "Zhou Lanting", honor: "Riverland Model Doctor" },
        { recipient: "Lake Hotel", honor: "Award of Excellence" },
      ],
    },
  },
  {
    name: "the honor's own words only: 'took home the X', 'the repeat winner of the X', 'X instead', 'X too'",
    text: "News\n\nZhou Lanting took home the Best Director Award for her film. Chen Yufei and Gao Meiling became the repeat winner of the Pine Cup Duet Award. Her coach Lu Haoran received the Silver Reed Prize instead. Tian Ruoxi won the Golden Reed Prize too.",
    expect: {
      conferrals: [
        { recipient: "Zhou Lanting", honor: "Best Director Award" },
        { recipient: "Chen Yufei", honor: "Pine Cup Duet Award" },
        { recipient: "Gao Meiling", honor: "Pine Cup Duet Award" },
        { recipient: "Lu Haoran", honor: "Silver Reed Prize" },
        { recipient: "Tian Ruoxi", honor: "Golden Reed Prize" },
      ],
    },
  },
  {
    name: "quoted names right before a verb of winning are what won, whatever noun they lack",
    text: 'News\n\nAmong these, "Pine Valley Tea," "Hill Honey," and "Lake Rice" were awarded gold medals. "Riverbend Organic Garlic" won the gold medal again. He said "we are proud" was the feeling of the day.',
    expect: {
      conferrals: [
        { recipient: "Pine Valley Tea", honor: "gold medals" },
        { recipient: "Hill Honey", honor: "gold medals" },
        { recipient: "Lake Rice", honor: "gold medals" },
        { recipient: "Riverbend Organic Garlic", honor: "gold medal" },
      ],
    },
  },
  {
    name: "'the Commission honored A, an appositive, with the title of X'",
    text: "News\n\nThe Hillshire Health Commission honored Zhou Lanting, a village doctor from Pine County, with the title of national model doctor.",
    expect: {
      conferrals: [{ recipient: "Zhou Lanting", honor: "national model doctor" }],
    },
  },
  {
    name: "'became the first ... to be awarded X': the honor is X",
    text: "News\n\nZhou Lanting has become the first Hill County scientist to be awarded the Golden Reed Prize. The Ashgrove Museum became the first museum in Hillshire to win the title of National Science Base.",
    expect: {
      conferrals: [
        { recipient: "Zhou Lanting", honor: "Golden Reed Prize" },
        { recipient: "Ashgrove Museum", honor: "National Science Base" },
      ],
    },
  },
  {
    name: "a dotted short form in brackets after the holder ('(P.U.S.T.)')",
    text: "News\n\nThe Pine University of Science and Technology (P.U.S.T.) won the Golden Reed Teaching Award.",
    expect: {
      conferrals: [
        {
          recipient: "Pine University of Science and Technology",
          honor: "Golden Reed Teaching Award",
        },
      ],
    },
  },
  {
    name: "'was honored with a first-class ... medal', after an appositive; 'with the help of' is no honor",
    text: "News\n\nZhou Lanting, captain of the Blue Whale survey ship, was honored with a first-class ocean survey medal. Chen Yufei was awarded with the Golden Reed Prize. The Lindong Museum was rebuilt with the help of the county.",
    expect: {
      conferrals: [
        { recipient: "Zhou Lanting", honor: "first-class ocean survey medal" },
        { recipient: "Chen Yufei", honor: "Golden Reed Prize" },
      ],
    },
  },
  {
    name: "'The X Prize was won by A and B'; 'was shared by'",
    text: "News\n\nThe Golden Reed Prize was won by Chen Yufei and Zhao Mingde. The Silver Reed Prize was shared by Lindong Museum and Ashgrove Institute.",
    expect: {
      conferrals: [
        { recipient: "Chen Yufei", honor: "Golden Reed Prize" },
        { recipient: "Zhao Mingde", honor: "Golden Reed Prize" },
        { recipient: "Lindong Museum", honor: "Silver Reed Prize" },
        { recipient: "Ashgrove Institute", honor: "Silver Reed Prize" },
      ],
    },
  },
  {
    name: "two kinds of award in one sentence: each list ends where the next clause starts ('..., while the ...')",
    text: 'News\n\nThe best actress awards were won by Gao Meiling for "Paper Moon" and Tian Ruoxi for "Sister", while the best actor awards were presented to Zhou Wenbin for "Paper Moon" and Lu Haoran for "Island Keeper."',
    expect: {
      conferrals: [
        { recipient: "Gao Meiling", honor: "best actress awards" },
        { recipient: "Tian Ruoxi", honor: "best actress awards" },
        { recipient: "Zhou Wenbin", honor: "best actor awards" },
        { recipient: "Lu Haoran", honor: "best actor awards" },
      ],
    },
  },
];

const bodiesWithTheirPlace: GenreCase[] = [
  {
    name: "a body followed by 'in <a place the lexicon knows>' is still the subject",
    text: "News\n\nThe Ashgrove Geology Museum in Beijing was named a National Science Popularization Base. The Lindong Middle School in Hangzhou and the Pine Valley School in Suzhou were selected as provincial green schools.",
    expect: {
      conferrals: [
        { recipient: "Ashgrove Geology Museum", honor: "National Science Popularization Base" },
        { recipient: "Lindong Middle School", honor: "provincial green schools" },
        { recipient: "Pine Valley School", honor: "provincial green schools" },
      ],
    },
  },
];

const noHolders: GenreCase[] = [
  {
    name: "the country and a bare kind of place hold no honor; 'the honor of X' is X; a post is no honor",
    text: "News\n\nAshgrove is rated as a well-known historic village in China, a national AAAA-level scenic spot and a national key cultural relics protection unit. Zhou Wenbin received the honor of national model teacher. Gao Meiling, dean of the Lindong Institute of Botany, spoke.",
    expect: {
      conferrals: [
        { recipient: "Ashgrove", honor: "well-known historic village in China" },
        { recipient: "Ashgrove", honor: "national AAAA-level scenic spot" },
        { recipient: "Ashgrove", honor: "national key cultural relics protection unit" },
        { recipient: "Zhou Wenbin", honor: "national model teacher" },
      ],
    },
  },
];

const roundTenShapes: GenreCase[] = [
  {
    name: "'A and three other universities won X': the unnamed rest of a list leaves the named holders",
    text: "News\n\nMaple University and three other universities won the Harbor Teaching Prize.",
    expect: { conferrals: [{ recipient: "Maple University", honor: "Harbor Teaching Prize" }] },
  },
  {
    name: "'A, B and other 20 people are the winners of X'",
    text: "News\n\nRen Tao, Li Bo and other 20 people are the winners of the Youth Engineering Innovation Award.",
    expect: {
      conferrals: [
        { recipient: "Ren Tao", honor: "Youth Engineering Innovation Award" },
        { recipient: "Li Bo", honor: "Youth Engineering Innovation Award" },
      ],
    },
  },
  {
    name: "'won the Silver Heron for Best Actor': a prize named without a prize word, after a verb of winning",
    text: "News\n\nLead actor Fan Lu, who plays a retired sailor in the film, won the Silver Heron for Best Actor.",
    expect: { conferrals: [{ recipient: "Fan Lu", honor: "Silver Heron for Best Actor" }] },
  },
  {
    name: "'has garnered the highest honour, the Award of Excellence'",
    text: "News\n\nThe Cedar Gate Museum has garnered the highest honour, the Award of Excellence.",
    expect: { conferrals: [{ recipient: "Cedar Gate Museum", honor: "Award of Excellence" }] },
  },
  {
    name: "'namely A in P; B in Q; and C at D, R, S, garnered X': one holder per item, addresses dropped",
    text: "News\n\nThree projects, namely the Alder Golf Course in Hong Kong SAR, China; Birch Garden Residences in Yangzhou, China; and Cedar Hall at Willow Temple, Kerala, India, garnered an Award of Distinction.",
    expect: {
      conferrals: [
        { recipient: "Alder Golf Course", honor: "Award of Distinction" },
        { recipient: "Birch Garden Residences", honor: "Award of Distinction" },
        { recipient: "Cedar Hall at Willow Temple", honor: "Award of Distinction" },
      ],
    },
  },
  {
    name: "what is won without a capitalised name is no prize: 'won the hearts of many voters'",
    text: "News\n\nThe Maple Party won the hearts of many voters.",
    expect: { conferrals: [] },
  },
  {
    name: "'The Award for New Design in Old Towns went to X': a title that opens with 'Award of/for'",
    text: "News\n\nThe Award for New Design in Old Towns went to Maple Site Museum.",
    expect: {
      conferrals: [{ recipient: "Maple Site Museum", honor: "Award for New Design in Old Towns" }],
    },
  },
  {
    name: "'won the title of X in 7 consecutive years': the run of years is not the title's",
    text: "News\n\nRiverton has won the title of National Model City of Mutual Support in 7 consecutive years.",
    expect: {
      conferrals: [{ recipient: "Riverton", honor: "National Model City of Mutual Support" }],
    },
  },
  {
    name: "a quoted slogan in a title keeps its commas and its verb: 'bases of \"Clear Rivers, Green Hills are Gold\"'",
    text: 'News\n\nAlder County and Birch County were named practice bases of "Clear Rivers, Green Hills are Gold".',
    expect: {
      conferrals: [
        {
          recipient: "Alder County",
          honor: 'practice bases of "Clear Rivers, Green Hills are Gold"',
        },
        {
          recipient: "Birch County",
          honor: 'practice bases of "Clear Rivers, Green Hills are Gold"',
        },
      ],
    },
  },
  {
    name: "'ranks 212th among the top 500 firms of Riverland': a place in a ranking is a ranking held",
    text: "News\n\nHollin Group ranks 212th among the top 500 firms of Riverland this year, two places higher.",
    expect: { conferrals: [{ recipient: "Hollin Group", honor: "top 500 firms of Riverland" }] },
  },
  {
    name: "'ranked among the 100 leading enterprises in X': a counted superlative is a ranking",
    text: "News\n\nHollin Group ranked among the 100 leading enterprises in green building materials.",
    expect: {
      conferrals: [
        { recipient: "Hollin Group", honor: "100 leading enterprises in green building materials" },
      ],
    },
  },
  {
    name: "a counted superlative is no ranking when nothing is won: 'received 100 leading enterprises'",
    text: "News\n\nThe Hollin Fair received 100 leading enterprises from abroad.",
    expect: { conferrals: [] },
  },
  {
    name: "a headline's run of years in capitals ends the title: 'Won X in 7 Consecutive Years'",
    text: "Riverton Won National Model City of Mutual Support in 7 Consecutive Years\n\nThe city was honored again.",
    expect: {
      someConferrals: [{ recipient: "Riverton", honor: "National Model City of Mutual Support" }],
    },
  },
  {
    name: "'The Lark Prize was announced. The award-winners are A, B and C': the one honor just named",
    text: "News\n\nThe Lark Prize was announced on Monday. The award-winners are Alder University, Birch College and Cedar Institute.",
    expect: {
      conferrals: [
        { recipient: "Alder University", honor: "Lark Prize" },
        { recipient: "Birch College", honor: "Lark Prize" },
        { recipient: "Cedar Institute", honor: "Lark Prize" },
      ],
    },
  },
  {
    name: "'The winners are A and B' after a sentence that names no honor: what they won is not said",
    text: "News\n\nThe city held a fair for students on Monday. The winners are Alder University and Birch College.",
    expect: { conferrals: [] },
  },
  {
    name: "a line dense with names keeps its sentences apart: '... in Beijing. The winners are ...'",
    text: "News\n\nThe Lark Prize was announced in Beijing. The winners are Alder University, Birch Hospital and Cedar Institute.",
    expect: {
      conferrals: [
        { recipient: "Alder University", honor: "Lark Prize" },
        { recipient: "Birch Hospital", honor: "Lark Prize" },
        { recipient: "Cedar Institute", honor: "Lark Prize" },
      ],
    },
  },
  {
    name: "built projects in a list of winners are works that hold the prize: 'The winners are A Port Project, B Bridge Project'",
    text: "News\n\nThe Lark Prize was announced on Monday. The winners are Alder Port Project, Birch Bridge Project and Cedar Tower Project.",
    expect: {
      conferrals: [
        { recipient: "Alder Port Project", honor: "Lark Prize" },
        { recipient: "Birch Bridge Project", honor: "Lark Prize" },
        { recipient: "Cedar Tower Project", honor: "Lark Prize" },
      ],
    },
  },
  {
    name: "'were added to the 5A category': added to a rating, counted list and its example",
    text: "News\n\nFourteen sights, including Alder Lake Park, will be added to the 5A category, the top grade of the scheme.",
    expect: { conferrals: [{ recipient: "Alder Lake Park", honor: "5A category" }] },
  },
  {
    name: "'was added to the national 5A scenic areas': what a holder is added to is its honor",
    text: "News\n\nBirch Gorge was added to the national 5A scenic areas last year.",
    expect: { conferrals: [{ recipient: "Birch Gorge", honor: "national 5A scenic areas" }] },
  },
  {
    name: "praise before a title is not part of it: 'won the coveted Golden Lotus Award'",
    text: "News\n\nMaple Hall won the coveted Golden Lotus Award.",
    expect: { conferrals: [{ recipient: "Maple Hall", honor: "Golden Lotus Award" }] },
  },
  {
    name: "'named X and took the stage': a clause of its own ends the title",
    text: "News\n\nSun Ming was named harbor city special model worker and took stage to speak.",
    expect: { conferrals: [{ recipient: "Sun Ming", honor: "harbor city special model worker" }] },
  },
  {
    name: "'Among the top winners was A ...': the winners are not what they won",
    text: "News\n\nAmong the top winners was Maple Winery of Hill County, which took the Lake Trophy for dry white.",
    // What A took is read by the last resort (same-sentence); "top winners" is still no honor.
    expect: { conferrals: [{ recipient: "Maple Winery of Hill County", honor: "Lake Trophy" }] },
  },
  {
    name: "'This year's top engineering and science award went to two researchers, A and B'",
    text: "News\n\nThis year's top engineering and science award went to two senior researchers, Zheng Min and Wang Lin.",
    expect: {
      conferrals: [
        { recipient: "Zheng Min", honor: "top engineering and science award" },
        { recipient: "Wang Lin", honor: "top engineering and science award" },
      ],
    },
  },
  {
    name: "'The guide's highest three-star rating went to A'; 'The \"Game of the Year\" award went to B'",
    text: 'News\n\nThe guide\'s highest three-star rating went to Maple Court, a six-table restaurant. The "Game of the Year" award went to Cedar Garden, a social game.',
    expect: {
      conferrals: [
        { recipient: "Maple Court", honor: "highest three-star rating" },
        { recipient: "Cedar Garden", honor: "Game of the Year" },
      ],
    },
  },
  {
    name: "'crowned': 'Pine Hall crowned provincial patriotic education base', 'A, B and C were crowned the top five X'",
    text: "Maple Hall crowned provincial patriotic education base\n\nAlder Group, Birch Group and Cedar Company were crowned the top five family enterprises of Riverland.",
    expect: {
      conferrals: [
        { recipient: "Maple Hall", honor: "provincial patriotic education base" },
        { recipient: "Alder Group", honor: "top five family enterprises of Riverland" },
        { recipient: "Birch Group", honor: "top five family enterprises of Riverland" },
        { recipient: "Cedar Company", honor: "top five family enterprises of Riverland" },
      ],
    },
  },
  {
    name: "a post whose closing comma was left out: 'Prof. A, a fellow of the B (ACR) won X'",
    text: "News\n\nMaple University's Prof. Feng Ming, a fellow of the Riverland Academy of Engineering(RAE) won the Lark Teaching Award.",
    expect: {
      someConferrals: [{ recipient: "Feng Ming", honor: "Lark Teaching Award" }],
    },
  },
  {
    name: "'collected the top award of X'; 'won a career achievement award for the series, Y': the work it was for is not the title's",
    text: "News\n\nMaple Hall has collected the top award of the 3rd Lark TV Awards. Guo Bao won a career achievement award for the series, The Old Harbor.",
    expect: {
      conferrals: [
        { recipient: "Maple Hall", honor: "top award of the 3rd Lark TV Awards" },
        { recipient: "Guo Bao", honor: "career achievement award" },
      ],
    },
  },
  {
    name: "'honored as A in 2019, the top ten X in 2020 and B in 2021': a ranked item of a list is no aside",
    text: "News\n\nThe Maple Museum was honored as the advanced unit of science week in 2019, the top ten science education bases in Riverton in 2020 and the model unit of science day in 2021.",
    expect: {
      someConferrals: [
        { recipient: "Maple Museum", honor: "top ten science education bases in Riverton" },
        { recipient: "Maple Museum", honor: "model unit of science day" },
      ],
    },
  },
  {
    name: "a page hard-wrapped at one width: names broken across lines are read whole",
    text: [
      "The lake region's first council of research bodies met on Friday in the old",
      "harbor town, where the organizers handed out their annual marks of merit to",
      "the bodies whose advice had shaped the region's plans over the last decade.",
      "The five model research bodies are: Alder Institute of Coastal Planning, the",
      "Birch Center for Water Economics, the Cedar Institute of River and Harbor",
      "Studies, the Willow Academy of Rural Affairs and the Maple Center for Urban",
      "Transport. The marks were handed out by the council chair at a short event,",
      "and each body received a framed letter and a small grant for its next study.",
      "The council said that the marks would be given again in two years, and that",
      "bodies from the hill districts would be asked to take part in the next round",
      "of the scheme, which is paid for by the region and by three of its cities.",
    ].join("\n"),
    expect: {
      conferrals: [
        { recipient: "Alder Institute of Coastal Planning", honor: "model research bodies" },
        { recipient: "Birch Center for Water Economics", honor: "model research bodies" },
        {
          recipient: "Cedar Institute of River and Harbor Studies",
          honor: "model research bodies",
        },
        { recipient: "Willow Academy of Rural Affairs", honor: "model research bodies" },
        { recipient: "Maple Center for Urban Transport", honor: "model research bodies" },
      ],
    },
  },
  {
    name: "a list of names one per line is not a hard-wrapped page: each line stays one holder",
    text: [
      "Eight units named model water-saving units",
      "The units named model water-saving units of the province this year are:",
      "Alder Paper Company",
      "Birch Textile Dyeing and Printing Group of the Eastern Hill District",
      "Cedar Brewery",
      "Willow Chemical Fiber Company of the Lake Economic Development Zone",
      "Maple Steel Works",
      "Hazel Glass Company",
    ].join("\n"),
    expect: {
      conferrals: [
        { recipient: "Alder Paper Company", honor: "model water-saving units of the province" },
        {
          recipient: "Birch Textile Dyeing and Printing Group of the Eastern Hill District",
          honor: "model water-saving units of the province",
        },
        { recipient: "Cedar Brewery", honor: "model water-saving units of the province" },
        {
          recipient: "Willow Chemical Fiber Company of the Lake Economic Development Zone",
          honor: "model water-saving units of the province",
        },
        { recipient: "Maple Steel Works", honor: "model water-saving units of the province" },
        { recipient: "Hazel Glass Company", honor: "model water-saving units of the province" },
      ],
    },
  },
];

const roundElevenShapes: GenreCase[] = [
  {
    name: "'was given the X Award': given confers an honor named by a title in the name that follows",
    text: "News\n\nThe Birchwood Power Company was given the Harvest Labor Award.",
    expect: {
      conferrals: [{ recipient: "Birchwood Power Company", honor: "Harvest Labor Award" }],
    },
  },
  {
    name: "'was given the task of ...' confers nothing",
    text: "News\n\nThe Birchwood Power Company was given the task of building the river crossing.",
    expect: { conferrals: [] },
  },
  {
    name: "a headline: 'X Passes Re-examination as Y' keeps the honor",
    text: "Alderford City Passes Re-examination as National Hygienic City\n\nThe city was checked in May.",
    expect: { conferrals: [{ recipient: "Alderford City", honor: "National Hygienic City" }] },
  },
  {
    name: "'passed the re-examination of the Y' in the body",
    text: "News\n\nAlderford City passed the re-examination of the National Hygienic City in 2021.",
    expect: { conferrals: [{ recipient: "Alderford City", honor: "National Hygienic City" }] },
  },
  {
    name: "'A, head of B, said the C was named Y': the speaker with a post is not the holder",
    text: "News\n\nFang Rui, the head of the Culture Bureau, said the Ashgrove Museum was named a provincial patriotic education base.",
    expect: {
      conferrals: [{ recipient: "Ashgrove Museum", honor: "provincial patriotic education base" }],
    },
  },
  {
    name: "'Among them, A and B have won this title': the honor the text named before",
    text: "News\n\nThe Ministry published the list of National Forest Villages. Among them, the Rowan Tea Company and the Elmhurst Glass Factory have won this title.",
    expect: {
      conferrals: [
        { recipient: "Rowan Tea Company", honor: "National Forest Villages" },
        { recipient: "Elmhurst Glass Factory", honor: "National Forest Villages" },
      ],
    },
  },
  {
    name: "'A and B were granted the title at a ceremony': the title named in the sentence before",
    text: "News\n\nThe Ministry named 20 National Forest Cities on Monday. Oakport and Hazelton were granted the title at a ceremony in May.",
    expect: {
      conferrals: [
        { recipient: "Oakport", honor: "National Forest Cities" },
        { recipient: "Hazelton", honor: "National Forest Cities" },
      ],
    },
  },
  {
    name: "'In 2017, it was won by X': it is the one honor of the sentence before",
    text: "News\n\nThe Seaview Prize went unawarded for 2016. For 2017 it was won by Tan Jie, a professor of Coral University.",
    expect: { conferrals: [{ recipient: "Tan Jie", honor: "Seaview Prize" }] },
  },
  {
    name: "'the award' points back only to an honor named an award",
    text: "News\n\nThe Ministry named 20 National Forest Cities on Monday. Oakport received the award for its parks.",
    expect: { conferrals: [] },
  },
  {
    name: "'Winners this year include A and B': the honor the text announced",
    text: "News\n\nThe Ministry announced the Golden Lantern Award on Monday. Winners this year include the Pinecrest Ceramics Institute and the Elmhurst Glass Factory.",
    expect: {
      conferrals: [
        { recipient: "Pinecrest Ceramics Institute", honor: "Golden Lantern Award" },
        { recipient: "Elmhurst Glass Factory", honor: "Golden Lantern Award" },
      ],
    },
  },
  {
    name: "'The list includes A and B': the list the sentence before published",
    text: "News\n\nThe Ministry released the list of national green factories. The list includes the Juniper Paper Mill and the Fernbrook Glass Factory.",
    expect: {
      conferrals: [
        { recipient: "Juniper Paper Mill", honor: "national green factories" },
        { recipient: "Fernbrook Glass Factory", honor: "national green factories" },
      ],
    },
  },
  {
    name: "'won two awards: the X and the Y': a counted list after a colon",
    text: "News\n\nThe Juniper Paper Mill won two awards: the Clear Stream Award and the Blue Sky Prize.",
    expect: {
      conferrals: [
        { recipient: "Juniper Paper Mill", honor: "Clear Stream Award" },
        { recipient: "Juniper Paper Mill", honor: "Blue Sky Prize" },
      ],
    },
  },
  {
    name: "'A, which won X in 2019, opened ...': a relative clause names what A won",
    text: "News\n\nThe Juniper Paper Mill, which won the Clear Stream Award in 2019, opened a second site.",
    expect: { conferrals: [{ recipient: "Juniper Paper Mill", honor: "Clear Stream Award" }] },
  },
  {
    name: "'ranked 12th on the list of the Top 100 X'",
    text: "News\n\nThe Juniper Paper Mill ranked 12th on the list of the Top 100 Green Enterprises.",
    expect: {
      conferrals: [{ recipient: "Juniper Paper Mill", honor: "Top 100 Green Enterprises" }],
    },
  },
  {
    name: "'A, which took the lead in ...' wins nothing",
    text: "News\n\nThe Juniper Paper Mill, which took the lead in saving water, opened a second site.",
    expect: { conferrals: [] },
  },
  {
    name: "two predicates of one subject: 'A has ranked ..., and has been honored with X'",
    text: 'News\n\nFor three years running, Coral University has ranked among the top ten, and has been honored with the "Best Host Award" at the yearly forum.',
    expect: { conferrals: [{ recipient: "Coral University", honor: "Best Host Award" }] },
  },
  {
    name: "'A opened in 1990 and was named X': the second verb shares the first one's subject",
    text: "News\n\nThe Juniper Museum opened in 1990 and was named a national first-class museum in 2008.",
    expect: { conferrals: [{ recipient: "Juniper Museum", honor: "national first-class museum" }] },
  },
  {
    name: "'A visited B and was named its honorary director' names no honor",
    text: "News\n\nLi Ming visited the Juniper Museum and was named its honorary director.",
    expect: { conferrals: [] },
  },
  {
    name: "a headline's 'to' for 'will': 'A to Retain the Title of X', 'A to Receive X'",
    text: "Alderford City to Retain the Title of National Civilized City\n\nThe review ended in May.",
    expect: { conferrals: [{ recipient: "Alderford City", honor: "National Civilized City" }] },
  },
  {
    name: "'A, the first rower from P to win X' in a caption: the person won, not the place",
    text: "Tan Jie, the first rower from Maple Province to win a gold medal at the Games\n\nShe trained for ten years.",
    expect: { conferrals: [{ recipient: "Tan Jie", honor: "gold medal" }] },
  },
  {
    name: "a post joined by 'and': 'A, an academician of B, and Dean of C at D, received X'",
    text: "News\n\nTian Xiaobo, a member of the Maple Academy of Engineering, and Dean of the School of Soil Science at Coral University, received the Harbor Lifetime Achievement Award.",
    expect: {
      conferrals: [
        { recipient: "Tian Xiaobo", honor: "Harbor Lifetime Achievement Award" },
        // A membership of an academy is a title held (round 16).
        { recipient: "Tian Xiaobo", honor: "member of the Maple Academy of Engineering" },
      ],
    },
  },
  {
    name: "'N villages have been inscribed on the list of X, which include A, B and C'",
    text: "News\n\nEleven villages have been inscribed on the list of Provincial Traditional Villages, which include Fern Village, Oak Village and Pine Village.",
    expect: {
      conferrals: [
        { recipient: "Fern Village", honor: "Provincial Traditional Villages" },
        { recipient: "Oak Village", honor: "Provincial Traditional Villages" },
        { recipient: "Pine Village", honor: "Provincial Traditional Villages" },
      ],
    },
  },
  {
    name: "'N enterprises were on the list of X, namely A, B and C'",
    text: "News\n\nFour enterprises were on the list of the 2017 Municipal Enterprise Technology Centers, namely the Juniper Paper Mill, the Fernbrook Glass Factory and the Coral Textile Company.",
    expect: {
      conferrals: [
        { recipient: "Juniper Paper Mill", honor: "Municipal Enterprise Technology Centers" },
        { recipient: "Fernbrook Glass Factory", honor: "Municipal Enterprise Technology Centers" },
        { recipient: "Coral Textile Company", honor: "Municipal Enterprise Technology Centers" },
      ],
    },
  },
  {
    name: "'works have included the following projects: A, B' lists no honor",
    text: "News\n\nSince then, her works have included these buildings in Maple Province: the Juniper Art Museum and the Coral History Museum.",
    expect: { conferrals: [] },
  },
  {
    name: "a counted plural in a headline is how many, not who: 'Three Hill Villages Listed as X'",
    text: "Three Birchwood Villages Listed as National Traditional Villages\n\nThe list came out in May.",
    expect: { conferrals: [] },
  },
  {
    name: "a body whose name holds a count and a plural is still a body: 'the 10 Hill Villages Cooperative'",
    text: "News\n\nThe 10 Hill Villages Cooperative won the Harvest Award.",
    expect: { conferrals: [{ recipient: "Hill Villages Cooperative", honor: "Harvest Award" }] },
  },
  {
    name: "a bracketed branch is part of the honor: 'National Garden City (County)'",
    text: "News\n\nSince 2012, Alderford City and Oakport County have been awarded the honorary title of National Garden City (County).",
    expect: {
      conferrals: [
        { recipient: "Alderford City", honor: "National Garden City (County)" },
        { recipient: "Oakport County", honor: "National Garden City (County)" },
      ],
    },
  },
  {
    name: "a bracketed acronym or place after an honor is not part of it",
    text: "News\n\nThe Coral Tea Garden was named a National Science Education Base (NSEB). The Fern Tea Garden was named a National Science Education Base (Hubei) last year.",
    expect: {
      conferrals: [
        { recipient: "Coral Tea Garden", honor: "National Science Education Base" },
        { recipient: "Fern Tea Garden", honor: "National Science Education Base" },
      ],
    },
  },
  {
    name: "'Five Hill villages made the list.' ending its line: the villages on the lines after it, sub-headings passed over",
    text: "Hill Villages Named Beautiful Villages\n\nThe Ministry announced a list of 150 national beautiful villages on Monday.\n\nFive Maple villages made the list.\n\nTwo Riverside Villages\n\nFern Village, Oak County\n\nPine Village, Elm County\n\nOne Mountain Village\n\nBirch Village, Oak County\n\nThe villages were reviewed by experts.",
    expect: {
      conferrals: [
        { recipient: "Fern Village", honor: "national beautiful villages" },
        { recipient: "Pine Village", honor: "national beautiful villages" },
        { recipient: "Birch Village", honor: "national beautiful villages" },
      ],
    },
  },
  {
    name: "the holders of a list take the date the list was announced, one or two sentences before",
    text: "Alderford Museums Rated\n2020-12-24 11:34 Source: Alderford Daily\n\nOn December 21, the Museum Association announced the fourth batch of national museums. Seven museums in Alderford were selected.\n\nAmong them, the Fern Museum was rated as a national first-grade museum.",
    expect: {
      conferrals: [
        { recipient: "Fern Museum", honor: "national first-grade museum", date: "2020-12-21" },
      ],
    },
  },
  {
    name: "a date of what is no announcement does not date a later conferral",
    text: "News\n\nThe Fern Museum was founded on May 3, 1990. It has 20 halls. In 2008 the Fern Museum was rated as a national first-grade museum.",
    expect: {
      conferrals: [
        { recipient: "Fern Museum", honor: "national first-grade museum", date: "2008" },
      ],
    },
  },
  {
    name: "a lead's conferral takes the date of the ceremony told right after it",
    text: "Congratulations to Fang Rui\n2020-11-25 12:05 Site editor\n\nCongratulations to Fang Rui, our plant's senior welder, on being awarded the title of National Model Worker.\n\nOn the morning of November 24, the National Commendation Conference for Model Workers was held in the capital.",
    expect: {
      someConferrals: [
        { recipient: "Fang Rui", honor: "National Model Worker", date: "2020-11-24" },
      ],
    },
  },
  {
    name: "a page's date line in words ('Updated: April 12, 2024') dates what happened 'recently'",
    text: "Pine School Wins Recognition\nUpdated: April 12, 2024\n\nThe Pine Primary School was recently recognized as a provincial science education demonstration school.",
    expect: {
      someConferrals: [
        {
          recipient: "Pine Primary School",
          honor: "provincial science education demonstration school",
          date: "2024-04",
        },
      ],
    },
  },
];

const roundTwelveShapes: GenreCase[] = [
  {
    name: "a personal title makes one foreign word a person: 'Professor Tenzin, ... was awarded the title of'",
    text: 'News\n\nOn June 4, Professor Tenzin, honorary dean of the Alderbrook Clinic, was awarded the title of "Master of Highland Medicine" at a ceremony.',
    expect: {
      conferrals: [{ recipient: "Tenzin", honor: "Master of Highland Medicine" }],
      people: [{ name: "Tenzin" }],
    },
  },
  {
    name: "'Dr. Tashi Dorje won ...': two foreign words after a title are a person",
    text: "News\n\nDr. Tashi Dorje won the Fernhill Prize for Soil Science.",
    expect: {
      conferrals: [{ recipient: "Tashi Dorje", honor: "Fernhill Prize for Soil Science" }],
    },
  },
  {
    name: "a title before a body's name leaves the body whole",
    text: "News\n\nProfessor Wu Dan of the Brookfield Institute spoke at the meeting.",
    expect: { organizations: ["Brookfield Institute"], people: [{ name: "Wu Dan" }] },
  },
  {
    name: "'received the well-earned X Award': the praise is not part of the honor",
    text: "News\n\nGao Jie, who has a 25-3 record this season, received the well-earned Most Valuable Player Award.",
    expect: { conferrals: [{ recipient: "Gao Jie", honor: "Most Valuable Player Award" }] },
  },
  {
    name: "'won best director for the film X': a category honor ends before 'for'",
    text: "News\n\nLu Qing won best director for the film Silent Harbor, while Meng Yao took best actress for Night Ferry.",
    expect: {
      conferrals: [
        { recipient: "Lu Qing", honor: "best director" },
        { recipient: "Meng Yao", honor: "best actress" },
      ],
    },
  },
  {
    name: "'named X in a scheme run by ...': the honor ends before 'in a'",
    text: "News\n\nHarbourside City was on Friday named Coastal Culture City in a scheme run by four ministries.",
    expect: { conferrals: [{ recipient: "Harbourside City", honor: "Coastal Culture City" }] },
  },
  {
    name: "'were inducted into the X Hall of Fame'",
    text: "News\n\nTan Wei and Guo Lin were inducted into the Riverside Table Tennis Hall of Fame on Sunday.",
    expect: {
      conferrals: [
        { recipient: "Tan Wei", honor: "Riverside Table Tennis Hall of Fame" },
        { recipient: "Guo Lin", honor: "Riverside Table Tennis Hall of Fame" },
      ],
    },
  },
  {
    name: "'The outstanding service award went to X'",
    text: "News\n\nThe outstanding service award went to Zhang Hui.",
    expect: { conferrals: [{ recipient: "Zhang Hui", honor: "outstanding service award" }] },
  },
  {
    name: "people with their units, the last with a campus: 'A from the X and B from the Y of Z at W won'",
    text: "News\n\nTwo teachers including Li Ping from the School of Geology and Xu Qian from the School of Arts of Eastvale University at Yantai won the Teaching Pioneer Award.",
    expect: {
      conferrals: [
        { recipient: "Li Ping", honor: "Teaching Pioneer Award" },
        { recipient: "Xu Qian", honor: "Teaching Pioneer Award" },
      ],
    },
  },
  {
    name: "a unit's name stops before 'and' and a person: 'the School of Geology and Han Rui won'",
    text: "News\n\nLi Ping from the School of Geology and Han Rui won the Teaching Pioneer Award.",
    expect: {
      conferrals: [
        { recipient: "Li Ping", honor: "Teaching Pioneer Award" },
        { recipient: "Han Rui", honor: "Teaching Pioneer Award" },
      ],
      organizations: ["School of Geology"],
      notOrganizations: ["School of Geology and Han"],
    },
  },
  {
    name: "a unit named with 'and' stays whole",
    text: "News\n\nZhao Ning from the College of Mining and Civil Engineering won the Teaching Pioneer Award.",
    expect: {
      conferrals: [{ recipient: "Zhao Ning", honor: "Teaching Pioneer Award" }],
      organizations: ["College of Mining and Civil Engineering"],
    },
  },
  {
    name: "an issuer named by its kind: 'the ministry approved A, B, and C as X' gives each of them",
    text: "News\n\nIn 2019, the ministry approved Taiyuan, Guilin, and Shenzhen as national innovation demonstration zones.",
    expect: {
      conferrals: [
        { recipient: "Taiyuan", honor: "national innovation demonstration zones" },
        { recipient: "Guilin", honor: "national innovation demonstration zones" },
        { recipient: "Shenzhen", honor: "national innovation demonstration zones" },
      ],
    },
  },
  {
    name: "'designated three parks, A, B and C, as X': the counted list in apposition",
    text: "News\n\nThe bureau designated three parks, Reed Park, Heron Park and Willow Park, as provincial wetland parks.",
    expect: {
      conferrals: [
        { recipient: "Reed Park", honor: "provincial wetland parks" },
        { recipient: "Heron Park", honor: "provincial wetland parks" },
        { recipient: "Willow Park", honor: "provincial wetland parks" },
      ],
    },
  },
  {
    name: "'selected A and B as the venues of the contest': a role in an event is no honor",
    text: "News\n\nThe committee selected the Alder School and the Birch School as the venues of the contest.",
    expect: { conferrals: [] },
  },
  {
    name: "line-list: numbered lines under the sentence that names their one honor",
    text: "Tea News\n\nFour teas won the 2023 Riverside Tea Award in May.\n\n1 Alder Peak Black Tea\n2 Birch Valley Green Tea\n3 Cedar Ridge White Tea\n4 Dove Creek Oolong",
    expect: {
      conferrals: [
        { recipient: "Alder Peak Black Tea", honor: "Riverside Tea Award" },
        { recipient: "Birch Valley Green Tea", honor: "Riverside Tea Award" },
        { recipient: "Cedar Ridge White Tea", honor: "Riverside Tea Award" },
        { recipient: "Dove Creek Oolong", honor: "Riverside Tea Award" },
      ],
    },
  },
  {
    name: "line-list: 'No 3 X' counting down under a headline, a photo caption between items",
    text: "Winners of the Coastal Green Town Award\n\nNo 3 Ashford Town\n\nA boat on the bay at dusk, May 2, 2021.\n\nNo 2 Bramley Town\n\nChildren on a beach, June 1, 2021.\n\nNo 1 Corwen Town\n\nA market street at noon.",
    expect: {
      conferrals: [
        { recipient: "Ashford Town", honor: "Coastal Green Town Award" },
        { recipient: "Bramley Town", honor: "Coastal Green Town Award" },
        { recipient: "Corwen Town", honor: "Coastal Green Town Award" },
      ],
    },
  },
  {
    name: "line-list: numbers out of order are no list",
    text: "News\n\nThe Alder Farm won the Provincial Harvest Award.\n\n2019 Alder Farm opened\n12 Birch Lane\n7 Cedar Road",
    expect: { conferrals: [{ recipient: "Alder Farm", honor: "Provincial Harvest Award" }] },
  },
  {
    name: "line-list: a page's related headlines are no holders",
    text: "News\n\nThe bridge fair honors 12 Outstanding Bridge Projects each year.\nRelated Stories\n- Harbor city plans a bigger role in river transport\n- Farmers welcome the early rains in the valley\n- Lake province ends its old fishing ban",
    expect: { conferrals: [] },
  },
  {
    name: "'These are A, B, C and D': the holders of the one honor the sentence before named",
    text: "News\n\nThe Harbor Medal went to four people this year. These are Zhou Ming, Qian Lu, Sun Bo and Li Na.",
    expect: {
      conferrals: [
        { recipient: "Zhou Ming", honor: "Harbor Medal" },
        { recipient: "Qian Lu", honor: "Harbor Medal" },
        { recipient: "Sun Bo", honor: "Harbor Medal" },
        { recipient: "Li Na", honor: "Harbor Medal" },
      ],
    },
  },
  {
    name: "'The winners are announced at X, including ...' names no holders",
    text: "News\n\nThe Harbor Book Prize honors the best books of the year. The winners are announced at the City Library, including Rain on the River by Chen Tao.",
    expect: { conferrals: [] },
  },
  {
    name: "'was nominated for the X' proposes the honor",
    text: "News\n\nAshgrove University was nominated for the Harbor Prize for Teaching.",
    expect: {
      conferrals: [
        {
          recipient: "Ashgrove University",
          honor: "Harbor Prize for Teaching",
          status: "proposed",
        },
      ],
    },
  },
  {
    name: "'named a winner of the annual X Prize': how often it is given is not its name",
    text: "News\n\nQian Lu was named a winner of the annual Harbor Food Prize.",
    expect: { conferrals: [{ recipient: "Qian Lu", honor: "Harbor Food Prize" }] },
  },
  {
    name: "a comma inside the closing quote of an aside ends no name: 'best known for the novel \"Red River,\" was honored'",
    text: 'News\n\nThe writer Lu Yan, best known for the novel "Red River," was honored with the Harbor Special Tribute Award.',
    expect: {
      conferrals: [{ recipient: "Lu Yan", honor: "Harbor Special Tribute Award" }],
      notOrganizations: ["Red River,"],
    },
  },
  {
    name: "winners by category: 'Most X on Y: A' and 'X of the Year: B' are categories too",
    text: "Harbor TV Awards\n\nThe main winners:\n\nBest Actress: Qian Lu (Blue Harbor)\nMost Influential on Radio: Sun Tao (River Days)\nHost of the Year: Li Bo",
    expect: {
      conferrals: [
        { recipient: "Qian Lu", honor: "Best Actress" },
        { recipient: "Sun Tao", honor: "Most Influential on Radio" },
        { recipient: "Li Bo", honor: "Host of the Year" },
      ],
    },
  },
  {
    name: "a given name split in two syllables: 'Zhou Xiao Yu took home Best Actress'",
    text: "News\n\nZhou Xiao Yu took home the Harbor Best Actress Award.",
    expect: {
      conferrals: [{ recipient: "Zhou Xiao Yu", honor: "Harbor Best Actress Award" }],
      people: [{ name: "Zhou Xiao Yu" }],
    },
  },
  {
    name: "three syllables ending on a place's head are a place, not a person: 'Li Jiu Cun'",
    text: "News\n\nVisitors walked from Li Jiu Cun to the river on Sunday.",
    expect: { notPeople: ["Li Jiu Cun"] },
  },
];

const roundThirteenShapes: GenreCase[] = [
  {
    name: "'of Honour' ends a title and stays in it: 'the Scroll of Honour', 'the Medal of Honor'",
    text: "News\n\nPine City won the Habitat Scroll of Honour in 2008. Li Wen was awarded the Riverbend Medal of Honor.",
    expect: {
      conferrals: [
        { recipient: "Pine City", honor: "Habitat Scroll of Honour" },
        { recipient: "Li Wen", honor: "Riverbend Medal of Honor" },
      ],
    },
  },
  {
    name: "a rating counted in stars is an honor: 'awarded two Michelin stars', 'rated a five-star hotel'",
    text: "News\n\nLotus House was awarded two Michelin stars this year. Harbor View Hotel was rated a five-star hotel in 2012.",
    expect: {
      conferrals: [
        { recipient: "Lotus House", honor: "two Michelin stars" },
        { recipient: "Harbor View Hotel", honor: "five-star hotel" },
      ],
    },
  },
  {
    name: "a count is still no honor: 'won three awards'",
    text: "News\n\nHarbor View Hotel won three awards at the fair.",
    expect: { conferrals: [] },
  },
  {
    name: "a ranking named by its size: 'included in the Harbor Global 300 list', 'listed on the Delta China 150 ranking'",
    text: "News\n\nPine Group was included in the Harbor Global 300 list. Elm Group and Oak Group were listed on the Delta China 150 ranking.",
    expect: {
      conferrals: [
        { recipient: "Pine Group", honor: "Harbor Global 300" },
        { recipient: "Elm Group", honor: "Delta China 150" },
        { recipient: "Oak Group", honor: "Delta China 150" },
      ],
    },
  },
  {
    name: "a sentence-case headline drops the auxiliary too: 'Pingyao named among the national models for rural revival'",
    text: "Pingyao named among the national models for rural revival\n\nThe list was released on Monday by the commission.",
    expect: {
      someConferrals: [{ recipient: "Pingyao", honor: "national models for rural revival" }],
    },
  },
  {
    name: "a list of one-word pinyin places in no gazetteer: 'namely Yuanbo, Gaotai, Shuiting and Lanxi'",
    text: "News\n\nFour counties in the province, namely Yuanbo, Gaotai, Shuiting and Lanxi, were named national garden counties.",
    expect: {
      someConferrals: [
        { recipient: "Yuanbo", honor: "national garden counties" },
        { recipient: "Gaotai", honor: "national garden counties" },
        { recipient: "Shuiting", honor: "national garden counties" },
      ],
    },
  },
  {
    name: "a list of English words is no list of places: 'Maple, Willow and Cedar won'",
    text: "News\n\nThe Riverbend Prize was announced. Maple, Willow and Cedar won the prize.",
    expect: { conferrals: [] },
  },
  {
    name: "a titled place head with a complement is an honor: 'National Demonstration Counties for New-Type Urbanization'",
    text: "News\n\nThe commission announced the list of National Demonstration Counties for Rural Revitalization. Pine County and Elm County made the list.",
    expect: {
      conferrals: [
        {
          recipient: "Pine County",
          honor: "National Demonstration Counties for Rural Revitalization",
        },
        {
          recipient: "Elm County",
          honor: "National Demonstration Counties for Rural Revitalization",
        },
      ],
    },
  },
  {
    name: "a post inside an honor's title: 'the 2018 CAST Young Scientist Award', 'Outstanding Teacher Prize'",
    text: "News\n\nLin Qiao won the 2018 CAST Young Scientist Award. Guo Lei received the Outstanding Teacher Prize.",
    expect: {
      conferrals: [
        { recipient: "Lin Qiao", honor: "CAST Young Scientist Award" },
        { recipient: "Guo Lei", honor: "Outstanding Teacher Prize" },
      ],
    },
  },
  {
    name: "'the Award of National Staff Sports Model Unit': a post inside the complement of a title",
    text: "News\n\nHillcrest University wins the Award of National Staff Sports Model Unit.",
    expect: {
      conferrals: [
        { recipient: "Hillcrest University", honor: "National Staff Sports Model Unit" },
      ],
    },
  },
  {
    name: "a post before a person is still no honor's word: 'Chief Engineer Wang Bo spoke at ...'",
    text: "News\n\nChief Engineer Wang Bo spoke at the ceremony of the Riverbend Award.",
    expect: { conferrals: [], people: [{ name: "Wang Bo" }] },
  },
  {
    name: "'X, as the provincial key university in Y, has ...': an 'as' appositive states a title held",
    text: "News\n\nWillowbank University, as the provincial key university in Hebei province, has opened two new institutes.",
    expect: {
      conferrals: [
        {
          recipient: "Willowbank University",
          honor: "provincial key university in Hebei province",
        },
      ],
    },
  },
  {
    name: "'X City as the national Y pilot zone, ...' without a comma before 'as'",
    text: "News\n\nPinecrest City as the national rural road demonstration pilot zone, this year there are 6 towns on the list.",
    expect: {
      someConferrals: [
        { recipient: "Pinecrest City", honor: "national rural road demonstration pilot zone" },
      ],
    },
  },
  {
    name: "'X, as a university in Y, ...' states no title (no rank word)",
    text: "News\n\nWillowbank University, as a university in Hebei province, has opened two new institutes.",
    expect: { conferrals: [] },
  },
  {
    name: "'A, B and C won awards' after a text that named one honor: the holders of that honor",
    text: 'News\n\nThe 2024 Maple Leaf Book Award was announced in Linyi on Monday.\n\nA total of 12 books including "The Paper Kite", "Songs of the Delta" and "The Salt Road" won awards.',
    expect: {
      conferrals: [
        { recipient: "Paper Kite", honor: "Maple Leaf Book Award" },
        { recipient: "Songs of the Delta", honor: "Maple Leaf Book Award" },
        { recipient: "Salt Road", honor: "Maple Leaf Book Award" },
      ],
    },
  },
  {
    name: "'won awards' after a text that named two honors points at neither",
    text: "News\n\nThe Maple Leaf Book Award and the Cedar Poetry Prize were announced on Monday.\n\nOakridge University and Elmwood College won awards.",
    expect: { conferrals: [] },
  },
  {
    name: "'Winners of this year include A and B' right after the honor",
    text: "News\n\nThe 2023 Riverbend Teaching Award was presented in Beijing on Friday.\n\nWinners of this year include Zhou Lan from Hilltop Primary School and Meng Rui from Riverside Middle School.",
    expect: {
      conferrals: [
        { recipient: "Zhou Lan", honor: "Riverbend Teaching Award" },
        { recipient: "Meng Rui", honor: "Riverbend Teaching Award" },
      ],
    },
  },
  {
    name: "'This year's winners are A and B' right after the honor",
    text: "News\n\nThe jury met in March to choose the Riverstone Science Prize.\n\nThis year's winners are chemist Ye Qiong and physicist Bai Tao.",
    expect: {
      conferrals: [
        { recipient: "Ye Qiong", honor: "Riverstone Science Prize" },
        { recipient: "Bai Tao", honor: "Riverstone Science Prize" },
      ],
    },
  },
  {
    name: "a bare 'won awards' beside the honor does not hide it from 'The award-winners are'",
    text: "News\n\nThe builders' association announced the Harbor Engineering Prize, in which 4 projects of Coastline Group won awards.\n\nThe award-winners are the Port Jetty Project in Lagos and the Delta Bridge Project in Accra.",
    expect: {
      someConferrals: [
        { recipient: "Port Jetty Project in Lagos", honor: "Harbor Engineering Prize" },
        { recipient: "Delta Bridge Project in Accra", honor: "Harbor Engineering Prize" },
      ],
    },
  },
  {
    name: "'They are A and B' after a sentence with no honor reads nothing",
    text: "News\n\nThe Maple Leaf Book Award was announced in May. The fair drew many visitors.\n\nThey are Oakridge University and Elmwood College.",
    expect: { conferrals: [] },
  },
];

// Round fifteen: what a gold-free pool of unseen pages showed read wrongly.
const roundSixteenShapes: GenreCase[] = [
  {
    name: "a category line of its own after prose, bulleted holders under each; the prose's honor takes none",
    text: "Honours 2025\n\nThe governor handed out the honours after the panel for Medals and Honorary Titles made its choice.\nOrder of Service \u2013 Jade Crane\n- Tarnvale Harbour Trust\n- Wei Lanfang\nMedal of Service \u2013 Teaching\n- Lanqiao Middle School\n\nEach class of the medal is given once a year.",
    expect: {
      conferrals: [
        { recipient: "Tarnvale Harbour Trust", honor: "Order of Service - Jade Crane" },
        { recipient: "Wei Lanfang", honor: "Order of Service - Jade Crane" },
        { recipient: "Lanqiao Middle School", honor: "Medal of Service - Teaching" },
      ],
    },
  },
  {
    name: "'Gold Award Winners:' and 'Runners-up (Merit Award):' under a category label; a dash starts the project's title",
    text: "List of Winners\n\nCATEGORY: Best Patient Care Project\n\nGold Award Winners:\n\nTarnvale People's Hospital \u2013 Shorter waiting times for day surgery through a shared booking desk and nurse-led triage\n\nRunners-up (Merit Award):\n\nLanqiao Women's Hospital - A walking club for new mothers",
    expect: {
      conferrals: [
        { recipient: "Tarnvale People's Hospital", honor: "Gold Award" },
        { recipient: "Lanqiao Women's Hospital", honor: "Merit Award" },
      ],
    },
  },
  {
    name: "'X Award winners:' after a paragraph: works with their publishers in brackets, a title that opens with a name",
    text: "Book Fair Closes\n\nOn the last day of the fair, the organizers announced the prizes, which go to books for young readers each autumn.\n\nPine Cone Picture Book Award winners:\nThe Paper Kite (Lakeside Press, China)\nLin Tao's Garden (Harbour Books, China)\nNight Train (River Publishing House)",
    expect: {
      conferrals: [
        { recipient: "The Paper Kite", honor: "Pine Cone Picture Book Award" },
        { recipient: "Lin Tao's Garden", honor: "Pine Cone Picture Book Award" },
        { recipient: "Night Train", honor: "Pine Cone Picture Book Award" },
      ],
    },
  },
  {
    name: "an award's line after prose, with neither a colon, 'winners' nor bullets after it, opens no list (guard)",
    text: "Campus Notes\n\nThe library reopened on Monday after a summer of repairs to its roof.\nLakeside Teaching Award\nNominations Open in March\nForms at the Front Desk",
    expect: { conferrals: [] },
  },
  {
    name: "'This year's X laureates were A, post, and B, post': the laureates hold X, and 'laureates' is no part of it",
    text: "Prize Day\n\nThis year's Lakeland Pioneer Award laureates were Hou Jinlan, dean of Tarnvale University, and Pei Wenshu, head of the Lanqiao Optics Centre.",
    expect: {
      conferrals: [
        { recipient: "Hou Jinlan", honor: "Lakeland Pioneer Award" },
        { recipient: "Pei Wenshu", honor: "Lakeland Pioneer Award" },
      ],
    },
  },
  {
    name: "'X winners include A and B': the honor ends before 'winners'",
    text: "Prize Day\n\nPast Lakeland Pioneer Award winners include Hou Jinlan and Pei Wenshu.",
    expect: {
      conferrals: [
        { recipient: "Hou Jinlan", honor: "Lakeland Pioneer Award" },
        { recipient: "Pei Wenshu", honor: "Lakeland Pioneer Award" },
      ],
    },
  },
  {
    name: "'went to 81-year-old A, an aside, and to 79-year-old director B': ages before the names",
    text: "Film Week\n\nThe Lifetime Achievement Award went to 81-year-old Hou Jinlan, a stage actor since the 1960s, and to 79-year-old director Pei Wenshu.",
    expect: {
      conferrals: [
        { recipient: "Hou Jinlan", honor: "Lifetime Achievement Award" },
        { recipient: "Pei Wenshu", honor: "Lifetime Achievement Award" },
      ],
    },
  },
  {
    name: "an academy's title before a person: 'PAS academician A', 'Academician of the X Academy B', 'Y Society Fellow C'",
    text: "Forum Opens\n\nPAS academician Hou Jinlan opened the forum, Academician of the Lakeland Academy of Engineering Pei Wenshu chaired it, and Tarnvale Society Fellow Ruan Qiming closed it.",
    expect: {
      conferrals: [
        { recipient: "Hou Jinlan", honor: "PAS academician" },
        { recipient: "Pei Wenshu", honor: "Academician of the Lakeland Academy of Engineering" },
        { recipient: "Ruan Qiming", honor: "Tarnvale Society Fellow" },
      ],
    },
  },
  {
    name: "a university's own fellow or a plain 'member of' a party holds no academy title (guard)",
    text: "Forum Opens\n\nLakeland University Fellow Hou Jinlan spoke first. Pei Wenshu, a member of the Tarnvale Party, spoke next.",
    expect: { conferrals: [] },
  },
  {
    name: "academy titles in asides: a short form in brackets closes it, 'the member of X,', and 'Member of X, Professor of Y'",
    text: "Awards Day\n\nHou Jinlan, an academician of the Lakeland Academy of Sciences (LAS) won the Pine Teaching Award. Pei Wenshu, the member of LAE, from the School of Water spoke. The prize went to Ruan Qiming, Member of Tarnvale Academy of Engineering, Professor of Lanqiao University.",
    expect: {
      someConferrals: [
        { recipient: "Hou Jinlan", honor: "academician of the Lakeland Academy of Sciences" },
        { recipient: "Pei Wenshu", honor: "member of LAE" },
        { recipient: "Ruan Qiming", honor: "Member of Tarnvale Academy of Engineering" },
      ],
    },
  },
  {
    name: "a notice titled as confirming an honor declares it for the list after it; the headline's other honor takes none",
    text: 'Nine New Farming Hubs Named, Lakeshire Chosen as Seed Centre\n\nOn 4 May the Ministry of Agriculture released the "Notice Concerning Confirmation of 2024 State Smart Farming Bases", naming nine hubs in all.\n\nThe list includes:\n\n1. The Tarnvale State Rice Smart Farming Base,\n2. The Lanqiao State Tea Smart Farming Base,\n3. The Ruanshan State Fruit Smart Farming Base.',
    expect: {
      conferrals: [
        { recipient: "Tarnvale State Rice Smart Farming Base", honor: "State Smart Farming Bases" },
        { recipient: "Lanqiao State Tea Smart Farming Base", honor: "State Smart Farming Bases" },
        {
          recipient: "Ruanshan State Fruit Smart Farming Base",
          honor: "State Smart Farming Bases",
        },
      ],
    },
  },
  {
    name: "'passed the re-examination of X and retained the title': the honor ends before 'and retained'",
    text: "News\n\nOn Monday Tarnvale City and Lanqiao County passed the re-examination of provincial hygienic towns and retained the title for three more years.",
    expect: {
      conferrals: [
        { recipient: "Tarnvale City", honor: "provincial hygienic towns", status: "renewed" },
        { recipient: "Lanqiao County", honor: "provincial hygienic towns", status: "renewed" },
      ],
    },
  },
  {
    name: "'X Prize - A's Film' on a line is a category with its winner after a dash, not a class of the prize: the film, after its maker's possessive, holds it; the next category is no winner",
    text: "Film Week Ends\n\nThe other winners were:\nGolden Swan Jury Prize - Lin Tao's Night Boat Home\nGolden Swan for Best Actress - Mei Lanxi, The Paper House\n\nPhotos courtesy of the festival",
    expect: {
      conferrals: [
        { recipient: "Night Boat Home", honor: "Golden Swan Jury Prize" },
        { recipient: "Mei Lanxi", honor: "Golden Swan for Best Actress" },
      ],
    },
  },
  {
    name: "'The winners of the X Prize included A's Title, B's Title, and so on': the works hold the prize, not their authors",
    text: "Prize History\n\nThe winners of the third Lakeland Fiction Prize (2004-2006) included Hou Jinlan's River Lanterns, Pei Wenshu's Salt and Ash, Ruan Qiming's Long Ferry Home, and so on.",
    expect: {
      conferrals: [
        { recipient: "River Lanterns", honor: "Lakeland Fiction Prize" },
        { recipient: "Salt and Ash", honor: "Lakeland Fiction Prize" },
        { recipient: "Long Ferry Home", honor: "Lakeland Fiction Prize" },
      ],
    },
  },
  {
    name: "a work nominated in categories listed after the count: 'received N nominations: A, B and C', ', including A, B, and C'",
    text: 'Film Week\n\n"Salt Road", directed by Hou Jinlan, received four nominations, including Best Documentary, Best Editing, and Best Score. "Night Ferry" was nominated for two awards: Best Picture of the Festival and Best Screenplay.',
    expect: {
      conferrals: [
        { recipient: "Salt Road", honor: "Best Documentary", status: "proposed" },
        { recipient: "Salt Road", honor: "Best Editing", status: "proposed" },
        { recipient: "Salt Road", honor: "Best Score", status: "proposed" },
        { recipient: "Night Ferry", honor: "Best Picture of the Festival", status: "proposed" },
        { recipient: "Night Ferry", honor: "Best Screenplay", status: "proposed" },
      ],
    },
  },
];

const roundFifteenShapes: GenreCase[] = [
  {
    name: "people from places won: the places hold nothing",
    text: "Awards Night\n\nTwo engineers from Tarnvale Institute and Lanqiao University won the Lakeland Science Award on Monday.",
    expect: { conferrals: [] },
  },
  {
    name: "bodies that won themselves still hold the honor (guard)",
    text: "Awards Night\n\nTarnvale Institute and Lanqiao University won the Lakeland Science Award on Monday.",
    expect: {
      conferrals: [
        { recipient: "Tarnvale Institute", honor: "Lakeland Science Award" },
        { recipient: "Lanqiao University", honor: "Lakeland Science Award" },
      ],
    },
  },
  {
    name: "the central organs that confer the highest honors hold none of them",
    text: "Commendation\n\nOn May 2, the State Council and the CPC Central Committee awarded the honor of national model worker at a ceremony in the capital.",
    expect: { conferrals: [] },
  },
  {
    name: "a body under the State Council can hold an honor (guard)",
    text: "News\n\nThe Lakeland Research Center of the State Council was named a National Civilized Unit in 2021.",
    expect: {
      someConferrals: [
        {
          recipient: "Lakeland Research Center of the State Council",
          honor: "National Civilized Unit",
        },
      ],
    },
  },
  {
    name: "a numbered line that is a sentence names no holder",
    text: 'Decree\n\nThe following people were awarded the Lakeland Medal and honorary titles:\n\n1. A "Lakeland Star" was awarded to Zhong Lin.\n\n2. The honorary title of "River Guardian" was awarded to Qiao Fen.',
    expect: { notOrganizations: ['A "Lakeland Star" was awarded to Zhong Lin.'] },
  },
  {
    name: "a headless brand with a province inside is one name (Lan River Hunan Liquor)",
    text: "Lan River Hunan Liquor Wins Double Gold Award at Lakeland Spirits Competition\n\nMay 3, 2021\n\nThe fair closed on Sunday.",
    expect: {
      conferrals: [{ recipient: "Lan River Hunan Liquor", honor: "Double Gold Award" }],
    },
  },
  {
    name: "a province inside a brand's name in a sentence (Tarn Hill Hunan Tea)",
    text: "News\n\nTarn Hill Hunan Tea has won the Gold Award of the Lakeland Tea Fair.",
    expect: {
      someConferrals: [
        { recipient: "Tarn Hill Hunan Tea", honor: "Gold Award of the Lakeland Tea Fair" },
      ],
    },
  },
  {
    name: "a winner aside ends at its comma: what the holder did next is no honor",
    text: "Profile\n\nPan Lei, the recipient of the Lakeland Materials Award, led his research team to a new alloy.",
    expect: { conferrals: [{ recipient: "Pan Lei", honor: "Lakeland Materials Award" }] },
  },
  {
    name: "a winner aside lists its honors past commas with articles (guard)",
    text: "Profile\n\nPan Lei, winner of the Lakeland Materials Award, the Hill Prize and the River Medal, spoke on Monday.",
    expect: {
      conferrals: [
        { recipient: "Pan Lei", honor: "Lakeland Materials Award" },
        { recipient: "Pan Lei", honor: "Hill Prize" },
        { recipient: "Pan Lei", honor: "River Medal" },
      ],
    },
  },
];

const roundFourteenShapes: GenreCase[] = [
  {
    name: "a winner aside with a word for which winner: 'the recent winner of', 'a two-time winner of'",
    text: "News\n\nZhou Ling, the recent winner of the Riverbend Prize for Best Screenplay, and Han Bo, a two-time winner of the Maple Medal, will attend.",
    expect: {
      conferrals: [
        { recipient: "Zhou Ling", honor: "Riverbend Prize for Best Screenplay" },
        { recipient: "Han Bo", honor: "Maple Medal" },
      ],
    },
  },
  {
    name: "a winner aside that names the honor first: 'Lu Min, a previous Golden Lotus Award winner,'",
    text: "News\n\nLu Min, a previous Golden Lotus Award winner, leads the jury this year.",
    expect: { conferrals: [{ recipient: "Lu Min", honor: "Golden Lotus Award" }] },
  },
  {
    name: "a winner aside with the year before the honor: 'Qin Hao, the 2019 Silver Crane Prize laureate,'",
    text: "News\n\nThe jury met on Monday. Qin Hao, the 2019 Silver Crane Prize laureate, spoke first.",
    expect: { conferrals: [{ recipient: "Qin Hao", honor: "Silver Crane Prize" }] },
  },
  {
    name: "an honor aside is no winner aside when 'of' follows: 'the Golden Lotus Award winner of 2019' keeps to the rule that reads it",
    text: "News\n\nLu Min, a juror, praised the Golden Lotus Award winners.",
    expect: { conferrals: [] },
  },
  {
    name: "an honor called a label or a status: 'received the Pine Global Geopark label', 'granted National Forest City status'",
    text: "News\n\nTarnvale has received the Pine Global Geopark label. Elm City was granted National Forest City status in May.",
    expect: {
      conferrals: [
        { recipient: "Tarnvale", honor: "Pine Global Geopark" },
        { recipient: "Elm City", honor: "National Forest City" },
      ],
    },
  },
  {
    name: "a nomination for a list of categories: 'was nominated for Best Film, Best Actress and Best Director'",
    text: 'News\n\nThis spring, director Tao Lin\'s "The Salt Road" was nominated for Best Film, Best Actress and Best Director.',
    expect: {
      conferrals: [
        { recipient: "The Salt Road", honor: "Best Film", status: "proposed" },
        { recipient: "The Salt Road", honor: "Best Actress", status: "proposed" },
        { recipient: "The Salt Road", honor: "Best Director", status: "proposed" },
      ],
    },
  },
  {
    name: "'earned a nomination for the X': the honor is X, not the nomination",
    text: "News\n\nLin Yu earned a nomination for the Golden Lotus Award.",
    expect: {
      conferrals: [{ recipient: "Lin Yu", honor: "Golden Lotus Award", status: "proposed" }],
    },
  },
  {
    name: "two categories joined by 'and' are two honors: 'won Best Film and Best Director'",
    text: 'News\n\n"The Salt Road" won Best Film and Best Director.',
    expect: {
      conferrals: [
        { recipient: "The Salt Road", honor: "Best Film" },
        { recipient: "The Salt Road", honor: "Best Director" },
      ],
    },
  },
  {
    name: "a given name of English use from the names dataset opens a person: 'Heather Zvane', 'Dante Lorrimel'",
    text: "News\n\nThe Lake Friendship Award went to Heather Zvane and Dante Lorrimel.",
    expect: {
      conferrals: [
        { recipient: "Heather Zvane", honor: "Lake Friendship Award" },
        { recipient: "Dante Lorrimel", honor: "Lake Friendship Award" },
      ],
    },
  },
  {
    name: "a given name that is also a word opens no person before words: 'Hope Primary School', 'My Pine'",
    text: "News\n\nHope Primary School was named a Lake Green School. My Pine Garden is in the city.",
    expect: {
      conferrals: [{ recipient: "Hope Primary School", honor: "Lake Green School" }],
      people: [],
    },
  },
  {
    name: "'Further winners on the evening included X': the winners are not an honor",
    text: "News\n\nFurther winners on the evening included Li Wen and Zhao Min.",
    expect: { conferrals: [] },
  },
  {
    name: "an honor taken away: 'was stripped of its five-star rating', 'had its 4A rating revoked'",
    text: "News\n\nThe Pine Hotel was stripped of its five-star rating. The Lake Park had its national 4A rating revoked in May.",
    expect: {
      conferrals: [
        { recipient: "Pine Hotel", honor: "five-star rating", status: "revoked" },
        { recipient: "Lake Park", honor: "national 4A rating", status: "revoked" },
      ],
    },
  },
  {
    name: "holders listed after the taking: 'The three hotels that had their five-star ratings revoked are A, B and C'",
    text: "News\n\nThe three hotels that had their five-star ratings revoked are Pine Hotel, Elm Hotel and Oak Hotel.",
    expect: {
      conferrals: [
        { recipient: "Pine Hotel", honor: "five-star ratings", status: "revoked" },
        { recipient: "Elm Hotel", honor: "five-star ratings", status: "revoked" },
        { recipient: "Oak Hotel", honor: "five-star ratings", status: "revoked" },
      ],
    },
  },
  {
    name: "'revoked the X that had been awarded to A': the holders after 'to'",
    text: "News\n\nLast month the city revoked the Pine Star that had been awarded to Zhao Min and Sun Hai.",
    expect: {
      conferrals: [
        { recipient: "Zhao Min", honor: "Pine Star", status: "revoked" },
        { recipient: "Sun Hai", honor: "Pine Star", status: "revoked" },
      ],
    },
  },
  {
    name: "a hotel's place after its head belongs to its name: 'Elmwood Hotel Pudong', 'Maple Inn Binhai Tianjin'",
    text: "News\n\nElmwood Hotel Pudong, Maple Inn Binhai Tianjin and the Oak Hotel were rated five-star hotels.",
    expect: {
      conferrals: [
        { recipient: "Elmwood Hotel Pudong", honor: "five-star hotels" },
        { recipient: "Maple Inn Binhai Tianjin", honor: "five-star hotels" },
        { recipient: "Oak Hotel", honor: "five-star hotels" },
      ],
    },
  },
  {
    name: "the rest of a cohort: 'the others being A, B and C' takes the honor the text is about",
    text: "Hill City named a National Garden City\n\nThe province now has five such cities, the others being Xiaoling, Dongmu, Beixian and Nanfeng.",
    expect: {
      conferrals: [
        { recipient: "Hill City", honor: "National Garden City" },
        { recipient: "Xiaoling", honor: "National Garden City" },
        { recipient: "Dongmu", honor: "National Garden City" },
        { recipient: "Beixian", honor: "National Garden City" },
        { recipient: "Nanfeng", honor: "National Garden City" },
      ],
    },
  },
  {
    name: "'the three others are A, B and C', 'The other two laureates are A and B'",
    text: "News\n\nFour people were awarded the Pine Medal. Wang Li received it posthumously; the three others are Zhao Min, Sun Hai and Li Wen.",
    expect: {
      conferrals: [
        { recipient: "Zhao Min", honor: "Pine Medal" },
        { recipient: "Sun Hai", honor: "Pine Medal" },
        { recipient: "Li Wen", honor: "Pine Medal" },
      ],
    },
  },
  {
    name: "a holder among a cohort of winners: 'were among the six teams to receive', 'is one of the five laureates of'",
    text: "News\n\nPine Lab and Wang Wenbo were among the six teams to receive the Lake Earth Award. Zhao Min is one of the five laureates of the Elm Prize.",
    expect: {
      conferrals: [
        { recipient: "Pine Lab", honor: "Lake Earth Award" },
        { recipient: "Wang Wenbo", honor: "Lake Earth Award" },
        { recipient: "Zhao Min", honor: "Elm Prize" },
      ],
    },
  },
  {
    name: "a cohort of one kind is no winners' list: 'one of the five universities of the Lake Alliance'",
    text: "News\n\nPine University is one of the five universities of the Lake Alliance.",
    expect: { conferrals: [] },
  },
  {
    name: "honors listed before 'went to ..., respectively', with the awards they belong to",
    text: "News\n\nThe Life Prize, Matter Prize and Number Prize of the 2022 Pine Science Awards went to Li Wenhua, Yang Xuemin and Mo Jiamin, respectively.",
    expect: {
      conferrals: [
        { recipient: "Li Wenhua", honor: "Life Prize" },
        { recipient: "Yang Xuemin", honor: "Matter Prize" },
        { recipient: "Mo Jiamin", honor: "Number Prize" },
      ],
    },
  },
  {
    name: "'respectively' with a holder not read: the ones read keep their own honor only",
    text: "News\n\nThe Life Prize, Matter Prize and Number Prize went to Li Wenhua, Yang Xuemin and a retired teacher, respectively.",
    expect: {
      conferrals: [
        { recipient: "Li Wenhua", honor: "Life Prize" },
        { recipient: "Yang Xuemin", honor: "Matter Prize" },
      ],
    },
  },
  {
    name: "a person with an honor of her own does not continue the list before",
    text: "News\n\nThe Pine Prize went to Li Wen, a teacher. Zhao Min, the previous winner of the Lake Award, will host the gala.",
    expect: {
      conferrals: [
        { recipient: "Li Wen", honor: "Pine Prize" },
        { recipient: "Zhao Min", honor: "Lake Award" },
      ],
    },
  },
  {
    name: "two bodies joined by 'and', the first ending in its place, are two names: 'Elmwood Hotel Pudong and Maple Inn Binhai Tianjin'",
    text: "News\n\nElmwood Hotel Pudong and Maple Inn Binhai Tianjin were rated five-star hotels.",
    expect: {
      conferrals: [
        { recipient: "Elmwood Hotel Pudong", honor: "five-star hotels" },
        { recipient: "Maple Inn Binhai Tianjin", honor: "five-star hotels" },
      ],
    },
  },
  {
    name: "one body whose English words join two heads stays one: 'Pine University Science and Technology Park', 'R&D Institute'",
    text: "News\n\nPine University Science and Technology Park and the Lake Enterprise R&D Institute were named provincial innovation bases.",
    expect: {
      conferrals: [
        {
          recipient: "Pine University Science and Technology Park",
          honor: "provincial innovation bases",
        },
        { recipient: "Lake Enterprise R&D Institute", honor: "provincial innovation bases" },
      ],
    },
  },
  {
    name: "brands listed with names read already: 'Tengmar, Huaxel, KMV and TRQ won gold prizes'",
    text: "News\n\nAt the Pine Patent Awards, Tengmar, Huaxel, KMV and TRQ won gold prizes.",
    expect: {
      conferrals: [
        { recipient: "Tengmar", honor: "gold prizes" },
        { recipient: "Huaxel", honor: "gold prizes" },
        { recipient: "KMV", honor: "gold prizes" },
        { recipient: "TRQ", honor: "gold prizes" },
      ],
    },
  },
  {
    name: "a line that opens with an honor and a colon, then its holders: 'National civilized units: A, B and C.'",
    text: "News\n\nNational civilized units: Pine County People's Procuratorate, the Lake City Taxation Bureau and Elm District Education Bureau.\nBest Teacher: Zhao Min (Pine Middle School)",
    expect: {
      conferrals: [
        { recipient: "Pine County People's Procuratorate", honor: "National civilized units" },
        { recipient: "Lake City Taxation Bureau", honor: "National civilized units" },
        { recipient: "Elm District Education Bureau", honor: "National civilized units" },
        { recipient: "Zhao Min", honor: "Best Teacher" },
      ],
    },
  },
  {
    name: "a heading that names a place or a role holds nothing: 'Songtai County: A, B', 'Unit in charge: X'",
    text: "News\n\nSongtai County: Beishan Town, Pine Village.\nUnit in charge: Lake City Big Data Center",
    expect: { conferrals: [] },
  },
  {
    name: "'The following units won the title of X: A, B and C': the holders after the colon",
    text: "News\n\nThe following units won the title of National Civilized Unit: Pine County Procuratorate, the Lake City Taxation Bureau and Elm District Education Bureau.",
    expect: {
      conferrals: [
        { recipient: "Pine County Procuratorate", honor: "National Civilized Unit" },
        { recipient: "Lake City Taxation Bureau", honor: "National Civilized Unit" },
        { recipient: "Elm District Education Bureau", honor: "National Civilized Unit" },
      ],
    },
  },
  {
    name: "a numbered list under a caption that names no honor takes the one the text announced, and a list that starts again at 1 is another list",
    text: "Tea products selected into the Pine Tea Protection List\n\nSeven tea products were selected into the Pine Tea Protection List.\n\nTable A: the three teas which were selected in the first round\n\n1 Lake White Tea\n2 Hill Green Tea\n3 Elm Black Tea\n\nTable B: teas to be added later\n\n1 Oak Red Tea\n2 Ash Jasmine Tea\n3 Yew Brick Tea\n4 Fir Bud Tea",
    expect: {
      conferrals: [
        { recipient: "Lake White Tea", honor: "Pine Tea Protection List" },
        { recipient: "Hill Green Tea", honor: "Pine Tea Protection List" },
        { recipient: "Elm Black Tea", honor: "Pine Tea Protection List" },
      ],
    },
  },
  {
    name: "a group label in pinyin the gazetteer does not know is a place, not a name's first word: 'Qiaoling: A, B', 'Dongxian: C, D'",
    text: "News\n\nThe ministry named eight sites National Forest Villages. The eight sites are:\nQiaoling: Pine Palace Museum, Mount Lake Scenic Area\nDongxian: Liushan Village, Hetang Village",
    expect: {
      conferrals: [
        { recipient: "Pine Palace Museum", honor: "National Forest Villages" },
        { recipient: "Mount Lake Scenic Area", honor: "National Forest Villages" },
        { recipient: "Liushan Village", honor: "National Forest Villages" },
        { recipient: "Hetang Village", honor: "National Forest Villages" },
      ],
    },
  },
  {
    name: "a body named as the start of a longer one is its own: 'Pine University' after 'Pine University of Information Science and Technology'",
    text: "News\n\nPine University of Information Science and Technology won the Lake Prize. Pine University won the Elm Prize.",
    expect: {
      conferrals: [
        { recipient: "Pine University of Information Science and Technology", honor: "Lake Prize" },
        { recipient: "Pine University", honor: "Elm Prize" },
      ],
      organizations: ["Pine University of Information Science and Technology", "Pine University"],
    },
  },
];

const roundSeventeenShapes: GenreCase[] = [
  {
    name: "an edition before a prize's name is the round, not the name: 'won the 7th Lake Literature Prize'",
    text: "Prize Day\n\nThe Tarnvale Writers' Union won the 7th Lake Literature Prize. The Jade Hill Museum won the Third Golden Ox Award in 2019.",
    expect: {
      conferrals: [
        { recipient: "Tarnvale Writers' Union", honor: "Lake Literature Prize", batch: "seventh" },
        { recipient: "Jade Hill Museum", honor: "Golden Ox Award", batch: "third" },
      ],
    },
  },
  {
    name: "a grade before a prize stays in its name: 'Third Prize of the X Award', 'First Class Medal' (guard)",
    text: "Prize Day\n\nThe Tarnvale Optics Centre received the Third Prize of the Lake Science Award. The Lanqiao Fire Brigade received the First Class Medal of Merit.",
    expect: {
      conferrals: [
        { recipient: "Tarnvale Optics Centre", honor: "Third Prize of the Lake Science Award" },
        { recipient: "Lanqiao Fire Brigade", honor: "First Class Medal of Merit" },
      ],
    },
  },
  {
    name: "'Team X of Y University' is the team; 'won a gold medal and the Z Award' is two honors",
    text: "Contest Results\n\nTeam Tarnwick of Hill University won a bronze medal and the Best Soil Project Award. Pei Lan won a silver medal and the Lake Prize.",
    expect: {
      conferrals: [
        { recipient: "Team Tarnwick", honor: "bronze medal" },
        { recipient: "Team Tarnwick", honor: "Best Soil Project Award" },
        { recipient: "Pei Lan", honor: "silver medal" },
        { recipient: "Pei Lan", honor: "Lake Prize" },
      ],
    },
  },
  {
    name: "'acquired the title of' gives the title as 'won' does",
    text: 'County News\n\nIn May 2021, Wenhe County acquired the title of "National Forest County". Hexi City attained the title of National Garden City in 2018.',
    expect: {
      conferrals: [
        { recipient: "Wenhe County", honor: "National Forest County" },
        { recipient: "Hexi City", honor: "National Garden City" },
      ],
    },
  },
  {
    name: "'Team Leader' is a post, not a team's name (guard)",
    text: "Contest Results\n\nTeam Leader Zhou Ping won the Lake Prize.",
    expect: { conferrals: [{ recipient: "Zhou Ping", honor: "Lake Prize" }] },
  },
  {
    name: "'The three Gold Prizes include A, B and C': a count before the honor's name",
    text: "Design Awards\n\nThe jury met for two days. The three Gold Prizes include Lake Hall, Hill Museum and River Club.",
    expect: {
      conferrals: [
        { recipient: "Lake Hall", honor: "Gold Prizes" },
        { recipient: "Hill Museum", honor: "Gold Prizes" },
        { recipient: "River Club", honor: "Gold Prizes" },
      ],
    },
  },
  {
    name: "'The team of coaches includes A and B' names a body's members, not an honor's holders",
    text: "Contest Results\n\nTeam Tarnwick won a gold medal. The team of coaches includes Professor Hou Lan, Associate Professor Pei Wen and Gao Ming.",
    expect: { conferrals: [{ recipient: "Team Tarnwick", honor: "gold medal" }] },
  },
  {
    name: "'becomes the first scientist honored by X' names no honor",
    text: "Chemist Honored\n\nHou Lanping becomes the first Asian scientist honored by the Lake Society for her bridges.",
    expect: { conferrals: [] },
  },
  {
    name: "'won the Prize in life sciences': a bare prize takes its field; a year or 'in recognition of' after it does not",
    text: "Prize Day\n\nHou Ming, Pei Wen and Gao Lan won the Prize in plant sciences for their work on rice. Zhao Min won the Prize in 2019. Lin Tao won the Prize in recognition of his bridges.",
    expect: {
      conferrals: [
        { recipient: "Hou Ming", honor: "Prize in plant sciences" },
        { recipient: "Pei Wen", honor: "Prize in plant sciences" },
        { recipient: "Gao Lan", honor: "Prize in plant sciences" },
        { recipient: "Zhao Min", honor: "Prize" },
        { recipient: "Lin Tao", honor: "Prize" },
      ],
    },
  },
  {
    name: "'Kwok-Wing Lam', 'Mei-Ling Chang': a hyphenated given name before a romanized surname is a person",
    text: "Prize Day\n\nProf. Kwok-Wing Lam and Prof. Mei-Ling Chang won the Lake Prize for their work on viruses.",
    expect: {
      conferrals: [
        { recipient: "Kwok-Wing Lam", honor: "Lake Prize" },
        { recipient: "Mei-Ling Chang", honor: "Lake Prize" },
      ],
      people: [{ name: "Kwok-Wing Lam" }, { name: "Mei-Ling Chang" }],
    },
  },
  {
    name: "title-case compounds are no people: 'Off-Campus Science', 'Red-Banner Holder' (guard)",
    text: "School News\n\nThe Hill School opened its Off-Campus Science centre. Wei Lan was named a Red-Banner Holder.",
    expect: {
      people: [{ name: "Wei Lan" }],
      notPeople: ["Off-Campus Science", "Red-Banner Holder", "Campus Science", "Banner Holder"],
    },
  },
  {
    name: "'taking best screenplay for A and B, best actor for C, and best actress for D': each prize with its holders",
    text: "Film Awards\n\nThe drama Lake Song also did well, taking the best screenplay prize for Hou Min and Pei Lan, best actor for Zhao Gang, and best actress for Lin Mei.",
    expect: {
      conferrals: [
        { recipient: "Hou Min", honor: "best screenplay" },
        { recipient: "Pei Lan", honor: "best screenplay" },
        { recipient: "Zhao Gang", honor: "best actor" },
        { recipient: "Lin Mei", honor: "best actress" },
      ],
    },
  },
  {
    name: "'received the X Awards, respectively, the Physics Prize for A, the Chemistry Prize for Professor B'",
    text: "Science Awards\n\nTwo scientists received the 2010 Lake Science Awards, respectively, the Physics Prize for Gao Ming, the Chemistry Prize for Professor Hou Jian.",
    expect: {
      conferrals: [
        { recipient: "Gao Ming", honor: "Physics Prize" },
        { recipient: "Hou Jian", honor: "Chemistry Prize" },
      ],
    },
  },
  {
    name: "a category read from such a list is no honor for the winners' list after it (guard)",
    text: "Film Awards\n\nThe drama Lake Song won big, taking best actor for Zhao Gang and best actress for Lin Mei.\nFull list of winners:\nRiver Story\nHill Town",
    expect: {
      conferrals: [
        { recipient: "Zhao Gang", honor: "best actor" },
        { recipient: "Lin Mei", honor: "best actress" },
      ],
    },
  },
  {
    name: "a prize's laureate as a title held: 'Nobel laureate A', 'two Nobel laureates, B from Peru and C', 'D, a Nobel laureate'",
    text: "Science News\n\nNobel laureate Hou Youlan opened the forum. Two Nobel laureates, Andrew Gale from Peru and Pei Wenli, joined the panel. Zhao Ning, a Nobel laureate and a guest of the city, gave a talk.",
    expect: {
      conferrals: [
        { recipient: "Hou Youlan", honor: "Nobel laureate" },
        { recipient: "Andrew Gale", honor: "Nobel laureates" },
        { recipient: "Pei Wenli", honor: "Nobel laureates" },
        { recipient: "Zhao Ning", honor: "Nobel laureate" },
      ],
    },
  },
  {
    name: "'This laureate A', 'Young laureates B and C' name no prize (guard)",
    text: "Science News\n\nThis laureate Hou Youlan opened the forum. Young laureates Pei Wenli and Zhao Ning spoke after him.",
    expect: { conferrals: [] },
  },
  {
    name: "a subject with a second post joined by 'and': 'Academician A of the X Academy and professor at Y University has been elected as Z'",
    text: "Science News\n\nAcademician Gao Min of the Hill Academy of Engineering and professor at Lake University was elected as an IEEE Fellow for her work on sensors.",
    expect: { conferrals: [{ recipient: "Gao Min", honor: "IEEE Fellow" }] },
  },
  {
    name: "'The gold prize winners are A, B and C': the winners hold the prize, and 'winners' is no part of it",
    text: "Patent Awards\n\nThe gold prize winners are Lake Pharma Co. Ltd., Hill Power Co. Ltd. and River Tech Co. Ltd.",
    expect: {
      conferrals: [
        { recipient: "Lake Pharma Co. Ltd.", honor: "gold prize" },
        { recipient: "Hill Power Co. Ltd.", honor: "gold prize" },
        { recipient: "River Tech Co. Ltd.", honor: "gold prize" },
      ],
    },
  },
  {
    name: "'gained the honorary title as X'; 'won the X Award, the prize one million yuan' (a sum is no honor)",
    text: "Hospital News\n\nMeanwhile, the Lake Hospital gained the honorary title as National Model Reform Hospitals. Zhu Min won the Hill Engineering Award, the prize one million yuan.",
    expect: {
      conferrals: [
        { recipient: "Lake Hospital", honor: "National Model Reform Hospitals" },
        { recipient: "Zhu Min", honor: "Hill Engineering Award" },
      ],
    },
  },
  {
    name: "one title naming two honors: the collective's to the school, the individual's to the professor",
    text: "Hill School and Professor Wu Ping Honored as Provincial Advanced Collective and Individual in Water Conservation\n\nThe province named them last week.",
    expect: {
      conferrals: [
        { recipient: "Hill School", honor: "Provincial Advanced Collective in Water Conservation" },
        { recipient: "Wu Ping", honor: "Provincial Advanced Individual in Water Conservation" },
      ],
    },
  },
];

const roundEighteenShapes: GenreCase[] = [
  {
    name: "a sentence no rule reads, one honor and a cue: its people hold the honor (same-sentence)",
    text: "Honours List\n\nThose who received the second medal, known as the Silver Lotus Star, included Director of Works Han Bo; Director of Health Lu Qi; and the Harbour Chief Ren Tao.",
    expect: {
      conferrals: [
        { recipient: "Han Bo", honor: "Silver Lotus Star" },
        { recipient: "Lu Qi", honor: "Silver Lotus Star" },
        { recipient: "Ren Tao", honor: "Silver Lotus Star" },
      ],
    },
  },
  {
    name: "'Prof. A, X Prize winner in physics, said ...': a winner named in passing (same-sentence)",
    text: "Forum\n\nProf. Tom Verity, Golden Spindle Prize winner in physics, said the field is changing fast.",
    expect: { conferrals: [{ recipient: "Tom Verity", honor: "Golden Spindle Prize" }] },
  },
  {
    name: "two honors in a sentence no rule reads: no guess at which is whose (guard)",
    text: "Forum\n\nTom Verity, a judge of the Lake Science Prize and the Golden Ox Award, said the winners were strong.",
    expect: { conferrals: [] },
  },
  {
    name: "a government body beside an honor's winners is not one of them (guard)",
    text: "Prize Day\n\nThe Tarn Provincial Department of Culture announced the Golden Ox Award winners on Monday.",
    expect: { conferrals: [] },
  },
  {
    name: "'40 companies, including A, B and C (Wuhan), won X': a list after 'including' may name only some of a count",
    text: "Quality News\n\nFrom 2015 to 2020, 40 companies, including Tarnco, Velmora Foods, Pinecrest Steel & Iron and Lumo Optics (Wuhan), won the Lake Quality Award.",
    expect: {
      conferrals: [
        { recipient: "Tarnco", honor: "Lake Quality Award" },
        { recipient: "Velmora Foods", honor: "Lake Quality Award" },
        { recipient: "Pinecrest Steel & Iron", honor: "Lake Quality Award" },
        { recipient: "Lumo Optics (Wuhan)", honor: "Lake Quality Award" },
      ],
    },
  },
  {
    name: "a partial list whose verb names no honor holds none (guard)",
    text: "Quality News\n\nSome 40 companies, including Tarnco, Velmora Foods and Lumo Optics, attended the Lake Quality Award ceremony.",
    expect: { conferrals: [] },
  },
  {
    name: "'He also once won X in 2011 and 2016 respectively, Y in 2017, ...': two adverbs, and years paired 'respectively' for one holder",
    text: "Prof. Hu Lan Joins the Lake Society\n\nTime: May 3, 2020\n\nThe Lake Society recently released the list of members elected in 2019. Hu Lan, a professor at Pine University, was elected as a foreign member of the Lake Society.\n\nThe Lake Society is one of the oldest learned bodies in the region.\n\nProfessor Hu Lan has made progress in the study of river plants. He also once won the grand prize of Botany in Lake Universities in 2011 and 2016 respectively, the Reed Prize of Botany in 2017, the Pine International Award in 2018, Gold Leaf Prize in 2019 and G",
    expect: {
      conferrals: [
        { recipient: "Hu Lan", honor: "foreign member of the Lake Society" },
        { recipient: "Hu Lan", honor: "grand prize of Botany in Lake Universities" },
        { recipient: "Hu Lan", honor: "Reed Prize of Botany" },
        { recipient: "Hu Lan", honor: "Pine International Award" },
        { recipient: "Hu Lan", honor: "Gold Leaf Prize" },
      ],
    },
  },
  {
    name: "'Lok-man WONG', 'Daniel HO', 'Brian KWOK Wing-tat': a surname in capitals after the given name is a person",
    text: "Fellows Named\n\nProfessor Lok-man WONG and Professor Daniel HO of the Pine Institute were named Lake Society Fellows. The Hon Brian KWOK Wing-tat, GBS, joined the board.",
    expect: {
      people: [{ name: "Lok-man WONG" }, { name: "Daniel HO" }, { name: "Brian KWOK Wing-tat" }],
      conferrals: [
        { recipient: "Lok-man WONG", honor: "Lake Society Fellow" },
        { recipient: "Daniel HO", honor: "Lake Society Fellow" },
      ],
    },
  },
  {
    name: "a title, a word or a place before capitals is no given name: 'Professor WU', 'By XU FAN', 'Washington DC' (guard)",
    text: "Campus News\n\nProfessor WU gave the talk in Washington DC on Monday. By XU FAN. The Tianjin CTF tower was lit.",
    expect: { notPeople: ["Professor WU", "By XU", "Washington DC", "Tianjin CTF"] },
  },
  {
    name: "'led by A, academician of the X.': an academy's title in a bare appositive, ended by the sentence",
    text: "Lab News\n\nThe survey was led by Zhang Li, academician of Lake Academy of Sciences.",
    expect: {
      conferrals: [{ recipient: "Zhang Li", honor: "academician of Lake Academy of Sciences" }],
    },
  },
  {
    name: "'A, academician of the X and president of the Y, spoke': the post after 'and' is no part of the title",
    text: "Lab News\n\nZhang Li, academician of the Lake Academy of Sciences and president of the Hill School, spoke first.",
    expect: {
      conferrals: [{ recipient: "Zhang Li", honor: "academician of the Lake Academy of Sciences" }],
    },
  },
  {
    name: "'Corporation Limited.' at a sentence's end: the full stop is no part of the name",
    text: "Prize Day\n\nThe Lake Prize went to Pine Cloud Technology Corporation Limited.",
    expect: {
      organizations: ["Pine Cloud Technology Corporation Limited"],
      conferrals: [{ recipient: "Pine Cloud Technology Corporation Limited", honor: "Lake Prize" }],
    },
  },
  {
    name: "a place on a published list: 'ranks 45th on the Top 100 X list', 'rose to 61st on the Y list' (list-placement)",
    text: "Rankings\n\nLanqiao Central Hospital ranks 45th on the Top 100 County Hospital list. Pine Group rose to 61st on the Lake Global 500 list.",
    expect: {
      conferrals: [
        { recipient: "Lanqiao Central Hospital", honor: "Top 100 County Hospital" },
        { recipient: "Pine Group", honor: "Lake Global 500" },
      ],
    },
  },
  {
    name: "'is in the X Park', 'was among the top 15 nominees': no list, or a shortlist, is no placing (guard)",
    text: "Rankings\n\nPine Group is in the Lake Science Park. Hill Group ranked 3rd in the Top 15 Nominees list.",
    expect: { conferrals: [] },
  },
  {
    name: "'A and B were recipients of this award', 'Its winners were A and B': holders of the honor named before",
    text: "City News\n\nThe Lake Award for Green Cities was presented on Monday. Hill City and Pine City were recipients of this award.\n\nThe Reed Prize for Clean Rivers was presented too. Its winners were Elm Town and Oak Town.",
    expect: {
      conferrals: [
        { recipient: "Hill City", honor: "Lake Award for Green Cities" },
        { recipient: "Pine City", honor: "Lake Award for Green Cities" },
        { recipient: "Elm Town", honor: "Reed Prize for Clean Rivers" },
        { recipient: "Oak Town", honor: "Reed Prize for Clean Rivers" },
      ],
    },
  },
  {
    name: "a number read as a name holds nothing: 'SIXTEEN projects hosted in the city won the X'",
    text: "Prize Day\n\nSIXTEEN projects hosted in the city won the Lake Science Prize, the top science award of the province.",
    expect: { conferrals: [] },
  },
  {
    name: "'A and B, with effect from 1 May, became IEEE Fellows': a plural title after 'became' needs no article",
    text: "Staff News\n\nProfessor Lok-man WONG and Professor Daniel HO, with effect from 1 May 2020, became Lake Society Fellows. Lu Fang and Wu Fang became Party Members.",
    expect: {
      conferrals: [
        { recipient: "Lok-man WONG", honor: "Lake Society Fellow" },
        { recipient: "Daniel HO", honor: "Lake Society Fellow" },
      ],
    },
  },
  {
    name: "'A, academician of the X and head of the Y, spoke': a post held after the title, before the appositive closes",
    text: "Lab News\n\nLu Qi, academician of the Pine Academy of Engineering and head of the Reed Institute, opened the forum.",
    expect: {
      conferrals: [{ recipient: "Lu Qi", honor: "academician of the Pine Academy of Engineering" }],
    },
  },
  {
    name: "'The three First Prizes include A (architect), B (architect) and C (architect)': the honor's count is the list's, names Laurel does not know included",
    text: "Design Awards\n\nThe jury met for two days. The three First Prizes include Pine-Lake 05 Dormitory of Hill University (Zhang Lei), Tarn Valley Theological Seminary (Shen Min) and Reed Rowing Club (Wu Gang).",
    expect: {
      conferrals: [
        { recipient: "Pine-Lake 05 Dormitory of Hill University", honor: "First Prize" },
        { recipient: "Tarn Valley Theological Seminary", honor: "First Prize" },
        { recipient: "Reed Rowing Club", honor: "First Prize" },
      ],
    },
  },
  {
    name: "'Chinese tech giant Tarnco won X', 'Drone maker Velmora ...': a word for a business before a bare name makes it a body",
    text: "Design News\n\nChinese tech giant Tarnco won the Lake Design Award. Drone maker Velmora took the Pine Prize.",
    expect: {
      organizations: ["Tarnco", "Velmora"],
      conferrals: [
        { recipient: "Tarnco", honor: "Lake Design Award" },
        { recipient: "Velmora", honor: "Pine Prize" },
      ],
    },
  },
];

const roundTwentyShapes: GenreCase[] = [
  {
    name: "'Qingshui Lake Park and Tuanbo Bridge won': a headless name after a read one, in the subject list",
    text: "Building Prizes\n\nThis year, Qingshui Lake Park and Tuanbo Bridge won the Lu Ban Prize.",
    expect: {
      conferrals: [
        { recipient: "Qingshui Lake Park", honor: "Lu Ban Prize" },
        { recipient: "Tuanbo Bridge", honor: "Lu Ban Prize" },
      ],
    },
  },
  {
    name: "'The film Crimson Harbour won': a work named after the word for it",
    text: "Film Awards\n\nThe film Crimson Harbour won the Golden Kite Award for Best Picture.",
    expect: {
      conferrals: [{ recipient: "Crimson Harbour", honor: "Golden Kite Award for Best Picture" }],
    },
  },
  {
    name: "'Dongling Water Group and the technology company Veltrix won': the word for a body between two holders",
    text: "Quality Awards\n\nTwo local companies, Dongling Water Group and the technology company Veltrix, won the Marlow Mayor Quality Award.",
    expect: {
      conferrals: [
        { recipient: "Dongling Water Group", honor: "Marlow Mayor Quality Award" },
        { recipient: "Veltrix", honor: "Marlow Mayor Quality Award" },
      ],
    },
  },
  {
    name: "'include Zentorra, KVX and Dongling Merchants Group': bare names listed beside a body are bodies, the acronym its own",
    text: "Quality Awards\n\nPrevious winners of the Marlow Mayor Quality Award include Zentorra, KVX and Dongling Merchants Group.",
    expect: {
      conferrals: [
        { recipient: "Zentorra", honor: "Marlow Mayor Quality Award" },
        { recipient: "KVX", honor: "Marlow Mayor Quality Award" },
        { recipient: "Dongling Merchants Group", honor: "Marlow Mayor Quality Award" },
      ],
    },
  },
  {
    name: "'have all won the awards over the last decade': the time is no part of the honor, and 'the most widely recognized prize' announces none",
    text: "Quality Awards\n\nThe Marlow Mayor Quality Award is the city's most widely recognized prize for quality. Firms such as Zentorra, KVX and Dongling Merchants Group have all won the awards over the last decade.",
    expect: {
      conferrals: [
        { recipient: "Zentorra", honor: "Marlow Mayor Quality Award" },
        { recipient: "KVX", honor: "Marlow Mayor Quality Award" },
        { recipient: "Dongling Merchants Group", honor: "Marlow Mayor Quality Award" },
      ],
    },
  },
  {
    name: "'The X Award is the city's most widely recognized prize for quality': an honor the text defines is the one 'the awards' later means",
    text: "Quality Awards\n\nLakeview Water Group won the top prize of the year.\n\nThe Marlow Mayor Quality Award is the city's most widely recognized prize for quality.\n\nFirms such as Zentorra, KVX and Dongling Merchants Group have all won the awards over the last decade.",
    expect: {
      someConferrals: [
        { recipient: "Zentorra", honor: "Marlow Mayor Quality Award" },
        { recipient: "KVX", honor: "Marlow Mayor Quality Award" },
        { recipient: "Dongling Merchants Group", honor: "Marlow Mayor Quality Award" },
      ],
    },
  },
  {
    name: "'Qiao Hanlin, academician of the Marlow Academy of Engineering (MAE), runs ...': a title in the aside after a name (academy-title)",
    text: "Invention Prizes\n\nQiao Hanlin, academician of the Marlow Academy of Engineering (MAE), runs a lab that studies brake materials.",
    expect: {
      conferrals: [
        { recipient: "Qiao Hanlin", honor: "academician of the Marlow Academy of Engineering" },
      ],
    },
  },
  {
    name: "'Tian Ruolan, also a MAE academician, heads ...': the short form before the title (academy-title)",
    text: "Invention Prizes\n\nTian Ruolan, also a MAE academician, heads a lab that designs coatings.",
    expect: { conferrals: [{ recipient: "Tian Ruolan", honor: "MAE academician" }] },
  },
  {
    name: "guard: 'Qiao Hanlin, member of the Standing Committee, spoke': a membership outside an academy is no title",
    text: "Forum\n\nQiao Hanlin, member of the Marlow Congress Standing Committee, spoke at the forum.",
    expect: { conferrals: [] },
  },
  {
    name: "a reference page's 'Past winners': bullets grouped by year lines, and a line that is only an honor (winners-section)",
    text: 'Tarn River Fiction Prize\n\nThe Tarn River Fiction Prize is a prize for novels given by the Tarn Writers Union.\n\nPast winners and their works\n\n  \u2022 First time, 1990\n    \u2022 Qiao Wenhai "Salt Road" (Tarn Press)\n    \u2022 Lin Meiyu, Guo Jiantao "Nine Bridges"\n  \u2022 Second time, 1994\n    \u2022 Fang Qiuling "The Ferryman"\n    \u2022 Special Prize\n      \u2022 Du Hanwen "Red Kiln"',
    expect: {
      someConferrals: [
        { recipient: "Qiao Wenhai", honor: "Tarn River Fiction Prize", date: "1990" },
        { recipient: "Lin Meiyu", honor: "Tarn River Fiction Prize", date: "1990" },
        { recipient: "Guo Jiantao", honor: "Tarn River Fiction Prize", date: "1990" },
        { recipient: "Fang Qiuling", honor: "Tarn River Fiction Prize", date: "1994" },
        { recipient: "Du Hanwen", honor: "Special Prize", date: "1994" },
      ],
    },
  },
  {
    name: "a winners table with English and Chinese titles glued to the ceremony and year: the English title is the work (winners-section)",
    text: "Silver Crane Award for Best Film\n\nThe Silver Crane Award for Best Film is given to the best film of the year.\n\nAward winners\n\nCeremonyYearTitleChinese TitleDirector\n1st1990River of Stars\u661f\u6cb3Wen Liqun,\nHe Dafeng\nThe Long Lantern\u957f\u706fZhou Ren\n2nd1991Autumn Ferry\u79cb\u6e21Ma Xiuying",
    expect: {
      conferrals: [
        { recipient: "River of Stars", honor: "Silver Crane Award for Best Film", date: "1990" },
        { recipient: "The Long Lantern", honor: "Silver Crane Award for Best Film", date: "1990" },
        { recipient: "Autumn Ferry", honor: "Silver Crane Award for Best Film", date: "1991" },
      ],
    },
  },
  {
    name: "guard: prose after a winners heading ends the list: its people won nothing (winners-section)",
    text: "Tarn River Fiction Prize\n\nWinners\n\nThe jury met in the provincial capital on Monday and praised the entries for their quality and reach this year.\n\nQiao Wenhai said the event was a success",
    expect: { conferrals: [] },
  },
  {
    name: "'The Lakeside Sewage Treatment Plant project and the Shek Ting Housing project won': a built work named before 'project'",
    text: "Building Prizes\n\nThe Lakeside Sewage Treatment Plant project and the Shek Ting Housing project won the Luban Award.",
    expect: {
      conferrals: [
        { recipient: "Lakeside Sewage Treatment Plant project", honor: "Luban Award" },
        { recipient: "Shek Ting Housing project", honor: "Luban Award" },
      ],
    },
  },
  {
    name: "'The team's project Greenfield Water won', 'Its short video Tiny Cells won': a work after the word for it, an owner before",
    text: "Contest Results\n\nThe team's project Greenfield Water won the gold award of the Tarn Innovation Contest. Its short video Tiny Cells won the Hollin Micro Film Prize.",
    expect: {
      conferrals: [
        { recipient: "Greenfield Water", honor: "gold award of the Tarn Innovation Contest" },
        { recipient: "Tiny Cells", honor: "Hollin Micro Film Prize" },
      ],
    },
  },
  {
    name: "guard: 'The KVX project won': a body's short form before 'project' stays the body",
    text: "Building Awards\n\nThe KVX project won the Hollin Skyscraper Award.",
    expect: { conferrals: [{ recipient: "KVX", honor: "Hollin Skyscraper Award" }] },
  },
  {
    name: "'over the years', 'for seven projects', 'sponsored by the X' end a lower-case honor",
    text: "School News\n\nLakeview University has won the provincial teaching award over the years. Lakeview University earned the national science and technology award for seven projects. Lakeview Tech won the high-tech enterprise certificate sponsored by the Tarn Science Department.",
    expect: {
      someConferrals: [
        { recipient: "Lakeview University", honor: "provincial teaching award" },
        { recipient: "Lakeview University", honor: "national science and technology award" },
        { recipient: "Lakeview Tech", honor: "high-tech enterprise certificate" },
      ],
    },
  },
  {
    name: "'Zentorra and Vexlo ranked among the X': bare names before a verb of ranking are the holders",
    text: "Brand Ranking\n\nZentorra and Vexlo ranked among the Tarn Top 100 Most Valuable Brands.",
    expect: {
      conferrals: [
        { recipient: "Zentorra", honor: "Tarn Top 100 Most Valuable Brands" },
        { recipient: "Vexlo", honor: "Tarn Top 100 Most Valuable Brands" },
      ],
    },
  },
  {
    name: "'Winter Harbour, directed by Ma Lin, won the X': a title opening the sentence, then who made it, is the work",
    text: "Film Awards\n\nWinter Harbour, directed by Ma Lin, won the Golden Kite Award for Best Picture.",
    expect: {
      conferrals: [{ recipient: "Winter Harbour", honor: "Golden Kite Award for Best Picture" }],
    },
  },
  {
    name: "guard: 'Both leading actresses of the romantic drama Silver Tide shared the award': the film is where, not who",
    text: "Film Awards\n\nBoth leading actresses of the romantic drama Silver Tide shared the best actress award.",
    expect: { conferrals: [] },
  },
];

const roundTwentyOneShapes: GenreCase[] = [
  {
    name: "'4 majors, i.e., a, b, c and d, were picked as': fields of study in lower case are holders when the count agrees",
    text: "Teaching News\n\nOur college's 4 majors, i.e., marine biology, landscape design, food science and engineering and port logistics, were picked as provincial first-class undergraduate programme sites.",
    expect: {
      conferrals: [
        "marine biology",
        "landscape design",
        "food science and engineering",
        "port logistics",
      ].map((recipient) => ({
        recipient,
        honor: "provincial first-class undergraduate programme sites",
      })),
    },
  },
  {
    name: "'3 majors, i.e., a, b and radio and film studies': the last two fields split where a whole field stands on the left",
    text: "Teaching News\n\nThe college's 3 majors, i.e., tea science, rural management and radio and film studies, are selected as provincial first-class majors.",
    expect: {
      conferrals: ["tea science", "rural management", "radio and film studies"].map(
        (recipient) => ({ recipient, honor: "provincial first-class majors" }),
      ),
    },
  },
  {
    name: "'8 majors recommended by the college, including ... have been picked as the annual X': 'annual' is no part of the honor",
    text: "Teaching News\n\nEight majors recommended by the college, including marine biology, social work, Spanish, port logistics, crop science, applied chemistry, food science and engineering and tourism management have been picked as the annual provincial key undergraduate majors in 2031.",
    expect: {
      conferrals: [
        "marine biology",
        "social work",
        "Spanish",
        "port logistics",
        "crop science",
        "applied chemistry",
        "food science and engineering",
        "tourism management",
      ].map((recipient) => ({ recipient, honor: "provincial key undergraduate majors" })),
    },
  },
  {
    name: "'3 majors, i.e., a and b': a lower-case list that does not agree with its count names no holder",
    text: "Teaching News\n\nThe college's 3 majors, i.e., tea science and rural management, are selected as provincial first-class majors.",
    expect: { conferrals: [] },
  },
  {
    name: "'won the Best Organizer Award and Special Support Award': two titles, each with its head, are two honors",
    text: "Contest News\n\nAt the close, Dongling Group won the Best Organizer Award and Special Support Award.",
    expect: {
      conferrals: [
        { recipient: "Dongling Group", honor: "Best Organizer Award" },
        { recipient: "Dongling Group", honor: "Special Support Award" },
      ],
    },
  },
  {
    name: "'the Science and Education Award and Pioneer Award': 'and' inside a title's modifiers stays in it",
    text: "Contest News\n\nThe Science and Education Award and Pioneer Award went to Ma Lin.",
    expect: {
      conferrals: [
        { recipient: "Ma Lin", honor: "Science and Education Award" },
        { recipient: "Ma Lin", honor: "Pioneer Award" },
      ],
    },
  },
  {
    name: "'The Golden Kite Award went to the film Harbour Lights': a work named after the word for it receives",
    text: "Film Awards\n\nThe Golden Kite Award went to the film Harbour Lights.",
    expect: { conferrals: [{ recipient: "Harbour Lights", honor: "Golden Kite Award" }] },
  },
  {
    name: "', and the special award of the festival was presented to the film Me and My Mother': a second clause's lower-case honor",
    text: "Film Awards\n\nThe top prize drew the most notice, and the special award of the festival was presented to the film Me and My Mother.",
    expect: {
      conferrals: [{ recipient: "Me and My Mother", honor: "special award of the festival" }],
    },
  },
  {
    name: "'were certified as high-tech enterprises successively': the adverb is no part of the honor",
    text: "Company News\n\nRidgeway Metal Company Limited and Lanting Printing Company Limited were certified as high-tech enterprises successively.",
    expect: {
      conferrals: [
        { recipient: "Ridgeway Metal Company Limited", honor: "high-tech enterprises" },
        { recipient: "Lanting Printing Company Limited", honor: "high-tech enterprises" },
      ],
    },
  },
  {
    name: "'The Jingshan ruins in Lanxi Province, western China, are on that list too': a lower-case site, a region aside, the list named before",
    text: "Archaeology News\n\nThe heritage bureau has unveiled the list of China's ten major archaeological finds of 2031. The Jingshan ruins in Lanxi Province, western China, were also included on the list.",
    expect: {
      conferrals: [
        { recipient: "Jingshan Ruins", honor: "China's ten major archaeological finds of 2031" },
      ],
    },
  },
  {
    name: "'The list also includes the Hetian site and the Luoshan tomb site'; 'Also listed was the Qiaoshi site'",
    text: "Archaeology News\n\nThe heritage bureau has unveiled the list of China's ten major archaeological finds of 2031. The list also includes the Hetian site in Yunnan and the Luoshan tomb site in Gansu, among others. Also listed was the Qiaoshi site in Hebei Province, northern China, where the remains of old kilns lie.",
    expect: {
      conferrals: ["Hetian Site", "Luoshan Tomb Site", "Qiaoshi Site"].map((recipient) => ({
        recipient,
        honor: "China's ten major archaeological finds of 2031",
        status: "conferred",
      })),
    },
  },
  {
    name: "'the teacher team led by Professor Chen Guoping ..., while the team led by Zhou Ting': teams named after their leaders hold the prizes",
    text: "Contest News\n\nThe teacher team led by Professor Chen Guoping from the College of Forestry won the national first prize, while the team led by Zhou Ting secured the national third prize.",
    expect: {
      conferrals: [
        {
          recipient: "teacher team led by Professor Chen Guoping",
          honor: "national first prize",
        },
        { recipient: "team led by Zhou Ting", honor: "national third prize" },
      ],
      people: [{ name: "Chen Guoping" }, { name: "Zhou Ting" }],
    },
  },
  {
    name: "'The Guan Ming team of the School of Business, the Li Tianyu team ... and Ma Lan won': a team named by its leader's name",
    text: "Contest News\n\nThe Guan Ming team of the School of Business, the Li Tianyu team of the Teaching Institute, and Ma Lan won the third prize for teaching innovation.",
    expect: {
      conferrals: ["Guan Ming team", "Li Tianyu team", "Ma Lan"].map((recipient) => ({
        recipient,
        honor: "third prize for teaching innovation",
      })),
    },
  },
  {
    name: "'Professor Xu Jinlei's team won'; 'Guo Ting and his team won': the team, not the professor, holds the medal",
    text: "Invention Fair\n\nProfessor Xu Jinlei's team won a gold medal. Professor Guo Ting and his team won the silver medal.",
    expect: {
      conferrals: [
        { recipient: "Professor Xu Jinlei's team", honor: "gold medal" },
        { recipient: "Professor Guo Ting and his team", honor: "silver medal" },
      ],
    },
  },
  {
    name: "'The Chen Guoping team members and Ma Lan won': the members of a team name no team",
    text: "Contest News\n\nThe Chen Guoping team members and Ma Lan won the third prize for teaching innovation.",
    expect: {
      conferrals: [{ recipient: "Ma Lan", honor: "third prize for teaching innovation" }],
    },
  },
  {
    name: "'announced the third batch of 21 national second-grade museums, including A, B and C': the count is the batch's size",
    text: "Museum News\n\nThe bureau announced the third batch of 21 national second-grade museums, including the Hetian Museum, the Lanxi Museum and the Qiao Museum.",
    expect: {
      conferrals: ["Hetian Museum", "Lanxi Museum", "Qiao Museum"].map((recipient) => ({
        recipient,
        honor: "national second-grade museums",
        batch: "third",
      })),
    },
  },
  {
    name: "'issued the first batch of 64 X, including A'; 'issued a notice on X, including A' names no holder",
    text: "Museum News\n\nOn 16 May 2031, the bureau issued the first batch of 64 provincial model museums, including the Hetian Museum. Later the bureau issued a notice on the museums, including the Lanxi Museum and the Qiao Museum.",
    expect: {
      conferrals: [{ recipient: "Hetian Museum", honor: "provincial model museums" }],
    },
  },
  {
    name: "'listed in the second batch of 12 research bases under the National Centre of X': the body it is under is no part of the honor",
    text: "Hospital News\n\nIn August 2031, Lanxi Hospital was listed in the second batch of 12 clinical data research bases under the National Centre of Health Statistics.",
    expect: {
      conferrals: [{ recipient: "Lanxi Hospital", honor: "clinical data research bases" }],
    },
  },
  {
    name: "'Two enterprises in our city, Hetian Steel and Lanxi Paper, were recognized as': bare names after a count of bodies are those bodies",
    text: "Industry News\n\nTwo enterprises in our city, Hetian Steel and Lanxi Paper, were recognized as provincial green factories.",
    expect: {
      conferrals: ["Hetian Steel", "Lanxi Paper"].map((recipient) => ({
        recipient,
        honor: "provincial green factories",
      })),
      organizations: ["Hetian Steel", "Lanxi Paper"],
    },
  },
  {
    name: "'the team from the School of Arts won'; 'the innovation team of Lanxi Power Company won': a body's team holds the prize",
    text: "Contest News\n\nThe team from the School of Arts won the third prize, while the innovation team of Lanxi Power Company won the first prize.",
    expect: {
      conferrals: [
        { recipient: "team from the School of Arts", honor: "third prize" },
        { recipient: "innovation team of Lanxi Power Company", honor: "first prize" },
      ],
      organizations: ["School of Arts", "Lanxi Power Company"],
    },
  },
  {
    name: "'Lanxi Power Company's innovation team won': the team, with the company as its owner",
    text: "Contest News\n\nLanxi Power Company's innovation team won the title of Provincial Worker Pioneer.",
    expect: {
      conferrals: [
        {
          recipient: "Lanxi Power Company's innovation team",
          honor: "Provincial Worker Pioneer",
        },
      ],
      organizations: ["Lanxi Power Company"],
    },
  },
  {
    name: "'Professor Guo Ting and his team from Lanxi University won': the team is the professor's",
    text: "Invention Fair\n\nProfessor Guo Ting and his team from Lanxi University won a gold medal.",
    expect: {
      conferrals: [{ recipient: "Professor Guo Ting and his team", honor: "gold medal" }],
    },
  },
  {
    name: "'Lanxi Tea was registered as X'; 'the Qiaoshan cemetery was inscribed on the World Heritage List'",
    text: "Heritage News\n\nLanxi Tea was registered as a national geographical indication product. In July, the Qiaoshan cemetery was inscribed on the World Heritage List.",
    expect: {
      conferrals: [
        { recipient: "Lanxi Tea", honor: "national geographical indication product" },
        { recipient: "Qiaoshan Cemetery", honor: "World Heritage List" },
      ],
    },
  },
  {
    name: "'the second prize of the X Award for the project \"Y\"': what the prize is for ends a named honor",
    text: 'Science Awards\n\nMa Lin was awarded the second prize of the Lanxi Science and Technology Progress Award for the project "Clean Water Pumps".',
    expect: {
      someConferrals: [
        {
          recipient: "Ma Lin",
          honor: "second prize of the Lanxi Science and Technology Progress Award",
        },
      ],
    },
  },
  {
    name: "'The ministry named 50 X. Among them, A and B are from our province.': the holders of the honor just named",
    text: "Base News\n\nThe ministry named 50 national demonstration bases. Among them, the Hetian Museum and the Lanxi Library are from our province.",
    expect: {
      conferrals: ["Hetian Museum", "Lanxi Library"].map((recipient) => ({
        recipient,
        honor: "national demonstration bases",
      })),
    },
  },
  {
    name: "'Among them, A won the gold medal': a sentence that names its own honor keeps it",
    text: "Fair News\n\nThe ministry named 50 national demonstration bases. Among them, the Hetian Museum won the gold medal.",
    expect: {
      conferrals: [{ recipient: "Hetian Museum", honor: "gold medal" }],
    },
  },
  {
    name: "surnames Nong, Weng, Yun and Xun open Chinese names",
    text: "Teacher Awards\n\nThis year's winners include Nong Jiabo, Weng Lixin, Yun Tao and Xun Meili.",
    expect: {
      people: [
        { name: "Nong Jiabo" },
        { name: "Weng Lixin" },
        { name: "Yun Tao" },
        { name: "Xun Meili" },
      ],
    },
  },
];

const roundNineteenShapes: GenreCase[] = [
  {
    name: "'won a Special Prize, two First Prizes and 4 Second Prizes': each ranked prize of a tally (prize-tally)",
    text: "Contest Results\n\nAfter two years of work, Tarnwick University won a Special Prize, two First Prizes, 4 Second Prizes and one Third Prize.",
    expect: {
      conferrals: [
        { recipient: "Tarnwick University", honor: "Special Prize" },
        { recipient: "Tarnwick University", honor: "First Prizes" },
        { recipient: "Tarnwick University", honor: "Second Prizes" },
        { recipient: "Tarnwick University", honor: "Third Prize" },
      ],
    },
  },
  {
    name: "'won two gold medals, one silver medal and three bronze medals' in lower case (prize-tally)",
    text: "Fair Report\n\nAt the fair in Geneva, Velmora Polytechnic won two gold medals, one silver medal and three bronze medals.",
    expect: {
      conferrals: [
        { recipient: "Velmora Polytechnic", honor: "gold medals" },
        { recipient: "Velmora Polytechnic", honor: "silver medal" },
        { recipient: "Velmora Polytechnic", honor: "bronze medals" },
      ],
    },
  },
  {
    name: "'won 12 awards, of which three were first prizes and nine were second prizes' (prize-tally)",
    text: "Teaching Awards\n\nThe Tarn Education Bureau announced its teaching awards, and Lakeshore Normal College won 12 awards, of which three were first prizes and nine were second prizes.",
    expect: {
      someConferrals: [
        { recipient: "Lakeshore Normal College", honor: "first prizes" },
        { recipient: "Lakeshore Normal College", honor: "second prizes" },
      ],
    },
  },
  {
    name: "'X's six projects won awards from the Bureau, two first prizes and four second prizes': the owner holds them, the Bureau gave them (prize-tally)",
    text: "Teaching Awards\n\nLast week, Hollin Institute of Technology's six teaching projects won awards from the Tarn Provincial Education Department, two first prizes and four second prizes.",
    expect: {
      conferrals: [
        {
          recipient: "Hollin Institute of Technology",
          honor: "first prizes",
          issuers: ["Tarn Provincial Education Department"],
        },
        {
          recipient: "Hollin Institute of Technology",
          honor: "second prizes",
          issuers: ["Tarn Provincial Education Department"],
        },
      ],
    },
  },
  {
    name: "'won a second prize of the X Award': a prize of a named award is not a tally item (guard)",
    text: "Year in Review\n\nThe Tarn Hospital won a second prize of the Lakeland Award for Medical Progress, and opened two wards.",
    expect: {
      conferrals: [
        {
          recipient: "Tarn Hospital",
          honor: "second prize of the Lakeland Award for Medical Progress",
        },
      ],
    },
  },
  {
    name: "'handed certificates to the winners of the X: A, B and C' mid-sentence (winners-of-list)",
    text: "Ceremony\n\nOn Friday the dean handed certificates to the winners of the Tarn Teaching Star Award: Hu Lanying, Qiao Wenbo and Meng Ruixue.",
    expect: {
      conferrals: [
        { recipient: "Hu Lanying", honor: "Tarn Teaching Star Award" },
        { recipient: "Qiao Wenbo", honor: "Tarn Teaching Star Award" },
        { recipient: "Meng Ruixue", honor: "Tarn Teaching Star Award" },
      ],
    },
  },
  {
    name: "'gave trophies to the winners of this session \"X\" including A and B' (winners-of-list)",
    text: 'Youth Day\n\nThe president and two vice presidents gave trophies to the winners of this session "Lin Qiao Young Talent Award" including Du Hanmei and Kong Zhiyuan.',
    expect: {
      conferrals: [
        { recipient: "Du Hanmei", honor: "Lin Qiao Young Talent Award" },
        { recipient: "Kong Zhiyuan", honor: "Lin Qiao Young Talent Award" },
      ],
    },
  },
  {
    name: "'met the winners of the robot contest, including A and B': a contest in lower case is no honor (guard)",
    text: "Visit\n\nThe mayor met the winners of the robot contest, including Tarnwick University and Hollin College.",
    expect: { conferrals: [] },
  },
  {
    name: "'The museum was rated as X' after a Memorial Hall: a short form stands for a name of a head its kind allows",
    text: "Heritage News\n\nThe Tarnfield Memorial Hall stands on the east bank of the river. The museum was rated as a national first-class museum last year.",
    expect: {
      conferrals: [{ recipient: "Tarnfield Memorial Hall", honor: "national first-class museum" }],
    },
  },
  {
    name: "'the company' after 'X Co., Ltd.' in an earlier sentence holds what it was named",
    text: "Business\n\nVelmora Pump Technology Co., Ltd. makes valves for farms. In 2022 the company was recognized as a national high-tech enterprise.",
    expect: {
      conferrals: [
        {
          recipient: "Velmora Pump Technology Co., Ltd.",
          honor: "national high-tech enterprise",
        },
      ],
    },
  },
  {
    name: "'X was the company that grew fastest': a short form after the verb holds nothing (guard)",
    text: "Rankings\n\nTarn Steel Group ranked third. Hollin Trade Holding was the company that grew fastest in sales.",
    expect: { conferrals: [] },
  },
  {
    name: "'our company was selected as X' with no name to refer to: the publisher, named as it names itself",
    text: "Good News\n\nThis spring, our company was selected as a Tarn Provincial Green Factory by the Tarn Department of Industry.",
    expect: {
      conferrals: [{ recipient: "our company", honor: "Tarn Provincial Green Factory" }],
    },
  },
  {
    name: "'the Company won X' in a release that never names itself",
    text: "Quality Month\n\nAt the national contest, the Company won the first prize of the Tarn Quality Circle Award.",
    expect: {
      conferrals: [{ recipient: "Company", honor: "first prize of the Tarn Quality Circle Award" }],
    },
  },
  {
    name: "a headline's 'Our school' stands for the school named right after it",
    text: "Our school was named a Tarn Model Collective\n\nThe Middle School Attached to Hollin University held a ceremony on Monday to mark the title.",
    expect: {
      conferrals: [
        {
          recipient: "Middle School Attached to Hollin University",
          honor: "Tarn Model Collective",
        },
      ],
    },
  },
  {
    name: "'the Cardiology Department of our hospital was selected': the hospital only says whose (guard)",
    text: "News\n\nRecently, the cardiology department of our hospital was selected as a Tarn Key Clinical Specialty.",
    expect: { conferrals: [] },
  },
  {
    name: "'Gansu four seas Valve Co., Ltd.': a translated company name keeps its lower-case words back to its place",
    text: "Green Factories\n\nThe list includes Gansu four seas Valve Co., Ltd. and Hollin Paper Co., Ltd.",
    expect: {
      organizations: ["Gansu four seas Valve Co., Ltd.", "Hollin Paper Co., Ltd."],
      notOrganizations: ["Valve Co., Ltd."],
    },
  },
  {
    name: "'The honors X has won include A and B' (honors-it-won)",
    text: "Profile\n\nThe honors Tarnfield Hospital has won include the Golden Lamp Award and the Hill Medal for Nursing.",
    expect: {
      conferrals: [
        { recipient: "Tarnfield Hospital", honor: "Golden Lamp Award" },
        { recipient: "Tarnfield Hospital", honor: "Hill Medal for Nursing" },
      ],
    },
  },
  {
    name: "'X stood out from 300 schools and won the Y title'",
    text: "School News\n\nHollin Middle School stood out from 300 schools and won the Tarn Green School title.",
    expect: { conferrals: [{ recipient: "Hollin Middle School", honor: "Tarn Green School" }] },
  },
  {
    name: "'X appeared on the list of Y'",
    text: "Lists\n\nHollin Middle School appeared on the list of Tarn Green Schools.",
    expect: { conferrals: [{ recipient: "Hollin Middle School", honor: "Tarn Green Schools" }] },
  },
  {
    name: "'The bureau proposed 24 units as X, including A and B': proposed, the bureau proposing (honor-then-list)",
    text: "Notice\n\nThe Tarn Culture Bureau proposed 24 units as provincial heritage demonstration bases, including Hollin Kiln Museum and Tarnfield Library.",
    expect: {
      conferrals: [
        {
          recipient: "Hollin Kiln Museum",
          honor: "provincial heritage demonstration bases",
          status: "proposed",
          issuers: ["Tarn Culture Bureau"],
        },
        {
          recipient: "Tarnfield Library",
          honor: "provincial heritage demonstration bases",
          status: "proposed",
          issuers: ["Tarn Culture Bureau"],
        },
      ],
    },
  },
  {
    name: "'X is one of the candidates for the Y': proposed (nominated-for)",
    text: "Notice\n\nHollin Kiln Museum is one of the candidates for the Tarn Heritage Quality Award.",
    expect: {
      conferrals: [
        {
          recipient: "Hollin Kiln Museum",
          honor: "Tarn Heritage Quality Award",
          status: "proposed",
        },
      ],
    },
  },
  {
    name: "'The mayor presented the X to A': whoever hands it over (presented-to)",
    text: "Ceremony\n\nOn Friday the mayor presented the Golden Kiln Award to Hollin Pottery Company.",
    expect: { conferrals: [{ recipient: "Hollin Pottery Company", honor: "Golden Kiln Award" }] },
  },
  {
    name: "'The bureau presented A and B with the X': the named body hands it over (presented-to)",
    text: "Ceremony\n\nThe Tarn Culture Bureau presented Hollin Pottery Company and Tarnfield Library with the Golden Kiln Award.",
    expect: {
      conferrals: [
        {
          recipient: "Hollin Pottery Company",
          honor: "Golden Kiln Award",
          issuers: ["Tarn Culture Bureau"],
        },
        {
          recipient: "Tarnfield Library",
          honor: "Golden Kiln Award",
          issuers: ["Tarn Culture Bureau"],
        },
      ],
    },
  },
  {
    name: "'The jury awarded A the X': two objects, the holder first (presented-to)",
    text: "Results\n\nThe jury awarded Hollin Pottery Company the Golden Kiln Award.",
    expect: { conferrals: [{ recipient: "Hollin Pottery Company", honor: "Golden Kiln Award" }] },
  },
  {
    name: "'presented the certificates to A': certificates are no honor (guard)",
    text: "Ceremony\n\nThe mayor presented the certificates to Hollin Pottery Company.",
    expect: { conferrals: [] },
  },
  {
    name: "'X is the first school in the province to win the Y' (first-to-win)",
    text: "School News\n\nHollin Middle School is the first school in the province to win the Golden Kiln Award.",
    expect: { conferrals: [{ recipient: "Hollin Middle School", honor: "Golden Kiln Award" }] },
  },
  {
    name: "'X is the first school to offer Y' wins nothing (guard)",
    text: "School News\n\nHollin Middle School is the first school in the province to offer a Tarn Robotics Course.",
    expect: { conferrals: [] },
  },
  {
    name: "'A shared the X with B': both hold it (shared-with)",
    text: "Results\n\nHollin Middle School shared the Golden Kiln Award with Tarnfield Library.",
    expect: {
      conferrals: [
        { recipient: "Hollin Middle School", honor: "Golden Kiln Award" },
        { recipient: "Tarnfield Library", honor: "Golden Kiln Award" },
      ],
    },
  },
  {
    name: "'A won the X with its design': 'with' a thing names no partner (guard)",
    text: "Results\n\nHollin Middle School won the Golden Kiln Award with its Tarn Tea Set.",
    expect: { conferrals: [{ recipient: "Hollin Middle School", honor: "Golden Kiln Award" }] },
  },
  {
    name: "'A and B tied for the X'",
    text: "Results\n\nHollin Middle School and Tarnfield Library tied for the Golden Kiln Award.",
    expect: {
      conferrals: [
        { recipient: "Hollin Middle School", honor: "Golden Kiln Award" },
        { recipient: "Tarnfield Library", honor: "Golden Kiln Award" },
      ],
    },
  },
  {
    name: "'received a plaque reading \"X\"', 'was given a certificate of X': the plaque names the honor",
    text: 'Plaques\n\nHollin Middle School received a plaque reading "Tarn Green School". Tarnfield Library was given a certificate of provincial reading demonstration base.',
    expect: {
      conferrals: [
        { recipient: "Hollin Middle School", honor: "Tarn Green School" },
        { recipient: "Tarnfield Library", honor: "provincial reading demonstration base" },
      ],
    },
  },
];

const roundTwentyTwoShapes: GenreCase[] = [
  {
    name: "the last resort gives every honor of a sentence to its one possible holder",
    text: "Museum News\n\nSince its founding, the Lanxi Glass Museum has received visitors from forty countries; its honors include the National Patriotic Education Base and the Provincial Science Popularization Base.",
    expect: {
      conferrals: [
        "National Patriotic Education Base",
        "Provincial Science Popularization Base",
      ].map((honor) => ({ recipient: "Lanxi Glass Museum", honor })),
    },
  },
  {
    name: "guard: several honors and several possible holders in one sentence: who won which is unsaid",
    text: "Business News\n\nSince 2001, Hemu Bank and Lanxi Paper have received visitors from forty countries; honors include the National Quality Award and the Provincial Brand Prize.",
    expect: { conferrals: [] },
  },
  {
    name: "bulleted 'Best X: winner' lines under any line ending in a colon are a list of winners by category",
    text: "Film News\n\nThe 40th Silver Crane Film Awards were presented in Hemu on Saturday.\n\nThe night in brief:\n\n  \u2022 Best Feature Film: Autumn Road\n  \u2022 Best Direction: Chen Rui-Autumn Road\n  - Best Actor: Ma Ke-Spring Rain\n",
    expect: {
      conferrals: [
        { recipient: "Autumn Road", honor: "Best Feature Film" },
        { recipient: "Chen Rui", honor: "Best Direction" },
        { recipient: "Ma Ke", honor: "Best Actor" },
      ],
    },
  },
  {
    name: "guard: a hyphen inside a one-word given name ('Mei-Lan Chen') glues no work to the person",
    text: "Film News\n\nThe 40th Silver Crane Film Awards were presented in Hemu on Saturday.\n\nThe night in brief:\n\n  \u2022 Best Actress: Mei-Lan Chen\n  \u2022 Best Feature Film: Autumn Road\n",
    expect: {
      conferrals: [
        { recipient: "Mei-Lan Chen", honor: "Best Actress" },
        { recipient: "Autumn Road", honor: "Best Feature Film" },
      ],
    },
  },
  {
    name: "'N firms were chosen on this list, that is, A, B and C' take the honor the text named before",
    text: "Three Lanxi Firms Named Top 50 Green Pioneers\n\nLately, the Hemu Institute released the Top 50 Green Pioneers 2031, its fifth annual report. Three firms of our province were chosen on this list, that is, Lanxi Paper Group, Hemu Glass Company and Qiantang Steel Corporation.",
    expect: {
      conferrals: ["Lanxi Paper Group", "Hemu Glass Company", "Qiantang Steel Corporation"].map(
        (recipient) => ({ recipient, honor: "Top 50 Green Pioneers 2031" }),
      ),
    },
  },
  {
    name: "'four more 3A grade nature parks were approved' then 'The four are said to be A, B, C and D': the counted title is the honor",
    text: "Hemu gains nature parks\n\nThe Hemu Forestry Office says four more 3A grade nature parks were approved this spring.\n\nThe four are said to be Lanxi Lake Park, Hemu Stone Forest, Yutan Valley and Pine Cloud Gorge.",
    expect: {
      conferrals: ["Lanxi Lake Park", "Hemu Stone Forest", "Yutan Valley", "Pine Cloud Gorge"].map(
        (recipient) => ({ recipient, honor: "3A grade nature parks" }),
      ),
    },
  },
  {
    name: "'received a prize in the X category', 'were granted the prize in the Y category', 'is the winner in the Z category': the prize the text is about",
    text: "Science News\n\nThe Lanxi Prize was founded in 2016 by a group of donors.\n\nChen Rui received a prize in the ocean science category for work on tides.\n\nMa Ke and Ding Lan were both granted the prize in the chemistry category.\n\nHe Lin is the winner in the astronomy category.",
    expect: {
      conferrals: ["Chen Rui", "Ma Ke", "Ding Lan", "He Lin"].map((recipient) => ({
        recipient,
        honor: "Lanxi Prize",
      })),
    },
  },
  {
    name: "guard: 'a prize in the essay category' with no prize named before names no honor",
    text: "Campus News\n\nChen Rui won a prize in the essay category at the spring fair.",
    expect: { conferrals: [] },
  },
  {
    name: "'A has won 6 awards in the contest. There is one second prize and four third prizes.': the tally of the sentence before",
    text: "Campus News\n\nLanxi Normal University has won 5 national awards in the robot contest! There is one second prize and four third prizes.",
    expect: {
      conferrals: [
        { recipient: "Lanxi Normal University", honor: "second prize" },
        { recipient: "Lanxi Normal University", honor: "third prizes" },
      ],
    },
  },
  {
    name: "guard: 'There are two first prizes' after a sentence that counts no awards won names no holder",
    text: "Campus News\n\nLanxi Normal University hosted the robot contest in May. There are two first prizes and four third prizes.",
    expect: { conferrals: [] },
  },
  {
    name: "teams with their members in brackets: 'A's teacher team (members: B, C) took X and D's research team (members: E) took Y'; 'the F team of teachers'",
    text: "Campus News\n\nMa Ke's teacher team (members: He Lin, Lu Fang) took the Hemu Young Faculty Prize and Ding Lan's research team (members: Chen Rui, Wu Tao) took the Hemu Senior Faculty Prize.\n\nThe Yu Min team of teachers (members: Gao Jie, Sun Li) took the Qiantang Classroom Prize.",
    expect: {
      conferrals: [
        { recipient: "Ma Ke's teacher team", honor: "Hemu Young Faculty Prize" },
        { recipient: "Ding Lan's research team", honor: "Hemu Senior Faculty Prize" },
        { recipient: "Yu Min team of teachers", honor: "Qiantang Classroom Prize" },
      ],
    },
  },
  {
    name: "a bracketed aside between a holder and 'won': 'Lanxi University (with A and B) won X' (the people in brackets hold nothing)",
    text: "Campus News\n\nLanxi University (with Ding Lan and Ma Ke) won the Hemu Teaching Prize.",
    expect: {
      conferrals: [{ recipient: "Lanxi University", honor: "Hemu Teaching Prize" }],
    },
  },
  {
    name: "'A won the X Prize and B won the Y Prize': the second clause has its own holder",
    text: "Campus News\n\nLanxi University won the Hemu Lecturer Prize and Qiantang University won the Hemu Professor Prize.",
    expect: {
      conferrals: [
        { recipient: "Lanxi University", honor: "Hemu Lecturer Prize" },
        { recipient: "Qiantang University", honor: "Hemu Professor Prize" },
      ],
    },
  },
  {
    name: "'the 2031 Lanxi Awards Ceremony ... held on March 19': an event named after its awards dates the conferrals after it",
    text: "Medical News\n\nThe 2031 Lanxi Awards Ceremony was held in Hemu on March 19.\n\nChen Rui won the Golden Scalpel Award.",
    expect: {
      events: [{ name: "2031 Lanxi Awards Ceremony", kind: "Ceremony", date: "2031-03-19" }],
      conferrals: [{ recipient: "Chen Rui", honor: "Golden Scalpel Award", date: "2031-03-19" }],
    },
  },
  {
    name: "'On May 8, the 3rd public health gala of \"X\", hosted by A and B, was held': a lower-case event, with its hosts, dates the winners listed after it, however far down",
    text: 'Medical News\n\nOn May 8, 2031, the 3rd public health gala of "Caring Hearts", hosted by the Lanxi Medical Association and the Hemu Health Foundation, was held in Hemu.\n\nThis year, forty doctors won awards.\n\nThe guests praised the work of rural clinics.\n\nThe volunteers told stories of mountain villages.\n\nChen Rui won the Golden Scalpel Award.',
    expect: {
      events: [
        {
          kind: "Ceremony",
          date: "2031-05-08",
          organizers: ["Lanxi Medical Association", "Hemu Health Foundation"],
        },
      ],
      conferrals: [{ recipient: "Chen Rui", honor: "Golden Scalpel Award", date: "2031-05-08" }],
    },
  },
  {
    name: "'Recently, the 2031 Lanxi Film Festival was held': the year in an event's name dates it and the winners after it",
    text: "Film News\n\nRecently, the 2031 Lanxi Film Festival was held in Hemu.\n\nChen Rui won the best director award for Autumn Road.",
    expect: {
      conferrals: [{ recipient: "Chen Rui", honor: "best director award", date: "2031" }],
    },
  },
  {
    name: "'X Ancient Town' and 'Y Old Town' in a list of sites are items, not the address of the site before them",
    text: "Hemu adds five scenic areas\n\nThe Hemu Tourism Office says five more 4A grade scenic areas were approved this spring.\n\nThe five are Lanxi Lake Museum, Qiantang Old Town, Yutan Valley Scenic Spot, Hemu Ancient Town and Pine Cloud Gorge.",
    expect: {
      conferrals: [
        "Lanxi Lake Museum",
        "Qiantang Old Town",
        "Yutan Valley Scenic Spot",
        "Hemu Ancient Town",
        "Pine Cloud Gorge",
      ].map((recipient) => ({ recipient, honor: "4A grade scenic areas" })),
    },
  },
  {
    name: "'72 cities in 46 countries, including A, B and C, have been recognized as X': the count is the cohort's size",
    text: "World News\n\nLately 72 cities in 46 countries, including Lanxi, Hemu and Qiantang, have been recognized as members of the Global Network of Green Cities.",
    expect: {
      conferrals: ["Lanxi", "Hemu", "Qiantang"].map((recipient) => ({
        recipient,
        honor: "Global Network of Green Cities",
        cohortSize: 72,
      })),
    },
  },
  {
    name: "guard: 'Four counties of our province, including A and B, were named among the top 100 X': the ranking's size, not the local count",
    text: "County News\n\nFour counties of our province, including Lanxi County and Hemu County, were named among the top 100 green counties of China.",
    expect: {
      conferrals: ["Lanxi County", "Hemu County"].map((recipient) => ({
        recipient,
        honor: "top 100 green counties of China",
        cohortSize: 100,
      })),
    },
  },
  {
    name: "'on the morning of 24th' (no article) is a day of the publication's month",
    text: "School News\n\nThe commendation gala of Lanxi model teachers was held in Hemu on the morning of 24th.\n\nChen Rui won the Golden Chalk Award.",
    publicationDate: "2031-06-02",
    expect: {
      conferrals: [{ recipient: "Chen Rui", honor: "Golden Chalk Award", date: "2031-05-24" }],
    },
  },
];

const roundTwentyThreeShapes: GenreCase[] = [
  {
    name: "'The Gold Award winners were A (Hong Kong) Limited (category), B and C': a bracketed two-word place inside a company's name",
    text: "Industry News\n\nThe Gold Award winners were Lanxi Paper (Hong Kong) Limited (paper design), Hemu Glass (Asia Pacific) Limited (glass craft) and Qiantang Steel Company Limited (steel making).",
    expect: {
      conferrals: [
        "Lanxi Paper (Hong Kong) Limited",
        "Hemu Glass (Asia Pacific) Limited",
        "Qiantang Steel Company Limited",
      ].map((recipient) => ({ recipient, honor: "Gold Award" })),
    },
  },
  {
    name: '\'the TV series "X"\' names a work, and "X" quoted again later is that work',
    text: 'Film News\n\nThe TV series "Hemu Nights" became the top winner of the evening.\n\nAfter two years of filming, "Hemu Nights" drew praise for its light, and went on to win the Best Stage Award and the Best Sound Award.',
    expect: {
      conferrals: [
        { recipient: "Hemu Nights", honor: "Best Stage Award" },
        { recipient: "Hemu Nights", honor: "Best Sound Award" },
      ],
    },
  },
  {
    name: "'Best Pine TV Series Award', 'AI Effects Award': a medium or field in capitals is a word of the honor's name",
    text: "Awards News\n\nThe drama Lanxi Spring took three awards, including the Best Pine TV Series Award, the AI Effects Award and the Best Music Award.",
    expect: {
      conferrals: ["Best Pine TV Series Award", "AI Effects Award", "Best Music Award"].map(
        (honor) => ({ recipient: "Lanxi Spring", honor }),
      ),
    },
  },
  {
    name: "'Chow Tak-ming', 'Lo Kin-wah': a romanized surname first, then a hyphenated given name",
    text: "Honours List\n\nFour people - Judge Mary Fong, Chow Tak-ming, Lo Kin-wah and Choi Wing-sze - received the Silver Lotus Medal.",
    expect: {
      conferrals: ["Mary Fong", "Chow Tak-ming", "Lo Kin-wah", "Choi Wing-sze"].map(
        (recipient) => ({ recipient, honor: "Silver Lotus Medal" }),
      ),
    },
  },
  {
    name: "a quoted phrase after 'honorary title' is an honor whatever its head",
    text: 'Honors News\n\nThe state honorary title, the "Guardian of Rivers", was conferred on Ma Ke. Ding Lan won the title of "Lanxi Lamp".',
    expect: {
      conferrals: [
        { recipient: "Ma Ke", honor: "Guardian of Rivers" },
        { recipient: "Ding Lan", honor: "Lanxi Lamp" },
      ],
    },
  },
  {
    name: "a caption names the winners right after the honor: 'Recipients of the X Medal A (left), B and C'",
    text: "Photo News\n\nRecipients of the Hemu Valor Medal Chen Rui (left), Ma Ke (center) and Ding Lan (right) at the meeting in Lanxi.",
    expect: {
      conferrals: ["Chen Rui", "Ma Ke", "Ding Lan"].map((recipient) => ({
        recipient,
        honor: "Hemu Valor Medal",
      })),
    },
  },
  {
    name: "guard: 'The winners of the X, A said, ...': one body after a comma is no caption's list",
    text: "School News\n\nThe winners of the Hemu Reading Prize, Lanxi Middle School said, will visit the library.",
    expect: { conferrals: [] },
  },
  {
    name: "'became the eighth X to be selected as a laureate of the Y in City on Tuesday': the honor is Y",
    text: "Science News\n\nDing Lan became the eighth Asian chemist to be selected as a laureate of the Hemu For Women in Chemistry Awards in Lanxi on Tuesday.",
    expect: {
      conferrals: [{ recipient: "Ding Lan", honor: "Hemu For Women in Chemistry Awards" }],
    },
  },
  {
    name: "guard: a dateline in capitals ('LANXI - ...') is no holder of the last resort",
    text: 'Women\u2019s News\n\nLANXI - The Hemu Women\u2019s Union has granted 12 women the title of "Lanxi Pathfinder Woman", a national honor, the union said on Friday.',
    expect: { conferrals: [] },
  },
  {
    name: "'July 1, 2031' on a line of its own under the headline is the publication date: 'today' is that day",
    text: "Honours News\n\nJuly 1, 2031\n\nThe Governor today awarded the Lotus Star to Ma Ke for public service.",
    expect: {
      conferrals: [{ recipient: "Ma Ke", honor: "Lotus Star", date: "2031-07-01" }],
    },
  },
  {
    name: "a labelled date far along a page's stamp line ('... | Source: X | Date:2031-04-01') dates the page",
    text: "Hospital News\n\nAuthor:WU LAN | Reviewer:WU LAN | Editor:WU LAN | Source:LANXI HOSPITAL OFFICE | Date:2031-04-01 | Views:\n\nThe result of the 2029 hospital evaluation was revealed Tuesday March 30. Lanxi Hospital was again accredited as an A++ hospital.",
    expect: {
      conferrals: [{ recipient: "Lanxi Hospital", honor: "A++ hospital", date: "2031-03-30" }],
    },
  },
  {
    name: "the lead's one year ('were elected ... in 2031') dates the story's undated conferrals",
    text: "Academy News\n\nSixteen scientists were elected foreign members of the Pine Academy in 2031.\n\nThe Lanxi Salt Museum, which stands in an old warehouse, was named a Provincial Heritage Unit.",
    expect: {
      conferrals: [
        { recipient: "Lanxi Salt Museum", honor: "Provincial Heritage Unit", date: "2031" },
      ],
    },
  },
  {
    name: "guard: the lead's year does not date a paragraph that tells of other years",
    text: "Academy News\n\nSixteen scientists were elected foreign members of the Pine Academy in 2031.\n\nThe Lanxi Salt Museum, which opened in 1990 in an old warehouse, was named a Provincial Heritage Unit.",
    expect: {
      conferrals: [
        { recipient: "Lanxi Salt Museum", honor: "Provincial Heritage Unit", date: null },
      ],
    },
  },
  {
    name: "an undated sentence takes the one date of the conferrals of the sentence before it in its paragraph",
    text: 'Garden News\n\nAccording to the relevant documents of the Pine Provincial Government in 2030, the cities of Lanxi and Hemu were entitled as "Provincial Garden City". The counties of Yutan and Qiantang were honored as "Provincial Garden County".',
    expect: {
      conferrals: [
        { recipient: "Lanxi City", honor: "Provincial Garden City", date: "2030" },
        { recipient: "Hemu City", honor: "Provincial Garden City", date: "2030" },
        { recipient: "Yutan County", honor: "Provincial Garden County", date: "2030" },
        { recipient: "Qiantang County", honor: "Provincial Garden County", date: "2030" },
      ],
    },
  },
  {
    name: "'A,academician of X Academy and president of Y (LUG) attended': the title held ends where the post after 'and' begins",
    text: "Science News\n\nMa Ke,academician of Pine Academy of Sciences and president of Lanxi University of Geosciences (LUG) attended the meeting.",
    expect: {
      conferrals: [{ recipient: "Ma Ke", honor: "academician of Pine Academy of Sciences" }],
    },
  },
  {
    name: "'passed the on-site evaluation for the creation of a Grade-A3 clinic': passing a review that confers the rating; a day range within one month dates it to the month",
    text: "Hospital News\n\nOn September 18-21, 2030, the Lanxi Clinic passed the on-site evaluation for the creation of a Grade-A3 clinic, which the Pine Health Commission ran.",
    expect: {
      conferrals: [{ recipient: "Lanxi Clinic", honor: "Grade-A3 clinic", date: "2030-09" }],
    },
  },
  {
    name: "guard: 'passed the inspection of the Pine Bureau', '... of the experts': who inspected is no honor",
    text: "School News\n\nLanxi School passed the inspection of the Pine Bureau. Hemu School passed the inspection of the experts.",
    expect: { conferrals: [] },
  },
  {
    name: "'has been the fourth project of X winning the Y Prize': an ordinal past the first and 'winning'",
    text: "Company News\n\nThe Hill Road Project has been the fourth project of Pine Group winning the Lake Civil Engineering Prize.",
    expect: {
      conferrals: [{ recipient: "Hill Road Project", honor: "Lake Civil Engineering Prize" }],
    },
  },
  {
    name: "a competition or festival is an event with editions and winners, not a programme; a carnival stays a programme",
    text: "Science News\n\nThe 17th Pine Cup National Science Competition was held in Lanxi on May 3, 2031, during the Lanxi Science Carnival. Lanxi School won the gold medal of the 17th Pine Cup National Science Competition, and Hemu School won the top prize of the Hemu Film Festival.",
    expect: {
      programmes: ["Lanxi Science Carnival"],
      events: [{ name: "17th Pine Cup National Science Competition", date: "2031-05-03" }],
    },
  },
  {
    name: "'professor Lin has been the fellow of A (since 2003), the academician of B (since 2009)': a titled surname is the person named before; each note's year dates its title",
    text: "Academy News\n\nProfessor Jiahe Lin, president of Pine University, was chosen as a foreign member of the Lake Society on May 1st, 2031.\n\nBefore that, professor Lin has been the fellow of the Hill Society of Physics (since 2003), the academician of the Pine Academy of Sciences (since 2009).",
    expect: {
      conferrals: [
        { recipient: "Jiahe Lin", honor: "foreign member of the Lake Society" },
        { recipient: "Jiahe Lin", honor: "fellow of the Hill Society of Physics", date: "2003" },
        {
          recipient: "Jiahe Lin",
          honor: "academician of the Pine Academy of Sciences",
          date: "2009",
        },
      ],
    },
  },
  {
    name: "'Yan is a member of the X Academy, a professor at Y, the founding president of Z': a surname opening the sentence is the person named before; the posts are no titles",
    text: "Science News\n\nYan Lihua won the Lake Prize for Women in Chemistry on Tuesday.\n\nYan is a member of the Pine Academy of Sciences, a professor at Lanxi University, the founding president of the Hemu Research Institute, and director of the Bay Laboratory.",
    expect: {
      conferrals: [
        { recipient: "Yan Lihua", honor: "Lake Prize for Women in Chemistry" },
        { recipient: "Yan Lihua", honor: "member of the Pine Academy of Sciences" },
      ],
    },
  },
  {
    name: "guard: a surname two people of the text share refers to neither",
    text: "Science News\n\nWu Lan and Wu Fei won the Lake Prize on Tuesday.\n\nProfessor Wu is a member of the Pine Academy of Sciences.",
    expect: {
      conferrals: [
        { recipient: "Wu Lan", honor: "Lake Prize" },
        { recipient: "Wu Fei", honor: "Lake Prize" },
      ],
    },
  },
  {
    name: "'Professor Li Ming is an academician of the X Academy': a title before the holder's name",
    text: "Science News\n\nProfessor Li Ming is an academician of the Pine Academy of Sciences.",
    expect: {
      conferrals: [{ recipient: "Li Ming", honor: "academician of the Pine Academy of Sciences" }],
    },
  },
  {
    name: "'the Group' is how a company's release names itself; 'honors and awards' name no honor",
    text: "Firm News\n\nPine Group makes glass in Lanxi. The Group was selected as a Provincial Model Firm of Smart Making this year. At the Lake Conference of Industry, the Group also got several honors and awards.",
    expect: {
      conferrals: [{ recipient: "Pine Group", honor: "Provincial Model Firm of Smart Making" }],
    },
  },
  {
    name: "guard: 'Many honors and awards were conferred on A': words for honors joined with 'and' name none",
    text: "Industry News\n\nMany honors and awards were conferred on Lanxi Paper Company in May.",
    expect: { conferrals: [] },
  },
];

const roundTwentyFourShapes: GenreCase[] = [
  {
    name: "'A Co., Ltd. (a long note on what it makes), B Co., Ltd. (another) and C were named': long bracketed notes between list members",
    text: "Industry News\n\nHemu Valve Co., Ltd. (mainly engaged in high-pressure valves, pipe fittings and flanges for ships, boilers and chemical plants), Lanxi Pump Co., Ltd. (mainly engaged in deep-well pumps and the control cabinets that drive them) and Pine Motor Co., Ltd. were named as provincial champion products.",
    expect: {
      conferrals: ["Hemu Valve Co., Ltd.", "Lanxi Pump Co., Ltd.", "Pine Motor Co., Ltd."].map(
        (recipient) => ({ recipient, honor: "provincial champion products" }),
      ),
    },
  },
  {
    name: "'recognized as a future unicorn of Lanxi', 'gazelle enterprises': growth tiers of companies are honors",
    text: "Business News\n\nHemu Robot Co., Ltd. has been recognized as a future unicorn of Lanxi since 2030. Pine Sensor Co., Ltd. was selected as one of the gazelle enterprises of the city.",
    expect: {
      conferrals: [
        { recipient: "Hemu Robot Co., Ltd.", honor: "future unicorn of Lanxi" },
        { recipient: "Pine Sensor Co., Ltd.", honor: "gazelle enterprises of the city" },
      ],
    },
  },
  {
    name: "'were inducted as foreign members of the X Academy': induction into a body is its membership",
    text: "Campus News\n\nProfessor Hao Lin and Professor Bo Ming were inducted as foreign members of the Pine Academy of Engineering.",
    expect: {
      conferrals: ["Hao Lin", "Bo Ming"].map((recipient) => ({
        recipient,
        honor: "foreign members of the Pine Academy of Engineering",
      })),
    },
  },
  {
    name: "'A was named X. The names were published by the Y Ministry.': the body that released it, told just after, gave it",
    text: "Village News\n\nReed Village was named a national key village of rural tourism. The names were published by the Pine Ministry of Culture last week.",
    expect: {
      conferrals: [
        {
          recipient: "Reed Village",
          honor: "national key village of rural tourism",
          issuers: ["Pine Ministry of Culture"],
          impliedIssuers: true,
        },
      ],
    },
  },
  {
    name: "'The X Prize is awarded by the Y Society': a sentence that says who gives the honor names the issuer of every conferral of it",
    text: "Book News\n\nThe novelist Wu Di won the Lanxi Fiction Prize for her novel about river boats.\n\nHer friend Bo Ming won a city medal in the same year.\n\nAbout the prize\n\nThe Lanxi Fiction Prize is awarded by the Hemu Writers Society every four years.",
    expect: {
      conferrals: [
        {
          recipient: "Wu Di",
          honor: "Lanxi Fiction Prize",
          issuers: ["Hemu Writers Society"],
          impliedIssuers: true,
        },
      ],
    },
  },
  {
    name: "'academician of the Pine Academy of Sciences': a membership is given by the body it names, not by the one that announced the list",
    text: "Campus News\n\nThe Pine Academy of Engineering and the Pine Academy of Sciences announced their new members on Monday. Professor Hao Lin was elected an academician of the Pine Academy of Sciences.",
    expect: {
      conferrals: [
        {
          recipient: "Hao Lin",
          honor: "academician of the Pine Academy of Sciences",
          issuers: ["Pine Academy of Sciences"],
        },
      ],
    },
  },
  {
    name: "'decided to award 12 young people the X', then one holder named later: the count is the size of the holder's cohort",
    text: "Youth News\n\nThe Pine Youth League decided to award 12 young people the Lake Youth Medal this year.\n\nHao Lin, a teacher from Hill County, won the Lake Youth Medal.",
    expect: {
      conferrals: [{ recipient: "Hao Lin", honor: "Lake Youth Medal", cohortSize: 12 }],
    },
  },
  {
    name: "guard: 'won two first prizes', 'the 1,250 model units': a count of one holder's prizes, or the tail of a longer number, is no cohort",
    text: "Campus News\n\nHill College won two first prizes at the provincial teaching contest.\n\nSince 2001 the province has named 1,250 model units; Lake School was named one of the model units this year.",
    expect: {
      conferrals: [
        { recipient: "Hill College", honor: "first prizes", cohortSize: null },
        { recipient: "Lake School", honor: "model units", cohortSize: null },
      ],
    },
  },
];

const roundTwentyFiveShapes: GenreCase[] = [
  {
    name: "'A and B won the best screenplay and the best original score, respectively': lower-case categories shared in order",
    text: "Film News\n\nHao Ren and Bo Yuting won the best screenplay and the best original score, respectively, at this year's river festival.",
    expect: {
      conferrals: [
        { recipient: "Hao Ren", honor: "best screenplay" },
        { recipient: "Bo Yuting", honor: "best original score" },
      ],
    },
  },
  {
    name: "'the film won the best picture and best editing awards': each category of the list is an honor of its own",
    text: 'Film News\n\nThe film "Pine Harbor" won the best picture and best editing awards at the lakeside festival.',
    expect: {
      conferrals: [
        { recipient: "Pine Harbor", honor: "best picture" },
        { recipient: "Pine Harbor", honor: "best editing" },
      ],
    },
  },
  {
    name: "'walked away with the best newcomer title': a verb of winning",
    text: "Film News\n\nQiao Lanfang walked away with the best newcomer title after her debut as a ferry pilot.",
    expect: { conferrals: [{ recipient: "Qiao Lanfang", honor: "best newcomer" }] },
  },
  {
    name: "'He was elected as member of X in 1990, fellow of Y in 1995': a pronoun's memberships, each with its year",
    text: "Campus News\n\nProfessor Hao Lin is a soil chemist. He was elected as member of the Pine Academy of Engineering in 1990, fellow of the Lake Soil Society in 1995.\n\nProfessor Bo Ming is a chemist. He was elected president of the Lake Chemical Society in 2004.",
    expect: {
      conferrals: [
        { recipient: "Hao Lin", honor: "member of the Pine Academy of Engineering", date: "1990" },
        { recipient: "Hao Lin", honor: "fellow of the Lake Soil Society", date: "1995" },
      ],
    },
  },
  {
    name: "'Hemu Pump Group Co., Ltd. ... Hemu Pump Group', 'Pine Group ... PINE', 'the Lake Forestry Organization of the United Nations ... LFO': one body under its short forms",
    text: "Industry News\n\nHemu Pump Group Co., Ltd. won the Lake Patent Gold Award. Hemu Pump Group thanked the jury. Pine Group won the Hill Design Prize, and PINE said it was glad. The Lake Forestry Organization of the United Nations praised both, and LFO will visit them.",
    expect: {
      someConferrals: [
        { recipient: "Hemu Pump Group Co., Ltd.", honor: "Lake Patent Gold Award" },
        { recipient: "Pine Group", honor: "Hill Design Prize" },
      ],
      mentions: [
        { surface: "Hemu Pump Group", name: "Hemu Pump Group Co., Ltd." },
        { surface: "PINE", name: "Pine Group" },
        { surface: "LFO", name: "Lake Forestry Organization of the United Nations" },
      ],
    },
  },
  {
    name: "'Seven Hill cities made the list, including A, B and C': the list is the honor named before",
    text: "Lakeview ranked 9th among Top 50 Green Growth Cities\n\nThe survey ranked 50 cities. A total of three Hill cities made the list, including Fuyang, Lishan and Putou.",
    expect: {
      conferrals: ["Lakeview", "Fuyang", "Lishan", "Putou"].map((recipient) => ({
        recipient,
        honor: "Top 50 Green Growth Cities",
      })),
    },
  },
  {
    name: "'passed the LQC accreditation', 'passed the green factory certification': passing a named accreditation confers it; a certifying body is no honor",
    text: "Hospital News\n\nThe Lake Quality Council (LQC) audits clinics. Hill Women's Hospital passed the LQC accreditation smoothly last month. Pine Valve Co., Ltd. passed the green factory certification in June. Elm Lab passed the certification of the Ash Bureau.",
    expect: {
      conferrals: [
        {
          recipient: "Hill Women's Hospital",
          honor: "LQC accreditation",
          issuers: ["Lake Quality Council"],
        },
        { recipient: "Pine Valve Co., Ltd.", honor: "green factory" },
      ],
    },
  },
  {
    name: "the last resort gives no honor to a bare acronym named after its cue ('took the X Award for its LKX camera')",
    text: "Design News\n\nAt the fair, a drone by Pine Robotics took the Golden Kite Award for its LKX camera.",
    expect: { conferrals: [] },
  },
  {
    name: "'not long ago', 'and officially', 'nationwide', 'in this contest' end a lower-case or titled honor",
    text: "City News\n\nHillton was named one of the Most Livable River Cities for Young Families not long ago. Pine Group was included in the Lake Provincial Green Factory list and officially announced. Elm School won the first prize in this contest.",
    expect: {
      conferrals: [
        { recipient: "Hillton", honor: "Most Livable River Cities for Young Families" },
        { recipient: "Pine Group", honor: "Lake Provincial Green Factory" },
        { recipient: "Elm School", honor: "first prize" },
      ],
    },
  },
  {
    name: "'Chairwoman Tie Lanfang': after a chair's title, a surname that is also a word opens a person",
    text: "Literary News\n\nChairwoman Tie Lanfang of the Hill Writers Association praised the five winners.",
    expect: { people: [{ name: "Tie Lanfang" }], conferrals: [] },
  },
  {
    name: "'of 30 national key universities and 12 universities in the north': a second counted group ends the honor; 'the title upon a proposal by X' names none",
    text: "Campus News\n\nElm University was chosen for the third round of 30 national key universities and 12 universities in the north. Pine Hall then earned the title upon a proposal by the Hill Association.",
    expect: {
      conferrals: [{ recipient: "Elm University", honor: "national key universities" }],
    },
  },
  {
    name: "'Both were inducted as X into Y', 'They won the Z': the two or more people of the sentence before; 'The two' needs exactly two",
    text: "Academy News\n\nHao Lin, a professor at Pine University, and Qiao Min, a vice-president of Lake University, are bridge engineers. Both were inducted as foreign academicians into the Hill Academy of Engineering. Sun Li and Wu Jie met Ma Yun. The two received the Ash Medal.",
    expect: {
      conferrals: ["Hao Lin", "Qiao Min"].map((recipient) => ({
        recipient,
        honor: "foreign academicians",
      })),
    },
  },
];

const roundTwentySixShapes: GenreCase[] = [
  {
    name: "'Lakeshire Airlines', 'Hemu Airways': a carrier is a body",
    text: "Travel News\n\nThe inspectors flew with Lakeshire Airlines and Hemu Airways before the ranking was published.",
    expect: { organizations: ["Lakeshire Airlines", "Hemu Airways"] },
  },
  {
    name: "'won the Harold J. Brenner Award': a person's name with a middle initial inside an honor's name",
    text: "Campus News\n\nProfessor Qiao Lin won the Harold J. Brenner Award for Coastal Research in 2021.",
    expect: {
      conferrals: [
        {
          recipient: "Qiao Lin",
          honor: "Harold J. Brenner Award for Coastal Research",
          date: "2021",
        },
      ],
      notPeople: ["Harold J. Brenner"],
    },
  },
  {
    name: "'his work was recognized by many awards, including A (2015) and B (2019)': the person's honors, each with its year",
    text: "Campus News\n\nDr. Hao Pengfei leads the Pine Lab of Soil Ecology. He joined the Lake Institute in 2008, and his work was recognized by many awards, including the Hill Young Scientist Prize (2015) and the Lakeshire Ecology Medal (2019).",
    expect: {
      conferrals: [
        { recipient: "Hao Pengfei", honor: "Hill Young Scientist Prize", date: "2015" },
        { recipient: "Hao Pengfei", honor: "Lakeshire Ecology Medal", date: "2019" },
      ],
    },
  },
  {
    name: "'won the X trophy as well as the Y award': the first honor ends before 'as well as'",
    text: "Law News\n\nHemu Holdings won the Pine Counsel Team of the Year trophy as well as the Lake Counsel Team of the Year award.",
    expect: {
      someConferrals: [{ recipient: "Hemu Holdings", honor: "Pine Counsel Team of the Year" }],
    },
  },
  {
    name: "'in total', 'for the 2020 ranking period': what follows the honor is not its name",
    text: "Travel News\n\nLakeshire Airlines has been certified as a global 4-Star Airline for the 2020 ranking period. Pine Normal University was approved as a provincial first-class major construction site in total.",
    expect: {
      conferrals: [
        { recipient: "Lakeshire Airlines", honor: "global 4-Star Airline" },
        {
          recipient: "Pine Normal University",
          honor: "provincial first-class major construction site",
        },
      ],
    },
  },
  {
    name: "'received a share of the X Prize': the share is of the prize",
    text: "Book News\n\nThe poet Qiao Yuan received a share of the Lakeside Poetry Prize for her third collection.",
    expect: { conferrals: [{ recipient: "Qiao Yuan", honor: "Lakeside Poetry Prize" }] },
  },
  {
    name: "guard: 'Law Firm of the Year for Shipping', 'Deal Team of the Year': titles given for a year are honors, not bodies",
    text: "Law News\n\nPinecrest Legal Group won the Hill Law Firm of the Year for Shipping and the Hill Deal Team of the Year at the gala.",
    expect: {
      conferrals: [
        { recipient: "Pinecrest Legal Group", honor: "Hill Law Firm of the Year for Shipping" },
        { recipient: "Pinecrest Legal Group", honor: "Hill Deal Team of the Year" },
      ],
      notOrganizations: ["Hill Law Firm of the Year for Shipping", "Hill Deal Team of the Year"],
    },
  },
  {
    name: "'won the Coach of the Year award': the title is the honor, the word 'award' says what it is",
    text: "Sports News\n\nThe rowing coach Hao Jun won the Coach of the Year award at the Lakeshire gala.",
    expect: { conferrals: [{ recipient: "Hao Jun", honor: "Coach of the Year" }] },
  },
  {
    name: "'won the X award ahead of A, B and C': the runners-up hold nothing",
    text: "Sports News\n\nThe skater Qiao Ning won the Best Newcomer of the Year award ahead of fellow skater Hao Lan, the diver Bo Xue and the archer Lin Tao.",
    expect: { conferrals: [{ recipient: "Qiao Ning", honor: "Best Newcomer of the Year" }] },
  },
  {
    name: "'novelist Kenta Morioka', 'directed by Aruna Devi': a name of any origin after an occupation or a maker's 'by'",
    text: "Film News\n\nThe jury, chaired by novelist Kenta Morioka, praised the film directed by Aruna Devi.",
    expect: {
      people: [{ name: "Kenta Morioka" }, { name: "Aruna Devi" }],
    },
  },
  {
    name: "'Past winners include Qiao Lin, Kenta Morioka and Aruna Devi': names listed after a person are people",
    text: "Prize News\n\nThe Lakeside Design Prize was founded in 1990. Past winners include Qiao Lin, Kenta Morioka and Aruna Devi.",
    expect: {
      people: [{ name: "Qiao Lin" }, { name: "Kenta Morioka" }, { name: "Aruna Devi" }],
    },
  },
  {
    name: "'The X went to A in 2005 and B in 2010': each holder takes the year right after its name",
    text: "Prize News\n\nThe Lakeside Design Prize went to Qiao Lin in 2005 and Hao Pengfei in 2010.",
    expect: {
      conferrals: [
        { recipient: "Qiao Lin", honor: "Lakeside Design Prize", date: "2005" },
        { recipient: "Hao Pengfei", honor: "Lakeside Design Prize", date: "2010" },
      ],
    },
  },
  {
    name: "'Below are the X winners from Pine City:' then one name a line, unnumbered: each line holds X; products are works",
    text: "Design News\n\nBelow are the Lakeside Design Award winners from Pine City:\n\nHemu Smart Desk Lamp\n\nQiao Air Purifier\n\nKestrel X2 Drone\n\nThe city has many design studios. They will meet in May.",
    expect: {
      conferrals: ["Hemu Smart Desk Lamp", "Qiao Air Purifier", "Kestrel X2 Drone"].map(
        (recipient) => ({ recipient, honor: "Lakeside Design Award" }),
      ),
    },
  },
  {
    name: "'won the iF Gold Award': a brand that opens in lower case is part of the honor's name",
    text: "Design News\n\nThe Kestrel X2 Drone won the iF Gold Award this spring.",
    expect: { conferrals: [{ recipient: "Kestrel X2 Drone", honor: "iF Gold Award" }] },
  },
  {
    name: "'Professor Aruna Devi Kumar won the X', 'Mr Qiao is recognised': after a personal title, a person, not a body",
    text: "Prize News\n\nProfessor Aruna Devi Kumar won the Lakeside Science Prize. Mr Qiao is recognised for his bridges.",
    expect: {
      conferrals: [{ recipient: "Aruna Devi Kumar", honor: "Lakeside Science Prize" }],
      notOrganizations: ["Professor Aruna Devi Kumar", "Aruna Devi Kumar", "Mr Qiao"],
    },
  },
  {
    name: "'A has been rated as X, and has since been honored as the Y': the second predicate's honor, after the first's",
    text: "City News\n\nPinecrest has been rated as a National Forest City, and has since been honored as the city of paper kites.",
    expect: {
      conferrals: [
        { recipient: "Pinecrest", honor: "National Forest City" },
        { recipient: "Pinecrest", honor: "city of paper kites" },
      ],
    },
  },
  {
    name: "'Past winners include A, B and C': earlier holders of the honor the text is about, named sentences before",
    text: "Prize News\n\nThe engineer Qiao Lin has won this year's Lakeside Bridge Prize. She will receive it in May. Past winners include Hao Pengfei, Kenta Morioka and Aruna Devi.",
    expect: {
      conferrals: ["Qiao Lin", "Hao Pengfei", "Kenta Morioka", "Aruna Devi"].map((recipient) => ({
        recipient,
        honor: "Lakeside Bridge Prize",
      })),
    },
  },
  {
    name: "'The X Prize was founded in 1990. The prize had been given twice. In 2012 it was shared by A, B and C': 'it' through 'the prize'",
    text: "Book News\n\nThe Lakeside Poetry Prize was founded in 1990. The prize had been given only twice before. In 2012 it was shared by three poets: Qiao Lin, Hao Pengfei and Bo Yuting.",
    expect: {
      conferrals: ["Qiao Lin", "Hao Pengfei", "Bo Yuting"].map((recipient) => ({
        recipient,
        honor: "Lakeside Poetry Prize",
        date: "2012",
      })),
    },
  },
];

const roundTwentyEightShapes: GenreCase[] = [
  {
    name: "'announced the Top 10 X of 2021' then numbered entries with prose between: each entry holds the list's honor",
    text: "Field News\n\nThe Hill Heritage Board has announced the Top 10 New Field Discoveries of 2021. The top 10 projects of 2021 were chosen from 30 finalists.\n1. Location: Pine Hill site, Lake county, from about 5,000 years ago\nThe pits there hold pottery of three styles.\n2. The walled town of Reed Bay, Stone county, from 800 BC\nIts gates were rebuilt twice.\n3. Qiaoling relic site in Mossford, Hill province",
    expect: {
      conferrals: [
        { recipient: "Pine Hill site", honor: "Top 10 New Field Discoveries of 2021" },
        { recipient: "walled town of Reed Bay", honor: "Top 10 New Field Discoveries of 2021" },
        { recipient: "Qiaoling relic site", honor: "Top 10 New Field Discoveries of 2021" },
      ],
    },
  },
  {
    name: "'Top 10 X' in a headline repeated as a caption between numbered entries: the list is read once, from its first entry",
    text: "Hill's top 10 field finds revealed\n\nHill's Top 10 Field Finds in 2020 was announced on Friday.\nThis year's winners include\n1.\nPine Hill site, Lake county\nHill's top 10 field finds revealed\n2.\nReed Bay relic site, Stone county\nHill's top 10 field finds revealed\n3.\nA river prince's city relic, Mossford",
    expect: {
      conferrals: [
        { recipient: "Pine Hill site", honor: "Top 10 Field Finds" },
        { recipient: "Reed Bay relic site", honor: "Top 10 Field Finds" },
        { recipient: "river prince's city relic", honor: "Top 10 Field Finds" },
      ],
    },
  },
  {
    name: "a numbered line that is a sentence is no entry of a best-of list",
    text: "Campus News\n\nThe top 10 universities of the province met in Pine City on Monday.\n1. The meeting was chaired by Wen Jia.\n2. The next one is held in Reed City.",
    expect: { conferrals: [] },
  },
  {
    name: "numbered entries past the list's size are another list",
    text: "Field News\n\nThe Top 3 Lake Parks of 2022 were announced.\n1. Pine Park, Hill county\n2. Reed Park, Stone county\n3. Moss Park, Lake county\n4. Wen Park, Hill county",
    expect: {
      conferrals: [
        { recipient: "Pine Park", honor: "Top 3 Lake Parks of 2022" },
        { recipient: "Reed Park", honor: "Top 3 Lake Parks of 2022" },
        { recipient: "Moss Park", honor: "Top 3 Lake Parks of 2022" },
      ],
    },
  },
  {
    name: "'approved 12 more cities to set up pilot zones for X, including A, B and C': each listed place holds the designation",
    text: "Trade News\n\nThe Hill Council approved 12 more cities to set up pilot zones for rural logistics, including Qiaoling City, Mossford City and Reedham County.",
    expect: {
      conferrals: [
        { recipient: "Qiaoling City", honor: "pilot zones for rural logistics" },
        { recipient: "Mossford City", honor: "pilot zones for rural logistics" },
        { recipient: "Reedham County", honor: "pilot zones for rural logistics" },
      ],
    },
  },
  {
    name: "'the pilot zone will be set up in 9 counties including A and B': the bare designation takes the full name the text gave before",
    text: "Trade News\n\nThe Hill Council announced new river-freight demonstration zones on Monday. The new plan will see the demonstration zone set up in 9 counties including Qiaoling County and Mossford County.",
    expect: {
      conferrals: [
        { recipient: "Qiaoling County", honor: "river-freight demonstration zones" },
        { recipient: "Mossford County", honor: "river-freight demonstration zones" },
      ],
    },
  },
  {
    name: "a pilot zone that draws firms 'including A and B' from counted places names no holder",
    text: "Trade News\n\nThe pilot zone for rural logistics has drawn firms from 12 cities, including the Pine Freight Company and the Reed Cargo Group.",
    expect: { conferrals: [] },
  },
  {
    name: "a best-of list whose numbered lines are mostly sentences ranks no one",
    text: "Ranking News\n\nThe Hill Institute issued the Top 50 Pine Innovators 2022 report. Its findings:\n1. The Top 50 innovators are spread over 9 countries.\n2. Lakeland ranked first with 12 listed innovators.\n3. Four innovators entered the ranking for the first time.\n4. Most of the innovators are in electronics.",
    expect: { conferrals: [] },
  },
  {
    name: "what a sentence says of the win after the honor is no part of it: 'jointly', 'once again', 'for the second consecutive year'",
    text: "Campus News\n\nProfessor Qiao Lin won the medal in applied geology jointly with the team. The Pine Design School won the Lake Design Award for the second consecutive year. The Reed Museum was named a Model Heritage Unit once again.",
    expect: {
      conferrals: [
        { recipient: "Qiao Lin", honor: "medal in applied geology" },
        { recipient: "Pine Design School", honor: "Lake Design Award" },
        { recipient: "Reed Museum", honor: "Model Heritage Unit" },
      ],
    },
  },
  {
    name: "a heading's verb is no part of the honor it names: 'The laureates of the Awards of Distinction were:'",
    text: "Project News\n\nThe Lake Federation gave its project awards for 2021 on Monday.\nThe laureates of the Awards of Distinction were:\nThe Second Pine River Bridge\nTarn Metro Line 3",
    expect: {
      someConferrals: [{ recipient: "Second Pine River Bridge", honor: "Awards of Distinction" }],
    },
  },
  {
    name: "'won the sole first prize for X last year': 'sole' or 'only' before a prize word in lower case, and the year's aside after it, are no part of the honor",
    text: 'Lab News\n\nThe project "Clear Lake Glass" led by Professor Wen Jia won the sole first prize for seed breeding last year.',
    expect: {
      conferrals: [{ recipient: "Clear Lake Glass", honor: "first prize for seed breeding" }],
    },
  },
  {
    name: "'will list N hamlets in the fifth round of X list. These hamlets are A Village in B Town, C County, ...': the list holds the hamlets, not the places they are in",
    text: "Village News\n\nThe bureau will list 300 hamlets in the fifth round of heritage hamlets list; 3 of them lie in Lakeland. These hamlets are Pine Village in Lake Town, Moss County, Reed Village in Stone Town, Wen County, and Qiao Village in Hill Town.",
    expect: {
      conferrals: [
        { recipient: "Pine Village", honor: "heritage hamlets list" },
        { recipient: "Reed Village", honor: "heritage hamlets list" },
        { recipient: "Qiao Village", honor: "heritage hamlets list" },
      ],
    },
  },
  {
    name: "'was included in the Hill Traditional Villages List': a plural name before 'List' names a list, not a place",
    text: "Village News\n\nPine Village in Moss County was included in the Hill Traditional Villages List.",
    expect: {
      conferrals: [{ recipient: "Pine Village", honor: "Hill Traditional Villages List" }],
    },
  },
  {
    name: "'23 teas, including A Dark Tea, B Green Tea, and C Black Tea, were selected as X': capitalised names in list position are holders, whatever their head",
    text: 'Tea News\n\nAt the event, the judges announced the results: 23 teas, including Pinehill Dark Tea, Lakeside Green Tea, and Reedham Black Tea, were selected as "Regional Brands of the Year."',
    expect: {
      conferrals: [
        { recipient: "Pinehill Dark Tea", honor: "Regional Brands of the Year" },
        { recipient: "Lakeside Green Tea", honor: "Regional Brands of the Year" },
        { recipient: "Reedham Black Tea", honor: "Regional Brands of the Year" },
      ],
    },
  },
  {
    name: "'The Happiest Cities in X' as a headline, then 'No 3 A', a caption, 'No 2 B': a superlative before a place word opens a title, not a place",
    text: "The Happiest Cities in Lakeland\n\nThis is the fifth year of the survey.\nNo 3 Qiaoling City\nA street in Qiaoling City at night.\nNo 2 Mossford City\nA park in Mossford City.\nNo 1 Reedham City",
    expect: {
      conferrals: [
        { recipient: "Qiaoling City", honor: "Happiest Cities" },
        { recipient: "Mossford City", honor: "Happiest Cities" },
        { recipient: "Reedham City", honor: "Happiest Cities" },
      ],
    },
  },
  {
    name: "a birth year is no year for an undated day: 'On May 2 the academy elected A ... A, born in March 1941, ...'",
    text: "Academy News\n\nOn May 2nd local time, the Lakeland Academy of Sciences held its yearly meeting. Professor Qiao Lin was chosen as a foreign fellow of the Lakeland Academy of Sciences.\n\nQiao Lin, born in March 1941, studied geology in Hill City.",
    expect: {
      conferrals: [
        {
          recipient: "Qiao Lin",
          honor: "foreign fellow of the Lakeland Academy of Sciences",
          date: null,
        },
      ],
    },
  },
];

const roundTwentySevenShapes: GenreCase[] = [
  {
    name: "'The principal investigators in the project are: A, B and C': who did the work, not who won",
    text: "Lab News\n\nThe Pine Lab of Soil Ecology won the first prize of the Hill Natural Science Award. The principal investigators in the project are: Qiao Lin, Hao Pengfei and Tan Yiru.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Lab of Soil Ecology",
          honor: "first prize of the Hill Natural Science Award",
        },
      ],
    },
  },
  {
    name: "'Role models include A, B and C': a plain description names no honor",
    text: "Campus News\n\nRole models include Qiao Lin, Hao Pengfei and Tan Yiru, among others. The participants of the survey were Wen Jia and Lu Ping.",
    expect: { conferrals: [] },
  },
  {
    name: "'is honored as a \"X with Y\"': a quoted title after a verb of conferring runs to its closing quote",
    text: 'Campus News\n\nProf. Tan Yiru of the College of Horticulture is honored as a "Lakeshire Teacher with Special Merit".',
    expect: {
      conferrals: [{ recipient: "Tan Yiru", honor: "Lakeshire Teacher with Special Merit" }],
    },
  },
  {
    name: "'It is currently designated as a X, a Y and a Z': an adverb of time between the verb's parts",
    text: "Museum News\n\nThe Hill Star Hall opened in 1990. It is currently designated as a Hill Provincial Model Museum, a Lake Youth Learning Base and a Pine Municipal Science Popularization Base.",
    expect: {
      conferrals: [
        { recipient: "Hill Star Hall", honor: "Hill Provincial Model Museum" },
        { recipient: "Hill Star Hall", honor: "Lake Youth Learning Base" },
        { recipient: "Hill Star Hall", honor: "Pine Municipal Science Popularization Base" },
      ],
    },
  },
  {
    name: "'were designated as X Towns, recognizing their efforts. A in P, B in Q and C received this honor': places placed in larger places, the title as the honor",
    text: "River News\n\nSeven towns were recently designated as Global Clean River Towns, recognizing their sustained efforts in river protection. Qiaoling in Pine Province, Yuanxiu in Hill Province, Dongpai and Lanmei in Lake Province received this honor at the meeting.",
    expect: {
      conferrals: [
        { recipient: "Qiaoling", honor: "Global Clean River Towns" },
        { recipient: "Yuanxiu", honor: "Global Clean River Towns" },
        { recipient: "Dongpai", honor: "Global Clean River Towns" },
        { recipient: "Lanmei", honor: "Global Clean River Towns" },
      ],
    },
  },
  {
    name: "'Best Pair: A/B (Diving)', 'Best Newcomer: C & D (Cycling)', 'X Award for the Y: E': every name of a winner's line, and a category with its field",
    text: "Sports News\n\nHere is the full list of this year's award winners:\nBest Male Athlete:Qiao Lin(Rowing)\nBest Pair:Wu Lan/Tan Yiru(Diving)\nBest Newcomer:Hao Pengfei & Wen Jia (Cycling)\nSpirit Award for the Disabled:Lu Ping(Wheelchair Fencing)",
    expect: {
      conferrals: [
        { recipient: "Qiao Lin", honor: "Best Male Athlete" },
        { recipient: "Wu Lan", honor: "Best Pair" },
        { recipient: "Tan Yiru", honor: "Best Pair" },
        { recipient: "Hao Pengfei", honor: "Best Newcomer" },
        { recipient: "Wen Jia", honor: "Best Newcomer" },
        { recipient: "Lu Ping", honor: "Spirit Award for the Disabled" },
      ],
    },
  },
  {
    name: "'\u2022 X Award: A Company and B Company' under a bulleted list: both bodies, no bullet in the honor, no work made of the two",
    text: "Gala News\n\nThis year's awardees include:\n\n  \u2022 Lake Enterprise Award: Hill Robotics Corporation\n  \u2022 Pine Service Award: Pine Motor Company and Lake Foods Company\n  \u2022 Best Feature Film: Island Keeper",
    expect: {
      conferrals: [
        { recipient: "Hill Robotics Corporation", honor: "Lake Enterprise Award" },
        { recipient: "Pine Motor Company", honor: "Pine Service Award" },
        { recipient: "Lake Foods Company", honor: "Pine Service Award" },
        { recipient: "Island Keeper", honor: "Best Feature Film" },
      ],
    },
  },
  {
    name: "'are to receive certificates of \"clean river towns\"', then 'The seven newly certified Asian towns are A of P, B of Q and C of R'",
    text: 'River News\n\nSeven Asian towns are to receive certificates of "clean river towns" from the Pine Council, an official said Thursday. The seven newly certified Asian towns are Qiaoling of Pine Province, Yuanxiu of Hill Province and Dongpai of Lake Province, he said.',
    expect: {
      conferrals: [
        { recipient: "Qiaoling", honor: "clean river towns" },
        { recipient: "Yuanxiu", honor: "clean river towns" },
        { recipient: "Dongpai", honor: "clean river towns" },
      ],
    },
  },
  {
    name: "'The five other towns which have held this title since 2015 are A, B and C': earlier holders of the honor before",
    text: 'River News\n\nSeven Asian towns are to receive certificates of "clean river towns" from the Pine Council. The five other Asian towns which have held this title since 2015 are Lanmei of Pine Province, Wenxiu of Hill Province and Hemu Town.',
    expect: {
      conferrals: [
        { recipient: "Lanmei", honor: "clean river towns" },
        { recipient: "Wenxiu", honor: "clean river towns" },
        { recipient: "Hemu Town", honor: "clean river towns" },
      ],
    },
  },
  {
    name: "'The prize-giving of the 12th X Award was held on March, 2019', other years between, then its winners line by line: the ceremony dates them",
    text: "Design News\n\nThe prize-giving of the 12th Lake Design Award was held in Hemu, Pineland on March, 2019. Pine City had many winners.\n\nIn 2015, Pine City companies first exhibited abroad.\n\nBelow are Lake Design Award winners from Pine City:\n\nSmart Kettle K2\n\nFolding Desk Lamp\n\nTravel Pillow Pro\n",
    expect: {
      conferrals: [
        { recipient: "Smart Kettle K2", honor: "Lake Design Award", date: "2019-03" },
        { recipient: "Folding Desk Lamp", honor: "Lake Design Award", date: "2019-03" },
        { recipient: "Travel Pillow Pro", honor: "Lake Design Award", date: "2019-03" },
      ],
    },
  },
  {
    name: "'Grace Tan', 'Hope Zhao': a given name that is also a word, before a Chinese surname; 'KWOK Lai Sun', 'LAU Wing Kei': a romanized surname in capitals first",
    text: "Gala News\n\nThe jury met Grace Tan and Hope Zhao before the gala. The Pine Award went to KWOK Lai Sun, chairman of the Hill Glass Group. LAU Wing Kei spoke for the winners.",
    expect: {
      people: [
        { name: "Grace Tan" },
        { name: "Hope Zhao" },
        { name: "KWOK Lai Sun" },
        { name: "LAU Wing Kei" },
      ],
      notOrganizations: ["KWOK", "LAU"],
    },
  },
  {
    name: "guard: 'In addition to the above winners, the society will thank the following 3 companies. These companies are: ...': no honor for them",
    text: "Gala News\n\nThe Lake Enterprise Award went to the Hill Robotics Corporation. In addition to the above winners, the society will thank the following 3 companies for their support. These companies are: Pine Motor Company; Lake Foods Company; Hemu Bank.",
    expect: {
      conferrals: [{ recipient: "Hill Robotics Corporation", honor: "Lake Enterprise Award" }],
    },
  },
  {
    name: "'awarded A the title of X on the 18th': the day ends the honor; 'took over the nameplate of X from the leaders' wins nothing",
    text: "City News\n\nThe Pine Council awarded Hemu County the title of National Clean County on the 18th, which marked a milestone. Wen Jia, head of Hemu County, took over the nameplate of National Clean County from the leaders of the council.",
    expect: {
      conferrals: [
        { recipient: "Hemu County", honor: "National Clean County", issuers: ["Pine Council"] },
      ],
    },
  },
  {
    name: 'guard: \'for six years in a row PNU teachers have won the "X Award" and the "Y Award"\': a body before its holders holds nothing',
    text: 'Campus News\n\nSince the founding of the "Lake Education Award", for six years in a row PNU teachers have won the "Lake Special Award for Teachers" and the "Lake Teaching Award".',
    expect: { conferrals: [] },
  },
];

const roundTwentyNineShapes: GenreCase[] = [
  {
    name: "a name with marked letters is a name: 'went to Renée Fontaine'",
    text: "Film News\n\nThe Lake Prize went to Renée Fontaine for her role in a river drama.",
    expect: { conferrals: [{ recipient: "Renée Fontaine", honor: "Lake Prize" }] },
  },
  {
    name: "a person with marked letters is no organization: 'Zoë Wen won'",
    text: "Campus News\n\nZoë Wen won the Pine Medal on Monday.",
    expect: {
      conferrals: [{ recipient: "Zoë Wen", honor: "Pine Medal" }],
      notOrganizations: ["Zoë Wen"],
    },
  },
  {
    name: "a quoted title after its maker's \"'s\" is what won: 'went to Gao Lin's \"Moss Hill\"'",
    text: 'Film News\n\nThe Golden Stone Award went to Gao Lin\'s "Moss Hill" at the festival.',
    expect: { conferrals: [{ recipient: "Moss Hill", honor: "Golden Stone Award" }] },
  },
  {
    name: "a work named by its kind after its maker's \"'s\": 'went to Wen Jia's film Pine Road'",
    text: "Film News\n\nThe Golden Reed Award went to Wen Jia's film Pine Road.",
    expect: { conferrals: [{ recipient: "Pine Road", honor: "Golden Reed Award" }] },
  },
  {
    name: "'went to the Sino-French co-production \"X,\"': the work, without the comma inside the quotes",
    text: 'Film News\n\nThe Golden Leaf Award went to the Sino-French co-production "Moss Hill," directed by Li Na.',
    expect: { conferrals: [{ recipient: "Moss Hill", honor: "Golden Leaf Award" }] },
  },
  {
    name: "a full stop inside a work's closing quote is the sentence's",
    text: 'Film News\n\nThe Golden Leaf Award went to the film "Moss Hill."',
    expect: { conferrals: [{ recipient: "Moss Hill", honor: "Golden Leaf Award" }] },
  },
  {
    name: "'Best director went to A': a category opening the sentence, with no article",
    text: 'Film News\n\nThe Pine Film Festival ended on Sunday. Best director went to Zhao Hui for the film "Lake Road."',
    expect: { conferrals: [{ recipient: "Zhao Hui", honor: "Best director" }] },
  },
  {
    name: "'Best screenplay was awarded to A and B'",
    text: "Film News\n\nThe Pine Film Festival ended on Sunday. Best screenplay was awarded to Zhao Hui and Wen Jia.",
    expect: {
      conferrals: [
        { recipient: "Zhao Hui", honor: "Best screenplay" },
        { recipient: "Wen Jia", honor: "Best screenplay" },
      ],
    },
  },
  {
    name: "'the X award in the drama section went to A': where it was given stands between",
    text: "Film News\n\nThe Pine Film Festival ended on Sunday. The Best Actress award in the drama section went to Xu Mei for her role.",
    expect: {
      conferrals: [{ recipient: "Xu Mei", honor: ["Best Actress award", "Best Actress"] }],
    },
  },
  {
    name: "'the X Award at Saturday's gala went to A'",
    text: "Film News\n\nThe Golden Reed Award at Saturday's gala went to Wen Jia.",
    expect: { conferrals: [{ recipient: "Wen Jia", honor: "Golden Reed Award" }] },
  },
  {
    name: "a quoted name before a word for a campaign is no work of the owner",
    text: 'City News\n\nPine City\'s "Clean River" campaign was praised by the Hill Bureau.',
    expect: { conferrals: [], programmes: [["Clean River campaign", "Clean River"]] },
  },
  {
    name: "names with no head word listed as the subject of 'won': products",
    text: "Tea News\n\nPinecrest Dark Tea, Hollow Green Tea and Reedham Black Tea won gold medals at the Hill Tea Fair.",
    expect: {
      conferrals: [
        { recipient: "Pinecrest Dark Tea", honor: "gold medals" },
        { recipient: "Hollow Green Tea", honor: "gold medals" },
        { recipient: "Reedham Black Tea", honor: "gold medals" },
      ],
    },
  },
  {
    name: "names with no head word as the subject of 'were awarded', after 'Recently,'",
    text: "Food News\n\nRecently, Fern House and Moss Table were awarded the Lake Star.",
    expect: {
      conferrals: [
        { recipient: "Fern House", honor: "Lake Star" },
        { recipient: "Moss Table", honor: "Lake Star" },
      ],
    },
  },
  {
    name: "one unread name before 'won' is not read as a subject list",
    text: "Food News\n\nMoss Table won praise from diners.",
    expect: { conferrals: [] },
  },
  {
    name: "'The three other geoparks added this time are A, B and C': the honor the text gave before",
    text: "Geo News\n\nFour parks were designated as UNESCO Global Geoparks on Wednesday. The three other geoparks newly added this time are Pine Geopark in Hill Province, Lake Geopark in Reed Province and Moss Geopark in Stone Province.",
    expect: {
      conferrals: [
        { recipient: "Pine Geopark", honor: "UNESCO Global Geoparks" },
        { recipient: "Lake Geopark", honor: "UNESCO Global Geoparks" },
        { recipient: "Moss Geopark", honor: "UNESCO Global Geoparks" },
      ],
    },
  },
  {
    name: "a national class of bodies in the plural is an honor the newly added hold: 'National Wetland Parks'",
    text: "Park News\n\nSix parks were designated as National Wetland Parks. The three other parks newly added this time are Pine Marsh Park, Lake Marsh Park and Moss Marsh Park.",
    expect: {
      conferrals: [
        { recipient: "Pine Marsh Park", honor: "National Wetland Parks" },
        { recipient: "Lake Marsh Park", honor: "National Wetland Parks" },
        { recipient: "Moss Marsh Park", honor: "National Wetland Parks" },
      ],
      notOrganizations: ["National Wetland Parks"],
    },
  },
  {
    name: "a body's plural in its own name stays a body: 'the International Schools of Pine City'",
    text: "School News\n\nThe International Schools of Pine City won the Lake Prize.",
    expect: {
      conferrals: [{ recipient: "International Schools of Pine City", honor: "Lake Prize" }],
    },
  },
  {
    name: "'The newly approved five national 5A-class scenic spots are: A, B and C'",
    text: "Travel News\n\nThe newly approved three national 5A-class scenic spots are: the Pine Hill Scenic Area, the Lake Gorge Scenic Area and the Reed Valley Scenic Area.",
    expect: {
      conferrals: [
        { recipient: "Pine Hill Scenic Area", honor: "national 5A-class scenic spots" },
        { recipient: "Lake Gorge Scenic Area", honor: "national 5A-class scenic spots" },
        { recipient: "Reed Valley Scenic Area", honor: "national 5A-class scenic spots" },
      ],
    },
  },
  {
    name: "a network named by its members' plural is the honor its new members hold, and 'UNESCO's X' is the 'UNESCO X' named before",
    text: "City News\n\nPine City joined the UNESCO Creative Cities Network last spring.\n\nThe three cities added to UNESCO's Creative Cities Network are:\n\nReedford (Hill Republic) \u2013 Music\nMossbay (Lake Republic) \u2013 Film\nStonewick (Sand Republic) \u2013 Design",
    expect: {
      conferrals: [
        { recipient: "Pine City", honor: "UNESCO Creative Cities Network" },
        { recipient: "Reedford", honor: "UNESCO Creative Cities Network" },
        { recipient: "Mossbay", honor: "UNESCO Creative Cities Network" },
        { recipient: "Stonewick", honor: "UNESCO Creative Cities Network" },
      ],
    },
  },
  {
    name: "'The 3 new members of Lakeland's Creative Cities Network are:' with no network named before",
    text: "City News\n\nThe 3 new members of Lakeland's Creative Cities Network are:\n\nReedford (Hill Republic) \u2013 Music\nMossbay (Lake Republic) \u2013 Film\nStonewick (Sand Republic) \u2013 Design",
    expect: {
      conferrals: [
        { recipient: "Reedford", honor: "Creative Cities Network" },
        { recipient: "Mossbay", honor: "Creative Cities Network" },
        { recipient: "Stonewick", honor: "Creative Cities Network" },
      ],
    },
  },
  {
    name: "a section label stays no network: 'Campus News Network reported'",
    text: "Campus News\n\nThe Campus News Network reported the visit of Wen Jia.",
    expect: { conferrals: [], notOrganizations: ["Campus News Network"] },
  },
  {
    name: "a rating in stars is received: 'received a five-star rating'",
    text: "Hotel News\n\nThe Lake Hotel received a five-star rating from the Hill Travel Guide.",
    expect: { conferrals: [{ recipient: "Lake Hotel", honor: "five-star rating" }] },
  },
  {
    name: "a count of stars is an honor after 'was awarded': 'was awarded three stars'",
    text: "Food News\n\nThe Fern House Restaurant was awarded three stars by the Hill Guide.",
    expect: { conferrals: [{ recipient: "Fern House Restaurant", honor: "three stars" }] },
  },
  {
    name: "what a body receives is no honor without a word for one: 'received three guests'",
    text: "Hotel News\n\nThe Lake Hotel received three guests from the Hill Travel Guide.",
    expect: { conferrals: [] },
  },
  {
    name: "'N halls were demoted to second-grade museums in 2013. They were A, B and C': the lower grade",
    text: "Museum News\n\nThree halls were demoted to second-grade museums in 2013 after a check. They were the Pine Museum, the Lake Museum in Reed City, and the Hill Museum.",
    expect: {
      conferrals: [
        { recipient: "Pine Museum", honor: "second-grade museums" },
        { recipient: "Lake Museum", honor: "second-grade museums" },
        { recipient: "Hill Museum", honor: "second-grade museums" },
      ],
    },
  },
  {
    name: "'three museums were rated national first-grade museums. They are A, B and C'",
    text: "Museum News\n\nLast year, three museums were rated national first-grade museums. They are the Pine Museum, the Lake Museum and the Hill Museum.",
    expect: {
      conferrals: [
        { recipient: "Pine Museum", honor: "national first-grade museums" },
        { recipient: "Lake Museum", honor: "national first-grade museums" },
        { recipient: "Hill Museum", honor: "national first-grade museums" },
      ],
    },
  },
  {
    name: "the holders listed after a dated demotion take its date, not an earlier list's",
    text: "Museum News\n\nOn 3 June 2009 the Hill Bureau published its opening list of 61 national first-grade museums, among them the Pine Museum. Then, in November 2013, four of the 61 halls were demoted to second-grade museums. Those were the Lake Museum, the Hill Museum and the Reed Museum.",
    expect: {
      someConferrals: [
        { recipient: "Lake Museum", honor: "second-grade museums", date: "2013-11" },
        { recipient: "Reed Museum", honor: "second-grade museums", date: "2013-11" },
      ],
    },
  },
  {
    name: "a citation mark after a full stop ends the sentence: '... the Pine Museum.[4] Then, in 2013, ...'",
    text: "Museum News\n\nOn 3 June 2009 the Hill Bureau published its opening list of 61 national first-grade museums, among them the Pine Museum.[4] Then, in November 2013, four of the 61 halls were demoted to second-grade museums. Those were the Lake Museum and the Reed Museum.",
    expect: {
      someConferrals: [
        { recipient: "Lake Museum", honor: "second-grade museums", date: "2013-11" },
        { recipient: "Reed Museum", honor: "second-grade museums", date: "2013-11" },
      ],
    },
  },
  {
    name: "'was demoted to a second-grade museum'",
    text: "Museum News\n\nThe Pine Museum was demoted to a second-grade museum.",
    expect: { conferrals: [{ recipient: "Pine Museum", honor: "second-grade museum" }] },
  },
  {
    name: "'shared the X along with A and B': the partners hold it, and the honor stops before 'along'",
    text: "Prize News\n\nLi Na shared the Lake Prize along with Zhang Qi and Wen Jia.",
    expect: {
      conferrals: [
        { recipient: "Li Na", honor: "Lake Prize" },
        { recipient: "Zhang Qi", honor: "Lake Prize" },
        { recipient: "Wen Jia", honor: "Lake Prize" },
      ],
    },
  },
  {
    name: "'won the prize in physics jointly with Professor B': 'the prize' is the one conferred before",
    text: "Prize News\n\nGao Lin won the 2019 Lake Prize. Gao Lin won the prize in earth sciences jointly with Professor Wen Jia, director of the Hill Institute.",
    expect: {
      conferrals: [
        { recipient: "Gao Lin", honor: "Lake Prize" },
        { recipient: "Wen Jia", honor: "Lake Prize" },
      ],
    },
  },
  {
    name: "'the prize' is not a prize only named in an aside before",
    text: "Prize News\n\nThe Nobel Prize is often in the news. Gao Lin won the 2019 Lake Prize. He shared the prize along with Wen Jia.",
    expect: {
      conferrals: [
        { recipient: "Gao Lin", honor: "Lake Prize" },
        { recipient: "Wen Jia", honor: "Lake Prize" },
      ],
    },
  },
  {
    name: "'won the X along with a cash bonus': no partner",
    text: "Prize News\n\nLi Na won the Lake Prize along with a cash bonus.",
    expect: { conferrals: [{ recipient: "Li Na", honor: "Lake Prize" }] },
  },
  {
    name: "'This year's winner is A': the honor the text just named",
    text: "Prize News\n\nThe Lake Prize results were announced on Friday. This year's winner is Wen Jia, a poet.",
    expect: { conferrals: [{ recipient: "Wen Jia", honor: "Lake Prize" }] },
  },
  {
    name: "'This year's controversial winner is A': a described winner names no honor",
    text: "Prize News\n\nThe Lake Prize results were announced on Friday. This year's controversial winner is Wen Jia.",
    expect: { conferrals: [{ recipient: "Wen Jia", honor: "Lake Prize" }] },
  },
  {
    name: "'named its newest group of laureates' declares no honor of that name",
    text: "Prize News\n\nThe Hill Poets' Guild named its newest group of laureates on Tuesday. The winner is Wen Jia.",
    expect: { conferrals: [] },
  },
  {
    name: "'won the X Award for best director': the category after 'for' is part of the honor",
    text: "Film News\n\nWen Jia won the Golden Reed Award for best director on Saturday. Gao Lin won the Golden Reed Award for best actor.",
    expect: {
      conferrals: [
        { recipient: "Wen Jia", honor: "Golden Reed Award for best director" },
        { recipient: "Gao Lin", honor: "Golden Reed Award for best actor" },
      ],
    },
  },
  {
    name: "'won the X Award for her role': no category, the honor alone",
    text: "Film News\n\nWen Jia won the Golden Reed Award for her role in a river drama.",
    expect: { conferrals: [{ recipient: "Wen Jia", honor: "Golden Reed Award" }] },
  },
  {
    name: "one word that opens one body's name is that body: 'Pinecrest' after 'Pinecrest Bus'",
    text: "Company News\n\nPinecrest Bus was named a Lake Model Employer. Pinecrest also won the Reed Prize.",
    expect: {
      conferrals: [
        { recipient: "Pinecrest Bus", honor: "Lake Model Employer" },
        { recipient: "Pinecrest Bus", honor: "Reed Prize" },
      ],
    },
  },
  {
    name: "'The recipients include:' then 'Exemplary individuals:' and a name per line with its posts",
    text: "City News\n\nFour people from Pine City were honored for their work in the flood relief.\n\nThe recipients include:\n\nExemplary individuals:\n\nWang Bin/\u738b\u5f6c, deputy head and senior doctor of the lung ward at the Pine People's Hospital in the east of the city\n\nLin Fang/\u6797\u82b3, Chief Physician, Lake Central Hospital",
    expect: {
      conferrals: [
        { recipient: "Wang Bin", honor: "Exemplary individuals" },
        { recipient: "Lin Fang", honor: "Exemplary individuals" },
      ],
    },
  },
  {
    name: "'named a City of Crafts within the X Network': the network is where, not the honor",
    text: "City News\n\nPine City was named a City of Crafts within the Lakeland Creative Cities Network on Monday.",
    expect: { conferrals: [{ recipient: "Pine City", honor: "City of Crafts" }] },
  },
  {
    name: "a hall after 'At Pine City's' is where the honor was given, not who got it",
    text: "Work News\n\nAt Pine City's Grand Hall on Friday, 50 teams were dubbed National Outstanding Lake Teams.",
    // The teams are a counted group (round fifty-eight); the hall is still no holder.
    expect: {
      conferrals: [
        { recipient: "50 teams", honor: "National Outstanding Lake Teams", cohortSize: 50 },
      ],
    },
  },
];

// Round thirty: what the fresh sets 52 and 53 showed, in our own words.
const roundThirtyShapes: GenreCase[] = [
  {
    name: "'The X companies on the list include: A, B' after a list that came out, dated by it",
    text: "Business News\n\nOn May 3, the 2024 Lakeview 300 list was released. The listed firms earned more than last year.\n\nThe table shows that 120 firms from the country are on the list this year, up from 110.\n\nThe Chinese steel companies on the list include: Pinecrest Steel Group Co., Ltd., Redbank Metals Corporation and Hollow Iron Group Co., Ltd.",
    expect: {
      conferrals: [
        { recipient: "Pinecrest Steel Group Co., Ltd.", honor: "Lakeview 300", date: "2024-05-03" },
        { recipient: "Redbank Metals Corporation", honor: "Lakeview 300", date: "2024-05-03" },
        { recipient: "Hollow Iron Group Co., Ltd.", honor: "Lakeview 300", date: "2024-05-03" },
      ],
    },
  },
  {
    name: "an award that 'was announced' is news, not the honor of a later 'They are'",
    text: "News\n\nThe Cedar Book Award was announced in June. The fair drew many visitors.\n\nThey are Hillcrest University and Stonebrook College.",
    expect: { conferrals: [] },
  },
  {
    name: "a quote never closed after 'honored as' still sets the title off; 'Other winners are'",
    text: 'Culture News\n\nTwelve places in Hill province were honored as "homes of folk weaving for 2021-2023 by the Ministry of Crafts.\n\nOther winners are Elmford County, Ashgrove County and Firwood County.',
    expect: {
      conferrals: [
        { recipient: "Elmford County", honor: "homes of folk weaving" },
        { recipient: "Ashgrove County", honor: "homes of folk weaving" },
        { recipient: "Firwood County", honor: "homes of folk weaving" },
      ],
    },
  },
  {
    name: "a quote closed after the title's years: '\"homes of folk weaving for 2021-2023\" by'",
    text: 'Culture News\n\nTwelve places in Hill province were honored as "homes of folk weaving for 2021-2023" by the Ministry of Crafts.\n\nOther winners are Elmford County and Ashgrove County.',
    expect: {
      conferrals: [
        { recipient: "Elmford County", honor: "homes of folk weaving for 2021-2023" },
        { recipient: "Ashgrove County", honor: "homes of folk weaving for 2021-2023" },
      ],
    },
  },
  {
    name: "'A, B and C made their way onto the list' after the honor",
    text: 'Culture News\n\nNine towns have been honored as "homes of paper cutting" by the Ministry of Crafts.\n\nElmford County, Ashgrove County and Firwood County made their way onto the list for their craft.',
    expect: {
      conferrals: [
        { recipient: "Elmford County", honor: "homes of paper cutting" },
        { recipient: "Ashgrove County", honor: "homes of paper cutting" },
        { recipient: "Firwood County", honor: "homes of paper cutting" },
      ],
    },
  },
  {
    name: "a connecting adverb opening a list item is no place: ', Additionally, A won'",
    text: 'Culture News\n\nNine towns have been honored as "homes of paper cutting" by the Ministry of Crafts.\n\nOther winners are Elmford County for lanterns, Additionally, Ashgrove County for kites.',
    expect: {
      conferrals: [
        { recipient: "Elmford County", honor: "homes of paper cutting" },
        { recipient: "Ashgrove County", honor: "homes of paper cutting" },
      ],
      notOrganizations: ["Additionally"],
    },
  },
  {
    name: "'Notable recipients of the X include A; and B': the honor is X, not its recipients",
    text: "State News\n\nNotable recipients of the Lake Medal include Wu Lan, a 2015 Pine laureate in chemistry; and Tan Bo, known as the father of rice.",
    expect: {
      conferrals: [
        { recipient: "Wu Lan", honor: "Lake Medal" },
        { recipient: "Tan Bo", honor: "Lake Medal" },
      ],
    },
  },
  {
    name: "'Among the X recipients are current Y leader A and former Z Prime Minister B'",
    text: "State News\n\nThe council conferred the Lake Medal on eight people.\n\nAmong the Hill Medal recipients are current Maplish leader Ron Castle and former Oakish Prime Minister Jean-Paul Ferrand.",
    expect: {
      conferrals: [
        { recipient: "Ron Castle", honor: "Hill Medal" },
        { recipient: "Jean-Paul Ferrand", honor: "Hill Medal" },
      ],
    },
  },
  {
    name: "'decided to remove A from the \"X\" list': A's X is taken away",
    text: 'City News\n\nThe council office said on Friday that it decided to remove Maple City from the "national model cities" list.',
    expect: {
      conferrals: [{ recipient: "Maple City", honor: "national model cities", status: "revoked" }],
    },
  },
  {
    name: "'A, as the first X in the province to win this award,': the award named before",
    text: "Quality News\n\nFive firms won the Hill Quality Award in 2012. Lake Wood Co., Ltd., as the first wood company in Hill Province to win this award, closed a gap as well.",
    expect: { conferrals: [{ recipient: "Lake Wood Co., Ltd.", honor: "Hill Quality Award" }] },
  },
  {
    name: "a run of three category lines with no opener is a list of winners",
    text: "Festival Night\n\nThe festival closed on Sunday with a gala.\n\nThe 12th Riverside Festival\n\nBest Animation\n\nLantern Fox\n\nBest Documentary\n\nSalt Roads\n\nBest Variety Program\n\nSing Along Pine\n\nEach winner took home a trophy made of jade, and the hosts thanked the sponsors.",
    expect: {
      conferrals: [
        { recipient: "Lantern Fox", honor: "Best Animation" },
        { recipient: "Salt Roads", honor: "Best Documentary" },
        { recipient: "Sing Along Pine", honor: "Best Variety Program" },
      ],
    },
  },
  {
    name: "two category lines with no opener are no list",
    text: "Festival Night\n\nThe festival closed on Sunday with a gala.\n\nBest Animation\n\nLantern Fox\n\nBest Documentary\n\nSalt Roads\n\nEach winner took home a trophy made of jade, and the hosts thanked the sponsors.",
    expect: { conferrals: [] },
  },
  {
    name: "names on one line, their work on the next, share a category of people: 'WU Lan, TAN Bo'",
    text: "Awards\n\nFull list of winners:\nBest Cinematography\nWU Lan, TAN Bo\nSalt Road\nBest Director\nGAO Ming\n",
    expect: {
      conferrals: [
        { recipient: "WU Lan", honor: "Best Cinematography" },
        { recipient: "TAN Bo", honor: "Best Cinematography" },
        { recipient: "GAO Ming", honor: "Best Director" },
      ],
    },
  },
];

const roundThirtyOneShapes: GenreCase[] = [
  {
    name: "predicates in a series after commas: 'A got X in 2007, became a national Y in 2011, and ...'",
    text: "Campus News\n\nElmwood College got an excellent rating in the provincial teaching review in 2007, became a national demonstrative vocational college in 2011, and opened a new campus in 2015.",
    expect: {
      conferrals: [
        {
          recipient: "Elmwood College",
          honor: "excellent rating in the provincial teaching review",
          date: "2007",
        },
        {
          recipient: "Elmwood College",
          honor: "national demonstrative vocational college",
          date: "2011",
        },
      ],
    },
  },
  {
    name: "a subject with its own verb before the comma keeps the honor from it: 'A has 8 units, won the X'",
    text: "Health News\n\nHillshire has 8 units in the hospital system, won the advanced collective title this year.",
    expect: { conferrals: [] },
  },
  {
    name: "'Among those honored are A, the B team and 30 volunteers, including pilot C' after an honor given to a class",
    text: "Youth News\n\nThe Lakeside Youth League decided on Friday to award Bright Star Medals to young volunteers. Among those honored are the Riverside rescue team, the Hill first-aid team and 30 volunteers, including pilot Ma Lin, nurse Gu Ping and driver Tao Qing.",
    expect: {
      conferrals: [
        { recipient: "Ma Lin", honor: "Bright Star Medals" },
        { recipient: "Gu Ping", honor: "Bright Star Medals" },
        { recipient: "Tao Qing", honor: "Bright Star Medals" },
      ],
    },
  },
  {
    name: "'Among those honored are A and B' takes the honor of the sentence before, not an older one",
    text: "Youth News\n\nMaple Institute became a national key vocational school in 2012.\n\nThe Lakeside Youth League decided to award the Bright Star Medal to young volunteers. Among those honored are Li Ming and Wang Fang.",
    expect: {
      conferrals: [
        { recipient: "Maple Institute", honor: "national key vocational school" },
        { recipient: "Li Ming", honor: "Bright Star Medal" },
        { recipient: "Wang Fang", honor: "Bright Star Medal" },
      ],
    },
  },
  {
    name: "'we introduce three winners: A, B and C' in the middle of a sentence",
    text: "Building News\n\nSeveral Hillcrest projects won the Golden Trowel Prize. Below we introduce three winners: Pine Valley Library, Cedar Sports Center and Oak Bay Hospital.",
    expect: {
      conferrals: [
        { recipient: "Pine Valley Library", honor: "Golden Trowel Prize" },
        { recipient: "Cedar Sports Center", honor: "Golden Trowel Prize" },
        { recipient: "Oak Bay Hospital", honor: "Golden Trowel Prize" },
      ],
    },
  },
  {
    name: "a month before a day and a name opens the name: 'to award May Fourth Medals to', then 'The winners are'",
    text: "Youth News\n\nThe youth league resolved on Friday to award May Fourth Medals to outstanding runners. The winners are Lu Yan and Qi Bo.\n\nThe meeting was held on May 4, 2021.",
    expect: {
      conferrals: [
        { recipient: "Lu Yan", honor: "May Fourth Medals" },
        { recipient: "Qi Bo", honor: "May Fourth Medals" },
      ],
    },
  },
  {
    name: "a reference page: the honor its first sentence opens with, holders under 'List of recipients' behind scraped 'edit' links",
    text: 'The Silver Crane Medal (established 1999) is the highest honor of the Lakeshire region, given for a lifetime of service.\nList of recipients\nedit1999\nedit- Tan Wei-ming\n- Ko Shu-fen\n2000\nedit2001\nedit- Lam Ka-yan\neditSee also\nedit- ^ An Author (2003). "Lakeshire: Silver Crane Medal". Medals Today.',
    expect: {
      conferrals: [
        { recipient: "Tan Wei-ming", honor: "Silver Crane Medal", date: "1999" },
        { recipient: "Ko Shu-fen", honor: "Silver Crane Medal", date: "1999" },
        { recipient: "Lam Ka-yan", honor: "Silver Crane Medal", date: "2001" },
      ],
    },
  },
  {
    name: "'and the honorary title \"lower-case words.\"': a quote right after 'title' sets the title off",
    text: 'Space News\n\nGao Ren, 51, was awarded a first-class service medal, while Shen Bo, 44, received a bronze star medal and the honorary title "brave sailor."',
    expect: {
      conferrals: [
        { recipient: "Gao Ren", honor: "first-class service medal" },
        { recipient: "Shen Bo", honor: "bronze star medal" },
        { recipient: "Shen Bo", honor: "brave sailor" },
      ],
    },
  },
  {
    name: "an occupation in the plural introduces a list of names: 'Veteran painters Ba Mingrui and Lan Pei'",
    text: "Art News\n\nVeteran painters Ba Mingrui and Lan Pei were honored with the Lifetime Brush Award by the Hill Federation of Arts.",
    expect: {
      conferrals: [
        { recipient: "Ba Mingrui", honor: "Lifetime Brush Award" },
        { recipient: "Lan Pei", honor: "Lifetime Brush Award" },
      ],
    },
  },
  {
    name: "'In the Best X category, the winner is A' and 'they are: A, B and C': the category is the honor",
    text: "Travel News\n\nThe Lake Travel Council has named the winners of its yearly service awards.\n\nIn the Best Port by Size category, the top ports are all from the Hill region, they are: Ashford Port, Pinecrest Port and Maple Bay Port.\n\nIn the Best Guide category, the winner is Tian Lu.",
    expect: {
      conferrals: [
        { recipient: "Ashford Port", honor: "Best Port by Size" },
        { recipient: "Pinecrest Port", honor: "Best Port by Size" },
        { recipient: "Maple Bay Port", honor: "Best Port by Size" },
        { recipient: "Tian Lu", honor: "Best Guide" },
      ],
    },
  },
  {
    name: "'In the Best X category, the best one is A, followed by B and C': the ones after 'followed by' are runners-up",
    text: "Travel News\n\nIn the Best Port by Region category, the best port in the Hill region is Ashford Port, followed by Pinecrest Port and Maple Bay Port.\n\nIn the river sciences category, for work on floods, the panel met in Ashford.",
    expect: { conferrals: [{ recipient: "Ashford Port", honor: "Best Port by Region" }] },
  },
  {
    name: "'the Ministry awarded a bronze medal to the \"X\" that passed': the giver is no holder",
    text: 'Industry News\n\nAt the forum, the Ministry of Trade awarded a silver plaque to the "Model Export Firm" that passed the check in 2019.',
    expect: { conferrals: [] },
  },
  {
    name: "'Five parks from Lakeland and Norvia have been added to the X': the places they come from hold nothing",
    text: "Nature News\n\nFive fine parks from Lakeland and Norvia have been added to the Pine Green List, the common standard for park care.",
    expect: { conferrals: [] },
  },
  {
    name: "profiles: each holder's name on a line of its own, a paragraph about it below, after the sentence that gives the honor",
    text: "Nature News\n\nFive fine parks from Lakeland and Norvia have been added to the Pine Green List, the common standard for park care. Two older sites kept their place.\n\nThe new sites cover forests, wetlands and high meadows in both countries.\n\nLakeland: three sites\n\nCedar Ridge Nature Reserve\nSet up in 1979, the reserve shelters rare cranes and keeps most of its old forest in good health.\n\nWillow Bay Wetland Park\nThe park restored its reed beds over ten years and now hosts more than two hundred kinds of birds.",
    expect: {
      conferrals: [
        { recipient: "Cedar Ridge Nature Reserve", honor: "Pine Green List" },
        { recipient: "Willow Bay Wetland Park", honor: "Pine Green List" },
      ],
    },
  },
  {
    name: "profiles under a line that names another honor belong to that honor, not to the headline's",
    text: "The Pine Laureates 2024\n\nLAKE CITY -- The Pine Prize in Geology is given in equal shares to\nTan Meiling\nProfessor of Earth Sciences and head of the Rock Lab at Lake City University, who mapped the old river beds\nOu Jianping\nSenior Researcher at the Hill Institute of Geology, who dated the oldest rocks of the western plain",
    expect: { conferrals: [] },
  },
  {
    name: "a second honor after 'as well as the': 'won the X trophy, as well as the Y award'",
    text: "Law News\n\nAt the gala, Pine Bay Group won the Best Legal Team of the Year trophy, as well as the Private Firm Legal Team of the Year award.",
    expect: {
      conferrals: [
        { recipient: "Pine Bay Group", honor: "Best Legal Team of the Year" },
        { recipient: "Pine Bay Group", honor: "Private Firm Legal Team of the Year" },
      ],
    },
  },
  {
    name: "', along with B, C and D,' between a subject and its passive verb: all four hold the honor",
    text: "Industry News\n\nOak Motors Group, along with Fir Engine Company, Cedar Truck Group and Elm Diesel Co., Ltd., was rewarded the Centenary Merit Award by the Engine Society.",
    expect: {
      conferrals: [
        { recipient: "Oak Motors Group", honor: "Centenary Merit Award" },
        { recipient: "Fir Engine Company", honor: "Centenary Merit Award" },
        { recipient: "Cedar Truck Group", honor: "Centenary Merit Award" },
        { recipient: "Elm Diesel Co., Ltd.", honor: "Centenary Merit Award" },
      ],
    },
  },
  {
    name: "an acronym that spells the body inside a name defines that body: 'the General Office of X (ACR)'",
    text: "Science News\n\nThe hall was named an Excellent Science Base by the General Office of Lake Association for Science and Technology (LAST) in 2020.\n\nIt was also put forward by LAST for the national list.",
    expect: {
      mentions: [{ surface: "LAST", name: "Lake Association for Science and Technology" }],
    },
  },
  {
    name: "a province in brackets after a name that opens with a place only locates it: 'Zhengzhou Pine University (Henan)'",
    text: "Education News\n\nThe list added Zhengzhou Pine University (Henan) and Kunming Lake University (Yunnan), while Harbin Institute of Botany (Shenzhen) and Maple Foods (Hubei) Co., Ltd. were named too.",
    expect: {
      organizations: [
        "Zhengzhou Pine University",
        "Kunming Lake University",
        "Harbin Institute of Botany (Shenzhen)",
        "Maple Foods (Hubei) Co., Ltd.",
      ],
      notOrganizations: ["Zhengzhou Pine University (Henan)", "Kunming Lake University (Yunnan)"],
    },
  },
  {
    name: "'PRC', 'US', 'TCM', 'SCI', 'QC' alone name no body; inside a name they stay",
    text: "Health News\n\nThe PRC and US teams met. Lake TCM Hospital, which has 40 SCI papers and won QC prizes, was named a model unit by the Ministry of Health of the PRC.",
    expect: {
      organizations: ["Lake TCM Hospital", "Ministry of Health of the PRC"],
      notOrganizations: ["PRC", "US", "TCM", "SCI", "QC"],
    },
  },
  {
    name: "a dateline's city in capitals before a dash is a place: 'CHANGSHA – The ...'",
    text: "Book News\n\nCHANGSHA – The Pine Bookstore named six finalists for its first Pine Novel Award.",
    expect: { notOrganizations: ["CHANGSHA"] },
  },
  {
    name: "a headline that is an honor of 'Pacesetters', then bulleted names each with a paragraph below",
    text: "2019 National Lotus Pacesetters\nShare this page\nEditor's Note:\nEach spring the Lake Women's Federation honors ten women who have done much for their towns and families.\n  \u2022 Hu Meiling\n    Hu Meiling, 48, has spent most of her life helping the farmers of her village grow and sell better tea.\n  \u2022 Qiu Lan\n    Working as a teacher in the hills, Qiu Lan has given twenty years to the children of her county.",
    expect: {
      conferrals: [
        { recipient: "Hu Meiling", honor: "National Lotus Pacesetters" },
        { recipient: "Qiu Lan", honor: "National Lotus Pacesetters" },
      ],
    },
  },
  {
    name: "'have now been honored as X. They are A, B and C': an adverb after 'have' still announces the honor",
    text: "Rural News\n\nFive villages have now been honored as national model villages. They are Birchwood Village, Ashford Village and Hazel Village.",
    expect: {
      conferrals: [
        { recipient: "Birchwood Village", honor: "national model villages" },
        { recipient: "Ashford Village", honor: "national model villages" },
        { recipient: "Hazel Village", honor: "national model villages" },
      ],
    },
  },
  {
    name: "a news page's first sentence names no page honor: recipients under 'List of recipients' stay unread",
    text: "The Lake Prize ceremony drew many guests, and several other prizes were handed out as well.\nList of recipients\nedit2019\nedit- Tan Wei-ming\n- Ko Shu-fen",
    expect: { conferrals: [] },
  },
  {
    name: "a caption: 'Recipient of the X A (right), with recipients of the title, \"the Y,\" B, C and D': each list ends where the next starts",
    text: 'Honors News\n\nRecipient of the Lake Medal Wu Fan (right), with recipients of the state honor title, "the Pine Hero," Gu Li (left), Ren Ding and Tao Wen, at a gathering in Lake City.',
    expect: {
      conferrals: [
        { recipient: "Wu Fan", honor: "Lake Medal" },
        { recipient: "Gu Li", honor: "Pine Hero" },
        { recipient: "Ren Ding", honor: "Pine Hero" },
        { recipient: "Tao Wen", honor: "Pine Hero" },
      ],
    },
  },
];

const roundThirtyTwoShapes: GenreCase[] = [
  {
    name: "a quoted title ends at its closing quote before a count of times",
    text: 'City News\n\nFerncastle was honored with the title of "model green city" three consecutive times, the last one in 2019.',
    expect: { conferrals: [{ recipient: "Ferncastle", honor: "model green city" }] },
  },
  {
    name: "a quoted title ends at its closing quote before a dash and a gloss",
    text: "City News\n\nThe culture office announced on Monday it had decided to remove Baoding from the list of \u201cnational model green cities\u201d \u2013 the top recognition for a city.",
    expect: {
      conferrals: [
        { recipient: "Baoding", honor: "national model green cities", status: "revoked" },
      ],
    },
  },
  {
    name: "a quoted title before 'ranking:' keeps the list that follows it",
    text: "Campus News\n\nThese three colleges have entered the \u201cdouble top-class\u201d ranking: Pine University, Lake Normal University and Hill Medical University.",
    expect: {
      conferrals: [
        { recipient: "Pine University", honor: "double top-class" },
        { recipient: "Lake Normal University", honor: "double top-class" },
        { recipient: "Hill Medical University", honor: "double top-class" },
      ],
    },
  },
  {
    name: "a word of praise before a lower-case honor: 'The coveted grand prize went to A'",
    text: "Fair News\n\nThe coveted grand prize went to Walter Fenner for his speaker design.",
    expect: { conferrals: [{ recipient: "Walter Fenner", honor: "grand prize" }] },
  },
  {
    name: "'A of B, who garnered a gold medal': the person before the relative clause holds it",
    text: "Fair News\n\nThe team thanked Wang Lin of Hill University, who garnered a silver medal with his printing system.",
    expect: { conferrals: [{ recipient: "Wang Lin", honor: "silver medal" }] },
  },
  {
    name: "'named among the world's best X': a ranking by a possessive is an honor",
    text: "Travel News\n\nPine Hotel and Lake Hotel were named among the world's best airport hotels.",
    expect: {
      conferrals: [
        { recipient: "Pine Hotel", honor: "world's best airport hotels" },
        { recipient: "Lake Hotel", honor: "world's best airport hotels" },
      ],
    },
  },
  {
    name: "a military unit known by its number: 'Unit 61234'",
    text: "Defense News\n\nUnit 61234 was given the honorary title of Model Border Guard Unit.",
    expect: { conferrals: [{ recipient: "Unit 61234", honor: "Model Border Guard Unit" }] },
  },
  {
    name: "a part of a numbered unit: 'the 80th branch of Unit 91234'",
    text: "Defense News\n\nThe first-class merit citations were awarded to the 80th branch of Unit 91234 for its work.",
    expect: {
      conferrals: [
        { recipient: "80th branch of Unit 91234", honor: "first-class merit citations" },
      ],
    },
  },
  {
    name: "where a lower-case award was given is not its name: 'the best director award in Hangzhou'",
    text: "Film News\n\nDirector Li Ming took the best director award in Hangzhou for The Quiet River.",
    expect: { conferrals: [{ recipient: "Li Ming", honor: "best director award" }] },
  },
  {
    name: "places after a name, each larger, are its address: 'the X Scenic Area, Y District, Chengdu'",
    text: "Travel News\n\nOn Monday a provincial panel said that 18 scenic spots including the Pine Lake Scenic Area, Maple District, Chengdu had been rated as national 4A tourist attractions.",
    expect: {
      conferrals: [
        { recipient: "Pine Lake Scenic Area", honor: "national 4A tourist attractions" },
      ],
    },
  },
  {
    name: "'the counties of A, B and C' are all holders, whatever size the gazetteer gives them",
    text: "Garden News\n\nThe counties of Pingshan, Yueyang and Lushan were honored as \u201cModel Garden County\u201d.",
    expect: {
      conferrals: [
        { recipient: "Pingshan", honor: "Model Garden County" },
        { recipient: "Yueyang", honor: "Model Garden County" },
        { recipient: "Lushan", honor: "Model Garden County" },
      ],
    },
  },
  {
    name: "'Xiamen in Fujian Province, Ningbo and ...': a city after a city with its province is another holder",
    text: "Wetland News\n\nLijiang in Yunnan Province, Xiamen in Fujian Province, Ningbo and Shaoxing in Zhejiang Province were named International Lake Cities on Friday.",
    expect: {
      conferrals: [
        { recipient: "Lijiang in Yunnan Province", honor: "International Lake Cities" },
        { recipient: "Xiamen in Fujian Province", honor: "International Lake Cities" },
        { recipient: "Ningbo", honor: "International Lake Cities" },
        { recipient: "Shaoxing in Zhejiang Province", honor: "International Lake Cities" },
      ],
    },
  },
  {
    name: "'Under the auspices of A and the B, C was selected': B belongs to the opening phrase",
    text: "Campus News\n\nUnder the auspices of the Hill Bureau and the Lake Provincial Government, Pine University was named one of the national first-class universities.",
    expect: {
      conferrals: [{ recipient: "Pine University", honor: "national first-class universities" }],
    },
  },
  {
    name: "a province after a city is its address: 'Wuxi, Jiangsu Province, China, received X'",
    text: "City News\n\nWuxi, Jiangsu Province, China, received the Pine World City Prize 2014 for its planning.",
    expect: { conferrals: [{ recipient: "Wuxi", honor: "Pine World City Prize" }] },
  },
  {
    name: "guard: a city after a county is another holder ('Birch City, Hill County, Maple City and ...')",
    text: "County News\n\nBirch City, Hill County, Maple City and Aspen County were named national demonstration counties for rural e-commerce.",
    expect: {
      conferrals: [
        { recipient: "Birch City", honor: "national demonstration counties for rural e-commerce" },
        { recipient: "Hill County", honor: "national demonstration counties for rural e-commerce" },
        { recipient: "Maple City", honor: "national demonstration counties for rural e-commerce" },
        {
          recipient: "Aspen County",
          honor: "national demonstration counties for rural e-commerce",
        },
      ],
    },
  },
  {
    name: "the last resort takes no chair of a prize's committee as its holder",
    text: "Prize News\n\nLin Bo, Chair of the Judging Committee for this year's Pine Science Prize, said the winner's work had wide influence.",
    expect: { conferrals: [] },
  },
  {
    name: "the last resort takes no one who presented the awards as a holder",
    text: "Campus News\n\nSchool leaders such as Li Hua and Wang Bo watched the films of the \u201cPine Award\u201d teams and presented awards to the groups who won the \u201cPine Award\u201d.",
    expect: { conferrals: [] },
  },
  {
    name: "the last resort takes no makers of the works that won: 'A and others from B mainly completed'",
    text: "Award News\n\nThe reporter found that Huang Li and others from the Cancer Center of Hill University mainly completed 10 projects that won the Lake Natural Science Award.",
    expect: { conferrals: [] },
  },
  {
    name: "the last resort takes no president named by his title before his name",
    text: "Sports News\n\nThe winners were chosen by the Star Awards Selection Commission, which comprised a representative from the Athletes' Commission and the Federation President Tom Rivers, and won the Pine Star Award.",
    expect: { conferrals: [] },
  },
  {
    name: "a firm named by its partners around '&': 'Kowalczyk & Brandt was named X'",
    text: "Law News\n\nKowalczyk & Brandt was named Law Firm of the Year at the Pine Legal Awards.",
    expect: { conferrals: [{ recipient: "Kowalczyk & Brandt", honor: "Law Firm of the Year" }] },
  },
  {
    name: "guard: '&' inside a body's name after 'of' and between two people makes no firm",
    text: "Campus News\n\nProfessor Li Ming of the College of Food Science & Technology was elected a fellow of the Hill Academy. The Hill Bureau named Li Hua & Wang Bo provincial model workers.",
    expect: {
      someConferrals: [{ recipient: "Li Ming", honor: "fellow of the Hill Academy" }],
      notOrganizations: ["Food Science & Technology", "Li Hua & Wang Bo"],
      people: [{ name: "Li Hua" }, { name: "Wang Bo" }],
    },
  },
  {
    name: "a list's honor named in the sentence before the one that ends the lead paragraph",
    text: "City News\n\nThis is the fifth year of the Pine Outlook Livable Cities list, and more than a million people took part in the survey. It is based on 16 indexes, including schools, health care and parks.\n\nNo 3 Xuzhou\n\nA photo of a park in Xuzhou, Jiangsu province, in 2018.\n\nNo 2 Taizhou\n\nA street in Taizhou, Zhejiang province.\n\nNo 1 Changsha\n\nFireworks over the river in Changsha.",
    expect: {
      conferrals: [
        { recipient: "Xuzhou", honor: "Pine Outlook Livable Cities list" },
        { recipient: "Taizhou", honor: "Pine Outlook Livable Cities list" },
        { recipient: "Changsha", honor: "Pine Outlook Livable Cities list" },
      ],
    },
  },
  {
    name: "'was elected as a foreign associate': an associate of an academy is an honor ('associate professor' is not)",
    text: "Academy News\n\nAmong the new names, Nobel laureate Li Hua, professor at the Pine Research Center of the Hill Academy of Medicine, was elected as a foreign associate. Wang Bo was promoted to associate professor in 2019.",
    expect: {
      conferrals: [
        { recipient: "Li Hua", honor: "foreign associate" },
        { recipient: "Li Hua", honor: "Nobel laureate" },
      ],
    },
  },
  {
    name: "new rule named-paragraphs: after 'The list of ... winners includes:', each paragraph opening with a person",
    text: 'Citizen News\n\nHill Citizens Awarded "Moving Hill-2020" Award\n\nThe annual ceremony was broadcast by Hill Media on the evening of February 17.\n\nLaunched in 2003, the show praises people who moved the nation.\n\nAward 2.jpg\n\nThe list of 2021 honorary title holders includes:\n\nLi Hua is a doctor who kept working through an illness.\n\nWang Bo is a firefighter aged 36 who lost his life in a flood rescue.\n\nAward 3.jpg\n\nZhang Mei is the head of a free school for girls in the mountains.',
    expect: {
      conferrals: [
        { recipient: "Li Hua", honor: '"Moving Hill-2020" Award' },
        { recipient: "Wang Bo", honor: '"Moving Hill-2020" Award' },
        { recipient: "Zhang Mei", honor: '"Moving Hill-2020" Award' },
      ],
    },
  },
  {
    name: "named-paragraphs goes on past a caption where another rule stopped, under that rule's honor",
    text: 'Citizen News\n\nPine Citizens Awarded "Moving Hill 2020" Award\n\nThe annual "Moving Hill" award ceremony was broadcast by Hill Media on the evening of February 17.\n\nThe list of 2021 honorary title holders includes:\n\nLi Hua is a doctor who kept working through an illness.\n\nWang Bo is a firefighter aged 36 who lost his life in a flood rescue.\n\nPhoto 3.jpg\n\nZhang Mei is the head of a free school for girls in the mountains.\n\nThe ceremony ended at ten.',
    expect: {
      conferrals: [
        { recipient: "Li Hua", honor: "Moving Hill 2020" },
        { recipient: "Wang Bo", honor: "Moving Hill 2020" },
        { recipient: "Zhang Mei", honor: "Moving Hill 2020" },
      ],
    },
  },
  {
    name: "new rule subject-in-passing: 'A thanked her coach after being awarded the X'",
    text: "Sports News\n\nWang Fang thanked her coach after being awarded the Pine Female Athlete award.",
    expect: { conferrals: [{ recipient: "Wang Fang", honor: "Pine Female Athlete award" }] },
  },
  {
    name: "subject-in-passing: 'A beat out four other nominees, including B and C, to claim the honor of the X'",
    text: "Sports News\n\nLi Bo beat out four other nominees, including hurdler Liu Tao and gymnast Chen Bing, to claim the honor of the Pine Male Athlete title.",
    expect: { conferrals: [{ recipient: "Li Bo", honor: "Pine Male Athlete" }] },
  },
  {
    name: "a news agency by its bare name is an organization; a dateline's city before an abbreviated month is a place",
    text: "Campus News\n\nBEIJING, Aug. 26 (Xinhua) -- Hill University was named a national model school.\n\nReuters carried the report on Monday.",
    expect: {
      conferrals: [{ recipient: "Hill University", honor: "national model school" }],
      organizations: ["Xinhua", "Reuters", "Hill University"],
      notOrganizations: ["BEIJING"],
    },
  },
  {
    name: "a web site's name is the body that runs it ('Source: pinenews.com.cn'), not an e-mail address",
    text: "Campus News\n\nSource: pinenews.com.cn\n\nHill University was named a national model school. Write to office@hill.edu.cn for details.",
    expect: {
      conferrals: [{ recipient: "Hill University", honor: "national model school" }],
      organizations: ["pinenews.com.cn", "Hill University"],
      notOrganizations: ["hill.edu.cn"],
    },
  },
  {
    name: "a place's government in lower case ('the Jiangsu provincial government') is an organization",
    text: "Campus News\n\nThe Jiangsu provincial government named Hill University a provincial model school.",
    expect: {
      organizations: ["Jiangsu provincial government", "Hill University"],
    },
  },
  {
    name: "new rule class-profiles: an honor given to a counted class, then a paragraph opening with each member's name",
    text: "City News\n\nTwenty cities, six of them from China, were accredited as model lake cities on Friday.\n\nThe ceremony took place in the evening.\n\nOf the six Chinese cities, Hefei has four lake parks.\n\nJining, in Shandong Province, has 30 lake towns.\n\nNanchang of Jiangxi Province has two large lakes.",
    expect: {
      conferrals: [
        { recipient: "Hefei", honor: "model lake cities" },
        { recipient: "Jining", honor: "model lake cities" },
        { recipient: "Nanchang", honor: "model lake cities" },
      ],
    },
  },
  {
    name: "guard: class-profiles reads nothing when more members open paragraphs than the class counts",
    text: "City News\n\nTwo cities were accredited as model lake cities on Friday.\n\nHefei has four lake parks.\n\nJining, in Shandong Province, has 30 lake towns.\n\nNanchang of Jiangxi Province has two large lakes.",
    expect: { conferrals: [] },
  },
];

const roundThirtyThreeShapes: GenreCase[] = [
  {
    name: "'A and B, along with C and D, were named X and Y respectively': one honor per group",
    text: 'Gala News\n\nActors Lin Haoran and Gu Binyu, along with actresses Lu Meiqi and Tang Ruolin, were honored with the titles of "Pine Actor of the Year" and "Pine Actress of the Year" respectively.',
    expect: {
      conferrals: [
        { recipient: "Lin Haoran", honor: "Pine Actor of the Year" },
        { recipient: "Gu Binyu", honor: "Pine Actor of the Year" },
        { recipient: "Lu Meiqi", honor: "Pine Actress of the Year" },
        { recipient: "Tang Ruolin", honor: "Pine Actress of the Year" },
      ],
    },
  },
  {
    name: "'The A Prize and the B Prize went to X and Y respectively': each honor with its article",
    text: "Festival News\n\nThe Pine Prize and the Lake Prize went to Lin Haoran and Lu Meiqi respectively.",
    expect: {
      conferrals: [
        { recipient: "Lin Haoran", honor: "Pine Prize" },
        { recipient: "Lu Meiqi", honor: "Lake Prize" },
      ],
    },
  },
  {
    name: "an honor of the clause before is not listed with the one given: '..., and the B Prize was given to Z'",
    text: "Campus News\n\nTwo short films were awarded the Pine Video Prize, and the Lake Organization Prize was given to Hill Normal University.",
    expect: {
      conferrals: [{ recipient: "Hill Normal University", honor: "Lake Organization Prize" }],
    },
  },
  {
    name: "'Lake Awards: Best Director' is one category line; 'A for \"Film\"', '\"Film\" Dir. B.' and '(dir. C)' are credits",
    text: 'Festival News\n\nThe winners of this year\'s Lake festival are as follows:\n\nLake Awards: Best Film\n"Winter Reeds" Dir. Tang Lei.\n\nLake Awards: Best Actress\nLu Qingwen for "Quiet Harbour" (dir. Xu Lan)\n\nLake Awards: Best Director\nGu Hanming for "A Song of Pines"\n',
    expect: {
      conferrals: [
        { recipient: "Winter Reeds", honor: "Lake Awards: Best Film" },
        { recipient: "Lu Qingwen", honor: "Lake Awards: Best Actress" },
        { recipient: "Gu Hanming", honor: "Lake Awards: Best Director" },
      ],
    },
  },
  {
    name: "'A in B City, C Province made it to the Top 8 X': the site holds it, not its province",
    text: "Travel News\n\nBy the new ranking, Fernhollow Village in Lakemoor City, Hillshire Province made it to the Top 8 Village Getaways.",
    expect: {
      conferrals: [{ recipient: "Fernhollow Village", honor: "Top 8 Village Getaways" }],
    },
  },
  {
    name: "'made it onto the list of X' confers X; 'made it into the top 12 nominees' does not",
    text: "Village News\n\nFernhollow Village made it onto the list of Provincial Heritage Villages. Back in 2011 Tang Rui made it into the top 12 nominees.",
    expect: {
      conferrals: [{ recipient: "Fernhollow Village", honor: "Provincial Heritage Villages" }],
    },
  },
  {
    name: "'was among the earliest cities to receive X', 'was one of the few cities to win X', 'ranks first on the list of X'",
    text: "Ranking News\n\nKunming was among the earliest cities to receive the Lake Heritage City title. Fernhollow Town was one of the few towns to win the Tarn Garden Town award. Hangzhou ranks first on the new list of Most Reputable Cities.",
    expect: {
      conferrals: [
        { recipient: "Kunming", honor: "Lake Heritage City" },
        { recipient: "Fernhollow Town", honor: "Tarn Garden Town award" },
        { recipient: "Hangzhou", honor: "Most Reputable Cities" },
      ],
    },
  },
  {
    name: "'entered/topped the Top 10 X', 'entered China's top 50 county list': a best-of list entered is held; its nominees are not",
    text: "Ranking News\n\nPine Dairy Group entered the Top 10 Valuable Dairy Brands. Hill Tea Group topped the Top 20 Tea Exporters in 2021. Hill County entered China's top 50 county list in 2019. Lakemoor Mill entered the top 12 nominees.",
    expect: {
      conferrals: [
        { recipient: "Pine Dairy Group", honor: "Top 10 Valuable Dairy Brands" },
        { recipient: "Hill Tea Group", honor: "Top 20 Tea Exporters" },
        { recipient: "Hill County", honor: "China's top 50 county" },
      ],
    },
  },
  {
    name: "words in capitals that label a page ('PHOTO:', 'BUSINESS WIRE') are no bodies",
    text: "Quality News\n\nSHANGHAI, China (BUSINESS WIRE) -- Pine Dairy Group won the Hill Quality Award.\n\nPHOTO: the award ceremony in Shanghai.",
    expect: {
      conferrals: [{ recipient: "Pine Dairy Group", honor: "Hill Quality Award" }],
      notOrganizations: ["BUSINESS", "WIRE", "PHOTO", "BUSINESS WIRE", "SHANGHAI"],
    },
  },
  {
    name: "an English word in capitals inside a sentence stays a body's short name: 'MOST won the cup'",
    text: "Campus News\n\nIn 2023, MOST won the Hill Challenge Cup.",
    expect: { conferrals: [{ recipient: "MOST", honor: "Hill Challenge Cup" }] },
  },
  {
    name: "'In 2019, he studied on, won X, ..., and won Y and Z': a pronoun's series of predicates",
    text: "Profile\n\nQiu Haoran is an engineer at Pine University. In 2019, he went back to school, won the Gold Award of the Fern Cup, joined a start-up, and won the Lake Youth Award and the Hill Model Worker.",
    expect: {
      conferrals: [
        { recipient: "Qiu Haoran", honor: "Gold Award of the Fern Cup" },
        { recipient: "Qiu Haoran", honor: "Lake Youth Award" },
        { recipient: "Qiu Haoran", honor: "Hill Model Worker" },
      ],
    },
  },
  {
    name: "a relative clause in a pronoun's series names another holder: '..., which won X'",
    text: "Profile\n\nQiu Haoran is an engineer. In 2019, he joined the Pine Lab, which won the Lake Team Award.",
    expect: {
      conferrals: [{ recipient: "Pine Lab", honor: "Lake Team Award" }],
    },
  },
  {
    name: "a bare company name with no head, opening the last clause before 'was awarded', holds the honor",
    text: "Industry News\n\nPine Group was named a Hill Model Enterprise, Windey was praised for its yields, and Quvanco was awarded as \u201cHidden Champion\u201d enterprise.",
    expect: {
      conferrals: [
        { recipient: "Pine Group", honor: "Hill Model Enterprise" },
        { recipient: "Quvanco", honor: '"Hidden Champion" enterprise' },
      ],
    },
  },
  {
    name: "'while its star A won the award for best actress': a bare name after a role word is a person",
    text: "Film News\n\nThe best actor award went to Tom Reed, while its star Pouyan Lakeri won the award for best actress.",
    expect: {
      conferrals: [
        { recipient: "Tom Reed", honor: "best actor award" },
        { recipient: "Pouyan Lakeri", honor: "award for best actress" },
      ],
      people: [{ name: "Tom Reed" }, { name: "Pouyan Lakeri" }],
    },
  },
  {
    name: "a bare name after a verb is its object, no holder: 'the teams attended Lakegem won a medal'",
    text: "Campus News\n\nLast year, when the teams attended Lakegem won a gold medal.",
    expect: { conferrals: [] },
  },
  {
    name: "'decided to award A the X': the decision's verb confers, with its issuer",
    text: "Patent News\n\nThe Hill Patent Office decided to award the Fern Valley Institute the Lake Patent Organization Award.",
    expect: {
      conferrals: [
        {
          recipient: "Fern Valley Institute",
          honor: "Lake Patent Organization Award",
          issuers: ["Hill Patent Office"],
        },
      ],
    },
  },
  {
    name: "'decided to grant 20 scientists including A the X': a counted cohort of people",
    text: "Science News\n\nThe Hill Science Union decided to grant 20 scientists including Ren Haoming the Lake Discovery Medal.",
    expect: { conferrals: [{ recipient: "Ren Haoming", honor: "Lake Discovery Medal" }] },
  },
  {
    name: "'awarded A and other eight units the X': the unnamed rest before the honor",
    text: "Patent News\n\nThe Hill Patent Office awarded the Fern Valley Institute and other eight units the Lake Patent Organization Award.",
    expect: {
      conferrals: [{ recipient: "Fern Valley Institute", honor: "Lake Patent Organization Award" }],
    },
  },
  {
    name: "'awarded A the X, and B the Y, C, the Z': each later pair without its verb",
    text: "Patent News\n\nThe Hill Patent Office awarded the Fern Valley Institute the Lake Organization Award, and the Moss Bay Office the Lake Excellence Award, Wu Tianle and other 12 experts, the Lake Recommendation Award.",
    expect: {
      conferrals: [
        { recipient: "Fern Valley Institute", honor: "Lake Organization Award" },
        { recipient: "Moss Bay Office", honor: "Lake Excellence Award" },
        { recipient: "Wu Tianle", honor: "Lake Recommendation Award" },
      ],
    },
  },
  {
    name: "a body's name among the honors a place has won is one of them, not a holder",
    text: 'Travel News\n\nWith its karst halls and rivers, the area has won the "Top 30 Hill Attractions", "Lake Basin Geopark", "Most Scenic Caves of Hill" and other titles.',
    expect: { conferrals: [] },
  },
  {
    name: "'A Co. were selected': the abbreviation's stop belongs to the name",
    text: "Factory News\n\nTo date, five companies including Fernwood Tech Co. were selected as the Provincial Smart Factory.",
    expect: {
      conferrals: [{ recipient: "Fernwood Tech Co.", honor: "Provincial Smart Factory" }],
    },
  },
  {
    name: "'Co.' before a capital still ends the sentence",
    text: "Factory News\n\nThe Hill Quality Award went to Fernwood Tech Co. Lake Mill won the Pine Award.",
    expect: {
      conferrals: [
        { recipient: "Fernwood Tech Co", honor: "Hill Quality Award" },
        { recipient: "Lake Mill", honor: "Pine Award" },
      ],
    },
  },
];

const roundThirtyFourShapes: GenreCase[] = [
  {
    name: 'titles listed with the comma inside the quotes: \'"A," "B" and "C."\'',
    text: 'Village News\n\nMaple Hollow village has also won the titles of "National Orchard Village," "Provincial Ecology Village," "Municipal Tidy Village Site" and "Civilized Village of Reed District."',
    expect: {
      conferrals: [
        { recipient: "Maple Hollow Village", honor: "National Orchard Village" },
        { recipient: "Maple Hollow Village", honor: "Provincial Ecology Village" },
        { recipient: "Maple Hollow Village", honor: "Municipal Tidy Village Site" },
        { recipient: "Maple Hollow Village", honor: "Civilized Village of Reed District" },
      ],
    },
  },
  {
    name: "'A in B in C, the capital city of Western Lanxi's D province, was listed among X': the address and its aside are not holders",
    text: "Village News\n\nCedar village in Reed district in Hillport City, the capital city of northwest China's Lanxi Province, was listed among key orchard tourism villages, according to a notice.",
    expect: {
      conferrals: [{ recipient: "Cedar Village", honor: "key orchard tourism villages" }],
    },
  },
  {
    name: "'N units were chosen for this list, such as A and B': the list the text named before",
    text: "Tourism News\n\nOn May 8, the Hill Tourism Bureau announced the second batch of provincial demonstration units for tidy tourism.\n\nIn all, 40 units in the province were chosen for this list, such as the Maple Ridge Museum and the Pine Hollow Museum.",
    expect: {
      conferrals: [
        {
          recipient: "Maple Ridge Museum",
          honor: "provincial demonstration units for tidy tourism",
          cohortSize: 40,
        },
        {
          recipient: "Pine Hollow Museum",
          honor: "provincial demonstration units for tidy tourism",
          cohortSize: 40,
        },
      ],
    },
  },
  {
    name: "a place that runs on into capitals ('Lanxi Hill Lake Rowing Service') is no holder of its own",
    text: "Tourism News\n\nOn May 8, the Hill Tourism Bureau announced the second batch of provincial demonstration units for tidy tourism.\n\nIn all, 40 units in the province were chosen on this list, such as the Maple Ridge Museum and Lanxi Hill Lake Rowing Service.",
    expect: {
      conferrals: [
        {
          recipient: "Maple Ridge Museum",
          honor: "provincial demonstration units for tidy tourism",
        },
      ],
    },
  },
  {
    name: "'X Won the Honor Again' in a headline names no honor called 'Honor'",
    text: "Maple Ridge Museum Won the Honor Again\n\nOn May 8, the Hill Tourism Bureau named the Maple Ridge Museum a provincial tidy tourism unit.",
    expect: {
      conferrals: [{ recipient: "Maple Ridge Museum", honor: "provincial tidy tourism unit" }],
    },
  },
  {
    name: "'Suzhou Lake Equipment and Wuxi Pine Pharmacy were recognized': a place after 'and' opens a second name when a place opens the first",
    text: "Industry News\n\nSuzhou Lake Equipment and Wuxi Pine Pharmacy were recognized as national enterprise technical centers.",
    expect: {
      someConferrals: [
        { recipient: "Wuxi Pine Pharmacy", honor: "national enterprise technical centers" },
      ],
      notOrganizations: ["Suzhou Lake Equipment and Wuxi Pine Pharmacy"],
    },
  },
  {
    name: "'the Hong Kong and Macao Affairs Office' stays one body: no place opens the words before 'and'",
    text: "Office News\n\nThe Hong Kong and Macao Affairs Office won the Lake Service Award.",
    expect: {
      conferrals: [
        { recipient: "Hong Kong and Macao Affairs Office", honor: "Lake Service Award" },
      ],
    },
  },
  {
    name: "built works win engineering prizes: 'Reed Bay Bridge won the X', 'West Pine Tunnel on the Hill Railway won the Y'",
    text: "Construction News\n\nReed Bay Bridge won the Lake Engineering Prize. West Pine Tunnel on the Hill Railway won the Pine Builders Award.",
    expect: {
      conferrals: [
        { recipient: "Reed Bay Bridge", honor: "Lake Engineering Prize" },
        { recipient: "West Pine Tunnel", honor: "Pine Builders Award" },
      ],
    },
  },
  {
    name: "'N counties were named by X to be Y (the project)', then 'The N selected areas:' and a numbered list: each item holds Y",
    text: "Care News\n\nThirty counties and towns were named by the Hill Ministry of Care to be pilot areas for the 2023 Lake Home Care Project (the project).\n\nThe project gives beds and visits to the elderly.\n\nThe 30 selected areas:\n\n  1. Maple District (Hillport);\n  2. Pine District (Lakeport);\n  3. Cedar District (Reedport);\n",
    expect: {
      conferrals: [
        { recipient: "Maple District", honor: "pilot areas for the 2023 Lake Home Care Project" },
        { recipient: "Pine District", honor: "pilot areas for the 2023 Lake Home Care Project" },
        { recipient: "Cedar District", honor: "pilot areas for the 2023 Lake Home Care Project" },
      ],
    },
  },
  {
    name: "a bracket that opens with 'the' after an honor is an aside, not a branch of it: 'the Star Award (the second prize)'",
    text: "Campus News\n\nThe Maple Robotics Team won the Star Award (the second prize) at the Hill Cup.",
    expect: {
      conferrals: [{ recipient: "Maple Robotics Team", honor: "Star Award" }],
    },
  },
  {
    name: "the last resort takes no honor's namesake as its holder: 'PINECREST' of 'PINECREST Stars'",
    text: "Dining News\n\nThe PINECREST Guide Lakeport 2024 was unveiled: 148 restaurants won PINECREST Stars this year.",
    // The restaurants are a counted group (round fifty-eight); the guide's namesake holds nothing.
    expect: {
      conferrals: [{ recipient: "148 restaurants", honor: "PINECREST Stars", cohortSize: 148 }],
    },
  },
  {
    name: "the last resort takes no person a medal is named after: 'Harold B. Fenwick' of the 'Harold B. Fenwick Medal'",
    text: "Bridge News\n\nA Lanxi engineer won the Harold B. Fenwick Medal, named after Harold B. Fenwick.",
    expect: { conferrals: [] },
  },
  {
    name: "a page scraped from JSON keeps a backslash before each quote: the quotes still set the titles off",
    text: 'Gala News\n\nActors Lin Haoran and Gu Binyu, along with actresses Lu Meiqi and Tang Ruolin, were honored with the titles of \\"Pine Actor of the Year\\" and \\"Pine Actress of the Year\\" respectively.\\nThe gala ended at ten.',
    expect: {
      conferrals: [
        { recipient: "Lin Haoran", honor: "Pine Actor of the Year" },
        { recipient: "Gu Binyu", honor: "Pine Actor of the Year" },
        { recipient: "Lu Meiqi", honor: "Pine Actress of the Year" },
        { recipient: "Tang Ruolin", honor: "Pine Actress of the Year" },
      ],
    },
  },
  {
    name: "who reports the news is no second honor: 'A won the X, Lakeland News Agency reported'",
    text: "Industry News\n\nThe Maple Group won the Pine Quality Award, Lakeland News Agency reported on Monday.",
    expect: {
      conferrals: [{ recipient: "Maple Group", honor: "Pine Quality Award" }],
      organizations: ["Lakeland News Agency"],
    },
  },
  {
    name: "a date written day first, 'On 8 November', dates the conferral, and the list after it that names the same honor",
    publicationDate: "2021-11-11",
    text: "Maple City joins the Lake Network\n\nOn 8 November, Maple City as well as three other cities joined the Lake Creative Cities Network.\n\nThe Lake Creative Cities Network now has 300 members.\n\nThe other new members are:\n\nPine City (Hill Province)\nCedar City (Reed Province)\nWillow City (Stone Province)\n",
    expect: {
      someConferrals: [
        { recipient: "Maple City", honor: "Lake Creative Cities Network", date: "2021-11-08" },
        { recipient: "Pine City", honor: "Lake Creative Cities Network", date: "2021-11-08" },
        { recipient: "Cedar City", honor: "Lake Creative Cities Network", date: "2021-11-08" },
        { recipient: "Willow City", honor: "Lake Creative Cities Network", date: "2021-11-08" },
      ],
    },
  },
  {
    name: "'B has also been awarded X in the past' takes no date from A's: only listed holders without a verb of their own do",
    publicationDate: "2021-11-11",
    text: "Prize News\n\nOn 8 November, the Maple Museum won the Lake Heritage Award.\n\nThe Pine Museum has also been awarded the Lake Heritage Award in the past.\n",
    expect: {
      someConferrals: [
        { recipient: "Maple Museum", honor: "Lake Heritage Award", date: "2021-11-08" },
        { recipient: "Pine Museum", honor: "Lake Heritage Award", date: null },
      ],
    },
  },
  {
    name: "a pinyin place written with its syllable apostrophe ('Tai'an') is the place the gazetteer spells 'Taian'",
    text: "Garden News\n\nTai'an and Maple City were named national garden cities.",
    expect: {
      conferrals: [
        { recipient: "Tai'an", honor: "national garden cities" },
        { recipient: "Maple City", honor: "national garden cities" },
      ],
    },
  },
  {
    name: "an em dash glued on one side sets off a post too: 'Lin Wei— professor of X, Gu Ming—professor of Y'",
    text: "Prize News\n\nLin Wei— professor from Hill University, and Gu Ming—professor from Pine University, respectively won the Reed Life Award and the Reed Materials Award.",
    expect: {
      conferrals: [
        { recipient: "Lin Wei", honor: "Reed Life Award" },
        { recipient: "Gu Ming", honor: "Reed Materials Award" },
      ],
    },
  },
  {
    name: "'since 2018' dates the holders of a title held since then; 'this week' after an honor is no part of it",
    publicationDate: "2022-11-04",
    text: "Wetland News\n\nFour cities were named Lake Wetland Cities this week.\n\nThe two other cities that have held the title since 2018 are Maple City and Pine City.",
    expect: {
      someConferrals: [
        { recipient: "Maple City", honor: "Lake Wetland Cities", date: "2018" },
        { recipient: "Pine City", honor: "Lake Wetland Cities", date: "2018" },
      ],
    },
  },
  {
    name: "'for their work since 2016' says nothing of when the honor was given",
    publicationDate: "2020-12-02",
    text: "Science News\n\nOn December 1, 2020, the Hill Association named 40 units Lake Advanced Collectives, including the Maple Research Base, for their work in science education since 2016.",
    expect: {
      someConferrals: [
        {
          recipient: "Maple Research Base",
          honor: "Lake Advanced Collectives",
          date: "2020-12-01",
        },
      ],
    },
  },
];

const roundThirtyFiveShapes: GenreCase[] = [
  {
    name: "a gloss in Chinese characters inside a prize's name: the name reads on across it",
    text: "Campus News\n\nProf. Tang Wei, Chair Professor of the Department of Geology, was awarded the Lanxi Foundation (兰溪基金) Prize for Scientific Progress (科学进步奖) 2024.",
    expect: {
      conferrals: [
        { recipient: "Tang Wei", honor: "Lanxi Foundation Prize for Scientific Progress" },
      ],
    },
  },
  {
    name: 'three titles each with its comma inside the quotes, then "and": the view moves each comma out',
    text: 'Film News\n\nThe studio\'s films "Pine Rain," "Cedar Wind," and "Reed Snow" were named outstanding works of the year.',
    expect: {
      conferrals: [
        { recipient: "Pine Rain", honor: "outstanding works of the year" },
        { recipient: "Cedar Wind", honor: "outstanding works of the year" },
        { recipient: "Reed Snow", honor: "outstanding works of the year" },
      ],
    },
  },
  {
    name: "'decided to identify N enterprises as X. Among them, A and B have won this title': the title identified before",
    text: "Farm News\n\nThe joint conference decided to identify 300 companies as provincial leading enterprises for orchard farming. Among them, Pine Orchard Co., Ltd. and Reed Fruit Co., Ltd. have won this title.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Orchard Co., Ltd.",
          honor: "provincial leading enterprises for orchard farming",
        },
        {
          recipient: "Reed Fruit Co., Ltd.",
          honor: "provincial leading enterprises for orchard farming",
        },
      ],
    },
  },
  {
    name: "'N units will be identified as X. Among them, A and B were selected': the title to be given, then its holders",
    text: "Science News\n\nAfter review, 500 units will be identified as national science education bases. Among them, Pine Park and the Hillport Science and Technology Museum were selected.",
    expect: {
      conferrals: [
        { recipient: "Pine Park", honor: "national science education bases" },
        {
          recipient: "Hillport Science and Technology Museum",
          honor: "national science education bases",
        },
      ],
    },
  },
  {
    name: "'jointly identified N firms as \"X\". Five city firms, including A, were on the list': the quoted title",
    text: 'Labor News\n\nRecently, the Lanxi Labor Department and other bodies jointly identified 250 enterprises as "Lanxi harmonious workplace demonstration enterprises". Five Hillport enterprises, including Pine Chemical Company, were on the list.',
    expect: {
      conferrals: [
        {
          recipient: "Pine Chemical Company",
          honor: "Lanxi harmonious workplace demonstration enterprises",
        },
      ],
    },
  },
  {
    name: "'received the decision on awarding the titles of X and Y': a document that gives honors is no honor, and says no holder",
    text: "Company News\n\nOn May 9, Hill Building Group received the decision of awarding the titles of 2020-2021 Civilized Unit and Civilized Street of Lanxi made by the Lanxi Municipal Government.",
    expect: { conferrals: [] },
  },
  {
    name: "'A together with its subsidiaries such as B and C were awarded X': A, B and C",
    text: "Company News\n\nHill Building Group together with its two affiliated firms such as Pine Company and Reed Company were granted the honorary title of Lanxi Civilized Unit.",
    expect: {
      conferrals: [
        { recipient: "Hill Building Group", honor: "Lanxi Civilized Unit" },
        { recipient: "Pine Company", honor: "Lanxi Civilized Unit" },
        { recipient: "Reed Company", honor: "Lanxi Civilized Unit" },
      ],
    },
  },
  {
    name: "'A, along with B, won X': both",
    text: "Science News\n\nLin Hua, along with Zhou Ming, won the Pine Prize for Geology.",
    expect: {
      conferrals: [
        { recipient: "Lin Hua", honor: "Pine Prize for Geology" },
        { recipient: "Zhou Ming", honor: "Pine Prize for Geology" },
      ],
    },
  },
  {
    name: "'A, together with his students, won X': the students are no holder named",
    text: "Science News\n\nLin Hua, together with his students, won the Pine Prize for Geology.",
    expect: { conferrals: [{ recipient: "Lin Hua", honor: "Pine Prize for Geology" }] },
  },
  {
    name: "'A continued his study and won X, Y and Z': every honor of the second predicate's list",
    text: "Campus News\n\nIn 2019, Lin Hua continued his study and won the Lanxi Youth Award, the Hillport Model Worker and the Reed Talent Prize.",
    expect: {
      conferrals: [
        { recipient: "Lin Hua", honor: "Lanxi Youth Award", date: "2019" },
        { recipient: "Lin Hua", honor: "Hillport Model Worker", date: "2019" },
        { recipient: "Lin Hua", honor: "Reed Talent Prize", date: "2019" },
      ],
    },
  },
  {
    name: "'Two scientists, material expert A and hematologist B, won X': a field and a noun before each name",
    text: "Science News\n\nTwo Lanxi scientists, material expert Lin Hua and hematologist Zhou Ming, won the Pine Top Science Award on Friday.",
    expect: {
      conferrals: [
        { recipient: "Lin Hua", honor: "Pine Top Science Award" },
        { recipient: "Zhou Ming", honor: "Pine Top Science Award" },
      ],
    },
  },
  {
    name: "'heavy haul transport expert A, power electronics expert B, and ... C won X': no descriptor is blanked as a post",
    text: "Science News\n\nHeavy haul transport expert Geng Zhi, power electronics expert Li Chong, and computer application technology expert Xiao Jian won the Pine Engineering Award.",
    expect: {
      conferrals: [
        { recipient: "Geng Zhi", honor: "Pine Engineering Award" },
        { recipient: "Li Chong", honor: "Pine Engineering Award" },
        { recipient: "Xiao Jian", honor: "Pine Engineering Award" },
      ],
    },
  },
  {
    name: "'the government commended 40 X. A and B ranked on the list': the list is the commended honor's",
    text: "City News\n\nRecently, the provincial government commended 40 provincial civilized units. Pine Power Branch and Lanxi Electric Co., Ltd. ranked on the list.",
    expect: {
      conferrals: [
        { recipient: "Pine Power Branch", honor: "provincial civilized units" },
        { recipient: "Lanxi Electric Co., Ltd.", honor: "provincial civilized units" },
      ],
    },
  },
  {
    name: "'the bureau named 12 X. A and B were on the list': 'were on the list' as 'were included on the list'",
    text: "City News\n\nThe Lanxi Tourism Bureau named 12 tidy scenic villages. Pine Village and Reed Village were on the list.",
    expect: {
      conferrals: [
        { recipient: "Pine Village", honor: "tidy scenic villages" },
        { recipient: "Reed Village", honor: "tidy scenic villages" },
      ],
    },
  },
  {
    name: "'(Lanxi Daily reporter A ...)': the reporter of a byline is no holder the last resort may take",
    text: "Village News\n\nHillport is included in the fourth batch of the national tidy villages list channel network May 10th hearing (Lanxi Daily reporter Lin Hua) Eight villages of the city were included.",
    expect: { conferrals: [] },
  },
  {
    name: "'A and B took home the best male and female X awards': one title of paired words is two honors, in turn",
    text: "Sports News\n\nAt the gala, swimming champion Lin Dao and figure skating champion Wang Rui took home the best male and female Swimmer of the Season awards.",
    expect: {
      conferrals: [
        { recipient: "Lin Dao", honor: "best male Swimmer of the Season awards" },
        { recipient: "Wang Rui", honor: "best female Swimmer of the Season awards" },
      ],
    },
  },
  {
    name: "'A and B took the best actor and actress respectively': the actress's honor keeps its 'best'",
    text: "Film News\n\nFilm stars Lin Hua and Zhou Mei took the best actor and actress respectively at the Pine Film Awards.",
    expect: {
      conferrals: [
        { recipient: "Lin Hua", honor: "best actor" },
        { recipient: "Zhou Mei", honor: "best actress" },
      ],
    },
  },
  {
    name: "guard: 'A and B won the Science and Technology Award': words that are no pair leave one honor",
    text: "Science News\n\nLin Hua and Zhou Mei won the Pine Science and Technology Award.",
    expect: {
      conferrals: [
        { recipient: "Lin Hua", honor: "Pine Science and Technology Award" },
        { recipient: "Zhou Mei", honor: "Pine Science and Technology Award" },
      ],
    },
  },
  {
    name: "'Table tennis winner A and volleyballer B won X': more words for what a person does",
    text: "Sports News\n\nTable tennis winner Ma Lin and volleyballer Zhu Hua won the Pine Sports Cup.",
    expect: {
      conferrals: [
        { recipient: "Ma Lin", honor: "Pine Sports Cup" },
        { recipient: "Zhu Hua", honor: "Pine Sports Cup" },
      ],
    },
  },
  {
    name: "'The ministry named 12 cities National Tidy Cities. The 12 cities are A, B and C': the counted noun is no part of the title",
    text: "City News\n\nThe ministry named 12 cities National Tidy Cities this year. The 12 cities are Pine City, Reed City and Hill City.",
    expect: {
      conferrals: [
        { recipient: "Pine City", honor: "National Tidy Cities" },
        { recipient: "Reed City", honor: "National Tidy Cities" },
        { recipient: "Hill City", honor: "National Tidy Cities" },
      ],
    },
  },
  {
    name: "'A has had its X revoked': the perfect of 'had its X revoked'",
    text: "Industry News\n\nPine Group has had its national enterprise technology center qualification revoked.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Group",
          honor: "national enterprise technology center qualification",
          status: "revoked",
        },
      ],
    },
  },
  {
    name: "'has won the Prestigious X Award': praise before an honor is no part of it, capitalised too",
    text: "Industry News\n\nPine Machinery Group has won the Prestigious Lanxi National Quality Award.",
    expect: {
      conferrals: [{ recipient: "Pine Machinery Group", honor: "Lanxi National Quality Award" }],
    },
  },
  {
    name: "'Among its notable Life Fellows are A and B': praise before a title of holders is no part of it",
    text: "Society News\n\nFounded in 1754, the Pine Society admits few people. Among its notable Life Fellows are Lin Hua and Zhou Mei.",
    expect: {
      conferrals: [
        { recipient: "Lin Hua", honor: "Life Fellows" },
        { recipient: "Zhou Mei", honor: "Life Fellows" },
      ],
    },
  },
  {
    name: "'Five hotels in Lanxi were stripped of their X. They are A, B and C': the holders named after lose it",
    text: "Tourism News\n\nFive hotels in Lanxi were stripped of their five-star ratings. They are the Pine Hotel, the Reed Hotel and the Hill Hotel.",
    expect: {
      conferrals: [
        { recipient: "Pine Hotel", honor: "five-star ratings", status: "revoked" },
        { recipient: "Reed Hotel", honor: "five-star ratings", status: "revoked" },
        { recipient: "Hill Hotel", honor: "five-star ratings", status: "revoked" },
      ],
    },
  },
  {
    name: "'N companies have had their X revoked. According to the report, the N companies are A and B'",
    text: "Industry News\n\nAfter a review by the Lanxi Bureau, four companies have had their provincial design center qualifications revoked. According to the report, the four companies are Pine Group and Reed Holding Company.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Group",
          honor: "provincial design center qualifications",
          status: "revoked",
        },
        {
          recipient: "Reed Holding Company",
          honor: "provincial design center qualifications",
          status: "revoked",
        },
      ],
    },
  },
  {
    name: "'listed among 2018 X and 2018 Y': a year after 'and' opens a second honor",
    text: "Company News\n\nPine Group was listed among the 2018 Hillport Top 10 Industrial Enterprises and the 2018 Hillport Top 10 Export Enterprises.",
    expect: {
      conferrals: [
        { recipient: "Pine Group", honor: "Hillport Top 10 Industrial Enterprises" },
        { recipient: "Pine Group", honor: "Hillport Top 10 Export Enterprises" },
      ],
    },
  },
  {
    name: "'... Experts with Outstanding Contributions': the title's own 'with' is part of it",
    text: "Science News\n\nLin Hua was named a Lanxi Young Expert with Outstanding Contributions in 2019.",
    expect: {
      conferrals: [
        {
          recipient: "Lin Hua",
          honor: "Lanxi Young Expert with Outstanding Contributions",
          date: "2019",
        },
      ],
    },
  },
];

const roundThirtySixShapes: GenreCase[] = [
  {
    name: "courtesy titles without a full stop before each listed person: every person is a holder",
    text: "Campus News\n\nProgramme Director Dr Kang Rui, Associate Professor Dr Mo Lan and Ms Fei Tong were awarded the Best Mentor Awards.",
    expect: {
      conferrals: [
        { recipient: "Kang Rui", honor: "Best Mentor Awards" },
        { recipient: "Mo Lan", honor: "Best Mentor Awards" },
        { recipient: "Fei Tong", honor: "Best Mentor Awards" },
      ],
    },
  },
  {
    name: "'Mr X and Mrs Y won': two titled people without full stops",
    text: "Town News\n\nMr Qiu Bo and Mrs Dai Ning won the Riverside Volunteer Medal.",
    expect: {
      conferrals: [
        { recipient: "Qiu Bo", honor: "Riverside Volunteer Medal" },
        { recipient: "Dai Ning", honor: "Riverside Volunteer Medal" },
      ],
    },
  },
  {
    name: "'won the first prize in A and the third prize in B': two prizes, not one",
    text: "Contest News\n\nStudent Gao Yun won the first prize in poetry and the third prize in calligraphy.",
    expect: {
      conferrals: [
        { recipient: "Gao Yun", honor: "first prize in poetry" },
        { recipient: "Gao Yun", honor: "third prize in calligraphy" },
      ],
    },
  },
  {
    name: "'awarded the gold medal and the bronze medal': two medals",
    text: "Games News\n\nThe Pinefield Rowing Club was awarded the gold medal and the bronze medal.",
    expect: {
      conferrals: [
        { recipient: "Pinefield Rowing Club", honor: "gold medal" },
        { recipient: "Pinefield Rowing Club", honor: "bronze medal" },
      ],
    },
  },
  {
    name: "'respectively' in a clause after ', while' pairs only that clause's holders",
    text: "Contest News\n\nGao Yun won the first prize in poetry and the third prize in calligraphy, while Lu Pei and Shen Ke won the second prize respectively in poetry and calligraphy.",
    expect: {
      conferrals: [
        { recipient: "Gao Yun", honor: "first prize in poetry" },
        { recipient: "Gao Yun", honor: "third prize in calligraphy" },
        { recipient: "Lu Pei", honor: "second prize" },
        { recipient: "Shen Ke", honor: "second prize" },
      ],
    },
  },
  {
    name: "'The Series edited by the Hospital was listed. It won X and Y': 'it' is the series, not the hospital of the headline",
    text: "Lake Hospital Named a National Science Education Base\n\nThe Lake Hospital was named a National Science Education Base. The Pine Series on Health edited by the Hospital was included in the list of good books. It won the Hill Book Award and the second prize of the Lake Science Award.",
    expect: {
      conferrals: [{ recipient: "Lake Hospital", honor: "National Science Education Base" }],
    },
  },
  {
    name: "'Students from A's Public Relations (PR) Programme won X': the short form in brackets is where they are from, not a holder",
    text: "Campus News\n\nStudents from Pine University's Public Relations (PR) Programme won a Gold Award for Slogan Design.",
    expect: { conferrals: [] },
  },
  {
    name: "'Three Lakeview Group projects won X': the body before its projects holds nothing itself",
    text: "Building News\n\nThree Lakeview Group projects won the Hill Building Prize.",
    expect: { conferrals: [] },
  },
  {
    name: "'won the third award in X': the rank is the award's",
    text: "Media News\n\nThe student reporter Lu Bin won the third award in photography.",
    expect: { conferrals: [{ recipient: "Lu Bin", honor: "third award in photography" }] },
  },
  {
    name: "'won another Gold Award': 'another' is no part of the honor",
    text: "Campus News\n\nPine College won another Gold Award at the film festival.",
    expect: { conferrals: [{ recipient: "Pine College", honor: "Gold Award" }] },
  },
  {
    name: "'won the honorable title of X': the title is X",
    text: "Hospital News\n\nPine Hospital won the honorable title of Lake Model Ward.",
    expect: { conferrals: [{ recipient: "Pine Hospital", honor: "Lake Model Ward" }] },
  },
  {
    name: "'A became the second prize winner, X Contest': the rank is the honor",
    text: "Campus News\n\nLin Mei became the second prize winner, Lakeland Poetry Contest 2024.",
    expect: { conferrals: [{ recipient: "Lin Mei", honor: "second prize" }] },
  },
  {
    name: "'A and B were gold medal winners at X': no article before the metal",
    text: "Sports News\n\nZhang Wei and Li Na were gold medal winners at the Lakeland Games.",
    expect: {
      conferrals: [
        { recipient: "Zhang Wei", honor: "gold medal" },
        { recipient: "Li Na", honor: "gold medal" },
      ],
    },
  },
  {
    name: "a headline's '4 Enterprises in X District Win the Title of Y': a description of many holds nothing",
    text: "4 Enterprises in Lakeside District Win the Title of Municipal Technology Center\n\nThe bureau announced the list this week.",
    expect: { conferrals: [] },
  },
  {
    name: "a surname that is also an English word, alone before a verb, refers back to the person named in full",
    text: "Science News\n\nThe botanist Li Qiaoming turned 80 this spring. Li was presented with the 2024 Lakeland Science Award on Monday.",
    expect: { conferrals: [{ recipient: "Li Qiaoming", honor: "Lakeland Science Award" }] },
  },
  {
    name: "guard: 'He was' stays a pronoun even when a person of that surname was named",
    text: "Science News\n\nThe judges thanked He Ping and Lu Dan. He was presented with the Lakeland Science Award.",
    expect: { conferrals: [] },
  },
  {
    name: "'has gained many honors and titles, including A, B, C': each title, a 'Hometown of X' among them",
    text: "County News\n\nPine County has gained many honors and titles, including China Model Kite County, Hometown of Kite Art in China, Lakeland Civilized County.",
    expect: {
      conferrals: [
        { recipient: "Pine County", honor: "China Model Kite County" },
        { recipient: "Pine County", honor: "Hometown of Kite Art in China" },
        { recipient: "Pine County", honor: "Lakeland Civilized County" },
      ],
    },
  },
  {
    name: "'A and B have received a host of honors and titles, such as X and Y': the count phrase and the paired nouns before the titles",
    text: "Museum News\n\nThe Pine Museum and the Elm Museum have received a host of honors and titles, such as the Lakeland Design Prize and the Hill Heritage Medal.",
    expect: {
      conferrals: [
        { recipient: "Pine Museum", honor: "Lakeland Design Prize" },
        { recipient: "Pine Museum", honor: "Hill Heritage Medal" },
        { recipient: "Elm Museum", honor: "Lakeland Design Prize" },
        { recipient: "Elm Museum", honor: "Hill Heritage Medal" },
      ],
    },
  },
  {
    name: "quoted nicknames ending in a place before the subject ('Known as the \u201chome of tea\u201d, ... \u201chome of jade in China\u201d, A has won') qualify no holder",
    text: "County News\n\nKnown as the\u201chome of tea\u201d,\u201chome of kites\u201d and\u201chome of jade in China\u201d, Pine County has won many titles and awards, such as China Tea Model County, China Meritorious Kite County, among others.",
    expect: {
      conferrals: [
        { recipient: "Pine County", honor: "China Tea Model County" },
        { recipient: "Pine County", honor: "China Meritorious Kite County" },
      ],
    },
  },
  {
    name: "'has won one first prize for the X Award, three second prizes for the X Award, the Y Award for two times, and the Z Award': a tally, then named awards",
    text: "Institute News\n\nThe Pine Academy has won one first prize for the Lakeland Science Award, three second prizes for the Lakeland Science Award, the Hill Patent Award for two times, and the Dale Innovation Award.",
    expect: {
      conferrals: [
        { recipient: "Pine Academy", honor: "first prize for the Lakeland Science Award" },
        { recipient: "Pine Academy", honor: "second prizes for the Lakeland Science Award" },
        { recipient: "Pine Academy", honor: "Hill Patent Award" },
        { recipient: "Pine Academy", honor: "Dale Innovation Award" },
      ],
    },
  },
  {
    name: "guard: a tally with 'has won' ends before the next predicate",
    text: "Campus News\n\nPine University has won two gold medals and one silver medal, and opened a new campus.",
    expect: {
      conferrals: [
        { recipient: "Pine University", honor: "gold medals" },
        { recipient: "Pine University", honor: "silver medal" },
      ],
    },
  },
  {
    name: "'the X Award winner, director A': a descriptor between the winning word and the person",
    text: "Film News\n\nCritic Lu Fan praised the Lakeland Film Award winner, director Mo Lin.",
    expect: { conferrals: [{ recipient: "Mo Lin", honor: "Lakeland Film Award" }] },
  },
  {
    name: "'the film won X for direction, which was given to its director A': the person holds it too",
    text: "Film News\n\nThe film Red River won the Lakeland Film Award for direction, which was given to its director Mo Lin.",
    expect: {
      conferrals: [
        { recipient: "Red River", honor: "Lakeland Film Award" },
        { recipient: "Mo Lin", honor: "Lakeland Film Award" },
      ],
    },
  },
  {
    name: "'The drama took home the best actress award, which went to A': A holds the award",
    text: "Film News\n\nThe drama also took home the best actress award, which went to Zhou Lan.",
    expect: { conferrals: [{ recipient: "Zhou Lan", honor: "best actress award" }] },
  },
  {
    name: "'went to A, Ms B and Mr. C': the courtesy titles are not part of the listed names",
    text: "Prize News\n\nThe Lakeland Prize went to Li Na, Ms Chen Yu and Mr. Kaya Lind.",
    expect: {
      conferrals: [
        { recipient: "Li Na", honor: "Lakeland Prize" },
        { recipient: "Chen Yu", honor: "Lakeland Prize" },
        { recipient: "Kaya Lind", honor: "Lakeland Prize" },
      ],
    },
  },
  {
    name: "'won the festival's outstanding photography prize': the giver in lower case is no part of the honor",
    text: "Film News\n\nThe film Red River won the festival's outstanding photography prize.",
    expect: { conferrals: [{ recipient: "Red River", honor: "outstanding photography prize" }] },
  },
  {
    name: "guard: 'and the' inside a prize's own name goes on when no prize word follows",
    text: "School News\n\nPine Middle School won the award for reading and the arts.",
    expect: {
      conferrals: [{ recipient: "Pine Middle School", honor: "award for reading and the arts" }],
    },
  },
];

const roundThirtySevenShapes: GenreCase[] = [
  {
    name: "'As a national X base, a national Y base and the Z, the park ...': each honor is held",
    text: "Park News\n\nAs a national nature study base, national youth botany base and Hebei Provincial Ecology Education Base, the Lotus Lake Wetland Park held a number of events during the week.",
    expect: {
      conferrals: [
        { recipient: "Lotus Lake Wetland Park", honor: "national nature study base" },
        { recipient: "Lotus Lake Wetland Park", honor: "national youth botany base" },
        { recipient: "Lotus Lake Wetland Park", honor: "Hebei Provincial Ecology Education Base" },
      ],
    },
  },
  {
    name: "'As a National X Base, the park ...': one honor, the subject is no honor",
    text: "Park News\n\nAs a National Ecology Education Base, the Reed Marsh Wetland Park held events for pupils.",
    expect: {
      conferrals: [
        { recipient: "Reed Marsh Wetland Park", honor: "National Ecology Education Base" },
      ],
    },
  },
  {
    name: "'included in the World Heritage List': a capitalised list name with no head word is the honor",
    text: "Travel Notes\n\nHill Mountain was also included in the World Heritage List during 2013.",
    expect: {
      conferrals: [{ recipient: "Hill Mountain", honor: "World Heritage List", date: "2013" }],
    },
  },
  {
    name: "'included in UNESCO's X list': the owner before the list is no honor",
    text: "Travel Notes\n\nThe Hill Tea Garden was included in UNESCO's World Heritage List in 2009.",
    expect: {
      conferrals: [{ recipient: "Hill Tea Garden", honor: "World Heritage List", date: "2009" }],
    },
  },
  {
    name: "'China's X City': a place before a title owns no honor, the title keeps it",
    text: "City News\n\nPine City was named China's Happiest City of 2020.",
    expect: {
      conferrals: [{ recipient: "Pine City", honor: "China's Happiest City of 2020" }],
    },
  },
  {
    name: "'A, also known as B, were inscribed on the list': the alias between commas is passed over",
    text: "Heritage News\n\nThe Hill Ruins, also known as Lotusland, were listed on the World Heritage List in 2016.",
    expect: {
      conferrals: [{ recipient: "Hill Ruins", honor: "World Heritage List", date: "2016" }],
    },
  },
  {
    name: "a headline 'X Makes Top List': the verb before 'List' names no list",
    text: "Lake Museum Makes Top List\n\nThe Lake Museum opened a new hall on Monday.",
    expect: { conferrals: [] },
  },
  {
    name: "'the X Base on Chinese Medicine': a base's subject after 'on' is part of its name",
    text: "Hospital News\n\nToday the Hill Hospital of Chinese Medicine was rated as the International Cooperation Base on Chinese Medicine and the Emergency Clinic Base on Chinese Medicine.",
    expect: {
      conferrals: [
        {
          recipient: "Hill Hospital of Chinese Medicine",
          honor: "International Cooperation Base on Chinese Medicine",
        },
        {
          recipient: "Hill Hospital of Chinese Medicine",
          honor: "Emergency Clinic Base on Chinese Medicine",
        },
      ],
    },
  },
  {
    name: "'the Joint Laboratory on New Materials': a laboratory's subject after 'on' is part of its name",
    text: "Lab News\n\nProfessor Wei Lan of the Pine-Hill Joint Laboratory on New Materials won the Riverside Science Prize.",
    expect: {
      conferrals: [{ recipient: "Wei Lan", honor: "Riverside Science Prize" }],
      organizations: ["Pine-Hill Joint Laboratory on New Materials"],
    },
  },
  {
    name: "'the X Medal on Labor Day': the day says when, the medal's name ends before it",
    text: "Works News\n\nWorker Tan Yu received the Hill Labor Medal on Labor Day.",
    expect: { conferrals: [{ recipient: "Tan Yu", honor: "Hill Labor Medal" }] },
  },
  {
    name: "'Pinewan (Foshan) was awarded as X': a bracketed place after an unknown name is part of it",
    text: 'Zone News\n\nWell deserved as it is, Pinewan (Foshan) was awarded as "Annual Top Trade Zone".',
    expect: {
      conferrals: [{ recipient: "Pinewan (Foshan)", honor: "Annual Top Trade Zone" }],
    },
  },
  {
    name: "'wonthe X Award': an article glued to the verb before it is read apart",
    text: "Campus News\n\nWang Shirui of Class 2006 of the Hill School wonthe Pine Talent Award.",
    expect: { conferrals: [{ recipient: "Wang Shirui", honor: "Pine Talent Award" }] },
  },
  {
    name: "'to confer the X, the highest honor, on expert A': an aside after the honor, a description before the holder",
    text: "State News\n\nThe president signed an order on Aug 12 to confer the Pine Medal, the highest national honor, on veteran engineer Gao Shan.",
    expect: {
      conferrals: [{ recipient: "Gao Shan", honor: "Pine Medal", cohortSize: null }],
    },
  },
  {
    name: "'presented certificates to three Hill University professors': the university is no holder",
    text: "Campus News\n\nThe Lake Institute presented Fellow Grade certificates to three Hill University professors.",
    expect: { conferrals: [] },
  },
  {
    name: "'honored as the city of X and the hometown of Y': two titled phrases, each with its article",
    text: "City News\n\nPine City is honored as the city of carved jade and the hometown of acrobatics.",
    expect: {
      conferrals: [
        { recipient: "Pine City", honor: "city of carved jade" },
        { recipient: "Pine City", honor: "hometown of acrobatics" },
      ],
    },
  },
  {
    name: "'respectively, the X Prize for Hill University Professor A, ...': the body and post after 'for' are the holder's, not the prize's",
    text: "Science News\n\nThree people received the 2008 Pine Science Award, respectively, Algebra Prize for Hill University Professor Peng Shi, Prize in Chemistry for Lake University Professor Hou Jian, the Soil Science Award for Institute of Soil Studies, Pine Academy researcher Wei Zhisheng.",
    expect: {
      conferrals: [
        { recipient: "Peng Shi", honor: "Algebra Prize" },
        { recipient: "Hou Jian", honor: "Prize in Chemistry" },
        { recipient: "Wei Zhisheng", honor: "Soil Science Award" },
      ],
      organizations: ["Hill University", "Lake University"],
    },
  },
  {
    name: "'researcher An Zhisheng' in a line dense with capitals: 'An' before a pinyin given name is a surname",
    text: "Science News\n\nThe Pine Medal went to Hill Institute researcher An Zhisheng, Lake University Professor Gu Ming and Pine College Dean Bo Lan.",
    expect: {
      people: [{ name: "An Zhisheng" }],
    },
  },
  {
    name: "'presented the award certificates to A and B': certificates named by their kind alone are no honor",
    text: "Ceremony News\n\nThe mayor presented the award certificates to Lin Bo and Wu Fei, and certificates and medals to the Hill School.",
    expect: { conferrals: [] },
  },
  {
    name: "'Gu Lan, Chinese vice-minister of Culture and Sports, speaks ...': an office held is no honor",
    text: "Culture News\n\nThe Pine City won the title of Culture City of the Year 2021.\n\nGu Lan, Chinese vice-minister of Culture and Sports, speaks at the review meeting.",
    expect: {
      conferrals: [{ recipient: "Pine City", honor: "Culture City of the Year" }],
    },
  },
  {
    name: "'Professor A of the School of X, Hill University won': the university after the comma is the school's parent, no holder",
    text: "Campus News\n\nEnglish teacher Tan Ying from the College of Foreign Languages, Hill University (HU) won the special prize in the Pine Teaching Contest.",
    expect: { conferrals: [{ recipient: "Tan Ying", honor: "special prize" }] },
  },
  {
    name: "'A of X School, Hill University and Lake College won': a body joined by 'and' stays a holder",
    text: "Campus News\n\nLin Bo of Pine School, Hill University and Lake College won the Pine Teaching Prize.",
    expect: {
      conferrals: [
        { recipient: "Lin Bo", honor: "Pine Teaching Prize" },
        { recipient: "Hill University", honor: "Pine Teaching Prize" },
        { recipient: "Lake College", honor: "Pine Teaching Prize" },
      ],
    },
  },
  {
    name: "'Only Hill University and ... were selected': an adverb opening the sentence is no part of the name",
    text: "Campus News\n\nOnly Hill University and Lake College were selected as national model universities.",
    expect: {
      conferrals: [
        { recipient: "Hill University", honor: "national model universities" },
        { recipient: "Lake College", honor: "national model universities" },
      ],
      notOrganizations: ["Only Hill University"],
    },
  },
  {
    name: "'Marta Silva de Rocha won': a surname after a particle is part of the person's name",
    text: "Prize News\n\nLast year Portugal's Marta Silva de Rocha won the Pine Architecture Prize.",
    expect: {
      conferrals: [{ recipient: "Marta Silva de Rocha", honor: "Pine Architecture Prize" }],
    },
  },
  {
    name: "'Lin Bo de Hill University': a body after the particle is no surname",
    text: "Campus News\n\nThe talk was given by Lin Bo de Hill University on Monday.",
    expect: { people: [{ name: "Lin Bo" }], organizations: ["Hill University"] },
  },
  {
    name: "a headline's title cut off by the page ('\"Key Bac.....') is no honor, nor is the bare word 'Title' before it",
    text: 'PLX Won The Title Of "Key Bac.....\n\nIn recent years, the city has run the project.\n\nPLX won the title of "Key Backbone Firm of Pine City" this year.',
    expect: {
      conferrals: [{ recipient: "PLX", honor: "Key Backbone Firm of Pine City" }],
    },
  },
];

const roundThirtyEightShapes: GenreCase[] = [
  {
    name: "'A and 40 other firms (see the annex) are hereby recognized as X': the aside and 'hereby' are read past",
    text: 'Notice\n\nHillbrook Valve Co., Ltd. and 40 other firms (listed in Annex 2) are hereby recognized as "Provincial Innovative Small Enterprises" for 2025.',
    expect: {
      conferrals: [
        {
          recipient: "Hillbrook Valve Co., Ltd.",
          honor: "Provincial Innovative Small Enterprises",
          cohortSize: 41,
        },
      ],
    },
  },
  {
    name: "'A and 12 other towns were named X': the cohort counts the named holder and the others",
    text: "Town News\n\nMaple Town and 12 other towns were named Provincial Garden Towns last week.",
    expect: {
      conferrals: [{ recipient: "Maple Town", honor: "Provincial Garden Towns", cohortSize: 13 }],
    },
  },
  {
    name: "'A, B and 7 other counties won X': two named and seven counted",
    text: "County News\n\nPine County, Cedar County and 7 other counties won the title of Provincial Clean Water County.",
    expect: {
      conferrals: [
        { recipient: "Pine County", honor: "Provincial Clean Water County", cohortSize: 9 },
        { recipient: "Cedar County", honor: "Provincial Clean Water County", cohortSize: 9 },
      ],
    },
  },
  {
    name: "'designated its first group of X that includes A, B and C': the list after 'that includes'",
    text: "Nature News\n\nThe country designated its first group of national wetland reserves that includes the Reedwater Wetland Reserve, the Heron Bay Wetland Reserve and Mistlake Wetland Reserve.",
    expect: {
      conferrals: [
        { recipient: "Reedwater Wetland Reserve", honor: "national wetland reserves" },
        { recipient: "Heron Bay Wetland Reserve", honor: "national wetland reserves" },
        { recipient: "Mistlake Wetland Reserve", honor: "national wetland reserves" },
      ],
    },
  },
  {
    name: "'Xiamen KTR': a city's name before a firm's acronym is one organization",
    text: "Business News\n\nXiamen KTR was named a Provincial Green Factory this year.",
    expect: {
      organizations: ["Xiamen KTR"],
      conferrals: [{ recipient: "Xiamen KTR", honor: "Provincial Green Factory" }],
    },
  },
  {
    name: "'was named by the Bureau the X': the agent before the title, no 'as'",
    text: "School News\n\nBirch Lane Primary School was named by the Fenshui Education Bureau the Model Primary School of Fenshui Province.",
    expect: {
      conferrals: [
        {
          recipient: "Birch Lane Primary School",
          honor: "Model Primary School of Fenshui Province",
          issuers: ["Fenshui Education Bureau"],
        },
      ],
    },
  },
  {
    name: "'A was founded in 1950, and has been named by the Bureau the Model School of X': the shared subject",
    text: "School News\n\nBirch Lane Primary School was founded in 1950, and has been named by the Fenshui Education Bureau the Model Primary School of Fenshui Province.",
    expect: {
      conferrals: [
        {
          recipient: "Birch Lane Primary School",
          honor: "Model Primary School of Fenshui Province",
          issuers: ["Fenshui Education Bureau"],
        },
      ],
    },
  },
  {
    name: "'A opened in 1950, and has been named the Model School of X': a title shaped like a school's name",
    text: "School News\n\nBirch Lane Primary School opened in 1950, and has been named the Model Primary School of Fenshui Province.",
    expect: {
      conferrals: [
        {
          recipient: "Birch Lane Primary School",
          honor: "Model Primary School of Fenshui Province",
        },
      ],
    },
  },
  {
    name: "'A from X, B from Y & Z and C from W won': two affiliations joined by '&' are no holders",
    text: "Prize News\n\nLi Qiaomu from Pine University, Zhao Lan from Hill University & Oak Institute and Gu Ren from Lake University are awarded the Gold Prizes of Thesis Awards.",
    expect: {
      conferrals: [
        { recipient: "Li Qiaomu", honor: "Gold Prizes of Thesis Awards" },
        { recipient: "Zhao Lan", honor: "Gold Prizes of Thesis Awards" },
        { recipient: "Gu Ren", honor: "Gold Prizes of Thesis Awards" },
      ],
    },
  },
  {
    name: "'A from X, B from Ecole Verlaine and C from Y won': an affiliation with no head word keeps the list whole",
    text: "Prize News\n\nLi Qiaomu from Pine University, Zhao Lan from Ecole Verlaine and Gu Ren from Lake University are awarded the Gold Prizes of Thesis Awards.",
    expect: {
      conferrals: [
        { recipient: "Li Qiaomu", honor: "Gold Prizes of Thesis Awards" },
        { recipient: "Zhao Lan", honor: "Gold Prizes of Thesis Awards" },
        { recipient: "Gu Ren", honor: "Gold Prizes of Thesis Awards" },
      ],
    },
  },
  {
    name: "'Northwest Lanqiao University ... NWLQU': a compass word gives both its letters to the acronym",
    text: "Campus News\n\nNorthwest Lanqiao University held its sports week. In 2024, NWLQU was rated a Provincial Model Campus for Reading.",
    expect: {
      conferrals: [
        { recipient: "Northwest Lanqiao University", honor: "Provincial Model Campus for Reading" },
      ],
      mentions: [{ surface: "NWLQU", name: "Northwest Lanqiao University" }],
    },
  },
  {
    name: "'Veltrix was named the Key Software Enterprise ... the company': the holder, not the title",
    text: "Company News\n\nIn 2023 Veltrix was named the Key Software Enterprise of Hill Province. This makes two such titles for the company.",
    expect: {
      conferrals: [{ recipient: "Veltrix", honor: "Key Software Enterprise of Hill Province" }],
      mentions: [{ surface: "the company", name: "Veltrix" }],
    },
  },
  {
    name: "'The Jade Crane for best actress went to A and B': a prize's name and its category, given to each",
    text: 'Film News\n\nThe Jade Crane for the best actress went to Lin Ya and Bo Qing, who star in "River Song".',
    expect: {
      conferrals: [
        { recipient: "Lin Ya", honor: "Jade Crane for the best actress" },
        { recipient: "Bo Qing", honor: "Jade Crane for the best actress" },
      ],
    },
  },
  {
    name: "'The Hillside guide's highest two-star rating went to A': a place before the owner of the rating",
    text: "Food News\n\nThe Hillside guide's highest two-star rating went to Pine Court, a small noodle house.",
    expect: {
      conferrals: [{ recipient: "Pine Court", honor: "highest two-star rating" }],
    },
  },
  {
    name: "'... went to A and B. C, also a singer, beat D to win the best actor': a sentence with a verb of winning continues no list",
    text: "Film News\n\nThe Jade Crane for the best actress went to Lin Ya and Bo Qing. Gu Wen, also a singer, beat Tan Hao and Lu Kai to win the best actor.",
    expect: {
      conferrals: [
        { recipient: "Lin Ya", honor: "Jade Crane for the best actress" },
        { recipient: "Bo Qing", honor: "Jade Crane for the best actress" },
        { recipient: "Gu Wen", honor: "best actor" },
      ],
    },
  },
  {
    name: "'A earned recognition as a pilot city for X': recognition as a title",
    text: "City News\n\nPine City earned recognition as a pilot city for clean buses.",
    expect: {
      conferrals: [{ recipient: "Pine City", honor: "pilot city for clean buses" }],
    },
  },
  {
    name: "'ranked 9th on the list of X ... a pilot city ... Four cities made the list, including A': the list, not the last title",
    text: "City News\n\nPine City ranked 9th on the list of Green Harbour Cities. Pine City earned recognition as a pilot city for clean buses. Four cities of the province made the list, including Elm City and Oak City.",
    expect: {
      someConferrals: [
        { recipient: "Elm City", honor: "Green Harbour Cities" },
        { recipient: "Oak City", honor: "Green Harbour Cities" },
      ],
    },
  },
  {
    name: "'Silver Crane for Best Actress - A, The Work': a category, a dash and its winner on one line",
    text: "Festival News\n\nThe other winners were:\nSilver Crane for Best Actress - Lin Ya, The Small House\nSilver Crane for Best Script - Gu Wen\n",
    expect: {
      conferrals: [
        { recipient: "Lin Ya", honor: "Silver Crane for Best Actress" },
        { recipient: "Gu Wen", honor: "Silver Crane for Best Script" },
      ],
    },
  },
  {
    name: "'BEST FILM (Golden Crane)' then '- \"Work\", a note.': categories in capitals with the prize in brackets, each winner on a bulleted line with a note",
    text: 'Festival News\n\nThe winners:\n\nBEST FILM (Golden Crane)\n- "River Song", a film about a boatman.\nJURY GRAND PRIX (Silver Crane)\n- "The Stranger", a film about a man.\nBEST DIRECTOR (Silver Crane)\n- Gu Wen for "Hill Road", about a village.\nLAKE PRIZE*\n- "Pine Time", a comedy.\nNOTE - *The Lake prize is given to a film which "opens a road".\n',
    expect: {
      conferrals: [
        { recipient: "River Song", honor: "BEST FILM (Golden Crane)" },
        { recipient: "The Stranger", honor: "JURY GRAND PRIX (Silver Crane)" },
        { recipient: "Gu Wen", honor: "BEST DIRECTOR (Silver Crane)" },
        { recipient: "Pine Time", honor: "LAKE PRIZE" },
      ],
    },
  },
  {
    name: "'has received many honors, including: A; B, C': a colon after 'including' and honors split by semicolons",
    text: "Town News\n\nPine Town has received many honors, including: Model Town of Reading; The Healthiest Town of Hill Province, Model Town of Civility.",
    expect: {
      conferrals: [
        { recipient: "Pine Town", honor: "Model Town of Reading" },
        { recipient: "Pine Town", honor: "Healthiest Town of Hill Province" },
        { recipient: "Pine Town", honor: "Model Town of Civility" },
      ],
    },
  },
  {
    name: "'won the X; the town also opened Y': after a semicolon only a named honor goes on (guard)",
    text: "Town News\n\nPine Town won the Gold Award; the town also opened a museum.",
    expect: { conferrals: [{ recipient: "Pine Town", honor: "Gold Award" }] },
  },
  {
    name: "'Grand Jury Prize: A' then 'Proofread by B': a byline ends a list of winners",
    text: "Sports Night\n\nFull list of winners:\nBest Coach: Lin Ya\nGrand Jury Prize: Pine Volleyball Team\nProofread by Gu Wen\n",
    expect: {
      conferrals: [
        { recipient: "Lin Ya", honor: "Best Coach" },
        { recipient: "Pine Volleyball Team", honor: "Grand Jury Prize" },
      ],
    },
  },
  {
    name: "'A, a chemist, and physicist B won X': an appositive with an article between two holders",
    text: "Science News\n\nLi Mingde, a chemist, and physicist Zhao Wenqi won the Golden Star Award.",
    expect: {
      conferrals: [
        { recipient: "Li Mingde", honor: "Golden Star Award" },
        { recipient: "Zhao Wenqi", honor: "Golden Star Award" },
      ],
    },
  },
];

const roundThirtyNineShapes: GenreCase[] = [
  {
    name: "'X is ... It has set up the Y, which ... It has won Z': 'It' goes back past a run of sentences it opens",
    text: "City Profile\n\nMarlow City lies on the Tarn River. It has opened new parks and set up the Fernhill Wetland Reserve, which is the largest reserve in the area. It has won honorary titles such as National Garden City and National Healthy City.",
    expect: {
      conferrals: [
        { recipient: "Marlow City", honor: "National Garden City" },
        { recipient: "Marlow City", honor: "National Healthy City" },
      ],
    },
  },
  {
    name: "'It has won ...' after sentences with no subject to follow: the body the text names most",
    text: "Green Notes\n\nMarlow City keeps its rivers clean. The forest cover of Marlow City reaches 40 percent. Parks in Marlow City open all year. The air is the best in the region. It has won honorary titles such as national garden city and national healthy city.",
    expect: {
      conferrals: [
        { recipient: "Marlow City", honor: "national garden city" },
        { recipient: "Marlow City", honor: "national healthy city" },
      ],
    },
  },
  {
    name: "'They won X' after such sentences: 'they' may be any people, so no body is guessed",
    text: "Academy Notes\n\nThe Rowan Academy admits new members each year. The Rowan Academy met in Marlow. The list of the Rowan Academy grew. Two early members came from abroad. They won the chemistry prize in 1990.",
    expect: { conferrals: [] },
  },
  {
    name: "'earned the honorary titles, such as A, \"top ten\" of the U.N, B, C and D': the list goes on past an item no reader knows",
    text: "City Profile\n\nMarlow City grows fast. Over the years it has earned the honorary titles, such as provincial forest city, \u201Ctop ten\u201D of clean air of the U.N, provincial tidy city, provincial model city of parks, and provincial safe city.",
    expect: {
      someConferrals: [
        { recipient: "Marlow City", honor: "provincial forest city" },
        { recipient: "Marlow City", honor: "provincial tidy city" },
        { recipient: "Marlow City", honor: "provincial model city of parks" },
        { recipient: "Marlow City", honor: "provincial safe city" },
      ],
    },
  },
  {
    name: "'On May 3, 2031, the Bureau published its review.' then, a paragraph and three sentences below, 'A was named X': the lead's day dates it",
    text: "Award News\n\nOn May 3, 2031, the Tarn City Bureau published the results of its yearly review of the city labs.\n\nThe review looked at 40 labs. Most of them did well. Some need more staff. Pinecrest Laboratory was named a Model Innovation Unit for its work on clean water.",
    expect: {
      someConferrals: [
        { recipient: "Pinecrest Laboratory", honor: "Model Innovation Unit", date: "2031-05-03" },
      ],
    },
  },
  {
    name: "the lead's day does not date a paragraph that tells of another year",
    text: "Award News\n\nOn May 3, 2031, the Tarn City Bureau published the results of its yearly review of the city labs.\n\nThe review looked at 40 labs. Most of them did well. Some need more staff. In 2029, Pinecrest Laboratory was named a Model Innovation Unit.",
    expect: {
      someConferrals: [
        { recipient: "Pinecrest Laboratory", honor: "Model Innovation Unit", date: "2029" },
      ],
    },
  },
  {
    name: "'Professor Wong' after 'Raymond Wong Wai-yeung' (a Hong Kong order): the surname is the middle word",
    text: "Prize News\n\nProfessor Raymond Tam Wai-yeung of Tarn University won the Lake Prize. Professor Tam thanked his team.",
    expect: { notPeople: ["Tam"] },
  },
  {
    name: "'Prof. Ho' after 'Charles HO Wang-wai': a surname in capitals is the same word",
    text: "Prize News\n\nCharles HO Wang-wai of Tarn University won the Lake Prize. Prof. Ho thanked his team.",
    expect: { notPeople: ["Ho"] },
  },
  {
    name: "'Dr Tse and Dr Mok' with no period: the people named in full before",
    text: "Fellow News\n\nDr Sam Tse and Dr Mok Kin-wah were elected Fellows of the Lake Society. Dr Tse and Dr Mok thanked the society.",
    expect: { notPeople: ["Tse", "Mok"] },
  },
  {
    name: "'Professor Tam' after 'Raymond Tam' and 'Raymond Tam Wai-yeung': one person named two ways",
    text: "Prize News\n\nProfessor Raymond Tam won the Lake Prize. Raymond Tam Wai-yeung teaches at Tarn University. Professor Tam thanked his team.",
    expect: { notPeople: ["Tam"] },
  },
  {
    name: "'Professor Tam' after two people named Tam: neither is guessed",
    text: "Prize News\n\nRaymond Tam Wai-yeung and Tam Lok-man won the Lake Prize. Professor Tam thanked the jury.",
    expect: { mentions: [{ surface: "Tam", name: "Tam", hasAntecedent: false }] },
  },
  {
    name: "'Pr. Ron Shu Yuen HUI', 'Dr. Kin Yee KWONG': given syllables as words of their own, the surname last in capitals",
    text: "Fellowships\n\nThe new fellows are:\n  \u2022 Pr. Ron Shu Yuen HUI from Tarn University, who works on lamps.\n  \u2022 Dr. Kin Yee KWONG from Tarn Polytechnic, who works on glass.",
    expect: {
      people: [{ name: "Ron Shu Yuen HUI" }, { name: "Kin Yee KWONG" }],
      notPeople: ["Ron Shu Yuen", "Kin Yee"],
    },
  },
  {
    name: "'President A, Premier B and others': a post before a listed name is not the name's",
    text: "Award News\n\nPresident Tan Guowei, Premier Lu Hanqing and other leaders attended the ceremony.",
    expect: {
      people: [{ name: "Tan Guowei" }, { name: "Lu Hanqing" }],
      notPeople: ["Premier Lu Hanqing"],
    },
  },
  {
    name: "'- Ma Chi Ngai' on a list: a given name of two syllables written as two words",
    text: "Medals of Merit\n\nThe Medal of Merit went to:\n- Ma Chi Ngai\n- Tan Guowei",
    expect: { people: [{ name: "Ma Chi Ngai" }, { name: "Tan Guowei" }], notPeople: ["Chi Ngai"] },
  },
  {
    name: "'by India\u2019s Ravita Dunleth', 'South Africa's Themba Lorrin': after a country's possessive, a person's name in any language",
    text: "Book News\n\nThe shortlist includes Salt Lines by India\u2019s Ravita Dunleth. South Africa's Themba Lorrin won the jury prize.",
    expect: { people: [{ name: "Ravita Dunleth" }, { name: "Themba Lorrin" }] },
  },
  {
    name: "'Japan's Kirova Group' after a country's possessive is a body, not a person",
    text: "Business News\n\nJapan's Kirova Group won the design prize.",
    expect: { notPeople: ["Kirova Group", "Kirova"] },
  },
  {
    name: "'Ravita Dunleth of India, Themba Lorrin (South Africa)': a listed name, then the country the person is from",
    text: "Prize News\n\nThis year's laureates are Tan Guowei of China for public service, Ravita Dunleth of India for journalism, and Themba Lorrin (South Africa) for teaching.",
    expect: {
      people: [{ name: "Tan Guowei" }, { name: "Ravita Dunleth" }, { name: "Themba Lorrin" }],
    },
  },
  {
    name: "'Name Name, managing director at X', ', 54, a soil expert', ', 36, of Belarus': a post, an age or an expert after the comma says a person",
    text: "Forum News\n\nOrla Penwick, managing director at the Tarn Forum, opened the day. Bram Oosterling, 54, a soil expert from Tarn, spoke next. Ilsa Varnok, 36, of Belarus, closed it.",
    expect: {
      people: [{ name: "Orla Penwick" }, { name: "Bram Oosterling" }, { name: "Ilsa Varnok" }],
    },
  },
];

const roundFortyShapes: GenreCase[] = [
  {
    name: "'Professor Emeritus' names no one; the name after it does",
    text: "Honorary Degrees\n\nProfessor Emeritus Aldo Brenner of Tarn University received an honorary doctorate.",
    expect: { people: [{ name: "Aldo Brenner" }], notPeople: ["Emeritus"] },
  },
  {
    name: "'She became Professor Emerita': the Latin word is no surname",
    text: "Honorary Degrees\n\nAfter forty years of teaching she became Professor Emerita at Tarn University.",
    expect: { notPeople: ["Emerita"] },
  },
  {
    name: "'Dou Cun', 'Nan Cun' in a list of villages: pinyin for village, not people",
    text: "Traditional Villages\n\nThe fourth batch includes Luoshan County Dou Cun, Qiaotou Town Nan Cun and Fengyu Village.",
    expect: { notPeople: ["Dou Cun", "Nan Cun"] },
  },
  {
    name: "'Dame A B', 'Sir C D': the honorific is no part of the name",
    text: "Honours List\n\nDame Ilse Varga and Sir Odric Pell were among the guests at the Tarn Museum.",
    expect: {
      people: [{ name: "Ilse Varga" }, { name: "Odric Pell" }],
      notPeople: ["Dame Ilse Varga", "Sir Odric Pell"],
    },
  },

  {
    name: "a page stamp with its labels ('Source: ... Date:2031-08-05 Fonts: Small Big') does not date the headline's win; the lead's day does",
    text: "Linshan Listed as a Characteristic Town\n\nSource:Tarn English Date:2031-08-05 09:40 Font size: L M S\n\nOn August 2, the review of characteristic towns closed its notice period, and Linshan town became the first of the city on the list.",
    expect: {
      someConferrals: [{ recipient: "Linshan", honor: "Characteristic Town", date: "2031-08-02" }],
    },
  },
  {
    name: "a page's date stamp and a wire dateline before the lead's own day ('Late on July 15')",
    text: "Pine Cave Becomes a 5A Attraction\n\n date 2031-07-21 Lake City, Tarn, July 21, 2031 (WIRE NEWS) -- Late on July 15, the tourism ministry said the Pine Cave Scenic Area was rated a national AAAAA tourist attraction.",
    expect: {
      someConferrals: [
        {
          recipient: "Pine Cave Scenic Area",
          honor: "national AAAAA tourist attraction",
          date: "2031-07-15",
        },
      ],
    },
  },
  {
    name: "a wire service's dateline ('Lake City, China--(Wire Corp. - August 19, 2031) - On August 16, ...') dates no win of the story",
    text: "Teas Named Brands of the Year\n\nLake City, China--(Wire Corp. - August 19, 2031) - On August 16, the launch ceremony of a tea program was held in Lake City.\n\nAt the event, the results of the tea selection were announced: 12 teas, including Pine Peak Tea and Misty Ridge Tea, were selected as Regional Tea Brands of the Year.",
    expect: {
      someConferrals: [
        {
          recipient: "Pine Peak Tea",
          honor: "Regional Tea Brands of the Year",
          date: "2031-08-16",
        },
      ],
    },
  },
  {
    name: "' date 2031-09-30 On September 21, 2031, the conference was held': the stamp does not date the conference",
    text: "Advanced Collectives Commended\n\n date 2031-09-30 On September 21, 2031, the Commendation Conference for Advanced Collectives was held in Lake City. Officials attended the meeting.\n\nAltogether 99 teams were awarded. The Pine Design Institute was awarded the title of Advanced Collective.",
    expect: {
      someConferrals: [
        { recipient: "Pine Design Institute", honor: "Advanced Collective", date: "2031-09-21" },
      ],
    },
  },
  {
    name: "a stamp's date in words, the day first ('Time:28 July 2031'), and a page's scraps before the lead",
    text: "Current position:Home > News Center > detailed\nSeveral Pine Group Units Awarded the Tarn Civilized Unit Title\nSource: Author:Gu Lan Time:28 July 2031\n+ . -\n\nOn July 18, Pine Group received the decision on the 2029-2030 Civilized Units of Tarn City. Pine Group and its subsidiary Pine Transport Company were awarded the title of Tarn Civilized Unit.",
    expect: {
      someConferrals: [
        { recipient: "Pine Transport Company", honor: "Tarn Civilized Unit", date: "2031-07-18" },
      ],
    },
  },
  {
    name: "a title under a time stamp is the headline in all but place: the lead's day after it dates it",
    text: "2031-05-21 16:08:00\n\nTarn College Teacher Gu Lan Earns the National Model Worker Honor\n\nOn April 28th, to celebrate Labor Day, the national commendation conference was held in Beijing.",
    expect: {
      someConferrals: [{ recipient: "Gu Lan", honor: "National Model Worker", date: "2031-04-28" }],
    },
  },
  {
    name: "a month glued to its day by a scrape ('January21, 2031')",
    text: "Pine Lighting Wins a City Title\n\nAuthor:Maggie Source:Pine Lighting Release on :2031-09-30\n\nOn the morning of January21, 2031, Tarn City named its backbone firms. Pine Lighting Co., Ltd. was named a Key Backbone Enterprise of Tarn City.",
    expect: {
      someConferrals: [
        {
          recipient: "Pine Lighting Co., Ltd.",
          honor: "Key Backbone Enterprise of Tarn City",
          date: "2031-01-21",
        },
      ],
    },
  },
  {
    name: "a date a dash follows at the start ('(Lake Global) Sept.11 -- ...') is the dateline, not the day of the win",
    text: "Lake Science Prize Winners Announced\n\n(Lake Global) Sept.11 -- The winners of the 2031 Lake Science Prize were announced in Beijing on September 9, 2031.\n\nGu Lan won the Lake Science Prize in physics for her work on light.",
    expect: {
      someConferrals: [{ recipient: "Gu Lan", honor: "Lake Science Prize", date: "2031-09-09" }],
    },
  },
  {
    name: "'were presented with the award on Monday' in a story dated on a Wednesday: the Monday before",
    text: "Top Science Award Presented\n\nJune 25, 2031\n\nThe soil scientist Gu Lan and the physicist Pan Yue were presented with the Tarn Top Science Award for the year 2030 on Monday.",
    expect: {
      someConferrals: [
        { recipient: "Gu Lan", honor: "Tarn Top Science Award", date: "2031-06-23" },
      ],
    },
  },
  {
    name: "a year in what the honor was given for ('for their discovery of the virus in 2003') does not date the win",
    text: "Lake Prize Winners\n\nThe Lake Prize announced its winners of 2031 in Beijing on September 12th. Gu Lan won the Lake Prize in life sciences for their discovery of the virus behind the outbreak in 2003.",
    expect: {
      someConferrals: [{ recipient: "Gu Lan", honor: "Lake Prize", date: "2031-09-12" }],
    },
  },
  {
    name: "'its finals from October 13 to 15' with no year: the month of the range, its year as for a day",
    text: "Pine University Wins Two Gold Awards\n\nPosted: 2031-10-21\n\nThe Tarn Student Innovation Contest ran its finals from October 13 to 15 in Lake City. Pine University won two gold awards.",
    expect: {
      someConferrals: [{ recipient: "Pine University", honor: "gold awards", date: "2031-10" }],
    },
  },
  {
    name: "every dated win of the story on one day: an undated win of the same story took it too",
    text: "Sports Stars of the Year\n\nThe Tarn Sports Gala named its stars of the year.\n\nThe skating pair Shen Bo and Mei Ling won the Best Pair award.\n\nGu Lan received the Best Athlete award at the gala in Lake City, Jan. 16, 2031.\n\nPan Yue received the Best Coach award at the gala in Lake City, Jan. 16, 2031.",
    expect: {
      someConferrals: [{ recipient: "Shen Bo", honor: "Best Pair award", date: "2031-01-16" }],
    },
  },
  {
    name: "a dateline's day still dates the story when the lead tells no other ('LAKE CITY, Aug. 26 (Wire) -- ...')",
    text: "Units Given Honorary Titles\n\nLAKE CITY, Aug. 26, 2031 (Wire) -- The commission has given honorary titles to two units for their service.\n\nUnit 4471 was honored as a Model Border Unit for its service in the mountains.",
    expect: {
      someConferrals: [{ recipient: "Unit 4471", honor: "Model Border Unit", date: "2031-08-26" }],
    },
  },
];

const roundFortyOneShapes: GenreCase[] = [
  {
    name: "'was celebrated with the X Prize': a holder the last resort reads",
    text: "Chemistry Prize\n\nThis spring Ilka Marr of Tarn University was celebrated with the Tarn Prize in Chemistry for her work on soils.",
    expect: { conferrals: [{ recipient: "Ilka Marr", honor: "Tarn Prize in Chemistry" }] },
  },
  {
    name: "'..., winning Lakeside Hospital the Silver Award': the body after 'winning' holds it",
    text: "Hospital Honors\n\nA series of ward reforms has paid off, winning Lakeside Hospital the Silver Award of the Tarn Hospital Management Prize.",
    expect: {
      conferrals: [
        {
          recipient: "Lakeside Hospital",
          honor: "Silver Award of the Tarn Hospital Management Prize",
        },
      ],
    },
  },
  {
    name: "'one of twelve films, including A and B, sharing the X Award': each film named shares it",
    text: 'Film Awards\n\nIt was one of twelve films, including "Pine Road" and "Salt River," sharing the Golden Reel Award.',
    expect: {
      conferrals: [
        { recipient: "Pine Road", honor: "Golden Reel Award" },
        { recipient: "Salt River", honor: "Golden Reel Award" },
      ],
    },
  },
  {
    name: "'Photo: Wire/Ada Quist' after the sentence: the photographer holds nothing",
    text: "Medals\n\nLin Mo smiling after receiving his Tarn Gold Medal | Photo: Wire/Ada Quist",
    expect: { conferrals: [{ recipient: "Lin Mo", honor: "Tarn Gold Medal" }] },
  },
  {
    name: "'HARBIN/GENEVA --': a dateline of two places names no holder",
    text: 'Wetlands\n\nHARBIN/GENEVA -- Five northern towns will receive the "International Wetland City" title next week.',
    expect: { conferrals: [] },
  },
  {
    name: "a speaker whose quote tells of a win ('A, ..., said, \"... for winning X\"') is no holder",
    text: "Design\n\nOndrej Vass, the vice chair and general secretary of PDA, said, \u201CIt is the sixth time that Tarn City ranked first in the country for winning Lake Design Award.\u201D",
    expect: { conferrals: [] },
  },
  {
    name: "'A and B were inducted as X and Y, respectively' with B unread: no pair is guessed",
    text: 'Hall of Fame\n\nThe "Pine Rovers Team" of the Tarn Army and the women\'s basketball team of the 2031 Games were inducted as "Special Honor Collective" and "Model Collective," respectively.',
    expect: { conferrals: [] },
  },
  {
    name: "'the Oscar-winning actress' tells of another prize: no cue for the one named",
    text: "Gala\n\nMira Toll, the Oscar-winning actress, and Ben Arlo, a banker, attended the gala of the Tarn Film Prize.",
    expect: { conferrals: [] },
  },
  {
    name: "'were selected to join a new group of places added to the X register': 'join ...' names no honor",
    text: "The three Tarn sites, namely Tarn Lake Irrigation System, Pine Hill Terraces, and Old Canals of Tarn River, have been selected to join a new group of places added to the HWS register during the council meeting of the Tarn Commission on Irrigation (TCI), according to the ministry.\n\nThe HWS designation, set up by the TCI in 2031, aims to protect old waterworks.",
    expect: { conferrals: [] },
  },
  {
    name: "'Best Coach:A(Volleyball)' lines under 'as follows:' are category lines, not holders of the honor named before",
    text: "Sports Awards\n\nThe champions gathered in Tarn. Coach Vera Lund said, once she had won the Best Coach Award, that the team was proud.\nThe full list of the winners is as follows:\nBest Male Athlete:Odo Lanning(Diving)\nBest Female Athlete:Mira Sallen(Fencing)\nBest Coach:Vera Lund(Volleyball)",
    expect: {
      conferrals: [
        { recipient: "Vera Lund", honor: "Best Coach Award" },
        { recipient: "Odo Lanning", honor: "Best Male Athlete" },
        { recipient: "Mira Sallen", honor: "Best Female Athlete" },
      ],
    },
  },
  {
    name: "'named an advanced worker of the Society': with no other giver told, the body the honor's own name holds gives it",
    text: "Astronomy News\n\nThe Tarn Astronomical Society is a hundred years old. Lin Bo, a teacher in Pine County, was named an advanced worker of the Society this year.",
    expect: {
      conferrals: [
        {
          recipient: "Lin Bo",
          honor: "advanced worker of the Society",
          issuers: ["Tarn Astronomical Society"],
          impliedIssuers: true,
        },
      ],
    },
  },
  {
    name: "'was recognized as a well-known trademark': a recognised mark is an honor, in lower case too",
    text: "Brand News\n\nLast spring Tarn Tea Co., Ltd. was recognized as a well-known trademark.",
    expect: {
      conferrals: [{ recipient: "Tarn Tea Co., Ltd.", honor: "well-known trademark" }],
    },
  },
  {
    name: "'was registered as a trademark': a bare trademark is no honor",
    text: 'Brand News\n\nIn 2030, "PINEX" was registered as a trademark by its maker, and the brand has grown since.',
    expect: { conferrals: [] },
  },
  {
    name: "'rated as the most beautiful train conductor in Tarn Province': a 'most beautiful' title in lower case, with where it holds",
    text: "Airline News\n\nLena Vos, a senior conductor on the Tarn line, was rated as the most beautiful train conductor in Tarn Province.",
    expect: {
      conferrals: [
        { recipient: "Lena Vos", honor: "most beautiful train conductor in Tarn Province" },
      ],
    },
  },
  {
    name: "'Mao Lin, a 56-year-old national model worker, ...': an age between the article and a title held",
    text: "Crafts News\n\nMao Lin, a 56-year-old national model worker, has painted porcelain for forty years.",
    expect: { conferrals: [{ recipient: "Mao Lin", honor: "national model worker" }] },
  },
  {
    name: "with no giver told near it, the one giving body of the lead's first sentence is the implied issuer of the story's own honor",
    text: "Museum News\n\nThe Tarn Museum Association has worked for thirty years to raise the standard of museums in the province. More than 200 museums took part this year.\n\nThe Pine Hill Museum was named a Provincial Star Museum for its work with schools.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Hill Museum",
          honor: "Provincial Star Museum",
          issuers: ["Tarn Museum Association"],
          impliedIssuers: true,
        },
      ],
    },
  },
  {
    name: "two giving bodies in the lead's first sentence: which one gave it is unsaid",
    text: "Museum News\n\nThe Tarn Museum Association and the Lake Museum Society have worked for thirty years to raise the standard of museums in the province. More than 200 museums took part this year.\n\nThe Pine Hill Museum was named a Provincial Star Museum for its work with schools.",
    expect: {
      conferrals: [{ recipient: "Pine Hill Museum", honor: "Provincial Star Museum", issuers: [] }],
    },
  },
  {
    name: "'Provincial Star Museum' is a name of its own, not 'the provincial museum' told before: an honor's word inside it is no head",
    text: "Pine Hill Museum Named a Provincial Star Museum\n\nThe Pine Hill Museum was named a Provincial Star Museum for its work with schools.",
    expect: {
      conferrals: [{ recipient: "Pine Hill Museum", honor: "Provincial Star Museum" }],
    },
  },
  {
    name: "'was named a provincial master of arts and crafts': a master's title in lower case",
    text: "Crafts News\n\nLast year Mao Lin was named a provincial master of arts and crafts.",
    expect: {
      conferrals: [{ recipient: "Mao Lin", honor: "provincial master of arts and crafts" }],
    },
  },
  {
    name: "'Jun Liu', 'Jie Zhou': a one-syllable given name written first, before a surname",
    text: "Prize News\n\nThe winners include Jian-Guo Liu, Jun Liu and Shu-Ou Shan. Jie Zhou from Tarn University won the Pine Prize.",
    expect: { people: [{ name: "Jun Liu" }, { name: "Jie Zhou" }] },
  },
  {
    name: "'Aoeh Ming Pei': a one-syllable word after another name word is the tail of a longer name",
    text: "Design News\n\nShe joins Aoeh Ming Pei, a famous Tarn-born architect, as a winner.",
    expect: { notPeople: ["Ming Pei", "Pei Ming"] },
  },
  {
    name: "a place inside a quoted programme is part of its name: 'meant to implement the \"Made in China 2040\"'",
    text: 'Factories\n\nThe green factory list is meant to implement the "Made in China 2040" and the "Lake Green Development Plan".',
    expect: { programmes: ["Made in China 2040", "Lake Green Development Plan"] },
  },
  {
    name: "'the growth strategy of \"X\"': a quoted name after 'strategy of' is a programme",
    text: 'Factories\n\nThe evaluation serves the growth strategy of "Made in China 2040".',
    expect: { programmes: ["Made in China 2040"] },
  },
  {
    name: "'the construction project \"Double Five Thousand Plan\"': a quoted plan is a programme, not a work",
    text: 'Majors\n\nThe ministry released the list of the first-class major construction project "Double Five Thousand Plan" in 2031.',
    expect: { programmes: ["Double Five Thousand Plan"] },
  },
];

const roundFortyTwoShapes: GenreCase[] = [
  {
    name: "'the China Top 500 Enterprises were announced': a name with 'Top' and a size is a ranking, not a body",
    text: "Rankings\n\nThe China Top 500 Enterprises were announced in Tarn City on Monday.",
    expect: { notOrganizations: ["China Top 500 Enterprises"] },
  },
  {
    name: "'made the list of Tarn's Top 100 Private Enterprises': the ranking, not a body",
    text: "Rankings\n\nOsker Group made the list of Tarn's Top 100 Private Enterprises.",
    expect: { notOrganizations: ["Top 100 Private Enterprises"] },
  },
  {
    name: "'entered the Fortune Tarn 500 for the sixth year': a round size ends a ranking's name",
    text: "Rankings\n\nBrisk Group entered the Fortune Tarn 500 for the sixth year.",
    expect: { conferrals: [{ recipient: "Brisk Group", honor: "Fortune Tarn 500" }] },
  },
  {
    name: "'ranked 120th on the Fortune Tarn 500': a place on a named ranking",
    text: "Rankings\n\nKorra Group ranked 120th on the Fortune Tarn 500.",
    expect: { conferrals: [{ recipient: "Korra Group", honor: "Fortune Tarn 500" }] },
  },
  {
    name: "'entered the Tarn University campus': entering what is no honor confers nothing",
    text: "Visits\n\nMoss Group entered the Tarn University campus.",
    expect: { conferrals: [] },
  },
  {
    name: "'entered the Tarn Motor Show 2030': a year is no round size and names no ranking",
    text: "Trade\n\nPine Group entered the Tarn Motor Show 2030 with a new car.",
    expect: { conferrals: [] },
  },
  {
    name: "a headline 'List of X' over an 'Author: Date:' line and a photo caption: neither holds X",
    text: "List of Tarn Top 100 Pharmaceutical Enterprises in 2031 Was Announced\nAuthor: Date:2032/3/9 07:40:12 Read:512\nPhotos of representatives from the top enterprises\nThe list was read at the annual meeting in Tarn City.",
    expect: { conferrals: [] },
  },
  {
    name: "a title of English words that opens the sentence, then 'won the X Award': the work holds it",
    text: "Book Prizes\n\nEchoes of the Salt Road won the Golden Reel Award for Best Feature Film.",
    expect: {
      conferrals: [
        { recipient: "Echoes of the Salt Road", honor: "Golden Reel Award for Best Feature Film" },
      ],
    },
  },
  {
    name: "'the Tarn production To the Far Shore won Best TV Drama': a title after a word for a work",
    text: "TV Awards\n\nAs the awards were announced, the Tarn production To the Far Shore won Best TV Drama.",
    expect: { conferrals: [{ recipient: "To the Far Shore", honor: "Best TV Drama" }] },
  },

  {
    name: "a first line in sentence case (a page with no title, cut off) reads like the body: the film it names holds the prize",
    text: "The Tarn film week closed on Sunday, as the Tarn film Lantern river won the Golden Cup Award for Best Feature Film. The jury praised its act",
    expect: {
      conferrals: [{ recipient: "Lantern river", honor: "Golden Cup Award for Best Feature Film" }],
    },
  },

  {
    name: "a title-case headline still reads no capitalised run by its case ('Local Farmers Won ...')",
    text: "Local Farmers Won The Tarn Gold Award\n\nThe farmers were praised at the fair.",
    expect: { conferrals: [] },
  },

  {
    name: "'is a 2030 TWAS Fellow', 'is a CAS academician': a learned body's membership held",
    text: "Science\n\nLin Bo is a 2030 TWAS Fellow and a chemistry professor. Wang Fei, who once led the Tarn Institute, is a CAS academician.",
    expect: {
      conferrals: [
        { recipient: "Lin Bo", honor: "TWAS Fellow" },
        { recipient: "Wang Fei", honor: "CAS academician" },
      ],
    },
  },
  {
    name: "'was made an Academician of Academia Tarnica in 1984': the membership, its year, and the body",
    text: "Science\n\nZhao Yu was made an Academician of Academia Tarnica in 1984.",
    expect: {
      conferrals: [
        { recipient: "Zhao Yu", honor: "Academician of Academia Tarnica", date: "1984" },
      ],
      organizations: ["Academia Tarnica"],
    },
  },
  {
    name: "'received the Tarn Foundation fellowship': the fellowship is the honor, the foundation stays a body",
    text: "Science\n\nLi Na and Wang Fei received the Tarn Foundation fellowship.",
    expect: {
      conferrals: [
        { recipient: "Li Na", honor: "Tarn Foundation fellowship" },
        { recipient: "Wang Fei", honor: "Tarn Foundation fellowship" },
      ],
      organizations: ["Tarn Foundation"],
    },
  },
  {
    name: "'Fellow of the Royal Tarn Society': the society stays a body inside the membership",
    text: "Science\n\nLin Bo was elected Fellow of the Royal Tarn Society.",
    expect: {
      conferrals: [{ recipient: "Lin Bo", honor: "Fellow of the Royal Tarn Society" }],
      organizations: ["Royal Tarn Society"],
    },
  },
];

const VILLAGES = (item: string) => ({ recipient: item, honor: "Best Craft Villages" });
const roundFortyThreeShapes: GenreCase[] = [
  {
    name: "'the five newly accredited towns include A, B and C': a newly accredited cohort",
    text: "Garden Towns\n\nFive towns were accredited as international garden towns on Monday. According to the council, the five newly accredited towns include Hemu, Lintao and Pulan.",
    expect: {
      conferrals: ["Hemu", "Lintao", "Pulan"].map((t) => ({
        recipient: t,
        honor: "international garden towns",
      })),
    },
  },
  {
    name: "'Dalou in Yunnan province, Mengshi in Fujian province': a lower-case level after a list item's place",
    text: "Craft Villages\n\nSix villages were recognised among the Best Craft Villages 2031 on 5 May. The villages are Dalou in Yunnan province, Mengshi in Fujian province and Qiaotou in Hunan province.",
    expect: { conferrals: ["Dalou", "Mengshi", "Qiaotou"].map(VILLAGES) },
  },
  {
    name: "'Selected for their crafts, the villages are A, B and C': the villages the sentence before counted",
    text: "Craft Villages\n\nSix villages were recognised among the Best Craft Villages 2031 on 5 May. Selected for their crafts, the villages are Dalou, Mengshi and Qiaotou.",
    expect: { conferrals: ["Dalou", "Mengshi", "Qiaotou"].map(VILLAGES) },
  },
  {
    name: "'were recognised among the X by the Council': the body after the honor gives it to the holders listed later",
    text: "Craft Villages\n\nSix villages were recognised among the Best Craft Villages 2031 by the World Craft Council at a meeting in Tarn on 5 May, the Hill Tourism Bureau reported. The villages are Dalou, Mengshi and Qiaotou.",
    expect: {
      conferrals: ["Dalou", "Mengshi", "Qiaotou"].map((item) => ({
        ...VILLAGES(item),
        issuers: ["World Craft Council"],
      })),
    },
  },
  {
    name: "'has achieved full coverage of nearly 20 municipal and above-level honors, including A and B'",
    text: "City Honors\n\nQinlou City has achieved full coverage of nearly 20 municipal and above-level honors, including National Lakeside Model City, National Clean County, and Provincial Garden County.",
    expect: {
      conferrals: [
        { recipient: "Qinlou City", honor: "National Lakeside Model City" },
        { recipient: "Qinlou City", honor: "National Clean County" },
        { recipient: "Qinlou City", honor: "Provincial Garden County" },
      ],
    },
  },
  {
    name: "'won the prize in earth sciences for mapping a deep fault': the reason is no part of the honor",
    text: "Science Prize\n\nThree scientists on Sunday were awarded the 2031 Qinlou Science Prize, a private science award. Li Wenjie, a professor with Qinlou University, won the prize in earth sciences for mapping a deep fault under the lake.",
    expect: { conferrals: [{ recipient: "Li Wenjie", honor: "prize in earth sciences" }] },
  },
  {
    name: "a bulleted list of a city's honors, each line long with its certifier: no line holds the first",
    text: "Knowing Qinlou\n\n  \u2022 The Best Garden City in Asia, certified together by the Garden Council and the Hill Garden Administration, 2006\n  \u2022 International Flower City certificated by the International Federation of Flower Towns, 2002\n  \u2022 Best Business Cities of China certificated by the Trade Bank (2004, '05, '06)\n  \u2022 Lakeside Outlook Happiest Town of the Year (2005, '07, '09)\n\nCity Tree\n\nThe camphor tree was chosen as the city tree.",
    expect: { conferrals: [] },
  },
  {
    name: "'Ultimately, Silent Harbor won the X Award': a title after an opening adverb holds the award",
    text: "Film Awards\n\nUltimately, Silent Harbor won the Golden Reel Award.",
    expect: { conferrals: [{ recipient: "Silent Harbor", honor: "Golden Reel Award" }] },
  },
  {
    name: "'Her Story won the X Award': a title may open with a possessive",
    text: "Film Awards\n\nHer Story won the Golden Reel Award.",
    expect: { conferrals: [{ recipient: "Her Story", honor: "Golden Reel Award" }] },
  },
  {
    name: "'The 2031 Qinlou Film Festival proved ...' as the first line: an undated win there takes the festival's year",
    text: "The 2031 Qinlou Film Festival proved a fine showcase for young directors, and two films took its top awards.\n\nThe jury gave Li Hanbo's Silent Harbor the Golden Reel as the best film. Actor Zhao Minxue won the Silver Reel for Best Actor for his part in the film.",
    expect: {
      someConferrals: [
        { recipient: "Zhao Minxue", honor: "Silver Reel for Best Actor", date: "2031" },
      ],
    },
  },
  {
    name: "guard: two festivals of different years in the lead date nothing",
    text: "The 2031 Qinlou Film Festival, like the 2030 Hemu Film Festival before it, proved a fine showcase for young directors.\n\nThe jury gave Li Hanbo's Silent Harbor the Golden Reel as the best film. Actor Zhao Minxue won the Silver Reel for Best Actor for his part in the film.",
    expect: {
      someConferrals: [
        { recipient: "Zhao Minxue", honor: "Silver Reel for Best Actor", date: null },
      ],
    },
  },
  {
    name: "'WE selected some of the winners': a small English word in capitals is no body's acronym; CAST still is",
    text: "Design Awards\n\nThe Qinlou Design Prize honors fine work. WE selected some of the winners for this page, and CAST sent a letter of thanks.",
    expect: { organizations: ["CAST"], notOrganizations: ["WE"] },
  },
  {
    name: "'the Qinlou Prize' in the title, 'the Qinlou Architecture Prize' in the story: one prize",
    text: "Architecture\n\nLi Hanbo wins the Qinlou Prize\n\nLi Hanbo won the Qinlou Architecture Prize on Monday for a museum in Tarn.",
    expect: { mentions: [{ surface: "Qinlou Prize", name: "Qinlou Architecture Prize" }] },
  },
  {
    name: "guard: 'the National Prize' is no short form of 'the National Architecture Prize' (its first word is no proper name)",
    text: "Architecture\n\nLi Hanbo wins the National Prize\n\nLi Hanbo won the National Architecture Prize on Monday for a museum in Tarn.",
    expect: {
      mentions: [{ surface: "National Prize", name: "National Prize", hasAntecedent: false }],
    },
  },
  {
    name: "'the hosts are A, B and C' when the sentence before counted no hosts: they hold nothing",
    text: "Craft Villages\n\nSix villages were recognised among the Best Craft Villages 2031 on 5 May. Their hosts toured Hill County in April. The hosts are Dalou, Mengshi and Qiaotou.",
    expect: { conferrals: [] },
  },
];

const roundFortyFourShapes: GenreCase[] = [
  {
    name: "'A, who said ... to play the singer B, was named Best Actress': the name inside the relative clause is no subject",
    text: "Film Awards\n\nQiao Renfeng, who said she learned the zither for two years to play the singer Lan Xiuying, was named Best Actress.",
    expect: { conferrals: [{ recipient: "Qiao Renfeng", honor: "Best Actress" }] },
  },
  {
    name: "guard: 'A, which opened in 1990, and B were named X': a name after the relative clause has closed is a subject",
    text: "Heritage Bases\n\nThe Tarn Museum, which opened in 1990, and the Hill Library were named Provincial Heritage Bases.",
    expect: {
      conferrals: ["Tarn Museum", "Hill Library"].map((r) => ({
        recipient: r,
        honor: "Provincial Heritage Bases",
      })),
    },
  },
  {
    name: "'the Chairman's Award for Excellence': a post's possessive opens the honor's name",
    text: "Staff Awards\n\nMao Qinglan won the Chairman's Award for Excellence in March.",
    expect: {
      conferrals: [{ recipient: "Mao Qinglan", honor: "Chairman's Award for Excellence" }],
    },
  },
  {
    name: "'inducted into the Director General's Roll of Excellence': a roll is an honor, its giver's post in its name",
    text: "Airport Honors\n\nTarnvale International Airport and Hollin International Airport were inducted into the Director General\u2019s Roll of Excellence.",
    expect: {
      conferrals: ["Tarnvale International Airport", "Hollin International Airport"].map((r) => ({
        recipient: r,
        honor: "Director General's Roll of Excellence",
      })),
    },
  },
  {
    name: "'This year's inductees are:' then bulleted items closed by ', and' and a full stop",
    text: "Airport Honors\n\nThe council revealed its inductees into the Tarn Roll of Honour on Monday.\nThis year\u2019s inductees are:\n- Tarnvale International Airport (Tarnvale, China), and\n- Hollin International Airport (Hollin, China).\nThe council will hold a ceremony in May.",
    expect: {
      conferrals: ["Tarnvale International Airport", "Hollin International Airport"].map((r) => ({
        recipient: r,
        honor: "Tarn Roll of Honour",
      })),
    },
  },
  {
    name: "'The past winners are as follows:' then '\u2022 2029 A, B City': each item's year dates its holder's win",
    text: "Bridge Medal\n\nThe Qinlou Bay Bridge won the Lanmore Bridge Medal in 2031.\n\nThe past winners from China are as follows:\n\n  \u2022 2029 Tarnvale Gorge Bridge, Tarnvale City, China\n  \u2022 2027 Hollin River Bridge, Hollin, China\n",
    expect: {
      conferrals: [
        { recipient: "Qinlou Bay Bridge", honor: "Lanmore Bridge Medal", date: "2031" },
        { recipient: "Tarnvale Gorge Bridge", honor: "Lanmore Bridge Medal", date: "2029" },
        { recipient: "Hollin River Bridge", honor: "Lanmore Bridge Medal", date: "2027" },
      ],
    },
  },
  {
    name: "guard: after a numbered list, a bulleted '- END -' line is no item",
    text: "Ministry Notice\n\nThe ministry named two areas as national 5A-level tourist attractions. The two areas are as follows:\n1. Tarnvale Gorge Scenic Area, Tarnvale City\n2. Hollin Lake Tourist Area, Hollin City\nSpecial announcement.\n- END -",
    expect: {
      conferrals: ["Tarnvale Gorge Scenic Area", "Hollin Lake Tourist Area"].map((r) => ({
        recipient: r,
        honor: "national 5A-level tourist attractions",
        cohortSize: 2,
      })),
    },
  },
  {
    name: "'The novel \"X\" by A was announced as the sole winner of the Y award': the work holds it, not its author",
    text: 'Book Awards\n\nThe novel "Harbor Lights" by Wen Zhiyuan was announced as the sole winner of the Golden Quill award.',
    expect: { conferrals: [{ recipient: "Harbor Lights", honor: "Golden Quill award" }] },
  },
  {
    name: "'A, professor in the Department of X, B University, has been named a fellow': B is where A works, no holder",
    text: "Faculty News\n\nFang Yumei, professor in the Department of Physics, Tarnvale University, has been named a fellow of the Hollin Physical Society.",
    expect: {
      conferrals: [{ recipient: "Fang Yumei", honor: "fellow of the Hollin Physical Society" }],
    },
  },
  {
    name: "firms written in lower case by machine translation are read back from 'co., LTD.' to the list glue",
    text: "Green Factories\n\nThe city has three national green factories this time, qinlou pinewood precision tools co., LTD., hollin general tarn engine co., LTD. and Tarnvale silver crane prestressed material Co., Ltd.",
    expect: {
      organizations: [
        "qinlou pinewood precision tools co., LTD.",
        "hollin general tarn engine co., LTD.",
        "Tarnvale silver crane prestressed material Co., Ltd.",
      ],
    },
  },
  {
    name: "guard: 'decided to grant X Co., Ltd.': a verb in lower case before a capitalised firm is no part of its name",
    text: "Tax Awards\n\nThe committee decided to grant Qinlou Optoelectronic Technology Co., Ltd. the honorary title.",
    expect: {
      organizations: ["Qinlou Optoelectronic Technology Co., Ltd."],
      notOrganizations: ["grant Qinlou Optoelectronic Technology Co., Ltd."],
    },
  },
  {
    name: "nothing else dates it: the one year the honor's name gives dates the conferral",
    text: "Airport Awards\n\nTarnvale International Airport won the 2031 World Airport Service Award, the council said.",
    expect: {
      conferrals: [
        {
          recipient: "Tarnvale International Airport",
          honor: "World Airport Service Award",
          date: "2031",
        },
      ],
    },
  },
  {
    name: "'N villages have been listed as X in a Province, which include A, B and C': the place after the honor is passed over",
    text: "Heritage Villages\n\nSo far nine villages in Tarn have been listed as Traditional Villages in Hollin Province, which include Qiaotou Village, Mengshi Village and Dalou Village.",
    expect: {
      conferrals: ["Qiaotou Village", "Mengshi Village", "Dalou Village"].map((r) => ({
        recipient: r,
        honor: "Traditional Villages",
      })),
    },
  },
  {
    name: "'A, professor in the Department of X of the Faculty of Y (FY), B University (BU), has been named': a short form after each body changes nothing",
    text: "Faculty News\n\nFang Yumei, professor in the Department of Physics of the Faculty of Science (FS), Tarnvale University (TU), has been named a fellow of the Hollin Physical Society.",
    expect: {
      conferrals: [{ recipient: "Fang Yumei", honor: "fellow of the Hollin Physical Society" }],
    },
  },
  {
    name: "'A Co., a Chinese milk giant based in B, was the only dairy firm to win X': what a firm is and where is no title it holds",
    text: "Quality Award\n\nTarnvale Dairy Group Co., a Chinese milk giant based in Hollin, was the only dairy firm to win the Qinlou Quality Award this year.",
    expect: {
      conferrals: [{ recipient: "Tarnvale Dairy Group Co.", honor: "Qinlou Quality Award" }],
    },
  },
  {
    name: "'A Bridge, B City, C Province' as a headline is an address, no title: the bulleted past winners take the medal, not 'B City'",
    text: "Hollin Bay Bridge, Tarnvale City, Qinlou Province, China\n\nHollin Bay Bridge, Tarnvale City, Qinlou Province, China won the Lanmore Bridge Medal in 2031.\n\nThe past winners are as follows:\n\n  \u2022 2029 Pine Gorge Bridge, Pine City, China\n  \u2022 2027 Mossy River Bridge, Mossy, China\n",
    expect: {
      conferrals: [
        { recipient: "Hollin Bay Bridge", honor: "Lanmore Bridge Medal", date: "2031" },
        { recipient: "Pine Gorge Bridge", honor: "Lanmore Bridge Medal", date: "2029" },
        { recipient: "Mossy River Bridge", honor: "Lanmore Bridge Medal", date: "2027" },
      ],
    },
  },
  {
    name: "'One of the gold medal winners, A, a welder from B, ...': the holder after the winners its rank names",
    text: "Skills Contest\n\nOne of the gold medal winners, Pan Yuting, a welder from Tarnvale Technical College, thanked her coach.",
    expect: { conferrals: [{ recipient: "Pan Yuting", honor: "gold medal" }] },
  },
  {
    name: "'won China's 2031 State X Award': a place's possessive before an edition's year owns the edition, not the name",
    text: "Science Awards\n\nQiao Renfeng, a geologist, and space engineer Mao Lintao won China's 2031 State Supreme Science Award.",
    expect: {
      conferrals: ["Qiao Renfeng", "Mao Lintao"].map((r) => ({
        recipient: r,
        honor: "State Supreme Science Award",
      })),
    },
  },
  {
    name: "'made the list of China's top 500 private companies': a place's ranking is read on as the honor",
    text: "Business News\n\nTarnvale Steel Group made the list of China's top 500 private companies.",
    expect: {
      conferrals: [
        { recipient: "Tarnvale Steel Group", honor: "China's top 500 private companies" },
      ],
    },
  },
  {
    name: "guard: without a year, 'China's Happiest Town' is one title: the place's possessive stays in it",
    text: "Town Honors\n\nQinlou won the title of China's Happiest Town.",
    expect: { conferrals: [{ recipient: "Qinlou", honor: "China's Happiest Town" }] },
  },
  {
    name: "a listed holder whose head names a built work ('\u2022 2027 Mossy River Bridge') is a work, no organization",
    text: "Bridge Medal\n\nThe Qinlou Bay Bridge won the Lanmore Bridge Medal in 2031.\n\nThe past winners are as follows:\n\n  \u2022 2029 Pine Gorge Bridge, Pine City, China\n  \u2022 2027 Mossy River Bridge, Mossy, China\n",
    expect: { notOrganizations: ["Pine Gorge Bridge", "Mossy River Bridge"] },
  },
];

const roundFortyFiveShapes: GenreCase[] = [
  {
    name: "'has decided to award the X to A': the infinitive hands the honor over as 'awarded' does",
    text: "Honors\n\nThe Valley Council has decided to award the Tarn River Medal to Qiao Renfeng.",
    expect: { conferrals: [{ recipient: "Qiao Renfeng", honor: "Tarn River Medal" }] },
  },
  {
    name: "'decided to award 30 comrades including A the X': the named one of a counted group holds it",
    text: "Youth Medals\n\nThe league decided to award 30 comrades including Qiao Renfeng the 2031 Tarn Youth Medal.",
    expect: { conferrals: [{ recipient: "Qiao Renfeng", honor: "Tarn Youth Medal" }] },
  },
  {
    name: "'To give the Medal of the Valley to:' then the names run together on the next line, notes and all",
    text: "Decision\n\nThe council has decided as follows:\n\n1. To give the Medal of the Valley to:\n\nQiao Renfeng, Lan Xiuying (Female), and Mao Qinglan;\n\n2. To award the Harmony Medal to:\n\nOskar Lindqvist Brandt (Norway), Qiao Dewei, and Ana Ruiz Moreno (Female, Chile);",
    expect: {
      conferrals: [
        ...["Qiao Renfeng", "Lan Xiuying", "Mao Qinglan"].map((r) => ({
          recipient: r,
          honor: "Medal of the Valley",
        })),
        ...["Oskar Lindqvist Brandt", "Qiao Dewei", "Ana Ruiz Moreno"].map((r) => ({
          recipient: r,
          honor: "Harmony Medal",
        })),
      ],
      notOrganizations: ["Oskar Lindqvist Brandt", "Ana Ruiz Moreno"],
    },
  },
  {
    name: "'were awarded the title of X:' then 'A, B and C.' on one line",
    text: "Model Units\n\nThe following units were awarded the title of Provincial Model Unit:\n\nTarnvale Middle School, Hollin River Museum and Qinlou Hill Library.",
    expect: {
      conferrals: ["Tarnvale Middle School", "Hollin River Museum", "Qinlou Hill Library"].map(
        (r) => ({ recipient: r, honor: "Provincial Model Unit" }),
      ),
    },
  },
  {
    name: "guard: a line of prose after the colon is no list of holders",
    text: "Tarn Medal\n\nThe winners of the Tarn Medal were chosen in May. The list is below:\n\nThe medals are cast in Hollin, Tarnvale and Qinlou.",
    expect: { conferrals: [] },
  },
  {
    name: "a dateline's city and a shouted English word in capitals are no organizations",
    text: "CHANGSHA (May 2, 2031) - Tarnvale Hospital won the Hollin Award.\n\nUPDATED: The list of Hollin Award winners.",
    expect: {
      conferrals: [{ recipient: "Tarnvale Hospital", honor: "Hollin Award" }],
      notOrganizations: ["CHANGSHA", "UPDATED"],
    },
  },
  {
    name: "guard: a short acronym that is also an English word still names a body",
    text: "Science Bases\n\nCAST named the Tarnvale Museum a National Science Popularization Base.",
    expect: {
      conferrals: [{ recipient: "Tarnvale Museum", honor: "National Science Popularization Base" }],
      organizations: ["CAST", "Tarnvale Museum"],
    },
  },
  {
    name: "'A formally conferred the honors on the winners': who confers, without 'was' or 'been', holds nothing",
    text: "Medals\n\nEight people won the Tarn Medal. Qiao Renfeng formally conferred the honors on the winners.",
    expect: { conferrals: [] },
  },
  {
    name: "guard: 'B was also granted the honor' still holds the honor named before",
    text: "Medals\n\nEight people won the Tarn Medal. Tarnvale University was also granted the honor.",
    expect: { conferrals: [{ recipient: "Tarnvale University", honor: "Tarn Medal" }] },
  },
  {
    name: "under a category line, 'A (Africa), B (Asia-Pacific), C (Europe).' names three co-winners",
    text: "Airport Awards\n\nThe council honoured the winners of its 2031 Tarn Service Awards. The full list of winners:\n\nBest Improvement\n\nHollin (Africa), Tarnvale (Asia-Pacific), Qinlou (Europe).\n\nBest Airport by Size\n\nMarrow Bay International Airport (Asia), Dunmore International Airport (Europe)\n\nBest Staff\n\nKelton International Airport",
    expect: {
      conferrals: [
        ...["Hollin", "Tarnvale", "Qinlou"].map((r) => ({
          recipient: r,
          honor: "Best Improvement",
        })),
        ...["Marrow Bay International Airport", "Dunmore International Airport"].map((r) => ({
          recipient: r,
          honor: "Best Airport by Size",
        })),
        { recipient: "Kelton International Airport", honor: "Best Staff" },
      ],
    },
  },
  {
    name: "guard: under a category of people, 'A (Tarn), The Salt Road' is a winner and a work, not two winners",
    text: "Film Awards\n\nThe full list of winners:\n\nBest Director\n\nRowan Hale (Tarn), The Salt Road\n\nBest Actress\n\nLan Xiuying, Night Ferry\n\nBest Actor\n\nQiao Dewei, Night Ferry",
    expect: {
      conferrals: [
        { recipient: "Rowan Hale", honor: "Best Director" },
        { recipient: "Lan Xiuying", honor: "Best Actress" },
        { recipient: "Qiao Dewei", honor: "Best Actor" },
      ],
    },
  },
  {
    name: "'A and B ranked in the top three, while C ascended into the top five': all are on the list the text is about",
    text: "Tarn Top 100 Firms List unveiled\n\nThe 2031 Report on Tarn Top 100 Firms was released on Monday.\n\nHollin Group and Marrow Group ranked in the top three, while Kelton Group ascended into the top five.",
    expect: {
      conferrals: ["Hollin Group", "Marrow Group", "Kelton Group"].map((r) => ({
        recipient: r,
        honor: "Tarn Top 100 Firms List",
      })),
    },
  },
  {
    name: "guard: 'ranked in the top ten of the province' names a ranking of its own, not the list before",
    text: "Tarn Top 100 Firms List unveiled\n\nThe 2031 Report on Tarn Top 100 Firms was released on Monday.\n\nHollin Group ranked in the top ten of the province for exports.",
    expect: { conferrals: [] },
  },
  {
    name: "'Firms among top 10 are: A, B and C': the first places of the list named before, no honor of their own",
    text: "Firms List\n\nQiao Renfeng announced the list of Tarn Top 100 Firms in 2031. Firms among top 10 are: Hollin Group Co., Ltd., Marrow Group Corp. and Dunmore Holding Co., Ltd.",
    expect: {
      conferrals: ["Hollin Group Co., Ltd.", "Marrow Group Corp.", "Dunmore Holding Co., Ltd."].map(
        (r) => ({ recipient: r, honor: "Tarn Top 100 Firms" }),
      ),
    },
  },
  {
    name: "'Corp.' closes a firm's name, before 'and' and before its short form in brackets",
    text: "Firms\n\nTarn Trading Corp. and Hollin Group Corp. (HGC) won the Marrow Prize.",
    expect: {
      conferrals: ["Tarn Trading Corp.", "Hollin Group Corp."].map((r) => ({
        recipient: r,
        honor: "Marrow Prize",
      })),
    },
  },
  {
    name: "'joined the THU Creative Cities Network': the body whose acronym opens the honor, named in the text, gives it",
    text: "Cities\n\nTwo cities joined a global network this week.\n\nTarnvale City joined the THU Creative Cities Network on Monday.\n\nThe Tarn Heritage Union (THU) runs the network from Hollin.",
    expect: {
      conferrals: [
        {
          recipient: "Tarnvale City",
          honor: "THU Creative Cities Network",
          issuers: ["Tarn Heritage Union"],
        },
      ],
    },
  },
  {
    name: "guard: 'the Airport Service Quality (ASQ) Awards': an acronym of the award's own words is the award, and gives nothing",
    text: "Airports\n\nThe council honoured the winners of its 2031 Airport Service Quality (ASQ) Awards. Tarnvale Airport won an ASQ Award for service. ASQ scores come from travellers.",
    expect: {
      conferrals: [{ recipient: "Tarnvale Airport", honor: "ASQ Award", issuers: [] }],
    },
  },
  {
    name: "guard: a bare 'UNESCO' read back to the honor it opens is no issuer of it",
    text: "Geoparks\n\nNew parks were named this week.\n\nTarnvale Geopark became a UNESCO Global Geopark on Monday.\n\nThe parks were reviewed by UNESCO in May.",
    expect: {
      conferrals: [{ recipient: "Tarnvale Geopark", honor: "UNESCO Global Geopark", issuers: [] }],
    },
  },
  {
    name: "'the Tarn Quality Award (TQA)': an honor's acronym defined after it is the honor, not a body",
    text: "Quality\n\nTarnvale Port won the Tarn Quality Award (TQA) in May. The TQA is the top quality honor.",
    expect: {
      conferrals: [{ recipient: "Tarnvale Port", honor: "Tarn Quality Award" }],
      notOrganizations: ["TQA"],
    },
  },
  {
    name: "'the Global System for Hollin Communications Association (GSHA)': a body's head and its acronym make it a body",
    text: "Mobile Awards\n\nThe Global System for Hollin Communications Association (GSHA) gave the award.",
    expect: {
      organizations: ["Global System for Hollin Communications Association"],
      notOrganizations: ["GSHA"],
    },
  },
  {
    name: "a headline's 'Hollin Group' stands for the 'Tarnvale Hollin Group Co., Ltd.' the story then names in full",
    text: "Hollin Group Named a Leading Enterprise\n\nTarnvale Hollin Group Co., Ltd. was named a leading enterprise on Monday.",
    expect: {
      organizations: ["Tarnvale Hollin Group Co., Ltd."],
      notOrganizations: ["Hollin Group"],
    },
  },
  {
    name: "guard: a headline's 'Tarnvale University' is not short for the 'School of Physics of Tarnvale University' that won",
    text: "Tarnvale University Wins Lake Prize\n\nThe School of Physics of Tarnvale University won the Lake Prize on Monday.",
    expect: {
      organizations: ["Tarnvale University", "School of Physics of Tarnvale University"],
    },
  },
  {
    name: "guard: a headline's 'Communist Youth League' is not short for a body's own 'TUT Communist Youth League'",
    text: "Communist Youth League Work Honored\n\nThe TUT Communist Youth League won the Lake Prize on Monday.",
    expect: {
      organizations: ["Communist Youth League", "TUT Communist Youth League"],
    },
  },
  {
    name: "'Army' and 'Navy' head a body's name as 'League' does",
    text: "Honors\n\nThe Tarn People's Liberation Army and the Hollin Navy each won the Lake Banner.",
    expect: {
      conferrals: ["Tarn People's Liberation Army", "Hollin Navy"].map((r) => ({
        recipient: r,
        honor: "Lake Banner",
      })),
    },
  },
  {
    name: "'A and B have both been named X': 'both' and 'each' sit where 'also' may",
    text: "Schools\n\nTarnvale School and Hollin School have both been named Model Schools.",
    expect: {
      conferrals: ["Tarnvale School", "Hollin School"].map((r) => ({
        recipient: r,
        honor: "Model Schools",
      })),
    },
  },
  {
    name: "'a member of the Communist Party of China': a political party, its kind before 'Party'",
    text: "Model Workers\n\nQiao Renfeng, a member of the Communist Party of China since 2001, won the Lake Medal.",
    expect: {
      conferrals: [{ recipient: "Qiao Renfeng", honor: "Lake Medal" }],
      organizations: ["Communist Party of China"],
    },
  },
  {
    name: "guard: 'the Central Committee of the Communist Party of China' stays one body",
    text: "Model Workers\n\nIn May the Lake Medal went to Qiao Renfeng from the Central Committee of the Communist Party of China.",
    expect: {
      conferrals: [{ recipient: "Qiao Renfeng", honor: "Lake Medal" }],
      organizations: ["Central Committee of the Communist Party of China"],
      notOrganizations: ["Communist Party of China"],
    },
  },
  {
    name: "'the Communist Party of China Central Committee': the party's organ is read whole",
    text: "Medals\n\nIn May the State Council and the Communist Party of China Central Committee gave the Lake Medal to Qiao Renfeng.",
    expect: {
      organizations: ["Communist Party of China Central Committee", "State Council"],
      notOrganizations: ["China Central Committee"],
    },
  },
  {
    name: "guard: 'the Civilization Office of the Central Communist Party Committee' stays one body",
    text: "Model Cities\n\nThe Civilization Office of the Central Communist Party Committee named Tarnvale a Model City.",
    expect: {
      organizations: ["Civilization Office of the Central Communist Party Committee"],
      notOrganizations: ["Communist Party Committee"],
    },
  },
  {
    name: "'approved a decision conferring honors on 42 people: 8 X recipients': the approving body holds nothing",
    text: "Explainer: Tarn State Medals (UPDATED)\n\nUPDATE (Sept. 17, 2031): On Tuesday the TSC approved a decision conferring medals on 40 people: 9 \u201cMedal of the Valley\u201d holders, 5 \u201cMedal of Harmony\u201d holders, and 26 people given other titles. The same day, by a signed order, Qiao Renfeng presented the honors to all of them.",
    expect: { conferrals: [] },
  },
];

const roundFortySixShapes: GenreCase[] = [
  {
    name: "'the Tarnhe scenic area' in lower case is a place and holds the rating it was given",
    text: "Ratings\n\nTarnhe scenic area was upgraded to a national 5A level scenic spot.",
    expect: {
      conferrals: [{ recipient: "Tarnhe Scenic Area", honor: "national 5A level scenic spot" }],
    },
  },
  {
    name: "'Qinlou sub-district' in lower case is a place and holds its title",
    text: "Honors\n\nQinlou sub-district was named a Model Sub-district of Learning.",
    expect: {
      conferrals: [{ recipient: "Qinlou Sub-district", honor: "Model Sub-district of Learning" }],
    },
  },
  {
    name: "guard: 'the scenic spot' with no name before it is no place",
    text: "Visits\n\nVisitors to the scenic spot of Tarnvale were many this spring.",
    expect: { conferrals: [], notOrganizations: ["Scenic Spot"] },
  },
  {
    name: "'named 10 people the X': the counted 'people' is no part of the title the winners then hold",
    text: "Model Workers\n\nThe city named 10 people the 2031 Tarnvale Model Workers. The winners included Qiao Renfeng, Lan Xiuying and Mao Qinglan.",
    expect: {
      conferrals: ["Qiao Renfeng", "Lan Xiuying", "Mao Qinglan"].map((r) => ({
        recipient: r,
        honor: "Tarnvale Model Workers",
      })),
    },
  },
  {
    name: "'This year's inductees included' names holders of the honor the text is about",
    text: "Hall of Fame\n\nThe 2031 Tarn Prize was presented on Sunday. This year's inductees included Qiao Renfeng, Lan Xiuying and Mao Qinglan.",
    expect: {
      conferrals: ["Qiao Renfeng", "Lan Xiuying", "Mao Qinglan"].map((r) => ({
        recipient: r,
        honor: "Tarn Prize",
      })),
    },
  },
  {
    name: "'included a strong field of rowers: A, B, C': a lead phrase before the colon",
    text: "Prize\n\nThe 2031 Tarn Prize was presented on Sunday. This year's winners included a strong field of rowers: Qiao Renfeng, Lan Xiuying and Mao Qinglan.",
    expect: {
      conferrals: ["Qiao Renfeng", "Lan Xiuying", "Mao Qinglan"].map((r) => ({
        recipient: r,
        honor: "Tarn Prize",
      })),
    },
  },
  {
    name: "'for the X induction ceremony' makes X the honor the inductees then hold",
    text: "Sports\n\nRowers met at the old boathouse for the 2031 Tarn Rowing Hall of Fame induction ceremony in May. The inductees included three rowers: Qiao Renfeng, Lan Xiuying and Mao Qinglan.",
    expect: {
      conferrals: ["Qiao Renfeng", "Lan Xiuying", "Mao Qinglan"].map((r) => ({
        recipient: r,
        honor: "Tarn Rowing Hall of Fame",
      })),
    },
  },
  {
    name: "guard: a ceremony for an event declares no honor for the names after it",
    text: "Sports\n\nRowers met in Tarnvale for the 2031 Tarn Rowing Regatta closing ceremony. This year's rowers included Qiao Renfeng and Lan Xiuying.",
    expect: { conferrals: [] },
  },
  {
    name: "'A Temple and B Hall were awarded X': a place joined by 'and' is a holder beside a body",
    text: "Heritage\n\nHollin Hall and Tarnvale Temple were awarded the Qinlou Heritage Award.",
    expect: {
      conferrals: ["Hollin Hall", "Tarnvale Temple"].map((r) => ({
        recipient: r,
        honor: "Qinlou Heritage Award",
      })),
    },
  },
  {
    name: "'A Temple, B Hall and C Museum': a place that opens the list is a holder too",
    text: "Heritage\n\nTarnvale Temple, Hollin Hall and Qinlou Museum were awarded the Reed Heritage Award.",
    expect: {
      conferrals: ["Tarnvale Temple", "Hollin Hall", "Qinlou Museum"].map((r) => ({
        recipient: r,
        honor: "Reed Heritage Award",
      })),
    },
  },
  {
    name: "guard: 'X School, Hill Province, was named': a place after a bare comma qualifies the name",
    text: "Honors\n\nTarnvale Middle School, Hill Province, was named a Model Reading School.",
    expect: {
      conferrals: [{ recipient: "Tarnvale Middle School", honor: "Model Reading School" }],
    },
  },
  {
    name: "'1st Scholarship \u2013 Lake Fund: A (Norway)' under a winners' line: the prize's place holds nothing",
    text: "Dance Prize\n\nThe 2031 Tarn Prize winners are:\n- 1st Scholarship \u2013 Lake Fund: Qiao Renfeng (Norway)\n- 2nd Scholarship \u2013 Hill Fund: Lan Xiuying (Chile)\n- 3rd Scholarship \u2013 Reed Fund: Mao Qinglan (Peru)\n- 4th Scholarship \u2013 Pine Fund: Hu Dewei (Chile)",
    expect: { conferrals: [] },
  },
  {
    name: "'UNESCO named eight new X': who names a counted group gives; 'the eight newly designated sites are' holds",
    text: "Geoparks\n\nUNESCO named eight new Global Geoparks. The eight newly designated sites are Datong, Shuozhou and Hangzhou.",
    expect: {
      conferrals: ["Datong", "Shuozhou", "Hangzhou"].map((r) => ({
        recipient: r,
        honor: "Global Geoparks",
      })),
    },
  },
  {
    name: "guard: 'Tarnvale Museum named 2031 X' in a headline: a year is no count, the museum holds X",
    text: "Tarnvale Museum named 2031 National First-class Museum\n\nThe museum opened in 1990.",
    expect: {
      someConferrals: [{ recipient: "Tarnvale Museum", honor: "National First-class Museum" }],
    },
  },
  {
    name: "'were honorably selected': an adverb of manner between the auxiliary and the verb",
    text: 'Model Teachers\n\nThe league announced the 2031 "Most Caring Teacher" list. Ten individuals, including Qiao Renfeng and Lan Xiuying, were honorably selected.',
    expect: {
      conferrals: ["Qiao Renfeng", "Lan Xiuying"].map((r) => ({
        recipient: r,
        honor: "Most Caring Teacher",
      })),
    },
  },
  {
    name: "'released the advanced deeds of \"X\"' announces X",
    text: 'Model Teachers\n\nTarnvale County released the advanced deeds of "Most Caring Teacher" in 2031. Eight people, including Qiao Renfeng and Lan Xiuying, were selected.',
    expect: {
      conferrals: ["Qiao Renfeng", "Lan Xiuying"].map((r) => ({
        recipient: r,
        honor: "Most Caring Teacher",
      })),
    },
  },
  {
    name: "', and the rescue team of the valley were selected': an unnamed last item leaves the named holders",
    text: 'Model Teachers\n\nThe league announced the 2031 "Most Caring Teacher" list. Ten individuals, including Qiao Renfeng, Lan Xiuying, and the rescue team of the valley were selected.',
    expect: {
      conferrals: ["Qiao Renfeng", "Lan Xiuying"].map((r) => ({
        recipient: r,
        honor: "Most Caring Teacher",
      })),
    },
  },
  {
    name: "guard: 'A and the city were named X' still names A alone, the unnamed item holds nothing",
    text: "Honors\n\nTarnvale Middle School and the city government were named Model Reading Units.",
    expect: {
      conferrals: [{ recipient: "Tarnvale Middle School", honor: "Model Reading Units" }],
    },
  },
  {
    name: "'the list of X was announced, and A, B and C were on it': 'it' is the list the clause named",
    text: "Green Factories\n\nThe 2031 list of National Green Factories was released, and Tarnvale Steel Company, Hollin Paper Company and Qinlou Glass Company were on it.",
    expect: {
      conferrals: ["Tarnvale Steel Company", "Hollin Paper Company", "Qinlou Glass Company"].map(
        (r) => ({ recipient: r, honor: "National Green Factories" }),
      ),
    },
  },
  {
    name: "guard: 'a list of products, and A and B were in it' names no honor",
    text: "Trade\n\nThe firm keeps a list of products, and Datong and Shuozhou were in it.",
    expect: { conferrals: [] },
  },
  {
    name: "'ranked 12th among the Top 100 X Companies in China': a ranked list with its place is an honor, not a body",
    text: "Rankings\n\nTarnvale Chemical Company ranked 12th among the 2031 Top 100 Pesticide Companies in China.",
    expect: {
      conferrals: [
        { recipient: "Tarnvale Chemical Company", honor: "Top 100 Pesticide Companies in China" },
      ],
      notOrganizations: ["Top 100 Pesticide Companies in China"],
    },
  },
  {
    name: "'A named B its X': A gives, B holds",
    text: "Suppliers\n\nHill Motors Company named Tarnvale Glass Company its 2031 Supplier of the Year.",
    expect: {
      conferrals: [{ recipient: "Tarnvale Glass Company", honor: "Supplier of the Year" }],
    },
  },
  {
    name: "'Qiao has won X' after 'Qiao Renfeng' was named: a bare surname opening the clause is that person",
    text: "Rice Prize\n\nQiao Renfeng is a rice scientist at Tarnvale University. Qiao has won the Hill Food Prize.",
    expect: {
      conferrals: [{ recipient: "Qiao Renfeng", honor: "Hill Food Prize" }],
      notOrganizations: ["Qiao"],
    },
  },
  {
    name: "guard: a one-word place after a person was named stays the place that holds the honor",
    text: "Rice Prize\n\nQiao Renfeng visited Lanxi. Lanxi won the Hill Civilized City title.",
    expect: { conferrals: [{ recipient: "Lanxi", honor: "Hill Civilized City" }] },
  },
  {
    name: "'the Lake Nations Educational, Scientific and Cultural Organization': a series of fields inside one body's name",
    text: "Learning Cities\n\nThe Lake Nations Educational, Scientific and Cultural Organization (LNESCO) named Datong a Hill Learning City.",
    expect: {
      organizations: ["Lake Nations Educational, Scientific and Cultural Organization"],
      notOrganizations: ["Scientific and Cultural Organization"],
    },
  },
  {
    name: "'the School of Chemical, Metallurgical and Materials Engineering': the fields after 'of' belong to the school",
    text: "Academicians\n\nQiao Renfeng, a professor at the School of Chemical, Metallurgical and Materials Engineering, was elected.",
    expect: {
      organizations: ["School of Chemical, Metallurgical and Materials Engineering"],
      notOrganizations: ["School of Chemical"],
    },
  },
  {
    name: "guard: 'Datong, Shuozhou and Hangzhou Museum': places before a body are no series of fields",
    text: "Museums\n\nDatong, Shuozhou and Tarnvale Museum were named Model Units.",
    expect: { notOrganizations: ["Datong, Shuozhou and Tarnvale Museum"] },
  },
];

const roundFortySevenShapes: GenreCase[] = [
  {
    name: "'A in P and B in Q': the place after 'in' ends the first body; 'and' opens the next",
    text: "Green Factories\n\nMorrow Dyeing Company in Xiangtan and Pellick Glass Company in Zhuzhou were named national green factories.",
    expect: {
      conferrals: ["Morrow Dyeing Company", "Pellick Glass Company"].map((r) => ({
        recipient: r,
        honor: "national green factories",
      })),
      notOrganizations: ["Morrow Dyeing Company in Xiangtan and Pellick Glass Company"],
    },
  },
  {
    name: "', among others,' between the holders and the verb leaves the holders named",
    text: "Enterprises\n\nQuarry Ceramics Company and Lantern Paper Company, among others, were recognized as national high-tech enterprises.",
    expect: {
      conferrals: ["Quarry Ceramics Company", "Lantern Paper Company"].map((r) => ({
        recipient: r,
        honor: "national high-tech enterprises",
      })),
    },
  },
  {
    name: "'N firms, including A, were ...': one bare name after 'including' is one of the firms",
    text: "Enterprises\n\nFour firms, including Wenlu Textile, were recognized as national high-tech enterprises.",
    expect: {
      conferrals: [{ recipient: "Wenlu Textile", honor: "national high-tech enterprises" }],
    },
  },
  {
    name: "'N brands such as A and B were ...': each bare name is a holder",
    text: "Brands\n\n40 brands such as Quolan and Pemda were selected as the new Tarnvale Famous Brands.",
    expect: {
      conferrals: ["Quolan", "Pemda"].map((r) => ({
        recipient: r,
        honor: "Tarnvale Famous Brands",
      })),
    },
  },
  {
    name: "guard: a place after 'including' is no firm",
    text: "Enterprises\n\nNine companies, including Hubei Province, were rated this spring.",
    expect: { conferrals: [], notOrganizations: ["Hubei Province"] },
  },
  {
    name: "a lower-case title opened by its level is a title, whatever its head noun",
    text: "Ports\n\nThe Ministry of Transport named Wenlu Port as a national green port.",
    expect: {
      conferrals: [
        {
          recipient: "Wenlu Port",
          honor: "national green port",
          issuers: ["Ministry of Transport"],
        },
      ],
    },
  },
  {
    name: "guard: a level and words stopping short of a head ('national unity and progress') is no title",
    text: "Counties\n\nPellow County was named national unity and progress.",
    expect: { conferrals: [] },
  },
  {
    name: "'issued a circular naming A as X': the notice's gerund confers, its issuer gives",
    text: "Circular\n\nThe Ministry of Transport issued a circular recently naming 60 counties including Pellow County as national demonstration counties for rural roads.",
    expect: {
      conferrals: [
        {
          recipient: "Pellow County",
          honor: "national demonstration counties for rural roads",
          issuers: ["Ministry of Transport"],
        },
      ],
    },
  },
  {
    name: "'published a list naming A and B X' with a lower-case title and no article",
    text: "Ports\n\nThe Ministry of Transport published a list naming Wenlu Port and Hollin Port national green ports.",
    expect: {
      conferrals: ["Wenlu Port", "Hollin Port"].map((r) => ({
        recipient: r,
        honor: "national green ports",
        issuers: ["Ministry of Transport"],
      })),
    },
  },
  {
    name: "holders set apart by semicolons, each with its county, all hold the title",
    text: "Towns\n\nQuanshi Town of Pellow County; Liangtan Town of Morrow County; and Baishe Town of Tarn County were named National Key Towns for Rural Tourism.",
    expect: {
      conferrals: [
        "Quanshi Town of Pellow County",
        "Liangtan Town of Morrow County",
        "Baishe Town of Tarn County",
      ].map((r) => ({ recipient: r, honor: "National Key Towns for Rural Tourism" })),
    },
  },
  {
    name: "'A in P; B in Q; and C in R were named X': the first item keeps its place too",
    text: "Communities\n\nHeshan Community in Xiangtan; Pulin Community in Zhuzhou; and Yuting Community in Hengyang were named Provincial Model Communities for Elderly Care.",
    expect: {
      conferrals: ["Heshan Community", "Pulin Community", "Yuting Community"].map((r) => ({
        recipient: r,
        honor: "Provincial Model Communities for Elderly Care",
      })),
    },
  },
  {
    name: "'the provincial sports bureau named A a X': a field's word before the kind still names an issuer's kind",
    text: "Bases\n\nThe provincial sports bureau named Tarnvale Sports School a National Reserve Talent Training Base.",
    expect: {
      conferrals: [
        { recipient: "Tarnvale Sports School", honor: "National Reserve Talent Training Base" },
      ],
    },
  },
  {
    name: "'named A and B College National X': the level word after a body's head opens the title",
    text: "Bases\n\nThe Ministry of Education named Hollin University and Morrow Vocational College National Demonstration Bases for Labor Education.",
    expect: {
      conferrals: ["Hollin University", "Morrow Vocational College"].map((r) => ({
        recipient: r,
        honor: "National Demonstration Bases for Labor Education",
        issuers: ["Ministry of Education"],
      })),
    },
  },
  {
    name: "'Quolimo Textile': a coined word and its trade name a firm without 'Co., Ltd.'",
    text: "Enterprises\n\nQuolimo Textile and two other firms were named Provincial Green Supply Chain Enterprises.",
    expect: {
      conferrals: [
        { recipient: "Quolimo Textile", honor: "Provincial Green Supply Chain Enterprises" },
      ],
    },
  },
  {
    name: "'Pemrada Precision Machinery' with words between the coined word and its trade, in a list",
    text: "Champions\n\nTarvik Semiconductor and Pemrada Precision Machinery were selected as provincial single-champion enterprises.",
    expect: {
      conferrals: ["Tarvik Semiconductor", "Pemrada Precision Machinery"].map((r) => ({
        recipient: r,
        honor: "provincial single-champion enterprises",
      })),
    },
  },
  {
    name: "guard: a trade word inside another name or before a possessive names no firm of its own",
    text: "Labs\n\nThe State Key Laboratory of Quolimo Materials opened. Tarvik Textile's cotton yarn was praised. The title went to Pemrada Chemical fiber makers.",
    expect: {
      notOrganizations: ["Quolimo Materials", "Tarvik Textile", "Pemrada Chemical"],
    },
  },
  {
    name: "'has been reconfirmed as X': confirmed again, the title is renewed",
    text: "Centers\n\nTarnvale Cultural Center has been reconfirmed as a National First-Class Cultural Center.",
    expect: {
      conferrals: [
        {
          recipient: "Tarnvale Cultural Center",
          honor: "National First-Class Cultural Center",
          status: "renewed",
        },
      ],
    },
  },
  {
    name: "'A, who has served B Village for 40 years, was honored as X': a name inside the relative clause",
    text: "Models\n\nVillage doctor Qiao Renfeng, who has served Pellow Village for 40 years, was honored as a Provincial Moral Model.",
    expect: {
      conferrals: [{ recipient: "Qiao Renfeng", honor: "Provincial Moral Model" }],
    },
  },
  {
    name: "'A tops the list of X' confers the listed title",
    text: "Growth\n\nHollin Dairy Company tops the list of Provincial High-Growth Enterprises.",
    expect: {
      conferrals: [
        { recipient: "Hollin Dairy Company", honor: "Provincial High-Growth Enterprises" },
      ],
    },
  },
  {
    name: "'the first prize went to A, the second prize to B and the third prize to C': each gapped prize has its holder",
    text: "Awards\n\nThe first prize went to Morrow Valve Institute, the second prize to Pellick Pump Company and the third prize to Tarnvale Gear Company.",
    expect: {
      conferrals: [
        { recipient: "Morrow Valve Institute", honor: "first prize" },
        { recipient: "Pellick Pump Company", honor: "second prize" },
        { recipient: "Tarnvale Gear Company", honor: "third prize" },
      ],
    },
  },
  {
    name: "'The title of X went to A': the words after 'title of' are the title though a village's head ends them",
    text: "Villages\n\nThe title of Beautiful Leisure Village of China went to Pellow Village this year.",
    expect: {
      conferrals: [{ recipient: "Pellow Village", honor: "Beautiful Leisure Village of China" }],
    },
  },
  {
    name: "'conferred the title of X on A': a title with no head word the name finder knows",
    text: "Inheritors\n\nThe Tarnvale Culture Bureau conferred the title of Intangible Heritage Inheritor on weaver Qiao Renfeng.",
    expect: {
      conferrals: [
        {
          recipient: "Qiao Renfeng",
          honor: "Intangible Heritage Inheritor",
          issuers: ["Tarnvale Culture Bureau"],
        },
      ],
    },
  },
  {
    name: "guard: a person right after 'title of' in a garbled list stays a person",
    text: "Commendations\n\nThe bureau awarded the title of Qiao Renfeng and 23 comrades of the works.",
    expect: { people: [{ name: "Qiao Renfeng" }] },
  },
  {
    name: "'Gold awards were given to A and B, and a silver award to C': no article before the first honor, 'a' before the gapped one",
    text: "Tea Awards\n\nGold awards were given to Hollin Tea Factory and Morrow Tea Garden, and a silver award to Pellick Tea Company.",
    expect: {
      conferrals: [
        { recipient: "Hollin Tea Factory", honor: "Gold awards" },
        { recipient: "Morrow Tea Garden", honor: "Gold awards" },
        { recipient: "Pellick Tea Company", honor: "silver award" },
      ],
    },
  },
  {
    name: "'have been proposed as X': holders proposed, not yet conferred",
    text: "Forest Villages\n\nNine villages, including Pellow Village and Quanshi Village, have been proposed as National Forest Villages.",
    expect: {
      conferrals: ["Pellow Village", "Quanshi Village"].map((r) => ({
        recipient: r,
        honor: "National Forest Villages",
        status: "proposed",
      })),
    },
  },
  {
    name: "semicolon holders each placed ', in P, Q' before the verb",
    text: "Heritage Awards\n\nPellick Bridge Company, in Hunan, China; Quanshi Tea Company, in Guangxi, China; and Tarnvale Silk Company, in Yunnan, China, were awarded the Award of Merit for Heritage Conservation.",
    expect: {
      conferrals: ["Pellick Bridge Company", "Quanshi Tea Company", "Tarnvale Silk Company"].map(
        (r) => ({
          recipient: r,
          honor: "Award of Merit for Heritage Conservation",
        }),
      ),
    },
  },
  {
    name: "a page stamp glued to the next word ('2031-01-21Views:303') still dates the page",
    text: "Museum Honored\n\n2031-01-21Views:303\n\nRecently, Pellow Museum was named a National Science Base.",
    expect: {
      conferrals: [{ recipient: "Pellow Museum", honor: "National Science Base", date: "2031-01" }],
    },
  },
  {
    name: "'The company has since been recognised as X': a firm named by its trade is 'the company', and 'since' sits inside the verb",
    text: "Enterprises\n\nQuolimo Biotech moved to the Tarnvale zone in 2031. The company has since been recognised as a national high-tech enterprise.",
    expect: {
      conferrals: [{ recipient: "Quolimo Biotech", honor: "national high-tech enterprise" }],
    },
  },
  {
    name: "'A was rated X, B a Y, and C a Z': each gapped clause with 'a' has its own holder",
    text: "Archives\n\nPellow Archives was rated a first-class archive, Morrow Archives a second-class archive, and Hollin Archives a third-class archive.",
    expect: {
      conferrals: [
        { recipient: "Pellow Archives", honor: "first-class archive" },
        { recipient: "Morrow Archives", honor: "second-class archive" },
        { recipient: "Hollin Archives", honor: "third-class archive" },
      ],
    },
  },
  {
    name: "'A (Pine University) and B (Lake Institute) won X': the bracketed bodies say where the winners work",
    text: "Young Scientists\n\nQiao Renfeng (Tarnvale University) and Lan Xiuying (Hollin Institute of Oceanography) won the Young Scientist Award.",
    expect: {
      conferrals: ["Qiao Renfeng", "Lan Xiuying"].map((r) => ({
        recipient: r,
        honor: "Young Scientist Award",
      })),
    },
  },
  {
    name: "guard: a body with a bracketed place of its own still holds what it won",
    text: "Young Scientists\n\nTarnvale University (Hubei) won the Young Scientist Award.",
    expect: {
      conferrals: [{ recipient: "Tarnvale University (Hubei)", honor: "Young Scientist Award" }],
    },
  },
  {
    name: "run-on notice: the list of X announced, ', the city's 3 hospitals were among them: A; B; C'",
    text: "Smart Hospitals\n\nThe list of 2031 provincial smart hospitals was announced, the city's 3 hospitals were among them: Pellow People's Hospital; Morrow Road Health Center; Tarnvale Orthopedic Hospital.",
    expect: {
      conferrals: [
        "Pellow People's Hospital",
        "Morrow Road Health Center",
        "Tarnvale Orthopedic Hospital",
      ].map((r) => ({ recipient: r, honor: "provincial smart hospitals" })),
    },
  },
  {
    name: "run-on notice: 'confirmed the fourth batch of X, our city has 3 enterprises, namely: A, B and C'",
    text: "Brands\n\nThe bureau confirmed the fourth batch of provincial time-honored brands, our city has 3 enterprises, namely: Pellow Soy Sauce Factory, Morrow Pastry Shop and Hollin Knife Workshop.",
    expect: {
      conferrals: ["Pellow Soy Sauce Factory", "Morrow Pastry Shop", "Hollin Knife Workshop"].map(
        (r) => ({
          recipient: r,
          honor: "provincial time-honored brands",
        }),
      ),
    },
  },
  {
    name: "guard: a colon list after a sentence that names no honor gives nothing",
    text: "Visitors\n\nThe fair was busy, the guests this year were: Pellow Soy Sauce Factory and Morrow Pastry Shop.",
    expect: { conferrals: [] },
  },
  {
    name: "guard: a comma-spliced clause after the title ('..., the principal said the school will go on') is no second title",
    text: "Commendation\n\nPellow Central Primary School was commended as provincial advanced collective of moral education work, the principal said the school will continue to work hard.",
    expect: {
      conferrals: [
        {
          recipient: "Pellow Central Primary School",
          honor: "provincial advanced collective of moral education work",
        },
      ],
    },
  },
  {
    name: "a quoted slogan with its own verb stays inside the title",
    text: 'Bases\n\nPellow County was named a national practice base for the "Green Hills are Golden Hills" philosophy.',
    expect: {
      conferrals: [
        {
          recipient: "Pellow County",
          honor: 'national practice base for the "Green Hills are Golden Hills" philosophy',
        },
      ],
    },
  },
  {
    name: "'the list of National Rural Tourism Key Villages, and A was selected': a level over a plural kind is a title, not a place",
    text: "Villages\n\nRecently, the Tarnvale Culture Bureau published its list of National Rural Tourism Key Villages, and Pellow Village was selected.",
    expect: {
      conferrals: [{ recipient: "Pellow Village", honor: "National Rural Tourism Key Villages" }],
      notOrganizations: ["National Rural Tourism Key Villages"],
    },
  },
  {
    name: "'awarded 【National Wetland Park】': the square brackets of a Chinese page set a title off like quotes",
    text: "Wetlands\n\nPellow Lake Wetland Park was awarded \u3010National Wetland Park\u3011 this year.",
    expect: {
      conferrals: [{ recipient: "Pellow Lake Wetland Park", honor: "National Wetland Park" }],
    },
  },
  {
    name: "'(1) A' lines under 'the following museums in our province were newly rated as X:'",
    text: "Museums\n\nThe following museums in our province were newly rated as national first-class museums:\n(1) Pellow Provincial Museum\n(2) Morrow Kiln Museum\n(3) Hollin Memorial Hall",
    expect: {
      conferrals: ["Pellow Provincial Museum", "Morrow Kiln Museum", "Hollin Memorial Hall"].map(
        (r) => ({
          recipient: r,
          honor: "national first-class museums",
        }),
      ),
    },
  },
  {
    name: "'1\u3001A' lines of a Chinese page, read as '1,A', are numbered lines",
    text: "Museums\n\nThe following museums were rated as national first-class museums:\n1\u3001Pellow Provincial Museum\n2\u3001Morrow Kiln Museum",
    expect: {
      conferrals: ["Pellow Provincial Museum", "Morrow Kiln Museum"].map((r) => ({
        recipient: r,
        honor: "national first-class museums",
      })),
    },
  },
  {
    name: "'..., the museum will take this as a start': a body opening a clause after the title is no second title, and the body stays a body",
    text: "Museums\n\nPellow Folk Museum opened in 2011. The museum was rated as national second-class museum, the museum will take this as a new start.",
    expect: {
      conferrals: [{ recipient: "Pellow Folk Museum", honor: "national second-class museum" }],
      organizations: ["Pellow Folk Museum"],
    },
  },
];

const roundFortyEightShapes: GenreCase[] = [
  {
    name: "'will confer honorary doctorates on A and B': proposed, the university the issuer",
    text: "Honorary Degrees\n\nMorrow University will confer honorary doctorates on Quan Lihua and Sun Peilin in recognition of their service.",
    expect: {
      conferrals: ["Quan Lihua", "Sun Peilin"].map((r) => ({
        recipient: r,
        honor: "honorary doctorates",
        issuers: ["Morrow University"],
        status: "proposed" as const,
      })),
    },
  },
  {
    name: "'conferred honorary degrees upon A': a held degree, no modal, conferred",
    text: "Congregation\n\nTarnvale University conferred honorary degrees upon Quan Lihua at its 50th congregation.",
    expect: {
      conferrals: [
        {
          recipient: "Quan Lihua",
          honor: "honorary degrees",
          issuers: ["Tarnvale University"],
          status: "conferred",
        },
      ],
    },
  },
  {
    name: "'received an honorary doctorate from U': the honorary degree is an honor",
    text: "Alumni\n\nQuan Lihua received an honorary doctorate from Tarnvale University in 2019.",
    expect: { conferrals: [{ recipient: "Quan Lihua", honor: "honorary doctorate" }] },
  },
  {
    name: "guard: 'received his doctorate from U' is an earned degree, no honor",
    text: "Alumni\n\nQuan Lihua received his doctorate from Tarnvale University in 1990.",
    expect: { conferrals: [] },
  },
  {
    name: "'have both been conferred the degree of Doctor of X, honoris causa': each holder",
    text: "Congregation\n\nProf. Quan Lihua and Dr. Sun Peilin have both been conferred the degree of Doctor of Engineering, honoris causa.",
    expect: {
      conferrals: ["Quan Lihua", "Sun Peilin"].map((r) => ({
        recipient: r,
        honor: "degree of Doctor of Engineering, honoris causa",
      })),
    },
  },
  {
    name: "'received the degree of Doctor of X honoris causa': received, and no comma",
    text: "Congregation\n\nProfessor Quan Lihua received the degree of Doctor of Fine Arts honoris causa.",
    expect: {
      conferrals: [
        { recipient: "Quan Lihua", honor: "degree of Doctor of Fine Arts honoris causa" },
      ],
    },
  },
  {
    name: "'conferred the degree ..., honoris causa, on A': the holder after the closing comma",
    text: "Congregation\n\nTarnvale University conferred the degree of Doctor of Public Health, honoris causa, on Quan Lihua.",
    expect: {
      conferrals: [
        {
          recipient: "Quan Lihua",
          honor: "degree of Doctor of Public Health, honoris causa",
          issuers: ["Tarnvale University"],
        },
      ],
    },
  },
  {
    name: "guard: 'conferred the X, the highest honor, on A': the giver is no holder",
    text: "Medals\n\nTarnvale University conferred the Morrow Medal, the highest honor, on Quan Lihua.",
    expect: { conferrals: [{ recipient: "Quan Lihua", honor: "Morrow Medal" }] },
  },
  {
    name: "guard: 'bestow a special title on A' names no title",
    text: "Honors\n\nThe federation decided to bestow a special title on Quan Lihua.",
    expect: { conferrals: [] },
  },
  {
    name: "'A, who won the award in 2021, now heads ...': the relative clause's subject holds it",
    text: "Nurses\n\nThe Morrow Lamp Award was set up by the Tarnvale Nurses Association. Quan Lihua, who won the award in 2021, now heads a ward at Pellin Hospital.",
    expect: { someConferrals: [{ recipient: "Quan Lihua", honor: "Morrow Lamp Award" }] },
  },
  {
    name: "'A, 58, received the award': an age between the name and the verb",
    text: "Nurses\n\nThe Morrow Lamp Award was set up by the Tarnvale Nurses Association. Sun Peilin, 58, received the award last year.",
    expect: { someConferrals: [{ recipient: "Sun Peilin", honor: "Morrow Lamp Award" }] },
  },
  {
    name: "'presented the X to chemist A and engineer B': a trade before each name",
    text: "Science Award\n\nThe governor presented the Morrow Science Award to chemist Quan Lihua and engineer Sun Peilin.",
    expect: {
      conferrals: ["Quan Lihua", "Sun Peilin"].map((r) => ({
        recipient: r,
        honor: "Morrow Science Award",
      })),
    },
  },
  {
    name: "guard: 'presented the X to students from B': the school the students come from holds nothing",
    text: "Science Award\n\nThe governor presented the Morrow Science Award to students from Tarnvale Middle School.",
    expect: { conferrals: [] },
  },
  {
    name: "'A and B in East China's P and Q provinces have been designated as X': the region is where they lie",
    text: 'Craft Cities\n\nHengshui and Xingtai in North China\'s Hebei and Shanxi provinces were both designated "Cities of Pottery" this year.',
    expect: {
      conferrals: ["Hengshui", "Xingtai"].map((r) => ({
        recipient: r,
        honor: "Cities of Pottery",
      })),
    },
  },
  {
    name: "'A in South China's P province has been named the X': one holder, one region",
    text: 'Food Cities\n\nTarnvale in South China\'s Guangdong province was named a "City of Noodles" on Monday.',
    expect: { conferrals: [{ recipient: "Tarnvale", honor: "City of Noodles" }] },
  },
  {
    name: "'won first place in the X contest': an ordinal place is an honor",
    text: "Robots\n\nMorrow University won first place in the national robot contest.",
    expect: {
      conferrals: [
        { recipient: "Morrow University", honor: "first place in the national robot contest" },
      ],
    },
  },
  {
    name: "'A and B won second and third place, respectively': each ordinal takes the shared head",
    text: "Olympiad\n\nQuan Lihua and Sun Peilin won second and third place, respectively.",
    expect: {
      conferrals: [
        { recipient: "Quan Lihua", honor: "second place" },
        { recipient: "Sun Peilin", honor: "third place" },
      ],
    },
  },
  {
    name: "'won the first and second prizes respectively': the first ordinal is no batch",
    text: "Olympiad\n\nQuan Lihua and Sun Peilin won the first and second prizes respectively.",
    expect: {
      conferrals: [
        { recipient: "Quan Lihua", honor: "first prize" },
        { recipient: "Sun Peilin", honor: "second prizes" },
      ],
    },
  },
  {
    name: "'from Hefei No 1 High School': 'No' without its point still opens the school's number",
    text: "Olympiad\n\nQuan Lihua from Hefei No 7 High School won first place in the chemistry contest.",
    expect: {
      conferrals: [{ recipient: "Quan Lihua", honor: "first place in the chemistry contest" }],
      organizations: ["Hefei No 7 High School"],
    },
  },
  {
    name: "'Three coaches --- A, B, C --- were rated as X': a list set off by dashes after its count",
    text: "Coaches\n\nThree coaches --- Quan Lihua, Sun Peilin, Zhao Hanyu --- were rated as model coaches of the league.",
    expect: {
      conferrals: ["Quan Lihua", "Sun Peilin", "Zhao Hanyu"].map((r) => ({
        recipient: r,
        honor: "model coaches of the league",
      })),
    },
  },
  {
    name: "'was conferred Doctor of Music, honoris causa': the degree named without 'the degree of'",
    text: "Congregation\n\nProfessor Quan Lihua, a composer, was conferred Doctor of Music, honoris causa.",
    expect: { conferrals: [{ recipient: "Quan Lihua", honor: "Doctor of Music, honoris causa" }] },
  },
  {
    name: "guard: 'Lantern islet in east China's Fujian Province was included on the X': the province is no holder",
    text: "Heritage\n\nLantern islet in east China's Fujian Province, known for its old villas, was included on the Tarnvale Heritage Register.",
    expect: { conferrals: [] },
  },
  {
    name: "guard: 'became the first Chinese-Canadian scientist who ...': a first-ness is no title",
    text: "Engineers\n\nQuan Lihua became the first Chinese-Canadian scientist who led a polar station.",
    expect: { conferrals: [] },
  },
  {
    name: "'Five villages from China, A in P, B in Q, and C in R, were named X': the list after the counted head",
    text: "Tourism Villages\n\nFive villages from China, Morrow Village in Yunnan, Quill Village in Fujian, and Lantern Village in Zhejiang, were named Best Rural Destinations.",
    expect: {
      conferrals: ["Morrow Village", "Quill Village", "Lantern Village"].map((r) => ({
        recipient: r,
        honor: "Best Rural Destinations",
      })),
    },
  },
  {
    name: "guard: 'According to China Youth Daily, the X is the highest honor ...': the source holds nothing",
    text: "Youth Medal\n\nAccording to China Youth Daily, the Morrow Youth Medal is the highest honor for young people jointly awarded by the Tarnvale Youth League.",
    expect: { conferrals: [] },
  },
  {
    name: "guard: 'developed an app named \"X\"': naming a thing is no designation",
    text: 'Software\n\nOur team Quill-Soft developed an app named "River-Eye" which tracks floods.',
    expect: { conferrals: [] },
  },
  {
    name: "'volunteer teams aiding A and B won the X': the places the teams aid hold nothing",
    text: "Group Awards\n\nVolunteer teams aiding Hubei and Hunan won the Morrow Group Award.",
    expect: { conferrals: [] },
  },
  {
    name: "'awarded Comrades A and B the title of X': the form of address opens the holders",
    text: 'Models\n\nThe provincial department awarded Comrades Quan Lihua and Sun Peilin the title of "Pioneer of Service".',
    expect: {
      conferrals: ["Quan Lihua", "Sun Peilin"].map((r) => ({
        recipient: r,
        honor: "Pioneer of Service",
      })),
    },
  },
  {
    name: '\'the "X" team won a gold medal, while the "Y" and "Z" teams secured silver medals\': quoted teams',
    text: 'Skills Contest\n\nThe "Bridge Welding" team won a gold medal, while the "Tower Crane" and "Pipe Fitting" teams secured silver medals.',
    expect: {
      conferrals: [
        { recipient: '"Bridge Welding" team', honor: "gold medal" },
        { recipient: '"Tower Crane"', honor: "silver medals" },
        { recipient: '"Pipe Fitting" teams', honor: "silver medals" },
      ],
    },
  },
  {
    name: "'the \"X\" team from U won the first prize': a quoted name read as a body widens to its team",
    text: 'Innovation Contest\n\nThe "Smart Orchard" team from Morrow University won the first prize.',
    expect: { conferrals: [{ recipient: '"Smart Orchard" team', honor: "first prize" }] },
  },
  {
    name: "'awarded the 'Lantern Cup' to U': single quotes set a title off as double quotes do",
    text: "Contest\n\nThe deputy governor awarded the 'Lantern Cup' to Morrow University.",
    expect: { conferrals: [{ recipient: "Morrow University", honor: "Lantern Cup" }] },
  },
  {
    name: "'A, a city in east China's P Province, won the award': the aside says where, 'the award' points back",
    text: "Habitat Awards\n\nThe Morrow Habitat Award honors cities for housing. Changzhou, a city in east China's Zhejiang Province, won the award in 2019 for its canal work.",
    expect: { someConferrals: [{ recipient: "Changzhou", honor: "Morrow Habitat Award" }] },
  },
  {
    name: "'the list of 2019 Highly Cited Researchers, in which A and B were included': researchers on a named list",
    text: "Cited Researchers\n\nThe agency released its list of 2019 Highly Cited Researchers, in which Professor Quan Lihua and Professor Sun Peilin were included.",
    expect: {
      conferrals: ["Quan Lihua", "Sun Peilin"].map((r) => ({
        recipient: r,
        honor: "Highly Cited Researchers",
      })),
    },
  },
  {
    name: "guard: 'was named a senior researcher at the institute' is a post",
    text: "Appointments\n\nQuan Lihua was named a senior researcher at the Tarnvale institute.",
    expect: { conferrals: [] },
  },
  {
    name: "'N chemists won the award this year: A for X, B for Y': 'the award' points back, the holders follow the colon",
    text: "Scientists Honored\n\nThe Morrow Science Award is given each year. Four chemists won the award this year: Professor Quan Lihua for soil chemistry, Professor Sun Peilin for wave physics.",
    expect: {
      someConferrals: ["Quan Lihua", "Sun Peilin"].map((r) => ({
        recipient: r,
        honor: "Morrow Science Award",
      })),
    },
  },
  {
    name: "'A received the award in 2021' under a headline naming another award: the one honor of the sentence before",
    text: "Nursing Award\n\nThe Morrow Lamp Award was set up by the Tarnvale Nurses Association. Quan Lihua received the award in 2021.",
    expect: { someConferrals: [{ recipient: "Quan Lihua", honor: "Morrow Lamp Award" }] },
  },
  {
    name: "'released its list of Highly Cited Researchers online': 'online' ends the title",
    text: "Cited Researchers\n\nThe agency posted its 2020 list of Highly Cited Researchers online, and Professor Quan Lihua was on it.",
    expect: { conferrals: [{ recipient: "Quan Lihua", honor: "Highly Cited Researchers" }] },
  },
  {
    name: "guard: 'winners of this year's awards include people from ...' names no title",
    text: "Habitat Awards\n\nOther winners of this year's awards include cities and groups from Peru and Chad.",
    expect: { conferrals: [] },
  },
  {
    name: "'East China's A is one of six cities anywhere to win the X': a region's possessive opens the clause, 'worldwide' places the cohort",
    text: "Habitat Awards\n\nEast China's Changzhou is one of six cities worldwide to win the 2019 Morrow Habitat Award for its housing work.",
    expect: { conferrals: [{ recipient: "Changzhou", honor: "Morrow Habitat Award" }] },
  },
  {
    name: "'a Tongji University team won the gold medal': the body's team holds it",
    text: "Programming\n\nOn May 2, a Morrow University team won the gold medal at the regional programming contest.",
    expect: { someConferrals: [{ recipient: "Morrow University team", honor: "gold medal" }] },
  },
  {
    name: "'has been included in the \"Green 100\" list maintained by U': the quoted name before 'list' is the honor",
    text: 'Green Cities\n\nChangzhou has been included in the "Global Green 100" list maintained by the Tarnvale Fund.',
    expect: {
      conferrals: [{ recipient: "Changzhou", honor: "Global Green 100", status: "conferred" }],
    },
  },
  {
    name: "'The X was split between A from U and B from V': each holder, not the places they come from",
    text: "Physics Prize\n\nThe Morrow Physics Prize was split between Quan Lihua from Tarnvale University and Sun Peilin from Lantern University.",
    expect: {
      conferrals: ["Quan Lihua", "Sun Peilin"].map((r) => ({
        recipient: r,
        honor: "Morrow Physics Prize",
      })),
    },
  },
];

const roundFortyNineShapes: GenreCase[] = [
  {
    name: "guard: 'Best Actor: A' and 'Best Actress: B' lines head their holders",
    text: "Lantern Film Awards\n\nBest Actor: Gao Ren (The Long Road)\n\nBest Actress: Mei Lin (Pine Hill)",
    expect: {
      conferrals: [
        { recipient: "Gao Ren", honor: "Best Actor" },
        { recipient: "Mei Lin", honor: "Best Actress" },
      ],
    },
  },
  {
    name: "a line headed by one honor's name: 'Tarn Medal for River Care: A'",
    text: "Winners\n\nTarn Medal for River Care: Wang Ximin, Morrow Botanic Garden",
    expect: { someConferrals: [{ recipient: "Wang Ximin", honor: "Tarn Medal for River Care" }] },
  },
  {
    name: "'won the X through their joint efforts': the manner ends the honor",
    text: "Contest\n\nQuan Lihua and Sun Peilin won the gold award of the Tarn Design Contest through their joint efforts.",
    expect: {
      conferrals: ["Quan Lihua", "Sun Peilin"].map((r) => ({
        recipient: r,
        honor: "gold award of the Tarn Design Contest",
      })),
    },
  },
  {
    name: "'the research team of U, made up of three professors, including A, B and C, won': the team holds it",
    text: "Prizes\n\nThe research team of Morrow University, made up of three professors, including Quan Lihua, Sun Peilin and Zhou Bo, won the Tarn Science Prize.",
    expect: {
      conferrals: [
        { recipient: "research team of Morrow University", honor: "Tarn Science Prize" },
      ],
    },
  },
  {
    name: "guard: 'Several teachers, including A and B, won': no team named, the listed people hold it",
    text: "Teachers\n\nSeveral teachers, including Quan Lihua and Sun Peilin, won the title of Model Teacher.",
    expect: {
      conferrals: ["Quan Lihua", "Sun Peilin"].map((r) => ({
        recipient: r,
        honor: "Model Teacher",
      })),
    },
  },
  {
    name: "'Jan 15, 2031 | by A' under the headline: the page's date, so 'January 10' is 2031's",
    text: "Science Awards\n\nJan 15, 2031  |  by Lin Bo\n\nOn the morning of January 10, the 2030 Tarn Science Prize was presented to Quan Lihua in Morrow.",
    expect: {
      conferrals: [{ recipient: "Quan Lihua", honor: "Tarn Science Prize", date: "2031-01-10" }],
    },
  },
  {
    name: "'The duo of A and B won': 'of' opens the list, both hold the honor",
    text: "Sports News\n\nThe father-son duo of Lin Tao and Lin Bo won the Tarn Rowing Cup.",
    expect: {
      conferrals: ["Lin Tao", "Lin Bo"].map((r) => ({ recipient: r, honor: "Tarn Rowing Cup" })),
    },
  },
  {
    name: "'A and the brother duo of B and C were selected to be inducted into the X': all three",
    text: "Hall News\n\nThe Lake Rowing Hall of Fame announced that Zhou Ping and the brother duo of Lin Tao and Lin Bo were selected to be inducted into the Lake Rowing Hall of Fame.",
    expect: {
      conferrals: ["Zhou Ping", "Lin Tao", "Lin Bo"].map((r) => ({
        recipient: r,
        honor: "Lake Rowing Hall of Fame",
      })),
    },
  },
  {
    name: "guard: 'Four villages of Pine County were included': the county owns the villages, holds nothing",
    text: "Villages\n\nFour villages of Pine County were included in the list of Tarn Traditional Villages.",
    expect: { conferrals: [] },
  },
  {
    name: "'The Salt Road Home picked up the best editing prize': a title before 'picked up' and a prize in lower case",
    text: "Film News\n\nThe Salt Road Home picked up the best editing prize.",
    expect: { conferrals: [{ recipient: "Salt Road Home", honor: "best editing prize" }] },
  },
  {
    name: "'Echoes of Pine Hill took the Golden Reel': a title before 'took' and a capitalised prize",
    text: "Festival\n\nEchoes of Pine Hill took the Golden Reel Award on Saturday.",
    expect: { conferrals: [{ recipient: "Echoes of Pine Hill", honor: "Golden Reel Award" }] },
  },
  {
    name: "'the \"Bright Sail\" team from U won the championship': a contest's standing, won, is an honor",
    text: 'Contest News\n\nAfter two hours of debate, the "Bright Sail" team from Pine University of Technology won the championship.',
    expect: { conferrals: [{ recipient: '"Bright Sail" team', honor: "championship" }] },
  },
  {
    name: "'A claimed first place, and the B team took the runner-up': standings won, and the second clause no honor of A's",
    text: "Robot Contest\n\nThe Lake University team claimed first place, and the Hill College team took the runner-up.",
    expect: {
      conferrals: [
        { recipient: "Lake University team", honor: "first place" },
        { recipient: "Hill College team", honor: "runner-up" },
      ],
    },
  },
  {
    name: "guard: 'the championship' after a verb that wins nothing is no honor",
    text: "Sports\n\nThe Pine University team will host the championship next May.",
    expect: { conferrals: [] },
  },
  {
    name: "'received an award for outstanding X and to mark Y': 'outstanding' is no purpose, 'and to' ends the award",
    text: "Health News\n\nTarnland received an award for outstanding rural health management and to mark its Clean Village Campaign from the Lake Health Council.",
    expect: {
      conferrals: [
        { recipient: "Tarnland", honor: "award for outstanding rural health management" },
      ],
    },
  },
  {
    name: "guard: 'the Pine Prize for promoting rural health': a purpose after 'for' still ends the prize",
    text: "Health News\n\nLin Bo won the Pine Prize for promoting rural health.",
    expect: { conferrals: [{ recipient: "Lin Bo", honor: "Pine Prize" }] },
  },
  {
    name: "'A played in Tarn. She is the first cellist to receive the X since 1990': the pronoun is A",
    text: "Music\n\nLin Bo, 18, played in Tarnvale on Friday. She is the first cellist to receive the gold medal since 1990.",
    expect: { conferrals: [{ recipient: "Lin Bo", honor: "gold medal" }] },
  },
  {
    name: "guard: 'She is the first to know the results': no verb of winning, nothing held",
    text: "Music\n\nLin Bo played in Tarnvale on Friday. She is the first to know the results of the Tarn Medal.",
    expect: { conferrals: [] },
  },
  {
    name: "guard: 'the Silver Bear for Best Actress' stays one honor",
    text: "Festival\n\nRena Holt won the Silver Bear for Best Actress.",
    expect: { conferrals: [{ recipient: "Rena Holt", honor: "Silver Bear for Best Actress" }] },
  },
  {
    name: "guard: 'the Best Actress award' stays one honor",
    text: "Festival\n\nMei Lin earned the Best Actress award.",
    expect: { conferrals: [{ recipient: "Mei Lin", honor: "Best Actress award" }] },
  },
];

const roundFiftyShapes: GenreCase[] = [
  {
    name: "'X is the national Y county': a definite title held, opened by its level word",
    text: "County News\n\nPine County is the national model county for green farming and village tourism.",
    expect: {
      conferrals: [
        {
          recipient: "Pine County",
          honor: "national model county for green farming and village tourism",
        },
      ],
    },
  },
  {
    name: "'The federation honored A and B as Y': a federation named by its kind confers",
    text: "News\n\nThe federation honored Yang Lin and Sun Wen as national-level role models.",
    expect: {
      conferrals: [
        { recipient: "Yang Lin", honor: "national-level role models" },
        { recipient: "Sun Wen", honor: "national-level role models" },
      ],
    },
  },
  {
    name: "'was approved by the ministry as a Y': an agent named by its kind before 'as'",
    text: "News\n\nThe Tarn Lab was approved by the ministry as a provincial key laboratory.",
    expect: { conferrals: [{ recipient: "Tarn Lab", honor: "provincial key laboratory" }] },
  },
  {
    name: "landmarks the genre inscribes and rates: a canal, rice terraces, 'Mount X'",
    text: "Heritage News\n\nThe Pinglan Canal and the Lanxi Rice Terraces were inscribed on the World Heritage List.\n\nMount Pinglan was named a national geopark.",
    expect: {
      conferrals: [
        { recipient: "Pinglan Canal", honor: "World Heritage List" },
        { recipient: "Lanxi Rice Terraces", honor: "World Heritage List" },
        { recipient: "Mount Pinglan", honor: "national geopark" },
      ],
    },
  },
  {
    name: "guard: 'the Mount X scenic area' keeps its lower-case head after 'Mount X' is read",
    text: "News\n\nThe Mount Pinglan Geopark and the Mount Pinglan scenic area were listed as UNESCO Global Geoparks.",
    expect: {
      conferrals: [
        { recipient: "Mount Pinglan Geopark", honor: "UNESCO Global Geoparks" },
        { recipient: "Mount Pinglan Scenic Area", honor: "UNESCO Global Geoparks" },
      ],
    },
  },
  {
    name: "a headline 'The X Foundation announces winners of Y': X gives every award the story tells",
    text: "The Pine Heritage Foundation announces winners of the 2030 Pine Awards\n\nThe Hill Temple won the Award of Merit. The Moss Bridge won the Award of Distinction.",
    expect: {
      conferrals: [
        {
          recipient: "Hill Temple",
          honor: "Award of Merit",
          issuers: ["Pine Heritage Foundation"],
        },
        {
          recipient: "Moss Bridge",
          honor: "Award of Distinction",
          issuers: ["Pine Heritage Foundation"],
        },
      ],
    },
  },
  {
    name: "guard: a headline 'X honored as Y' is passive: X holds the title, no one is said to give it",
    text: "Tarn Hospital honored as national civilized unit\n\nThe Tarn Hospital won the title again.",
    expect: {
      conferrals: [{ recipient: "Tarn Hospital", honor: "national civilized unit", issuers: [] }],
    },
  },
  {
    name: "'The X Award, organized by the Y Society, went to A': an aside in lower case before the verb",
    text: "News\n\nThe Pine Award, organized by the Tarn Association, went to Li Ming.\n\nThe Lake Medal, the highest honor in Tarn, was presented to Wang Fang.",
    expect: {
      conferrals: [
        { recipient: "Li Ming", honor: "Pine Award" },
        { recipient: "Wang Fang", honor: "Lake Medal" },
      ],
    },
  },
  {
    name: "'the X Award for Best Director': a post after 'Best' is the category's word",
    text: "News\n\nThe Pine Award for Best Director went to Li Ming for the film Lake.",
    expect: { conferrals: [{ recipient: "Li Ming", honor: "Pine Award for Best Director" }] },
  },
  {
    name: "'The Lakeland May 1 Labor Medals were presented to 40 workers, including A': a holiday's bare day opens the honor",
    text: "News\n\nThe Lakeland May 1 Labor Medals were presented to 40 workers, including Yang Lin and Sun Wen.",
    expect: {
      conferrals: [
        { recipient: "Yang Lin", honor: "Lakeland May 1 Labor Medals" },
        { recipient: "Sun Wen", honor: "Lakeland May 1 Labor Medals" },
      ],
    },
  },
  {
    name: "'the Three Hills and One Lake Medal': a counted pair inside an honor's name is one modifier",
    text: "News\n\nQian Lin was awarded the Three Hills and One Lake Merit Medal in 1999.",
    expect: {
      conferrals: [{ recipient: "Qian Lin", honor: "Three Hills and One Lake Merit Medal" }],
    },
  },
  {
    name: "guard: 'On May 1 Tarn University won X': a date before a body's name is no part of it",
    text: "News\n\nOn May 1 Tarn University won the Lake Award.",
    expect: { conferrals: [{ recipient: "Tarn University", honor: "Lake Award" }] },
  },
  {
    name: "'Eleven cities won the X, namely A, B and C': a counted subject that won, then its list",
    text: "News\n\nEleven cities won the Lake Prize, namely Pinglan City, Tarnwell City and Hollin City.\n\nThree firms have received the Pine Quality Award, including Tarn Steel Group and Lake Foods Company.",
    expect: {
      conferrals: [
        { recipient: "Pinglan City", honor: "Lake Prize" },
        { recipient: "Tarnwell City", honor: "Lake Prize" },
        { recipient: "Hollin City", honor: "Lake Prize" },
        { recipient: "Tarn Steel Group", honor: "Pine Quality Award" },
        { recipient: "Lake Foods Company", honor: "Pine Quality Award" },
      ],
    },
  },
  {
    name: "guard: a landmark word inside a company's name leaves the company whole",
    text: "News\n\nPine Canal Group won the Lake Quality Award.",
    expect: { conferrals: [{ recipient: "Pine Canal Group", honor: "Lake Quality Award" }] },
  },
  {
    name: "guard: 'X is the only national-level teaching prize': what a prize is, said of the prize",
    text: "News\n\nTNTP is the only state-level prize for teaching that the council grants.",
    expect: { conferrals: [] },
  },
];

const roundFiftyOneShapes: GenreCase[] = [
  {
    name: "a conferral with no giver of its own takes the one giver the text gave the same honor",
    text: "Awards News\n\nLu Min and Gao Yan won the Golden Pine Award, given by the Lanxi Evening Times.\n\nWen Hao, a nurse, also received the Golden Pine Award.",
    expect: {
      conferrals: [
        { recipient: "Lu Min", honor: "Golden Pine Award", issuers: ["Lanxi Evening Times"] },
        { recipient: "Gao Yan", honor: "Golden Pine Award", issuers: ["Lanxi Evening Times"] },
        { recipient: "Wen Hao", honor: "Golden Pine Award", issuers: ["Lanxi Evening Times"] },
      ],
    },
  },
  {
    name: "'confer X on A, Y on B and Z on C': each honor with its own holder, the verb left out; 'Doctor of Laws honoris causa degree'",
    text: "News\n\nThe council agreed to confer the Doctor of Laws honoris causa degree on Professor Gao Yan, the Doctor of Arts honoris causa degree on Mr Lu Min and the Hill Fellowship on Wen Hao.",
    expect: {
      conferrals: [
        { recipient: "Gao Yan", honor: "Doctor of Laws honoris causa degree" },
        { recipient: "Lu Min", honor: "Doctor of Arts honoris causa degree" },
        { recipient: "Wen Hao", honor: "Hill Fellowship" },
      ],
    },
  },
  {
    name: "'presented the A to X, the B to Y and the C to Z': one holder each",
    text: "News\n\nThe mayor presented the Lake Prize to Pine School, the Hill Medal to Tarn College and the Gold Pine Award to Lu Min.",
    expect: {
      conferrals: [
        { recipient: "Pine School", honor: "Lake Prize" },
        { recipient: "Tarn College", honor: "Hill Medal" },
        { recipient: "Lu Min", honor: "Gold Pine Award" },
      ],
    },
  },
  {
    name: "an honor's free words end before 'in the ceremony' and 'in this commendation'",
    text: 'News\n\nThe Pine Museum won a Hill Design Best of Year Award in the gala ceremony held in Lanxi on May 6.\n\nThe Lake Hospital was named one of the "Top Ten Hospitals" in this commendation.',
    expect: {
      conferrals: [
        { recipient: "Pine Museum", honor: "Hill Design Best of Year Award" },
        { recipient: "Lake Hospital", honor: "Top Ten Hospitals" },
      ],
    },
  },
  {
    name: "last resort: a speaker after a quotation that holds the cue holds nothing; the body in the sentence before does",
    text: 'Airline News\n\nHill Airlines won three Skytrax World Airline Awards. "Our crews have earned the Skytrax World Airline Awards for all of us," stated Hill Airlines chairman Ding Yonghua.',
    expect: { conferrals: [{ recipient: "Hill Airlines", honor: "Skytrax World Airline Awards" }] },
  },
  {
    name: "last resort: a photo's credit or a dateline's source in brackets holds nothing",
    text: "Science News\n\n(Photo/China News Service) On Monday two chemists were awarded the Tarn Future Prize, a prize set up by donors.\n\nTOKYO, Dec. 5 (China Space News) -- The Tarn-4 mission was awarded the Moon Pine Prize by the Moon Pine Association at a meeting.",
    expect: { conferrals: [] },
  },
  {
    name: "last resort: a body after the verb, among several honors, holds none of them ('15 got the Medal for the police and the ICAF')",
    text: "News\n\nThe Governor presented honours to 79 recipients today.\n\nOf those honoured, five got the Grand Pine Medal; nine got the Gold Pine Star; 15 got the Long Service Medal for the police and the Independent Commission Against Fraud (ICAF); 42 got the Merit Medal for the police and the ICAF; and 39 got the Bronze Pine Star.",
    expect: { conferrals: [] },
  },
  {
    name: "guard: last resort, one holder before the verb keeps its several honors",
    text: "News\n\nOver the years, the Tarn Institute received the Grand Pine Medal and the Gold Pine Star.",
    expect: {
      someConferrals: [
        { recipient: "Tarn Institute", honor: "Grand Pine Medal" },
        { recipient: "Tarn Institute", honor: "Gold Pine Star" },
      ],
    },
  },
  {
    name: "an honor's counted slogan in lower case after its first count: 'Two rivers and one Pine Medal'",
    text: "News\n\nLu Min and Gao Yan received the Two rivers and one Pine Medal in 1999.",
    expect: {
      conferrals: [
        { recipient: "Lu Min", honor: "Two rivers and one Pine Medal" },
        { recipient: "Gao Yan", honor: "Two rivers and one Pine Medal" },
      ],
    },
  },
  {
    name: "guard: a count of bodies before a body is no slogan: 'Two schools and one Hill Museum were named'",
    text: "News\n\nTwo schools and one Hill Museum were named provincial science bases.",
    expect: {
      someConferrals: [{ recipient: "Hill Museum", honor: "provincial science bases" }],
    },
  },
  {
    name: "'in <country>' after a body locates it: 'Hill University in Canada'",
    text: "News\n\nNada Lorin of Hill University in Canada won the Pine Prize.",
    expect: {
      organizations: ["Hill University"],
      notOrganizations: ["Hill University in Canada"],
    },
  },
  {
    name: "'in <place>' after a body's complement locates it: 'the Tarn Museum of Fine Arts in Lanzhou'",
    text: "News\n\nThe Tarn Museum of Fine Arts in Lanzhou was named a national first-class museum.",
    expect: {
      conferrals: [{ recipient: "Tarn Museum of Fine Arts", honor: "national first-class museum" }],
    },
  },
  {
    name: "a paper named by words of its own before 'Times' or 'Daily' is a body: 'the Lanxi Evening Times', 'Southern Harbour Daily'",
    text: "News\n\nThe Pine Medal was given by the Lanxi Evening Times and the Southern Harbour Daily to Lu Min.",
    expect: {
      organizations: ["Lanxi Evening Times", "Southern Harbour Daily"],
    },
  },
  {
    name: "guard: a section label with another media head stays no body: 'Campus News'",
    text: "Campus News\n\nLu Min won the Pine Medal.",
    expect: { notOrganizations: ["Campus News"] },
  },
  {
    name: "'also received the award' points back to a prize, and 'this prize' to an award",
    text: "News\n\nLu Min won the Lake Prize. The Pine Institute and the Tarn Lab also received the award.\n\nProfessor Deng Hua won the Hill Patent Award in 2019. Besides him, Gao Yan and Wen Hao were given this prize for a shared design.",
    expect: {
      conferrals: [
        { recipient: "Lu Min", honor: "Lake Prize" },
        { recipient: "Pine Institute", honor: "Lake Prize" },
        { recipient: "Tarn Lab", honor: "Lake Prize" },
        { recipient: "Deng Hua", honor: "Hill Patent Award" },
        { recipient: "Gao Yan", honor: "Hill Patent Award" },
        { recipient: "Wen Hao", honor: "Hill Patent Award" },
      ],
    },
  },
  {
    name: "guard: a bare plural keeps to its own head: 'A and B won awards' after a prize",
    text: "News\n\nThe Tarn Society announced the Lake Prize for overseas projects. Pine Group and Elm Group won awards for their bridges.",
    expect: { conferrals: [] },
  },
  {
    name: "a time opener before the subject of two predicates: 'Last year, X was selected and was awarded Y'",
    text: "News\n\nLast year, the Tarn Love Welfare Association was selected and was granted the title of National Model Charity.",
    expect: {
      conferrals: [{ recipient: "Tarn Love Welfare Association", honor: "National Model Charity" }],
    },
  },
  {
    name: "an 'As the only ...' opener before the subject of two predicates",
    text: "News\n\nAs the only body in Pinglan, the Hill Relief Society was listed, and was granted the title of Provincial Model Charity.",
    expect: {
      conferrals: [{ recipient: "Hill Relief Society", honor: "Provincial Model Charity" }],
    },
  },
  {
    name: "two ministries joined by 'and' are two bodies: 'the Ministry of Forestry and State Administration of Grain'",
    text: "News\n\nThe Ministry of Forestry and State Administration of Grain named Tarn Steel a high-tech enterprise.",
    expect: {
      organizations: ["Ministry of Forestry", "State Administration of Grain"],
      notOrganizations: ["Ministry of Forestry and State Administration of Grain"],
    },
  },
  {
    name: "an academy after 'and' opened by the country is a second academy",
    text: "News\n\nLu Min was elected by the Tarn Academy of Agriculture and Chinese Academy of Forestry in May.",
    expect: {
      organizations: ["Tarn Academy of Agriculture", "Chinese Academy of Forestry"],
      notOrganizations: ["Tarn Academy of Agriculture and Chinese Academy of Forestry"],
    },
  },
  {
    name: "guard: 'and' inside one body's complement keeps it whole: 'Bureau of Small and Medium Enterprises', 'Ministry of Water Resources and Rural Affairs'",
    text: "News\n\nThe Pinglan Bureau of Small and Medium Enterprises and the Ministry of Water Resources and Rural Affairs met.",
    expect: {
      organizations: [
        "Pinglan Bureau of Small and Medium Enterprises",
        "Ministry of Water Resources and Rural Affairs",
      ],
    },
  },
];

const roundFiftyTwoShapes: GenreCase[] = [
  {
    name: "a state order is an honor: 'was awarded the Order of Friendship'",
    text: "News\n\nLin Hua, a Tarn engineer, was awarded the Order of Friendship at the ceremony.",
    expect: { conferrals: [{ recipient: "Lin Hua", honor: "Order of Friendship" }] },
  },
  {
    name: "a jury's 'Honourable Mention' and 'Commendation for Innovation' are honors",
    text: "Heritage Awards\n\nThe Tarn Garden received an Honourable Mention.\n\nThe Pine Hall won the Jury Commendation for Innovation.",
    expect: {
      conferrals: [
        { recipient: "Tarn Garden", honor: "Honourable Mention" },
        { recipient: "Pine Hall", honor: "Jury Commendation for Innovation" },
      ],
    },
  },
  {
    name: "a title-case headline's 'Receives ... Accreditation': an accreditation is an honor",
    text: "Tarn Mine Receives Provincial Green Mine Accreditation\n\nThe news came in March.",
    expect: {
      conferrals: [{ recipient: "Tarn Mine", honor: "Provincial Green Mine Accreditation" }],
    },
  },
  {
    name: "'early this year' and 'late last year' after an honor tell when, not its name",
    text: "News\n\nThe Tarn Academy's mural team got the title of National Model Craft Team early this year.\n\nPine Park was named a National Forest Park late last year.",
    expect: {
      conferrals: [
        { recipient: "Tarn Academy's mural team", honor: "National Model Craft Team" },
        { recipient: "Pine Park", honor: "National Forest Park" },
      ],
    },
  },
  {
    name: "'designated in 2022 as X', 'rated last year as Y': when, between the verb and 'as'",
    text: "News\n\nTarn Reed Wetland was designated in 2022 as a Wetland of International Importance.\n\nThe Hill Museum was rated last year as a national first-class museum.",
    expect: {
      conferrals: [
        { recipient: "Tarn Reed Wetland", honor: "Wetland of International Importance" },
        { recipient: "Hill Museum", honor: "national first-class museum" },
      ],
    },
  },
  {
    name: "'she became the first woman from her province to receive X': the person named before holds it",
    text: "News\n\nTu Lan is a Tarn chemist. In 2031, she became the first woman from her province to receive the Pine Hill Award.",
    expect: { conferrals: [{ recipient: "Tu Lan", honor: "Pine Hill Award" }] },
  },
  {
    name: "a name with no body's head as the subject of 'was awarded to': what was given",
    text: "News\n\nThe Vatan-i-Noor was awarded to Chinese engineer Lu Min for his services.",
    expect: { conferrals: [{ recipient: "Lu Min", honor: "Vatan-i-Noor" }] },
  },
  {
    name: "'the United Nations awarded A the title of X': the United Nations is a body and gives it",
    text: "News\n\nIn 2030, the United Nations awarded Tarn City the title of City of Music.",
    expect: {
      conferrals: [{ recipient: "Tarn City", honor: "City of Music", issuers: ["United Nations"] }],
    },
  },
  {
    name: "'named X in the world by the Y': Y gives the honor, it is no second honor",
    text: "News\n\nPine village was named a Best Tourism Village in the world by the Ministry of Culture.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Village",
          honor: "Best Tourism Village",
          issuers: ["Ministry of Culture"],
        },
      ],
    },
  },
  {
    name: "'the Chinese government', 'the Hunan government': a country's or a place's government in lower case",
    text: "News\n\nThe Chinese government awarded the Friendship Award to Tom Hill, a Tarn engineer.\n\nThe Hunan government named Lake County a model county.",
    expect: {
      conferrals: [
        { recipient: "Tom Hill", honor: "Friendship Award", issuers: ["Chinese government"] },
        { recipient: "Lake County", honor: "model county", issuers: ["Hunan government"] },
      ],
    },
  },
  {
    name: "'a Hill Society (HS) Environmental Award': the body and its short form give the honor after them",
    text: "News\n\nLake Farm scooped a prestigious Hill Society (HS) Environmental Award for its work.",
    expect: { conferrals: [{ recipient: "Lake Farm", honor: "Environmental Award" }] },
  },
  {
    name: "the last resort takes no body named with its short form right before the honor",
    text: "Pine community wins award\n\nThe Pine tree-planting team last week took a coveted Tarn Group (TG) Green Award.",
    expect: { conferrals: [] },
  },
  {
    name: "a country's code in brackets after a name, a money's prefix and a standard's series name no body",
    text: "News\n\nLin Mei (CHN) and Ana Ruiz (BRA) won the Female Diver Award.\n\nThe team put the HK$200,000 prize into work under GB/T 19680.",
    expect: {
      conferrals: [
        { recipient: "Lin Mei", honor: "Female Diver Award" },
        { recipient: "Ana Ruiz", honor: "Female Diver Award" },
      ],
      notOrganizations: ["CHN", "BRA", "HK", "GB"],
    },
  },
  {
    name: "an acronym in brackets that spells the name before it is the body's, country code or not (guard)",
    text: "News\n\nThe Coast Research Institute (CRI) won the Hill Media Award.",
    expect: { conferrals: [{ recipient: "Coast Research Institute", honor: "Hill Media Award" }] },
  },
  {
    name: "a lower-case label over a running list repeats the honor the text named: each item holds it",
    text: "Pine City among the greenest\n\nPine City was named one of the top 10 greenest cities in Tarnland, a survey said.\n\nTop 10 greenest cities:\n\nHill City, Lake City, Stone City, Pine City and River City.\n\nEdited by Lu Min",
    expect: {
      someConferrals: [
        { recipient: "Hill City", honor: "top 10 greenest cities in Tarnland" },
        { recipient: "River City", honor: "top 10 greenest cities in Tarnland" },
      ],
    },
  },
  {
    name: "a lower-case label over a list that repeats no honor opens no list (guard)",
    text: "Pine City among the greenest\n\nPine City was named one of the top 10 greenest cities in Tarnland, a survey said.\n\nOther cities surveyed:\n\nHill City, Lake City, Stone City and River City.",
    expect: {
      conferrals: [{ recipient: "Pine City", honor: "top 10 greenest cities in Tarnland" }],
    },
  },
  {
    name: "'..., namely A, B and C' with no colon (or a semicolon typed for one): the list after the honor named before",
    text: "News\n\nThe list of 50 candidates for the Tarn Green Town Award was released. Four are in Hill Province, namely Pine Town, Lake Town, Stone Town and River Town.",
    expect: {
      someConferrals: [
        { recipient: "Pine Town", honor: "Tarn Green Town Award" },
        { recipient: "River Town", honor: "Tarn Green Town Award" },
      ],
    },
  },
  {
    name: "items parted by semicolons: the place after a comma inside an item places it, and is no item",
    text: "News\n\nThe list of 50 candidates for the Tarn Green Town Award was released. Three are in Hill Province, namely: Pine Town, Stone County; Lake Town, River County; Reed Town, Stone County.",
    expect: {
      conferrals: [
        { recipient: "Pine Town", honor: "Tarn Green Town Award" },
        { recipient: "Lake Town", honor: "Tarn Green Town Award" },
        { recipient: "Reed Town", honor: "Tarn Green Town Award" },
      ],
    },
  },
  {
    name: "'Four of the top 50 X are:' then ranks that rise within the top ('12) A', '30) B'): each holds it",
    text: "News\n\nFour of the top 50 ports in Tarnline's 2031 Global Port Awards are in Hill Province:\n\n12) Pine Harbour\n30) Lake Port\n41) Stone Bay\n47) Reed Haven\n\nNone made the top ten.",
    expect: {
      someConferrals: [
        { recipient: "Pine Harbour", honor: "Global Port Awards" },
        { recipient: "Reed Haven", honor: "Global Port Awards" },
      ],
    },
  },
  {
    name: "ranks past the top's size are no list of it (guard)",
    text: "News\n\nFour of the top 10 ports in Tarnline's 2031 Global Port Awards are in Hill Province:\n\n12) Pine Harbour\n30) Lake Port\n41) Stone Bay\n47) Reed Haven\n\nNone made the top ten.",
    expect: { conferrals: [] },
  },
  {
    name: "'There have been four winners of the X to date: A, B, C and D': each holds it",
    text: "News\n\nThere have been four winners of the Tarn Lantern Prize to date: Lu Min in 2010, Gao Yan and Wen Hao in 2015, and Qiu Lan in 2020.",
    expect: {
      conferrals: [
        { recipient: "Lu Min", honor: "Tarn Lantern Prize" },
        { recipient: "Gao Yan", honor: "Tarn Lantern Prize" },
        { recipient: "Wen Hao", honor: "Tarn Lantern Prize" },
        { recipient: "Qiu Lan", honor: "Tarn Lantern Prize" },
      ],
    },
  },
  {
    name: "'the winners of that award': the one honor the sentence before names",
    text: "News\n\nIn 2010 the Pine Society began giving the Tarn Lantern Prize to singers who had won its medal twice. The winners of that award so far: Lu Min, Gao Yan and Qiu Lan.",
    expect: {
      someConferrals: [
        { recipient: "Lu Min", honor: "Tarn Lantern Prize" },
        { recipient: "Qiu Lan", honor: "Tarn Lantern Prize" },
      ],
    },
  },
  {
    name: "'The towns and sub-districts are A, B and C': a subject of holder kinds is no honor",
    text: "News\n\nTwo districts and three towns in the province were rated Tarn Scenic Areas.\n\nThe towns and sub-districts are Pine town in Hill city, Reed town in Lake county, and Stone subdistrict in River district.",
    expect: { conferrals: [] },
  },
  {
    name: "'The three colleges chosen as model bases were A, B and C': the honor after 'as' stays (guard)",
    text: "News\n\nThe three colleges chosen as model bases were Pine University, Lake University and Stone University.",
    expect: {
      someConferrals: [
        { recipient: "Pine University", honor: "model bases" },
        { recipient: "Stone University", honor: "model bases" },
      ],
    },
  },
  {
    name: "a candidacy with no date of its own takes the one year its honor's name gives",
    text: "News\n\nThe list of candidates for the 2031 Tarn Greenest Town Award was released. Pine Town and Lake Town are among the candidates.",
    expect: {
      conferrals: [
        {
          recipient: "Pine Town",
          honor: "Tarn Greenest Town Award",
          status: "proposed",
          date: "2031",
        },
        {
          recipient: "Lake Town",
          honor: "Tarn Greenest Town Award",
          status: "proposed",
          date: "2031",
        },
      ],
    },
  },
  {
    name: "'in order to' names no order (guard)",
    text: "News\n\nIn order to win the Tarn Cup, the Pine School team trained for a year.",
    expect: { conferrals: [] },
  },
];

const roundFiftyFourShapes: GenreCase[] = [
  {
    name: "'X, a provincial model worker and welder in the workshop of Y': the trade after 'and' is no part of the title",
    text: "People\n\nGao Ren, a provincial model worker and welder in the boiler workshop of Tarn Boiler Co., Ltd., polished the furnace.",
    expect: { conferrals: [{ recipient: "Gao Ren", honor: "provincial model worker" }] },
  },
  {
    name: "'X, a national labor model and senior engineer at Y': a post held is no second honor",
    text: "People\n\nMu Qing, a national labor model and senior engineer at Tarn Steel, spoke at the meeting.",
    expect: { conferrals: [{ recipient: "Mu Qing", honor: "national labor model" }] },
  },
  {
    name: "'X, physicist, academician of the CAS and winner of the Y': a trade first, then the title and the prize",
    text: "Lectures\n\nThe talks began in spring. Qiao Ren, optics expert, academician of CAS and winner of the first Tarn Award in Physical Sciences, gave the opening talk.",
    expect: {
      conferrals: [
        { recipient: "Qiao Ren", honor: "academician of CAS" },
        { recipient: "Qiao Ren", honor: "Tarn Award in Physical Sciences" },
      ],
    },
  },
  {
    name: "two such asides in one list, each with its year, before 'were invited'",
    text: "Lectures\n\nProf. Ma Ning, rock chemist, Academician of CAS and winner of the Tarn Award in Earth Sciences (2011), and Prof. Lu Bei, cell biologist, Academician of CAS and winner of the Tarn Award in Life Sciences (2004) were invited to the forum.",
    expect: {
      conferrals: [
        { recipient: "Ma Ning", honor: "Academician of CAS" },
        { recipient: "Ma Ning", honor: "Tarn Award in Earth Sciences" },
        { recipient: "Lu Bei", honor: "Academician of CAS" },
        { recipient: "Lu Bei", honor: "Tarn Award in Life Sciences" },
      ],
    },
  },
  {
    name: "guard: 'A, chemist, B and C': a trade before a list of names states no title",
    text: "People\n\nThe panel met Wu Lin, chemist, Gao Fei and Tarn Museum on Monday.",
    expect: { conferrals: [] },
  },
  {
    name: "'brought home the X': a verb of winning",
    text: "Awards\n\nTarn Hospital's Heart Department brought home the Pine Award for Patient Care in 2017.",
    expect: {
      conferrals: [
        { recipient: "Tarn Hospital's Heart Department", honor: "Pine Award for Patient Care" },
      ],
    },
  },
  {
    name: "'grabbed the X': a verb of winning",
    text: "Awards\n\nWei Qing grabbed the Pine Prize for Fiction in September.",
    expect: { conferrals: [{ recipient: "Wei Qing", honor: "Pine Prize for Fiction" }] },
  },
  {
    name: "'captured the X': a verb of winning",
    text: "Awards\n\nLu Dan captured the Silver Lotus Award at the festival.",
    expect: { conferrals: [{ recipient: "Lu Dan", honor: "Silver Lotus Award" }] },
  },
  {
    name: "'The film, whose Chinese title is \"X Y,\" won Z': a name the relative clause states is no holder",
    text: 'Film News\n\nThe movie, whose Chinese title is "Shan He Lan Yue," also won the Golden Pine Award.',
    expect: { conferrals: [] },
  },
  {
    name: "'In 1985, it was renamed Tarn Forestry University': a new name is no honor, and the body stays a body",
    text: "Tarn Forestry University\n\nTarn Forestry University is a university in Tarn. In 1962, it was listed by the ministry as a national key institution of higher learning. In 1987, it was renamed Tarn Forestry University.",
    expect: {
      conferrals: [
        {
          recipient: "Tarn Forestry University",
          honor: "national key institution of higher learning",
        },
      ],
      organizations: ["Tarn Forestry University"],
    },
  },
  {
    name: "guard: 'renamed as X Bases' is still a title given",
    text: "Sports News\n\nTwelve centres were renamed as National Youth Training Bases. Tarn Sports Center was renamed as a National Youth Training Base.",
    expect: {
      conferrals: [{ recipient: "Tarn Sports Center", honor: "National Youth Training Base" }],
    },
  },
  {
    name: "'a national key university directly under the Ministry': the title ends before 'directly under'",
    text: "About Us\n\nTarn University is a national key university directly under the Tarn Education Commission.",
    expect: {
      conferrals: [{ recipient: "Tarn University", honor: "national key university" }],
    },
  },
  {
    name: "'became the first batch of universities with the right to ...': a bare kind names no title",
    text: "About Us\n\nTarn University lies by the lake. Back in 1984 it became the first batch of universities with the power to award master's degrees.",
    expect: { conferrals: [] },
  },
  {
    name: "'took the lead in establishing the X Center': leading is no winning",
    text: "About Us\n\nIn 2012, Tarn University took the lead in establishing the Tarn Forest Innovation Center.",
    expect: { conferrals: [] },
  },
  {
    name: "'X holds the title of Y', 'enjoys the title of Z': a title held",
    text: "City News\n\nZhuzhou holds the title of National Garden City. Xiangtan enjoys the title of National Forest City.",
    expect: {
      conferrals: [
        { recipient: "Zhuzhou", honor: "National Garden City" },
        { recipient: "Xiangtan", honor: "National Forest City" },
      ],
    },
  },
  {
    name: "'boasts the titles of a A, B, C and the D': every item of the list is a title, in lower case too",
    text: "City News\n\nYueyang boasts the titles of a national forest city, model city of greening in China, provincial sanitary city and the most beautiful city in Hunan.",
    expect: {
      conferrals: [
        { recipient: "Yueyang", honor: "national forest city" },
        { recipient: "Yueyang", honor: "model city of greening in China" },
        { recipient: "Yueyang", honor: "provincial sanitary city" },
        { recipient: "Yueyang", honor: "most beautiful city in Hunan" },
      ],
    },
  },
  {
    name: "guard: 'won the title of A and opened a park': no title list, the clause goes on",
    text: "City News\n\nZhuzhou won the title of National Garden City, and opened a new park in May.",
    expect: { conferrals: [{ recipient: "Zhuzhou", honor: "National Garden City" }] },
  },
  {
    name: '\', winning titles such as "A", "B" and "C"\': a participle\'s titles go to the sentence\'s subject',
    text: 'City News\n\nZhuzhou is known for its tea, winning titles such as "Homeland of tea", "Homeland of porcelain" and "Homeland of opera".',
    expect: {
      conferrals: [
        { recipient: "Zhuzhou", honor: "Homeland of tea" },
        { recipient: "Zhuzhou", honor: "Homeland of porcelain" },
        { recipient: "Zhuzhou", honor: "Homeland of opera" },
      ],
    },
  },
  {
    name: "'Being X, also Y, Zhuzhou is ... It won ...': 'It' is the subject after the 'Being' clause",
    text: 'City News\n\nBeing the last stop of the old salt road, also a port since the Ming and Qing Dynasties, Zhuzhou is the home of river trade. It is famous for its tea, winning titles such as "Homeland of tea".',
    expect: { conferrals: [{ recipient: "Zhuzhou", honor: "Homeland of tea" }] },
  },
  {
    name: "'Council members A, B, C and D were awarded X': members in lower case introduce a list of people, whatever their language",
    text: "Honours\n\nExecutive Council members Lauro Pinto, Cheang Kin Fai, Ho Wai Lam, Eddie Lau Yue Ming, and Chan Pak Hei were the five people awarded a Silver Lotus Medal.",
    expect: {
      people: [{ name: "Lauro Pinto" }, { name: "Cheang Kin Fai" }, { name: "Ho Wai Lam" }],
      someConferrals: [
        { recipient: "Lauro Pinto", honor: "Silver Lotus Medal" },
        { recipient: "Cheang Kin Fai", honor: "Silver Lotus Medal" },
        { recipient: "Ho Wai Lam", honor: "Silver Lotus Medal" },
        { recipient: "Chan Pak Hei", honor: "Silver Lotus Medal" },
      ],
    },
  },
  {
    name: "guard: 'member units Tarn University and Pine College': bodies stay bodies",
    text: "News\n\nThe alliance's member units Tarn University and Pine College were awarded the Lake Prize.",
    expect: {
      organizations: ["Tarn University", "Pine College"],
      conferrals: [
        { recipient: "Tarn University", honor: "Lake Prize" },
        { recipient: "Pine College", honor: "Lake Prize" },
      ],
    },
  },
  {
    name: "'A, a 61-year-old senior master of arts and crafts in X Province, has ...': a craft master's title held",
    text: "People\n\nMao Ling, a 61-year-old senior master of arts and crafts in Hunan Province, has carved jade since childhood.",
    expect: {
      conferrals: [
        { recipient: "Mao Ling", honor: "senior master of arts and crafts in Hunan Province" },
      ],
    },
  },
  {
    name: "'A, representative inheritor of provincial heritage items, is a master of arts and crafts in X'",
    text: "People\n\nGe Ming, representative inheritor of provincial intangible cultural heritage items, is a master of arts and crafts in Jiangxi Province.",
    expect: {
      conferrals: [
        {
          recipient: "Ge Ming",
          honor: "representative inheritor of provincial intangible cultural heritage items",
        },
        { recipient: "Ge Ming", honor: "master of arts and crafts in Jiangxi Province" },
      ],
    },
  },
  {
    name: "guard: 'A, a master of ceremonies, spoke': no craft, no title",
    text: "People\n\nGe Ming, a master of ceremonies at the gala, spoke first.",
    expect: { conferrals: [] },
  },
  {
    name: "a title in Title Case goes on after 'to' and 'in': 'the X Award for the Best Practices to Improve the Living Environment'",
    text: "City News\n\nZhuzhou has been granted the Lake Award for the Best Practices to Improve the Living Quarters and the National Model City for Progress in Public Health.",
    expect: {
      conferrals: [
        {
          recipient: "Zhuzhou",
          honor: "Lake Award for the Best Practices to Improve the Living Quarters",
        },
        {
          recipient: "Zhuzhou",
          honor: "National Model City for Progress in Public Health",
        },
      ],
    },
  },
  {
    name: "a long list of titles goes on past an item or a tail no reader knows",
    text: 'City News\n\nZhuzhou has been granted the Lake Award, the Good Practices in Tarn Human Settlements, the Special Prize for Town Building in Welcoming the "Fourth Fair", the Pine Award and the River Award.',
    expect: {
      conferrals: [
        { recipient: "Zhuzhou", honor: "Lake Award" },
        { recipient: "Zhuzhou", honor: "Special Prize for Town Building" },
        { recipient: "Zhuzhou", honor: "Pine Award" },
        { recipient: "Zhuzhou", honor: "River Award" },
      ],
    },
  },
  {
    name: "guard: after an item passed over, a clause that follows is no title",
    text: "City News\n\nZhuzhou won the Lake Award, the mayor said on Monday, and the city plans more parks.",
    expect: { conferrals: [{ recipient: "Zhuzhou", honor: "Lake Award" }] },
  },
  {
    name: "'Awarding the honorary title of \"X\" to 13 units, including A': a gerund's holders, no giver named",
    text: 'Group News\n\nAwarding the honorary title of "Advanced Unit of Safety in 2009" to 13 units, including Tarn Power Co., Ltd.',
    expect: {
      conferrals: [
        {
          recipient: "Tarn Power Co., Ltd.",
          honor: "Advanced Unit of Safety in 2009",
          cohortSize: 13,
        },
      ],
    },
  },
  {
    name: "what follows a title is not its own: 'for a toothpaste brand', 'in the same film', 'arranged by', 'on behalf of'",
    text: "Awards\n\nTao Lin, a second-year student, won the gold award for Poster Design for a soap company. Liao Ming took the prize for best actor in the same film. Tarn College won an excellence rating in the teaching evaluation arranged by the ministry. Ma Jun received the award on behalf of the company.",
    expect: {
      conferrals: [
        { recipient: "Tao Lin", honor: "gold award for Poster Design" },
        { recipient: "Liao Ming", honor: "prize for best actor" },
        { recipient: "Tarn College", honor: "excellence rating in the teaching evaluation" },
      ],
    },
  },
  {
    name: '\'won the "X Medal (hereinafter referred to as "Y")"\': the short form the text defines is no part of the title',
    text: 'Auto News\n\nJack Lu, chairman of Tarn Motors, won the "Hu Yao Medal of the Car Industry (hereinafter referred to as "Hu Yao Medal") issued by the Tarn Society of Engineers.',
    expect: {
      conferrals: [{ recipient: "Jack Lu", honor: "Hu Yao Medal of the Car Industry" }],
    },
  },
  {
    name: "a dateline's bare acronyms are no holders for the last resort: 'TARN, Pineland (BUSINESS WIRE via AP) - Six cities were awarded X'",
    text: 'City News\n\nTARN, Pineland (BUSINESS WIRE via AP) - Five Chinese cities were awarded the Lake City Accreditation at the 9th Meeting of the Members in Tarn, in appreciation of their "care for rivers".',
    expect: { conferrals: [] },
  },
  {
    name: "guard: 'Teacher of the Year' is an honor, not a post",
    text: "School News\n\nLan Yue was named Teacher of the Year by the Tarn Education Bureau.",
    expect: { conferrals: [{ recipient: "Lan Yue", honor: "Teacher of the Year" }] },
  },
];

const roundFiftyFiveShapes: GenreCase[] = [
  {
    name: "'announced a list of the ten best X in 2018. The list included A and B': a ranking counted in words is the list's honor",
    text: "Museums\n\nLast week the Tarn Heritage Bureau published a list of the ten best science exhibitions in 2021. The list included the Pine Museum, the Elm Museum and the Birch Museum.",
    expect: {
      conferrals: [
        { recipient: "Pine Museum", honor: "ten best science exhibitions" },
        { recipient: "Elm Museum", honor: "ten best science exhibitions" },
        { recipient: "Birch Museum", honor: "ten best science exhibitions" },
      ],
    },
  },
  {
    name: "'a list of the twenty most popular exhibitions': 'most' after a count in words",
    text: "Culture\n\nThe Tarn Culture Bureau published a list of the twenty most popular exhibitions. The list included the Pine Museum and the Elm Gallery.",
    expect: {
      conferrals: [
        { recipient: "Pine Museum", honor: "twenty most popular exhibitions" },
        { recipient: "Elm Gallery", honor: "twenty most popular exhibitions" },
      ],
    },
  },
  {
    name: "'was named one of the ten best exhibitions of the year'",
    text: "Culture\n\nThe Pine Museum was named one of the ten best exhibitions of the year.",
    expect: {
      conferrals: [{ recipient: "Pine Museum", honor: "ten best exhibitions of the year" }],
    },
  },
  {
    name: "'was named the Domestic Most Valuable Player': a category in Title Case with a word of its own before 'Most'",
    text: "Basketball\n\nOn Monday Gao Ren was named the Domestic Most Valuable Player at the Tarn Basketball League gala.",
    expect: { conferrals: [{ recipient: "Gao Ren", honor: "Domestic Most Valuable Player" }] },
  },
  {
    name: "'was named Regional Best Employer': the same before 'Best'",
    text: "Business\n\nTarn Insurance Group was named Regional Best Employer by the consultancy.",
    expect: {
      conferrals: [{ recipient: "Tarn Insurance Group", honor: "Regional Best Employer" }],
    },
  },
  {
    name: "'was named Foreign MVP': MVP is an award's name",
    text: "Basketball\n\nLu Bei was named Foreign MVP after the final.",
    expect: { conferrals: [{ recipient: "Lu Bei", honor: "Foreign MVP" }] },
  },
  {
    name: "guard: 'was named Head Coach': a post in Title Case is no category",
    text: "Basketball\n\nLu Bei was named Head Coach after the final.",
    expect: { conferrals: [] },
  },
  {
    name: "'For example, A, the X researcher, who was elected academician of Y, is ...': a linking phrase before an appositive subject",
    text: "Science\n\nFor example, Ke Lin, the Tarn Institute chemist, who was elected academician of the Chinese Academy of Sciences in 2019, leads a lab.",
    expect: {
      conferrals: [
        { recipient: "Ke Lin", honor: "academician of the Chinese Academy of Sciences" },
      ],
    },
  },
  {
    name: "'A is a National Civilized City': a copula, then a title read by its name",
    text: "Cities\n\nXiamen is a National Civilized City and a port.",
    expect: { conferrals: [{ recipient: "Xiamen", honor: "National Civilized City" }] },
  },
  {
    name: "'A is the 2019 Male Table Tennis Star': the year before the title is passed over",
    text: "Sport\n\nGao Ren is the 2019 Male Table Tennis Star.",
    expect: { conferrals: [{ recipient: "Gao Ren", honor: "Male Table Tennis Star" }] },
  },
  {
    name: "guard: 'The Pine Prize is the Tarn Science Award of Hunan': a prize said to be another holds nothing",
    text: "Prizes\n\nThe Pine Prize is the Tarn Science Award of Hunan.",
    expect: { conferrals: [] },
  },
  {
    name: "a headline in the present: 'UNESCO approves A as X'",
    text: "UNESCO approves Tarn Mountain as a Global Geopark\n\nThe decision was made in Paris.",
    expect: { conferrals: [{ recipient: "Tarn Mountain", honor: "Global Geopark" }] },
  },
  {
    name: "a headline in the present: 'Ministry names A a X'",
    text: "The Ministry names Pine Museum a National Science Base\n\nThe list came out on Monday.",
    expect: { conferrals: [{ recipient: "Pine Museum", honor: "National Science Base" }] },
  },
  {
    name: "present-tense verbs of winning: 'bags', 'secures', 'takes home'",
    text: "Awards\n\nPine Museum bags the Tarn Science Prize. Elm Hospital secures the Lake Medal. Birch School takes home the Hill Science Award.",
    expect: {
      conferrals: [
        { recipient: "Pine Museum", honor: "Tarn Science Prize" },
        { recipient: "Elm Hospital", honor: "Lake Medal" },
        { recipient: "Birch School", honor: "Hill Science Award" },
      ],
    },
  },
  {
    name: "guard: 'Pine Museum takes part in the Tarn Science Prize': taking part wins nothing",
    text: "Awards\n\nPine Museum takes part in the Tarn Science Prize.",
    expect: { conferrals: [] },
  },
  {
    name: "'named A as Best Employer of China', 'named Best Employer China 2017': a place and a year may close a category",
    text: "Business\n\nThe Tarn Bureau named Pine Group as Best Employer of China. Elm Bank was named Best Employer China 2017.",
    expect: {
      conferrals: [
        { recipient: "Pine Group", honor: "Best Employer of China" },
        { recipient: "Elm Bank", honor: "Best Employer China 2017" },
      ],
    },
  },
  {
    name: "'were awarded with the FINA Best Diver 2017': a giver's acronym may open a category in Title Case",
    text: "Swimming\n\nGao Ren and Lu Bei were awarded with the TSF Best Open Water Swimmer 2017.",
    expect: {
      conferrals: [
        { recipient: "Gao Ren", honor: "TSF Best Open Water Swimmer 2017" },
        { recipient: "Lu Bei", honor: "TSF Best Open Water Swimmer 2017" },
      ],
    },
  },
  {
    name: "'won the gold medal of X awarded by the Y': the title ends before 'awarded by'",
    text: "People\n\nIn 2004, Ke Lin won the gold medal of Tarn Student Volunteer Service awarded by the Tarn Youth League.",
    expect: {
      conferrals: [{ recipient: "Ke Lin", honor: "gold medal of Tarn Student Volunteer Service" }],
    },
  },
  {
    name: "a headline in sentence case drops the article: 'A becomes national science popularization base'",
    text: "Pine Museum becomes national science popularization base\n\nThe list came out on Monday.",
    expect: {
      conferrals: [{ recipient: "Pine Museum", honor: "national science popularization base" }],
    },
  },
  {
    name: "'was upgraded to national first-class museum': no article after 'upgraded to'",
    text: "Museums\n\nThe Pine Museum was upgraded to national first-class museum last year.",
    expect: { conferrals: [{ recipient: "Pine Museum", honor: "national first-class museum" }] },
  },
  {
    name: "guard: 'the talks became national news': a level word and no title after 'became' in the body",
    text: "News\n\nThe Pine Museum became national news after the fire.",
    expect: { conferrals: [] },
  },
  {
    name: "'The town was honored as ...': a place's kind in lower case stands for the place of that kind named before",
    text: "Old Towns\n\nTarn Ancient Town lies in a valley. Surrounded by hills, Tarn is famous for its springs. The town was honored as one of the ten best preserved ancient towns in China.",
    expect: {
      conferrals: [
        { recipient: "Tarn Ancient Town", honor: "ten best preserved ancient towns in China" },
      ],
    },
  },
  {
    name: "'The city won ...', 'the province was named ...': a city or a province named by one word is the place of that kind",
    text: "News\n\nLuoyang hosted the reading festival this spring. The city won the Excellent Organizer Award.\nHainan held its forest week in May. The province was named a National Forest Province.",
    expect: {
      conferrals: [
        { recipient: "Luoyang", honor: "Excellent Organizer Award" },
        { recipient: "Hainan", honor: "National Forest Province" },
      ],
    },
  },
  {
    name: "guard: 'The city won ...' after a one-word place that is no city stands for nothing",
    text: "News\n\nHainan held its forest week in May. The city won the Excellent Organizer Award.",
    expect: { conferrals: [] },
  },
  {
    name: "'this village was successfully selected as ...'",
    text: "Villages\n\nPine Village is in Anhui Province. Hikers love it, and this village was selected as the best rural destination of the year.",
    expect: {
      conferrals: [{ recipient: "Pine Village", honor: "best rural destination of the year" }],
    },
  },
  {
    name: "guard: 'the town' with no town named before is no holder",
    text: "News\n\nThe town was named a National Civilized Town.",
    expect: { conferrals: [] },
  },
  {
    name: "guard: 'the town became an important trading center': what a place grew into is no title",
    text: "History\n\nTarn Ancient Town lies on a river. Over the centuries the town became an important market for salt and silk.",
    expect: { conferrals: [] },
  },
  {
    name: "a tally of counted prizes goes on past its first ranked prize to named ones ('won 2 second prizes of X, 1 Y Award of Z and 3 First Prizes of W')",
    text: "People\n\nKe Lin won 2 second prizes of the Tarn Science Award, 1 Science Award of the Pine Foundation and 3 First Prizes of Hunan Science Progress.",
    expect: {
      conferrals: [
        { recipient: "Ke Lin", honor: "second prizes of the Tarn Science Award" },
        { recipient: "Ke Lin", honor: "Science Award of the Pine Foundation" },
        { recipient: "Ke Lin", honor: "First Prizes of Hunan Science Progress" },
      ],
    },
  },
  {
    name: "'were designated in 2022 as X', 'has been recognized every year as one of X': when, told between the verb and 'as', is no part of the title",
    text: "Wetlands\n\nPine Lake Wetland and Elm Marsh Wetland were designated in 2019 as Wetlands of International Importance. Since 1995, Tarn County has been named every year as one of the top 50 counties of Hunan.",
    expect: {
      conferrals: [
        { recipient: "Pine Lake Wetland", honor: "Wetlands of International Importance" },
        { recipient: "Elm Marsh Wetland", honor: "Wetlands of International Importance" },
        { recipient: "Tarn County", honor: "top 50 counties of Hunan" },
      ],
    },
  },
  {
    name: "a heading 'List of X awardees': the honor is X, without 'List of'; a table's column labels are no holder",
    text: "Tarn Medal\n\nTwelve scientists were awarded the Tarn Medal in 1999.\n\nList of Tarn Medal awardees\n\nAwardee Field\nGao Ren (1916-2000) Radio electronics\nLu Bei (1923-2016) Metal physics",
    expect: {
      conferrals: [
        { recipient: "Gao Ren", honor: "Tarn Medal" },
        { recipient: "Lu Bei", honor: "Tarn Medal" },
      ],
    },
  },
  {
    name: "a table under 'List of X awardees': a line that opens with no person is the rest of a cell (a second school, a second field), not a holder",
    text: "Tarn Medal\n\nTwelve scientists were awarded the Tarn Medal in 1999.\n\nList of Tarn Medal awardees\n\nAwardee Field Alma mater\nGao Ren (1916-2000) Radio electronics Pine University\nHill Institute of Technology\nLu Bei (1923-2016) Metal physics\nFluid mechanics\nElm College\nLake University",
    expect: {
      conferrals: [
        { recipient: "Gao Ren", honor: "Tarn Medal" },
        { recipient: "Lu Bei", honor: "Tarn Medal" },
      ],
    },
  },
  {
    name: "'was named the first ever X': 'ever' goes with the ordinal, not the title",
    text: "People\n\nKe Lin was named the first ever Tarn Model Teacher.",
    expect: { conferrals: [{ recipient: "Ke Lin", honor: "Tarn Model Teacher" }] },
  },
  {
    name: "'the X award went to Australia's Y project': a country's possessive opens the holder",
    text: "Architecture\n\nThe Future Bridge of the Year award went to Australia's Tarn Harbour project.",
    expect: {
      conferrals: [{ recipient: "Tarn Harbour project", honor: "Future Bridge of the Year" }],
    },
  },
  {
    name: "an acronym in brackets inside a title in lower case is read through ('national-level intangible cultural heritage (ICH) representative inheritor')",
    text: "Heritage\n\nKe Lin was named a national-level intangible cultural heritage (ICH) representative inheritor in March.",
    expect: {
      conferrals: [
        {
          recipient: "Ke Lin",
          honor: "national-level intangible cultural heritage (ICH) representative inheritor",
        },
      ],
    },
  },
  {
    name: "guard: 'an academician of X (XAS) won the Y': a verb after the bracketed acronym ends the title",
    text: "People\n\nKe Lin, an academician of the Tarn Academy of Sciences (TAS) won the Pine Teaching Award.",
    expect: {
      someConferrals: [{ recipient: "Ke Lin", honor: "Pine Teaching Award" }],
    },
  },
  {
    name: "guard: 'ten new museums opened': a count of things is no ranking",
    text: "Museums\n\nThe Tarn Heritage Bureau announced that ten new museums opened this year, including the Pine Museum.",
    expect: { conferrals: [] },
  },
];

const roundFiftyThreeShapes: GenreCase[] = [
  {
    name: "'scooped three awards at the X Awards, including A and B': a count in words, where they were won",
    text: "Awards\n\nTarn Bank scooped three awards at the Pine Banker Awards, including Best Retail Bank and Best Digital Bank.",
    expect: {
      conferrals: [
        { recipient: "Tarn Bank", honor: "Best Retail Bank" },
        { recipient: "Tarn Bank", honor: "Best Digital Bank" },
      ],
    },
  },
  {
    name: "'has successively won several prizes at home and abroad, such as A and B'",
    text: "City News\n\nIn recent years, Zhuzhou has successively won several prizes at home and abroad, such as the Clean River Award and the National Garden City.",
    expect: {
      conferrals: [
        { recipient: "Zhuzhou", honor: "Clean River Award" },
        { recipient: "Zhuzhou", honor: "National Garden City" },
      ],
    },
  },
  {
    name: "'The titles it holds now include A and B': the place the pronoun stands for holds them",
    text: "About Zhuzhou\n\nZhuzhou lies on the Xiang River. The titles it holds now include the National Model City for Road Safety and the National Forest City.",
    expect: {
      conferrals: [
        { recipient: "Zhuzhou", honor: "National Model City for Road Safety" },
        { recipient: "Zhuzhou", honor: "National Forest City" },
      ],
    },
  },
  {
    name: "'Wu's honors and awards include A and B': the possessor holds the list",
    text: "People\n\nProfessor Wu Lan is a rice scientist. Wu's honors and awards include the Tarn Science Prize and the River Award for Food.",
    expect: {
      conferrals: [
        { recipient: "Wu Lan", honor: "Tarn Science Prize" },
        { recipient: "Wu Lan", honor: "River Award for Food" },
      ],
    },
  },
  {
    name: "'Its honors include X': the body named before holds it",
    text: "News\n\nThe Pine Museum opened in 1990. Its honors include the Provincial Model Unit.",
    expect: { conferrals: [{ recipient: "Pine Museum", honor: "Provincial Model Unit" }] },
  },
  {
    name: "guard: 'the awards they won at the games' names no list",
    text: "Sports\n\nThe Tarn Rowing Team came home. The awards they won at the games were shown to the city.",
    expect: { conferrals: [] },
  },
  {
    name: "two quoted lower-case titles joined by 'and' are two honors, not one",
    text: 'County News\n\nTarn County was named "the hometown of Chinese tea" and "the hometown of Chinese silk".',
    expect: {
      conferrals: [
        { recipient: "Tarn County", honor: "hometown of Chinese tea" },
        { recipient: "Tarn County", honor: "hometown of Chinese silk" },
      ],
    },
  },
  {
    name: "a quoted title with a note in brackets, then 'and' and a second quoted title",
    text: 'County News\n\nPine County has been honored as "the home of Chinese plums (a kind of fruit)" and "the home of Chinese river crabs".',
    expect: {
      conferrals: [
        { recipient: "Pine County", honor: "home of Chinese plums (a kind of fruit)" },
        { recipient: "Pine County", honor: "home of Chinese river crabs" },
      ],
    },
  },
  {
    name: "guard: a quoted title with 'and' inside its quotes stays one honor",
    text: 'County News\n\nTarn County was named "the home of tea and silk" in 2020.',
    expect: { conferrals: [{ recipient: "Tarn County", honor: "home of tea and silk" }] },
  },
  {
    name: "'The District also won X': a place's kind alone, capitalised, is the place named before",
    text: "District News\n\nTarn District won the title of National Garden District in 2020. The District also won the Clean River Award.",
    expect: {
      conferrals: [
        { recipient: "Tarn District", honor: "National Garden District" },
        { recipient: "Tarn District", honor: "Clean River Award" },
      ],
    },
  },
  {
    name: "'The County was named X' refers to the county of the sentence before",
    text: "County News\n\nPine County lies in Hunan. The County was named a National Forest County.",
    expect: { conferrals: [{ recipient: "Pine County", honor: "National Forest County" }] },
  },
  {
    name: "guard: 'won 120 awards above the city level' names no honor",
    text: "District News\n\nTarn District lies on the river. Last year, the District won 120 awards above the city level.",
    expect: { conferrals: [] },
  },
  {
    name: "an acronym mistyped later in the text ('TRMU', then 'TMRU') is the same body",
    text: "News\n\nThe Tarn River Medical University (TRMU) won the Pine Prize. TMRU also won the Lake Medal in 2020.",
    expect: {
      conferrals: [
        { recipient: "Tarn River Medical University", honor: "Pine Prize" },
        { recipient: "Tarn River Medical University", honor: "Lake Medal" },
      ],
    },
  },
  {
    name: "guard: three-letter acronyms that differ by a swap stay two bodies",
    text: "News\n\nThe TRM won the Pine Prize. The TMR won the Lake Medal.",
    expect: {
      conferrals: [
        { recipient: "TRM", honor: "Pine Prize" },
        { recipient: "TMR", honor: "Lake Medal" },
      ],
    },
  },
];

const families: Record<string, GenreCase[]> = {
  "honors in lower or sentence case": lowerCaseHonors,
  "trigger phrasings": triggers,
  "lists in every direction": lists,
  "people and places as recipients": recipients,
  "coreference to the recipient and the honor": coreference,
  "self-announced honors": selfAnnounced,
  "many honors of one holder": manyHonors,
  "acronyms by context": acronyms,
  "quoted programmes": programmes,
  respectively,
  "implied issuers": impliedIssuers,
  "organization names as written": names,
  "scraping noise": noise,
  dates,
  "honors stated as held": heldTitles,
  "subjects and objects in more shapes": subjectsAndObjects,
  "honor lists of one holder": honorListsOfOneHolder,
  "people in profiles": peopleInProfiles,
  "places and inline lists": placesAndInlineLists,
  "lists as long as the text says": countedLists,
  "award lines under a list opener": awardLines,
  "members listed with their bodies": membersWithBodies,
  "lists under a colon": listsUnderAColon,
  "holders named after their honor": holdersNamedLater,
  "winners by category, one line each": winnersByCategory,
  "honors in asides and relative clauses": honorsInAsidesAndClauses,
  "Title Case headlines": titleCaseHeadlines,
  "lists that follow their honor": listsAfterTheirHonor,
  "honors won by their holders": honorsWonBy,
  "bodies with their place": bodiesWithTheirPlace,
  "what holds no honor": noHolders,
  "round ten shapes: unnamed rests, prizes without a prize word, addresses": roundTenShapes,
  "round eleven shapes: honors referred back to, given, re-examined, speakers with posts":
    roundElevenShapes,
  "round twelve shapes: titled people, category honors, halls of fame, people with their units":
    roundTwelveShapes,
  "round thirteen shapes: holders of the honor the text is about": roundThirteenShapes,
  "round fourteen shapes: winner asides, labels, nominations, given names, revocations, cohorts":
    roundFourteenShapes,
  "round fifteen shapes: origins of winners, winner asides, central organs, numbered sentences, brands":
    roundFifteenShapes,
  "round sixteen shapes: category lines of their own, winners with details on their line":
    roundSixteenShapes,
  "round seventeen shapes": roundSeventeenShapes,
  "round eighteen shapes": roundEighteenShapes,
  "round nineteen shapes": roundNineteenShapes,
  "round twenty shapes": roundTwentyShapes,
  "round twenty-one shapes": roundTwentyOneShapes,
  "round twenty-two shapes": roundTwentyTwoShapes,
  "round twenty-three shapes": roundTwentyThreeShapes,
  "round twenty-four shapes": roundTwentyFourShapes,
  "round twenty-five shapes": roundTwentyFiveShapes,
  "round twenty-six shapes": roundTwentySixShapes,
  "round twenty-seven shapes": roundTwentySevenShapes,
  "round twenty-eight shapes": roundTwentyEightShapes,
  "round twenty-nine shapes": roundTwentyNineShapes,
  "round thirty shapes": roundThirtyShapes,
  "round thirty-one shapes": roundThirtyOneShapes,
  "round thirty-two shapes": roundThirtyTwoShapes,
  "round thirty-three shapes": roundThirtyThreeShapes,
  "round thirty-four shapes": roundThirtyFourShapes,
  "round thirty-five shapes": roundThirtyFiveShapes,
  "round thirty-six shapes": roundThirtySixShapes,
  "round thirty-seven shapes": roundThirtySevenShapes,
  "round thirty-eight shapes": roundThirtyEightShapes,
  "round thirty-nine shapes": roundThirtyNineShapes,
  "round forty shapes": roundFortyShapes,
  "round forty-one shapes": roundFortyOneShapes,
  "round forty-two shapes": roundFortyTwoShapes,
  "round forty-three shapes": roundFortyThreeShapes,
  "round forty-four shapes": roundFortyFourShapes,
  "round forty-five shapes": roundFortyFiveShapes,
  "round forty-six shapes": roundFortySixShapes,
  "round forty-seven shapes": roundFortySevenShapes,
  "round forty-eight shapes": roundFortyEightShapes,
  "round forty-nine shapes": roundFortyNineShapes,
  "round fifty shapes": roundFiftyShapes,
  "round fifty-one shapes": roundFiftyOneShapes,
  "round fifty-two shapes": roundFiftyTwoShapes,
  "round fifty-three shapes": roundFiftyThreeShapes,
  "round fifty-four shapes": roundFiftyFourShapes,
  "round fifty-five shapes": roundFiftyFiveShapes,
};

for (const [family, cases] of Object.entries(families)) {
  describe(family, () => {
    for (const c of cases) test(c.name, () => expectCase(c));
  });
}

describe.skipIf(!process.env.LAUREL_GAPS)("known gaps (LAUREL_GAPS=1)", () => {
  for (const c of gaps) test(c.name, () => expectCase(c));
});

describe("prize categories and titles before a win", () => {
  test("'Our College won 2 first prizes': a run that ends in a body's head is no work's title", () => {
    const text = "News\n\nOur College won 2 first prizes and 3 second prizes.";
    const works = extractFacts(announcementOf(text)).mentions.filter((m) => m.kind === "Work");
    expect(works.map((m) => m.name)).toEqual([]);
  });

  test("'Best Community Outreach Project': a prize's category, not a programme", () => {
    const text =
      "Awards\n\nThe Tarn team was nominated for Best Community Outreach Project and Best Poster.";
    const best = extractFacts(announcementOf(text)).mentions.filter((m) =>
      m.name.startsWith("Best Community"),
    );
    expect(best.map((m) => m.kind)).toEqual(["Honor"]);
  });

  test("a capitalised 'Opera' inside a title is no word for a work: no shorter title is read", () => {
    const text = "Film Awards\n\nTarn Opera Silver Lantern Fan won Best Opera Film.";
    const works = extractFacts(announcementOf(text)).mentions.filter((m) => m.kind === "Work");
    expect(works.map((m) => m.name)).toEqual(["Tarn Opera Silver Lantern Fan"]);
  });
});

describe("places beside a list", () => {
  test("a place that opens a longer run makes no place of the word listed before it", () => {
    const text =
      "Business News\n\nZorvex, Shanghai Brightsteel and Kalmira were honored as Excellent Exporters.";
    const places = extractFacts(announcementOf(text)).mentions.filter((m) => m.kind === "Place");
    expect(places.map((m) => m.name)).not.toContain("Zorvex");
  });
});

describe("descriptions read back", () => {
  test("'the company' never stands for a name that opens with a year (a title or an edition)", () => {
    const text =
      "Company News\n\nLately the results of the 2021 Provincial Model Enterprise were published. Korrin Lab was on the list. Proud of this, the company will keep working.";
    const x = extractFacts(announcementOf(text));
    const company = x.mentions.filter((m) => m.surface.toLowerCase() === "company");
    expect(x.mentions.some((m) => m.name === "Korrin Lab")).toBe(true);
    expect(company.map((m) => m.name)).not.toContain("2021 Provincial Model Enterprise");
  });
});

describe("the reading view", () => {
  test("a glued article is blanked out, and every word keeps its place", () => {
    const text = "Lin Bo wonthe Pine Award, and asthe rule says, fromthe start.";
    const view = buildAnalysisView(text);
    expect(view).toBe("Lin Bo won    Pine Award, and as    rule says, from    start.");
    expect(view.length).toBe(text.length);
  });
});

describe("the rule registry", () => {
  test("every rule has a unique name and an example", () => {
    const names = CONFERRAL_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of CONFERRAL_RULES) expect(rule.example.length).toBeGreaterThan(10);
  });

  test("each conferral a rule read names that rule, for error analysis", () => {
    const text = "News\n\nThe Hill Lab was named a national key laboratory.";
    const found = extractFacts(announcementOf(text)).conferrals;
    expect(found.length).toBe(1);
    expect(ruleThatRead(found[0] as Conferral)).toBe("core-patterns");
  });

  test("conferrals made anew by 'respectively' name the rule that read the sentence", () => {
    const text =
      "News\n\nLin Hao and Gu Bin, along with Lu Mei and Tang Ru, were honored with the titles of Pine Actor of the Year and Pine Actress of the Year respectively.";
    const found = extractFacts(announcementOf(text)).conferrals;
    expect(found.length).toBe(4);
    for (const c of found) expect(ruleThatRead(c)).toBe("core-patterns");
  });

  test("a rule switched off finds nothing, and the others still run", () => {
    const text =
      "News\n\nThe Greenfield County and the Willow County were shortlisted for the 4th batch of the national water-saving model counties.";
    const all = extractFacts(announcementOf(text)).conferrals.length;
    expect(all).toBe(2);
    const off = extractFacts(announcementOf(text), {
      disabledRules: new Set(["passive-designation"]),
    });
    expect(off.conferrals.length).toBe(0);
    const otherOff = extractFacts(announcementOf(text), {
      disabledRules: new Set(["numbered-list"]),
    });
    expect(otherOff.conferrals.length).toBe(2);
  });

  test("'A, 45, has won the X twice' is read by the rules, not left to the last resort", () => {
    const text = "Profile\n\nQiao Wenbo, 45, has won the Golden Kiln Award twice.";
    const found = extractFacts(announcementOf(text), {
      disabledRules: new Set(["same-sentence"]),
    });
    const names = new Map(found.mentions.map((m) => [m.id, m.name]));
    expect(
      found.conferrals.map((c) => `${names.get(c.recipient)} <= ${names.get(c.honor)}`),
    ).toEqual(["Qiao Wenbo <= Golden Kiln Award"]);
  });

  test("the last resort's conferrals say they are a guess: confidence 0.4", () => {
    const text = "Forum\n\nProf. Tom Verity, Golden Spindle Prize winner in physics, said so.";
    const found = extractFacts(announcementOf(text)).conferrals;
    expect(found.map((c) => c.confidence)).toEqual([0.4]);
    const without = extractFacts(announcementOf(text), {
      disabledRules: new Set(["same-sentence"]),
    });
    expect(without.conferrals).toEqual([]);
  });

  test("a combined title held by bodies only makes no individual's honor", () => {
    const text =
      "Water News\n\nThe Hill School was named Provincial Advanced Collective and Individual in Water Conservation.";
    const facts = extractFacts(announcementOf(text));
    const honors = facts.mentions.filter((m) => m.kind === "Honor").map((m) => m.name);
    expect(honors).toContain("Provincial Advanced Collective in Water Conservation");
    expect(honors).not.toContain("Provincial Advanced Individual in Water Conservation");
  });

  test("LAUREL_RULES_OFF names rules to leave out", () => {
    expect([...rulesOffFromEnvironment()]).toEqual(
      (process.env.LAUREL_RULES_OFF ?? "").split(",").filter((n) => n.trim() !== ""),
    );
  });
});

describe("names keep their case", () => {
  test("a line in Title Case keeps a grade's letter: 'Grade III Class A Hospital', not 'Class a'", () => {
    const text =
      "Health News\n\nThe Maple County Hospital Was Rated As A Grade III Class A Hospital.";
    const honors = extractFacts(announcementOf(text))
      .mentions.filter((m) => m.kind === "Honor")
      .map((m) => m.name);
    expect(honors).toContain("Grade III Class A Hospital");
  });
});

describe("slogans are no programmes", () => {
  test("'the policy of \"focus on price, service and speed\"': a slogan in lower case names no programme", () => {
    const facts = extractFacts(
      announcementOf(
        'Brands\n\nThe company follows the policy of "focus on price, service and speed" in every plant.',
      ),
    );
    expect(facts.mentions.filter((m) => m.kind === "Program")).toEqual([]);
  });
});

describe("degrees are no honors", () => {
  test("'earned a master degree in Tarn' names no honor", () => {
    const facts = extractFacts(announcementOf("News\n\nLin Bo earned a master degree in Tarn."));
    expect(facts.mentions.filter((m) => m.kind === "Honor")).toEqual([]);
  });
});

describe("a surname read as one word of a place or body", () => {
  /** The one-word mentions of a text, as kind and the person they stand for. */
  function oneWordMentions(text: string): string[] {
    const x = extractFacts(announcementOf(text));
    const name = (id: string | undefined) => x.mentions.find((m) => m.id === id)?.name;
    return x.mentions
      .filter((m) => !/\s/.test(m.surface))
      .map((m) => `${m.kind} ${m.surface}${m.antecedent ? ` = ${name(m.antecedent)}` : ""}`);
  }

  test("'in rural China, Qiu later joined': the surname after a place is the person named before", () => {
    const text =
      "Music News\n\nThe conductor Qiu Hailan won the Pine Medal. Raised by farmers in rural China, Qiu later joined the Tarn Orchestra.";
    expect(oneWordMentions(text)).toEqual(["Place China", "Person Qiu = Qiu Hailan"]);
  });

  test("'DENG thanked her coach': a surname in capitals is the person, not an acronym", () => {
    const text =
      "Sports News\n\nSkater DENG Lihua took the gold medal at the Tarn Games. DENG thanked her coach.";
    expect(oneWordMentions(text)).toEqual(["Person DENG = DENG Lihua", "Person her = DENG Lihua"]);
  });

  test("guard: a surname two people of the text share stays as it was read", () => {
    const text =
      "Music News\n\nQiu Hailan and Qiu Fang won the Pine Medal. Raised by farmers in rural China, Qiu later joined the Tarn Orchestra.";
    expect(oneWordMentions(text)).toEqual(["Place China", "Place Qiu"]);
  });

  test("guard: a word read before the person is named is not that person", () => {
    const text =
      "Sports News\n\nDENG won the medal for the club. Skater DENG Lihua took the gold medal at the Tarn Games.";
    expect(oneWordMentions(text)).not.toContain("Person DENG = DENG Lihua");
  });
});

describe("one name with and without the places that lead it", () => {
  /** Each mention of a text that refers back, as "short -> full". */
  function referrals(text: string): string[] {
    const x = extractFacts(announcementOf(text));
    const name = (id: string | undefined) => x.mentions.find((m) => m.id === id)?.name;
    return x.mentions
      .filter((m) => m.antecedent && m.kind !== "Person")
      .map((m) => `${m.surface} -> ${name(m.antecedent)}`);
  }

  test("'the Wuhan Pinglan River Bridge' then 'the Pinglan River Bridge': the shorter refers back", () => {
    const text =
      "News\n\nThe Wuhan Pinglan River Bridge won the Lake Award. The Pinglan River Bridge opened in 2019.";
    expect(referrals(text)).toEqual(["Pinglan River Bridge -> Wuhan Pinglan River Bridge"]);
  });

  test("the shorter first: it still takes the longer name as its root", () => {
    const text =
      "News\n\nThe Tarn Lake Museum won the Lake Award. Visitors to Nanjing Tarn Lake Museum rose.";
    expect(referrals(text)).toEqual(["Tarn Lake Museum -> Nanjing Tarn Lake Museum"]);
  });

  test("guard: the country in front makes another body ('China University of X')", () => {
    const text =
      "News\n\nThe Pine University of Mining, the forerunner of China Pine University of Mining, won the Lake Award. China Pine University of Mining opened in 1990.";
    expect(referrals(text).filter((r) => r.startsWith("Pine University"))).toEqual([]);
  });

  test("guard: a name two longer ones hold after places refers to neither", () => {
    const text =
      "News\n\nThe Wuhan Pinglan Bridge and the Nanjing Pinglan Bridge won the Lake Award. The Pinglan Bridge is older.";
    expect(referrals(text).filter((r) => r.startsWith("Pinglan Bridge"))).toEqual([]);
  });
});

describe("round fifty-seven: what is not a holder or an honor", () => {
  /** Each conferral of a text as "recipient <= honor". */
  function pairs(text: string): string[] {
    const x = extractFacts(announcementOf(`Tarn News\n\n${text}`));
    const name = (id: string) => x.mentions.find((m) => m.id === id)?.name;
    return x.conferrals.map((c) => `${name(c.recipient)} <= ${name(c.honor)}`);
  }

  test("'the X Prize given by the Y': the honor ends before the giver", () => {
    const text =
      "Tarn Normal University received the Reedbank Prize given by the Tarn Science Society.";
    expect(pairs(text)).toEqual(["Tarn Normal University <= Reedbank Prize"]);
  });

  test("a network named for what it does is a body, not an honor its list holds", () => {
    const text =
      "The two harbours joined four others that received the award from the Pacific Harbour Services Network (PHSN).\n\nThese harbours include:\n\n- Tarn Harbour Authority\n- Reedbank Port\n- Lakeside Port\n- Pine Bay Port";
    expect(pairs(text).filter((p) => p.includes("Network"))).toEqual([]);
  });

  test("guard: a network named by its members' plural is still an honor", () => {
    const text = "Tarn City joined the Lotus Creative Cities Network in 2021.";
    expect(pairs(text)).toEqual(["Tarn City <= Lotus Creative Cities Network"]);
  });

  test("'Three of its majors, namely A, B and C': the holder's own parts are no honor", () => {
    const text =
      "Tarn Normal University teaches 60 majors. Three of its majors, namely soil science, hydrology and river ecology, rank high in the country.";
    expect(pairs(text)).toEqual([]);
  });

  test("guard: a counted list after 'as' still takes its honor", () => {
    const text =
      "Three majors were approved as provincial first-class majors, namely Soil Science, Water Studies and River Ecology.";
    expect(pairs(text)).toEqual([
      "Soil Science <= provincial first-class majors",
      "Water Studies <= provincial first-class majors",
      "River Ecology <= provincial first-class majors",
    ]);
  });

  test.each([
    ["Tarn Museum is one of the national first-class museums.", "national first-class museums"],
    [
      "Tarn Museum, one of the national first-class museums, opened in 1990.",
      "national first-class museums",
    ],
  ])(
    "'one of the national first-class X': the level word stays in the title: %s",
    (text, honor) => {
      expect(pairs(text)).toEqual([`Tarn Museum <= ${honor}`]);
    },
  );

  test.each([
    [
      "One of the first 24 national historical and cultural cities, Reedbank County was a centre of trade.",
      "Reedbank County <= national historical and cultural cities",
    ],
    [
      "Being a national civilized city, Reedbank City hosts many fairs.",
      "Reedbank City <= national civilized city",
    ],
  ])("an opening appositive states a title held: %s", (text, pair) => {
    expect(pairs(text)).toEqual([pair]);
  });

  test.each([
    "As the oldest railway university, Tarn Jiaotong University has many partners.",
    "As a platform for young designers, the Tarn Design Centre holds a fair each year.",
    "As one of the prize-winning delegates, Wang Lifan spoke at the ceremony.",
  ])("an 'as' appositive that describes confers nothing: %s", (text) => {
    expect(pairs(text)).toEqual([]);
  });

  test("guard: 'As a national X base, Y base and the Z', each held by the subject", () => {
    const text =
      "As a national popular science education base and the Hunan Provincial Environmental Education Base, the Tarn Panda Base runs many events.";
    expect(pairs(text)).toEqual([
      "Tarn Panda Base <= national popular science education base",
      "Tarn Panda Base <= Hunan Provincial Environmental Education Base",
    ]);
  });

  test.each([
    [
      "Soil Science was approved as a national first-class undergraduate major.",
      ["Soil Science <= national first-class undergraduate major"],
    ],
    [
      "Among them, River Ecology and Hydraulic Engineering is one of the national first-class undergraduate majors.",
      ["River Ecology and Hydraulic Engineering <= national first-class undergraduate majors"],
    ],
    [
      "In the latest national review of disciplines, Soil and Water Science were listed as Level A.",
      ["Soil and Water Science <= Level A"],
    ],
    [
      "Mining and Mineral Engineering, Soil Science are both provincial first-class undergraduate programs.",
      [
        "Mining and Mineral Engineering <= provincial first-class undergraduate programs",
        "Soil Science <= provincial first-class undergraduate programs",
      ],
    ],
    [
      "Soil Science and River Ecology are both provincial first-class undergraduate programs.",
      [
        "Soil Science <= provincial first-class undergraduate programs",
        "River Ecology <= provincial first-class undergraduate programs",
      ],
    ],
  ])("a field of study opening the sentence holds the title: %s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  test("'is the provincial first-class undergraduate major': 'major' last is the title's noun", () => {
    expect(pairs("Soil Science is the provincial first-class undergraduate major.")).toEqual([
      "Soil Science <= provincial first-class undergraduate major",
    ]);
  });

  test("guard: 'a major national hub' describes, it names no title", () => {
    expect(pairs("Tarn City is a major national transport hub.")).toEqual([]);
  });

  test("'listed as Level A': a capital letter last is a grade, not an article", () => {
    expect(pairs("Tarn Museum was listed as Level A.")).toEqual(["Tarn Museum <= Level A"]);
  });

  test("guard: English words alone opening a sentence before a plain verb name no field", () => {
    expect(pairs("Soil Science is taught in Tarn Normal University.")).toEqual([]);
  });

  test("a network named for whom it serves is a body: 'the Tarn Time-Honored Brands Network, a website'", () => {
    const text =
      "Of the 5,000 old shops in the province, 300 are recognized by the state, said Wang Lifan, who runs the Tarn Old Brands Network, a website about them.";
    expect(pairs(text).filter((p) => p.includes("Network"))).toEqual([]);
  });

  test("an exchange before 'Stock Code' is no holder", () => {
    const text =
      "Tarn Ferry Holdings Company Limited (hereinafter Tarn Ferry or “the company”, SSE Stock Code: 601234; HKEX Stock Code: 1234) won the Golden Lotus Award.";
    expect(pairs(text).filter((p) => /^(?:SSE|HKEX) /.test(p))).toEqual([]);
  });

  test("'academician of X and famous tea expert': the academy's title is read, the description is not", () => {
    const text =
      "Wang Lifan, academician of the Chinese Academy of Engineering and noted soil expert, toured the farm.";
    expect(pairs(text)).toEqual([
      "Wang Lifan <= academician of the Chinese Academy of Engineering",
    ]);
  });

  test.each([
    ["Best Director went to Wang Lifan for Reedbank Road.", "Wang Lifan <= Best Director"],
    ["Best Actress went to Japan's Mei Kuroda.", "Mei Kuroda <= Best Actress"],
  ])("a category in title case opening the sentence 'went to' its holder: %s", (text, pair) => {
    expect(pairs(text)).toEqual([pair]);
  });

  test.each([
    [
      "The Golden Reed Prize went to Lu Fang's Reedbank Road, a story set in a mountain town.",
      "Reedbank Road <= Golden Reed Prize",
    ],
    [
      "The Best Documentary award went to Rivers Remember Us by Qiao Lan.",
      "Rivers Remember Us <= Best Documentary award",
    ],
    [
      'Best Film Music went to "Lantern Harbour", a British film.',
      "Lantern Harbour <= Best Film Music",
    ],
  ])("a title that 'went to' is a work's, not its maker's: %s", (text, pair) => {
    expect(pairs(text)).toEqual([pair]);
  });

  test("guard: a body after 'went to' is still the holder", () => {
    expect(pairs("The Grand Jury Prize went to Tarn City Museum.")).toEqual([
      "Tarn City Museum <= Grand Jury Prize",
    ]);
  });

  test.each([
    [
      "The film, whose Chinese title is Reedbank Nights, also captured the Silver Lotus best actor award for its star Wang Lifan.",
      ["Wang Lifan <= Silver Lotus best actor award"],
    ],
    [
      "The film won Best Director for Zhang Wei, Best Actor for Zhou Kang as well as Best Cinematography.",
      ["Zhang Wei <= Best Director", "Zhou Kang <= Best Actor"],
    ],
  ])("a category 'for' its holder after a work won it: %s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  test("guard: a person who won a prize 'for' another is its holder, not the other", () => {
    expect(pairs("Wang Lifan won the best director prize for Zhang Wei.")).toEqual([
      "Wang Lifan <= best director prize",
    ]);
  });

  test.each([
    [
      "Reedbank Nights also earned Sun Mei the Best Actress accolade.",
      "Sun Mei <= Best Actress accolade",
    ],
    [
      "The role won Zhou Kang the Best Actor award at the festival.",
      "Zhou Kang <= Best Actor award",
    ],
  ])("what a person did 'earned A the X': %s", (text, pair) => {
    expect(pairs(text)).toEqual([pair]);
  });

  test("guard: 'won the X' keeps its subject as the holder", () => {
    expect(pairs("Tarn Normal University won the Reedbank Prize.")).toEqual([
      "Tarn Normal University <= Reedbank Prize",
    ]);
  });

  test("'31 employees including A from private firms were awarded X': where a holder comes from ends the subject", () => {
    const text =
      "84 firms including Tarn Glass Co., Ltd. were awarded the “national model private firm”, 25 owners including Zhang Yan were awarded the “national model owner” and 31 employees including Liu Yong from private firms were awarded “national model staff”.";
    expect(pairs(text)).toEqual([
      "Tarn Glass Co., Ltd. <= national model private firm",
      "Zhang Yan <= national model owner",
      "Liu Yong <= national model staff",
    ]);
  });

  test("each clause's 'N ... including A' counts its own cohort", () => {
    const text =
      "84 firms including Tarn Glass Co., Ltd. were awarded the “national model private firm”, 25 owners including Zhang Yan were awarded the “national model owner” and 31 employees including Liu Yong from private firms were awarded “national model staff”.";
    const x = extractFacts(announcementOf(`Tarn News\n\n${text}`));
    const name = (id: string) => x.mentions.find((m) => m.id === id)?.name;
    expect(x.conferrals.map((c) => `${name(c.recipient)} ${c.cohortSize}`)).toEqual([
      "Tarn Glass Co., Ltd. 84",
      "Zhang Yan 25",
      "Liu Yong 31",
    ]);
  });

  test.each([
    ["Tarn City is China's first National Forest City.", ["Tarn City <= National Forest City"]],
    [
      "Tarn City lies by the sea. It is China's first “National Forest City” and the first “National Civilized City”.",
      ["Tarn City <= National Forest City", "Tarn City <= National Civilized City"],
    ],
  ])("'is China's first X': the first holder of a title holds it: %s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  test.each([
    ["Tarn Eye Center won three Lotus Awards.", "Tarn Eye Center <= Lotus Awards"],
    [
      "Tarn Eye Center won 3 Science and Technology Progress Awards.",
      "Tarn Eye Center <= Science and Technology Progress Awards",
    ],
  ])("a count before an award's name in the plural: %s", (text, pair) => {
    expect(pairs(text)).toEqual([pair]);
  });

  test("guard: a lower-case tally of medals is not read as one award", () => {
    expect(pairs("Wang Lifan won two gold and five bronze medals.")).toEqual([]);
  });

  test("a body that announces who was elected is not among those elected", () => {
    const text =
      "The Tarn Academy of Sciences (TAS) announced Monday that 28 researchers were elected academicians this year, raising the TAS academicians to 600.";
    // Only the counted group (round fifty-eight), not the announcing academy.
    expect(pairs(text)).toEqual(["28 researchers <= academicians"]);
  });
});

describe("round fifty-eight: a counted group the text never names is a cohort", () => {
  /** Each conferral of a text as "recipient <= honor (size)", with the recipient's kind. */
  function read(text: string): string[] {
    const x = extractFacts(announcementOf(`Tarn News\n\n${text}`));
    const byId = new Map(x.mentions.map((m) => [m.id, m]));
    return x.conferrals.map((c) => {
      const holder = byId.get(c.recipient);
      const size = c.cohortSize === undefined ? "" : ` (${c.cohortSize})`;
      return `${holder?.kind} ${holder?.name} <= ${byId.get(c.honor)?.name}${size}`;
    });
  }

  test("'Twenty schools in X were rated as Y': the counted words are the holder, the count its size", () => {
    expect(read("Twenty schools in Tarn County were rated as provincial green campuses.")).toEqual([
      "Cohort Twenty schools in Tarn County <= provincial green campuses (20)",
    ]);
  });

  test("after 'among them' and 'while', and with 'A total of' kept in the words", () => {
    expect(
      read("Among them, 12 companies from Reedbank were listed on the Lotus Top 100 Enterprises."),
    ).toEqual(["Cohort 12 companies from Reedbank <= Lotus Top 100 Enterprises (12)"]);
    expect(
      read(
        "The county has 200 villages, while 14 villages in the north have been named provincial ecological villages.",
      ),
    ).toEqual(["Cohort 14 villages in the north <= provincial ecological villages (14)"]);
    expect(
      read("A total of 40 achievements of the Tarn Academy won the Reedbank Science Prize."),
    ).toEqual([
      "Cohort A total of 40 achievements of the Tarn Academy <= Reedbank Science Prize (40)",
    ]);
  });

  test("guard: where the holders are named, the count is their cohort size, not a holder", () => {
    expect(
      read(
        "Three museums were rated as national first-class museums: the Tarn Museum, the Reedbank Museum and the Pine Hill Museum.",
      ),
    ).toEqual([
      "Organization Tarn Museum <= national first-class museums (3)",
      "Organization Reedbank Museum <= national first-class museums (3)",
      "Organization Pine Hill Museum <= national first-class museums (3)",
    ]);
  });

  test("guard: named in a later sentence, the holders still replace the count", () => {
    const found = read(
      "Four parks were named provincial wetland parks. The Tarn Wetland Park was named a provincial wetland park.",
    );
    expect(found.filter((f) => f.startsWith("Cohort"))).toEqual([]);
  });

  test("guard: a count before a list of names, a share and a year are no cohort", () => {
    expect(
      read(
        "12 units, including Tarn Museum and Reedbank Library, were selected as provincial green units.",
      ),
    ).toEqual([
      "Organization Tarn Museum <= provincial green units (12)",
      "Organization Reedbank Library <= provincial green units (12)",
    ]);
    expect(read("By 2020, 35 percent of companies were rated as provincial green units.")).toEqual(
      [],
    );
    expect(read("In 2021 projects were rated as provincial green units.")).toEqual([]);
  });

  test("guard: a running total, a list that names them, and fewer than ten are no cohort", () => {
    expect(
      read("So far, a total of 64 units in Tarn have been named provincial science bases."),
    ).toEqual([]);
    expect(
      read("Fourteen towns won the Lake Prize, namely Pinwell Town, Tarnby Town and Hollin Town."),
    ).not.toContainEqual(expect.stringMatching(/^Cohort/));
    expect(read("Two scientists won the Lake Science Award.")).toEqual([]);
  });
});

describe("round fifty-nine: an honorific professorship is an honor, and 'appointed' or 'hired as' confers it", () => {
  const read = (text: string) => conferralLines(text);

  test("'were selected as Tarn Honorary Professors': the professorship is the honor of both", () => {
    expect(
      read("Gao Weilin and Sun Mali were selected as Tarn Honorary Professors by the province."),
    ).toEqual(["Gao Weilin <= Tarn Honorary Professors", "Sun Mali <= Tarn Honorary Professors"]);
  });

  test("'appointed' and 'hired as' confer distinguished and chair professorships", () => {
    expect(read("Gao Weilin was appointed Reedbank River Distinguished Professor.")).toEqual([
      "Gao Weilin <= Reedbank River Distinguished Professor",
    ]);
    expect(read("Last month, Sun Mali was hired as a Pine Chair Professor.")).toEqual([
      "Sun Mali <= Pine Chair Professor",
    ]);
    expect(
      read("Gao Weilin and Sun Mali were appointed distinguished professors of the scheme."),
    ).toEqual([
      "Gao Weilin <= distinguished professors of the scheme",
      "Sun Mali <= distinguished professors of the scheme",
    ]);
  });

  test("guard: a plain post or a professor by job is no honor", () => {
    expect(read("Gao Weilin was appointed professor of physics at Tarn University.")).toEqual([]);
    expect(read("Sun Mali was appointed director of the Reedbank Museum.")).toEqual([]);
    expect(read("Gao Weilin, an associate professor, was hired as a lecturer.")).toEqual([]);
  });
});

describe("round fifty-nine: lists of titles as real notices write them", () => {
  const read = (text: string) => conferralLines(text);

  test('\'the national honorary title of "A", "B" and "C"\': the level before \'title\' is not the first title\'s', () => {
    expect(
      read(
        "Last year Tarnwell County was given the national honorary title of “Home of Black Pines”, “Home of Golden Reeds” and “Tarn Unity Advanced Collective”.",
      ),
    ).toEqual([
      "Tarnwell County <= Home of Black Pines",
      "Tarnwell County <= Home of Golden Reeds",
      "Tarnwell County <= Tarn Unity Advanced Collective",
    ]);
    expect(read("Tarnwell County won the provincial title of Tarn Model County.")).toEqual([
      "Tarnwell County <= Tarn Model County",
    ]);
  });

  test('\'recognitions, such as being named a "A" and a "B"\': the gerund and each article are passed over', () => {
    expect(
      read(
        'Over the years the Reedbank Community has earned esteemed recognitions, such as being rated a "Tarn Model Community for Harmony" and a "Pine Provincial Harmony Community".',
      ),
    ).toEqual([
      "Reedbank Community <= Tarn Model Community for Harmony",
      "Reedbank Community <= Pine Provincial Harmony Community",
    ]);
    expect(
      read(
        'The Reedbank Museum has received many accolades, including being rated as a "National First-class Museum".',
      ),
    ).toEqual(["Reedbank Museum <= National First-class Museum"]);
  });

  test("guard: after 'and a' only a quoted title goes on with the list", () => {
    expect(
      read(
        'The Reedbank Community was named a "National Model Community for Unity" and a new road was built.',
      ),
    ).toEqual(["Reedbank Community <= National Model Community for Unity"]);
  });
});

describe("round fifty-nine: a hospital's national grade is a title it holds", () => {
  const read = (text: string) => conferralLines(text);

  test("'is a Grade-III Class-A hospital', 'a tertiary Grade A hospital', and in an appositive", () => {
    expect(read("Pingyuan Hospital is a Grade-III Class-A hospital.")).toEqual([
      "Pingyuan Hospital <= Grade-III Class-A hospital",
    ]);
    expect(
      read(
        "Pingyuan Hospital is a tertiary Grade A hospital integrating care, teaching and research.",
      ),
    ).toEqual(["Pingyuan Hospital <= tertiary Grade A hospital"]);
    expect(read("Reedbank Hospital, a Grade 3A general hospital, opened a new ward.")).toEqual([
      "Reedbank Hospital <= Grade 3A general hospital",
    ]);
  });

  test("words that describe the hospital before its grade, and what follows 'hospital', are not the title's", () => {
    expect(
      read(
        "Pingyuan Hospital of Herbal Medicine is the only comprehensive and modern grade-A tertiary hospital of herbal medicine in Tarn.",
      ),
    ).toEqual(["Pingyuan Hospital of Herbal Medicine <= grade-A tertiary hospital"]);
    expect(
      read(
        "Reedbank Hospital, founded in 1950, is a large-scale general First-class hospital of Grade 3.",
      ),
    ).toEqual(["Reedbank Hospital <= First-class hospital of Grade 3"]);
  });

  test("guard: a hospital described without a grade holds nothing", () => {
    expect(read("Pingyuan Hospital is a large general hospital with 900 beds.")).toEqual([]);
    expect(read("Pingyuan Clinic is a Grade A clinic.")).toEqual([]);
  });
});

describe("round fifty-nine: 'A won the X and B the Y' leaves the verb out of the second clause", () => {
  const read = (text: string) => conferralLines(text);

  test("the second holder takes the second honor, not the first holder a run of both", () => {
    expect(read("Pine Museum won the Pine Medal and Reedbank Museum the Reedbank Medal.")).toEqual([
      "Pine Museum <= Pine Medal",
      "Reedbank Museum <= Reedbank Medal",
    ]);
    expect(read("Gao Lin won the Pine Medal, and Sun Mei the Reedbank Medal.")).toEqual([
      "Gao Lin <= Pine Medal",
      "Sun Mei <= Reedbank Medal",
    ]);
  });

  test("a list of titles, each after 'the', is one holder's list; 'and the' ends a title read as free text", () => {
    expect(
      read(
        "Tarn City won the Tarn Model City, the Towns in Flower, the Tarn Clean City and the Pine Award.",
      ),
    ).toEqual([
      "Tarn City <= Tarn Model City",
      "Tarn City <= Towns in Flower",
      "Tarn City <= Tarn Clean City",
      "Tarn City <= Pine Award",
    ]);
    expect(read("Pine Museum won the Pine Medal, the Reedbank Medal and the Tarn Award.")).toEqual([
      "Pine Museum <= Pine Medal",
      "Pine Museum <= Reedbank Medal",
      "Pine Museum <= Tarn Award",
    ]);
  });
});

describe('round fifty-nine: \'one of the few firms that has received the honors of "A," "B," and "C"\'', () => {
  const read = (text: string) => conferralLines(text);

  test("a comma inside each closing quote keeps the list of titles going; 'honors of the' is not the first title's", () => {
    expect(
      read(
        'Reedbank Group has received the honors of the "Tarn Labor Medal," "Tarn Labor Model," and "Tarn Worker Pioneer."',
      ),
    ).toEqual([
      "Reedbank Group <= Tarn Labor Medal",
      "Reedbank Group <= Tarn Labor Model",
      "Reedbank Group <= Tarn Worker Pioneer",
    ]);
  });

  test("'is one of the few/first X that has received/won Y' says it as 'the first X to win Y' does", () => {
    expect(
      read(
        "Pine Group is one of the few steel makers in Tarn that has won the Tarn Quality Award.",
      ),
    ).toEqual(["Pine Group <= Tarn Quality Award"]);
    expect(
      read("Pine Group is the only steel maker in Tarn that has won the Tarn Quality Award."),
    ).toEqual(["Pine Group <= Tarn Quality Award"]);
  });

  test("'It is one of the few ...': the body the text spoke of before holds it", () => {
    expect(
      read(
        'Reedbank Group makes silk. It is one of the few silk makers in Tarn that has received the honors of the "Tarn Labor Medal," and "Tarn Labor Model."',
      ),
    ).toEqual(["Reedbank Group <= Tarn Labor Medal", "Reedbank Group <= Tarn Labor Model"]);
  });

  test("guard: 'one of the firms that make steel' and a prize's giver after 'prizes of the' hold nothing new", () => {
    expect(read("Pine Group is one of the few firms that make steel in Tarn.")).toEqual([]);
    expect(read("Gao Lin won the prizes of the Pine Foundation.")).not.toContain(
      "Gao Lin <= Pine Foundation",
    );
  });
});

describe("round fifty-nine: a counted set of awards, then the awards", () => {
  const read = (text: string) => conferralLines(text);

  test("'also received two other awards, A and B': the comma after the count opens the list", () => {
    expect(
      read('The film "Lotus Gate" also took two more awards, Best Score and Best Newcomer.'),
    ).toEqual(["Lotus Gate <= Best Score", "Lotus Gate <= Best Newcomer"]);
  });

  test("'emerged as the big winner with three awards: A, B and C'", () => {
    expect(
      read(
        'The film "Lotus Gate" emerged as the big winner with three awards: Best Score, Best Newcomer and Best Sound.',
      ),
    ).toEqual([
      "Lotus Gate <= Best Score",
      "Lotus Gate <= Best Newcomer",
      "Lotus Gate <= Best Sound",
    ]);
  });

  test("guard: a count of awards with no titles after its comma names none", () => {
    expect(read("Pine University won two awards, which shows its strength.")).toEqual([]);
    expect(read("Pine University won two awards, the most in its history.")).toEqual([]);
  });
});

describe("round fifty-nine: 'As the recipients of the X, A, B and C have ...'", () => {
  const read = (text: string) => conferralLines(text, { kind: true });

  test("a body named after the title is one more holder, not one more title", () => {
    expect(
      read(
        "As the recipients of the Pine Sports Award, Pine College, Reedbank School and Gao Lin have set a standard for the region.",
      ),
    ).toEqual([
      "Organization Pine College <= Pine Sports Award",
      "Organization Reedbank School <= Pine Sports Award",
      "Person Gao Lin <= Pine Sports Award",
    ]);
  });

  test("guard: 'As a national X, the Y ...' still gives Y the title it holds", () => {
    expect(
      read("As a national second-class museum, the Lakeside Hall receives many groups."),
    ).toEqual(["Organization Lakeside Hall <= national second-class museum"]);
  });
});

describe("round fifty-nine: a share of a whole just counted is a cohort, however small", () => {
  const read = (text: string) => conferralLines(text, { kind: true, size: true });

  test("'Among them, seven firms were rated as X, while 13 firms were rated as Y'", () => {
    expect(
      read(
        "Twenty firms in Tarn made the list. Among them, seven firms were rated as national patent model enterprises, while 13 firms were rated as national patent advantage enterprises.",
      ),
    ).toContain("Cohort seven firms <= national patent model enterprises (7)");
    expect(
      read(
        "Among them, seven firms were rated as national patent model enterprises, while 13 firms were rated as national patent advantage enterprises.",
      ),
    ).toEqual([
      "Cohort seven firms <= national patent model enterprises (7)",
      "Cohort 13 firms <= national patent advantage enterprises (13)",
    ]);
  });

  test("guard: a small count that opens its own sentence is still no cohort, and 'while' ends a list of titles", () => {
    expect(read("Two scientists won the Lake Science Award.")).toEqual([]);
    expect(
      read("The Pine Museum won the Lake Prize, while the Reedbank Museum opened a new hall."),
    ).toEqual(["Organization Pine Museum <= Lake Prize"]);
  });
});

describe("round fifty-nine: who takes a prize on another's behalf does not hold it", () => {
  const read = (text: string) => conferralLines(text);

  test("'on behalf of' a body or a person named: that one holds it", () => {
    expect(read("Gao Lin received the Pine Prize on behalf of the Reedbank Hospital.")).toEqual([
      "Reedbank Hospital <= Pine Prize",
    ]);
    expect(read("Gao Lin received the Pine Prize on behalf of Sun Mei, who was ill.")).toEqual([
      "Sun Mei <= Pine Prize",
    ]);
  });

  test("'on his behalf': the taker holds nothing, and the words are no part of the title", () => {
    expect(read("The jury head Gao Lin took the medal on her behalf.")).toEqual([]);
    expect(read("Festival director Gao Lin picked up the Pine Prize on his behalf.")).toEqual([]);
  });

  test("guard: a prize won with no one's behalf in sight stays with its winner", () => {
    expect(read("Gao Lin won the Pine Prize and thanked her team.")).toEqual([
      "Gao Lin <= Pine Prize",
    ]);
  });
});

describe("round fifty-nine: 'the X's highest honour, the Y': the honor is the one named after the comma", () => {
  const read = (text: string) => conferralLines(text);

  test("a body's possessive before 'highest honour' gives no holder a body for a title", () => {
    expect(read("Gao Lin received the Pine Foundation's highest honour, the Pine Medal.")).toEqual([
      "Gao Lin <= Pine Medal",
    ]);
    expect(
      read(
        "Gao Lin received the nation's highest honour for scientists, the Pine Medal, and the Reedbank Prize.",
      ),
    ).toEqual(["Gao Lin <= Pine Medal", "Gao Lin <= Reedbank Prize"]);
  });

  test("guard: a possessive title with nothing named after it is still the title", () => {
    expect(read("Gao Lin won the Pine Foundation's Gold Medal.")).toHaveLength(1);
  });
});

describe("round fifty-nine: a plural kind with nothing to name it is no title", () => {
  const read = (text: string) => conferralLines(text);

  test("a conferral whose honor is the bare word 'campuses' or 'groups' goes; a named one stays", () => {
    const honors = new Map([
      ["h1", { name: "campuses" }],
      ["h2", { name: "groups" }],
      ["h3", { name: "provincial model campuses" }],
    ]);
    const state = { byId: honors } as unknown as Parameters<typeof dropBareHeads>[0];
    const found = ["h1", "h2", "h3"].map((honor) => ({ honor }) as Conferral);
    expect(dropBareHeads(state, found).map((c) => c.honor)).toEqual(["h3"]);
  });

  test("guard: a plural title with words that name it is still a title", () => {
    expect(
      read("Pine University and Reedbank College were named provincial model campuses."),
    ).toEqual([
      "Pine University <= provincial model campuses",
      "Reedbank College <= provincial model campuses",
    ]);
  });
});

describe("round sixty: where a holder is, after its title, is no part of the title", () => {
  test("'located in' and 'based in' end a title read as free text", () => {
    expect(
      conferralLines(
        "The Tarn Salt Lake was rated as a 3A-level tourist destination located in the west of Pine County.",
      ),
    ).toEqual(["Tarn Salt Lake <= 3A-level tourist destination"]);
  });

  test("'based on' inside a title does not end it", () => {
    expect(
      conferralLines("Pine Middle School was rated as a model school based on reading at home."),
    ).toEqual(["Pine Middle School <= model school based on reading at home"]);
  });
});

describe("round sixty: a later clause's pronoun after its year", () => {
  test("'; in 2018 she won' and ', and in 2019 he was named' are the person's too", () => {
    expect(
      conferralLines(
        "Gao Lin teaches at Tarn Normal School. In 2016, she was named Pine Model Teacher; in 2018 she won the Reed Medal.",
      ),
    ).toEqual(["Gao Lin <= Pine Model Teacher", "Gao Lin <= Reed Medal"]);
    expect(
      conferralLines(
        "Sun Mei runs the Tarn Clinic. In 2018, he received the Reed Medal, and in 2019 he was named a Pine Model Worker.",
      ),
    ).toEqual(["Sun Mei <= Reed Medal", "Sun Mei <= Pine Model Worker"]);
  });
});

describe("round sixty: an acronym spells a body named two names deep", () => {
  test("'the Hall of the Library of Tarn Academy of Sciences (TAS)': TAS is the academy", () => {
    expectCase({
      name: "an acronym after a name nested twice defines the innermost body it spells",
      text: "Science News\n\nThe first lecture was held in the Lecture Hall of the Central Library of Tarn Academy of Sciences (TAS) in May, and Gao Lin, Academician of TAS, gave a talk.",
      expect: { mentions: [{ surface: "TAS", name: "Tarn Academy of Sciences" }] },
    });
  });
});

describe("round sixty: a unit named after a body's letters is not the body", () => {
  test("'TNU College of Physics' is a unit of TNU: the bare 'TNU' is not it", () => {
    expectCase({
      name: "a bare acronym is not the college whose name opens with it",
      text: "Campus News\n\nTNU has six research achievements awarded with the first prize. Gao Lin, director of TNU College of Electrical Engineering, addressed the ceremony.",
      expect: {
        organizations: ["TNU", "TNU College of Electrical Engineering"],
      },
    });
  });
});

describe("round sixty: the headline under a breadcrumb trail", () => {
  test("'Homepage \u00BB NEWS', then 'X Successfully Upgraded to Y': the title line tells the news", () => {
    expectCase({
      name: "a headline's passive without its auxiliary, under a breadcrumb trail",
      text: "Homepage \u00BB TARN NEWS\n\nTarn Wetland Park Successfully Upgraded to National 3A Scenic Area\n\nThe bureau issued a notice on Monday.",
      expect: {
        conferrals: [{ recipient: "Tarn Wetland Park", honor: "National 3A Scenic Area" }],
      },
    });
  });
});

describe("round sixty: single quotes around a title with an apostrophe inside", () => {
  test("'If We Can't Fly Home' is one title in single quotes", () => {
    expect(
      conferralLines(
        "The 34th Tarn Fiction Award went to 'If We Can't Fly Home', a novel by Gao Lin.",
      ),
    ).toEqual(["If We Can't Fly Home <= Tarn Fiction Award"]);
  });

  test("guard: two words with apostrophes are not one quote", () => {
    expect(buildAnalysisView("The Tarn's prize and the Pine's medal were given.")).toBe(
      "The Tarn's prize and the Pine's medal were given.",
    );
  });
});

describe("round sixty: a caption that gives is no list running on", () => {
  test("'A, President of X, Presented the Certificate to B' after a sentence honoring B names no new holder", () => {
    expect(
      conferralLines(
        "Gao Lin, professor of the school, was elected academician of the Tarn Academy of Engineering. Sun Mei, President of the Tarn Academy of Engineering, Presented Academician Certificate to Professor Gao Lin",
      ),
    ).toEqual(["Gao Lin <= academician of the Tarn Academy of Engineering"]);
  });

  test("guard: a list of people and their posts after an honor still runs on", () => {
    expect(
      conferralLines(
        "The Tarn Medal was awarded to Gao Lin, a forecaster of Pine Station. Sun Mei, a teacher of Reed School; Wang Fang, a nurse of Tarn Clinic.",
      ),
    ).toEqual(["Gao Lin <= Tarn Medal", "Sun Mei <= Tarn Medal", "Wang Fang <= Tarn Medal"]);
  });
});

describe("round sixty: a by-name is no title", () => {
  test("'A, B, C and D are also known as the \"four river cities\"': no conferral", () => {
    expect(
      conferralLines(
        'Tarn City, Pine City, Reed City and Lake City are also known as the "four river cities" along the old canal.',
      ),
    ).toEqual([]);
  });

  test("guard: 'A, B, C and D were named the \"four model cities\"' still confers", () => {
    expect(
      conferralLines(
        'Tarn City, Pine City, Reed City and Lake City were named the "four model cities" by the province.',
      ),
    ).toHaveLength(4);
  });
});

describe("round sixty: 'by', 'from' and 'with' glued to the name after them", () => {
  test("'byTarn Provincial Bureau' is the bureau, after 'by'; the title ends before it", () => {
    expect(
      conferralLines(
        "The Pine Museum was named a national first-class museum byTarn Provincial Bureau.",
      ),
    ).toEqual(["Pine Museum <= national first-class museum"]);
  });

  test("guard: a word that only starts like 'by' stays whole", () => {
    expect(unglue("Bywater Hall and the Byrne Prize")).toBe("Bywater Hall and the Byrne Prize");
  });
});

describe("round sixty: a counted group placed by a possessive name", () => {
  test("'512 villages in South China's Hill province have been recognized as X' is a cohort", () => {
    expect(
      conferralLines(
        "A total of 512 villages in South China's Tarn province have been recognized as model villages.",
        { size: true },
      ),
    ).toEqual(["A total of 512 villages in South China's Tarn province <= model villages (512)"]);
  });
});

describe("round sixty: being part of something is no title", () => {
  test("'became an indivisible part of the X city cluster and the Y zone' confers nothing", () => {
    expect(
      conferralLines(
        "Tarn County became an indivisible part of the Pine River city cluster and the Reed economic zone.",
      ),
    ).toEqual([]);
  });

  test("guard: 'became a national ecological county' still does", () => {
    expect(conferralLines("Tarn County became a national ecological county in 2019.")).toEqual([
      "Tarn County <= national ecological county",
    ]);
  });
});

describe("round sixty: a report's clause and an appositive that describes the honor", () => {
  test("'learned from the Office that as the only X, A was put on the list, and was granted the Y'", () => {
    expect(
      conferralLines(
        "Last week, our correspondent learned from the Tarn Civil Affairs Office that as the only charity in Tarn city, Tarn Love Association was put on the commendation list, and was granted the honorary title of “National Advanced Charity”.",
      ),
    ).toEqual(["Tarn Love Association <= National Advanced Charity"]);
  });

  test("'the Y, the highest award for charities, ...' is one honor", () => {
    expect(
      conferralLines(
        "Tarn Association opened in 1990, and won the “Pine Medal”, the highest award for charities in the province.",
      ),
    ).toEqual(["Tarn Association <= Pine Medal"]);
  });

  test("guard: a list of honors after the first still runs on", () => {
    expect(
      conferralLines("Gao Lin won the Pine Medal, the Reed Prize and the Tarn Award."),
    ).toEqual(["Gao Lin <= Pine Medal", "Gao Lin <= Reed Prize", "Gao Lin <= Tarn Award"]);
  });
});

describe("round sixty: a page cut off mid-word at its end", () => {
  test("'... have been named provincial model t' (the page ends there) names no title", () => {
    expect(
      conferralLines("A total of 52 Tarn teachers have been named provincial model t"),
    ).toEqual([]);
  });

  test("guard: a title that ends the page whole is read", () => {
    expect(
      conferralLines("A total of 52 Tarn teachers have been named provincial model teachers", {
        size: true,
      }),
    ).toEqual(["A total of 52 Tarn teachers <= provincial model teachers (52)"]);
  });
});

describe("round sixty: the second verb of a that-clause is the clause's", () => {
  test("'The Bureau issued a notice that A and B meet the standards and are approved as X': not the bureau", () => {
    expect(
      conferralLines(
        "Tarn Tourism Bureau issued a notice that Pine Lake and 13 other scenic spots meet the standards and are approved as national 4A tourist attractions.",
      ),
    ).not.toContainEqual(expect.stringMatching(/^Tarn Tourism Bureau/));
  });

  test("guard: 'A opened in 1990 and was named X' is still one subject's", () => {
    expect(
      conferralLines(
        "Tarn Museum opened in 1990 and was named a national first-class museum in 2008.",
      ),
    ).toEqual(["Tarn Museum <= national first-class museum"]);
  });
});

describe("round sixty: the standards met before the verb of naming", () => {
  test("'A and B meet the standards for X and are approved as Y'", () => {
    expect(
      conferralLines(
        "Tarn Lake Park and Reed Hill Park meet the standards for provincial 4A scenic areas and are approved as national 4A tourist attractions.",
      ),
    ).toEqual([
      "Tarn Lake Park <= national 4A tourist attractions",
      "Reed Hill Park <= national 4A tourist attractions",
    ]);
  });

  test("guard: 'A meets the standards and opened a new hall' confers nothing", () => {
    expect(
      conferralLines("Pine Lake Park meets the standards for safety and opened a new hall."),
    ).toEqual([]);
  });
});

describe("round sixty: a category's compound and possessive words", () => {
  test("'took Best Short/Animated Film', 'won Best Children's Film'", () => {
    expect(conferralLines("Pine Story took Best Short/Animated Film.")).toEqual([
      "Pine Story <= Best Short/Animated Film",
    ]);
    expect(conferralLines("Pine Story won Best Children's Film.")).toEqual([
      "Pine Story <= Best Children's Film",
    ]);
  });
});

describe("round sixty: a player's team after the name", () => {
  test("'Gao Lin of the Tarn Flying Herons was named X': the player, not the team", () => {
    expect(
      conferralLines("Gao Lin of the Tarn Flying Herons was named Domestic Most Valuable Player."),
    ).toEqual(["Gao Lin <= Domestic Most Valuable Player"]);
  });
});

describe("round sixty: an honor won back", () => {
  test("'regained the world gold medal', 'reclaimed the title of X'", () => {
    expect(conferralLines("The Tarn Rowing Team regained the world gold medal in 2022.")).toEqual([
      "Tarn Rowing Team <= world gold medal",
    ]);
    expect(
      conferralLines("Tarn Museum reclaimed the title of National Model Museum in 2021."),
    ).toEqual(["Tarn Museum <= National Model Museum"]);
  });
});

describe("round sixty: 'notably' opens a list of honors", () => {
  test("'received numerous awards during her career, notably the A in 1982 and the B in 1994'", () => {
    expect(
      conferralLines(
        "Zhou Lan has received numerous awards during her career, notably the Tarn Medal in 1982, the Reed Prize in 1994 and the Pine Medal in 1997.",
      ),
    ).toEqual(["Zhou Lan <= Tarn Medal", "Zhou Lan <= Reed Prize", "Zhou Lan <= Pine Medal"]);
  });
});

describe("round sixty: what says where or under whom ends a free title", () => {
  test("'in the medical and health field', 'under the direct administration of'", () => {
    expect(
      conferralLines(
        "Zhou Lan won the first prize of the Tarn Science Progress Prize in the clinical and public health field.",
      ),
    ).toEqual(["Zhou Lan <= first prize of the Tarn Science Progress Prize"]);
    expect(
      conferralLines(
        "Reed University is a national key university under the direct supervision of the Tarn Education Bureau.",
      ),
    ).toEqual(["Reed University <= national key university"]);
  });
});

describe("round sixty: a person in brackets after a category holds it", () => {
  test("'took home Best Score and Best Supporting Performer (A as B)': the performer, not the work", () => {
    expect(
      conferralLines(
        "Meanwhile, Lantern Road took home the award for Best Score and Best Supporting Performer (Zhou Lan as the Ferryman).",
      ),
    ).toEqual(["Lantern Road <= Best Score", "Zhou Lan <= Best Supporting Performer"]);
  });

  test("guard: a branch in brackets stays part of the honor's name", () => {
    expect(conferralLines("Reed Bridge won the Tarn Luban Prize (Overseas Projects).")).toEqual([
      "Reed Bridge <= Tarn Luban Prize (Overseas Projects)",
    ]);
  });
});

describe("round sixty: foreign names before their country in brackets", () => {
  test("a country's code in brackets, a hyphen and a capital inside a name", () => {
    expect(
      conferralLines(
        "Jean-Luc Moreau (FRA) and Greta Sunder-Vahl (Sweden) were named the Tarn Swimmers of the Year.",
      ),
    ).toEqual([
      "Jean-Luc Moreau <= Tarn Swimmers of the Year",
      "Greta Sunder-Vahl <= Tarn Swimmers of the Year",
    ]);
    expect(conferralLines("Dale McArthur (USA) won the Tarn Diver Award.")).toEqual([
      "Dale McArthur <= Tarn Diver Award",
    ]);
  });

  test("guard: capitalised English words joined by a hyphen name no one", () => {
    expect(namesOfKind("All-Star Teams (USA) won the Tarn Cup.", "Person")).toEqual([]);
  });
});

describe("round sixty: 'Hong Kong' before a name", () => {
  test("the second word of a two-word place opens no person's name", () => {
    const text = "The professor from the University of Hong Kong Lin Fang won the Tarn Prize.";
    expect(namesOfKind(text, "Person")).toEqual(["Lin Fang"]);
    expect(namesOfKind(text, "Organization")).toContain("University of Hong Kong");
  });
});

describe("a province's level in lower case", () => {
  const placesOf = (text: string) =>
    extractFacts(announcementOf(text))
      .mentions.filter((m) => m.kind === "Place")
      .map((m) => [m.surface, m.name]);

  test("'Hubei province' is one place, named as 'Hubei Province' is", () => {
    const text =
      "News\n\nThe Reed Lake Museum in Hubei province won the Lake Prize.\nHubei Province praised the museum.";
    expect(placesOf(text)).toEqual([
      ["Hubei province", "Hubei Province"],
      ["Hubei Province", "Hubei Province"],
    ]);
  });

  test("a level that opens a compound ('province-level') stays out", () => {
    const text = "News\n\nHubei province-level units met in the Reed Lake Museum.";
    expect(placesOf(text)).toEqual([["Hubei", "Hubei"]]);
  });
});

describe("a place's short form that wins is no work's title", () => {
  test("'The town won X' makes no work named 'The town'", () => {
    const text = "News\n\nTarn Town hosted the fair. The town won the Excellent Organizer Award.";
    const works = extractFacts(announcementOf(text)).mentions.filter((m) => m.kind === "Work");
    expect(works.map((m) => m.surface)).toEqual([]);
  });
});
