// The pages in a real headless Chromium (Debian's `chromium`, driven by playwright-core), with
// JavaScript off to prove they work without it: query page -> named query -> organization ->
// evidence sentence marked on the announcement page. Screenshots go to artifacts/serve/.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { RunningServer } from "../../src/serve/index.ts";
import { tempDir } from "../support/cli.ts";
import { startSeedServer } from "../support/serve.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = fileURLToPath(new URL("../../artifacts/serve/", import.meta.url));
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const available = existsSync(CHROMIUM);
if (!available)
  console.warn(
    `browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's chromium package, as .ci/run does, or set CHROMIUM_PATH)`,
  );

describe.skipIf(!available)("pages in headless Chromium", () => {
  let server: RunningServer;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startSeedServer();
    await mkdir(ARTIFACTS, { recursive: true });
    const profile = await tempDir("laurel-chromium-");
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  test("query page -> named query -> organization -> marked evidence on the announcement", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/query`);
    await page.selectOption("select[name=name]", "conferrals");
    await Promise.all([page.waitForURL(/name=conferrals/), page.click("button[value=named]")]);
    expect(await page.locator("p.count").textContent()).toMatch(/^\d+ row\(s\)/);
    await page.screenshot({ path: join(ARTIFACTS, "query.png"), fullPage: false });

    const org = page.locator(
      'table.results a[href$="/org/chengdu-research-base-of-giant-panda-breeding"]',
    );
    await Promise.all([page.waitForURL(/\/org\/chengdu-research-base/), org.first().click()]);
    expect(await page.locator("h1").textContent()).toBe(
      "Chengdu Research Base of Giant Panda Breeding",
    );
    expect(await page.locator("#honors tr.conferral").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "organization.png"), fullPage: true });

    const evidence = page.locator('#honors a[href$="#c0-e1"]');
    await Promise.all([
      page.waitForURL(/announcement\/000_16d638510e5a080b#c0-e1$/),
      evidence.click(),
    ]);
    const marked = page.locator('mark.evidence[data-evidence="c0-e1"]');
    expect(await marked.count()).toBeGreaterThan(0);
    const sentence = (await marked.allTextContents()).join("");
    expect(sentence).toMatch(
      /^the Ministry of Science and Technology, .* recently awarded the title of/,
    );
    expect(sentence.endsWith("including the Chengdu Research Base of Giant Panda Breeding")).toBe(
      true,
    );
    expect(await marked.locator(".fact.recipient").first().textContent()).toBe(
      "Chengdu Research Base of Giant Panda Breeding",
    );
    // The link's target is the evidence's anchor, so the browser scrolled to it.
    expect(await page.locator("a.anchor:target").getAttribute("id")).toBe("c0-e1");
    await page.screenshot({ path: join(ARTIFACTS, "announcement.png"), fullPage: false });
    // The review view from its top, as the README shows it (docs/serve.png is a copy).
    await page.goto(page.url().replace(/#.*$/, ""));
    await page.setViewportSize({ width: 1280, height: 760 });
    await page.screenshot({ path: join(ARTIFACTS, "review.png") });
  });

  test("with JavaScript, the editor replaces the textarea and its text is what runs", async () => {
    const profile = await tempDir("laurel-chromium-js-");
    const withJs = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
    });
    try {
      const page = await withJs.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${server.url}/query?name=issuers`);
      const editor = page.locator(".CodeMirror");
      await editor.waitFor();
      expect(await page.locator("textarea#sparql").isHidden()).toBe(true);
      expect(await editor.textContent()).toContain("SELECT ?issuerLabel ?honorLabel");
      expect(await page.locator(".CodeMirror .cm-keyword").first().textContent()).toMatch(
        /PREFIX|SELECT/,
      );
      await editor.click();
      await page.keyboard.press("Control+A");
      await page.keyboard.press("Delete");
      await page.keyboard.insertText("SELECT ?h WHERE { ?h a laurel:Honor }");
      await Promise.all([page.waitForURL(/run=text/), page.click("button[value=text]")]);
      expect(await page.locator("table.results th").allTextContents()).toEqual(["h"]);
      expect(await page.locator("table.results a[href*='/honor/']").count()).toBeGreaterThan(5);
      await page.screenshot({ path: join(ARTIFACTS, "editor.png") });
      expect(errors).toEqual([]);
    } finally {
      await withJs.close();
    }
  });

  test("name search from the header box", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.fill("header input[name=q]", "hospital");
    await Promise.all([
      page.waitForURL(/\/search\?q=hospital/),
      page.press("header input[name=q]", "Enter"),
    ]);
    const hit = page.locator('ul.results a[href$="/org/chongqing-university-cancer-hospital"]');
    expect(await hit.textContent()).toBe("Chongqing University Cancer Hospital");
    await page.screenshot({ path: join(ARTIFACTS, "search.png") });
  });
});
