// Which candidate keys an override's side means: an entity IRI (as this or an earlier build minted
// it, or an authority entry's IRI) or a surface name (any type, scoped keys included).
import type { EntityType } from "../types.ts";
import {
  type AuthorityLookup,
  iriOfKey,
  type KeyOf,
  type KeyTable,
  TYPE_PREFIX,
} from "./key-table.ts";
import type { OverrideRef } from "./overrides.ts";

export interface OverrideKeys {
  /** Keys an override side names, sorted. */
  keysFor(ref: OverrideRef): string[];
  /** The type prefix of a key ("org", "honor", ...); an authority key takes its entry's. */
  prefixOf(key: string): string;
}

const TYPES_BY_NAME: EntityType[] = [
  "Organization",
  "Honor",
  "Program",
  "Person",
  "Document",
  "Work",
  "Place",
  "Event",
];

export function createOverrideKeys(
  table: KeyTable,
  lookup: AuthorityLookup,
  keyOf: KeyOf,
  base: string,
): OverrideKeys {
  const { authority } = lookup;
  let iriIndex: Map<string, string[]> | undefined;
  /** IRI -> keys; built on first use, since most builds have no overrides. */
  const keysForIri = (iri: string): string[] => {
    if (!iriIndex) iriIndex = indexByIri(table, lookup, keyOf, base);
    return iriIndex.get(iri) ?? [];
  };
  const keysForLabel = (label: string): string[] => {
    const found = new Set<string>();
    for (const type of TYPES_BY_NAME) {
      const prefix = TYPE_PREFIX[type];
      const name = keyOf(type, label);
      const candidates = [`${prefix}:${name}`, `${prefix}:acr ${label.trim()}`];
      let direct = false;
      for (const candidate of candidates) {
        if (table.classOf.has(candidate)) {
          found.add(candidate);
          direct = true;
        }
        for (const key of table.scopedIndex.get(candidate) ?? []) {
          found.add(key);
          direct = true;
        }
      }
      // A name no announcement uses may still be an authority label ("Chinese Academy of Sciences"
      // for texts that only say CAS): it then means the authority's entity.
      const entry = direct
        ? undefined
        : (lookup.byName(type, name) ??
          (type === "Organization" ? lookup.organizationByAcronym(label.trim()) : undefined));
      if (entry && table.classOf.has(`auth:${entry.iri}`)) found.add(`auth:${entry.iri}`);
    }
    return [...found].sort();
  };
  return {
    keysFor: (ref) => ("iri" in ref ? keysForIri(ref.iri) : keysForLabel(ref.label)),
    prefixOf(key) {
      if (key.startsWith("auth:")) {
        const entry = authority.byIri.get(key.slice(5));
        return entry ? TYPE_PREFIX[entry.type] : "org";
      }
      return key.slice(0, key.indexOf(":"));
    },
  };
}

function indexByIri(
  table: KeyTable,
  lookup: AuthorityLookup,
  keyOf: KeyOf,
  base: string,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (iri: string, key: string) => {
    const list = index.get(iri) ?? [];
    if (!list.includes(key)) list.push(key);
    index.set(iri, list);
  };
  for (const [key, cls] of table.classOf) {
    if (cls === "auth") {
      const entry = lookup.authority.byIri.get(key.slice(5));
      add(key.slice(5), key);
      if (entry)
        add(
          iriOfKey(`${TYPE_PREFIX[entry.type]}:${keyOf(entry.type, entry.prefLabel)}`, base),
          key,
        );
    } else add(iriOfKey(key, base), key);
  }
  return index;
}

/** An override side as written: `<iri>` or `"label"`. */
export function describeRef(ref: OverrideRef): string {
  return "iri" in ref ? `<${ref.iri}>` : `"${ref.label}"`;
}
