import { describe, expect, test } from "vitest";
import { conferralLines, expectFacts } from "./support/extract-cases.ts";

describe("honor-given-to: a prize named by its field, in lower case, as the subject", () => {
  test("'The chemistry award went to A and B': the field before the word for the prize", () => {
    expect(
      conferralLines(
        "The Tarn Prize has three sections. The chemistry award went to Qiao Minghui and Du Lanfang, both at Pine University.",
      ),
    ).toEqual(["Qiao Minghui <= chemistry award", "Du Lanfang <= chemistry award"]);
  });

  test("'That year's geology prize went to A': last year's or that year's as well as this year's", () => {
    expect(
      conferralLines(
        "In 1998 the Tarn Prize had four sections. That year's geology prize went to Ke Yuming.",
      ),
    ).toEqual(["Ke Yuming <= geology prize"]);
  });

  test("'The awards for X and Y were shared by A, B and C': the field after 'for'", () => {
    expect(
      conferralLines(
        "The awards for geology and soil science were shared by Ke Yuming, retired engineer Fan Weiqi and Lu Jinhe for decades of field surveys.",
      ),
    ).toEqual([
      "Ke Yuming <= awards for geology and soil science",
      "Fan Weiqi <= awards for geology and soil science",
      "Lu Jinhe <= awards for geology and soil science",
    ]);
  });

  test("words that say nothing of a field name no new honor", () => {
    expect(
      conferralLines("Reporters asked about the prize. The same award went to Ke Yuming."),
    ).toEqual([]);
    expect(
      conferralLines("The most prestigious design award went to Fan Weiqi last spring."),
    ).toEqual([]);
  });
});

describe("giving by order, and a descriptor with a nationality before a name", () => {
  test("'A signed an order to award B the X': the signer gives it", () => {
    expectFacts(
      "Tarn News\n\nPresident Mo Jialin on Friday signed a presidential order to award virologist Qu Zhenhai the Tarn Medal of Merit, the state's top honor.",
      {
        conferrals: [
          { recipient: "Qu Zhenhai", honor: "Tarn Medal of Merit", issuers: ["Mo Jialin"] },
        ],
      },
    );
  });

  test("'leading Chinese soil researcher A' stays one item of the list", () => {
    expect(
      conferralLines(
        "Gao Ruoxi, leading Chinese soil researcher Wei Pingan and Luo Dan were awarded the Tarn Medal of Merit.",
      ),
    ).toEqual([
      "Gao Ruoxi <= Tarn Medal of Merit",
      "Wei Pingan <= Tarn Medal of Merit",
      "Luo Dan <= Tarn Medal of Merit",
    ]);
  });
});
