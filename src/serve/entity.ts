// **entity** renders the page of an organization, issuer, honor or any other minted resource, and
// its RDF description for clients that ask for Turtle, N-Triples or JSON-LD.
import { NS } from "../map/vocab.ts";
import type { LaurelStore } from "../store/index.ts";
import { type Html, html, htmlReply, page } from "./html.ts";
import { iriLink, shortIri } from "./links.ts";
import { negotiate } from "./negotiate.ts";
import { pairs, type Row, selectRows, splitPairs } from "./rows.ts";
import { answerQuery, checkQuery, GRAPH_TYPES, notAcceptable, queryPrefixes } from "./sparql.ts";
import { type ServeContext, type ServeReply, textReply } from "./types.ts";

/** Most conferrals a section lists: a national honor can have thousands of holders. */
const SECTION_LIMIT = 500;

/** RDF about one resource; an announcement or the dataset brings its whole graph (hash IRIs too). */
export function describeResource(
  store: LaurelStore,
  ctx: ServeContext,
  iri: string,
  accept: string,
): ServeReply {
  const type = negotiate(accept, GRAPH_TYPES);
  if (!type) return notAcceptable(true);
  const id = iri.startsWith(`${ctx.base}announcement/`)
    ? iri.slice(`${ctx.base}announcement/`.length)
    : undefined;
  const ownGraph = iri === `${ctx.base}dataset`;
  const graph = ownGraph ? `${ctx.base}graph/dataset` : id ? `${ctx.base}graph/${id}` : undefined;
  const query = graph
    ? "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    : "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
  const checked = checkQuery({
    query,
    bindings: graph ? { g: `<${graph}>` } : { s: `<${iri}>` },
    accept,
    source: "describe",
  });
  if (!checked.ok) return checked.reply;
  if (store.query(checked.prepared.text).kind !== "quads")
    return textReply(404, `nothing is known about <${iri}>`);
  return answerQuery(store, checked.prepared, type, ctx.base);
}

interface Facts {
  props: Row[];
  received: Row[];
  issued: Row[];
  holders: Row[];
  mentions: Row[];
}

function readFacts(store: LaurelStore, iri: string): Facts {
  const e = { e: `<${iri}>` };
  const conferral = `?c laurel:honor ?h ; laurel:recipient ?r ; prov:wasDerivedFrom ?a .
    ?h skos:prefLabel ?hLabel FILTER(LANG(?hLabel) = "")
    ?r skos:prefLabel ?rLabel FILTER(LANG(?rLabel) = "")
    ?a dcterms:identifier ?aId .
    OPTIONAL { ?c laurel:issuer ?i . ?i skos:prefLabel ?iLabel FILTER(LANG(?iLabel) = "") }
    OPTIONAL { ?c laurel:evidence ?ev }
    OPTIONAL { ?c laurel:date ?date }
    OPTIONAL { ?c laurel:status ?s BIND(STRAFTER(STR(?s), "#") AS ?status) }`;
  const select = `SELECT ?c ?h ?hLabel ?r ?rLabel ?a ?aId ?date ?status
    (${pairs("STR(?i)", "?iLabel")} AS ?issuers) (GROUP_CONCAT(DISTINCT STR(?ev); SEPARATOR="\\u001f") AS ?evidence)`;
  const group = "GROUP BY ?c ?h ?hLabel ?r ?rLabel ?a ?aId ?date ?status";
  return {
    props: selectRows(
      store,
      "SELECT ?p ?o (isIRI(?o) AS ?iri) WHERE { ?e ?p ?o } ORDER BY ?p ?o",
      e,
    ),
    received: selectRows(
      store,
      `${select} WHERE { ?c laurel:recipient ?e . ${conferral} } ${group} ORDER BY ?date ?hLabel LIMIT ${SECTION_LIMIT}`,
      e,
    ),
    issued: selectRows(
      store,
      `${select} WHERE { ?c laurel:issuer ?e . ${conferral} } ${group} ORDER BY ?hLabel ?date ?rLabel LIMIT ${SECTION_LIMIT}`,
      e,
    ),
    holders: selectRows(
      store,
      `${select} WHERE { ?c laurel:honor ?e . ${conferral} } ${group} ORDER BY DESC(?date) ?rLabel LIMIT ${SECTION_LIMIT}`,
      e,
    ),
    mentions: selectRows(
      store,
      `SELECT DISTINCT ?a ?aId ?title WHERE { ?m laurel:mentionOf ?e ; oa:hasSource ?a .
        ?a dcterms:identifier ?aId . OPTIONAL { ?a dcterms:title ?title } } ORDER BY ?aId LIMIT ${SECTION_LIMIT}`,
      e,
    ),
  };
}

const P = {
  type: `${NS.rdf}type`,
  pref: `${NS.skos}prefLabel`,
  alt: `${NS.skos}altLabel`,
  notation: `${NS.skos}notation`,
  nameKey: `${NS.laurel}nameKey`,
  mergeNote: `${NS.laurel}mergeNote`,
  suggestion: `${NS.laurel}mergeSuggestion`,
  possible: `${NS.laurel}possibleSameAs`,
  sameAs: `${NS.owl}sameAs`,
};

function values(props: Row[], predicate: string): string[] {
  return props.filter((row) => row.p === predicate).map((row) => row.o ?? "");
}

export function renderEntity(store: LaurelStore, ctx: ServeContext, iri: string): ServeReply {
  const facts = readFacts(store, iri);
  if (facts.props.length === 0 && facts.mentions.length === 0)
    return htmlReply(
      page("Not found", html`<h1>Not found</h1><p>Nothing is known about <code>${iri}</code>.</p>`),
      404,
    );
  const prefixes = queryPrefixes(ctx.base);
  const types = values(facts.props, P.type).map((t) => shortIri(t, prefixes));
  const title = values(facts.props, P.pref)[0] ?? shortIri(iri, prefixes);
  const body = html`<article class="entity">
<h1>${title}</h1>
<p class="types">${types.join(", ")} · <code>${iri}</code>
 · <a href="?format=ttl" type="text/turtle">Turtle</a></p>
${namesSection(facts.props)}
${facts.received.length > 0 ? html`<section id="honors"><h2>Honors</h2>${timeline(facts.received, ctx, "honor")}</section>` : ""}
${facts.holders.length > 0 ? holdersSection(facts.holders, ctx) : ""}
${facts.issued.length > 0 ? html`<section id="conferred"><h2>Conferred</h2>${timeline(facts.issued, ctx, "recipient")}</section>` : ""}
${mentionsSection(facts.mentions, ctx)}
${mergesSection(facts.props, ctx)}
${propertiesSection(facts.props, ctx, prefixes)}
</article>`;
  return htmlReply(page(title, body));
}

function namesSection(props: Row[]): Html {
  const names = [...values(props, P.pref), ...values(props, P.alt), ...values(props, P.notation)];
  if (names.length === 0) return html``;
  return html`<section id="names"><h2>Names</h2><ul class="names">${names.map((n) => html`<li>${n}</li>`)}</ul></section>`;
}

function issuersCell(row: Row, ctx: ServeContext): Html[] {
  return splitPairs(row.issuers).map(
    ([iri = "", label], i) => html`${i > 0 ? "; " : ""}${iriLink(iri, ctx, label ?? iri)}`,
  );
}

function evidenceCell(row: Row, ctx: ServeContext): Html[] {
  const list = (row.evidence ?? "").split("\u001f").filter(Boolean).sort();
  return list.map((iri, i) => html`${i > 0 ? " " : ""}${iriLink(iri, ctx, `sentence ${i + 1}`)}`);
}

/** Conferrals in date order; `show` is the column that names the other party. */
function timeline(rows: Row[], ctx: ServeContext, show: "honor" | "recipient"): Html {
  const more =
    rows.length >= SECTION_LIMIT ? html`<p>The first ${SECTION_LIMIT} are shown.</p>` : "";
  return html`<table class="timeline"><thead><tr><th>date</th><th>${show}</th><th>issuer</th><th>status</th><th>announcement</th><th>evidence</th></tr></thead><tbody>
${rows.map(
  (row) => html`<tr class="conferral"><td>${row.date ?? "—"}</td>
<td>${show === "honor" ? iriLink(row.h ?? "", ctx, row.hLabel) : iriLink(row.r ?? "", ctx, row.rLabel)}</td>
<td>${issuersCell(row, ctx)}</td><td>${row.status ?? ""}</td>
<td>${iriLink(row.a ?? "", ctx, row.aId)}</td><td>${evidenceCell(row, ctx)}</td></tr>\n`,
)}</tbody></table>${more}`;
}

/** Holders of an honor by year (of the conferral's date) and then by issuer. */
function holdersSection(rows: Row[], ctx: ServeContext): Html {
  const byYear = new Map<string, Row[]>();
  for (const row of rows) {
    const year = row.date?.slice(0, 4) ?? "undated";
    byYear.set(year, [...(byYear.get(year) ?? []), row]);
  }
  const issuerKey = (row: Row) =>
    splitPairs(row.issuers)
      .map((p) => p[1])
      .join("; ");
  return html`<section id="holders"><h2>Holders</h2>
${[...byYear].map(
  ([year, list]) => html`<h3>${year}</h3>
<table class="holders"><thead><tr><th>issuer</th><th>recipient</th><th>date</th><th>status</th><th>evidence</th></tr></thead><tbody>
${list
  .sort((a, b) => issuerKey(a).localeCompare(issuerKey(b)))
  .map(
    (
      row,
    ) => html`<tr><td>${issuersCell(row, ctx)}</td><td>${iriLink(row.r ?? "", ctx, row.rLabel)}</td>
<td>${row.date ?? ""}</td><td>${row.status ?? ""}</td><td>${evidenceCell(row, ctx)}</td></tr>\n`,
  )}</tbody></table>`,
)}${rows.length >= SECTION_LIMIT ? html`<p>The first ${SECTION_LIMIT} are shown.</p>` : ""}</section>`;
}

function mentionsSection(rows: Row[], ctx: ServeContext): Html {
  if (rows.length === 0) return html``;
  return html`<section id="announcements"><h2>Announcements that mention it</h2><ul>
${rows.map((row) => html`<li>${iriLink(row.a ?? "", ctx, row.aId)} ${row.title ? html`— ${row.title}` : ""}</li>\n`)}</ul></section>`;
}

function mergesSection(props: Row[], ctx: ServeContext): Html {
  const notes = values(props, P.mergeNote);
  const suggestions = values(props, P.suggestion);
  const same = values(props, P.sameAs);
  const possible = values(props, P.possible);
  if (notes.length + suggestions.length + same.length + possible.length === 0) return html``;
  return html`<section id="merges"><h2>Merges and evidence</h2><ul>
${notes.map((n) => html`<li class="merge">merged: ${n}</li>`)}
${suggestions.map((n) => html`<li class="suggestion">maybe the same (not merged): ${n}</li>`)}
${same.map((iri) => html`<li>same as ${iriLink(iri, ctx)}</li>`)}
${possible.map((iri) => html`<li>possibly the same as ${iriLink(iri, ctx)}</li>`)}
</ul></section>`;
}

const SHOWN_ELSEWHERE = new Set(Object.values(P));

function propertiesSection(
  props: Row[],
  ctx: ServeContext,
  prefixes: Record<string, string>,
): Html {
  const rest = props.filter((row) => !SHOWN_ELSEWHERE.has(row.p ?? "") || row.p === P.type);
  if (rest.length === 0) return html``;
  return html`<section id="properties"><h2>All statements</h2><table class="properties"><tbody>
${rest.map(
  (row) =>
    html`<tr><th>${shortIri(row.p ?? "", prefixes)}</th><td>${
      row.iri === "true" ? iriLink(row.o ?? "", ctx, shortIri(row.o ?? "", prefixes)) : row.o
    }</td></tr>\n`,
)}</tbody></table></section>`;
}
