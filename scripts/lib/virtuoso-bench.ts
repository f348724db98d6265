// `npm run bench -- --count N --endpoint local`: `laurel build --endpoint local` of N generated
// announcements into a fresh Virtuoso (scripts/virtuoso.sh), end to end in a fresh process, against
// Virtuoso's own bulk load (ld_dir + rdf_loader_run + checkpoint) of the same N-Quads into another
// fresh Virtuoso; then the named queries on the built server, beside the embedded store's medians
// of an earlier `npm run bench -- --count 10000` (results-10000.json) when there is one.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { link, mkdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { main as cli } from "../../src/cli/index.ts";
import { EndpointClient, queryEndpoint } from "../../src/endpoint/index.ts";
import { isql } from "../../src/endpoint/virtuoso.ts";
import { LAUREL, SKOS } from "../../src/map/vocab.ts";
import { prepareQuery } from "../../src/query/index.ts";
import { freePort } from "./free-port.ts";
import {
  ensureCorpus,
  MemorySampler,
  machine,
  maxRssBytes,
  median,
  megabytes,
  quantile,
  run,
  seconds,
  table,
  timed,
} from "./measure.ts";

const execute = promisify(execFile);

export interface VirtuosoBenchOptions {
  root: string;
  seed: string;
  /** Warm runs per named query on the server, after a first one. */
  reps: number;
  /** Warm runs stop once a query has taken this long in all (at least one warm run). */
  queryBudgetMs: number;
  /** Longest one run may take before it is abandoned. */
  queryTimeoutMs: number;
  /** Virtuoso's NumberOfBuffers (8 KB pages) for both servers. */
  buffers: number;
  e2eTimeoutMs: number;
  /** The node binary and flags a child runs with (the bench's own, plus a larger heap). */
  nodeArgs: string[];
  self: string;
  log: (line: string) => void;
}

interface ServerMemory {
  /** Virtuoso's peak resident memory (VmHWM), bytes. */
  peakRss?: number;
}

interface EndpointE2e {
  ok: boolean;
  wallMs: number;
  cpuMs?: number;
  maxRss?: number;
  sampledPeakRss?: number;
  /** The bulk load's own seconds, as `laurel build` printed them. */
  loadMs?: number;
  quads?: number;
  error?: string;
}

interface ServerQuery {
  name: string;
  rows: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  firstMs: number;
  embedded10kMs?: number;
  error?: string;
}

export interface VirtuosoBenchResult {
  count: number;
  seed: string;
  date: string;
  machine: ReturnType<typeof machine>;
  buffers: number;
  corpus: { dir: string; bytes: number };
  nquadsBytes: number;
  e2e: EndpointE2e;
  buildServer: ServerMemory & { quads?: number };
  bareLoad?: { wallMs: number; quads?: number } & ServerMemory;
  ratio?: number;
  queries: ServerQuery[];
  embeddedReference?: string;
}

/** `--child-endpoint-e2e CORPUS STORE DIR`: `laurel build --endpoint local` in this fresh process. */
export async function childEndpointE2e(corpus: string, store: string, dir: string): Promise<void> {
  const sampler = new MemorySampler(50);
  let out = "";
  let err = "";
  const io = {
    out: (text: string) => {
      out += text;
    },
    err: (text: string) => {
      err += text;
    },
    isTTY: false,
  };
  const args = ["build", corpus, "--store", store, "--endpoint", "local", "--virtuoso-dir", dir];
  const [code, timing] = await timed(() => cli(args, io));
  const loaded = /^loaded: .*\(([\d.]+) s\)$/m.exec(out)?.[1];
  const quads = /^triples: +(\d+)/m.exec(out)?.[1];
  const result: EndpointE2e = {
    ok: code === 0,
    wallMs: timing.wallMs,
    cpuMs: timing.cpuMs,
    sampledPeakRss: await sampler.stop(),
    maxRss: maxRssBytes(),
    ...(loaded ? { loadMs: Number(loaded) * 1000 } : {}),
    ...(quads ? { quads: Number(quads) } : {}),
    ...(code === 0 ? {} : { error: err.trim().split("\n").slice(0, 3).join(" | ") }),
  };
  process.stdout.write(`BENCH-RESULT ${JSON.stringify(result)}\n`);
}

export async function benchVirtuoso(
  count: number,
  o: VirtuosoBenchOptions,
): Promise<VirtuosoBenchResult> {
  const runDir = join(o.root, `run-${count}-virtuoso`);
  const corpus = ensureCorpus(o.root, count, o.seed, o.log);
  const storePath = join(runDir, "graph.nq");
  const buildDir = join(runDir, "server-build");
  const bareDir = join(runDir, "server-bare");
  for (const dir of [buildDir, bareDir]) rmSync(dir, { recursive: true, force: true });
  await mkdir(runDir, { recursive: true });
  const result: VirtuosoBenchResult = {
    count,
    seed: o.seed,
    date: new Date().toISOString(),
    machine: machine(),
    buffers: o.buffers,
    corpus: { dir: corpus.dir, bytes: folderBytes(corpus.dir) },
    nquadsBytes: 0,
    e2e: { ok: false, wallMs: 0 },
    buildServer: {},
    queries: [],
  };

  const build = await startVirtuoso(buildDir, o.buffers);
  try {
    o.log(
      `e2e: laurel build ${corpus.dir} --endpoint local (fresh process, Virtuoso in ${buildDir})`,
    );
    result.e2e = await runEndpointE2e(corpus.dir, storePath, buildDir, o);
    o.log(
      `e2e: ${result.e2e.ok ? "ok" : `FAILED (${result.e2e.error})`} in ${seconds(result.e2e.wallMs)}`,
    );
    result.buildServer = { ...(await serverMemory(buildDir)), ...(await quadCount(build)) };
    if (result.e2e.ok) {
      result.nquadsBytes = statSync(storePath).size;
      result.queries = await timeQueries(build, o);
    }
  } finally {
    await stopVirtuoso(buildDir);
  }

  if (result.e2e.ok) {
    const bare = await startVirtuoso(bareDir, o.buffers);
    try {
      o.log(
        `bare load: ld_dir + rdf_loader_run + checkpoint of ${storePath} into a fresh Virtuoso`,
      );
      const wallMs = await bareBulkLoad(bare, storePath);
      result.bareLoad = { wallMs, ...(await serverMemory(bareDir)), ...(await quadCount(bare)) };
      result.ratio = result.e2e.wallMs / wallMs;
      o.log(`bare load: ${seconds(wallMs)}`);
    } finally {
      await stopVirtuoso(bareDir);
    }
  }
  addEmbeddedReference(result, o.root);
  return result;
}

interface Server {
  dir: string;
  endpoint: string;
  sqlPort: number;
}

async function startVirtuoso(dir: string, buffers: number): Promise<Server> {
  const port = await freePort();
  await execute("bash", ["scripts/virtuoso.sh", "start", "--port", String(port), "--dir", dir], {
    env: { ...process.env, VIRTUOSO_BUFFERS: String(buffers) },
  });
  const sqlPort = Number(readFileSync(join(dir, "sql-port"), "utf8").trim());
  return { dir: resolve(dir), endpoint: `http://127.0.0.1:${port}/sparql`, sqlPort };
}

async function stopVirtuoso(dir: string): Promise<void> {
  await execute("bash", ["scripts/virtuoso.sh", "stop", "--dir", dir]).catch(() => undefined);
}

async function runEndpointE2e(
  corpus: string,
  storePath: string,
  dir: string,
  o: VirtuosoBenchOptions,
): Promise<EndpointE2e> {
  const child = await run(
    process.execPath,
    [...o.nodeArgs, o.self, "--child-endpoint-e2e", corpus, storePath, dir],
    { timeoutMs: o.e2eTimeoutMs },
  );
  const line = child.stdout.split("\n").find((l) => l.startsWith("BENCH-RESULT "));
  if (line) return JSON.parse(line.slice("BENCH-RESULT ".length)) as EndpointE2e;
  return {
    ok: false,
    wallMs: child.wallMs,
    error: child.timedOut
      ? "did not finish in time (killed)"
      : `child exited with ${child.code ?? child.signal}: ${child.stderr.trim().split("\n").slice(-3).join(" | ")}`,
  };
}

/** Virtuoso's own loader alone, timed around the one isql session that runs it. */
async function bareBulkLoad(server: Server, storePath: string): Promise<number> {
  const folder = join(server.dir, "bare-load");
  await mkdir(folder, { recursive: true });
  await link(resolve(storePath), join(folder, "graph.nq"));
  const password = (await readFile(join(server.dir, "dba-password"), "utf8")).trim();
  const script = [
    `ld_dir('${folder}', '*.nq', 'urn:laurel:no-default-graph');`,
    "rdf_loader_run();",
    "checkpoint;",
    `SELECT 'LOAD-ERROR', ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;`,
    "",
  ].join("\n");
  const [output, timing] = await timed(() => isql(server.sqlPort, password, script));
  if (output.includes("LOAD-ERROR")) throw new Error(`the bare load failed: ${output.trim()}`);
  return timing.wallMs;
}

async function serverMemory(dir: string): Promise<ServerMemory> {
  const pid = readFileSync(join(dir, "virtuoso.pid"), "utf8").trim();
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return kb ? { peakRss: Number(kb) * 1024 } : {};
}

async function quadCount(server: Server): Promise<{ quads?: number }> {
  const prepared = prepareQuery(
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/laurel/')) }",
  );
  const outcome = await queryEndpoint(new EndpointClient(), server.endpoint, prepared).catch(
    () => undefined,
  );
  if (outcome?.kind !== "bindings") return {};
  const n = outcome.bindings.rows[0]?.n?.value;
  return n ? { quads: Number(n) } : {};
}

/**
 * Every named query on the server, SPARQL JSON over HTTP: a first run, then warm runs until `reps`
 * or the time budget is spent (a report query over 100,000 announcements takes minutes). The
 * median is of the warm runs, or of the first alone when the budget allowed no more.
 */
async function timeQueries(server: Server, o: VirtuosoBenchOptions): Promise<ServerQuery[]> {
  const client = new EndpointClient({ retries: 0, timeoutMs: o.queryTimeoutMs });
  const top = await topRecipient(client, server.endpoint);
  const out: ServerQuery[] = [];
  for (const file of readdirQueries()) {
    const text = readFileSync(join("queries", file), "utf8");
    const params: Record<string, string> = /--param\s+org=/.test(text) ? { org: top } : {};
    const prepared = prepareQuery(text, { params, source: file });
    const name = file.replace(/\.rq$/, "");
    const times: number[] = [];
    let rows = 0;
    let error: string | undefined;
    const started = performance.now();
    try {
      while (
        times.length < o.reps + 1 &&
        (times.length < 2 || performance.now() - started < o.queryBudgetMs)
      ) {
        if (times.length === 1 && (times[0] as number) > o.queryBudgetMs) break;
        const [outcome, timing] = await timed(() =>
          queryEndpoint(client, server.endpoint, prepared, file),
        );
        rows = outcome.kind === "bindings" ? outcome.bindings.rows.length : 0;
        times.push(timing.wallMs);
      }
    } catch (failure) {
      error = (failure as Error).message.slice(0, 200);
    }
    const warm = times.length > 1 ? times.slice(1) : times;
    out.push({
      name,
      rows,
      runs: times.length,
      medianMs: median(warm),
      p95Ms: quantile(warm, 0.95),
      firstMs: times[0] ?? Number.NaN,
      ...(error ? { error } : {}),
    });
    o.log(
      `query ${name}: ${rows} rows, ${times.length} run(s), median ${seconds(median(warm))}${error ? `, error ${error}` : ""}`,
    );
  }
  return out;
}

function readdirQueries(): string[] {
  return readdirSync("queries")
    .filter((f) => f.endsWith(".rq"))
    .sort();
}

/** The recipient with the most conferrals, as the embedded benchmark picks ?org. */
async function topRecipient(client: EndpointClient, endpoint: string): Promise<string> {
  const prepared = prepareQuery(`SELECT ?label (COUNT(?c) AS ?n) WHERE {
  ?c <${LAUREL.recipient}> ?r . ?r <${SKOS.prefLabel}> ?label FILTER(LANG(?label) = "")
} GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1`);
  const outcome = await queryEndpoint(client, endpoint, prepared);
  return outcome.kind === "bindings" ? (outcome.bindings.rows[0]?.label?.value ?? "") : "";
}

/** The embedded store's medians at 10k from an earlier `npm run bench -- --count 10000`. */
function addEmbeddedReference(result: VirtuosoBenchResult, root: string): void {
  const path = join(root, "results-10000.json");
  if (!existsSync(path)) return;
  const saved = JSON.parse(readFileSync(path, "utf8")) as {
    date?: string;
    queries?: Array<{ name: string; medianMs: number }>;
  };
  const byName = new Map((saved.queries ?? []).map((q) => [q.name, q.medianMs]));
  for (const query of result.queries) {
    const ms = byName.get(query.name);
    if (ms !== undefined) query.embedded10kMs = ms;
  }
  result.embeddedReference = `${path} (${saved.date ?? "undated"})`;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) total += statSync(join(dir, name)).size;
  return total;
}

export function reportVirtuoso(r: VirtuosoBenchResult): string {
  const e = r.e2e;
  const buildOnly = e.loadMs !== undefined ? e.wallMs - e.loadMs : undefined;
  const lines = [
    `Laurel into a local Virtuoso: ${r.count} announcements (seed ${r.seed}, corpus ${megabytes(r.corpus.bytes)}), ${r.date}`,
    `machine: ${r.machine.cpu} x${r.machine.cores}, ${r.machine.ramGb} GB, Node ${r.machine.node}, load average ${r.machine.loadAverage.join(" ")}; NumberOfBuffers ${r.buffers}`,
    `graph: ${e.quads ?? "-"} quads, N-Quads ${megabytes(r.nquadsBytes)}; quads on the server: built ${r.buildServer.quads ?? "-"}, bare load ${r.bareLoad?.quads ?? "-"}`,
    "",
    table(
      ["", "wall", "Laurel peak RSS", "Virtuoso peak RSS"],
      [
        [
          "laurel build --endpoint local, end to end",
          e.ok ? seconds(e.wallMs) : `FAILED: ${e.error}`,
          megabytes(e.maxRss),
          megabytes(r.buildServer.peakRss),
        ],
        ["  of which: ingest, extract, link, map, write N-Quads", seconds(buildOnly), "", ""],
        [
          "  of which: bulk load (link, ld_dir, rdf_loader_run, checkpoint)",
          seconds(e.loadMs),
          "",
          "",
        ],
        [
          "Virtuoso's own bulk load of the same N-Quads",
          seconds(r.bareLoad?.wallMs),
          "",
          megabytes(r.bareLoad?.peakRss),
        ],
        ["ratio (goal: within 2x)", r.ratio ? `${r.ratio.toFixed(2)}x` : "-", "", ""],
      ],
    ),
    "",
    `Named queries on that server (SPARQL JSON over HTTP, median of warm runs)${r.embeddedReference ? `; embedded at 10k from ${r.embeddedReference}` : "; no results-10000.json for the embedded figures"}:`,
    table(
      ["query", "rows", "runs", "first", "median", "p95", "embedded 10k median"],
      r.queries.map((q) => [
        q.name,
        String(q.rows),
        String(q.runs),
        seconds(q.firstMs),
        q.error ? `error: ${q.error}` : seconds(q.medianMs),
        seconds(q.p95Ms),
        seconds(q.embedded10kMs),
      ]),
    ),
    "",
  ];
  return lines.join("\n");
}

export function saveVirtuosoResult(root: string, r: VirtuosoBenchResult): string {
  const path = join(root, `results-virtuoso-${r.count}.json`);
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(join(root, `results-virtuoso-${r.count}.txt`), reportVirtuoso(r));
  return path;
}
