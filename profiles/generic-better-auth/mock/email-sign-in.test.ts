import { expect, test } from "vitest";
import { browserLikeClient } from "#mocks/engines/testing/browser-like-client";
import { createGenericBetterAuthMock } from "./create-generic-better-auth-mock.ts";

const ADA = { email: "ada@example.com", password: "analytical-engine-1843", name: "Ada Lovelace" };

test("signs up, verifies through the outbox's link, signs in and reads the session with plan free", async () => {
  const mock = createGenericBetterAuthMock({ log: () => {} });
  const browser = browserLikeClient(mock.fetch);
  const signUp = await browser.post("/api/auth/sign-up/email", ADA);
  expect(signUp.status).toBe(200);
  expect((await signUp.json()).user).toMatchObject({ email: ADA.email, name: ADA.name, emailVerified: false, plan: "free" });

  const early = await browser.post("/api/auth/sign-in/email", { email: ADA.email, password: ADA.password });
  expect([early.status, (await early.json()).code]).toEqual([403, "EMAIL_NOT_VERIFIED"]);

  const [mail, ...more] = await (await browser.send(`/__dev/outbox?to=${encodeURIComponent(ADA.email)}`)).json();
  expect(mail).toMatchObject({ to: ADA.email, kind: "verify-email", url: expect.stringContaining("/api/auth/verify-email?token=") });
  expect(more).toEqual([]);
  expect((await browser.send(mail.url)).status).toBe(302);

  const signIn = await browserLikeClient(mock.fetch).post("/api/auth/sign-in/email", { email: ADA.email, password: ADA.password });
  expect(signIn.status).toBe(200);
  const session = await (await browser.send("/api/auth/get-session")).json();
  expect(session.user).toMatchObject({ email: ADA.email, emailVerified: true, plan: "free" });
  expect(session.session.userId).toBe(session.user.id);
});

test("answers get-session with a null body when signed out", async () => {
  const mock = createGenericBetterAuthMock({ log: () => {} });
  const answer = await browserLikeClient(mock.fetch).send("/api/auth/get-session");
  expect([answer.status, await answer.json()]).toEqual([200, null]);
});

test("ignores a plan sent with sign-up: the plan is the app's field, not input", async () => {
  const mock = createGenericBetterAuthMock({ log: () => {} });
  const answer = await browserLikeClient(mock.fetch).post("/api/auth/sign-up/email", { ...ADA, plan: "pro" });
  expect([answer.status, (await answer.json()).user.plan]).toEqual([200, "free"]);
});

test("starts over on reset: no user, no email, and the outbox served empty", async () => {
  const mock = createGenericBetterAuthMock({ log: () => {} });
  const browser = browserLikeClient(mock.fetch);
  await browser.post("/api/auth/sign-up/email", ADA);
  await mock.reset();
  expect(mock.outbox.list()).toEqual([]);
  expect(await (await browser.send("/__dev/outbox")).json()).toEqual([]);
  expect((await browser.post("/api/auth/sign-up/email", ADA)).status).toBe(200);
});
