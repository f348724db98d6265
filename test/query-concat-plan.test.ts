// src/query/concat-plan.ts: how a SELECT with GROUP_CONCAT is rewritten, read on the syntax trees of
// the queries it makes (no store, no server).
import { readFileSync } from "node:fs";
import sparqljs from "sparqljs";
import { describe, expect, test } from "vitest";
import { type ConcatPlan, planGroupConcat, prepareQuery } from "../src/query/index.ts";

const PREFIX = "PREFIX : <http://example.org/>\n";

function planOf(text: string, mode: "split" | "inline" = "split"): ConcatPlan | undefined {
  return planGroupConcat(prepareQuery(text), mode);
}

function treeOf(text: string): sparqljs.SelectQuery {
  return new sparqljs.Parser().parse(text) as sparqljs.SelectQuery;
}

/** Every aggregate in a tree, as "name" or "DISTINCT name". */
function aggregatesIn(node: unknown): string[] {
  if (node === null || typeof node !== "object") return [];
  const n = node as { type?: string; aggregation?: string; distinct?: boolean };
  const own =
    n.type === "aggregate" ? [`${n.distinct ? "DISTINCT " : ""}${n.aggregation ?? ""}`] : [];
  return [...own, ...Object.values(node).flatMap(aggregatesIn)];
}

/** The projection of a query as text: ?name, or (EXPRESSION AS ?name) regenerated. */
function projectionOf(tree: sparqljs.SelectQuery): string[] {
  return (tree.variables as sparqljs.Variable[]).map((item) =>
    "expression" in item
      ? `${JSON.stringify(item.expression)} AS ?${item.variable.value}`
      : `?${item.value}`,
  );
}

describe("split: the groups and each GROUP_CONCAT's values, asked apart", () => {
  const text = readFileSync("queries/honor-names.rq", "utf8");
  const plan = planOf(text) as ConcatPlan;

  test("the grouped query keeps GROUP BY, ORDER BY and COUNT, and drops GROUP_CONCAT", () => {
    const grouped = treeOf(plan.grouped.text);
    expect(aggregatesIn(grouped.variables)).toEqual(["DISTINCT count"]);
    expect(plan.grouped.variables).toEqual(["honor", "label", "chinese", "name", "announcements"]);
    expect(grouped.group?.map((g) => (g.expression as sparqljs.VariableTerm).value)).toEqual([
      "honor",
      "label",
      "chinese",
      "name",
    ]);
    expect(grouped.order).toHaveLength(3);
    // The same WHERE, also where a string holds U+2028 (which sparqljs's indentation used to widen).
    expect(JSON.stringify(grouped.where)).toBe(JSON.stringify(treeOf(text).where));
  });

  test("a values query: DISTINCT as the aggregate was, the key columns asked and the value", () => {
    expect(plan.keys).toEqual(["honor", "label", "chinese", "name"]);
    const [values, ...more] = plan.values(["honor", "name"]);
    expect(more).toEqual([]);
    const tree = treeOf(values?.text ?? "");
    expect(tree.distinct).toBe(true);
    expect(tree.group).toBeUndefined();
    expect(tree.order).toBeUndefined();
    expect(aggregatesIn(tree)).toEqual([]);
    expect(values?.variables).toEqual(["honor", "name", plan.valueColumn]);
    const value = (
      tree.variables as sparqljs.VariableExpression[]
    )[2] as sparqljs.VariableExpression;
    expect((value.expression as sparqljs.VariableTerm).value).toBe("id");
    expect(plan.cells.map(({ variable, cell }) => `${variable}:${cell.kind}`)).toEqual([
      "honor:column",
      "label:column",
      "chinese:column",
      "name:column",
      "announcements:column",
      "announcementIds:groupConcat",
    ]);
  });

  test("CONCAT around GROUP_CONCAT is built here; its other arguments come as columns", () => {
    const plan = planOf(readFileSync("queries/who-honored-whom.rq", "utf8")) as ConcatPlan;
    const source = plan.cells.find((c) => c.variable === "source")?.cell;
    expect(source).toEqual({
      kind: "concat",
      args: [
        { kind: "column", name: "announcementId" },
        { kind: "constant", term: { type: "literal", value: ":" } },
        { kind: "groupConcat", index: 1, separator: "," },
      ],
    });
    // ?conferral is grouped on but not projected: the grouped query adds it, for the key.
    expect(plan.grouped.variables).toEqual([
      "recipient",
      "honor",
      "date",
      "status",
      "announcementId",
      "conferral",
    ]);
    expect(plan.values(plan.keys)).toHaveLength(2);
  });

  test("a GROUP BY expression without a name gets one, projected by both queries", () => {
    const plan = planOf(
      `${PREFIX}SELECT (GROUP_CONCAT(?o) AS ?all) WHERE { ?s :p ?o } GROUP BY (STR(?s))`,
    ) as ConcatPlan;
    const key = plan.keys[0] as string;
    expect(key).toMatch(/^laurel_key_\d+$/);
    const grouped = treeOf(plan.grouped.text);
    expect(grouped.group?.[0]?.variable?.value).toBe(key);
    expect(plan.grouped.variables).toContain(key);
    expect(projectionOf(treeOf(plan.values(plan.keys)[0]?.text ?? ""))[0]).toMatch(
      new RegExp(`"operator":"str".* AS \\?${key}$`),
    );
  });

  test("without GROUP BY the grouped query counts its solutions, so it stays one group", () => {
    const plan = planOf(`${PREFIX}SELECT (GROUP_CONCAT(?o) AS ?all) WHERE { ?s :p ?o }`);
    expect(plan?.rowsColumn).toMatch(/^laurel_rows_\d+$/);
    expect(aggregatesIn(treeOf(plan?.grouped.text ?? "").variables)).toEqual(["count"]);
    expect(plan?.keys).toEqual([]);
  });

  test("only a query with every group answered may narrow the key", () => {
    const having = readFileSync("queries/shared-organizations.rq", "utf8");
    expect(planOf(having)?.allGroups).toBe(false);
    expect(
      planOf(`${PREFIX}SELECT ?s (GROUP_CONCAT(?o) AS ?g) { ?s :p ?o } GROUP BY ?s LIMIT 5`)
        ?.allGroups,
    ).toBe(false);
    expect(plan.allGroups).toBe(true);
  });

  test("the columns it adds never take a name the query uses", () => {
    const plan = planOf(
      `${PREFIX}SELECT (GROUP_CONCAT(?laurel_value_0) AS ?laurel_rows_0) WHERE { ?s :p ?laurel_value_0 }`,
    ) as ConcatPlan;
    expect(plan.valueColumn).not.toBe("laurel_value_0");
    expect(plan.rowsColumn).not.toBe("laurel_rows_0");
  });
});

describe("inline: one query, each GROUP_CONCAT's pieces escaped", () => {
  test("the GROUP_CONCAT joins REPLACE(REPLACE(value)) with the separator no piece holds", () => {
    const plan = planOf(readFileSync("queries/honor-names.rq", "utf8"), "inline") as ConcatPlan;
    expect(plan.pieceColumns).toHaveLength(1);
    const grouped = treeOf(plan.grouped.text);
    const pieces = (grouped.variables as sparqljs.Variable[]).find(
      (item) => "expression" in item && item.variable.value === plan.pieceColumns[0],
    ) as sparqljs.VariableExpression;
    const aggregate = pieces.expression as sparqljs.AggregateExpression;
    expect(aggregate.separator).toBe("\u001f");
    expect(aggregate.distinct).toBe(true);
    const outer = aggregate.expression as sparqljs.OperationExpression;
    const inner = outer.args[0] as sparqljs.OperationExpression;
    expect([outer.operator, inner.operator]).toEqual(["replace", "replace"]);
    expect((inner.args[0] as sparqljs.VariableTerm).value).toBe("id");
    expect(plan.values(plan.keys)).toEqual([]);
  });
});

describe("queries left to the store as written", () => {
  test.each([
    ["no GROUP_CONCAT", "SELECT ?s (COUNT(?o) AS ?n) { ?s :p ?o } GROUP BY ?s"],
    ["SELECT DISTINCT", "SELECT DISTINCT (GROUP_CONCAT(?o) AS ?g) { ?s :p ?o } GROUP BY ?s"],
    [
      "ORDER BY its column",
      "SELECT ?s (GROUP_CONCAT(?o) AS ?g) { ?s :p ?o } GROUP BY ?s ORDER BY ?g",
    ],
    ["HAVING on it", 'SELECT ?s { ?s :p ?o } GROUP BY ?s HAVING (GROUP_CONCAT(?o) != "")'],
    ["another column using it", "SELECT (GROUP_CONCAT(?o) AS ?g) (STRLEN(?g) AS ?n) { ?s :p ?o }"],
    ["under another operator", "SELECT (STRLEN(GROUP_CONCAT(?o)) AS ?n) { ?s :p ?o }"],
    ["in a subquery", "SELECT ?g { { SELECT (GROUP_CONCAT(?o) AS ?g) { ?s :p ?o } } }"],
    ["an ASK", "ASK { ?s :p ?o }"],
  ])("%s", (_, query) => {
    expect(planOf(`${PREFIX}${query}`)).toBeUndefined();
  });
});
