// Atomic file writes: write a temporary sibling, then rename, so readers never see half a file.
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Writes text or bytes, whole or in pieces, to `path` atomically. */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string | Uint8Array>,
): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temporary = join(
    dir,
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  const pieces = typeof data === "string" || data instanceof Uint8Array ? [data] : data;
  try {
    const file = await open(temporary, "w");
    try {
      // writeFile on a handle writes the whole piece at the current position, looping as needed.
      for (const piece of pieces) await file.writeFile(piece);
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
