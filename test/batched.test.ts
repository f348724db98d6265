// The batched writer of `laurel build --endpoint` (src/pipeline/batched.ts) gives the same quads as
// the in-memory build, batch size aside: the same set of N-Quads lines, the same counts, and a
// store file `laurel push` and the embedded store read alike.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { batchedNquadsChunks, writeGraphInBatches } from "../src/pipeline/batched.ts";
import {
  type BuildOptions,
  buildGraph,
  CollectingSink,
  linkCorpus,
} from "../src/pipeline/index.ts";
import { LaurelStore } from "../src/store/index.ts";
import { runCli, tempDir } from "./support/cli.ts";

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const seedOptions = (): BuildOptions => {
  const authority = root("data/authority.ttl");
  return {
    paths: [root("data/announcements"), root("test/fixtures/map-golden")],
    ...(existsSync(authority) ? { authorityPath: authority } : {}),
    validateMaxQuads: 0,
    buildTime: "2026-12-03T00:00:00Z",
  };
};

const linesOf = (text: string) => text.split("\n").filter(Boolean).sort();

describe("batched N-Quads writer", () => {
  test.each([1, 2, 1000])(
    "batches of %i announcement(s) give the in-memory quads",
    async (size) => {
      const inMemory = await buildGraph(seedOptions(), new CollectingSink());
      const linked = await linkCorpus(seedOptions(), new CollectingSink());
      const tally = { quads: 0, conferrals: 0 };
      const chunks = batchedNquadsChunks(
        linked.extractions,
        linked.resolution,
        { base: linked.base, buildTime: "2026-12-03T00:00:00Z" },
        tally,
        { batchAnnouncements: size },
      );
      const text = Buffer.concat(Array.from(chunks)).toString("utf8");
      expect(linesOf(text)).toEqual(linesOf(inMemory.nquads));
      expect(tally).toEqual({
        quads: inMemory.summary.quads,
        conferrals: inMemory.summary.conferrals,
      });
      expect(linked.extractions.length).toBeGreaterThan(2);
    },
  );

  test("the store file it writes loads into the embedded store as the built graph", async () => {
    const dir = await tempDir("laurel-batched-");
    const storePath = join(dir, "laurel.nq");
    const linked = await linkCorpus(seedOptions(), new CollectingSink());
    const summary = await writeGraphInBatches(linked, {
      storePath,
      batchAnnouncements: 2,
      buildTime: "2026-12-03T00:00:00Z",
    });
    const inMemory = await buildGraph(seedOptions(), new CollectingSink());
    const store = await LaurelStore.open(storePath);
    expect(store.size).toBe(inMemory.summary.quads);
    expect(summary.quads).toBe(inMemory.summary.quads);
    expect(summary.entities).toEqual(inMemory.summary.entities);
    expect(linesOf(await readFile(storePath, "utf8"))).toEqual(linesOf(inMemory.nquads));
  });

  test("an endpoint that is not a URL nor local is a usage error before the build", async () => {
    const run = await runCli(["build", "--endpoint", "nowhere", "--store", "/nonexistent/x.nq"]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--endpoint takes an http\(s\) URL/);
  });

  test("--endpoint local without a running Virtuoso says how to start one", async () => {
    const dir = await tempDir("laurel-no-virtuoso-");
    const run = await runCli([
      "build",
      "--endpoint",
      "local",
      "--virtuoso-dir",
      dir,
      "--store",
      join(dir, "x.nq"),
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/no Virtuoso is running in .*scripts\/virtuoso\.sh start --dir/);
  });
});
