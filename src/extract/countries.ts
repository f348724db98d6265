// The world's countries by their English names, from i18n-iso-countries (ISO 3166, with the
// short forms people write: "South Korea", "Iran", "Vietnam"), lower-cased.
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);

let countryNames: ReadonlySet<string> | undefined;

/** The names, read from the package's English locale the first time a name is asked about. */
function names(): ReadonlySet<string> {
  if (!countryNames) {
    countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
    countryNames = new Set(
      Object.values(countries.getNames("en", { select: "all" }))
        .flat()
        // "Korea, Republic of" is a catalogue's order, not how a text names the country.
        .filter((name) => !name.includes(","))
        .map((name) => name.toLowerCase()),
    );
  }
  return countryNames;
}

/** Whether `lower` (lower case) is a country's English name: "india", "south korea". */
export function isCountryName(lower: string): boolean {
  return names().has(lower);
}

/**
 * Continents and the world regions texts name as often as countries ("North America", "Asia
 * Pacific", "Middle East"): no package keeps these as writers use them, so they are listed here.
 */
const WORLD_REGIONS = new Set([
  "africa",
  "america",
  "americas",
  "antarctica",
  "asia",
  "europe",
  "oceania",
  "north america",
  "south america",
  "central america",
  "latin america",
  "asia pacific",
  "asia-pacific",
  "middle east",
  "near east",
  "far east",
  "east asia",
  "southeast asia",
  "south asia",
  "central asia",
  "west asia",
  "western asia",
  "north africa",
  "west africa",
  "east africa",
  "southern africa",
  "sub-saharan africa",
  "western europe",
  "eastern europe",
  "northern europe",
  "southern europe",
  "central europe",
  "south pacific",
  "pacific islands",
  "caribbean",
  "scandinavia",
  "balkans",
]);

/** Whether `lower` (lower case) names a continent or a world region: "north america". */
export function isWorldRegion(lower: string): boolean {
  return WORLD_REGIONS.has(lower);
}

let nationalityWords: ReadonlySet<string> | undefined;

/**
 * Whether `lower` (lower case) is a country's adjective, "chinese", "pakistani", "laotian", from
 * i18n-nationality's English list (one per ISO country, kept beside i18n-iso-countries' names).
 */
export function isNationality(lower: string): boolean {
  nationalityWords ??= new Set(
    Object.values(
      (require("i18n-nationality/langs/en.json") as { nationalities: Record<string, string> })
        .nationalities,
    ).map((name) => name.toLowerCase()),
  );
  return nationalityWords.has(lower);
}

let countryCodes: ReadonlySet<string> | undefined;

/** Whether `code` is an ISO 3166 country code, two or three capitals ("CN", "CHN", "FRA"). */
export function isCountryCode(code: string): boolean {
  if (!countryCodes) {
    names();
    countryCodes = new Set([
      ...Object.keys(countries.getAlpha2Codes()),
      ...Object.keys(countries.getAlpha3Codes()),
    ]);
  }
  return countryCodes.has(code);
}

/** "U.S.", "P.R.C.": the letters of a country, dotted or not. */
const COUNTRY_INITIALS = new Set(["US", "UK", "PR", "PRC", "UN", "EU", "USA"]);

/** Whether dotted capitals ("U.S", "P.R.") are a country's letters, not a person's initials. */
export function isCountryInitials(written: string): boolean {
  return COUNTRY_INITIALS.has(written.replace(/\./g, ""));
}
