// Undoes mojibake that survives in aggregator copies (GBK or cp1252 bytes read as Latin-1).
// Runs before the text is stored, so evidence offsets always point into the repaired text.

const MOJIBAKE: Array<[string, string]> = [
  // GBK punctuation decoded as Latin-1.
  ["¡¯", "\u2019"],
  ["¡®", "\u2018"],
  ["¡°", "\u201C"],
  ["¡±", "\u201D"],
  ["¡ª", "\u2014"],
  ["¡¢", "\u3001"],
  ["¡­", "\u2026"],
  ["¡¤", "\u00B7"],
  // UTF-8 decoded as cp1252.
  ["â€™", "\u2019"],
  ["â€˜", "\u2018"],
  ["â€œ", "\u201C"],
  ["â€\u009D", "\u201D"],
  ["â€", "\u201D"],
  ["â€“", "\u2013"],
  ["â€”", "\u2014"],
  ["Â\u00A0", "\u00A0"],
];

const MOJIBAKE_PATTERN = new RegExp(
  MOJIBAKE.map(([bad]) => bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
  "g",
);
const REPLACEMENTS = new Map(MOJIBAKE);

export function repairText(text: string): string {
  return text.replace(MOJIBAKE_PATTERN, (bad) => REPLACEMENTS.get(bad) ?? bad);
}
