// **pages** renders the home page, the query page (named queries, an editor, results with links)
// and name search. Plain HTML forms: every page works without JavaScript.

import { dataPrefixes, type QuadLike, writeRdf } from "../export/index.ts";
import { NS } from "../map/vocab.ts";
import { selectBindings } from "../query/index.ts";
import type { LaurelStore } from "../store/index.ts";
import { type Html, html, htmlReply, page } from "./html.ts";
import { iriLink, shortIri } from "./links.ts";
import { type Row, selectRows } from "./rows.ts";
import { checkQuery, declarePrefixes, queryPrefixes } from "./sparql.ts";
import type { ServeContext, ServeReply } from "./types.ts";

/** Rows a results table shows; the protocol endpoint has no such limit. */
const TABLE_LIMIT = 1000;

/** What a named query answers: its opening comment lines. */
export function describeQuery(text: string): string {
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("#")) break;
    lines.push(line.replace(/^#\s?/, ""));
  }
  return lines.join(" ");
}

export function renderHome(store: LaurelStore, ctx: ServeContext): ServeReply {
  const counts = selectRows(
    store,
    `SELECT ?class ?n WHERE { GRAPH ?g { ?d void:classPartition ?part . ?part void:class ?class ; void:entities ?n } } ORDER BY ?class`,
    { g: `<${ctx.base}graph/dataset>` },
  );
  const body = html`<h1>Laurel</h1>
<p>A knowledge graph of Chinese science honors and designations, read from English announcements.</p>
<ul class="counts">${counts.map((row) => html`<li>${row.n} ${shortIri(row.class ?? "", { "": NS.laurel }).slice(1)}</li>`)}</ul>
<h2>Start here</h2>
<ul>
<li><a href="/query">Query the graph</a>: write SPARQL or run one of the named queries.</li>
<li>Search names with the box above: organizations, honors, issuers, programmes, people.</li>
<li><a href="/void">The dataset description</a> (VoID).</li>
<li>The SPARQL 1.1 Protocol endpoint is <code>/sparql</code>; named queries answer at <a href="/queries">/queries/NAME</a>.</li>
</ul>`;
  return htmlReply(page("Laurel", body));
}

export function renderQueryList(ctx: ServeContext): ServeReply {
  const body = html`<h1>Named queries</h1><dl class="queries">
${Object.entries(ctx.queries).map(
  ([name, text]) =>
    html`<dt><a href="/query?name=${name}">${name}</a> · <a href="/queries/${name}?format=json">JSON</a> · <a href="/queries/${name}?format=csv">CSV</a></dt><dd>${describeQuery(text)}</dd>\n`,
)}</dl>`;
  return htmlReply(page("Named queries", body));
}

export function renderSearch(store: LaurelStore, ctx: ServeContext, q: string): ServeReply {
  const rows = q.trim()
    ? selectRows(
        store,
        `SELECT ?e ?label (MAX(?hit) AS ?exact) (SAMPLE(?class) AS ?type) WHERE {
          ?e laurel:nameKey ?key . FILTER(CONTAINS(?key, ?qKey))
          BIND(?key = ?qKey AS ?hit)
          ?e skos:prefLabel ?label FILTER(LANG(?label) = "")
          OPTIONAL { ?e a ?class }
        } GROUP BY ?e ?label ORDER BY DESC(?exact) ?label LIMIT 100`,
        { q },
      )
    : [];
  const prefixes = { "": NS.laurel };
  const body = html`<h1>Search names</h1>
<form action="/search" method="get"><input type="search" name="q" value="${q}" autofocus> <button type="submit">Search</button></form>
${q.trim() ? html`<p>${rows.length === 100 ? "The first 100" : rows.length} name(s) containing “${q}”.</p>` : ""}
<ul class="results">${rows.map(
    (row: Row) =>
      html`<li>${iriLink(row.e ?? "", ctx, row.label)} <small>${shortIri(row.type ?? "", prefixes).replace(/^:/, "")}</small></li>\n`,
  )}</ul>`;
  return htmlReply(page(`Search: ${q}`, body, { search: q }));
}

/** Bindings from "$name" form fields and from "name=value" lines of the params box. */
function pageBindings(params: Array<[string, string]>): Record<string, string> {
  const bindings: Record<string, string> = {};
  const box = params.find(([k]) => k === "params")?.[1] ?? "";
  for (const line of box.split(/\r?\n/)) {
    const eq = line.indexOf("=");
    if (eq > 0) bindings[line.slice(0, eq).trim().replace(/^[$?]/, "")] = line.slice(eq + 1).trim();
  }
  for (const [key, value] of params) if (key.startsWith("$")) bindings[key.slice(1)] = value;
  return bindings;
}

export function renderQueryPage(
  store: LaurelStore,
  ctx: ServeContext,
  params: Array<[string, string]>,
): ServeReply {
  const get = (name: string) => params.find(([key]) => key === name)?.[1];
  const name = get("name")?.replace(/\.rq$/, "");
  const named = name !== undefined ? ctx.queries[name] : undefined;
  const useNamed = named !== undefined && (get("run") !== "text" || !get("query"));
  const text = useNamed ? named : (get("query") ?? "");
  const bindings = pageBindings(params);
  const paramsText = Object.entries(bindings)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n");
  const results = text.trim() ? renderResults(store, ctx, text, bindings) : html``;
  const status = results instanceof ErrorHtml ? 400 : 200;
  const body = html`<h1>Query</h1>
<form class="query" action="/query" method="get">
<p><label>Named query <select name="name">${Object.keys(ctx.queries).map(
    (q) => html`<option value="${q}"${q === name ? html` selected` : ""}>${q}</option>`,
  )}</select></label> <button type="submit" name="run" value="named">Run named query</button>
${named ? html`<small class="about">${describeQuery(named)}</small>` : ""}</p>
<p><label for="sparql">SPARQL</label><br><textarea id="sparql" name="query" rows="14" cols="100" spellcheck="false">${text}</textarea></p>
<p><label for="params">Parameters (one <code>name=value</code> a line; <code>&lt;…&gt;</code> for an IRI)</label><br>
<textarea id="params" name="params" rows="2" cols="100">${paramsText}</textarea></p>
<p><button type="submit" name="run" value="text">Run query</button></p>
<details class="prefixes"><summary>Prefixes you can use without declaring them</summary><dl>${Object.entries(
    queryPrefixes(ctx.base),
  ).map(([p, iri]) => html`<dt>${p}:</dt><dd><code>${iri}</code></dd>`)}</dl></details>
</form>
<section id="results">${results instanceof ErrorHtml ? results.html : results}</section>`;
  return { ...htmlReply(page("Query", body, { head: EDITOR })), status };
}

/** The editor that enhances the textarea when JavaScript runs (see assets.ts). */
const EDITOR = html`<link rel="stylesheet" href="/static/yasqe.min.css">
<script src="/static/yasqe.min.js" defer></script>
<script src="/static/editor.js" defer></script>`;

class ErrorHtml {
  constructor(readonly html: Html) {}
}

function renderResults(
  store: LaurelStore,
  ctx: ServeContext,
  text: string,
  bindings: Record<string, string>,
): Html | ErrorHtml {
  const query = declarePrefixes(text, queryPrefixes(ctx.base));
  const checked = checkQuery({ query, bindings, accept: "", source: "query" });
  if (!checked.ok) return new ErrorHtml(html`<pre class="error">${checked.reply.body}</pre>`);
  const { prepared } = checked;
  try {
    if (prepared.type === "ASK") {
      const result = store.query(prepared.text);
      return html`<p class="answer">${result.kind === "boolean" && result.value ? "yes" : "no"}</p>`;
    }
    if (prepared.type !== "SELECT") {
      const result = store.query(prepared.text);
      const quads = result.kind === "quads" ? (result.quads as unknown as QuadLike[]) : [];
      return html`<pre class="turtle">${writeRdf(quads, { format: "turtle", extraPrefixes: dataPrefixes(ctx.base) })}</pre>`;
    }
    return resultsTable(selectBindings(store, prepared), ctx);
  } catch (error) {
    return new ErrorHtml(html`<pre class="error">${(error as Error).message}</pre>`);
  }
}

function resultsTable(bindings: ReturnType<typeof selectBindings>, ctx: ServeContext): Html {
  const prefixes = queryPrefixes(ctx.base);
  const rows = bindings.rows.slice(0, TABLE_LIMIT);
  const cell = (term: { type: string; value: string } | undefined) =>
    !term
      ? ""
      : term.type === "uri"
        ? iriLink(term.value, ctx, shortIri(term.value, prefixes))
        : term.value;
  return html`<p class="count">${bindings.rows.length} row(s)${bindings.rows.length > TABLE_LIMIT ? `, the first ${TABLE_LIMIT} shown` : ""}</p>
<table class="results"><thead><tr>${bindings.variables.map((v) => html`<th>${v}</th>`)}</tr></thead><tbody>
${rows.map((row) => html`<tr>${bindings.variables.map((v) => html`<td>${cell(row[v])}</td>`)}</tr>\n`)}</tbody></table>`;
}
