// **announcement** renders the review view: the stored text with every extracted fact's span marked
// (the evidence sentence, and in it the recipient, honor, issuers and date) and the facts beside it.
import type { LaurelStore } from "../store/index.ts";
import { type Html, html, htmlReply, page } from "./html.ts";
import { iriLink, isSafeHref } from "./links.ts";
import { locateDate, markSpans, type Span } from "./marks.ts";
import { pairs, type Row, selectRows, splitPairs } from "./rows.ts";
import type { ServeContext, ServeReply } from "./types.ts";

/** The announcement an IRI names (fragments are never sent by browsers), if it is one. */
export function announcementIri(ctx: ServeContext, iri: string): string | undefined {
  const prefix = `${ctx.base}announcement/`;
  return iri.startsWith(prefix) && !iri.slice(prefix.length).includes("/") ? iri : undefined;
}

interface Mention {
  entity: string;
  label: string;
  start: number;
  end: number;
}

interface Conferral {
  iri: string;
  row: Row;
  issuers: string[][];
  /** Evidence IRI, start, end. */
  evidence: Array<{ iri: string; start: number; end: number }>;
}

function readConferrals(store: LaurelStore, a: string): Conferral[] {
  const rows = selectRows(
    store,
    `SELECT ?c ?r ?rLabel ?h ?hLabel ?date ?status (${pairs("STR(?i)", "?iLabel")} AS ?issuers)
      (${pairs("STR(?ev)", "STR(?s)", "STR(?e)")} AS ?evidence)
    WHERE {
      ?c prov:wasDerivedFrom ?a ; laurel:recipient ?r ; laurel:honor ?h .
      ?r skos:prefLabel ?rLabel FILTER(LANG(?rLabel) = "")
      ?h skos:prefLabel ?hLabel FILTER(LANG(?hLabel) = "")
      OPTIONAL { ?c laurel:issuer ?i . ?i skos:prefLabel ?iLabel FILTER(LANG(?iLabel) = "") }
      OPTIONAL { ?c laurel:evidence ?ev . ?ev oa:hasSelector ?sel . ?sel oa:start ?s ; oa:end ?e }
      OPTIONAL { ?c laurel:date ?date }
      OPTIONAL { ?c laurel:status ?st BIND(STRAFTER(STR(?st), "#") AS ?status) }
    } GROUP BY ?c ?r ?rLabel ?h ?hLabel ?date ?status ORDER BY ?c`,
    { a: `<${a}>` },
  );
  return rows
    .map((row) => ({
      iri: row.c ?? "",
      row,
      issuers: splitPairs(row.issuers),
      evidence: splitPairs(row.evidence)
        .map(([iri = "", s, e]) => ({ iri, start: Number(s), end: Number(e) }))
        .sort((x, y) => x.start - y.start),
    }))
    .sort((x, y) => (x.evidence[0]?.start ?? 0) - (y.evidence[0]?.start ?? 0));
}

function readMentions(store: LaurelStore, a: string): Mention[] {
  return selectRows(
    store,
    `SELECT ?entity ?label ?start ?end WHERE {
      ?m oa:hasSource ?a ; laurel:mentionOf ?entity ; oa:hasSelector ?sel .
      ?sel oa:start ?start ; oa:end ?end .
      OPTIONAL { ?entity skos:prefLabel ?label FILTER(LANG(?label) = "") }
    }`,
    { a: `<${a}>` },
  ).map((row) => ({
    entity: row.entity ?? "",
    label: row.label ?? "",
    start: Number(row.start),
    end: Number(row.end),
  }));
}

/** The fragment of an IRI (the anchor of an evidence span on this page). */
function fragment(iri: string): string {
  return iri.slice(iri.indexOf("#") + 1);
}

/** Spans of each conferral: its evidence, and inside it the mentions of its parties and its date. */
function factSpans(text: string, conferrals: Conferral[], mentions: Mention[]): Span[] {
  const spans: Span[] = [];
  const used = new Set<Mention>();
  for (const c of conferrals) {
    const roles = new Map<string, string>([
      [c.row.r ?? "", "recipient"],
      [c.row.h ?? "", "honor"],
      ...c.issuers.map(([iri = ""]) => [iri, "issuer"] as [string, string]),
    ]);
    for (const ev of c.evidence) {
      spans.push({ start: ev.start, end: ev.end, kind: "evidence", id: fragment(ev.iri) });
      for (const m of mentions) {
        const role = roles.get(m.entity);
        if (!role || m.start < ev.start || m.end > ev.end) continue;
        spans.push({ start: m.start, end: m.end, kind: role, title: `${role}: ${m.label}` });
        used.add(m);
      }
    }
    const date = c.row.date;
    const at = date
      ? locateDate(
          text,
          date,
          c.evidence.map((e) => [e.start, e.end]),
        )
      : undefined;
    if (at) spans.push({ start: at[0], end: at[1], kind: "date", title: `date: ${date}` });
  }
  for (const m of mentions)
    if (!used.has(m)) spans.push({ start: m.start, end: m.end, kind: "mention", title: m.label });
  return spans;
}

export function renderAnnouncement(store: LaurelStore, ctx: ServeContext, a: string): ServeReply {
  const info = selectRows(
    store,
    `SELECT ?id ?title ?text ?date ?url ?publisher WHERE {
      ?a a laurel:Announcement ; dcterms:identifier ?id ; laurel:text ?text .
      OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date }
      OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a dcterms:publisher ?publisher } } LIMIT 1`,
    { a: `<${a}>` },
  )[0];
  if (!info)
    return htmlReply(
      page("Not found", html`<h1>Not found</h1><p>No announcement <code>${a}</code>.</p>`),
      404,
    );
  const text = info.text ?? "";
  const conferrals = readConferrals(store, a);
  const spans = factSpans(text, conferrals, readMentions(store, a));
  const body = html`<article class="announcement">
<h1>${info.title ?? info.id}</h1>
<p class="meta">${info.id}${info.date ? html` · ${info.date}` : ""}${info.publisher ? html` · ${info.publisher}` : ""}${
    info.url && isSafeHref(info.url)
      ? html` · <a href="${info.url}" rel="noreferrer">source</a>`
      : ""
  } · <a href="?format=ttl">Turtle</a></p>
<p class="legend"><mark class="evidence">evidence</mark> <span class="fact recipient">recipient</span> <span class="fact honor">honor</span> <span class="fact issuer">issuer</span> <span class="fact date">date</span> <span class="fact mention">other mention</span></p>
<div class="review">
<div class="text">${markSpans(text, spans)}</div>
<aside class="facts"><h2>Facts (${conferrals.length})</h2><ol>${conferrals.map((c) => factItem(c, ctx))}</ol></aside>
</div>
</article>`;
  return htmlReply(page(info.title ?? info.id ?? "Announcement", body));
}

function factItem(c: Conferral, ctx: ServeContext): Html {
  const { row } = c;
  const issuers = c.issuers.map(
    ([iri = "", label], i) =>
      html`${i > 0 ? "; " : ""}<span class="fact issuer">${iriLink(iri, ctx, label)}</span>`,
  );
  return html`<li class="fact-item" id="fact-${fragment(c.iri)}"><dl>
<dt>recipient</dt><dd><span class="fact recipient">${iriLink(row.r ?? "", ctx, row.rLabel)}</span></dd>
<dt>honor</dt><dd><span class="fact honor">${iriLink(row.h ?? "", ctx, row.hLabel)}</span></dd>
${c.issuers.length > 0 ? html`<dt>issuer</dt><dd>${issuers}</dd>` : ""}
${row.date ? html`<dt>date</dt><dd><span class="fact date">${row.date}</span></dd>` : ""}
${row.status ? html`<dt>status</dt><dd class="status">${row.status}</dd>` : ""}
<dt>evidence</dt><dd>${c.evidence.map((ev, i) => html`${i > 0 ? " · " : ""}<a class="to-evidence" href="#${fragment(ev.iri)}">sentence ${i + 1}</a>`)}</dd>
</dl></li>\n`;
}
