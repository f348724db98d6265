// `laurel eval`: builds a corpus in memory and scores it against a gold file.

import { usageError } from "../errors.ts";
import { evaluate, formatEvalReport, loadGold, writeEvalDetails } from "../eval/index.ts";
import { CONFERRAL_RULES } from "../extract/rules/index.ts";
import { buildGraph, CollectingSink } from "../pipeline/index.ts";
import { dataFile } from "./data-files.ts";
import type { Io } from "./index.ts";

export const evalCommand = {
  summary: "score extraction and linking against a gold file (precision, recall, F1)",
  usage: `laurel eval [PATH...] [options]

Builds the graph from PATH (default data/announcements) in memory, runs queries/conferrals.rq and
queries/mentions.rq, and prints precision, recall and F1 per category against the gold file.

Options:
  --gold FILE        gold facts (default data/gold/seeds.json)
  --authority FILE   authority file (default data/authority.ttl where the working folder has
                     one, else the one Laurel ships)
  --rules-off LIST   leave these conferral rules out (comma-separated names; --list-rules shows them)
  --list-rules       print the conferral rules with an example each, and exit
  --report DIR       write one file per announcement (misses and extras) into DIR
  --all-gold         count the facts of gold announcements the corpus has no text for as missed
                     (by default they are left out of the scores and listed as not scored)
  --json             print the report as JSON
  -v, --verbose      list every miss and extra
  -h, --help         show this help`,
  options: {
    help: { type: "boolean", short: "h" },
    gold: { type: "string" },
    authority: { type: "string" },
    json: { type: "boolean" },
    "rules-off": { type: "string" },
    "list-rules": { type: "boolean" },
    report: { type: "string" },
    "all-gold": { type: "boolean" },
    verbose: { type: "boolean", short: "v" },
  } as const,
  allowPositionals: true,
  async run(values: Record<string, unknown>, positionals: string[], io: Io): Promise<number> {
    if (values["list-rules"]) {
      for (const rule of CONFERRAL_RULES) io.out(`${rule.name.padEnd(22)} ${rule.example}\n`);
      return 0;
    }
    const off = values["rules-off"] as string | undefined;
    if (off !== undefined) {
      const known = new Set(CONFERRAL_RULES.map((r) => r.name));
      const unknown = off.split(",").filter((n) => n.trim() !== "" && !known.has(n.trim()));
      if (unknown.length > 0)
        throw usageError(`unknown rule(s): ${unknown.join(", ")}; --list-rules shows them`);
      // Read by the extractor, in this thread and in the extraction workers.
      process.env.LAUREL_RULES_OFF = off;
    }
    const gold = await loadGold((values.gold as string | undefined) ?? "data/gold/seeds.json");
    const sink = new CollectingSink();
    const result = await buildGraph(
      {
        paths: positionals.length > 0 ? positionals : ["data/announcements"],
        authorityPath: dataFile(
          values.authority as string | undefined,
          "authority.ttl",
          "--authority",
        ),
        overridesPath: dataFile(undefined, "overrides.ttl", "--overrides"),
      },
      sink,
    );
    const corpus = values["all-gold"]
      ? undefined
      : new Set(result.announcements.map((announcement) => announcement.id));
    const report = await evaluate(result.store, gold, corpus);
    const reportDir = values.report as string | undefined;
    if (reportDir) await writeEvalDetails(report, reportDir);
    io.out(
      values.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : formatEvalReport(report, Boolean(values.verbose)),
    );
    return 0;
  },
};
