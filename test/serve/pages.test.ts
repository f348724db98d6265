// Linked data (every minted IRI dereferences, by Accept) and the server-rendered pages: the query
// page, entity pages, the announcement review view with its marked spans, and name search.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { RunningServer } from "../../src/serve/index.ts";
import { BASE, HOSPITAL, PANDA_BASE, startSeedServer } from "../support/serve.ts";

let server: RunningServer;

beforeAll(async () => {
  server = await startSeedServer();
});
afterAll(async () => {
  await server?.close();
});

const PANDA_ANNOUNCEMENT = `${BASE}announcement/000_16d638510e5a080b`;

function local(iri: string): string {
  return `${server.url}${server.basePath}${iri.slice(BASE.length)}`;
}

async function page(url: string): Promise<{ status: number; html: string }> {
  const res = await fetch(url, { headers: { accept: "text/html" } });
  expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
  return { status: res.status, html: await res.text() };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function textOf(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, ""));
}

async function select(query: string): Promise<Array<Record<string, { value: string }>>> {
  const res = await fetch(`${server.url}/sparql?query=${encodeURIComponent(query)}`);
  return ((await res.json()) as { results: { bindings: Array<Record<string, { value: string }>> } })
    .results.bindings;
}

describe("linked data", () => {
  test("a minted IRI answers Turtle, JSON-LD or HTML by Accept", async () => {
    const turtle = await fetch(local(PANDA_BASE), { headers: { accept: "text/turtle" } });
    expect(turtle.status).toBe(200);
    expect(turtle.headers.get("vary")).toBe("Accept");
    expect(await turtle.text()).toContain(
      'skos:prefLabel "Chengdu Research Base of Giant Panda Breeding"',
    );
    const jsonld = await fetch(local(PANDA_BASE), { headers: { accept: "application/ld+json" } });
    const nodes = (await jsonld.json()) as Array<{ "@id": string }>;
    expect(nodes.map((n) => n["@id"])).toContain(PANDA_BASE);
    const html = await page(local(PANDA_BASE));
    expect(html.html).toContain("<h1>Chengdu Research Base of Giant Panda Breeding</h1>");
  });

  test("an announcement's description holds its hash IRIs (conferrals, evidence)", async () => {
    const res = await fetch(local(PANDA_ANNOUNCEMENT), {
      headers: { accept: "application/n-triples" },
    });
    const text = await res.text();
    expect(text).toContain(`<${PANDA_ANNOUNCEMENT}#c0> <http://www.w3.org/ns/prov#wasDerivedFrom>`);
    expect(text).toContain(`<${PANDA_ANNOUNCEMENT}#c0-e0s> <http://www.w3.org/ns/oa#start>`);
  });

  test("an unknown IRI is 404, an unacceptable type 406", async () => {
    const missing = await fetch(local(`${BASE}org/no-such-body`), {
      headers: { accept: "text/turtle" },
    });
    expect(missing.status).toBe(404);
    expect((await page(local(`${BASE}org/no-such-body`))).status).toBe(404);
    const png = await fetch(local(PANDA_BASE), { headers: { accept: "image/png" } });
    expect(png.status).toBe(406);
  });

  test("/void and /.well-known/void describe the dataset", async () => {
    for (const path of ["/void", "/.well-known/void"]) {
      const res = await fetch(`${server.url}${path}`, { headers: { accept: "text/turtle" } });
      const text = await res.text();
      expect(text).toMatch(/a void:Dataset, dcat:Dataset|a dcat:Dataset, void:Dataset/);
      expect(text).toMatch(/void:classPartition/);
      expect(text).toMatch(/void:class laurel:Honor/);
    }
    expect((await page(`${server.url}/void`)).html).toContain("void:Dataset");
  });
});

describe("pages", () => {
  test("the query page runs a named query without JavaScript and links results", async () => {
    const { status, html } = await page(`${server.url}/query?name=conferrals&run=named`);
    expect(status).toBe(200);
    expect(html).toMatch(/<option value="conferrals" selected>/);
    expect(html).toMatch(/<p class="count">\d+ row\(s\)/);
    expect(html).toContain(
      `<a href="${server.basePath}org/chengdu-research-base-of-giant-panda-breeding">`,
    );
  });

  test("the query page declares the prefixes a query uses", async () => {
    const query = "SELECT ?h WHERE { ?h a laurel:Honor }";
    const { status, html } = await page(
      `${server.url}/query?run=text&query=${encodeURIComponent(query)}`,
    );
    expect(status).toBe(200);
    expect(html).toMatch(/<p class="count">\d+ row\(s\)/);
    expect(html).toContain(
      `<a href="${server.basePath}honor/national-advanced-collective-in-science-popularization">`,
    );
  });

  test("the query page shows a syntax error as 400 with the message", async () => {
    const { status, html } = await page(
      `${server.url}/query?run=text&query=${encodeURIComponent("SELECT <x")}`,
    );
    expect(status).toBe(400);
    expect(html).toMatch(/<pre class="error">query: SPARQL syntax error/);
  });

  test("an organization page lists names, honors with evidence links, announcements, merges", async () => {
    const { html } = await page(local(PANDA_BASE));
    expect(html).toContain("<li>Panda Base</li>");
    const honors = html.slice(html.indexOf('id="honors"'), html.indexOf('id="announcements"'));
    expect(honors).toContain("National Advanced Collective in Science Popularization");
    expect(honors).toContain(`href="${server.basePath}announcement/000_16d638510e5a080b#c0-e1"`);
    expect(honors).toContain("Ministry of Science and Technology");
    expect(html).toMatch(/merged: &quot;Panda Base&quot; refers to/);
  });

  test("an honor page lists holders by year; an issuer page what it conferred", async () => {
    const honor = await page(
      local(`${BASE}honor/national-advanced-collective-in-science-popularization`),
    );
    expect(honor.html).toMatch(
      /<section id="holders">[\s\S]*<h3>2020<\/h3>[\s\S]*Chengdu Research Base/,
    );
    const cast = await page(local(`${BASE}org/china-association-for-science-and-technology`));
    expect(cast.html).toMatch(
      /<section id="conferred">[\s\S]*Chengdu Research Base of Giant Panda Breeding/,
    );
  });

  test("the announcement page marks each fact's span over the stored text", async () => {
    const { html } = await page(local(PANDA_ANNOUNCEMENT));
    const [row] = await select(`SELECT ?text ?exact WHERE {
      <${PANDA_ANNOUNCEMENT}> <https://w3id.org/laurel/ns#text> ?text .
      <${PANDA_ANNOUNCEMENT}#c0-e1s> <http://www.w3.org/ns/oa#exact> ?exact }`);
    const textDiv = /<div class="text">([\s\S]*?)<\/div>\n<aside/.exec(html)?.[1] ?? "";
    // Marking adds tags only: the text reads exactly as stored.
    expect(textOf(textDiv)).toBe(row?.text?.value);
    const evidence = [
      ...textDiv.matchAll(/<mark class="evidence" data-evidence="c0-e1">([\s\S]*?)<\/mark>/g),
    ];
    expect(evidence.map((m) => textOf(m[1] ?? "")).join("")).toBe(row?.exact?.value);
    expect(textDiv).toContain('<a class="anchor" id="c0-e1"></a>');
    const inside = evidence.map((m) => m[1]).join("");
    expect(inside).toMatch(
      /<span class="fact recipient"[^>]*>Chengdu Research Base of Giant Panda Breeding</,
    );
    expect(inside).toMatch(
      /<span class="fact honor"[^>]*>National Advanced Collective in Scientific Popularization</,
    );
    expect(inside).toMatch(/<span class="fact issuer"[^>]*>Ministry of Science and Technology</);
    expect(textDiv).toMatch(/<span class="fact date" title="date: 2020">2020</);
    expect(html).toMatch(/<aside class="facts"><h2>Facts \(1\)<\/h2>/);
  });

  test("name search goes through laurel:nameKey, in any case, and escapes what it echoes", async () => {
    const found = await page(`${server.url}/search?q=${encodeURIComponent("panda BASE")}`);
    expect(found.html).toContain(
      `href="${server.basePath}org/chengdu-research-base-of-giant-panda-breeding"`,
    );
    const hospital = await page(`${server.url}/search?q=${encodeURIComponent(HOSPITAL)}`);
    expect(hospital.html).toContain("chongqing-university-cancer-hospital");
    const hostile = await page(
      `${server.url}/search?q=${encodeURIComponent('<script>alert("x")</script>')}`,
    );
    expect(hostile.html).not.toContain("<script>");
    expect(hostile.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  test("the home page counts entities and links to the query page", async () => {
    const { html } = await page(`${server.url}/`);
    expect(html).toMatch(/<li>\d+ Honor<\/li>/);
    expect(html).toContain('href="/query"');
  });
});
