// What a target at a URL can do, found before the run: its test mailbox and dev clock (do the
// routes answer?) and whether it takes the client IP from a client-sent X-Forwarded-For.
//
// XFF trust is read from the session Better Auth creates: it records the client IP with the same
// getIp the rate limiter keys on, so a sign-up whose session shows our X-Forwarded-For value proves
// the trust without exhausting any bucket. Only when a target reports no ipAddress does the probe
// fall back to exhausting /sign-in/username (the shortest window) from one IP and trying another.
import { componentValidator, rateLimitRuleFor } from "#openapi";
import { createCleanup } from "#contracts/cleanup";
import type { Cleanup } from "#contracts/cleanup";
import { bodyOf } from "#contracts/expect-contract";
import { signUpUser } from "#contracts/states/signed-in-user";
import type { Target, TargetCapabilities } from "#contracts/target";
import { createUrlTarget } from "./url.ts";

export type DetectedCapabilities = { capabilities: TargetCapabilities; forwardedForEvidence: string; leftovers: string[] };

/** Probes the dev routes and X-Forwarded-For trust of a reachable temetro API. */
export async function detectCapabilities(url: string, options: { safe: boolean; frontendOrigin: string }): Promise<DetectedCapabilities> {
  const unknown: TargetCapabilities = { clock: false, mailbox: false, forwardedForTrusted: false, safe: options.safe };
  const target = createUrlTarget({ kind: "url", url, frontendOrigin: options.frontendOrigin, capabilities: unknown, forwardedForEvidence: "" });
  const probe = target.actor("capability probe");
  const outbox = await probe.request("/__dev/outbox?to=nobody%40example.test");
  const clock = await probe.request("/__dev/clock");
  const mailbox = outbox.status === 200 && Array.isArray(outbox.body);
  const movableClock = clock.status === 200 && componentValidator("ClockState").safeParse(clock.body).success;
  const cleanup = createCleanup();
  let forwardedFor: { trusted: boolean; evidence: string };
  let leftovers: string[];
  try {
    forwardedFor = await probeForwardedFor(target, cleanup, options.safe);
  } finally {
    leftovers = await cleanup.run();
  }
  const capabilities = { ...unknown, clock: movableClock, mailbox, forwardedForTrusted: forwardedFor.trusted };
  return { capabilities, forwardedForEvidence: forwardedFor.evidence, leftovers };
}

async function probeForwardedFor(target: Target, cleanup: Cleanup, safe: boolean): Promise<{ trusted: boolean; evidence: string }> {
  const user = await signUpUser({ target, cleanup }, "xff-probe");
  const session = bodyOf(await user.actor.request("/api/auth/get-session"), "getSession", 200);
  const recorded = session?.session.ipAddress ?? null;
  const sent = `sign-up sent X-Forwarded-For: ${user.actor.clientIp}`;
  if (recorded !== null && recorded !== "") {
    return { trusted: recorded === user.actor.clientIp, evidence: `${sent}; the session records ipAddress ${recorded}` };
  }
  if (safe) return { trusted: false, evidence: `${sent}; the session records no ipAddress, and safe mode forbids probing the rate limiter` };
  return probeByRateLimit(target, sent);
}

async function probeByRateLimit(target: Target, sent: string): Promise<{ trusted: boolean; evidence: string }> {
  const path = "/api/auth/sign-in/username";
  const rule = rateLimitRuleFor("/sign-in/username");
  const body = { json: { username: "t_xff_probe", password: "not-the-password-0" } };
  const first = target.actor("xff-probe A");
  let last = await first.request(path, body);
  for (let i = 0; i < rule.max; i++) last = await first.request(path, body);
  if (last.status !== 429) return { trusted: false, evidence: `${sent}; no ipAddress recorded, and ${rule.max + 1} sign-ins from one IP were not limited` };
  const other = await target.actor("xff-probe B").request(path, body);
  const trusted = other.status !== 429;
  return { trusted, evidence: `${sent}; no ipAddress recorded; after ${rule.max + 1} sign-ins from one X-Forwarded-For another value was ${trusted ? "not " : ""}limited` };
}
