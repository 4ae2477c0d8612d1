// Seed 004's email flows on real Better Auth: what the library answers where the document says
// otherwise is decided in ../decisions/ (GB numbers cited per test).
import { expect, test } from "vitest";
import { TEST_FRONTEND, useTestGenericReference } from "./testing/start-test-generic-reference.ts";
import { call, cookieHeader, setCookieShapes, uniqueEmail } from "./testing/wire.ts";

const PASSWORD = "securepassword123";
const SESSION_COOKIE = "better-auth.session_token=<value>; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax";
const EXPIRED = ["session_token", "session_data", "dont_remember"].map((name) => `better-auth.${name}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`);

const deployment = useTestGenericReference();

type OutboxMail = { kind: string; url: string; token: string };
async function outbox(email: string): Promise<OutboxMail[]> {
  return (await (await call(`${deployment.running.base}/__dev/outbox?to=${encodeURIComponent(email)}`)).json()) as OutboxMail[];
}

async function signUp(email: string) {
  return call(`${deployment.auth}/sign-up/email`, { body: { email, password: PASSWORD, name: "Jane Doe" } });
}

/** A verified user: signs up and follows the emailed link; returns the session cookie the link sets. */
async function verifiedUser(tag: string) {
  const email = uniqueEmail(tag);
  expect((await signUp(email)).status).toBe(200);
  const [mail] = await outbox(email);
  const verified = await call(mail!.url, { origin: null });
  return { email, cookie: cookieHeader(verified) };
}

test("get-session answers 200 null when signed out, and /session is Better Auth's 404 (GB1, GB2)", async () => {
  const signedOut = await call(`${deployment.auth}/get-session`);
  expect(signedOut.status).toBe(200);
  expect(await signedOut.text()).toBe("null");
  expect(signedOut.headers.getSetCookie()).toEqual([]);
  expect(signedOut.headers.get("cache-control")).toBe("no-store");
  const session = await call(`${deployment.auth}/session`);
  expect(session.status).toBe(404);
  expect(await session.text()).toBe("");
});

test("sign-up answers {token: null, user} with plan free and no cookie, and mails a verification link (GB7)", async () => {
  const email = uniqueEmail("signup");
  const response = await signUp(email);
  expect(response.status).toBe(200);
  expect(response.headers.getSetCookie()).toEqual([]);
  const body = await response.json();
  expect(body).toEqual({
    token: null,
    user: {
      id: expect.any(String), name: "Jane Doe", email, emailVerified: false, image: null,
      createdAt: expect.any(String), updatedAt: expect.any(String), plan: "free",
    },
  });
  const mails = await outbox(email);
  expect(mails).toHaveLength(1);
  expect(mails[0]!.kind).toBe("verify-email");
  expect(mails[0]!.url).toBe(`${deployment.auth}/verify-email?token=${mails[0]!.token}&callbackURL=%2F`);
});

test("plan is not input: sign-up drops it silently, update-user refuses it with 400 FIELD_NOT_ALLOWED (GB11)", async () => {
  const response = await call(`${deployment.auth}/sign-up/email`, { body: { email: uniqueEmail("plan"), password: PASSWORD, name: "P", plan: "pro" } });
  expect(response.status).toBe(200);
  expect((await response.json()).user.plan).toBe("free");
  const { cookie } = await verifiedUser("plan-update");
  const update = await call(`${deployment.auth}/update-user`, { body: { plan: "pro" }, cookie });
  expect(update.status).toBe(400);
  expect(await update.json()).toEqual({ message: "plan is not allowed to be set", code: "FIELD_NOT_ALLOWED" });
});

test("a second sign-up with the same email answers 200 with a made-up user and sends nothing (GB8)", async () => {
  const email = uniqueEmail("twice");
  const first = await (await signUp(email)).json();
  const second = await signUp(email);
  expect(second.status).toBe(200);
  const body = await second.json();
  expect(body.token).toBeNull();
  expect(body.user.email).toBe(email);
  expect(body.user.id).not.toBe(first.user.id);
  expect(await outbox(email)).toHaveLength(1);
  const accounts = await deployment.running.database.pool.query(`select count(*)::int as n from "user" where email = $1`, [email]);
  expect(accounts.rows[0].n).toBe(1);
});

test("sign-in before verification is 403 EMAIL_NOT_VERIFIED; a wrong password and an unknown user are both 401 INVALID_EMAIL_OR_PASSWORD (GB10)", async () => {
  const email = uniqueEmail("unverified");
  await signUp(email);
  const unverified = await call(`${deployment.auth}/sign-in/email`, { body: { email, password: PASSWORD } });
  expect(unverified.status).toBe(403);
  expect(await unverified.json()).toEqual({ message: "Email not verified", code: "EMAIL_NOT_VERIFIED" });
  const { email: verified } = await verifiedUser("wrongpw");
  for (const body of [{ email: verified, password: "wrongpassword123" }, { email: uniqueEmail("nobody"), password: PASSWORD }]) {
    const response = await call(`${deployment.auth}/sign-in/email`, { body });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: "Invalid email or password", code: "INVALID_EMAIL_OR_PASSWORD" });
  }
});

test("the emailed GET link verifies, signs in and redirects to callbackURL; POST /verify-email is 404 (GB6)", async () => {
  const email = uniqueEmail("verify");
  await signUp(email);
  const [mail] = await outbox(email);
  const post = await call(`${deployment.auth}/verify-email`, { body: { token: mail!.token } });
  expect(post.status).toBe(404);
  const verified = await call(mail!.url, { origin: null });
  expect(verified.status).toBe(302);
  expect(verified.headers.get("location")).toBe("/");
  expect(setCookieShapes(verified)).toEqual([SESSION_COOKIE]);
  const session = await (await call(`${deployment.auth}/get-session`, { cookie: cookieHeader(verified) })).json();
  expect(session.user).toMatchObject({ email, emailVerified: true, plan: "free" });
  // The link again: still a redirect, no new session.
  const again = await call(mail!.url, { origin: null });
  expect(again.status).toBe(302);
  expect(again.headers.getSetCookie()).toEqual([]);
  const bogus = await call(`${deployment.auth}/verify-email?token=bogus`, { origin: null });
  expect(bogus.status).toBe(401);
  expect(await bogus.json()).toEqual({ message: "Invalid token", code: "INVALID_TOKEN" });
});

test("sign-in answers {redirect: false, token, user} with the session cookie; get-session carries plan (GB1, GB9)", async () => {
  const { email } = await verifiedUser("signin");
  const response = await call(`${deployment.auth}/sign-in/email`, { body: { email, password: PASSWORD } });
  expect(response.status).toBe(200);
  expect(setCookieShapes(response)).toEqual([SESSION_COOKIE]);
  const body = await response.json();
  expect(Object.keys(body).sort()).toEqual(["redirect", "token", "user"]);
  expect(body.redirect).toBe(false);
  expect(body.user).toMatchObject({ email, plan: "free", emailVerified: true });
  const session = await call(`${deployment.auth}/get-session`, { cookie: cookieHeader(response) });
  const read = await session.json();
  expect(Object.keys(read).sort()).toEqual(["session", "user"]);
  expect(read.session).toMatchObject({ token: body.token, userId: body.user.id, id: expect.any(String), expiresAt: expect.any(String) });
  expect(read.user.plan).toBe("free");
  const withCallback = await call(`${deployment.auth}/sign-in/email`, { body: { email, password: PASSWORD, callbackURL: "/dashboard" } });
  expect(withCallback.headers.get("location")).toBe("/dashboard");
  expect(await withCallback.json()).toMatchObject({ redirect: true, url: "/dashboard", token: expect.any(String) });
  const forgetful = await call(`${deployment.auth}/sign-in/email`, { body: { email, password: PASSWORD, rememberMe: false } });
  expect(setCookieShapes(forgetful)).toEqual([
    "better-auth.session_token=<value>; Path=/; HttpOnly; SameSite=Lax",
    "better-auth.dont_remember=<value>; Path=/; HttpOnly; SameSite=Lax",
  ]);
});

test("sign-out answers {success: true} and expires every session cookie, signed in or not (GB13)", async () => {
  const { cookie } = await verifiedUser("signout");
  for (const init of [{ cookie }, {}]) {
    const response = await call(`${deployment.auth}/sign-out`, { method: "POST", ...init });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true });
    expect(response.headers.getSetCookie()).toEqual(EXPIRED);
  }
  const after = await call(`${deployment.auth}/get-session`, { cookie });
  expect(await after.text()).toBe("null");
});

test("send-verification-email answers {status: true} for any address (GB6)", async () => {
  for (const email of [uniqueEmail("resend"), (await verifiedUser("resend-verified")).email]) {
    const response = await call(`${deployment.auth}/send-verification-email`, { body: { email } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: true });
  }
});

test("/forget-password is 404; /request-password-reset mails a link that redirects to redirectTo with the token; the token works once (GB5)", async () => {
  const { email, cookie } = await verifiedUser("reset");
  expect((await call(`${deployment.auth}/forget-password`, { body: { email, redirectTo: "/reset-password" } })).status).toBe(404);
  const request = await call(`${deployment.auth}/request-password-reset`, { body: { email, redirectTo: `${TEST_FRONTEND}/reset-password` } });
  expect(request.status).toBe(200);
  expect(await request.json()).toEqual({ status: true, message: "If this email exists in our system, check your email for the reset link" });
  const mail = (await outbox(email)).find((each) => each.kind === "reset-password")!;
  const link = await call(mail.url, { origin: null });
  expect(link.status).toBe(302);
  expect(link.headers.get("location")).toBe(`${TEST_FRONTEND}/reset-password?token=${mail.token}`);
  const reset = () => call(`${deployment.auth}/reset-password`, { body: { token: mail.token, newPassword: "newsecurepassword123" } });
  const first = await reset();
  expect(first.status).toBe(200);
  expect(await first.json()).toEqual({ status: true });
  const second = await reset();
  expect(second.status).toBe(400);
  expect(await second.json()).toEqual({ message: "Invalid token", code: "INVALID_TOKEN" });
  // revokeSessionsOnPasswordReset is off: the session from before the reset still reads.
  expect((await (await call(`${deployment.auth}/get-session`, { cookie })).json()).user.email).toBe(email);
  expect((await call(`${deployment.auth}/sign-in/email`, { body: { email, password: "newsecurepassword123" } })).status).toBe(200);
});

test("an unknown address gets the same reset answer and no mail (GB5)", async () => {
  const email = uniqueEmail("ghost");
  const response = await call(`${deployment.auth}/request-password-reset`, { body: { email } });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: true, message: "If this email exists in our system, check your email for the reset link" });
  expect(await outbox(email)).toEqual([]);
});

test("an expired session reads as 200 null and its cookies are expired: no SESSION_EXPIRED on the wire (GB10)", async () => {
  const { cookie } = await verifiedUser("expired");
  const token = /better-auth\.session_token=([^.;]+)/.exec(cookie)![1];
  await deployment.running.database.pool.query(`update "session" set "expiresAt" = now() - interval '1 minute' where "token" = $1`, [token]);
  const response = await call(`${deployment.auth}/get-session`, { cookie });
  expect(response.status).toBe(200);
  expect(await response.text()).toBe("null");
  expect(response.headers.getSetCookie()).toEqual(EXPIRED);
  const listed = await call(`${deployment.auth}/list-sessions`, { cookie });
  expect(listed.status).toBe(401);
  expect(await listed.json()).toEqual({ message: "Unauthorized", code: "UNAUTHORIZED" });
});
