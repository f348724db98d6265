// `npm run gen -- --count N --seed S --out DIR`: writes N synthetic announcements in the genre's
// styles plus DIR/gold.json (schema of data/gold/seeds.json) describing exactly what was planted.
import { parseArgs } from "node:util";
import { writeCorpus } from "./lib/corpus.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000" },
    seed: { type: "string", default: "laurel" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  process.stdout.write(
    "Usage: npm run gen -- --count N [--seed S] [--out DIR]\n\nWrites N announcements (.txt, first line the headline) and DIR/gold.json.\nDefault DIR: .bench/corpus-<seed>-<N>.\n",
  );
  process.exit(0);
}
const count = Number(values.count);
if (!Number.isInteger(count) || count <= 0) {
  process.stderr.write(`gen: --count takes a positive whole number, got "${values.count}"\n`);
  process.exit(2);
}
const seed = values.seed as string;
const out = values.out ?? `.bench/corpus-${seed}-${count}`;
const result = writeCorpus(out, count, seed);
process.stdout.write(
  `gen: ${result.count} announcements (${(result.bytes / 1e6).toFixed(1)} MB) in ${out}, gold in ${result.goldPath}, ${(result.ms / 1000).toFixed(1)} s\n`,
);
