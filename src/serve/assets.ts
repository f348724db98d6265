// **assets** are the static files: the stylesheet, and the query editor that enhances the query
// page's textarea when JavaScript runs (YASQE: CodeMirror with SPARQL highlighting, prefix and
// variable completion, from @zazuko/yasqe's own browser build). Without JavaScript the plain
// textarea and form work the same.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { STYLESHEET } from "./style.ts";
import type { ServeReply } from "./types.ts";

/** Mounts the editor over the textarea and copies its text back before the form is sent. */
const EDITOR_SCRIPT = `// Laurel: the query page's editor (progressive enhancement; the form works without it).
(function () {
  var area = document.getElementById("sparql");
  var Yasqe = window.Yasqe && (window.Yasqe.default || window.Yasqe);
  if (!area || !Yasqe) return;
  var holder = document.createElement("div");
  area.parentNode.insertBefore(holder, area);
  var yasqe = new Yasqe(holder, {
    value: area.value,
    persistenceId: null,
    consumeShareLink: null,
    createShareableLink: null,
    showQueryButton: false,
    autocompleters: ["prefixes", "variables"],
    editorHeight: "320px"
  });
  area.hidden = true;
  area.form.addEventListener("submit", function () { area.value = yasqe.getValue(); });
})();
`;

const YASQE_DIR = join(dirname(fileURLToPath(import.meta.resolve("@zazuko/yasqe"))));

const FILES: Record<string, { type: string; load: () => Promise<string> }> = {
  "/static/laurel.css": { type: "text/css", load: async () => STYLESHEET },
  "/static/editor.js": { type: "text/javascript", load: async () => EDITOR_SCRIPT },
  "/static/yasqe.min.js": {
    type: "text/javascript",
    load: () => readFile(join(YASQE_DIR, "yasqe.min.js"), "utf8"),
  },
  "/static/yasqe.min.css": {
    type: "text/css",
    load: () => readFile(join(YASQE_DIR, "yasqe.min.css"), "utf8"),
  },
};

const loaded = new Map<string, Promise<string>>();

/** The static file at `path`, or undefined when there is none. Read once, then kept. */
export async function staticFile(path: string): Promise<ServeReply | undefined> {
  const file = FILES[path];
  if (!file) return undefined;
  let body = loaded.get(path);
  if (!body) {
    body = file.load();
    loaded.set(path, body);
  }
  return {
    status: 200,
    headers: { "content-type": `${file.type}; charset=utf-8`, "cache-control": "max-age=3600" },
    body: await body,
  };
}
