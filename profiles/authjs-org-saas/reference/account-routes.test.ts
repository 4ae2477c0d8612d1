// The document's own routes on the reference (seed 002): register, verify-email, forgot-password,
// reset-password, resend-verification, and the test-only clean-up (AJ09–AJ12, AJ15).
import { describe, expect, test } from "vitest";
import { call, createJar, newRegistration, signIn } from "./testing/authjs-client.ts";
import { TEST_FRONTEND, useTestAuthjsReference } from "./testing/start-test-authjs-reference.ts";

const deployment = useTestAuthjsReference();
const register = (body: unknown) => call(`${deployment.auth}/register`, { json: body });
const outbox = async (to: string, kind: string) => {
  const mails = (await call(`${deployment.running.base}/__dev/outbox?to=${encodeURIComponent(to)}`)).json();
  if (!Array.isArray(mails)) throw new Error("Failed to read the outbox: not a list.");
  return mails.filter((mail: { kind: string }) => mail.kind === kind) as Array<{ token: string; url: string }>;
};
const signInStatus = async (email: string, password: string) => {
  const answer = await signIn(deployment.auth, createJar(), { email, password });
  return answer.headers.get("location")?.includes("error=") ? "refused" : "signed in";
};

describe("POST /api/auth/register", () => {
  test("answers 201 with the document's body and mails a verification token", async () => {
    const body = newRegistration("register");
    const answer = await register({ ...body, organizationName: "My Company" });
    expect(answer.status).toBe(201);
    expect(answer.json()).toEqual({
      success: true,
      message: "Account created successfully. Please check your email to verify your account.",
      user: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), email: body.email, firstName: body.firstName, lastName: body.lastName },
      organization: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: "My Company", slug: expect.stringMatching(/^my-company(-\d+)?$/) },
    });
    const [mail] = await outbox(body.email, "verify-email");
    expect(mail?.url).toBe(`${deployment.running.base}/verify-email?token=${mail?.token}`);
  });

  test("gives a taken slug -2, -3 (AJ11)", async () => {
    const name = `Slug Check ${Date.now()}`;
    const slugs = [];
    for (let n = 0; n < 3; n += 1) slugs.push(((await register({ ...newRegistration("slug"), organizationName: name })).json() as { organization: { slug: string } }).organization.slug);
    expect(slugs).toEqual([`slug-check-${name.slice(11)}`, `slug-check-${name.slice(11)}-2`, `slug-check-${name.slice(11)}-3`]);
  });

  test("answers 409 for an email already registered, in any case (AJ10)", async () => {
    const body = newRegistration("dup");
    expect((await register(body)).status).toBe(201);
    const again = await register({ ...body, email: body.email.toUpperCase(), organizationName: "Another Org" });
    expect(again.status).toBe(409);
    expect(again.json()).toEqual({ success: false, error: "Email already registered" });
  });

  test.each([
    ["organizationName", "x", "x".repeat(256)],
    ["firstName", "", "x".repeat(101)],
    ["lastName", "", "x".repeat(101)],
    ["password", "x".repeat(5), "x".repeat(101)],
  ])("refuses %s outside its length with a 400 naming the field (AJ09)", async (field, tooShort, tooLong) => {
    for (const value of [tooShort, tooLong]) {
      const answer = await register({ ...newRegistration("len"), [field]: value });
      expect(answer.status).toBe(400);
      expect(answer.json()).toEqual({ success: false, error: "Validation failed", details: [{ path: field, message: expect.any(String) }] });
    }
  });

  test("accepts every field at its documented bounds", async () => {
    const lower = await register({ ...newRegistration("min"), organizationName: "ab", firstName: "J", lastName: "D", password: "123456" });
    const upper = await register({ ...newRegistration("max"), organizationName: "o".repeat(255), firstName: "f".repeat(100), lastName: "l".repeat(100), password: "p".repeat(100) });
    expect([lower.status, upper.status]).toEqual([201, 201]);
  });

  test("refuses a bad email, a missing field, malformed JSON and a form body with a 400", async () => {
    const { email: _email, ...noEmail } = newRegistration("bad");
    const answers = [
      await register({ ...newRegistration("bad"), email: "not-an-email" }),
      await register(noEmail),
      await call(`${deployment.auth}/register`, { method: "POST", headers: { "content-type": "application/json" }, body: "{bad" }),
      await call(`${deployment.auth}/register`, { form: newRegistration("form") }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400]);
    expect(answers.map((answer) => (answer.json() as { details: Array<{ path: string }> }).details[0]?.path)).toEqual(["email", "email", "(root)", "(root)"]);
  });
});

describe("the document's routes and other origins, and big bodies", () => {
  test("accept a post from another origin and answer it no CORS headers; the frontend gets CORS with credentials (AJ14)", async () => {
    const foreign = await call(`${deployment.auth}/register`, { json: newRegistration("origin"), headers: { origin: "https://evil.example" } });
    expect([foreign.status, foreign.headers.get("access-control-allow-origin")]).toEqual([201, null]);
    const frontend = await call(`${deployment.auth}/register`, { json: newRegistration("frontend"), headers: { origin: TEST_FRONTEND } });
    expect([frontend.status, frontend.headers.get("access-control-allow-origin"), frontend.headers.get("access-control-allow-credentials")]).toEqual([201, TEST_FRONTEND, "true"]);
  });

  test("refuse a body over 100 kB with a 413 (AJ9)", async () => {
    const answer = await register({ ...newRegistration("big"), organizationName: "x".repeat(200_000) });
    expect([answer.status, answer.json()]).toEqual([413, { success: false, error: "Payload too large" }]);
  });
});

describe("POST /api/auth/verify-email", () => {
  test("verifies with the mailed token once; the second use is a 400", async () => {
    const body = newRegistration("verify");
    await register(body);
    const [mail] = await outbox(body.email, "verify-email");
    const first = await call(`${deployment.auth}/verify-email`, { json: { token: mail?.token } });
    const second = await call(`${deployment.auth}/verify-email`, { json: { token: mail?.token } });
    expect([first.status, first.json()]).toEqual([200, { success: true }]);
    expect([second.status, second.json()]).toEqual([400, { success: false, error: "Invalid or expired token" }]);
  });
});

describe("POST /api/auth/resend-verification", () => {
  test("mails a new token to an unverified user only, and answers success for anyone (AJ12)", async () => {
    const body = newRegistration("resend");
    await register(body);
    const resend = (email: string) => call(`${deployment.auth}/resend-verification`, { json: { email } });
    expect((await resend(body.email)).json()).toEqual({ success: true });
    const mails = await outbox(body.email, "verify-email");
    expect(mails).toHaveLength(2);
    await call(`${deployment.auth}/verify-email`, { json: { token: mails[1]?.token } });
    expect((await resend(body.email)).json()).toEqual({ success: true });
    expect((await resend("t-nobody@example.test")).json()).toEqual({ success: true });
    expect(await outbox(body.email, "verify-email")).toHaveLength(2);
    expect(await outbox("t-nobody@example.test", "verify-email")).toHaveLength(0);
  });
});

describe("POST /api/auth/forgot-password and /reset-password", () => {
  test("resets the password with the mailed token: the old one stops working, the new one signs in", async () => {
    const body = newRegistration("reset");
    await register(body);
    expect((await call(`${deployment.auth}/forgot-password`, { json: { email: body.email } })).json()).toEqual({ success: true });
    const [mail] = await outbox(body.email, "reset-password");
    expect(mail?.url).toBe(`${deployment.running.base}/reset-password?token=${mail?.token}`);
    const tooShort = await call(`${deployment.auth}/reset-password`, { json: { token: mail?.token, password: "12345" } });
    expect(tooShort.json()).toEqual({ success: false, error: "Validation failed", details: [{ path: "password", message: expect.any(String) }] });
    const reset = await call(`${deployment.auth}/reset-password`, { json: { token: mail?.token, password: "a-new-password" } });
    expect([reset.status, reset.json()]).toEqual([200, { success: true }]);
    expect(await signInStatus(body.email, body.password)).toBe("refused");
    expect(await signInStatus(body.email, "a-new-password")).toBe("signed in");
    const reused = await call(`${deployment.auth}/reset-password`, { json: { token: mail?.token, password: "another-one" } });
    expect([reused.status, reused.json()]).toEqual([400, { success: false, error: "Invalid or expired token" }]);
  });

  test("answers success for an unknown email and mails nothing (AJ12)", async () => {
    const answer = await call(`${deployment.auth}/forgot-password`, { json: { email: "t-unknown@example.test" } });
    expect([answer.status, answer.json()]).toEqual([200, { success: true }]);
    expect(await outbox("t-unknown@example.test", "reset-password")).toEqual([]);
  });

  test("refuses a verification token as a reset token", async () => {
    const body = newRegistration("kind");
    await register(body);
    const [mail] = await outbox(body.email, "verify-email");
    const answer = await call(`${deployment.auth}/reset-password`, { json: { token: mail?.token, password: "a-new-password" } });
    expect(answer.status).toBe(400);
  });
});

describe("DELETE /__dev/organizations/{id} (AJ15)", () => {
  test("deletes the organization and its admin, so the admin no longer signs in; a second delete is a 404", async () => {
    const body = newRegistration("delete");
    const { organization } = (await register(body)).json() as { organization: { id: string } };
    expect(await signInStatus(body.email, body.password)).toBe("signed in");
    expect((await call(`${deployment.running.base}/__dev/organizations/${organization.id}`, { method: "DELETE" })).status).toBe(204);
    expect(await signInStatus(body.email, body.password)).toBe("refused");
    const again = await call(`${deployment.running.base}/__dev/organizations/${organization.id}`, { method: "DELETE" });
    expect([again.status, again.json()]).toEqual([404, { success: false, error: "Not found" }]);
  });
});
