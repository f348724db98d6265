// The candidate keys of a corpus and the links between them: every key a mention or a variant of
// its name can be known by, the class that says whether it may name an entity, and the reasons two
// keys are one. Linking only ever compares keys that are equal strings (blocking), so it stays near
// linear in the number of mentions.
import type { EntityType } from "../types.ts";
import type { Authority, AuthorityEntry } from "./authority.ts";
import { contentSignature, nameKey } from "./keys.ts";
import { slugFor } from "./slug.ts";

/** A type's key prefix, which is also the path segment of its IRIs ("org/...", "cohort/..."). */
export const TYPE_PREFIX: Record<EntityType, string> = {
  Organization: "org",
  IssuingBody: "org",
  Person: "person",
  Program: "program",
  Honor: "honor",
  Document: "document",
  Work: "work",
  Event: "event",
  Place: "place",
  Cohort: "cohort",
};

/** A key's type prefix -> its type (an issuing body's keys are an organization's). */
export const TYPE_OF_PREFIX: Record<string, EntityType> = Object.fromEntries(
  Object.entries(TYPE_PREFIX)
    .filter(([type]) => type !== "IssuingBody")
    .map(([type, prefix]) => [prefix, type as EntityType]),
);

export type KeyClass = "name" | "scoped" | "acr" | "local-acr" | "alt" | "auth";

/** Order in which key classes may give an entity its IRI (9: never). */
export const CANONICAL_RANK: Record<KeyClass, number> = {
  name: 0,
  acr: 1,
  scoped: 2,
  "local-acr": 3,
  alt: 9,
  auth: 9,
};

export interface Link {
  a: string;
  b: string;
  why: string;
  /** Replay order when overrides forbid some unions: surer links first (see LINK_RANK). */
  rank: number;
}

/** How sure a kind of link is; with an owl:differentFrom in play, surer links win the entity. */
export const LINK_RANK = { label: 0, text: 1, acronym: 2, corpus: 3, variant: 4 } as const;

export type KeyOf = (type: EntityType, name: string) => string;

/** nameKey with a cache: names repeat across announcements ("CAST" in every text). */
export function cachedNameKey(): KeyOf {
  // One map per type: a joined "type + name" string would be built and hashed on every call.
  const caches = new Map<EntityType, Map<string, string>>();
  return (type, name) => {
    let cache = caches.get(type);
    if (!cache) {
      cache = new Map();
      caches.set(type, cache);
    }
    let key = cache.get(name);
    if (key === undefined) {
      key = nameKey(type, name);
      cache.set(name, key);
    }
    return key;
  };
}

export interface KeyTable {
  /** Every key met, with the best class it was met as (insertion order is the order met). */
  readonly classOf: Map<string, KeyClass>;
  /** The would-be global key of a scoped key -> scoped keys, for overrides written with names. */
  readonly scopedIndex: Map<string, Set<string>>;
  /** Candidate links in the order found, one per pair of keys. */
  readonly links: Link[];
  register(key: string, cls: KeyClass): string;
  link(a: string, b: string, why: string, rank?: number): void;
  /** Registers a key that is unique only inside one announcement. */
  scoped(prefix: string, announcementId: string, rest: string, cls: KeyClass): string;
}

export function createKeyTable(): KeyTable {
  const classOf = new Map<string, KeyClass>();
  const scopedIndex = new Map<string, Set<string>>();
  const links: Link[] = [];
  // Smaller key -> larger key -> index in links: the keys' hashes are cached in the strings,
  // where a joined pair would be a new string to build and hash on every call.
  const linkIndex = new Map<string, Map<string, number>>();
  const register = (key: string, cls: KeyClass): string => {
    const existing = classOf.get(key);
    // A key some mention owns as its name outranks the same string met as another name's variant.
    if (!existing || CANONICAL_RANK[cls] < CANONICAL_RANK[existing]) classOf.set(key, cls);
    return key;
  };
  const link = (a: string, b: string, why: string, rank: number = LINK_RANK.text) => {
    if (a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    let partners = linkIndex.get(low);
    if (!partners) {
      partners = new Map();
      linkIndex.set(low, partners);
    }
    const seen = partners.get(high);
    // One link per pair of keys; the smallest reason is kept so input order does not show.
    if (seen !== undefined) {
      const existing = links[seen] as Link;
      if (why < existing.why) existing.why = why;
      return;
    }
    partners.set(high, links.length);
    links.push({ a, b, why, rank });
  };
  const scoped = (prefix: string, announcementId: string, rest: string, cls: KeyClass) => {
    const key = register(`${prefix}:${announcementId}|${rest}`, cls);
    const global = `${prefix}:${rest}`;
    const set = scopedIndex.get(global) ?? new Set();
    set.add(key);
    scopedIndex.set(global, set);
    return key;
  };
  return { classOf, scopedIndex, links, register, link, scoped };
}

/** Keys under which the authority is consulted (its entries are typed). */
export function linksToAuthority(type: EntityType): boolean {
  return type === "Organization" || type === "Honor" || type === "Program";
}

/** Typed look-ups in the authority file, with the content signatures of its entries cached. */
export interface AuthorityLookup {
  readonly authority: Authority;
  /** The entry that lists this name key for this type. */
  byName(type: EntityType, key: string): AuthorityEntry | undefined;
  /** The organization entry with this acronym. */
  organizationByAcronym(acronym: string): AuthorityEntry | undefined;
  /** Content signatures of an entry's labels (see contentSignature). */
  signatures(entry: AuthorityEntry): Set<string>;
}

export function createAuthorityLookup(authority: Authority, keyOf: KeyOf): AuthorityLookup {
  const signatures = new Map<string, Set<string>>();
  return {
    authority,
    byName(type, key) {
      if (!linksToAuthority(type)) return undefined;
      const entry = authority.byKey.get(`${type}|${key}`);
      return entry && entry.type === type ? entry : undefined;
    },
    organizationByAcronym(acronym) {
      const entry = authority.byAcronym.get(acronym);
      return entry?.type === "Organization" ? entry : undefined;
    },
    signatures(entry) {
      let set = signatures.get(entry.iri);
      if (!set) {
        set = new Set(
          [entry.prefLabel, ...entry.altLabels].map((l) => contentSignature(keyOf(entry.type, l))),
        );
        signatures.set(entry.iri, set);
      }
      return set;
    },
  };
}

export const DEFAULT_BASE = "https://w3id.org/laurel/id/";

/** IRI path (after the base) of an entity whose canonical key is this key. */
export function slugOf(key: string): string {
  const prefix = key.slice(0, key.indexOf(":"));
  // The type prefix is the IRI's path segment; an authority's key names an organization.
  const segment = TYPE_OF_PREFIX[prefix] ? prefix : TYPE_PREFIX.Organization;
  return `${segment}/${slugFor(key.slice(key.indexOf(":") + 1))}`;
}

/** The IRI an entity with this single key would have. */
export function iriOfKey(key: string, base = DEFAULT_BASE): string {
  const prefix = key.slice(0, key.indexOf(":"));
  if (!TYPE_OF_PREFIX[prefix]) return key;
  return `${base}${slugOf(key)}`;
}
