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
