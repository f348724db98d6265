// **concat-rows** builds the rows of a SELECT from the answers to its plan (concat-plan.ts): each
// GROUP_CONCAT string from its group's values, sorted, with SPARQL 1.1's rules for GROUP_CONCAT
// and CONCAT, so the embedded store and a server give the same strings.
import { LaurelError } from "../errors.ts";
import { type Cell, type ConcatPlan, PIECE_ESCAPE, PIECE_SEPARATOR } from "./concat-plan.ts";
import type { Bindings, JsonTerm, PreparedQuery } from "./index.ts";

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
const RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
const ESCAPED = new RegExp(`${PIECE_ESCAPE}([01])`, "g");

/** Runs one part of a split plan on the store; `part` says which, for error messages. */
export type AskPart = (query: PreparedQuery, part: string) => Promise<Bindings>;

/**
 * split: asks for the groups, then for each GROUP_CONCAT's values with as few key columns as tell
 * the groups apart (see narrowKey), and builds the rows.
 */
export async function selectSplit(plan: ConcatPlan, ask: AskPart): Promise<Bindings> {
  const grouped = await ask(plan.grouped, "its groups");
  if (grouped.rows.length === 0) return assembleRows(plan, grouped, [], plan.keys);
  const key = narrowKey(plan, grouped);
  const values = await Promise.all(
    plan.values(key).map((query, index) => ask(query, `the values of GROUP_CONCAT #${index + 1}`)),
  );
  return assembleRows(plan, grouped, values, key);
}

/**
 * The fewest key columns whose values no two groups share, most telling first. Sound only when the
 * groups answered are all the groups: then every solution's key is one of theirs, and these columns
 * alone name its group. A server writes every cell of every solution, so fewer columns are faster
 * (who-honored-whom: ?conferral instead of six columns).
 */
export function narrowKey(plan: ConcatPlan, grouped: Bindings): string[] {
  if (!plan.allGroups) return plan.keys;
  const key: string[] = [];
  const left = [...plan.keys];
  let told = 0;
  while (left.length > 0 && told < grouped.rows.length) {
    let best = 0;
    let bestCount = -1;
    for (const [index, column] of left.entries()) {
      const count = distinctKeys([...key, column], grouped.rows);
      if (count > bestCount) [best, bestCount] = [index, count];
      if (count === grouped.rows.length) break;
    }
    key.push(...left.splice(best, 1));
    told = bestCount;
  }
  return plan.keys.filter((column) => key.includes(column));
}

function distinctKeys(key: string[], rows: Array<Record<string, JsonTerm>>): number {
  return new Set(rows.map((row) => groupKey(key, row))).size;
}

/** inline: the rows of the original query from the answer to `plan.grouped`. */
export function assembleInline(plan: ConcatPlan, grouped: Bindings): Bindings {
  return assembleRows(plan, grouped, [], []);
}

function assembleRows(
  plan: ConcatPlan,
  grouped: Bindings,
  values: Bindings[],
  key: string[],
): Bindings {
  const valuesByGroup = values.map((answer) => valuesOfGroups(key, plan.valueColumn, answer));
  const rows = grouped.rows.map((row) => {
    // Without GROUP BY, the one group may hold no solution: its GROUP_CONCAT is "".
    const empty = plan.rowsColumn !== undefined && row[plan.rowsColumn]?.value === "0";
    const group = plan.mode === "split" ? groupKey(key, row) : "";
    const valuesOf = (index: number): Values => {
      if (plan.mode === "inline") return piecesOf(row[plan.pieceColumns[index] as string], empty);
      const found = valuesByGroup[index]?.get(group);
      if (found || empty) return found ?? [];
      throw new LaurelError(
        "group-concat-mismatch",
        `the store answered the group ${group} but no values of GROUP_CONCAT #${index + 1} for it: it named the same group two ways in two queries`,
      );
    };
    const out: Record<string, JsonTerm> = {};
    for (const { variable, cell } of plan.cells) {
      const term = evaluateCell(cell, row, valuesOf);
      if (term) out[variable] = term;
    }
    return out;
  });
  return { variables: plan.variables, rows };
}

type Values = Array<JsonTerm | undefined>;

/** An inline column back into its pieces: unbound (the aggregate failed) is one failed piece. */
function piecesOf(term: JsonTerm | undefined, empty: boolean): Values {
  if (!term) return [undefined];
  if (empty) return [];
  const lang = term["xml:lang"];
  return term.value.split(PIECE_SEPARATOR).map((piece) => ({
    type: "literal",
    value: piece.replace(ESCAPED, (_, code: string) =>
      code === "0" ? PIECE_ESCAPE : PIECE_SEPARATOR,
    ),
    ...(lang ? { "xml:lang": lang } : {}),
  }));
}

function valuesOfGroups(key: string[], valueColumn: string, answer: Bindings): Map<string, Values> {
  const groups = new Map<string, Values>();
  for (const row of answer.rows) {
    const group = groupKey(key, row);
    const list = groups.get(group) ?? [];
    if (list.length === 0) groups.set(group, list);
    list.push(row[valueColumn]);
  }
  return groups;
}

function groupKey(keys: string[], row: Record<string, JsonTerm>): string {
  return JSON.stringify(keys.map((key) => termKey(row[key])));
}

function termKey(term: JsonTerm | undefined): string[] {
  if (!term) return [];
  return [term.type, term.value, term["xml:lang"] ?? "", term.datatype ?? ""];
}

/** A cell's term; undefined for an error (SPARQL leaves the cell unbound). */
function evaluateCell(
  cell: Cell,
  row: Record<string, JsonTerm>,
  valuesOf: (index: number) => Values,
): JsonTerm | undefined {
  switch (cell.kind) {
    case "column":
      return row[cell.name];
    case "constant":
      return cell.term;
    case "groupConcat":
      return groupConcat(valuesOf(cell.index), cell.separator);
    case "concat":
      return concat(cell.args.map((arg) => evaluateCell(arg, row, valuesOf)));
  }
}

interface StringValue {
  value: string;
  lang: string;
}

/**
 * GROUP_CONCAT as SPARQL 1.1 has it (an unbound or non-string value makes it an error; the result
 * keeps a language every piece shares), with the pieces sorted by their text: the one order every
 * store can give.
 */
function groupConcat(values: Values, separator: string): JsonTerm | undefined {
  const pieces = values.map(stringValue);
  if (pieces.some((piece) => piece === undefined)) return undefined;
  const sorted = (pieces as StringValue[]).sort(byText);
  return stringTerm(sorted.map((piece) => piece.value).join(separator), sharedLanguage(sorted));
}

/** CONCAT as SPARQL 1.1 has it: strings only, and a language kept only when every argument has it. */
function concat(args: Values): JsonTerm | undefined {
  const pieces = args.map(stringValue);
  if (pieces.some((piece) => piece === undefined)) return undefined;
  const strings = pieces as StringValue[];
  return stringTerm(strings.map((piece) => piece.value).join(""), sharedLanguage(strings));
}

function stringValue(term: JsonTerm | undefined): StringValue | undefined {
  if (term?.type !== "literal") return undefined;
  const lang = term["xml:lang"] ?? "";
  const datatype = term.datatype ?? (lang ? RDF_LANG_STRING : XSD_STRING);
  if (datatype !== (lang ? RDF_LANG_STRING : XSD_STRING)) return undefined;
  return { value: term.value, lang };
}

function byText(a: StringValue, b: StringValue): number {
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  return a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0;
}

function sharedLanguage(pieces: StringValue[]): string {
  const first = pieces[0]?.lang ?? "";
  return pieces.every((piece) => piece.lang === first) ? first : "";
}

function stringTerm(value: string, lang: string): JsonTerm {
  return { type: "literal", value, ...(lang ? { "xml:lang": lang } : {}) };
}
