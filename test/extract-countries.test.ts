import { describe, expect, test } from "vitest";
import { isCountryName } from "../src/extract/countries.ts";

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
