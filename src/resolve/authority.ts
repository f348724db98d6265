// The authority file: well-known bodies with their preferred names, variants and acronyms
// (SKOS and ORG terms in Turtle). Users extend it without touching code.
import { readFile } from "node:fs/promises";
import { Parser, type Quad } from "n3";
import { LaurelError } from "../errors.ts";
import type { EntityType, Level } from "../types.ts";
import { nameKey } from "./keys.ts";

const SKOS = "http://www.w3.org/2004/02/skos/core#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const LAUREL = "https://w3id.org/laurel/ns#";

export interface AuthorityEntry {
  iri: string;
  type: EntityType;
  prefLabel: string;
  altLabels: string[];
  acronyms: string[];
  level?: Level;
}

export interface Authority {
  entries: AuthorityEntry[];
  /** name key -> entry */
  byKey: Map<string, AuthorityEntry>;
  /** acronym -> entry */
  byAcronym: Map<string, AuthorityEntry>;
}

export function emptyAuthority(): Authority {
  return { entries: [], byKey: new Map(), byAcronym: new Map() };
}

const TYPE_OF_CLASS: Record<string, EntityType> = {
  "http://www.w3.org/ns/org#Organization": "Organization",
  "http://www.w3.org/ns/org#FormalOrganization": "Organization",
  [`${LAUREL}Organization`]: "Organization",
  [`${LAUREL}IssuingBody`]: "Organization",
  [`${LAUREL}Honor`]: "Honor",
  [`${LAUREL}Program`]: "Program",
  [`${LAUREL}Place`]: "Place",
};

export function parseAuthority(turtle: string, file: string): Authority {
  let quads: Quad[];
  try {
    quads = new Parser({ baseIRI: "https://w3id.org/laurel/authority/" }).parse(turtle);
  } catch (error) {
    throw new LaurelError(
      "bad-authority",
      `${file}: ${(error as Error).message}; fix the Turtle syntax`,
      { cause: error },
    );
  }
  const bySubject = new Map<string, Quad[]>();
  for (const quad of quads) {
    const list = bySubject.get(quad.subject.value) ?? [];
    list.push(quad);
    bySubject.set(quad.subject.value, list);
  }
  const authority = emptyAuthority();
  for (const [iri, statements] of [...bySubject.entries()].sort((a, b) =>
    a[0].localeCompare(b[0]),
  )) {
    const values = (predicate: string) =>
      statements.filter((q) => q.predicate.value === predicate).map((q) => q.object.value);
    const prefLabel = values(`${SKOS}prefLabel`)[0];
    if (!prefLabel) continue;
    const type =
      values(RDF_TYPE)
        .map((c) => TYPE_OF_CLASS[c])
        .find(Boolean) ?? "Organization";
    const level = values(`${LAUREL}level`)[0]?.replace(LAUREL, "") as Level | undefined;
    const entry: AuthorityEntry = {
      iri,
      type,
      prefLabel,
      altLabels: values(`${SKOS}altLabel`).sort(),
      acronyms: values(`${SKOS}notation`).sort(),
      ...(level ? { level } : {}),
    };
    authority.entries.push(entry);
    for (const label of [prefLabel, ...entry.altLabels]) {
      const key = nameKey(type, label);
      if (!authority.byKey.has(key)) authority.byKey.set(key, entry);
    }
    for (const acronym of entry.acronyms) authority.byAcronym.set(acronym, entry);
  }
  return authority;
}

export async function loadAuthority(path: string): Promise<Authority> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyAuthority();
    throw new LaurelError("unreadable-authority", `cannot read authority file ${path}`, {
      cause: error,
    });
  }
  return parseAuthority(text, path);
}
