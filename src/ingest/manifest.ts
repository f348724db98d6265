// **manifest** reads SOURCES.tsv, the table a crawl keeps beside the pages it saved: one row per
// file with its url, publication date, title or publisher. Plain .txt pages carry no front matter,
// and without a date a story's "on Monday" or "this year" cannot be placed in time.
import { dirname, resolve } from "node:path";
import type { DiagnosticSink } from "../types.ts";

/** The manifest's file name, in any directory of a corpus; its rows name files beside it. */
export const MANIFEST_NAME = "SOURCES.tsv";

/** What a manifest row says of one file (front matter, where a file has it, says it first). */
export interface SourceRow {
  url?: string;
  date?: string;
  title?: string;
  publisher?: string;
}

const FIELDS = ["url", "date", "title", "publisher"] as const;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** True for a directory entry that is a manifest, whatever its case. */
export function isManifest(name: string): boolean {
  return name.toLowerCase() === MANIFEST_NAME.toLowerCase();
}

/**
 * The rows of the manifest at `path`, keyed by the absolute path of the file each names. A header
 * row names the columns (`file` is required; url, date, title and publisher are read; others are
 * kept for people, not read). Blank lines and lines opening with '#' are skipped. A bad row is
 * reported with its line and column and left out; the rest still apply.
 */
export function parseManifest(
  path: string,
  text: string,
  sink: DiagnosticSink,
): Map<string, SourceRow> {
  const rows = new Map<string, SourceRow>();
  const report = (message: string, line: number, column: number) =>
    sink.report({
      code: "bad-manifest",
      severity: "error",
      message: `${path}: ${message}`,
      source: { file: path, line, column },
    });
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const headerAt = lines.findIndex((line) => line.trim() !== "" && !line.startsWith("#"));
  if (headerAt < 0) return rows;
  const columns = (lines[headerAt] as string).split("\t").map((c) => c.trim().toLowerCase());
  const fileColumn = columns.indexOf("file");
  if (fileColumn < 0) {
    report("the header row needs a 'file' column (tab-separated)", headerAt + 1, 1);
    return rows;
  }
  const firstLine = new Map<string, number>();
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "" || line.startsWith("#")) continue;
    const cells = line.split("\t");
    const columnOf = (index: number) =>
      1 + cells.slice(0, index).reduce((sum, cell) => sum + cell.length + 1, 0);
    const file = cells[fileColumn]?.trim() ?? "";
    if (file === "") {
      report("row has no file name; row ignored", i + 1, columnOf(fileColumn));
      continue;
    }
    const row = rowOf(columns, cells);
    const dateColumn = columns.indexOf("date");
    if (row.date !== undefined && !DATE.test(row.date)) {
      report(
        `'date' must be YYYY, YYYY-MM or YYYY-MM-DD, got "${row.date}"; row ignored`,
        i + 1,
        columnOf(dateColumn),
      );
      continue;
    }
    const key = resolve(dirname(path), file);
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      report(`${file} is already described on line ${earlier}; row ignored`, i + 1, 1);
      continue;
    }
    firstLine.set(key, i + 1);
    rows.set(key, row);
  }
  return rows;
}

/** The row's known fields with a value; a cell left empty says nothing. */
function rowOf(columns: string[], cells: string[]): SourceRow {
  const row: SourceRow = {};
  for (const field of FIELDS) {
    const value = cells[columns.indexOf(field)]?.trim();
    if (columns.includes(field) && value) row[field] = value;
  }
  return row;
}
