// HTTP Basic and Digest (RFC 7616, qop=auth) answers to a server's 401 challenge. Virtuoso's
// authenticated Graph Store endpoint asks for Digest with MD5.
import { createHash, randomBytes } from "node:crypto";
import type { Credentials } from "./credentials.ts";

export type Challenge =
  | { scheme: "Basic" }
  | {
      scheme: "Digest";
      realm: string;
      nonce: string;
      opaque?: string;
      qop?: string;
      algorithm: string;
      stale: boolean;
    };

/** Reads a WWW-Authenticate header; Digest is preferred when the server offers both. */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const digest = /\bDigest\s+(.*)$/i.exec(header);
  if (digest) {
    const params = challengeParams(digest[1] as string);
    if (params.nonce === undefined) return undefined;
    return {
      scheme: "Digest",
      realm: params.realm ?? "",
      nonce: params.nonce,
      ...(params.opaque !== undefined ? { opaque: params.opaque } : {}),
      ...(params.qop !== undefined ? { qop: params.qop } : {}),
      algorithm: params.algorithm ?? "MD5",
      stale: params.stale?.toLowerCase() === "true",
    };
  }
  return /\bBasic\b/i.test(header) ? { scheme: "Basic" } : undefined;
}

function challengeParams(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of text.matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g))
    params[(match[1] as string).toLowerCase()] = (match[2] ?? match[3] ?? "").replace(
      /\\(.)/g,
      "$1",
    );
  return params;
}

const HASHES: Record<string, string> = { MD5: "md5", "SHA-256": "sha256" };

/** True when Laurel can answer the challenge (Basic, or Digest with MD5 or SHA-256, with or without -sess). */
export function canAnswer(challenge: Challenge): boolean {
  if (challenge.scheme === "Basic") return true;
  const qopOk = challenge.qop === undefined || qopAuth(challenge.qop);
  return qopOk && challenge.algorithm.replace(/-sess$/i, "").toUpperCase() in HASHES;
}

function qopAuth(qop: string): boolean {
  return qop.split(",").some((q) => q.trim() === "auth");
}

/**
 * The Authorization header for one request. `count` is the nonce count: a Digest nonce may be used
 * again with a higher count, which spares a 401 round trip per request.
 */
export function authorization(
  challenge: Challenge,
  credentials: Credentials,
  request: { method: string; uri: string; count: number; cnonce?: string },
): string {
  if (challenge.scheme === "Basic")
    return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString("base64")}`;
  const algorithm = challenge.algorithm.toUpperCase();
  const hash = (text: string) =>
    createHash(HASHES[algorithm.replace(/-SESS$/, "")] ?? "md5")
      .update(text)
      .digest("hex");
  const cnonce = request.cnonce ?? randomBytes(8).toString("hex");
  const nc = request.count.toString(16).padStart(8, "0");
  let ha1 = hash(`${credentials.user}:${challenge.realm}:${credentials.password}`);
  if (algorithm.endsWith("-SESS")) ha1 = hash(`${ha1}:${challenge.nonce}:${cnonce}`);
  const ha2 = hash(`${request.method}:${request.uri}`);
  const withQop = challenge.qop !== undefined && qopAuth(challenge.qop);
  const response = withQop
    ? hash(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:auth:${ha2}`)
    : hash(`${ha1}:${challenge.nonce}:${ha2}`);
  const fields = [
    `username="${quoted(credentials.user)}"`,
    `realm="${quoted(challenge.realm)}"`,
    `nonce="${quoted(challenge.nonce)}"`,
    `uri="${quoted(request.uri)}"`,
    `algorithm=${challenge.algorithm}`,
    `response="${response}"`,
    ...(withQop ? [`qop=auth`, `nc=${nc}`, `cnonce="${cnonce}"`] : []),
    ...(challenge.opaque !== undefined ? [`opaque="${quoted(challenge.opaque)}"`] : []),
  ];
  return `Digest ${fields.join(", ")}`;
}

function quoted(value: string): string {
  return value.replace(/(["\\])/g, "\\$1");
}
