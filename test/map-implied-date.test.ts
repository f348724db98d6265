// A conferral's implied date (src/map/index.ts): the headline's or the publication's year, which
// no sentence tells of the conferral, is written as laurel:date and marked laurel:impliedDate; the
// graph still conforms to the shapes, and "who honored whom" marks the date "(implied)".
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { LAUREL, NS } from "../src/map/vocab.ts";
import { buildGraph, CollectingSink } from "../src/pipeline/index.ts";
import { validateQuads } from "../src/validate/index.ts";
import { runCli, tempDir } from "./support/cli.ts";

const TEXT =
  "Two chemists win 2031 Tarn Prize\n\nQiu Lanfeng and Shao Minghe were awarded the Tarn Prize for their work on soils.\n";

async function corpus(): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, "tarn.txt"), TEXT);
  return dir;
}

describe("an implied date in the graph", () => {
  test("is the conferral's date too, typed as a year, and the graph conforms", async () => {
    const built = await buildGraph({ paths: [await corpus()] }, new CollectingSink());
    const quads = [...built.store.quads()];
    const implied = quads.filter((q) => q.predicate.value === LAUREL.impliedDate);
    const dated = quads.filter(
      (q) => q.predicate.value === LAUREL.date && q.subject.value === implied[0]?.subject.value,
    );
    expect(implied).toHaveLength(2);
    expect(
      implied.map((q) => [
        q.object.value,
        q.object.termType === "Literal" ? q.object.datatype.value : "",
      ]),
    ).toEqual([
      ["2031", `${NS.xsd}gYear`],
      ["2031", `${NS.xsd}gYear`],
    ]);
    expect(dated.map((q) => q.object.value)).toEqual(["2031"]);
    const report = await validateQuads(built.store.quads());
    expect(report.results).toEqual([]);
  });

  test("'who honored whom' marks it", async () => {
    const dir = await corpus();
    const out = await tempDir();
    const build = await runCli([
      "build",
      dir,
      "--store",
      join(out, "s.nq"),
      "--out",
      join(out, "s.ttl"),
    ]);
    expect(build.code).toBe(0);
    const run = await runCli([
      "query",
      "queries/who-honored-whom.rq",
      "--store",
      join(out, "s.nq"),
      "--format",
      "csv",
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Qiu Lanfeng,Tarn Prize,,2031 \(implied\),conferred/);
  });
});
