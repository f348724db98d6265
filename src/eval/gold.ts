// The gold file's schema (that of data/gold/seeds.json) and its loading.
import { readFile } from "node:fs/promises";
import { LaurelError } from "../errors.ts";

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

export async function loadGold(path: string): Promise<Gold> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new LaurelError("missing-gold", `cannot read gold file ${path}`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new LaurelError(
      "bad-gold",
      `${path}${jsonErrorPlace(text, error)}: not JSON (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  const problem = goldProblem(parsed);
  if (problem) throw new LaurelError("bad-gold", `${path}: not a gold file: ${problem}`);
  return parsed as Gold;
}

/** ":line:column" of a JSON.parse error that names a position, else "". */
function jsonErrorPlace(text: string, error: unknown): string {
  const position = /at position (\d+)/.exec((error as Error).message)?.[1];
  if (position === undefined) return "";
  const before = text.slice(0, Number(position)).split("\n");
  return `:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isMention = (value: unknown): boolean =>
  Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === "string");

/** What is wrong with a parsed gold file, with the JSON path of the first bad part; undefined when it fits the schema. */
export function goldProblem(gold: unknown): string | undefined {
  if (!isObject(gold) || !isObject(gold.docs)) return "no 'docs' object";
  for (const [stem, doc] of Object.entries(gold.docs)) {
    if (!isObject(doc)) return `docs.${stem} is not an object`;
    const awards = doc.awards ?? [];
    if (!Array.isArray(awards)) return `docs.${stem}.awards is not a list`;
    const bad = awards.findIndex(
      (award) =>
        !isObject(award) || typeof award.recipient !== "string" || typeof award.honor !== "string",
    );
    if (bad >= 0) return `docs.${stem}.awards[${bad}] needs a string 'recipient' and 'honor'`;
  }
  return crossDocumentProblem(gold.crossDocument);
}

function crossDocumentProblem(cross: unknown): string | undefined {
  if (cross === undefined) return undefined;
  if (!isObject(cross)) return "crossDocument is not an object";
  const same = cross.same ?? [];
  if (!Array.isArray(same)) return "crossDocument.same is not a list";
  const badSame = same.findIndex(
    (cluster) =>
      !isObject(cluster) || !Array.isArray(cluster.mentions) || !cluster.mentions.every(isMention),
  );
  if (badSame >= 0)
    return `crossDocument.same[${badSame}] needs 'mentions' as a list of [document, surface] pairs`;
  const distinct = cross.distinct ?? [];
  if (!Array.isArray(distinct)) return "crossDocument.distinct is not a list";
  const badDistinct = distinct.findIndex(
    (pair) => !Array.isArray(pair) || pair.length !== 2 || !pair.every(isMention),
  );
  if (badDistinct >= 0)
    return `crossDocument.distinct[${badDistinct}] is not a pair [[document, surface], [document, surface]]`;
  return undefined;
}

/** The gold restricted to the announcements a corpus holds, and the gold announcements it lacks. */
export interface ReadGold {
  gold: Gold;
  /** Gold announcements with no text in the corpus, sorted: nothing of theirs was scored. */
  unread: string[];
}

/**
 * Keeps what a corpus can be scored on: the gold announcements it holds, the same-clusters'
 * mentions in them (a cluster of one is no link left), the distinct pairs both of whose sides it
 * holds. A page whose text could not be fetched measures the fetch, not the extraction.
 */
export function restrictToCorpus(gold: Gold, corpus: ReadonlySet<string>): ReadGold {
  const docs = Object.keys(gold.docs).sort();
  const unread = docs.filter((doc) => !corpus.has(doc));
  if (unread.length === 0) return { gold, unread };
  const held = (mention: [string, string]) => corpus.has(mention[0]);
  const same = (gold.crossDocument?.same ?? [])
    .map((cluster) => ({ ...cluster, mentions: cluster.mentions.filter(held) }))
    .filter((cluster) => cluster.mentions.length >= 2);
  const distinct = (gold.crossDocument?.distinct ?? []).filter(([a, b]) => held(a) && held(b));
  return {
    gold: {
      docs: Object.fromEntries(
        docs.filter((doc) => corpus.has(doc)).map((d) => [d, gold.docs[d] as GoldDoc]),
      ),
      crossDocument: { same, distinct },
    },
    unread,
  };
}
