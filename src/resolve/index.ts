// **resolve** links mentions into entities: one node per real institution, honor and programme
// across announcements. Candidate links come only from shared keys (blocking), so linking is near
// linear in the number of mentions; overrides and the authority file join or split what keys cannot.
import type { Entity, EntityType, Extraction, Level, Mention } from "../types.ts";
import { type Authority, emptyAuthority } from "./authority.ts";
import { isGenericKey, nameKey, typeSegment } from "./keys.ts";
import type { Override, OverrideRef } from "./overrides.ts";
import { slugFor } from "./slug.ts";

export { loadAuthority, parseAuthority } from "./authority.ts";
export { nameKey } from "./keys.ts";
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

class UnionFind {
  private readonly parent = new Map<string, string>();

  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
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
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  keys(): string[] {
    return [...this.parent.keys()];
  }
}

function groupOf(kind: Mention["kind"]): EntityType {
  return kind;
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

const ACRONYM = /^[A-Z]{2,10}$/;

/** Keys a mention contributes; the first is its own name key. */
function keysOf(mention: Mention, type: EntityType, authority: Authority): string[] {
  const prefix = TYPE_PREFIX[type];
  const keys: string[] = [];
  const surface = mention.surface.replace(/^the\s+/i, "").trim();
  const isAcronym = ACRONYM.test(surface) && type === "Organization";
  const key = nameKey(type, mention.name);
  if (!isAcronym) {
    let scoped = key;
    if (
      type === "Event" ||
      (type === "Organization" && isGenericKey(key)) ||
      (type === "Document" && !/[A-Z]/.test(mention.name.charAt(0)) && !mention.identifier)
    ) {
      scoped = `${mention.announcementId} ${key}`;
    }
    if (type === "Person") scoped = key;
    if (type === "Document" && mention.identifier)
      scoped = `no ${nameKey("Document", mention.identifier)}`;
    keys.push(`${prefix}:${scoped}`);
  }
  const acronyms = [mention.acronym, isAcronym ? surface : undefined].filter(
    (a): a is string => !!a,
  );
  for (const acronym of acronyms) keys.push(`${prefix}:acr ${acronym}`);
  if (type === "Organization" || type === "Honor" || type === "Program") {
    const entry =
      authority.byKey.get(key) ?? acronyms.map((a) => authority.byAcronym.get(a)).find(Boolean);
    if (
      entry &&
      (entry.type === type || (entry.type === "Organization" && type === "Organization"))
    )
      keys.push(`auth:${entry.iri}`);
  }
  return keys;
}

export function resolveEntities(
  extractions: Extraction[],
  options: ResolveOptions = {},
): ResolveResult {
  const authority = options.authority ?? emptyAuthority();
  const overrides = options.overrides ?? [];
  const uf = new UnionFind();
  const reasons = new Map<string, string[]>();
  const diagnostics: string[] = [];
  const mentionKeys = new Map<string, string>();
  const rootMention = new Map<string, Mention>();
  const allMentions: Mention[] = [];
  const typeOfKey = new Map<string, EntityType>();

  for (const extraction of extractions) {
    const byId = new Map(extraction.mentions.map((m) => [m.id, m]));
    for (const mention of extraction.mentions) {
      const root = rootOf(mention, byId);
      const type = groupOf(root.kind);
      rootMention.set(mention.id, root);
      allMentions.push(mention);
      const keys = [
        ...keysOf(mention, type, authority),
        ...(root === mention ? [] : keysOf(root, type, authority)),
      ];
      // A short form ("the Hospital") carries its antecedent's keys only.
      const own = root === mention ? keys : keysOf(root, type, authority);
      const first = own[0] ?? keys[0];
      if (!first) continue;
      mentionKeys.set(mention.id, first);
      for (const key of keys) {
        uf.add(key);
        typeOfKey.set(key, type);
      }
      for (const key of keys.slice(1)) {
        if (uf.find(key) !== uf.find(first)) {
          const why = key.startsWith("auth:")
            ? `authority ${key.slice(5)} matches "${mention.surface}" (${mention.announcementId})`
            : key.includes(":acr ")
              ? `acronym ${key.split(":acr ")[1]} = "${root.name}" (${mention.announcementId})`
              : `"${mention.surface}" refers to "${root.name}" (${mention.announcementId})`;
          joinChecked(uf, first, key, why, reasons, [], diagnostics);
        }
      }
    }
  }

  // Overrides: differentFrom first (constraints), then sameAs.
  const keysForRef = (ref: OverrideRef): string[] => {
    if ("iri" in ref) {
      const found = uf
        .keys()
        .filter((k) => iriOfKey(k, options.base) === ref.iri || k === `auth:${ref.iri}`);
      return found;
    }
    const found: string[] = [];
    for (const type of [
      "Organization",
      "Honor",
      "Program",
      "Person",
      "Document",
      "Place",
    ] as EntityType[]) {
      const key = `${TYPE_PREFIX[type]}:${nameKey(type, ref.label)}`;
      if (typeOfKey.has(key)) found.push(key);
      const acr = `${TYPE_PREFIX[type]}:acr ${ref.label}`;
      if (typeOfKey.has(acr)) found.push(acr);
      // Scoped generic names: match in any announcement.
      for (const k of typeOfKey.keys())
        if (
          k.startsWith(`${TYPE_PREFIX[type]}:`) &&
          k.endsWith(` ${nameKey(type, ref.label)}`) &&
          /^\w+:\S+_\S+ /.test(k)
        )
          found.push(k);
    }
    return found;
  };
  const constraints: Array<[string, string]> = [];
  for (const override of overrides.filter((o) => o.kind === "different")) {
    for (const a of keysForRef(override.a))
      for (const b of keysForRef(override.b)) constraints.push([a, b]);
  }
  // Splits: rebuild the union-find without links that break a constraint.
  if (constraints.length > 0) {
    splitConstrained(uf, constraints, reasons, diagnostics);
  }
  for (const override of overrides.filter((o) => o.kind === "same")) {
    const as = keysForRef(override.a);
    const bs = keysForRef(override.b);
    if (as.length === 0 || bs.length === 0) {
      diagnostics.push(
        `override owl:sameAs ${JSON.stringify(override.a)} ${JSON.stringify(override.b)} matches no entity`,
      );
      continue;
    }
    for (const a of as)
      for (const b of bs)
        joinChecked(
          uf,
          a,
          b,
          "override owl:sameAs in overrides file",
          reasons,
          constraints,
          diagnostics,
        );
  }

  // Build entities from clusters.
  const clusters = new Map<string, string[]>();
  for (const key of uf.keys()) {
    const root = uf.find(key);
    const list = clusters.get(root) ?? [];
    list.push(key);
    clusters.set(root, list);
  }
  const mentionsByCluster = new Map<string, Mention[]>();
  for (const mention of allMentions) {
    const key = mentionKeys.get(mention.id);
    if (!key) continue;
    const root = uf.find(key);
    const list = mentionsByCluster.get(root) ?? [];
    list.push(mention);
    mentionsByCluster.set(root, list);
  }
  const entities: Entity[] = [];
  const entityByRoot = new Map<string, Entity>();
  for (const [root, keys] of [...clusters.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const mentions = mentionsByCluster.get(root) ?? [];
    if (mentions.length === 0) continue;
    keys.sort();
    const authorityKey = keys.find((k) => k.startsWith("auth:"));
    const entry = authorityKey
      ? authority.entries.find((e) => `auth:${e.iri}` === authorityKey)
      : undefined;
    const roots = mentions.map((m) => rootMention.get(m.id) as Mention);
    const type = majority(roots.map((r) => groupOf(r.kind))) as EntityType;
    const nameKeys = keys.filter((k) => !k.startsWith("auth:") && !k.includes(":acr "));
    let canonical: string;
    if (entry) canonical = `${TYPE_PREFIX[type]}:${nameKey(type, entry.prefLabel)}`;
    else canonical = nameKeys[0] ?? (keys[0] as string);
    const label = entry?.prefLabel ?? chooseLabel(roots.map((r) => r.name));
    const surfaces = new Set<string>();
    for (const m of mentions) {
      surfaces.add(m.surface.replace(/\s+/g, " ").trim());
      surfaces.add(m.name);
    }
    for (const alt of entry?.altLabels ?? []) surfaces.add(alt);
    surfaces.delete(label);
    const entity: Entity = {
      key: canonical,
      iriSlug: `${typeSegment(type)}/${slugFor(canonical.slice(canonical.indexOf(":") + 1))}`,
      type,
      label,
      altLabels: [...surfaces].filter(Boolean).sort(),
      mentions: mentions.map((m) => m.id).sort(),
      announcements: [...new Set(mentions.map((m) => m.announcementId))].sort(),
      mergeEvidence: [...new Set(keys.flatMap((k) => reasons.get(k) ?? []))].sort(),
      sameAs: [
        ...new Set(
          [...nameKeys, ...(entry ? [] : [])]
            .filter((k) => k !== canonical)
            .map((k) => `${typeSegment(type)}/${slugFor(k.slice(k.indexOf(":") + 1))}`),
        ),
      ].sort(),
    };
    const acronym =
      entry?.acronyms[0] ??
      roots.find((r) => r.acronym)?.acronym ??
      keys.find((k) => k.includes(":acr "))?.split(":acr ")[1];
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
  const entityOf = new Map<string, Entity>();
  for (const mention of allMentions) {
    const key = mentionKeys.get(mention.id);
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

function joinChecked(
  uf: UnionFind,
  a: string,
  b: string,
  why: string,
  reasons: Map<string, string[]>,
  constraints: Array<[string, string]>,
  diagnostics: string[],
): void {
  const ra = uf.find(a);
  const rb = uf.find(b);
  if (ra === rb) return;
  for (const [x, y] of constraints) {
    const rx = uf.find(x);
    const ry = uf.find(y);
    if ((rx === ra && ry === rb) || (rx === rb && ry === ra)) {
      diagnostics.push(`not merged (${why}): overrides say ${x} owl:differentFrom ${y}`);
      return;
    }
  }
  uf.union(a, b);
  for (const key of [a, b]) {
    const list = reasons.get(key) ?? [];
    list.push(why);
    reasons.set(key, list);
  }
}

/** Re-joins every recorded link except those that would put both sides of a differentFrom together. */
function splitConstrained(
  uf: UnionFind,
  constraints: Array<[string, string]>,
  reasons: Map<string, string[]>,
  diagnostics: string[],
): void {
  const members = new Map<string, string[]>();
  for (const key of uf.keys()) {
    const root = uf.find(key);
    const list = members.get(root) ?? [];
    list.push(key);
    members.set(root, list);
  }
  const fresh = new UnionFind();
  for (const key of uf.keys()) fresh.add(key);
  for (const keys of members.values()) {
    keys.sort();
    const [first, ...rest] = keys;
    if (first === undefined) continue;
    for (const key of rest) {
      // Join to the first compatible member.
      const target = keys.find(
        (k) =>
          k !== key && fresh.find(k) !== fresh.find(key) && !violates(fresh, k, key, constraints),
      );
      if (target) fresh.union(target, key);
      else diagnostics.push(`split ${key} from ${first} as the overrides ask`);
    }
  }
  // Copy the result back.
  for (const key of uf.keys())
    (uf as unknown as { parent: Map<string, string> }).parent.set(key, fresh.find(key));
  void reasons;
}

function violates(
  uf: UnionFind,
  a: string,
  b: string,
  constraints: Array<[string, string]>,
): boolean {
  const ra = uf.find(a);
  const rb = uf.find(b);
  return constraints.some(([x, y]) => {
    const rx = uf.find(x);
    const ry = uf.find(y);
    return (
      (rx === ra && ry === rb) ||
      (rx === rb && ry === ra) ||
      (x === a && y === b) ||
      (x === b && y === a)
    );
  });
}

/** The IRI an entity with this single key would have. */
export function iriOfKey(key: string, base = DEFAULT_BASE): string {
  const prefix = key.slice(0, key.indexOf(":"));
  const segment = Object.entries(TYPE_PREFIX).find(([, p]) => p === prefix)?.[0] as
    | EntityType
    | undefined;
  if (!segment) return key;
  return `${base}${typeSegment(segment)}/${slugFor(key.slice(key.indexOf(":") + 1))}`;
}

export const DEFAULT_BASE = "https://w3id.org/laurel/id/";

function majority<T extends string>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The most used full name; ties go to names that start with a capital, then the longer, then A-Z. */
function chooseLabel(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) =>
      Number(/^[A-Z"]/.test(b[0])) - Number(/^[A-Z"]/.test(a[0])) ||
      b[1] - a[1] ||
      b[0].length - a[0].length ||
      (a[0] < b[0] ? -1 : 1),
  )[0]?.[0] as string;
}
