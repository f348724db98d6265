// The pure parts of serve: Accept negotiation, HTML escaping, span marking, date location.
import { describe, expect, test } from "vitest";
import { escapeHtml, html, raw } from "../../src/serve/html.ts";
import { iriLink } from "../../src/serve/links.ts";
import { locateDate, markSpans } from "../../src/serve/marks.ts";
import { negotiate } from "../../src/serve/negotiate.ts";
import { declarePrefixes } from "../../src/serve/sparql.ts";

const OFFERS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv"];

describe("negotiate", () => {
  test.each([
    ["", "application/sparql-results+json"],
    ["*/*", "application/sparql-results+json"],
    ["text/csv", "text/csv"],
    ["text/*", "text/csv"],
    ["text/csv;q=0.2, application/*;q=0.5", "application/sparql-results+json"],
    ["application/sparql-results+xml, */*;q=0.1", "application/sparql-results+xml"],
    ["text/csv;q=0, */*", "application/sparql-results+json"],
    ["image/png", undefined],
    ["text/csv;q=0", undefined],
  ])("Accept %j gives %s", (accept, expected) => {
    expect(negotiate(accept, OFFERS)).toBe(expected);
  });
});

describe("html", () => {
  test("interpolations are escaped, nested html and raw are not", () => {
    const name = `"A" & <B> 'C'`;
    expect(escapeHtml(name)).toBe("&quot;A&quot; &amp; &lt;B&gt; &#39;C&#39;");
    expect(html`<p title="${name}">${[html`<b>${name}</b>`, raw("<br>")]}</p>`.value).toBe(
      '<p title="&quot;A&quot; &amp; &lt;B&gt; &#39;C&#39;"><b>&quot;A&quot; &amp; &lt;B&gt; &#39;C&#39;</b><br></p>',
    );
  });
});

describe("iriLink", () => {
  const ctx = { base: "https://w3id.org/laurel/id/", basePath: "/laurel/id/", queries: {} };
  test("minted IRIs link here, web IRIs link out, other schemes are not links", () => {
    expect(iriLink("https://w3id.org/laurel/id/org/x", ctx, "X").value).toBe(
      '<a href="/laurel/id/org/x">X</a>',
    );
    expect(iriLink("http://www.wikidata.org/entity/Q1", ctx).value).toBe(
      '<a href="http://www.wikidata.org/entity/Q1">http://www.wikidata.org/entity/Q1</a>',
    );
    expect(iriLink("javascript:alert(1)", ctx).value).toBe(
      '<span class="iri">javascript:alert(1)</span>',
    );
  });
});

describe("markSpans", () => {
  test("crossing spans render as well-formed pieces that keep the text", () => {
    const text = "The Bureau named the Lake School a Model Base in 2021.";
    const out = markSpans(text, [
      { start: 0, end: 54, kind: "evidence", id: "c0-e0" },
      { start: 4, end: 10, kind: "issuer", title: "issuer: Bureau" },
      { start: 17, end: 32, kind: "recipient" },
      { start: 21, end: 32, kind: "mention" },
      { start: 35, end: 45, kind: "honor" },
      { start: 49, end: 53, kind: "date" },
    ]).value;
    expect(out.replace(/<[^>]*>/g, "")).toBe(text);
    expect(
      out.startsWith(
        '<a class="anchor" id="c0-e0"></a><mark class="evidence" data-evidence="c0-e0">The ',
      ),
    ).toBe(true);
    expect(out).toContain('<span class="fact issuer" title="issuer: Bureau">Bureau</span>');
    expect(out).toContain(
      '<span class="fact mention recipient" title="recipient; mention">Lake School</span>',
    );
    // Every opened element is closed before the next piece.
    expect(out.match(/<mark/g)?.length).toBe(out.match(/<\/mark>/g)?.length);
    expect(out.match(/<span/g)?.length).toBe(out.match(/<\/span>/g)?.length);
  });

  test("spans outside the text are dropped, markup in the text is escaped", () => {
    const out = markSpans("a <b> c", [
      { start: 2, end: 5, kind: "honor" },
      { start: 5, end: 99, kind: "date" },
    ]).value;
    expect(out).toBe('a <span class="fact honor" title="honor">&lt;b&gt;</span> c');
  });
});

describe("locateDate", () => {
  const text = "Beijing, Nov. 29, 2021 - On November 29, 2021 the association named 2021 bases.";
  test("finds the written form inside the evidence first", () => {
    expect(locateDate(text, "2021-11-29", [[25, 80]])).toEqual([28, 45]);
    expect(text.slice(9, 22)).toBe("Nov. 29, 2021");
    expect(locateDate(text, "2021-11-29", [])).toEqual([9, 22]);
  });
  test("a year alone, and no match", () => {
    expect(locateDate("Named in 2019 and 2020.", "2020", [])).toEqual([18, 22]);
    expect(locateDate("No date here.", "2020-05", [])).toBeUndefined();
  });
});

describe("declarePrefixes", () => {
  const prefixes = {
    laurel: "https://w3id.org/laurel/ns#",
    skos: "http://www.w3.org/2004/02/skos/core#",
  };
  test("declares the known prefixes a query uses and leaves declared ones alone", () => {
    expect(
      declarePrefixes("SELECT * WHERE { ?h a laurel:Honor ; skos:prefLabel ?l }", prefixes),
    ).toBe(
      "PREFIX laurel: <https://w3id.org/laurel/ns#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT * WHERE { ?h a laurel:Honor ; skos:prefLabel ?l }",
    );
    const declared = "PREFIX laurel: <urn:x:>\nSELECT * WHERE { ?h a laurel:Honor }";
    expect(declarePrefixes(declared, prefixes)).toBe(declared);
    expect(declarePrefixes('SELECT * WHERE { ?s ?p "laurel:x" }', prefixes)).toBe(
      'SELECT * WHERE { ?s ?p "laurel:x" }',
    );
  });
});
