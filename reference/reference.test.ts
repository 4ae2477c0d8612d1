// Wire facts of better-auth-observed.md and temetro's own rules, checked on the running reference.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { Router } from "express";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createReference, type Reference } from "./create-reference.ts";
import type { Database } from "./database.ts";
import { startTestReference, TEST_FRONTEND, type TestReference } from "./testing/start-test-reference.ts";

const FRONTEND = TEST_FRONTEND;
let running: TestReference;
let reference: Reference;
let database: Database;
let base: string;

beforeAll(async () => {
  running = await startTestReference({
    testMailbox: true,
    routes: ({ requireAuth, requireOrg, requirePermission }) => {
      const router = Router();
      router.use(requireAuth, requireOrg);
      router.get("/prescriptions", requirePermission({ prescription: ["read"] }), (_req, res) => void res.json([]));
      router.delete("/prescriptions", requirePermission({ prescription: ["delete"] }), (_req, res) => void res.status(204).end());
      router.get("/prescriptions/:id", requirePermission({ prescription: ["read"] }), (req, res) => void res.json({ id: req.params.id }));
      return [["/api/test-guarded", router]];
    },
  });
  ({ reference, base, database } = running);
}, 60_000);

afterAll(async () => {
  await running?.close();
});

let ipCounter = 0;
/** A fresh client IP per test keeps the per-IP rate-limit buckets of tests apart. */
function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter}`;
}

function call(path: string, init: { method?: string; body?: unknown; rawBody?: string; cookie?: string; ip?: string } = {}) {
  const headers: Record<string, string> = { origin: FRONTEND, "x-forwarded-for": init.ip ?? freshIp() };
  if (init.body !== undefined || init.rawBody !== undefined) headers["content-type"] = "application/json";
  if (init.cookie) headers.cookie = init.cookie;
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return fetch(base + path, { method: init.method ?? (body ? "POST" : "GET"), headers, body, redirect: "manual" });
}

/** The `name=value` pairs of a response's Set-Cookie headers, ready to send back. */
function cookieHeader(response: Response): string {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

async function signUp(tag: string) {
  const email = `${tag}-${Date.now()}-${ipCounter}@example.com`;
  const response = await call("/api/auth/sign-up/email", {
    body: { name: tag, email, password: "correct-horse-battery", username: `${tag}_${ipCounter}_${Date.now() % 100000}` },
  });
  expect(response.status).toBe(200);
  return { email, cookie: cookieHeader(response), response };
}

test("sign-up sets the session token and session data cookies with Better Auth's attributes", async () => {
  const { response } = await signUp("cookies");
  const cookies = response.headers.getSetCookie();
  expect(cookies).toHaveLength(2);
  expect(cookies[0]).toMatch(/^better-auth\.session_token=[^;]+; Max-Age=604800; Path=\/; HttpOnly; SameSite=Lax$/);
  expect(cookies[1]).toMatch(/^better-auth\.session_data=[^;]+; Max-Age=300; Path=\/; HttpOnly; SameSite=Lax$/);
  const body = await response.json();
  expect(typeof body.token).toBe("string");
});

test("get-session answers 200 with a null body when signed out", async () => {
  const response = await call("/api/auth/get-session");
  expect(response.status).toBe(200);
  expect(await response.text()).toBe("null");
});

test("the fourth /sign-in/username within 10 s is 429 with X-Retry-After", async () => {
  const ip = freshIp();
  const attempt = () => call("/api/auth/sign-in/username", { ip, body: { username: "nobody", password: "wrong-password-123" } });
  for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
  const blocked = await attempt();
  expect(blocked.status).toBe(429);
  expect(blocked.headers.get("x-retry-after")).toMatch(/^\d+$/);
  expect(blocked.headers.get("retry-after")).toBeNull();
  expect(await blocked.json()).toEqual({ message: "Too many requests. Please try again later." });
});

test("/api/auth/forget-password does not exist", async () => {
  const response = await call("/api/auth/forget-password", { body: { email: "a@example.com" } });
  expect(response.status).toBe(404);
});

test("reset-by-username sends a reset email whose token resets the password once", async () => {
  const { email, response } = await signUp("resetme");
  const username = (await response.json()).user.username;
  const reset = await call("/api/auth-helpers/reset-by-username", { body: { username: username.toUpperCase() } });
  expect(reset.status).toBe(200);
  expect(await reset.json()).toEqual({ ok: true });
  const outbox = await (await call(`/__dev/outbox?to=${encodeURIComponent(email)}`)).json();
  const mail = outbox.at(-1);
  expect(mail).toMatchObject({ to: email, kind: "reset-password", subject: "Reset your temetro password" });
  expect(mail.url).toBe(`${base}/api/auth/reset-password/${mail.token}?callbackURL=`);
  const body = { token: mail.token, newPassword: "a-brand-new-password" };
  expect((await call("/api/auth/reset-password", { body })).status).toBe(200);
  const reused = await call("/api/auth/reset-password", { body });
  expect(reused.status).toBe(400);
  expect((await reused.json()).code).toBe("INVALID_TOKEN");
});

test("reset-by-username answers {ok:true} for an unknown username", async () => {
  const response = await call("/api/auth-helpers/reset-by-username", { body: { username: "no-such-user" } });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test("malformed JSON to reset-by-username is a 400 Validation failed", async () => {
  const response = await call("/api/auth-helpers/reset-by-username", { rawBody: '{"username":' });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({
    error: "Validation failed",
    details: [{ code: "invalid_json", path: [], message: "Malformed JSON body." }],
  });
});

test("a missing body on reset-by-username is a 400 with zod issues", async () => {
  const response = await call("/api/auth-helpers/reset-by-username", { method: "POST" });
  expect(response.status).toBe(400);
  const body = await response.json();
  expect(body.error).toBe("Validation failed");
  expect(Array.isArray(body.details)).toBe(true);
});

test("a JSON body over 15 MB is a 413", async () => {
  const response = await call("/api/auth-helpers/reset-by-username", { rawBody: JSON.stringify({ username: "x".repeat(16 * 1024 * 1024) }) });
  expect(response.status).toBe(413);
  expect(await response.json()).toEqual({ error: "Request body is too large." });
});

test("Better Auth trusts LAN origins per request and refuses foreign ones", async () => {
  const body = { email: `nobody-${Date.now()}@example.com`, password: "wrong-password-123" };
  const lan = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST",
    headers: { origin: "http://192.168.1.20:3000", "content-type": "application/json", "x-forwarded-for": freshIp() }, body: JSON.stringify(body) });
  expect(lan.status).toBe(401);
  const foreign = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST",
    headers: { origin: "https://evil.example", "content-type": "application/json", "x-forwarded-for": freshIp() }, body: JSON.stringify(body) });
  expect(foreign.status).toBe(403);
  expect((await foreign.json()).code).toBe("INVALID_ORIGIN");
});

test("an https BETTER_AUTH_URL gives __Secure- cookies with the Secure attribute", async () => {
  const secure = createReference({
    database: database.pool, baseURL: "https://api.clinic.example", secret: "reference-test-secret-0123456789abcdefghijklmnop",
    frontendUrl: FRONTEND, trustedOrigins: [], testMailbox: false, version: { current: "0.17.0", latest: null }, log: () => {},
  });
  const response = await secure.auth.handler(new Request("https://api.clinic.example/api/auth/sign-up/email", {
    method: "POST",
    headers: { origin: FRONTEND, "content-type": "application/json", "x-forwarded-for": freshIp() },
    body: JSON.stringify({ name: "Sec", email: `secure-${Date.now()}@example.com`, password: "correct-horse-battery" }),
  }));
  expect(response.status).toBe(200);
  const cookies = response.headers.getSetCookie();
  expect(cookies[0]).toMatch(/^__Secure-better-auth\.session_token=[^;]+; Max-Age=604800; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
  expect(cookies[1]).toMatch(/^__Secure-better-auth\.session_data=[^;]+; Max-Age=300; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
});

test("unknown paths are 404 Not found and public routes answer without a session", async () => {
  expect(await (await call("/api/nothing-here")).json()).toEqual({ error: "Not found" });
  expect(await (await call("/health")).json()).toEqual({ status: "ok" });
  expect(await (await call("/api/version")).json())
    .toEqual({ current: "0.17.0", latest: null, updateAvailable: false, releaseUrl: null });
});

test("guards answer 401, then 403 without a clinic, then apply the role matrix", async () => {
  expect(await (await call("/api/test-guarded/prescriptions")).json()).toEqual({ error: "Authentication required." });
  const owner = await signUp("owner");
  const noClinic = await call("/api/test-guarded/prescriptions", { cookie: owner.cookie });
  expect(noClinic.status).toBe(403);
  expect(await noClinic.json()).toEqual({ error: "No active clinic selected. Create or select a clinic first." });

  const created = await call("/api/auth/organization/create", { cookie: owner.cookie, body: { name: "Clinic", slug: `c-${Date.now()}` } });
  const clinic = await created.json();
  // organization/create does not refresh the cookie cache; set-active does.
  const active = await call("/api/auth/organization/set-active", { cookie: owner.cookie, body: { organizationId: clinic.id } });
  const ownerCookie = cookieHeader(active) ? mergeCookies(owner.cookie, cookieHeader(active)) : owner.cookie;
  expect((await call("/api/test-guarded/prescriptions", { cookie: ownerCookie })).status).toBe(200);

  const pharmacist = await signUp("pharmacy");
  const userId = (await pharmacist.response.json()).user.id;
  await reference.auth.api.addMember({ body: { userId, organizationId: clinic.id, role: "pharmacy" } });
  const session = await call("/api/auth/organization/set-active", { cookie: pharmacist.cookie, body: { organizationId: clinic.id } });
  const cookie = mergeCookies(pharmacist.cookie, cookieHeader(session));
  expect((await call("/api/test-guarded/prescriptions", { cookie })).status).toBe(200);
  const denied = await call("/api/test-guarded/prescriptions", { cookie, method: "DELETE" });
  expect(denied.status).toBe(403);
  expect(await denied.json()).toEqual({ error: "You don't have permission to do that." });
  // Role strings are comma lists and any named role may authorize; unknown names grant nothing.
  await database.pool.query(`update "member" set "role" = 'viewer, doctor' where "userId" = $1`, [userId]);
  expect((await call("/api/test-guarded/prescriptions", { cookie, method: "DELETE" })).status).toBe(204);
  await database.pool.query(`delete from "member" where "userId" = $1`, [userId]);
  expect(await (await call("/api/test-guarded/prescriptions", { cookie })).json())
    .toEqual({ error: "You are not a member of the active clinic." });
});

/** A raw request over node:http, for methods fetch refuses to send (TRACE). */
function rawRequest(method: string, path: string): Promise<{ status: number; contentType: string | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(base + path, { method, headers: { "x-forwarded-for": freshIp() } }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, contentType: response.headers["content-type"], text }));
    });
    request.once("error", reject);
    request.end();
  });
}

test("a method fetch cannot carry is an unknown route: Better Auth's empty 404, temetro's 404 after its guards (D36)", async () => {
  expect(await rawRequest("TRACE", "/api/auth/get-session")).toMatchObject({ status: 404, text: "" });
  expect(await rawRequest("TRACE", "/health")).toMatchObject({ status: 404, text: '{"error":"Not found"}' });
  expect(await rawRequest("TRACE", "/api/test-guarded/prescriptions")).toMatchObject({ status: 401 });
});

test("a route parameter that does not decode is 400 Malformed URL. once the guards pass, never 500 (D37)", async () => {
  expect((await call("/api/test-guarded/prescriptions/%zz")).status).toBe(401);
  const owner = await signUp("escapes");
  const created = await call("/api/auth/organization/create", { cookie: owner.cookie, body: { name: "Clinic", slug: `e-${Date.now()}` } });
  const active = await call("/api/auth/organization/set-active", { cookie: owner.cookie, body: { organizationId: (await created.json()).id } });
  const cookie = mergeCookies(owner.cookie, cookieHeader(active));
  const malformed = await call("/api/test-guarded/prescriptions/%zz", { cookie });
  expect(malformed.status).toBe(400);
  expect(await malformed.json()).toEqual({ error: "Malformed URL." });
  expect(await (await call("/api/test-guarded/prescriptions/a%20b", { cookie })).json()).toEqual({ id: "a b" });
});

function mergeCookies(...headers: string[]): string {
  const jar = new Map<string, string>();
  for (const pair of headers.join("; ").split("; ").filter(Boolean)) jar.set(pair.split("=")[0]!, pair);
  return [...jar.values()].join("; ");
}

test("start.ts serves, then on SIGTERM stops its private cluster and removes its directory", async () => {
  const child = spawn(process.execPath, [new URL("./start.ts", import.meta.url).pathname], {
    env: { ...process.env, PORT: "0", DATABASE_URL: "", TEMETRO_TEST_MAILBOX: "", BETTER_AUTH_SECRET: "reference-test-secret-0123456789abcdefghij" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start.ts not ready after 30 s:\n${output}`)), 30_000);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /temetro reference listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(match);
    });
    child.once("exit", (code) => reject(new Error(`start.ts exited with ${code}:\n${output}`)));
  });
  const cluster = /private cluster pid=(\d+) port=\d+ dir=(\S+)/.exec(output);
  expect(cluster).not.toBeNull();
  expect(await (await fetch(`${ready[1]}/health`)).json()).toEqual({ status: "ok" });
  expect((await fetch(`${ready[1]}/__dev/outbox`)).status).toBe(404);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(existsSync(cluster![2]!)).toBe(false);
  expect(() => process.kill(Number(cluster![1]), 0)).toThrow();
}, 60_000);
