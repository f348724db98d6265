// Times extraction on adversarial inputs (a probe, not a test): `node --import tsx scripts/adversarial-probe.ts [name]`.
import { extractFacts } from "../src/extract/index.ts";

const cases: Record<string, () => string> = {
  oneLine: () => "word ".repeat(200_000),
  caps: () => `${"Association ".repeat(50_000)}${"Museum Bureau ".repeat(25_000)}`,
  quotes: () =>
    `${"\u201C".repeat(10_000)}Museum${"\u201D".repeat(10_000)}${' "a" '.repeat(100_000)}`,
  list: () =>
    `24 units including ${Array.from({ length: 50_000 }, (_, i) => `the Alpha${i} Museum`).join(", ")} were named National Bases.`,
  sentences: () => "The Museum was named a Base by the Bureau on May 3. ".repeat(19_000),
  acronyms: () => "CAST (CAST) ".repeat(80_000),
};
const only = process.argv[2];
for (const [name, make] of Object.entries(cases)) {
  if (only && name !== only) continue;
  const text = make();
  const started = performance.now();
  const result = extractFacts({ id: name, path: name, headline: "h", text, hash: "" });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${name.padEnd(10)} ${(text.length / 1e6).toFixed(2)} MB ${seconds.toFixed(2)} s ${result.mentions.length} mentions ${result.conferrals.length} conferrals`,
  );
}
