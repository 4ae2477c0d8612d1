// Synchronous teardown for Ctrl-C: vitest exits the process a millisecond after SIGINT, so an async
// stop would be cut short. The docker CLI removes, by label, whatever a run created, even a
// container still starting (whose id testcontainers has not handed back yet).
import { spawnSync } from "node:child_process";

/** The label every container of one run carries. */
export const RUN_LABEL = "temetro-contract.run";

export type ReapTarget = {
  /** Containers, networks and volumes labelled `key=value` (the run label, or compose's project label). */
  labels: Array<{ key: string; value: string }>;
  networkIds: string[];
};

/** Removes everything `target` names; returns the commands that failed, for the user to run by hand. */
export function reapSync(target: ReapTarget): string[] {
  const failed: string[] = [];
  const docker = (args: string[]) => spawnSync("docker", args, { encoding: "utf8", timeout: 30_000 });
  for (const { key, value } of target.labels) {
    const filter = `label=${key}=${value}`;
    const listed = docker(["ps", "-aq", "--filter", filter]);
    const ids = listed.status === 0 ? listed.stdout.split("\n").filter(Boolean) : [];
    if (listed.status !== 0) failed.push(`docker rm -f -v $(docker ps -aq --filter ${filter})`);
    if (ids.length > 0 && docker(["rm", "-f", "-v", ...ids]).status !== 0) failed.push(`docker rm -f -v ${ids.join(" ")}`);
  }
  for (const id of target.networkIds) {
    const removed = docker(["network", "rm", id]);
    if (removed.status !== 0 && !/no such network|not found/i.test(removed.stderr)) failed.push(`docker network rm ${id}`);
  }
  for (const { key, value } of target.labels) {
    const filter = `label=${key}=${value}`;
    for (const kind of ["network", "volume"]) {
      const listed = docker([kind, "ls", "-q", "--filter", filter]);
      const ids = listed.status === 0 ? listed.stdout.split("\n").filter(Boolean) : [];
      if (ids.length > 0 && docker([kind, "rm", ...ids]).status !== 0) failed.push(`docker ${kind} rm ${ids.join(" ")}`);
    }
  }
  return failed;
}

/**
 * While `stop` is pending: on SIGINT/SIGTERM/SIGHUP, reap synchronously and exit 130/143/129.
 * Returns the function that removes the handlers once the normal teardown ran.
 */
export function reapOnSignal(target: () => ReapTarget, log: (line: string) => void): () => void {
  const handlers = (["SIGINT", "SIGTERM", "SIGHUP"] as const).map((signal) => {
    const handler = () => {
      log(`\n${signal}: removing the containers of this run…`);
      reapSync(target());
      // A create request already on its way to the engine lands after the first sweep: sweep once more.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
      const failed = reapSync(target());
      for (const command of failed) log(`Failed to remove everything: run \`${command}\` to finish.`);
      process.exit({ SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }[signal]);
    };
    process.once(signal, handler);
    return { signal, handler };
  });
  return () => handlers.forEach(({ signal, handler }) => process.off(signal, handler));
}
