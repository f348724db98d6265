// The last resort: a sentence no other rule could read that says something was won or given and
// names honors and possible holders: one honor goes to each holder, several honors to one holder
// only. Read at low confidence. "The X winners" alone is no cue: the people around it may be the
// judges ("A praised the X winners").
import { rootOf } from "../index.ts";
import { GIVER_HEADS } from "../lexicon.ts";
import {
  DOCUMENT_THAT_AWARDS,
  GROUP_OF,
  SHORT_FORM_IN_BRACKETS,
  statedByRelativeClause,
} from "../relations.ts";
import { canReceive, emit, type Spot, spotsIn } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const CUE =
  /\b(?:won|wins|win|(?<![-\uE001]\s?)winning|took|claimed|claims?|earned|earns?|secured|gained|obtained|awarded|(?<!\b(?:a|an)\s+[a-z-]+\s)named|selected|rated|recogni[sz]ed|listed|honou?red|granted|conferred|received|receives?|receiving|approved|identified|accredited|included|shortlisted|elected|became|becomes?|winner|laureate|recipient|crowned|inducted|celebrated\s+with|shared|sharing|kept|retained|picked\s+up|bagged|clinched|scooped|garnered|collected|took\s+home|bestowed)\b/i;
const EVERY_CUE = new RegExp(CUE.source, "gi");
/** A giver's head, or a jury's or an organising committee's, or a fund's. */
const ISSUER_HEAD = new RegExp(String.raw`\b(?:${GIVER_HEADS}|Jury|Organizing|Fund)\b`);
const GIVER_AFTER =
  /^\s+(?:(?:has|have|had|will)\s+)?(?:(?:also|recently|officially)\s+)?(?:(?:granted|awarded|conferred|presented|bestowed|gave|gives|grants|awards|grant|award)\b|(?:named|selected|designated|recogni[sz]ed|identified|approved|names|selects|designates)\s+(?:\d{1,3}(?![\d,])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|its|their|\uE000\d+\uE001\s+(?:as\s+)?(?:its|their)\b))/i;
/** "The Academy (CAS) announced Friday that 35 scientists were elected": who announces gives. */
const ANNOUNCES_AFTER =
  /^\)?\s*(?:\([^()]{1,20}\)\s*)?(?:(?:has|have|had)\s+)?(?:(?:recently|officially|formally)\s+)?(?:announced|announces|declared|declares)\s+(?:[A-Za-z]+\s+){0,3}?that\b/;
/** "SSE Stock Code: 601919", "HKEX: 1919": an exchange and the code it lists a company by. */
const STOCK_CODE_AFTER =
  /^\s*(?:[Ss]tock\s+[Cc]ode|[Ss]tock\s+[Nn]o\.?|[Tt]icker)\b|^\s*:\s*\d{4,6}\b/;
/**
 * "PNU teachers have won", "the Hill University Professor wins", "Pine products have won": a body
 * named before the people or things of its that hold the honor is no holder itself.
 */
const ITS_HOLDERS_AFTER =
  /^\s+(?:teachers?|professors?|students?|products?|teams?|researchers?|scholars?|scientists?|staff|members?|athletes?|players?|alumni|doctors?|experts?|employees?|workers?|graduates?|faculty|designers?|works?|devices?|models?|projects|and\s+[a-z]+(?:\s+[a-z]+)?\s+(?:related\s+)?projects)\b/i;
/**
 * "A, head of the award's jury, said"; "B, Chair of the X Committee"; "the
 * Association's President C": a person who judges or chairs speaks for the giver, and the last
 * resort takes no such person as a holder.
 */
const JUDGE_AFTER =
  /^\s*,\s*(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:head|chair(?:man|woman|person)?|president|director|secretary(?:-general)?|member)\s+(?:of|for)\s+(?:the\s+)?(?:\uE000|[^,.;\uE000]{0,60}?\b(?:jury|committee|commission|panel|judges)\b)/i;
/** "A and B watched the films and presented awards to the winners": who presents gives. */
const PRESENTS_LATER =
  /^(?:[^.;:\uE000]|\uE000\d+\uE001){0,160}?\b(?:presented|handed|gave|conferred)\s+(?:the\s+)?(?:awards?|prizes?|medals?|certificates?|trophies|honou?rs)\s+to\b/i;
/** "A and others from B mainly completed the X": the makers of the work that holds the honor. */
const MADE_IT_AFTER =
  /^\s*(?:and\s+others\s+)?(?:(?:from|of|at)\s+(?:the\s+)?\uE000\d+\uE001\s+(?:of\s+(?:the\s+)?\uE000\d+\uE001\s+)?)?(?:mainly\s+|jointly\s+)?(?:completed|developed|designed|created)\b/i;
/** "BEIJING -", "WUHAN/GENEVA --": the dash after a dateline's place or places. */
const DATELINE_AFTER = /^(?:\s*\/\s*(?:\uE000\d+\uE001|[A-Z]+))*\s*[-\u2013\u2014]/;
/** "A, the society's head, said, “Winning the X ...”": the cue is in what a speaker says. */
const SPEAKS_BEFORE =
  /\b(?:said|says|noted|notes|stated|states|added|adds|remarked)\s*[,:]?\s*["\u201C]/i;
const JUDGE_BEFORE = /\b(?:President|Chairman|Chairwoman|Chairperson|Secretary-General)\s+$/;
/** "(Daily reporter A)", "Photo by correspondent B", "Photo: Agency/C": who wrote or shot it. */
const BYLINE_BEFORE =
  /\b(?:reporters?|correspondents?|journalists?|editors?|photographers?|photos?|by)\s*:?\s*(?:(?:[A-Za-z]+|\uE000\d+\uE001)\s*\/\s*)?$/i;

/**
 * "A and B were invited to attend the meeting", "C presided over the ceremony at which X won":
 * who attends, presides, hosts or speaks is there for the honor, not holding it.
 */
const ATTENDS =
  /\b(?:attended|attends|(?:was|were)\s+invited\s+to\s+(?:attend|the)|presided\s+over|presides\s+over|chaired|hosted|delivered\s+(?:a\s+|the\s+)?(?:speech|remarks|address|keynote)|addressed\s+the|expressed\s+(?:(?:his|her|their)\s+)?(?:warm\s+)?congratulations|congratulated)\b/i;

/** The person's own clause, up to the cue after it (or on, when the cue came first), attends. */
function attendsOrPresides(text: string, personEnd: number, cueAt: number): boolean {
  const clause =
    cueAt > personEnd ? text.slice(personEnd, cueAt) : text.slice(personEnd, personEnd + 120);
  return ATTENDS.test(clause);
}

/** A quotation closed by a verb of saying: '"...," stated A', '"...", said A'. */
const SAID_AFTER_QUOTE =
  /"\s*,?\s*(?:said|says|stated|states|noted|notes|added|adds|remarked|explained|exclaimed)\b/i;

/** Whether every cue of the sentence is in a quotation someone says, and the name at `at` is not. */
function spokenCue(text: string, at: number): boolean {
  if (quoted(text, at) || !SAID_AFTER_QUOTE.test(text)) return false;
  return [...text.matchAll(EVERY_CUE)].every((cue) => quoted(text, cue.index));
}

/** Whether `at` stands inside a quotation of the sentence (the view writes every quote as '"'). */
function quoted(text: string, at: number): boolean {
  return (text.slice(0, at).match(/"/g) ?? []).length % 2 === 1;
}
/** "(Photo/Lake News Service)" before anything; "(Lake Space News) --" before a dateline's dash. */
const PHOTO_CREDIT = /\(\s*photos?\s*[/:]\s*$/i;
const CREDIT_BEFORE = /\($/;
const CREDIT_AFTER = /^\s*\)\s*(?:--|\u2014|\u2013|-(?=\s))/;

/**
 * "Students from Pine University's Public Relations (PR) Programme won": a short form in brackets
 * inside a phrase after a preposition names where the holders are from, not a holder.
 */
const SHORT_FORM_AFTER_PREPOSITION =
  /\b(?:of|in|at|from|with|under)\s+(?:[^,;.()\uE000]|\uE000\d+\uE001){1,80}\(\s*$/i;

/** A bare acronym the text never spells out: after the cue, a product or an event, not a holder. */
const BARE_ACRONYM = /^[A-Z]{2,6}$/;

/** Only list glue between two names: commas, "and", quotes. */
const LIST_GLUE = /^["\u201C\u201D\s]*(?:,|\band\b|,\s*and\b)["\u201C\u201D\s]*$/;

/**
 * "has won the "A Prize", "Lake Geopark", "B Award"": a body's name among the honors won, with an
 * honor right before or after it, is one more of them, not a holder.
 */
function amongTheHonorsWon(spots: Spot[], at: number, text: string): boolean {
  const spot = spots[at] as Spot;
  const before = spots[at - 1];
  const after = spots[at + 1];
  return (
    (before?.mention.kind === "Honor" && LIST_GLUE.test(text.slice(before.end, spot.start))) ||
    (after?.mention.kind === "Honor" && LIST_GLUE.test(text.slice(spot.end, after.start)))
  );
}

/**
 * "the MICHELIN Guide ... its MICHELIN Stars", "the John A. Roebling Medal": a name an honor of the
 * sentence opens with is the honor's giver or namesake, not its holder.
 */
function namesAnHonorHere(spots: Spot[], name: string): boolean {
  const opening = `${name.toLowerCase()} `;
  return spots.some(
    (s) => s.mention.kind === "Honor" && s.mention.name.toLowerCase().startsWith(opening),
  );
}

function isHolder(input: RuleInput, spots: Spot[], at: number, cueAt: number): boolean {
  const spot = spots[at] as Spot;
  const { mention } = spot;
  if (!canReceive(mention) || mention.kind === "Place") return false;
  if (
    mention.kind !== "Person" &&
    spot.start > cueAt &&
    amongTheHonorsWon(spots, at, input.skeleton.text)
  )
    return false;
  // "... the X Award for its FPV experience": one after the cue names no holder.
  const bare = BARE_ACRONYM.test(mention.surface) && rootOf(input.state, mention) === mention;
  if (bare && spot.start > cueAt) return false;
  if (mention.kind === "Organization" && ISSUER_HEAD.test(mention.name)) return false;
  if (namesAnHonorHere(spots, mention.name)) return false;
  const before = input.skeleton.text.slice(Math.max(0, spot.start - 32), spot.start);
  const rest = input.skeleton.text.slice(spot.end);
  // "DUBAI, United Arab Emirates (BUSINESS WIRE via AP) -": a bare acronym in a dateline or a
  // credit, before a comma or inside brackets, is no holder ("The KVX project won" still is).
  if (bare && (/^\s*,/.test(rest) || /\([^()]*$/.test(before))) return false;
  // 'The film, whose Chinese title is "X," won': what a relative clause states is no holder.
  if (statedByRelativeClause(input.skeleton.text, spot.start)) return false;
  if (
    mention.kind === "Person" &&
    (JUDGE_BEFORE.test(before) ||
      BYLINE_BEFORE.test(before) ||
      JUDGE_AFTER.test(rest) ||
      PRESENTS_LATER.test(rest) ||
      MADE_IT_AFTER.test(rest))
  )
    return false;
  if (mention.kind === "Person" && SPEAKS_BEFORE.test(input.skeleton.text.slice(spot.end, cueAt)))
    return false;
  if (mention.kind === "Person" && attendsOrPresides(input.skeleton.text, spot.end, cueAt))
    return false;
  // "“Our crews have earned the awards,” said chairman A": every cue is in a quote.
  if (mention.kind === "Person" && spokenCue(input.skeleton.text, spot.start)) return false;
  // "(Photo/Lake News Service)", "TOKYO, Dec. 5 (Lake Space News) --": a source's credit.
  if (PHOTO_CREDIT.test(before) || (CREDIT_BEFORE.test(before) && CREDIT_AFTER.test(rest)))
    return false;
  // "The union has granted 12 women the title", "UNESCO named eight new X", "A named B its X":
  // the subject of a verb of giving, or of naming a counted group or a name as its own, gives.
  const giving = GIVER_AFTER.test(input.skeleton.text.slice(spot.end, spot.end + 40));
  if (giving || ANNOUNCES_AFTER.test(input.skeleton.text.slice(spot.end, spot.end + 60)))
    return false;
  // "(SSE Stock Code: 601919)": the exchange that lists a company's shares.
  if (STOCK_CODE_AFTER.test(rest)) return false;
  if (
    mention.kind !== "Person" &&
    ITS_HOLDERS_AFTER.test(input.skeleton.text.slice(spot.end, spot.end + 40))
  )
    return false;
  // "a United Nations (UN) Environmental Award", "the Hill Society's Gold Medal": the body named
  // right before the honor, with its short form or "'s", gives it.
  if (mention.kind !== "Person" && namesTheHonorsGiver(input, rest)) return false;
  // "BEIJING - The federation ...", "WUHAN/GENEVA --": a dateline in capitals is where it was filed.
  const after = input.skeleton.text.slice(spot.end, spot.end + 40);
  const capitals = mention.surface === mention.surface.toUpperCase();
  const dateline =
    capitals && /^(?:\W|\uE000\d+\uE001)*$/.test(before) && DATELINE_AFTER.test(after);
  // "at Beijing's Great Hall": a place's own venue after a preposition is where, not who;
  // "according to the X Daily": a source is no holder either.
  return (
    !dateline &&
    !/\baccording\s+to\s+(?:the\s+)?$/i.test(before) &&
    (GROUP_OF.test(before) ||
      // "by the Hanban/Confucius Institute Headquarters": a body's other name before a slash too.
      !/\b(?:by|of|in|at|from|with|under)\s+(?:the\s+)?(?:\uE000\d+\uE001(?:'s|\u2019s)\s+|[\w-]+\s*\/\s*)?$/i.test(
        before,
      )) &&
    !SHORT_FORM_AFTER_PREPOSITION.test(
      input.skeleton.text.slice(Math.max(0, spot.start - 90), spot.start),
    )
  );
}

// "(UN) ", "'s " or a space: what stands between a body and the honor it gives, then the honor;
// the short form itself is closed by its bracket.
const GIVER_GLUE = new RegExp(
  String.raw`^\)?\s*(?:${SHORT_FORM_IN_BRACKETS}\s*|(?:'|\u2019)s\s+)?\uE000(\d+)\uE001`,
);

/** Whether an honor's name follows `rest` at once, past a short form in brackets or "'s" if any. */
function namesTheHonorsGiver(input: RuleInput, rest: string): boolean {
  const glue = GIVER_GLUE.exec(rest);
  return glue !== null && input.skeleton.mentionAt(Number(glue[1]))?.kind === "Honor";
}

/** The holders among the names: the people when any is named, else every body and work. */
function holdersOf(input: RuleInput, spots: Spot[], cueAt: number): Spot[] {
  const candidates = spots.filter((_, at) => isHolder(input, spots, at, cueAt));
  // A person named with a body is the holder; the body is where the person works.
  const people = candidates.filter((s) => s.mention.kind === "Person");
  return people.length > 0 ? people : candidates;
}

/** The first spot of each entity: an honor named twice is one honor. */
function firstOfEach(input: RuleInput, spots: Spot[]): Spot[] {
  const seen = new Set<string>();
  return spots.filter((s) => {
    const id = rootOf(input.state, s.mention).id;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** "Won The Title Of ...": an honor named by its kind alone names none. */
const BARE_KIND = /^(?:the\s+)?(?:titles?|awards?|prizes?|honou?rs?|medals?)$/i;

export const sameSentence: ConferralRule = {
  name: "same-sentence",
  example: "Lu Fang, Golden Spindle Prize winner in physics, spoke first.",
  gate: CUE,
  needsNames: true,
  find: (input) => {
    if (input.found.length > 0) return [];
    const cue = CUE.exec(input.skeleton.text);
    // "A and B were named X and Y respectively" with one of them unread: the order is lost.
    if (/\brespectively\b/i.test(input.skeleton.text)) return [];
    // "A received the decision on awarding the titles of X and Y": who holds which is unsaid.
    if (!cue || DOCUMENT_THAT_AWARDS.test(input.skeleton.text.slice(cue.index + cue[0].length)))
      return [];
    const spots = spotsIn(input.skeleton, input.skeleton.text);
    const honors = firstOfEach(
      input,
      spots.filter((s) => s.mention.kind === "Honor" && !BARE_KIND.test(s.mention.name)),
    );
    const holders = holdersOf(input, spots, cue.index);
    // Several honors go to one holder only: with several holders, who won which is unsaid.
    if (honors.length === 0 || holders.length === 0) return [];
    if (honors.length > 1 && holders.length > 1) return [];
    // "five received the A; nine received the B for X and the Pine Commission": a body after the
    // cue, among several honors, is in what was won, not who won them.
    const [holder] = holders;
    if (honors.length > 1 && holder?.mention.kind !== "Person" && (holder?.start ?? 0) > cue.index)
      return [];
    // The evidence runs from the first of holder, cue and honor to the last, whatever their order.
    const edges = [...holders, ...honors, { start: cue.index, end: cue.index + cue[0].length }];
    const start = Math.min(...edges.map((e) => e.start));
    const end = Math.max(...edges.map((e) => e.end));
    const objects = honors.map((h) => ({ honor: h.mention, end }));
    const conferrals = emit(
      input,
      holders.map((h) => h.mention),
      objects,
      cue[0],
      start,
    );
    for (const c of conferrals) c.confidence = Math.min(c.confidence, 0.4);
    return conferrals;
  },
};
