// Writes distant labels for a reader that learns: for each announcement of a folder that a gold
// file describes, each sentence's tokens with B-/I-/O labels for the gold's holders and honors
// (JSON lines, to a file outside the repository: the texts are third-party), and prints how much
// of the gold the texts show. Usage: node --import tsx scripts/distant-labels.ts GOLD FOLDER OUT.jsonl
import { writeFileSync } from "node:fs";
import { distantLabels } from "../src/eval/distant-labels.ts";
import { loadGold } from "../src/eval/gold.ts";
import { readAnnouncements } from "../src/ingest/index.ts";

const [goldPath, folder, out] = process.argv.slice(2);
if (!goldPath || !folder || !out) {
  console.error("usage: distant-labels GOLD FOLDER OUT.jsonl");
  process.exit(2);
}
const gold = await loadGold(goldPath);
const sink = { report: (d: unknown) => console.error(d) };
const { announcements } = await readAnnouncements([folder], sink);
const lines: string[] = [];
let docs = 0;
let surfaces = 0;
let found = 0;
let labelled = 0;
for (const announcement of announcements) {
  const doc = gold.docs[announcement.id];
  if (!doc) continue;
  docs++;
  const labels = distantLabels(announcement.text, doc);
  surfaces += labels.surfaces;
  found += labels.found;
  for (const sentence of labels.sentences) {
    if (sentence.labels.some((l) => l !== "O")) labelled++;
    lines.push(JSON.stringify({ doc: announcement.id, ...sentence }));
  }
}
writeFileSync(out, lines.length > 0 ? `${lines.join("\n")}\n` : "");
console.log(
  `${docs} announcements, ${lines.length} sentences (${labelled} with a label); gold surfaces written in the text: ${found} of ${surfaces}`,
);
