// `laurel push`: writes a built store to a SPARQL 1.1 server (Graph Store HTTP Protocol); also the
// second half of `laurel build --endpoint`.
import type { ParseArgsConfig } from "node:util";
import { checkedUrl, connect, graphStoreUrl, pushStore } from "../endpoint/index.ts";
import { usageError } from "../errors.ts";
import { type Io, positiveInteger } from "./index.ts";

const DEFAULT_STORE = "out/laurel.nq";

/** Options `laurel build` shares with `laurel push`. */
export const PUSH_OPTIONS = {
  endpoint: { type: "string" },
  "graph-store": { type: "string" },
  "chunk-triples": { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export const PUSH_HELP = `  --endpoint URL       SPARQL query endpoint of the server, e.g. http://127.0.0.1:8899/sparql
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

/** Pushes the store file to the server named by --endpoint / --graph-store and says what it did. */
export async function pushBuild(
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
