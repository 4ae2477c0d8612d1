// Unique, recognisable identities for everything created on a target (by the suite's states or the
// capability probe): e-mails on the reserved example.test domain, `contract-` clinics, and a client
// IP of its own for every actor.
import { randomBytes, randomInt } from "node:crypto";

/** Benchmarking range 198.18.0.0/15: never a real client, 131,072 addresses. */
const IP_SPACE = 2 ** 17;
const usedIps = new Set<string>();

/** A client IP no other actor of this process has, picked at random so parallel workers rarely meet. */
export function newClientIp(): string {
  for (;;) {
    const n = randomInt(IP_SPACE);
    const ip = `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
    if ((n & 255) === 0 || (n & 255) === 255 || usedIps.has(ip)) continue;
    usedIps.add(ip);
    return ip;
  }
}

/** A short random tag, lower-case letters and digits. */
export function uniqueTag(): string {
  return randomBytes(6).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "x");
}

export type Identity = { name: string; email: string; username: string; password: string };

/** A new person: `t-<tag>@example.test`, username `t_<tag>`, a 20-character password. */
export function newIdentity(label: string): Identity {
  const tag = uniqueTag();
  return {
    name: `Contract ${label}`,
    email: `t-${tag}@example.test`,
    username: `t_${tag}`,
    password: `pw-${randomBytes(12).toString("base64url")}`,
  };
}

/** A new clinic name and slug, both prefixed `contract-`. */
export function newClinic(label: string): { name: string; slug: string } {
  const tag = uniqueTag();
  return { name: `contract-${label}-${tag}`, slug: `contract-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${tag}` };
}
