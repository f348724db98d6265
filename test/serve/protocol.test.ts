// SPARQL 1.1 Protocol at /sparql and /queries/NAME: methods, formats, status codes, read-only
// refusals, parameters bound as literals, and the timeout.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { RunningServer } from "../../src/serve/index.ts";
import { HOSPITAL, startSeedServer } from "../support/serve.ts";

let server: RunningServer;
const TIMEOUT_MS = 2500;

beforeAll(async () => {
  server = await startSeedServer({ timeoutMs: TIMEOUT_MS, concurrency: 2 });
});
afterAll(async () => {
  await server?.close();
});

const HONORS = "SELECT ?h WHERE { ?h a <https://w3id.org/laurel/ns#Honor> } ORDER BY ?h";
const ALL_HONORS_GRAPH =
  "CONSTRUCT { ?h a <https://w3id.org/laurel/ns#Honor> } WHERE { ?h a <https://w3id.org/laurel/ns#Honor> }";
/** A cross product no store finishes: only the timeout ends it. */
const ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

function get(path: string, accept?: string): Promise<Response> {
  return fetch(`${server.url}${path}`, accept ? { headers: { accept } } : {});
}

function sparqlGet(query: string, accept?: string, extra = ""): Promise<Response> {
  return get(`/sparql?query=${encodeURIComponent(query)}${extra}`, accept);
}

function post(body: string, contentType: string, accept?: string): Promise<Response> {
  return fetch(`${server.url}/sparql`, {
    method: "POST",
    headers: { "content-type": contentType, ...(accept ? { accept } : {}) },
    body,
  });
}

async function honorCount(): Promise<number> {
  const res = await sparqlGet(HONORS);
  return ((await res.json()) as { results: { bindings: unknown[] } }).results.bindings.length;
}

describe("query methods", () => {
  test("GET ?query= answers SPARQL JSON by default", async () => {
    const res = await sparqlGet(HONORS);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/sparql-results+json");
    const json = (await res.json()) as {
      head: { vars: string[] };
      results: { bindings: unknown[] };
    };
    expect(json.head.vars).toEqual(["h"]);
    expect(json.results.bindings.length).toBeGreaterThan(5);
  });

  test("POST application/sparql-query and form-encoded POST give the same rows", async () => {
    const direct = await post(HONORS, "application/sparql-query", "text/csv");
    const form = await post(
      new URLSearchParams({ query: HONORS }).toString(),
      "application/x-www-form-urlencoded",
      "text/csv",
    );
    expect([direct.status, form.status]).toEqual([200, 200]);
    expect(direct.headers.get("content-type")).toMatch(/^text\/csv/);
    const text = await direct.text();
    expect(text.split("\r\n")[0]).toBe("h");
    expect(await form.text()).toBe(text);
  });

  test("protocol datasets and repeated queries are 400 with a reason", async () => {
    const dataset = await sparqlGet(HONORS, undefined, "&default-graph-uri=urn%3Ax%3Ag");
    expect(dataset.status).toBe(400);
    expect(await dataset.text()).toMatch(/use GRAPH in the query/);
    const twice = await sparqlGet(HONORS, undefined, `&query=${encodeURIComponent(HONORS)}`);
    expect(twice.status).toBe(400);
  });

  test("POST with another content type is 415; PUT is 405", async () => {
    expect((await post(HONORS, "text/plain")).status).toBe(415);
    const put = await fetch(`${server.url}/sparql`, { method: "PUT", body: HONORS });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toContain("POST");
  });

  test("GET without a query is 400 for clients and a redirect to the query page for browsers", async () => {
    expect((await get("/sparql")).status).toBe(400);
    const browser = await fetch(`${server.url}/sparql`, {
      headers: { accept: "text/html" },
      redirect: "manual",
    });
    expect(browser.status).toBe(303);
    expect(browser.headers.get("location")).toBe("/query");
  });
});

describe("content negotiation", () => {
  test.each([
    ["application/sparql-results+json", /^\{"head"/],
    ["application/sparql-results+xml", /^<\?xml[^>]*>\s*<sparql/],
    ["text/csv", /^h\r\n/],
    ["text/tab-separated-values", /^\?h\n</],
  ])("SELECT as %s", async (type, body) => {
    const res = await sparqlGet(HONORS, type);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")?.split(";")[0]).toBe(type);
    expect(await res.text()).toMatch(body);
  });

  test("q-values choose among offers", async () => {
    const res = await sparqlGet(HONORS, "text/csv;q=0.5, application/sparql-results+xml;q=0.9");
    expect(res.headers.get("content-type")).toBe("application/sparql-results+xml");
  });

  test("ASK answers a boolean", async () => {
    const res = await sparqlGet("ASK { ?s a <https://w3id.org/laurel/ns#Conferral> }");
    expect(await res.json()).toEqual({ head: {}, boolean: true });
    const xml = await sparqlGet("ASK { <urn:x:none> ?p ?o }", "application/sparql-results+xml");
    expect(await xml.text()).toContain("<boolean>false</boolean>");
  });

  test("CONSTRUCT as Turtle (default), N-Triples and JSON-LD", async () => {
    const turtle = await sparqlGet(ALL_HONORS_GRAPH);
    expect(turtle.headers.get("content-type")).toBe("text/turtle");
    expect(await turtle.text()).toMatch(/@prefix honor: <https:\/\/w3id.org\/laurel\/id\/honor\/>/);
    const nt = await sparqlGet(ALL_HONORS_GRAPH, "application/n-triples");
    expect(nt.headers.get("content-type")).toBe("application/n-triples");
    const lines = (await nt.text()).trim().split("\n");
    expect(lines.length).toBe(await honorCount());
    expect(lines.every((line) => /^<[^>]+> <[^>]+> <[^>]+> \.$/.test(line))).toBe(true);
    const jsonld = await sparqlGet(ALL_HONORS_GRAPH, "application/ld+json");
    expect(jsonld.headers.get("content-type")).toBe("application/ld+json");
    // Expanded JSON-LD: rdf:type as a property whose value is a node reference.
    const nodes = (await jsonld.json()) as Array<Record<string, Array<{ "@id": string }>>>;
    expect(nodes.length).toBe(lines.length);
    expect(nodes[0]?.["http://www.w3.org/1999/02/22-rdf-syntax-ns#type"]).toEqual([
      { "@id": "https://w3id.org/laurel/ns#Honor" },
    ]);
  });

  test("406 when nothing acceptable is offered", async () => {
    const select = await sparqlGet(HONORS, "image/png");
    expect(select.status).toBe(406);
    expect(await select.text()).toMatch(/application\/sparql-results\+json/);
    expect((await sparqlGet(ALL_HONORS_GRAPH, "text/csv")).status).toBe(406);
  });

  test("format= overrides Accept (for links)", async () => {
    const res = await sparqlGet(HONORS, "text/html", "&format=tsv");
    expect(res.headers.get("content-type")).toMatch(/^text\/tab-separated-values/);
  });
});

describe("errors and refusals", () => {
  test("a malformed query is 400 with the parser's message", async () => {
    const res = await sparqlGet("SELECT * WHERE { ?s ?p }");
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toMatch(/SPARQL syntax error at line 1/);
    expect(text).toMatch(/Expecting .* got '}'/);
  });

  test.each([
    [
      "POST application/sparql-query",
      () => post("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", "application/sparql-query"),
    ],
    ["GET ?query=", () => sparqlGet("DELETE WHERE { ?s ?p ?o }")],
    [
      "POST form update=",
      () =>
        post(
          new URLSearchParams({ update: "DROP ALL" }).toString(),
          "application/x-www-form-urlencoded",
        ),
    ],
  ])("updates are refused (%s) and the store is unchanged", async (_how, send) => {
    const before = await honorCount();
    const res = await send();
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/read-only/);
    expect(await honorCount()).toBe(before);
    expect(await (await sparqlGet("ASK { <urn:x:a> ?p ?o }")).json()).toEqual({
      head: {},
      boolean: false,
    });
  });

  test("SERVICE is refused, even nested", async () => {
    const res = await sparqlGet(
      "SELECT * WHERE { ?s ?p ?o OPTIONAL { { SERVICE <http://example.org/sparql> { ?s ?q ?r } } } }",
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/SERVICE is refused/);
  });
});

describe("named queries and parameters", () => {
  test("/queries/NAME binds $org through the syntax tree", async () => {
    const res = await get(
      `/queries/honors-of-organization?$org=${encodeURIComponent(HOSPITAL.toUpperCase())}`,
    );
    expect(res.status).toBe(200);
    const json = (await res.json()) as {
      results: { bindings: Array<Record<string, { value: string }>> };
    };
    expect(json.results.bindings.length).toBeGreaterThan(2);
    for (const row of json.results.bindings) expect(row.recipientLabel?.value).toBe(HOSPITAL);
  });

  test("an unknown named query is 404", async () => {
    expect((await get("/queries/no-such-query")).status).toBe(404);
  });

  test.each(['x" } ; DROP ALL ; #', '") } UNION { ?recipient ?p ?o } #', "> } . ?s ?p ?o #"])(
    "a parameter stays a literal: %s",
    async (value) => {
      const named = await get(`/queries/honors-of-organization?$org=${encodeURIComponent(value)}`);
      expect(named.status).toBe(200);
      expect(
        ((await named.json()) as { results: { bindings: unknown[] } }).results.bindings,
      ).toEqual([]);
      const echo = await sparqlGet(
        "SELECT ?v WHERE {}",
        undefined,
        `&$v=${encodeURIComponent(value)}`,
      );
      const json = (await echo.json()) as {
        results: { bindings: Array<{ v: { type: string; value: string } }> };
      };
      expect(json.results.bindings).toEqual([{ v: { type: "literal", value } }]);
      expect(await honorCount()).toBeGreaterThan(5);
    },
  );

  test("a bad parameter name is 400", async () => {
    const res = await sparqlGet(
      "SELECT ?v WHERE {}",
      undefined,
      `&${encodeURIComponent("$a b")}=1`,
    );
    expect(res.status).toBe(400);
  });
});

describe("timeout and concurrency", () => {
  test("a query past the timeout is cut with 503, and the next query is answered", async () => {
    const slow = await sparqlGet(ENDLESS);
    expect(slow.status).toBe(503);
    expect(await slow.text()).toMatch(/time limit/);
    expect((await sparqlGet(HONORS)).status).toBe(200);
  });

  test("past the concurrency limit requests queue, and past the queue limit they are refused", async () => {
    // One worker, one place in the queue: a slow query holds the worker, one request waits.
    const small = await startSeedServer({ timeoutMs: TIMEOUT_MS, concurrency: 1, maxQueue: 1 });
    try {
      const at = (path: string) => fetch(`${small.url}${path}`);
      const slow = at(`/sparql?query=${encodeURIComponent(ENDLESS)}`);
      // Let the slow query reach the worker before the others arrive.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const waiting = at(`/sparql?query=${encodeURIComponent(HONORS)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const refused = await at(`/sparql?query=${encodeURIComponent(HONORS)}`);
      expect(refused.status).toBe(503);
      expect(await refused.text()).toMatch(/^busy: 1 requests are waiting/);
      expect((await slow).status).toBe(503);
      // The waiting request is answered, never left hanging: by a fresh worker if one has loaded
      // by then, else with 503 when it has waited a whole timeout.
      const answer = await waiting;
      const text = await answer.text();
      if (answer.status === 200) expect(text).toMatch(/^\{"head":\{"vars":\["h"\]\}/);
      else expect(text).toMatch(/^busy: no query worker came free within 2.5 s/);
    } finally {
      await small.close();
    }
  });

  test("a slow query does not stall the others", async () => {
    // The worker stopped by the previous test is reloading; this test needs both.
    await server.whenFull();
    let slowDone = false;
    const slow = sparqlGet(ENDLESS).then((res) => {
      slowDone = true;
      return res;
    });
    for (let i = 0; i < 5; i++) {
      const res = await sparqlGet(HONORS);
      expect(res.status).toBe(200);
    }
    expect(slowDone).toBe(false);
    expect((await slow).status).toBe(503);
  });
});
