// SHACL validation: the seed build conforms; broken graphs are reported with the focus node and the
// path; chunked validation agrees with validating at once; `laurel validate` exits 0 or 1; the
// build reports violations as "shacl" warnings.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DataFactory, Parser, type Quad } from "n3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../src/cli/index.ts";
import { writeRdf } from "../src/export/index.ts";
import { LAUREL, NS, OA, SKOS, XSD } from "../src/map/vocab.ts";
import { type BuildResult, buildGraph, CollectingSink } from "../src/pipeline/index.ts";
import {
  formatReport,
  reportShaclDiagnostics,
  type ValidationReport,
  validateQuads,
} from "../src/validate/index.ts";

const { namedNode, literal, quad } = DataFactory;
const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const RDF_TYPE = `${NS.rdf}type`;

let built: BuildResult;
let buildSink: CollectingSink;
let seed: Quad[];
let dir: string;

beforeAll(async () => {
  buildSink = new CollectingSink();
  built = await buildGraph(
    {
      paths: [root("data/announcements")],
      ...(existsSync(root("data/authority.ttl"))
        ? { authorityPath: root("data/authority.ttl") }
        : {}),
    },
    buildSink,
  );
  seed = new Parser({ format: "N-Quads" }).parse(built.nquads);
  dir = await mkdtemp(join(tmpdir(), "laurel-validate-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The first conferral (in IRI order) that has a date, and its quads. */
function datedConferral(): string {
  const conferrals = seed
    .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === LAUREL.Conferral)
    .map((q) => q.subject.value)
    .sort();
  const dated = conferrals.find((c) =>
    seed.some((q) => q.subject.value === c && q.predicate.value === LAUREL.date),
  );
  if (!dated) throw new Error("the seed build has no dated conferral");
  return dated;
}

function without(quads: Quad[], subject: string, predicate: string): Quad[] {
  return quads.filter((q) => !(q.subject.value === subject && q.predicate.value === predicate));
}

function find(report: ValidationReport, focusNode: string, path: string) {
  return report.results.filter((r) => r.focusNode === focusNode && r.path === path);
}

function captureIo() {
  const io = { out: "", err: "" };
  return {
    io,
    sink: {
      out: (text: string) => {
        io.out += text;
      },
      err: (text: string) => {
        io.err += text;
      },
      isTTY: false,
    },
  };
}

describe("validateQuads", () => {
  test("given the seed build, when validated, then it conforms with no results", async () => {
    const report = await validateQuads(built.store.quads());
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
    expect(formatReport(report)).toBe("The graph conforms to the Laurel shapes.\n");
  });

  test("given a conferral without its honor and with the date 'yesterday', when validated, then both are reported on that node and path", async () => {
    const conferral = datedConferral();
    const graph = seed.find((q) => q.subject.value === conferral)?.graph;
    const broken = [
      ...without(without(seed, conferral, LAUREL.honor), conferral, LAUREL.date),
      quad(
        namedNode(conferral),
        namedNode(LAUREL.date),
        literal("yesterday", namedNode(XSD.string)),
        graph,
      ),
    ];

    const report = await validateQuads(broken);

    expect(report.conforms).toBe(false);
    expect(find(report, conferral, LAUREL.honor)).toEqual([
      expect.objectContaining({
        severity: "Violation",
        message: "a conferral must name exactly one honor",
      }),
    ]);
    expect(find(report, conferral, LAUREL.date)).toEqual([
      expect.objectContaining({ severity: "Violation", value: '"yesterday"' }),
    ]);
    expect(report.results).toHaveLength(2);
    const text = formatReport(report);
    expect(text).toContain(
      `Violation: ${conferral} laurel:honor: a conferral must name exactly one honor`,
    );
    expect(text).toContain(`Violation: ${conferral} laurel:date: a date must be a valid xsd:date`);
    expect(text).toContain('(value: "yesterday")');
    expect(text.trimEnd().split("\n").at(-1)).toBe("2 results: the graph does not conform.");
  });

  test.each([
    {
      name: "a cohort size of 0",
      path: LAUREL.cohortSize,
      focus: () => datedConferral(),
      edit: (q: Quad[], c: string) => [
        ...without(q, c, LAUREL.cohortSize),
        quad(namedNode(c), namedNode(LAUREL.cohortSize), literal("0", namedNode(XSD.integer))),
      ],
    },
    {
      name: "an unknown status",
      path: LAUREL.status,
      focus: () => datedConferral(),
      edit: (q: Quad[], c: string) => [
        ...without(q, c, LAUREL.status),
        quad(namedNode(c), namedNode(LAUREL.status), namedNode(`${NS.laurel}pending`)),
      ],
    },
    {
      name: "a nominator that is also the issuer",
      path: LAUREL.nominator,
      focus: () => datedConferral(),
      edit: (q: Quad[], c: string) => {
        const issuer = q.find((x) => x.subject.value === c && x.predicate.value === LAUREL.issuer);
        const other = namedNode(`${NS.laurel}x`);
        return [
          ...q,
          ...(issuer ? [] : [quad(namedNode(c), namedNode(LAUREL.issuer), other)]),
          quad(namedNode(c), namedNode(LAUREL.nominator), issuer?.object ?? other),
        ];
      },
    },
    {
      name: "a recipient missing",
      path: LAUREL.recipient,
      focus: () => datedConferral(),
      edit: (q: Quad[], c: string) => without(q, c, LAUREL.recipient),
    },
    {
      name: "a conferral without evidence",
      path: LAUREL.evidence,
      focus: () => datedConferral(),
      edit: (q: Quad[], c: string) => without(q, c, LAUREL.evidence),
    },
    {
      name: "a selector starting after its end",
      path: OA.start,
      focus: () => seed.find((q) => q.predicate.value === OA.hasSelector)?.object.value as string,
      edit: (q: Quad[], s: string) => [
        ...without(q, s, OA.start),
        quad(namedNode(s), namedNode(OA.start), literal("999999", namedNode(XSD.integer))),
      ],
    },
    {
      name: "an entity with two preferred labels",
      path: SKOS.prefLabel,
      focus: () =>
        seed.find((q) => q.predicate.value === RDF_TYPE && q.object.value === LAUREL.Honor)?.subject
          .value as string,
      edit: (q: Quad[], e: string) => [
        ...q,
        quad(namedNode(e), namedNode(SKOS.prefLabel), literal("Another name")),
      ],
    },
    {
      name: "an announcement without its text",
      path: LAUREL.text,
      focus: () =>
        seed.find((q) => q.predicate.value === RDF_TYPE && q.object.value === LAUREL.Announcement)
          ?.subject.value as string,
      edit: (q: Quad[], a: string) => without(q, a, LAUREL.text),
    },
  ])(
    "given $name, when validated, then it is reported on that node and path",
    async ({ path, focus, edit }) => {
      const node = focus();
      const report = await validateQuads(edit(seed, node));
      expect(report.conforms).toBe(false);
      expect(find(report, node, path).length).toBeGreaterThan(0);
    },
  );

  test("given a broken graph, when validated in small chunks, then the results equal one pass", async () => {
    const conferral = datedConferral();
    const broken = without(without(seed, conferral, LAUREL.honor), conferral, LAUREL.evidence);
    const whole = await validateQuads(broken, { chunkSize: 1_000_000 });
    const chunked = await validateQuads(broken, { chunkSize: 50 });
    expect(whole.results.length).toBeGreaterThan(1);
    expect(chunked).toEqual(whole);
  });
});

describe("real-text graphs conform", () => {
  const buildTexts = async (texts: Record<string, string>) => {
    const corpus = await mkdtemp(join(tmpdir(), "laurel-validate-"));
    for (const [name, text] of Object.entries(texts)) await writeFile(join(corpus, name), text);
    const result = await buildGraph({ paths: [corpus] }, new CollectingSink());
    await rm(corpus, { recursive: true, force: true });
    return validateQuads(result.store.quads());
  };

  test("given characters past U+FFFF (an emoji, a rare Chinese character) by a selector's edge, when validated, then the strings conform", async () => {
    const report = await buildTexts({
      "a.txt": "News 🎉\n\nThe Hill Museum was named a National Science Base. 𠀀 end\n",
      "b.txt": "News\n\nThe Lake School 😀😀 was named a Provincial Green School.\n",
    });
    expect(report.results.map((r) => r.message)).toEqual([]);
  });

  test("given an event the text names but does not tell (no organizer, no date), when validated, then it has evidence and conforms", async () => {
    const report = await buildTexts({
      "c.txt":
        "News\n\nAt the 9th Congress of the Hillview Physics Society, Tan Yue won the award of advanced worker of the Society.\n",
    });
    expect(report.results.map((r) => r.message)).toEqual([]);
  });

  test("given a place as a recipient (a county named a demonstration county), when validated, then it conforms", async () => {
    const report = await buildTexts({
      "d.txt":
        "News\n\nQianxi County and Pingshan County were named national demonstration counties for rural roads.\n",
    });
    expect(report.results.map((r) => r.message)).toEqual([]);
  });

  test("given a work as a recipient (a quoted book that won an award), when validated, then it is a laurel:Work and conforms", async () => {
    const corpus = await mkdtemp(join(tmpdir(), "laurel-validate-"));
    await writeFile(
      join(corpus, "e.txt"),
      'News\n\nThe book "Stones That Sing" won the Riverland Reading Award.\n',
    );
    const result = await buildGraph({ paths: [corpus] }, new CollectingSink());
    await rm(corpus, { recursive: true, force: true });
    const works = result.store
      .quads()
      .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === LAUREL.Work);
    expect(works).toHaveLength(1);
    const report = await validateQuads(result.store.quads());
    expect(report.results.map((r) => r.message)).toEqual([]);
  });
});

describe("laurel validate", () => {
  test("given the seed store, when validated from the CLI, then it exits 0 and says it conforms", async () => {
    const store = join(dir, "seed.nq");
    await writeFile(store, built.nquads);
    const { io, sink } = captureIo();
    expect(await main(["validate", "--store", store], sink)).toBe(0);
    expect(io.out).toBe("The graph conforms to the Laurel shapes.\n");
    expect(io.err).toBe("");
  });

  test("given a store whose conferral lost its honor, when validated from the CLI, then it exits 1 and prints the violation", async () => {
    const conferral = datedConferral();
    const store = join(dir, "broken.nq");
    await writeFile(store, writeRdf(without(seed, conferral, LAUREL.honor), { format: "nquads" }));
    const { io, sink } = captureIo();
    expect(await main(["validate", "--store", store], sink)).toBe(1);
    expect(io.out).toContain(
      `Violation: ${conferral} laurel:honor: a conferral must name exactly one honor`,
    );
  });

  test("given no store, when validated from the CLI, then it exits 1 and says how to build one", async () => {
    const { io, sink } = captureIo();
    expect(await main(["validate", "--store", join(dir, "missing.nq")], sink)).toBe(1);
    expect(io.err).toContain("laurel build");
  });
});

describe("validation in the build", () => {
  test("given the seed corpus, when built, then no shacl diagnostic is reported", () => {
    expect(buildSink.diagnostics.filter((d) => d.code.startsWith("shacl"))).toEqual([]);
  });

  test("given a broken graph, when reported as build diagnostics, then each result is a shacl warning naming node and path", async () => {
    const conferral = datedConferral();
    const sink = new CollectingSink();
    await reportShaclDiagnostics(without(seed, conferral, LAUREL.honor), sink);
    expect(sink.diagnostics).toEqual([
      {
        code: "shacl",
        severity: "warning",
        message: `SHACL violation: ${conferral} laurel:honor: a conferral must name exactly one honor`,
      },
    ]);
  });

  test("given a graph over the size limit, when reported as build diagnostics, then validation is skipped with one info", async () => {
    const sink = new CollectingSink();
    await reportShaclDiagnostics(seed, sink, 100);
    expect(sink.diagnostics).toHaveLength(1);
    expect(sink.diagnostics[0]).toMatchObject({ code: "shacl-skipped", severity: "info" });
    expect(sink.diagnostics[0]?.message).toContain("laurel validate");
  });
});
