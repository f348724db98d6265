// **map** is the only place that turns facts into quads. One named graph per announcement holds
// what it says, with evidence; entity labels and links live in the entities graph.
import { DataFactory, type Quad, type Quad_Object, type Quad_Subject } from "n3";
import type { ResolveResult } from "../resolve/index.ts";
import type { Conferral, Entity, Evidence, Extraction, Mention } from "../types.ts";
import { nameLookupKey } from "../util/text.ts";
import {
  DCAT,
  DCTERMS,
  LAUREL,
  OA,
  ORG,
  OWL,
  PROV,
  RDF,
  SCHEMA,
  SKOS,
  VOID,
  XSD,
} from "./vocab.ts";

export { NS, PREFIXES } from "./vocab.ts";

const { namedNode, literal, quad } = DataFactory;

export interface MapOptions {
  base: string;
  /** ISO timestamp recorded as the build time; omitted when undefined so builds stay reproducible. */
  buildTime?: string;
  /** Throw GraphTooLarge once the graph passes this many quads (checked after each announcement, so memory stays bounded, and at the end). */
  maxQuads?: number;
}

/** Thrown by mapToQuads as soon as the graph passes options.maxQuads, before memory runs out. */
export class GraphTooLarge extends Error {
  constructor(
    readonly quadsSoFar: number,
    readonly announcementsMapped: number,
  ) {
    super(`over ${quadsSoFar} quads after ${announcementsMapped} announcements`);
  }
}

export interface MapResult {
  quads: Quad[];
  conferrals: number;
  /** What each announcement's graph added to the graph-wide tallies, in extraction order. */
  tallies: AnnouncementTally[];
  /** Quads of reused graphs that are not in `quads` (see ReusedGraph). */
  reusedQuads: number;
}

/** What mapping one announcement added to the graph-wide tallies: what a reused graph replays. */
export interface AnnouncementTally {
  /** Quads pushed (duplicates included, as the dataset description counts them). */
  quads: number;
  conferrals: number;
  /** Mentions whose entities issued something here (they are typed IssuingBody). */
  issuers: string[];
}

/**
 * An announcement's graph kept from an earlier build: its tally, and the quads about entities it
 * holds (events, documents), which the merged Turtle needs beside the entities graph's.
 */
export interface ReusedGraph {
  tally: AnnouncementTally;
  shared: Quad[];
}

/** Percent-encodes everything but unreserved characters, so any file name makes a valid IRI. */
export function encodeIriComponent(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function announcementIri(base: string, id: string): string {
  return `${base}announcement/${encodeIriComponent(id)}`;
}

export function graphIri(base: string, id: string): string {
  return `${base}graph/${encodeIriComponent(id)}`;
}

/** The named graph of the entities' labels, names and links (see GraphMapper.mapEntities). */
export function entitiesGraphIri(base: string): string {
  return `${base}graph/entities`;
}

export function entityIri(base: string, entity: Entity): string {
  return `${base}${entity.iriSlug}`;
}

function dateLiteral(value: string) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return literal(value, namedNode(XSD.date));
  if (/^\d{4}-\d{2}$/.test(value)) return literal(value, namedNode(XSD.gYearMonth));
  return literal(value, namedNode(XSD.gYear));
}

const integer = (n: number) => literal(String(n), namedNode(XSD.integer));
// Canonical xsd:decimal lexical form ("0.7", "1.0"), the form Oxigraph stores, so exports round-trip.
const decimal = (n: number) =>
  literal(n.toFixed(2).replace(/0+$/, "").replace(/\.$/, ".0"), namedNode(XSD.decimal));

const CONTEXT_CHARS = 32;

/**
 * Maps every announcement, then the entities and dataset graphs. `reused` may hand back an
 * announcement's graph from an earlier build instead (its quads are then not mapped again: only
 * its shared quads are pushed, and its tally replayed).
 */
export function mapToQuads(
  extractions: Extraction[],
  resolution: ResolveResult,
  options: MapOptions,
  reused: (extraction: Extraction) => ReusedGraph | undefined = () => undefined,
): MapResult {
  const mapper = new GraphMapper(resolution, options);
  const quads: Quad[] = [];
  const tallies: AnnouncementTally[] = [];
  let reusedQuads = 0;
  let mapped = 0;
  const checkCeiling = () => {
    const total = quads.length + reusedQuads;
    if (options.maxQuads !== undefined && total > options.maxQuads)
      throw new GraphTooLarge(total, mapped);
  };
  for (const extraction of extractions) {
    checkCeiling();
    mapped++;
    const kept = reused(extraction);
    if (kept) {
      mapper.replayAnnouncement(kept.tally);
      for (const q of kept.shared) quads.push(q);
      reusedQuads += kept.tally.quads - kept.shared.length;
      tallies.push(kept.tally);
    } else tallies.push(mapper.mapAnnouncement(extraction, quads));
  }
  mapper.mapEntities(quads);
  mapper.mapDataset(extractions, quads);
  checkCeiling();
  return { quads, conferrals: mapper.conferrals, tallies, reusedQuads };
}

/**
 * Every mention id mapAnnouncement looks up for this extraction: its graph depends on the
 * extraction and on the entities these resolve to, nothing else of the resolution.
 */
export function referencedMentions(extraction: Extraction): string[] {
  const ids: Array<string | undefined> = extraction.mentions.map((mention) => mention.id);
  for (const c of extraction.conferrals)
    ids.push(c.recipient, c.honor, c.document, ...c.nominators, ...c.issuers.map((i) => i.mention));
  for (const e of extraction.events)
    ids.push(e.name, e.place, e.chair, e.agreement, ...e.organizers, ...e.participants);
  for (const p of extraction.posts) ids.push(p.person, p.organization);
  for (const d of extraction.documentIssuers) ids.push(d.document, ...d.issuers);
  return ids.filter((id): id is string => id !== undefined);
}

/**
 * Maps one announcement at a time, so a caller may serialize and drop a batch of announcements'
 * quads before mapping the next (a graph larger than memory, see pipeline/batched.ts); then the
 * entities and dataset graphs, which need every announcement mapped first (issuers, counts).
 * Called in that order, it pushes exactly the quads mapToQuads returns.
 */
export class GraphMapper {
  conferrals = 0;
  /** Quads pushed so far: the dataset description counts them. */
  private emitted = 0;
  private readonly issuers = new Set<Entity>();
  private readonly classCounts = new Map<string, number>();
  private readonly base: string;

  constructor(
    private readonly resolution: ResolveResult,
    private readonly options: MapOptions,
  ) {
    this.base = options.base;
  }

  private entityNode(mentionId: string | undefined) {
    if (!mentionId) return undefined;
    const entity = this.resolution.entityOf.get(mentionId);
    return entity ? namedNode(entityIri(this.base, entity)) : undefined;
  }

  /** Adds the tallies of an announcement whose graph an earlier build mapped (see mapToQuads). */
  replayAnnouncement(tally: AnnouncementTally): void {
    this.emitted += tally.quads;
    this.conferrals += tally.conferrals;
    for (const mention of tally.issuers) {
      const entity = this.resolution.entityOf.get(mention);
      if (entity) this.issuers.add(entity);
    }
  }

  /** The announcement's own named graph: what it says, with evidence. */
  mapAnnouncement(extraction: Extraction, quads: Quad[]): AnnouncementTally {
    const before = quads.length;
    const conferralsBefore = this.conferrals;
    const issuers = new Set<string>();
    const addIssuer = (mention: string) => {
      const entity = this.resolution.entityOf.get(mention);
      if (!entity) return;
      this.issuers.add(entity);
      issuers.add(mention);
    };
    const { base } = this;
    const entityNode = (mentionId: string | undefined) => this.entityNode(mentionId);
    const { announcement } = extraction;
    const graph = namedNode(graphIri(base, announcement.id));
    const annIri = announcementIri(base, announcement.id);
    const ann = namedNode(annIri);
    const add = (s: Quad_Subject, p: string, o: Quad_Object) =>
      quads.push(quad(s, namedNode(p), o, graph));
    add(ann, RDF.type, namedNode(LAUREL.Announcement));
    add(ann, DCTERMS.identifier, literal(announcement.id));
    add(ann, DCTERMS.title, literal(announcement.headline));
    add(ann, LAUREL.contentHash, literal(announcement.hash));
    add(ann, LAUREL.text, literal(announcement.text));
    if (announcement.date) add(ann, DCTERMS.date, dateLiteral(announcement.date));
    if (announcement.publisher) add(ann, DCTERMS.publisher, literal(announcement.publisher));
    if (announcement.url) add(ann, SCHEMA.url, literal(announcement.url, namedNode(XSD.anyURI)));

    const addSelector = (node: Quad_Subject, evidence: Evidence, suffixId: string) => {
      const selector = namedNode(`${annIri}#${suffixId}`);
      add(node, OA.hasSource, ann);
      add(node, OA.hasSelector, selector);
      add(node, LAUREL.sentenceIndex, integer(evidence.sentenceIndex));
      add(selector, RDF.type, namedNode(OA.TextQuoteSelector));
      add(selector, RDF.type, namedNode(OA.TextPositionSelector));
      add(selector, OA.exact, literal(evidence.exact));
      add(
        selector,
        OA.prefix,
        literal(wholeCharacters(announcement.text, evidence.start - CONTEXT_CHARS, evidence.start)),
      );
      add(
        selector,
        OA.suffix,
        literal(wholeCharacters(announcement.text, evidence.end, evidence.end + CONTEXT_CHARS)),
      );
      add(selector, OA.start, integer(evidence.start));
      add(selector, OA.end, integer(evidence.end));
    };
    const addEvidence = (subject: Quad_Subject, evidence: Evidence[], id: string) => {
      evidence.forEach((e, index) => {
        const node = namedNode(`${annIri}#${id}-e${index}`);
        add(subject, LAUREL.evidence, node);
        add(node, RDF.type, namedNode(LAUREL.Evidence));
        add(node, LAUREL.confidence, decimal(e.confidence));
        addSelector(node, e, `${id}-e${index}s`);
      });
      add(subject, PROV.wasDerivedFrom, ann);
    };

    for (const mention of extraction.mentions) {
      const target = entityNode(mention.id);
      if (!target) continue;
      const local = mention.id.slice(mention.id.lastIndexOf("#") + 1);
      const node = namedNode(`${annIri}#${local}`);
      add(node, RDF.type, namedNode(LAUREL.Mention));
      add(node, LAUREL.mentionOf, target);
      add(node, LAUREL.namedAs, literal(mention.surface));
      addSelector(node, mention.evidence, `${local}s`);
    }

    extraction.conferrals.forEach((conferral, index) => {
      const recipient = entityNode(conferral.recipient);
      const honor = entityNode(conferral.honor);
      if (!recipient || !honor) return;
      this.conferrals++;
      const id = `c${index}`;
      const node = namedNode(`${annIri}#${id}`);
      add(node, RDF.type, namedNode(LAUREL.Conferral));
      add(node, LAUREL.recipient, recipient);
      add(node, LAUREL.honor, honor);
      for (const issuer of conferral.issuers) {
        const issuerNode = entityNode(issuer.mention);
        if (!issuerNode) continue;
        // impliedIssuer is a sub-property of issuer: the entailed issuer triple is written too, so a
        // query asks for laurel:issuer alone (Oxigraph evaluates property alternatives slowly).
        add(node, LAUREL.issuer, issuerNode);
        if (issuer.implied) add(node, LAUREL.impliedIssuer, issuerNode);
        addIssuer(issuer.mention);
      }
      for (const nominator of conferral.nominators) {
        const nominatorNode = entityNode(nominator);
        if (nominatorNode) add(node, LAUREL.nominator, nominatorNode);
      }
      mapConferralDetails(conferral, node, add, entityNode);
      add(node, LAUREL.confidence, decimal(conferral.confidence));
      addEvidence(node, conferral.evidence, id);
    });

    extraction.events.forEach((event) => {
      const node = entityNode(event.name);
      if (!node) return;
      const kindClass = {
        Meeting: LAUREL.Meeting,
        Ceremony: LAUREL.Ceremony,
        Signing: LAUREL.Signing,
        Event: LAUREL.Event,
      }[event.kind];
      add(node, RDF.type, namedNode(kindClass));
      if (event.date) add(node, LAUREL.date, dateLiteral(event.date));
      for (const organizer of event.organizers) {
        const o = entityNode(organizer);
        if (o) add(node, LAUREL.organizer, o);
      }
      for (const participant of event.participants) {
        const p = entityNode(participant);
        if (p) add(node, LAUREL.participant, p);
      }
      const chair = entityNode(event.chair);
      if (chair) add(node, LAUREL.chair, chair);
      const place = entityNode(event.place);
      if (place) add(node, LAUREL.place, place);
      const agreement = entityNode(event.agreement);
      if (agreement) add(node, LAUREL.agreement, agreement);
      const local = event.id.slice(event.id.lastIndexOf("#") + 1);
      addEvidence(node, event.evidence, local);
    });

    // An event the text names without telling it (no organizer or date read) is still a fact
    // with evidence: the place it is named.
    const told = new Set(extraction.events.map((event) => event.name));
    for (const mention of extraction.mentions) {
      if (mention.kind !== "Event" || told.has(mention.id)) continue;
      const node = entityNode(mention.id);
      const local = mention.id.slice(mention.id.lastIndexOf("#") + 1);
      if (node) addEvidence(node, [mention.evidence], `${local}-named`);
    }

    extraction.posts.forEach((post, index) => {
      const person = entityNode(post.person);
      if (!person) return;
      const node = namedNode(`${annIri}#p${index}`);
      add(node, RDF.type, namedNode(LAUREL.Post));
      add(node, LAUREL.holder, person);
      add(node, LAUREL.postTitle, literal(post.post));
      const organization = entityNode(post.organization);
      if (organization) add(node, LAUREL.postIn, organization);
      addEvidence(node, [post.evidence], `p${index}`);
    });

    extraction.documentIssuers.forEach((fact) => {
      const document = this.resolution.entityOf.get(fact.document);
      if (document?.type !== "Document") return;
      for (const issuer of fact.issuers) {
        const node = entityNode(issuer);
        if (!node) continue;
        add(namedNode(entityIri(base, document)), LAUREL.issuedBy, node);
        addIssuer(issuer);
      }
    });
    this.emitted += quads.length - before;
    return {
      quads: quads.length - before,
      conferrals: this.conferrals - conferralsBefore,
      issuers: [...issuers],
    };
  }

  /** The entities graph: labels, variants, levels, sub-units, authority links and merge notes. */
  mapEntities(quads: Quad[]): void {
    const before = quads.length;
    const { base } = this;
    const entitiesGraph = namedNode(entitiesGraphIri(base));
    const classOf: Record<string, string> = {
      Organization: LAUREL.Organization,
      IssuingBody: LAUREL.IssuingBody,
      Person: LAUREL.Person,
      Program: LAUREL.Program,
      Honor: LAUREL.Honor,
      Document: LAUREL.Document,
      Work: LAUREL.Work,
      Event: LAUREL.Event,
      Place: LAUREL.Place,
      Cohort: LAUREL.Cohort,
    };
    const byKey = new Map(this.resolution.entities.map((e) => [e.key, e]));
    const addEntity = (s: Quad_Subject, p: string, o: Quad_Object) =>
      quads.push(quad(s, namedNode(p), o, entitiesGraph));
    for (const entity of this.resolution.entities) {
      const node = namedNode(entityIri(base, entity));
      const classes = [classOf[entity.type] as string];
      if (this.issuers.has(entity) && entity.type === "Organization")
        classes.push(LAUREL.IssuingBody);
      for (const cls of classes) {
        addEntity(node, RDF.type, namedNode(cls));
        this.classCounts.set(cls, (this.classCounts.get(cls) ?? 0) + 1);
      }
      addEntity(node, SKOS.prefLabel, literal(entity.label));
      for (const alt of entity.altLabels) addEntity(node, SKOS.altLabel, literal(alt));
      for (const local of entity.localLabels ?? [])
        addEntity(node, SKOS.prefLabel, literal(local.value, local.language));
      if (entity.acronym) addEntity(node, SKOS.notation, literal(entity.acronym));
      const keys = new Set(
        [entity.label, ...entity.altLabels, entity.acronym ?? ""].map(nameLookupKey),
      );
      keys.delete("");
      for (const key of [...keys].sort()) addEntity(node, LAUREL.nameKey, literal(key));
      if (entity.identifier) addEntity(node, DCTERMS.identifier, literal(entity.identifier));
      if (entity.level) addEntity(node, LAUREL.level, namedNode(LAUREL[entity.level]));
      if (entity.parent) {
        const parent = byKey.get(entity.parent);
        if (parent) addEntity(node, ORG.subOrganizationOf, namedNode(entityIri(base, parent)));
      }
      if (entity.authority) addEntity(node, OWL.sameAs, namedNode(entity.authority));
      for (const link of entity.links ?? []) addEntity(node, OWL.sameAs, namedNode(link));
      for (const scheme of entity.schemes ?? []) addEntity(node, SKOS.inScheme, namedNode(scheme));
      for (const wider of entity.broader ?? []) addEntity(node, SKOS.broader, namedNode(wider));
      for (const old of entity.sameAs) addEntity(node, OWL.sameAs, namedNode(`${base}${old}`));
      for (const note of entity.mergeEvidence) addEntity(node, LAUREL.mergeNote, literal(note));
    }
    // Merges suggested, not made: both entities point at each other, with the reason, for review.
    for (const suggestion of this.resolution.suggestions) {
      const [a, b] = (suggestion.entities ?? []).map((key) => byKey.get(key));
      if (!a || !b || a === b) continue;
      const note = suggestion.why;
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        const node = namedNode(entityIri(base, from));
        addEntity(node, LAUREL.possibleSameAs, namedNode(entityIri(base, to)));
        addEntity(node, LAUREL.mergeSuggestion, literal(note));
      }
    }

    this.emitted += quads.length - before;
  }

  /** The dataset description (VoID and DCAT), counted over every quad pushed before it. */
  mapDataset(extractions: Extraction[], quads: Quad[]): void {
    const { base, options } = this;
    const meta = namedNode(`${base}graph/dataset`);
    const dataset = namedNode(`${base}dataset`);
    const tripleCount = this.emitted;
    const addMeta = (s: Quad_Subject, p: string, o: Quad_Object) =>
      quads.push(quad(s, namedNode(p), o, meta));
    addMeta(dataset, RDF.type, namedNode(VOID.Dataset));
    addMeta(dataset, RDF.type, namedNode(DCAT.Dataset));
    addMeta(
      dataset,
      DCTERMS.title,
      literal("Laurel knowledge graph of Chinese science honors and designations"),
    );
    addMeta(dataset, VOID.triples, integer(tripleCount));
    addMeta(dataset, VOID.entities, integer(this.resolution.entities.length));
    for (const [cls, count] of [...this.classCounts.entries()].sort()) {
      const partition = namedNode(`${base}dataset/class/${cls.slice(cls.indexOf("#") + 1)}`);
      addMeta(dataset, VOID.classPartition, partition);
      addMeta(partition, VOID.class, namedNode(cls));
      addMeta(partition, VOID.entities, integer(count));
    }
    for (const extraction of extractions)
      addMeta(
        dataset,
        DCTERMS.source,
        namedNode(announcementIri(base, extraction.announcement.id)),
      );
    if (options.buildTime)
      addMeta(dataset, DCTERMS.issued, literal(options.buildTime, namedNode(XSD.dateTime)));
  }
}

function mapConferralDetails(
  conferral: Conferral,
  node: Quad_Subject,
  add: (s: Quad_Subject, p: string, o: Quad_Object) => void,
  entityNode: (mentionId: string | undefined) => ReturnType<typeof namedNode> | undefined,
): void {
  add(node, LAUREL.status, namedNode(LAUREL[conferral.status]));
  if (conferral.date) add(node, LAUREL.date, dateLiteral(conferral.date));
  // impliedDate is a sub-property of date: both are written, as for implied issuers.
  if (conferral.date && conferral.dateImplied)
    add(node, LAUREL.impliedDate, dateLiteral(conferral.date));
  if (conferral.batch) add(node, LAUREL.batch, literal(conferral.batch));
  if (conferral.period) {
    add(node, LAUREL.period, literal(conferral.period));
    const [from, until] = conferral.period.split("-");
    if (from) add(node, LAUREL.validFrom, literal(from, namedNode(XSD.gYear)));
    if (until) add(node, LAUREL.validUntil, literal(until, namedNode(XSD.gYear)));
  }
  if (conferral.noticePeriod) {
    add(node, LAUREL.noticeStart, dateLiteral(conferral.noticePeriod[0]));
    add(node, LAUREL.noticeEnd, dateLiteral(conferral.noticePeriod[1]));
  }
  if (conferral.cohortSize !== undefined)
    add(node, LAUREL.cohortSize, integer(conferral.cohortSize));
  const document = entityNode(conferral.document);
  if (document) add(node, LAUREL.basedOn, document);
}

export type { Mention };

/**
 * text[start, end) widened or narrowed so that no surrogate pair is cut in half: a lone surrogate
 * is no valid string in RDF (a context window may end inside an emoji or a rare character).
 */
function wholeCharacters(text: string, start: number, end: number): string {
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < text.length && to > from && isLowSurrogate(text.charCodeAt(to))) to--;
  return text.slice(from, Math.max(from, to));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
