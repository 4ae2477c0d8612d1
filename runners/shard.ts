// --shard i/n: this run takes the i-th of n parts of the contract files (vitest's own sharding,
// by file), so CI can spread one run over several machines and merge the reports afterwards.
import { UsageError } from "./errors.ts";

export type Shard = { index: number; count: number };

/** Reads --shard "i/n"; undefined when absent. */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (match === null) throw new UsageError(`Failed to read --shard "${value}": use i/n, the part of n this run takes, like --shard 1/2 and --shard 2/2 on two machines.`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) {
    throw new UsageError(`Failed to read --shard "${value}": the part must be from 1 to ${Math.max(count, 1)} (i/n with 1 ≤ i ≤ n), like --shard 1/${Math.max(count, 2)}.`);
  }
  return { index, count };
}

/** How a shard is written: "2/3". */
export const shardLabel = (shard: Shard): string => `${shard.index}/${shard.count}`;
