// **links** maps minted IRIs to this server's paths and back, and shortens IRIs for display.
import { Html, html } from "./html.ts";
import type { ServeContext } from "./types.ts";

/** The local path of an IRI minted under the base, or undefined for any other IRI. */
export function localPath(iri: string, ctx: ServeContext): string | undefined {
  return iri.startsWith(ctx.base) ? ctx.basePath + iri.slice(ctx.base.length) : undefined;
}

/** The IRI a local path stands for, or undefined when the path is not under the base path. */
export function iriOfPath(path: string, ctx: ServeContext): string | undefined {
  return path.startsWith(ctx.basePath) && path.length > ctx.basePath.length
    ? ctx.base + path.slice(ctx.basePath.length)
    : undefined;
}

/** `prefix:local` when a prefix covers the IRI, else the IRI itself. */
export function shortIri(iri: string, prefixes: Record<string, string>): string {
  let best = "";
  let name = "";
  for (const [prefix, ns] of Object.entries(prefixes))
    if (iri.startsWith(ns) && ns.length > best.length) {
      best = ns;
      name = prefix;
    }
  return best ? `${name}:${iri.slice(best.length)}` : iri;
}

/** True for hrefs a page may link: web addresses and this server's paths (never javascript: or data:). */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|\/)/i.test(href);
}

/** A link to an IRI: its page here when minted under the base, the IRI itself otherwise. */
export function iriLink(iri: string, ctx: ServeContext, text?: string | Html): Html {
  const href = localPath(iri, ctx) ?? iri;
  if (!isSafeHref(href)) return html`<span class="iri">${text ?? iri}</span>`;
  return html`<a href="${href}">${text ?? iri}</a>`;
}

export { Html };
