import { expect, test } from "vitest";
import { browserLikeClient } from "../testing/browser-like-client.ts";
import { createBetterAuthEngine } from "./create-better-auth-engine.ts";

type Mail = { to: string; url: string };

/** An engine over a small app: email and password with verification mail, one trusted frontend. */
function smallApp() {
  return createBetterAuthEngine<Mail>({
    cors: { origins: ["http://localhost:3000"] },
    log: () => {},
    options: ({ database, password, sendMail }) => ({
      baseURL: "http://localhost:4000",
      secret: "engine-test-secret-3f9a1c7e5b2d4086a1e9c3b7d5f2a604",
      database,
      trustedOrigins: ["http://localhost:3000"],
      emailAndPassword: { enabled: true, password },
      emailVerification: { sendOnSignUp: true, sendVerificationEmail: async ({ user, url }) => sendMail({ to: user.email, url }) },
      logger: { disabled: true },
    }),
  });
}

const ADA = { email: "ada@example.com", password: "analytical-engine-1843", name: "Ada" };

test("signs up, signs in and reads the session through real Better Auth in memory", async () => {
  const engine = smallApp();
  const client = browserLikeClient(engine.fetch);
  expect((await client.post("/api/auth/sign-up/email", ADA)).status).toBe(200);
  const signIn = await browserLikeClient(engine.fetch).post("/api/auth/sign-in/email", { email: ADA.email, password: ADA.password });
  expect(signIn.status).toBe(200);
  const session = await (await client.send("/api/auth/get-session")).json();
  expect(session.user).toMatchObject({ email: ADA.email, name: "Ada" });
});

test("refuses the wrong password (the mock hash is checked, not skipped)", async () => {
  const engine = smallApp();
  await browserLikeClient(engine.fetch).post("/api/auth/sign-up/email", ADA);
  const answer = await browserLikeClient(engine.fetch).post("/api/auth/sign-in/email", { email: ADA.email, password: "difference-engine-1822" });
  expect([answer.status, (await answer.json()).code]).toEqual([401, "INVALID_EMAIL_OR_PASSWORD"]);
});

test("keeps the emails sent in the dev outbox, served at GET /__dev/outbox?to=", async () => {
  const engine = smallApp();
  const client = browserLikeClient(engine.fetch);
  await client.post("/api/auth/sign-up/email", ADA);
  await client.post("/api/auth/sign-up/email", { ...ADA, email: "charles@example.com" });
  const listed = await (await client.send("/__dev/outbox?to=ADA@example.com")).json();
  expect(listed).toEqual([{ to: ADA.email, url: expect.stringContaining("/api/auth/verify-email?token="), id: expect.any(String), sentAt: expect.any(String) }]);
  expect(engine.outbox.list()).toHaveLength(2);
});

test("forgets every user, session and email on POST /__dev/reset", async () => {
  const engine = smallApp();
  const client = browserLikeClient(engine.fetch);
  await client.post("/api/auth/sign-up/email", ADA);
  expect((await client.send("/__dev/reset", { method: "POST" })).status).toBe(204);
  expect(await (await client.send("/api/auth/get-session")).json()).toBeNull();
  expect((await client.post("/api/auth/sign-in/email", { email: ADA.email, password: ADA.password })).status).toBe(401);
  expect(engine.outbox.list()).toEqual([]);
});

test("answers /health, a CORS preflight from the frontend, and 404 for an unknown route", async () => {
  const engine = smallApp();
  const client = browserLikeClient(engine.fetch);
  expect(await (await client.send("/health")).json()).toEqual({ status: "ok" });
  const preflight = await client.send("/api/auth/sign-in/email", { method: "OPTIONS", headers: { "access-control-request-method": "POST", "access-control-request-headers": "content-type" } });
  expect([preflight.status, preflight.headers.get("access-control-allow-origin"), preflight.headers.get("access-control-allow-credentials")]).toEqual([204, "http://localhost:3000", "true"]);
  const stranger = await browserLikeClient(engine.fetch, { frontendOrigin: "https://elsewhere.example" }).send("/health");
  expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
  expect((await client.send("/nowhere")).status).toBe(404);
});

test("makes one account of ten sign-ups racing for one email, as a unique index would", async () => {
  const engine = smallApp();
  const answers = await Promise.all(Array.from({ length: 10 }, (_, index) => browserLikeClient(engine.fetch).post("/api/auth/sign-up/email", { ...ADA, name: `Racer ${index}` })));
  expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array(9).fill(422)]);
});
