// The HTML report in a real browser: `verify --reporter html` against a deliberately broken mock
// (DELETE /api/patients/{fileNumber} lets every role through, and the mailbox is hidden), opened
// from disk in Debian's Chromium. Screenshots go to test-results/ (html-report.png, html-report-cell.png).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { z } from "zod";
import { operations, ROLES } from "#openapi";
import { grantRefused, hideRoute, runCli, startBrokenTarget } from "../../testing/broken-target.ts";
import type { BrokenTarget } from "../../testing/broken-target.ts";
import { reportJsonSchema, reportSchema } from "../report-schema.ts";
import type { Report } from "../report-schema.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const RESULTS = join(import.meta.dirname, "..", "..", "..", "test-results");
const OUTPUT = join(RESULTS, "html-report");
const BROKEN_CELL = "cell-roles-PATIENTS-ROLES-DELETE-PATIENT-pharmacy";

let target: BrokenTarget;
let browser: Browser;
let stdout = "";
let report: Report;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Failed to run the browser test: no Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  target = await startBrokenTarget([grantRefused("DELETE", /^\/api\/patients\/[^/]+$/, 204), hideRoute("/__dev/outbox")]);
  const run = await runCli(["verify", "--url", target.url, "--reporter", "html", "--reporter", "json", "--output", OUTPUT]);
  stdout = run.stdout;
  if (run.code !== 1) throw new Error(`Failed to run verify against the broken target: exit ${run.code}, expected 1.\n${run.stderr.slice(-2000)}`);
  report = reportSchema.parse(JSON.parse(readFileSync(join(OUTPUT, "temetro-contract.json"), "utf8")));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await target?.close();
});

/** Opens the report from disk; `problems` collects console errors, page errors and any request for something other than the file. */
async function openReport(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  page.on("console", (message) => void (message.type() === "error" && problems.push(`console: ${message.text()}`)));
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => void (request.url().startsWith("file:") || request.url().startsWith("data:") || problems.push(`request: ${request.url()}`)));
  await page.goto(pathToFileURL(join(OUTPUT, "temetro-contract.html")).href);
  return { page, problems };
}

test("says what it wrote, one line per file, and the JSON report matches the shipped schema", () => {
  expect(stdout).toContain(`Wrote the HTML report: ${join(OUTPUT, "temetro-contract.html")} (`);
  expect(stdout).toContain(`Wrote the JSON report: ${join(OUTPUT, "temetro-contract.json")} (`);
  const validator = z.fromJSONSchema(JSON.parse(JSON.stringify(reportJsonSchema())));
  expect(validator.safeParse(report).error?.issues ?? []).toEqual([]);
  expect(report.run).toMatchObject({ verdict: "fails", capabilities: { mailbox: false } });
});

test("opens from disk with nothing loaded and no console error: 7 role columns and a row per operation with a role rule", async () => {
  const { page, problems } = await openReport();
  await expect.poll(() => page.locator("table[data-grid=roles] thead th.role-col").allTextContents()).toEqual([...ROLES]);
  const rows = await page.locator("table[data-grid=roles] tbody tr:not(.area-row) th.op code").allTextContents();
  const roleChecks = report.checks.filter((check) => check.grid?.grid === "roles");
  expect(rows).toHaveLength(roleChecks.length);
  expect(new Set(rows).size).toBe(rows.length);
  // Every operation that needs a permission of the role matrix has its row.
  for (const op of operations.filter((candidate) => candidate.rules.permission !== undefined)) expect(rows).toContain(`${op.method.toUpperCase()} ${op.path}`);
  for (const row of await page.locator("table[data-grid=roles] tbody tr:not(.area-row)").all()) expect(await row.locator("td.cell").count()).toBe(ROLES.length);
  expect(await page.locator("table[data-grid=isolation] tbody tr:not(.area-row)").count()).toBe(report.checks.filter((check) => check.grid?.grid === "isolation").length);
  await expect.poll(() => page.locator(".verdict").textContent()).toContain("Does not conform: 1 check failed");
  // The top of the report: header, summary, the failure and the start of the role grid.
  await page.screenshot({ path: join(RESULTS, "html-report.png"), fullPage: true, clip: { x: 0, y: 0, width: 1400, height: 2300 } });
  expect(problems).toEqual([]);
  await page.close();
}, 60_000);

test("a failing cell of the broken target opens its exchanges, secrets masked", async () => {
  const { page, problems } = await openReport();
  const cell = page.locator(`table[data-grid=roles] [data-cell="${BROKEN_CELL}"]`);
  await cell.scrollIntoViewIfNeeded();
  expect(await cell.locator("xpath=ancestor::td").getAttribute("class")).toContain("failed");
  await cell.click();
  const dialog = page.locator("dialog#cell-dialog");
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const text = (await dialog.textContent()) ?? "";
  expect(text).toContain("PATIENTS-ROLES-DELETE-PATIENT · pharmacy");
  expect(text).toMatch(/Expected\s*403 You don't have permission to do that\.\s*Observed\s*204/);
  const exchanges = dialog.locator("article.exchange");
  expect(await exchanges.count()).toBeGreaterThan(0);
  expect(await exchanges.last().locator("header").textContent()).toMatch(/pharmacy\s+DELETE\s+\/api\/patients\/\d+\s+→\s+204/);
  expect(text).toContain("better-auth.session_token=[masked]");
  await page.screenshot({ path: join(RESULTS, "html-report-cell.png") });
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  expect(problems).toEqual([]);
  await page.close();
}, 60_000);

test("filters the list of checks by status and by area", async () => {
  const { page, problems } = await openReport();
  const shown = () => page.locator("table.checks tbody tr:not([hidden])").count();
  expect(await shown()).toBe(report.run.totals.checks);
  await page.locator("form.filters input[value=passed]").uncheck();
  expect(await shown()).toBe(report.run.totals.failed + report.run.totals.skipped);
  await page.locator("table.areas a[data-filter-area=PATIENTS]").click();
  expect(await page.locator("table.checks tbody tr:not([hidden]) td.rule").allTextContents()).toEqual(["PATIENTS-ROLES-DELETE-PATIENT"]);
  expect(problems).toEqual([]);
  await page.close();
}, 60_000);
