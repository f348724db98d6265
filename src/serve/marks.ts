// **marks** cuts a text at span boundaries so overlapping and nested spans render as well-formed
// HTML: each piece carries every span that covers it.
import { type Html, html } from "./html.ts";

export interface Span {
  start: number;
  end: number;
  /** "evidence", or a fact's role: "recipient", "honor", "issuer", "date", "mention". */
  kind: string;
  /** The evidence's fragment id (for links to it), or what the span stands for. */
  id?: string;
  title?: string;
}

/** The text as HTML with <mark class="evidence"> and <span class="fact ROLE"> around spans. */
export function markSpans(text: string, spans: Span[]): Html {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const span of valid) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  const parts: Html[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    parts.push(...valid.filter((s) => s.kind === "evidence" && s.start === from).map(anchor));
    parts.push(renderPiece(text.slice(from, to), covering));
  }
  return html`${parts}`;
}

function anchor(span: Span): Html {
  return html`<a class="anchor" id="${span.id ?? ""}"></a>`;
}

function renderPiece(piece: string, covering: Span[]): Html {
  const facts = covering.filter((s) => s.kind !== "evidence");
  const evidence = covering.filter((s) => s.kind === "evidence");
  const kinds = [...new Set(facts.map((s) => s.kind))].sort();
  const titles = [...new Set(facts.map((s) => s.title ?? s.kind))].join("; ");
  const inner = kinds.length
    ? html`<span class="fact ${kinds.join(" ")}" title="${titles}">${piece}</span>`
    : html`${piece}`;
  if (evidence.length === 0) return inner;
  const ids = evidence.map((s) => s.id ?? "").join(" ");
  return html`<mark class="evidence" data-evidence="${ids}">${inner}</mark>`;
}

/** "January" for month 1: the English month name, from the platform rather than a list of ours. */
function monthName(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString("en", {
    month: "long",
    timeZone: "UTC",
  });
}

/** Ways an English announcement writes an ISO date, most specific first. */
export function dateForms(iso: string): RegExp[] {
  const [year, month, day] = iso.split("-");
  const forms: string[] = [];
  const name = month ? monthName(Number(month)) : undefined;
  if (name && day) {
    const d = String(Number(day));
    const abbr = `${name.slice(0, 3)}\\.?`;
    forms.push(
      `(?:${name}|${abbr}) ${d}(?:st|nd|rd|th)?,? ${year}`,
      `${d}(?:st|nd|rd|th)? (?:${name}|${abbr}),? ${year}`,
    );
    forms.push(`${year}-${month}-${day}`, `${year}/${Number(month)}/${d}`);
  }
  if (name) forms.push(`(?:${name}|${name.slice(0, 3)}\\.?),? ${year}`, `${year}-${month}`);
  forms.push(`${year}`);
  return forms.map((form) => new RegExp(`\\b${form}\\b`, "i"));
}

/** Where a conferral's date is written: inside its evidence first, else anywhere in the text. */
export function locateDate(
  text: string,
  iso: string,
  within: Array<[number, number]>,
): [number, number] | undefined {
  for (const pattern of dateForms(iso)) {
    for (const [start, end] of [...within, [0, text.length] as [number, number]]) {
      const match = pattern.exec(text.slice(start, end));
      if (match) return [start + match.index, start + match.index + match[0].length];
    }
  }
  return undefined;
}
