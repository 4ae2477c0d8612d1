// SESSION: Better Auth's chunked cookie cache (D44). A cache whose cookie would pass 4050 bytes (a
// long name) is sent as better-auth.session_data.0, .1, …; get-session joins the chunks and answers
// from them; a cache that shrinks back to one cookie expires the chunks (Max-Age=0). The name is
// long enough for three chunks and short enough for Node's 16 KB header limit, both ways.
import { describe, expect } from "vitest";
import { bodyOf } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import type { Exchange } from "#targets/target";
import { account, cookieAttributes, expectSessionCookieAttributes, sessionCookieNames, signInElsewhere, storedSession } from "#contracts/states/account";

const LONG_NAME = "Chunked".repeat(857);
/** Better Auth's ceiling for one Set-Cookie header, a little under Safari's 4093 bytes. */
const MAX_COOKIE_SIZE = 4050;

const cookieName = (setCookie: string) => setCookie.slice(0, setCookie.indexOf("="));
/** The names of the cookies in a Cookie header. */
const namesIn = (cookieHeader: string) => cookieHeader.split("; ").map(cookieName);
/** The Set-Cookie headers of an exchange for the chunks of a cookie (`<name>.<n>`), in the order sent. */
const chunksOf = (exchange: Exchange, name: string) => exchange.setCookies.filter((cookie) => /^\d+$/.test(cookieName(cookie).slice(name.length + 1)) && cookie.startsWith(`${name}.`));

describe("POST /api/auth/sign-up/email", () => {
  check("SESSION-D44-CACHE-IN-CHUNKS", "answers a 5999-character name with 200 and the full user, and sends the cookie cache as session_data.0, .1, … of at most 4050 bytes each", async ({ given, target }) => {
    const { signUp } = await given(account("long name", { name: LONG_NAME }));
    const names = sessionCookieNames(target);
    expect(bodyOf(signUp, "signUpEmail", 200).user.name).toBe(LONG_NAME);
    expect(signUp.setCookies.filter((cookie) => cookieName(cookie) === names.data), `no whole ${names.data} cookie`).toEqual([]);
    const chunks = chunksOf(signUp, names.data);
    expect(chunks.map(cookieName)).toEqual(chunks.map((_, index) => `${names.data}.${index}`));
    expect(chunks.length, "chunks of the cookie cache").toBeGreaterThanOrEqual(2);
    for (const chunk of chunks) {
      expect(chunk.length, `size of ${cookieName(chunk)}`).toBeLessThanOrEqual(MAX_COOKIE_SIZE);
      expectSessionCookieAttributes(target, chunk, "300");
    }
  });
});

describe("GET /api/auth/get-session", () => {
  check("SESSION-D44-CHUNKS-READ", "joins the chunks and answers from the cache: the name cached at sign-up, while the database holds a newer one", async (context) => {
    const created = await context.given(account("long name", { name: LONG_NAME }));
    expect(namesIn(await created.actor.cookieHeader()), "the cookies the jar holds").toContain(`${sessionCookieNames(context.target).data}.1`);
    const elsewhere = await signInElsewhere(context, created);
    expect((await elsewhere.request("/api/auth/update-user", { json: { name: "Renamed Elsewhere" } })).status, "update-user on another device").toBe(200);
    const cached = bodyOf(await created.actor.request("/api/auth/get-session"), "getSession", 200);
    expect(cached?.user.name, "the user in the chunked cache").toBe(LONG_NAME);
    expect((await storedSession(created.actor))?.user.name, "the user in the database").toBe("Renamed Elsewhere");
  });
});

describe("POST /api/auth/update-user", () => {
  check("SESSION-D44-STALE-CHUNKS-EXPIRED", "expires every chunk with Max-Age=0 when the cache shrinks back to one cookie", async ({ given, target }) => {
    const created = await given(account("long name", { name: LONG_NAME }));
    const names = sessionCookieNames(target);
    const carried = chunksOf(created.signUp, names.data).map(cookieName);
    expect(carried.length, "chunks set by sign-up").toBeGreaterThanOrEqual(2);
    const exchange = await created.actor.request("/api/auth/update-user", { json: { name: "Short Again" } });
    expect(bodyOf(exchange, "updateUser", 200)).toEqual({ status: true });
    const expired = chunksOf(exchange, names.data);
    expect(expired.map(cookieName)).toEqual(carried);
    for (const chunk of expired) expect(cookieAttributes(chunk)["max-age"], chunk).toBe("0");
    const [whole] = exchange.setCookies.filter((cookie) => cookieName(cookie) === names.data);
    expect(whole, `a whole ${names.data} cookie`).toBeDefined();
    expectSessionCookieAttributes(target, whole ?? "", "300");
    expect(namesIn(await created.actor.cookieHeader()), "the cookies the jar holds").not.toContain(`${names.data}.0`);
  });
});
