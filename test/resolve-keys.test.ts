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
