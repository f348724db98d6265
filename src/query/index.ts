// **query** parses SPARQL with sparqljs (for clear syntax errors and safe parameters), runs it on the
// store and formats results: a table for people, W3C JSON, CSV and TSV for tools.
import sparqljs from "sparqljs";
import { LaurelError } from "../errors.ts";
import { type QuadLike, writeRdf } from "../export/index.ts";
import type { LaurelStore } from "../store/index.ts";
import { nameLookupKey } from "../util/text.ts";
import { planGroupConcat } from "./concat-plan.ts";
import { assembleInline } from "./concat-rows.ts";

export { type ConcatMode, type ConcatPlan, planGroupConcat } from "./concat-plan.ts";
export { type AskPart, selectSplit } from "./concat-rows.ts";

export type ResultFormat = "table" | "json" | "csv" | "tsv";

export interface QueryOptions {
  /** Values bound to ?NAME: "<iri>" for an IRI, anything else a plain literal. */
  params?: Record<string, string>;
  /** Where the query came from, for error messages. */
  source?: string;
  prefixes?: Record<string, string>;
}

export interface PreparedQuery {
  text: string;
  type: "SELECT" | "ASK" | "CONSTRUCT" | "DESCRIBE";
  /** Projected variable names in order, or undefined for SELECT *. */
  variables?: string[];
  /**
   * The syntax tree `text` was generated from. Generating text from it again is safer than parsing
   * `text`: sparqljs indents after a U+2028 or U+2029 inside a string, so each round adds spaces.
   */
  tree?: sparqljs.SparqlQuery;
}

/**
 * Parsed queries by text, so a server that runs the same query with new parameters parses it once
 * (parsing costs about as much as running a selective query). Never mutated; bounded.
 */
const PARSED = new Map<string, sparqljs.SparqlQuery>();
const PARSED_LIMIT = 256;

function remember(text: string, parsed: sparqljs.SparqlQuery): void {
  if (PARSED.size >= PARSED_LIMIT) PARSED.delete(PARSED.keys().next().value as string);
  PARSED.set(text, parsed);
}

/** Parses, binds parameters through the syntax tree (never by pasting text) and regenerates the query. */
export function prepareQuery(text: string, options: QueryOptions = {}): PreparedQuery {
  const source = options.source ?? "query";
  let parsed = PARSED.get(text);
  if (!parsed) {
    try {
      parsed = new sparqljs.Parser().parse(text) as sparqljs.SparqlQuery;
    } catch (error) {
      throw syntaxError(error as Error, text, source);
    }
    remember(text, parsed);
  }
  if (parsed.type !== "query") {
    throw new LaurelError(
      "update-refused",
      `${source}: SPARQL updates are not run by \`laurel query\`; the store is rebuilt by \`laurel build\``,
      { exitCode: 2 },
    );
  }
  const params = options.params ?? {};
  const names = Object.keys(params).sort();
  if (names.length > 0) {
    const row: Record<string, sparqljs.Term> = {};
    for (const name of names) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        throw new LaurelError(
          "bad-param",
          `--param ${name}: a parameter name is a SPARQL variable name (letters, digits, _)`,
          { exitCode: 2 },
        );
      }
      row[`?${name}`] = paramTerm(params[name] as string);
      // ?NAMEKey, when the query uses it, is the folded form of NAME for laurel:nameKey lookups.
      const keyVariable = `${name}Key`;
      if (!(keyVariable in params) && new RegExp(`[?$]${keyVariable}\\b`).test(text))
        row[`?${keyVariable}`] = plainLiteral(nameLookupKey(params[name] as string));
    }
    const values: sparqljs.ValuesPattern = {
      type: "values",
      values: [row as sparqljs.ValuePatternRow],
    };
    // A copy: the parsed tree is cached and shared by later calls.
    parsed = { ...parsed, where: [values, ...(parsed.where ?? [])] };
  }
  const generated = new sparqljs.Generator().stringify(parsed);
  const variables =
    parsed.queryType === "SELECT" &&
    !(
      parsed.variables.length === 1 &&
      "termType" in (parsed.variables[0] as object) &&
      (parsed.variables[0] as { termType: string }).termType === "Wildcard"
    )
      ? (parsed.variables as Array<sparqljs.Variable | { variable: sparqljs.VariableTerm }>).map(
          (v) => ("variable" in v ? v.variable.value : (v as sparqljs.VariableTerm).value),
        )
      : undefined;
  return {
    text: generated,
    type: parsed.queryType,
    ...(variables ? { variables } : {}),
    tree: parsed,
  };
}

function paramTerm(value: string): sparqljs.Term {
  const iri = /^<([^<>"{}|^`\\\s]*)>$/.exec(value);
  if (iri) return { termType: "NamedNode", value: iri[1] as string } as sparqljs.IriTerm;
  return plainLiteral(value);
}

function plainLiteral(value: string): sparqljs.LiteralTerm {
  return {
    termType: "Literal",
    value,
    language: "",
    datatype: { termType: "NamedNode", value: "http://www.w3.org/2001/XMLSchema#string" },
  } as unknown as sparqljs.LiteralTerm;
}

function syntaxError(
  error: Error & {
    hash?: { loc?: { first_line: number; first_column: number; last_column: number } };
  },
  text: string,
  source: string,
): LaurelError {
  const loc = error.hash?.loc;
  const firstLine = error.message.split("\n")[0] ?? error.message;
  if (loc) {
    const line = loc.first_line;
    const column = loc.first_column + 1;
    const lineText = text.split("\n")[line - 1] ?? "";
    return new LaurelError(
      "sparql-syntax",
      `${source}: SPARQL syntax error at line ${line}, column ${column}: ${firstLine.replace(/^Parse error on line \d+:?\s*/, "")}\n  ${lineText}\n  ${" ".repeat(Math.max(0, column - 1))}^`,
      { exitCode: 1, cause: error },
    );
  }
  const lineMatch = /line (\d+)/i.exec(error.message);
  return new LaurelError(
    "sparql-syntax",
    `${source}: SPARQL syntax error${lineMatch ? ` at line ${lineMatch[1]}` : ""}: ${firstLine}`,
    { cause: error },
  );
}

export interface JsonTerm {
  type: "uri" | "literal" | "bnode";
  value: string;
  "xml:lang"?: string;
  datatype?: string;
}

export interface Bindings {
  variables: string[];
  rows: Array<Record<string, JsonTerm>>;
}

/** Runs a SELECT and returns W3C JSON-shaped bindings with variables in projection order. */
export function selectBindings(store: LaurelStore, prepared: PreparedQuery): Bindings {
  const formatted = store.queryFormatted(prepared.text, "json");
  const json = JSON.parse(formatted) as {
    head: { vars: string[] };
    results: { bindings: Array<Record<string, JsonTerm>> };
  };
  const variables = prepared.variables ?? json.head.vars;
  return { variables, rows: json.results.bindings };
}

/** A SELECT whose GROUP_CONCATs, if any, are joined here rather than by the store. */
function selectJoinedHere(store: LaurelStore, prepared: PreparedQuery): Bindings {
  const plan = planGroupConcat(prepared, "inline");
  if (!plan) return selectBindings(store, prepared);
  return assembleInline(plan, selectBindings(store, plan.grouped));
}

/** What a query answered, wherever it ran: the embedded store or a SPARQL server. */
export type QueryOutcome =
  | { kind: "bindings"; bindings: Bindings }
  | { kind: "boolean"; value: boolean }
  | { kind: "quads"; quads: QuadLike[] };

export function runQuery(
  store: LaurelStore,
  text: string,
  format: ResultFormat,
  options: QueryOptions = {},
): string {
  const prepared = prepareQuery(text, options);
  return formatOutcome(executeQuery(store, prepared), format, options.prefixes);
}

/**
 * Runs a prepared query on the embedded store. A SELECT's GROUP_CONCAT strings are built here, their
 * pieces sorted, as they are for a server (see concat-plan.ts): both give the same strings.
 */
export function executeQuery(store: LaurelStore, prepared: PreparedQuery): QueryOutcome {
  if (prepared.type === "SELECT")
    return { kind: "bindings", bindings: selectJoinedHere(store, prepared) };
  const result = store.query(prepared.text);
  if (prepared.type === "ASK")
    return { kind: "boolean", value: result.kind === "boolean" && result.value };
  const quads = result.kind === "quads" ? (result.quads as unknown as QuadLike[]) : [];
  return { kind: "quads", quads };
}

/** Prints an outcome as `laurel query` does: Turtle for graphs, the chosen format for the rest. */
export function formatOutcome(
  outcome: QueryOutcome,
  format: ResultFormat,
  prefixes?: Record<string, string>,
): string {
  if (outcome.kind === "quads")
    return writeRdf(outcome.quads, {
      format: "turtle",
      ...(prefixes ? { extraPrefixes: prefixes } : {}),
    });
  if (outcome.kind === "boolean") {
    if (format === "json") return `${JSON.stringify({ head: {}, boolean: outcome.value })}\n`;
    return `${outcome.value}\n`;
  }
  const bindings = outcome.bindings;
  switch (format) {
    case "json":
      return `${JSON.stringify({ head: { vars: bindings.variables }, results: { bindings: bindings.rows } }, null, 2)}\n`;
    case "csv":
      return formatCsv(bindings);
    case "tsv":
      return formatTsv(bindings);
    default:
      return formatTable(bindings, prefixes ?? {});
  }
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** SPARQL 1.1 Query Results CSV: plain values. */
export function formatCsv(bindings: Bindings): string {
  const lines = [bindings.variables.map(csvField).join(",")];
  for (const row of bindings.rows) {
    lines.push(bindings.variables.map((v) => csvField(row[v]?.value ?? "")).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

function tsvTerm(term: JsonTerm | undefined): string {
  if (!term) return "";
  if (term.type === "uri") return `<${term.value}>`;
  if (term.type === "bnode") return `_:${term.value}`;
  const escaped = `"${term.value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")}"`;
  if (term["xml:lang"]) return `${escaped}@${term["xml:lang"]}`;
  if (term.datatype && term.datatype !== "http://www.w3.org/2001/XMLSchema#string") {
    if (term.datatype === "http://www.w3.org/2001/XMLSchema#integer" && /^-?\d+$/.test(term.value))
      return term.value;
    return `${escaped}^^<${term.datatype}>`;
  }
  return escaped;
}

/** SPARQL 1.1 Query Results TSV: terms in SPARQL syntax. */
export function formatTsv(bindings: Bindings): string {
  const lines = [bindings.variables.map((v) => `?${v}`).join("\t")];
  for (const row of bindings.rows)
    lines.push(bindings.variables.map((v) => tsvTerm(row[v])).join("\t"));
  return `${lines.join("\n")}\n`;
}

function shorten(value: string, prefixes: Record<string, string>): string {
  let best = "";
  let bestName = "";
  for (const [name, iri] of Object.entries(prefixes)) {
    if (value.startsWith(iri) && iri.length > best.length) {
      best = iri;
      bestName = name;
    }
  }
  return best ? `${bestName}:${value.slice(best.length)}` : value;
}

/** A plain-text table for people; long cells are cut so rows stay on screen. */
export function formatTable(
  bindings: Bindings,
  prefixes: Record<string, string>,
  maxWidth = 60,
): string {
  const cell = (term: JsonTerm | undefined) => {
    if (!term) return "";
    const text = (term.type === "uri" ? shorten(term.value, prefixes) : term.value).replace(
      /\s+/g,
      " ",
    );
    return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
  };
  const header = bindings.variables;
  const rows = bindings.rows.map((row) => header.map((v) => cell(row[v])));
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join(" | ")
      .trimEnd();
  const out = [line(header), widths.map((w) => "-".repeat(w)).join("-+-"), ...rows.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? "" : "s"})`);
  return `${out.join("\n")}\n`;
}
