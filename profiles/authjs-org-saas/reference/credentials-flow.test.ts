// Auth.js's own routes on the reference, hop by hop: the facts the decision log quotes (AJ01–AJ08),
// observed on real @auth/express with the profile's configuration and PostgreSQL users.
import { beforeAll, describe, expect, test } from "vitest";
import { call, createJar, csrfToken, newRegistration, signIn } from "./testing/authjs-client.ts";
import { useTestAuthjsReference } from "./testing/start-test-authjs-reference.ts";

const deployment = useTestAuthjsReference();
const user = newRegistration("flow");
let organizationId = "";
beforeAll(async () => {
  const registered = await call(`${deployment.auth}/register`, { json: user });
  organizationId = (registered.json() as { organization: { id: string } }).organization.id;
});
const CREDENTIALS = () => ({ email: user.email, password: user.password });

describe("GET /api/auth/csrf (AJ02)", () => {
  test("answers the token and sets authjs.csrf-token = token|sha256 as a session cookie", async () => {
    const answer = await call(`${deployment.auth}/csrf`);
    const { csrfToken: token } = answer.json() as { csrfToken: string };
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const cookie = answer.headers.getSetCookie().find((line) => line.startsWith("authjs.csrf-token="));
    expect(cookie).toMatch(new RegExp(`^authjs\\.csrf-token=${token}%7C[0-9a-f]{64}; Path=/; HttpOnly; SameSite=Lax$`));
  });
});

describe("POST /api/auth/callback/credentials (AJ02, AJ03, AJ04, AJ07)", () => {
  test("signs in with the form and csrfToken: 302 to the origin with the session cookie for 30 days", async () => {
    const answer = await signIn(deployment.auth, createJar(), CREDENTIALS());
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe(deployment.running.base);
    const cookie = answer.headers.getSetCookie().find((line) => line.startsWith("authjs.session-token="));
    expect(cookie).toMatch(/^authjs\.session-token=[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    const expires = Date.parse(/Expires=([^;]+)/.exec(cookie ?? "")?.[1] ?? "");
    expect(Math.abs(expires - Date.now() - 30 * 24 * 3600 * 1000)).toBeLessThan(60_000);
  });

  test("answers 200 {url} instead of the 302 with X-Auth-Return-Redirect: 1", async () => {
    const jar = createJar();
    const token = await csrfToken(deployment.auth, jar);
    const answer = await call(`${deployment.auth}/callback/credentials`, { jar, headers: { "x-auth-return-redirect": "1" }, form: { csrfToken: token, ...CREDENTIALS() } });
    expect([answer.status, answer.json()]).toEqual([200, { url: deployment.running.base }]);
    expect(jar.get("authjs.session-token")).toBeDefined();
  });

  test("refuses a wrong password with a 302 to signin?error=CredentialsSignin&code=credentials and no cookie", async () => {
    const answer = await signIn(deployment.auth, createJar(), { email: user.email, password: "wrong-password" });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe(`${deployment.auth}/signin?error=CredentialsSignin&code=credentials`);
    expect(answer.headers.getSetCookie().some((line) => line.includes("session-token"))).toBe(false);
  });

  test("answers an unknown email exactly as a wrong password (AJ3)", async () => {
    const answer = await signIn(deployment.auth, createJar(), { email: "t-nobody@example.test", password: user.password });
    expect([answer.status, answer.headers.get("location")]).toEqual([302, `${deployment.auth}/signin?error=CredentialsSignin&code=credentials`]);
  });

  test("limits nothing: twelve wrong passwords, then the right one signs in (AJ13)", async () => {
    for (let attempt = 0; attempt < 12; attempt += 1) await signIn(deployment.auth, createJar(), { email: user.email, password: `wrong-${attempt}` });
    const answer = await signIn(deployment.auth, createJar(), CREDENTIALS());
    expect([answer.status, answer.headers.get("location")]).toEqual([302, deployment.running.base]);
  });

  test("refuses the document's JSON body without csrfToken with a 302 to signin?error=MissingCSRF", async () => {
    const answer = await call(`${deployment.auth}/callback/credentials`, { json: CREDENTIALS() });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe(`${deployment.auth}/signin?error=MissingCSRF`);
  });

  test("refuses a csrfToken that does not match the cookie, and accepts JSON that carries the matching one", async () => {
    const jar = createJar();
    const token = await csrfToken(deployment.auth, jar);
    const wrong = await call(`${deployment.auth}/callback/credentials`, { jar, form: { csrfToken: "0".repeat(64), ...CREDENTIALS() } });
    expect(wrong.headers.get("location")).toBe(`${deployment.auth}/signin?error=MissingCSRF`);
    const json = await call(`${deployment.auth}/callback/credentials`, { jar, json: { csrfToken: token, ...CREDENTIALS() } });
    expect([json.status, json.headers.get("location")]).toEqual([302, deployment.running.base]);
  });

  test("signs in before the email is verified (AJ07)", async () => {
    const fresh = newRegistration("unverified");
    await call(`${deployment.auth}/register`, { json: fresh });
    const answer = await signIn(deployment.auth, createJar(), { email: fresh.email, password: fresh.password });
    expect(answer.headers.get("location")).toBe(deployment.running.base);
  });
});

describe("GET /api/auth/session (AJ05, AJ08)", () => {
  test("answers 200 null signed out", async () => {
    const answer = await call(`${deployment.auth}/session`);
    expect([answer.status, answer.text]).toEqual([200, "null"]);
  });

  test("answers the user with organizationId and role admin, and expires 30 days ahead, renewing the cookie", async () => {
    const jar = createJar();
    await signIn(deployment.auth, jar, CREDENTIALS());
    const answer = await call(`${deployment.auth}/session`, { jar });
    const body = answer.json() as { user: Record<string, unknown>; expires: string };
    expect(body.user).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), email: user.email, name: `${user.firstName} ${user.lastName}`, organizationId, role: "admin" });
    expect(Math.abs(Date.parse(body.expires) - Date.now() - 30 * 24 * 3600 * 1000)).toBeLessThan(60_000);
    expect(answer.headers.getSetCookie().some((line) => line.startsWith("authjs.session-token="))).toBe(true);
  });

  test("answers null to a forged cookie and expires it", async () => {
    const answer = await call(`${deployment.auth}/session`, { headers: { cookie: "authjs.session-token=forged" } });
    expect(answer.text).toBe("null");
    expect(answer.headers.getSetCookie()).toContain("authjs.session-token=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax");
  });
});

describe("POST /api/auth/signout (AJ06)", () => {
  test("with csrfToken: 302 to the origin and the session cookie expired; the session reads null after", async () => {
    const jar = createJar();
    await signIn(deployment.auth, jar, CREDENTIALS());
    const token = await csrfToken(deployment.auth, jar);
    const answer = await call(`${deployment.auth}/signout`, { jar, form: { csrfToken: token } });
    expect([answer.status, answer.headers.get("location")]).toEqual([302, deployment.running.base]);
    expect(answer.headers.getSetCookie()).toContain("authjs.session-token=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax");
    expect((await call(`${deployment.auth}/session`, { jar })).text).toBe("null");
  });

  test("without csrfToken: a 302 to signin?error=MissingCSRF and the session stays", async () => {
    const jar = createJar();
    await signIn(deployment.auth, jar, CREDENTIALS());
    const answer = await call(`${deployment.auth}/signout`, { jar, form: {} });
    expect(answer.headers.get("location")).toBe(`${deployment.auth}/signin?error=MissingCSRF`);
    expect((await call(`${deployment.auth}/session`, { jar })).json()).toMatchObject({ user: { email: user.email } });
  });

  test("signed out, with csrfToken: still a 302 to the origin", async () => {
    const jar = createJar();
    const token = await csrfToken(deployment.auth, jar);
    const answer = await call(`${deployment.auth}/signout`, { jar, form: { csrfToken: token } });
    expect([answer.status, answer.headers.get("location")]).toEqual([302, deployment.running.base]);
  });
});

describe("what Auth.js does not know (AJ09)", () => {
  test("answers 400 \"Bad request.\" to an unknown action, and to a method other than GET and POST", async () => {
    for (const answer of [await call(`${deployment.auth}/nope`), await call(`${deployment.auth}/session`, { method: "DELETE" }), await call(`${deployment.auth}/register`)]) {
      expect([answer.status, answer.text]).toEqual([400, "\"Bad request.\""]);
    }
  });
});
