// temetro-contract/mocks/browser in a real browser: Debian's Chromium drives a page whose msw worker
// answers sign-up, get-session, sign-out and Socket.io, same-origin and cross-origin, with the session cookies.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let browser: Browser;
let site: Server;
let siteUrl = "";

/** Serves the bundled page and msw's worker script (taken from the installed msw, so it matches its version). */
async function serveSite(): Promise<void> {
  const bundle = await build({ entryPoints: [fileURLToPath(new URL("./browser.test-page.ts", import.meta.url))], bundle: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
  const worker = await readFile(createRequire(import.meta.url).resolve("msw/mockServiceWorker.js"), "utf8");
  const files: Record<string, [string, string]> = {
    "/": ["text/html", '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>'],
    "/page.js": ["text/javascript", bundle.outputFiles[0]?.text ?? ""],
    "/mockServiceWorker.js": ["text/javascript", worker],
  };
  site = createServer((req, res) => {
    const file = files[new URL(req.url ?? "/", "http://site").pathname];
    if (file === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  const address = site.address();
  siteUrl = `http://localhost:${typeof address === "object" && address !== null ? address.port : 0}`;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Failed to run the browser test: no Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  await serveSite();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
});

const runs = new Map<string, Promise<Record<string, unknown>>>();

/** What the page reported for a query, run once per query in a fresh profile. */
function runPage(query: string): Promise<Record<string, unknown>> {
  let run = runs.get(query);
  if (run === undefined) runs.set(query, (run = openPage(query)));
  return run;
}

async function openPage(query: string): Promise<Record<string, unknown>> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${siteUrl}/${query}`);
    const result = await page.evaluate(() => Reflect.get(window, "__result"));
    if (typeof result !== "object" || result === null) throw new Error(`Failed to read the page's result: got ${String(result)}.`);
    return Object.fromEntries(Object.entries(result));
  } finally {
    await context.close();
  }
}

test("same-origin sign-up signs the tab in: get-session returns the user, sign-out ends it", async () => {
  const result = await runPage("");
  expect(result.error).toBeUndefined();
  expect(result.signUp).toMatchObject({ status: 200, body: { user: { email: "ada@example.com" } } });
  expect(result.session).toMatchObject({ status: 200, body: { user: { email: "ada@example.com" } } });
  expect(result.signOut).toMatchObject({ status: 200, body: { success: true } });
  expect(result.afterSignOut).toEqual({ status: 200, body: null });
}, 60_000);

test("cross-origin calls with credentials include carry the session too", async () => {
  const result = await runPage("?api=http://localhost:4000");
  expect(result.error).toBeUndefined();
  expect(result.session).toMatchObject({ status: 200, body: { user: { email: "ada@example.com" } } });
  expect(result.afterSignOut).toEqual({ status: 200, body: null });
}, 60_000);

test("HttpOnly session cookies stay out of document.cookie but sit in msw's localStorage jar", async () => {
  const result = await runPage("");
  expect(result.documentCookie).toBe("");
  expect(result.jar).toContain("better-auth.session_token");
}, 60_000);

test("Socket.io without a session fails with unauthorized", async () => {
  expect((await runPage("")).anonymousSocket).toBe("unauthorized");
}, 60_000);

test("Socket.io with the session connects, acks an unknown conversation {ok:false} and receives its user room only", async () => {
  for (const query of ["", "?api=http://localhost:4000"]) {
    const result = await runPage(query);
    expect(result.signedInSocket).toBe("connected");
    expect(result.joinAck).toEqual({ ok: false });
    expect(result.received).toEqual(["mine"]);
  }
}, 60_000);

test("requests outside the API pass through to the network", async () => {
  expect((await runPage("")).passthrough).toBe(404);
}, 60_000);
