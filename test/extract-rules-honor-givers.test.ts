import { describe, expect, test } from "vitest";
import { run, simplify } from "./support/extract-cases.ts";

const lines = (text: string) =>
  simplify(run(`Tarn News\n\n${text}`)).conferrals.map(
    (c) => `${c.recipient} <= ${c.honor} by ${c.issuers.join("; ") || "-"}`,
  );

describe("honor-givers: who gives an honor, said where no holder is named", () => {
  test("'The X list was selected by A', then the holders paragraphs later", () => {
    expect(
      lines(
        'On May 2, the "2024 Top 50 Clean Air Towns" list was selected by the Tarn Land Society.\n\nClean air draws visitors to the hills.\n\nMaple County and Pine County were on the Top 50 Clean Air Towns list.',
      ),
    ).toEqual([
      "Maple County <= Top 50 Clean Air Towns list by Tarn Land Society",
      "Pine County <= Top 50 Clean Air Towns list by Tarn Land Society",
    ]);
  });

  test("'A and B decided to confer the X on young athletes', then the athletes by name", () => {
    expect(
      lines(
        "The Tarn Youth League and the Tarn Youth Federation on Friday decided to confer the Lake Youth Medal on young athletes of the games. Ruan Qiuyi and Gao Lin received the Lake Youth Medal.",
      ),
    ).toEqual([
      "Ruan Qiuyi <= Lake Youth Medal by Tarn Youth League; Tarn Youth Federation",
      "Gao Lin <= Lake Youth Medal by Tarn Youth League; Tarn Youth Federation",
    ]);
  });

  test("'parks recently designated as X by A', then the parks by name two paragraphs on", () => {
    expect(
      lines(
        "With five parks recently designated as Global Geoparks by the Tarn Heritage Organization on Monday, Tarn now has 20 of them.\n\nAmong the new sites, one park covers 900 square kilometers.\n\nThe four other parks newly added this time are Pine Geopark, Reed Geopark and Cedar Geopark.",
      ),
    ).toEqual([
      "Pine Geopark <= Global Geoparks by Tarn Heritage Organization",
      "Reed Geopark <= Global Geoparks by Tarn Heritage Organization",
      "Cedar Geopark <= Global Geoparks by Tarn Heritage Organization",
    ]);
  });

  test("a conferral that names its own giver keeps it", () => {
    expect(
      lines(
        "The Lake Youth Medal list was released by the Tarn Youth League.\n\nThe city has many young athletes.\n\nThe Tarn Sports Bureau awarded Ruan Qiuyi the Lake Youth Medal.",
      ),
    ).toEqual(["Ruan Qiuyi <= Lake Youth Medal by Tarn Sports Bureau"]);
  });
});

describe("honor-givers: the givers of the story's honors", () => {
  test("'The awards were hosted by A and B' gives the story's conferrals their givers", () => {
    expect(
      lines(
        "The Tarn Screen Awards were handed out on Sunday.\n\nRuan Qiuyi won the Best Actress award.\n\nThe awards were hosted by the Tarn Film Association and the Hillford Broadcasting Society.",
      ),
    ).toEqual([
      "Ruan Qiuyi <= Best Actress award by Tarn Film Association; Hillford Broadcasting Society",
    ]);
  });

  test("'A gave awards to six airports' opens a story whose winners take A as giver", () => {
    expect(
      lines(
        "The Tarn Ports Council gave awards to six airports on Monday.\n\nPassengers voted at 300 airports.\n\nThe Best Improvement award went to the Maple Airport Company.",
      ),
    ).toEqual(["Maple Airport Company <= Best Improvement award by Tarn Ports Council"]);
  });
});

describe("the one festival a text names gives its prizes", () => {
  test("prizes told after 'the Lake Film Festival' take the festival as giver", () => {
    expect(
      lines(
        "The 30th Lake Film Festival closed on Saturday.\n\nThe jury met for a week.\n\nRuan Qiuyi won the Best Actress award at the Lake Film Festival.",
      ),
    ).toEqual(["Ruan Qiuyi <= Best Actress award by Lake Film Festival"]);
  });

  test("a festival named only by its edition: the festival, named without it, gives", () => {
    expect(
      lines(
        "The 30th Lake Film Festival closed on Saturday.\n\nThe jury met for a week.\n\nRuan Qiuyi won the Best Actress award.",
      ),
    ).toEqual(["Ruan Qiuyi <= Best Actress award by Lake Film Festival"]);
  });

  test("guard: two festivals named, by edition or not, give nothing", () => {
    expect(
      lines(
        "The 30th Lake Film Festival and the 12th Pine Film Festival closed on Saturday.\n\nRuan Qiuyi won the Best Actress award.",
      ),
    ).toEqual(["Ruan Qiuyi <= Best Actress award by -"]);
  });
});

describe("honor-givers: who runs the contest gives its prizes", () => {
  test("'The contest was organized by A' gives the prizes told before it", () => {
    expect(
      lines(
        "Ruan Qiuyi won the first prize in the Tarn Young Teachers Contest.\n\nShe teaches physics.\n\nThe contest was organized by the Tarn Higher Education Society.",
      ),
    ).toEqual(["Ruan Qiuyi <= first prize by Tarn Higher Education Society"]);
  });

  test("'Established by A and B in 2001, the X ...' names the givers of X", () => {
    expect(
      lines(
        "Established by the Tarn Poetry Society and the Lake Culture Foundation in 2001, the Reed Poetry Prize honors young poets.\n\nThis year 300 poets took part.\n\nRuan Qiuyi won the Reed Poetry Prize.",
      ),
    ).toEqual(["Ruan Qiuyi <= Reed Poetry Prize by Tarn Poetry Society; Lake Culture Foundation"]);
  });
});

describe("honor-givers: 'The list of X was released by A'", () => {
  test("the list's givers give the holders named before it", () => {
    expect(
      lines(
        "Maple Pharmacy and Pine Foods were recognized as national green supply centers.\n\nBoth firms are in Hillford.\n\nThe list of new national green supply centers was jointly released by the Tarn Trade Bureau and the Tarn Science Bureau.",
      ),
    ).toEqual([
      "Maple Pharmacy <= national green supply centers by Tarn Trade Bureau; Tarn Science Bureau",
      "Pine Foods <= national green supply centers by Tarn Trade Bureau; Tarn Science Bureau",
    ]);
  });
});
