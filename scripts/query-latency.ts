// Median and p95 latency of every named query on a built store, run as `laurel query` runs it
// (GROUP_CONCAT strings built by Laurel): `node --import tsx scripts/query-latency.ts STORE [RUNS]`.
import { readdirSync, readFileSync } from "node:fs";
import { executeQuery, prepareQuery, selectBindings } from "../src/query/index.ts";
import { LaurelStore } from "../src/store/index.ts";

const [storePath = "out/laurel.nq", runsText = "5"] = process.argv.slice(2);
const runs = Number(runsText);
const started = performance.now();
const store = await LaurelStore.open(storePath);
console.log(
  `store ${storePath}: ${store.size} quads loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
const org =
  selectBindings(
    store,
    prepareQuery(
      "PREFIX laurel: <https://w3id.org/laurel/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?name WHERE { ?c laurel:recipient ?r . ?r skos:prefLabel ?name } LIMIT 1",
    ),
  ).rows[0]?.name?.value ?? "x";
for (const file of readdirSync("queries")
  .filter((f) => f.endsWith(".rq"))
  .sort()) {
  const prepared = prepareQuery(readFileSync(`queries/${file}`, "utf8"), {
    params: file.includes("organization") ? { org } : {},
  });
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const outcome = executeQuery(store, prepared);
    rows = outcome.kind === "bindings" ? outcome.bindings.rows.length : 0;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] as number;
  console.log(
    `${file.padEnd(30)} ${String(rows).padStart(7)} rows  median ${median.toFixed(0).padStart(6)} ms  p95 ${p95.toFixed(0).padStart(6)} ms`,
  );
}
