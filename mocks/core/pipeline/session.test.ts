// The session stage alone: Better Auth's getSession, the cookies it sets on the state, its 401.
import { expect, test } from "vitest";
import { betterAuthReply } from "../reply.ts";
import { queryFlag, session } from "./session.ts";
import { runStage } from "./stage.ts";
import { signedInMember, testContext, testState } from "./test-state.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const namesOf = (cookies: string[]) => cookies.map((cookie) => cookie.slice(0, cookie.indexOf("=")));

test("puts a live session on the state, and the cookies its refresh set", async () => {
  const ctx = testContext();
  const { cookie, session: stored } = await signedInMember(ctx);
  ctx.clock.advance(DAY_MS);
  const state = testState(ctx, "getSession", { headers: { cookie } });
  expect(await runStage(session, state)).toBeUndefined();
  expect(state.session?.session.id).toBe(stored.id);
  expect(namesOf(state.cookies)).toContain("better-auth.session_token");
});

test("answers 401 UNAUTHORIZED where a session is required and the token names none, and expires its cookies", async () => {
  const ctx = testContext();
  const { cookie, session: stored } = await signedInMember(ctx);
  ctx.store.sessions.delete((q) => q.where({ id: stored.id }));
  const state = testState(ctx, "changePassword", { headers: { cookie } });
  expect(await runStage(session, state)).toEqual(betterAuthReply(401, "UNAUTHORIZED"));
  expect(state.cookies.length).toBeGreaterThan(0);
  expect(state.cookies.every((setCookie) => setCookie.includes("Max-Age=0"))).toBe(true);
});

test("where a session is optional, hands on without one, still expiring a dead token's cookies", async () => {
  const ctx = testContext();
  const { cookie, session: stored } = await signedInMember(ctx);
  ctx.store.sessions.delete((q) => q.where({ id: stored.id }));
  const state = testState(ctx, "getSession", { path: "/api/auth/get-session?disableCookieCache=true", headers: { cookie } });
  expect(await runStage(session, state)).toBeUndefined();
  expect(state.session).toBeNull();
  expect(namesOf(state.cookies)).toContain("better-auth.session_token");
});

test("looks no session up where the rules say none", async () => {
  const ctx = testContext();
  const { cookie } = await signedInMember(ctx);
  const state = testState(ctx, "signUpEmail", { headers: { cookie } });
  expect(await runStage(session, state)).toBeUndefined();
  expect(state).toMatchObject({ session: null, cookies: [] });
});

test("reads a query flag as Better Auth's z.coerce.boolean() does: any non-empty value is true", () => {
  const flag = (query: string) => queryFlag(new URL(`http://mock.test/api/auth/get-session${query}`), "disableCookieCache");
  expect([flag(""), flag("?disableCookieCache"), flag("?disableCookieCache="), flag("?disableCookieCache=true"), flag("?disableCookieCache=false")]).toEqual([false, false, false, true, true]);
});
