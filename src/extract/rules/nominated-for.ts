// Nominations, the film and book awards' shortlist: '"The Long Road" was nominated for Best Film
// and Best Director'; 'Aftershock received nine nominations, including Best Director and Best
// Actor'; 'Lin Yu earned a nomination for the Golden Lotus Award'.
import { emit, honorsAfter, recipientsBefore } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const COUNT = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|many|multiple|numerous)`;
// "was nominated for", "has been nominated for", "nominated for" after a list of works.
const NOMINATED_FOR =
  /\b(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|been)\s+)?(?:(?:also|again|recently|each|all)\s+)?nominated\s+for\s+/gi;
// "received nine nominations, including X", "earned a nomination for X", "got nominations in X".
const NOMINATIONS_FOR = new RegExp(
  String.raw`\b(?:received|receives|won|wins|earned|earns|garnered|garners|got|gets|gained|secured|landed|scored|picked\s+up|bagged)\s+(?:a\s+total\s+of\s+)?(?:${COUNT}\s+)?(?:[a-z]+\s+)?nominations?\s*(?:,\s*|\s+)?(?:including|for|in|:)\s+`,
  "gi",
);

function nominations(input: RuleInput, pattern: RegExp) {
  const out = [];
  const text = input.skeleton.text;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const holders = recipientsBefore(input, m.index).filter((h) => h.kind !== "Honor");
    if (holders.length === 0) continue;
    const objects = honorsAfter(input, m.index + m[0].length).filter(
      (o) => o.honor.kind === "Honor",
    );
    out.push(...emit(input, holders, objects, `nominated for ${m[0]}`, m.index));
  }
  return out;
}

export const nominatedFor: ConferralRule = {
  name: "nominated-for",
  example: '"The Long Road" was nominated for Best Film and Best Director.',
  gate: /\bnominat/i,
  needsNames: true,
  find(input) {
    return [...nominations(input, NOMINATED_FOR), ...nominations(input, NOMINATIONS_FOR)];
  },
};
