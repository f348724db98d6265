// Conferrals in the quality report: predicted rows gathered per (recipient, honor), matched to the
// gold awards, attributes checked on the matches, and each miss given its cause.
import type { GoldAward, GoldDoc, GoldNamed } from "./gold.ts";
import { normaliseName, withoutTrailingIn, withoutTrailingPlace } from "./names.ts";

export interface PredictedEntity {
  iri: string;
  type: string;
  names: Set<string>;
}

export interface PredictedConferral {
  recipient: string;
  honor: string;
  issuers: Set<string>;
  date?: string;
  status?: string;
  cohortSize?: string;
}

/** Why a gold award has no predicted conferral: what of it was read at all. */
export const MISS_CAUSES = [
  "recipient and honor not read",
  "recipient not read",
  "honor not read",
  "honor read with other words",
  "both read, not paired",
] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

/** Why a predicted conferral matches no gold award: which of its two names the gold has. */
export const EXTRA_CAUSES = [
  "holder and honor not in the gold",
  "holder not in the gold",
  "honor not in the gold",
  "honor with other words",
  "gold holder and honor, not a gold pair",
] as const;
export type ExtraCause = (typeof EXTRA_CAUSES)[number];

export type Attributes = Record<string, { right: number; stated: number }>;

/** One announcement's gold and what was built for it. */
export class DocView {
  constructor(
    readonly doc: string,
    readonly gold: GoldDoc,
    readonly entities: Map<string, PredictedEntity>,
  ) {}

  namesOfEntity(iri: string): Set<string> {
    return this.entities.get(iri)?.names ?? new Set<string>();
  }

  /** A gold name with the aliases its organization entry gives it. */
  orgAliases(name: string): Set<string> {
    const n = normaliseName(name);
    const org = (this.gold.organizations ?? []).find((o) => namesOf(o).has(n));
    return org ? namesOf(org) : new Set([n]);
  }
}

export function namesOf(g: GoldNamed): Set<string> {
  return new Set([g.name, ...(g.aliases ?? [])].map(normaliseName));
}

/** One predicted conferral per (recipient, honor), issuers gathered from its rows. */
export function collectConferrals(
  rows: Array<Record<string, string>>,
  doc: string,
): Map<string, PredictedConferral> {
  const predicted = new Map<string, PredictedConferral>();
  for (const row of rows) {
    if (row.announcementId !== doc) continue;
    const key = `${row.recipient}|${row.honor}`;
    const entry = predicted.get(key) ?? {
      recipient: row.recipient as string,
      honor: row.honor as string,
      issuers: new Set<string>(),
    };
    if (row.issuer) entry.issuers.add(row.issuer);
    if (row.date) entry.date = row.date;
    if (row.status) entry.status = row.status;
    if (row.cohortSize) entry.cohortSize = row.cohortSize;
    predicted.set(key, entry);
  }
  return predicted;
}

type Pass = "primary" | "alternative" | "locative";
const PASSES: Pass[] = ["primary", "alternative", "locative"];

function recipientNames(view: DocView, award: GoldAward, pass: Pass): Set<string> {
  const recipients =
    pass === "primary"
      ? [award.recipient]
      : [award.recipient, ...(award.recipientAlternatives ?? [])];
  if (pass === "locative") recipients.push(...recipients.map(withoutTrailingPlace));
  return new Set(recipients.flatMap((r) => [...view.orgAliases(r)]));
}

/**
 * A gold honor's names, each also without its year: "Excellent Supplier Award in 2019" and "2016
 * Bus of the Year Award" name the honor of that year's edition, and the year is the conferral's date;
 * and each without a closing "list".
 */
function honorNames(award: GoldAward): Set<string> {
  const names = [award.honor, ...(award.honorAliases ?? [])].map(normaliseName);
  const plain = [...names, ...names.map(withoutYear).filter((n) => n !== "")];
  return new Set([...plain, ...plain.map(withoutListWord).filter((n) => n !== "")]);
}

/**
 * "China's top 100 towns list" -> "china top 100 town": being on a list is holding its title, and
 * annotators differ on whether the word "list" is part of the honor's name.
 */
export function withoutListWord(normalised: string): string {
  return /\S\s+\S+\s+list$/.test(normalised) ? normalised.replace(/\s+list$/, "") : normalised;
}

/** A normalised honor name without its years, and without an "in" a year leaves at its end. */
export function withoutYear(normalised: string): string {
  return normalised
    .split(" ")
    .filter((w) => !/^(?:19|20)\d{2}$/.test(w))
    .join(" ")
    .replace(/\s+in$/, "");
}

function predictedNames(view: DocView, iri: string, pass: Pass): string[] {
  const names = [...view.namesOfEntity(iri)];
  return pass === "locative" ? names.flatMap((n) => [n, withoutTrailingIn(n)]) : names;
}

/**
 * Gold awards to predicted conferrals, each used once. The gold recipient is tried first, then its
 * alternatives, so an alternative never steals a pair; last, a name with or without its trailing
 * place ("X Park in Yueyang" or "X Park"): annotators differ on that, and both name the same holder.
 */
export function matchAwards(
  view: DocView,
  predicted: Map<string, PredictedConferral>,
): Map<GoldAward, PredictedConferral> {
  const used = new Set<string>();
  const hits = new Map<GoldAward, PredictedConferral>();
  for (const pass of PASSES) {
    for (const award of view.gold.awards ?? []) {
      if (hits.has(award)) continue;
      const recipients = recipientNames(view, award, pass);
      const honors = honorNames(award);
      const hit = [...predicted.entries()].find(
        ([key, p]) =>
          !used.has(key) &&
          predictedNames(view, p.recipient, pass).some((n) => recipients.has(n)) &&
          [...view.namesOfEntity(p.honor)].some(
            (n) => honors.has(n) || honors.has(withoutListWord(n)),
          ),
      );
      if (hit) {
        hits.set(award, hit[1]);
        used.add(hit[0]);
      }
    }
  }
  return hits;
}

/** What of a missed award was read: its recipient, its honor (as written or with other words). */
export function missCause(view: DocView, award: GoldAward): MissCause {
  const entities = [...view.entities.values()];
  const recipients = recipientNames(view, award, "locative");
  const recipientRead = entities.some((e) =>
    predictedNames(view, e.iri, "locative").some((n) => recipients.has(n)),
  );
  const honors = honorNames(award);
  const honorRead = entities.some((e) => [...e.names].some((n) => honors.has(n)));
  if (!recipientRead && !honorRead) return "recipient and honor not read";
  if (!recipientRead) return "recipient not read";
  if (honorRead) return "both read, not paired";
  const overlaps = entities
    .filter((e) => e.type === "Honor")
    .some((e) => [...e.names].some((n) => sharesWords(honors, n)));
  return overlaps ? "honor read with other words" : "honor not read";
}

/** Whether some gold honor has all of `name`'s words, or `name` all of its words. */
function sharesWords(golds: Set<string>, name: string): boolean {
  const words = name.split(" ");
  return [...golds].some((gold) => {
    const goldWords = gold.split(" ");
    return words.every((w) => goldWords.includes(w)) || goldWords.every((w) => words.includes(w));
  });
}

/** What of a spurious conferral the gold knows: its holder, its honor (as written or in part). */
export function extraCause(view: DocView, p: PredictedConferral): ExtraCause {
  const awards = view.gold.awards ?? [];
  const holders = new Set(awards.flatMap((a) => [...recipientNames(view, a, "locative")]));
  const holderKnown = predictedNames(view, p.recipient, "locative").some((n) => holders.has(n));
  const honors = new Set(awards.flatMap((a) => [...honorNames(a)]));
  const honorNamesRead = [...view.namesOfEntity(p.honor)];
  const honorKnown = honorNamesRead.some((n) => honors.has(n));
  const honorInPart = !honorKnown && honorNamesRead.some((n) => sharesWords(honors, n));
  if (!holderKnown)
    return honorKnown || honorInPart
      ? "holder not in the gold"
      : "holder and honor not in the gold";
  if (honorKnown) return "gold holder and honor, not a gold pair";
  return honorInPart ? "honor with other words" : "honor not in the gold";
}

/** Whether two dates agree to the coarser of their precisions ("2023-11" and "2023-11-04"). */
export function sameAtCoarser(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(`${short}-`);
}

/** Counts one attribute where the gold states it, with no detail line. */
function attributeOnly(
  a: { right: number; stated: number } | undefined,
  stated: boolean,
  right: boolean,
) {
  if (!a || !stated) return;
  a.stated++;
  if (right) a.right++;
}

/** Issuers, date, status and cohort size of a matched conferral, where the gold states them. */
export function checkAttributes(
  view: DocView,
  award: GoldAward,
  p: PredictedConferral,
  attributes: Attributes,
  details: string[],
): { issuerTp: number; issuerFp: number; issuerFn: number } {
  const goldIssuers = award.issuers ?? [];
  const matchedIssuers = new Set<string>();
  for (const issuer of goldIssuers) {
    const names = view.orgAliases(issuer);
    const found = [...p.issuers].find(
      (i) => !matchedIssuers.has(i) && [...view.namesOfEntity(i)].some((n) => names.has(n)),
    );
    if (found) matchedIssuers.add(found);
  }
  const issuerTp = matchedIssuers.size;
  const check = (name: string, stated: boolean, right: boolean, got: unknown, want: unknown) => {
    attributeOnly(attributes[name], stated, right);
    if (stated && !right)
      details.push(
        `${view.doc} conferral ${award.recipient} <= ${award.honor}: ${name} ${JSON.stringify(got)}, gold ${JSON.stringify(want)}`,
      );
  };
  check(
    "issuers",
    goldIssuers.length > 0,
    issuerTp === goldIssuers.length && p.issuers.size === goldIssuers.length,
    [...p.issuers],
    goldIssuers,
  );
  check("date", !!award.date, p.date === award.date, p.date, award.date);
  // "2023-11-04" against the gold's "2023-11", or "2012" against "2012-12-12": the same date told
  // to another precision. Reported beside the exact figure, which stays the measure.
  attributeOnly(attributes.dateCoarser, !!award.date, sameAtCoarser(p.date, award.date));
  check("status", !!award.status, p.status === award.status, p.status, award.status);
  check(
    "cohortSize",
    award.cohortSize !== undefined,
    p.cohortSize !== undefined && Number(p.cohortSize) === award.cohortSize,
    p.cohortSize,
    award.cohortSize,
  );
  return {
    issuerTp,
    issuerFp: p.issuers.size - issuerTp,
    issuerFn: goldIssuers.length - issuerTp,
  };
}
