// src/query/concat-rows.ts: the rows a SELECT with GROUP_CONCAT gives when its strings are built here,
// both ways: "inline" (one query, as the embedded store runs it) and "split" (groups and values asked
// apart, as a server is asked; here the embedded store stands in for the server). Both must give
// the rows written below: pieces sorted, SPARQL 1.1's rules for errors and languages.
import { describe, expect, test } from "vitest";
import { narrowKey } from "../src/query/concat-rows.ts";
import {
  type Bindings,
  executeQuery,
  type JsonTerm,
  planGroupConcat,
  prepareQuery,
  selectBindings,
  selectSplit,
} from "../src/query/index.ts";
import { LaurelStore } from "../src/store/index.ts";

const E = "http://example.org/";
const G = `<${E}graph>`;

// Pieces that hold the inline separator (U+001F) and escape (U+001E), and backslashes; languages
// mixed and shared.
const store = LaurelStore.fromNQuads(
  [
    `<${E}s1> <${E}p> "b" ${G} .`,
    `<${E}s1> <${E}p> "a\\u001Fz" ${G} .`,
    `<${E}s1> <${E}p> "c\\\\u\u001E1" ${G} .`,
    `<${E}s2> <${E}p> "y"@en ${G} .`,
    `<${E}s2> <${E}p> "x"@en ${G} .`,
    `<${E}s3> <${E}p> "y" ${G} .`,
    `<${E}s3> <${E}p> "x"@en ${G} .`,
    `<${E}s4> <${E}p> "q" ${G} .`,
    `<${E}s4> <${E}p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> ${G} .`,
    `<${E}s1> <${E}r> "1" ${G} .`,
    `<${E}s1> <${E}r> "2" ${G} .`,
    `<${E}s5> <${E}r> "1" ${G} .`,
    "",
  ].join("\n"),
);

const PREFIX = `PREFIX : <${E}>\n`;

/** Rows as "name=value" cells: "@lang" after a tagged string, "-" for unbound. */
function cells(bindings: Bindings): string[] {
  const cell = (term: JsonTerm | undefined) =>
    term ? `${term.value}${term["xml:lang"] ? `@${term["xml:lang"]}` : ""}` : "-";
  return bindings.rows.map((row) =>
    bindings.variables.map((v) => `${v}=${cell(row[v])}`).join(" "),
  );
}

function inline(query: string): string[] {
  const outcome = executeQuery(store, prepareQuery(PREFIX + query));
  if (outcome.kind !== "bindings") throw new Error("expected rows");
  return cells(outcome.bindings);
}

async function split(query: string): Promise<string[]> {
  const plan = planGroupConcat(prepareQuery(PREFIX + query), "split");
  if (!plan) throw new Error("no plan");
  return cells(await selectSplit(plan, async (part) => selectBindings(store, part)));
}

const CASES: Array<{ name: string; query: string; rows: string[] }> = [
  {
    name: "pieces sorted; a shared language kept, mixed ones dropped; a number fails the group",
    query: `SELECT ?s (GROUP_CONCAT(?o; SEPARATOR="|") AS ?all) { ?s :p ?o } GROUP BY ?s ORDER BY ?s`,
    rows: [
      `s=${E}s1 all=a\u001fz|b|c\\u\u001e1`,
      `s=${E}s2 all=x|y@en`,
      `s=${E}s3 all=x|y`,
      `s=${E}s4 all=-`,
    ],
  },
  {
    name: "CONCAT around it, with a constant and an expression of the key; its failure fails CONCAT",
    query: `SELECT (CONCAT(STR(?s), ":", GROUP_CONCAT(DISTINCT ?o; SEPARATOR=",")) AS ?line)
      { ?s :p ?o } GROUP BY ?s ORDER BY ?s`,
    rows: [`line=${E}s1:a\u001fz,b,c\\u\u001e1`, `line=${E}s2:x,y`, `line=${E}s3:x,y`, "line=-"],
  },
  {
    name: "without DISTINCT each solution's value counts; with it, once",
    query: `SELECT ?s (GROUP_CONCAT(?o) AS ?all) (GROUP_CONCAT(DISTINCT ?o) AS ?once)
      { ?s :p ?o ; :r ?r } GROUP BY ?s`,
    rows: [
      `s=${E}s1 all=a\u001fz a\u001fz b b c\\u\u001e1 c\\u\u001e1 once=a\u001fz b c\\u\u001e1`,
    ],
  },
  {
    name: "an unbound value fails its group (as Oxigraph has it; Virtuoso would skip it)",
    query: `SELECT ?s (GROUP_CONCAT(?o) AS ?all) { ?s :r ?r OPTIONAL { ?s :p ?o } }
      GROUP BY ?s ORDER BY ?s`,
    rows: [`s=${E}s1 all=a\u001fz a\u001fz b b c\\u\u001e1 c\\u\u001e1`, `s=${E}s5 all=-`],
  },
  {
    name: "no GROUP BY: one group, an empty one gives the empty string",
    query: `SELECT (GROUP_CONCAT(?o) AS ?all) (COUNT(*) AS ?n) { ?s :none ?o }`,
    rows: ["all= n=0"],
  },
  {
    name: "HAVING keeps some groups, and only theirs are built",
    query: `SELECT ?s (GROUP_CONCAT(?o; SEPARATOR="+") AS ?all) { ?s :p ?o }
      GROUP BY ?s HAVING (COUNT(?o) > 2)`,
    rows: [`s=${E}s1 all=a\u001fz+b+c\\u\u001e1`],
  },
  {
    name: "a GROUP BY expression without a name",
    query: `SELECT (GROUP_CONCAT(?o; SEPARATOR="|") AS ?all) { ?s :p ?o FILTER(?s != :s4) }
      GROUP BY (LANG(?o)) ORDER BY DESC(COUNT(?o))`,
    rows: ["all=a\u001fz|b|c\\u\u001e1|y", "all=x|x|y@en"],
  },
];

describe.each(CASES)("$name", ({ query, rows }) => {
  test("inline (the embedded store)", () => {
    expect(inline(query)).toEqual(rows);
  });
  test("split (a server)", async () => {
    expect(await split(query)).toEqual(rows);
  });
});

describe("the key the values are asked by", () => {
  const planOf = (query: string) => {
    const plan = planGroupConcat(prepareQuery(PREFIX + query), "split");
    if (!plan) throw new Error("no plan");
    return plan;
  };

  test("the fewest columns no two groups share", () => {
    const plan = planOf(
      "SELECT ?s ?o (GROUP_CONCAT(?r) AS ?all) { ?s :p ?o ; :r ?r } GROUP BY ?o ?s",
    );
    expect(narrowKey(plan, selectBindings(store, plan.grouped))).toEqual(["o"]);
    const both = planOf(
      "SELECT ?s ?o (GROUP_CONCAT(?r) AS ?all) { ?s ?p ?o ; :r ?r } GROUP BY ?s ?o",
    );
    // s1 has several values, and "1" is the value of two subjects: only both columns tell apart.
    expect(narrowKey(both, selectBindings(store, both.grouped))).toEqual(["s", "o"]);
  });

  test("every column when the groups answered may not be all (HAVING, LIMIT, OFFSET)", () => {
    const plan = planOf(
      "SELECT ?s ?o (GROUP_CONCAT(?r) AS ?all) { ?s :p ?o ; :r ?r } GROUP BY ?o ?s LIMIT 2",
    );
    expect(narrowKey(plan, selectBindings(store, plan.grouped))).toEqual(["o", "s"]);
  });
});
