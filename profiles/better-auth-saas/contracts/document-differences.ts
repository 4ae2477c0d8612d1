// Where seed 003's document and real Better Auth differ, as data: what the document says, what the
// library sends, and what a frontend should do. A check that meets one asserts the library's answer
// and reports the difference as an advisory under the decision's id (../decisions/BSnn-*.md).
import type { CheckContext } from "#contracts/harness";

type Difference = { document: string; library: string; fix: string };

export const DOCUMENT_DIFFERENCES = {
  BS01: { document: "POST /api/auth/forget-password {email, redirectTo}", library: "POST /api/auth/request-password-reset (forget-password is 404)", fix: "Call /request-password-reset (authClient.requestPasswordReset)." },
  BS02: { document: "errors as {error, message} (INVALID_EMAIL, INVALID_CREDENTIALS, USER_EXISTS, RATE_LIMIT_EXCEEDED)", library: "status + {code, message}; the 429 is {message} alone", fix: "Read `code` (and the status), never `error`." },
  BS06: { document: "verify-email and reset answer {success: true, message}", library: "verify-email: 302 to callbackURL, or {status: true, user}; request-password-reset {status: true, message}; reset-password {status: true}", fix: "Read `status`, or follow the redirect." },
  BS09: { document: "sign-up and sign-in answer {user, session, subscription}", library: "sign-up {token, user}; sign-in {redirect, token, url?, user}; the session and subscription come from get-session", fix: "After signing in, read get-session for the session and the subscription." },
  BS10: { document: "snake_case fields (email_verified, created_at, user_id, active_organization_id, expires_at, ip_address)", library: "camelCase (emailVerified, createdAt, userId, activeOrganizationId, expiresAt, ipAddress)", fix: "Read the camelCase names." },
  BS11: { document: "409 {error: USER_EXISTS} for an email already registered", library: "422 {code: USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL}", fix: "Treat 422 with that code as 'email taken'." },
  BS12: { document: "400 INVALID_EMAIL, 401 INVALID_CREDENTIALS, 429 RATE_LIMIT_EXCEEDED", library: "400 VALIDATION_ERROR, 401 INVALID_EMAIL_OR_PASSWORD, 429 without a code", fix: "Match Better Auth's codes." },
  BS13: { document: "POST /api/auth/token", library: "GET /api/auth/token (POST is 404), or the set-auth-jwt header of get-session", fix: "GET the token with the session cookie." },
} as const satisfies Record<string, Difference>;

export type DifferenceId = keyof typeof DOCUMENT_DIFFERENCES;

/** Reports a document-versus-library difference the check met, as an info advisory citing its decision. */
export function reportDifference(context: Pick<CheckContext, "advise">, id: DifferenceId): void {
  const { document, library, fix } = DOCUMENT_DIFFERENCES[id];
  context.advise(id, "info", `Seed 003's document says ${document}; Better Auth 1.7 sends ${library} (decision ${id}).`, fix);
}
