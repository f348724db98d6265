// writeFileSpliced: a file written from new pieces and ranges of the file it replaces, atomically,
// with the unchanged start copied by the kernel; always the bytes the pieces describe.
import { open, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EarlierRange, type Piece, writeFileSpliced } from "../src/util/fs.ts";
import { tempDir } from "./support/cli.ts";

const EARLIER = "alpha\nbravo\ncharlie\ndelta\necho\n";
const range = (from: string, to: string) =>
  new EarlierRange(EARLIER.indexOf(from), EARLIER.indexOf(to) + to.length + 1);

/** Writes `pieces` over a file holding EARLIER, read from it as it was; the bytes written. */
async function spliceOver(pieces: Piece[], meddle?: (path: string) => Promise<void>) {
  const dir = await tempDir();
  const path = join(dir, "graph.nq");
  await writeFile(path, EARLIER);
  const handle = await open(path, "r");
  try {
    await meddle?.(path);
    await writeFileSpliced(path, pieces, { path, handle, size: EARLIER.length });
  } finally {
    await handle.close();
  }
  return { text: await readFile(path, "utf8"), files: await readdir(dir) };
}

describe("writeFileSpliced", () => {
  test.each([
    [
      "an unchanged start, then new lines",
      [range("alpha", "charlie"), "cobalt\n", range("delta", "echo")],
    ],
    ["new text that repeats the start", ["alpha\nbravo\n", range("charlie", "echo"), "foxtrot\n"]],
    ["a change in the first line", ["aleph\n", range("bravo", "echo")]],
    ["ranges out of their order", [range("delta", "echo"), range("alpha", "bravo")]],
    ["new bytes only", [Buffer.from("golf\n"), "hotel\n"]],
  ] as const)("%s: the file holds exactly the pieces", async (_case, pieces) => {
    const expected = pieces
      .map((p) => (p instanceof EarlierRange ? EARLIER.slice(p.start, p.end) : p.toString()))
      .join("");
    const { text, files } = await spliceOver([...pieces]);
    expect(text).toBe(expected);
    expect(files).toEqual(["graph.nq"]);
  });

  test("given the file renamed over while held open, when written, then the ranges still come from the held file", async () => {
    const { text } = await spliceOver([range("alpha", "bravo"), "x\n"], async (path) => {
      await writeFile(`${path}.other`, "something else entirely\n");
      await rename(`${path}.other`, path);
    });
    expect(text).toBe("alpha\nbravo\nx\n");
  });

  test("given a range past the end of the earlier file, when written, then it fails and leaves the file as it was", async () => {
    const dir = await tempDir();
    const path = join(dir, "graph.nq");
    await writeFile(path, EARLIER);
    const handle = await open(path, "r");
    const beyond = new EarlierRange(EARLIER.length - 2, EARLIER.length + 10);
    await expect(
      writeFileSpliced(path, ["new\n", beyond], { path, handle, size: EARLIER.length }),
    ).rejects.toThrow(/ends before byte/);
    await handle.close();
    expect(await readFile(path, "utf8")).toBe(EARLIER);
    expect(await readdir(dir)).toEqual(["graph.nq"]);
  });
});
