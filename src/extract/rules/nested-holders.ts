// Two readings of one list item: "Oak Hall at Lotus Temple" and, inside it, "Oak Hall". Text that
// overlaps names one holder, so one of the two goes: the inner one, unless the longer reading only
// adds where the holder is ("Elm village from Hill province").
import type { Conferral, Evidence } from "../../types.ts";
import type { DocumentState } from "../index.ts";
import { byHonor } from "./parts.ts";

/** ", Hill County", " in Hill City", " from Hill province": where, not who. */
const WHERE_FROM = /^\s*(?:,|\(|(?:in|from)\b)/;

/** Drops one of two conferrals of an honor whose holders' spans nest. */
export function dropNestedHolders(state: DocumentState, found: Conferral[]): Conferral[] {
  if (found.length < 2) return found;
  const dropped = new Set<Conferral>();
  for (const group of byHonor(found).values()) {
    for (const inner of group) dropNestedIn(state, group, inner, dropped);
  }
  return found.filter((c) => !dropped.has(c));
}

/** Marks the shorter of `inner` and any holder of its group whose span holds `inner`'s. */
function dropNestedIn(
  state: DocumentState,
  group: Conferral[],
  inner: Conferral,
  dropped: Set<Conferral>,
): void {
  const spanOf = (c: Conferral): Evidence | undefined => state.byId.get(c.recipient)?.evidence;
  const span = spanOf(inner);
  if (!span) return;
  for (const outer of group) {
    const wider = spanOf(outer);
    if (outer === inner || !wider) continue;
    const nests =
      wider.start <= span.start &&
      wider.end >= span.end &&
      wider.end - wider.start > span.end - span.start;
    if (!nests) continue;
    const addsOnlyAPlace =
      wider.start === span.start && WHERE_FROM.test(state.view.slice(span.end, wider.end));
    dropped.add(addsOnlyAPlace ? outer : inner);
  }
}
