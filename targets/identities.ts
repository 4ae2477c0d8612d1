// Unique, recognisable identities for everything created on a target (by the suite's states or the
// capability probe): e-mails on the reserved example.test domain, `contract-` clinics, and a client
// IP of its own for every actor.
import { randomBytes, randomInt } from "node:crypto";

/** Benchmarking range 198.18.0.0/15: never a real client, 131,072 addresses. */
const IP_SPACE = 2 ** 17;
// Parallel workers (VITEST_POOL_ID 1…n) and the shards of a run (TEMETRO_CLIENT_IP_SLICE, set by
// verify) each pick from a slice of their own, so two actors of one run (up to 16 workers and
// shards in all) never share a rate-limit bucket. The runner's own process (the capability probe,
// the state broker that builds the shared states) picks from a seventeenth slice.
const WORKER_SLICES = 16;
const SLICE_SIZE = Math.floor(IP_SPACE / (WORKER_SLICES + 1));
const slice = process.env.VITEST_POOL_ID === undefined
  ? WORKER_SLICES
  : (Number(process.env.TEMETRO_CLIENT_IP_SLICE ?? 0) + Math.max(Number(process.env.VITEST_POOL_ID), 1) - 1) % WORKER_SLICES || 0;
const usedIps = new Set<string>();

/** A client IP no other actor of this process (or of the run's other workers and shards) has, picked at random in this worker's slice. */
export function newClientIp(): string {
  if (usedIps.size >= SLICE_SIZE - 2 * (SLICE_SIZE / 256)) throw new Error(`Failed to pick a client IP: all ${SLICE_SIZE} addresses of this worker's slice of 198.18.0.0/15 are taken. Split the run into more workers or shards.`);
  for (;;) {
    const n = slice * SLICE_SIZE + randomInt(SLICE_SIZE);
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
