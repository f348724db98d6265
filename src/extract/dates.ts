// Dates as the genre writes them: absolute, partial ("On November 29"), relative ("Yesterday"),
// years, and ranges ("December 26 to December 30, 2022"). Values are ISO 8601, possibly partial.

export interface DateMention {
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD; for partial dates the year is missing until resolved. */
  year?: number;
  month?: number;
  day?: number;
  relative?: "yesterday" | "today" | "this-year";
  /** "on Monday": the day of the week (0 for Sunday), resolved against the publication date. */
  weekday?: number;
  /** Second end of a range. */
  until?: { year?: number; month?: number; day?: number };
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
/** A month's name or abbreviation, as one group ("Dec.", "September"). */
export const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
/** The labels a page writes before its own date: "Updated:", "Release time:", "Posted". */
export const DATE_LABEL = String.raw`(?:updated|time|date|publishing\s+time|release\s+time|released?\s+on|published|posted|last\s+modified\s+on)`;
const YEAR = "((?:19|20)\\d{2})";

const PATTERNS: Array<{
  re: RegExp;
  read: (m: RegExpExecArray) => Omit<DateMention, "start" | "end">;
  /** The pattern cannot match without a digit (text with none skips it). */
  digit?: boolean;
}> = [
  // December 26 to December 30, 2022 / December 26-30, 2022
  {
    re: new RegExp(
      `\\b${MONTH} ${DAY}(?:, ${YEAR})? *(?:to|-|until|till|through) *(?:${MONTH} )?${DAY},? ${YEAR}\\b`,
      "g",
    ),
    read: (m) => ({
      year: Number(m[3] ?? m[6]),
      month: month(m[1]),
      day: Number(m[2]),
      until: { year: Number(m[6]), month: m[4] ? month(m[4]) : month(m[1]), day: Number(m[5]) },
    }),
    digit: true,
  },
  // "from October 13 to 15", "on March 24-25": a range the year of which the text leaves out
  {
    re: new RegExp(
      `\\b${MONTH} ${DAY} *(?:to|-|until|till|through) *(?:${MONTH} )?${DAY}\\b(?!,? ?(?:19|20)\\d{2})`,
      "g",
    ),
    read: (m) => ({
      month: month(m[1]),
      day: Number(m[2]),
      until: { month: m[3] ? month(m[3]) : month(m[1]), day: Number(m[4]) },
    }),
    digit: true,
  },
  // 2022-12-26 / 2022/12/26 / 2022.12.26
  {
    re: /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
    digit: true,
  },
  // December 26, 2022 / Dec. 26 2022 / December 26 / January21, 2022 (glued by a scrape)
  {
    re: new RegExp(`\\b${MONTH} ?${DAY}(?:(?:,| ) ?${YEAR})?\\b`, "g"),
    read: (m) => ({
      month: month(m[1]),
      day: Number(m[2]),
      ...(m[3] ? { year: Number(m[3]) } : {}),
    }),
    digit: true,
  },
  // 26 December 2022 / on 8 November / 27th April
  {
    re: new RegExp(`\\b${DAY} ${MONTH}(?:,? ${YEAR})?\\b`, "g"),
    read: (m) => ({
      day: Number(m[1]),
      month: month(m[2]),
      ...(m[3] ? { year: Number(m[3]) } : {}),
    }),
    digit: true,
  },
  // in May 2021 / on March, 2017 / May this year / in May
  {
    re: new RegExp(
      `\\b(?:in|on|since|from|by|early|late|mid|end of|until) ${MONTH}(?:,? ${YEAR}| (this year))?\\b`,
      "gi",
    ),
    read: (m) => ({
      month: month(m[1]),
      ...(m[2] ? { year: Number(m[2]) } : {}),
      ...(m[3] ? { relative: "this-year" as const } : {}),
    }),
  },
  // in the 2022 annual assessment
  {
    re: /\bin the ((?:19|20)\d{2})\b(?!\s*-)/gi,
    read: (m) => ({ year: Number(m[1]) }),
    digit: true,
  },
  // "have held (shared) the title since 2018": when the holding began, not "contributions since 2016"
  {
    re: /\b(?:held|shared|kept|retained|had)\s+(?:the|this|that|such)\s+(?:title|honou?r|status|designation|award)\s+since ((?:19|20)\d{2})\b/gi,
    read: (m) => ({ year: Number(m[1]) }),
    digit: true,
  },
  // in 2018
  {
    re: /\b(?:in|of|during|year) ((?:19|20)\d{2})\b(?![-/]\d)/gi,
    read: (m) => ({ year: Number(m[1]) }),
    digit: true,
  },
  // on the evening of the 4th / on the morning of 4th / on the 4th, (the month and year are the
  // publication's)
  {
    re: /\bon the (?:(?:morning|afternoon|evening|night) of (?:the )?(\d{1,2})(?:st|nd|rd|th)\b|(\d{1,2})(?:st|nd|rd|th)(?=\s*[,.;]|\s+(?:in|at)\s))/gi,
    read: (m) => ({ day: Number(m[1] ?? m[2]) }),
    digit: true,
  },
  // "were presented with the award on Monday": news names the days of its own week that way
  {
    re: /\bon (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!,? (?:\d|the \d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/g,
    read: (m) => ({ weekday: WEEKDAYS.indexOf(m[1] as string) }),
  },
  {
    re: /\bthis year\b/gi,
    read: () => ({ relative: "this-year" as const }),
  },
  {
    re: /\b(yesterday|today)\b/gi,
    read: (m) => ({ relative: (m[1] as string).toLowerCase() as "yesterday" | "today" }),
  },
];

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The latest `weekday` (0 for Sunday) on or before an ISO date. */
export function weekdayOnOrBefore(iso: string, weekday: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return shiftDate(iso, -((date.getUTCDay() - weekday + 7) % 7));
}

/** 1-12 for a month's name or abbreviation ("Sept.", "december"); 0 for anything else. */
export function month(name: string | undefined): number {
  return MONTHS[(name ?? "").toLowerCase().replace(".", "")] ?? 0;
}

const DIGIT = /\d/;

/** Finds date expressions in view[start..end); earlier patterns win where they overlap. */
export function findDates(view: string, start: number, end: number): DateMention[] {
  const text = view.slice(start, end);
  const found: DateMention[] = [];
  const digits = DIGIT.test(text);
  for (const { re, read, digit } of PATTERNS) {
    if (digit && !digits) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (found.some((d) => d.start < e && s < d.end)) continue;
      const value = read(m);
      if (value.month !== undefined && (value.month < 1 || value.month > 12)) continue;
      if (value.day !== undefined && (value.day < 1 || value.day > 31)) continue;
      found.push({ start: s, end: e, ...value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function formatDate(parts: {
  year?: number;
  month?: number;
  day?: number;
}): string | undefined {
  if (parts.year === undefined) return undefined;
  const y = String(parts.year).padStart(4, "0");
  if (parts.month === undefined) return y;
  const m = String(parts.month).padStart(2, "0");
  if (parts.day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(parts.day).padStart(2, "0")}`;
}

/** Shifts an ISO date by days (for "yesterday"). */
export function shiftDate(iso: string, days: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const YEAR_IN_TEXT = /(?<![\d.])((?:19|20)\d{2})(?!\d)/g;

/** Years written anywhere in a span: "2022", "2021-2025", "[2020]". */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  YEAR_IN_TEXT.lastIndex = 0;
  for (let m = YEAR_IN_TEXT.exec(text); m; m = YEAR_IN_TEXT.exec(text)) years.push(Number(m[1]));
  return years;
}
