// `npm run bench -- --count N` (default 1000; --counts 1000,10000): Laurel at scale, stage by stage,
// against its limit (Oxigraph's own bulk load of the same N-Quads) and side by side with the tools
// a user would pick instead (rdflib, Apache Jena ARQ), plus the quality of the build against the
// generated gold. Prints a table and writes .bench/results-<count>.json.
//
// `npm run bench -- --ceiling` measures where the build stops fitting (see docs/BENCHMARKS.md).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import oxigraph from "oxigraph";
import { main as cli } from "../src/cli/index.ts";
import { dataPrefixes, QuadTable, writeRdf, writeRdfChunks } from "../src/export/index.ts";
import { extractFacts } from "../src/extract/index.ts";
import { readAnnouncements } from "../src/ingest/index.ts";
import { GraphTooLarge, mapToQuads } from "../src/map/index.ts";
import { buildGraph, CollectingSink, DEFAULT_MAX_QUADS } from "../src/pipeline/index.ts";
import { extractInWorkers } from "../src/pipeline/workers.ts";
import { prepareQuery, runQuery, selectBindings } from "../src/query/index.ts";
import {
  DEFAULT_BASE,
  loadAuthority,
  loadOverrides,
  resolveEntities,
} from "../src/resolve/index.ts";
import { LaurelStore, splitLines } from "../src/store/index.ts";
import { loadInWorker } from "../src/store/worker.ts";
import type { Extraction } from "../src/types.ts";
import {
  ensureCorpus,
  type Machine,
  MemorySampler,
  machine,
  maxRssBytes,
  median,
  megabytes,
  quantile,
  rate,
  run,
  seconds,
  type Timing,
  table,
  timed,
} from "./lib/measure.ts";
import { type PeerQuery, type PeerResult, runJena, runRdflib } from "./lib/peers.ts";
import {
  benchVirtuoso,
  childEndpointE2e,
  reportVirtuoso,
  saveVirtuosoResult,
} from "./lib/virtuoso-bench.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SELF = fileURLToPath(import.meta.url);
const QUERIES_DIR = join(ROOT, "queries");
const log = (line: string) => process.stderr.write(`${line}\n`);

interface StageResult extends Timing {
  stage: string;
  items?: number;
  unit?: string;
  bytes?: number;
  peakRss?: number;
  note?: string;
}

interface QueryResult {
  name: string;
  params?: Record<string, string>;
  rows: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  firstMs: number;
}

interface E2eResult {
  ok: boolean;
  wallMs: number;
  cpuMs?: number;
  maxRss?: number;
  sampledPeakRss?: number;
  exitCode?: number | null;
  error?: string;
}

interface BenchResult {
  count: number;
  seed: string;
  machine: Machine;
  date: string;
  corpus: { dir: string; bytes: number; announcements: number; generatedMs?: number };
  stages: StageResult[];
  quads: number;
  quadsPerAnnouncement: number;
  nquadsBytes: number;
  overCeiling?: string;
  bareLoad?: Timing & { noTransactionMs?: number; laurelOptionsMs?: number };
  e2e?: E2eResult;
  buildInProcessMs?: number;
  overhead?: {
    e2eOverBareLoad?: number;
    buildOverBareLoad?: number;
    /** Against the fastest bare load (Laurel's own load options). */
    e2eOverFastestBareLoad?: number;
  };
  memory: { sampledPeakRss: number; maxRss: number };
  queries: QueryResult[];
  quality?: unknown;
  qualityMs?: number;
  queryNotes?: string[];
  peers: PeerResult[];
}

// ---- child modes ------------------------------------------------------------------------------

/** `--child-e2e CORPUS RUNDIR`: the real CLI build in a fresh process, with its peak memory. */
async function childE2e(corpus: string, runDir: string): Promise<void> {
  const sampler = new MemorySampler(50);
  let stderr = "";
  const io = {
    out: () => {},
    err: (text: string) => {
      stderr += text;
    },
    isTTY: false,
  };
  const [code, timing] = await timed(() =>
    cli(
      [
        "build",
        corpus,
        "--store",
        join(runDir, "laurel.nq"),
        "--out",
        join(runDir, "laurel.ttl"),
        "--quiet",
      ],
      io,
    ),
  );
  const result: E2eResult = {
    ok: code === 0,
    exitCode: code,
    wallMs: timing.wallMs,
    cpuMs: timing.cpuMs,
    sampledPeakRss: await sampler.stop(),
    maxRss: maxRssBytes(),
    ...(code === 0 ? {} : { error: stderr.trim().split("\n").slice(0, 3).join(" | ") }),
  };
  process.stdout.write(`BENCH-RESULT ${JSON.stringify(result)}\n`);
}

/** `--child-build CORPUS K`: buildGraph (no ceiling) on the first K announcements; where does it break? */
async function childBuild(corpus: string, k: number, workers?: number): Promise<void> {
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, k)
    .map((f) => join(corpus, f));
  const sampler = new MemorySampler(100);
  const stages: Record<string, number> = {};
  let last = performance.now();
  let stage = "ingest+extract";
  const next = (name: string) => {
    stages[stage] = performance.now() - last;
    last = performance.now();
    stage = name;
  };
  const t0 = performance.now();
  let out: Record<string, unknown>;
  try {
    const result = await buildGraph(
      {
        paths: files,
        maxQuads: Number.MAX_SAFE_INTEGER,
        ...(workers === undefined ? {} : { workers }),
        onProgress: (name, done, total) => {
          if (name === "extract" && done === total) next("link+map");
          else if (name === "serialize" && done === 0) next("serialize");
          else if (name === "serialize" && done === total) next("done");
        },
      },
      new CollectingSink(),
    );
    out = {
      ok: true,
      announcements: result.summary.announcements,
      quads: result.summary.quads,
      nquadsBytes: result.nquadsChunks.reduce((n, c) => n + c.length, 0),
    };
  } catch (error) {
    out = { ok: false, failedIn: stage, error: String((error as Error).message).slice(0, 300) };
  }
  if (stage !== "done") stages[stage] = performance.now() - last;
  out.wallMs = performance.now() - t0;
  out.stages = stages;
  out.sampledPeakRss = await sampler.stop();
  out.maxRss = maxRssBytes();
  process.stdout.write(`BENCH-RESULT ${JSON.stringify(out)}\n`);
}

interface QuerySpec {
  reps: number;
  budgetMs: number;
  goldPath?: string;
  queries: Array<{ name: string; text: string; params: Record<string, string> }>;
}

/**
 * `--child-queries RUNDIR FROM`: loads RUNDIR/graph.nq and runs the named queries from index FROM
 * on, printing one line per query, then the quality score. The parent kills it when one query runs
 * past its limit (a synchronous query cannot be interrupted in-process) and starts over after it.
 */
async function childQueries(runDir: string, from: number): Promise<void> {
  const spec = JSON.parse(readFileSync(join(runDir, "queries.json"), "utf8")) as QuerySpec;
  const store = await LaurelStore.open(join(runDir, "graph.nq"));
  for (const [index, q] of spec.queries.entries()) {
    if (index < from) continue;
    process.stdout.write(`QSTART ${index}\n`);
    const times: number[] = [];
    let rows = 0;
    const started = performance.now();
    for (let i = 0; i < spec.reps; i++) {
      const t0 = performance.now();
      const out = runQuery(store, q.text, "json", { params: q.params, source: q.name });
      times.push(performance.now() - t0);
      process.stdout.write("QRUN\n");
      if (i === 0)
        rows =
          (JSON.parse(out) as { results?: { bindings: unknown[] } }).results?.bindings.length ?? 0;
      // At least three runs, unless one run alone is over the budget; then stop at the budget.
      if (
        (i >= 2 || (times[0] as number) > spec.budgetMs) &&
        performance.now() - started > spec.budgetMs
      )
        break;
    }
    const result: QueryResult = {
      name: q.name,
      ...(Object.keys(q.params).length > 0 ? { params: q.params } : {}),
      rows,
      runs: times.length,
      medianMs: median(times),
      p95Ms: quantile(times, 0.95),
      firstMs: times[0] as number,
    };
    process.stdout.write(`QRESULT ${JSON.stringify(result)}\n`);
  }
  if (spec.goldPath) {
    process.stdout.write(`QSTART ${spec.queries.length}\n`);
    const [quality, timing] = await timed(() => scoreQuality(store, spec.goldPath as string));
    process.stdout.write(`QUALITY ${JSON.stringify({ ...quality, ms: timing.wallMs })}\n`);
  }
}

/** Runs the queries child, restarting it after a query that overruns `perQueryMs`. */
async function runQueries(
  runDir: string,
  spec: QuerySpec,
  perQueryMs: number,
): Promise<{ queries: QueryResult[]; quality?: Quality & { ms: number }; notes: string[] }> {
  writeFileSync(join(runDir, "queries.json"), JSON.stringify(spec));
  const queries: QueryResult[] = [];
  const notes: string[] = [];
  let quality: (Quality & { ms: number }) | undefined;
  const last = spec.queries.length + (spec.goldPath ? 1 : 0);
  let from = 0;
  while (from < last) {
    const started = from;
    let current = from;
    const outcome = await new Promise<{ killed: boolean; error?: string }>((done) => {
      const child = spawn(
        process.execPath,
        [...process.execArgv, SELF, "--child-queries", runDir, String(started)],
        { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
      );
      let killed = false;
      let timer = setTimeout(() => {}, 0);
      const arm = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          killed = true;
          child.kill("SIGKILL");
        }, ms);
      };
      arm(perQueryMs + 600_000); // loading graph.nq comes first
      let buffer = "";
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (c: string) => {
        stderr = (stderr + c).slice(-5000);
      });
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        buffer += chunk;
        for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line.startsWith("QSTART ")) {
            current = Number(line.slice(7));
            log(`query: ${spec.queries[current]?.name ?? "quality"}`);
            arm(current < spec.queries.length ? perQueryMs : perQueryMs * 4);
          } else if (line === "QRUN") {
            arm(perQueryMs);
          } else if (line.startsWith("QRESULT ")) {
            queries.push(JSON.parse(line.slice(8)) as QueryResult);
            current++;
          } else if (line.startsWith("QUALITY ")) {
            quality = JSON.parse(line.slice(8)) as Quality & { ms: number };
            current++;
          }
        }
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        done({
          killed,
          ...(code === 0 || killed
            ? {}
            : { error: `exit ${code}: ${stderr.trim().split("\n").slice(-2).join(" | ")}` }),
        });
      });
    });
    if (current >= last) break;
    const name = spec.queries[current]?.name ?? "quality";
    const why = outcome.killed
      ? `one run took over ${(perQueryMs / 1000).toFixed(0)} s (abandoned)`
      : (outcome.error ?? "the query process stopped");
    notes.push(`${name}: ${why}`);
    log(`query: ${name}: ${why}`);
    from = current + 1;
  }
  return { queries, ...(quality ? { quality } : {}), notes };
}

/**
 * `--child-bare-load FILE.nq VARIANT`: Oxigraph's bulk load() of the file, alone in a fresh process.
 * "string": the whole file as one string, default options (the issue's baseline);
 * "string-no-transaction": the same without a transaction;
 * "chunks-lenient-no-transaction": 16 MB byte pieces, lenient, no transaction (what Laurel does).
 */
async function childBareLoad(file: string, variant: string): Promise<void> {
  const bytes = readFileSync(file);
  const input = variant.startsWith("chunks")
    ? splitLines(bytes, 16 * 1024 * 1024)
    : bytes.toString("utf8");
  const [, timing] = await timed(() => {
    const store = new oxigraph.Store();
    store.load(input, {
      format: "application/n-quads",
      ...(variant.includes("no-transaction") ? { no_transaction: true } : {}),
      ...(variant.includes("lenient") ? { lenient: true } : {}),
    });
    return store.size;
  });
  process.stdout.write(`BARE ${JSON.stringify(timing)}\n`);
}

/**
 * `--child-oxigraph FILE.nq`: loads renamed copies of the file into ONE fresh Oxigraph store until
 * the WebAssembly heap gives out, printing the store size after each copy.
 */
function childOxigraph(file: string): void {
  const text = readFileSync(file, "utf8");
  const store = new oxigraph.Store();
  for (let copy = 0; ; copy++) {
    const renamed = text.replaceAll(DEFAULT_BASE, `${DEFAULT_BASE}c${copy}/`);
    try {
      store.load(renamed, { format: "application/n-quads" });
    } catch (error) {
      process.stdout.write(`FAILED ${copy} ${String((error as Error).message).slice(0, 200)}\n`);
      return;
    }
    process.stdout.write(`SIZE ${copy + 1} ${store.size} ${process.memoryUsage.rss()}\n`);
  }
}

// ---- the benchmark ----------------------------------------------------------------------------

function queryFiles(): Array<{ name: string; text: string }> {
  return readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith(".rq"))
    .sort()
    .map((f) => ({
      name: f.replace(/\.rq$/, ""),
      text: readFileSync(join(QUERIES_DIR, f), "utf8"),
    }));
}

/** Parameters a query asks for in its usage comment ("--param org=..."). */
function paramsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/--param\s+([A-Za-z_]\w*)=/g)].map((m) => m[1] as string))];
}

async function runE2e(corpus: string, runDir: string, timeoutMs: number): Promise<E2eResult> {
  const child = await run(
    process.execPath,
    [...process.execArgv, SELF, "--child-e2e", corpus, runDir],
    { timeoutMs, cwd: ROOT },
  );
  const line = child.stdout.split("\n").find((l) => l.startsWith("BENCH-RESULT "));
  if (line) return JSON.parse(line.slice("BENCH-RESULT ".length)) as E2eResult;
  return {
    ok: false,
    wallMs: child.wallMs,
    error: child.timedOut
      ? `did not finish within ${(timeoutMs / 1000).toFixed(0)} s (killed)`
      : `child exited with ${child.code ?? child.signal}: ${child.stderr.trim().split("\n").slice(-3).join(" | ")}`,
  };
}

interface Options {
  seed: string;
  reps: number;
  root: string;
  peers: Set<string>;
  peerTimeoutMs: number;
  peerReps: number;
  e2e: boolean;
  e2eTimeoutMs: number;
  quality: boolean;
  turtleSample: number;
  queryTimeoutMs: number;
}

async function bench(count: number, o: Options): Promise<BenchResult> {
  const runDir = join(o.root, `run-${count}`);
  mkdirSync(runDir, { recursive: true });
  const corpus = ensureCorpus(o.root, count, o.seed, log);
  const result: BenchResult = {
    count,
    seed: o.seed,
    machine: machine(),
    date: new Date().toISOString(),
    corpus: {
      dir: corpus.dir,
      bytes: 0,
      announcements: 0,
      ...(corpus.generatedMs !== undefined ? { generatedMs: corpus.generatedMs } : {}),
    },
    stages: [],
    quads: 0,
    quadsPerAnnouncement: 0,
    nquadsBytes: 0,
    memory: { sampledPeakRss: 0, maxRss: 0 },
    queries: [],
    peers: [],
  };

  // 1. End to end: `laurel build` in a fresh process (its own peak memory, no warm JIT).
  if (o.e2e) {
    log(`e2e: laurel build ${corpus.dir} (fresh process, limit ${o.e2eTimeoutMs / 1000} s)`);
    result.e2e = await runE2e(corpus.dir, runDir, o.e2eTimeoutMs);
    log(
      `e2e: ${result.e2e.ok ? "ok" : `FAILED (${result.e2e.error})`} in ${seconds(result.e2e.wallMs)}`,
    );
  }

  // 2. Stage by stage in this process (the work sits in its own function so that its large
  // intermediates can be collected before the queries and peers run).
  const sampler = new MemorySampler(50);
  const { built, topRecipient } = await buildStages(corpus.dir, runDir, result, sampler, o);
  const inProcess = result.stages
    .filter((s) => !/workers|Turtle/.test(s.stage))
    .reduce((n, s) => n + s.wallMs, 0);
  result.buildInProcessMs = inProcess;
  if (result.bareLoad) {
    result.overhead = {
      buildOverBareLoad: inProcess / result.bareLoad.wallMs,
      ...(result.e2e?.ok ? { e2eOverBareLoad: result.e2e.wallMs / result.bareLoad.wallMs } : {}),
      ...(result.e2e?.ok && result.bareLoad.laurelOptionsMs
        ? { e2eOverFastestBareLoad: result.e2e.wallMs / result.bareLoad.laurelOptionsMs }
        : {}),
    };
  }
  result.memory = { sampledPeakRss: await sampler.stop(), maxRss: maxRssBytes() };

  // 3. Named queries on the built store, and the quality score, in a child process that loads
  // graph.nq (a query that runs away cannot be interrupted in-process).
  const peerQueries: PeerQuery[] = [];
  if (built) {
    const spec: QuerySpec = {
      reps: o.reps,
      budgetMs: 30_000,
      ...(o.quality ? { goldPath: corpus.goldPath } : {}),
      queries: queryFiles().map((q) => {
        const params = Object.fromEntries(paramsOf(q.text).map((p) => [p, topRecipient]));
        peerQueries.push({ name: q.name, text: prepareQuery(q.text, { params }).text });
        return { name: q.name, text: q.text, params };
      }),
    };
    const out = await runQueries(runDir, spec, o.queryTimeoutMs);
    result.queries = out.queries;
    result.queryNotes = out.notes;
    if (out.quality) {
      result.quality = out.quality;
      result.qualityMs = out.quality.ms;
    }
  }

  // 5. Peers on the same N-Quads and the same prepared queries.
  const nqPath = join(runDir, "graph.nq");
  if (built && existsSync(nqPath)) {
    if (o.peers.has("rdflib")) {
      log("peer: rdflib");
      result.peers.push(
        await runRdflib(nqPath, peerQueries, runDir, {
          reps: o.peerReps,
          budgetSeconds: 60,
          runLimitSeconds: o.queryTimeoutMs / 1000,
          timeoutMs: o.peerTimeoutMs,
        }),
      );
    }
    if (o.peers.has("jena")) {
      log("peer: jena");
      result.peers.push(
        await runJena(nqPath, peerQueries, runDir, {
          reps: Math.max(2, o.peerReps),
          timeoutMs: o.peerTimeoutMs,
          queryTimeoutMs: o.queryTimeoutMs * Math.max(2, o.peerReps) + 600_000,
        }),
      );
    }
  }
  return result;
}

/** Ingest -> extract -> link -> map -> N-Quads -> load -> Turtle, each timed; writes graph.nq. */
async function buildStages(
  corpusDir: string,
  runDir: string,
  result: BenchResult,
  sampler: MemorySampler,
  o: Options,
): Promise<{ built: boolean; topRecipient: string }> {
  const stage = async <T>(
    name: string,
    fn: () => T | Promise<T>,
    extra: (value: T) => Partial<StageResult> = () => ({}),
  ): Promise<T> => {
    log(`stage: ${name}`);
    sampler.reset();
    const [value, timing] = await timed(fn);
    const entry: StageResult = { stage: name, ...timing, peakRss: sampler.peak(), ...extra(value) };
    result.stages.push(entry);
    return value;
  };
  const sink = new CollectingSink();
  const { announcements } = await stage(
    "ingest",
    () => readAnnouncements([corpusDir], sink),
    (r) => ({ items: r.announcements.length, unit: "announcements" }),
  );
  const textBytes = announcements.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  result.corpus.bytes = textBytes;
  result.corpus.announcements = announcements.length;
  const extractions: Extraction[] = await stage(
    "extract (1 thread)",
    () => announcements.map((a) => extractFacts(a)),
    () => ({ items: announcements.length, unit: "announcements", bytes: textBytes }),
  );
  const cores = availableParallelism();
  if (cores > 1) {
    await stage(
      `extract (${cores} workers)`,
      async () => (await extractInWorkers(announcements, { workers: cores })).length,
      () => ({ items: announcements.length, unit: "announcements", bytes: textBytes }),
    );
  }
  const authorityPath = join(ROOT, "data/authority.ttl");
  const overridesPath = join(ROOT, "data/overrides.ttl");
  const authority = existsSync(authorityPath) ? await loadAuthority(authorityPath) : undefined;
  const overrides = existsSync(overridesPath) ? await loadOverrides(overridesPath) : undefined;
  const mentionCount = extractions.reduce((n, e) => n + e.mentions.length, 0);
  const resolution = await stage(
    "link (resolveEntities)",
    () =>
      resolveEntities(extractions, {
        ...(authority ? { authority } : {}),
        ...(overrides ? { overrides } : {}),
        base: DEFAULT_BASE,
      }),
    (r) => ({ items: mentionCount, unit: "mentions", note: `${r.entities.length} entities` }),
  );
  // The recipient with the most conferrals: the ?org parameter of honors-of-organization.rq.
  const perRecipient = new Map<string, number>();
  for (const e of extractions)
    for (const c of e.conferrals) {
      const label = resolution.entityOf.get(c.recipient)?.label;
      if (label) perRecipient.set(label, (perRecipient.get(label) ?? 0) + 1);
    }
  const topRecipient =
    [...perRecipient.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
  let mapped: ReturnType<typeof mapToQuads>;
  try {
    mapped = await stage(
      "map (mapToQuads)",
      () =>
        mapToQuads(extractions, resolution, { base: DEFAULT_BASE, maxQuads: DEFAULT_MAX_QUADS }),
      (r) => ({ items: r.quads.length, unit: "quads" }),
    );
  } catch (error) {
    if (!(error instanceof GraphTooLarge)) throw error;
    const perAnnouncement = error.quadsSoFar / Math.max(1, error.announcementsMapped);
    result.quadsPerAnnouncement = perAnnouncement;
    result.quads = Math.round(perAnnouncement * announcements.length);
    result.overCeiling = `about ${result.quads} quads > maxQuads ${DEFAULT_MAX_QUADS} (mapping stopped after ${error.announcementsMapped} announcements): laurel build refuses this corpus`;
    log(result.overCeiling);
    return { built: false, topRecipient };
  }
  extractions.length = 0;
  result.quads = mapped.quads.length;
  result.quadsPerAnnouncement = mapped.quads.length / Math.max(1, announcements.length);
  if (mapped.quads.length > DEFAULT_MAX_QUADS) {
    result.overCeiling = `${mapped.quads.length} quads > maxQuads ${DEFAULT_MAX_QUADS}: laurel build refuses this corpus`;
    log(result.overCeiling);
    return { built: false, topRecipient };
  }
  const table = await stage(
    "intern + sort (QuadTable.from)",
    () => QuadTable.from(mapped.quads),
    (t) => ({
      items: mapped.quads.length,
      unit: "quads",
      note: `${t.terms.length} distinct terms`,
    }),
  );
  mapped.quads.length = 0;
  let chunks: Uint8Array[] = await stage(
    "serialize N-Quads (QuadTable.nquadsChunks)",
    () => Array.from(table.nquadsChunks()),
    (c) => ({ items: table.size, unit: "quads", bytes: c.reduce((n, x) => n + x.length, 0) }),
  );
  result.nquadsBytes = chunks.reduce((n, x) => n + x.length, 0);
  const nqPath = join(runDir, "graph.nq");
  writeFileSync(nqPath, Buffer.concat(chunks));
  const loaded = await stage(
    "load store into Oxigraph (worker thread, as laurel serve)",
    () => loadInWorker(chunks, "the graph"),
    (l) => ({ items: l.size, unit: "quads" }),
  );
  chunks = loaded.chunks;
  await stage(
    "Turtle export (QuadTable, all graphs merged)",
    () =>
      Array.from(
        writeRdfChunks(table, { format: "turtle", extraPrefixes: dataPrefixes(DEFAULT_BASE) }),
      ).reduce((n, c) => n + c.length, 0),
    () => ({ items: table.size, unit: "quads" }),
  );
  // What `laurel export` does: writeRdf over the store's own (Oxigraph) quads, measured on a store
  // of the first N quads of the graph.
  const head = Buffer.concat(chunks.slice(0, Math.ceil((o.turtleSample * 400) / 16e6) + 1));
  let cut = 0;
  for (let i = 0; i < o.turtleSample && cut < head.length; i++) {
    const nl = head.indexOf(0x0a, cut);
    if (nl < 0) break;
    cut = nl + 1;
  }
  const sample = LaurelStore.fromNQuads(head.subarray(0, cut));
  await stage(
    `Turtle export (writeRdf over store.quads(), ${sample.size} quads)`,
    () =>
      writeRdf(sample.quads(), { format: "turtle", extraPrefixes: dataPrefixes(DEFAULT_BASE) })
        .length,
    () => ({ items: sample.size, unit: "quads" }),
  );
  // The limit: Oxigraph's own bulk load of the same N-Quads, each variant in a fresh process (a
  // process's WebAssembly memory never shrinks, so a second load in it would start warm).
  log("stage: bare Oxigraph load (fresh processes)");
  const bare = async (variant: string): Promise<Timing> => {
    const child = await run(
      process.execPath,
      [...process.execArgv, SELF, "--child-bare-load", nqPath, variant],
      { timeoutMs: o.e2eTimeoutMs, cwd: ROOT },
    );
    const line = child.stdout.split("\n").find((l) => l.startsWith("BARE "));
    if (!line) throw new Error(`bare load (${variant}) failed: ${child.stderr.trim().slice(-300)}`);
    return JSON.parse(line.slice(5)) as Timing;
  };
  const plain = await bare("string");
  const noTransaction = await bare("string-no-transaction");
  const laurelOptions = await bare("chunks-lenient-no-transaction");
  result.bareLoad = {
    ...plain,
    noTransactionMs: noTransaction.wallMs,
    laurelOptionsMs: laurelOptions.wallMs,
  };
  return { built: true, topRecipient };
}

interface Quality {
  source: "src/eval" | "fallback";
  categories: Record<string, { precision: number; recall: number; f1: number }>;
  linking?: { right: number; total: number };
  text: string;
}

/** Scores with src/eval when it exists; otherwise conferral precision/recall from conferrals.rq. */
async function scoreQuality(store: LaurelStore, goldPath: string): Promise<Quality> {
  const evalPath = join(ROOT, "src/eval/index.ts");
  if (existsSync(evalPath)) {
    const mod = (await import(evalPath)) as {
      loadGold(path: string): Promise<unknown>;
      evaluate(
        store: LaurelStore,
        gold: unknown,
      ): Promise<{
        categories: Record<string, { precision: number; recall: number; f1: number }>;
        linking: { right: number; total: number };
      }>;
      formatEvalReport(report: unknown, verbose?: boolean): string;
    };
    const report = await mod.evaluate(store, await mod.loadGold(goldPath));
    return {
      source: "src/eval",
      categories: report.categories,
      linking: { right: report.linking.right, total: report.linking.total },
      text: mod
        .formatEvalReport({ ...report, linking: { ...report.linking, failures: [] } }, false)
        .trimEnd(),
    };
  }
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as {
    docs: Record<string, { awards: Array<{ recipient: string; honor: string }> }>;
  };
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .split(" ")
      .filter((w) => w && w !== "the")
      .map((w) => (w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w))
      .join(" ");
  const want = new Set<string>();
  for (const [id, doc] of Object.entries(gold.docs))
    for (const a of doc.awards) want.add(`${id}|${key(a.recipient)}|${key(a.honor)}`);
  const got = new Set<string>();
  const rows = selectBindings(
    store,
    prepareQuery(readFileSync(join(QUERIES_DIR, "conferrals.rq"), "utf8")),
  ).rows;
  for (const r of rows)
    got.add(
      `${r.announcementId?.value}|${key(r.recipientLabel?.value ?? "")}|${key(r.honorLabel?.value ?? "")}`,
    );
  let tp = 0;
  for (const g of got) if (want.has(g)) tp++;
  const precision = got.size === 0 ? 1 : tp / got.size;
  const recall = want.size === 0 ? 1 : tp / want.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    source: "fallback",
    categories: { conferrals: { precision, recall, f1 } },
    text: `conferrals (recipient+honor per announcement): precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`,
  };
}

function ratio(x: number): string {
  return `${x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2)}x`;
}

function report(r: BenchResult): string {
  const m = r.machine;
  const lines: string[] = [];
  lines.push(
    `Laurel benchmark: ${r.count} announcements (${(r.corpus.bytes / 1e6).toFixed(1)} MB, seed ${r.seed})`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, load average ${m.loadAverage.join(" ")}`,
    "",
  );
  const stageRows = r.stages.map((s) => {
    const throughput =
      s.items !== undefined && s.unit
        ? rate(s.items, s.wallMs, s.unit.replace("announcements", "ann"))
        : "";
    const mb =
      s.bytes !== undefined && s.stage.startsWith("extract")
        ? rate(s.bytes / 1e6, s.wallMs, "MB")
        : "";
    return [
      s.stage,
      seconds(s.wallMs),
      seconds(s.cpuMs),
      throughput,
      mb,
      megabytes(s.peakRss),
      s.note ?? "",
    ];
  });
  lines.push(
    table(["stage", "wall", "CPU", "throughput", "MB/s", "peak RSS", ""], stageRows),
    "",
    `graph: ${r.quads} quads, ${r.quadsPerAnnouncement.toFixed(1)} per announcement, N-Quads ${megabytes(r.nquadsBytes)}`,
  );
  if (r.overCeiling) lines.push(`CEILING: ${r.overCeiling}`);
  if (r.bareLoad)
    lines.push(
      `limit: Oxigraph bulk load() of the same N-Quads string in a fresh process: ${seconds(r.bareLoad.wallMs)} (${rate(r.quads, r.bareLoad.wallMs, "quads")}); with no_transaction ${seconds(r.bareLoad.noTransactionMs)}; 16 MB byte pieces, lenient, no transaction (as Laurel loads) ${seconds(r.bareLoad.laurelOptionsMs)}`,
    );
  const cpuBuild = r.stages
    .filter((s) => !/workers|Turtle/.test(s.stage))
    .reduce((n, s) => n + s.cpuMs, 0);
  if (r.bareLoad)
    lines.push(
      `CPU time: build ${seconds(cpuBuild)} against bare load ${seconds(r.bareLoad.cpuMs)} (${ratio(cpuBuild / r.bareLoad.cpuMs)}); wall figures suffer when other processes share the cores`,
    );
  if (r.buildInProcessMs !== undefined)
    lines.push(
      `build in process (ingest..load, 1 thread for extraction): ${seconds(r.buildInProcessMs)}${r.overhead?.buildOverBareLoad ? `, ${r.overhead.buildOverBareLoad.toFixed(1)}x the bare load` : ""}`,
    );
  if (r.e2e)
    lines.push(
      r.e2e.ok
        ? `end to end (\`laurel build\`, fresh process): ${seconds(r.e2e.wallMs)} wall, ${seconds(r.e2e.cpuMs)} CPU, peak RSS ${megabytes(r.e2e.sampledPeakRss)} sampled / ${megabytes(r.e2e.maxRss)} maxRSS${r.overhead?.e2eOverBareLoad ? `; ${r.overhead.e2eOverBareLoad.toFixed(1)}x the bare string load` : ""}${r.overhead?.e2eOverFastestBareLoad ? `, ${r.overhead.e2eOverFastestBareLoad.toFixed(1)}x the fastest bare load` : ""}`
        : `end to end (\`laurel build\`): FAILED after ${seconds(r.e2e.wallMs)}: ${r.e2e.error}`,
    );
  lines.push(
    `this process: peak RSS ${megabytes(r.memory.sampledPeakRss)} sampled / ${megabytes(r.memory.maxRss)} maxRSS`,
    "",
  );
  if (r.queries.length > 0) {
    const peers = r.peers.filter((p) => p.available && !p.error);
    const header = ["query", "rows", "median", "p95", "first"];
    for (const p of peers)
      header.push(
        p.name === "jena" ? "jena first" : `${p.name}`,
        p.name === "jena" ? "jena warm" : "",
        "ratio",
      );
    // Queries Laurel had to abandon still get a row, with the peers' figures.
    const names = [
      ...new Set([
        ...r.queries.map((q) => q.name),
        ...peers.flatMap((p) => Object.keys(p.queries)),
      ]),
    ].sort();
    const rows = names.map((name) => {
      const q: QueryResult = r.queries.find((x) => x.name === name) ?? {
        name,
        rows: Number.NaN,
        runs: 0,
        medianMs: Number.NaN,
        p95Ms: Number.NaN,
        firstMs: Number.NaN,
      };
      const cells = [
        q.name,
        q.runs > 0 ? String(q.rows) : "-",
        q.runs > 0 ? seconds(q.medianMs) : "abandoned",
        seconds(q.p95Ms),
        seconds(q.firstMs),
      ];
      for (const p of peers) {
        const pq = p.queries[q.name];
        if (!pq || pq.error || pq.medianMs === undefined) {
          cells.push(pq?.error ? "error" : "-", "", "");
          continue;
        }
        if (p.name === "jena") cells.push(seconds(pq.firstMs), seconds(pq.medianMs));
        else cells.push(seconds(pq.medianMs), "");
        cells.push(q.runs > 0 ? ratio(pq.medianMs / q.medianMs) : "");
      }
      return cells;
    });
    lines.push(
      `named queries on the built store (${r.queries[0]?.runs ?? 0}+ runs; ratio = peer median / Laurel median, >1 means Laurel is faster)`,
      table(header, rows),
      ...(r.queryNotes ?? []).map((n) => `  not measured: ${n}`),
      "",
    );
  } else if (r.queryNotes?.length) {
    lines.push(...r.queryNotes.map((n) => `query not measured: ${n}`), "");
  }
  for (const p of r.peers) {
    if (!p.available) lines.push(`${p.name}: not installed; install with: ${p.install}`);
    else if (p.error) lines.push(`${p.name}: ${p.error}`);
    else
      lines.push(
        `${p.name} ${p.version ?? ""}: load ${seconds(p.loadMs)}${p.parseMs ? ` (JVM start + parse + index, per process; parse alone ${seconds(p.parseMs)})` : ""}${r.bareLoad && p.loadMs ? ` (${(p.loadMs / r.bareLoad.wallMs).toFixed(1)}x Oxigraph's bulk load)` : ""}${p.maxRssBytes ? `, peak RSS ${megabytes(p.maxRssBytes)}` : ""}${
          Object.values(p.queries).some((q) => q.error)
            ? `; errors: ${Object.entries(p.queries)
                .filter(([, q]) => q.error)
                .map(([n, q]) => `${n}: ${q.error}`)
                .join("; ")}`
            : ""
        }`,
      );
  }
  const quality = r.quality as Quality | undefined;
  if (quality) {
    lines.push(
      "",
      `quality against the generated gold (${quality.source}, ${seconds(r.qualityMs)}):`,
      quality.text,
    );
  }
  return `${lines.join("\n")}\n`;
}

// ---- ceiling ----------------------------------------------------------------------------------

async function ceiling(o: Options, sizes: number[], unitCount: number): Promise<void> {
  const out: Record<string, unknown> = { machine: machine(), date: new Date().toISOString() };
  const biggest = Math.max(...sizes);
  const corpus = ensureCorpus(o.root, biggest, o.seed, log);
  const builds: unknown[] = [];
  for (const k of sizes) {
    log(`ceiling: buildGraph on the first ${k} announcements (no maxQuads)`);
    const child = await run(
      process.execPath,
      [
        ...process.execArgv,
        "--max-old-space-size=16384",
        SELF,
        "--child-build",
        corpus.dir,
        String(k),
      ],
      { timeoutMs: o.e2eTimeoutMs, cwd: ROOT },
    );
    const line = child.stdout.split("\n").find((l) => l.startsWith("BENCH-RESULT "));
    const entry = line
      ? { announcements: k, ...JSON.parse(line.slice(13)) }
      : {
          announcements: k,
          ok: false,
          error: child.timedOut
            ? "timed out"
            : `exit ${child.code ?? child.signal}: ${child.stderr.trim().split("\n").slice(-3).join(" | ")}`,
        };
    log(`ceiling: ${JSON.stringify(entry)}`);
    builds.push(entry);
  }
  out.builds = builds;
  // Oxigraph alone: renamed copies of a unit graph loaded into one store until it fails.
  const unitRun = join(o.root, `run-${unitCount}`, "graph.nq");
  if (!existsSync(unitRun)) {
    log(`ceiling: building the ${unitCount}-announcement unit graph first`);
    await bench(unitCount, { ...o, e2e: false, peers: new Set(), quality: false, reps: 1 });
  }
  log("ceiling: loading copies into one Oxigraph store until it fails");
  const child = await run(
    process.execPath,
    [...process.execArgv, SELF, "--child-oxigraph", unitRun],
    {
      timeoutMs: o.e2eTimeoutMs,
      cwd: ROOT,
    },
  );
  const sizesSeen = child.stdout
    .split("\n")
    .filter((l) => l.startsWith("SIZE "))
    .map((l) => l.split(" ").map(Number));
  const lastOk = sizesSeen[sizesSeen.length - 1];
  out.oxigraph = {
    unit: unitRun,
    copiesLoaded: lastOk?.[1] ?? 0,
    quadsLoaded: lastOk?.[2] ?? 0,
    rssAtLastSuccess: lastOk?.[3] ?? 0,
    failure:
      child.stdout.split("\n").find((l) => l.startsWith("FAILED")) ??
      `exit ${child.code ?? child.signal}: ${child.stderr.trim().split("\n").slice(-2).join(" | ")}`,
  };
  log(`ceiling: ${JSON.stringify(out.oxigraph)}`);
  writeFileSync(join(o.root, "ceiling.json"), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

// ---- workers sweep ----------------------------------------------------------------------------

/** Fresh `buildGraph` processes on the first N announcements, single-threaded against workers. */
async function workersSweep(o: Options, sizes: number[]): Promise<void> {
  const corpus = ensureCorpus(o.root, Math.max(...sizes), o.seed, log);
  const cores = availableParallelism();
  const rows: string[][] = [];
  const out: unknown[] = [];
  for (const n of sizes) {
    const times: Record<string, number> = {};
    for (const workers of [0, cores]) {
      const child = await run(
        process.execPath,
        [...process.execArgv, SELF, "--child-build", corpus.dir, String(n), String(workers)],
        { timeoutMs: o.e2eTimeoutMs, cwd: ROOT },
      );
      const line = child.stdout.split("\n").find((l) => l.startsWith("BENCH-RESULT "));
      const parsed = line
        ? (JSON.parse(line.slice(13)) as { stages: Record<string, number>; wallMs: number })
        : undefined;
      times[workers === 0 ? "single" : "workers"] = parsed?.stages["ingest+extract"] ?? Number.NaN;
      log(
        `sweep: ${n} announcements, ${workers} workers: ${seconds(parsed?.stages["ingest+extract"])}`,
      );
    }
    out.push({ announcements: n, ...times });
    rows.push([
      String(n),
      seconds(times.single),
      seconds(times.workers),
      ratio((times.single as number) / (times.workers as number)),
    ]);
  }
  const m = machine();
  process.stdout.write(
    `ingest + extract in a fresh process, 1 thread against ${cores} worker threads\nmachine: ${m.cpu}, ${m.cores} cores, load average ${m.loadAverage.join(" ")}\n\n${table(["announcements", "1 thread", `${cores} workers`, "speed-up"], rows)}\n`,
  );
  writeFileSync(
    join(o.root, "workers-sweep.json"),
    `${JSON.stringify({ machine: m, sweep: out }, null, 2)}\n`,
  );
}

// ---- command line -----------------------------------------------------------------------------

async function mainCommand(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === "--child-e2e") return childE2e(argv[1] as string, argv[2] as string);
  if (argv[0] === "--child-build")
    return childBuild(
      argv[1] as string,
      Number(argv[2]),
      argv[3] === undefined ? undefined : Number(argv[3]),
    );
  if (argv[0] === "--child-oxigraph") return childOxigraph(argv[1] as string);
  if (argv[0] === "--child-bare-load") return childBareLoad(argv[1] as string, argv[2] as string);
  if (argv[0] === "--report") {
    // Re-print the table of a saved run: npm run bench -- --report .bench/results-10000.json
    process.stdout.write(
      report(JSON.parse(readFileSync(argv[1] as string, "utf8")) as BenchResult),
    );
    return;
  }
  if (argv[0] === "--child-queries") return childQueries(argv[1] as string, Number(argv[2]));
  if (argv[0] === "--child-endpoint-e2e")
    return childEndpointE2e(argv[1] as string, argv[2] as string, argv[3] as string);
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: "string" },
      counts: { type: "string" },
      seed: { type: "string", default: "laurel" },
      reps: { type: "string", default: "20" },
      peers: { type: "string", default: "rdflib,jena" },
      "peer-reps": { type: "string", default: "5" },
      "peer-timeout": { type: "string", default: "1800" },
      "no-e2e": { type: "boolean" },
      "e2e-timeout": { type: "string", default: "1800" },
      "no-quality": { type: "boolean" },
      "turtle-sample": { type: "string", default: "100000" },
      "query-timeout": { type: "string", default: "300" },
      ceiling: { type: "boolean" },
      "workers-sweep": { type: "string" },
      "ceiling-sizes": { type: "string", default: "8000,10000,12000,16000" },
      dir: { type: "string", default: ".bench" },
      endpoint: { type: "string" },
      "virtuoso-buffers": { type: "string", default: "680000" },
      "endpoint-reps": { type: "string", default: "5" },
      "endpoint-query-budget": { type: "string", default: "60" },
      "max-old-space": { type: "string", default: "16384" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(`Usage: npm run bench -- [--count N | --counts N,M] [options]

  --seed S            corpus seed (default laurel); corpora are cached in .bench/corpus-S-N
  --reps N            runs per named query (default 20)
  --peers LIST        rdflib,jena (default) or none
  --peer-reps N       runs per query for the peers (default 5; Jena: first run + warm runs)
  --peer-timeout S    seconds before a peer process is killed (default 1800)
  --no-e2e            skip the fresh-process \`laurel build\`
  --e2e-timeout S     seconds before it is killed (default 1800)
  --no-quality        skip scoring against the generated gold
  --turtle-sample N   quads for the store.quads() Turtle export sample (default 100000)
  --query-timeout S   seconds one run of a named query may take before it is abandoned (default 300)
  --ceiling           measure where the build and Oxigraph stop fitting (--ceiling-sizes LIST)
  --workers-sweep L   ingest+extract time, 1 thread against worker threads, at sizes L (e.g. 100,500,1000)
  --dir DIR           working directory (default .bench)
  --endpoint local    build into a fresh local Virtuoso (scripts/virtuoso.sh) end to end, against
                      Virtuoso's own bulk load of the same N-Quads; then the named queries there
  --virtuoso-buffers N   NumberOfBuffers of both servers (default 680000, 8 KB pages: 5.6 GB)
  --endpoint-reps N   warm runs per named query on the server (default 5)
  --endpoint-query-budget S  no further warm runs of a query once it has taken S seconds (default 60)
  --max-old-space MB  heap of the \`laurel build\` child with --endpoint (default 16384)
  --report FILE       print the table of a saved results-N.json again
`);
    return;
  }
  const o: Options = {
    seed: values.seed as string,
    reps: Math.max(1, Number(values.reps)),
    root: resolve(values.dir as string),
    peers: new Set(
      (values.peers as string)
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s && s !== "none"),
    ),
    peerReps: Math.max(1, Number(values["peer-reps"])),
    peerTimeoutMs: Number(values["peer-timeout"]) * 1000,
    e2e: !values["no-e2e"],
    e2eTimeoutMs: Number(values["e2e-timeout"]) * 1000,
    quality: !values["no-quality"],
    turtleSample: Number(values["turtle-sample"]),
    queryTimeoutMs: Number(values["query-timeout"]) * 1000,
  };
  mkdirSync(o.root, { recursive: true });
  if (values["workers-sweep"]) {
    return workersSweep(
      o,
      (values["workers-sweep"] as string).split(",").map((n) => Number(n)),
    );
  }
  if (values.ceiling) {
    const sizes = (values["ceiling-sizes"] as string).split(",").map(Number);
    return ceiling(o, sizes, 1000);
  }
  const counts = (values.counts ?? values.count ?? "1000")
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  if (counts.length === 0) throw new Error("--count/--counts take positive whole numbers");
  if (values.endpoint !== undefined) {
    if (values.endpoint !== "local") throw new Error("--endpoint takes only local");
    for (const count of counts) await runVirtuosoBench(count, o, values);
    return;
  }
  for (const count of counts) {
    const r = await bench(count, o);
    const text = report(r);
    process.stdout.write(`\n${text}`);
    const path = join(o.root, `results-${count}.json`);
    writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
    writeFileSync(join(o.root, `results-${count}.txt`), text);
    log(`wrote ${path}`);
  }
}

async function runVirtuosoBench(
  count: number,
  o: Options,
  values: Record<string, unknown>,
): Promise<void> {
  const heap = `--max-old-space-size=${Number(values["max-old-space"])}`;
  const r = await benchVirtuoso(count, {
    root: o.root,
    seed: o.seed,
    reps: Math.max(1, Number(values["endpoint-reps"])),
    queryBudgetMs: Number(values["endpoint-query-budget"]) * 1000,
    queryTimeoutMs: o.queryTimeoutMs,
    buffers: Number(values["virtuoso-buffers"]),
    e2eTimeoutMs: o.e2eTimeoutMs,
    nodeArgs: [...process.execArgv, heap],
    self: SELF,
    log,
  });
  process.stdout.write(`\n${reportVirtuoso(r)}`);
  log(`wrote ${saveVirtuosoResult(o.root, r)}`);
}

await mainCommand();
