// **rows** runs SELECTs for the pages: parameters bound through the syntax tree, rows as plain values.
import { prepareQuery, selectBindings } from "../query/index.ts";
import type { LaurelStore } from "../store/index.ts";

export type Row = Record<string, string | undefined>;

export const PREFIX_LINES = `PREFIX laurel: <https://w3id.org/laurel/ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX schema: <https://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX void: <http://rdfs.org/ns/void#>
`;

/** Runs a SELECT with `params` bound ("<iri>" for an IRI) and returns each row's values. */
export function selectRows(
  store: LaurelStore,
  query: string,
  params: Record<string, string> = {},
): Row[] {
  const prepared = prepareQuery(PREFIX_LINES + query, { params, source: "page query" });
  return selectBindings(store, prepared).rows.map((row) => {
    const values: Row = {};
    for (const [name, term] of Object.entries(row)) values[name] = term.value;
    return values;
  });
}

/** Splits a GROUP_CONCAT of "a\u001eb" records joined by \u001f into [a, b] pairs. */
export function splitPairs(value: string | undefined): string[][] {
  if (!value) return [];
  return value
    .split("\u001f")
    .filter(Boolean)
    .map((record) => record.split("\u001e"));
}

/** The SPARQL for such a record list: GROUP_CONCAT(DISTINCT CONCAT(a, "\u001e", b) ...). */
export function pairs(...terms: string[]): string {
  return `GROUP_CONCAT(DISTINCT CONCAT(${terms.join(', "\\u001e", ')}); SEPARATOR="\\u001f")`;
}
