// What a target at a URL can do, found before the run: its test mailbox and dev clock (do the
// routes answer?) and whether it takes the client IP from a client-sent X-Forwarded-For.
//
// XFF trust is read from the session Better Auth creates: it records the client IP with the same
// getIp the rate limiter keys on, so a sign-up whose session shows our X-Forwarded-For value proves
// the trust without exhausting any bucket. Only when a target reports no ipAddress does the probe
// fall back to exhausting /sign-in/username (the shortest window) from one IP and trying another.
import { componentValidator, rateLimitRuleFor, validateResponse } from "#openapi";
import type { OperationTypes } from "#openapi";
import { newIdentity } from "./identities.ts";
import { DEFAULT_PROFILE, profileNamed } from "./profiles.ts";
import type { RateLimitProbe } from "./profiles.ts";
import type { Identity } from "./identities.ts";
import { setupRequest } from "./setup-request.ts";
import type { Actor, Exchange, Target, TargetCapabilities } from "./target.ts";
import { createUrlTarget } from "./url.ts";

export type DetectedCapabilities = { capabilities: TargetCapabilities; forwardedForEvidence: string; leftovers: string[] };

/** Probes the dev routes and X-Forwarded-For trust of a reachable API of a profile (temetro by default). */
export async function detectCapabilities(url: string, options: { safe: boolean; frontendOrigin: string; profile?: string }): Promise<DetectedCapabilities> {
  const unknown: TargetCapabilities = { clock: false, mailbox: false, forwardedForTrusted: false, safe: options.safe };
  const profile = profileNamed(options.profile ?? DEFAULT_PROFILE);
  const target = createUrlTarget({ kind: "url", url, frontendOrigin: options.frontendOrigin, capabilities: unknown, profile: profile.name, forwardedForEvidence: "" }, await profile.document());
  const probe = target.actor("capability probe");
  const outbox = await probe.request("/__dev/outbox?to=nobody%40example.test");
  const clock = await probe.request("/__dev/clock");
  const mailbox = outbox.status === 200 && Array.isArray(outbox.body);
  const movableClock = clock.status === 200 && componentValidator("ClockState").safeParse(clock.body).success;
  const forwardedFor = profile.rateLimitProbe === undefined
    ? await probeForwardedFor(target, options.safe)
    : profile.rateLimitProbe === null
      ? { trusted: false, evidence: "the profile has no rate limits, so X-Forwarded-For trust was not probed", leftovers: [] }
      : await probeOtherProfile(target, options.safe, profile.rateLimitProbe);
  const capabilities = { ...unknown, clock: movableClock, mailbox, forwardedForTrusted: forwardedFor.trusted };
  return { capabilities, forwardedForEvidence: forwardedFor.evidence, leftovers: forwardedFor.leftovers };
}

type ForwardedFor = { trusted: boolean; evidence: string; leftovers: string[] };

/** A profile without temetro's delete-user and session ipAddress: only the rate limiter tells, and safe mode forbids asking it. */
async function probeOtherProfile(target: Target, safe: boolean, probe: RateLimitProbe): Promise<ForwardedFor> {
  const sent = `X-Forwarded-For sent on ${probe.path}`;
  if (safe) return { trusted: false, evidence: `${sent}; safe mode forbids probing the rate limiter`, leftovers: [] };
  return { ...(await probeByRateLimit(target, sent, probe)), leftovers: [] };
}

/** Signs a probe user up, reads the IP its session records, and deletes the user again (what fails to delete is a leftover). */
async function probeForwardedFor(target: Target, safe: boolean): Promise<ForwardedFor> {
  const actor = target.actor("xff-probe");
  const identity = newIdentity("xff-probe");
  await setupRequest(actor, "/api/auth/sign-up/email", { json: identity });
  try {
    const found = await judgeForwardedFor(target, actor, safe);
    return { ...found, leftovers: await deleteProbeUser(actor, identity) };
  } catch (error) {
    await deleteProbeUser(actor, identity);
    throw error;
  }
}

async function deleteProbeUser(actor: Actor, identity: Identity): Promise<string[]> {
  const deleted = await actor.request("/api/auth/delete-user", { json: { password: identity.password } });
  return deleted.status === 200 ? [] : [`user ${identity.email}: delete-user answered ${deleted.status}`];
}

async function judgeForwardedFor(target: Target, actor: Actor, safe: boolean): Promise<Omit<ForwardedFor, "leftovers">> {
  const recorded = ipAddressOf(await actor.request("/api/auth/get-session"));
  const sent = `sign-up sent X-Forwarded-For: ${actor.clientIp}`;
  if (recorded !== null && recorded !== "") {
    return { trusted: recorded === actor.clientIp, evidence: `${sent}; the session records ipAddress ${recorded}` };
  }
  if (safe) return { trusted: false, evidence: `${sent}; the session records no ipAddress, and safe mode forbids probing the rate limiter` };
  const rule = rateLimitRuleFor("/sign-in/username");
  return probeByRateLimit(target, `${sent}; no ipAddress recorded`, { path: "/api/auth/sign-in/username", json: { username: "t_xff_probe", password: "not-the-password-0" }, max: rule.max });
}

type SessionBody = OperationTypes["getSession"]["responses"][200]["content"]["application/json"];

function isSession(body: unknown): body is SessionBody {
  return validateResponse("getSession", 200, body).ok;
}

/** The ipAddress get-session reports; throws when the answer is not the spec's getSession 200. */
function ipAddressOf(exchange: Exchange): string | null {
  if (exchange.status !== 200 || !isSession(exchange.body)) {
    throw new Error(`Failed to probe X-Forwarded-For trust: get-session after sign-up answered ${exchange.status} ${exchange.text.slice(0, 200)}, not the spec's session. Check the target's Better Auth session endpoint.`);
  }
  return exchange.body?.session.ipAddress ?? null;
}

/** Exhausts one X-Forwarded-For's bucket on a path and tries another value: not limited means the header keys the limiter. */
async function probeByRateLimit(target: Target, sent: string, probe: RateLimitProbe): Promise<{ trusted: boolean; evidence: string }> {
  const { path, max } = probe;
  const body = { json: probe.json };
  const first = target.actor("xff-probe A");
  let last = await first.request(path, body);
  for (let i = 0; i < max; i++) last = await first.request(path, body);
  if (last.status !== 429) return { trusted: false, evidence: `${sent}; ${max + 1} sign-ins from one IP were not limited` };
  const other = await target.actor("xff-probe B").request(path, body);
  const trusted = other.status !== 429;
  return { trusted, evidence: `${sent}; after ${max + 1} sign-ins from one X-Forwarded-For another value was ${trusted ? "not " : ""}limited` };
}
