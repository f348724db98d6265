// Prints each sentence with its outermost mentions bracketed as [Kind: surface], and the conferrals
// read from it: a quick view for error analysis on a folder of announcements.
import { buildAnalysisView, extractFacts, segmentSentences } from "../src/extract/index.ts";
import { ruleThatRead } from "../src/extract/rules/index.ts";
import { readAnnouncements } from "../src/ingest/index.ts";

const args = process.argv.slice(2);
const filter = args.find((a) => a.startsWith("--grep="))?.slice(7);
const sink = { report: (d: unknown) => console.error(d) };
const { announcements } = await readAnnouncements(
  [args.find((a) => !a.startsWith("--")) ?? "data/announcements"],
  sink,
);
for (const a of announcements) {
  const x = extractFacts(a);
  const view = buildAnalysisView(a.text);
  console.log("=====", a.id);
  const name = (id: string) => x.mentions.find((m) => m.id === id)?.name ?? id;
  for (const s of segmentSentences(view)) {
    const inside = x.mentions
      .filter((m) => m.evidence.start >= s.start && m.evidence.end <= s.end)
      .sort((p, q) => p.evidence.start - q.evidence.start || q.evidence.end - p.evidence.end);
    let out = "";
    let cursor = s.start;
    for (const m of inside) {
      if (m.evidence.start < cursor) continue;
      out +=
        view.slice(cursor, m.evidence.start) +
        `[${m.kind.slice(0, 3)}: ${view.slice(m.evidence.start, m.evidence.end)}]`;
      cursor = m.evidence.end;
    }
    out += view.slice(cursor, s.end);
    const plain = view.slice(s.start, s.end).replace(/\s+/g, " ");
    if (filter && !new RegExp(filter, "i").test(out) && !new RegExp(filter, "i").test(plain))
      continue;
    console.log(`  S${s.index}: ${out.replace(/\s+/g, " ")}`);
    for (const c of x.conferrals.filter((c) => c.evidence[0]?.sentenceIndex === s.index))
      console.log(
        `    CONF ${name(c.recipient)} <= ${name(c.honor)} | ${c.issuers.map((i) => name(i.mention)).join("; ")} | ${c.date ?? ""} ${c.status} (${ruleThatRead(c) ?? "after"})`,
      );
  }
}
