import { describe, expect, test } from "vitest";
import { conferralLines, namesOfKind } from "./support/extract-cases.ts";

describe("a state programme known by its number", () => {
  test("'Project 211' and 'the 985 Project' are programmes", () => {
    expect(namesOfKind("Tarn University joined Project 211 in 1998.", "Program")).toEqual([
      "Project 211",
    ]);
    expect(namesOfKind("Tarn University joined the 985 Project in 2004.", "Program")).toEqual([
      "985 Project",
    ]);
  });

  test("a year or a measure after the head is no programme's number", () => {
    expect(namesOfKind("The Tarn Plan 2025 was drafted by the city.", "Program")).not.toContain(
      "Plan 2025",
    );
    expect(namesOfKind("Work on Project 500 km north of the city began.", "Program")).toEqual([]);
  });

  test("'is listed under Project 211': the body holds the programme's designation", () => {
    expect(
      conferralLines("Reedbank University is a key university. It is listed under Project 211."),
    ).toEqual(["Reedbank University <= Project 211"]);
  });

  test("an aside that says what the programme is names no second title", () => {
    expect(
      conferralLines(
        "Reedbank University has also been listed under the 985 Project, a key decision taken by the State Council.",
      ),
    ).toEqual(["Reedbank University <= 985 Project"]);
  });
});
