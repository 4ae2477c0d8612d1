// "Sign in with Google" in a real browser: Debian's Chromium opens a frontend on one port, which asks
// the mock (served on another, as serve.ts serves it) for the provider's URL, follows the redirects
// through the mock's own provider and the callback, and lands on the frontend's dashboard signed in.
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { serveOverHttp } from "#mocks/engines/serve-over-http";
import type { HttpServing } from "#mocks/engines/serve-over-http";
import { createGenericBetterAuthMock } from "./create-generic-better-auth-mock.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let browser: Browser;
let frontend: Server;
let frontendUrl = "";
let api: HttpServing;

/** The frontend's two pages: "/" starts the sign-in with Google, "/dashboard" reads the session. */
function page(apiUrl: string, path: string): string {
  const script = path === "/dashboard"
    ? `const answer = await fetch("${apiUrl}/api/auth/get-session", { credentials: "include" });
       window.__result = { status: answer.status, body: await answer.json() };`
    : `const answer = await fetch("${apiUrl}/api/auth/sign-in/social", { method: "POST", credentials: "include", headers: { "content-type": "application/json" },
         body: JSON.stringify({ provider: "google", callbackURL: location.origin + "/dashboard", loginHint: "grace@example.com" }) });
       location.href = (await answer.json()).url;`;
  return `<!doctype html><meta charset="utf-8"><title>app</title><script type="module">${script}</script>`;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Failed to run the browser test: no Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  frontend = createServer((req, res) => void res.writeHead(200, { "content-type": "text/html" }).end(page(apiUrlOf(), new URL(req.url ?? "/", "http://x").pathname)));
  await new Promise<void>((resolve) => frontend.listen(0, "127.0.0.1", resolve));
  const address = frontend.address();
  frontendUrl = `http://localhost:${typeof address === "object" && address !== null ? address.port : 0}`;
  api = await serveOverHttp((url) => createGenericBetterAuthMock({ baseURL: `http://localhost:${new URL(url).port}`, frontendOrigin: frontendUrl, log: () => {} }).fetch, { port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);

const apiUrlOf = () => `http://localhost:${new URL(api.url).port}`;

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await new Promise((resolve) => (frontend ? frontend.close(resolve) : resolve(undefined)));
});

test("lands on the dashboard signed in after following the mock provider's redirects", async () => {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const visited: string[] = [];
    tab.on("framenavigated", (frame) => frame === tab.mainFrame() && visited.push(new URL(frame.url()).pathname));
    await tab.goto(`${frontendUrl}/`);
    await tab.waitForURL(`${frontendUrl}/dashboard`, { timeout: 30_000 });
    await tab.waitForFunction(() => Reflect.get(window, "__result") !== undefined, undefined, { timeout: 30_000 });
    const result = await tab.evaluate(() => Reflect.get(window, "__result"));
    expect(result).toMatchObject({ status: 200, body: { user: { email: "grace@example.com", emailVerified: true, plan: "free" } } });
    expect(visited).toEqual(["/", "/dashboard"]);
    const session = (await context.cookies(apiUrlOf())).find((cookie) => cookie.name === "better-auth.session_token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  } finally {
    await context.close();
  }
}, 60_000);
