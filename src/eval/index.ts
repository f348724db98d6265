// **eval** scores a built graph against a gold file (schema of data/gold/seeds.json), through the
// same named queries users run: queries/conferrals.rq and queries/mentions.rq.

import { readFile } from "node:fs/promises";
import { prepareQuery, selectBindings } from "../query/index.ts";
import type { LaurelStore } from "../store/index.ts";
import { writeFileAtomic } from "../util/fs.ts";
import { packagePath } from "../util/paths.ts";
import {
  type Attributes,
  checkAttributes,
  collectConferrals,
  DocView,
  EXTRA_CAUSES,
  type ExtraCause,
  extraCause,
  MISS_CAUSES,
  type MissCause,
  matchAwards,
  missCause,
  namesOf,
  type PredictedEntity,
} from "./conferrals.ts";
import { type Gold, type GoldDoc, type GoldNamed, restrictToCorpus } from "./gold.ts";
import { type LinkingScore, type SurfaceIndex, scoreLinking, surfaceKey } from "./linking.ts";
import { normaliseName, withoutTrailingPlace } from "./names.ts";

export type { Gold, GoldAward, GoldDoc, GoldNamed } from "./gold.ts";
export { goldProblem, loadGold } from "./gold.ts";
export { normaliseName, withoutTrailingPlace } from "./names.ts";

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
  /** Attribute accuracy on matched conferrals where gold states them. */
  attributes: Attributes;
  /** Missed conferrals by what of them was read (aggregate: fit to look at on held-out sets). */
  misses: Record<MissCause, number>;
  /** Spurious conferrals by what of them the gold knows (aggregate: fit to read on a held-out set). */
  extras: Record<ExtraCause, number>;
  linking: LinkingScore;
  /** Per announcement: what was missed (FN) and what was extra (FP). */
  details: string[];
  /** Gold announcements with no text in the corpus, left out of every score. */
  unread: string[];
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const QUERIES_DIR = `${packagePath("queries")}/`;

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

/** Entities per announcement with every name they go by there, and the surface index for linking. */
function indexMentions(rows: Array<Record<string, string>>): {
  byDoc: Map<string, Map<string, PredictedEntity>>;
  surfaceIndex: SurfaceIndex;
} {
  const byDoc = new Map<string, Map<string, PredictedEntity>>();
  const surfaceIndex: SurfaceIndex = new Map();
  for (const row of rows) {
    const doc = row.announcementId as string;
    const iri = row.entity as string;
    const entities = byDoc.get(doc) ?? new Map<string, PredictedEntity>();
    byDoc.set(doc, entities);
    const entity = entities.get(iri) ?? { iri, type: row.type as string, names: new Set() };
    entity.names.add(normaliseName(row.label as string));
    entity.names.add(normaliseName(row.surface as string));
    entities.set(iri, entity);
    // A gold mention may be written as the surface or as the resolved name ("Education Bureau of X District").
    for (const name of [row.surface as string, row.label as string]) {
      const key = surfaceKey(doc, name);
      const set = surfaceIndex.get(key) ?? new Set<string>();
      set.add(iri);
      surfaceIndex.set(key, set);
    }
  }
  return { byDoc, surfaceIndex };
}

/** Gold names against predicted entities, each entity used once; primary names before aliases. */
/** The gold item's names a matching pass tries: its name, its aliases, its name without a place. */
function goldNamesFor(pass: "name" | "alias" | "locative", g: GoldNamed): Set<string> {
  if (pass === "alias") return namesOf(g);
  return new Set([normaliseName(pass === "name" ? g.name : withoutTrailingPlace(g.name))]);
}

function matchNamed(
  doc: string,
  category: string,
  goldItems: GoldNamed[],
  predicted: PredictedEntity[],
  details: string[],
): [number, number, number] {
  const used = new Set<string>();
  const matched = new Set<GoldNamed>();
  // Primary names first, then aliases, so an alias never takes the entity the name itself denotes;
  // last the name without the place written after it ("X Primary School in Y District" is the
  // school), as for a conferral's holder.
  for (const pass of ["name", "alias", "locative"] as const) {
    for (const g of goldItems) {
      if (matched.has(g)) continue;
      const names = goldNamesFor(pass, g);
      const hit = predicted.find((p) => !used.has(p.iri) && [...p.names].some((n) => names.has(n)));
      if (hit) {
        used.add(hit.iri);
        matched.add(g);
      }
    }
  }
  for (const g of goldItems)
    if (!matched.has(g)) details.push(`${doc} ${category} missed: ${g.name}`);
  const extra = predicted.filter((p) => !used.has(p.iri));
  for (const p of extra) details.push(`${doc} ${category} extra: ${[...p.names][0]} <${p.iri}>`);
  return [matched.size, extra.length, goldItems.length - matched.size];
}

function namedCategories(
  view: DocView,
  details: string[],
): Record<string, [number, number, number]> {
  const entities = [...view.entities.values()];
  const ofTypes = (...types: string[]) => entities.filter((e) => types.includes(e.type));
  const { doc, gold } = view;
  return {
    organizations: matchNamed(
      doc,
      "organization",
      gold.organizations ?? [],
      ofTypes("Organization", "IssuingBody"),
      details,
    ),
    people: matchNamed(
      doc,
      "person",
      (gold.people ?? []).map((p) => ({ name: p.name })),
      ofTypes("Person"),
      details,
    ),
    programmes: matchNamed(doc, "programme", gold.programs ?? [], ofTypes("Program"), details),
  };
}

/**
 * Scores a build against the gold. With `corpus` (the ids of the announcements built), gold
 * announcements the corpus lacks are reported as unread and left out of every score; without it,
 * their facts count as missed.
 */
export async function evaluate(
  store: LaurelStore,
  allGold: Gold,
  corpus?: ReadonlySet<string>,
): Promise<EvalReport> {
  const { gold, unread } = corpus
    ? restrictToCorpus(allGold, corpus)
    : { gold: allGold, unread: [] };
  const { byDoc, surfaceIndex } = indexMentions(await runNamedQuery(store, "mentions.rq"));
  const conferralRows = await runNamedQuery(store, "conferrals.rq");
  const totals: Record<string, [number, number, number]> = {
    organizations: [0, 0, 0],
    people: [0, 0, 0],
    programmes: [0, 0, 0],
    conferrals: [0, 0, 0],
    "conferral issuers": [0, 0, 0],
  };
  const add = (category: string, [tp, fp, fn]: [number, number, number]) => {
    const t = totals[category] as [number, number, number];
    t[0] += tp;
    t[1] += fp;
    t[2] += fn;
  };
  const attributes: Attributes = {
    issuers: { right: 0, stated: 0 },
    date: { right: 0, stated: 0 },
    dateCoarser: { right: 0, stated: 0 },
    status: { right: 0, stated: 0 },
    cohortSize: { right: 0, stated: 0 },
  };
  const misses = Object.fromEntries(MISS_CAUSES.map((c) => [c, 0])) as Record<MissCause, number>;
  const extras = Object.fromEntries(EXTRA_CAUSES.map((c) => [c, 0])) as Record<ExtraCause, number>;
  const details: string[] = [];
  for (const doc of Object.keys(gold.docs).sort()) {
    const view = new DocView(doc, gold.docs[doc] as GoldDoc, byDoc.get(doc) ?? new Map());
    for (const [category, counts] of Object.entries(namedCategories(view, details)))
      add(category, counts);
    const predicted = collectConferrals(conferralRows, doc);
    const hits = matchAwards(view, predicted);
    for (const award of view.gold.awards ?? []) {
      const hit = hits.get(award);
      if (!hit) {
        const cause = missCause(view, award);
        misses[cause]++;
        details.push(`${doc} conferral missed: ${award.recipient} <= ${award.honor} [${cause}]`);
        continue;
      }
      const issuers = checkAttributes(view, award, hit, attributes, details);
      add("conferral issuers", [issuers.issuerTp, issuers.issuerFp, issuers.issuerFn]);
    }
    const matched = new Set(hits.values());
    for (const p of predicted.values()) {
      if (matched.has(p)) continue;
      const cause = extraCause(view, p);
      extras[cause]++;
      details.push(
        `${doc} conferral extra: ${[...view.namesOfEntity(p.recipient)][0]} <= ${[...view.namesOfEntity(p.honor)][0]} [${cause}]`,
      );
    }
    add("conferrals", [
      hits.size,
      predicted.size - hits.size,
      (view.gold.awards ?? []).length - hits.size,
    ]);
  }
  const categories: Record<string, Score> = {};
  for (const [name, [tp, fp, fn]] of Object.entries(totals)) categories[name] = score(tp, fp, fn);
  return {
    categories,
    attributes,
    misses,
    extras,
    linking: scoreLinking(gold, surfaceIndex),
    details,
    unread,
  };
}

export function formatEvalReport(report: EvalReport, verbose = false): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    ...unreadLines(report.unread),
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
  lines.push("", "conferrals missed, by what of them was read");
  for (const [cause, n] of Object.entries(report.misses)) lines.push(`  ${cause.padEnd(28)} ${n}`);
  lines.push("", "conferrals extra, by what of them the gold knows");
  for (const [cause, n] of Object.entries(report.extras)) lines.push(`  ${cause.padEnd(38)} ${n}`);
  lines.push(
    "",
    `linking: ${report.linking.right}/${report.linking.total} same-clusters and distinct pairs right`,
    `  of those whose every mention was extracted: ${report.linking.extractedRight}/${report.linking.extractedTotal}`,
  );
  for (const failure of report.linking.failures) lines.push(`  ${failure}`);
  if (verbose) lines.push("", "details:", ...report.details.map((d) => `  ${d}`));
  return `${lines.join("\n")}\n`;
}

/** A warning ahead of the scores: which gold announcements the corpus has no text for. */
function unreadLines(unread: string[]): string[] {
  if (unread.length === 0) return [];
  const shown = unread.slice(0, 5).join(", ");
  const more = unread.length > 5 ? ` and ${unread.length - 5} more` : "";
  return [
    `not scored: ${unread.length} gold announcement(s) with no text in the corpus (--all-gold counts their facts as missed): ${shown}${more}`,
    "",
  ];
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
