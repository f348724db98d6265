// **negotiate** picks a media type from an Accept header (RFC 9110 q-values and wildcards).

interface Range {
  type: string;
  q: number;
  /** More specific ranges win over wildcards at equal q. */
  specificity: number;
  order: number;
}

function parseAccept(header: string): Range[] {
  return header
    .split(",")
    .map((part, order) => {
      const [type = "", ...params] = part.trim().split(";");
      let q = 1;
      for (const param of params) {
        const [key, value] = param.trim().split("=");
        if (key?.trim() === "q") q = Number(value);
      }
      const lower = type.trim().toLowerCase();
      const specificity = lower === "*/*" ? 0 : lower.endsWith("/*") ? 1 : 2;
      return { type: lower, q: Number.isFinite(q) ? q : 0, specificity, order };
    })
    .filter((range) => range.type !== "");
}

function matches(range: string, offer: string): boolean {
  if (range === "*/*" || range === offer) return true;
  return range.endsWith("/*") && offer.startsWith(range.slice(0, -1));
}

/**
 * The offer the client prefers, or undefined when it accepts none of them (answer 406). An empty
 * header accepts anything, so the first offer (the default) wins; among equal q the offers' own
 * order decides, so a browser's "*\/*" gets the first offer.
 */
export function negotiate(accept: string, offers: readonly string[]): string | undefined {
  if (accept.trim() === "") return offers[0];
  const ranges = parseAccept(accept);
  let best: { offer: string; q: number; specificity: number; rank: number } | undefined;
  offers.forEach((offer, rank) => {
    const range = ranges
      .filter((r) => matches(r.type, offer))
      .sort((a, b) => b.specificity - a.specificity || a.order - b.order)[0];
    if (!range || range.q <= 0) return;
    const better =
      !best ||
      range.q > best.q ||
      (range.q === best.q && range.specificity > best.specificity) ||
      (range.q === best.q && range.specificity === best.specificity && rank < best.rank);
    if (better) best = { offer, q: range.q, specificity: range.specificity, rank };
  });
  return best?.offer;
}
