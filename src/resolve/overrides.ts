// Overrides: a user's owl:sameAs / owl:differentFrom statements between entity IRIs or between
// surface names ([ rdfs:label "name" ]), honoured by the next build.
import { readFile } from "node:fs/promises";
import { Parser, type Quad, type Term } from "n3";
import { LaurelError } from "../errors.ts";

const OWL = "http://www.w3.org/2002/07/owl#";
const RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

/** One side of an override: an entity IRI or a surface name. */
export type OverrideRef = { iri: string } | { label: string };

export interface Override {
  kind: "same" | "different";
  a: OverrideRef;
  b: OverrideRef;
}

export function parseOverrides(turtle: string, file: string): Override[] {
  let quads: Quad[];
  try {
    quads = new Parser().parse(turtle);
  } catch (error) {
    throw new LaurelError(
      "bad-overrides",
      `${file}: ${(error as Error).message}; fix the Turtle syntax`,
      { cause: error },
    );
  }
  const labels = new Map<string, string>();
  for (const quad of quads) {
    if (quad.predicate.value === RDFS_LABEL && quad.subject.termType === "BlankNode")
      labels.set(quad.subject.value, quad.object.value);
  }
  const ref = (term: Term): OverrideRef | undefined => {
    if (term.termType === "NamedNode") return { iri: term.value };
    if (term.termType === "BlankNode") {
      const label = labels.get(term.value);
      return label === undefined ? undefined : { label };
    }
    if (term.termType === "Literal") return { label: term.value };
    return undefined;
  };
  const overrides: Override[] = [];
  for (const quad of quads) {
    const kind =
      quad.predicate.value === `${OWL}sameAs`
        ? "same"
        : quad.predicate.value === `${OWL}differentFrom`
          ? "different"
          : undefined;
    if (!kind) continue;
    const a = ref(quad.subject);
    const b = ref(quad.object);
    if (!a || !b) {
      throw new LaurelError(
        "bad-overrides",
        `${file}: each side of owl:${kind === "same" ? "sameAs" : "differentFrom"} must be an entity IRI or [ rdfs:label "name" ]`,
      );
    }
    overrides.push({ kind, a, b });
  }
  return overrides;
}

export async function loadOverrides(path: string): Promise<Override[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new LaurelError("unreadable-overrides", `cannot read overrides file ${path}`, {
      cause: error,
    });
  }
  return parseOverrides(text, path);
}
