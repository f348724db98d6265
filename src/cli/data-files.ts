// **data files**: the authority of known bodies and the linking overrides. A file named on the
// command line must exist; by default the working folder's data/ file is read, else the package's
// own, so `laurel` links the same known bodies from whatever folder it is run.
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { usageError } from "../errors.ts";
import { packagePath } from "../util/paths.ts";

/** The file `option` names, or the default data/`name` of `cwd`, else the package's. */
export function dataFile(
  given: string | undefined,
  name: string,
  option: string,
  cwd: string = process.cwd(),
): string {
  if (given !== undefined) {
    if (!existsSync(resolve(cwd, given))) throw usageError(`${option} ${given}: no such file`);
    return given;
  }
  const local = resolve(cwd, "data", name);
  return existsSync(local) ? relative(process.cwd(), local) : packagePath("data", name);
}
