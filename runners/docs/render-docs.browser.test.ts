// The reference page in a real browser: Debian's Chromium opens the file `temetro-contract docs`
// wrote from a file:// URL, finds every operation and the rule sections, logs no console error and
// requests nothing but the file itself.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations, rateLimits, ROLES } from "#openapi";
import { operationAnchor } from "./operation-section.ts";
import { writeDocs } from "./write-docs.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

let browser: Browser;
let page: Page;
let dir = "";
const consoleErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Failed to run the docs browser test: no Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  dir = mkdtempSync(join(tmpdir(), "temetro-docs-"));
  const { path } = writeDocs(join(dir, "temetro-api.html"));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage();
  page.on("console", (message) => void (message.type() === "error" && consoleErrors.push(message.text())));
  page.on("pageerror", (error) => void consoleErrors.push(error.message));
  page.on("request", (request) => void requests.push(request.url()));
  await page.goto(pathToFileURL(path).href, { waitUntil: "load" });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

test("shows every operation of the contract, each under its own anchor", async () => {
  const shown = await page.$$eval("section.operation", (sections) => sections.map((section) => section.id));
  expect(shown.sort()).toEqual(operations.map((op) => operationAnchor(op.operationId)).sort());
  await expect(page.locator(`#${operationAnchor("signInUsername")} h3`).innerText()).resolves.toBe("POST /api/auth/sign-in/username");
});

test("explains the session cookie, the role matrix and the rate limits", async () => {
  await expect(page.locator("#authentication").innerText()).resolves.toContain("better-auth.session_token");
  const roleColumns = await page.$$eval("#roles table.matrix thead th", (cells) => cells.slice(1).map((cell) => cell.textContent));
  expect(roleColumns).toEqual([...ROLES]);
  await expect(page.locator("#rate-limits tbody tr").count()).resolves.toBe(rateLimits.rules.length);
  await expect(page.locator(`#${operationAnchor("createPatient")} .rules`).innerText()).resolves.toMatch(/Needs permission to create and change patient records/);
});

test("logs no console error and requests nothing but its own file", () => {
  expect(consoleErrors).toEqual([]);
  expect(requests.filter((url) => !url.startsWith("file://"))).toEqual([]);
  expect(requests.length).toBe(1);
});
