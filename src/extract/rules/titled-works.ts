// Works named by a capitalised title that win, where the name grammar reads no name or no rule
// pairs the one it read: "Meanwhile, Saga of [Place]: Ashes won Best Art Direction"; "the Welsh
// film There's Rain Tomorrow received Best Score". A film's, game's or product's title has no head
// word and may hold a place's name; standing as the subject of a verb of winning says it is the
// holder.
import type { Conferral, Mention } from "../../types.ts";
import { isCountryName } from "../countries.ts";
import { alreadyFound, emit, honorsAfter } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

// Where a clause opens: the sentence start (after a short adverbial), or a joined clause; after a
// comma only where a clause of winning came before it ("A won X, B won Y").
const CLAUSE_OPENER = String.raw`(?:^(?:(?:Additionally|Meanwhile|Moreover|Also|Finally|Notably|Besides|In\s+addition|(?:In|At|On|During|Last|This)\s+[^,\uE000]{1,30}),\s+)?|;\s*|(?<=\b(?:won|received|took|claimed|earned|bagged|scooped|secured|grabbed)\b.*),\s*(?:and\s+|while\s+|whereas\s+|but\s+)?|\s(?:while|whereas)\s+)`;
// "the Italian film", "the documentary": what the title names, in lower case.
const DESCRIBED = String.raw`(?:(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:film|movie|game|novel|book|documentary|series|drama|album|song|opera|play|video|app|title|expansion)\s+)`;
// "Larian's", "[Org]'s": whose work it is ("There's" is no owner).
const OWNER = String.raw`(?:(?:\uE000\d+\uE001|(?!(?:There|Here|It|That|What|Who|Let)\b)[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)(?:'s|\u2019s|'|\u2019)\s+)`;
const WORD = String.raw`(?:[A-Z][\w'\u2019.&-]*|\d[\w.]*|\uE000\d+\uE001)`;
const JOIN = String.raw`(?::\s+|\s+(?:(?:of|the|and|in|on|for|to|a|an|at|from)\s+){1,2}|\s+)`;
const TITLE = String.raw`(${WORD}(?:${JOIN}${WORD}){0,8})`;
const WON = String.raw`(?:\s*\([^()]{1,60}\))?,?\s+(?:(?:also|has|have|had|just|then)\s+)*(?:won|received|took(?:\s+home)?|claimed|earned|bagged|scooped|picked\s+up|secured|grabbed)\s+`;

const TITLED_WINNER = new RegExp(
  String.raw`${CLAUSE_OPENER}(${DESCRIBED})?(${OWNER})?${TITLE}${WON}`,
  "dg",
);

/** Words that open a capitalised run naming no work: pronouns, determiners, counts, countries. */
const NOT_A_TITLE =
  /^(?:The\s+)?(?:It|He|She|They|We|I|You|This|That|These|Those|Its|Their|His|Her|Our|My|All|Both|Each|Every|Other|Others|Some|Many|Several|Most|No|None|Among|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|China|Chinese|Team|Teams|Congratulations|Warm|Hearty|Welcome|Mr|Mrs|Ms|Dr|Prof|Professor|President|Director|Chairman)\b/;
/** Heads that name people or a team, not a work: the name grammar's business. */
const GROUP_HEAD =
  /\b(?:Team|Teams|Group|Squad|Side|Delegation|Members|Staff|People|Athletes|Players|Students|Teachers|Scientists|Workers|Winners|Company|Companies|University|College|School|Institute)$/;
/** "won four awards, including ...", "won a record seven prizes": a tally, another rule's to read. */
const TALLY =
  /^(?:a\s+)?(?:[a-z-]+\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+(?:[a-z-]+\s+)?(?:awards|prizes|honou?rs|medals|titles|trophies)\b/i;
/** "Reed Song of [Place]", "of Kenya": where the holder is from, not what it is called. */
const PLACE_AFTER = /\s+(?:of|in|from)\s+(?:\uE000(\d+)\uE001|([A-Z][a-z]+))$/;
/** "received 100 leading enterprises": a counted object is whom it received, not an honor. */
const COUNTED = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
/** "won the international category": a category is where it won, not what. */
const CATEGORY = /^(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:category|section|division|group|track)$/i;

/** The run's words that title a work, or nothing when the run is not one. */
function titleIn(input: RuleInput, run: string, introduced: boolean): string | undefined {
  const { skeleton } = input;
  const place = PLACE_AFTER.exec(run);
  const placed =
    place &&
    (place[1]
      ? skeleton.mentionAt(Number(place[1]))?.kind === "Place"
      : isCountryName((place[2] as string).toLowerCase()));
  const title = placed ? run.slice(0, place.index) : run;
  if (NOT_A_TITLE.test(title) || GROUP_HEAD.test(title)) return undefined;
  // A bare number ("42 have won") counts holders; it names none.
  if (!/[A-Za-z]/.test(title.replace(/\uE000\d+\uE001/g, ""))) return undefined;
  // A run that is one name ("The [town] won": a place's short form too), or holds a person or
  // body, is the other rules' to read.
  if (/^(?:The\s+)?\uE000\d+\uE001$/.test(title)) return undefined;
  const names = [...title.matchAll(/\uE000(\d+)\uE001/g)].map((m) =>
    skeleton.mentionAt(Number(m[1])),
  );
  if (
    names.some((n) => !n || n.kind === "Person" || n.kind === "Organization" || n.kind === "Honor")
  )
    return undefined;
  // "[Work] on the [Railway]": a work read already, then words that say where it is.
  if (title.startsWith("\uE000") && names[0]?.kind === "Work") return undefined;
  if (title.split(/\s+/).length < 2 && !introduced && !/\d/.test(title)) return undefined;
  return title;
}

/** Whether an earlier rule read a holder inside the title's words. */
function readOver(input: RuleInput, from: number, to: number): boolean {
  const start = input.skeleton.toView(from, "start");
  const end = input.skeleton.toView(to, "end");
  return input.found.some((c) => {
    const holder = input.state.byId.get(c.recipient)?.evidence;
    return holder !== undefined && holder.start < end && holder.end > start;
  });
}

/** The honors after the verb that ends at `end`: not a tally, not a category. */
function wonAfter(input: RuleInput, end: number) {
  const text = input.skeleton.text;
  if (TALLY.test(text.slice(end))) return [];
  return honorsAfter(input, end).filter(
    (o) => o.honor.kind === "Honor" && !CATEGORY.test(o.honor.name) && !COUNTED.test(o.honor.name),
  );
}

/** A work the name grammar read whole that no earlier rule paired. */
function workReadWhole(input: RuleInput, run: string): Mention | undefined {
  const whole = /^\uE000(\d+)\uE001$/.exec(run);
  const mention = whole ? input.skeleton.mentionAt(Number(whole[1])) : undefined;
  return mention?.kind === "Work" && !alreadyFound(input, mention) ? mention : undefined;
}

/** The title at `at` in the skeleton, as a new work. */
function newWork(input: RuleInput, at: number, title: string): Mention | undefined {
  const { state, context, skeleton } = input;
  const start = skeleton.toView(at, "start");
  const end = skeleton.toView(at + title.length, "end");
  return end > start ? state.newMention("Work", start, end, context.sentence, 0.6) : undefined;
}

export const titledWorks: ConferralRule = {
  name: "titled-works",
  example: "Meanwhile, Saga of Tarn: Ashes won Best Art Direction.",
  gate: /[A-Z0-9\uE001][\w\u2019'.]*(?:\s*\([^()]*\))?,?\s+(?:(?:also|has|have|had|just|then)\s+)*(?:won|received|took|claimed|earned|bagged|scooped|picked|secured|grabbed)\s/,
  find(input) {
    const { skeleton } = input;
    const out: Conferral[] = [];
    TITLED_WINNER.lastIndex = 0;
    for (let m = TITLED_WINNER.exec(skeleton.text); m; m = TITLED_WINNER.exec(skeleton.text)) {
      const run = m[3] as string;
      const [runAt] = (m.indices as RegExpIndicesArray)[3] as [number, number];
      const read = workReadWhole(input, run);
      // Validate the title before reading honors: reading one may add a mention.
      const title =
        read || readOver(input, runAt, runAt + run.length)
          ? undefined
          : titleIn(input, run, Boolean(m[1] || m[2]));
      if (!read && !title) continue;
      const objects = wonAfter(input, m.index + m[0].length);
      if (objects.length === 0) continue;
      const work = read ?? newWork(input, runAt, title as string);
      if (work) out.push(...emit(input, [work], objects, m[0], m.index));
    }
    return out;
  },
};
