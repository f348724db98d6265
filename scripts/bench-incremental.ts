// `npm run bench:incremental -- --count N --add M` (default 10000 and 100): a full `laurel build` of
// N generated announcements, then M more added and an incremental build over the same store, each
// in a fresh process; prints both wall times and their ratio (issue 14's goal: under 10%), checks
// the incremental result byte for byte against a full build of the same N + M, and times the stages
// of an incremental build in one process to show which one dominates (--stages-only: just those,
// over the last run's output).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { dataPrefixes, QuadTable } from "../src/export/index.ts";
import { extractFacts } from "../src/extract/index.ts";
import { readAnnouncements } from "../src/ingest/index.ts";
import { mapToQuads } from "../src/map/index.ts";
import {
  announcementFingerprint,
  cachePathFor,
  extractorKey,
  mentionsToLink,
  readExtractionCache,
  withAnnouncement,
  writeExtractionCache,
} from "../src/pipeline/cache.ts";
import {
  candidateLogsKey,
  candidateLogsPathFor,
  knownLog,
  readCandidateLogs,
  writeCandidateLogs,
} from "../src/pipeline/candidate-logs.ts";
import { CollectingSink } from "../src/pipeline/index.ts";
import {
  graphIndexPathFor,
  graphKey,
  readPreviousGraphs,
  reusableEntities,
  reusablePieces,
  reuseSettings,
  withoutReusedEntities,
  writeGraphIndex,
} from "../src/pipeline/reuse.ts";
import { writeGraphs } from "../src/pipeline/write.ts";
import {
  DEFAULT_BASE,
  loadAuthority,
  loadOverrides,
  resolveEntities,
} from "../src/resolve/index.ts";
import type { Extraction } from "../src/types.ts";
import { writeFileSpliced } from "../src/util/fs.ts";
import {
  childrenCpuMs,
  ensureCorpus,
  machine,
  run,
  seconds,
  type Timing,
  table,
  timed,
} from "./lib/measure.ts";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const BENCH = join(ROOT, ".bench");
const log = (line: string) => process.stderr.write(`${line}\n`);

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    add: { type: "string", default: "100" },
    seed: { type: "string", default: "laurel" },
    "no-verify": { type: "boolean" },
    "stages-only": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  process.stdout.write(
    "Usage: npm run bench:incremental -- [--count N] [--add M] [--seed S] [--no-verify] [--stages-only]\n  --stages-only: only time the stages, over the output of the last run\n",
  );
  process.exit(0);
}
const count = Number(values.count);
const add = Number(values.add);
if (!Number.isInteger(count) || count <= 0 || !Number.isInteger(add) || add <= 0) {
  log("bench:incremental: --count and --add take positive whole numbers");
  process.exit(2);
}

interface BuildRun {
  wallMs: number;
  /** User + system time of the process, when the platform tells (Linux). */
  cpuMs?: number;
  summary: string;
}

/** `laurel build` in a fresh process, as a user runs it. */
async function buildInChild(corpus: string, outDir: string, ...flags: string[]): Promise<BuildRun> {
  const cpuBefore = childrenCpuMs();
  const result = await run(
    process.execPath,
    [
      join(ROOT, "bin", "laurel.js"),
      "build",
      corpus,
      "--store",
      join(outDir, "laurel.nq"),
      "--out",
      join(outDir, "laurel.ttl"),
      ...flags,
    ],
    { timeoutMs: 30 * 60_000, cwd: ROOT },
  );
  if (result.code !== 0) throw new Error(`laurel build failed (${result.code}): ${result.stderr}`);
  const cpuAfter = childrenCpuMs();
  const cpuMs =
    cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  const summary = result.stdout.split("\n")[0] ?? "";
  return { wallMs: result.wallMs, ...(cpuMs === undefined ? {} : { cpuMs }), summary };
}

/** A corpus folder holding the first `first` files of the generated corpus. */
function partialCorpus(source: string, target: string, first: number): string[] {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const files = readdirSync(source)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  for (const name of files.slice(0, first)) cpSync(join(source, name), join(target, name));
  return files;
}

function cpuCell(build: BuildRun): string {
  return build.cpuMs === undefined ? "n/a" : seconds(build.cpuMs);
}

function cpuNote(build: BuildRun): string {
  return build.cpuMs === undefined ? "" : ` (${seconds(build.cpuMs)} CPU)`;
}

/** The ratio of CPU times too: on a shared machine it moves less than the wall times do. */
function cpuRatio(full: BuildRun, incremental: BuildRun): string {
  if (full.cpuMs === undefined || incremental.cpuMs === undefined) return "";
  return `; of CPU time: ${((incremental.cpuMs / full.cpuMs) * 100).toFixed(1)}%`;
}

function sameBytes(a: string, b: string): boolean {
  return readFileSync(a).equals(readFileSync(b));
}

type Stage = [string, Timing];

/** The stages of an incremental build over `storePath`'s cache and index, timed one by one in this process. */
async function timeIncrementalStages(corpus: string, storePath: string): Promise<Stage[]> {
  const stages: Stage[] = [];
  const step = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const [value, timing] = await timed(fn);
    stages.push([name, timing]);
    log(`  ${name}: ${seconds(timing.wallMs)}`);
    return value;
  };
  const sink = new CollectingSink();
  const key = extractorKey();
  const base = DEFAULT_BASE;
  const prefixes = dataPrefixes(base);
  const exportPath = join(dirname(storePath), "laurel.ttl");
  const { announcements, filesSeen } = await step("ingest (read and hash every file)", () =>
    readAnnouncements([corpus], sink),
  );
  const read = await step("read the extraction cache", () =>
    readExtractionCache(cachePathFor(storePath), key),
  );
  if (read.status !== "ok") throw new Error(`cache not usable: ${read.status}`);
  const settings = reuseSettings(key, base, prefixes);
  const graphs = await step("read the graph index, the store and the export", () =>
    readPreviousGraphs(
      graphIndexPathFor(storePath),
      { store: storePath, export: exportPath },
      settings,
    ),
  );
  if (graphs.status !== "ok") throw new Error(`graph index not usable: ${graphs.reason}`);
  const extractions = await step("extract the new announcements", () =>
    announcements.map((announcement): Extraction => {
      const entry = read.cache.entries.get(announcement.id);
      return entry?.fingerprint === announcementFingerprint(announcement)
        ? withAnnouncement(announcement, entry.extraction)
        : extractFacts(announcement);
    }),
  );
  const authorityPath = join(ROOT, "data", "authority.ttl");
  const authority = await loadAuthority(authorityPath);
  const overrides = await loadOverrides(join(ROOT, "data", "overrides.ttl"));
  const logsKey = await candidateLogsKey(key, authorityPath);
  const logs = await step("read the candidate logs", () =>
    readCandidateLogs(candidateLogsPathFor(storePath), logsKey),
  );
  const resolution = await step("link (all announcements; kept ones replay their logs)", () =>
    resolveEntities(extractions, {
      authority,
      overrides,
      base,
      candidates: {
        record: true,
        mentionsOf: mentionsToLink,
        logOf: (extraction) => knownLog(logs, extraction.announcement),
      },
    }),
  );
  const keys = await step("graph keys (all announcements)", () =>
    extractions.map((extraction) => graphKey(extraction, resolution)),
  );
  const reused = reusablePieces(graphs.previous, extractions, keys, base);
  log(`  (${reused.size} of ${extractions.length} graphs reusable)`);
  const mapped = await step("map (new graphs; entities and dataset graphs)", () =>
    mapToQuads(extractions, resolution, { base, maxQuads: 8_000_000 }, (extraction) => {
      const pieces = reused.get(extraction.announcement.id);
      return pieces && { tally: pieces.record.tally, shared: pieces.shared };
    }),
  );
  const entities = await step("entities graph: subjects to splice in", () =>
    reusableEntities(graphs.previous, mapped.quads, base),
  );
  log(
    `  (${entities.reused.size} of ${entities.digests.size} entities alone in their graph reusable)`,
  );
  const quadTable = await step("intern + sort", () =>
    QuadTable.from(withoutReusedEntities(mapped.quads, entities)),
  );
  mapped.quads.length = 0;
  const linked = { base, announcements, filesSeen, extractions, resolution };
  const written = await step("N-Quads and Turtle, reused pieces spliced in", () =>
    writeGraphs(quadTable, linked, {
      keys,
      tallies: mapped.tallies,
      reused,
      entities,
      turtlePrefixes: prefixes,
    }),
  );
  const scratch = join(BENCH, "incremental-scratch");
  const files = { store: join(scratch, "laurel.nq"), export: join(scratch, "laurel.ttl") };
  // Written beside the previous files, from them, as `laurel build` writes over them.
  await step("write store and export", async () => {
    await writeFileSpliced(files.store, written.nquads, graphs.previous.store);
    await writeFileSpliced(files.export, written.turtle ?? [], graphs.previous.export);
  });
  await graphs.previous.close();
  await step("write the extraction cache", () =>
    writeExtractionCache(join(scratch, "laurel.cache.ndjson"), extractions, key, read.cache),
  );
  await step("write the candidate logs", () =>
    writeCandidateLogs(
      join(scratch, "laurel.candidates.ndjson"),
      extractions.map((extraction) => extraction.announcement),
      resolution.candidateLogs ?? [],
      logsKey,
      logs,
    ),
  );
  await step("write the graph index", () =>
    writeGraphIndex(
      graphIndexPathFor(files.store),
      files,
      settings,
      written.records ?? [],
      written.entityRecords,
    ),
  );
  rmSync(scratch, { recursive: true, force: true });
  return stages;
}

function stageTable(stages: Stage[]): string {
  return table(
    ["stage of the incremental build (one process)", "wall", "CPU"],
    stages.map(([name, t]) => [name, seconds(t.wallMs), seconds(t.cpuMs)]),
  );
}

async function main(): Promise<void> {
  const generated = ensureCorpus(BENCH, count + add, values.seed as string, log);
  const runDir = join(BENCH, `incremental-${count}+${add}`);
  const corpus = join(runDir, "corpus");
  if (values["stages-only"]) {
    log("stages of an incremental build over the last run's output, timed in this process...");
    const stages = await timeIncrementalStages(corpus, join(runDir, "incremental", "laurel.nq"));
    process.stdout.write(`${stageTable(stages)}\n`);
    return;
  }
  const files = partialCorpus(generated.dir, corpus, count);
  const incrementalOut = join(runDir, "incremental");
  rmSync(incrementalOut, { recursive: true, force: true });

  log(`full build of ${count} announcements (fresh process)...`);
  const full = await buildInChild(corpus, incrementalOut, "--quiet");
  log(`  ${seconds(full.wallMs)}${cpuNote(full)}`);
  for (const name of files.slice(count, count + add))
    cpSync(join(generated.dir, name), join(corpus, name));
  log(`incremental build after adding ${add} (fresh process)...`);
  const incremental = await buildInChild(corpus, incrementalOut);
  log(`  ${seconds(incremental.wallMs)}${cpuNote(incremental)}: ${incremental.summary}`);

  let verified = "not checked (--no-verify)";
  if (!values["no-verify"]) {
    log(`full build of the same ${count + add} announcements, to compare bytes...`);
    const fullOut = join(runDir, "full");
    rmSync(fullOut, { recursive: true, force: true });
    const reference = await buildInChild(corpus, fullOut, "--quiet");
    log(`  ${seconds(reference.wallMs)}`);
    const same = [
      "laurel.nq",
      "laurel.ttl",
      "laurel.cache.ndjson",
      "laurel.candidates.ndjson",
    ].every((name) => sameBytes(join(incrementalOut, name), join(fullOut, name)));
    verified = same
      ? `byte-identical to a full build (${seconds(reference.wallMs)})`
      : "DIFFERENT from a full build";
  }

  log("stages of the incremental build, timed in this process...");
  const stages = await timeIncrementalStages(corpus, join(incrementalOut, "laurel.nq"));

  const ratio = incremental.wallMs / full.wallMs;
  const report = [
    `incremental build: ${count} generated announcements (seed ${values.seed}), then ${add} added`,
    `machine: ${JSON.stringify(machine())}`,
    "",
    table(
      ["build (fresh process, `laurel build`)", "wall", "CPU"],
      [
        [`full, ${count} announcements`, seconds(full.wallMs), cpuCell(full)],
        [
          `incremental, +${add} (${incremental.summary.replace(/^announcements: /, "")})`,
          seconds(incremental.wallMs),
          cpuCell(incremental),
        ],
      ],
    ),
    "",
    `ratio incremental / full: ${(ratio * 100).toFixed(1)}% (goal: under 10%: ${ratio < 0.1 ? "met" : "NOT met"})${cpuRatio(full, incremental)}`,
    `result: ${verified}`,
    "",
    stageTable(stages),
    "",
  ].join("\n");
  process.stdout.write(report);
  writeFileSync(join(BENCH, `incremental-${count}+${add}.txt`), report);
}

await main();
