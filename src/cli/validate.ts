// `laurel validate`: checks a built store against the SHACL shapes in ontology/shapes.ttl.
import type { ParseArgsConfig } from "node:util";
import { LaurelStore } from "../store/index.ts";
import { DEFAULT_SHAPES_PATH, formatReport, validateQuads } from "../validate/index.ts";
import type { Io } from "./index.ts";

const DEFAULT_STORE = "out/laurel.nq";

export const validateCommand: {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  allowPositionals: boolean;
  run(values: Record<string, unknown>, positionals: string[], io: Io): Promise<number>;
} = {
  summary: "check the store against the SHACL shapes (exit 1 when it does not conform)",
  usage: `laurel validate [options]

Validates the union of all graphs in the store against the SHACL shapes and prints one line per
problem: "Violation: <focus node> <path>: <message>". Exits 0 when the graph conforms, 1 when not.

Options:
  --store FILE    store to check (default ${DEFAULT_STORE})
  --shapes FILE   SHACL shapes in Turtle (default: ontology/shapes.ttl of this package)
  -h, --help      show this help`,
  options: {
    help: { type: "boolean", short: "h" },
    store: { type: "string" },
    shapes: { type: "string" },
  },
  allowPositionals: false,
  async run(values, _positionals, io) {
    const store = await LaurelStore.open((values.store as string | undefined) ?? DEFAULT_STORE);
    const report = await validateQuads(store.quads(), {
      shapesPath: (values.shapes as string | undefined) ?? DEFAULT_SHAPES_PATH,
    });
    io.out(formatReport(report));
    return report.conforms ? 0 : 1;
  },
};
