// Behind a TLS proxy (trust proxy on, X-Forwarded-Proto: https) Auth.js names its cookies with the
// `__Host-` and `__Secure-` prefixes and marks them Secure (AJ08).
import { describe, expect, test } from "vitest";
import { call, createJar, newRegistration } from "./testing/authjs-client.ts";
import { useTestAuthjsReference } from "./testing/start-test-authjs-reference.ts";

const deployment = useTestAuthjsReference({ trustProxy: true });
const HTTPS = { "x-forwarded-proto": "https" };

describe("Auth.js's cookies on https (AJ08)", () => {
  test("csrf is __Host-authjs.csrf-token, the session __Secure-authjs.session-token, both Secure", async () => {
    const user = newRegistration("https");
    await call(`${deployment.auth}/register`, { json: user });
    const jar = createJar();
    const csrf = await call(`${deployment.auth}/csrf`, { jar, headers: HTTPS });
    expect(csrf.headers.getSetCookie().find((line) => line.startsWith("__Host-authjs.csrf-token="))).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    const { csrfToken } = csrf.json() as { csrfToken: string };
    const signIn = await call(`${deployment.auth}/callback/credentials`, { jar, headers: HTTPS, form: { csrfToken, email: user.email, password: user.password } });
    expect(signIn.headers.get("location")).toBe(`https://${new URL(deployment.running.base).host}`);
    expect(signIn.headers.getSetCookie().find((line) => line.startsWith("__Secure-authjs.session-token="))).toMatch(/; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/);
    expect((await call(`${deployment.auth}/session`, { jar, headers: HTTPS })).json()).toMatchObject({ user: { email: user.email, role: "admin" } });
    // The same cookie on plain http is not read: the name differs, and so does the key (its salt is the name).
    expect((await call(`${deployment.auth}/session`, { jar })).text).toBe("null");
  });
});
