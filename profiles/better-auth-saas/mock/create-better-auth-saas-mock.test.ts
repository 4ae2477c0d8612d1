import { createRemoteJWKSet, customFetch, jwtVerify } from "jose";
import { expect, test } from "vitest";
import { browserLikeClient } from "#mocks/engines/testing/browser-like-client";
import { createBetterAuthSaasMock } from "./create-better-auth-saas-mock.ts";

const ADA = { email: "ada@example.com", password: "analytical-engine-1843", name: "Ada Lovelace" };

test("seeds subscriptions from the option, by email in any case, and puts them back on reset", async () => {
  const mock = createBetterAuthSaasMock({ log: () => {}, subscriptions: { "Ada@Example.com": "trial", "lin@example.com": { state: "subscribed", productId: "prod_teams_yearly" } } });
  const browser = browserLikeClient(mock.fetch);
  await browser.post("/api/auth/sign-up/email", ADA);
  expect((await (await browser.send("/api/auth/get-session")).json()).subscription).toEqual({ isSubscribed: true, productId: "prod_pro_monthly", status: "trialing" });
  await browser.post("/__dev/subscriptions", { email: ADA.email, state: "none" });
  expect((await (await browser.send("/api/auth/get-session")).json()).subscription).toEqual({ isSubscribed: false, productId: null, status: "none" });
  await mock.reset();
  const again = browserLikeClient(mock.fetch);
  await again.post("/api/auth/sign-up/email", ADA);
  expect((await (await again.send("/api/auth/get-session")).json()).subscription.status).toBe("trialing");
});

test("refuses a seed that is not one with 400 and says what to send", async () => {
  const mock = createBetterAuthSaasMock({ log: () => {} });
  const browser = browserLikeClient(mock.fetch);
  const answer = await browser.post("/__dev/subscriptions", { email: ADA.email, state: "gold" });
  expect(answer.status).toBe(400);
  expect((await answer.json()).error).toMatch(/"state" "gold" is unknown; send \{"email"/);
  expect((await browser.post("/__dev/subscriptions", { email: ADA.email, state: "none", productId: "prod_x" })).status).toBe(400);
  expect((await browser.send("/__dev/subscriptions")).status).toBe(405);
});

test("issues a JWT that jose verifies against the mock's own JWKS, and one signed by another mock's key it refuses", async () => {
  const mock = createBetterAuthSaasMock({ log: () => {} });
  const other = createBetterAuthSaasMock({ log: () => {} });
  const tokenOf = async (fetch: typeof mock.fetch) => {
    const browser = browserLikeClient(fetch);
    await browser.post("/api/auth/sign-up/email", ADA);
    return String((await (await browser.send("/api/auth/token")).json()).token);
  };
  const jwks = createRemoteJWKSet(new URL("http://localhost:4000/api/auth/jwks"), { [customFetch]: (url: string) => mock.fetch(new Request(url)) });
  const { payload } = await jwtVerify(await tokenOf(mock.fetch), jwks, { issuer: "http://localhost:4000", audience: "http://localhost:4000" });
  expect(payload.exp! - payload.iat!).toBe(3600);
  await expect(jwtVerify(await tokenOf(other.fetch), jwks)).rejects.toThrow(/no applicable key found|signature/i);
});
