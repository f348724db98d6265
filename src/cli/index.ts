// **cli** is the `laurel` command: the only module that prints. Exit codes: 0 success,
// 1 a failure of the input, 2 wrong usage.
import { readFile } from "node:fs/promises";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { connect, queryEndpoint } from "../endpoint/index.ts";
import { DEFAULT_VIRTUOSO_DIR } from "../endpoint/virtuoso.ts";
import { LaurelError, usageError } from "../errors.ts";
import { dataPrefixes, type ExportFormat, writeRdfChunks } from "../export/index.ts";
import { graphIri } from "../map/index.ts";
import { writeGraphInBatches } from "../pipeline/batched.ts";
import {
  cachePathFor,
  type ExtractionCache,
  extractorKey,
  readExtractionCache,
  writeExtractionCache,
} from "../pipeline/cache.ts";
import {
  candidateLogsKey,
  candidateLogsPathFor,
  readCandidateLogs,
  writeCandidateLogs,
} from "../pipeline/candidate-logs.ts";
import {
  type BuildOptions,
  type BuildResult,
  type BuildSummary,
  buildGraph,
  CollectingSink,
  type CorpusChanges,
  linkCorpus,
} from "../pipeline/index.ts";
import {
  graphIndexPathFor,
  readPreviousGraphs,
  removeGraphIndex,
  reuseSettings,
  writeGraphIndex,
} from "../pipeline/reuse.ts";
import {
  executeQuery,
  formatOutcome,
  type PreparedQuery,
  prepareQuery,
  type QueryOutcome,
  type ResultFormat,
} from "../query/index.ts";
import { DEFAULT_BASE } from "../resolve/index.ts";
import { defaultConcurrency, startServer } from "../serve/index.ts";
import { LaurelStore } from "../store/index.ts";
import { type Diagnostic, ENTITY_TYPES, type EntityType } from "../types.ts";
import { outputConflict, writeFileAtomic, writeFileSpliced } from "../util/fs.ts";
import { dataFile } from "./data-files.ts";
import { evalCommand } from "./eval.ts";
import {
  CREDENTIALS_HELP,
  type EndpointTarget,
  endpointTarget,
  PUSH_HELP,
  PUSH_OPTIONS,
  pushBuild,
  pushCommand,
} from "./push.ts";
import { validateCommand } from "./validate.ts";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
};

const DEFAULTS = {
  corpus: "data/announcements",
  store: "out/laurel.nq",
  out: "out/laurel.ttl",
  authority: "data/authority.ttl",
  overrides: "data/overrides.ttl",
};

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  allowPositionals: boolean;
  run(values: Record<string, unknown>, positionals: string[], io: Io): Promise<number>;
}

const COMMON_HELP = { help: { type: "boolean", short: "h" } } as const;

const COMMANDS: Record<string, Command> = {
  build: {
    summary: "read announcements, build the graph, write the store and the Turtle export",
    usage: `laurel build [PATH...] [options]

Reads .txt and .md announcements (default ${DEFAULTS.corpus}), extracts facts, links entities,
maps them to RDF, loads the embedded store and writes it as N-Quads plus a Turtle export.
Extractions are kept next to the store (out/laurel.cache.ndjson for out/laurel.nq): the next
build extracts only the announcements added or changed since, and gives the same bytes a full
build would.

Options:
  --store FILE       store file to write (default ${DEFAULTS.store})
  --out FILE         Turtle export to write (default ${DEFAULTS.out})
  --base IRI         base for minted IRIs (default ${DEFAULT_BASE})
  --authority FILE   authority file of known bodies (default ${DEFAULTS.authority} where the
                     working folder has one, else the one Laurel ships)
  --overrides FILE   owl:sameAs / owl:differentFrom fixes (default ${DEFAULTS.overrides}, likewise)
  --strict           treat every warning or error as fatal
  --full             extract every announcement again, ignoring the extraction cache
  --max-quads N      refuse corpora whose graph exceeds N quads (default 8000000, about 37,000 announcements)
  --max-bytes N      refuse announcement files larger than N bytes (default 8388608)
  --quiet            print nothing but errors
  -h, --help         show this help

With --endpoint, the graph is written to the store file in batches of announcements (no
in-memory table of the whole graph, so --max-quads does not apply; no Turtle export and no
SHACL check, which need one) and then sent to a SPARQL 1.1 server as \`laurel push\` does:
${PUSH_HELP}

${CREDENTIALS_HELP}`,
    options: {
      ...COMMON_HELP,
      ...PUSH_OPTIONS,
      store: { type: "string" },
      out: { type: "string" },
      base: { type: "string" },
      authority: { type: "string" },
      overrides: { type: "string" },
      strict: { type: "boolean" },
      full: { type: "boolean" },
      "max-quads": { type: "string" },
      "max-bytes": { type: "string" },
      quiet: { type: "boolean" },
    },
    allowPositionals: true,
    run: runBuild,
  },
  query: {
    summary: "run a SPARQL query against the store",
    usage: `laurel query FILE.rq [options]
laurel query --query TEXT [options]

Options:
  --store FILE            store to query (default ${DEFAULTS.store})
  --endpoint URL          ask a SPARQL 1.1 server instead (its query endpoint, e.g. http://127.0.0.1:8899/sparql);
                          "local" for the Virtuoso scripts/virtuoso.sh runs (see --virtuoso-dir)
  --virtuoso-dir DIR      folder of that Virtuoso (default ${DEFAULT_VIRTUOSO_DIR})
  --format FORMAT         table (default), json (W3C SPARQL results), csv or tsv
  --param NAME=VALUE      bind ?NAME to VALUE (a literal; <...> for an IRI); repeatable
  -q, --query TEXT        query text instead of a file
  -h, --help              show this help

CONSTRUCT and DESCRIBE print Turtle. GROUP_CONCAT strings are built by laurel, their pieces
sorted (SPARQL leaves their order to the store), so the store and a server give the same ones; a
server is asked for the groups and their values, so no long string is ever held there (Virtuoso
refuses rows past its row-length limit).

${CREDENTIALS_HELP}`,
    options: {
      ...COMMON_HELP,
      store: { type: "string" },
      endpoint: { type: "string" },
      "virtuoso-dir": { type: "string" },
      format: { type: "string" },
      param: { type: "string", multiple: true },
      query: { type: "string", short: "q" },
    },
    allowPositionals: true,
    run: runQueryCommand,
  },
  export: {
    summary: "write the store as Turtle, TriG or N-Quads",
    usage: `laurel export [options]

Options:
  --store FILE      store to read (default ${DEFAULTS.store})
  --format FORMAT   turtle (default, all graphs merged), trig (one graph per announcement) or nquads
  --out FILE        file to write (default: standard output)
  -h, --help        show this help`,
    options: {
      ...COMMON_HELP,
      store: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
    },
    allowPositionals: false,
    run: runExport,
  },
  entities: {
    summary: "list linked entities with their names, announcements and merge evidence",
    usage: `laurel entities [options]

Options:
  --store FILE     store to read (default ${DEFAULTS.store})
  --type TYPE      only this class (Organization, IssuingBody, Person, Program, Honor, Document, Work, Event, Place)
  --ambiguous      only entities whose merges deserve a look (joined from several names, known by an acronym alone,
                   or close to another entity by a translation variant scored below the merge line)
  --format FORMAT  table (default) or json
  -h, --help       show this help`,
    options: {
      ...COMMON_HELP,
      store: { type: "string" },
      type: { type: "string" },
      ambiguous: { type: "boolean" },
      format: { type: "string" },
    },
    allowPositionals: false,
    run: runEntities,
  },
  serve: {
    summary: "answer SPARQL and serve pages for the graph over HTTP, from a store loaded once",
    usage: `laurel serve [options]

Loads the store once and serves until stopped (Ctrl-C or SIGTERM):
  /sparql          SPARQL 1.1 Protocol (GET ?query=, POST); $NAME=VALUE binds ?NAME
  /queries/NAME    the named queries of queries/ (same bindings)
  /query           query page; / home; /search?q= names; /void dataset description
  every minted IRI under --base, as HTML, Turtle, N-Triples or JSON-LD (Accept header)

Options:
  --store FILE        store to serve (default ${DEFAULTS.store})
  --host HOST         address to listen on (default 127.0.0.1)
  --port N            port (default 7878; 0 picks a free one)
  --base IRI          base of minted IRIs (default: read from the store)
  --timeout DURATION  longest a request may run, e.g. 10s, 500ms, 2m (default 10s)
  --concurrency N     query workers, each holding a copy of the store (default ${defaultConcurrency()})
  -h, --help          show this help`,
    options: {
      ...COMMON_HELP,
      store: { type: "string" },
      host: { type: "string" },
      port: { type: "string" },
      base: { type: "string" },
      timeout: { type: "string" },
      concurrency: { type: "string" },
    },
    allowPositionals: false,
    run: runServe,
  },
};

COMMANDS.push = pushCommand;
COMMANDS.eval = evalCommand;
COMMANDS.validate = validateCommand;

function topHelp(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `laurel: a knowledge graph of Chinese science honors and designations from English announcements

Usage: laurel <command> [options]

Commands:
${lines.join("\n")}

Run \`laurel <command> --help\` for a command's options.
`;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.out(topHelp());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw usageError(`unknown command "${name}"; run \`laurel --help\``);
    let parsed: { values: Record<string, unknown>; positionals: string[] };
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: command.allowPositionals,
        strict: true,
      });
    } catch (error) {
      throw usageError(`${(error as Error).message}\n\n${command.usage}`);
    }
    if (parsed.values.help) {
      io.out(`${command.usage}\n`);
      return 0;
    }
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof LaurelError) {
      io.err(`laurel: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`laurel: unexpected error\n${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

function formatDiagnostic(d: Diagnostic): string {
  const where = d.source
    ? `${d.source.file}${d.source.line ? `:${d.source.line}` : ""}${d.source.column ? `:${d.source.column}` : ""}: `
    : "";
  const message =
    d.source && d.message.startsWith(d.source.file)
      ? d.message.slice(d.source.file.length).replace(/^[:\s]+/, "")
      : d.message;
  return `${d.severity}: ${where}${message} [${d.code}]`;
}

export function positiveInteger(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw usageError(`${flag} takes a positive whole number, got "${String(value)}"`);
  return n;
}

/**
 * Progress of a long stage on stderr when it is a terminal: "extract 1200/10000 (850/s, about
 * 10 s left)"; quiet otherwise, and for stages of fewer than 200 items.
 */
function progressLine(io: Io, quiet: boolean) {
  let started = { stage: "", at: 0 };
  return (stage: string, done: number, total: number) => {
    if (!io.isTTY || quiet || total < 200) return;
    if (stage !== started.stage) started = { stage, at: performance.now() };
    if (done !== total && done % 50 !== 0) return;
    const seconds = (performance.now() - started.at) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? `, about ${Math.ceil((total - done) / rate)} s left` : "";
    const pace = done === total ? `${Math.round(rate)}/s` : `${Math.round(rate)}/s${left}`;
    io.err(`\r${stage} ${done}/${total} (${pace})\x1b[K${done === total ? "\n" : ""}`);
  };
}

async function runBuild(
  values: Record<string, unknown>,
  positionals: string[],
  io: Io,
): Promise<number> {
  const quiet = Boolean(values.quiet);
  const buildTime = process.env.SOURCE_DATE_EPOCH
    ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z")
    : undefined;
  // A wrong --endpoint is a usage error before the build, not after it.
  const target = values.endpoint === undefined ? undefined : await endpointTarget(values);
  const maxQuads = positiveInteger(values["max-quads"], "--max-quads");
  const maxBytes = positiveInteger(values["max-bytes"], "--max-bytes");
  const storePath = (values.store as string | undefined) ?? DEFAULTS.store;
  const cachePath = cachePathFor(storePath);
  const outPath = (values.out as string | undefined) ?? DEFAULTS.out;
  const conflict = outputConflict([
    { label: "--store", path: storePath, usual: "laurel.nq" },
    ...(target ? [] : [{ label: "--out", path: outPath, usual: "laurel.ttl" }]),
    { label: "the extraction cache", path: cachePath, usual: "laurel.cache.ndjson" },
    ...(target
      ? []
      : [
          {
            label: "the candidate logs",
            path: candidateLogsPathFor(storePath),
            usual: "laurel.candidates.ndjson",
          },
        ]),
  ]);
  if (conflict) throw usageError(conflict);
  const cacheKey = extractorKey();
  const previous = await previousExtractions(cachePath, cacheKey, Boolean(values.full));
  if (previous.warning && !quiet) io.err(`warning: ${previous.warning}\n`);
  const base = (values.base as string | undefined) ?? DEFAULT_BASE;
  const options: BuildOptions = {
    ...(previous.cache ? { previous: previous.cache } : {}),
    paths: positionals.length > 0 ? positionals : [DEFAULTS.corpus],
    base,
    authorityPath: dataFile(values.authority as string | undefined, "authority.ttl", "--authority"),
    overridesPath: dataFile(values.overrides as string | undefined, "overrides.ttl", "--overrides"),
    ...(buildTime ? { buildTime } : {}),
    ...(maxQuads ? { maxQuads } : {}),
    ...(maxBytes ? { maxBytes } : {}),
    turtlePrefixes: dataPrefixes(base),
    onProgress: progressLine(io, quiet),
  };
  const files = { storePath, cachePath, cacheKey, previous };
  if (!target) return runEmbeddedBuild(options, { ...files, outPath }, values, io);
  // The store is rewritten in batches, not from pieces: no graph of it is reused next time.
  await removeGraphIndex(graphIndexPathFor(storePath));
  return runEndpointBuild(options, { ...files, target }, values, io);
}

/**
 * `laurel build` into the store file and the Turtle export: the graphs of unchanged announcements
 * are taken from the previous store and export (see pipeline/reuse.ts), the rest is written anew.
 */
async function runEmbeddedBuild(
  options: BuildOptions,
  files: Omit<BuildFiles, "target"> & { outPath: string },
  values: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const sink = new CollectingSink();
  const { storePath, outPath, cachePath, cacheKey, previous } = files;
  const indexPath = graphIndexPathFor(storePath);
  const logsPath = candidateLogsPathFor(storePath);
  const logsKey = await candidateLogsKey(cacheKey, options.authorityPath);
  // Logs are replayed only over reused extractions, as graphs are: --full redoes everything.
  const logs = previous.cache ? await readCandidateLogs(logsPath, logsKey) : undefined;
  if (logs) options.previousCandidates = logs;
  options.recordCandidates = true;
  const written = { store: storePath, export: outPath };
  const settings = reuseSettings(
    cacheKey,
    options.base ?? DEFAULT_BASE,
    options.turtlePrefixes ?? {},
  );
  // Graphs are reused only over reused extractions: --full and a stale cache redo everything.
  const graphs = previous.cache
    ? await readPreviousGraphs(indexPath, written, settings)
    : undefined;
  if (graphs?.status === "ok") options.previousGraphs = graphs.previous;
  try {
    const result: BuildResult = await buildGraph(options, sink);
    if (!acceptDiagnostics(sink, result.announcements.length, values, io)) return 1;
    // The index goes first and comes back last: a build stopped between leaves none to trust.
    await removeGraphIndex(indexPath);
    const earlier = options.previousGraphs;
    // The three files at once: the kernel copies the reused ranges of the store and the export
    // while the cache is serialised. Cache entries are addressed by content, so a cache that
    // lands before or after the store is merely slower, never wrong.
    await Promise.all([
      writeFileSpliced(storePath, result.pieces.nquads, earlier?.store),
      writeFileSpliced(outPath, result.pieces.turtle ?? [], earlier?.export),
      writeExtractionCache(cachePath, result.extractions, cacheKey, previous.cache),
      writeCandidateLogs(
        logsPath,
        result.extractions.map((extraction) => extraction.announcement),
        result.resolution.candidateLogs ?? [],
        logsKey,
        logs,
      ),
    ]);
    if (result.graphRecords)
      await writeGraphIndex(
        indexPath,
        written,
        settings,
        result.graphRecords,
        result.entityRecords,
      );
    if (!values.quiet)
      io.out(
        summaryLines(result.summary, sink, {
          changes: describeChanges(result.changes, previous.fullReason, {
            graphs: result.graphsReused,
            entities: result.entitiesReused,
          }),
          graphs: result.extractions.length + 2,
          store: storePath,
          exported: outPath,
        }),
      );
    return 0;
  } finally {
    await options.previousGraphs?.close();
  }
}

interface BuildFiles {
  storePath: string;
  cachePath: string;
  cacheKey: string;
  previous: PreviousExtractions;
  /** The server --endpoint names, checked before the build. */
  target: EndpointTarget;
}

/**
 * \`laurel build --endpoint\`: the graph is mapped and written to the store file in batches (no
 * in-memory table of the whole graph, so no ceiling; no Turtle export and no SHACL check, which
 * need one), then loaded into the server.
 */
async function runEndpointBuild(
  options: BuildOptions,
  files: BuildFiles,
  values: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const sink = new CollectingSink();
  const linked = await linkCorpus(options, sink);
  if (!acceptDiagnostics(sink, linked.announcements.length, values, io)) return 1;
  const summary = await writeGraphInBatches(linked, {
    storePath: files.storePath,
    ...(options.buildTime ? { buildTime: options.buildTime } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  await writeExtractionCache(
    files.cachePath,
    linked.extractions,
    files.cacheKey,
    files.previous.cache,
  );
  if (!values.quiet)
    io.out(
      summaryLines(summary, sink, {
        changes: describeChanges(linked.changes, files.previous.fullReason),
        graphs: linked.extractions.length + 2,
        store: files.storePath,
        exported:
          "none (with --endpoint the graph goes to the server; no Turtle export is written)",
      }),
    );
  const graphs = [
    ...linked.extractions.map((extraction) => graphIri(linked.base, extraction.announcement.id)),
    `${linked.base}graph/entities`,
    `${linked.base}graph/dataset`,
  ];
  await pushBuild(files.storePath, values, io, { target: files.target, base: linked.base, graphs });
  return 0;
}

/** Prints the diagnostics; false when the build must stop (--strict, or nothing could be read). */
function acceptDiagnostics(
  sink: CollectingSink,
  announcements: number,
  values: Record<string, unknown>,
  io: Io,
): boolean {
  for (const d of sink.diagnostics)
    if (!values.quiet || d.severity === "error") io.err(`${formatDiagnostic(d)}\n`);
  // --strict: any warning or error is fatal; info notes (e.g. "validation skipped") are not.
  const serious = sink.diagnostics.filter((d) => d.severity !== "info");
  if (values.strict && serious.length > 0) {
    io.err(`laurel: ${serious.length} diagnostic(s) and --strict is set; nothing was written\n`);
    return false;
  }
  if (announcements === 0) {
    io.err("laurel: no announcement could be read; nothing was written\n");
    return false;
  }
  return true;
}

function summaryLines(
  s: BuildSummary,
  sink: CollectingSink,
  where: { changes: string; graphs: number; store: string; exported: string },
): string {
  const entityLine = Object.entries(s.entities)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${n} ${type}`)
    .join(", ");
  return [
    `announcements: ${s.announcements} of ${s.filesSeen} file(s) (${where.changes})`,
    `entities:      ${entityLine || "none"}`,
    `conferrals:    ${s.conferrals}`,
    `triples:       ${s.quads} (quads in ${where.graphs} graphs)`,
    `diagnostics:   ${sink.diagnostics.length}`,
    `store:         ${where.store}`,
    `export:        ${where.exported}`,
    "",
  ].join("\n");
}

interface PreviousExtractions {
  cache?: ExtractionCache;
  /** Why every announcement is extracted this time. */
  fullReason: string;
  warning?: string;
}

/** The previous build's extractions, or why there are none to reuse. */
async function previousExtractions(
  cachePath: string,
  key: string,
  full: boolean,
): Promise<PreviousExtractions> {
  if (full) return { fullReason: "full build: --full" };
  const read = await readExtractionCache(cachePath, key);
  switch (read.status) {
    case "ok":
      return { cache: read.cache, fullReason: "" };
    case "missing":
      return { fullReason: "full build" };
    case "stale":
      return { fullReason: `full build: ${read.reason}` };
    case "corrupt":
      return {
        fullReason: "full build: unreadable cache",
        warning: `${cachePath} cannot be used (${read.reason}); every announcement is extracted again`,
      };
  }
}

/**
 * "2 added, 1 changed, 1 removed, 2 kept; 2 graphs and 30 entities reused", or why the build was
 * a full one. A kept announcement is not extracted again; a reused graph is not mapped or written
 * again either, nor a reused entity's statements in the entities graph.
 */
function describeChanges(
  changes: CorpusChanges | undefined,
  fullReason: string,
  reused?: { graphs: number; entities: number },
): string {
  if (!changes) return fullReason;
  const { added, changed, removed, kept } = changes;
  const spliced = reused ? `; ${reused.graphs} graphs and ${reused.entities} entities reused` : "";
  return `${added} added, ${changed} changed, ${removed} removed, ${kept} kept${spliced}`;
}

async function baseOf(store: LaurelStore): Promise<string> {
  const result = store.query("SELECT ?d WHERE { ?d a <http://rdfs.org/ns/void#Dataset> } LIMIT 1");
  if (result.kind === "bindings") {
    const value = result.rows[0]?.get("d")?.value;
    if (value?.endsWith("dataset")) return value.slice(0, -"dataset".length);
  }
  return DEFAULT_BASE;
}

async function runQueryCommand(
  values: Record<string, unknown>,
  positionals: string[],
  io: Io,
): Promise<number> {
  const inline = values.query as string | undefined;
  if (inline !== undefined && positionals.length > 0)
    throw usageError("give a query file or --query TEXT, not both");
  if (inline === undefined && positionals.length !== 1)
    throw usageError(`give exactly one query file or --query TEXT\n\n${COMMANDS.query?.usage}`);
  const format = ((values.format as string | undefined) ?? "table") as ResultFormat;
  if (!["table", "json", "csv", "tsv"].includes(format))
    throw usageError(`--format must be table, json, csv or tsv, got "${format}"`);
  const params: Record<string, string> = {};
  for (const param of (values.param as string[] | undefined) ?? []) {
    const eq = param.indexOf("=");
    if (eq <= 0) throw usageError(`--param takes NAME=VALUE, got "${param}"`);
    params[param.slice(0, eq)] = param.slice(eq + 1);
  }
  let text = inline;
  let source = "--query";
  if (text === undefined) {
    source = positionals[0] as string;
    try {
      text = await readFile(source, "utf8");
    } catch (error) {
      throw new LaurelError(
        "missing-query",
        `cannot read query file ${source} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        { cause: error },
      );
    }
  }
  const prepared = prepareQuery(text, { params, source });
  const endpoint = values.endpoint as string | undefined;
  if (endpoint !== undefined && values.store !== undefined)
    throw usageError("give --store or --endpoint, not both");
  if (endpoint === undefined && values["virtuoso-dir"] !== undefined)
    throw usageError(
      "--virtuoso-dir names the Virtuoso of --endpoint local; give --endpoint local",
    );
  const ask =
    endpoint === undefined
      ? await embeddedAsker((values.store as string | undefined) ?? DEFAULTS.store)
      : await endpointAsker((await endpointTarget(values)).endpoint, source);
  const base = baseFrom(await ask(prepareQuery(BASE_QUERY)));
  const prefixes = { ...prefixesForDisplay(), ...dataPrefixes(base) };
  io.out(formatOutcome(await ask(prepared), format, prefixes));
  return 0;
}

/** Runs prepared queries on the embedded store or on a server, alike. */
type Asker = (prepared: PreparedQuery) => Promise<QueryOutcome>;

async function embeddedAsker(storePath: string): Promise<Asker> {
  const store = await LaurelStore.open(storePath);
  return async (prepared) => executeQuery(store, prepared);
}

async function endpointAsker(endpoint: string, source: string): Promise<Asker> {
  const { client } = await connect(endpoint);
  return (prepared) => queryEndpoint(client, endpoint, prepared, source);
}

const BASE_QUERY = "SELECT ?d WHERE { ?d a <http://rdfs.org/ns/void#Dataset> } LIMIT 1";

/** The base minted IRIs live under, read from the dataset description's IRI. */
function baseFrom(outcome: QueryOutcome): string {
  const value = outcome.kind === "bindings" ? outcome.bindings.rows[0]?.d?.value : undefined;
  return value?.endsWith("dataset") ? value.slice(0, -"dataset".length) : DEFAULT_BASE;
}

function prefixesForDisplay(): Record<string, string> {
  return { laurel: "https://w3id.org/laurel/ns#" };
}

async function runExport(
  values: Record<string, unknown>,
  _positionals: string[],
  io: Io,
): Promise<number> {
  const format = ((values.format as string | undefined) ?? "turtle") as ExportFormat;
  if (!["turtle", "trig", "nquads"].includes(format))
    throw usageError(`--format must be turtle, trig or nquads, got "${format}"`);
  const store = await LaurelStore.open((values.store as string | undefined) ?? DEFAULTS.store);
  const base = await baseOf(store);
  const chunks = writeRdfChunks(store.iterateQuads(), {
    format,
    extraPrefixes: dataPrefixes(base),
  });
  const out = values.out as string | undefined;
  if (out) await writeFileAtomic(out, chunks);
  else for (const chunk of chunks) io.out(chunk);
  return 0;
}

async function runEntities(
  values: Record<string, unknown>,
  _positionals: string[],
  io: Io,
): Promise<number> {
  const type = values.type as string | undefined;
  if (type && !ENTITY_TYPES.includes(type as EntityType))
    throw usageError(`--type must be one of ${ENTITY_TYPES.join(", ")}`);
  const format = (values.format as string | undefined) ?? "table";
  if (!["table", "json"].includes(format)) throw usageError(`--format must be table or json`);
  const store = await LaurelStore.open((values.store as string | undefined) ?? DEFAULTS.store);
  const query = `PREFIX laurel: <https://w3id.org/laurel/ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?entity ?class ?label
  (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR="\\u001f") AS ?alts)
  (GROUP_CONCAT(DISTINCT ?annId; SEPARATOR="\\u001f") AS ?anns)
  (GROUP_CONCAT(DISTINCT ?note; SEPARATOR="\\u001f") AS ?notes)
  (GROUP_CONCAT(DISTINCT ?suggestion; SEPARATOR="\\u001f") AS ?suggestions)
WHERE {
  ?entity a ?class ; skos:prefLabel ?label .
  FILTER(LANG(?label) = "")
  FILTER(?class IN (${ENTITY_TYPES.map((t) => `laurel:${t}`).join(", ")}))
  FILTER NOT EXISTS { ?entity a laurel:IssuingBody . FILTER(?class = laurel:Organization) }
  OPTIONAL { ?entity skos:altLabel ?alt }
  OPTIONAL { ?mention laurel:mentionOf ?entity ; <http://www.w3.org/ns/oa#hasSource> ?ann . ?ann dcterms:identifier ?annId }
  OPTIONAL { ?entity laurel:mergeNote ?note }
  OPTIONAL { ?entity laurel:mergeSuggestion ?suggestion }
}
GROUP BY ?entity ?class ?label
ORDER BY ?class ?label`;
  const result = store.query(query);
  const rows = result.kind === "bindings" ? result.rows : [];
  const split = (value: string | undefined) =>
    value ? value.split("\u001f").filter(Boolean).sort() : [];
  const entities = rows
    .map((row) => ({
      iri: row.get("entity")?.value ?? "",
      type: (row.get("class")?.value ?? "").replace("https://w3id.org/laurel/ns#", ""),
      label: row.get("label")?.value ?? "",
      labels: split(row.get("alts")?.value),
      announcements: split(row.get("anns")?.value),
      merges: split(row.get("notes")?.value),
      suggestions: split(row.get("suggestions")?.value),
    }))
    .filter((e) => !type || e.type === type)
    .filter(
      (e) =>
        !values.ambiguous ||
        e.merges.length > 0 ||
        e.suggestions.length > 0 ||
        /^[A-Z]{2,10}$/.test(e.label),
    );
  if (format === "json") {
    io.out(`${JSON.stringify(entities, null, 2)}\n`);
    return 0;
  }
  for (const e of entities) {
    io.out(`${e.label}  [${e.type}]  ${e.iri}\n`);
    if (e.labels.length > 0) io.out(`  also: ${e.labels.join(" | ")}\n`);
    io.out(`  in ${e.announcements.length} announcement(s): ${e.announcements.join(", ")}\n`);
    for (const note of e.merges) io.out(`  merged: ${note}\n`);
    for (const note of e.suggestions) io.out(`  maybe the same (not merged): ${note}\n`);
  }
  io.out(`(${entities.length} entit${entities.length === 1 ? "y" : "ies"})\n`);
  return 0;
}

/** "10s", "500ms", "2m" or a bare number of seconds, as milliseconds. */
export function parseDuration(value: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(value.trim());
  const ms = match
    ? Number(match[1]) * ({ ms: 1, s: 1000, m: 60_000 }[match[2] ?? "s"] ?? 1000)
    : 0;
  if (!match || ms <= 0)
    throw usageError(`${flag} takes a duration such as 10s, 500ms or 2m, got "${value}"`);
  return ms;
}

async function runServe(
  values: Record<string, unknown>,
  _positionals: string[],
  io: Io,
): Promise<number> {
  const port = values.port === undefined ? 7878 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw usageError(`--port takes a port number (0-65535), got "${String(values.port)}"`);
  const storePath = (values.store as string | undefined) ?? DEFAULTS.store;
  const concurrency = positiveInteger(values.concurrency, "--concurrency") ?? defaultConcurrency();
  const started = Date.now();
  io.err(`loading ${storePath} into the first of ${concurrency} query worker(s)...\n`);
  // A large store takes a while: say so every few seconds rather than sit silent.
  const ticker = setInterval(
    () => io.err(`  still loading (${Math.round((Date.now() - started) / 1000)} s)\n`),
    5000,
  );
  const server = await startServer({
    storePath,
    host: (values.host as string | undefined) ?? "127.0.0.1",
    port,
    ...(values.base ? { base: values.base as string } : {}),
    timeoutMs: parseDuration((values.timeout as string | undefined) ?? "10s", "--timeout"),
    concurrency,
    onEvent: (message) => io.err(`laurel serve: ${message}\n`),
  }).finally(() => clearInterval(ticker));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.err(
    `loaded ${server.quads} quads in ${seconds} s; minted IRIs ${server.base} answer at ${server.url}${server.basePath}\n`,
  );
  io.err(`serving at ${server.url}/ (SPARQL at ${server.url}/sparql); stop with Ctrl-C\n`);
  const signal = await new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  io.err(`${signal}: stopping\n`);
  await server.close();
  return 0;
}
