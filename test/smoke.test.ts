import { expect, test } from "vitest";
import { segmentSentences } from "../src/extract/segment.ts";

test("segments", () => {
  expect(segmentSentences("A b. C d.").length).toBe(2);
});
