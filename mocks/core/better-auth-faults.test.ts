// Better Auth 1.7's bare 500s on PostgreSQL, reproduced by the mock's routes (D46–D49).
import { expect, test } from "vitest";
import { createMockApi } from "../create-mock-api.ts";
import { refusedAsLimit, storedAsText } from "./better-auth-faults.ts";
import { field, signUp, testClient } from "#targets/testing/test-client";

async function signedInWithClinic() {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  const created = await browser.request("/api/auth/organization/create", { json: { name: "Faults Clinic", slug: `faults-${Date.now()}` } });
  await browser.request("/api/auth/organization/set-active", { json: { organizationId: field(created.body, "id") } });
  return { api, browser };
}

const bare500 = { status: 500, text: "" };
const answer = async (response: Promise<{ status: number; text: string; headers: Headers }>) => {
  const { status, text, headers } = await response;
  return { status, text, contentType: headers.get("content-type") };
};

test("PostgreSQL refuses negative, fractional and out-of-bigint LIMIT/OFFSET; 0 and NaN are Better Auth's default", () => {
  expect([-1, 1.5, 2 ** 63, Infinity].map(refusedAsLimit)).toEqual([true, true, true, true]);
  expect([0, Number.NaN, 1, 2 ** 53 + 2].map(refusedAsLimit)).toEqual([false, false, false, false]);
});

test("list-members and get-full-organization pass unchecked numbers to the database: a bare 500, or 200 as Better Auth reads them", async () => {
  const { browser } = await signedInWithClinic();
  for (const query of ["limit=-1", "limit=1.5", "offset=0.5", "offset=1e20"]) {
    expect(await answer(browser.request(`/api/auth/organization/list-members?${query}`, { operationId: null })), query).toEqual({ ...bare500, contentType: null });
  }
  for (const query of ["limit=abc", "limit=0", "offset=0"]) expect((await browser.request(`/api/auth/organization/list-members?${query}`, { operationId: null })).status, query).toBe(200);
  expect((await browser.request("/api/auth/organization/get-full-organization?membersLimit=-1", { operationId: null })).status).toBe(500);
  const truncated = await browser.request("/api/auth/organization/get-full-organization?membersLimit=1.5", { operationId: null });
  expect(truncated.body).toMatchObject({ members: [expect.anything()] });
});

test("update-user stores any JSON as its text; a null name or a username of another type is a bare 500 (D47)", async () => {
  const { browser } = await signedInWithClinic();
  for (const [name, stored] of [[["a", "b"], '{"a","b"}'], [{ a: 1 }, '{"a":1}'], [5, "5"], [true, "true"]] as const) {
    expect((await browser.request("/api/auth/update-user", { operationId: null, json: { name } })).status).toBe(200);
    expect((await browser.request("/api/auth/get-session?disableCookieCache=true", { operationId: null })).body).toMatchObject({ user: { name: stored } });
  }
  expect(await answer(browser.request("/api/auth/update-user", { operationId: null, json: { name: null } }))).toEqual({ ...bare500, contentType: null });
  expect((await browser.request("/api/auth/update-user", { operationId: null, json: { username: 7 } })).status).toBe(500);
  expect((await browser.request("/api/auth/update-user", { operationId: null, json: { username: null, displayUsername: 7 } })).status).toBe(200);
  expect((await browser.request("/api/auth/get-session?disableCookieCache=true", { operationId: null })).body).toMatchObject({ user: { username: null, displayUsername: "7" } });
  expect(storedAsText([null, ["x"], 'q"\\'])).toBe('{NULL,{"x"},"q\\"\\\\"}');
});

test("sign-up and update-user without a body object are a bare 500; other routes answer 400 (D48)", async () => {
  const { api, browser } = await signedInWithClinic();
  expect((await browser.request("/api/auth/update-user", { operationId: null, json: null })).status).toBe(500);
  expect((await testClient(api).request("/api/auth/sign-up/email", { operationId: null, json: null })).status).toBe(500);
  expect((await testClient(api).request("/api/auth/sign-up/email", { method: "POST", operationId: null })).status).toBe(500);
  expect((await testClient(api).request("/api/auth/sign-in/email", { operationId: null, json: null })).status).toBe(400);
});

test("a U+0000 that Better Auth would store is a bare 500, a password's is not; temetro's routes store it (D49)", async () => {
  const { api, browser } = await signedInWithClinic();
  expect((await browser.request("/api/auth/update-user", { operationId: null, json: { name: "a\u0000b" } })).status).toBe(500);
  expect((await browser.request("/api/auth/organization/create", { operationId: null, json: { name: "a\u0000b", slug: "nul-clinic" } })).status).toBe(500);
  const stranger = testClient(api);
  expect((await stranger.request("/api/auth/sign-up/email", { operationId: null, json: { name: "Nul Password", email: "nul@clinic.example", password: "correct-horse\u0000battery" } })).status).toBe(200);
  const patient = await browser.request("/api/patients", { operationId: null, json: { name: "Nul\u0000 Patient", sex: "F" } });
  expect(patient.status).toBe(201);
});
