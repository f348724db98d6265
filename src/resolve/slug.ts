// Readable, stable, collision-free IRI slugs.
// A key made of a-z, 0-9 and single spaces (and short) maps to itself with hyphens: that map is one to one.
// Any other key gets an ASCII slug plus "--" and 16 hex digits of its SHA-256; the "--" never occurs
// in the first form, so the two forms cannot meet.
import { sha256Hex } from "../util/hash.ts";

const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const MAX_PLAIN = 80;

export function slugFor(key: string): string {
  if (PLAIN.test(key) && key.length <= MAX_PLAIN) return key.replace(/ /g, "-");
  const ascii = key
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  const hash = sha256Hex(key).slice(0, 16);
  return `${ascii || "x"}--${hash}`;
}
