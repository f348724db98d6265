// `npm run bench:link -- --count 100000`: the linking stage (resolveEntities) alone at 1k, 10k and
// 100k announcements, to show it stays near-linear. Extraction (the expensive part) runs once, on
// worker threads, and is cached as NDJSON under .bench/; each size is then linked in a fresh
// process so its time and memory are its own.
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readAnnouncements } from "../src/ingest/index.ts";
import { CollectingSink } from "../src/pipeline/index.ts";
import { extractInWorkers } from "../src/pipeline/workers.ts";
import {
  DEFAULT_BASE,
  loadAuthority,
  loadOverrides,
  resolveEntities,
} from "../src/resolve/index.ts";
import type { Extraction } from "../src/types.ts";
import { GENERATOR_VERSION } from "./lib/corpus.ts";
import {
  ensureCorpus,
  MemorySampler,
  machine,
  megabytes,
  rate,
  run,
  seconds,
  table,
  timed,
} from "./lib/measure.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SELF = fileURLToPath(import.meta.url);
const log = (line: string) => process.stderr.write(`${line}\n`);

interface LinkResult {
  announcements: number;
  mentions: number;
  entities: number;
  loadMs: number;
  wallMs: number;
  cpuMs: number;
  /** RSS growth during resolveEntities (sampled peak minus RSS before). */
  rssGrowth: number;
  heapGrowth: number;
  peakRss: number;
}

/** Reads the first `limit` extractions of the cache. */
async function readExtractions(path: string, limit: number): Promise<Extraction[]> {
  const out: Extraction[] = [];
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    if (out.length >= limit) break;
    if (line) out.push(JSON.parse(line) as Extraction);
  }
  lines.close();
  return out;
}

/** `--child N CACHE`: link the first N extractions in this fresh process. */
async function child(n: number, cache: string): Promise<void> {
  const [extractions, load] = await timed(() => readExtractions(cache, n));
  const authorityPath = join(ROOT, "data/authority.ttl");
  const overridesPath = join(ROOT, "data/overrides.ttl");
  const authority = existsSync(authorityPath) ? await loadAuthority(authorityPath) : undefined;
  const overrides = existsSync(overridesPath) ? await loadOverrides(overridesPath) : undefined;
  // Warm the JIT on a small slice first, so the timed call measures linking, not compilation.
  resolveEntities(extractions.slice(0, 500), {
    ...(authority ? { authority } : {}),
    ...(overrides ? { overrides } : {}),
    base: DEFAULT_BASE,
  });
  const rss0 = process.memoryUsage.rss();
  const heap0 = process.memoryUsage().heapUsed;
  const sampler = new MemorySampler(20);
  const [resolution, timing] = await timed(() =>
    resolveEntities(extractions, {
      ...(authority ? { authority } : {}),
      ...(overrides ? { overrides } : {}),
      base: DEFAULT_BASE,
    }),
  );
  const peak = await sampler.stop();
  const result: LinkResult = {
    announcements: extractions.length,
    mentions: extractions.reduce((k, e) => k + e.mentions.length, 0),
    entities: resolution.entities.length,
    loadMs: load.wallMs,
    wallMs: timing.wallMs,
    cpuMs: timing.cpuMs,
    rssGrowth: peak - rss0,
    heapGrowth: process.memoryUsage().heapUsed - heap0,
    peakRss: peak,
  };
  process.stdout.write(`LINK-RESULT ${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === "--child") return child(Number(argv[1]), argv[2] as string);
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: "string", default: "100000" },
      sizes: { type: "string" },
      seed: { type: "string", default: "laurel" },
      dir: { type: "string", default: ".bench" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(
      "Usage: npm run bench:link -- [--count N] [--sizes 1000,10000,N] [--seed S] [--dir .bench]\n",
    );
    return;
  }
  const count = Number(values.count);
  const sizes = (values.sizes ?? `1000,10000,${count}`)
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0 && n <= count)
    .sort((a, b) => a - b);
  const root = resolve(values.dir as string);
  mkdirSync(root, { recursive: true });
  const seed = values.seed as string;
  const corpus = ensureCorpus(root, count, seed, log);
  const cache = join(root, `extractions-${seed}-${count}-v${GENERATOR_VERSION}.ndjson`);
  let extraction: { ms: number; cpuMs: number; bytes: number } | undefined;
  if (!existsSync(cache)) {
    log(
      `extract: ${count} announcements on ${availableParallelism()} worker threads (once; cached)`,
    );
    const sink = new CollectingSink();
    const { announcements } = await readAnnouncements([corpus.dir], sink);
    const bytes = announcements.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    let lastLog = 0;
    const [outcomes, timing] = await timed(() =>
      extractInWorkers(announcements, {
        workers: availableParallelism(),
        onProgress: (done, total) => {
          if (done - lastLog >= 10_000 || done === total) {
            lastLog = done;
            log(`extract: ${done}/${total}`);
          }
        },
      }),
    );
    extraction = { ms: timing.wallMs, cpuMs: timing.cpuMs, bytes };
    const tmp = `${cache}.tmp`;
    const out = createWriteStream(tmp);
    for (const outcome of outcomes) {
      if (!outcome.ok) continue;
      // Linking reads announcement ids, never the text: leave it out of the cache.
      const e = outcome.extraction;
      const line = `${JSON.stringify({ ...e, announcement: { ...e.announcement, text: "" } })}\n`;
      if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
    }
    await new Promise<void>((r, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : r())),
    );
    renameSync(tmp, cache);
  } else {
    log(`extract: reusing ${cache}`);
  }

  const results: LinkResult[] = [];
  for (const n of sizes) {
    log(`link: resolveEntities on ${n} announcements (fresh process)`);
    const r = await run(
      process.execPath,
      [...process.execArgv, SELF, "--child", String(n), cache],
      {
        timeoutMs: 3_600_000,
        cwd: ROOT,
      },
    );
    const line = r.stdout.split("\n").find((l) => l.startsWith("LINK-RESULT "));
    if (!line) {
      log(`link: ${n} failed: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
      continue;
    }
    results.push(JSON.parse(line.slice("LINK-RESULT ".length)) as LinkResult);
  }
  const m = machine();
  const rows = results.map((r, i) => [
    String(r.announcements),
    String(r.mentions),
    String(r.entities),
    seconds(r.wallMs),
    seconds(r.cpuMs),
    rate(r.mentions, r.wallMs, "mentions"),
    `${((r.wallMs * 1000) / Math.max(1, r.mentions)).toFixed(1)} µs`,
    i > 0
      ? (() => {
          const p = results[i - 1] as LinkResult;
          return (r.cpuMs / p.cpuMs / (r.mentions / p.mentions)).toFixed(2);
        })()
      : "",
    megabytes(r.rssGrowth),
    megabytes(r.peakRss),
  ]);
  const text = [
    `Linking benchmark (resolveEntities alone), corpus seed ${seed}`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, load average ${m.loadAverage.join(" ")}`,
    ...(extraction
      ? [
          `extraction (once, ${availableParallelism()} workers): ${seconds(extraction.ms)} wall, ${rate(count, extraction.ms, "ann")}, ${rate(extraction.bytes / 1e6, extraction.ms, "MB")}`,
        ]
      : []),
    "",
    table(
      [
        "announcements",
        "mentions",
        "entities",
        "wall",
        "CPU",
        "throughput",
        "per mention",
        "vs linear",
        "RSS growth",
        "peak RSS",
      ],
      rows,
    ),
    "",
    "vs linear: CPU time per mention relative to the size before (1.00 = perfectly linear). The JIT is warmed on 500 announcements first.",
    "",
  ].join("\n");
  process.stdout.write(text);
  writeFileSync(
    join(root, `link-results-${count}.json`),
    `${JSON.stringify({ machine: m, date: new Date().toISOString(), seed, count, extraction, results }, null, 2)}\n`,
  );
}

await main();
