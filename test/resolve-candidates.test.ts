// Candidate keys and links, step by step: roots and acronyms of one text (mentions.ts), the key
// table (key-table.ts) and the keys and links blocking finds across texts (candidates.ts).
import { describe, expect, test } from "vitest";
import { emptyAuthority, parseAuthority } from "../src/resolve/authority.ts";
import {
  type CandidateLog,
  type CollectOptions,
  collectCandidates,
  spellsAcronym,
} from "../src/resolve/candidates.ts";
import type { Authority } from "../src/resolve/index.ts";
import {
  cachedNameKey,
  createAuthorityLookup,
  createKeyTable,
  LINK_RANK,
} from "../src/resolve/key-table.ts";
import { acronymsDefinedIn, rootOf, rootsOf } from "../src/resolve/mentions.ts";
import type { Extraction, Mention } from "../src/types.ts";
import { extraction } from "./fixtures/linking/mentions.ts";

function candidatesOf(extractions: Extraction[], authority: Authority = emptyAuthority()) {
  const keyOf = cachedNameKey();
  const diagnostics: string[] = [];
  const candidates = collectCandidates(
    extractions,
    createKeyTable(),
    createAuthorityLookup(authority, keyOf),
    keyOf,
    diagnostics,
  );
  const linked = (a: string, b: string) =>
    candidates.table.links.find((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
  return {
    ...candidates,
    diagnostics,
    linked,
    keyOf: (id: string) => candidates.mentionKey.get(id),
  };
}

describe("roots and acronyms of one text", () => {
  test("a chain of short forms ends at the full name; a cycle stops", () => {
    const text = extraction("t", [
      "Lakeside Geology Museum",
      { surface: "the Museum", antecedent: 0 },
      { surface: "it", antecedent: 1 },
    ]);
    const byId = new Map(text.mentions.map((m) => [m.id, m]));
    expect(rootOf(text.mentions[2] as Mention, byId).id).toBe("t#m0");
    const loop = extraction("l", [
      { surface: "A", antecedent: 1 },
      { surface: "B", antecedent: 0 },
    ]);
    const loopIds = new Map(loop.mentions.map((m) => [m.id, m]));
    expect(["l#m0", "l#m1"]).toContain(rootOf(loop.mentions[0] as Mention, loopIds).id);
  });

  test("a parent named inside its sub-unit stands on its own, not as the sub-unit's short form", () => {
    const keyOf = cachedNameKey();
    const text = extraction("t", [
      "Coastal Ecology Institute of Riverbend University",
      { surface: "Riverbend University", antecedent: 0 },
    ]);
    const roots = rootsOf(text, keyOf);
    expect(roots.get("t#m1")?.name).toBe("Riverbend University");
    expect(roots.get("t#m1")?.antecedent).toBeUndefined();
  });

  test("a text defines an acronym in brackets or by using it bare for a full name", () => {
    const keyOf = cachedNameKey();
    const text = extraction("t", [
      { surface: "Harbour Science Society", acronym: "HSS" },
      "Valley Rowing Club",
      { surface: "VRC", antecedent: 1 },
      "ZZQ",
    ]);
    expect([...acronymsDefinedIn(text, rootsOf(text, keyOf))].sort()).toEqual(["HSS", "VRC"]);
  });
});

describe("the key table", () => {
  test("a key keeps the best class it was met as, and a pair of keys one link with the smallest reason", () => {
    const table = createKeyTable();
    table.register("org:x", "alt");
    table.register("org:x", "name");
    table.register("org:x", "alt");
    expect(table.classOf.get("org:x")).toBe("name");
    table.link("org:x", "org:y", "second reason");
    table.link("org:y", "org:x", "first reason");
    table.link("org:x", "org:x", "a key is never linked to itself");
    expect(table.links).toEqual([
      { a: "org:x", b: "org:y", why: "first reason", rank: LINK_RANK.text },
    ]);
  });

  test("links are told apart by their pair of keys, whichever way round they are given", () => {
    const table = createKeyTable();
    table.link("org:b", "org:a", "b to a", LINK_RANK.acronym);
    table.link("org:a", "org:c", "a to c");
    table.link("org:a", "org:b", "a to b", LINK_RANK.label);
    table.link("org:c", "org:b", "c to b");
    expect(table.links).toEqual([
      { a: "org:b", b: "org:a", why: "a to b", rank: LINK_RANK.acronym },
      { a: "org:a", b: "org:c", why: "a to c", rank: LINK_RANK.text },
      { a: "org:c", b: "org:b", why: "c to b", rank: LINK_RANK.text },
    ]);
  });

  test("a scoped key is indexed under the global key it would have had", () => {
    const table = createKeyTable();
    const key = table.scoped("org", "t1", "education bureau", "scoped");
    expect(key).toBe("org:t1|education bureau");
    expect([...(table.scopedIndex.get("org:education bureau") ?? [])]).toEqual([key]);
  });
});

describe("candidate keys across texts", () => {
  test("each mention's key and root sit at its index; the id maps say the same", () => {
    // given two texts, one with a short form referring back
    const c = candidatesOf([
      extraction("a", ["Riverbend Seed Bank", { surface: "the Bank", antecedent: 0 }]),
      extraction("b", ["Riverbend Seed Bank"]),
    ]);
    // then the arrays follow the corpus order of the mentions
    expect(c.allMentions.map((m) => m.id)).toEqual(["a#m0", "a#m1", "b#m0"]);
    expect(c.mentionRoots.map((m) => m.id)).toEqual(["a#m0", "a#m0", "b#m0"]);
    expect(new Set(c.mentionKeys)).toEqual(new Set(["org:riverbend seed bank"]));
    // and the maps by id, built on first use, agree with them
    c.allMentions.forEach((mention, i) => {
      expect(c.mentionKey.get(mention.id)).toBe(c.mentionKeys[i]);
      expect(c.rootMention.get(mention.id)).toBe(c.mentionRoots[i]);
    });
  });

  test("a short form takes its full name's key; a generic name stays inside its text", () => {
    const c = candidatesOf([
      extraction("a", ["Lakeside Geology Museum", { surface: "the Museum", antecedent: 0 }]),
      extraction("b", ["the Education Bureau"]),
    ]);
    expect(c.keyOf("a#m1")).toBe(c.keyOf("a#m0"));
    expect(c.keyOf("a#m0")).toBe("org:lakeside geology museum");
    expect(c.keyOf("b#m0")).toBe("org:b|education bureau");
  });

  test("a document title read in lower case stays in its text, the same title capitalised does not", () => {
    const c = candidatesOf([
      extraction("a", [{ surface: "notice on science weeks", kind: "Document" }]),
      extraction("b", [{ surface: "Notice on Science Weeks", kind: "Document" }]),
      extraction("c", [{ surface: "notice on science weeks", kind: "Document" }]),
    ]);
    expect(c.keyOf("a#m0")).toBe("document:a|notice on science week");
    expect(c.keyOf("b#m0")).toBe("document:notice on science week");
    expect(c.keyOf("c#m0")).toBe("document:c|notice on science week");
  });

  test("'X of <place>' is linked to '<place> X' by word order", () => {
    const c = candidatesOf([extraction("a", ["Education Bureau of Futian District"])]);
    const link = c.linked(
      "org:education bureau of futian district",
      "org:futian district education bureau",
    );
    expect(link?.why).toMatch(/word order/);
    expect(c.table.classOf.get("org:futian district education bureau")).toBe("alt");
  });

  test("a bare acronym no text defines links to the one name another text defines it as", () => {
    const c = candidatesOf([
      extraction("a", [{ surface: "Harbour Science Society", acronym: "HSS" }]),
      extraction("b", ["HSS"]),
    ]);
    expect(c.keyOf("b#m0")).toBe("org:acr HSS");
    expect(c.linked("org:acr HSS", "org:harbour science society")?.rank).toBe(LINK_RANK.corpus);
  });

  test("a bare acronym defined twice differently is linked to neither, with a diagnostic", () => {
    const c = candidatesOf([
      extraction("a", [{ surface: "Harbour Science Society", acronym: "HSS" }]),
      extraction("b", [{ surface: "Highland Skiing School", acronym: "HSS" }]),
      extraction("c", ["HSS"]),
    ]);
    expect(c.table.links.filter((l) => l.a === "org:acr HSS" || l.b === "org:acr HSS")).toEqual([]);
    expect(c.diagnostics.join("\n")).toMatch(/HSS is used bare and defined as 2 different names/);
  });

  test("of the names a bare acronym is defined as, the one its initials spell is linked", () => {
    // "the Harbour Science Society (HSS) Council" lends HSS to the council; only the society spells it
    const c = candidatesOf([
      extraction("a", [{ surface: "Harbour Science Society", acronym: "HSS" }]),
      extraction("b", [{ surface: "Council of the Harbour Science Society", acronym: "HSS" }]),
      extraction("c", ["HSS"]),
    ]);
    const link = c.linked("org:acr HSS", "org:harbour science society");
    expect(link?.rank).toBe(LINK_RANK.corpus);
    expect(link?.why).toMatch(/initials/);
    expect(c.linked("org:acr HSS", "org:council of harbour science society")).toBeUndefined();
    expect(c.diagnostics).toEqual([]);
  });

  test("small words may be skipped or spelled: 'Academy of Lake Sciences' is ALS and AOLS", () => {
    expect(spellsAcronym("org:academy of lake science", "ALS")).toBe(true);
    expect(spellsAcronym("org:academy of lake science", "AOLS")).toBe(true);
    expect(spellsAcronym("org:lake science academy council", "LSA")).toBe(false);
  });

  test("a name the authority lists is linked to the entry at the surest rank", () => {
    const authority = parseAuthority(
      `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
<https://w3id.org/laurel/authority/hss> a org:FormalOrganization ;
  skos:prefLabel "Harbour Science Society"@en ; skos:altLabel "Society of Harbour Science"@en .`,
      "test.ttl",
    );
    const c = candidatesOf([extraction("a", ["Society of Harbour Science"])], authority);
    const link = c.linked(
      "org:society of harbour science",
      "auth:https://w3id.org/laurel/authority/hss",
    );
    expect(link?.rank).toBe(LINK_RANK.label);
  });
});

describe("candidate logs, replayed by the next build", () => {
  /** Everything collecting candidates leaves behind, in the order it was left. */
  function collected(extractions: Extraction[], options: CollectOptions = {}) {
    const keyOf = cachedNameKey();
    const diagnostics: string[] = [];
    const c = collectCandidates(
      extractions,
      createKeyTable(),
      createAuthorityLookup(emptyAuthority(), keyOf),
      keyOf,
      diagnostics,
      options,
    );
    return {
      logs: c.logs,
      state: {
        classes: [...c.table.classOf],
        scoped: [...c.table.scopedIndex].map(([k, set]) => [k, [...set]]),
        links: c.table.links,
        mentions: c.allMentions.map((m) => m.id),
        keys: c.mentionKeys,
        roots: c.mentionRoots,
        coreference: [...c.coreference],
        diagnostics,
      },
    };
  }

  const society = extraction("b", [
    { surface: "Harbour Science Society", acronym: "HSS" },
    { surface: "the Society", antecedent: 0 },
    "Education Bureau of Futian District",
    "Coastal Ecology Institute of Riverbend University",
    { surface: "Riverbend University", antecedent: 3 },
  ]);
  const bare = extraction("c", ["HSS", "the Education Bureau", "Highland Skiing School"]);
  const again = extraction("d", [
    { surface: "Harbour Science Society", acronym: "HSS" },
    { surface: "the Society", antecedent: 0 },
  ]);

  test("a text's log replays what collecting it does, whatever texts come before it", () => {
    const recorded = collected([again, society, bare], { record: true });
    const logOf = new Map([again, society, bare].map((e, i) => [e, recorded.logs?.[i]]));
    // another corpus: a text that comes first now, one gone
    const earlier = extraction("a", [
      { surface: "Harbour Science Society", acronym: "HSS" },
      { surface: "the Society", antecedent: 0 },
      "HSS",
    ]);
    const corpus = [earlier, society, bare];
    const replayed = collected(corpus, { logOf: (e) => logOf.get(e), record: true });
    expect(replayed.state).toEqual(collected(corpus).state);
    // and with every text replayed: "HSS" is still linked to the name only a log defines it as
    const alone = [society, bare];
    const allReplayed = collected(alone, { logOf: (e) => logOf.get(e) });
    expect(allReplayed.state).toEqual(collected(alone).state);
    expect(allReplayed.state.links).toContainEqual(
      expect.objectContaining({ a: "org:acr HSS", b: "org:harbour science society" }),
    );
    // the replayed logs are the ones given, the new text's is recorded
    expect(replayed.logs?.[1]).toBe(logOf.get(society));
    expect(replayed.logs?.[0]).toEqual(collected([earlier], { record: true }).logs?.[0]);
  });

  test("a mention standing on its own under its own name is logged by that name", () => {
    const log = collected([society], { record: true }).logs?.[0] as CandidateLog;
    const own = log.strings.indexOf("Riverbend University");
    expect(own).toBeGreaterThanOrEqual(0);
    expect(log.roots).toEqual([0, 0, 2, 3, -1 - own]);
  });

  test("a log that does not fit its text is not replayed: the text is collected again", () => {
    const recorded = collected([society], { record: true }).logs?.[0] as CandidateLog;
    const short = { ...recorded, keys: recorded.keys.slice(1) };
    const outOfRange = { ...recorded, roots: recorded.roots.map(() => 99) };
    const badKey = { ...recorded, keys: recorded.keys.map(() => recorded.strings.length) };
    const cutCall = { ...recorded, ops: recorded.ops.slice(0, -1) };
    const unknownCall = { ...recorded, ops: [9, ...recorded.ops] };
    for (const log of [short, outOfRange, badKey, cutCall, unknownCall]) {
      const replayed = collected([society, bare], {
        logOf: (e) => (e === society ? log : undefined),
      });
      expect(replayed.state).toEqual(collected([society, bare]).state);
    }
  });
});
