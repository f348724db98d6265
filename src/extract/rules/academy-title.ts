// A membership of an academy named as a title before a person: "CAS academician Ren Hao opened
// the forum"; "Academician of the Pine Academy of Sciences Ren Hao read the pledge"; "IEEE Fellow
// Ren Hao". The genre's gold counts the membership as an honor the person holds.
import type { Conferral, Mention } from "../../types.ts";
import { MEMBERSHIP_NAME } from "../names.ts";
import { alreadyFound, emit, titleHeldBy } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const P = String.raw`\uE000(\d+)\uE001`;
/** Between the title and the name: a bracketed short form, a comma, "Professor" or "Dr.". */
const BEFORE_NAME = String.raw`\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:professor|prof\.|dr\.)\s+)?`;
/** "Academician of the X Academy Ren Hao". */
const MEMBER_OF = new RegExp(
  String.raw`\b((?:[Aa]cademician|[Ff]ellow)\s+of\s+(?:the\s+)?${P})${BEFORE_NAME}${P}`,
  "g",
);
/** "CAS academician Ren Hao", "IEEE Fellow Ren Hao". */
const BODY_MEMBER = new RegExp(
  String.raw`(${P}\s+(?:[Aa]cademician|[Ff]ellow)(?![\w-]))${BEFORE_NAME}${P}`,
  "g",
);
/** "Qiao Hanlin, academician of the MAE, runs ...": the title after the name, as an aside. */
const MEMBER_AFTER_NAME = new RegExp(
  String.raw`${P}\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:also\s+|now\s+)?(?:an?\s+|the\s+)?((?:(?:[Aa]cademician|[Ff]ellow)\s+of\s+(?:the\s+)?${P}|[Mm]ember\s+of\s+(?:the\s+)?${P})|${P}\s+(?:[Aa]cademician|[Ff]ellow))(?![\w-]|\s+(?:and|of)\b)`,
  "g",
);
/** A member of only an academy holds a title: "member of the CPC" is no honor. */
const ACADEMY_NAMED = /\bAcadem(?:y|ies)\b/;

/** The bodies whose members hold a title: academies, learned societies, and their short forms. */
const ACADEMY = /\b(?:Academy|Academies|Society|Institution)\b|^[A-Z]{2,6}$/;

/** Whether a body's name is an academy's, a learned society's or a short form ("CAE"). */
export function namesAnAcademy(name: string): boolean {
  return ACADEMY.test(name);
}

function academy(mention: Mention | undefined): boolean {
  return mention?.kind === "Organization" && namesAnAcademy(mention.name);
}

/** One conferral per match (title in group 1) whose body is an academy and whose name is a person's. */
function titlesBeforeNames(
  input: RuleInput,
  pattern: RegExp,
  groups: { body: number; person: number },
): Conferral[] {
  const { skeleton } = input;
  const out: Conferral[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(skeleton.text); m; m = pattern.exec(skeleton.text)) {
    const body = skeleton.mentionAt(Number(m[groups.body]));
    const person = skeleton.mentionAt(Number(m[groups.person]));
    if (!academy(body) || person?.kind !== "Person") continue;
    // The title is group 1; it opens the match.
    const title = { start: m.index, end: m.index + (m[1] as string).length };
    out.push(
      ...titleHeldBy(input, title, [person], { start: m.index, end: m.index + m[0].length }),
    );
  }
  return out;
}

/** "Qiao Hanlin, academician of the MAE,", "Tian Ruolan, also a MAE academician,": the aside's title. */
function titlesAfterNames(input: RuleInput): Conferral[] {
  const { skeleton } = input;
  const out: Conferral[] = [];
  MEMBER_AFTER_NAME.lastIndex = 0;
  for (
    let m = MEMBER_AFTER_NAME.exec(skeleton.text);
    m;
    m = MEMBER_AFTER_NAME.exec(skeleton.text)
  ) {
    const person = skeleton.mentionAt(Number(m[1]));
    const body = skeleton.mentionAt(Number(m[3] ?? m[4] ?? m[5]));
    const member = m[4] !== undefined;
    if (person?.kind !== "Person" || !academy(body) || alreadyFound(input, person)) continue;
    if (member && !ACADEMY_NAMED.test(body?.name ?? "")) continue;
    const end = m.index + m[0].length;
    const title = { start: end - (m[2] as string).length, end };
    out.push(...titleHeldBy(input, title, [person], { start: m.index, end }));
  }
  return out;
}

/** "PAS academician Hou Lan", "Academician of the X Academy Pei Wen": a membership read as one name. */
const MEMBERSHIP_BEFORE = new RegExp(`${P}${BEFORE_NAME}${P}`, "g");
/** "Tian Ruolan, also a MAE academician,": a membership read as one name, as an aside. */
const MEMBERSHIP_AFTER = new RegExp(
  String.raw`${P}\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:also\s+|now\s+)?(?:an?\s+|the\s+)?${P}(?![\w-]|\s+(?:and|of)\b)`,
  "g",
);

/** A membership the names finder read whole ("TWAS Fellow"), before or after a person's name. */
function membershipsByNames(input: RuleInput, pattern: RegExp, titleFirst: boolean): Conferral[] {
  const { skeleton } = input;
  const out: Conferral[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(skeleton.text); m; m = pattern.exec(skeleton.text)) {
    const title = skeleton.mentionAt(Number(titleFirst ? m[1] : m[2]));
    const person = skeleton.mentionAt(Number(titleFirst ? m[2] : m[1]));
    if (title?.kind !== "Honor" || !MEMBERSHIP_NAME.test(title.name)) continue;
    if (person?.kind !== "Person" || alreadyFound(input, person)) continue;
    const end = m.index + m[0].length;
    out.push(
      ...emit(input, [person], [{ honor: title, end }], m[0], m.index, { status: "conferred" }),
    );
  }
  return out;
}

export const academyTitle: ConferralRule = {
  name: "academy-title",
  example: "CAS academician Ren Hao opened the forum.",
  gate: /\b(?:academician|fellow|member)\b/i,
  needsNames: true,
  find(input) {
    return [
      ...titlesBeforeNames(input, MEMBER_OF, { body: 2, person: 3 }),
      ...titlesBeforeNames(input, BODY_MEMBER, { body: 2, person: 3 }),
      ...titlesAfterNames(input),
    ];
  },
};

export const membershipByName: ConferralRule = {
  name: "membership-by-name",
  example: "TWAS Fellow Ren Hao opened the forum; Qiao Lin, also a MAE academician, spoke.",
  needsNames: true,
  find(input) {
    // A membership the names finder read whole sits in the sentence, or there is nothing to read.
    const memberships = input.state.contexts[input.context.sentence.index]?.top.some(
      (m) => m.kind === "Honor" && MEMBERSHIP_NAME.test(m.name),
    );
    if (!memberships) return [];
    return [
      ...membershipsByNames(input, MEMBERSHIP_BEFORE, true),
      ...membershipsByNames(input, MEMBERSHIP_AFTER, false),
    ];
  },
};
