// "The film won the best film and best director awards": one phrase naming several categories of
// an award is several honors, each given to the holder. Runs once a sentence's rules have read it,
// after "respectively" has shared a list among its holders.
import type { Conferral, Mention } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { CATEGORY_SEPARATOR, mentionNumber, namesCategories } from "../relations.ts";
import { partsBetween } from "./parts.ts";

/** The head the categories share: "best film and best director awards". */
const SHARED_HEAD = /\s+(?:awards|prizes|titles|honou?rs|trophies)$/i;

/** Each category of a list, as offsets in the view; none when it is no list of categories. */
function categoriesOf(view: string, honor: Mention): Array<{ start: number; end: number }> {
  const text = view.slice(honor.evidence.start, honor.evidence.end).replace(SHARED_HEAD, "");
  if (!namesCategories(text)) return [];
  return partsBetween(text, honor.evidence.start, new RegExp(CATEGORY_SEPARATOR.source, "gi"));
}

/** Gives a holder of a list of categories each category as an honor of its own. */
export function splitCategoryList(state: DocumentState, found: Conferral[]): Conferral[] {
  const split = new Map<string, Mention[]>();
  const categoriesFor = (honor: Mention): Mention[] => {
    const known = split.get(honor.id);
    if (known) return known;
    const sentence = state.sentences[honor.evidence.sentenceIndex];
    const made = sentence
      ? categoriesOf(state.view, honor).map((part) => {
          const mention = state.newMention("Honor", part.start, part.end, sentence, 0.7);
          (mention as Mention & { freeText?: boolean }).freeText = true;
          return mention;
        })
      : [];
    split.set(honor.id, made);
    return made;
  };
  return found.flatMap((conferral) => {
    const honor = state.byId.get(conferral.honor);
    const categories = honor ? categoriesFor(honor) : [];
    if (categories.length === 0) return [conferral];
    // The id names its honor last, as conferralOf writes it: "...#c3-5-7".
    const stem = conferral.id.slice(0, conferral.id.lastIndexOf("-"));
    return categories.map((category) => ({
      ...conferral,
      id: `${stem}-${mentionNumber(category.id)}`,
      honor: category.id,
      issuers: [...conferral.issuers],
      nominators: [...conferral.nominators],
    }));
  });
}
