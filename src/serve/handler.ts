// **handler** answers one request on a query worker: routes it to the protocol, linked data or a
// page. Everything here is synchronous store work; the HTTP thread only waits for the reply.
import type { LaurelStore } from "../store/index.ts";
import { announcementIri, renderAnnouncement } from "./announcement.ts";
import { describeResource, renderEntity } from "./entity.ts";
import { iriOfPath } from "./links.ts";
import { negotiate } from "./negotiate.ts";
import { renderHome, renderQueryList, renderQueryPage, renderSearch } from "./pages.ts";
import {
  answerQuery,
  checkQuery,
  chooseType,
  formatType,
  GRAPH_TYPES,
  notAcceptable,
  type SparqlInput,
} from "./sparql.ts";
import { type ServeContext, type ServeReply, type ServeRequest, textReply } from "./types.ts";

export function handleRequest(
  store: LaurelStore,
  ctx: ServeContext,
  request: ServeRequest,
): ServeReply {
  const { path } = request;
  const param = (name: string) => request.params.find(([key]) => key === name)?.[1];
  if (path === "/sparql") return handleSparql(store, ctx, request, param);
  if (path === "/queries" || path === "/queries/") return renderQueryList(ctx);
  if (path.startsWith("/queries/")) return handleNamed(store, ctx, request, path.slice(9));
  if (path === "/void" || path === "/.well-known/void")
    return handleResource(store, ctx, request, `${ctx.base}dataset`);
  if (path === "/") return renderHome(store, ctx);
  if (path === "/query") return renderQueryPage(store, ctx, request.params);
  if (path === "/search") return renderSearch(store, ctx, param("q") ?? "");
  const iri = iriOfPath(path, ctx);
  if (iri) return handleResource(store, ctx, request, iri);
  return textReply(404, `nothing at ${path}; try / or /query`);
}

/** `$name=value` pairs of the request: SPARQL variables to bind, names without the `$`. */
export function bindingsOf(params: Array<[string, string]>): Record<string, string> {
  const bindings: Record<string, string> = {};
  for (const [key, value] of params) if (key.startsWith("$")) bindings[key.slice(1)] = value;
  return bindings;
}

function wantsHtml(accept: string): boolean {
  return /text\/html/i.test(accept) && negotiate(accept, ["text/html", "*/*"]) === "text/html";
}

function handleSparql(
  store: LaurelStore,
  ctx: ServeContext,
  request: ServeRequest,
  param: (name: string) => string | undefined,
): ServeReply {
  if (param("update") !== undefined)
    return textReply(403, "SPARQL updates are refused: this endpoint is read-only");
  if (param("default-graph-uri") !== undefined || param("named-graph-uri") !== undefined)
    return textReply(
      400,
      "default-graph-uri and named-graph-uri are not supported: the default graph is the union of all graphs; use GRAPH in the query",
    );
  const queries = request.params.filter(([key]) => key === "query").length;
  if (queries > 1 || (queries === 1 && request.body !== undefined))
    return textReply(400, "send exactly one query");
  const query = request.body ?? param("query");
  if (query === undefined) {
    if (wantsHtml(request.accept))
      return { status: 303, headers: { location: "/query" }, body: "" };
    return textReply(400, "no query: send ?query=... (GET) or a POST body (SPARQL 1.1 Protocol)");
  }
  const format = param("format");
  if (!format && wantsHtml(request.accept))
    return renderQueryPage(store, ctx, [
      ["query", query],
      ...request.params.filter(([k]) => k.startsWith("$")),
    ]);
  return runSparql(store, ctx, {
    query,
    bindings: bindingsOf(request.params),
    accept: request.accept,
    ...(format ? { format } : {}),
    source: "query",
  });
}

export function runSparql(store: LaurelStore, ctx: ServeContext, input: SparqlInput): ServeReply {
  const checked = checkQuery(input);
  if (!checked.ok) return checked.reply;
  const graph = checked.prepared.type === "CONSTRUCT" || checked.prepared.type === "DESCRIBE";
  const type = chooseType(input, graph);
  if (!type) return notAcceptable(graph);
  return answerQuery(store, checked.prepared, type, ctx.base);
}

function handleNamed(
  store: LaurelStore,
  ctx: ServeContext,
  request: ServeRequest,
  name: string,
): ServeReply {
  const text = ctx.queries[name.replace(/\.rq$/, "")];
  if (text === undefined)
    return textReply(404, `no named query "${name}"; the list is at /queries`);
  const format = request.params.find(([key]) => key === "format")?.[1];
  if (!format && wantsHtml(request.accept))
    return renderQueryPage(store, ctx, [["name", name], ...request.params]);
  return runSparql(store, ctx, {
    query: text,
    bindings: bindingsOf(request.params),
    accept: request.accept,
    ...(format ? { format } : {}),
    source: `queries/${name}.rq`,
  });
}

function handleResource(
  store: LaurelStore,
  ctx: ServeContext,
  request: ServeRequest,
  iri: string,
): ServeReply {
  const format = request.params.find(([key]) => key === "format")?.[1];
  const accept = format ? (formatType(format) ?? "none/none") : request.accept;
  const html = !format && wantsHtml(accept);
  const type = html ? "text/html" : negotiate(accept, GRAPH_TYPES);
  if (!type) return notAcceptable(true);
  const announcement = announcementIri(ctx, iri);
  if (html && announcement) return renderAnnouncement(store, ctx, announcement);
  if (html) return renderEntity(store, ctx, iri);
  return describeResource(store, ctx, iri, type);
}
