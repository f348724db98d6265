// Keys, mirroring src/resolve/keys.ts: British and American spellings of one word link.
import { describe, expect, test } from "vitest";
import { alternativeKeys, nameKey } from "../src/resolve/index.ts";
import { link } from "./fixtures/linking/support.ts";

describe("British and American spellings link", () => {
  const org = (name: string) => nameKey("Organization", name);
  const linksTo = (name: string) => alternativeKeys("Organization", name);

  test.each([
    ["Tarn Environment Programme", "Tarn Environment Program"],
    ["Reedbank Science Centre", "Reedbank Science Center"],
    ["Hill Health Organisation", "Hill Health Organization"],
    ["Pine Grand Theatre", "Pine Grand Theater"],
    ["Lake Specialised Hospital", "Lake Specialized Hospital"],
    ["Tarn Harbour Authority", "Tarn Harbor Authority"],
  ])("'%s' = '%s'", (british, american) => {
    expect(linksTo(british)).toContain(org(american));
    // The key keeps the spelling the name was read in: it names the entity.
    expect(org(british)).not.toBe(org(american));
  });

  test("a name's key handed in gives the alternatives the name alone gives", () => {
    for (const name of ["Reedbank Science Centre", "Education Bureau of Tarn District"])
      expect(alternativeKeys("Organization", name, org(name))).toEqual(linksTo(name));
  });

  test("words that only look alike keep their own spelling", () => {
    expect(linksTo("Tarn Advertising Club")).toEqual([]);
    expect(linksTo("Promised Land Society")).toEqual([]);
    expect(linksTo("Tarn Hour Club")).toEqual([]);
  });

  test("one body written both ways in two announcements is one entity", () => {
    const { entity } = link({
      a: "News\n\nThe Reedbank Science Centre was named a national science popularization base.",
      b: "News\n\nVisitors to the Reedbank Science Center rose by a third.",
    });
    expect(entity("a", "Reedbank Science Centre")).toBe(entity("b", "Reedbank Science Center"));
  });
});

describe("a place's government and Party committee, as translators name them", () => {
  const org = (name: string) => nameKey("Organization", name);
  const links = (a: string, b: string) =>
    [org(a), ...alternativeKeys("Organization", a)].some((k) =>
      [org(b), ...alternativeKeys("Organization", b)].includes(k),
    );

  test.each([
    ["Shaoxing Municipal People's Government", "Shaoxing Municipal Government"],
    ["People's Government of Hunan Province", "Hunan Provincial Government"],
    ["Shaoxing local government", "Shaoxing municipal government"],
    ["CPC Shaoxing Municipal Committee", "Shaoxing Municipal Party Committee"],
    ["Education Department of Hunan Province", "Department of Education of Hunan Province"],
  ])("%s = %s", (a, b) => {
    expect(links(a, b)).toBe(true);
  });

  test("guard: a people's government of no place, and two places' governments, stay apart", () => {
    expect(links("Shaoxing Municipal People's Government", "Ningbo Municipal Government")).toBe(
      false,
    );
    expect(alternativeKeys("Organization", "Lotus People's Government Affairs Club")).toEqual([]);
  });
});

describe("a person's middle initials", () => {
  test("'Stephen C. Dunnow' is also 'Stephen Dunnow'; dotted initials alone are kept", () => {
    expect(alternativeKeys("Person", "Stephen C. Dunnow")).toEqual(["stephen dunnow"]);
    expect(alternativeKeys("Person", "J.G. Tan")).toEqual([]);
  });

  test("one person with and without the initial in two announcements is one entity", () => {
    const { entity } = link({
      a: "News\n\nStephen C. Dunnow was named director of the Tarn Institute.",
      b: "News\n\nStephen Dunnow opened the new hall of the Tarn Institute.",
    });
    expect(entity("a", "Stephen C. Dunnow")).toBe(entity("b", "Stephen Dunnow"));
  });
});
