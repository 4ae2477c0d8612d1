// The client IP as Better Auth takes it, with temetro's X-Forwarded-For backfill.
import { rateLimits } from "#openapi";
import type { RequestHeaders } from "./mock-request.ts";

/** Shared by every request whose forwarded chain has several hops: Better Auth trusts none of them without trustedProxies. */
export const UNTRUSTED_CHAIN = "untrusted-forwarded-chain";

/**
 * The IP a request is counted under. temetro backfills X-Forwarded-For from the socket, so a single
 * client-supplied value is taken as is; `socketAddress` stands in where no header was sent.
 */
export function clientIpOf(headers: RequestHeaders, socketAddress = "127.0.0.1"): string {
  for (const name of rateLimits.clientIpHeaders) {
    const value = headers.get(name);
    if (value === null || value.trim() === "") continue;
    const hops = value.split(",").map((hop) => hop.trim()).filter(Boolean);
    return hops.length === 1 ? (hops[0] ?? socketAddress) : UNTRUSTED_CHAIN;
  }
  return socketAddress;
}
