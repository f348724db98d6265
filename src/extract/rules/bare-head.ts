// "Its three campuses: A, B and C"; "the university's groups": a plural kind with nothing to name
// it is what the holders are, not a title they hold. A bare head read as an honor is dropped.
import type { Conferral } from "../../types.ts";
import type { DocumentState } from "../index.ts";

const BARE_PLURAL_HEAD =
  /^(?:campuses|groups|units|bases|sites|centers|centres|schools|members|teams|projects|branches|departments)$/i;

/** Drops conferrals whose honor is one plural word of a kind of body. */
export function dropBareHeads(state: DocumentState, found: Conferral[]): Conferral[] {
  return found.filter((c) => !BARE_PLURAL_HEAD.test(state.byId.get(c.honor)?.name.trim() ?? ""));
}
