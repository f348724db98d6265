// Prize categories named "Best" and one word: "Best Director", "Best Actress", "Best Novel". Film,
// music, game, sports and book awards name most of their prizes so, and two capitalised words
// looked like a person ("Best Screenplay") or, with a post word, like nothing. Longer categories
// ("Best Feature Film") are read by the name finder, which knows "Best" opens a category.
import type { NameSpan } from "./names.ts";
import type { Token } from "./tokens.ts";

/** What a prize category may name as the best: a role, a kind of work or a craft. */
const CATEGORY_WORDS: ReadonlySet<string> = new Set([
  "actor",
  "actors",
  "actress",
  "actresses",
  "director",
  "directors",
  "screenplay",
  "screenwriter",
  "script",
  "cinematography",
  "photography",
  "editing",
  "picture",
  "film",
  "feature",
  "documentary",
  "animation",
  "drama",
  "comedy",
  "series",
  "novel",
  "novella",
  "novelette",
  "story",
  "storytelling",
  "writing",
  "music",
  "soundtrack",
  "score",
  "song",
  "album",
  "singer",
  "performer",
  "performance",
  "artist",
  "producer",
  "design",
  "newcomer",
  "debut",
  "coach",
  "player",
  "athlete",
  "team",
  "improvement",
]);

/** Words after the category that make it part of a longer name ("Best Newcomer of the Year"). */
const LONGER_NAME_AFTER = /^(?:award|awards|prize|prizes|accolade|trophy|title|honou?r|of|in)$/i;

const COMPLEMENT_BEFORE = /^(?:for|as|of)$/i;

/** Each "Best" and a category word no other name finder has taken, as an honor's name. */
export function findBestCategories(tokens: Token[], blocked: boolean[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const best = tokens[i] as Token;
    const word = tokens[i + 1] as Token;
    if (best.text !== "Best" || blocked[i] || blocked[i + 1]) continue;
    if (!word.cap || word.acronym || !CATEGORY_WORDS.has(word.lower)) continue;
    // "the Silver Bear for Best Director": a category inside a prize's own name.
    if (COMPLEMENT_BEFORE.test(tokens[i - 1]?.text ?? "") && tokens[i - 2]?.cap) continue;
    const after = tokens[i + 2];
    if (after && (after.cap || LONGER_NAME_AFTER.test(after.text))) continue;
    spans.push({
      kind: "Honor",
      first: i,
      last: i + 2,
      nucleus: i + 1,
      definite: false,
      quoted: false,
    });
    blocked[i] = true;
    blocked[i + 1] = true;
  }
  return spans;
}
