// **html** builds escaped HTML: interpolations in the `html` template are escaped unless they are
// already Html (built by `html` itself or marked with `raw` for trusted constant markup).

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

type Part = Html | string | number | boolean | null | undefined | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return "";
  if (Array.isArray(part)) return part.map(render).join("");
  if (part instanceof Html) return part.value;
  return escapeHtml(String(part));
}

/** Tagged template: literal markup stays, every interpolated value is escaped. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Trusted markup (constants of this module's own making, never data). */
export function raw(markup: string): Html {
  return new Html(markup);
}

export function page(
  title: string,
  body: Html,
  options: { search?: string; head?: Html } = {},
): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Laurel</title>
<link rel="stylesheet" href="/static/laurel.css">
${options.head ?? ""}
</head>
<body>
<header>
<a class="brand" href="/">Laurel</a>
<nav><a href="/query">Query</a> <a href="/void">Dataset</a></nav>
<form class="search" action="/search" method="get" role="search">
<input type="search" name="q" value="${options.search ?? ""}" placeholder="Search names" aria-label="Search names">
<button type="submit">Search</button>
</form>
</header>
<main>
${body}
</main>
</body>
</html>
`.value;
}

export function htmlReply(body: string, status = 200) {
  return { status, headers: { "content-type": "text/html; charset=utf-8", vary: "Accept" }, body };
}
