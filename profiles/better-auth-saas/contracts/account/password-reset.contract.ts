// RESET: password reset by email. The seed's /forget-password {email, redirectTo} is Better Auth's
// /request-password-reset (BS01); the emailed link lands on redirectTo with the token; the token
// sets a new password once.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { latestMail, pathOf } from "#contracts/states/account";
import { newIdentity } from "#targets/identities";
import { reportDifference } from "../document-differences.ts";
import { bodyOf, verifiedUser } from "../profile-states.ts";

const SAME_ANSWER = { status: true, message: "If this email exists in our system, check your email for the reset link" };

describe("POST /api/auth/request-password-reset", () => {
  check("RESET-REQUEST-REDIRECT-TO", "answers a registered and an unknown address alike and emails a link that lands on redirectTo with the token; /forget-password is 404 (BS01)", async (context) => {
    const { identity } = await context.given(verifiedUser("reset"));
    const forget = await context.actor("visitor").request("/api/auth/forget-password", { json: { email: identity.email, redirectTo: "/dashboard" }, operationId: null });
    expect(forget.status).toBe(404);
    const known = await context.actor("visitor 2").request("/api/auth/request-password-reset", { json: { email: identity.email, redirectTo: "/dashboard" } });
    const other = await context.actor("visitor 3").request("/api/auth/request-password-reset", { json: { email: newIdentity("nobody").email, redirectTo: "/dashboard" } });
    expect(bodyOf(known, "requestPasswordReset", 200)).toEqual(SAME_ANSWER);
    expect(bodyOf(other, "requestPasswordReset", 200)).toEqual(SAME_ANSWER);
    const mail = await latestMail(context.target, identity.email, "reset-password");
    const link = await context.actor("browser").request(pathOf(mail.url));
    expect(link.status).toBe(302);
    const landing = new URL(link.headers.get("location") ?? "", context.target.baseUrl);
    expect([landing.pathname, landing.searchParams.get("token")]).toEqual(["/dashboard", mail.token]);
    reportDifference(context, "BS01");
  }, { requires: ["mailbox"] });
});

describe("POST /api/auth/reset-password", () => {
  check("RESET-SETS-PASSWORD", "sets the new password with the emailed token ({status: true}, BS06): the old one then fails (401), the new one signs in, and the token is spent", async (context) => {
    const { identity } = await context.given(verifiedUser("new password"));
    await context.actor("visitor").request("/api/auth/request-password-reset", { json: { email: identity.email, redirectTo: "/dashboard" } });
    const { token } = await latestMail(context.target, identity.email, "reset-password");
    const newPassword = "a-new-password-123";
    expect(bodyOf(await context.actor("browser").request("/api/auth/reset-password", { json: { token, newPassword } }), "resetPassword", 200)).toEqual({ status: true });
    expect((await context.actor("old").request("/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password } })).status).toBe(401);
    bodyOf(await context.actor("new").request("/api/auth/sign-in/email", { json: { email: identity.email, password: newPassword } }), "signInEmail", 200);
    const again = await context.actor("browser 2").request("/api/auth/reset-password", { json: { token, newPassword: "yet-another-password-1" } });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ code: "INVALID_TOKEN", message: "Invalid token" });
    reportDifference(context, "BS06");
  }, { requires: ["mailbox"] });
});
