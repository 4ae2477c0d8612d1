import { beforeAll, expect, test } from "vitest";
import { answerPlainRequest, type PlainRequest, type PlainResponse } from "./answer-plain-request.ts";
import { createMockApi } from "./create-mock-api.ts";
import type { MockApi } from "./glossary.ts";

const BASE = "http://localhost:4000";
const FRONTEND = "http://localhost:3000";
let api: MockApi;
const cookies: Record<"owner" | "pharmacist", string> = { owner: "", pharmacist: "" };

/** The same request through msw's path only, as MockApi.fetch answered every request before the direct path. */
async function throughMsw(request: PlainRequest): Promise<PlainResponse> {
  const response = await api.fetch(new Request(request.url, { method: request.method, headers: request.headers, body: request.body, redirect: "manual" }));
  return { status: response.status, headers: response.headers, setCookies: response.headers.getSetCookie(), text: await response.text() };
}

const plain = (response: PlainResponse) => ({ ...response, headers: [...response.headers] });

beforeAll(async () => {
  api = await createMockApi({ seed: "demo", log: () => {} });
  for (const [actor, username, password] of [["owner", "amina", "sunrise-owner-demo"], ["pharmacist", "grace", "sunrise-pharmacy-demo"]] as const) {
    const response = await throughMsw({ url: `${BASE}/api/auth/sign-in/username`, method: "POST", headers: { "content-type": "application/json", origin: FRONTEND, "x-forwarded-for": `192.0.2.${actor.length}` }, body: JSON.stringify({ username, password }) });
    cookies[actor] = response.setCookies.map((line) => line.split(";")[0]).join("; ");
  }
});

let nextIp = 10;
/** Requests that change nothing, so each can be sent twice; each from its own client IP (rate limits count both). */
const cases: [string, () => PlainRequest][] = [
  ["an authenticated list", () => ({ url: `${BASE}/api/patients`, method: "GET", headers: { cookie: cookies.owner, origin: FRONTEND } })],
  ["a 401 without a cookie", () => ({ url: `${BASE}/api/patients`, method: "GET", headers: { origin: FRONTEND } })],
  ["a 403 for a pharmacist's create", () => ({ url: `${BASE}/api/patients`, method: "POST", headers: { cookie: cookies.pharmacist, origin: FRONTEND, "content-type": "application/json" }, body: '{"name":"X"}' })],
  ["a 400 for an invalid body", () => ({ url: `${BASE}/api/patients`, method: "POST", headers: { cookie: cookies.owner, origin: FRONTEND, "content-type": "application/json" }, body: '{"name":""}' })],
  ["a 404 for an unknown file number", () => ({ url: `${BASE}/api/patients/99999999`, method: "GET", headers: { cookie: cookies.owner } })],
  ["an undecodable path parameter", () => ({ url: `${BASE}/api/patients/%zz`, method: "GET", headers: { cookie: cookies.owner } })],
  ["a foreign origin (no CORS headers)", () => ({ url: `${BASE}/api/patients`, method: "GET", headers: { cookie: cookies.owner, origin: "https://evil.example" } })],
  ["a cached session read", () => ({ url: `${BASE}/api/auth/get-session`, method: "GET", headers: { cookie: cookies.owner, "x-forwarded-for": `198.51.100.${nextIp++}` } })],
  ["Better Auth's 401 for a wrong password", () => ({ url: `${BASE}/api/auth/sign-in/username`, method: "POST", headers: { origin: FRONTEND, "content-type": "application/json", "x-forwarded-for": `198.51.100.${nextIp++}` }, body: '{"username":"amina","password":"wrong-password-123"}' })],
  ["a preflight (msw's path on both)", () => ({ url: `${BASE}/api/patients`, method: "OPTIONS", headers: { origin: FRONTEND, "access-control-request-method": "POST" } })],
  ["headers named in any case, values with spaces around", () => ({ url: `${BASE}/api/patients`, method: "GET", headers: { Cookie: ` ${cookies.owner}\t`, ORIGIN: FRONTEND } })],
  ["a body after a byte-order mark", () => ({ url: `${BASE}/api/patients`, method: "POST", headers: { cookie: cookies.owner, origin: FRONTEND, "content-type": "application/json" }, body: '\uFEFF{"name":""}' })],
  ["an unlisted path", () => ({ url: `${BASE}/api/nothing-here`, method: "GET", headers: { cookie: cookies.owner } })],
];

test.each(cases)("answers %s exactly as msw's path does", async (_name, make) => {
  const direct = await answerPlainRequest(api, make());
  expect(plain(direct)).toEqual(plain(await throughMsw(make())));
});

test("takes the direct path for an operation and leaves a preflight to msw", async () => {
  const asMockRequest = ({ url, method, headers, body }: PlainRequest) => ({ url, method, headers: new Headers(headers), text: async () => body ?? "" });
  const [, list] = cases[0] ?? [];
  const [, preflight] = cases.find(([name]) => name.startsWith("a preflight")) ?? [];
  if (list === undefined || preflight === undefined) throw new Error("Failed to find the list and preflight cases.");
  expect((await api.answer(asMockRequest(list())))?.status).toBe(200);
  expect(await api.answer(asMockRequest(preflight()))).toBeUndefined();
});
