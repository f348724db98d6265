// Plain, serializable shapes passed between the HTTP thread and the query workers.

/** What a worker needs to answer one request: nothing that only the HTTP thread holds. */
export interface ServeRequest {
  method: string;
  /** Decoded path, without the query string. */
  path: string;
  /** Query-string pairs (and form fields for POST), in order. */
  params: Array<[string, string]>;
  accept: string;
  /** The query text of a POST with application/sparql-query. */
  body?: string;
}

export interface ServeReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Where the graph's minted IRIs live and where this server answers for them. */
export interface ServeContext {
  /** Base of minted IRIs, e.g. https://w3id.org/laurel/id/ */
  base: string;
  /** The path on this server that stands for the base, e.g. /laurel/id/ */
  basePath: string;
  /** Named queries by name (file name without .rq). */
  queries: Record<string, string>;
}

/** A reply with a plain-text body: errors say what went wrong in words. */
export function textReply(status: number, message: string, headers: Record<string, string> = {}) {
  return {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", ...headers },
    body: message.endsWith("\n") ? message : `${message}\n`,
  } satisfies ServeReply;
}
