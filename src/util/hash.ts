// One-shot SHA-256: crypto.hash (Node 20.12 and later) hashes a short string in about half the
// time of a Hash object (createHash, update, digest), and a build hashes some 40,000 of them
// (texts, fingerprints, graph keys, entity digests, slugs) at 10,000 announcements.
import * as crypto from "node:crypto";

type OneShot = (algorithm: string, data: string | Uint8Array, encoding: "hex") => string;

const oneShot: OneShot =
  (crypto as { hash?: OneShot }).hash ??
  ((algorithm, data, encoding) => crypto.createHash(algorithm).update(data).digest(encoding));

/** The SHA-256 of `data` (a string is hashed as UTF-8), in hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return oneShot("sha256", data, "hex");
}
