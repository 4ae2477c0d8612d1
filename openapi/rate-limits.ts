// The rate-limit rules (x-rate-limits, written once in openapi/rules/rate-limits.yaml) and which
// one counts a request.
import { spec, type RateLimitRule } from "./spec.ts";

export const rateLimits = spec["x-rate-limits"];

/** The path a rule sees: the request path below /api/auth, e.g. `/sign-in/email`. */
export function rateLimitPath(pathname: string): string | undefined {
  return pathname.startsWith(`${rateLimits.appliesTo}/`) ? pathname.slice(rateLimits.appliesTo.length) : undefined;
}

/** The first rule that matches a path below /api/auth (the last rule matches anything). */
export function rateLimitRuleFor(authPath: string): RateLimitRule {
  const rule = rateLimits.rules.find(({ match }) => {
    if (match.exact !== undefined) return authPath === match.exact;
    if (match.prefix !== undefined) return match.prefix.some((prefix) => authPath.startsWith(prefix));
    return match.any === true;
  });
  if (rule === undefined) throw new Error("Failed to pick a rate-limit rule: x-rate-limits has no catch-all rule.");
  return rule;
}

/** The rule with this id. */
export function rateLimitRule(id: string): RateLimitRule {
  const rule = rateLimits.rules.find((candidate) => candidate.id === id);
  if (rule === undefined) throw new Error(`Failed to find rate-limit rule "${id}" in x-rate-limits.`);
  return rule;
}
