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
const OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
const LEVELS = new Set<Level>(["national", "provincial", "municipal", "district"]);

export interface AuthorityEntry {
  iri: string;
  type: EntityType;
  prefLabel: string;
  altLabels: string[];
  acronyms: string[];
  level?: Level;
  /** Preferred labels in other languages: the official Chinese name, tagged "zh". */
  localLabels: LocalLabel[];
  /** Where the same thing is described elsewhere (owl:sameAs), e.g. its Wikidata item. */
  links: string[];
  /** The rating scheme a tier belongs to (skos:inScheme), and the wider title (skos:broader). */
  schemes: string[];
  broader: string[];
}

export interface LocalLabel {
  value: string;
  language: string;
}

export interface Authority {
  entries: AuthorityEntry[];
  /** Entry IRI -> entry. */
  byIri: Map<string, AuthorityEntry>;
  /** `${type}|${name key}` (see authorityKey) -> entry; names two entries share are left out. */
  byKey: Map<string, AuthorityEntry>;
  /** Acronym -> entry; acronyms two entries share are left out. */
  byAcronym: Map<string, AuthorityEntry>;
  /** Problems found in the file (shared names and acronyms), reported by the build. */
  warnings: string[];
}

export function emptyAuthority(): Authority {
  return { entries: [], byIri: new Map(), byKey: new Map(), byAcronym: new Map(), warnings: [] };
}

/** The lookup key of a name of a given type in `Authority.byKey`. */
export function authorityKey(type: EntityType, name: string): string {
  const t = type === "IssuingBody" ? "Organization" : type;
  return `${t}|${nameKey(t, name)}`;
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

/** The IRIs among some objects, once each, in order. */
function iris(objects: Quad["object"][]): string[] {
  return [...new Set(objects.filter((o) => o.termType === "NamedNode").map((o) => o.value))].sort();
}

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
    if (quad.subject.termType !== "NamedNode") continue;
    const list = bySubject.get(quad.subject.value) ?? [];
    list.push(quad);
    bySubject.set(quad.subject.value, list);
  }
  const authority = emptyAuthority();
  const keyOwners = new Map<string, Set<AuthorityEntry>>();
  const acronymOwners = new Map<string, Set<AuthorityEntry>>();
  for (const [iri, statements] of [...bySubject.entries()].sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
  )) {
    const objects = (predicate: string) =>
      statements.filter((q) => q.predicate.value === predicate).map((q) => q.object);
    // The English (or untagged) preferred label names the entry; other languages are variants.
    const prefs = objects(`${SKOS}prefLabel`)
      .filter((o) => o.termType === "Literal")
      .sort((a, b) => rankLanguage(a) - rankLanguage(b) || (a.value < b.value ? -1 : 1));
    const prefLabel = prefs[0]?.value.trim();
    if (!prefLabel) continue;
    // Schemes and their top concepts describe entries; they are not names to link mentions to.
    if (
      objects(RDF_TYPE).some(
        (c) => c.value === `${SKOS}ConceptScheme` || c.value === `${SKOS}Concept`,
      )
    )
      continue;
    const type =
      objects(RDF_TYPE)
        .map((c) => TYPE_OF_CLASS[c.value])
        .find(Boolean) ?? "Organization";
    const levelValue = objects(`${LAUREL}level`)[0]?.value.replace(LAUREL, "") as Level | undefined;
    if (levelValue && !LEVELS.has(levelValue))
      authority.warnings.push(
        `${file}: <${iri}> has laurel:level ${levelValue}; use laurel:national, laurel:provincial, laurel:municipal or laurel:district`,
      );
    const altLabels = [
      ...new Set(
        [...prefs.slice(1), ...objects(`${SKOS}altLabel`)]
          .map((o) => o.value.trim())
          .filter((v) => v && v !== prefLabel),
      ),
    ].sort();
    // The other languages' preferred labels stay names to match, and are labels of their own.
    const localLabels = prefs
      .slice(1)
      .filter((o) => o.termType === "Literal" && o.language && !o.language.startsWith("en"))
      .map((o) => ({ value: o.value.trim(), language: (o as { language: string }).language }))
      .sort((a, b) => (a.language + a.value < b.language + b.value ? -1 : 1));
    const links = [
      ...new Set(
        objects(OWL_SAME_AS)
          .filter((o) => o.termType === "NamedNode")
          .map((o) => o.value),
      ),
    ].sort();
    const entry: AuthorityEntry = {
      iri,
      type,
      prefLabel,
      altLabels,
      acronyms: [...new Set(objects(`${SKOS}notation`).map((o) => o.value.trim()))]
        .filter(Boolean)
        .sort(),
      ...(levelValue && LEVELS.has(levelValue) ? { level: levelValue } : {}),
      localLabels,
      links,
      schemes: iris(objects(`${SKOS}inScheme`)),
      broader: iris(objects(`${SKOS}broader`)),
    };
    authority.entries.push(entry);
    authority.byIri.set(iri, entry);
    for (const label of [prefLabel, ...altLabels]) {
      const key = authorityKey(type, label);
      if (key.endsWith("|")) continue;
      const owners = keyOwners.get(key) ?? new Set();
      owners.add(entry);
      keyOwners.set(key, owners);
    }
    for (const acronym of entry.acronyms) {
      const owners = acronymOwners.get(acronym) ?? new Set();
      owners.add(entry);
      acronymOwners.set(acronym, owners);
    }
  }
  for (const [key, owners] of keyOwners) {
    if (owners.size === 1) authority.byKey.set(key, [...owners][0] as AuthorityEntry);
    else
      authority.warnings.push(
        `${file}: the name "${key.slice(key.indexOf("|") + 1)}" belongs to ${[...owners].map((e) => `<${e.iri}>`).join(" and ")}; it links to neither`,
      );
  }
  for (const [acronym, owners] of acronymOwners) {
    if (owners.size === 1) authority.byAcronym.set(acronym, [...owners][0] as AuthorityEntry);
    else
      authority.warnings.push(
        `${file}: the acronym ${acronym} belongs to ${[...owners].map((e) => `<${e.iri}>`).join(" and ")}; it links to neither`,
      );
  }
  return authority;
}

function rankLanguage(term: Quad["object"]): number {
  const language = term.termType === "Literal" ? term.language.toLowerCase() : "";
  if (language === "" || language === "en") return 0;
  if (language.startsWith("en-")) return 1;
  return 2;
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
