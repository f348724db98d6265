// The ontology and the shapes against the code and the seed build: both files parse, every laurel
// term the build writes is declared with the right kind, domain and range, every declared term is
// documented, and ontology/laurel.ttl mirrors the LAUREL namespace of src/map/vocab.ts.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type NamedNode, Parser, type Quad, Store, type Term } from "n3";
import { beforeAll, describe, expect, test } from "vitest";
import { LAUREL, NS } from "../src/map/vocab.ts";
import { buildGraph, CollectingSink } from "../src/pipeline/index.ts";

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const RDF_TYPE = `${NS.rdf}type`;
const RDF_FIRST = `${NS.rdf}first`;
const RDF_REST = `${NS.rdf}rest`;
const OWL = (name: string) => `${NS.owl}${name}`;
const RDFS = (name: string) => `${NS.rdfs}${name}`;
const PROPERTY_KINDS = [OWL("ObjectProperty"), OWL("DatatypeProperty"), OWL("AnnotationProperty")];

function parseTurtle(path: string): Quad[] {
  return new Parser({ format: "text/turtle" }).parse(readFileSync(root(path), "utf8"));
}

function isLaurel(term: Term): term is NamedNode {
  return term.termType === "NamedNode" && term.value.startsWith(NS.laurel);
}

let ontology: Store;
let seed: Quad[];

/** Every laurel term the ontology declares (a subject with an rdf:type). */
function declared(): Set<string> {
  return new Set(
    ontology
      .getSubjects(RDF_TYPE, null, null)
      .filter(isLaurel)
      .map((s) => s.value),
  );
}

function typesIn(store: Store, iri: string): string[] {
  return store.getObjects(iri, RDF_TYPE, null).map((t) => t.value);
}

/** rdfs:range / rdfs:domain as a set of class or datatype IRIs (owl:unionOf lists expanded). */
function classesOf(property: string, which: "domain" | "range"): string[] | undefined {
  const value = ontology.getObjects(property, RDFS(which), null)[0];
  if (!value) return undefined;
  if (value.termType === "NamedNode") return [value.value];
  const members: string[] = [];
  let list = ontology.getObjects(value, OWL("unionOf"), null)[0];
  while (list && list.value !== `${NS.rdf}nil`) {
    const first = ontology.getObjects(list, RDF_FIRST, null)[0];
    if (first) members.push(first.value);
    list = ontology.getObjects(list, RDF_REST, null)[0];
  }
  return members;
}

/** A class with all its superclasses in the ontology. */
function superclasses(cls: string): Set<string> {
  const result = new Set([cls]);
  const queue = [cls];
  for (let c = queue.pop(); c; c = queue.pop()) {
    for (const parent of ontology.getObjects(c, RDFS("subClassOf"), null)) {
      if (parent.termType === "NamedNode" && !result.has(parent.value)) {
        result.add(parent.value);
        queue.push(parent.value);
      }
    }
  }
  return result;
}

beforeAll(async () => {
  ontology = new Store(parseTurtle("ontology/laurel.ttl"));
  const sink = new CollectingSink();
  const built = await buildGraph(
    {
      paths: [root("data/announcements")],
      ...(existsSync(root("data/authority.ttl"))
        ? { authorityPath: root("data/authority.ttl") }
        : {}),
      validateMaxQuads: 0,
    },
    sink,
  );
  seed = new Parser({ format: "N-Quads" }).parse(built.nquads);
});

describe("ontology files", () => {
  test("given ontology/laurel.ttl and ontology/shapes.ttl, when parsed as Turtle, then both yield triples", () => {
    expect(parseTurtle("ontology/laurel.ttl").length).toBeGreaterThan(300);
    expect(parseTurtle("ontology/shapes.ttl").length).toBeGreaterThan(200);
  });

  test("given the ontology, when its header is read, then it has a title, description and version", () => {
    const header = "https://w3id.org/laurel/ns";
    expect(typesIn(ontology, header)).toContain(OWL("Ontology"));
    for (const property of [`${NS.dcterms}title`, `${NS.dcterms}description`, OWL("versionInfo")])
      expect(ontology.getObjects(header, property, null), property).toHaveLength(1);
  });

  test("given every declared laurel term, when its annotations are read, then it has one rdfs:label and one rdfs:comment", () => {
    const undocumented = [...declared()].filter(
      (term) =>
        ontology.getObjects(term, RDFS("label"), null).length !== 1 ||
        ontology.getObjects(term, RDFS("comment"), null).length !== 1,
    );
    expect(undocumented).toEqual([]);
  });

  test("given vocab.ts, when compared with the ontology, then both hold exactly the same laurel terms", () => {
    const inCode = new Set(Object.values(LAUREL));
    const inOntology = declared();
    expect(
      [...inCode].filter((t) => !inOntology.has(t)),
      "missing from the ontology",
    ).toEqual([]);
    expect(
      [...inOntology].filter((t) => !inCode.has(t)),
      "missing from vocab.ts",
    ).toEqual([]);
  });

  test("given the statuses and levels, when read, then they are SKOS concepts in their schemes", () => {
    for (const [scheme, members] of [
      [LAUREL.ConferralStatus, [LAUREL.proposed, LAUREL.conferred, LAUREL.renewed, LAUREL.revoked]],
      [LAUREL.Level, [LAUREL.national, LAUREL.provincial, LAUREL.municipal, LAUREL.district]],
    ] as const) {
      expect(typesIn(ontology, scheme)).toContain(`${NS.skos}ConceptScheme`);
      for (const member of members) {
        expect(typesIn(ontology, member)).toEqual(
          expect.arrayContaining([scheme, `${NS.skos}Concept`]),
        );
        expect(ontology.getObjects(member, `${NS.skos}inScheme`, null).map((s) => s.value)).toEqual(
          [scheme],
        );
      }
    }
  });

  test("given the shapes, when their laurel terms are listed, then every one is declared in the ontology", () => {
    const known = declared();
    const used = new Set<string>();
    for (const q of parseTurtle("ontology/shapes.ttl"))
      for (const term of [q.subject, q.predicate, q.object])
        if (isLaurel(term)) used.add(term.value);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((t) => !known.has(t))).toEqual([]);
  });
});

describe("the seed build against the ontology", () => {
  test("given the seed graph, when its rdf:type objects in the laurel namespace are listed, then each is a declared owl:Class", () => {
    const classes = new Set(
      seed
        .filter((q) => q.predicate.value === RDF_TYPE && isLaurel(q.object))
        .map((q) => q.object.value),
    );
    expect(classes.size).toBeGreaterThan(10);
    const undeclared = [...classes].filter((c) => !typesIn(ontology, c).includes(OWL("Class")));
    expect(undeclared).toEqual([]);
  });

  test("given the seed graph, when its laurel predicates are listed, then each is a declared property of the right kind", () => {
    const byPredicate = new Map<string, Quad[]>();
    for (const q of seed.filter((q) => isLaurel(q.predicate)))
      byPredicate.set(q.predicate.value, [...(byPredicate.get(q.predicate.value) ?? []), q]);
    expect(byPredicate.size).toBeGreaterThan(25);
    const problems: string[] = [];
    for (const [predicate, quads] of byPredicate) {
      const kinds = typesIn(ontology, predicate).filter((t) => PROPERTY_KINDS.includes(t));
      if (kinds.length === 0) problems.push(`${predicate} is not declared as a property`);
      if (
        kinds.includes(OWL("ObjectProperty")) &&
        quads.some((q) => q.object.termType === "Literal")
      )
        problems.push(`${predicate} is an owl:ObjectProperty but has literal values`);
      if (
        kinds.includes(OWL("DatatypeProperty")) &&
        quads.some((q) => q.object.termType !== "Literal")
      )
        problems.push(`${predicate} is an owl:DatatypeProperty but has non-literal values`);
    }
    expect(problems).toEqual([]);
  });

  test("given the seed graph, when laurel IRIs in object position are listed, then each is a declared class or individual", () => {
    const individuals = new Set(
      seed
        .filter((q) => q.predicate.value !== RDF_TYPE && isLaurel(q.object))
        .map((q) => q.object.value),
    );
    expect(individuals.size).toBeGreaterThan(1);
    const undeclared = [...individuals].filter(
      (i) => !typesIn(ontology, i).some((t) => t === OWL("NamedIndividual") || t === OWL("Class")),
    );
    expect(undeclared).toEqual([]);
  });

  test("given the seed graph, when every laurel property's domain and range are checked, then subjects, objects and literals fit them", () => {
    const data = new Store(seed); // lookups below match any graph: the union
    const typesOf = (term: Term) =>
      new Set(
        [...typesIn(data, term.value), ...typesIn(ontology, term.value)].flatMap((t) => [
          ...superclasses(t),
        ]),
      );
    const problems = new Set<string>();
    for (const q of seed.filter((q) => isLaurel(q.predicate))) {
      const p = q.predicate.value;
      const domain = classesOf(p, "domain");
      if (domain && !domain.some((c) => typesOf(q.subject).has(c)))
        problems.add(`subject of ${p} outside its domain: ${q.subject.value}`);
      const range = classesOf(p, "range");
      if (!range) continue;
      if (q.object.termType === "Literal") {
        if (!range.includes(q.object.datatype.value))
          problems.add(`${p} value with datatype ${q.object.datatype.value}, range ${range}`);
      } else if (!range.some((c) => typesOf(q.object).has(c))) {
        problems.add(`object of ${p} outside its range: ${q.object.value}`);
      }
    }
    expect([...problems]).toEqual([]);
  });
});
