// A hospital's national grade, held as a title: "Pine Hospital is a Grade-III Class-A hospital",
// "the only comprehensive grade-A tertiary hospital of herbal medicine in Tarn". The holds-title
// rule reads the grade as a rank, like "national"; these are its words.
import { type HonorObject, isFreeText } from "../relations.ts";
import { LEVEL_WORD } from "./parts.ts";
import type { RuleInput } from "./types.ts";

// "a Grade-III Class-A hospital", "a tertiary Grade A hospital", "a Grade 3A general hospital":
// the national grading of hospitals, a rank the genre's gold counts as held.
export const HOSPITAL_GRADE = String.raw`(?:(?:tertiary|secondary)\s+)?(?:Grade|Class|Level)[\s-]*(?:III|II|3A|3|2|A)\b(?:[\s,-]*(?:Class|Grade|Level)[\s-]*(?:A|B|III|3)\b)?(?:\s+(?:tertiary|secondary))?(?=[\s-]+(?:[a-z]+\s+){0,2}hospitals?\b)`;

// "is a general Grade A hospital", "a large general First-class hospital of Grade 3": words that
// describe the hospital come before its grade and are not the title's.
export const HOSPITAL_DESCRIBED = String.raw`(?:(?!(?:grade|class|level|tertiary|secondary|first-class)\b)(?:[a-z]+(?:-[a-z]+)*|and)\s+){1,3}(?=${HOSPITAL_GRADE}|${LEVEL_WORD}[\s-]+(?:[a-z]+\s+){0,2}hospitals?\b)`;

/** "grade-A tertiary hospital of traditional medicine in Tarn": a hospital's grade, to "hospital". */
const GRADED_HOSPITAL = new RegExp(
  String.raw`^(?:${HOSPITAL_GRADE}|${LEVEL_WORD})[\s-]+(?:[a-z]+\s+){0,2}hospitals?\b(?:\s+of\s+(?:Grade|Class|Level)[\s-]*(?:III|II|3|2|A|B)\b)?`,
  "i",
);

/** A hospital's grade read as free text ends with the word "hospital"; what follows describes it. */
export function endingAtHospital(input: RuleInput, object: HonorObject): HonorObject {
  const { honor } = object;
  const graded = isFreeText(honor) ? GRADED_HOSPITAL.exec(honor.evidence.exact) : null;
  if (!graded || graded[0].length === honor.evidence.exact.length) return object;
  const { start } = honor.evidence;
  const end = start + graded[0].length;
  return {
    ...object,
    honor: input.state.newMention("Honor", start, end, input.context.sentence, 0.7),
  };
}
