import { singular } from "../extract/lexicon.ts";
// **resolve** links mentions into entities: one node per real institution, honor and programme
// across announcements. Candidate links come only from shared keys (blocking), so linking is near
// linear in the number of mentions; overrides and the authority file join or split what keys cannot.
//
// Keys (all strings, one namespace per type prefix):
//   name       "org:china association for science and technology"  a name's canonical key (global)
//   scoped     "org:<announcement>|education bureau"              a name that is unique only in its text
//   acronym    "org:acr BAST"                                       a bare acronym no text defines
//   local acr  "org:<announcement>|acr CAST"                        an acronym the text itself defines
//   alt        "org:guangming district education bureau"            another form of a name (links only)
//   authority  "auth:<authority entry IRI>"
// A mention's own key is its root mention's key (short forms and acronyms refer back to a root).
// Links between keys are collected first, then replayed into a union-find that refuses any union an
// owl:differentFrom override forbids, then owl:sameAs overrides are joined.
import type { Entity, EntityType, Extraction, Level, Mention } from "../types.ts";
import { type Authority, type AuthorityEntry, emptyAuthority } from "./authority.ts";
import {
  alternativeKeys,
  contentSignature,
  isGenericKey,
  isLocalWithoutPlace,
  nameKey,
  typeSegment,
} from "./keys.ts";
import type { Override, OverrideRef } from "./overrides.ts";
import { slugFor } from "./slug.ts";

export type { Authority, AuthorityEntry } from "./authority.ts";
export { emptyAuthority, loadAuthority, parseAuthority } from "./authority.ts";
export { alternativeKeys, nameKey } from "./keys.ts";
export type { Override, OverrideRef } from "./overrides.ts";
export { loadOverrides, parseOverrides } from "./overrides.ts";
export { slugFor } from "./slug.ts";

export interface ResolveOptions {
  authority?: Authority;
  overrides?: Override[];
  /** Base IRI, used to read overrides written with entity IRIs. */
  base?: string;
}

export interface ResolveResult {
  entities: Entity[];
  /** Mention id -> entity (canonical key). */
  entityOf: Map<string, Entity>;
  diagnostics: string[];
}

export const DEFAULT_BASE = "https://w3id.org/laurel/id/";

class UnionFind {
  private readonly parent = new Map<string, string>();

  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  has(key: string): boolean {
    return this.parent.has(key);
  }

  find(key: string): string {
    this.add(key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root) as string;
    let current = key;
    while (current !== root) {
      const next = this.parent.get(current) as string;
      this.parent.set(current, root);
      current = next;
    }
    return root;
  }

  /** Joins two sets; the smaller root string wins so results do not depend on input order. */
  union(a: string, b: string): string {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    if (ra < rb) {
      this.parent.set(rb, ra);
      return ra;
    }
    this.parent.set(ra, rb);
    return rb;
  }

  keys(): string[] {
    return [...this.parent.keys()];
  }
}

/**
 * A union-find that refuses to join two sets holding the two sides of an owl:differentFrom.
 * Only keys named by a constraint are tracked per set, so a check costs the number of constrained
 * keys in the two sets, not the size of the sets.
 */
class ConstrainedUnionFind extends UnionFind {
  private readonly forbidden = new Map<string, Set<string>>();
  private readonly constrained = new Map<string, string[]>();

  forbid(a: string, b: string): void {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = this.forbidden.get(x) ?? new Set();
      set.add(y);
      this.forbidden.set(x, set);
      const root = this.find(x);
      const list = this.constrained.get(root) ?? [];
      if (!list.includes(x)) list.push(x);
      this.constrained.set(root, list);
    }
  }

  /** The constraint a union of a's and b's sets would break, if any. */
  conflict(a: string, b: string): [string, string] | undefined {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return undefined;
    const la = this.constrained.get(ra);
    const lb = this.constrained.get(rb);
    if (!la || !lb) return undefined;
    const [small, otherRoot] = la.length <= lb.length ? [la, rb] : [lb, ra];
    for (const x of small)
      for (const y of this.forbidden.get(x) ?? []) if (this.find(y) === otherRoot) return [x, y];
    return undefined;
  }

  override union(a: string, b: string): string {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const root = super.union(a, b);
    const other = root === ra ? rb : ra;
    const moved = this.constrained.get(other);
    if (moved) {
      const list = this.constrained.get(root) ?? [];
      list.push(...moved);
      this.constrained.set(root, list);
      this.constrained.delete(other);
    }
    return root;
  }
}

const TYPE_PREFIX: Record<EntityType, string> = {
  Organization: "org",
  IssuingBody: "org",
  Person: "person",
  Program: "program",
  Honor: "honor",
  Document: "document",
  Event: "event",
  Place: "place",
};

const TYPE_OF_PREFIX: Record<string, EntityType> = {
  org: "Organization",
  person: "Person",
  program: "Program",
  honor: "Honor",
  document: "Document",
  event: "Event",
  place: "Place",
};

type KeyClass = "name" | "scoped" | "acr" | "local-acr" | "alt" | "auth";

/** Order in which key classes may give an entity its IRI. */
const CANONICAL_RANK: Record<KeyClass, number> = {
  name: 0,
  acr: 1,
  scoped: 2,
  "local-acr": 3,
  alt: 9,
  auth: 9,
};

interface Link {
  a: string;
  b: string;
  why: string;
  /** Replay order when overrides forbid some unions: surer links first (see LINK_RANK). */
  rank: number;
}

/** How sure a kind of link is; with an owl:differentFrom in play, surer links win the entity. */
const LINK_RANK = { label: 0, text: 1, acronym: 2, corpus: 3 } as const;

const ACRONYM = /^[A-Z]{2,10}$/;
/** An acronym standing alone ("CAST", "the CAST"), or undefined. */
function bareAcronym(mention: Mention): string | undefined {
  const surface = mention.surface.replace(/^the\s+/i, "").trim();
  return mention.kind === "Organization" && ACRONYM.test(surface) ? surface : undefined;
}

function rootOf(mention: Mention, byId: Map<string, Mention>): Mention {
  let current = mention;
  const seen = new Set<string>();
  while (current.antecedent && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.antecedent);
    if (!next) break;
    current = next;
  }
  return current;
}

function cleanSurface(surface: string): string {
  return surface
    .replace(/\s+/g, " ")
    .replace(/^the\s+/i, "")
    .trim();
}

/** True when a mention's name is the "of ..." complement of the other's name: a parent, not an alias. */
function isParentOf(
  mention: Mention,
  other: Mention,
  keyOf: (type: EntityType, name: string) => string,
): boolean {
  if (mention.kind !== "Organization" || other.kind !== "Organization") return false;
  const own = keyOf("Organization", cleanSurface(mention.surface));
  const whole = keyOf("Organization", other.name);
  return (
    own !== "" && own !== whole && (whole.endsWith(` of ${own}`) || other.parent === mention.id)
  );
}

/** Keys under which the authority is consulted (its entries are typed). */
function linksToAuthority(type: EntityType): boolean {
  return type === "Organization" || type === "Honor" || type === "Program";
}

export function resolveEntities(
  extractions: Extraction[],
  options: ResolveOptions = {},
): ResolveResult {
  const authority = options.authority ?? emptyAuthority();
  const overrides = options.overrides ?? [];
  const base = options.base ?? DEFAULT_BASE;
  const diagnostics: string[] = [...authority.warnings];

  // Names repeat across announcements ("CAST" in every text): keys are computed once per name.
  const keyCache = new Map<string, string>();
  const keyOf = (type: EntityType, name: string): string => {
    const id = `${type}\u0000${name}`;
    let key = keyCache.get(id);
    if (key === undefined) {
      key = nameKey(type, name);
      keyCache.set(id, key);
    }
    return key;
  };
  const classOf = new Map<string, KeyClass>();
  /** The would-be global key of a scoped key -> scoped keys, for overrides written with names. */
  const scopedIndex = new Map<string, Set<string>>();
  const links: Link[] = [];
  const linkIndex = new Map<string, number>();
  const mentionKey = new Map<string, string>();
  const rootMention = new Map<string, Mention>();
  const allMentions: Mention[] = [];
  /** Acronym -> keys of the names texts define it for ("Full Name (ACR)"). */
  const definitions = new Map<string, Set<string>>();
  /** Bare acronyms used without a definition in their own text and unknown to the authority. */
  const undefinedAcronyms = new Set<string>();
  /** Merge evidence from the texts' own coreference (short forms, acronyms, aliases). */
  const coreference = new Map<string, { key: string; why: string; announcementId: string }>();

  const register = (key: string, cls: KeyClass): string => {
    const existing = classOf.get(key);
    // A key some mention owns as its name outranks the same string met as another name's variant.
    if (!existing || CANONICAL_RANK[cls] < CANONICAL_RANK[existing]) classOf.set(key, cls);
    return key;
  };
  const link = (a: string, b: string, why: string, rank: number = LINK_RANK.text) => {
    if (a === b) return;
    const id = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const seen = linkIndex.get(id);
    // One link per pair of keys; the smallest reason is kept so input order does not show.
    if (seen !== undefined) {
      const existing = links[seen] as Link;
      if (why < existing.why) existing.why = why;
      return;
    }
    linkIndex.set(id, links.length);
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
  const authorityOf = (type: EntityType, key: string): AuthorityEntry | undefined => {
    if (!linksToAuthority(type)) return undefined;
    const entry = authority.byKey.get(`${type}|${key}`);
    return entry && entry.type === type ? entry : undefined;
  };
  const signatures = new Map<string, Set<string>>();
  const signaturesOf = (entry: AuthorityEntry): Set<string> => {
    let set = signatures.get(entry.iri);
    if (!set) {
      set = new Set(
        [entry.prefLabel, ...entry.altLabels].map((l) => contentSignature(keyOf(entry.type, l))),
      );
      signatures.set(entry.iri, set);
    }
    return set;
  };
  const organizationByAcronym = (acronym: string): AuthorityEntry | undefined => {
    const entry = authority.byAcronym.get(acronym);
    return entry?.type === "Organization" ? entry : undefined;
  };

  for (const extraction of extractions) {
    const announcementId = extraction.announcement.id;
    const byId = new Map(extraction.mentions.map((m) => [m.id, m]));
    const roots = new Map<string, Mention>();
    for (const mention of extraction.mentions) {
      const root = rootOf(mention, byId);
      // A parent named inside its sub-unit is not a short form of it: in "the Synthetic Biology
      // Institute of SIAT ... SIAT", SIAT stays SIAT. Such a mention stands on its own.
      if (root !== mention && isParentOf(mention, root, keyOf)) {
        const { antecedent: _, ...own } = mention;
        roots.set(mention.id, { ...own, name: cleanSurface(mention.surface) });
      } else roots.set(mention.id, root);
    }
    // Acronyms this text defines: "Full Name (ACR)" and "Full Name (hereinafter ACR)".
    const definedHere = new Set<string>();
    for (const mention of extraction.mentions) {
      if (mention.acronym) definedHere.add(mention.acronym);
      const root = roots.get(mention.id) as Mention;
      const acronym = bareAcronym(mention);
      if (acronym && root.id !== mention.id && !bareAcronym(root)) definedHere.add(acronym);
    }
    const rootKeys = new Map<string, string>();

    /** The key of a root mention, with its links to acronyms, variants and the authority. */
    const keyOfRoot = (root: Mention): string => {
      const known = rootKeys.get(root.id);
      if (known) return known;
      const type: EntityType = root.kind;
      const prefix = TYPE_PREFIX[type];
      let key: string;
      const acronym = bareAcronym(root);
      if (acronym) {
        if (definedHere.has(acronym)) {
          // Used before (or without a link to) its definition in the same text.
          key = scoped(prefix, announcementId, `acr ${acronym}`, "local-acr");
        } else {
          key = register(`${prefix}:acr ${acronym}`, "acr");
          const entry = organizationByAcronym(acronym);
          if (entry) {
            link(
              key,
              register(`auth:${entry.iri}`, "auth"),
              `authority ${entry.iri} has acronym ${acronym} ("${root.surface}", ${announcementId})`,
              LINK_RANK.acronym,
            );
          } else undefinedAcronyms.add(acronym);
        }
        rootKeys.set(root.id, key);
        return key;
      }
      const name = keyOf(type, root.name);
      const local =
        name === "" ||
        type === "Event" ||
        (type === "Organization" && isGenericKey(name)) ||
        (type === "Document" && !/[A-Z]/.test(root.name.charAt(0)) && !root.identifier) ||
        (linksToAuthority(type) && isLocalWithoutPlace(name));
      if (type === "Document" && root.identifier) {
        key = register(`${prefix}:no ${keyOf("Document", root.identifier)}`, "name");
      } else if (name === "") {
        key = scoped(prefix, announcementId, root.id, "scoped");
      } else if (local) {
        key = scoped(prefix, announcementId, name, "scoped");
      } else {
        key = register(`${prefix}:${name}`, "name");
      }
      rootKeys.set(root.id, key);
      if (!local) {
        const entry = authorityOf(type, name);
        if (entry)
          link(
            key,
            register(`auth:${entry.iri}`, "auth"),
            `authority ${entry.iri} lists "${root.name}" (${announcementId})`,
            LINK_RANK.label,
          );
        for (const alternative of alternativeNames(type, root.name)) {
          const alt = register(`${prefix}:${alternative.key}`, "alt");
          link(key, alt, `"${root.name}" is also "${alternative.key}" (${alternative.rule})`);
          const altEntry = authorityOf(type, alternative.key);
          if (altEntry)
            link(
              key,
              register(`auth:${altEntry.iri}`, "auth"),
              `authority ${altEntry.iri} lists "${alternative.key}", a form of "${root.name}" (${announcementId})`,
            );
        }
      }
      if (root.acronym && type === "Organization") defineAcronym(root.acronym, key, root, name);
      return key;
    };

    /** "Full Name (ACR)": the acronym means this name in this text, maybe in the authority too. */
    const defineAcronym = (acronym: string, key: string, root: Mention, name: string) => {
      link(
        key,
        scoped("org", announcementId, `acr ${acronym}`, "local-acr"),
        // No announcement id: the note would otherwise repeat once per text defining the acronym.
        `acronym ${acronym} = "${root.name}" in the text`,
      );
      // A name unique only inside its text ("the Municipal Association ... (MAST)") defines the
      // acronym for that text alone.
      if (classOf.get(key) !== "name") return;
      const set = definitions.get(acronym) ?? new Set();
      set.add(key);
      definitions.set(acronym, set);
      // An unlisted rendering of a listed body, same content words: "China Association of S&T (CAST)".
      const entry = organizationByAcronym(acronym);
      if (
        entry &&
        authorityOf("Organization", name) !== entry &&
        signaturesOf(entry).has(contentSignature(name))
      )
        link(
          key,
          register(`auth:${entry.iri}`, "auth"),
          `"${root.name}" (${acronym}) matches authority ${entry.iri} by acronym and words (${announcementId})`,
          LINK_RANK.acronym,
        );
    };

    /** Names whose key differs from the written one: "X of <place>", acronyms inside names. */
    const alternativeNames = (type: EntityType, name: string) => {
      const found = alternativeKeys(type, name).map((key) => ({ key, rule: "word order" }));
      if (type === "Organization" && /\b[A-Z]{2,10}\b/.test(name) && !ACRONYM.test(name.trim())) {
        let changed = false;
        const expanded = name.replace(/\b[A-Z]{2,10}\b/g, (acronym) => {
          const entry = organizationByAcronym(acronym);
          if (!entry) return acronym;
          changed = true;
          return entry.prefLabel;
        });
        if (changed) {
          const key = keyOf(type, expanded);
          found.push({ key, rule: "acronym expanded from the authority" });
          for (const key2 of alternativeKeys(type, expanded))
            found.push({ key: key2, rule: "acronym expanded from the authority" });
        }
      }
      const own = keyOf(type, name);
      return found.filter((f, i) => f.key !== own && found.findIndex((g) => g.key === f.key) === i);
    };

    for (const mention of extraction.mentions) {
      const root = roots.get(mention.id) as Mention;
      rootMention.set(mention.id, root);
      allMentions.push(mention);
      const key = keyOfRoot(root);
      mentionKey.set(mention.id, key);
      if (root.id === mention.id) continue;
      const surfaceKey = keyOf(root.kind, mention.surface);
      if (surfaceKey !== "" && surfaceKey !== keyOf(root.kind, root.name)) {
        // One note per short form and full name, citing the first announcement (by id) using it.
        const note = `"${mention.surface.replace(/\s+/g, " ").trim()}" refers to "${root.name}"`;
        const id = `${key}\u0000${note}`;
        const seen = coreference.get(id);
        if (!seen || announcementId < seen.announcementId)
          coreference.set(id, { key, why: `${note} (${announcementId})`, announcementId });
      }
      // A mention that refers back (short form, acronym, "hereinafter ..."): its own words link only
      // inside this text, or to the authority. "the Panda Base" of one text is not another's.
      const acronym = bareAcronym(mention);
      if (acronym && root.kind === "Organization" && !bareAcronym(root)) {
        defineAcronym(acronym, key, root, keyOf(root.kind, root.name));
        continue;
      }
      const type: EntityType = root.kind;
      const own = keyOf(type, mention.name);
      if (own === "" || own === keyOf(type, root.name) || isGenericKey(own)) continue;
      const entry = authorityOf(type, own);
      if (entry)
        link(
          key,
          register(`auth:${entry.iri}`, "auth"),
          `authority ${entry.iri} lists "${mention.surface}", which refers to "${root.name}" (${announcementId})`,
        );
    }
  }

  // Bare acronyms no text around them defines: the one name other texts define them as, if only one.
  for (const acronym of [...undefinedAcronyms].sort()) {
    const defined = [...(definitions.get(acronym) ?? [])].sort();
    if (defined.length === 1)
      link(
        `org:acr ${acronym}`,
        defined[0] as string,
        `acronym ${acronym} is defined only as "${defined[0]?.slice(4)}" in the corpus`,
        LINK_RANK.corpus,
      );
    else if (defined.length > 1)
      diagnostics.push(
        `acronym ${acronym} is used bare and defined as ${defined.length} different names (${defined.map((d) => `"${d.slice(4)}"`).join(", ")}); not linked`,
      );
  }

  // Overrides name entities by IRI or by a surface name.
  let iriIndex: Map<string, string[]> | undefined;
  const keysForIri = (iri: string): string[] => {
    if (!iriIndex) {
      iriIndex = new Map();
      const add = (i: string, key: string) => {
        const list = iriIndex?.get(i) ?? [];
        if (!list.includes(key)) list.push(key);
        iriIndex?.set(i, list);
      };
      for (const [key, cls] of classOf) {
        if (cls === "auth") {
          const entry = authority.byIri.get(key.slice(5));
          add(key.slice(5), key);
          if (entry)
            add(
              iriOfKey(`${TYPE_PREFIX[entry.type]}:${keyOf(entry.type, entry.prefLabel)}`, base),
              key,
            );
        } else add(iriOfKey(key, base), key);
      }
    }
    return iriIndex.get(iri) ?? [];
  };
  const keysForRef = (ref: OverrideRef): string[] => {
    if ("iri" in ref) return keysForIri(ref.iri);
    const found = new Set<string>();
    for (const type of [
      "Organization",
      "Honor",
      "Program",
      "Person",
      "Document",
      "Place",
      "Event",
    ] as EntityType[]) {
      const prefix = TYPE_PREFIX[type];
      const name = keyOf(type, ref.label);
      const candidates = [`${prefix}:${name}`, `${prefix}:acr ${ref.label.trim()}`];
      let direct = false;
      for (const candidate of candidates) {
        if (classOf.has(candidate)) {
          found.add(candidate);
          direct = true;
        }
        for (const key of scopedIndex.get(candidate) ?? []) {
          found.add(key);
          direct = true;
        }
      }
      // A name no announcement uses may still be an authority label ("Chinese Academy of Sciences"
      // for texts that only say CAS): it then means the authority's entity.
      const entry = direct
        ? undefined
        : (authorityOf(type, name) ??
          (type === "Organization" ? organizationByAcronym(ref.label.trim()) : undefined));
      if (entry && classOf.has(`auth:${entry.iri}`)) found.add(`auth:${entry.iri}`);
    }
    return [...found].sort();
  };
  const prefixOf = (key: string): string => {
    if (key.startsWith("auth:")) {
      const entry = authority.byIri.get(key.slice(5));
      return entry ? TYPE_PREFIX[entry.type] : "org";
    }
    return key.slice(0, key.indexOf(":"));
  };
  const describe = (ref: OverrideRef) => ("iri" in ref ? `<${ref.iri}>` : `"${ref.label}"`);

  const uf = new ConstrainedUnionFind();
  for (const key of classOf.keys()) uf.add(key);
  for (const override of overrides) {
    if (override.kind !== "different") continue;
    const as = keysForRef(override.a);
    const bs = keysForRef(override.b);
    if (as.length === 0 || bs.length === 0) {
      diagnostics.push(
        `override ${describe(override.a)} owl:differentFrom ${describe(override.b)} matches no entity on the ${as.length === 0 ? "left" : "right"}`,
      );
      continue;
    }
    for (const a of as)
      for (const b of bs) {
        if (prefixOf(a) !== prefixOf(b)) continue;
        if (a === b)
          diagnostics.push(
            `override ${describe(override.a)} owl:differentFrom ${describe(override.b)} cannot split one name (${a}); use entity IRIs or other names`,
          );
        else uf.forbid(a, b);
      }
  }

  // Merge evidence: every accepted link, kept for clusters that joined mentions of several keys.
  const accepted: Array<{ key: string; why: string }> = [];
  const join = (a: string, b: string, why: string): boolean => {
    if (uf.find(a) === uf.find(b)) {
      accepted.push({ key: a, why });
      return true;
    }
    const conflict = uf.conflict(a, b);
    if (conflict) {
      diagnostics.push(
        `not merged (${why}): overrides say ${conflict[0]} owl:differentFrom ${conflict[1]}`,
      );
      return false;
    }
    uf.union(a, b);
    accepted.push({ key: a, why });
    return true;
  };
  const replay = links.map((l, i) => ({ l, i })).sort((x, y) => x.l.rank - y.l.rank || x.i - y.i);
  for (const { l } of replay) join(l.a, l.b, l.why);
  for (const override of overrides) {
    if (override.kind !== "same") continue;
    const as = keysForRef(override.a);
    const bs = keysForRef(override.b);
    if (as.length === 0 || bs.length === 0) {
      diagnostics.push(
        `override ${describe(override.a)} owl:sameAs ${describe(override.b)} matches no entity on the ${as.length === 0 ? "left" : "right"}`,
      );
      continue;
    }
    let joined = false;
    for (const a of as)
      for (const b of bs)
        if (prefixOf(a) === prefixOf(b))
          joined =
            join(
              a,
              b,
              `override ${describe(override.a)} owl:sameAs ${describe(override.b)} in the overrides file`,
            ) || joined;
    if (!joined)
      diagnostics.push(
        `override ${describe(override.a)} owl:sameAs ${describe(override.b)} joins nothing (different types or forbidden)`,
      );
  }

  // Entities from clusters that hold mentions.
  const clusters = new Map<string, string[]>();
  for (const key of classOf.keys()) {
    const root = uf.find(key);
    const list = clusters.get(root) ?? [];
    list.push(key);
    clusters.set(root, list);
  }
  const mentionsByCluster = new Map<string, Mention[]>();
  for (const mention of allMentions) {
    const key = mentionKey.get(mention.id);
    if (!key) continue;
    const root = uf.find(key);
    const list = mentionsByCluster.get(root) ?? [];
    list.push(mention);
    mentionsByCluster.set(root, list);
  }
  const mentionKeysByCluster = new Map<string, Set<string>>();
  for (const key of new Set(mentionKey.values())) {
    const root = uf.find(key);
    const set = mentionKeysByCluster.get(root) ?? new Set();
    set.add(key);
    mentionKeysByCluster.set(root, set);
  }
  const evidenceByCluster = new Map<string, Set<string>>();
  const addEvidence = (root: string, why: string) => {
    const set = evidenceByCluster.get(root) ?? new Set();
    set.add(why);
    evidenceByCluster.set(root, set);
  };
  for (const { key, why } of coreference.values()) addEvidence(uf.find(key), why);
  for (const { key, why } of accepted) {
    const root = uf.find(key);
    // A link to a variant or to the authority alone merges nothing worth a look.
    if ((mentionKeysByCluster.get(root)?.size ?? 0) > 1) addEvidence(root, why);
  }
  const entities: Entity[] = [];
  const entityByRoot = new Map<string, Entity>();
  const usedIris = new Set<string>();
  for (const [root, keys] of [...clusters.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const mentions = mentionsByCluster.get(root);
    if (!mentions || mentions.length === 0) continue;
    keys.sort();
    const entries = keys
      .filter((k) => k.startsWith("auth:"))
      .map((k) => authority.byIri.get(k.slice(5)))
      .filter((e): e is AuthorityEntry => !!e);
    const entry = entries[0];
    const roots = mentions.map((m) => rootMention.get(m.id) as Mention);
    const type = majority(roots.map((r) => r.kind)) as EntityType;
    const prefix = TYPE_PREFIX[type];
    const ownKeys = keys
      .filter((k) => CANONICAL_RANK[classOf.get(k) as KeyClass] < 9)
      .sort(
        (a, b) =>
          CANONICAL_RANK[classOf.get(a) as KeyClass] - CANONICAL_RANK[classOf.get(b) as KeyClass] ||
          (a < b ? -1 : 1),
      );
    // Keys an entity of this cluster may be known by: its own and its authority entries' names.
    const claimable = (key: string) => !classOf.has(key) || uf.find(key) === root;
    const authorityKeys = entries
      .map((e) => `${prefix}:${keyOf(type, e.prefLabel)}`)
      .filter((k) => claimable(k));
    const canonical =
      [...authorityKeys, ...ownKeys].find((k) => !usedIris.has(slugOf(k))) ?? `${prefix}:${root}`;
    const iriSlug = slugOf(canonical);
    usedIris.add(iriSlug);
    const label =
      entry?.prefLabel ??
      chooseLabel(
        roots.map((r) => r.name),
        type === "Honor",
      );
    const surfaces = new Set<string>();
    for (const m of mentions) {
      surfaces.add(m.surface.replace(/\s+/g, " ").trim());
      surfaces.add(m.name);
    }
    for (const alt of entry?.altLabels ?? []) surfaces.add(alt);
    surfaces.delete(label);
    const sameAs = new Set<string>();
    for (const key of [...authorityKeys, ...ownKeys]) {
      if (key === canonical || classOf.get(key) === "local-acr") continue;
      const slug = slugOf(key);
      if (!usedIris.has(slug)) sameAs.add(slug);
    }
    const entity: Entity = {
      key: canonical,
      iriSlug,
      type,
      label,
      altLabels: [...surfaces].filter(Boolean).sort(),
      mentions: mentions.map((m) => m.id).sort(),
      announcements: [...new Set(mentions.map((m) => m.announcementId))].sort(),
      mergeEvidence: [...(evidenceByCluster.get(root) ?? [])].sort(),
      sameAs: [...sameAs].sort(),
    };
    const acronym =
      entry?.acronyms[0] ??
      roots.find((r) => r.acronym)?.acronym ??
      keys.find((k) => k.includes(":acr "))?.split(":acr ")[1] ??
      keys.find((k) => k.includes("|acr "))?.split("|acr ")[1];
    if (acronym) entity.acronym = acronym;
    if (entry) entity.authority = entry.iri;
    const level =
      entry?.level ??
      (majority(roots.map((r) => r.level).filter((l): l is Level => !!l)) as Level | undefined);
    if (level) entity.level = level;
    const identifier = roots.find((r) => r.identifier)?.identifier;
    if (identifier) entity.identifier = identifier;
    entities.push(entity);
    entityByRoot.set(root, entity);
  }
  // Old IRIs must not point at two entities: an IRI one entity owns is nobody's owl:sameAs.
  for (const entity of entities) entity.sameAs = entity.sameAs.filter((s) => s !== entity.iriSlug);
  const owned = new Set(entities.map((e) => e.iriSlug));
  for (const entity of entities) entity.sameAs = entity.sameAs.filter((s) => !owned.has(s));

  const entityOf = new Map<string, Entity>();
  for (const mention of allMentions) {
    const key = mentionKey.get(mention.id);
    if (!key) continue;
    const entity = entityByRoot.get(uf.find(key));
    if (entity) entityOf.set(mention.id, entity);
  }
  // Sub-units: "X of Y" links X to Y without merging them.
  for (const mention of allMentions) {
    if (!mention.parent) continue;
    const child = entityOf.get(mention.id);
    const parent = entityOf.get(mention.parent);
    if (child && parent && child !== parent && !child.parent) child.parent = parent.key;
  }
  entities.sort((a, b) => (a.iriSlug < b.iriSlug ? -1 : a.iriSlug > b.iriSlug ? 1 : 0));
  return { entities, entityOf, diagnostics };
}

/** IRI path (after the base) of an entity whose canonical key is this key. */
function slugOf(key: string): string {
  const prefix = key.slice(0, key.indexOf(":"));
  const type = TYPE_OF_PREFIX[prefix] ?? "Organization";
  return `${typeSegment(type)}/${slugFor(key.slice(key.indexOf(":") + 1))}`;
}

/** The IRI an entity with this single key would have. */
export function iriOfKey(key: string, base = DEFAULT_BASE): string {
  const prefix = key.slice(0, key.indexOf(":"));
  if (!TYPE_OF_PREFIX[prefix]) return key;
  return `${base}${slugOf(key)}`;
}

function majority<T extends string>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The most used full name; ties go to names that start with a capital, then the longer, then A-Z. */
function chooseLabel(names: string[], preferSingular = false): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  // An honor is named in the singular ("... Education Base"), though lists name it in the plural.
  const singularScore = (name: string) => {
    if (!preferSingular) return 0;
    const last = (name.split(/\s+/).pop() ?? "").toLowerCase();
    return singular(last) === last ? 1 : 0;
  };
  return [...counts.entries()].sort(
    (a, b) =>
      Number(/^[A-Z"]/.test(b[0])) - Number(/^[A-Z"]/.test(a[0])) ||
      singularScore(b[0]) - singularScore(a[0]) ||
      b[1] - a[1] ||
      b[0].length - a[0].length ||
      (a[0] < b[0] ? -1 : 1),
  )[0]?.[0] as string;
}
