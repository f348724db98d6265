// Synthetic announcements in the genre's styles (../shared/GENRE.md) with a gold file in the schema
// of data/gold/seeds.json describing exactly what was planted. Deterministic: announcement i depends
// only on (seed, i), so a smaller corpus is a prefix of a larger one with the same seed.
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Rng } from "./rng.ts";
import {
  buildWorld,
  CITIES,
  type Honor,
  type Org,
  type Person,
  type Program,
  type World,
} from "./world.ts";

export const GENERATOR_VERSION = 1;

export interface GoldOrganization {
  name: string;
  aliases: string[];
}
export interface GoldAward {
  recipient: string;
  honor: string;
  honorAliases?: string[];
  issuers: string[];
  issuersImplied?: boolean;
  date?: string;
  status: "proposed" | "conferred" | "renewed";
  batch?: string;
  period?: string;
  cohortSize?: number;
  noticePeriod?: [string, string];
  document?: string;
}
export interface GoldDocument {
  name: string;
  identifier?: string;
  issuers: string[];
}
export interface GoldPerson {
  name: string;
  roles: string[];
  org: string;
}
export interface GoldEvent {
  name: string;
  date?: string;
  organizers: string[];
  chair?: string;
  attendees?: string[];
}
export interface GoldDoc {
  date: string;
  kind: string;
  organizations: GoldOrganization[];
  awards: GoldAward[];
  programs: GoldOrganization[];
  documents: GoldDocument[];
  people: GoldPerson[];
  events: GoldEvent[];
}
export type MentionRef = [string, string];
export interface Gold {
  about: string;
  generator: { version: number; seed: string; count: number };
  docs: Record<string, GoldDoc>;
  crossDocument: {
    about: string;
    same: Array<{ entity: string; mentions: MentionRef[] }>;
    distinct: Array<[MentionRef, MentionRef]>;
  };
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
const TIMES = ["the morning of ", "the afternoon of ", ""];

const FILLER = [
  "Science popularization is an important foundation for innovation and development, and is as important as scientific and technological innovation.",
  "In recent years, the development of science popularization venues has been accelerated and their service capacity has been further improved.",
  "These colorful and diverse activities focus on themes such as rural revitalization, ecological civilization construction and carbon neutrality.",
  "The next step will be to further strengthen the construction of the science popularization talent team and improve the quality of science popularization services.",
  "The list was determined after application, preliminary review, expert evaluation and on-site inspection.",
  "Science popularization work should be guided by the needs of the public and give full play to the advantages of science and education resources.",
  "Relevant units should strengthen management, improve their facilities and continuously enhance their capacity to serve the public.",
  "Civic science literacy has improved significantly, and the proportion of citizens with scientific literacy has reached a new level.",
  "More than 490 activities were carried out, attracting over 1.2 million visitors online and offline.",
  "The selected units will receive support in funding, training and publicity in the next three years.",
  "Experts from universities and research institutes gave lectures on frontier topics to students and citizens.",
  "Teachers and students took part in hands-on experiments, science shows and interactive exhibitions.",
  "Scientific and technological innovation and popularization of science are the two wings of achieving innovative development.",
  "The evaluation focused on the quality of exhibits, the number of activities held each year and the training of science communicators.",
  "A series of themed activities such as science lectures, open days, science film screenings and popular science reading were organized.",
  "It is reported that the bases will be evaluated once every five years, and those that fail to meet the standards will be removed from the list.",
  "The event attracted extensive attention from the media and was broadcast live on several online platforms.",
  "Efforts will be made to promote the integration of science popularization resources and build a new pattern of social participation.",
  "Science popularization volunteers went into communities, rural areas and schools to answer questions from residents.",
  "In the past year, the venues received nearly 800,000 visits and organized more than 2,000 educational activities.",
  "The public showed great interest in the exhibits on space exploration, biodiversity and new energy.",
  "The organizers said that they would continue to innovate the forms of science communication and expand its coverage.",
];

const FOCUS_FILLER = [
  "{S} has been making comprehensive use of its own resources to carry out science popularization activities for the public.",
  "Over the years, {S} has received more than 300,000 visitors and held hundreds of lectures, exhibitions and summer camps.",
  "{S} will take this as an opportunity to further improve its science popularization work and serve the public better.",
  "Since its establishment, {S} has regarded science popularization as an important social responsibility.",
  "{S} has built an online platform and a team of volunteers to bring science to schools and communities.",
];

const MEETING_TOPICS = [
  "Science Popularization Work Coordination Meeting",
  "Annual Conference on Science Communication",
  "Work Conference on Civic Science Literacy",
  "Symposium on Science Popularization Venues",
  "Standing Committee Meeting",
];

function plural(name: string): string {
  return /(Base|School|Museum|Collective|Individual)$/.test(name) ? `${name}s` : name;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Builds one announcement: text plus what it plants. */
class DocBuilder {
  readonly paragraphs: string[] = [];
  readonly orgSurfaces = new Map<Org, string[]>();
  readonly acronymDefined = new Set<Org>();
  readonly honorSurfaces = new Map<Honor, string[]>();
  readonly programSurfaces = new Map<Program, string[]>();
  readonly people = new Map<Person, { roles: Set<string>; org: string; surfaces: string[] }>();
  readonly awards: GoldAward[] = [];
  readonly documents: GoldDocument[] = [];
  readonly events: GoldEvent[] = [];
  readonly curly: boolean;
  yearMentioned = false;
  date = "";
  focus: Org | undefined;

  constructor(
    readonly rng: Rng,
    readonly id: string,
    readonly world: World,
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {
    this.curly = rng.chance(0.5);
  }

  quote(text: string): string {
    return this.curly ? `\u201C${text}\u201D` : `"${text}"`;
  }

  private record(o: Org, surface: string): void {
    const list = this.orgSurfaces.get(o) ?? [];
    list.push(surface);
    this.orgSurfaces.set(o, list);
    if (o.parent) this.record(o.parent, o.parent.name);
  }

  /** A reference to an organization: full name the first time (maybe with its acronym defined), then acronym or short form. */
  org(o: Org, options: { article?: boolean } = {}): string {
    const seen = this.orgSurfaces.has(o);
    const the = options.article === false ? "" : options.article ? "the " : "";
    if (!seen) {
      const useVariant = o.variants.length > 0 && this.rng.chance(0.3);
      const name = useVariant ? this.rng.pick(o.variants) : o.name;
      this.record(o, name);
      if (o.acronym && this.rng.chance(0.65)) {
        this.acronymDefined.add(o);
        this.record(o, o.acronym);
        return `${the}${name} (${o.acronym})`;
      }
      return `${the}${name}`;
    }
    if (this.acronymDefined.has(o) && this.rng.chance(0.85)) {
      this.record(o, o.acronym as string);
      return this.rng.chance(0.2) && the ? `the ${o.acronym}` : (o.acronym as string);
    }
    if (o === this.focus && o.short && this.rng.chance(0.8)) {
      this.record(o, o.short);
      return o.short;
    }
    const name = this.orgSurfaces.get(o)?.[0] ?? o.name;
    this.record(o, name);
    return `${the}${name}`;
  }

  /** "the A, the B and the C" */
  orgList(orgs: Org[], article = true): string {
    const parts = orgs.map((o) => this.org(o, { article }));
    if (parts.length <= 1) return parts.join("");
    return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  }

  honor(h: Honor, options: { plural?: boolean; quoted?: boolean } = {}): string {
    let name = h.variants.length > 0 && this.rng.chance(0.3) ? this.rng.pick(h.variants) : h.name;
    if (options.plural) name = plural(name);
    const list = this.honorSurfaces.get(h) ?? [];
    list.push(name);
    this.honorSurfaces.set(h, list);
    return options.quoted ? this.quote(name) : name;
  }

  program(p: Program): string {
    const name = p.variants.length > 0 && this.rng.chance(0.3) ? this.rng.pick(p.variants) : p.name;
    const list = this.programSurfaces.get(p) ?? [];
    list.push(name);
    this.programSurfaces.set(p, list);
    return name;
  }

  person(p: Person, role: string, orgSurface: string): string {
    const entry = this.people.get(p) ?? { roles: new Set(), org: p.org.name, surfaces: [] };
    entry.roles.add(`${role} of ${orgSurface}`);
    entry.surfaces.push(p.name);
    this.people.set(p, entry);
    return p.name;
  }

  /** "On November 29," and the gold date it supports. Partial dates get a year elsewhere. */
  opener(): string {
    const { rng, year, month, day } = this;
    const style = rng.weighted([
      ["full", 3],
      ["partial", 4],
      ["recently", 2],
      ["month", 1],
    ] as const);
    const time = rng.pick(TIMES);
    if (style === "full") {
      this.date = iso(year, month, day);
      this.yearMentioned = true;
      return `On ${time}${MONTHS[month - 1]} ${day}, ${year},`;
    }
    if (style === "partial") {
      this.date = iso(year, month, day);
      return `On ${time}${MONTHS[month - 1]} ${day},`;
    }
    if (style === "month") {
      this.date = `${year}-${String(month).padStart(2, "0")}`;
      return `In ${MONTHS[month - 1]} this year,`;
    }
    this.date = String(year);
    return "Recently,";
  }

  docNumber(code: string): string {
    this.yearMentioned = true;
    return `${code}[${this.year}] No. ${this.rng.int(3, 420)}`;
  }

  /** `n` paragraphs of two to four generic sentences (no names but, now and then, a programme). */
  filler(n: number): void {
    for (let k = 0; k < n; k++) {
      const sentences: string[] = [];
      const m = this.rng.int(3, 5);
      for (let i = 0; i < m; i++) {
        let s = this.rng.pick(FILLER);
        if (this.rng.chance(0.04))
          s = s.replace("the public", "the people\u00A1\u00AFs daily life");
        sentences.push(s);
      }
      if (this.rng.chance(0.2)) {
        const p = this.rng.pick(this.world.programs);
        sentences.push(`The work will be carried out in line with the ${this.program(p)}.`);
      }
      this.paragraphs.push(sentences.join(" "));
    }
  }

  focusFiller(n: number): void {
    if (!this.focus) {
      this.filler(n);
      return;
    }
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) {
      const s = this.rng.pick(FOCUS_FILLER);
      const ref = this.org(this.focus, { article: true });
      const cap = ref.charAt(0).toUpperCase() + ref.slice(1);
      sentences.push(s.replace("{S}", s.startsWith("{S}") ? cap : ref));
    }
    this.paragraphs.push(sentences.join(" "));
  }

  ensureYear(): void {
    if (this.yearMentioned) return;
    const p = this.world.programs[0] as Program;
    this.paragraphs.push(
      `The activities are part of the ${this.program(p)} of ${this.year}, which runs throughout ${MONTHS[this.month - 1]}.`,
    );
    this.yearMentioned = true;
  }
}

function pickRecipients(b: DocBuilder, n: number, city?: string): Org[] {
  const { world, rng } = b;
  const out: Org[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < n && tries < n * 20; tries++) {
    let o: Org;
    if (city && world.recipientsByCity.has(city)) {
      const list = world.recipientsByCity.get(city) as Org[];
      o = list[
        (world.cityZipf.get(city) as NonNullable<ReturnType<World["cityZipf"]["get"]>>).sample(rng)
      ] as Org;
    } else {
      o = world.recipients[world.recipientZipf.sample(rng)] as Org;
    }
    if (seen.has(o.name) || (o.parent && seen.has(o.parent.name))) continue;
    seen.add(o.name);
    if (o.parent) seen.add(o.parent.name);
    out.push(o);
  }
  return out;
}

/** Picks an honor at some level, and the city it is about for local honors. */
function pickHonor(b: DocBuilder, city?: string): Honor {
  const { world, rng } = b;
  const level = rng.weighted([
    ["national", 5],
    ["provincial", 2],
    ["municipal", 3],
    ["district", 1],
  ] as const);
  const c = city ?? (rng.pick([...world.municipal.keys()]) as string);
  if (level === "provincial") {
    const province = PROVINCE_OF.get(c);
    if (province) return rng.pick(world.provincialHonors.get(province) as Honor[]);
  }
  if (level === "municipal") return rng.pick(world.municipalHonors.get(c) as Honor[]);
  if (level === "district") {
    const districts = [...world.district.entries()].filter(([, v]) => v.city === c);
    if (districts.length > 0) {
      const [d] = rng.pick(districts);
      return world.districtHonors.get(d) as Honor;
    }
  }
  return rng.pick(world.nationalHonors);
}

const PROVINCE_OF = new Map(CITIES.map((c) => [c.name, c.province]));

function cityOfHonor(h: Honor, fallback: string): string {
  return h.city ?? fallback;
}

function award(
  b: DocBuilder,
  recipient: string,
  h: Honor,
  surface: string,
  issuers: Org[],
  extra: Partial<GoldAward> = {},
): void {
  const a: GoldAward = {
    recipient,
    honor: h.name,
    issuers: issuers.map((o) => o.name),
    date: b.date,
    status: "conferred",
    ...extra,
  };
  const bare = surface.replace(/^["\u201C]|["\u201D]$/g, "");
  if (bare !== h.name) a.honorAliases = [bare];
  b.awards.push(a);
}

// ---- announcement kinds ----------------------------------------------------------------------

function listDecision(b: DocBuilder, city: string): string {
  const { rng } = b;
  const h = pickHonor(b, city);
  const c = cityOfHonor(h, city);
  const recipients = pickRecipients(b, rng.int(1, 4), h.level === "national" ? undefined : c);
  const total = recipients.length + rng.int(5, h.level === "national" ? 800 : 60);
  const ordinal = rng.pick(ORDINALS.slice(0, 5));
  const status = rng.chance(0.15) ? "proposed" : "conferred";
  const opener = b.opener();
  const number = rng.chance(0.7) ? b.docNumber(h.docCode) : undefined;
  const docName = `Decision on Naming the ${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)} Batch of ${plural(h.name)}`;
  const issuers = h.issuers;
  const issuerText = b.orgList(issuers);
  const joint = issuers.length > 1 ? "jointly " : "";
  const headline = `${b.org(issuers[0] as Org, { article: false })} ${issuers.length > 1 ? "and Others " : ""}Announce the ${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)} Batch of ${plural(h.name)}`;
  const cap = issuerText.charAt(0).toUpperCase() + issuerText.slice(1);
  let p1 = `${opener} ${cap.startsWith("The ") ? cap.replace(/^The /, "the ") : cap} ${joint}issued the ${docName}${number ? ` (${number})` : ""}.`;
  const names = recipients.map((r) => b.org(r, { article: rng.chance(0.4) }));
  const list =
    names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0];
  const hs = b.honor(h, { plural: true, quoted: rng.chance(0.4) });
  const verb =
    status === "proposed"
      ? "are proposed to be identified as"
      : rng.pick(["were named", "were recognized as", "were selected as"]);
  const period = h.period && rng.chance(0.6) ? ` for ${h.period}` : "";
  if (period) b.yearMentioned = true;
  p1 += ` ${total} units including ${list} ${verb} the ${ordinal} batch of ${hs}${period}.`;
  b.paragraphs.push(p1);
  b.documents.push({
    name: docName,
    ...(number ? { identifier: number } : {}),
    issuers: issuers.map((o) => o.name),
  });
  for (const r of recipients)
    award(b, r.name, h, hs, issuers, {
      status,
      batch: ordinal,
      cohortSize: total,
      ...(period ? { period: h.period } : {}),
      ...(number ? { document: number } : { document: docName }),
    });
  b.filler(rng.int(1, 3));
  return headline;
}

function titleAwarded(b: DocBuilder, city: string): string {
  const { rng } = b;
  const h = pickHonor(b, city);
  const c = cityOfHonor(h, city);
  const [focus, ...others] = pickRecipients(
    b,
    rng.int(1, 3),
    h.level === "national" ? undefined : c,
  );
  b.focus = focus as Org;
  const total = 1 + others.length + rng.int(10, 300);
  const headline = `${(focus as Org).name} Wins the ${h.name} Award`;
  const opener = b.opener();
  const number = rng.chance(0.5) ? b.docNumber(h.docCode) : undefined;
  const issuers = h.issuers;
  const named = [focus as Org, ...others].map((o) => b.org(o, { article: true }));
  const list =
    named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}` : named[0];
  const hs = b.honor(h, { quoted: true });
  let p: string;
  if (rng.chance(0.5)) {
    p = `${opener} ${b.orgList(issuers)} awarded the title of ${hs} to ${total} units, including ${list}, for their contributions to science popularization since ${b.year - 4}.`;
  } else {
    p = `${opener} the title of ${hs} was awarded to ${total} units, including ${list}, by ${b.orgList(issuers)}.`;
  }
  if (number) p += ` The decision was issued as document ${number}.`;
  b.paragraphs.push(p);
  for (const o of [focus as Org, ...others])
    award(b, o.name, h, hs, issuers, {
      cohortSize: total,
      ...(number ? { document: number } : {}),
    });
  b.focusFiller(rng.int(1, 3));
  b.filler(rng.int(0, 2));
  return headline;
}

function recipientNamed(b: DocBuilder, city: string): string {
  const { rng } = b;
  const h = pickHonor(b, city);
  const c = cityOfHonor(h, city);
  const [focus] = pickRecipients(b, 1, h.level === "national" ? undefined : c);
  b.focus = focus as Org;
  const form = rng.weighted([
    ["named", 3],
    ["title", 2],
    ["won", 2],
    ["honored", 1],
    ["ceremony", 1],
    ["bare", 1],
  ] as const);
  const opener = b.opener();
  const f = b.org(focus as Org, { article: rng.chance(0.3) });
  const issuers = h.issuers;
  let p: string;
  let hs: string;
  let implied = false;
  let withIssuers = true;
  switch (form) {
    case "named":
      hs = b.honor(h);
      p = `${opener} ${f} was named a ${hs} by ${b.orgList(issuers)}.`;
      break;
    case "title":
      hs = b.honor(h, { quoted: true });
      p = `${opener} ${f} was awarded the title of ${hs} by ${b.orgList(issuers)}.`;
      break;
    case "won":
      hs = b.honor(h, { quoted: true });
      p = `${opener} ${f} won the title of ${hs}, which was ${issuers.length > 1 ? "jointly " : ""}conferred by ${b.orgList(issuers)}.`;
      break;
    case "honored":
      hs = b.honor(h);
      p = `${opener} ${f} was honored as a ${hs}.`;
      withIssuers = false;
      break;
    case "ceremony":
      hs = b.honor(h, { quoted: true });
      p = `${opener} ${b.orgList(issuers)} held an awarding ceremony, at which ${f} was awarded the plaque of ${hs}.`;
      implied = true;
      break;
    default:
      hs = b.honor(h);
      p = `${opener} ${f} was named a ${hs}.`;
      withIssuers = false;
  }
  b.paragraphs.push(p);
  award(
    b,
    (focus as Org).name,
    h,
    hs,
    withIssuers ? issuers : [],
    implied ? { issuersImplied: true } : {},
  );
  const headline = `${(focus as Org).name} Named ${h.name}`;
  if (rng.chance(0.35)) {
    const h2 = rng.pick(b.world.nationalHonors.filter((x) => x !== h));
    const y2 = b.year - rng.int(2, 6);
    const hs2 = b.honor(h2);
    b.paragraphs.push(
      `This is another honor ${b.org(focus as Org, { article: true })} has received after it was named a ${hs2} in ${y2}.`,
    );
    award(b, (focus as Org).name, h2, hs2, [], { date: String(y2) });
  }
  b.focusFiller(rng.int(1, 3));
  b.filler(rng.int(0, 2));
  return headline;
}

function publicNotice(b: DocBuilder, city: string): string {
  const { rng, world } = b;
  const h = rng.pick(world.municipalHonors.get(city) as Honor[]);
  const recipients = pickRecipients(b, rng.int(1, 3), city);
  const total = recipients.length + rng.int(5, 40);
  const ordinal = rng.pick(ORDINALS.slice(0, 4));
  const municipal = world.municipal.get(city) as NonNullable<ReturnType<World["municipal"]["get"]>>;
  const press = municipal.press;
  const reporter = rng.pick(world.officials.get(press.id) as Person[]);
  const opener = b.opener();
  const issuers = h.issuers;
  const measures = `${h.name} Recognition and Management Measures`;
  const names = recipients.map((r) => b.org(r, { article: true }));
  const list =
    names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0];
  const hs = b.honor(h, { plural: true });
  const start = Math.min(b.day, 20);
  const byline = `${b.org(press, { article: false })} (Reporter ${b.person(reporter, "Reporter", press.name)})`;
  const p = `${byline} ${opener} ${b.orgList(issuers)} issued a public notice. According to the relevant provisions of the ${b.quote(measures)}, ${total} units including ${list} are planned to be recognized as the ${ordinal} batch of ${hs}. The publicity period is from ${MONTHS[b.month - 1]} ${start} to ${MONTHS[b.month - 1]} ${start + 4}, ${b.year}.`;
  b.yearMentioned = true;
  const headline = `${issuers.map((o) => o.name).join(" and ")} Publishes the ${ordinal} Batch of ${plural(h.name)}`;
  if (rng.chance(0.3)) b.paragraphs.push(p.slice(0, Math.min(p.length - 1, 200 + rng.int(0, 40))));
  b.paragraphs.push(p);
  b.documents.push({ name: measures, issuers: [] });
  for (const r of recipients)
    award(b, r.name, h, hs, issuers, {
      status: "proposed",
      batch: ordinal,
      cohortSize: total,
      noticePeriod: [iso(b.year, b.month, start), iso(b.year, b.month, start + 4)],
      document: measures,
    });
  b.filler(rng.int(1, 3));
  return headline;
}

function renewal(b: DocBuilder, city: string): string {
  const { rng } = b;
  const h = pickHonor(b, city);
  const c = cityOfHonor(h, city);
  const [focus] = pickRecipients(b, 1, h.level === "national" ? undefined : c);
  b.focus = focus as Org;
  const opener = b.opener();
  const f = b.org(focus as Org, { article: rng.chance(0.3) });
  const issuers = h.issuers;
  let p: string;
  let hs: string;
  if (rng.chance(0.5)) {
    hs = b.honor(h, { quoted: true });
    p = `${opener} ${f} passed the re-evaluation organized by ${b.orgList(issuers)} and retained the title of ${hs}.`;
  } else {
    hs = b.honor(h);
    p = `${opener} ${f} was named a ${hs} by ${b.orgList(issuers)} for the ${rng.pick(ORDINALS.slice(1, 5))} time.`;
  }
  b.paragraphs.push(p);
  award(b, (focus as Org).name, h, hs, issuers, { status: "renewed" });
  b.focusFiller(rng.int(1, 2));
  b.filler(rng.int(0, 2));
  return `${(focus as Org).name} Passes the Re-evaluation of ${h.name}`;
}

function localShare(b: DocBuilder, city: string): string {
  const { rng, world } = b;
  const h = rng.pick(world.nationalHonors);
  const recipients = pickRecipients(b, rng.int(2, 4), city);
  const k = recipients.length + rng.int(3, 30);
  const total = k + rng.int(100, 900);
  const opener = b.opener();
  const ast = (world.municipal.get(city) as NonNullable<ReturnType<World["municipal"]["get"]>>).ast;
  const names = recipients.map((r) => b.org(r, { article: true }));
  const list = `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const hs = b.honor(h, { plural: true });
  const p = `${opener} ${b.orgList(h.issuers)} announced the list of ${total} ${hs}. ${k} units in our city including ${list} were named ${hs}, the most in the province, according to ${b.org(ast, { article: true })}.`;
  b.paragraphs.push(p);
  for (const r of recipients) award(b, r.name, h, hs, h.issuers, { cohortSize: k });
  b.filler(rng.int(1, 3));
  return `${k} Units in ${city} Named ${plural(h.name)}`;
}

function meeting(b: DocBuilder, city: string): string {
  const { rng, world } = b;
  const m = world.municipal.get(city) as NonNullable<ReturnType<World["municipal"]["get"]>>;
  const host = rng.chance(0.5) ? m.ast : rng.pick([m.st, m.edu, world.national.CAST as Org]);
  const officials = world.officials.get(host.id) as Person[];
  const topic = rng.pick(MEETING_TOPICS);
  const session = rng.chance(0.4) ? ` (${rng.pick(["1st", "2nd", "3rd"])} session)` : "";
  const opener = b.opener();
  const name = `${b.year} ${topic}${session}`;
  b.yearMentioned = true;
  const h = b.org(host, { article: true });
  const chair = officials[0] as Person;
  const attendees = officials.slice(1, 1 + rng.int(1, 3));
  const ref = () => b.org(host, { article: false });
  const att = attendees.map((p) => {
    const role = p.titles.join(" and ");
    const o = ref();
    return `${role} of ${o} ${b.person(p, role, o)}`;
  });
  const chairRole = chair.titles.join(" and ");
  const chairOrg = ref();
  const p1 = `${opener} ${h} held the ${name}. ${att.join(" and ")} attended the meeting, which was presided over by the ${chairRole} of ${chairOrg} ${b.person(chair, chairRole, chairOrg)}.`;
  b.paragraphs.push(p1.replace(/^(\w)/, (c) => c.toUpperCase()));
  b.paragraphs.push(
    `At the meeting, the main results of the ${b.year - 1} citizen science literacy survey were announced, and the tasks for the ${b.program(world.programs[2] as Program)} period were introduced. ${chair.name} raised requirements for the next stage of work.`,
  );
  b.events.push({
    name,
    date: b.date,
    organizers: [host.name],
    chair: chair.name,
    attendees: attendees.map((p) => p.name),
  });
  b.filler(rng.int(0, 2));
  return `${host.acronym ?? host.name} Holds ${name}`;
}

function agreement(b: DocBuilder, city: string): string {
  const { rng, world } = b;
  const m = world.municipal.get(city) as NonNullable<ReturnType<World["municipal"]["get"]>>;
  let a: Org;
  let c: Org;
  if (rng.chance(0.5)) {
    a = m.ast;
    c = m.culture;
  } else {
    const [x, y] = pickRecipients(b, 2, city);
    a = x as Org;
    c = (y ?? m.ast) as Org;
  }
  const opener = b.opener();
  const p = `${opener} ${b.org(a, { article: true })} signed a strategic cooperation framework agreement with ${b.org(c, { article: true })}.`;
  b.paragraphs.push(p);
  const pa = (world.officials.get(a.id) ?? [])[0];
  const pc = (world.officials.get(c.id) ?? [])[0];
  if (pa && pc) {
    const ra = pa.titles[0] as string;
    const rc = pc.titles[0] as string;
    const oa = b.org(a, { article: false });
    const oc = b.org(c, { article: false });
    b.paragraphs.push(
      `${b.person(pa, ra, oa)}, ${ra} of ${oa}, and ${b.person(pc, rc, oc)}, ${rc} of ${oc}, signed the agreement on behalf of both parties. According to the agreement, the two sides will jointly build science popularization venues and share resources.`,
    );
  }
  b.events.push({
    name: "signing of a strategic cooperation framework agreement",
    date: b.date,
    organizers: [a.name, c.name],
  });
  b.documents.push({
    name: "strategic cooperation framework agreement",
    issuers: [a.name, c.name],
  });
  b.filler(rng.int(1, 2));
  return `${a.name} and ${c.name} Sign Strategic Cooperation Agreement`;
}

function personHonor(b: DocBuilder): string {
  const { rng, world } = b;
  const h = world.personHonor;
  const p = world.staff[world.staffZipf.sample(rng)] as Person;
  const opener = b.opener();
  const orgRef = b.org(p.org, { article: true });
  const role = "Professor";
  b.person(p, role, p.org.name);
  const hs = b.honor(h);
  const number = b.docNumber(h.docCode);
  const text = `${opener} ${b.orgList(h.issuers)} jointly issued a decision (${number}) commending advanced collectives and individuals, and ${role} ${p.name} of ${orgRef} was honored as a ${hs}.`;
  b.paragraphs.push(text);
  award(b, p.name, h, hs, h.issuers, { document: number });
  b.filler(rng.int(1, 3));
  return `${p.name} Honored as ${h.name}`;
}

const KINDS = [
  ["list", 22, listDecision],
  ["title", 10, titleAwarded],
  ["named", 24, recipientNamed],
  ["notice", 10, publicNotice],
  ["renewal", 7, renewal],
  ["local", 5, localShare],
  ["meeting", 10, meeting],
  ["agreement", 7, agreement],
  ["person", 5, (b: DocBuilder) => personHonor(b)],
] as const;

export interface GeneratedAnnouncement {
  id: string;
  text: string;
  gold: GoldDoc;
  /** Organizations, honors, programs and people with the surfaces this announcement used. */
  entityMentions: Array<{ key: string; entity: string; surfaces: string[] }>;
}

function addNoise(rng: Rng, paragraphs: string[]): string[] {
  const out: string[] = [];
  let image = 1;
  for (const [i, p] of paragraphs.entries()) {
    let text = p;
    if (rng.chance(0.15)) {
      // One non-breaking space in place of a plain one.
      const at = text.indexOf(" ", rng.int(10, Math.max(11, text.length - 10)));
      if (at > 0) text = `${text.slice(0, at)}\u00A0${text.slice(at + 1)}`;
    }
    if (i > 0 && rng.chance(0.15)) text = `  ${text}`;
    out.push(text);
    if (i < paragraphs.length - 1 && rng.chance(0.25)) {
      out.push("\u00A0");
      out.push(` ${String(image++).padStart(3, "0")}.jpg`);
      out.push("\u00A0");
    }
  }
  return out;
}

/** Generates announcement `index` of the corpus for `seed`. */
export function generateAnnouncement(
  world: World,
  seed: string,
  index: number,
): GeneratedAnnouncement {
  const rng = new Rng(`${seed}:doc:${index}`);
  const id = `${String(index).padStart(6, "0")}_${rng.hex(8)}`;
  const year = rng.int(2016, 2023);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const b = new DocBuilder(rng, id, world, year, month, day);
  const city = world.recipients[world.recipientZipf.sample(rng)]?.city ?? "Beijing";
  const kind = rng.weighted(KINDS.map((k) => [k, k[1]] as const));
  const headline = kind[2](b, city);
  b.ensureYear();
  const text = `${headline}\n\n${addNoise(rng, b.paragraphs).join("\n\n")}\n`;

  const entityMentions: GeneratedAnnouncement["entityMentions"] = [];
  const organizations: GoldOrganization[] = [];
  for (const [o, surfaces] of b.orgSurfaces) {
    const unique = [...new Set(surfaces)];
    organizations.push({ name: o.name, aliases: unique.filter((s) => s !== o.name) });
    entityMentions.push({ key: o.id, entity: o.name, surfaces: unique });
  }
  const programs: GoldOrganization[] = [];
  for (const [p, surfaces] of b.programSurfaces) {
    const unique = [...new Set(surfaces)];
    programs.push({ name: p.name, aliases: unique.filter((s) => s !== p.name) });
    entityMentions.push({ key: p.id, entity: p.name, surfaces: unique });
  }
  for (const [h, surfaces] of b.honorSurfaces)
    entityMentions.push({ key: h.id, entity: h.name, surfaces: [...new Set(surfaces)] });
  const people: GoldPerson[] = [];
  for (const [p, entry] of b.people) {
    people.push({ name: p.name, roles: [...entry.roles], org: entry.org });
    entityMentions.push({ key: p.id, entity: p.name, surfaces: [p.name] });
  }
  return {
    id,
    text,
    gold: {
      date: b.date,
      kind: kind[0],
      organizations,
      awards: b.awards,
      programs,
      documents: b.documents,
      people,
      events: b.events,
    },
    entityMentions,
  };
}

/** Collects cross-announcement identity while announcements are generated. */
export class CrossDocCollector {
  private readonly clusters = new Map<
    string,
    { entity: string; mentions: MentionRef[]; surfaces: Set<string>; extra: number }
  >();
  private readonly first = new Map<string, MentionRef>();
  constructor(private readonly maxMentions = 100) {}

  add(docId: string, mentions: GeneratedAnnouncement["entityMentions"]): void {
    for (const m of mentions) {
      let c = this.clusters.get(m.key);
      if (!c) {
        c = { entity: m.entity, mentions: [], surfaces: new Set(), extra: 0 };
        this.clusters.set(m.key, c);
        this.first.set(m.key, [docId, m.surfaces[0] as string]);
      }
      for (const s of m.surfaces) {
        if (c.mentions.length < this.maxMentions || !c.surfaces.has(s)) c.mentions.push([docId, s]);
        else c.extra++;
        c.surfaces.add(s);
      }
    }
  }

  result(world: World): Gold["crossDocument"] {
    const same: Gold["crossDocument"]["same"] = [];
    for (const c of this.clusters.values()) {
      if (c.mentions.length + c.extra < 2) continue;
      same.push({ entity: c.entity, mentions: c.mentions });
    }
    // Near misses: bodies of one family at different levels or places must stay apart.
    const distinct: Array<[MentionRef, MentionRef]> = [];
    const firstOf = (o: Org) => this.first.get(o.id);
    const families: Array<[Org, Org[]]> = [
      [
        world.national.CAST as Org,
        [...world.municipal.values(), ...world.provincial.values()].map((m) => m.ast),
      ],
      [
        world.national.MOST as Org,
        [
          ...[...world.municipal.values()].map((m) => m.st),
          ...[...world.provincial.values()].map((m) => m.dept),
          ...[...world.district.values()].map((m) => m.st),
        ],
      ],
      [
        world.national.MOE as Org,
        [
          ...[...world.municipal.values()].map((m) => m.edu),
          ...[...world.district.values()].map((m) => m.edu),
        ],
      ],
    ];
    for (const [head, members] of families) {
      const h = firstOf(head);
      const seen = members.map(firstOf).filter((x): x is MentionRef => !!x);
      if (h) for (const m of seen) distinct.push([m, h]);
      for (let i = 1; i < seen.length; i++)
        distinct.push([seen[i - 1] as MentionRef, seen[i] as MentionRef]);
    }
    const nspd = this.first.get("program:nspd");
    const base = this.first.get(`honor:National Science Popularization Education Base`);
    if (nspd && base) distinct.push([base, nspd]);
    return {
      about:
        "Cross-announcement identity of what the generator planted: each 'same' cluster lists (announcement id, surface form) mentions that denote ONE entity (at most 100 mentions per cluster are listed, but every distinct surface form appears at least once). Each 'distinct' pair names near-miss bodies (same words, different place or level) that must NOT be merged.",
      same,
      distinct,
    };
  }
}

export interface WriteResult {
  dir: string;
  count: number;
  bytes: number;
  goldPath: string;
  ms: number;
}

const GENERATED_FILE = /^\d{6,}_[0-9a-f]{8}\.txt$/;

/** Writes `count` announcements and gold.json into `dir` (stale generated files are removed first). */
export function writeCorpus(dir: string, count: number, seed: string): WriteResult {
  const started = performance.now();
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir))
    if (GENERATED_FILE.test(name) || name === "gold.json") unlinkSync(join(dir, name));
  const world = buildWorld(seed);
  const cross = new CrossDocCollector();
  const docs: Record<string, GoldDoc> = {};
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const a = generateAnnouncement(world, seed, i);
    writeFileSync(join(dir, `${a.id}.txt`), a.text);
    bytes += Buffer.byteLength(a.text);
    docs[a.id] = a.gold;
    cross.add(a.id, a.entityMentions);
  }
  const gold: Gold = {
    about: `Gold facts planted by the Laurel corpus generator (seed ${JSON.stringify(seed)}, ${count} announcements), in the schema of data/gold/seeds.json. Names are canonical; aliases are the other spellings this announcement itself uses (variants, acronyms, short forms such as "the Museum"). Dates: the most precise value the text supports (a partial date's year is given elsewhere in the text). 'kind' says which template wrote the announcement.`,
    generator: { version: GENERATOR_VERSION, seed, count },
    docs,
    crossDocument: cross.result(world),
  };
  const goldPath = join(dir, "gold.json");
  writeFileSync(goldPath, count <= 2000 ? JSON.stringify(gold, null, 1) : JSON.stringify(gold));
  return { dir, count, bytes, goldPath, ms: performance.now() - started };
}
