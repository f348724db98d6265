// **eval** scores a built graph against a gold file (schema of data/gold/seeds.json), through the
// same named queries users run: queries/conferrals.rq and queries/mentions.rq.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { LaurelError } from "../errors.ts";
import { prepareQuery, selectBindings } from "../query/index.ts";
import type { LaurelStore } from "../store/index.ts";
import { writeFileAtomic } from "../util/fs.ts";

export interface GoldNamed {
  name: string;
  aliases?: string[];
}

export interface GoldAward {
  recipient: string;
  recipientAlternatives?: string[];
  honor: string;
  honorAliases?: string[];
  issuers?: string[];
  issuersImplied?: boolean;
  date?: string;
  status?: string;
  cohortSize?: number;
  batch?: string;
}

export interface GoldDoc {
  organizations?: GoldNamed[];
  programs?: GoldNamed[];
  people?: Array<{ name: string; roles?: string[]; org?: string }>;
  awards?: GoldAward[];
}

export interface Gold {
  docs: Record<string, GoldDoc>;
  crossDocument?: {
    same?: Array<{ entity: string; mentions: Array<[string, string]> }>;
    distinct?: Array<[[string, string], [string, string]]>;
  };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  categories: Record<string, Score>;
  /** Attribute accuracy on matched conferrals where gold states the attribute. */
  attributes: Record<string, { right: number; stated: number }>;
  linking: {
    right: number;
    total: number;
    /** The clusters and pairs whose every mention was extracted: linking's own figure. */
    extractedRight: number;
    extractedTotal: number;
    failures: string[];
  };
  /** Per announcement: what was missed (FN) and what was extra (FP). */
  details: string[];
}

/** Name normalisation for matching: case, quotes, punctuation, "the", "&", plural "s". */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019\u201C\u201D"'`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((w) => w && w !== "the")
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .join(" ");
}

const TRAILING_PLACE =
  /^(.+?\s\S+)\s+(?:in\s+(?:[A-Z][\w'\u2019-]*\s*){1,4}|of\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:City|County|District|Province|Town|Township|Prefecture|Region))$/;

/** "Quyuan Cultural Park in Yueyang" -> "Quyuan Cultural Park"; the name itself when no place trails it. */
export function withoutTrailingPlace(name: string): string {
  return TRAILING_PLACE.exec(name.trim())?.[1] ?? name;
}

/** The same on a normalised name, for " in " only: "quyuan cultural park in yueyang". */
function withoutTrailingIn(normalised: string): string {
  return /^(\S+\s\S+.*?)\s+in(?:\s\S+){1,4}$/.exec(normalised)?.[1] ?? normalised;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const QUERIES_DIR = fileURLToPath(new URL("../../queries/", import.meta.url));

async function runNamedQuery(
  store: LaurelStore,
  name: string,
): Promise<Array<Record<string, string>>> {
  const text = await readFile(`${QUERIES_DIR}${name}`, "utf8");
  const bindings = selectBindings(store, prepareQuery(text, { source: name }));
  return bindings.rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.value])),
  );
}

interface PredictedEntity {
  iri: string;
  type: string;
  names: Set<string>;
}

export async function loadGold(path: string): Promise<Gold> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new LaurelError("missing-gold", `cannot read gold file ${path}`, { cause: error });
  }
  try {
    const gold = JSON.parse(text) as Gold;
    if (!gold.docs || typeof gold.docs !== "object") throw new Error("no 'docs' object");
    return gold;
  } catch (error) {
    throw new LaurelError("bad-gold", `${path} is not a gold file (${(error as Error).message})`, {
      cause: error,
    });
  }
}

export async function evaluate(store: LaurelStore, gold: Gold): Promise<EvalReport> {
  const mentions = await runNamedQuery(store, "mentions.rq");
  const conferrals = await runNamedQuery(store, "conferrals.rq");
  // Entities per announcement with every name they go by there.
  const byDoc = new Map<string, Map<string, PredictedEntity>>();
  const surfaceIndex = new Map<string, Set<string>>();
  for (const row of mentions) {
    const doc = row.announcementId as string;
    const entities = byDoc.get(doc) ?? new Map<string, PredictedEntity>();
    byDoc.set(doc, entities);
    const entity = entities.get(row.entity as string) ?? {
      iri: row.entity as string,
      type: row.type as string,
      names: new Set<string>(),
    };
    entity.names.add(normaliseName(row.label as string));
    entity.names.add(normaliseName(row.surface as string));
    entities.set(entity.iri, entity);
    // A gold mention may be written as the surface or as the resolved name ("Education Bureau of X District").
    for (const name of [row.surface as string, row.label as string]) {
      const key = `${doc}\u0000${normaliseName(name)}`;
      const set = surfaceIndex.get(key) ?? new Set<string>();
      set.add(row.entity as string);
      surfaceIndex.set(key, set);
    }
  }
  const totals: Record<string, [number, number, number]> = {
    organizations: [0, 0, 0],
    people: [0, 0, 0],
    programmes: [0, 0, 0],
    conferrals: [0, 0, 0],
    "conferral issuers": [0, 0, 0],
  };
  const attributes: EvalReport["attributes"] = {
    issuers: { right: 0, stated: 0 },
    date: { right: 0, stated: 0 },
    status: { right: 0, stated: 0 },
    cohortSize: { right: 0, stated: 0 },
  };
  const details: string[] = [];
  const add = (category: string, tp: number, fp: number, fn: number) => {
    const t = totals[category] as [number, number, number];
    t[0] += tp;
    t[1] += fp;
    t[2] += fn;
  };
  const docIds = [...new Set([...Object.keys(gold.docs), ...byDoc.keys()])]
    .filter((id) => id in gold.docs)
    .sort();
  for (const doc of docIds) {
    const goldDoc = gold.docs[doc] as GoldDoc;
    const entities = [...(byDoc.get(doc)?.values() ?? [])];
    const namesOf = (g: GoldNamed) => new Set([g.name, ...(g.aliases ?? [])].map(normaliseName));
    const matchSet = (goldItems: GoldNamed[], predicted: PredictedEntity[], category = "") => {
      const used = new Set<string>();
      const matched = new Set<GoldNamed>();
      // Primary names first, then aliases, so an alias never takes the entity the name itself denotes.
      for (const pass of ["name", "alias"] as const) {
        for (const g of goldItems) {
          if (matched.has(g)) continue;
          const names = pass === "name" ? new Set([normaliseName(g.name)]) : namesOf(g);
          const hit = predicted.find(
            (p) => !used.has(p.iri) && [...p.names].some((n) => names.has(n)),
          );
          if (hit) {
            used.add(hit.iri);
            matched.add(g);
          }
        }
      }
      const tp = matched.size;
      for (const g of goldItems)
        if (!matched.has(g)) details.push(`${doc} ${category} missed: ${g.name}`);
      for (const p of predicted)
        if (!used.has(p.iri))
          details.push(`${doc} ${category} extra: ${[...p.names][0]} <${p.iri}>`);
      return {
        tp,
        fp: predicted.filter((p) => !used.has(p.iri)).length,
        fn: goldItems.length - tp,
      };
    };
    const orgs = matchSet(
      goldDoc.organizations ?? [],
      entities.filter((e) => e.type === "Organization" || e.type === "IssuingBody"),
      "organization",
    );
    add("organizations", orgs.tp, orgs.fp, orgs.fn);
    const people = matchSet(
      (goldDoc.people ?? []).map((p) => ({ name: p.name })),
      entities.filter((e) => e.type === "Person"),
      "person",
    );
    add("people", people.tp, people.fp, people.fn);
    const programmes = matchSet(
      goldDoc.programs ?? [],
      entities.filter((e) => e.type === "Program"),
      "programme",
    );
    add("programmes", programmes.tp, programmes.fp, programmes.fn);

    // Conferrals: one predicted per (recipient, honor), issuers gathered from its rows.
    const predicted = new Map<
      string,
      {
        recipient: string;
        honor: string;
        issuers: Set<string>;
        date?: string;
        status?: string;
        cohortSize?: string;
      }
    >();
    for (const row of conferrals.filter((r) => r.announcementId === doc)) {
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
    const entityNames = (iri: string) => byDoc.get(doc)?.get(iri)?.names ?? new Set<string>();
    const orgAliases = (name: string) => {
      const n = normaliseName(name);
      const org = (goldDoc.organizations ?? []).find((o) => namesOf(o).has(n));
      return org ? namesOf(org) : new Set([n]);
    };
    const used = new Set<string>();
    let tp = 0;
    const awards = goldDoc.awards ?? [];
    // Match on the gold recipient first, then on its alternatives, so an alternative never steals a pair.
    const hits = new Map<
      GoldAward,
      [string, typeof predicted extends Map<string, infer V> ? V : never]
    >();
    // Last, a name with or without its trailing place ("X Park in Yueyang" or "X Park"): annotators
    // differ on that, and both name the same holder.
    for (const pass of ["primary", "alternative", "locative"] as const) {
      for (const award of awards) {
        if (hits.has(award)) continue;
        const recipients =
          pass === "primary"
            ? [award.recipient]
            : [award.recipient, ...(award.recipientAlternatives ?? [])];
        if (pass === "locative") recipients.push(...recipients.map(withoutTrailingPlace));
        const recipientNames = new Set(recipients.flatMap((r) => [...orgAliases(r)]));
        const honorNames = new Set([award.honor, ...(award.honorAliases ?? [])].map(normaliseName));
        const predictedNames = (iri: string) =>
          pass === "locative"
            ? [...entityNames(iri)].flatMap((n) => [n, withoutTrailingIn(n)])
            : [...entityNames(iri)];
        const hit = [...predicted.entries()].find(
          ([key, p]) =>
            !used.has(key) &&
            predictedNames(p.recipient).some((n) => recipientNames.has(n)) &&
            [...entityNames(p.honor)].some((n) => honorNames.has(n)),
        );
        if (hit) {
          hits.set(award, hit);
          used.add(hit[0]);
        }
      }
    }
    for (const award of awards) {
      const hit = hits.get(award);
      if (!hit) {
        details.push(`${doc} conferral missed: ${award.recipient} <= ${award.honor}`);
        continue;
      }

      tp++;
      const p = hit[1];
      const goldIssuers = award.issuers ?? [];
      let issuerTp = 0;
      const matchedIssuers = new Set<string>();
      for (const issuer of goldIssuers) {
        const names = orgAliases(issuer);
        const found = [...p.issuers].find(
          (i) => !matchedIssuers.has(i) && [...entityNames(i)].some((n) => names.has(n)),
        );
        if (found) {
          matchedIssuers.add(found);
          issuerTp++;
        }
      }
      add("conferral issuers", issuerTp, p.issuers.size - issuerTp, goldIssuers.length - issuerTp);
      const check = (
        name: "issuers" | "date" | "status" | "cohortSize",
        stated: boolean,
        right: boolean,
        got: unknown,
        want: unknown,
      ) => {
        if (!stated) return;
        const a = attributes[name] as { right: number; stated: number };
        a.stated++;
        if (right) a.right++;
        else
          details.push(
            `${doc} conferral ${award.recipient} <= ${award.honor}: ${name} ${JSON.stringify(got)}, gold ${JSON.stringify(want)}`,
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
      check("status", !!award.status, p.status === award.status, p.status, award.status);
      check(
        "cohortSize",
        award.cohortSize !== undefined,
        p.cohortSize !== undefined && Number(p.cohortSize) === award.cohortSize,
        p.cohortSize,
        award.cohortSize,
      );
    }
    for (const [key, p] of predicted)
      if (!used.has(key))
        details.push(
          `${doc} conferral extra: ${[...entityNames(p.recipient)][0]} <= ${[...entityNames(p.honor)][0]}`,
        );
    add("conferrals", tp, predicted.size - tp, (goldDoc.awards ?? []).length - tp);
  }

  // Linking: same clusters end as one entity, distinct pairs as two.
  const linking = {
    right: 0,
    total: 0,
    extractedRight: 0,
    extractedTotal: 0,
    failures: [] as string[],
  };
  const entitiesFor = (doc: string, surface: string) =>
    surfaceIndex.get(`${doc}\u0000${normaliseName(surface)}`) ?? new Set<string>();
  for (const cluster of gold.crossDocument?.same ?? []) {
    linking.total++;
    const sets = cluster.mentions.map(([doc, surface]) => entitiesFor(doc, surface));
    const common = sets.reduce<Set<string> | undefined>((acc, s) => {
      if (acc === undefined) return new Set(s);
      for (const x of acc) if (!s.has(x)) acc.delete(x);
      return acc;
    }, undefined);
    const extracted = sets.every((s) => s.size > 0);
    if (extracted) linking.extractedTotal++;
    if (extracted && common && common.size > 0) {
      linking.right++;
      linking.extractedRight++;
    } else
      linking.failures.push(
        `same: ${cluster.entity} (${cluster.mentions.map(([d, s]) => `${d}:"${s}"=${[...entitiesFor(d, s)].join("/") || "missing"}`).join(", ")})`,
      );
  }
  for (const [[docA, a], [docB, b]] of gold.crossDocument?.distinct ?? []) {
    linking.total++;
    const ea = entitiesFor(docA, a);
    const eb = entitiesFor(docB, b);
    const extracted = ea.size > 0 && eb.size > 0;
    if (extracted) linking.extractedTotal++;
    if (extracted && ![...ea].some((x) => eb.has(x))) {
      linking.right++;
      linking.extractedRight++;
    } else
      linking.failures.push(
        `distinct: "${a}" (${docA}) vs "${b}" (${docB})${ea.size === 0 || eb.size === 0 ? " [a mention is missing]" : " [merged]"}`,
      );
  }
  const categories: Record<string, Score> = {};
  for (const [name, [tp, fp, fn]] of Object.entries(totals)) categories[name] = score(tp, fp, fn);
  return { categories, attributes, linking, details };
}

export function formatEvalReport(report: EvalReport, verbose = false): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    "category            precision  recall  F1     TP  FP  FN",
    "------------------  ---------  ------  -----  --  --  --",
  ];
  for (const [name, s] of Object.entries(report.categories)) {
    lines.push(
      `${name.padEnd(18)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  ${String(s.tp).padStart(2)}  ${String(s.fp).padStart(2)}  ${String(s.fn).padStart(2)}`,
    );
  }
  lines.push("", "conferral attributes (on matched conferrals where the gold states them)");
  for (const [name, a] of Object.entries(report.attributes)) {
    lines.push(`  ${name.padEnd(12)} ${a.right}/${a.stated} right`);
  }
  lines.push(
    "",
    `linking: ${report.linking.right}/${report.linking.total} same-clusters and distinct pairs right`,
    `  of those whose every mention was extracted: ${report.linking.extractedRight}/${report.linking.extractedTotal}`,
  );
  for (const failure of report.linking.failures) lines.push(`  ${failure}`);
  if (verbose) lines.push("", "details:", ...report.details.map((d) => `  ${d}`));
  return `${lines.join("\n")}\n`;
}

/**
 * Error analysis in files: DIR/ANNOUNCEMENT.txt lists what was missed and what was extra there,
 * and DIR/SUMMARY.txt the report without the details. Files are written whole (temp + rename).
 */
export async function writeEvalDetails(report: EvalReport, dir: string): Promise<void> {
  const byDoc = new Map<string, string[]>();
  for (const line of report.details) {
    const [doc, ...rest] = line.split(" ");
    if (!doc) continue;
    const lines = byDoc.get(doc) ?? [];
    lines.push(rest.join(" "));
    byDoc.set(doc, lines);
  }
  for (const [doc, lines] of [...byDoc].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const safe = doc.replace(/[^\w.-]+/g, "_");
    await writeFileAtomic(`${dir}/${safe}.txt`, `${lines.sort().join("\n")}\n`);
  }
  await writeFileAtomic(`${dir}/SUMMARY.txt`, formatEvalReport(report, false));
}
