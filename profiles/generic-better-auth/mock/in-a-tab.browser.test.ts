// The generic profile's mock (the better-auth engine, its OAuth provider, the profile's options)
// bundled by esbuild for the browser and run inside a Chromium tab: the engine needs no Node API, but
// its session cookies cannot leave a Response built in a page, so an in-tab entry needs msw's cookie
// path, which is not built yet (docs/engine-comparison.md). The OAuth flow in Chromium runs against
// the standalone server instead (oauth-in-chromium.browser.test.ts).
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { expect, test } from "vitest";
import { ENGINE_BUNDLER_ALIAS } from "#mocks/engines/better-auth/index";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

test("answers sign-up, the emailed link and sign-in inside the tab, but loses Better Auth's Set-Cookie there", async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Failed to run the browser test: no Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  const bundle = await build({ entryPoints: [fileURLToPath(new URL("./testing/in-tab-page.ts", import.meta.url))], bundle: true, format: "esm", platform: "browser", write: false, logLevel: "silent", alias: { ...ENGINE_BUNDLER_ALIAS } });
  const files: Record<string, string> = { "/": '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>', "/page.js": bundle.outputFiles[0]?.text ?? "" };
  const site: Server = createServer((req, res) => void res.writeHead(200, { "content-type": req.url === "/page.js" ? "text/javascript" : "text/html" }).end(files[req.url ?? "/"] ?? ""));
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  const address = site.address();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (error) => errors.push(error.message));
    await tab.goto(`http://localhost:${typeof address === "object" && address !== null ? address.port : 0}/`);
    await tab.waitForFunction(() => Reflect.get(window, "__result") !== undefined, undefined, { timeout: 30_000 });
    const result = await tab.evaluate(() => Reflect.get(window, "__result"));
    expect(errors).toEqual([]);
    expect(result).toMatchObject({ signUp: 200, verify: 302, signIn: 200, signedInAs: "ada@example.com" });
    expect(result).toMatchObject({ setCookies: 0, session: null });
  } finally {
    await browser.close();
    await new Promise((resolve) => site.close(resolve));
  }
}, 60_000);
