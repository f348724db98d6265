// **http** is the HTTP face, on node:http: it reads requests, answers the stylesheet and method and
// media-type errors itself, and hands everything that touches the store to the query pool.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { staticFile } from "./assets.ts";
import type { QueryPool } from "./pool.ts";
import { type ServeReply, type ServeRequest, textReply } from "./types.ts";

/** Largest request body read (a long query fits many times over). */
const MAX_BODY = 1024 * 1024;

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  // Scripts only from this server; the editor sets inline styles, so styles may be inline.
  "content-security-policy":
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
};

export function createHttpServer(pool: QueryPool): Server {
  return createServer((req, res) => {
    answer(pool, req)
      .then((reply) => send(res, req.method ?? "GET", reply))
      .catch((error: Error) =>
        send(res, "GET", textReply(500, `internal error: ${error.message}`)),
      );
  });
}

function send(res: ServerResponse, method: string, reply: ServeReply): void {
  const body = Buffer.from(reply.body, "utf8");
  res.writeHead(reply.status, {
    ...SECURITY_HEADERS,
    ...reply.headers,
    "content-length": String(body.length),
  });
  res.end(method === "HEAD" ? undefined : body);
}

async function answer(pool: QueryPool, req: IncomingMessage): Promise<ServeReply> {
  const url = new URL(req.url ?? "/", "http://localhost");
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return textReply(400, "the path is not valid percent-encoding");
  }
  const method = req.method ?? "GET";
  const asset = path.startsWith("/static/") ? await staticFile(path) : undefined;
  if (asset) return asset;
  const postable = path === "/sparql" || path.startsWith("/queries/");
  if (method !== "GET" && method !== "HEAD" && !(method === "POST" && postable))
    return textReply(405, `${method} is not answered here`, {
      allow: postable ? "GET, HEAD, POST" : "GET, HEAD",
    });
  const request: ServeRequest = {
    method,
    path,
    params: [...url.searchParams],
    accept: req.headers.accept ?? "",
  };
  if (method === "POST") {
    const refused = await readPost(req, request);
    if (refused) return refused;
  }
  return pool.run(request);
}

/** Reads a POST body into the request (query text or form fields), or returns why it cannot. */
async function readPost(
  req: IncomingMessage,
  request: ServeRequest,
): Promise<ServeReply | undefined> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/sparql-query" && type !== "application/x-www-form-urlencoded")
    return textReply(
      415,
      "POST takes application/sparql-query or application/x-www-form-urlencoded (SPARQL 1.1 Protocol); updates are not accepted",
    );
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return textReply(413, `the request body is over ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (type === "application/sparql-query") request.body = text;
  else request.params.push(...new URLSearchParams(text));
  return undefined;
}
