// What one announcement says about its own mentions: which full name a short form refers back to
// (its root), and which acronyms the text defines.
import type { Extraction, Mention } from "../types.ts";
import type { KeyOf } from "./key-table.ts";

export const ACRONYM = /^[A-Z]{2,10}$/;

/** An acronym standing alone ("CAST", "the CAST"), or undefined. */
export function bareAcronym(mention: Mention): string | undefined {
  const surface = mention.surface.replace(/^the\s+/i, "").trim();
  return mention.kind === "Organization" && ACRONYM.test(surface) ? surface : undefined;
}

/** The mention a chain of antecedents ends at (cycles stop where they close). */
export function rootOf(mention: Mention, byId: Map<string, Mention>): Mention {
  let current = mention;
  const seen = new Set<string>();
  while (current.antecedent && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.antecedent);
    if (!next) break;
    current = next;
  }
  return current;
}

export function cleanSurface(surface: string): string {
  return surface
    .replace(/\s+/g, " ")
    .replace(/^the\s+/i, "")
    .trim();
}

/** True when a mention's name is the "of ..." complement of the other's name: a parent, not an alias. */
export function isParentOf(mention: Mention, other: Mention, keyOf: KeyOf): boolean {
  if (mention.kind !== "Organization" || other.kind !== "Organization") return false;
  const own = keyOf("Organization", cleanSurface(mention.surface));
  const whole = keyOf("Organization", other.name);
  return (
    own !== "" && own !== whole && (whole.endsWith(` of ${own}`) || other.parent === mention.id)
  );
}

/** Mention id -> the root mention it stands for in its announcement. */
export function rootsOf(extraction: Extraction, keyOf: KeyOf): Map<string, Mention> {
  const byId = new Map(extraction.mentions.map((m) => [m.id, m]));
  const roots = new Map<string, Mention>();
  for (const mention of extraction.mentions) {
    const root = rootOf(mention, byId);
    // A parent named inside its sub-unit is not a short form of it: in "the Synthetic Biology
    // Institute of SIAT ... SIAT", SIAT stays SIAT. Such a mention stands on its own.
    if (root !== mention && isParentOf(mention, root, keyOf)) {
      const { antecedent: _, ...own } = mention;
      roots.set(mention.id, { ...own, name: cleanSurface(mention.surface) });
    } else roots.set(mention.id, root);
  }
  return roots;
}

/** Acronyms a text defines: "Full Name (ACR)" and "Full Name (hereinafter ACR)". */
export function acronymsDefinedIn(
  extraction: Extraction,
  roots: Map<string, Mention>,
): Set<string> {
  const defined = new Set<string>();
  for (const mention of extraction.mentions) {
    if (mention.acronym) defined.add(mention.acronym);
    const root = roots.get(mention.id) as Mention;
    const acronym = bareAcronym(mention);
    if (acronym && root.id !== mention.id && !bareAcronym(root)) defined.add(acronym);
  }
  return defined;
}
