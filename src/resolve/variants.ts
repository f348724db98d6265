// Translation variants of honors and programmes: one Chinese title reaches English in several
// words ("Advanced Collective in Science Popularization", "Advanced Group in Popular Science Work").
// Names are blocked by a signature that maps each translation pair to one word; two names with the
// same signature get a score from the pairs they differ by. Above MERGE_LINE they are linked, below
// it the pair is only suggested, with the evidence either way.
// ("popular science" / "science popularization" / "scientific popularization" are one key already:
// see canonicalWords in keys.ts.)
import type { Entity } from "../types.ts";
import type { Candidates } from "./candidates.ts";
import type { Clustering } from "./clustering.ts";
import { type KeyTable, LINK_RANK } from "./key-table.ts";
import { neverMergeReason } from "./never-merge.ts";

/** A set of words this genre uses for one Chinese word, and how sure a swap between them is. */
interface VariantFamily {
  name: string;
  /** Word -> the family's word in the signature ("" drops it). */
  words: Record<string, string>;
  weight: number;
  /** A surer weight for titles of bodies and places (by the title's head word). */
  weightForBodies?: number;
}

// Heads of titles held by people: "model" there is often 模范, not 示范.
const PERSON_HEADS = new Set([
  "worker",
  "teacher",
  "individual",
  "person",
  "family",
  "household",
  "soldier",
  "hero",
  "doctor",
  "nurse",
  "student",
  "youth",
  "woman",
  "mother",
  "cadre",
  "pioneer",
  "star",
  "figure",
  "employee",
  "communicator",
  "scientist",
  "volunteer",
  "craftsman",
]);

export const VARIANT_FAMILIES: VariantFamily[] = [
  // 集体: the title of a collective, written as any of the three.
  {
    name: "collective/group/unit",
    words: { collective: "collective", group: "collective", unit: "collective" },
    weight: 0.9,
  },
  // 工作 / 活动 after a field ("... in Science Popularization Work"): often left out in translation.
  { name: "work/activities", words: { work: "", activity: "" }, weight: 0.85 },
  // 一级 / 二级 ratings: "first-class", "first-grade", "level one".
  {
    name: "class/grade/level",
    words: { class: "class", grade: "class", level: "class" },
    weight: 0.9,
  },
  // 示范: "demonstration" and "model" both; but 模范 is "model" too ("model worker"), so a swap
  // in a title held by people is not sure. A school, base or city is a 示范 one.
  {
    name: "demonstration/model",
    words: { demonstration: "demonstration", model: "demonstration" },
    weight: 0.8,
    weightForBodies: 0.9,
  },
  // 科学 as an adjective: "science education" / "scientific education".
  { name: "science/scientific", words: { science: "science", scientific: "science" }, weight: 0.9 },
  // 基地 is a base; "center" is usually 中心, another word: a swap is worth a look, not a merge.
  { name: "base/center", words: { base: "base", center: "base" }, weight: 0.6 },
];

/** Merges at or above this score are made; below it they are suggested. */
export const MERGE_LINE = 0.75;

/** Words translators add or drop freely between the title's words. */
const FILLERS = new Set(["in", "for", "of", "on", "at", "to"]);
/** Spellings one family word has that keys keep apart (singular() leaves "activities"). */
const SPELLINGS: Record<string, string> = { activities: "activity", centre: "center" };
/** How sure a name is the same when only the order of its words differs. */
const WORD_ORDER_WEIGHT = 0.9;

const FAMILY_OF = new Map<string, VariantFamily>();
for (const family of VARIANT_FAMILIES)
  for (const word of Object.keys(family.words)) FAMILY_OF.set(word, family);

interface Reading {
  /** Content words in order, each family word replaced by the family's word. */
  sequence: string[];
  /** The title's head: the word before its first preposition, else its last word. */
  head: string;
  /** Family -> the words of it the name uses, sorted ("" when it uses none). */
  used: Map<string, string>;
}

function readName(key: string): Reading {
  const sequence: string[] = [];
  const used = new Map<string, string[]>();
  let head = "";
  for (const written of key.split(" ")) {
    const word = SPELLINGS[written] ?? written;
    if (FILLERS.has(word)) {
      head ||= sequence[sequence.length - 1] ?? "";
      continue;
    }
    const family = FAMILY_OF.get(word);
    if (family) {
      used.set(family.name, [...(used.get(family.name) ?? []), word]);
      const mapped = family.words[word] as string;
      if (mapped) sequence.push(mapped);
    } else sequence.push(word);
  }
  return {
    sequence,
    head: head || (sequence[sequence.length - 1] ?? ""),
    used: new Map([...used].map(([name, words]) => [name, [...words].sort().join(" ")])),
  };
}

/** The blocking key: names with equal signatures are candidate variants of each other. */
export function variantSignature(key: string): string {
  return [...readName(key).sequence].sort().join(" ");
}

export interface VariantScore {
  score: number;
  /** The pairs the two names differ by, each with its weight. */
  evidence: string[];
}

/** The family's weight for a title: surer for a title of bodies and places than of people. */
function weightOf(family: VariantFamily, head: string): number {
  if (family.weightForBodies === undefined || PERSON_HEADS.has(head)) return family.weight;
  return family.weightForBodies;
}

/** How sure two names with one signature are one title, and why; undefined when not variants. */
export function scoreVariants(a: string, b: string): VariantScore | undefined {
  if (a === b || variantSignature(a) !== variantSignature(b)) return undefined;
  const ra = readName(a);
  const rb = readName(b);
  let score = 1;
  const evidence: string[] = [];
  for (const family of VARIANT_FAMILIES) {
    const wa = ra.used.get(family.name) ?? "";
    const wb = rb.used.get(family.name) ?? "";
    if (wa === wb) continue;
    const weight = weightOf(family, ra.head);
    score *= weight;
    evidence.push(`${family.name}: ${wa || "none"} / ${wb || "none"} (${weight})`);
  }
  if (ra.sequence.join(" ") !== rb.sequence.join(" ")) {
    score *= WORD_ORDER_WEIGHT;
    evidence.push(`word order (${WORD_ORDER_WEIGHT})`);
  }
  return { score: Math.round(score * 1000) / 1000, evidence };
}

/** A variant pair below the merge line, for a person to accept or reject. */
export interface Suggestion {
  /** The two names, as mentions wrote them. */
  a: string;
  b: string;
  /** Their candidate keys. */
  keys: [string, string];
  /** The entities (Entity.key) the two names ended in; filled in once entities exist. */
  entities?: [string, string];
  score: number;
  why: string;
}

/** Prefixes of the types whose names are read for translation variants. */
const VARIANT_PREFIXES = ["honor:", "program:"];

/**
 * Links the honor and programme names that are translation variants above the merge line and
 * returns the pairs below it as suggestions. Only names that are global keys take part.
 */
export function linkVariants(table: KeyTable, candidates: Candidates): Suggestion[] {
  const nameOf = readableNames(candidates);
  const blocks = new Map<string, string[]>();
  for (const [key, cls] of table.classOf) {
    if (cls !== "name" || !VARIANT_PREFIXES.some((p) => key.startsWith(p))) continue;
    const prefix = key.slice(0, key.indexOf(":") + 1);
    const block = `${prefix}${variantSignature(key.slice(prefix.length))}`;
    blocks.set(block, [...(blocks.get(block) ?? []), key]);
  }
  const suggestions: Suggestion[] = [];
  for (const keys of blocks.values()) {
    keys.sort();
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const [ka, kb] = [keys[i] as string, keys[j] as string];
        const prefix = ka.slice(0, ka.indexOf(":") + 1);
        const scored = scoreVariants(ka.slice(prefix.length), kb.slice(prefix.length));
        if (!scored) continue;
        const [a, b] = [nameOf.get(ka) ?? ka, nameOf.get(kb) ?? kb];
        const why = `translation variants "${a}" ~ "${b}": ${scored.evidence.join(", ")}; score ${scored.score}`;
        if (scored.score >= MERGE_LINE) table.link(ka, kb, why, LINK_RANK.variant);
        else suggestions.push({ a, b, keys: [ka, kb], score: scored.score, why });
      }
  }
  return suggestions;
}

/** Key -> the name its mentions write, the smallest when they write several (order-free). */
function readableNames(candidates: Candidates): Map<string, string> {
  const names = new Map<string, string>();
  const { mentionKeys, mentionRoots } = candidates;
  for (let i = 0; i < mentionKeys.length; i++) {
    const key = mentionKeys[i];
    const name = mentionRoots[i]?.name;
    if (!key || !name) continue;
    const seen = names.get(key);
    if (seen === undefined || name < seen) names.set(key, name);
  }
  return names;
}

/**
 * The suggestions still open once clusters are made, with the entities their names ended in: pairs
 * other links or an owl:sameAs joined, or that an owl:differentFrom or a never-merge rule keeps
 * apart, need no one's look.
 */
export function openSuggestions(
  suggestions: Suggestion[],
  clustering: Clustering,
  entityByRoot: Map<string, Entity>,
): Suggestion[] {
  const open: Suggestion[] = [];
  for (const suggestion of suggestions) {
    const [ra, rb] = suggestion.keys.map((k) => clustering.uf.find(k)) as [string, string];
    const [ea, eb] = [entityByRoot.get(ra), entityByRoot.get(rb)];
    const settled = ra === rb || clustering.uf.conflict(ra, rb) !== undefined;
    const [na, nb] = suggestion.keys.map((k) => k.slice(k.indexOf(":") + 1)) as [string, string];
    if (settled || !ea || !eb || neverMergeReason(na, nb)) continue;
    open.push({ ...suggestion, entities: [ea.key, eb.key] });
  }
  return open;
}
