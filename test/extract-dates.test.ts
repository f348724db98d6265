// Dates as the genre writes them (src/extract/dates.ts). Sentences written for these tests.
import { describe, expect, test } from "vitest";
import { findDates, weekdayOnOrBefore } from "../src/extract/dates.ts";

const datesIn = (text: string) => findDates(text, 0, text.length);

describe("findDates", () => {
  test("a month glued to its day by a scrape ('January21, 2031') is a date", () => {
    expect(datesIn("On the morning of January21, 2031, the city named its firms.")).toMatchObject([
      { year: 2031, month: 1, day: 21 },
    ]);
  });

  test("'from October 13 to 15' is a range the year of which is left out", () => {
    expect(datesIn("The contest ran its finals from October 13 to 15 in Lake City.")).toMatchObject(
      [{ month: 10, day: 13, until: { month: 10, day: 15 } }],
    );
  });

  test("'on Monday' is a day of the week to resolve", () => {
    expect(datesIn("The two were given the award on Monday in Beijing.")).toMatchObject([
      { weekday: 1 },
    ]);
  });

  test("'on Monday, May 3' is read by its date, not as a weekday alone", () => {
    const dates = datesIn("The list came out on Monday, May 3, 2031.");
    expect(dates).toMatchObject([{ year: 2031, month: 5, day: 3 }]);
    expect(dates.some((d) => d.weekday !== undefined)).toBe(false);
  });
});

describe("weekdayOnOrBefore", () => {
  test.each([
    ["2031-06-25", 1, "2031-06-23"], // a Wednesday's story: Monday two days before
    ["2031-06-23", 1, "2031-06-23"], // a Monday's story: the same day
    ["2031-06-25", 4, "2031-06-19"], // Thursday: the week before
    ["2031-01-01", 0, "2030-12-29"], // across a year's end
  ])("%s, weekday %i -> %s", (iso, weekday, expected) => {
    expect(weekdayOnOrBefore(iso, weekday)).toBe(expected);
  });
});
