// PROVIDERS: the one sign-in provider, Credentials, with its sign-in and callback URLs on the target.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { bodyOf } from "../profile-states.ts";

describe("GET /api/auth/providers", () => {
  check("PROVIDERS-CREDENTIALS", "lists only credentials, with its callback URL at /api/auth/callback/credentials on the target", async ({ actor, target }) => {
    const providers = bodyOf(await actor("client").request("/api/auth/providers"), "getProviders", 200);
    expect(Object.keys(providers)).toEqual(["credentials"]);
    expect(providers.credentials).toMatchObject({ id: "credentials", type: "credentials" });
    expect(new URL(providers.credentials.callbackUrl).pathname).toBe("/api/auth/callback/credentials");
    expect(new URL(providers.credentials.callbackUrl).origin).toBe(new URL(target.baseUrl).origin);
  });
});
