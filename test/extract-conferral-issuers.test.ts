import { describe, expect, test } from "vitest";
import { run, simplify } from "./support/extract-cases.ts";

const lines = (text: string) =>
  simplify(run(`Tarn News\n\n${text}`)).conferrals.map(
    (c) => `${c.recipient} <= ${c.honor} by ${c.issuers.join("; ") || "-"}`,
  );

describe("'ranked top 100 X', and holders are no givers", () => {
  test("the bodies listed after 'released by' with the ranking's maker hold it; only the maker gives it", () => {
    expect(
      lines(
        "According to the ranking released by the Health Institute of Maple University, the First Hospital, the Pine Hospital and the Lake Hospital have ranked top 100 Tarnish Hospitals for five years.",
      ),
    ).toEqual([
      "First Hospital <= top 100 Tarnish Hospitals by Health Institute of Maple University",
      "Pine Hospital <= top 100 Tarnish Hospitals by Health Institute of Maple University",
      "Lake Hospital <= top 100 Tarnish Hospitals by Health Institute of Maple University",
    ]);
  });

  test("'ranked the top 10 in sales' names no ranking", () => {
    expect(lines("The Pine Hospital ranked the top 10 in sales last year.")).toEqual([]);
  });
});

describe("'produced by', 'led by' name makers, not givers", () => {
  test("'the Gold Medal; \"B\" produced by C': C made B and gave nothing", () => {
    expect(
      lines(
        'At the fair "Maple Spirit 12 Years" received the Gold Medal; "Pine Reserve" produced by Cedar Distillery Co., Ltd. received the Silver Medal.',
      ),
    ).toEqual(["Maple Spirit 12 Years <= Gold Medal by -", "Pine Reserve <= Silver Medal by -"]);
  });
});

describe("a policy cited as a sentence's basis gives nothing in the sentence after", () => {
  test("'In accordance with the Plan issued by A, ... . 12 towns were chosen, including B, C and D'", () => {
    expect(
      lines(
        'The bureau said 90 towns were selected for the list of "garden towns of the province". In accordance with the "Plan for Garden Towns" issued by the Tarn Provincial Government, the garden towns will number 200 by 2030. Officials said that 12 towns in Maple City were chosen for the list, including Qinfeng and Qianshi in Anling District, and Wujing Town.',
      ),
    ).toEqual([
      "Qinfeng <= garden towns of the province by -",
      "Qianshi <= garden towns of the province by -",
      "Wujing Town <= garden towns of the province by -",
    ]);
  });
});
