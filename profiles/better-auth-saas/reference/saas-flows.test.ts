// Seed 003 on real Better Auth + PostgreSQL: the wire each decision quotes (BS numbers per test).
import { createRemoteJWKSet, jwtVerify } from "jose";
import { expect, test } from "vitest";
import { JWT_LIFETIME_SECONDS } from "../config/auth-options.ts";
import { call, cookieHeader, uniqueEmail } from "../../generic-better-auth/reference/testing/wire.ts";
import { useTestSaasReference } from "./testing/start-test-saas-reference.ts";

const PASSWORD = "securePassword123";
const deployment = useTestSaasReference();

type OutboxMail = { kind: string; url: string; token: string };
async function outbox(email: string): Promise<OutboxMail[]> {
  return (await (await call(`${deployment.running.base}/__dev/outbox?to=${encodeURIComponent(email)}`)).json()) as OutboxMail[];
}

async function signUp(email: string) {
  const answer = await call(`${deployment.auth}/sign-up/email`, { body: { email, password: PASSWORD, name: "John Doe" } });
  return { answer, cookie: cookieHeader(answer) };
}

async function verifiedUser(tag: string) {
  const email = uniqueEmail(tag);
  await signUp(email);
  const [mail] = await outbox(email);
  return { email, cookie: cookieHeader(await call(mail!.url, { origin: null })) };
}

test("sign-up signs in and answers {token, user} in camelCase, no session object (BS03, BS09, BS10)", async () => {
  const { answer, cookie } = await signUp(uniqueEmail("signup"));
  const body = await answer.json();
  expect(answer.status).toBe(200);
  expect(Object.keys(body).sort()).toEqual(["token", "user"]);
  expect(Object.keys(body.user).sort()).toEqual(["createdAt", "email", "emailVerified", "id", "image", "name", "updatedAt"]);
  expect(cookie).toContain("better-auth.session_token=");
});

test("a taken email is 422 USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL, an invalid one 400 VALIDATION_ERROR (BS11, BS12, BS02)", async () => {
  const email = uniqueEmail("taken");
  await signUp(email);
  const again = (await signUp(email)).answer;
  expect([again.status, await again.json()]).toEqual([422, { message: "User already exists. Use another email.", code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" }]);
  const invalid = (await signUp("not-an-email")).answer;
  expect([invalid.status, await invalid.json()]).toEqual([400, { message: "[body.email] Invalid email address", code: "VALIDATION_ERROR" }]);
});

test("sign-in of an unverified user signs in and sends the verification email again; the organization is refused (BS03, BS04)", async () => {
  const email = uniqueEmail("unverified");
  await signUp(email);
  const signIn = await call(`${deployment.auth}/sign-in/email`, { body: { email, password: PASSWORD } });
  expect(signIn.status).toBe(200);
  expect((await outbox(email)).map((mail) => mail.kind)).toEqual(["verify-email", "verify-email"]);
  const create = await call(`${deployment.auth}/organization/create`, { body: { name: "Acme", slug: `acme-${Date.now()}` }, cookie: cookieHeader(signIn) });
  expect([create.status, await create.json()]).toEqual([403, { message: "You are not allowed to create a new organization", code: "YOU_ARE_NOT_ALLOWED_TO_CREATE_A_NEW_ORGANIZATION" }]);
});

test("get-session carries the subscription from the table, seeded through /__dev/subscriptions (BS05)", async () => {
  const { email, cookie } = await verifiedUser("paywall");
  const read = async () => (await (await call(`${deployment.auth}/get-session`, { cookie })).json()).subscription;
  expect(await read()).toEqual({ isSubscribed: false, productId: null, status: "none" });
  await call(`${deployment.running.base}/__dev/subscriptions`, { body: { email, state: "trial" } });
  expect(await read()).toEqual({ isSubscribed: true, productId: "prod_pro_monthly", status: "trialing" });
  await call(`${deployment.running.base}/__dev/subscriptions`, { body: { email, state: "subscribed", productId: "prod_teams_yearly" } });
  expect(await read()).toEqual({ isSubscribed: true, productId: "prod_teams_yearly", status: "active" });
  const bad = await call(`${deployment.running.base}/__dev/subscriptions`, { body: { email, state: "gold" } });
  expect(bad.status).toBe(400);
});

test("GET /token's JWT and get-session's set-auth-jwt verify with jose against /jwks: EdDSA, one hour; POST /token is 404 (BS07, BS08, BS13)", async () => {
  const { cookie } = await verifiedUser("jwt");
  const jwks = createRemoteJWKSet(new URL(`${deployment.auth}/jwks`));
  const { token } = await (await call(`${deployment.auth}/token`, { cookie })).json();
  const { payload, protectedHeader } = await jwtVerify(token, jwks, { issuer: deployment.running.base, audience: deployment.running.base });
  expect(protectedHeader.alg).toBe("EdDSA");
  expect(payload.exp! - payload.iat!).toBe(JWT_LIFETIME_SECONDS);
  const header = (await call(`${deployment.auth}/get-session`, { cookie })).headers.get("set-auth-jwt");
  expect((await jwtVerify(header!, jwks)).payload.sub).toBe(payload.sub);
  const post = await call(`${deployment.auth}/token`, { body: {}, cookie });
  expect(post.status).toBe(404);
});

test("/forget-password is 404; /request-password-reset answers {status, message}; verify-email without callbackURL {status, user} (BS01, BS06)", async () => {
  const email = uniqueEmail("reset");
  await signUp(email);
  expect((await call(`${deployment.auth}/forget-password`, { body: { email, redirectTo: "/dashboard" } })).status).toBe(404);
  const reset = await call(`${deployment.auth}/request-password-reset`, { body: { email, redirectTo: "/dashboard" } });
  expect(await reset.json()).toEqual({ status: true, message: "If this email exists in our system, check your email for the reset link" });
  const [mail] = await outbox(email);
  const verify = await call(`${deployment.auth}/verify-email?token=${mail!.token}`, { origin: null });
  expect(verify.status).toBe(200);
  expect(await verify.json()).toMatchObject({ status: true });
});

test("the 429 of a fourth sign-in in 10 s is {message} without a code (BS12, BS14)", async () => {
  const headers = { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "203.0.113.77" };
  const body = JSON.stringify({ email: uniqueEmail("rate"), password: "wrong-password-0" });
  const statuses = [];
  let last: Response | undefined;
  for (let i = 0; i < 4; i++) {
    last = await fetch(`${deployment.auth}/sign-in/email`, { method: "POST", headers, body });
    statuses.push(last.status);
  }
  expect(statuses).toEqual([401, 401, 401, 429]);
  expect(await last!.json()).toEqual({ message: "Too many requests. Please try again later." });
});
