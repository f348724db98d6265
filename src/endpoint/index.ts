// **endpoint** uses a SPARQL 1.1 server as the store: `pushStore` writes a build there over the
// Graph Store HTTP Protocol, `queryEndpoint` asks it questions over the SPARQL Protocol.
import { usageError } from "../errors.ts";
import { type ClientOptions, EndpointClient } from "./client.ts";
import { findCredentials } from "./credentials.ts";

export { EndpointClient } from "./client.ts";
export { type Credentials, findCredentials } from "./credentials.ts";
export { type PushOptions, type PushResult, pushStore } from "./push.ts";
export { queryEndpoint } from "./query.ts";

/**
 * The Graph Store endpoint for a SPARQL query endpoint: the one given, else Virtuoso's convention
 * beside `/sparql` (`/sparql-graph-crud-auth` with credentials, `/sparql-graph-crud` without).
 * Other servers name theirs differently (Fuseki `/DATASET/data`, Oxigraph `/store`), so for them
 * it must be given.
 */
export function graphStoreUrl(
  endpoint: string,
  explicit: string | undefined,
  authenticated: boolean,
): string {
  if (explicit) return checkedUrl(explicit, "--graph-store");
  const url = new URL(checkedUrl(endpoint, "--endpoint"));
  if (!url.pathname.endsWith("/sparql"))
    throw usageError(
      `cannot tell the Graph Store endpoint of ${endpoint}; give --graph-store URL (Virtuoso: .../sparql-graph-crud-auth, Fuseki: .../DATASET/data, Oxigraph: .../store)`,
    );
  url.pathname += authenticated ? "-graph-crud-auth" : "-graph-crud";
  url.search = "";
  return url.toString();
}

/** An http(s) URL, or a usage error naming the option. */
export function checkedUrl(value: string, option: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`${option} takes an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw usageError(`${option} takes an http(s) URL, got "${value}"`);
  if (url.username || url.password)
    throw usageError(
      `${option}: put no credentials in the URL (they would show in the process list); set LAUREL_ENDPOINT_USER and LAUREL_ENDPOINT_PASSWORD or use ~/.netrc`,
    );
  return url.toString();
}

/** A client with the credentials the environment or netrc gives for the URL's host. */
export async function connect(
  url: string,
  options: Omit<ClientOptions, "credentials"> = {},
): Promise<{ client: EndpointClient; authenticated: boolean }> {
  const credentials = await findCredentials(url);
  const client = new EndpointClient({ ...options, ...(credentials ? { credentials } : {}) });
  return { client, authenticated: credentials !== undefined };
}
