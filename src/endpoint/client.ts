// **EndpointClient** sends requests to a SPARQL server: retries with backoff on network errors and
// 5xx answers, answers 401 challenges with the configured credentials (Basic or Digest, remembered
// for later requests), and turns failures into errors that name what was being done, the HTTP
// status and what the server said.
import { LaurelError } from "../errors.ts";
import { authorization, type Challenge, canAnswer, parseChallenge } from "./auth.ts";
import { type Credentials, PASSWORD_VARIABLE, USER_VARIABLE } from "./credentials.ts";

export interface ClientOptions {
  credentials?: Credentials;
  /** Further tries after the first on a network error or a 5xx answer (default 3). */
  retries?: number;
  /** Wait before the first retry; each next one waits twice as long (default 250 ms). */
  backoffMs?: number;
  /** Longest one request may take (default 10 minutes: a large graph or query takes a while). */
  timeoutMs?: number;
}

export interface EndpointRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** What the request does, for error messages: "PUT graph <...>", "query conferrals.rq". */
  what: string;
}

export interface EndpointResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Longest server message quoted in an error. */
const MESSAGE_CHARS = 500;

export class EndpointClient {
  private challenge: Challenge | undefined;
  private nonceCount = 0;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: ClientOptions = {}) {
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 250;
    this.timeoutMs = options.timeoutMs ?? 600_000;
  }

  /** Sends the request until it succeeds or fails for good; a non-2xx answer throws. */
  async send(request: EndpointRequest): Promise<EndpointResponse> {
    let authTries = 0;
    for (let attempt = 0; ; ) {
      let response: EndpointResponse;
      try {
        response = await this.fetchOnce(request);
      } catch (error) {
        if (attempt >= this.retries) throw unreachable(request, error, attempt + 1);
        await sleep(this.backoffMs * 2 ** attempt++);
        continue;
      }
      if (response.status === 401 && authTries < 2 && this.acceptChallenge(response, request)) {
        authTries += 1;
        continue;
      }
      if (response.status >= 500 && attempt < this.retries) {
        await sleep(this.backoffMs * 2 ** attempt++);
        continue;
      }
      if (response.status >= 200 && response.status < 300) return response;
      throw httpError(request, response, attempt + 1, Boolean(this.options.credentials));
    }
  }

  private async fetchOnce(request: EndpointRequest): Promise<EndpointResponse> {
    const headers = { ...request.headers, ...this.authHeader(request) };
    const response = await fetch(request.url, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  private authHeader(request: EndpointRequest): Record<string, string> {
    if (!this.challenge || !this.options.credentials) return {};
    const target = new URL(request.url);
    this.nonceCount += 1;
    return {
      Authorization: authorization(this.challenge, this.options.credentials, {
        method: request.method,
        uri: `${target.pathname}${target.search}`,
        count: this.nonceCount,
      }),
    };
  }

  /** Takes up a 401's challenge when it can be answered; false when trying again is pointless. */
  private acceptChallenge(response: EndpointResponse, request: EndpointRequest): boolean {
    if (!this.options.credentials) return false;
    const challenge = parseChallenge(response.headers.get("www-authenticate"));
    if (!challenge || !canAnswer(challenge)) {
      if (challenge || response.headers.get("www-authenticate"))
        throw new LaurelError(
          "endpoint-auth",
          `${request.what}: ${request.url} asks for authentication Laurel cannot give (${response.headers.get("www-authenticate")}); Basic and Digest (MD5, SHA-256, qop=auth) are supported`,
        );
      return false;
    }
    this.challenge = challenge;
    this.nonceCount = 0;
    return true;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function unreachable(request: EndpointRequest, error: unknown, tries: number): LaurelError {
  const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
  return new LaurelError(
    "endpoint-unreachable",
    `${request.what}: cannot reach ${request.url} (${cause}) after ${tries} tr${tries === 1 ? "y" : "ies"}; is the server running?`,
    { cause: error },
  );
}

function httpError(
  request: EndpointRequest,
  response: EndpointResponse,
  tries: number,
  hadCredentials: boolean,
): LaurelError {
  const said = serverMessage(response.text);
  const after = tries > 1 ? ` after ${tries} tries` : "";
  const hint =
    response.status === 401 || response.status === 403
      ? hadCredentials
        ? "; check the user and password"
        : `; set ${USER_VARIABLE} and ${PASSWORD_VARIABLE}, or add the host to ~/.netrc`
      : "";
  return new LaurelError(
    "endpoint-http",
    `${request.what}: ${request.url} answered HTTP ${response.status}${after}${said ? `: ${said}` : ""}${hint}`,
  );
}

/** The server's words without markup, on one line and cut short (Virtuoso answers errors in HTML). */
export function serverMessage(text: string): string {
  const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(text)?.[1] ?? text;
  const plain = body
    // Only tags: a quoted query's <IRIs> stay.
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > MESSAGE_CHARS ? `${plain.slice(0, MESSAGE_CHARS - 1)}…` : plain;
}
