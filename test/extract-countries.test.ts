import { describe, expect, test } from "vitest";
import {
  isCountryCode,
  isCountryName,
  isNationality,
  isWorldRegion,
} from "../src/extract/countries.ts";
import { extractFacts } from "../src/extract/index.ts";
import { announcementOf } from "./support/extract-cases.ts";

describe("country names", () => {
  test.each(["india", "south korea", "iran", "vietnam", "united kingdom"])(
    "%s is a country",
    (name) => {
      expect(isCountryName(name)).toBe(true);
    },
  );

  test.each(["korea, republic of", "beijing", "india's", "tarnland", ""])("%s is not", (name) => {
    expect(isCountryName(name)).toBe(false);
  });
});

describe("country codes and adjectives", () => {
  test.each(["CN", "CHN", "FRA", "BR"])("%s is a country's code", (code) => {
    expect(isCountryCode(code)).toBe(true);
  });

  test.each(["CAS", "XYZ", "cn", ""])("%s is not", (code) => {
    expect(isCountryCode(code)).toBe(false);
  });

  test.each(["chinese", "pakistani", "laotian", "russian"])(
    "%s is a country's adjective",
    (word) => {
      expect(isNationality(word)).toBe(true);
    },
  );

  test.each(["china", "tarnish", "provincial", ""])("%s is not", (word) => {
    expect(isNationality(word)).toBe(false);
  });
});

describe("world regions", () => {
  test.each(["north america", "asia pacific", "middle east", "latin america"])(
    "%s is a region",
    (name) => {
      expect(isWorldRegion(name)).toBe(true);
    },
  );

  test.each(["north korea", "tarnland", "asia pacific regional", ""])("%s is not", (name) => {
    expect(isWorldRegion(name)).toBe(false);
  });
});

describe("countries are no people", () => {
  test("'North Korea', a surname and a word of pinyin in shape, is a country", () => {
    const text = "Port News\n\nShips leave the harbour for North Korea and Vietnam every week.";
    const people = extractFacts(announcementOf(text)).mentions.filter((m) => m.kind === "Person");
    expect(people.map((m) => m.name)).not.toContain("North Korea");
  });

  test.each(["North America", "Asia Pacific", "Latin America"])(
    "'%s', words that look like a given name and a surname, is a region",
    (region) => {
      const text = `Airport Awards\n\nThe best airport in ${region} was Tarn Field, and Gu Lan, a scholar from ${region}, spoke.`;
      const people = extractFacts(announcementOf(text)).mentions.filter((m) => m.kind === "Person");
      expect(people.map((m) => m.name)).toEqual(["Gu Lan"]);
    },
  );
});
