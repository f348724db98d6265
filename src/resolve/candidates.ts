// Candidate keys and links: each mention gets the key of the full name it stands for, and every
// other key that name is known by (word-order variants, the authority entry, an acronym the text or
// the corpus defines) is linked to it with the reason why. Nothing is merged here.
import type { EntityType, Extraction, Mention } from "../types.ts";
import {
  type AuthorityLookup,
  type KeyClass,
  type KeyOf,
  type KeyTable,
  LINK_RANK,
  linksToAuthority,
  TYPE_PREFIX,
} from "./key-table.ts";
import {
  alternativeKeys,
  contentSignature,
  isGenericKey,
  isLocalWithoutPlace,
  isRankedPrizeKey,
  isSelfReferenceKey,
} from "./keys.ts";
import { ACRONYM, acronymsDefinedIn, bareAcronym, rootsOf } from "./mentions.ts";

/** Merge evidence from a text's own coreference (short forms, acronyms, aliases). */
export interface CoreferenceNote {
  key: string;
  why: string;
  announcementId: string;
}

export interface Candidates {
  table: KeyTable;
  /** Each text's log, by index in the extractions (only when asked to record). */
  logs?: CandidateLog[];
  allMentions: Mention[];
  /** The key of each mention's root mention, by index in allMentions. */
  mentionKeys: string[];
  /** The root mention each mention stands for, by index in allMentions. */
  mentionRoots: Mention[];
  /** Mention id -> the key of its root mention (built on first use; the arrays are faster). */
  readonly mentionKey: Map<string, string>;
  /** Mention id -> the root mention it stands for (built on first use). */
  readonly rootMention: Map<string, Mention>;
  coreference: Map<string, CoreferenceNote>;
}

/** State shared by all announcements while candidates are collected. */
interface Corpus extends Omit<Candidates, "mentionKey" | "rootMention" | "logs"> {
  keyOf: KeyOf;
  lookup: AuthorityLookup;
  /** Acronym -> keys of the names texts define it for ("Full Name (ACR)"). */
  definitions: Map<string, Set<string>>;
  /** Bare acronyms used without a definition in their own text and unknown to the authority. */
  undefinedAcronyms: Set<string>;
  /** Type -> name -> alternativeNames(): names repeat across texts, their variants do too. */
  alternatives: Map<EntityType, Map<string, AlternativeName[]>>;
  /** Type -> name key -> isTextLocal(), for every type but Document (whose answer reads the mention). */
  textLocal: Map<EntityType, Map<string, boolean>>;
}

/** State of one announcement. */
interface Text {
  corpus: Corpus;
  /** The corpus's key table, or one that also writes each call into the text's log. */
  table: KeyTable;
  /** Where this text's calls are recorded, when they are. */
  log?: LogWriter;
  announcementId: string;
  definedHere: Set<string>;
  rootKeys: Map<string, string>;
}

/**
 * One call a text makes on the corpus's state, by opcode. Each is a pure function of the text
 * (and of the authority and this code), so a log recorded in one build replays the same in
 * another whatever texts come before it: the state-dependent parts run again on replay (register
 * and link keep the best class and the smallest reason; a coreference note keeps the first
 * announcement; an acronym joins the corpus's definitions only if its key is still a name).
 */
const OP = {
  /** register(key, class) */
  register: 0,
  /** link(a, b, why, rank): the rank is a number, the others strings */
  link: 1,
  /** scoped(prefix, rest, class), in the text's announcement */
  scoped: 2,
  /** a bare acronym no one defines (acronym) */
  undefinedAcronym: 3,
  /** a coreference note (id, key, why) */
  coreference: 4,
  /** an acronym defined for a name (acronym, key, the root's name, its name key) */
  definition: 5,
} as const;

/** Arguments of each opcode, in OP's order. */
const ARITY = [2, 4, 3, 1, 3, 4];

/**
 * What collecting one text's candidates did, compact (a log is kept for every announcement and
 * read back by the next build: few objects, each string once).
 */
export interface CandidateLog {
  /** The log's strings, each once; the numbers below point into it. */
  strings: string[];
  /**
   * Each mention's root: the index of a mention of the same text, or -1 - i for a mention that
   * stands on its own under the name strings[i] (see rootsOf).
   */
  roots: number[];
  /** Each mention's key (an index into strings). */
  keys: number[];
  /** The calls, flat: an opcode, then its arguments (string indexes, but a link's rank). */
  ops: number[];
}

/** Writes a text's calls into a log as it is collected. */
class LogWriter {
  readonly log: CandidateLog = { strings: [], roots: [], keys: [], ops: [] };
  private readonly index = new Map<string, number>();

  string(value: string): number {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.log.strings.length;
      this.log.strings.push(value);
      this.index.set(value, at);
    }
    return at;
  }

  call(op: number, ...args: Array<string | number>): void {
    this.log.ops.push(op);
    for (const arg of args) this.log.ops.push(typeof arg === "string" ? this.string(arg) : arg);
  }
}

export interface CollectOptions {
  /** A log recorded earlier for this text, replayed instead of collecting it again. */
  logOf?: (extraction: Extraction, index: number) => CandidateLog | undefined;
  /** Record every text's log (by index), for a later build to replay. */
  record?: boolean;
  /**
   * The mentions a replayed log is laid over, when reading `extraction.mentions` costs more than
   * linking needs (an extraction kept in a cache reads its mentions' evidence then).
   */
  mentionsOf?: (extraction: Extraction) => Mention[];
}

export function collectCandidates(
  extractions: Extraction[],
  table: KeyTable,
  lookup: AuthorityLookup,
  keyOf: KeyOf,
  diagnostics: string[],
  options: CollectOptions = {},
): Candidates {
  const corpus: Corpus = {
    table,
    keyOf,
    lookup,
    allMentions: [],
    mentionKeys: [],
    mentionRoots: [],
    coreference: new Map(),
    definitions: new Map(),
    undefinedAcronyms: new Set(),
    alternatives: new Map(),
    textLocal: new Map(),
  };
  const logs: CandidateLog[] | undefined = options.record ? [] : undefined;
  extractions.forEach((extraction, index) => {
    const known = options.logOf?.(extraction, index);
    const mentions = known && (options.mentionsOf?.(extraction) ?? extraction.mentions);
    if (known && mentions && fitsText(known, mentions)) {
      replayText(corpus, extraction, mentions, known);
      logs?.push(known);
    } else {
      const log = collectFromText(corpus, extraction, logs !== undefined);
      if (logs && log) logs.push(log);
    }
  });
  linkCorpusAcronyms(corpus, diagnostics);
  const { allMentions, mentionKeys, mentionRoots, coreference } = corpus;
  let keyById: Map<string, string> | undefined;
  let rootById: Map<string, Mention> | undefined;
  return {
    table,
    ...(logs ? { logs } : {}),
    allMentions,
    mentionKeys,
    mentionRoots,
    coreference,
    get mentionKey() {
      keyById ??= new Map(allMentions.map((m, i) => [m.id, mentionKeys[i] as string]));
      return keyById;
    },
    get rootMention() {
      rootById ??= new Map(allMentions.map((m, i) => [m.id, mentionRoots[i] as Mention]));
      return rootById;
    },
  };
}

/** Collects one text's candidates; with `record`, returns the log that replays them. */
function collectFromText(
  corpus: Corpus,
  extraction: Extraction,
  record = false,
): CandidateLog | undefined {
  const roots = rootsOf(extraction, corpus.keyOf);
  const log = record ? new LogWriter() : undefined;
  const text: Text = {
    corpus,
    table: log ? recordingTable(corpus.table, log) : corpus.table,
    ...(log ? { log } : {}),
    announcementId: extraction.announcement.id,
    definedHere: acronymsDefinedIn(extraction, roots),
    rootKeys: new Map(),
  };
  extraction.mentions.forEach((mention, index) => {
    const root = roots.get(mention.id) as Mention;
    corpus.allMentions.push(mention);
    corpus.mentionRoots.push(root);
    const key = keyOfRoot(text, root);
    corpus.mentionKeys.push(key);
    if (log) {
      log.log.roots.push(root === mention ? index : rootInLog(log, extraction, root));
      log.log.keys.push(log.string(key));
    }
    if (root.id !== mention.id) linkReferringMention(text, mention, root, key);
  });
  return log?.log;
}

/**
 * A root as a log keeps it: the index of the text's mention it is, or, for a mention that stands
 * on its own under another name (see rootsOf), -1 - the index of that name.
 */
function rootInLog(log: LogWriter, extraction: Extraction, root: Mention): number {
  const index = extraction.mentions.indexOf(root);
  return index >= 0 ? index : -1 - log.string(root.name);
}

/** A key table that also writes each register, link and scoped call into the log. */
function recordingTable(table: KeyTable, log: LogWriter): KeyTable {
  return {
    classOf: table.classOf,
    scopedIndex: table.scopedIndex,
    links: table.links,
    register(key, cls) {
      log.call(OP.register, key, cls);
      return table.register(key, cls);
    },
    link(a, b, why, rank = LINK_RANK.text) {
      log.call(OP.link, a, b, why, rank);
      table.link(a, b, why, rank);
    },
    scoped(prefix, announcementId, rest, cls) {
      log.call(OP.scoped, prefix, rest, cls);
      return table.scoped(prefix, announcementId, rest, cls);
    },
  };
}

/** True when a log has one root and one key per mention of the text and every index in range. */
function fitsText(log: CandidateLog, mentions: Mention[]): boolean {
  const count = mentions.length;
  const strings = log.strings.length;
  const isString = (at: number | undefined) =>
    at !== undefined && Number.isInteger(at) && at >= 0 && at < strings;
  if (log.roots.length !== count || log.keys.length !== count) return false;
  if (!log.roots.every((root) => (root >= 0 ? root < count : isString(-1 - root)))) return false;
  if (!log.keys.every(isString)) return false;
  for (let at = 0; at < log.ops.length; ) {
    const op = log.ops[at] as number;
    const arity = ARITY[op];
    if (arity === undefined || at + arity >= log.ops.length) return false;
    for (let i = 1; i <= arity; i++)
      if (!(op === OP.link && i === 4) && !isString(log.ops[at + i])) return false;
    at += arity + 1;
  }
  return true;
}

/** Does what collectFromText did for this text (whose mentions are `mentions`), from its log. */
function replayText(
  corpus: Corpus,
  extraction: Extraction,
  mentions: Mention[],
  log: CandidateLog,
): void {
  const { strings } = log;
  mentions.forEach((mention, i) => {
    corpus.allMentions.push(mention);
    corpus.mentionRoots.push(rootFromLog(mentions, mention, log.roots[i] as number, strings));
    corpus.mentionKeys.push(strings[log.keys[i] as number] as string);
  });
  const text: Text = {
    corpus,
    table: corpus.table,
    announcementId: extraction.announcement.id,
    definedHere: new Set(),
    rootKeys: new Map(),
  };
  const { ops } = log;
  for (let at = 0; at < ops.length; at += (ARITY[ops[at] as number] as number) + 1)
    replayOp(text, ops, at, strings);
}

function rootFromLog(
  mentions: Mention[],
  mention: Mention,
  root: number,
  strings: string[],
): Mention {
  if (root >= 0) return mentions[root] as Mention;
  // As rootsOf makes it: the mention, no longer referring back, under its own name.
  const { antecedent: _, ...own } = mention;
  return { ...own, name: strings[-1 - root] as string };
}

function replayOp(text: Text, ops: number[], at: number, strings: string[]): void {
  const { table } = text;
  const arg = (i: number) => strings[ops[at + i] as number] as string;
  switch (ops[at]) {
    case OP.register:
      table.register(arg(1), arg(2) as KeyClass);
      return;
    case OP.link:
      table.link(arg(1), arg(2), arg(3), ops[at + 4]);
      return;
    case OP.scoped:
      table.scoped(arg(1), text.announcementId, arg(2), arg(3) as KeyClass);
      return;
    case OP.undefinedAcronym:
      text.corpus.undefinedAcronyms.add(arg(1));
      return;
    case OP.coreference:
      keepCoreference(text, arg(1), arg(2), arg(3));
      return;
    case OP.definition:
      defineAcrossTexts(text, arg(1), arg(2), arg(3), arg(4));
      return;
  }
}

/** The key of a root mention, with its links to acronyms, variants and the authority. */
function keyOfRoot(text: Text, root: Mention): string {
  const known = text.rootKeys.get(root.id);
  if (known) return known;
  const acronym = bareAcronym(root);
  const key = acronym ? keyOfBareAcronym(text, root, acronym) : keyOfFullName(text, root);
  return key;
}

function keyOfBareAcronym(text: Text, root: Mention, acronym: string): string {
  const { table } = text;
  const { lookup } = text.corpus;
  const prefix = TYPE_PREFIX[root.kind];
  let key: string;
  if (text.definedHere.has(acronym)) {
    // Used before (or without a link to) its definition in the same text.
    key = table.scoped(prefix, text.announcementId, `acr ${acronym}`, "local-acr");
  } else {
    key = table.register(`${prefix}:acr ${acronym}`, "acr");
    const entry = lookup.organizationByAcronym(acronym);
    if (entry) {
      table.link(
        key,
        table.register(`auth:${entry.iri}`, "auth"),
        `authority ${entry.iri} has acronym ${acronym} ("${root.surface}", ${text.announcementId})`,
        LINK_RANK.acronym,
      );
    } else {
      text.corpus.undefinedAcronyms.add(acronym);
      text.log?.call(OP.undefinedAcronym, acronym);
    }
  }
  text.rootKeys.set(root.id, key);
  return key;
}

/** A name with nothing that makes it unique outside its text ("the Education Bureau", events). */
function isTextLocal(type: EntityType, name: string, root: Mention): boolean {
  return (
    name === "" ||
    type === "Event" ||
    type === "Cohort" ||
    (type === "Organization" && (isGenericKey(name) || isSelfReferenceKey(name))) ||
    (type === "Honor" && isRankedPrizeKey(name)) ||
    (type === "Document" && !/[A-Z]/.test(root.name.charAt(0)) && !root.identifier) ||
    (linksToAuthority(type) && isLocalWithoutPlace(name))
  );
}

/** isTextLocal, computed once per type and name key where the mention itself does not matter. */
function cachedTextLocal(corpus: Corpus, type: EntityType, name: string, root: Mention): boolean {
  if (type === "Document") return isTextLocal(type, name, root);
  let byName = corpus.textLocal.get(type);
  if (!byName) {
    byName = new Map();
    corpus.textLocal.set(type, byName);
  }
  let local = byName.get(name);
  if (local === undefined) {
    local = isTextLocal(type, name, root);
    byName.set(name, local);
  }
  return local;
}

function keyOfFullName(text: Text, root: Mention): string {
  const { table } = text;
  const { keyOf } = text.corpus;
  const type: EntityType = root.kind;
  const prefix = TYPE_PREFIX[type];
  const name = keyOf(type, root.name);
  const local = cachedTextLocal(text.corpus, type, name, root);
  let key: string;
  if (type === "Document" && root.identifier) {
    key = table.register(`${prefix}:no ${keyOf("Document", root.identifier)}`, "name");
  } else if (name === "") {
    key = table.scoped(prefix, text.announcementId, root.id, "scoped");
  } else if (local) {
    key = table.scoped(prefix, text.announcementId, name, "scoped");
  } else {
    key = table.register(`${prefix}:${name}`, "name");
  }
  text.rootKeys.set(root.id, key);
  if (!local) linkNameVariants(text, root, key, name);
  if (root.acronym && type === "Organization") defineAcronym(text, root.acronym, key, root, name);
  return key;
}

/** Links a global name to its authority entry and to the other keys its words can be read as. */
function linkNameVariants(text: Text, root: Mention, key: string, name: string): void {
  const { table } = text;
  const { lookup } = text.corpus;
  const type: EntityType = root.kind;
  const prefix = TYPE_PREFIX[type];
  const entry = lookup.byName(type, name);
  if (entry)
    table.link(
      key,
      table.register(`auth:${entry.iri}`, "auth"),
      `authority ${entry.iri} lists "${root.name}" (${text.announcementId})`,
      LINK_RANK.label,
    );
  for (const alternative of cachedAlternatives(text.corpus, type, root.name)) {
    const alt = table.register(`${prefix}:${alternative.key}`, "alt");
    table.link(key, alt, `"${root.name}" is also "${alternative.key}" (${alternative.rule})`);
    const altEntry = lookup.byName(type, alternative.key);
    if (altEntry)
      table.link(
        key,
        table.register(`auth:${altEntry.iri}`, "auth"),
        `authority ${altEntry.iri} lists "${alternative.key}", a form of "${root.name}" (${text.announcementId})`,
      );
  }
}

/** "Full Name (ACR)": the acronym means this name in this text, maybe in the authority too. */
function defineAcronym(
  text: Text,
  acronym: string,
  key: string,
  root: Mention,
  name: string,
): void {
  const { table } = text;
  table.link(
    key,
    table.scoped("org", text.announcementId, `acr ${acronym}`, "local-acr"),
    // No announcement id: the note would otherwise repeat once per text defining the acronym.
    `acronym ${acronym} = "${root.name}" in the text`,
  );
  text.log?.call(OP.definition, acronym, key, root.name, name);
  defineAcrossTexts(text, acronym, key, root.name, name);
}

/** The part of defineAcronym that reads the corpus's state: it runs again when a log replays. */
function defineAcrossTexts(
  text: Text,
  acronym: string,
  key: string,
  rootName: string,
  name: string,
): void {
  // The corpus's own table: what happens here is not part of the text's log (it runs again).
  const { table, lookup, definitions } = text.corpus;
  // A name unique only inside its text ("the Municipal Association ... (MAST)") defines the
  // acronym for that text alone.
  if (table.classOf.get(key) !== "name") return;
  const set = definitions.get(acronym) ?? new Set();
  set.add(key);
  definitions.set(acronym, set);
  // An unlisted rendering of a listed body, same content words: "China Association of S&T (CAST)".
  const entry = lookup.organizationByAcronym(acronym);
  if (
    entry &&
    lookup.byName("Organization", name) !== entry &&
    lookup.signatures(entry).has(contentSignature(name))
  )
    table.link(
      key,
      table.register(`auth:${entry.iri}`, "auth"),
      `"${rootName}" (${acronym}) matches authority ${entry.iri} by acronym and words (${text.announcementId})`,
      LINK_RANK.acronym,
    );
}

interface AlternativeName {
  key: string;
  rule: string;
}

/** alternativeNames, computed once per type and name in a corpus. */
function cachedAlternatives(corpus: Corpus, type: EntityType, name: string): AlternativeName[] {
  let byName = corpus.alternatives.get(type);
  if (!byName) {
    byName = new Map();
    corpus.alternatives.set(type, byName);
  }
  let found = byName.get(name);
  if (!found) {
    found = alternativeNames(corpus, type, name);
    byName.set(name, found);
  }
  return found;
}

/** Names whose key differs from the written one: "X of <place>", acronyms inside names. */
function alternativeNames(corpus: Corpus, type: EntityType, name: string): AlternativeName[] {
  const { keyOf, lookup } = corpus;
  const own = keyOf(type, name);
  const found: AlternativeName[] = alternativeKeys(type, name, own).map((key) => ({
    key,
    rule: "word order",
  }));
  if (type === "Organization" && /\b[A-Z]{2,10}\b/.test(name) && !ACRONYM.test(name.trim())) {
    let changed = false;
    const expanded = name.replace(/\b[A-Z]{2,10}\b/g, (acronym) => {
      const entry = lookup.organizationByAcronym(acronym);
      if (!entry) return acronym;
      changed = true;
      return entry.prefLabel;
    });
    if (changed) {
      const key = keyOf(type, expanded);
      found.push({ key, rule: "acronym expanded from the authority" });
      for (const key2 of alternativeKeys(type, expanded, key))
        found.push({ key: key2, rule: "acronym expanded from the authority" });
    }
  }
  return found.filter((f, i) => f.key !== own && found.findIndex((g) => g.key === f.key) === i);
}

/**
 * A mention that refers back (short form, acronym, "hereinafter ..."): its own words link only
 * inside this text, or to the authority. "the Panda Base" of one text is not another's.
 */
function linkReferringMention(text: Text, mention: Mention, root: Mention, key: string): void {
  const { table } = text;
  const { lookup, keyOf } = text.corpus;
  noteCoreference(text, mention, root, key);
  const acronym = bareAcronym(mention);
  if (acronym && root.kind === "Organization" && !bareAcronym(root)) {
    defineAcronym(text, acronym, key, root, keyOf(root.kind, root.name));
    return;
  }
  const type: EntityType = root.kind;
  const own = keyOf(type, mention.name);
  if (own === "" || own === keyOf(type, root.name) || isGenericKey(own)) return;
  const entry = lookup.byName(type, own);
  if (entry)
    table.link(
      key,
      table.register(`auth:${entry.iri}`, "auth"),
      `authority ${entry.iri} lists "${mention.surface}", which refers to "${root.name}" (${text.announcementId})`,
    );
}

/** One note per short form and full name, citing the first announcement (by id) using it. */
function noteCoreference(text: Text, mention: Mention, root: Mention, key: string): void {
  const { keyOf } = text.corpus;
  const surfaceKey = keyOf(root.kind, mention.surface);
  if (surfaceKey === "" || surfaceKey === keyOf(root.kind, root.name)) return;
  const note = `"${mention.surface.replace(/\s+/g, " ").trim()}" refers to "${root.name}"`;
  const id = `${key}\u0000${note}`;
  const why = `${note} (${text.announcementId})`;
  text.log?.call(OP.coreference, id, key, why);
  keepCoreference(text, id, key, why);
}

function keepCoreference(text: Text, id: string, key: string, why: string): void {
  const { coreference } = text.corpus;
  const seen = coreference.get(id);
  if (!seen || text.announcementId < seen.announcementId)
    coreference.set(id, { key, why, announcementId: text.announcementId });
}

/** Bare acronyms no text around them defines: the one name other texts define them as, if only one. */
function linkCorpusAcronyms(corpus: Corpus, diagnostics: string[]): void {
  for (const acronym of [...corpus.undefinedAcronyms].sort()) {
    const defined = [...(corpus.definitions.get(acronym) ?? [])].sort();
    const spelled = defined.filter((key) => spellsAcronym(key, acronym));
    if (defined.length === 1)
      linkCorpusAcronym(corpus, acronym, defined[0] as string, "defined only as");
    else if (spelled.length === 1)
      linkCorpusAcronym(corpus, acronym, spelled[0] as string, "spelled by the initials of only");
    else if (defined.length > 1)
      diagnostics.push(
        `acronym ${acronym} is used bare and defined as ${defined.length} different names (${defined.map((d) => `"${d.slice(4)}"`).join(", ")}); not linked`,
      );
  }
}

function linkCorpusAcronym(corpus: Corpus, acronym: string, key: string, how: string): void {
  const why = `acronym ${acronym} is ${how} "${key.slice(4)}" in the corpus`;
  corpus.table.link(`org:acr ${acronym}`, key, why, LINK_RANK.corpus);
}

// Small words an acronym may skip: "Chinese Academy of Sciences" is CAS.
const UNSPELLED = new Set(["of", "the", "and", "for", "in", "on", "at", "to", "&"]);

/**
 * True when the initials of a name's words spell the acronym, with or without its small words:
 * of the names "CPC" is defined as across texts, "communist party of china" is the one it spells,
 * not "organization department of communist party of china".
 */
export function spellsAcronym(key: string, acronym: string): boolean {
  const words = key
    .slice(key.indexOf(":") + 1)
    .split(" ")
    .filter(Boolean);
  const initials = (list: string[]) =>
    list
      .map((w) => w.charAt(0))
      .join("")
      .toUpperCase();
  return (
    initials(words.filter((w) => !UNSPELLED.has(w))) === acronym || initials(words) === acronym
  );
}
