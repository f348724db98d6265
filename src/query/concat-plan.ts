// **concat-plan** rewrites a SELECT so that its GROUP_CONCAT strings are built by concat-rows.ts
// rather than by the store, their pieces sorted: SPARQL leaves their order to the store (Oxigraph's
// follows its indexes), so this is the one order every store can give. Two ways to get the pieces:
// - "split", for a server: the store answers the groups (every other aggregate still its own) and,
//   per GROUP_CONCAT, each group's values, so it never holds a long string (Virtuoso's row-length
//   limit: SR319, SR478);
// - "inline", for the embedded store: one query, each GROUP_CONCAT joining its pieces escaped with a
//   separator no piece holds, split again in concat-rows.ts (the split's extra queries cost the
//   embedded store 2-4x).
import { DataFactory } from "n3";
import sparqljs from "sparqljs";
import type { JsonTerm, PreparedQuery } from "./index.ts";

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

/** How one projected column is made from the store's answers. */
export type Cell =
  | { kind: "column"; name: string }
  | { kind: "constant"; term: JsonTerm }
  | { kind: "groupConcat"; index: number; separator: string }
  | { kind: "concat"; args: Cell[] };

export type ConcatMode = "split" | "inline";

/** The queries that replace one SELECT, and how their answers make its rows. */
export interface ConcatPlan {
  mode: ConcatMode;
  /**
   * One row per group. split: without the GROUP_CONCATs, the group's key among its columns;
   * inline: each GROUP_CONCAT's escaped pieces in a column of its own.
   */
  grouped: PreparedQuery;
  /**
   * split: per GROUP_CONCAT, the value of each solution (DISTINCT when it is) and the columns `key`
   * (some of `keys`) of its group.
   */
  values(key: string[]): PreparedQuery[];
  /** split: the columns of the group key, in `grouped`. */
  keys: string[];
  /** split: whether `grouped` answers every group (no HAVING, LIMIT or OFFSET). */
  allGroups: boolean;
  /** split: the column of a `values` answer that holds the value. */
  valueColumn: string;
  /** inline: the column of `grouped` holding each GROUP_CONCAT's pieces. */
  pieceColumns: string[];
  /** Without GROUP BY, the COUNT(*) column: its one group may have no solution. */
  rowsColumn?: string;
  cells: Array<{ variable: string; cell: Cell }>;
  /** The original projection, in order. */
  variables: string[];
}

type Node = Record<string, unknown>;

const PLANS = new Map<string, ConcatPlan | null>();
const PLANS_LIMIT = 256;

/**
 * The plan for a prepared SELECT, or undefined when it has no GROUP_CONCAT this can take over: one
 * in a subquery, HAVING or ORDER BY, under an operator other than CONCAT, or a SELECT DISTINCT (or
 * one ordering by such a column). Those go to the store as written.
 */
export function planGroupConcat(prepared: PreparedQuery, mode: ConcatMode): ConcatPlan | undefined {
  if (prepared.type !== "SELECT") return undefined;
  const cacheKey = `${mode}\n${prepared.text}`;
  let plan = PLANS.get(cacheKey);
  if (plan === undefined) {
    const query = (prepared.tree ??
      new sparqljs.Parser().parse(prepared.text)) as sparqljs.SelectQuery;
    plan = buildPlan(query, prepared.text, mode) ?? null;
    if (PLANS.size >= PLANS_LIMIT) PLANS.delete(PLANS.keys().next().value as string);
    PLANS.set(cacheKey, plan);
  }
  return plan ?? undefined;
}

function buildPlan(
  query: sparqljs.SelectQuery,
  text: string,
  mode: ConcatMode,
): ConcatPlan | undefined {
  const projection = query.variables as sparqljs.Variable[];
  const joined = projection.filter(
    (item): item is sparqljs.VariableExpression =>
      "expression" in item && holdsGroupConcat(item.expression),
  );
  if (joined.length === 0 || !canTakeOver(query, joined)) return undefined;
  const names = new HiddenNames(text);
  const grouping = groupKeys(query, names);
  const builder: GroupedBuilder = { columns: [], aggregates: [], names };
  const cells = projection.map((item) => projectedCell(item, builder));
  const rows = query.group ? undefined : names.next("rows");
  if (rows) builder.columns.push({ expression: countAll(), variable: rows });
  const split = mode === "split";
  if (split) for (const key of grouping.keys) addColumn(builder, DataFactory.variable(key));
  const pieceColumns = split
    ? []
    : builder.aggregates.map((aggregate) => addPieces(builder, aggregate));
  const valueColumn = names.next("value").value;
  // No indentation: sparqljs indents after a U+2028 inside a string too, which changes the string.
  const generator = new sparqljs.Generator({ indent: "" });
  const grouped: sparqljs.SelectQuery = {
    ...query,
    variables: builder.columns,
    ...(grouping.group ? { group: grouping.group } : {}),
  };
  const prepared = (tree: sparqljs.SelectQuery): PreparedQuery => ({
    text: generator.stringify(tree),
    type: "SELECT",
    variables: (tree.variables as sparqljs.Variable[]).map(variableName),
  });
  const values = (key: string[]) => {
    if (!split) return [];
    const projection = grouping.projection.filter((item) => key.includes(variableName(item)));
    return builder.aggregates.map((aggregate) =>
      prepared(valuesQuery(query, projection, aggregate, valueColumn)),
    );
  };
  return {
    mode,
    grouped: prepared(grouped),
    values,
    keys: grouping.keys,
    allGroups: !query.having && query.limit === undefined && query.offset === undefined,
    valueColumn,
    pieceColumns,
    ...(rows ? { rowsColumn: rows.value } : {}),
    cells: projection.map((item, index) => ({
      variable: variableName(item),
      cell: cells[index] as Cell,
    })),
    variables: projection.map(variableName),
  };
}

/** Where a GROUP_CONCAT may be for the rows to be built here, the same as the store would. */
function canTakeOver(query: sparqljs.SelectQuery, joined: sparqljs.VariableExpression[]): boolean {
  if (query.distinct || query.reduced) return false;
  const elsewhere = [query.where, query.group, query.having, query.order, query.values];
  if (elsewhere.some(holdsGroupConcat)) return false;
  if (!joined.every((item) => underConcatOnly(item.expression))) return false;
  // The grouped query has no such column: HAVING, ORDER BY or another column using it would see
  // nothing.
  const built = new Set(joined.map((item) => item.variable.value));
  const expressions = query.variables.map((item) => ("expression" in item ? item.expression : []));
  return ![query.having, query.order, expressions].some((node) => mentionsVariable(node, built));
}

/** A GROUP_CONCAT, or CONCAT of arguments each free of GROUP_CONCAT or itself such an expression. */
function underConcatOnly(node: unknown): boolean {
  if (isGroupConcat(node)) return !holdsGroupConcat(node.expression);
  if (!isConcat(node)) return false;
  return node.args.every((arg) => !holdsGroupConcat(arg) || underConcatOnly(arg));
}

interface Grouping {
  /** GROUP BY with every expression named, so both queries can project it. */
  group?: sparqljs.Grouping[];
  keys: string[];
  /** The key as the values queries project it. */
  projection: sparqljs.Variable[];
}

/** The group key: GROUP BY's variables, and a hidden name for an expression that has none. */
function groupKeys(query: sparqljs.SelectQuery, names: HiddenNames): Grouping {
  if (!query.group) return { keys: [], projection: [] };
  const group: sparqljs.Grouping[] = [];
  const projection: sparqljs.Variable[] = [];
  for (const item of query.group) {
    const expression = item.expression as unknown;
    if (isVariable(expression) && !item.variable) {
      group.push(item);
      projection.push(expression);
      continue;
    }
    const variable = item.variable ?? names.next("key");
    group.push({ expression: item.expression, variable });
    projection.push({ expression: item.expression, variable });
  }
  return { group, keys: projection.map(variableName), projection };
}

interface GroupedBuilder {
  columns: sparqljs.Variable[];
  aggregates: sparqljs.AggregateExpression[];
  names: HiddenNames;
}

/** A projected column: the store's own unless it joins values, then built here. */
function projectedCell(item: sparqljs.Variable, builder: GroupedBuilder): Cell {
  if (!("expression" in item) || !holdsGroupConcat(item.expression)) {
    builder.columns.push(item);
    return { kind: "column", name: variableName(item) };
  }
  return joinedCell(item.expression, builder);
}

function joinedCell(node: unknown, builder: GroupedBuilder): Cell {
  if (isGroupConcat(node)) {
    builder.aggregates.push(node);
    return {
      kind: "groupConcat",
      index: builder.aggregates.length - 1,
      separator: node.separator ?? " ",
    };
  }
  const args = (node as sparqljs.OperationExpression).args as unknown[];
  return { kind: "concat", args: args.map((arg) => concatArgument(arg, builder)) };
}

/** An argument of CONCAT: built here, a constant, or a column the grouped query adds. */
function concatArgument(arg: unknown, builder: GroupedBuilder): Cell {
  if (holdsGroupConcat(arg)) return joinedCell(arg, builder);
  if (isLiteral(arg)) return { kind: "constant", term: jsonLiteral(arg) };
  if (isVariable(arg)) return { kind: "column", name: addColumn(builder, arg) };
  const variable = builder.names.next("arg");
  builder.columns.push({ expression: arg as sparqljs.Expression, variable });
  return { kind: "column", name: variable.value };
}

function addColumn(builder: GroupedBuilder, variable: sparqljs.VariableTerm): string {
  if (!builder.columns.some((column) => variableName(column) === variable.value))
    builder.columns.push(variable);
  return variable.value;
}

/** Separates the pieces in an inline column; never in a piece, which has it escaped. */
export const PIECE_SEPARATOR = "\u001f";
/** Escapes in a piece: ESCAPE "0" for ESCAPE, ESCAPE "1" for PIECE_SEPARATOR. */
export const PIECE_ESCAPE = "\u001e";

/**
 * inline: the aggregate joining its values escaped, so the pieces can be told apart. No \ or $ in
 * the replacements: XPath's fn:replace reads them as escapes, Oxigraph's REPLACE as themselves.
 * REPLACE keeps the value's language and, like GROUP_CONCAT, fails on anything but a string, so
 * the group fails or not as the original would.
 */
function addPieces(builder: GroupedBuilder, aggregate: sparqljs.AggregateExpression): string {
  const escapes = replace(aggregate.expression, PIECE_ESCAPE, `${PIECE_ESCAPE}0`);
  const escaped = replace(escapes, PIECE_SEPARATOR, `${PIECE_ESCAPE}1`);
  const variable = builder.names.next("pieces");
  const pieces = { ...aggregate, expression: escaped, separator: PIECE_SEPARATOR };
  builder.columns.push({ expression: pieces, variable });
  return variable.value;
}

function replace(text: unknown, pattern: string, replacement: string): sparqljs.Expression {
  return {
    type: "operation",
    operator: "replace",
    args: [
      text as sparqljs.Expression,
      DataFactory.literal(pattern) as sparqljs.LiteralTerm,
      DataFactory.literal(replacement) as sparqljs.LiteralTerm,
    ],
  };
}

/** Each solution's group key and the aggregate's value, as the aggregate would see them. */
function valuesQuery(
  query: sparqljs.SelectQuery,
  key: sparqljs.Variable[],
  aggregate: sparqljs.AggregateExpression,
  valueColumn: string,
): sparqljs.SelectQuery {
  const { group, having, order, limit, offset, distinct, reduced, variables, ...rest } = query;
  const value = { expression: aggregate.expression, variable: DataFactory.variable(valueColumn) };
  return {
    ...rest,
    variables: [...key, value as sparqljs.VariableExpression],
    ...(aggregate.distinct ? { distinct: true } : {}),
  };
}

function jsonLiteral(literal: sparqljs.LiteralTerm): JsonTerm {
  const datatype = literal.datatype?.value;
  if (literal.language)
    return { type: "literal", value: literal.value, "xml:lang": literal.language };
  return {
    type: "literal",
    value: literal.value,
    ...(datatype && datatype !== XSD_STRING ? { datatype } : {}),
  };
}

/** Names for the columns the plan adds, unused by the query (whose text holds every name it uses). */
class HiddenNames {
  private readonly used: Set<string>;
  private count = 0;

  constructor(text: string) {
    this.used = new Set([...text.matchAll(/[?$]([\p{L}\p{N}_\u00B7]+)/gu)].map((m) => m[1] ?? ""));
  }

  next(role: string): sparqljs.VariableTerm {
    let name = `laurel_${role}_${this.count++}`;
    while (this.used.has(name)) name += "_";
    this.used.add(name);
    return DataFactory.variable(name) as sparqljs.VariableTerm;
  }
}

let COUNT_ALL: sparqljs.Expression | undefined;

/** COUNT(*), which keeps a query without GROUP BY one group once its GROUP_CONCATs are gone. */
function countAll(): sparqljs.Expression {
  COUNT_ALL ??= (
    (new sparqljs.Parser().parse("SELECT (COUNT(*) AS ?n) {}") as sparqljs.SelectQuery)
      .variables[0] as sparqljs.VariableExpression
  ).expression;
  return COUNT_ALL;
}

function variableName(item: sparqljs.Variable): string {
  return "expression" in item ? item.variable.value : item.value;
}

function isGroupConcat(node: unknown): node is sparqljs.AggregateExpression {
  const n = node as Node | null;
  return typeof n === "object" && n?.type === "aggregate" && n.aggregation === "group_concat";
}

function isConcat(node: unknown): node is sparqljs.OperationExpression {
  const n = node as Node | null;
  return typeof n === "object" && n?.type === "operation" && n.operator === "concat";
}

function isVariable(node: unknown): node is sparqljs.VariableTerm {
  return typeof node === "object" && (node as Node | null)?.termType === "Variable";
}

function isLiteral(node: unknown): node is sparqljs.LiteralTerm {
  return typeof node === "object" && (node as Node | null)?.termType === "Literal";
}

function holdsGroupConcat(node: unknown): boolean {
  if (isGroupConcat(node)) return true;
  if (node === null || typeof node !== "object") return false;
  return Object.values(node).some(holdsGroupConcat);
}

function mentionsVariable(node: unknown, names: Set<string>): boolean {
  if (isVariable(node)) return names.has(node.value);
  if (node === null || typeof node !== "object") return false;
  return Object.values(node).some((child) => mentionsVariable(child, names));
}
