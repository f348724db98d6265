// An honor named after the body that gives it: "the Tarn Foundation Prize in Geology",
// "the Pine Chemical Society Lake Award", "the Talent Programme of the Ministry of Science and
// Technology", "membership of the Chinese Academy of Sciences". A conferral that names no giver
// of its own takes the body its honor's name holds, read as a body of its own inside the honor.
import type { Conferral, Mention } from "../types.ts";
import { bodyInside, type DocumentState, rootOf } from "./index.ts";
import { GIVER_HEADS } from "./lexicon.ts";

/** Heads that end a giver's name: the genre's giving bodies, and learned ones. */
const HEADS = [
  ...GIVER_HEADS.split("|"),
  "Academy",
  "League",
  "Institute",
  "Institution",
  "Organization",
  "Organisation",
];
const BODY_HEAD = `(?:${HEADS.join("|")})`;
/** The same heads in either case: "Chinese academy of engineering". */
const BODY_HEAD_ANY_CASE = `(?:${HEADS.map((h) => `[${h[0]}${h[0]?.toLowerCase()}]${h.slice(1)}`).join("|")})`;
/** A capitalised word of a body's name, or a word that joins them ("of", "and", "the"). */
const NAME_WORD = String.raw`(?:[A-Z][\w'\u2019.-]*|of|and|for|the|on)`;

/** "(2019) Tarn Foundation Prize ...": a body of two words or more opens the honor's name. */
const BODY_FIRST = new RegExp(
  String.raw`^(?:(?:19|20)\d{2}\s+)?((?:[A-Z][\w'\u2019.-]*\s+){1,6}${BODY_HEAD})\s+(?=(?:[A-Z][\w'\u2019.-]*\s+){0,6}(?:Prize|Award|Medal|Fellowship|Scholarship)s?\b)`,
);
/** "... of the Ministry of Science and Technology": a body closes the honor's name. */
const BODY_LAST = new RegExp(
  String.raw`\bof\s+(?:the\s+)?((?:${BODY_HEAD}|[A-Z][\w'\u2019.-]*(?:\s+${NAME_WORD})*?\s+${BODY_HEAD_ANY_CASE})(?:\s+(?:${NAME_WORD}|[a-z]+))*)$`,
);

/** The span of the giver's name inside the honor's surface, if its name holds one. */
export function giverSpan(surface: string): { start: number; end: number } | undefined {
  const first = BODY_FIRST.exec(surface);
  if (first) {
    const start = first[0].indexOf(first[1] as string);
    return { start, end: start + (first[1] as string).length };
  }
  const last = BODY_LAST.exec(surface);
  if (!last) return undefined;
  const body = last[1] as string;
  // "of the Ministry of X": the body's own words; "of Merit", "of Honor" hold no head.
  return { start: surface.length - body.length, end: surface.length };
}

/**
 * Conferrals with no giver whose honor's name holds a body: that body, a new mention over its
 * words inside the honor's, gives them (one mention per honor mention, shared by its conferrals).
 */
export function giversNamedInHonors(state: DocumentState, conferrals: Conferral[]): void {
  giveFromSource(
    conferrals,
    (conferral) => state.byId.get(conferral.honor),
    (honor) => {
      const span = giverSpan(honor.surface);
      return span && bodyInside(state, honor, span.start, span.end);
    },
    false,
  );
}

/**
 * Each conferral with no giver whose source (its honor, the event it was told at) holds a body
 * takes that body as giver, unless it is the holder; the body is worked out once per source.
 */
function giveFromSource(
  conferrals: Conferral[],
  sourceOf: (conferral: Conferral) => Mention | undefined,
  bodyOf: (source: Mention, conferral: Conferral) => Mention | undefined,
  implied: boolean,
): void {
  const bodies = new Map<string, Mention | undefined>();
  for (const conferral of conferrals) {
    if (conferral.issuers.length > 0) continue;
    const source = sourceOf(conferral);
    if (!source) continue;
    if (!bodies.has(source.id)) bodies.set(source.id, bodyOf(source, conferral));
    const body = bodies.get(source.id);
    if (body && body.id !== conferral.recipient)
      conferral.issuers = [{ mention: body.id, implied }];
  }
}

/** "the Tarn Badminton Federation Gala", "2031 Lake Society Awards Dinner": a body opens an event's name. */
const EVENT_BODY_FIRST = new RegExp(
  String.raw`^(?:(?:19|20)\d{2}\s+)?((?:[A-Z][\w'\u2019.-]*\s+){0,6}${BODY_HEAD})\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:Gala|Awards?|Dinner|Ceremony|Conference|Congress|Forum|Festival)s?\b`,
);
/** "the BWF Gala Dinner": an acronym opens the event's name. */
const EVENT_ACRONYM_FIRST =
  /^(?:(?:19|20)\d{2}\s+)?([A-Z]{2,6})\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:Gala|Awards?|Dinner|Ceremony|Conference|Congress|Forum)s?\b/;

/**
 * Conferrals with no giver told "at" an event whose name holds the body that runs it ("received
 * X at the BWF Gala Dinner", "at the Tarn Badminton Federation Gala"): that body is their implied
 * giver. An acronym must be a body the text names; words with a body's head become a body of
 * their own inside the event's name.
 */
export function giversOfEventsAt(state: DocumentState, conferrals: Conferral[]): void {
  giveFromSource(
    conferrals,
    (conferral) => eventToldAt(state, conferral),
    (event) =>
      ownerBefore(state, event) ?? bodyOfAcronym(state, event.surface) ?? bodyOpening(state, event),
    true,
  );
}

/**
 * The event the conferral's sentence tells it was given at: "at the X Gala", or "at the BWF's
 * annual Players' Gala" (see ownerBefore).
 */
function eventToldAt(state: DocumentState, conferral: Conferral): Mention | undefined {
  const sentence = conferral.evidence[0]?.sentenceIndex;
  const context = sentence === undefined ? undefined : state.contexts[sentence];
  return context?.top.find(
    (m) =>
      m.kind === "Event" &&
      (AT_THE.test(textBefore(state, m.evidence.start)) || ownerBefore(state, m) !== undefined),
  );
}

/** The body whose possessive, after "at the", opens the event: "at the BWF's annual Players' Gala". */
function ownerBefore(state: DocumentState, event: Mention): Mention | undefined {
  const owner = state.contexts[event.evidence.sentenceIndex]?.top.find(
    (m) =>
      m.kind === "Organization" &&
      OWNS_EVENT.test(state.view.slice(m.evidence.end, event.evidence.start)) &&
      AT_THE.test(textBefore(state, m.evidence.start)),
  );
  return owner && rootOf(state, owner);
}

const textBefore = (state: DocumentState, at: number) => state.view.slice(Math.max(0, at - 8), at);
const AT_THE = /\bat\s+(?:the\s+)?$/i;
/** "the BWF's annual Players' Gala": the body's possessive before its event. */
const OWNS_EVENT = /^(?:'s|\u2019s)\s+(?:annual\s+|yearly\s+)?$/;

function bodyOfAcronym(state: DocumentState, surface: string): Mention | undefined {
  const acronym = EVENT_ACRONYM_FIRST.exec(surface)?.[1];
  if (!acronym) return undefined;
  const body = state.mentions.find(
    (m) => m.kind === "Organization" && (m.surface === acronym || m.acronym === acronym),
  );
  return body ? rootOf(state, body) : undefined;
}

function bodyOpening(state: DocumentState, name: Mention): Mention | undefined {
  const first = EVENT_BODY_FIRST.exec(name.surface);
  if (!first) return undefined;
  const start = first[0].indexOf(first[1] as string);
  return bodyInside(state, name, start, start + (first[1] as string).length);
}
