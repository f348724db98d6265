// The SPARQL server client (src/endpoint) against a small Graph Store / SPARQL Protocol server run
// in the test: chunking, PUT then POST, idempotent re-push, retries, Basic and Digest auth, error
// messages, credentials from the environment and netrc, and `laurel query --endpoint` (a URL, or
// "local": the server a scripts/virtuoso.sh folder names).
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { netrcCredentials } from "../src/endpoint/credentials.ts";
import {
  EndpointClient,
  findCredentials,
  graphStoreUrl,
  pushStore,
} from "../src/endpoint/index.ts";
import { LaurelError } from "../src/errors.ts";
import { runCli, tempDir } from "./support/cli.ts";

const G = "https://w3id.org/laurel/id/graph/";
const NQUADS = [
  ...[1, 2, 3, 4, 5].map((i) => `<urn:a${i}> <urn:p> "a ${i}" <${G}a> .`),
  `<urn:b1> <urn:p> <urn:o> <${G}b> .`,
  `<urn:b2> <urn:p> "b"@en <${G}b> .`,
  "",
].join("\n");

interface Received {
  method: string;
  url: string;
  authorization?: string;
  contentType?: string;
  body: string;
}

/** What the fake server does; each test sets what it needs. */
interface Behaviour {
  /** Answer the first N requests with this status (503: a busy server). */
  failFirst?: { count: number; status: number; body?: string };
  auth?: "basic" | "digest";
  /** Answer every request with this status and body. */
  always?: { status: number; body: string };
  /** SPARQL results JSON for queries. */
  results?: unknown;
}

class FakeSparqlServer {
  readonly graphs = new Map<string, string[]>();
  readonly received: Received[] = [];
  behaviour: Behaviour = {};
  /** Set to answer queries with Virtuoso's header for a result cut at its row limit. */
  cutAt: string | undefined;
  private server: Server | undefined;
  private nonce = "n0nce";
  url = "";

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = "";
    for await (const chunk of req) body += chunk;
    const received: Received = {
      method: req.method ?? "",
      url: req.url ?? "",
      body,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(req.headers["content-type"] ? { contentType: req.headers["content-type"] } : {}),
    };
    this.received.push(received);
    const fail = this.behaviour.failFirst;
    if (fail && this.received.length <= fail.count) {
      res.writeHead(fail.status).end(fail.body ?? "");
      return;
    }
    if (this.behaviour.always) {
      res.writeHead(this.behaviour.always.status, { "Content-Type": "text/html" });
      res.end(this.behaviour.always.body);
      return;
    }
    if (!this.authorized(received)) {
      const challenge =
        this.behaviour.auth === "digest"
          ? `Digest realm="SPARQL", nonce="${this.nonce}", opaque="op", qop="auth", algorithm="MD5"`
          : `Basic realm="SPARQL"`;
      res.writeHead(401, { "WWW-Authenticate": challenge }).end();
      return;
    }
    this.answer(received, res);
  }

  private authorized(received: Received): boolean {
    const header = received.authorization;
    if (!this.behaviour.auth) return true;
    if (this.behaviour.auth === "basic")
      return header === `Basic ${Buffer.from("ann:s3cret").toString("base64")}`;
    return header !== undefined && digestValid(header, received.method, "ann", "s3cret");
  }

  private answer(received: Received, res: ServerResponse): void {
    const url = new URL(received.url, this.url);
    if (url.pathname === "/sparql") {
      res.writeHead(200, {
        "Content-Type": "application/sparql-results+json",
        ...(this.cutAt ? { "X-SPARQL-MaxRows": this.cutAt } : {}),
      });
      res.end(JSON.stringify(this.behaviour.results ?? { head: { vars: [] }, boolean: true }));
      return;
    }
    const graph = url.searchParams.get("graph") ?? "";
    const lines = received.body.split("\n").filter(Boolean);
    if (received.method === "PUT") this.graphs.set(graph, lines);
    else this.graphs.set(graph, [...(this.graphs.get(graph) ?? []), ...lines]);
    res.writeHead(received.method === "PUT" ? 201 : 200).end();
  }
}

/** Checks a Digest answer as RFC 7616 defines it (MD5, qop=auth). */
function digestValid(header: string, method: string, user: string, password: string): boolean {
  const fields = Object.fromEntries(
    Array.from(header.matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g), (m) => [m[1], m[2] ?? m[3]]),
  );
  const md5 = (text: string) => createHash("md5").update(text).digest("hex");
  const ha1 = md5(`${user}:${fields.realm}:${password}`);
  const ha2 = md5(`${method}:${fields.uri}`);
  const expected = md5(`${ha1}:${fields.nonce}:${fields.nc}:${fields.cnonce}:auth:${ha2}`);
  return header.startsWith("Digest ") && fields.response === expected && fields.opaque === "op";
}

let server: FakeSparqlServer;
let storePath: string;

beforeEach(async () => {
  server = new FakeSparqlServer();
  await server.start();
  storePath = join(await tempDir("laurel-endpoint-"), "store.nq");
  await writeFile(storePath, NQUADS);
});
afterEach(async () => {
  await server.stop();
});

/** A folder as scripts/virtuoso.sh leaves it: its ini naming the HTTP port, and the server's pid. */
/** `laurel query --endpoint local --virtuoso-dir DIR` with a query that asks for nothing. */
function queryLocal(dir: string) {
  return runCli(["query", "--endpoint", "local", "--virtuoso-dir", dir, "-q", "SELECT ?s {}"]);
}

async function fakeLocalVirtuoso(httpPort: string, pid: number): Promise<string> {
  const dir = await tempDir("laurel-local-virtuoso-");
  const ini = `[Parameters]\nServerPort = 127.0.0.1:1\n[HTTPServer]\nServerPort = 127.0.0.1:${httpPort}\n`;
  await writeFile(join(dir, "virtuoso.ini"), ini);
  await writeFile(join(dir, "virtuoso.pid"), `${pid}\n`);
  return dir;
}

/** One request at a time unless asked, so the order of requests can be checked. */
const push = (client: EndpointClient, chunkTriples = 2, concurrency = 1) =>
  pushStore(client, { storePath, graphStore: `${server.url}/store`, chunkTriples, concurrency });

describe("push over the Graph Store Protocol", () => {
  test("each graph is replaced by a PUT of its first chunk, then POSTs of at most N triples", async () => {
    // given a store of graph a (5 triples) and graph b (2)
    // when it is pushed 2 triples at a time
    const result = await push(new EndpointClient({ backoffMs: 1 }));
    // then
    expect(result).toEqual({ graphs: 2, triples: 7, requests: 4 });
    expect(server.received.map((r) => `${r.method} ${new URL(r.url, server.url).search}`)).toEqual([
      `PUT ?graph=${encodeURIComponent(`${G}a`)}`,
      `POST ?graph=${encodeURIComponent(`${G}a`)}`,
      `POST ?graph=${encodeURIComponent(`${G}a`)}`,
      `PUT ?graph=${encodeURIComponent(`${G}b`)}`,
    ]);
    expect(server.received.map((r) => r.body.split("\n").filter(Boolean).length)).toEqual([
      2, 2, 1, 2,
    ]);
    expect(server.received[0]?.contentType).toMatch(/^application\/n-triples/);
    expect(server.graphs.get(`${G}a`)).toEqual(
      [1, 2, 3, 4, 5].map((i) => `<urn:a${i}> <urn:p> "a ${i}" .`),
    );
    expect(server.graphs.get(`${G}b`)).toEqual([
      "<urn:b1> <urn:p> <urn:o> .",
      '<urn:b2> <urn:p> "b"@en .',
    ]);
  });

  test("graphs side by side, each in order; pushing again leaves the server as it was", async () => {
    await push(new EndpointClient(), 1, 4);
    const first = structuredClone(server.graphs);
    expect(first.get(`${G}a`)).toHaveLength(5);
    await push(new EndpointClient(), 3, 4);
    expect(server.graphs).toEqual(first);
  });

  test("a busy server (503) is tried again with backoff, and the push completes", async () => {
    server.behaviour = { failFirst: { count: 2, status: 503 } };
    const result = await push(new EndpointClient({ backoffMs: 1 }), 10);
    expect(result.requests).toBe(2);
    expect(server.received).toHaveLength(4);
    expect(server.graphs.get(`${G}a`)).toHaveLength(5);
  });

  test("a server that keeps failing: the error names the graph, the status and what it said", async () => {
    server.behaviour = {
      always: {
        status: 500,
        body: "<html><body><h3>Error 22023</h3><xmp>cannot load <urn:x> today</xmp></body></html>",
      },
    };
    const error = await push(new EndpointClient({ retries: 2, backoffMs: 1 }), 10).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LaurelError);
    expect((error as Error).message).toBe(
      `PUT graph <${G}a> (5 triples): ${server.url}/store?graph=${encodeURIComponent(`${G}a`)} answered HTTP 500 after 3 tries: Error 22023 cannot load <urn:x> today`,
    );
    expect(server.received).toHaveLength(3);
  });

  test("a 4xx answer is not tried again", async () => {
    server.behaviour = { always: { status: 400, body: "bad triple" } };
    const error = await push(new EndpointClient({ backoffMs: 1 }), 10).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/answered HTTP 400: bad triple$/);
    expect(server.received).toHaveLength(1);
  });

  test("an unreachable server: the error says so after the retries", async () => {
    await server.stop();
    const error = await push(new EndpointClient({ retries: 1, backoffMs: 1 }), 10).catch(
      (e: unknown) => e,
    );
    expect((error as LaurelError).code).toBe("endpoint-unreachable");
    expect((error as Error).message).toMatch(
      new RegExp(`^PUT graph <${G}a> \\(5 triples\\): cannot reach .* after 2 tries`),
    );
  });

  test("a graph whose blank nodes would be split over two requests is refused", async () => {
    await writeFile(storePath, `_:x <urn:p> "1" <${G}c> .\n_:x <urn:p> "2" <${G}c> .\n`);
    const error = await push(new EndpointClient(), 1).catch((e: unknown) => e);
    expect((error as LaurelError).code).toBe("blank-nodes-split");
    expect((error as Error).message).toMatch(/raise --chunk-triples/);
    expect(await push(new EndpointClient(), 2)).toMatchObject({ graphs: 1, triples: 2 });
  });

  test("a missing store file is named", async () => {
    const error = await pushStore(new EndpointClient(), {
      storePath: join(storePath, "..", "none.nq"),
      graphStore: `${server.url}/store`,
    }).catch((e: unknown) => e);
    expect((error as LaurelError).code).toBe("missing-store");
  });
});

describe("authentication", () => {
  test("Digest: answered after the first 401, then reused with a higher nonce count", async () => {
    server.behaviour = { auth: "digest" };
    const client = new EndpointClient({ credentials: { user: "ann", password: "s3cret" } });
    await push(client);
    const statuses = server.received.map((r) => (r.authorization ? "auth" : "none"));
    expect(statuses).toEqual(["none", "auth", "auth", "auth", "auth"]);
    const counts = server.received.slice(1).map((r) => /nc=(\w+)/.exec(r.authorization ?? "")?.[1]);
    expect(counts).toEqual(["00000001", "00000002", "00000003", "00000004"]);
    expect(server.graphs.get(`${G}a`)).toHaveLength(5);
  });

  test("Basic: the header carries user:password in base64", async () => {
    server.behaviour = { auth: "basic" };
    await push(new EndpointClient({ credentials: { user: "ann", password: "s3cret" } }), 10);
    expect(server.received.at(-1)?.authorization).toBe(
      `Basic ${Buffer.from("ann:s3cret").toString("base64")}`,
    );
  });

  test("wrong password: a clear error after the challenge, not a loop", async () => {
    server.behaviour = { auth: "digest" };
    const client = new EndpointClient({ credentials: { user: "ann", password: "wrong" } });
    const error = await push(client, 10).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/answered HTTP 401; check the user and password$/);
    expect(server.received.length).toBeLessThanOrEqual(3);
  });

  test("no credentials: the error says where they come from", async () => {
    server.behaviour = { auth: "basic" };
    const error = await push(new EndpointClient(), 10).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /HTTP 401; set LAUREL_ENDPOINT_USER and LAUREL_ENDPOINT_PASSWORD, or add the host to ~\/\.netrc$/,
    );
  });
});

describe("credentials", () => {
  const NETRC = `# comment
machine other.example login bob password b0b
machine 127.0.0.1
  login ann
  password s3cret
default login anon password anon
`;

  test("netrc: the host's machine entry, else default", () => {
    expect(netrcCredentials(NETRC, "127.0.0.1")).toEqual({ user: "ann", password: "s3cret" });
    expect(netrcCredentials(NETRC, "elsewhere")).toEqual({ user: "anon", password: "anon" });
    expect(netrcCredentials("machine a login x", "a")).toBeUndefined();
  });

  test("the environment wins over netrc; $NETRC names the file", async () => {
    const netrc = join(storePath, "..", "netrc");
    await writeFile(netrc, NETRC);
    expect(await findCredentials("http://127.0.0.1:8899/sparql", { NETRC: netrc })).toEqual({
      user: "ann",
      password: "s3cret",
    });
    expect(
      await findCredentials("http://127.0.0.1/sparql", {
        NETRC: netrc,
        LAUREL_ENDPOINT_USER: "env",
        LAUREL_ENDPOINT_PASSWORD: "pw",
      }),
    ).toEqual({ user: "env", password: "pw" });
    expect(await findCredentials("http://127.0.0.1/", { NETRC: `${netrc}.missing` })).toBe(
      undefined,
    );
  });

  test("a user without a password is a usage error", async () => {
    await expect(findCredentials("http://h/", { LAUREL_ENDPOINT_USER: "x" })).rejects.toThrow(
      /set both LAUREL_ENDPOINT_USER and LAUREL_ENDPOINT_PASSWORD/,
    );
  });
});

describe("Graph Store URL", () => {
  test("derived beside Virtuoso's /sparql, given for other servers", () => {
    expect(graphStoreUrl("http://127.0.0.1:8899/sparql", undefined, true)).toBe(
      "http://127.0.0.1:8899/sparql-graph-crud-auth",
    );
    expect(graphStoreUrl("http://h/sparql?x=1", undefined, false)).toBe(
      "http://h/sparql-graph-crud",
    );
    expect(graphStoreUrl("http://h/ds/query", "http://h/ds/data", false)).toBe("http://h/ds/data");
    expect(() => graphStoreUrl("http://h/ds/query", undefined, false)).toThrow(/--graph-store/);
  });
});

describe("laurel query --endpoint and laurel push", () => {
  test("--param is bound in the query sent; answers print as from the embedded store", async () => {
    server.behaviour = {
      results: {
        head: { vars: ["recipientLabel", "honorLabel", "n"] },
        results: {
          bindings: [
            {
              recipientLabel: {
                type: "typed-literal",
                datatype: "http://www.w3.org/2001/XMLSchema#string",
                value: "Chongqing University Cancer Hospital",
              },
              honorLabel: { type: "literal", value: "Base", "xml:lang": "en" },
              n: {
                type: "typed-literal",
                datatype: "http://www.w3.org/2001/XMLSchema#integer",
                value: "3",
              },
            },
          ],
        },
      },
    };
    const run = await runCli([
      "query",
      "--endpoint",
      `${server.url}/sparql`,
      "--query",
      "SELECT ?recipientLabel ?honorLabel ?n WHERE { ?r ?p ?org }",
      "--param",
      'org=x" } ; DROP ALL ; #',
      "--format",
      "tsv",
    ]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      '?recipientLabel\t?honorLabel\t?n\n"Chongqing University Cancer Hospital"\t"Base"@en\t3\n',
    );
    const sent = server.received.at(-1) as Received;
    expect(sent.contentType).toBe("application/x-www-form-urlencoded");
    const query = new URLSearchParams(sent.body).get("query") ?? "";
    expect(query).toContain('VALUES ?org {\n    "x\\" } ; DROP ALL ; #"\n  }');
  });

  test("an answer the server cut short is an error, not a result", async () => {
    server.behaviour = { results: { head: { vars: ["s"] }, results: { bindings: [] } } };
    server.cutAt = "10000";
    const run = await runCli(["query", "--endpoint", `${server.url}/sparql`, "-q", "SELECT ?s {}"]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/cut the answer at 10000 rows \(Virtuoso's ResultSetMaxRows\)/);
  });

  test("--endpoint local asks the Virtuoso that --virtuoso-dir names, on the port its ini gives", async () => {
    server.behaviour = { results: { head: { vars: ["s"] }, results: { bindings: [] } } };
    const dir = await fakeLocalVirtuoso(new URL(server.url).port, process.pid);
    const run = await queryLocal(dir);
    expect(run.err).toBe("");
    expect(run.out).toBe("s\n-\n(0 rows)\n");
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /sparql",
      "POST /sparql",
    ]);
  });

  test("--endpoint local with no Virtuoso running there: says where and how to start one", async () => {
    // A pid above Linux's largest: the server that wrote it is gone.
    const stopped = await fakeLocalVirtuoso(new URL(server.url).port, 2 ** 22 + 1);
    const empty = await tempDir("laurel-no-virtuoso-");
    for (const dir of [stopped, empty]) {
      const run = await queryLocal(dir);
      expect(run.code).toBe(1);
      expect(run.err).toBe(
        `laurel: --endpoint local: no Virtuoso is running in ${dir}; start one with \`scripts/virtuoso.sh start --dir ${dir}\` (or give --virtuoso-dir)\n`,
      );
    }
    expect(server.received).toEqual([]);
  });

  test("--virtuoso-dir without --endpoint local is a usage error", async () => {
    const run = await runCli(["query", "--virtuoso-dir", "out/virtuoso", "-q", "SELECT ?s {}"]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--virtuoso-dir names the Virtuoso of --endpoint local/);
  });

  test("push via the CLI takes credentials from the environment, never the URL", async () => {
    server.behaviour = { auth: "basic" };
    const saved = { ...process.env };
    process.env.LAUREL_ENDPOINT_USER = "ann";
    process.env.LAUREL_ENDPOINT_PASSWORD = "s3cret";
    try {
      const run = await runCli([
        "push",
        "--endpoint",
        `${server.url}/sparql`,
        "--store",
        storePath,
      ]);
      expect(run.err).toBe("");
      expect(run.out).toMatch(
        /^pushed: +7 triples in 2 graphs to http:\/\/127\.0\.0\.1:\d+\/sparql-graph-crud-auth \(2 requests/,
      );
      const refused = await runCli([
        "push",
        "--endpoint",
        server.url.replace("//", "//ann:s3cret@"),
        "--store",
        storePath,
      ]);
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/put no credentials in the URL/);
    } finally {
      process.env = saved;
    }
  });
});
