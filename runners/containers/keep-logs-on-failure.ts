// testcontainers removes a container that never became ready before it reports the failure;
// this wait strategy reads the container's last log lines first, so the error can show them.
import type { ContainerRuntimeClient, WaitStrategy } from "testcontainers";
import type { LogTail } from "./log-tail.ts";

/** `inner`, with the container's log copied into `logs` when it fails. */
export function keepLogsOnFailure(inner: WaitStrategy, client: ContainerRuntimeClient, logs: LogTail): WaitStrategy {
  const strategy: WaitStrategy = {
    async waitUntilReady(container, boundPorts, startTime) {
      try {
        await inner.waitUntilReady(container, boundPorts, startTime);
      } catch (error) {
        const stream = await client.container.logs(container, { tail: 200 }).catch(() => undefined);
        if (stream !== undefined) {
          logs.consume(stream);
          // Bounded: a log stream that never ends must not hang the report of the failure.
          await Promise.race([
            new Promise((resolve) => stream.once("end", resolve).once("close", resolve).once("error", resolve)),
            new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
          ]);
          stream.destroy();
        }
        throw error;
      }
    },
    withStartupTimeout(ms) {
      inner.withStartupTimeout(ms);
      return strategy;
    },
    isStartupTimeoutSet: () => inner.isStartupTimeoutSet(),
    getStartupTimeout: () => inner.getStartupTimeout(),
  };
  return strategy;
}
