// Better Auth's bodies as better-call reads them behind Node (D45), through the mock's routes.
import { expect, test } from "vitest";
import { createMockApi } from "../create-mock-api.ts";
import { readBetterAuthBody } from "./better-auth-body.ts";
import { signUp, testClient } from "#targets/testing/test-client";

const JSON_ONLY = ["application/json"];

test("reads JSON with any parameters or case, a form where allowed, and no body without a Content-Type or text", () => {
  expect(readBetterAuthBody('{"a":1}', "Application/JSON; charset=utf-8", JSON_ONLY)).toEqual({ a: 1 });
  expect(readBetterAuthBody("a=1&b=x+y", "application/x-www-form-urlencoded", ["application/x-www-form-urlencoded", "application/json"])).toEqual({ a: "1", b: "x y" });
  expect(readBetterAuthBody('{"a":1}', "", JSON_ONLY)).toBeUndefined();
  expect(readBetterAuthBody("", "text/plain", JSON_ONLY)).toBeUndefined();
});

test("refuses another Content-Type with 415 UNSUPPORTED_MEDIA_TYPE naming it as sent, and bad JSON with 400 BAD_REQUEST", () => {
  expect(() => readBetterAuthBody("x", "text/plain;charset=UTF-8", JSON_ONLY)).toThrow(expect.objectContaining({
    reply: { status: 415, body: { message: 'Content-Type "text/plain;charset=UTF-8" is not allowed. Allowed types: application/json', code: "UNSUPPORTED_MEDIA_TYPE" } },
  }));
  expect(() => readBetterAuthBody("{}", "application/vnd.api+json", JSON_ONLY)).toThrow(expect.objectContaining({ reply: expect.objectContaining({ status: 415 }) }));
  expect(() => readBetterAuthBody("{", "application/json", JSON_ONLY)).toThrow(expect.objectContaining({ reply: expect.objectContaining({ status: 400 }) }));
});

test("update-user with a text/plain body answers 415; sign-in/email reads a form and lists it first", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  const account = await signUp(browser);
  const refused = await browser.request("/api/auth/update-user", { operationId: null, headers: { "content-type": "text/plain" }, json: { name: "x" } });
  expect(refused.status).toBe(415);
  expect(refused.body).toEqual({ code: "UNSUPPORTED_MEDIA_TYPE", message: 'Content-Type "text/plain" is not allowed. Allowed types: application/json' });
  const form = new URLSearchParams({ email: account.email, password: account.password }).toString();
  const signIn = await api.fetch(new Request("http://localhost:4000/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost:3000" }, body: form }));
  expect(signIn.status).toBe(200);
  const wrong = await api.fetch(new Request("http://localhost:4000/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "text/plain", origin: "http://localhost:3000" }, body: "x" }));
  expect(await wrong.json()).toMatchObject({ message: 'Content-Type "text/plain" is not allowed. Allowed types: application/x-www-form-urlencoded, application/json' });
});
