import { extractFacts } from "../src/extract/index.ts";
import { readAnnouncements } from "../src/ingest/index.ts";

const sink = { report: (d: unknown) => console.error(d) };
const { announcements } = await readAnnouncements(
  [process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "data/announcements"],
  sink,
);
for (const a of announcements) {
  const x = extractFacts(a);
  console.log("=====", a.id);
  const name = (id: string) => {
    const m = x.mentions.find((m) => m.id === id);
    return m ? m.name : id;
  };
  if (!process.argv.includes("--nomentions"))
    for (const m of x.mentions)
      console.log(
        `  ${m.kind.padEnd(12)} ${JSON.stringify(m.surface)} -> ${JSON.stringify(m.name)}${m.antecedent ? ` ant=${name(m.antecedent)}` : ""}${m.acronym ? ` acr=${m.acronym}` : ""}${m.identifier ? ` id=${m.identifier}` : ""}`,
      );
  for (const c of x.conferrals)
    console.log(
      `  CONF ${name(c.recipient)} <= ${name(c.honor)} | by ${c.issuers.map((i) => name(i.mention) + (i.implied ? "*" : "")).join("; ")} | ${c.date} ${c.status} cohort=${c.cohortSize} batch=${c.batch} period=${c.period} doc=${c.document ? name(c.document) : ""} np=${c.noticePeriod}`,
    );
  for (const e of x.events)
    console.log(
      `  EVENT ${e.kind} ${name(e.name)} | org ${e.organizers.map(name).join("; ")} | ${e.date} chair=${e.chair ? name(e.chair) : ""} part=${e.participants.map(name).join("; ")}`,
    );
  for (const p of x.posts)
    console.log(
      `  POST ${name(p.person)}: ${p.post} @ ${p.organization ? name(p.organization) : ""}`,
    );
  for (const d of x.documentIssuers)
    console.log(`  DOCISS ${name(d.document)} by ${d.issuers.map(name).join("; ")}`);
}
