// Better Auth's origin (CSRF) checks on /api/auth/*, answered as Better Auth answers them.
import type { BetterAuthErrorCode } from "#openapi";
import type { MockConfig } from "./config.ts";
import type { RequestHeaders } from "./mock-request.ts";
import { isTrustedUrl, trustedOriginsFor } from "./trusted-origins.ts";

/** A failed check: the Better Auth error code to answer with (always 403). */
export type OriginFailure = { code: BetterAuthErrorCode };

function validateOrigin(config: MockConfig, headers: RequestHeaders, force: boolean): OriginFailure | null {
  const origin = headers.get("origin");
  const originHeader = origin || headers.get("referer") || "";
  if (!force && !headers.has("cookie")) return null;
  if (originHeader === "" || originHeader === "null") return { code: "MISSING_OR_NULL_ORIGIN" };
  return isTrustedUrl(trustedOriginsFor(config, headers), originHeader, false) ? null : { code: "INVALID_ORIGIN" };
}

/**
 * The sign-in/sign-up check (formCsrfMiddleware): with a cookie, the ordinary check; without one,
 * Fetch Metadata or an Origin/Referer forces it, and a cross-site navigation is refused outright.
 */
export function checkFirstLogin(config: MockConfig, headers: RequestHeaders): OriginFailure | null {
  if (headers.has("cookie")) return validateOrigin(config, headers, false);
  const site = headers.get("sec-fetch-site");
  const mode = headers.get("sec-fetch-mode");
  const dest = headers.get("sec-fetch-dest");
  if (site?.trim() || mode?.trim() || dest?.trim()) {
    if (site === "cross-site" && mode === "navigate") return { code: "CROSS_SITE_NAVIGATION_LOGIN_BLOCKED" };
    return validateOrigin(config, headers, true);
  }
  if (headers.get("origin") || headers.get("referer")) return validateOrigin(config, headers, true);
  return null;
}

const URL_FIELDS: Array<[string, BetterAuthErrorCode]> = [
  ["callbackURL", "INVALID_CALLBACK_URL"],
  ["redirectTo", "INVALID_REDIRECT_URL"],
];

/** The check every state-changing auth request passes (originCheckMiddleware): Origin, then redirect URLs. */
export function checkStateChangingRequest(config: MockConfig, method: string, headers: RequestHeaders, body: unknown): OriginFailure | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null;
  const failure = validateOrigin(config, headers, false);
  if (failure !== null) return failure;
  if (typeof body !== "object" || body === null) return null;
  const trusted = trustedOriginsFor(config, headers);
  for (const [field, code] of URL_FIELDS) {
    const value: unknown = Reflect.get(body, field);
    if (typeof value === "string" && value !== "" && !isTrustedUrl(trusted, value, true)) return { code };
  }
  return null;
}
