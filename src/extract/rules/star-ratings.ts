// A guide's stars and the restaurants or hotels that hold them, in a text that names a guide that
// rates in stars (see ../star-ratings.ts): "Venues given one star this time include A, B and C";
// "Umbrella has climbed to three stars"; "Two venues stay at two stars. They are A and B.";
// "Jade Hall lost the one star it had held" (revoked).
import type { Conferral, Mention } from "../../types.ts";
import { isPlaceName } from "../lexicon.ts";
import type { HonorObject } from "../relations.ts";
import { alreadyFound, canReceive, emit, mentionsIn } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const STAR_NAME = /\bstars?\b|-stars?\b/i;
/** The guide itself, or a body that publishes it, holds no stars. */
const GUIDE_NAME = /\b(?:michelin|guide|forbes)\b/i;
/** "They are A, B and C": holders of the stars the sentence before named. */
const THEY_ARE = /^\s*(?:they|these)\s+(?:are|include)\b/i;
/** Words that take a rating away: "lost its star", "was stripped of". */
const TAKEN_AWAY = /\b(?:lost|loses|dropped|stripped|demoted|downgraded)\b/i;

export const starRatings: ConferralRule = {
  name: "star-ratings",
  example: "The Tarn Guide gave stars. Venues given one star this time include Fu Lan and Moss.",
  // (No gate: the rating is a placeholder in the skeleton; the text's guide is the test.)
  needsNames: true,
  find(input) {
    if (!input.state.starGuide) return [];
    const here = mentionsIn(input.skeleton, input.skeleton.text);
    const rating = oneRating(here);
    const honor = rating ?? (THEY_ARE.test(input.skeleton.text) ? ratingBefore(input) : undefined);
    if (!honor) return [];
    const venues = here.filter(
      (m) => isVenue(m) && !alreadyFound(input, m) && !namesWhereItIs(input, m),
    );
    const object: HonorObject = { honor, end: input.skeleton.text.length };
    const status = TAKEN_AWAY.test(input.skeleton.text) ? "revoked" : "conferred";
    return emit(input, venues, [object], "", 0, { status }) satisfies Conferral[];
  },
};

function isStarRating(mention: Mention): boolean {
  return mention.kind === "Honor" && STAR_NAME.test(mention.name);
}

/** "retain their stars": a rating named only by its holder's possessive counts no rating. */
const BACK_REFERENCE = /^(?:its|their)\s/i;

/** The one star rating among `mentions` that a count names ("two stars", not "their stars"). */
function oneRating(mentions: Mention[]): Mention | undefined {
  const ratings = mentions.filter((m) => isStarRating(m) && !BACK_REFERENCE.test(m.name));
  return ratings.length === 1 ? ratings[0] : undefined;
}

function isVenue(mention: Mention): boolean {
  return (
    mention.kind === "Organization" &&
    canReceive(mention) &&
    !GUIDE_NAME.test(mention.name) &&
    !isPlaceName(mention.name.toLowerCase())
  );
}

/** "the X restaurant of the Langham Hotel", "opened in the Bvlgari Hotel": where a venue is. */
const WHERE_IT_IS = /\b(?:of|in|at|inside)\s+(?:the\s+)?"?$/i;

function namesWhereItIs(input: RuleInput, mention: Mention): boolean {
  const at = input.skeleton.placeholderAt(mention);
  return at > 0 && WHERE_IT_IS.test(input.skeleton.text.slice(Math.max(0, at - 20), at));
}

/** The one star rating the sentence before named. */
function ratingBefore(input: RuleInput): Mention | undefined {
  const index = input.context.sentence.index - 1;
  return oneRating(input.state.mentions.filter((m) => m.evidence.sentenceIndex === index));
}
