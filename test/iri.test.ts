import { DataFactory, Parser, Writer } from "n3";
import { describe, expect, test } from "vitest";
import { announcementIri, encodeIriComponent } from "../src/map/index.ts";
import { slugFor } from "../src/resolve/index.ts";

const IRI_SAFE = /^[A-Za-z0-9\-._~%]+$/;
const NASTY = [
  'the "Creation" Popular Science Base',
  "a <b> & c",
  "中国科学技术协会",
  "x".repeat(2000),
  "xi'an association for science and technology",
  "  spaces   everywhere ",
  "back\\slash{and}|pipes^`",
  "",
];

describe("minted IRIs", () => {
  test.each(NASTY)("slug of %j is a valid, readable path segment", (key) => {
    const slug = slugFor(key);
    expect(slug).toMatch(IRI_SAFE);
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  test("plain keys stay readable and map one to one", () => {
    expect(slugFor("china association for science and technology")).toBe(
      "china-association-for-science-and-technology",
    );
    expect(slugFor("a b")).not.toBe(slugFor("a-b"));
    const slugs = new Set(NASTY.map(slugFor));
    expect(slugs.size).toBe(NASTY.length);
  });

  test("a hashed slug can never equal a plain one", () => {
    expect(slugFor("foo 0123456789abcdef")).toBe("foo-0123456789abcdef");
    expect(slugFor("foo\u00e9")).toMatch(/--[0-9a-f]{16}$/);
  });

  test("slugs are stable across calls", () => {
    for (const key of NASTY) expect(slugFor(key)).toBe(slugFor(key));
  });

  test("announcement ids with spaces, quotes or Chinese make IRIs that round-trip through Turtle", () => {
    const ids = ["plain_001", "with space", 'quote"d', "公告-2022", "a/b#c?d"];
    for (const id of ids) {
      const iri = announcementIri("https://w3id.org/laurel/id/", id);
      expect(encodeIriComponent(id)).toMatch(IRI_SAFE);
      const writer = new Writer();
      writer.addQuad(
        DataFactory.namedNode(iri),
        DataFactory.namedNode("urn:p"),
        DataFactory.literal(id),
      );
      let turtle = "";
      writer.end((_, result) => {
        turtle = result;
      });
      const [quad] = new Parser().parse(turtle);
      expect(quad?.subject.value).toBe(iri);
      expect(quad?.object.value).toBe(id);
    }
  });
});
