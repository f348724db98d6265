// Canonical keys: two names with the same key denote the same thing. Keys drop what varies between
// renderings (case, "the", "&", plurals, hyphens, "Municipal" after a city, popular-science wording)
// and keep what tells bodies apart (places, levels, head nouns).
import { CITIES, isPlaceName, PROVINCES, singular } from "../extract/lexicon.ts";
import type { EntityType } from "../types.ts";

const DROP = new Set(["the", "a", "an"]);

/** Lower-case words of a name with spelling variants unified. */
export function canonicalWords(name: string): string[] {
  const text = name
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/["\u201C\u201D]/g, " ")
    .replace(/&/g, " and ")
    .replace(/'s\b/g, "")
    .replace(/[-_/·•]+/g, " ")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(
      /\b(?:popular science|scientific popularization|scientific popularisation|science popularisation|science popularization|sci-tech popularization|science polarization)\b/g,
      "science popularization",
    );
  return text
    .split(/\s+/)
    .filter((w) => w && !DROP.has(w) && w !== "'")
    .map((w) => singular(w.replace(/^'+|'+$/g, "")));
}

/** Words that only mark a city body as municipal once the city is named. */
function dropRedundantMunicipal(words: string[]): string[] {
  const hasPlace = words.some((w) => CITIES.has(w) || PROVINCES.has(w));
  if (!hasPlace) return words;
  return words.filter(
    (w, i) =>
      !(
        (w === "municipal" || w === "city" || w === "provincial" || w === "province") &&
        i > 0 &&
        isPlaceName(words[i - 1] as string)
      ),
  );
}

export function nameKey(type: EntityType, name: string): string {
  let words = canonicalWords(name);
  if (type === "Organization" || type === "IssuingBody") {
    words = dropRedundantMunicipal(words);
    // "Propaganda Department of Central Committee" = "... of the CPC Central Committee" is an authority matter.
  }
  if (type === "Honor") {
    words = words.filter((w) => w !== "honorary" && w !== "title");
    if (words[words.length - 1] === "award" && words.length > 3) words = words.slice(0, -1);
    if (words[0] === "china" || words[0] === "chinese") words[0] = "national";
  }
  if (type === "Program") {
    // "National Popular Science Day of 2022" is the Day; "14th five-year" is the plan.
    while (
      words.length > 2 &&
      /^(?:19|20)\d{2}$/.test(words[words.length - 1] as string) &&
      words[words.length - 2] === "of"
    )
      words = words.slice(0, -2);
    if (
      /^\d+(?:st|nd|rd|th)$/.test(words[0] ?? "") &&
      words[1] === "five" &&
      words[2] === "year" &&
      words.length === 3
    )
      words.push("plan");
    if (words[0] === "china" || words[0] === "chinese") words[0] = "national";
  }
  return words.join(" ");
}

/** True when a name has nothing (place, proper noun, level) that makes it unique on its own. */
export function isGenericKey(key: string): boolean {
  const words = key.split(" ");
  if (
    words.some(
      (w) =>
        w === "national" ||
        w === "china" ||
        w === "chinese" ||
        w === "state" ||
        w === "ministry" ||
        w === "central" ||
        isPlaceName(w),
    )
  )
    return false;
  return words.every((w) => GENERIC_VOCABULARY.has(w));
}

const GENERIC_VOCABULARY = new Set(
  (
    "of for and in on at to with education bureau science technology innovation association department " +
    "committee commission office center centre institute school hospital museum university college " +
    "academy society base laboratory lab park library station culture tourism health popularization " +
    "municipal district provincial county city local general party leading group branch administration " +
    "management service development research public security information industry commerce finance " +
    "agriculture rural affair resource natural environment ecology ecological emergency water transport " +
    "housing urban construction civil sport youth league women federation union people people's government " +
    "council political legal propaganda publicity organization personnel human social security veteran " +
    "market regulation supervision audit statistic tax medical insurance planning experimental middle " +
    "primary high senior junior secondary kindergarten central chamber team working expert"
  ).split(" "),
);

/** IRI path segment for a type. */
export function typeSegment(type: EntityType): string {
  switch (type) {
    case "Organization":
    case "IssuingBody":
      return "org";
    case "Person":
      return "person";
    case "Program":
      return "program";
    case "Honor":
      return "honor";
    case "Document":
      return "document";
    case "Event":
      return "event";
    case "Place":
      return "place";
  }
}
