// RESET: password reset by email (the seed's /forget-password is Better Auth's
// /request-password-reset). The request answers alike for any address; the emailed link redirects
// to the app with the token; the token sets a new password once.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { newIdentity } from "#targets/identities";
import { bodyOf, lastMail, locationOf, pathOf, verifiedUser } from "../profile-states.ts";

const SAME_ANSWER = { status: true, message: "If this email exists in our system, check your email for the reset link" };

describe("POST /api/auth/request-password-reset", () => {
  check("RESET-REQUEST-SAME-ANSWER", "answers a registered and an unknown address alike, and emails only the registered one", async ({ given, actor, target }) => {
    const { identity } = await given(verifiedUser("reset"));
    const unknown = newIdentity("nobody").email;
    const known = await actor("visitor").request("/api/auth/request-password-reset", { json: { email: identity.email, redirectTo: "/reset-password" } });
    const other = await actor("visitor 2").request("/api/auth/request-password-reset", { json: { email: unknown, redirectTo: "/reset-password" } });
    expect(bodyOf(known, "requestPasswordReset", 200)).toEqual(SAME_ANSWER);
    expect(bodyOf(other, "requestPasswordReset", 200)).toEqual(SAME_ANSWER);
    expect((await target.mailbox(identity.email)).filter((mail) => mail.kind === "reset-password")).toHaveLength(1);
    expect(await target.mailbox(unknown)).toEqual([]);
  }, { requires: ["mailbox"] });
});

describe("GET /api/auth/reset-password/{token}", () => {
  check("RESET-LINK-REDIRECTS", "redirects the emailed link to redirectTo with ?token=, and a made-up token with ?error=INVALID_TOKEN", async ({ given, actor, target }) => {
    const { identity } = await given(verifiedUser("reset link"));
    await actor("visitor").request("/api/auth/request-password-reset", { json: { email: identity.email, redirectTo: "/reset-password" } });
    const mail = await lastMail(target, identity.email, "reset-password");
    const link = await actor("browser").request(pathOf(mail.url));
    expect(link.status).toBe(302);
    expect(locationOf(link, target).pathname).toBe("/reset-password");
    expect(locationOf(link, target).searchParams.get("token")).toBe(mail.token);
    const made = await actor("browser 2").request("/api/auth/reset-password/not-a-token?callbackURL=%2Freset-password");
    expect(made.status).toBe(302);
    expect(locationOf(made, target).searchParams.get("error")).toBe("INVALID_TOKEN");
  }, { requires: ["mailbox"] });
});

describe("POST /api/auth/reset-password", () => {
  check("RESET-SETS-PASSWORD", "sets the new password with the emailed token: the old one then fails (401), the new one signs in, and the token is spent", async ({ given, actor, target }) => {
    const { identity } = await given(verifiedUser("new password"));
    await actor("visitor").request("/api/auth/request-password-reset", { json: { email: identity.email, redirectTo: "/reset-password" } });
    const { token } = await lastMail(target, identity.email, "reset-password");
    const newPassword = "a-new-password-123";
    expect(bodyOf(await actor("browser").request("/api/auth/reset-password", { json: { token, newPassword } }), "resetPassword", 200)).toEqual({ status: true });
    expect((await actor("old").request("/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password } })).status).toBe(401);
    bodyOf(await actor("new").request("/api/auth/sign-in/email", { json: { email: identity.email, password: newPassword } }), "signInEmail", 200);
    const again = await actor("browser 2").request("/api/auth/reset-password", { json: { token, newPassword: "yet-another-password-1" } });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ code: "INVALID_TOKEN", message: "Invalid token" });
  }, { requires: ["mailbox"] });
});
