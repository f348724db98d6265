// IRIs of every term the graph uses. Mirrors ontology/laurel.ttl; nothing else spells an IRI.

export const NS = {
  laurel: "https://w3id.org/laurel/ns#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  owl: "http://www.w3.org/2002/07/owl#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  dcterms: "http://purl.org/dc/terms/",
  org: "http://www.w3.org/ns/org#",
  prov: "http://www.w3.org/ns/prov#",
  oa: "http://www.w3.org/ns/oa#",
  schema: "https://schema.org/",
  void: "http://rdfs.org/ns/void#",
  dcat: "http://www.w3.org/ns/dcat#",
  sh: "http://www.w3.org/ns/shacl#",
  wd: "http://www.wikidata.org/entity/",
} as const;

type Namespace<T extends string> = { readonly [K in T]: string };

function namespace<T extends string>(base: string, names: readonly T[]): Namespace<T> {
  return Object.fromEntries(names.map((name) => [name, `${base}${name}`])) as Namespace<T>;
}

export const LAUREL = namespace(NS.laurel, [
  // classes
  "Organization",
  "IssuingBody",
  "Honor",
  "Conferral",
  "Program",
  "Announcement",
  "Document",
  "Work",
  "Event",
  "Meeting",
  "Ceremony",
  "Signing",
  "Person",
  "Post",
  "Place",
  "Cohort",
  "Mention",
  "Evidence",
  "ConferralStatus",
  "Level",
  // properties
  "recipient",
  "honor",
  "issuer",
  "impliedIssuer",
  "nominator",
  "date",
  "impliedDate",
  "status",
  "batch",
  "period",
  "validFrom",
  "validUntil",
  "noticeStart",
  "noticeEnd",
  "cohortSize",
  "basedOn",
  "level",
  "confidence",
  "evidence",
  "mentionOf",
  "namedAs",
  "inAnnouncement",
  "sentenceIndex",
  "headline",
  "text",
  "contentHash",
  "issuedBy",
  "organizer",
  "chair",
  "participant",
  "place",
  "agreement",
  "holder",
  "postIn",
  "postTitle",
  "mergeNote",
  "possibleSameAs",
  "mergeSuggestion",
  "nameKey",
  // individuals
  "proposed",
  "conferred",
  "renewed",
  "revoked",
  "national",
  "provincial",
  "municipal",
  "district",
] as const);

export const RDF = namespace(NS.rdf, ["type"] as const);
export const RDFS = namespace(NS.rdfs, [
  "label",
  "comment",
  "subClassOf",
  "subPropertyOf",
] as const);
export const XSD = namespace(NS.xsd, [
  "string",
  "anyURI",
  "integer",
  "decimal",
  "date",
  "gYearMonth",
  "gYear",
  "dateTime",
] as const);
export const OWL = namespace(NS.owl, ["sameAs", "differentFrom"] as const);
export const SKOS = namespace(NS.skos, [
  "prefLabel",
  "altLabel",
  "notation",
  "inScheme",
  "broader",
] as const);
export const DCTERMS = namespace(NS.dcterms, [
  "identifier",
  "title",
  "date",
  "publisher",
  "source",
  "issued",
  "created",
  "description",
  "license",
] as const);
export const ORG = namespace(NS.org, ["subOrganizationOf"] as const);
export const PROV = namespace(NS.prov, ["wasDerivedFrom"] as const);
export const OA = namespace(NS.oa, [
  "hasSource",
  "hasSelector",
  "TextQuoteSelector",
  "TextPositionSelector",
  "exact",
  "prefix",
  "suffix",
  "start",
  "end",
] as const);
export const SCHEMA = namespace(NS.schema, ["url"] as const);
export const VOID = namespace(NS.void, [
  "Dataset",
  "triples",
  "entities",
  "classPartition",
  "class",
  "distinctSubjects",
] as const);
export const DCAT = namespace(NS.dcat, ["Dataset"] as const);

/** Prefixes written in exports, in this order. */
export const PREFIXES: Record<string, string> = {
  laurel: NS.laurel,
  rdf: NS.rdf,
  rdfs: NS.rdfs,
  xsd: NS.xsd,
  owl: NS.owl,
  skos: NS.skos,
  dcterms: NS.dcterms,
  org: NS.org,
  prov: NS.prov,
  oa: NS.oa,
  schema: NS.schema,
  void: NS.void,
  dcat: NS.dcat,
  wd: NS.wd,
};
