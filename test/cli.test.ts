import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runCli, tempDir } from "./support/cli.ts";

const CONTRACT_CONFERRALS = [
  "announcement",
  "announcementId",
  "recipient",
  "recipientLabel",
  "honor",
  "honorLabel",
  "issuer",
  "issuerLabel",
  "date",
  "status",
  "cohortSize",
];
const CONTRACT_MENTIONS = ["announcementId", "entity", "type", "label", "surface"];

let dir: string;
let store: string;
let out: string;

beforeAll(async () => {
  dir = await tempDir();
  store = join(dir, "laurel.nq");
  out = join(dir, "laurel.ttl");
  const run = await runCli(["build", "--store", store, "--out", out]);
  expect(run.code, run.err).toBe(0);
});

describe("laurel build", () => {
  test("prints a summary and writes the store and the Turtle export", async () => {
    const run = await runCli(["build", "--store", join(dir, "b.nq"), "--out", join(dir, "b.ttl")]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/announcements: 5 of 5/);
    expect(run.out).toMatch(/conferrals: +\d+/);
    expect(run.out).toMatch(/triples: +\d+/);
    expect((await readFile(join(dir, "b.ttl"), "utf8")).startsWith("@prefix laurel:")).toBe(true);
  });

  test("on a terminal, a long stage shows its progress with a rate; elsewhere it stays quiet", async () => {
    const corpus = await tempDir();
    for (let i = 0; i < 200; i++)
      await writeFile(
        join(corpus, `n${String(i).padStart(3, "0")}.txt`),
        `Notice ${i}\n\nThe Hill ${i} Museum was named a National Science Popularization Education Base.`,
      );
    const args = ["build", corpus, "--store", join(corpus, "s.nq"), "--out", join(corpus, "s.ttl")];
    const onTerminal = await runCli(args, { isTTY: true });
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.err).toMatch(/\rextract 50\/200 \(\d+\/s, about \d+ s left\)/);
    expect(onTerminal.err).toMatch(/\rextract 200\/200 \(\d+\/s\)/);
    expect(onTerminal.err.endsWith("\u001b[K\n")).toBe(true);
    const piped = await runCli([...args, "--full"]);
    expect(piped.err).toBe("");
  });

  test("building twice gives byte-identical store and export", async () => {
    const second = await runCli([
      "build",
      "--store",
      join(dir, "again.nq"),
      "--out",
      join(dir, "again.ttl"),
    ]);
    expect(second.code).toBe(0);
    expect(await readFile(join(dir, "again.nq"), "utf8")).toBe(await readFile(store, "utf8"));
    expect(await readFile(join(dir, "again.ttl"), "utf8")).toBe(await readFile(out, "utf8"));
  });

  test("a bad file is reported and the rest still builds; --strict makes it fatal and writes nothing", async () => {
    const corpus = await tempDir();
    await writeFile(
      join(corpus, "good.txt"),
      "City Museum Named a National Science Popularization Education Base\n\nThe Xiamen Science Museum was named a National Science Popularization Education Base.",
    );
    await writeFile(join(corpus, "bad.txt"), new Uint8Array([0xff, 0xfe, 0x41]));
    const target = await tempDir();
    const lenient = await runCli([
      "build",
      corpus,
      "--store",
      join(target, "s.nq"),
      "--out",
      join(target, "s.ttl"),
    ]);
    expect(lenient.code).toBe(0);
    expect(lenient.err).toContain("bad.txt");
    expect(lenient.err).toContain("UTF-8");
    const strictTarget = await tempDir();
    const strict = await runCli([
      "build",
      corpus,
      "--strict",
      "--store",
      join(strictTarget, "s.nq"),
      "--out",
      join(strictTarget, "s.ttl"),
    ]);
    expect(strict.code).toBe(1);
    expect(await readdir(strictTarget)).toEqual([]);
  });

  test("a directory with no announcements fails with exit 1", async () => {
    const empty = await tempDir();
    const run = await runCli([
      "build",
      empty,
      "--store",
      join(empty, "s.nq"),
      "--out",
      join(empty, "s.ttl"),
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("no .txt or .md announcements");
  });

  test("an export or store that is a folder, or the folder of the other, exits 2 before writing anything", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "taken"));
    const intoFolder = await runCli([
      "build",
      "--store",
      join(dir, "s.nq"),
      "--out",
      join(dir, "taken"),
    ]);
    expect(intoFolder.code).toBe(2);
    expect(intoFolder.err).toContain(
      `--out ${join(dir, "taken")} is a folder; name a file, such as`,
    );
    const clash = await runCli([
      "build",
      "--store",
      join(dir, "o", "s.nq"),
      "--out",
      join(dir, "o"),
    ]);
    expect(clash.code).toBe(2);
    expect(clash.err).toContain("is the folder --store");
    const same = await runCli(["build", "--store", join(dir, "x"), "--out", join(dir, "x")]);
    expect(same.code).toBe(2);
    expect(await readdir(dir)).toEqual(["taken"]);
  });

  test("wrong usage exits 2", async () => {
    expect((await runCli(["build", "--no-such-flag"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
    expect((await runCli(["build", "--max-quads", "many"])).code).toBe(2);
  });

  test("every command has --help", async () => {
    for (const command of ["build", "query", "export", "entities", "eval"]) {
      const run = await runCli([command, "--help"]);
      expect(run.code).toBe(0);
      expect(run.out).toContain(`laurel ${command}`);
    }
  });
});

describe("laurel query", () => {
  test("conferrals.rq returns the contract columns in W3C JSON", async () => {
    const run = await runCli([
      "query",
      "queries/conferrals.rq",
      "--store",
      store,
      "--format",
      "json",
    ]);
    expect(run.code, run.err).toBe(0);
    const json = JSON.parse(run.out);
    expect(json.head.vars.slice(0, CONTRACT_CONFERRALS.length)).toEqual(CONTRACT_CONFERRALS);
    expect(json.results.bindings.length).toBeGreaterThan(0);
    const statuses = new Set(
      json.results.bindings.map((b: Record<string, { value: string }>) => b.status?.value),
    );
    expect(
      [...statuses].every((s) =>
        ["conferred", "proposed", "renewed", "revoked"].includes(s as string),
      ),
    ).toBe(true);
  });

  test("mentions.rq returns the contract columns", async () => {
    const run = await runCli([
      "query",
      "queries/mentions.rq",
      "--store",
      store,
      "--format",
      "json",
    ]);
    const json = JSON.parse(run.out);
    expect(json.head.vars).toEqual(CONTRACT_MENTIONS);
    const types = new Set(
      json.results.bindings.map((b: Record<string, { value: string }>) => b.type?.value),
    );
    for (const type of types)
      expect([
        "Organization",
        "IssuingBody",
        "Person",
        "Program",
        "Honor",
        "Document",
        "Event",
        "Place",
      ]).toContain(type);
  });

  test("csv and tsv follow the SPARQL 1.1 result formats", async () => {
    const csv = await runCli([
      "query",
      "--query",
      "SELECT ?id WHERE { ?a <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id LIMIT 1",
      "--store",
      store,
      "--format",
      "csv",
    ]);
    expect(csv.out).toBe("id\r\n000_16d638510e5a080b\r\n");
    const tsv = await runCli([
      "query",
      "--query",
      "SELECT ?id WHERE { ?a <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id LIMIT 1",
      "--store",
      store,
      "--format",
      "tsv",
    ]);
    expect(tsv.out).toBe('?id\n"000_16d638510e5a080b"\n');
  });

  test("--param binds a value through the parsed query and stays a literal", async () => {
    const honors = await runCli([
      "query",
      "queries/honors-of-organization.rq",
      "--store",
      store,
      "--format",
      "json",
      "--param",
      "org=Chongqing University Cancer Hospital",
    ]);
    expect(JSON.parse(honors.out).results.bindings.length).toBeGreaterThanOrEqual(2);
    const hostile = await runCli([
      "query",
      "queries/honors-of-organization.rq",
      "--store",
      store,
      "--format",
      "json",
      "--param",
      'org=x" } ; DROP ALL ; #',
    ]);
    expect(hostile.code).toBe(0);
    expect(JSON.parse(hostile.out).results.bindings).toEqual([]);
    const after = await runCli([
      "query",
      "queries/conferrals.rq",
      "--store",
      store,
      "--format",
      "json",
    ]);
    expect(JSON.parse(after.out).results.bindings.length).toBeGreaterThan(0);
  });

  test("a SPARQL syntax error prints the line and column and exits 1", async () => {
    const file = join(dir, "bad.rq");
    await writeFile(file, "SELECT ?x\nWHERE { ?x ?y }\n");
    const run = await runCli(["query", file, "--store", store]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/bad\.rq: SPARQL syntax error at line 2, column \d+/);
  });

  test("CONSTRUCT prints Turtle", async () => {
    const run = await runCli([
      "query",
      "--query",
      "CONSTRUCT { ?a a <urn:x:A> } WHERE { ?a a <https://w3id.org/laurel/ns#Announcement> }",
      "--store",
      store,
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("<urn:x:A>");
  });

  test("a missing store says how to create it", async () => {
    const run = await runCli(["query", "queries/conferrals.rq", "--store", join(dir, "nope.nq")]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("laurel build");
  });

  test("a corrupt store says so", async () => {
    const bad = join(dir, "corrupt.nq");
    await writeFile(bad, "<a> <b> this is not n-quads\n");
    const run = await runCli(["query", "queries/conferrals.rq", "--store", bad]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/not valid N-Quads/);
  });
});

describe("laurel export", () => {
  test("turtle export equals the build's export; trig keeps one graph per announcement", async () => {
    const turtle = await runCli(["export", "--store", store]);
    expect(turtle.out).toBe(await readFile(out, "utf8"));
    const trig = await runCli(["export", "--store", store, "--format", "trig"]);
    const graphs = trig.out.match(/^graph:\S+ \{/gm) ?? [];
    expect(graphs.length).toBe(5 + 2);
  });

  test("--out writes a file atomically", async () => {
    const target = join(dir, "sub", "export.nq");
    await mkdir(join(dir, "sub"), { recursive: true });
    const run = await runCli(["export", "--store", store, "--format", "nquads", "--out", target]);
    expect(run.code).toBe(0);
    expect(await readFile(target, "utf8")).toBe(await readFile(store, "utf8"));
    expect((await readdir(join(dir, "sub"))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
