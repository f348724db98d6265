// **candidate logs** keep, between builds, what collecting each announcement's linking candidates
// did (see CandidateLog in resolve/candidates.ts), so that an incremental build replays the kept
// announcements' logs instead of computing every name's keys and variants again. A log is reused
// only when the announcement's fingerprint and the file's key (extraction code, linking code and
// the authority file) match, so a stale or partial file can cost time but never change the graph.
//
// File format (NDJSON, written atomically next to the store, as the extraction cache is):
//   {"candidates":"laurel-candidate-logs","format":1,"key":"<key>"}
//   {"id":"...","fingerprint":"...","log":{...}}            one line per announcement, in build order
//   {"end":<entries>,"sha256":"<hash of the entry lines>"}   so truncation or an edit is detected

import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { CandidateLog } from "../resolve/index.ts";
import type { Announcement } from "../types.ts";
import { writeFileAtomic } from "../util/fs.ts";
import { packagePath } from "../util/paths.ts";
import { announcementFingerprint, digestSources, sha256 } from "./cache.ts";
import { checksummedPieces, LineChecksum, type NdjsonLine } from "./ndjson-pieces.ts";

/** Bump when the file layout or the meaning of a log changes. */
export const CANDIDATE_LOGS_FORMAT = 1;

const HEADER_TAG = "laurel-candidate-logs";

export interface CandidateLogEntry {
  fingerprint: string;
  log: CandidateLog;
  /** The entry's line as read, newline included: written back as is while the log is reused. */
  line: Uint8Array;
}

/** The logs an earlier build recorded, by announcement id, under the key they were written with. */
export interface CandidateLogs {
  key: string;
  entries: Map<string, CandidateLogEntry>;
  /** The checksum of the entry lines as read, for writing them back (see LineChecksum). */
  checksum?: LineChecksum;
}

/** out/laurel.nq -> out/laurel.candidates.ndjson. */
export function candidateLogsPathFor(storePath: string): string {
  return join(dirname(storePath), `${basename(storePath, extname(storePath))}.candidates.ndjson`);
}

let linkingDigest: string | undefined;

/**
 * The key logs are valid under: the extractor's key (the mentions they were made from), the code
 * that collects candidates (and every file of the package it imports) and the authority's bytes.
 */
export async function candidateLogsKey(
  extractorKey: string,
  authorityPath?: string,
): Promise<string> {
  linkingDigest ??= digestSources(packagePath("src"), ["resolve/candidates.ts"]);
  const authority = authorityPath ? sha256((await readFile(authorityPath)).toString("latin1")) : "";
  return sha256(
    JSON.stringify({
      format: CANDIDATE_LOGS_FORMAT,
      extractor: extractorKey,
      linking: linkingDigest,
      authority,
    }),
  );
}

/** The log of this announcement in `logs`, when it was recorded from the same input. */
export function knownLog(
  logs: CandidateLogs | undefined,
  announcement: Announcement,
): CandidateLog | undefined {
  const entry = logs?.entries.get(announcement.id);
  return entry && entry.fingerprint === announcementFingerprint(announcement)
    ? entry.log
    : undefined;
}

/** The logs at `path` written under `key`; undefined when there are none to trust. */
export async function readCandidateLogs(
  path: string,
  key: string,
): Promise<CandidateLogs | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  try {
    return parseCandidateLogs(bytes, key);
  } catch {
    // Damaged: every announcement's candidates are collected again, and the file written anew.
    return undefined;
  }
}

function parseCandidateLogs(bytes: Buffer, key: string): CandidateLogs | undefined {
  let start = 0;
  const nextLine = (): Buffer | undefined => {
    if (start >= bytes.length) return undefined;
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end + 1);
    start = end + 1;
    return line;
  };
  const header = JSON.parse(String(nextLine()));
  if (header.candidates !== HEADER_TAG || header.format !== CANDIDATE_LOGS_FORMAT) return undefined;
  if (header.key !== key) return undefined;
  const entries = new Map<string, CandidateLogEntry>();
  const checksum = new LineChecksum();
  for (let line = nextLine(); line !== undefined; line = nextLine()) {
    const value = JSON.parse(line.toString("utf8"));
    if ("end" in value)
      return value.end === entries.size && value.sha256 === checksum.digest()
        ? { key, entries, checksum }
        : undefined;
    checksum.add(line);
    if (typeof value.id !== "string" || typeof value.fingerprint !== "string" || !isLog(value.log))
      return undefined;
    entries.set(value.id, { fingerprint: value.fingerprint, log: value.log, line });
  }
  return undefined;
}

function isLog(value: unknown): value is CandidateLog {
  const log = value as CandidateLog | undefined;
  return (
    typeof log === "object" &&
    log !== null &&
    Array.isArray(log.strings) &&
    Array.isArray(log.roots) &&
    Array.isArray(log.keys) &&
    Array.isArray(log.ops)
  );
}

/**
 * The file for these announcements' logs, in their order. A log `previous` held for the same
 * announcement is written back from the line it was read from (consecutive ones in one piece).
 */
export function* candidateLogsChunks(
  announcements: readonly Announcement[],
  logs: readonly CandidateLog[],
  key: string,
  previous?: CandidateLogs,
): Generator<string | Uint8Array> {
  const header = JSON.stringify({ candidates: HEADER_TAG, format: CANDIDATE_LOGS_FORMAT, key });
  yield* checksummedPieces(
    header,
    logLines(announcements, logs, key, previous),
    previous?.checksum,
  );
}

function* logLines(
  announcements: readonly Announcement[],
  logs: readonly CandidateLog[],
  key: string,
  previous?: CandidateLogs,
): Generator<NdjsonLine> {
  for (let index = 0; index < announcements.length; index++) {
    const announcement = announcements[index] as Announcement;
    const log = logs[index] as CandidateLog;
    const fingerprint = announcementFingerprint(announcement);
    const kept = reusedLine(previous, key, announcement.id, fingerprint, log);
    yield kept ? { kept } : { text: JSON.stringify({ id: announcement.id, fingerprint, log }) };
  }
}

/** The line `previous` read for this announcement, if the log is the one read from it. */
function reusedLine(
  previous: CandidateLogs | undefined,
  key: string,
  id: string,
  fingerprint: string,
  log: CandidateLog,
): Uint8Array | undefined {
  const entry = previous?.key === key ? previous.entries.get(id) : undefined;
  return entry && entry.log === log && entry.fingerprint === fingerprint ? entry.line : undefined;
}

/** Writes the logs atomically: a reader sees the old file or the new one, never half of one. */
export async function writeCandidateLogs(
  path: string,
  announcements: readonly Announcement[],
  logs: readonly CandidateLog[],
  key: string,
  previous?: CandidateLogs,
): Promise<void> {
  await writeFileAtomic(path, candidateLogsChunks(announcements, logs, key, previous));
}
