// PASSWORD: forgot and reset. forgot-password answers {success: true} for any well-formed address
// and mails only a registered user (AJ12); the emailed token sets a new password of 6–100
// characters once, after which only the new password signs in.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { MESSAGES } from "#profiles/authjs-org-saas/config/organization-rules";
import { authjsCookieNames, bodyOf, lastMail, locationOf, registeredAdmin, signInWith } from "../profile-states.ts";
import { setCookiesNamed } from "#contracts/states/account";

describe("POST /api/auth/forgot-password", () => {
  check("FORGOT-ALWAYS-SUCCESS", "answers an unknown email {success: true} and sends nothing", async ({ actor, target }) => {
    const unknown = "t-nobody-forgot@example.test";
    expect(bodyOf(await actor("stranger").request("/api/auth/forgot-password", { json: { email: unknown } }), "forgotPassword", 200)).toEqual({ success: true });
    if (target.capabilities.mailbox) expect(await target.mailbox(unknown)).toEqual([]);
  });

  check("FORGOT-SENDS-RESET", "sends a registered user a reset email whose link carries its token", async ({ given, target }) => {
    const { actor, identity } = await given(registeredAdmin("forgot"));
    expect(bodyOf(await actor.request("/api/auth/forgot-password", { json: { email: identity.email.toUpperCase() } }), "forgotPassword", 200)).toEqual({ success: true });
    const mail = await lastMail(target, identity.email, "reset-password");
    expect(new URL(mail.url).searchParams.get("token")).toBe(mail.token);
  }, { requires: ["mailbox"] });

  check("FORGOT-INVALID-EMAIL", "refuses a body whose email is not an address with 400 naming email", async ({ actor }) => {
    const refused = bodyOf(await actor("client").request("/api/auth/forgot-password", { json: { email: "not-an-address" } }), "forgotPassword", 400);
    expect(refused.details?.map((detail) => detail.path)).toEqual(["email"]);
  });
});

describe("POST /api/auth/reset-password", () => {
  check("RESET-PASSWORD-ONCE", "sets the new password with the emailed token; the old one no longer signs in, the new one does, and the token is spent", async ({ given, actor, target }) => {
    const { actor: admin, identity } = await given(registeredAdmin("reset"));
    await admin.request("/api/auth/forgot-password", { json: { email: identity.email } });
    const { token } = await lastMail(target, identity.email, "reset-password");
    const password = `${identity.password}-new`;
    expect(bodyOf(await admin.request("/api/auth/reset-password", { json: { token, password } }), "resetPassword", 200)).toEqual({ success: true });
    const old = await signInWith(actor("old password"), identity);
    expect(locationOf(old, target).searchParams.get("error")).toBe("CredentialsSignin");
    const renewed = await signInWith(actor("new password"), { email: identity.email, password });
    expect(setCookiesNamed(renewed, authjsCookieNames(target).session)).toHaveLength(1);
    expect(bodyOf(await admin.request("/api/auth/reset-password", { json: { token, password: "another-password" } }), "resetPassword", 400)).toEqual({ success: false, error: MESSAGES.invalidToken });
  }, { requires: ["mailbox"] });

  check("RESET-PASSWORD-LENGTH", "refuses a password of 5 or 101 characters with 400 naming password, before looking at the token", async ({ actor }) => {
    const client = actor("client");
    for (const length of [5, 101]) {
      const refused = bodyOf(await client.request("/api/auth/reset-password", { json: { token: "any-token", password: "x".repeat(length) } }), "resetPassword", 400);
      expect(refused.details?.map((detail) => detail.path), `${length} characters`).toEqual(["password"]);
    }
  });

  check("RESET-PASSWORD-UNKNOWN-TOKEN", "refuses a token it never issued with 400 Invalid or expired token", async ({ actor }) => {
    const exchange = await actor("guesser").request("/api/auth/reset-password", { json: { token: "not-a-token-it-issued", password: "a-good-password" } });
    expect(bodyOf(exchange, "resetPassword", 400)).toEqual({ success: false, error: MESSAGES.invalidToken });
  });
});
