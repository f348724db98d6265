// The tools a user would pick instead of Laurel, run side by side on the same N-Quads and queries:
// rdflib (Debian's python3-rdflib) and Apache Jena ARQ (Debian's libapache-jena-java). Nothing is
// installed here: an absent peer is reported with the command that installs it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sparqljs from "sparqljs";
import { median, run } from "./measure.ts";

export interface PeerQuery {
  name: string;
  /** Laurel's prepared text (parameters bound through VALUES). */
  text: string;
}

export interface PeerQueryResult {
  /** Median over the runs (for Jena: over the warm runs, after the first). */
  medianMs?: number;
  firstMs?: number;
  runs: number;
  rows?: number;
  error?: string;
}

export interface PeerResult {
  name: "rdflib" | "jena";
  available: boolean;
  install?: string;
  version?: string;
  /** rdflib: Dataset.parse; Jena: median JVM start + load of the arq processes. */
  loadMs?: number;
  /** Jena: riot --time --count, parsing alone. */
  parseMs?: number;
  maxRssBytes?: number;
  queries: Record<string, PeerQueryResult>;
  error?: string;
}

const PYTHON = "/usr/bin/python3";
const JAVA_DIR = "/usr/share/java";
const RDFLIB_SCRIPT = fileURLToPath(new URL("./rdflib_peer.py", import.meta.url));

export function rdflibAvailable(): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", "import rdflib"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export async function runRdflib(
  dataPath: string,
  queries: PeerQuery[],
  workDir: string,
  options: { reps: number; budgetSeconds: number; runLimitSeconds: number; timeoutMs: number },
): Promise<PeerResult> {
  if (!rdflibAvailable()) {
    return {
      name: "rdflib",
      available: false,
      install:
        "apt-get update && apt-get install -y python3-rdflib   (then run with /usr/bin/python3)",
      queries: {},
    };
  }
  mkdirSync(workDir, { recursive: true });
  const queriesPath = join(workDir, "rdflib-queries.json");
  writeFileSync(queriesPath, JSON.stringify(queries));
  const child = await run(
    PYTHON,
    [
      RDFLIB_SCRIPT,
      dataPath,
      queriesPath,
      String(options.reps),
      String(options.budgetSeconds),
      String(Math.max(1, Math.round(options.runLimitSeconds))),
    ],
    { timeoutMs: options.timeoutMs },
  );
  if (child.timedOut || child.code !== 0) {
    return {
      name: "rdflib",
      available: true,
      queries: {},
      error: child.timedOut
        ? `did not finish within ${(options.timeoutMs / 1000).toFixed(0)} s (killed)`
        : `exited with ${child.code ?? child.signal}: ${child.stderr.trim().split("\n").slice(-3).join(" | ")}`,
    };
  }
  const out = JSON.parse(child.stdout) as {
    version: string;
    loadSeconds: number;
    maxRssKb: number;
    queries: Record<string, { seconds: number[]; rows: number | null; error: string | null }>;
  };
  const queriesOut: Record<string, PeerQueryResult> = {};
  for (const [name, q] of Object.entries(out.queries)) {
    const ms = q.seconds.map((s) => s * 1000);
    queriesOut[name] = {
      runs: ms.length,
      ...(ms.length > 0 ? { medianMs: median(ms), firstMs: ms[0] } : {}),
      ...(q.rows !== null ? { rows: q.rows } : {}),
      ...(q.error ? { error: q.error } : {}),
    };
  }
  return {
    name: "rdflib",
    available: true,
    version: out.version,
    loadMs: out.loadSeconds * 1000,
    maxRssBytes: out.maxRssKb * 1024,
    queries: queriesOut,
  };
}

const JENA_JARS = [
  "jena-arq",
  "jena-base",
  "jena-cmds",
  "jena-core",
  "jena-dboe-base",
  "jena-dboe-index",
  "jena-dboe-storage",
  "jena-dboe-trans-data",
  "jena-dboe-transaction",
  "jena-iri",
  "jena-rdfconnection",
  "jena-shacl",
  "jena-shex",
  "jena-tdb",
  "jena-tdb2",
  "commons-cli",
  "commons-codec",
  "commons-compress",
  "commons-csv",
  "commons-io",
  "commons-lang3",
  "dexx.collection",
  "gson",
  "guava",
  "httpclient",
  "httpcore",
  "jackson-core",
  "jackson-databind",
  "jackson-annotations",
  "jsonld-java",
  "jakarta.json-api",
  "protobuf",
  "slf4j-api",
  "slf4j-simple",
  "thrift",
  "titanium-json-ld",
];

export function jenaAvailable(): boolean {
  if (!existsSync(join(JAVA_DIR, "jena-arq.jar"))) return false;
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Debian's Jena 4.5 fails at start (ExceptionInInitializerError ... xerces): its renamed xerces
 * classes look for message files that stayed at org/apache/jena/ext/xerces/ in jena-core.jar.
 * Copying them to xerces/ in a folder put first on the classpath fixes it (../shared/PEERS.md).
 */
function jenaClasspath(workDir: string): string {
  const fix = join(workDir, "jena-xerces-fix");
  if (!existsSync(join(fix, "xerces"))) {
    mkdirSync(fix, { recursive: true });
    execFileSync(
      "unzip",
      ["-q", "-o", join(JAVA_DIR, "jena-core.jar"), "org/apache/jena/ext/xerces/*", "-d", fix],
      { stdio: "ignore" },
    );
    execFileSync("cp", ["-r", join(fix, "org/apache/jena/ext/xerces"), join(fix, "xerces")]);
  }
  const jars = JENA_JARS.map((j) => join(JAVA_DIR, `${j}.jar`)).filter((p) => existsSync(p));
  return [fix, ...jars].join(":");
}

/**
 * ARQ's in-memory dataset keeps named graphs apart and its default graph empty; Laurel's queries
 * read the union. ARQ names the union graph <urn:x-arq:UnionGraph>, so the WHERE clause is wrapped
 * in GRAPH <urn:x-arq:UnionGraph> { ... }: same patterns, same union semantics.
 */
export function wrapInUnionGraph(text: string): string {
  const parsed = new sparqljs.Parser().parse(text) as sparqljs.SelectQuery;
  parsed.where = [
    {
      type: "graph",
      name: { termType: "NamedNode", value: "urn:x-arq:UnionGraph" } as sparqljs.IriTerm,
      patterns: parsed.where ?? [],
    } as sparqljs.GraphPattern,
  ];
  return new sparqljs.Generator().stringify(parsed);
}

export async function runJena(
  dataPath: string,
  queries: PeerQuery[],
  workDir: string,
  options: { reps: number; timeoutMs: number; queryTimeoutMs: number; heap?: string },
): Promise<PeerResult> {
  if (!jenaAvailable()) {
    return {
      name: "jena",
      available: false,
      install:
        "apt-get update && apt-get install -y libapache-jena-java   (Jena 4.5; the benchmark applies the xerces work-around of ../shared/PEERS.md itself)",
      queries: {},
    };
  }
  mkdirSync(workDir, { recursive: true });
  let classpath: string;
  try {
    classpath = jenaClasspath(workDir);
  } catch (error) {
    return {
      name: "jena",
      available: true,
      queries: {},
      error: `could not apply the xerces work-around (needs unzip): ${(error as Error).message}`,
    };
  }
  const java = [`-Xmx${options.heap ?? "8g"}`, "-cp", classpath];
  // Parse time: riot --time --count reads the whole file as ARQ's --data does.
  const parse = await run("java", [...java, "riotcmd.riot", "--time", "--count", dataPath], {
    timeoutMs: options.timeoutMs,
    discardStdout: true,
  });
  const parsed = /:\s*([\d.]+)\s*sec/.exec(parse.stderr);
  const result: PeerResult = {
    name: "jena",
    available: true,
    version: "4.5 (Debian)",
    queries: {},
    ...(parsed ? { parseMs: Number(parsed[1]) * 1000 } : {}),
  };
  // Load = what an arq process spends outside its timed query runs: JVM start, parse, indexing.
  const loads: number[] = [];
  if (parse.code !== 0) {
    result.error = parse.timedOut
      ? "riot did not finish in time"
      : `riot failed: ${parse.stderr.trim().split("\n").slice(-3).join(" | ")}`;
    return result;
  }
  for (const query of queries) {
    const file = join(workDir, `jena-${query.name}.rq`);
    let text: string;
    try {
      text = wrapInUnionGraph(query.text);
    } catch (error) {
      result.queries[query.name] = { runs: 0, error: (error as Error).message };
      continue;
    }
    writeFileSync(file, text);
    const child = await run(
      "java",
      [
        ...java,
        "arq.sparql",
        "--data",
        dataPath,
        "--query",
        file,
        "--results",
        "json",
        "--time",
        "--repeat",
        String(options.reps),
      ],
      { timeoutMs: options.queryTimeoutMs, discardStdout: true },
    );
    const times = [...child.stderr.matchAll(/^Time: ([\d.]+) sec/gm)].map(
      (m) => Number(m[1]) * 1000,
    );
    if (child.code !== 0 || times.length === 0) {
      result.queries[query.name] = {
        runs: times.length,
        error: child.timedOut
          ? `load + ${options.reps} runs did not finish within ${(options.queryTimeoutMs / 1000).toFixed(0)} s (abandoned)`
          : `exited with ${child.code ?? child.signal}: ${child.stderr.trim().split("\n").slice(-2).join(" | ")}`,
      };
      continue;
    }
    loads.push(child.wallMs - times.reduce((a, b) => a + b, 0));
    const warm = times.slice(1);
    result.queries[query.name] = {
      runs: times.length,
      firstMs: times[0] as number,
      ...(warm.length > 0 ? { medianMs: median(warm) } : { medianMs: times[0] as number }),
    };
  }
  if (loads.length > 0) result.loadMs = median(loads);
  return result;
}
