// `laurel eval`: builds a corpus in memory and scores it against a gold file.
import { evaluate, formatEvalReport, loadGold } from "../eval/index.ts";
import { buildGraph, CollectingSink } from "../pipeline/index.ts";
import type { Io } from "./index.ts";

export const evalCommand = {
  summary: "score extraction and linking against a gold file (precision, recall, F1)",
  usage: `laurel eval [PATH...] [options]

Builds the graph from PATH (default data/announcements) in memory, runs queries/conferrals.rq and
queries/mentions.rq, and prints precision, recall and F1 per category against the gold file.

Options:
  --gold FILE        gold facts (default data/gold/seeds.json)
  --authority FILE   authority file (default data/authority.ttl)
  --json             print the report as JSON
  -v, --verbose      list every miss and extra
  -h, --help         show this help`,
  options: {
    help: { type: "boolean", short: "h" },
    gold: { type: "string" },
    authority: { type: "string" },
    json: { type: "boolean" },
    verbose: { type: "boolean", short: "v" },
  } as const,
  allowPositionals: true,
  async run(values: Record<string, unknown>, positionals: string[], io: Io): Promise<number> {
    const gold = await loadGold((values.gold as string | undefined) ?? "data/gold/seeds.json");
    const sink = new CollectingSink();
    const result = await buildGraph(
      {
        paths: positionals.length > 0 ? positionals : ["data/announcements"],
        authorityPath: (values.authority as string | undefined) ?? "data/authority.ttl",
        overridesPath: "data/overrides.ttl",
      },
      sink,
    );
    const report = await evaluate(result.store, gold);
    io.out(
      values.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : formatEvalReport(report, Boolean(values.verbose)),
    );
    return 0;
  },
};
