// Sends one generated request as its sender, with its header, cookie and Origin mutations, never
// letting the harness validate it (the fuzzer's own checks do, with the known faults set aside).
import { oneShotClientIp } from "#targets/identities";
import type { Actor, Exchange, RequestOptions, Target } from "#targets/target";
import type { CookieMutation, FuzzCase } from "./fuzz-cases.ts";
import type { FuzzWorld } from "./fuzz-world.ts";

export type CaseSender = {
  target: Target;
  world: FuzzWorld;
};

/** A client IP of its own for one request to `path`, where the target keys rate limits on X-Forwarded-For: no bucket fills, however many requests a run sends. */
function freshClientIp(target: Target, path: string): Record<string, string> {
  return target.capabilities.forwardedForTrusted ? { "x-forwarded-for": oneShotClientIp(path) } : {};
}

/**
 * Sends one request of the fuzzer's (a generated case, a cleanup, a restore, an observer's read)
 * from a client IP of its own for its path (`options.headers` may name another), never matched to
 * an operation by the harness: the fuzzer checks its answers itself, known faults set aside.
 */
export function sendOneShot(target: Target, actor: Actor, path: string, options: Omit<RequestOptions, "operationId"> = {}): Promise<Exchange> {
  return actor.request(path, { ...options, headers: { ...freshClientIp(target, path), ...options.headers }, operationId: null });
}

/** A client for one request: its address is a one-shot one, so the run's actor addresses last however many cases it sends. */
const oneShotActor = (target: Target, label: string, path: string): Actor => target.actor(label, { clientIp: oneShotClientIp(path) });

function mutateCookies(header: string, mutation: CookieMutation): string {
  const parts = header.split(/;\s*/).filter((part) => part !== "");
  if (mutation === "garbage") return "better-auth.session_token=fuzz-garbage.token; better-auth.session_data=fuzz-garbage";
  if (mutation === "cache-only") return parts.filter((part) => part.includes("session_data")).join("; ");
  const tampered = parts.map((part) => {
    if (!part.includes("session_token=")) return part;
    const at = part.indexOf("=") + 1;
    const first = part[at] ?? "a";
    return `${part.slice(0, at)}${first === "a" ? "b" : "a"}${part.slice(at + 1)}`;
  });
  return tampered.length > 0 ? tampered.join("; ") : "better-auth.session_token=tampered";
}

/** The actor that sends a case: the person's own, or a new client without cookies. */
export function senderOf(sender: CaseSender, fuzzCase: FuzzCase): Actor {
  const person = sender.world.people[fuzzCase.as];
  return person === undefined ? oneShotActor(sender.target, "fuzz anonymous", fuzzCase.path) : person.actor;
}

/** Sends the case and returns the exchange. */
export async function sendCase(sender: CaseSender, fuzzCase: FuzzCase): Promise<Exchange> {
  const person = senderOf(sender, fuzzCase);
  const headers: Record<string, string> = { ...fuzzCase.headers };
  if (fuzzCase.cookie !== undefined) headers.cookie = mutateCookies(await person.cookieHeader(), fuzzCase.cookie);
  // Mangled cookies go out from a client of their own: the answer expiring them must not empty the person's jar.
  const actor = fuzzCase.cookie === undefined ? person : oneShotActor(sender.target, `fuzz ${fuzzCase.as} (cookie ${fuzzCase.cookie})`, fuzzCase.path);
  const options: RequestOptions = { method: fuzzCase.method, headers };
  if (fuzzCase.origin !== undefined) options.origin = fuzzCase.origin;
  if (fuzzCase.body !== undefined) {
    if ("json" in fuzzCase.body) options.json = fuzzCase.body.json;
    else options.body = fuzzCase.body.raw;
  }
  return sendOneShot(sender.target, actor, fuzzCase.path, options);
}
