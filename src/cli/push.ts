// `laurel push`: writes a built store to a SPARQL 1.1 server (Graph Store HTTP Protocol); also the
// second half of `laurel build --endpoint`.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { ParseArgsConfig } from "node:util";
import { checkedUrl, connect, graphStoreUrl, pushStore } from "../endpoint/index.ts";
import {
  bulkLoad,
  DEFAULT_VIRTUOSO_DIR,
  findLocalVirtuoso,
  LOCAL_ENDPOINT,
  type LocalVirtuoso,
} from "../endpoint/virtuoso.ts";
import { LaurelError, usageError } from "../errors.ts";
import { type Io, positiveInteger } from "./index.ts";

const DEFAULT_STORE = "out/laurel.nq";

/** Options `laurel build` shares with `laurel push`. */
export const PUSH_OPTIONS = {
  endpoint: { type: "string" },
  "graph-store": { type: "string" },
  "chunk-triples": { type: "string" },
  "virtuoso-dir": { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export const PUSH_HELP = `  --endpoint URL       SPARQL query endpoint of the server, e.g. http://127.0.0.1:8899/sparql;
                       "local" for the Virtuoso scripts/virtuoso.sh runs (see --virtuoso-dir)
  --virtuoso-dir DIR   folder of that Virtuoso (default ${DEFAULT_VIRTUOSO_DIR}): when the endpoint is
                       "local" or a loopback URL on its port, the build is loaded with Virtuoso's
                       bulk loader (ld_dir, rdf_loader_run), replacing the graphs of an earlier build
  --graph-store URL    its Graph Store Protocol endpoint (default for a URL ending in /sparql:
                       Virtuoso's /sparql-graph-crud-auth with credentials, /sparql-graph-crud without)
  --chunk-triples N    most triples sent in one request (default 10000)`;

export const CREDENTIALS_HELP = `Credentials come from LAUREL_ENDPOINT_USER and LAUREL_ENDPOINT_PASSWORD, else from the netrc file
($NETRC, default ~/.netrc) entry of the server's host; never from the command line. They are sent
only when the server asks (HTTP Basic or Digest).`;

export const pushCommand = {
  summary: "write a built store to a SPARQL 1.1 server, one named graph per announcement",
  usage: `laurel push --endpoint URL [options]

Replaces each named graph of the store on the server (the announcements' graphs, the entities
graph, the dataset description) over the SPARQL 1.1 Graph Store HTTP Protocol: a PUT of the
graph's first chunk, a POST of each further one. Pushing the same build again gives the same
server contents. Network errors and 5xx answers are retried with backoff.

Options:
  --store FILE         store to push (default ${DEFAULT_STORE})
${PUSH_HELP}
  --quiet              print nothing but errors
  -h, --help           show this help

${CREDENTIALS_HELP}`,
  options: {
    help: { type: "boolean", short: "h" },
    store: { type: "string" },
    quiet: { type: "boolean" },
    ...PUSH_OPTIONS,
  } satisfies NonNullable<ParseArgsConfig["options"]>,
  allowPositionals: false,
  async run(values: Record<string, unknown>, _positionals: string[], io: Io): Promise<number> {
    if (values.endpoint === undefined) throw usageError("laurel push needs --endpoint URL");
    const storePath = (values.store as string | undefined) ?? DEFAULT_STORE;
    await pushBuild(storePath, values, io);
    return 0;
  },
};

/**
 * The server --endpoint names: the local Virtuoso of scripts/virtuoso.sh (bulk loader) or any
 * SPARQL 1.1 server (Graph Store Protocol). Checked before a build, so a wrong one fails early.
 */
export interface EndpointTarget {
  local?: LocalVirtuoso;
  endpoint: string;
}

export async function endpointTarget(values: Record<string, unknown>): Promise<EndpointTarget> {
  const given = values.endpoint as string;
  const dir = (values["virtuoso-dir"] as string | undefined) ?? DEFAULT_VIRTUOSO_DIR;
  const endpoint = given === LOCAL_ENDPOINT ? given : checkedUrl(given, "--endpoint");
  const local = await findLocalVirtuoso(endpoint, dir);
  return local ? { local, endpoint: local.endpoint } : { endpoint };
}

/** What a build already knows when it pushes: the server it checked, its base and its graphs. */
export interface KnownBuild {
  target: EndpointTarget;
  base: string;
  graphs: string[];
}

/** Writes the store file to the server --endpoint names and says what it did. */
export async function pushBuild(
  storePath: string,
  values: Record<string, unknown>,
  io: Io,
  known?: KnownBuild,
): Promise<void> {
  const target = known?.target ?? (await endpointTarget(values));
  if (target.local) await bulkLoadBuild(storePath, target.local, known, values, io);
  else await pushOverProtocol(storePath, values, io);
}

async function bulkLoadBuild(
  storePath: string,
  server: LocalVirtuoso,
  known: KnownBuild | undefined,
  values: Record<string, unknown>,
  io: Io,
): Promise<void> {
  const started = Date.now();
  const result = await bulkLoad(server, [storePath], {
    base: known?.base ?? (await baseOfStore(storePath)),
    graphs: async () => known?.graphs ?? (await graphsOfStore(storePath)),
  });
  if (!values.quiet) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const replaced = result.replaced > 0 ? `, replacing ${result.replaced} graphs` : "";
    io.out(
      `loaded:        ${storePath} into ${server.endpoint} with Virtuoso's bulk loader (${seconds} s${replaced})\n`,
    );
  }
}

/** Every graph a store file names (read through once: only when an earlier build is replaced). */
async function graphsOfStore(storePath: string): Promise<string[]> {
  const graphs = new Set<string>();
  const lines = createInterface({ input: createReadStream(storePath), crlfDelay: Infinity });
  for await (const line of lines) {
    const graph = /<([^>]*)> \.$/.exec(line)?.[1];
    if (graph) graphs.add(graph);
  }
  return [...graphs];
}

/** The base a store was built with: its first graph is `${base}graph/...`. */
async function baseOfStore(storePath: string): Promise<string> {
  const file = await open(storePath).catch((error) => {
    throw new LaurelError(
      "missing-store",
      `no store at ${storePath}; create it with \`laurel build\``,
      {
        cause: error,
      },
    );
  });
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    const line = buffer.subarray(0, bytesRead).toString("utf8").split("\n")[0] ?? "";
    const graph = /<([^>]*graph\/)[^>/]*> \.$/.exec(line)?.[1];
    if (!graph)
      throw new LaurelError(
        "corrupt-store",
        `${storePath} does not start with a Laurel named graph`,
      );
    return graph.slice(0, -"graph/".length);
  } finally {
    await file.close();
  }
}

/** Pushes the store file over the Graph Store Protocol. */
async function pushOverProtocol(
  storePath: string,
  values: Record<string, unknown>,
  io: Io,
): Promise<void> {
  const endpoint = checkedUrl(values.endpoint as string, "--endpoint");
  const chunkTriples = positiveInteger(values["chunk-triples"], "--chunk-triples");
  const { client, authenticated } = await connect(
    (values["graph-store"] as string | undefined) ?? endpoint,
  );
  const graphStore = graphStoreUrl(
    endpoint,
    values["graph-store"] as string | undefined,
    authenticated,
  );
  const started = Date.now();
  const result = await pushStore(client, {
    storePath,
    graphStore,
    ...(chunkTriples ? { chunkTriples } : {}),
  });
  if (!values.quiet) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.out(
      `pushed:        ${result.triples} triples in ${result.graphs} graphs to ${graphStore} (${result.requests} requests, ${seconds} s)\n`,
    );
  }
}
