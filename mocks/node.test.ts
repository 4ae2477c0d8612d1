// temetro-contract/mocks/node: global fetch in a Node test is answered by the mock.
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { createMockServer } from "./node.ts";

const { server, api } = await createMockServer({ log: () => {} });
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(async () => {
  server.resetHandlers();
  await api.reset();
});
afterAll(() => server.close());

const signUp = (email: string) =>
  fetch("http://localhost:4000/api/auth/sign-up/email", {
    method: "POST",
    headers: { origin: "http://localhost:3000", "content-type": "application/json" },
    body: JSON.stringify({ name: "Ada", email, password: "correct-horse-battery" }),
  });

test("global fetch to the API is answered by the mock, with both session cookies", async () => {
  const response = await signUp("ada@example.com");
  expect(response.status).toBe(200);
  expect(response.headers.getSetCookie().map((cookie) => cookie.split("=")[0])).toEqual(["better-auth.session_token", "better-auth.session_data"]);
});

test("the session cookies sent back as a Cookie header sign the request in", async () => {
  const cookie = (await signUp("grace@example.com")).headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const response = await fetch("http://localhost:4000/api/auth/get-session", { headers: { cookie } });
  expect(await response.json()).toMatchObject({ user: { email: "grace@example.com" } });
});

test("api.reset() forgets every user, so a taken email can sign up again", async () => {
  expect((await signUp("linus@example.com")).status).toBe(200);
  expect((await signUp("linus@example.com")).status).toBe(422);
  await api.reset();
  expect((await signUp("linus@example.com")).status).toBe(200);
});

test("any origin is intercepted, as the handlers match paths only", async () => {
  const response = await fetch("https://api.clinic.example/health");
  expect(await response.json()).toEqual({ status: "ok" });
});
