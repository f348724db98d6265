import { describe, expect, test } from "vitest";
import { conferralLines } from "./support/extract-cases.ts";

describe("counted-shares: shares of a counted whole, told by their count alone", () => {
  const read = (text: string) => conferralLines(text, { kind: true, size: true });

  test("'of which three won A, one won B and 15 won C'", () => {
    expect(
      read(
        "Some 22 designs of the trade won the Tarn Design Award, of which three won the Reed Gold Prize, one won the Reed Silver Prize and 15 won the Reed Merit Prize.",
      ),
    ).toEqual(
      expect.arrayContaining([
        "Cohort three <= Reed Gold Prize (3)",
        "Cohort one <= Reed Silver Prize (1)",
        "Cohort 15 <= Reed Merit Prize (15)",
      ]),
    );
  });

  test("a list of shares after 'Among the recipients', one line each", () => {
    expect(
      read(
        "Among the recipients, five received the Pine Medal;\nnine received the Lake Star;\n27 received the Reed Star.",
      ),
    ).toEqual([
      "Cohort five <= Pine Medal (5)",
      "Cohort nine <= Lake Star (9)",
      "Cohort 27 <= Reed Star (27)",
    ]);
  });

  test("'21 others bagged the X'", () => {
    expect(
      read(
        "The special award went to one tutor of the school, while 21 others bagged the Tarn Tutor Award.",
      ),
    ).toContain("Cohort 21 others <= Tarn Tutor Award (21)");
  });

  test("guard: a count in running text with no share before it holds nothing", () => {
    expect(read("In the final, the Tarn side scored twice and 12 won the Pine Cup.")).toEqual([]);
  });

  test("guard: a year is no count, and an honor in lower case is a tally", () => {
    expect(read("2019 received the Pine Medal.")).toEqual([]);
    expect(read("Of the entries, three won gold and two won silver.")).toEqual([]);
  });
});
