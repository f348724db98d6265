// A place's designations as the text runs them, in lower case: "Tarn is a national sanitary city,
// a forest city and a provincial eco-city"; "Pine County is known as China's top tourism county
// and the renowned historical and cultural county". China names cities, counties and towns garden,
// health, civilized, forest or historical and cultural ones; such a phrase is a title held. A
// phrase that describes ("a beautiful water city", "a major tourist city") is none.
import type { Mention } from "../../types.ts";
import { freeHonor, type HonorObject, honorSpanned } from "../relations.ts";
import { emit, subjectHolders } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const PLACE_KIND = "(?:cit(?:y|ies)|count(?:y|ies)|towns?|townships?|districts?|villages?)";

/** "China's excellent tourist city": the country's name, read as a place, before its title. */
const POSSESSOR = String.raw`\uE000\d+\uE001(?:'s|\u2019s)\s+`;

// "is a", "is also the", "is noted as", "has been rated as": the copula before what a place is.
const PLACE_IS = new RegExp(
  String.raw`\b(?:is|are|has\s+been|have\s+been|has\s+become|became)\s+(?:also\s+|now\s+|still\s+)?(?:(?:noted|known|hailed|honou?red|recogni[sz]ed|rated|named|listed|praised)\s+as\s+)?(?=(?:a|an|the)\s|${POSSESSOR})`,
  "gi",
);

/** One item of the list: its article and its ordinal ("the fourth"), then the phrase to its kind. */
const ITEM = new RegExp(
  String.raw`^(?:(?:a|an|the)\s+)?(?:(?:first|second|third|fourth|fifth|sixth|only|\d{1,2}(?:st|nd|rd|th))\s+)?((?:${POSSESSOR}|Chinese\s+)?(?:[a-z][a-z-]*\s+){0,6}?(?:[a-z]+-)?${PLACE_KIND})\b`,
);

// "a national historical and cultural town in China": the country names the title's level (a
// province after it says where the holder is first, and is left out).
const IN_THE_COUNTRY = /^\s+(?:in|of)\s+\uE000(\d+)\uE001/;

/** What joins one item to the next: ", ", " and ", ", as well as ". */
const NEXT_ITEM = /^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)/;

/** A level or standing that opens a designation: "national", "China's", "excellent". */
const OPENS_A_TITLE =
  /^(?:national|provincial|municipal|state|(?:national|provincial|state|municipal)-level|international|\uE000\d+\uE001(?:'s|\u2019s)|Chinese|excellent|outstanding|best|top)\s/i;

/** The word a designation puts right before the kind: "garden city", "pilot county". */
const DESIGNATING =
  /\b(?:garden|health|healthy|sanitary|hygiene|hygienic|civili[sz]ed|forest|model|pilot|demonstration|water-efficient|water-saving|low-carbon|wetland|eco|historical\s+and\s+cultural|historic\s+and\s+cultural)[\s-]+\S+$/i;

/** Words that describe a place rather than name its title. */
const DESCRIBING =
  /\b(?:beautiful|charming|ancient|modern|important|major|large|big|small|coastal|industrial|prosperous|vibrant|capital|leading|famous\s+(?!historical|historic))\b/i;

/** A designation: opened by a level or standing, or with a designating word before its kind. */
function designates(phrase: string): boolean {
  if (DESCRIBING.test(phrase)) return false;
  return OPENS_A_TITLE.test(phrase) || DESIGNATING.test(phrase);
}

/** The phrase as an honor: the mention another rule made of this very span, or a new one. */
function designationAt(input: RuleInput, at: number, phrase: string): HonorObject | undefined {
  const { state, context, skeleton } = input;
  const span = {
    start: skeleton.toView(at, "start"),
    end: skeleton.toView(at + phrase.length, "end"),
  };
  const honor = honorSpanned(state, span);
  if (honor) return { honor, end: at + phrase.length };
  return freeHonor(state, context, skeleton, at, phrase, undefined);
}

interface Designation {
  at: number;
  phrase: string;
}

/** Where each designation listed from `position` on is; items that only describe are passed over. */
function designationsFrom(skeleton: RuleInput["skeleton"], position: number): Designation[] {
  const out: Designation[] = [];
  let at = position;
  for (let guard = 0; guard < 12; guard++) {
    const rest = skeleton.text.slice(at);
    const item = ITEM.exec(rest);
    if (!item) break;
    const kindPhrase = item[1] as string;
    const inChina = IN_THE_COUNTRY.exec(rest.slice(item[0].length));
    const named = inChina && /^China$/.test(skeleton.mentionAt(Number(inChina[1]))?.name ?? "");
    const phrase = kindPhrase + (named ? (inChina[0] as string) : "");
    const phraseAt = at + item[0].length - kindPhrase.length;
    // "the national model county for green farming": the title goes on past its kind; the
    // rules for titles read it whole.
    const goesOn = !named && /^\s+(?:for|of)\s/.test(rest.slice(item[0].length));
    if (designates(kindPhrase) && !goesOn) out.push({ at: phraseAt, phrase });
    const next = NEXT_ITEM.exec(skeleton.text.slice(phraseAt + phrase.length));
    if (!next) break;
    at = phraseAt + phrase.length + next[0].length;
  }
  return out;
}

/** The designations as honors, made once a holder is known. */
function honorsOf(input: RuleInput, designations: Designation[]): HonorObject[] {
  return designations.flatMap((d) => designationAt(input, d.at, d.phrase) ?? []);
}

// "Tarn, one of the first 99 historical and cultural cities named by ..., has": an appositive
// after the place's name; "One of the first 99 ... cities in China, Tarn was ...": the same before it.
const ONE_OF_THE = String.raw`one\s+of\s+the\s+(?:first\s+|earliest\s+)?(?:(\d{1,4})\s+)?`;
const ONE_OF_AFTER = new RegExp(String.raw`\uE000(\d+)\uE001\s*,\s*${ONE_OF_THE}`, "gi");
const ONE_OF_BEFORE = new RegExp(String.raw`^\s*${ONE_OF_THE}`, "i");

/** The place named right after a fronted appositive's comma: ", Tarn County was". */
const PLACE_AFTER_COMMA = /^[^,.;\uE000]{0,80},\s*(?:the\s+)?\uE000(\d+)\uE001/;

/** The place a mention index names, if it names one. */
function placeAt(input: RuleInput, index: string | undefined): Mention[] {
  const mention = index === undefined ? undefined : input.skeleton.mentionAt(Number(index));
  return mention?.kind === "Place" ? [mention] : [];
}

/** Conferred, and "the first 99" says how many hold it. */
function counted(count: string | undefined) {
  return { status: "conferred" as const, ...(count ? { cohortSize: Number(count) } : {}) };
}

/** "Tarn, one of the first 99 X cities, ..." and "One of the first 99 X cities, Tarn ...". */
function oneOfTheDesignated(input: RuleInput) {
  const text = input.skeleton.text;
  const out = [];
  ONE_OF_AFTER.lastIndex = 0;
  for (let m = ONE_OF_AFTER.exec(text); m; m = ONE_OF_AFTER.exec(text)) {
    const holders = placeAt(input, m[1]);
    if (holders.length === 0) continue;
    const objects = honorsOf(
      input,
      designationsFrom(input.skeleton, m.index + m[0].length).slice(0, 1),
    );
    out.push(...emit(input, holders, objects, m[0], m.index, counted(m[2])));
  }
  const fronted = ONE_OF_BEFORE.exec(text);
  if (fronted) {
    const first = designationsFrom(input.skeleton, fronted[0].length).slice(0, 1);
    const end = first[0] ? first[0].at + first[0].phrase.length : 0;
    const holders = first[0] ? placeAt(input, PLACE_AFTER_COMMA.exec(text.slice(end))?.[1]) : [];
    const objects = holders.length > 0 ? honorsOf(input, first) : [];
    out.push(...emit(input, holders, objects, fronted[0], fronted.index, counted(fronted[1])));
  }
  return out;
}

export const placeDesignations: ConferralRule = {
  name: "place-designations",
  example: "Tarn is a national sanitary city, a forest city and a provincial eco-city.",
  gate: /\b(?:is|are|been|become|became|one\s+of\s+the)\b[^.;]*\b(?:cit(?:y|ies)|count(?:y|ies)|towns?|townships?|districts?|villages?)\b/i,
  needsNames: true,
  find(input) {
    const out = [];
    const text = input.skeleton.text;
    PLACE_IS.lastIndex = 0;
    for (let m = PLACE_IS.exec(text); m; m = PLACE_IS.exec(text)) {
      // Holders first: a phrase is made an honor only where a place holds it.
      const holders = subjectHolders(input, m.index).filter((h: Mention) => h.kind === "Place");
      if (holders.length === 0) continue;
      const objects = honorsOf(input, designationsFrom(input.skeleton, m.index + m[0].length));
      out.push(...emit(input, holders, objects, m[0], m.index, { status: "conferred" }));
    }
    return [...out, ...oneOfTheDesignated(input)];
  },
};
