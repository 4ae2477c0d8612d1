// How many contract files run at once (one vitest worker each): --concurrency N, or a default
// sized to the target rather than to this machine. The in-process mock runs a mock per worker, so
// it takes the machine's cores. A URL is one server that every worker shares: four files at a time
// by default (a Node server hashes four passwords at once, libuv's default thread pool), and one
// when checks running side by side would meet — a movable clock that a check moves for everyone, or
// a target that ignores X-Forwarded-For (then every actor shares one rate-limit bucket, and
// parallel files only wait out each other's 429s).
import { availableParallelism } from "node:os";
import { UsageError } from "./errors.ts";

/**
 * Files at a time against a URL whose checks cannot meet (each actor has its own client IP, no
 * shared clock). Against the reference deployment on a 2-core machine, 4 took 35–45 s where 2 took
 * 47–52 s: a file mostly waits on the server, which hashes up to four passwords at once.
 */
export const URL_CONCURRENCY = 4;
const MAX_CONCURRENCY = 64;

export type ConcurrencyTarget = { kind: "in-process" | "url"; clock: boolean; forwardedForTrusted: boolean };
export type Concurrency = { files: number; why: string };

/** Reads --concurrency: a whole number from 1 to 64, or undefined for the target's default. */
export function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const files = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(files) || files < 1 || files > MAX_CONCURRENCY) {
    throw new UsageError(`Failed to read --concurrency "${value}": use a whole number from 1 to ${MAX_CONCURRENCY}, the contract files to run at once (1 runs them one after another).`);
  }
  return files;
}

/** The files to run at once against this target, and why; throws UsageError when the target cannot take the number asked for. */
export function resolveConcurrency(requested: number | undefined, target: ConcurrencyTarget): Concurrency {
  if (target.kind === "in-process") {
    return requested === undefined ? { files: availableParallelism(), why: "a mock per worker, one worker per core" } : { files: requested, why: "--concurrency" };
  }
  if (target.clock) {
    if (requested !== undefined && requested > 1) {
      throw new UsageError(`Failed to run with --concurrency ${requested}: the target's clock (/__dev/clock) is shared by every check, and a check that moves it must not run beside another file's time-bound check. Pass --concurrency 1 (the default for this target), or check a deployment without the dev clock.`);
    }
    return { files: 1, why: "the target's clock is shared by every check" };
  }
  if (requested !== undefined) return { files: requested, why: "--concurrency" };
  if (!target.forwardedForTrusted) return { files: 1, why: "every actor shares one rate-limit bucket (X-Forwarded-For is not trusted)" };
  return { files: URL_CONCURRENCY, why: "each actor has its own client IP" };
}
