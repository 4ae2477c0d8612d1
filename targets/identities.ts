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
// A slice's first half is for actors: an address each, never handed out twice in a process. The
// second half is a pool for one-shot requests (the fuzzer's: a request from an address that no
// actor has): the one-shot requests to a path go out from the pool's addresses in turn, so one
// address sends to one path (a rate-limit bucket is a client IP and a path) once in every 3,800
// or so one-shot requests to that path, however many requests a run sends in all.
const ACTOR_ADDRESSES = Math.floor(SLICE_SIZE / 2);
const usedIps = new Set<string>();

/** The address at offset `n` of the range, dotted. */
const dotted = (n: number): string => `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
/** The offsets from `from` on, `count` of them, without .0 and .255 (some stacks treat those as network or broadcast addresses). */
const usableOffsets = (from: number, count: number): number[] => Array.from({ length: count }, (_, index) => from + index).filter((n) => (n & 255) !== 0 && (n & 255) !== 255);

const ACTOR_OFFSETS = usableOffsets(slice * SLICE_SIZE, ACTOR_ADDRESSES);

/** A client IP no other actor of this process (or of the run's other workers and shards) has, picked at random in this worker's slice. */
export function newClientIp(): string {
  if (usedIps.size >= ACTOR_OFFSETS.length) throw new Error(`Failed to pick a client IP: all ${ACTOR_OFFSETS.length} actor addresses of this worker's slice of 198.18.0.0/15 are taken. Split the run into more workers or shards.`);
  for (;;) {
    const ip = dotted(ACTOR_OFFSETS[randomInt(ACTOR_OFFSETS.length)] ?? 0);
    if (usedIps.has(ip)) continue;
    usedIps.add(ip);
    return ip;
  }
}

const oneShotsByPath = new Map<string, number>();
/**
 * The pool, made on first use (only the fuzzer sends one-shot requests), and where this process
 * starts in it: a run right after another against the same server does not meet the buckets the
 * first one filled.
 */
let oneShot: { pool: string[]; start: number } | undefined;

/**
 * A client IP for a single request to `path`: no actor's, and reused for that path (its query left
 * out: a rate-limit bucket is keyed on the path) only after the whole pool.
 */
export function oneShotClientIp(path: string): string {
  if (oneShot === undefined) {
    const pool = usableOffsets(slice * SLICE_SIZE + ACTOR_ADDRESSES, SLICE_SIZE - ACTOR_ADDRESSES).map(dotted);
    oneShot = { pool, start: randomInt(pool.length) };
  }
  const bucketPath = path.split("?")[0] ?? path;
  const sent = oneShotsByPath.get(bucketPath) ?? 0;
  oneShotsByPath.set(bucketPath, sent + 1);
  return oneShot.pool[(oneShot.start + sent) % oneShot.pool.length] ?? dotted(slice * SLICE_SIZE + ACTOR_ADDRESSES + 1);
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
