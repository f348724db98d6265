// **virtuoso** loads a build into the Virtuoso that scripts/virtuoso.sh runs on this machine with
// Virtuoso's own bulk loader (ld_dir, rdf_loader_run, checkpoint) instead of the Graph Store
// Protocol: the server reads the N-Quads from disk, several times faster than HTTP requests. The
// SQL goes through isql-vt; dba's password is read from the script's folder and given to isql on
// its standard input, never on a command line.
import { spawn } from "node:child_process";
import { copyFile, link, mkdir, readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { LaurelError } from "../errors.ts";

/** The folder scripts/virtuoso.sh uses when given no --dir. */
export const DEFAULT_VIRTUOSO_DIR = "out/virtuoso";

/** `--endpoint local`: the server scripts/virtuoso.sh started. */
export const LOCAL_ENDPOINT = "local";

export interface LocalVirtuoso {
  /** The script's data folder (absolute): it is in DirsAllowed, so the loader may read files there. */
  dir: string;
  sqlPort: number;
  httpPort: number;
  /** Its SPARQL endpoint, http://127.0.0.1:PORT/sparql. */
  endpoint: string;
}

export interface BulkLoadResult {
  files: number;
  /** Graphs of an earlier build emptied before the load (0 on a server that held none). */
  replaced: number;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The server scripts/virtuoso.sh runs in `dir` when `endpoint` is "local" or a loopback URL on its
 * HTTP port; undefined when the endpoint is another server (the Graph Store Protocol is used then).
 */
export async function findLocalVirtuoso(
  endpoint: string,
  dir = DEFAULT_VIRTUOSO_DIR,
): Promise<LocalVirtuoso | undefined> {
  const local = endpoint === LOCAL_ENDPOINT;
  const folder = resolve(dir);
  const ini = await readFile(join(folder, "virtuoso.ini"), "utf8").catch(() => undefined);
  const running = ini !== undefined && (await isRunning(folder));
  if (!running) {
    if (!local) return undefined;
    throw new LaurelError(
      "no-local-virtuoso",
      `--endpoint local: no Virtuoso is running in ${dir}; start one with \`scripts/virtuoso.sh start --dir ${dir}\` (or give --virtuoso-dir)`,
    );
  }
  const httpPort = iniPort(ini, "HTTPServer");
  const sqlPort = iniPort(ini, "Parameters");
  if (httpPort === undefined || sqlPort === undefined) {
    if (!local) return undefined;
    throw new LaurelError("bad-virtuoso-ini", `${join(dir, "virtuoso.ini")} names no ports`);
  }
  const server = {
    dir: folder,
    sqlPort,
    httpPort,
    endpoint: `http://127.0.0.1:${httpPort}/sparql`,
  };
  if (local) return server;
  const url = new URL(endpoint);
  return LOOPBACK.has(url.hostname) && Number(url.port) === httpPort ? server : undefined;
}

async function isRunning(folder: string): Promise<boolean> {
  const pid = Number((await readFile(join(folder, "virtuoso.pid"), "utf8").catch(() => "")).trim());
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `ServerPort = 127.0.0.1:N` of one section of the ini scripts/virtuoso.sh writes. */
function iniPort(ini: string, section: string): number | undefined {
  const body = ini.split(/^\[/m).find((part) => part.startsWith(`${section}]`));
  const port = body && /^ServerPort\s*=\s*(?:[\d.]+:)?(\d+)\s*$/m.exec(body)?.[1];
  return port ? Number(port) : undefined;
}

/**
 * Loads N-Quads files into the server with its bulk loader: the files are linked (or copied) into
 * a fresh folder under the server's own, then ld_dir, rdf_loader_run and a checkpoint, so the data
 * is on disk when this returns. When the server already holds the build's entities graph (an
 * earlier build), each graph of this build is emptied first, so the load replaces it; graphs of
 * announcements gone since stay, as with the Graph Store push.
 */
export async function bulkLoad(
  server: LocalVirtuoso,
  files: string[],
  build: { base: string; graphs: () => Promise<string[]> },
): Promise<BulkLoadResult> {
  const password = await dbaPassword(server.dir);
  const earlier = await holdsGraph(server, password, `${build.base}graph/entities`);
  const replaced = earlier ? await build.graphs() : [];
  const folder = join(server.dir, `load-${process.pid}-${Date.now()}`);
  await mkdir(folder, { recursive: true });
  try {
    for (const [index, file] of files.entries()) await place(file, join(folder, `${index}.nq`));
    const output = await isql(server.sqlPort, password, loadScript(folder, replaced));
    const failed = output
      .split("\n")
      .filter((line) => line.startsWith("LOAD-ERROR"))
      .map((line) => line.replace(/^LOAD-ERROR\s+/, "").replace(/\s+/g, " "));
    if (failed.length > 0)
      throw new LaurelError(
        "bulk-load",
        `Virtuoso's bulk loader refused ${failed.length} file(s): ${failed.join("; ")}`,
      );
    return { files: files.length, replaced: replaced.length };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Whether the server holds a quad in the graph (iri_to_id with 0 mints no id for an unknown IRI). */
async function holdsGraph(
  server: LocalVirtuoso,
  password: string,
  graph: string,
): Promise<boolean> {
  const output = await isql(
    server.sqlPort,
    password,
    `SELECT TOP 1 'HOLDS-GRAPH' FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(${sqlString(graph)}, 0);\n`,
  );
  return output.includes("HOLDS-GRAPH");
}

/** A hard link costs nothing and copies no bytes; a copy where the folders are on two disks. */
async function place(file: string, target: string): Promise<void> {
  await link(resolve(file), target).catch(() => copyFile(resolve(file), target));
}

async function dbaPassword(dir: string): Promise<string> {
  const path = join(dir, "dba-password");
  const text = await readFile(path, "utf8").catch((error) => {
    throw new LaurelError(
      "no-dba-password",
      `cannot read ${path} (written by scripts/virtuoso.sh start), needed for the bulk loader`,
      { cause: error },
    );
  });
  return text.trim();
}

/**
 * The SQL of one load. Emptying a graph goes through the (G, S) index, one graph per statement;
 * log_enable(3,1): row by row, without the transaction log (the checkpoint makes it durable). The
 * loader records each file's outcome in DB.DBA.load_list; its errors are printed with a marker,
 * and the folder's entries removed so a later load of the same name is not skipped.
 */
export function loadScript(folder: string, replacedGraphs: string[]): string {
  const files = sqlString(`${folder}/%`);
  const empty = replacedGraphs.map(
    (graph) => `DELETE FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(${sqlString(graph)}, 0);`,
  );
  return [
    ...(empty.length > 0 ? ["log_enable(3,1);", ...empty] : []),
    `DELETE FROM DB.DBA.load_list WHERE ll_file LIKE ${files};`,
    `ld_dir(${sqlString(folder)}, '*.nq', 'urn:laurel:no-default-graph');`,
    "rdf_loader_run();",
    "checkpoint;",
    `SELECT 'LOAD-ERROR', ll_file, ll_error FROM DB.DBA.load_list WHERE ll_file LIKE ${files} AND ll_error IS NOT NULL;`,
    `DELETE FROM DB.DBA.load_list WHERE ll_file LIKE ${files};`,
    "",
  ].join("\n");
}

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Runs SQL through isql-vt as dba. The password is the first line of its input: isql asks for it
 * after its first, password-less login fails, so it never shows in the process list.
 */
export async function isql(sqlPort: number, password: string, script: string): Promise<string> {
  const bin = process.env.ISQL_BIN ?? "isql-vt";
  const args = [`127.0.0.1:${sqlPort}`, "dba", "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF"];
  const child = spawn(bin, [...args, "ECHO=OFF"], { stdio: ["pipe", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (data: Buffer) => {
    output += data.toString("utf8");
  });
  child.stderr.on("data", (data: Buffer) => {
    output += data.toString("utf8");
  });
  const exited = new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  });
  child.stdin.end(`${password}\n${script}`);
  const code = await exited.catch((error: Error) => {
    throw new LaurelError(
      "isql",
      `cannot run ${bin} (${error.message}); install Debian's virtuoso-opensource package`,
      { cause: error },
    );
  });
  const session = afterLogin(output);
  if (session === undefined)
    throw new LaurelError("isql", `${bin} could not log in as dba on port ${sqlPort}`);
  const error = /\*\*\* Error [^\n]*(?:\n[^\n]*){0,2}/.exec(session)?.[0];
  if (code !== 0 || error)
    throw new LaurelError(
      "isql",
      `${bin} on port ${sqlPort}: ${error?.replace(/\s+/g, " ") ?? `exit ${code}`}`,
    );
  return session;
}

/** What isql printed once the password given on its input was taken; undefined if it was not. */
function afterLogin(output: string): string | undefined {
  const prompt = "Enter password for dba :";
  const at = output.indexOf(prompt);
  if (at < 0) return undefined;
  const session = output.slice(at + prompt.length);
  return /CL034: Bad login/.test(session) ? undefined : session;
}
