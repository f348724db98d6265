// Nominations, the film and book awards' shortlist: '"The Long Road" was nominated for Best Film
// and Best Director'; 'Aftershock received nine nominations, including Best Director and Best
// Actor'; 'Lin Yu earned a nomination for the Golden Lotus Award'; 'X is one of the candidates for
// the Y'.
import { holdersThenHonors } from "./parts.ts";
import type { ConferralRule } from "./types.ts";

const COUNT = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|many|multiple|numerous)`;
// "was nominated for", "has been nominated for", "nominated for" after a list of works.
const NOMINATED_FOR =
  /\b(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|been)\s+)?(?:(?:also|again|recently|each|all)\s+)?nominated\s+for\s+/gi;
// "received nine nominations, including X", "earned a nomination for X", "got nominations in X".
const NOMINATIONS_FOR = new RegExp(
  String.raw`\b(?:received|receives|won|wins|earned|earns|garnered|garners|got|gets|gained|secured|landed|scored|picked\s+up|bagged)\s+(?:a\s+total\s+of\s+)?(?:${COUNT}\s+)?(?:[a-z]+\s+)?nominations?\s*(?:,\s*|\s+)?(?:including|for|in|:)\s+`,
  "gi",
);

// "X is one of the candidates for the Y", "A and B were candidates for the Y".
const CANDIDATES_FOR =
  /\b(?:is|are|was|were|became|become|has\s+been|have\s+been)\s+(?:(?:also|among)\s+)?(?:(?:one|two|three|four|five)\s+of\s+)?(?:the\s+)?(?:(?:\d{1,3}|final)\s+)?candidates?\s+(?:for|of)\s+/gi;

/** "nominated for" says the status whatever verb the match has ("received nominations"). */
const nominated = (match: string) => `nominated for ${match}`;

export const nominatedFor: ConferralRule = {
  name: "nominated-for",
  example: '"The Long Road" was nominated for Best Film and Best Director.',
  gate: /\b(?:nominat|candidates?\b)/i,
  needsNames: true,
  find(input) {
    return [
      ...holdersThenHonors(input, NOMINATED_FOR, nominated),
      ...holdersThenHonors(input, NOMINATIONS_FOR, nominated),
      ...holdersThenHonors(input, CANDIDATES_FOR, nominated),
    ];
  },
};
