// `npm run bench:serve`: `laurel serve` under load. Builds (or reuses) a generated store, starts
// the server as its own process, then 200 clients on the loopback address send requests back to
// back (a closed loop, no think time) until a request budget or a time limit runs out, and prints
// failures and latency percentiles per workload: that measures throughput, and its latencies are
// mostly time in the queue (200 clients over a few workers). A second pass keeps 200 clients
// connected but paces them to half the measured throughput, as people exploring would: its
// latencies are those of a loaded but not saturated server. A last, one-client pass times every
// named query over HTTP. Writes .bench/serve-results-<count>.json. Not a test: speed is measured here.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureCorpus, machine, quantile, table } from "./lib/measure.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const BIN = join(ROOT, "bin/laurel.js");
const log = (line: string) => process.stderr.write(`${line}\n`);

const { values: opts } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "laurel" },
    dir: { type: "string", default: ".bench" },
    clients: { type: "string", default: "200" },
    requests: { type: "string", default: "6000" },
    seconds: { type: "string", default: "90" },
    concurrency: { type: "string" },
    timeout: { type: "string", default: "10s" },
  },
});
const count = Number(opts.count);
const clients = Number(opts.clients);
const budget = Number(opts.requests);
const deadlineMs = Number(opts.seconds) * 1000;

/** The store for `count` generated announcements, built once and reused. */
async function ensureStore(): Promise<string> {
  const root = resolve(ROOT, opts.dir);
  mkdirSync(root, { recursive: true });
  const store = join(root, `serve-${opts.seed}-${count}.nq`);
  if (existsSync(store)) {
    log(`store: reusing ${store}`);
    return store;
  }
  const corpus = ensureCorpus(root, count, opts.seed, log);
  log(`store: building ${store}`);
  const args = [BIN, "build", corpus.dir, "--quiet", "--store", store, "--out", `${store}.ttl`];
  const child = spawn(process.execPath, ["--max-old-space-size=8192", ...args], {
    stdio: "inherit",
  });
  const code = await new Promise<number | null>((done) => child.once("exit", done));
  if (code !== 0) throw new Error(`laurel build exited with ${code}`);
  return store;
}

/**
 * Starts `laurel serve` on a free port; resolves with its URL once every query worker is ready,
 * with the time to the first answer and to all workers.
 */
function startServer(
  store: string,
): Promise<{ url: string; child: ChildProcess; firstS: number; allS: number }> {
  const args = [BIN, "serve", "--store", store, "--port", "0", "--timeout", opts.timeout];
  if (opts.concurrency) args.push("--concurrency", opts.concurrency);
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "inherit", "pipe"] });
  let err = "";
  let firstS = 0;
  return new Promise((done, fail) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      process.stderr.write(chunk);
      const url = /serving at (http:\/\/\S+?)\/ /.exec(err)?.[1];
      if (url && !firstS) firstS = (performance.now() - started) / 1000;
      const all = /all \d+ query workers ready|loading .* into the first of 1 /.test(err);
      if (url && all) done({ url, child, firstS, allS: (performance.now() - started) / 1000 });
    });
    child.once("exit", (code) => fail(new Error(`laurel serve exited with ${code}:\n${err}`)));
  });
}

interface Sample {
  organizations: Array<{ iri: string; name: string }>;
  announcements: string[];
  honors: string[];
  words: string[];
}

async function sparql(
  url: string,
  query: string,
): Promise<Array<Record<string, { value: string }>>> {
  const res = await fetch(`${url}/sparql`, {
    method: "POST",
    headers: { "content-type": "application/sparql-query" },
    body: `PREFIX laurel: <https://w3id.org/laurel/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ${query}`,
  });
  if (!res.ok) throw new Error(`sample query failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { results: { bindings: Array<Record<string, { value: string }>> } })
    .results.bindings;
}

/** Organizations, announcements and honors to ask about, spread over the whole graph. */
async function sample(url: string): Promise<Sample> {
  const organizations = (
    await sparql(
      url,
      `SELECT DISTINCT ?r ?name WHERE { ?c laurel:recipient ?r . ?r a laurel:Organization ; skos:prefLabel ?name FILTER(LANG(?name) = "") } LIMIT 2000`,
    )
  ).map((row) => ({ iri: row.r?.value ?? "", name: row.name?.value ?? "" }));
  const announcements = (
    await sparql(url, "SELECT ?a WHERE { ?a a laurel:Announcement } LIMIT 2000")
  ).map((row) => row.a?.value ?? "");
  const honors = (await sparql(url, "SELECT ?h WHERE { ?h a laurel:Honor } LIMIT 2000")).map(
    (row) => row.h?.value ?? "",
  );
  const words = [
    ...new Set(organizations.flatMap((o) => o.name.split(" ")).filter((w) => w.length > 5)),
  ];
  return { organizations, announcements, honors, words };
}

function pick<T>(list: T[], i: number): T {
  return list[(i * 7919) % list.length] as T;
}

/** The path under the server of a minted IRI (the default base's path is /laurel/id/). */
function pathOf(iri: string): string {
  return new URL(iri).pathname;
}

type Workload = {
  name: string;
  selective: boolean;
  weight: number;
  request: (i: number) => [string, string];
};

function workloads(s: Sample): Workload[] {
  const json = "application/sparql-results+json";
  return [
    {
      name: "honors-of-organization (named, $org)",
      selective: true,
      weight: 4,
      request: (i) => [
        `/queries/honors-of-organization?$org=${encodeURIComponent(pick(s.organizations, i).name)}`,
        json,
      ],
    },
    {
      name: "organization page (HTML)",
      selective: true,
      weight: 2,
      request: (i) => [pathOf(pick(s.organizations, i).iri), "text/html"],
    },
    {
      name: "organization (Turtle)",
      selective: true,
      weight: 1,
      request: (i) => [pathOf(pick(s.organizations, i).iri), "text/turtle"],
    },
    {
      name: "announcement page (HTML)",
      selective: true,
      weight: 2,
      request: (i) => [pathOf(pick(s.announcements, i)), "text/html"],
    },
    {
      name: "honor page (HTML)",
      selective: true,
      weight: 1,
      request: (i) => [pathOf(pick(s.honors, i)), "text/html"],
    },
    {
      name: "name search (HTML)",
      selective: false,
      weight: 1,
      request: (i) => [`/search?q=${encodeURIComponent(pick(s.words, i))}`, "text/html"],
    },
  ];
}

interface Tally {
  ok: number[];
  failures: Map<string, number>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs the workloads from `clients` clients; with `rate`, each client waits so all together send about `rate` requests/s. */
async function load(
  url: string,
  list: Workload[],
  rate?: number,
): Promise<{ tallies: Map<string, Tally>; wallMs: number; sent: number }> {
  const schedule = list.flatMap((w) => Array.from({ length: w.weight }, () => w));
  const tallies = new Map(list.map((w) => [w.name, { ok: [], failures: new Map() } as Tally]));
  const started = performance.now();
  let next = 0;
  const client = async () => {
    // Paced clients start spread over one period, then each sends one request per period.
    const period = rate ? (clients / rate) * 1000 : 0;
    if (period) await sleep(Math.random() * period);
    while (next < budget && performance.now() - started < deadlineMs) {
      const began = performance.now();
      const i = next++;
      const w = schedule[i % schedule.length] as Workload;
      const [path, accept] = w.request(i);
      const tally = tallies.get(w.name) as Tally;
      const t = performance.now();
      try {
        const res = await fetch(`${url}${path}`, { headers: { accept } });
        await res.arrayBuffer();
        if (res.status === 200) tally.ok.push(performance.now() - t);
        else
          tally.failures.set(String(res.status), (tally.failures.get(String(res.status)) ?? 0) + 1);
      } catch (error) {
        const key = (error as Error).message;
        tally.failures.set(key, (tally.failures.get(key) ?? 0) + 1);
      }
      if (period) await sleep(Math.max(0, period - (performance.now() - began)));
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { tallies, wallMs: performance.now() - started, sent: next };
}

const ms = (v: number) => (Number.isNaN(v) ? "-" : v < 10 ? v.toFixed(1) : v.toFixed(0));

function loadTable(tallies: Map<string, Tally>, list: Workload[]): string[][] {
  return list.map((w) => {
    const t = tallies.get(w.name) as Tally;
    const failed = [...t.failures].map(([k, n]) => `${n}x ${k}`).join(", ") || "0";
    return [
      w.name,
      String(t.ok.length),
      failed,
      ...[0.5, 0.9, 0.99].map((q) => ms(quantile(t.ok, q))),
      ms(Math.max(...t.ok)),
    ];
  });
}

/** Every named query, one client, a few runs each: latency over HTTP without queueing. */
async function namedQueries(url: string, s: Sample, runs = 5): Promise<string[][]> {
  const list = (await (await fetch(`${url}/queries/`)).text()).matchAll(
    /href="\/query\?name=([^"]+)"/g,
  );
  const rows: string[][] = [];
  for (const [, name] of list) {
    const times: number[] = [];
    let status = 0;
    for (let i = 0; i < runs; i++) {
      const org = encodeURIComponent(pick(s.organizations, i).name);
      const t = performance.now();
      const res = await fetch(`${url}/queries/${name}?$org=${org}`, {
        headers: { accept: "application/sparql-results+json" },
      });
      await res.arrayBuffer();
      times.push(performance.now() - t);
      status = res.status;
    }
    rows.push([name as string, String(status), ms(quantile(times, 0.5)), ms(Math.max(...times))]);
  }
  return rows;
}

const store = await ensureStore();
const server = await startServer(store);
try {
  const s = await sample(server.url);
  log(
    `sample: ${s.organizations.length} organizations, ${s.announcements.length} announcements, ${s.honors.length} honors`,
  );
  const list = workloads(s);
  // Warm every worker's JIT before measuring.
  await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      Promise.all(
        list.map((w) => fetch(`${server.url}${w.request(i)[0]}`).then((r) => r.arrayBuffer())),
      ),
    ),
  );
  log(`load: ${clients} clients, up to ${budget} requests or ${deadlineMs / 1000} s`);
  const result = await load(server.url, list);
  const header = ["workload", "ok", "failed", "p50 ms", "p90 ms", "p99 ms", "max ms"];
  const loadRows = loadTable(result.tallies, list);
  const throughput = result.sent / (result.wallMs / 1000);
  const rate = throughput.toFixed(0);
  const pace = Math.max(1, Math.round(throughput / 2));
  log(`paced: ${clients} clients sending ${pace} requests/s together`);
  const paced = await load(server.url, list, pace);
  const pacedRows = loadTable(paced.tallies, list);
  const named = await namedQueries(server.url, s);
  const report = [
    `laurel serve, ${count} generated announcements: first answer after ${server.firstS.toFixed(1)} s, all workers ready after ${server.allS.toFixed(1)} s`,
    `${clients} concurrent clients, ${result.sent} requests in ${(result.wallMs / 1000).toFixed(1)} s (${rate} requests/s)`,
    table(header, loadRows),
    "",
    `the same ${clients} clients paced to ${pace} requests/s together (half the throughput above): ${paced.sent} requests in ${(paced.wallMs / 1000).toFixed(1)} s`,
    table(header, pacedRows),
    "",
    "named queries, one client, 5 runs each (JSON over HTTP):",
    table(["query", "status", "median ms", "max ms"], named),
  ].join("\n");
  console.log(report);
  writeFileSync(
    join(resolve(ROOT, opts.dir), `serve-results-${count}.json`),
    `${JSON.stringify({ machine: machine(), count, firstS: server.firstS, allS: server.allS, clients, sent: result.sent, wallMs: result.wallMs, load: loadRows, pace, paced: pacedRows, named }, null, 2)}\n`,
  );
} finally {
  server.child.kill("SIGTERM");
}
