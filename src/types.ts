// Domain types shared by every stage. Plain data only: no RDF here.

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  source?: SourceLocation;
}

/** Collects recoverable problems instead of printing them. */
export interface DiagnosticSink {
  report(diagnostic: Diagnostic): void;
}

export interface Announcement {
  /** File name without extension. */
  id: string;
  path: string;
  headline: string;
  /** ISO 8601 date, month or year from front matter, when given. */
  date?: string;
  url?: string;
  publisher?: string;
  /** The stored text: decoded, line endings unified, mojibake repaired. Evidence offsets point here. */
  text: string;
  /** sha256 of `text`, hex. */
  hash: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  announcementId: string;
  sentenceIndex: number;
  sentence: Span;
  exact: string;
  confidence: number;
}

/** Every entity type, in the order summaries list them. */
export const ENTITY_TYPES = [
  "Organization",
  "IssuingBody",
  "Person",
  "Program",
  "Honor",
  "Document",
  "Work",
  "Event",
  "Place",
  "Cohort",
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** The kinds a mention is extracted as; IssuingBody is a role decided later. */
export type MentionKind =
  | "Organization"
  | "Person"
  | "Program"
  | "Honor"
  | "Document"
  | "Work"
  | "Event"
  | "Place"
  | "Cohort";

export type Level = "national" | "provincial" | "municipal" | "district";

export interface Mention {
  id: string;
  announcementId: string;
  kind: MentionKind;
  /** Exact words in the stored text. */
  surface: string;
  /** The full name this mention stands for after in-announcement coreference and qualification. */
  name: string;
  evidence: Evidence;
  /** Acronym the text defines for this name, e.g. "(CAST)". */
  acronym?: string;
  /** Mention id this one refers back to (short form, acronym, "the Hospital"). */
  antecedent?: string;
  /** Mention id of the parent organization for sub-units ("X of Y"). */
  parent?: string;
  level?: Level;
  /** Official number of a document, e.g. "GKFZ[2020] No. 344". */
  identifier?: string;
}

export type ConferralStatus = "proposed" | "conferred" | "renewed" | "revoked";

export interface IssuerRef {
  mention: string;
  implied: boolean;
}

export interface Conferral {
  id: string;
  announcementId: string;
  recipient: string;
  honor: string;
  issuers: IssuerRef[];
  nominators: string[];
  date?: string;
  /** The date is not told of the conferral: it is the headline's year or the publication's. */
  dateImplied?: boolean;
  status: ConferralStatus;
  batch?: string;
  period?: string;
  noticePeriod?: [string, string];
  cohortSize?: number;
  /** Document mention the conferral rests on. */
  document?: string;
  evidence: Evidence[];
  confidence: number;
}

export type EventKind = "Meeting" | "Ceremony" | "Signing" | "Event";

export interface EventFact {
  id: string;
  announcementId: string;
  kind: EventKind;
  name: string;
  date?: string;
  place?: string;
  organizers: string[];
  chair?: string;
  participants: string[];
  /** Agreement signed at the event (document mention id). */
  agreement?: string;
  evidence: Evidence[];
  confidence: number;
}

export interface PostFact {
  id: string;
  announcementId: string;
  person: string;
  post: string;
  organization?: string;
  evidence: Evidence;
  confidence: number;
}

export interface DocumentIssuerFact {
  document: string;
  issuers: string[];
  evidence: Evidence;
}

export interface Extraction {
  announcement: Announcement;
  mentions: Mention[];
  conferrals: Conferral[];
  events: EventFact[];
  posts: PostFact[];
  documentIssuers: DocumentIssuerFact[];
  /** Programmes a mention serves or relates to are kept as plain mentions. */
  diagnostics: Diagnostic[];
}

/** A linked entity: one node per real institution, honor, programme... */
export interface Entity {
  key: string;
  iriSlug: string;
  type: EntityType;
  label: string;
  altLabels: string[];
  mentions: string[];
  announcements: string[];
  level?: Level;
  parent?: string;
  acronym?: string;
  identifier?: string;
  /** Why mentions were merged: rule names with the surfaces they joined. */
  mergeEvidence: string[];
  /** Older IRIs (slugs) that now resolve to this entity. */
  sameAs: string[];
  /** Authority IRI when the entity matched the authority file. */
  authority?: string;
  /** The authority's labels in other languages (the official Chinese name). */
  localLabels?: Array<{ value: string; language: string }>;
  /** The authority's links to the same thing elsewhere (Wikidata). */
  links?: string[];
  /** The rating scheme of a tier and the wider title it belongs to (authority IRIs). */
  schemes?: string[];
  broader?: string[];
}

export interface Resolution {
  entities: Entity[];
  /** Mention id -> entity key. */
  entityOf: Map<string, string>;
}
