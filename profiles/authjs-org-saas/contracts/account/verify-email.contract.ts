// VERIFY: the document's email verification. The emailed token verifies once; an unknown or spent
// token is a 400 (AJ09). Resending sends a new link to a registered, unverified user only, and
// answers everyone the same (AJ12).
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { MESSAGES } from "#profiles/authjs-org-saas/config/organization-rules";
import { bodyOf, lastMail, registeredAdmin } from "../profile-states.ts";

describe("POST /api/auth/verify-email", () => {
  check("VERIFY-EMAIL-TOKEN-ONCE", "verifies with the emailed token (200 {success: true}) and refuses the same token again with 400", async ({ given, target }) => {
    const { actor, identity } = await given(registeredAdmin("verify"));
    const { token } = await lastMail(target, identity.email, "verify-email");
    expect(bodyOf(await actor.request("/api/auth/verify-email", { json: { token } }), "verifyEmail", 200)).toEqual({ success: true });
    expect(bodyOf(await actor.request("/api/auth/verify-email", { json: { token } }), "verifyEmail", 400)).toEqual({ success: false, error: MESSAGES.invalidToken });
  }, { requires: ["mailbox"] });

  check("VERIFY-EMAIL-UNKNOWN-TOKEN", "refuses a token it never issued with 400 Invalid or expired token", async ({ actor }) => {
    const exchange = await actor("guesser").request("/api/auth/verify-email", { json: { token: "not-a-token-it-issued" } });
    expect(bodyOf(exchange, "verifyEmail", 400)).toEqual({ success: false, error: MESSAGES.invalidToken });
  });

  check("VERIFY-EMAIL-NO-TOKEN", "refuses a body without a token with 400 and details naming token", async ({ actor }) => {
    const refused = bodyOf(await actor("client").request("/api/auth/verify-email", { json: {} }), "verifyEmail", 400);
    expect(refused.details?.map((detail) => detail.path)).toEqual(["token"]);
  });
});

describe("POST /api/auth/resend-verification", () => {
  check("RESEND-NEW-LINK", "sends an unverified user a new link (another token) that verifies", async ({ given, target }) => {
    const { actor, identity } = await given(registeredAdmin("resend"));
    const first = await lastMail(target, identity.email, "verify-email");
    expect(bodyOf(await actor.request("/api/auth/resend-verification", { json: { email: identity.email } }), "resendVerification", 200)).toEqual({ success: true });
    const second = await lastMail(target, identity.email, "verify-email");
    expect(second.token).not.toBe(first.token);
    expect(bodyOf(await actor.request("/api/auth/verify-email", { json: { token: second.token } }), "verifyEmail", 200)).toEqual({ success: true });
  }, { requires: ["mailbox"] });

  check("RESEND-SAME-ANSWER", "answers an unknown email and a verified user {success: true} and sends neither a link (AJ12)", async ({ given, actor, target }) => {
    const { actor: admin, identity } = await given(registeredAdmin("verified"));
    await admin.request("/api/auth/verify-email", { json: { token: (await lastMail(target, identity.email, "verify-email")).token } });
    expect(bodyOf(await admin.request("/api/auth/resend-verification", { json: { email: identity.email } }), "resendVerification", 200)).toEqual({ success: true });
    expect((await target.mailbox(identity.email)).filter((mail) => mail.kind === "verify-email")).toHaveLength(1);
    const unknown = "t-nobody-resend@example.test";
    expect(bodyOf(await actor("stranger").request("/api/auth/resend-verification", { json: { email: unknown } }), "resendVerification", 200)).toEqual({ success: true });
    expect(await target.mailbox(unknown)).toEqual([]);
  }, { requires: ["mailbox"] });
});
