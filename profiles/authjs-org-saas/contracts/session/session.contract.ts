// SESSION: Auth.js's session read. Signed out, 200 with the body null (AJ05); signed in, the user
// the document names — id, email, name, organizationId, role (the admin registration made) — and
// `expires`, 30 days ahead, the cookie re-issued on each read. A cookie that does not decrypt is
// read as no session and cleared.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { cookieAttributes, setCookiesNamed } from "#contracts/states/account";
import { authjsCookieNames, bodyOf, signedInAdmin } from "../profile-states.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("GET /api/auth/session", () => {
  check("SESSION-SIGNED-OUT-NULL", "answers a caller without a session 200 with the body null (AJ05)", async ({ actor }) => {
    const exchange = await actor("visitor").request("/api/auth/session");
    expect(bodyOf(exchange, "getSession", 200)).toBeNull();
    expect(exchange.text).toBe("null");
  });

  check("SESSION-ADMIN", "answers the signed-in admin with id, email, name, organizationId, role admin and expires 30 days ahead", async ({ given }) => {
    const { actor, body, answer } = await given(signedInAdmin("session"));
    const session = bodyOf(await actor.request("/api/auth/session"), "getSession", 200);
    expect(session?.user).toEqual({ id: answer.user.id, email: answer.user.email, name: `${body.firstName} ${body.lastName}`, organizationId: answer.organization.id, role: "admin" });
    const expiresIn = Date.parse(session?.expires ?? "") - Date.now();
    expect(expiresIn).toBeGreaterThan(29 * DAY_MS);
    expect(expiresIn).toBeLessThanOrEqual(30 * DAY_MS + 60_000);
  });

  check("SESSION-ROLLING", "re-issues the session cookie with a new expiry on every read, and tells caches not to keep the answer", async ({ given, target }) => {
    const { actor } = await given(signedInAdmin("rolling"));
    const exchange = await actor.request("/api/auth/session");
    const [cookie] = setCookiesNamed(exchange, authjsCookieNames(target).session);
    expect(cookieAttributes(cookie ?? "").expires, "the re-issued cookie's expiry").toBeDefined();
    expect(exchange.headers.get("cache-control")).toContain("no-store");
  });

  check("SESSION-TAMPERED-COOKIE", "answers null to a session cookie that does not decrypt, and clears it (Max-Age=0)", async ({ given, target }) => {
    const { actor } = await given(signedInAdmin("tampered"));
    const name = authjsCookieNames(target).session;
    const cookie = (await actor.cookieHeader()).split("; ").find((pair) => pair.startsWith(`${name}=`)) ?? "";
    const tampered = `${cookie.slice(0, -4)}AAAA`;
    const exchange = await actor.request("/api/auth/session", { headers: { cookie: tampered } });
    expect(bodyOf(exchange, "getSession", 200)).toBeNull();
    const [cleared] = setCookiesNamed(exchange, name);
    expect(cookieAttributes(cleared ?? "")["max-age"]).toBe("0");
  });
});
