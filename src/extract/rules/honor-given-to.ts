// The honor as the subject, the recipients after the verb: "The Lakeside Medal was bestowed on
// Gao Lin and Wu Fei"; "The Golden Seed Award was presented to the Pine Valley Farm"; "The Reed
// Prize was won by Chen Yu".

import type { Mention } from "../../types.ts";
import { headKind } from "../lexicon.ts";
import { alreadyFound, emit, listedUntil, mentionsIn } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

// "The X Prize, dubbed the 'Nobel' of poetry, was awarded Tuesday to A": an aside after the
// honor, a day before "to". "The X Award of the 2022 Y Awards went to A": the awards it is one of.
// "The X award in the drama section went to A", "Best score at the Friday gala went to B":
// where it was given, between the honor and the verb.
const WHERE_GIVEN = String.raw`(?:\s+(?:in|at)\s+(?:the\s+|this\s+year(?:'|\u2019)s\s+)?(?:[A-Za-z]+(?:'|\u2019)s\s+)?(?:[\w-]+\s+){0,3}?(?:category|categories|section|ceremony|gala|festival|competition))?`;

// "The X Prize, organized by the Y Society, went to A"; "The X Award, the highest honor in P, was
// presented to B": any aside that opens in lower case (a list of names opens with a name).
const ASIDE = String.raw`\s*,\s*(?=[a-z])(?:[^,;.\uE000]|\uE000\d+\uE001){1,80},`;

const GIVEN_TO = new RegExp(
  String.raw`"?\uE000(\d+)\uE001"?(?:\s+(?:awards?|prizes?|medals?|titles?|troph(?:y|ies)))?(?:\s+of\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:\uE000\d+\uE001|(?:[A-Z][\w'-]*\s+){1,5}(?:Awards|Prizes)))?${WHERE_GIVEN}(?:\s*,\s*(?:dubbed|known\s+as|called|regarded\s+as|often\s+called)\s+(?:[^,;.\uE000]|\uE000\d+\uE001){1,60},|${ASIDE})?\s+(?:(?:was|were|has\s+been|have\s+been|is|are)\s+(?:(?:also|recently|officially|formally|jointly|first)\s+){0,2}(?:(awarded|granted|conferred|given|bestowed|presented)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?(?:to|on|upon)|(won|claimed|taken|shared|scooped|bagged|split|divided)\s+(?:by|between|among))|(went|goes|go)\s+to)\s+`,
  "gi",
);

// "The A Award, B Award and C Award went to X, Y and Z, respectively": honors listed before the one
// the verb follows.
// They open the clause ("The A and the B went to X and Y"): after "were awarded the A, and the B
// went to Z" the A is the earlier clause's.
const HONORS_LISTED_BEFORE =
  /^(?:[^\uE000,;:]{0,80},\s*)?(?:(?:the\s+)?"?\uE000\d+\uE001"?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)+$/i;

/**
 * "Sitara-i-Imtiaz was conferred on A": a name with no body's head, read as a body for want of a
 * kind, is what was given when it is the subject of "awarded to", "conferred on".
 */
function namesNoBody(mention: Mention | undefined): mention is Mention {
  if (mention?.kind !== "Organization") return false;
  const words = mention.name.split(/[\s-]+/);
  return !words.some((w) => headKind(w) !== undefined) && !/^[A-Z]{2,}$/.test(mention.name);
}

// "went to Chen Yu's Lotus Road, which ...", "went to Rivers Remember by Qiao Lan", 'went to
// "Lantern Harbour", a British film': a title no name grammar reads, after an optional maker's
// "'s", in title case (small words inside), closed by a comma, "by", "for" or the sentence's end.
const SMALL_WORD = String.raw`(?:of|the|a|an|and|in|on|to|for|with|at|from|is|my|me|you|your|i)`;
const TITLE_WORD = String.raw`(?:[A-Z0-9][\w'\u2019:-]*)`;
const WORK_AFTER_TO = new RegExp(
  String.raw`^(?:\uE000(\d+)\uE001(?:'|\u2019)s\s+)?(?:"|\u201C)?(${TITLE_WORD}(?:\s+(?:${TITLE_WORD}|${SMALL_WORD}(?=\s+${TITLE_WORD}))){0,8})(?:"|\u201D)?(?=\s*(?:,|\.|;|$)|\s+(?:by|for|directed)\s)`,
);

/**
 * The work a category "went to", when no name was read there: a film's, a book's or a game's
 * title, in title case; the maker named before "'s" is no holder of it.
 */
function workGivenTo(input: RuleInput, from: number): Mention | undefined {
  const { state, context, skeleton } = input;
  const m = WORK_AFTER_TO.exec(skeleton.text.slice(from));
  if (!m) return undefined;
  const maker = m[1] === undefined ? undefined : skeleton.mentionAt(Number(m[1]));
  if (m[1] !== undefined && maker?.kind !== "Person") return undefined;
  const title = m[2] as string;
  // A single word in title case may be a name's first word or a place: two words at least.
  if (!/\s/.test(title)) return undefined;
  const at = from + m[0].indexOf(title);
  const start = skeleton.toView(at, "start");
  const end = skeleton.toView(at + title.length, "end");
  return end > start ? state.newMention("Work", start, end, context.sentence, 0.6) : undefined;
}

/** No one read right after "went to", or only the maker before a title's "'s". */
function workOnly(input: RuleInput, listed: Mention[], from: number): boolean {
  if (listed.length === 0) return true;
  const first = /^\uE000(\d+)\uE001(?:'|\u2019)s\s/.exec(input.skeleton.text.slice(from));
  return (
    listed.length === 1 &&
    first !== null &&
    input.skeleton.mentionAt(Number(first[1])) === listed[0]
  );
}

/** The honor the verb follows, with the honors listed right before it. */
function honorsEndingAt(input: RuleInput, honor: Mention, at: number): Mention[] {
  const listed = HONORS_LISTED_BEFORE.exec(input.skeleton.text.slice(0, at));
  if (!listed) return [honor];
  const before = mentionsIn(input.skeleton, listed[0]);
  if (!before.every((b) => b.kind === "Honor")) return [honor];
  return [...before, honor];
}

/** Where a clause that opens with its honor starts: the sentence, after a comma or "while". */
const CLAUSE_OPENS = String.raw`(?:^|[,;]\s*(?:and\s+)?|\b(?:while|whereas)\s+)`;

// "The top prize went to A and B": an honor in lower case, named by its kind, opening the clause;
// a word of praise before it ("the coveted grand prize") is not the honor's.
// "The best actress awards were won by A and B" likewise.
// "Gold awards were given to A and B" opens a sentence with no article.
// "This year's top science and technology award", "the guide's highest three-star rating", 'the
// "Game of the Year" award' are such honors too.
const KIND_GIVEN_TO = new RegExp(
  String.raw`${CLAUSE_OPENS}(?:(?:the|(?:this|that|last)\s+year(?:'|\u2019)s)\s+|(?<=^\s*))(?:(?:(?:\uE000\d+\uE001|[A-Z][a-z]+)\s+)?[a-z]+(?:'|\u2019)s\s+)?(?:(?:coveted|much-coveted|prestigious|overall|main)\s+)?((?:(?:top|grand|special|first|second|third|gold|silver|bronze|highest|best|outstanding|excellent)\s+(?:[a-z-]+\s+){0,4}?|"[^"\uE000]{2,60}"\s+)(?:prizes?|awards?|medals?|honou?rs?|ratings?|troph(?:y|ies))(?:\s+of\s+the\s+(?:jury|year|festival))?)${WHERE_GIVEN}\s+(?:(?:was|were)\s+(?:awarded|given|presented|granted)\s+to|(?:was|were)\s+(?:won|claimed|taken|shared)\s+by|went\s+to|goes\s+to)\s+`,
  "gi",
);

// "The chemistry award went to A and B", "The awards for geology and soil science were shared
// by C and D": a prize's field before or after the word for it, in lower case, with a
// verb that can only mean it was given. Words that say nothing of the field ("the same award",
// "the annual prize") name the honor read before, which honor-anaphora reads.
const FIELD_GIVEN_TO = new RegExp(
  String.raw`${CLAUSE_OPENS}(?:[Tt]he|(?:[Tt]his|[Tt]hat|[Ll]ast)\s+year(?:'|\u2019)s)\s+((?:(?!(?:same|most|annual|new|other|latest|said|above|relevant|cash|total|two|three|four|five|six|seven|eight|nine|ten)\s)[a-z][a-z-]+\s+){1,3}(?:prizes?|awards?|medals?)|(?:prizes?|awards?|medals?)\s+(?:for|in)\s+(?:[a-z-]+\s+){0,4}?[a-z-]+)${WHERE_GIVEN}\s+(?:(?:was|were)\s+(?:awarded|given|presented|granted)\s+to|(?:was|were)\s+(?:won|claimed|shared)\s+by|went\s+to|goes\s+to)\s+`,
  "g",
);

// "Best director went to A", "Best Actress went to B", "Best score at the Friday gala went to C",
// "Best screenplay was awarded to D": a category, with no article and no word for a prize,
// opening the sentence.
const BEST_GIVEN_TO = new RegExp(
  String.raw`^\s*(Best\s+(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)${WHERE_GIVEN}\s+(?:went|goes|(?:was|is)\s+(?:awarded|given|presented))\s+to\s+`,
  "g",
);

// "The Golden Horse for best actress went to A": a prize's name and the category it is for.
const PRIZE_FOR_BEST_GIVEN_TO = new RegExp(
  String.raw`${CLAUSE_OPENS}(?:[Tt]he\s+)?((?:\uE000\d+\uE001|[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3}\s+for\s+(?:the\s+)?[Bb]est\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)${WHERE_GIVEN}\s+(?:went|goes|(?:was|is|were)\s+(?:awarded|given|presented))\s+to\s+`,
  "g",
);

// "The first prize went to A, the second prize to B and the third prize to C": each later honor
// and its holders, the verb left out.
const GAPPED_TO =
  /(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:the\s+|an?\s+)?(?:"?\uE000(\d+)\uE001"?|((?:top|grand|special|first|second|third|gold|silver|bronze)\s+(?:[a-z-]+\s+){0,3}?(?:prizes?|awards?|medals?)))\s+to\s+/gi;

interface Gap {
  start: number;
  from: number;
  honor: Mention;
}

/** The gapped honors after `from`, each with where its holders start. */
function gapsAfter(input: RuleInput, from: number): Gap[] {
  const { skeleton } = input;
  const gaps: Gap[] = [];
  for (const m of skeleton.text.slice(from).matchAll(GAPPED_TO)) {
    const at = from + (m.index ?? 0);
    const honor =
      m[2] === undefined
        ? skeleton.mentionAt(Number(m[1]))
        : honorWrittenAt(input, at + m[0].indexOf(m[2]), m[2]);
    if (honor?.kind !== "Honor") break;
    gaps.push({ start: at, from: at + m[0].length, honor });
  }
  return gaps;
}

/** The conferrals of the gapped honors after the first holders, and where the first list ends. */
function gappedConferrals(input: RuleInput, from: number, verb: string) {
  const gaps = gapsAfter(input, from);
  const out = [];
  for (const [i, gap] of gaps.entries()) {
    const until = gaps[i + 1]?.start ?? clauseEnd(input.skeleton.text, gap.from);
    const recipients = listedUntil(input, gap.from, until).filter((r) => !alreadyFound(input, r));
    out.push(...emit(input, recipients, [{ honor: gap.honor, end: gap.from }], verb, gap.start));
  }
  return { out, firstListEnd: gaps[0]?.start };
}

/** A new honor mention for `phrase`, written in lower case at skeleton position `at`. */
function honorWrittenAt(input: RuleInput, at: number, phrase: string): Mention | undefined {
  const { state, context, skeleton } = input;
  const start = skeleton.toView(at, "start");
  const end = skeleton.toView(at + phrase.length, "end");
  return end > start ? state.newMention("Honor", start, end, context.sentence, 0.7) : undefined;
}

/** Where a second clause starts after `from` ("..., while the X went to B"): a list ends there. */
const NEXT_CLAUSE = /,?\s+(?:while|whereas|but)\b|;/i;

function clauseEnd(text: string, from: number): number {
  const next = NEXT_CLAUSE.exec(text.slice(from));
  return next ? from + next.index : text.length;
}

/**
 * The lower-case honors of "The top prize went to A", "the best actor awards were won by B", each
 * as a mention, with where its recipients start and where their clause ends.
 */
function kindsGivenTo(input: RuleInput) {
  const { skeleton } = input;
  const out = [];
  for (const m of [
    ...skeleton.text.matchAll(KIND_GIVEN_TO),
    ...skeleton.text.matchAll(BEST_GIVEN_TO),
    ...skeleton.text.matchAll(PRIZE_FOR_BEST_GIVEN_TO),
    ...skeleton.text.matchAll(FIELD_GIVEN_TO),
  ]) {
    const honor = honorWrittenAt(
      input,
      (m.index ?? 0) + m[0].indexOf(m[1] as string),
      m[1] as string,
    );
    if (!honor) continue;
    const from = (m.index ?? 0) + m[0].length;
    out.push({ honor, from, until: clauseEnd(skeleton.text, from) });
  }
  return out;
}

export const honorGivenTo: ConferralRule = {
  name: "honor-given-to",
  example: "The Lakeside Medal was bestowed on Gao Lin and Wu Fei.",
  gate: /\b(?:(?:awarded|granted|conferred|given|bestowed|presented|went|goes|go)\s+(?:[A-Z][a-z]+day\s+|yesterday\s+|today\s+)?(?:to|on|upon)|(?:won|claimed|taken|shared|scooped|bagged|split|divided)\s+(?:by|between|among))\b/i,
  find(input) {
    const text = input.skeleton.text;
    const out = [];
    GIVEN_TO.lastIndex = 0;
    for (let m = GIVEN_TO.exec(text); m; m = GIVEN_TO.exec(text)) {
      const honor = input.skeleton.mentionAt(Number(m[1]));
      if (honor?.kind !== "Honor" && !(m[2] && namesNoBody(honor))) continue;
      const from = m.index + m[0].length;
      const verb = (m[2] ?? m[3] ?? m[4]) as string;
      const gapped = gappedConferrals(input, from, verb);
      // "... to 237 units, including A, by the Bureau": the bodies after "by" gave it.
      const by = /\bby\b/i.exec(text.slice(from));
      const until = gapped.firstListEnd ?? (by ? from + by.index : text.length);
      const listed = listedUntil(input, from, until).filter(
        (r) => r.id !== honor.id && !alreadyFound(input, r),
      );
      const work = m[4] && workOnly(input, listed, from) ? workGivenTo(input, from) : undefined;
      const recipients = work ? [work] : listed;
      const objects = honorsEndingAt(input, honor, m.index).map((h) => ({ honor: h, end: from }));
      out.push(...emit(input, recipients, objects, verb, m.index), ...gapped.out);
    }
    // "The best actress prize went to A, while B won the best actor prize": the other clause
    // may have been read already; its holders are left to it.
    if (out.length === 0) {
      for (const given of kindsGivenTo(input)) {
        const gapped = gappedConferrals(input, given.from, "");
        const recipients = listedUntil(
          input,
          given.from,
          gapped.firstListEnd ?? given.until,
        ).filter((r) => r.id !== given.honor.id && !alreadyFound(input, r));
        const work = recipients.length === 0 ? workGivenTo(input, given.from) : undefined;
        const holders = work ? [work] : recipients;
        out.push(...emit(input, holders, [{ honor: given.honor, end: given.from }], "", 0));
        out.push(...gapped.out);
      }
    }
    return out;
  },
};
