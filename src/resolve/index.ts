// **resolve** links mentions into entities: one node per real institution, honor and programme
// across announcements. The steps, one module each:
//   1. candidates  each mention's key and the keys its name is also known by, linked with a reason
//                  (candidates.ts over key-table.ts; only equal keys ever meet: that is the blocking)
//   2. variants    honor and programme names that are translation variants, scored: linked above
//                  the merge line, suggested below it (variants.ts)
//   3. clustering  links replayed into a union-find, surer first, refusing what overrides forbid
//                  and what a never-merge rule tells apart (clustering.ts, never-merge.ts,
//                  override-keys.ts, union-find.ts)
//   4. entities    one entity per cluster with mentions: IRI, label, names, evidence (entities.ts)
//
// Keys (all strings, one namespace per type prefix):
//   name       "org:china association for science and technology"  a name's canonical key (global)
//   scoped     "org:<announcement>|education bureau"              a name that is unique only in its text
//   acronym    "org:acr BAST"                                       a bare acronym no text defines
//   local acr  "org:<announcement>|acr CAST"                        an acronym the text itself defines
//   alt        "org:guangming district education bureau"            another form of a name (links only)
//   authority  "auth:<authority entry IRI>"
// A mention's own key is its root mention's key (short forms and acronyms refer back to a root).
import type { Entity, Extraction } from "../types.ts";
import { type Authority, emptyAuthority } from "./authority.ts";
import { type CandidateLog, type CollectOptions, collectCandidates } from "./candidates.ts";
import { clusterKeys, type KeptApart } from "./clustering.ts";
import { buildEntities } from "./entities.ts";
import { cachedNameKey, createAuthorityLookup, createKeyTable, DEFAULT_BASE } from "./key-table.ts";
import { createOverrideKeys } from "./override-keys.ts";
import type { Override } from "./overrides.ts";
import { linkVariants, openSuggestions, type Suggestion } from "./variants.ts";

export type { Authority, AuthorityEntry } from "./authority.ts";
export { emptyAuthority, loadAuthority, parseAuthority } from "./authority.ts";
export type { CandidateLog, CollectOptions } from "./candidates.ts";
export type { KeptApart } from "./clustering.ts";
export { DEFAULT_BASE, iriOfKey } from "./key-table.ts";
export { alternativeKeys, nameKey } from "./keys.ts";
export type { Override, OverrideRef } from "./overrides.ts";
export { loadOverrides, parseOverrides } from "./overrides.ts";
export { slugFor } from "./slug.ts";
export type { Suggestion } from "./variants.ts";

export interface ResolveOptions {
  authority?: Authority;
  overrides?: Override[];
  /** Base IRI, used to read overrides written with entity IRIs. */
  base?: string;
  /** Replay texts' candidate logs from an earlier build, and record them (see candidates.ts). */
  candidates?: CollectOptions;
}

export interface ResolveResult {
  entities: Entity[];
  /** Mention id -> entity (canonical key). */
  entityOf: Map<string, Entity>;
  diagnostics: string[];
  /** Inferred links a never-merge rule refused (see never-merge.ts), for review. */
  keptApart: KeptApart[];
  /** Translation variants scored below the merge line, not merged (see variants.ts). */
  suggestions: Suggestion[];
  /** Each text's candidate log, by index, when options.candidates.record asked for them. */
  candidateLogs?: CandidateLog[];
}

export function resolveEntities(
  extractions: Extraction[],
  options: ResolveOptions = {},
): ResolveResult {
  const authority = options.authority ?? emptyAuthority();
  const diagnostics: string[] = [...authority.warnings];
  const keyOf = cachedNameKey();
  const lookup = createAuthorityLookup(authority, keyOf);
  const table = createKeyTable();
  const candidates = collectCandidates(
    extractions,
    table,
    lookup,
    keyOf,
    diagnostics,
    options.candidates,
  );
  const variants = linkVariants(table, candidates);
  const overrideKeys = createOverrideKeys(table, lookup, keyOf, options.base ?? DEFAULT_BASE);
  const clustering = clusterKeys(table, options.overrides ?? [], overrideKeys, diagnostics);
  const { entities, entityOf, entityByRoot } = buildEntities(candidates, clustering, lookup, keyOf);
  const suggestions = openSuggestions(variants, clustering, entityByRoot);
  return {
    entities,
    entityOf,
    diagnostics,
    keptApart: clustering.keptApart,
    suggestions,
    ...(candidates.logs ? { candidateLogs: candidates.logs } : {}),
  };
}
