// Measuring helpers shared by scripts/bench.ts and scripts/bench-link.ts: wall and CPU time of a
// stage, a memory sampler that keeps running while the main thread is busy, order statistics,
// machine facts, a cached generated corpus and plain-text tables.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { GENERATOR_VERSION, writeCorpus } from "./corpus.ts";

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Runs `fn` and returns its result with wall-clock and CPU time (user + system, all threads). */
export async function timed<T>(fn: () => T | Promise<T>): Promise<[T, Timing]> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return [value, { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }];
}

/**
 * Samples process RSS every `everyMs` on a worker thread, so samples keep coming while the main
 * thread is inside a long synchronous stage. stop() returns the highest RSS seen (bytes).
 */
export class MemorySampler {
  private readonly worker: Worker;
  private readonly shared = new BigInt64Array(new SharedArrayBuffer(8));

  constructor(everyMs = 50) {
    this.worker = new Worker(
      `const { workerData } = require("node:worker_threads");
       const peak = workerData.peak;
       const tick = () => { const rss = BigInt(process.memoryUsage.rss()); if (rss > Atomics.load(peak, 0)) Atomics.store(peak, 0, rss); };
       tick();
       setInterval(tick, ${everyMs});`,
      { eval: true, workerData: { peak: this.shared } },
    );
    this.worker.unref();
  }

  /** Highest RSS so far, bytes. */
  peak(): number {
    return Math.max(Number(Atomics.load(this.shared, 0)), process.memoryUsage.rss());
  }

  /** Starts a new high-water mark from the current RSS. */
  reset(): void {
    Atomics.store(this.shared, 0, BigInt(process.memoryUsage.rss()));
  }

  async stop(): Promise<number> {
    const peak = this.peak();
    await this.worker.terminate();
    return peak;
  }
}

/** resourceUsage().maxRSS is in kilobytes: the kernel's high-water mark for this process. */
export function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** Nearest-rank quantile. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  platform: string;
  loadAverage: number[];
}

export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? "unknown";
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    const model = /^model name\s*:\s*(.+)$/m.exec(info);
    if (model) cpu = (model[1] as string).trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  let load: number[] = [];
  try {
    load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).map(Number);
  } catch {
    load = [];
  }
  return {
    cpu,
    cores: availableParallelism(),
    ramGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: load,
  };
}

/** A generated corpus under `root`, reused when it is complete and from this generator version. */
export function ensureCorpus(
  root: string,
  count: number,
  seed: string,
  log: (line: string) => void,
): { dir: string; goldPath: string; generatedMs?: number } {
  const dir = join(root, `corpus-${seed}-${count}`);
  const marker = join(dir, ".complete");
  const goldPath = join(dir, "gold.json");
  if (existsSync(marker) && readFileSync(marker, "utf8").trim() === String(GENERATOR_VERSION)) {
    log(`corpus: reusing ${dir}`);
    return { dir, goldPath };
  }
  log(`corpus: generating ${count} announcements (seed ${seed}) in ${dir}`);
  const result = writeCorpus(dir, count, seed);
  writeFileSync(marker, `${GENERATOR_VERSION}\n`);
  log(`corpus: ${(result.bytes / 1e6).toFixed(1)} MB in ${(result.ms / 1000).toFixed(1)} s`);
  return { dir, goldPath, generatedMs: result.ms };
}

export interface ChildResult {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  timedOut: boolean;
}

/** Runs a command with a time limit; output is collected (stdout optionally discarded). */
/**
 * CPU time (user + system) of the children this process has waited for, in ms, from Linux's
 * /proc/self/stat (cutime and cstime, in USER_HZ ticks of 10 ms); undefined elsewhere. The
 * difference around one child is that child's CPU, steadier than its wall time on a busy machine.
 */
export function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // After the command's closing parenthesis: field 3 (state) first, so 16 and 17 are at 13, 14.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

export function run(
  command: string,
  args: string[],
  options: { timeoutMs: number; discardStdout?: boolean; cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<ChildResult> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", options.discardStdout ? "ignore" : "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (stderr.length > 1_000_000) stderr = stderr.slice(-500_000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({
        code: null,
        signal: null,
        stdout,
        stderr: `${stderr}${error.message}`,
        wallMs: performance.now() - t0,
        timedOut,
      });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, wallMs: performance.now() - t0, timedOut });
    });
  });
}

// ---- formatting -------------------------------------------------------------------------------

export function seconds(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return "-";
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function rate(count: number, ms: number, unit: string): string {
  if (!Number.isFinite(ms) || ms <= 0) return "-";
  const perSecond = (count * 1000) / ms;
  const text =
    perSecond >= 1e6
      ? `${(perSecond / 1e6).toFixed(2)} M`
      : perSecond >= 1e4
        ? `${(perSecond / 1e3).toFixed(0)} k`
        : perSecond >= 100
          ? perSecond.toFixed(0)
          : perSecond.toFixed(1);
  return `${text} ${unit}/s`;
}

export function megabytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return "-";
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(0)} MB`;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
