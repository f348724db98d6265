// The mapping, end to end: a small announcement written for this test is built and its graph is
// compared with test/fixtures/map-golden/expected.ttl by isomorphism (set of canonical triples), and
// every selector in the seed build quotes exactly the text its offsets point at, and mapping looks up
// only the mentions referencedMentions names (what a reused graph's key covers).
// Regenerate the golden file after an intended change with UPDATE_GOLDEN=1 npx vitest run test/map.test.ts
// and read the diff before committing it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Parser, type Quad, type Term } from "n3";
import { beforeAll, describe, expect, test } from "vitest";
import { dataPrefixes, writeRdf } from "../src/export/index.ts";
import { GraphMapper, referencedMentions } from "../src/map/index.ts";
import { LAUREL, NS, OA } from "../src/map/vocab.ts";
import { buildGraph, CollectingSink } from "../src/pipeline/index.ts";
import { DEFAULT_BASE } from "../src/resolve/index.ts";
import type { Entity } from "../src/types.ts";

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const GOLDEN = root("test/fixtures/map-golden");
const XSD_STRING = `${NS.xsd}string`;

/** A term in N-Triples form (plain literals and xsd:string literals are the same term). */
function canonicalTerm(term: Term): string {
  switch (term.termType) {
    case "NamedNode":
      return `<${term.value}>`;
    case "Literal": {
      const text = JSON.stringify(term.value);
      if (term.language) return `${text}@${term.language}`;
      return term.datatype.value === XSD_STRING ? text : `${text}^^<${term.datatype.value}>`;
    }
    default:
      throw new Error(
        `${term.termType} ${term.value}: the comparison assumes a graph without blank nodes`,
      );
  }
}

/** The graph as a set of canonical triples (named graphs merged, as in the Turtle export). */
function canonicalTriples(quads: Iterable<Quad>): Set<string> {
  const triples = new Set<string>();
  for (const q of quads)
    triples.add(
      `${canonicalTerm(q.subject)} ${canonicalTerm(q.predicate)} ${canonicalTerm(q.object)} .`,
    );
  return triples;
}

/** Graphs without blank nodes are isomorphic exactly when their triple sets are equal. */
function isomorphismDiff(actual: Set<string>, expected: Set<string>) {
  return {
    missing: [...expected].filter((t) => !actual.has(t)).sort(),
    extra: [...actual].filter((t) => !expected.has(t)).sort(),
  };
}

function readableDiff(diff: { missing: string[]; extra: string[] }): string {
  return [
    `${diff.missing.length} triple(s) expected but not produced:`,
    ...diff.missing.map((t) => `  - ${t}`),
    `${diff.extra.length} triple(s) produced but not expected:`,
    ...diff.extra.map((t) => `  + ${t}`),
  ].join("\n");
}

describe("golden mapping", () => {
  let quads: Quad[];

  beforeAll(async () => {
    const sink = new CollectingSink();
    const built = await buildGraph({ paths: [GOLDEN], validateMaxQuads: 0 }, sink);
    quads = new Parser({ format: "N-Quads" }).parse(built.nquads);
    if (process.env.UPDATE_GOLDEN) {
      writeFileSync(
        `${GOLDEN}/expected.ttl`,
        writeRdf(quads, { format: "turtle", extraPrefixes: dataPrefixes(DEFAULT_BASE) }),
      );
    }
  });

  test("given the fixture announcement, when built, then the graph is isomorphic to expected.ttl", () => {
    const expected = canonicalTriples(
      new Parser({ format: "text/turtle" }).parse(readFileSync(`${GOLDEN}/expected.ttl`, "utf8")),
    );
    const diff = isomorphismDiff(canonicalTriples(quads), expected);
    if (diff.missing.length > 0 || diff.extra.length > 0) expect.fail(readableDiff(diff));
    expect(expected.size).toBeGreaterThan(50);
  });

  test("given the fixture announcement, when built, then the museum receives the honor from the national body", () => {
    const triples = canonicalTriples(quads);
    const conferral = "<https://w3id.org/laurel/id/announcement/input#c0>";
    for (const [p, o] of [
      [LAUREL.recipient, "<https://w3id.org/laurel/id/org/linhai-city-museum-of-natural-history>"],
      [
        LAUREL.honor,
        "<https://w3id.org/laurel/id/honor/national-science-popularization-education-base>",
      ],
      [
        LAUREL.issuer,
        "<https://w3id.org/laurel/id/org/china-association-for-science-and-technology>",
      ],
      [LAUREL.status, `<${LAUREL.conferred}>`],
      [LAUREL.date, `"2023-03-12"^^<${NS.xsd}date>`],
    ])
      expect(triples, `${p} ${o}`).toContain(`${conferral} <${p}> ${o} .`);
  });

  test("given the comparison, when a triple is added or dropped, then the diff names it", () => {
    const a = new Set(["<s> <p> <o> .", '<s> <p> "x" .']);
    const b = new Set(["<s> <p> <o> .", "<s> <p> <o2> ."]);
    expect(isomorphismDiff(a, b)).toEqual({
      missing: ["<s> <p> <o2> ."],
      extra: ['<s> <p> "x" .'],
    });
    expect(readableDiff(isomorphismDiff(a, b))).toContain('  + <s> <p> "x" .');
  });

  test("given the fixture announcement, when built, then its facts sit in its own named graph and labels in the entities graph", () => {
    const graphOf = (predicate: string) =>
      new Set(quads.filter((q) => q.predicate.value === predicate).map((q) => q.graph.value));
    expect(graphOf(LAUREL.recipient)).toEqual(new Set([`${DEFAULT_BASE}graph/input`]));
    expect(graphOf(OA.exact)).toEqual(new Set([`${DEFAULT_BASE}graph/input`]));
    expect(graphOf(`${NS.skos}prefLabel`)).toEqual(new Set([`${DEFAULT_BASE}graph/entities`]));
    expect(graphOf(`${NS.void}triples`)).toEqual(new Set([`${DEFAULT_BASE}graph/dataset`]));
  });
});

describe("selectors in the seed build", () => {
  let quads: Quad[];

  beforeAll(async () => {
    const authority = root("data/authority.ttl");
    const built = await buildGraph(
      {
        paths: [root("data/announcements")],
        ...(existsSync(authority) ? { authorityPath: authority } : {}),
        validateMaxQuads: 0,
      },
      new CollectingSink(),
    );
    quads = new Parser({ format: "N-Quads" }).parse(built.nquads);
  });

  test("given every mention and evidence node, when its text is sliced at oa:start..oa:end, then the slice equals oa:exact and the context matches", () => {
    const values = new Map<string, Map<string, string>>();
    for (const q of quads) {
      const byPredicate = values.get(q.subject.value) ?? new Map<string, string>();
      byPredicate.set(q.predicate.value, q.object.value);
      values.set(q.subject.value, byPredicate);
    }
    const annotated = quads.filter((q) => q.predicate.value === OA.hasSelector);
    expect(annotated.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const { subject, object: selector } of annotated) {
      const source = values.get(subject.value)?.get(OA.hasSource);
      const text = source ? values.get(source)?.get(LAUREL.text) : undefined;
      const s = values.get(selector.value);
      if (text === undefined || !s) {
        problems.push(`${subject.value}: no source text or selector`);
        continue;
      }
      const start = Number(s.get(OA.start));
      const end = Number(s.get(OA.end));
      const exact = s.get(OA.exact) ?? "";
      const prefix = s.get(OA.prefix) ?? "";
      const suffix = s.get(OA.suffix) ?? "";
      if (text.slice(start, end) !== exact)
        problems.push(`${selector.value}: text[${start}..${end}] is not ${JSON.stringify(exact)}`);
      if (text.slice(start - prefix.length, start) !== prefix)
        problems.push(`${selector.value}: prefix does not precede the quote`);
      if (text.slice(end, end + suffix.length) !== suffix)
        problems.push(`${selector.value}: suffix does not follow the quote`);
    }
    expect(problems).toEqual([]);
  });
});

describe("referencedMentions", () => {
  test("given each seed announcement, when mapped, then every mention it looks up is one referencedMentions names", async () => {
    // given the seed corpus built (a graph's reuse key hashes what these mentions resolve to)
    const built = await buildGraph(
      { paths: [root("data/announcements")], validateMaxQuads: 0 },
      new CollectingSink(),
    );
    for (const extraction of built.extractions) {
      // when the announcement is mapped with the lookups recorded
      const asked = new Set<string>();
      const entityOf = new (class extends Map<string, Entity> {
        override get(key: string): Entity | undefined {
          asked.add(key);
          return super.get(key);
        }
      })(built.resolution.entityOf);
      const mapper = new GraphMapper({ ...built.resolution, entityOf }, { base: DEFAULT_BASE });
      mapper.mapAnnouncement(extraction, []);
      // then nothing it looked up is missing from the key's list
      const referenced = new Set(referencedMentions(extraction));
      expect(asked.size).toBeGreaterThan(0);
      expect([...asked].filter((id) => !referenced.has(id))).toEqual([]);
    }
  });
});
