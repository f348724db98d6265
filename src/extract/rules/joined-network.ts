// A holder let into a named network, list or register: "Xiamen and Qingdao joined the
// International Network of Tea Towns"; "the Lanxi Museum was added to the National Register".
import type { Mention } from "../../types.ts";
import { NETWORK_HEADS, NETWORK_NAME, readHonorObject } from "../relations.ts";
import { emit, listAfter, recipientsBefore } from "./parts.ts";
import type { ConferralRule, RuleInput } from "./types.ts";

const JOINED =
  /\b(?:(?:has|have|had)\s+)?(?:(?:officially|formally|successfully|also|recently|newly)\s+)?(?:joined|joins|(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+|formally\s+|successfully\s+)?(?:admitted|added|accepted|inducted)\s+(?:in)?to)\s+(?:the\s+)?/gi;
const INCLUDING = /^\s*,?\s*(?:including|such\s+as|namely)\s+/i;
// The network as a name already read, or as capitalised words the names did not take
// ("the World Heritage List").
const NAMED = /^\uE000(\d+)\uE001/;
const TITLED = new RegExp(
  String.raw`^(?:[A-Z][\w'-]*\s+){0,5}${NETWORK_HEADS}(?:\s+of\s+(?:\uE000\d+\uE001|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4}))?`,
);

// "joined the ranks of national civilized cities": the honor is what the ranks are of.
const RANKS_OF = /^ranks\s+of\s+(?:the\s+)?/i;

function networkAt(
  input: RuleInput,
  position: number,
): { honor: Mention; end: number } | undefined {
  const rest = input.skeleton.text.slice(position);
  const ranks = RANKS_OF.exec(rest);
  if (ranks) {
    const { state, context, skeleton } = input;
    const object = readHonorObject(state, context, skeleton, position + ranks[0].length);
    return object?.honor.kind === "Honor" ? object : undefined;
  }
  const named = NAMED.exec(rest);
  if (named) {
    const mention = input.skeleton.mentionAt(Number(named[1]));
    // "joined the Hexi Group" is a career; a network, list or register is an honor.
    if (!mention || mention.kind === "Person" || !NETWORK_NAME.test(mention.name)) return undefined;
    return { honor: mention, end: position + named[0].length };
  }
  const titled = TITLED.exec(rest);
  if (!titled) return undefined;
  return { honor: newHonor(input, position, titled[0].length), end: position + titled[0].length };
}

function newHonor(input: RuleInput, position: number, length: number): Mention {
  const { skeleton, state, context } = input;
  const start = skeleton.toView(position, "start");
  const end = skeleton.toView(position + length, "end");
  return state.newMention("Honor", start, end, context.sentence, 0.7);
}

function joinedNetworks(input: RuleInput) {
  const out = [];
  const text = input.skeleton.text;
  JOINED.lastIndex = 0;
  for (let m = JOINED.exec(text); m; m = JOINED.exec(text)) {
    const object = networkAt(input, m.index + m[0].length);
    if (!object) continue;
    const holders = recipientsBefore(input, m.index);
    // "15 cities that have joined the X Network, including A, B and C": the holders follow.
    const including = INCLUDING.exec(text.slice(object.end));
    if (holders.length === 0 && including)
      holders.push(...listAfter(input, object.end + including[0].length));
    const others = holders.filter((r) => r.id !== object.honor.id);
    out.push(...emit(input, others, [object], m[0], m.index, { status: "conferred" }));
  }
  return out;
}

export const joinedNetwork: ConferralRule = {
  name: "joined-network",
  example: "Xiamen and Qingdao joined the International Network of Tea Towns in May.",
  gate: /\b(?:joined|joins|admitted|added|accepted|inducted)\b/i,
  needsNames: true,
  find(input) {
    return joinedNetworks(input);
  },
};
