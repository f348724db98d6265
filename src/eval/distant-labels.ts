// Distant labels for a reader that learns: the gold's holder and honor surfaces found in a text,
// as one label per token of each sentence (B-/I-/O), and how many of the gold's surfaces the text
// shows at all. Offsets are those of the analysis view, which are those of the stored text.
import { buildAnalysisView } from "../extract/normalize.ts";
import { segmentSentences } from "../extract/segment.ts";
import { tokenize } from "../extract/tokens.ts";
import type { GoldDoc } from "./gold.ts";

export type SpanLabel = "HOLDER" | "HONOR";

export interface LabelledSentence {
  index: number;
  tokens: string[];
  /** "B-HOLDER", "I-HOLDER", "B-HONOR", "I-HONOR" or "O", one per token. */
  labels: string[];
}

export interface DistantLabels {
  sentences: LabelledSentence[];
  /** Distinct gold surfaces (holders and honors with their aliases). */
  surfaces: number;
  /** Of those, the ones written somewhere in the text. */
  found: number;
}

interface Surface {
  text: string;
  label: SpanLabel;
}

interface LabelledSpan {
  start: number;
  end: number;
  label: SpanLabel;
}

/** Every holder and honor the gold names, with their alternatives, each once per label. */
function surfacesOf(doc: GoldDoc): Surface[] {
  const seen = new Set<string>();
  const out: Surface[] = [];
  const add = (text: string, label: SpanLabel) => {
    const key = `${label}\u0000${text.trim().toLowerCase()}`;
    if (text.trim() === "" || seen.has(key)) return;
    seen.add(key);
    out.push({ text: text.trim(), label });
  };
  for (const award of doc.awards ?? []) {
    for (const holder of [award.recipient, ...(award.recipientAlternatives ?? [])])
      add(holder, "HOLDER");
    for (const honor of [award.honor, ...(award.honorAliases ?? [])]) add(honor, "HONOR");
  }
  return out;
}

/** A surface as a pattern: its words in order, any run of spaces between, whole words only. */
function patternOf(surface: string): RegExp {
  const words = surface.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])${words.join(String.raw`\s+`)}(?![\p{L}\p{N}])`,
    "giu",
  );
}

/** Where each surface is written; a longer span wins over one it overlaps. */
function spansIn(view: string, surfaces: Surface[]): { spans: LabelledSpan[]; found: number } {
  const all: LabelledSpan[] = [];
  let found = 0;
  for (const surface of surfaces) {
    const before = all.length;
    for (const m of view.matchAll(patternOf(surface.text)))
      all.push({ start: m.index, end: m.index + m[0].length, label: surface.label });
    if (all.length > before) found++;
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: LabelledSpan[] = [];
  for (const span of all)
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  return { spans: kept, found };
}

/** One label per token: B- on a span's first token, I- on the others inside it, O elsewhere. */
function labelTokens(tokens: ReturnType<typeof tokenize>, spans: LabelledSpan[]): string[] {
  return tokens.map((token, i) => {
    const span = spans.find((s) => token.start >= s.start && token.end <= s.end);
    if (!span) return "O";
    const previous = tokens[i - 1];
    const opens = !previous || previous.start < span.start;
    return `${opens ? "B" : "I"}-${span.label}`;
  });
}

export function distantLabels(text: string, doc: GoldDoc): DistantLabels {
  const view = buildAnalysisView(text);
  const surfaces = surfacesOf(doc);
  const { spans, found } = spansIn(view, surfaces);
  const sentences = segmentSentences(view).map((sentence) => {
    const tokens = tokenize(view, sentence.start, sentence.end);
    return {
      index: sentence.index,
      tokens: tokens.map((t) => t.text),
      labels: labelTokens(tokens, spans),
    };
  });
  return { sentences, surfaces: surfaces.length, found };
}
