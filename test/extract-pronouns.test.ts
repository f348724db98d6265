import { describe, expect, test } from "vitest";
import { run } from "./support/extract-cases.ts";

describe("a person pronoun refers back to the person named last before it", () => {
  const references = (text: string) =>
    run(text)
      .mentions.filter((m) => m.kind === "Person" && /^(?:he|she|his|her|him)$/i.test(m.surface))
      .map((m) => `${m.surface}=${m.name}`);

  test("'she', 'her', 'him' in the same or a later sentence", () => {
    expect(
      references(
        "Wen Lijuan teaches at Pine College. She won the Lake Prize, and her students cheered. The jury then thanked Tomas Vell and gave him a medal.",
      ),
    ).toEqual(["She=Wen Lijuan", "her=Wen Lijuan", "him=Tomas Vell"]);
  });

  test("guard: a pronoun before any person, far from one, or opening a name ('He Zhengrong', 'Her Story')", () => {
    expect(
      references(
        "He was not named. Ma Lin spoke first. The hall was full. The fair opened. Rain fell on the hills. He left early. He Zhengrong sang and Her Story won.",
      ),
    ).toEqual([]);
  });
});

describe("'It' opening a sentence refers to what a sentence just before opened with", () => {
  const its = (text: string) =>
    run(text)
      .mentions.filter((m) => m.surface === "It")
      .map((m) => `It=${m.name}`);

  test("a town, and a firm after an opening phrase, across a sentence that names nothing", () => {
    expect(
      its(
        "Gansu lies in the north-west. It has 25 million people. Founded in 1957, Pine Tyre Group makes tyres. The plant is large. It ranks among the private firms that export.",
      ),
    ).toEqual(["It=Gansu", "It=Pine Tyre Group"]);
  });

  test("guard: 'It is reported that', a sentence opening with a person, a dateline, 'it' inside", () => {
    expect(
      its(
        "BEIJING, May 3 (Xinhua) -- Officials met on Monday. It was sunny. Pine Museum reopened. It is reported that crowds came. Ma Lin met the curator. It rained. The fair opened and it rained.",
      ),
    ).toEqual([]);
  });
});
