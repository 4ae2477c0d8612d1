// Auth.js's sign-in in a real browser: Debian's Chromium opens the app (its pages served on the
// mock's own origin, as a Next.js app serves Auth.js beside its pages), which registers an
// organization, asks /api/auth/csrf for the token and submits a real HTML form to the credentials
// callback; the browser follows the 302 to /dashboard and reads the session there.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { serveOverHttp } from "#mocks/engines/serve-over-http";
import type { HttpServing } from "#mocks/engines/serve-over-http";
import { createAuthjsOrgSaasMock } from "./create-authjs-org-saas-mock.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const ADMIN = { organizationName: "Chromium Clinic", firstName: "Grace", lastName: "Hopper", email: "grace@example.com", password: "correct-horse-1" };

let browser: Browser;
let app: HttpServing;

/** The app's pages: "/" registers and posts the sign-in form (`?password=` overrides the password), "/dashboard" reads the session. */
const PAGES: Record<string, string> = {
  "/": `const password = new URLSearchParams(location.search).get("password") ?? ${JSON.stringify(ADMIN.password)};
    const registered = await fetch("/api/auth/register", { method: "POST", headers: { "content-type": "application/json" }, body: ${JSON.stringify(JSON.stringify(ADMIN))} });
    if (registered.status === 201) sessionStorage.setItem("registration", await registered.text());
    const { csrfToken } = await (await fetch("/api/auth/csrf")).json();
    const form = Object.assign(document.createElement("form"), { method: "POST", action: "/api/auth/callback/credentials" });
    for (const [name, value] of Object.entries({ csrfToken, email: ${JSON.stringify(ADMIN.email)}, password, callbackUrl: location.origin + "/dashboard" })) {
      form.append(Object.assign(document.createElement("input"), { type: "hidden", name, value }));
    }
    document.body.append(form);
    form.submit();`,
  "/dashboard": `const answer = await fetch("/api/auth/session");
    window.__result = { status: answer.status, session: await answer.json(), registration: JSON.parse(sessionStorage.getItem("registration") ?? "null") };`,
};

function withPages(mock: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const script = PAGES[new URL(request.url).pathname];
    if (script === undefined || request.method !== "GET") return mock(request);
    return new Response(`<!doctype html><meta charset="utf-8"><title>app</title><body><script type="module">${script}</script>`, { headers: { "content-type": "text/html" } });
  };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Failed to run the browser test: no Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  app = await serveOverHttp(() => withPages(createAuthjsOrgSaasMock({ log: () => {} }).fetch), { port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test("lands on the dashboard with the admin's session after the CSRF step and the credentials form", async () => {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${app.url}/`);
    await tab.waitForURL(`${app.url}/dashboard`, { timeout: 30_000 });
    await tab.waitForFunction(() => Reflect.get(window, "__result") !== undefined, undefined, { timeout: 30_000 });
    const result = await tab.evaluate(() => Reflect.get(window, "__result"));
    expect(result).toMatchObject({ status: 200, session: { user: { email: ADMIN.email, name: "Grace Hopper", role: "admin" } } });
    expect(result.session.user.organizationId).toBe(result.registration.organization.id);
    const cookies = await context.cookies(app.url);
    expect(cookies.find((cookie) => cookie.name === "authjs.session-token")).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
    expect(cookies.find((cookie) => cookie.name === "authjs.csrf-token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  } finally {
    await context.close();
  }
}, 60_000);

test("lands on Auth.js's sign-in page with error=CredentialsSignin and no session after a wrong password", async () => {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${app.url}/?password=wrong-password`);
    await tab.waitForURL((url) => url.pathname === "/api/auth/signin", { timeout: 30_000 });
    expect(new URL(tab.url()).searchParams.get("error")).toBe("CredentialsSignin");
    expect((await context.cookies(app.url)).map((cookie) => cookie.name)).not.toContain("authjs.session-token");
  } finally {
    await context.close();
  }
}, 60_000);
