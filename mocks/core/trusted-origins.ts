// Which origins are trusted: temetro's isAllowedOrigin (lib/origins.ts) feeding Better Auth's trustedOrigins.
import type { MockConfig } from "./config.ts";
import type { RequestHeaders } from "./mock-request.ts";

const PRIVATE_HOSTS = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./];

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** temetro's isAllowedOrigin: the frontend, TRUSTED_ORIGINS, localhost, private LAN ranges and *.local. */
export function isAllowedOrigin(config: MockConfig, origin: string): boolean {
  if (config.trustedOrigins.includes("*")) return true;
  if (origin === config.frontendUrl || config.trustedOrigins.includes(origin)) return true;
  let host: string;
  try {
    host = new URL(origin).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return false;
  }
  if (host === "localhost" || host === "127.0.0.1" || host === "::1") return true;
  return PRIVATE_HOSTS.some((pattern) => pattern.test(host)) || host.endsWith(".local");
}

/**
 * The trusted origins for one request: the deployment's own origin, the frontend, configured
 * origins, and the request's Origin when temetro's isAllowedOrigin accepts it.
 */
export function trustedOriginsFor(config: MockConfig, headers: RequestHeaders): string[] {
  const list = [originOf(config.baseUrl) ?? config.baseUrl, config.frontendUrl, ...config.trustedOrigins.filter((entry) => entry !== "*")];
  const origin = headers.get("origin");
  if (origin !== null && origin !== "null" && isAllowedOrigin(config, origin)) list.push(origin);
  return list;
}

/** Whether a URL (or a relative path, where allowed) lies on a trusted origin. */
export function isTrustedUrl(trusted: string[], url: string, allowRelativePaths: boolean): boolean {
  if (allowRelativePaths && url.startsWith("/") && !url.startsWith("//")) return true;
  const origin = originOf(url);
  return origin !== null && trusted.includes(origin);
}
