// Credentials for a SPARQL server: from the environment or a netrc file, never from the command line
// (where every user of the machine could read them in the process list).
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { LaurelError } from "../errors.ts";

export interface Credentials {
  user: string;
  password: string;
}

export const USER_VARIABLE = "LAUREL_ENDPOINT_USER";
export const PASSWORD_VARIABLE = "LAUREL_ENDPOINT_PASSWORD";

/**
 * LAUREL_ENDPOINT_USER and LAUREL_ENDPOINT_PASSWORD when set, else the netrc entry for the host
 * ($NETRC, default ~/.netrc; `machine HOST login USER password PASSWORD`, or `default`).
 */
export async function findCredentials(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Credentials | undefined> {
  const user = env[USER_VARIABLE];
  const password = env[PASSWORD_VARIABLE];
  if (user !== undefined || password !== undefined) {
    if (user === undefined || password === undefined)
      throw new LaurelError(
        "partial-credentials",
        `set both ${USER_VARIABLE} and ${PASSWORD_VARIABLE}, or neither (a netrc file is read then)`,
        { exitCode: 2 },
      );
    return { user, password };
  }
  const path = env.NETRC ?? join(homedir(), ".netrc");
  const text = await readFile(path, "utf8").catch(() => undefined);
  return text === undefined ? undefined : netrcCredentials(text, new URL(url).hostname);
}

/** The login and password netrc gives for a host: its `machine` entry, else `default`. */
export function netrcCredentials(text: string, host: string): Credentials | undefined {
  const tokens = netrcTokens(text);
  let fallback: Credentials | undefined;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (token === "machine" || token === "default") {
      const entry = readEntry(tokens, token === "machine" ? i + 2 : i + 1);
      if (token === "machine" && tokens[i + 1] === host && entry.credentials)
        return entry.credentials;
      if (token === "default" && entry.credentials) fallback ??= entry.credentials;
      i = entry.next;
    } else i += 1;
  }
  return fallback;
}

/** Whitespace-separated tokens, with `macdef` bodies (which end at a blank line) left out. */
function netrcTokens(text: string): string[] {
  const withoutMacros = text.replace(/(^|\s)macdef\s[^\n]*\n[\s\S]*?(\n\s*\n|$)/g, "$1");
  return withoutMacros
    .split(/\n/)
    .filter((line) => !line.trimStart().startsWith("#"))
    .join("\n")
    .split(/\s+/)
    .filter(Boolean);
}

function readEntry(tokens: string[], start: number): { credentials?: Credentials; next: number } {
  let user: string | undefined;
  let password: string | undefined;
  let i = start;
  while (i < tokens.length && tokens[i] !== "machine" && tokens[i] !== "default") {
    if (tokens[i] === "login") user = tokens[i + 1];
    else if (tokens[i] === "password") password = tokens[i + 1];
    i += tokens[i] === "login" || tokens[i] === "password" || tokens[i] === "account" ? 2 : 1;
  }
  return user !== undefined && password !== undefined
    ? { credentials: { user, password }, next: i }
    : { next: i };
}
