// The actor's jar and defaults, over a fake send step: what it sends, what it keeps, what it records.
import { expect, test } from "vitest";
import { temetroDocument } from "#openapi";
import type { Exchange } from "../target.ts";
import { createCookieActor, savedJar } from "./cookie-actor.ts";
import type { OutgoingRequest, Send } from "./cookie-actor.ts";

function fakeServer(setCookies: string[][]) {
  const sent: OutgoingRequest[] = [];
  const send: Send = async (request) => {
    sent.push(request);
    const cookies = setCookies.shift() ?? [];
    return { status: 200, headers: new Headers({ "content-type": "application/json" }), setCookies: cookies, text: '{"ok":true}' };
  };
  return { sent, send };
}

function actorOver(send: Send, exchanges: Exchange[] = []) {
  return createCookieActor({ label: "alice", clientIp: "198.18.0.7", baseUrl: "http://localhost:4000", frontendOrigin: "http://localhost:3000", send, document: temetroDocument, onExchange: (e) => exchanges.push(e) });
}

test("sends its client IP always, and the trusted Origin on requests with a body only", async () => {
  const server = fakeServer([]);
  const actor = actorOver(server.send);
  await actor.request("/api/auth/get-session");
  await actor.request("/api/auth/sign-out", { json: {} });
  await actor.request("/api/auth/sign-out", { json: {}, origin: null });
  expect(server.sent.map((request) => [request.method, request.headers["x-forwarded-for"], request.headers.origin])).toEqual([
    ["GET", "198.18.0.7", undefined],
    ["POST", "198.18.0.7", "http://localhost:3000"],
    ["POST", "198.18.0.7", undefined],
  ]);
});

test("keeps the cookies it is given, sends them back, and drops them on Max-Age=0", async () => {
  const server = fakeServer([["better-auth.session_token=abc; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax"], [], ["better-auth.session_token=; Max-Age=0; Path=/"]]);
  const actor = actorOver(server.send);
  await actor.request("/api/auth/sign-in/email", { json: {} });
  await actor.request("/api/auth/get-session");
  expect(server.sent[1]?.headers.cookie).toBe("better-auth.session_token=abc");
  await actor.request("/api/auth/sign-out", { json: {} });
  expect(await actor.cookieHeader()).toBe("");
});

test("forgets only the cookies named", async () => {
  const server = fakeServer([["a=1; Path=/", "b=2; Path=/"]]);
  const actor = actorOver(server.send);
  await actor.request("/x", { json: {} });
  await actor.forgetCookies(["a"]);
  expect(await actor.cookieHeader()).toBe("b=2");
});

test("records each exchange with its parsed body and the operation it addresses", async () => {
  const exchanges: Exchange[] = [];
  const actor = actorOver(fakeServer([]).send, exchanges);
  await actor.request("/api/auth/get-session?disableCookieCache=true");
  await actor.request("/api/contract-unknown");
  expect(exchanges.map((exchange) => [exchange.actor, exchange.operationId, exchange.body])).toEqual([
    ["alice", "getSession", { ok: true }],
    ["alice", null, { ok: true }],
  ]);
});

test("copies its jar into a second actor that keeps its own cookies and its own client IP from then on", async () => {
  const server = fakeServer([["a=1; Path=/"], [], ["b=2; Path=/"]]);
  const actor = actorOver(server.send);
  await actor.request("/x", { json: {} });
  const copy = await actor.copy({ label: "stolen" });
  await copy.request("/y");
  await actor.request("/z", { json: {} });
  expect([copy.label, copy.clientIp === actor.clientIp]).toEqual(["stolen", false]);
  expect(server.sent[1]?.headers.cookie).toBe("a=1");
  expect([await actor.cookieHeader(), await copy.cookieHeader()]).toEqual(["a=1; b=2", "a=1"]);
});

test("saves its cookies as text that a new jar takes back whole, attributes and all", async () => {
  const server = fakeServer([["a=1; Path=/; HttpOnly", "b=2; Path=/api; Max-Age=60"]]);
  const actor = actorOver(server.send);
  await actor.request("/x", { json: {} });
  const jar = savedJar(await actor.saveCookies());
  expect(await jar.getCookieString("http://localhost:4000/api/tasks")).toBe("b=2; a=1");
  expect(await jar.getCookieString("http://localhost:4000/")).toBe("a=1");
  expect((await jar.getCookies("http://localhost:4000/")).map((cookie) => cookie.httpOnly)).toEqual([true]);
});

test("refuses text that is not a saved jar with what to pass instead", () => {
  expect(() => savedJar("a=1")).toThrow(/^Failed to restore an actor's cookies: .*Pass the text Actor.saveCookies\(\) returned\.$/);
});
