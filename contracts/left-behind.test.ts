import { expect, test } from "vitest";
import { readContractDocument } from "#openapi";
import type { Exchange } from "#targets/target";
import { leftBehind } from "./left-behind.ts";

const ok = { description: "ok" };
const document = readContractDocument({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/sign-up": { post: { operationId: "signUp", responses: { "200": ok }, "x-leaves-behind": { thing: "user", status: 200, name: "/user/email" } } },
    "/callback": { get: { operationId: "callback", responses: { "302": ok }, "x-leaves-behind": { thing: "user via provider", status: 302, setsCookie: "session_token" } } },
    "/sign-in": { post: { operationId: "signIn", responses: { "200": ok } } },
  },
});

const exchange = (operationId: string | null, status: number, body: unknown, setCookies: string[] = []): Exchange => ({
  actor: "a", request: { method: "POST", path: `/${operationId}`, headers: {} }, operationId, status, headers: new Headers(), setCookies, body, text: "", durationMs: 1,
});

test("names each created thing once, from the body where the spec says how", () => {
  const lines = leftBehind([
    exchange("signUp", 200, { user: { email: "t-1@example.test" } }),
    exchange("signUp", 200, { user: { email: "t-1@example.test" } }),
    exchange("signUp", 400, { code: "INVALID_EMAIL" }),
    exchange("signIn", 200, { user: { email: "t-2@example.test" } }),
    exchange(null, 200, {}),
    exchange("notInTheDocument", 200, { user: { email: "t-3@example.test" } }),
  ], document);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^user t-1@example\.test: no route of the API removes it/);
});

test("a sign-in redirect counts only when it gives the session cookie a value", () => {
  const set = exchange("callback", 302, null, ["better-auth.session_token=abc; Path=/; HttpOnly"]);
  const cleared = exchange("callback", 302, null, ["better-auth.session_token=; Max-Age=0; Path=/"]);
  const other = exchange("callback", 302, null, ["better-auth.state=xyz; Path=/"]);
  expect(leftBehind([cleared, other], document)).toEqual([]);
  expect(leftBehind([set], document)).toEqual([expect.stringMatching(/^user via provider \(POST \/callback\): /)]);
});

test("a malformed x-leaves-behind is a readable error naming the operation", () => {
  expect(() => readContractDocument({
    openapi: "3.1.0", info: { title: "t", version: "1" },
    paths: { "/x": { post: { operationId: "make", responses: { "200": ok }, "x-leaves-behind": { thing: "user" } } } },
  })).toThrow(/x-leaves-behind of make/);
});
