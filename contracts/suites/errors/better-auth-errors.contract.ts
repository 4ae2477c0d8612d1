// ERRORS: Better Auth's family under /api/auth/*: `{code, message}` with the exact entry of
// x-error-codes, never temetro's `{error}`; bodies it reads (JSON, a form on sign-in) and the 415
// for any other type (D45).
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { newIdentity } from "#targets/identities";

describe("POST /api/auth/sign-in/email", () => {
  check("ERRORS-BETTER-AUTH-CREDENTIALS", "answers unknown credentials with 401 INVALID_EMAIL_OR_PASSWORD", async ({ actor }) => {
    const { email, password } = newIdentity("stranger");
    const exchange = await actor("stranger").request("/api/auth/sign-in/email", { json: { email, password } });
    expectBetterAuthError(exchange, 401, "INVALID_EMAIL_OR_PASSWORD");
  });

  check("ERRORS-BETTER-AUTH-VALIDATION", "answers a body without its fields with 400 VALIDATION_ERROR", async ({ actor }) => {
    const body = bodyOf(await actor("stranger").request("/api/auth/sign-in/email", { json: {} }), "signInEmail", 400);
    expect(body.code).toBe("VALIDATION_ERROR");
    expect(body.message).not.toBe("");
  });

  check("ERRORS-BETTER-AUTH-MALFORMED-JSON", "answers malformed JSON with 400 BAD_REQUEST", async ({ actor }) => {
    const exchange = await actor("stranger").request("/api/auth/sign-in/email", { body: '{"email":' });
    expectBetterAuthError(exchange, 400, "BAD_REQUEST");
  });

  check("ERRORS-D45-UNSUPPORTED-MEDIA-TYPE", "answers a text/plain body with 415 UNSUPPORTED_MEDIA_TYPE naming the type and the allowed ones", async ({ actor }) => {
    const { email, password } = newIdentity("stranger");
    const exchange = await actor("stranger").request("/api/auth/sign-in/email", { body: JSON.stringify({ email, password }), headers: { "content-type": "text/plain" } });
    expect(bodyOf(exchange, "signInEmail", 415)).toEqual({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: 'Content-Type "text/plain" is not allowed. Allowed types: application/x-www-form-urlencoded, application/json',
    });
  });

  check("ERRORS-D45-FORM-BODY", "reads a form body: unknown credentials sent as a form get 401 INVALID_EMAIL_OR_PASSWORD", async ({ actor }) => {
    const { email, password } = newIdentity("stranger");
    const form = new URLSearchParams({ email, password }).toString();
    const exchange = await actor("stranger").request("/api/auth/sign-in/email", { body: form, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expectBetterAuthError(exchange, 401, "INVALID_EMAIL_OR_PASSWORD");
  });
});

describe("GET /api/auth/list-sessions", () => {
  check("ERRORS-BETTER-AUTH-UNAUTHORIZED", "answers a request without a session with 401 UNAUTHORIZED", async ({ actor }) => {
    const exchange = await actor("stranger").request("/api/auth/list-sessions");
    expectBetterAuthError(exchange, 401, "UNAUTHORIZED");
  });
});
