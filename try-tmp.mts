import { readFileSync } from "node:fs";
import { extractFacts } from "./src/extract/index.ts";
import { ruleThatRead } from "./src/extract/rules/index.ts";
const text = `Test headline\n\n${readFileSync(0, "utf8")}`;
const x = extractFacts({ id: "t", path: "t.txt", headline: "Test headline", text, hash: "x" });
const name = (id: string) => x.mentions.find((m) => m.id === id)?.name ?? id;
for (const c of x.conferrals)
  console.log(`  ${ruleThatRead(c)}: ${name(c.recipient)} <= ${name(c.honor)} | ${c.status}${c.date ? ` ${c.date}` : ""}${c.cohortSize ? ` n=${c.cohortSize}` : ""}${c.issuers.length ? ` by ${c.issuers.map((i) => name(i.mention)).join("; ")}` : ""}`);
if (process.argv.includes("-m")) for (const m of x.mentions) console.log(`    ${m.kind} ${m.name}`);
