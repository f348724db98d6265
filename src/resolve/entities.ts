// Entities from clusters: every cluster that holds mentions becomes one entity with a canonical key
// (its IRI), a label, its other names, older IRIs as owl:sameAs and the evidence of its merges.
import type { Entity, EntityType, Level, Mention } from "../types.ts";
import type { AuthorityEntry } from "./authority.ts";
import type { Candidates } from "./candidates.ts";
import type { Clustering } from "./clustering.ts";
import {
  type AuthorityLookup,
  CANONICAL_RANK,
  type KeyClass,
  type KeyOf,
  slugOf,
  TYPE_PREFIX,
} from "./key-table.ts";
import { chooseLabel, majority } from "./labels.ts";

export interface EntitiesResult {
  entities: Entity[];
  entityOf: Map<string, Entity>;
  /** Cluster root -> its entity. */
  entityByRoot: Map<string, Entity>;
}

/** What every cluster's entity is built from. */
interface Build {
  candidates: Candidates;
  clustering: Clustering;
  lookup: AuthorityLookup;
  keyOf: KeyOf;
  /** IRI slugs already given to an entity, in cluster order. */
  usedIris: Set<string>;
  /** Surface -> the surface with single spaces (see spacedSurface). */
  spacedSurfaces: Map<string, string>;
}

export function buildEntities(
  candidates: Candidates,
  clustering: Clustering,
  lookup: AuthorityLookup,
  keyOf: KeyOf,
): EntitiesResult {
  const { uf } = clustering;
  const rootOfKey = new Map<string, string>();
  for (const key of candidates.table.classOf.keys()) rootOfKey.set(key, uf.find(key));
  const clusters = groupBy(rootOfKey.keys(), (key) => rootOfKey.get(key));
  const mentionsByCluster = groupMentions(candidates, (key) => rootOfKey.get(key) ?? uf.find(key));
  const evidence = mergeEvidence(candidates, clustering);
  const build: Build = {
    candidates,
    clustering,
    lookup,
    keyOf,
    usedIris: new Set(),
    spacedSurfaces: new Map(),
  };
  const entities: Entity[] = [];
  const entityByRoot = new Map<string, Entity>();
  for (const [root, keys] of [...clusters.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const members = mentionsByCluster.get(root);
    if (!members || members.mentions.length === 0) continue;
    const entity = entityOfCluster(build, root, keys.sort(), members, evidence.get(root));
    entities.push(entity);
    entityByRoot.set(root, entity);
  }
  dropOwnedSameAs(entities);
  const entityOf = entityOfMentions(candidates, (key) => entityByRoot.get(uf.find(key)));
  linkSubUnits(candidates.allMentions, entityOf);
  entities.sort((a, b) => (a.iriSlug < b.iriSlug ? -1 : a.iriSlug > b.iriSlug ? 1 : 0));
  return { entities, entityOf, entityByRoot };
}

/** A cluster's mentions in corpus order, each with the root mention it stands for. */
interface Members {
  mentions: Mention[];
  roots: Mention[];
}

function groupMentions(
  candidates: Candidates,
  rootOf: (key: string) => string,
): Map<string, Members> {
  const { allMentions, mentionKeys, mentionRoots } = candidates;
  const groups = new Map<string, Members>();
  for (let i = 0; i < allMentions.length; i++) {
    const root = rootOf(mentionKeys[i] as string);
    let members = groups.get(root);
    if (!members) {
      members = { mentions: [], roots: [] };
      groups.set(root, members);
    }
    members.mentions.push(allMentions[i] as Mention);
    members.roots.push(mentionRoots[i] as Mention);
  }
  return groups;
}

/** Mention id -> its entity; the entity is looked up once per key, not once per mention. */
function entityOfMentions(
  candidates: Candidates,
  entityOfKey: (key: string) => Entity | undefined,
): Map<string, Entity> {
  const byKey = new Map<string, Entity | undefined>();
  const entityOf = new Map<string, Entity>();
  const { allMentions, mentionKeys } = candidates;
  for (let i = 0; i < allMentions.length; i++) {
    const key = mentionKeys[i] as string;
    let entity = byKey.get(key);
    if (entity === undefined && !byKey.has(key)) {
      entity = entityOfKey(key);
      byKey.set(key, entity);
    }
    if (entity) entityOf.set((allMentions[i] as Mention).id, entity);
  }
  return entityOf;
}

function groupBy<T>(
  items: Iterable<T>,
  groupOf: (item: T) => string | undefined,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groupOf(item);
    if (group === undefined) continue;
    const list = groups.get(group) ?? [];
    list.push(item);
    groups.set(group, list);
  }
  return groups;
}

/** Cluster root -> why its mentions were merged: the texts' coreference and the links made. */
function mergeEvidence(candidates: Candidates, clustering: Clustering): Map<string, Set<string>> {
  const { uf, accepted } = clustering;
  const mentionKeysByCluster = new Map<string, Set<string>>();
  for (const key of new Set(candidates.mentionKeys)) {
    const root = uf.find(key);
    const set = mentionKeysByCluster.get(root) ?? new Set();
    set.add(key);
    mentionKeysByCluster.set(root, set);
  }
  const evidence = new Map<string, Set<string>>();
  const add = (root: string, why: string) => {
    const set = evidence.get(root) ?? new Set();
    set.add(why);
    evidence.set(root, set);
  };
  for (const { key, why } of candidates.coreference.values()) add(uf.find(key), why);
  for (const { key, why } of accepted) {
    const root = uf.find(key);
    // A link to a variant or to the authority alone merges nothing worth a look.
    if ((mentionKeysByCluster.get(root)?.size ?? 0) > 1) add(root, why);
  }
  return evidence;
}

function entityOfCluster(
  build: Build,
  root: string,
  keys: string[],
  { mentions, roots }: Members,
  evidence: Set<string> | undefined,
): Entity {
  const { lookup } = build;
  const entries = keys
    .filter((k) => k.startsWith("auth:"))
    .map((k) => lookup.authority.byIri.get(k.slice(5)))
    .filter((e): e is AuthorityEntry => !!e);
  const entry = entries[0];
  const type = majority(roots.map((r) => r.kind)) as EntityType;
  const names = nameKeysOf(build, root, keys, entries, type);
  const canonical =
    names.find((k) => !build.usedIris.has(slugOf(k))) ?? `${TYPE_PREFIX[type]}:${root}`;
  const iriSlug = slugOf(canonical);
  build.usedIris.add(iriSlug);
  const label =
    entry?.prefLabel ??
    chooseLabel(
      roots.map((r) => r.name),
      type === "Honor",
    );
  const entity: Entity = {
    key: canonical,
    iriSlug,
    type,
    label,
    altLabels: otherNames(build, mentions, entry, label),
    mentions: mentions.map((m) => m.id).sort(),
    announcements: [...new Set(mentions.map((m) => m.announcementId))].sort(),
    mergeEvidence: [...(evidence ?? [])].sort(),
    sameAs: olderIris(build, names, canonical),
  };
  const acronym =
    entry?.acronyms[0] ??
    roots.find((r) => r.acronym)?.acronym ??
    keys.find((k) => k.includes(":acr "))?.split(":acr ")[1] ??
    keys.find((k) => k.includes("|acr "))?.split("|acr ")[1];
  if (acronym) entity.acronym = acronym;
  if (entry) {
    entity.authority = entry.iri;
    if (entry.localLabels.length > 0) entity.localLabels = entry.localLabels;
    if (entry.links.length > 0) entity.links = entry.links;
    if (entry.schemes.length > 0) entity.schemes = entry.schemes;
    if (entry.broader.length > 0) entity.broader = entry.broader;
  }
  const level =
    entry?.level ??
    (majority(roots.map((r) => r.level).filter((l): l is Level => !!l)) as Level | undefined);
  if (level) entity.level = level;
  const identifier = roots.find((r) => r.identifier)?.identifier;
  if (identifier) entity.identifier = identifier;
  return entity;
}

/**
 * Keys an entity of this cluster may be known by, best first: its authority entries' names (unless
 * another cluster owns them), then its own keys by class and A-Z.
 */
function nameKeysOf(
  build: Build,
  root: string,
  keys: string[],
  entries: AuthorityEntry[],
  type: EntityType,
): string[] {
  const { classOf } = build.candidates.table;
  const rank = (key: string) => CANONICAL_RANK[classOf.get(key) as KeyClass];
  const ownKeys = keys
    .filter((k) => rank(k) < 9)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const claimable = (key: string) => !classOf.has(key) || build.clustering.uf.find(key) === root;
  const authorityKeys = entries
    .map((e) => `${TYPE_PREFIX[type]}:${build.keyOf(type, e.prefLabel)}`)
    .filter((k) => claimable(k));
  return [...authorityKeys, ...ownKeys];
}

/** Every surface and full name of the mentions, and the authority's variants, but the label. */
function otherNames(
  build: Build,
  mentions: Mention[],
  entry: AuthorityEntry | undefined,
  label: string,
): string[] {
  const surfaces = new Set<string>();
  for (const m of mentions) {
    // "the museum", "This award" referring back is a pointer, not another name of the body.
    const shortForm =
      m.antecedent !== undefined && !/\p{Lu}/u.test(m.surface.replace(/^(?:the|this)\s+/i, ""));
    if (!shortForm) surfaces.add(spacedSurface(build, m.surface));
    surfaces.add(m.name);
  }
  const local = new Set(entry?.localLabels.map((l) => l.value));
  for (const alt of entry?.altLabels ?? []) if (!local.has(alt)) surfaces.add(alt);
  surfaces.delete(label);
  return [...surfaces].filter(Boolean).sort();
}

/** A surface with its runs of white space made single spaces; surfaces repeat across texts. */
function spacedSurface(build: Build, surface: string): string {
  let spaced = build.spacedSurfaces.get(surface);
  if (spaced === undefined) {
    spaced = surface.replace(/\s+/g, " ").trim();
    build.spacedSurfaces.set(surface, spaced);
  }
  return spaced;
}

/** IRIs the entity's other keys would have had, unless an earlier entity already owns them. */
function olderIris(build: Build, names: string[], canonical: string): string[] {
  const sameAs = new Set<string>();
  for (const key of names) {
    if (key === canonical || build.candidates.table.classOf.get(key) === "local-acr") continue;
    const slug = slugOf(key);
    if (!build.usedIris.has(slug)) sameAs.add(slug);
  }
  return [...sameAs].sort();
}

/** Old IRIs must not point at two entities: an IRI one entity owns is nobody's owl:sameAs. */
function dropOwnedSameAs(entities: Entity[]): void {
  for (const entity of entities) entity.sameAs = entity.sameAs.filter((s) => s !== entity.iriSlug);
  const owned = new Set(entities.map((e) => e.iriSlug));
  for (const entity of entities) entity.sameAs = entity.sameAs.filter((s) => !owned.has(s));
}

/** Sub-units: "X of Y" links X to Y without merging them. */
function linkSubUnits(mentions: Mention[], entityOf: Map<string, Entity>): void {
  for (const mention of mentions) {
    if (!mention.parent) continue;
    const child = entityOf.get(mention.id);
    const parent = entityOf.get(mention.parent);
    if (child && parent && child !== parent && !child.parent) child.parent = parent.key;
  }
}
