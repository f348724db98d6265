// Table-driven extraction checks in the spirit of N3.js `shouldParse`: a case gives an
// announcement text and the facts a careful analyst would extract; `expectFacts` runs the
// extractor and compares a simplified view (names after light normalisation).
//
// Normalisation of names: case-insensitive, whitespace collapsed (non-breaking spaces too),
// straight and curly double quotes dropped, curly apostrophes made straight, the word "the"
// dropped. Honor names additionally compare word by word in the singular ("Bases" = "Base"),
// because a list announcement names the honor in the plural ("were named ... Bases").
//
// Semantics of an expectation: a field that is given is checked; a field that is left out is not.
// `conferrals` is the complete list unless `someConferrals` is used instead. Organizations,
// people, programmes, events and mentions are "must contain" checks.
import { createHash } from "node:crypto";
import { expect } from "vitest";
import { extractFacts } from "../../src/extract/index.ts";
import { repairText } from "../../src/ingest/repair.ts";
import type {
  Announcement,
  ConferralStatus,
  EventKind,
  Extraction,
  Level,
  Mention,
} from "../../src/types.ts";

/** A name, or the acceptable renderings of one name. */
export type NameSpec = string | string[];

export interface ExpectedConferral {
  recipient: NameSpec;
  honor: NameSpec;
  /** Complete set of issuers; [] means the text names none. */
  issuers?: NameSpec[];
  /** True when every issuer is only implied (e.g. by the ceremony's organiser). */
  impliedIssuers?: boolean;
  /** Bodies that recommended or nominated the recipient (complete set). */
  nominators?: NameSpec[];
  /** ISO date at the precision the text supports; null means no date can be given. */
  date?: string | null;
  status?: ConferralStatus;
  /** null means the text gives no cohort size. */
  cohortSize?: number | null;
  batch?: string | null;
  period?: string | null;
  noticePeriod?: [string, string];
  /** Level of the honor mention. */
  level?: Level;
}

export interface ExpectedPost {
  post: string;
  organization?: NameSpec;
}

export interface ExpectedPerson {
  name: string;
  /** Posts that must be among the person's posts. */
  posts?: ExpectedPost[];
}

export interface ExpectedEvent {
  /** Identifies the event after normalisation; without a name, the first event of `kind`. */
  name?: NameSpec;
  kind?: EventKind;
  date?: string | null;
  /** Complete set of organisers. */
  organizers?: NameSpec[];
  chair?: NameSpec;
  /** Participants that must be present. */
  participants?: NameSpec[];
  /** Name of the agreement signed at the event. */
  agreement?: NameSpec;
}

export interface ExpectedMention {
  /** Exact words (normalised) of a mention in the text. */
  surface: string;
  /** The full name every mention with that surface must resolve to. */
  name: NameSpec;
  /** The mention must point back to an antecedent (default true). */
  hasAntecedent?: boolean;
}

export interface ExpectedFacts {
  conferrals?: ExpectedConferral[];
  someConferrals?: ExpectedConferral[];
  organizations?: NameSpec[];
  notOrganizations?: string[];
  people?: ExpectedPerson[];
  notPeople?: string[];
  programmes?: NameSpec[];
  events?: ExpectedEvent[];
  mentions?: ExpectedMention[];
}

export interface CaseOptions {
  publicationDate?: string;
  /** Run ingest's mojibake repair on the text first, as the pipeline does. */
  repair?: boolean;
}

export interface GenreCase extends CaseOptions {
  name: string;
  text: string;
  expect: ExpectedFacts;
}

export function announcementOf(text: string, id = "case"): Announcement {
  const headline = text.split("\n").find((line) => line.trim() !== "") ?? "";
  return {
    id,
    path: `${id}.txt`,
    headline: headline.trim(),
    text,
    hash: createHash("sha256").update(text).digest("hex"),
  };
}

/** The names of the mentions of `kind` read from `text`, in text order. */
export function namesOfKind(text: string, kind: string): string[] {
  return extractFacts(announcementOf(text))
    .mentions.filter((m) => m.kind === kind)
    .map((m) => m.name);
}

/** Each mention name read from `text`, with its kind (the last one read wins). */
export function kindsByName(text: string): Map<string, string> {
  return new Map(extractFacts(announcementOf(text)).mentions.map((m) => [m.name, m.kind]));
}

export function run(text: string, options: CaseOptions = {}): Extraction {
  const stored = options.repair ? repairText(text) : text;
  const extractOptions = options.publicationDate
    ? { publicationDate: options.publicationDate }
    : {};
  return extractFacts(announcementOf(stored), extractOptions);
}

export function norm(name: string): string {
  return name
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/["\u201C\u201D\u201E]/g, " ")
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "" && w !== "the")
    .join(" ");
}

function singularWord(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word))
    return word.slice(0, -1);
  return word;
}

export function normHonor(name: string): string {
  return norm(name).split(" ").map(singularWord).join(" ");
}

function alternatives(spec: NameSpec): string[] {
  return Array.isArray(spec) ? spec : [spec];
}

function matches(spec: NameSpec, actual: string | undefined, honor = false): boolean {
  if (actual === undefined) return false;
  const f = honor ? normHonor : norm;
  return alternatives(spec).some((alt) => f(alt) === f(actual));
}

function show(spec: NameSpec): string {
  return alternatives(spec).join(" | ");
}

interface SimpleConferral {
  recipient: string;
  honor: string;
  issuers: string[];
  impliedIssuers: boolean;
  nominators: string[];
  date: string | null;
  status: ConferralStatus;
  cohortSize: number | null;
  batch: string | null;
  period: string | null;
  noticePeriod: [string, string] | null;
  level: Level | null;
}

export interface SimpleView {
  conferrals: SimpleConferral[];
  organizations: string[];
  people: Array<{ name: string; posts: string[] }>;
  programmes: string[];
  events: Array<{
    kind: EventKind;
    name: string;
    date: string | null;
    organizers: string[];
    chair: string | null;
    participants: string[];
    agreement: string | null;
  }>;
  mentions: Mention[];
}

/** Post with its organisation, "Vice President of X", unless the post already ends with it. */
function fullPost(post: string, organization: string | undefined): string {
  if (!organization) return norm(post);
  const p = norm(post);
  const o = norm(organization);
  return p.endsWith(o) ? p : `${p} of ${o}`;
}

export function simplify(x: Extraction): SimpleView {
  const byId = new Map(x.mentions.map((m) => [m.id, m]));
  const name = (id: string | undefined): string =>
    id === undefined ? "" : (byId.get(id)?.name ?? `?${id}`);
  const unique = (names: string[]) => [...new Set(names)];
  const personIds = x.mentions.filter((m) => m.kind === "Person");
  const people = unique(personIds.map((m) => m.name)).map((n) => ({
    name: n,
    posts: unique(
      x.posts
        .filter((p) => name(p.person) === n)
        .map((p) => fullPost(p.post, p.organization ? name(p.organization) : undefined)),
    ),
  }));
  return {
    conferrals: x.conferrals.map((c) => ({
      recipient: name(c.recipient),
      honor: name(c.honor),
      issuers: c.issuers.map((i) => name(i.mention)),
      impliedIssuers: c.issuers.length > 0 && c.issuers.every((i) => i.implied),
      nominators: c.nominators.map(name),
      date: c.date ?? null,
      status: c.status,
      cohortSize: c.cohortSize ?? null,
      batch: c.batch ?? null,
      period: c.period ?? null,
      noticePeriod: c.noticePeriod ?? null,
      level: byId.get(c.honor)?.level ?? null,
    })),
    organizations: unique(x.mentions.filter((m) => m.kind === "Organization").map((m) => m.name)),
    people,
    programmes: unique(x.mentions.filter((m) => m.kind === "Program").map((m) => m.name)),
    events: x.events.map((e) => ({
      kind: e.kind,
      name: byId.get(e.name)?.name ?? e.name,
      date: e.date ?? null,
      organizers: e.organizers.map(name),
      chair: e.chair ? name(e.chair) : null,
      participants: e.participants.map(name),
      agreement: e.agreement ? name(e.agreement) : null,
    })),
    mentions: x.mentions,
  };
}

/** One line per conferral, for messages and reports. */
export function describeConferral(c: SimpleConferral): string {
  const extras = [
    c.issuers.length ? `by ${c.issuers.join("; ")}${c.impliedIssuers ? " (implied)" : ""}` : "",
    c.nominators.length ? `nominated by ${c.nominators.join("; ")}` : "",
    c.date ? `date ${c.date}` : "",
    c.status,
    c.cohortSize !== null ? `cohort ${c.cohortSize}` : "",
    c.batch ? `batch ${c.batch}` : "",
    c.period ? `period ${c.period}` : "",
    c.noticePeriod ? `notice ${c.noticePeriod.join("..")}` : "",
  ].filter(Boolean);
  return `${c.recipient} <= ${c.honor} [${extras.join(", ")}]`;
}

function sameSet(expected: NameSpec[], actual: string[]): boolean {
  const left = [...new Set(actual.map(norm))];
  if (left.length !== expected.length) return false;
  return expected.every((spec) => left.some((a) => matches(spec, a)));
}

function checkConferral(e: ExpectedConferral, a: SimpleConferral): string[] {
  const problems: string[] = [];
  const label = `${show(e.recipient)} <= ${show(e.honor)}`;
  const field = (what: string, want: unknown, got: unknown) =>
    problems.push(`${label}: ${what} expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  if (e.issuers && !sameSet(e.issuers, a.issuers)) field("issuers", e.issuers.map(show), a.issuers);
  if (e.impliedIssuers !== undefined && e.impliedIssuers !== a.impliedIssuers)
    field("issuers implied", e.impliedIssuers, a.impliedIssuers);
  if (e.nominators && !sameSet(e.nominators, a.nominators))
    field("nominators", e.nominators.map(show), a.nominators);
  if (e.date !== undefined && e.date !== a.date) field("date", e.date, a.date);
  if (e.status !== undefined && e.status !== a.status) field("status", e.status, a.status);
  if (e.cohortSize !== undefined && e.cohortSize !== a.cohortSize)
    field("cohortSize", e.cohortSize, a.cohortSize);
  if (e.batch !== undefined && e.batch !== a.batch) field("batch", e.batch, a.batch);
  if (e.period !== undefined && e.period !== a.period) field("period", e.period, a.period);
  if (
    e.noticePeriod !== undefined &&
    JSON.stringify(e.noticePeriod) !== JSON.stringify(a.noticePeriod)
  )
    field("noticePeriod", e.noticePeriod, a.noticePeriod);
  if (e.level !== undefined && e.level !== a.level) field("level", e.level, a.level);
  return problems;
}

/** Every way the extraction differs from the expectation; [] when it matches. */
export function checkFacts(view: SimpleView, expected: ExpectedFacts): string[] {
  const problems: string[] = [];
  const wanted = expected.conferrals ?? expected.someConferrals ?? [];
  const used = new Set<number>();
  for (const e of wanted) {
    const index = view.conferrals.findIndex(
      (a, i) =>
        !used.has(i) && matches(e.recipient, a.recipient) && matches(e.honor, a.honor, true),
    );
    if (index < 0) {
      problems.push(`missing conferral ${show(e.recipient)} <= ${show(e.honor)}`);
      continue;
    }
    used.add(index);
    problems.push(...checkConferral(e, view.conferrals[index] as SimpleConferral));
  }
  if (expected.conferrals) {
    view.conferrals.forEach((a, i) => {
      if (!used.has(i)) problems.push(`unexpected conferral ${describeConferral(a)}`);
    });
  }
  for (const spec of expected.organizations ?? []) {
    if (!view.organizations.some((o) => matches(spec, o)))
      problems.push(`missing organization ${show(spec)}`);
  }
  for (const bad of expected.notOrganizations ?? []) {
    if (view.organizations.some((o) => matches(bad, o)))
      problems.push(`unexpected organization ${bad}`);
  }
  for (const person of expected.people ?? []) {
    const found = view.people.find((p) => norm(p.name) === norm(person.name));
    if (!found) {
      problems.push(`missing person ${person.name}`);
      continue;
    }
    for (const post of person.posts ?? []) {
      const orgs = post.organization ? alternatives(post.organization) : [undefined];
      const ok = orgs.some((org) => found.posts.includes(fullPost(post.post, org)));
      if (!ok)
        problems.push(
          `${person.name}: missing post "${fullPost(post.post, orgs[0])}", got ${JSON.stringify(found.posts)}`,
        );
    }
  }
  for (const bad of expected.notPeople ?? []) {
    if (view.people.some((p) => norm(p.name) === norm(bad)))
      problems.push(`unexpected person ${bad}`);
  }
  for (const spec of expected.programmes ?? []) {
    if (!view.programmes.some((p) => matches(spec, p)))
      problems.push(`missing programme ${show(spec)}`);
  }
  for (const e of expected.events ?? []) {
    const label = `event ${e.name ? show(e.name) : e.kind}`;
    const found = view.events.find((a) =>
      e.name ? matches(e.name, a.name) : e.kind !== undefined && a.kind === e.kind,
    );
    if (!found) {
      problems.push(
        `missing ${label}; got ${JSON.stringify(view.events.map((a) => `${a.kind} ${a.name}`))}`,
      );
      continue;
    }
    const field = (what: string, want: unknown, got: unknown) =>
      problems.push(
        `${label}: ${what} expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
      );
    if (e.kind && e.kind !== found.kind) field("kind", e.kind, found.kind);
    if (e.date !== undefined && e.date !== found.date) field("date", e.date, found.date);
    if (e.organizers && !sameSet(e.organizers, found.organizers))
      field("organizers", e.organizers.map(show), found.organizers);
    if (e.chair && !matches(e.chair, found.chair ?? undefined))
      field("chair", show(e.chair), found.chair);
    for (const p of e.participants ?? []) {
      if (!found.participants.some((a) => matches(p, a)))
        field("participants", `to include ${show(p)}`, found.participants);
    }
    if (e.agreement && !matches(e.agreement, found.agreement ?? undefined))
      field("agreement", show(e.agreement), found.agreement);
  }
  for (const e of expected.mentions ?? []) {
    const found = view.mentions.filter((m) => norm(m.surface) === norm(e.surface));
    if (found.length === 0) {
      problems.push(`no mention "${e.surface}"`);
      continue;
    }
    for (const m of found) {
      if (!matches(e.name, m.name))
        problems.push(`mention "${m.surface}" resolved to "${m.name}", expected ${show(e.name)}`);
      if ((e.hasAntecedent ?? true) && !m.antecedent)
        problems.push(`mention "${m.surface}" has no antecedent`);
    }
  }
  return problems;
}

/** Runs the extractor on `text` and asserts the facts; the failure lists every difference. */
export function expectFacts(
  text: string,
  expected: ExpectedFacts,
  options: CaseOptions = {},
): void {
  const view = simplify(run(text, options));
  const problems = checkFacts(view, expected);
  const extracted = view.conferrals.map(describeConferral);
  const lines = [
    ...problems,
    "extracted conferrals:",
    ...(extracted.length ? extracted : ["(none)"]).map((line) => `  ${line}`),
  ];
  if (expected.organizations || expected.notOrganizations)
    lines.push(`extracted organizations: ${JSON.stringify(view.organizations)}`);
  if (expected.people || expected.notPeople)
    lines.push(`extracted people: ${JSON.stringify(view.people)}`);
  if (expected.programmes) lines.push(`extracted programmes: ${JSON.stringify(view.programmes)}`);
  if (expected.events) lines.push(`extracted events: ${JSON.stringify(view.events)}`);
  if (expected.mentions)
    lines.push(
      `extracted mentions: ${JSON.stringify(view.mentions.map((m) => `${m.surface} => ${m.name}`))}`,
    );
  const message = lines.join("\n");
  expect(problems, message).toEqual([]);
}

/** Convenience for table rows. */
export function expectCase(c: GenreCase): void {
  const options: CaseOptions = {};
  if (c.publicationDate) options.publicationDate = c.publicationDate;
  if (c.repair) options.repair = c.repair;
  expectFacts(c.text, c.expect, options);
}

/**
 * A short text under a headline, read: each conferral as "recipient <= honor", with the holder's
 * kind before it and a cohort's size after it when asked.
 */
export function conferralLines(
  text: string,
  show: { kind?: boolean; size?: boolean } = {},
): string[] {
  const x = extractFacts(announcementOf(`Tarn News\n\n${text}`));
  const byId = new Map(x.mentions.map((m) => [m.id, m]));
  return x.conferrals.map((c) => {
    const holder = byId.get(c.recipient);
    const kind = show.kind ? `${holder?.kind} ` : "";
    const size = show.size && c.cohortSize !== undefined ? ` (${c.cohortSize})` : "";
    return `${kind}${holder?.name} <= ${byId.get(c.honor)?.name}${size}`;
  });
}
