// Keeps the last lines a container printed, so a failure can show them after the container is gone
// (testcontainers removes a container that never became ready).
import type { Readable } from "node:stream";

export type LogTail = {
  /** Pass to GenericContainer.withLogConsumer. */
  consume(stream: Readable): void;
  lines(): string[];
};

/** A ring of the last `max` lines; each line optionally echoed (verbose runs). */
export function createLogTail(max = 200, echo?: (line: string) => void): LogTail {
  const kept: string[] = [];
  let partial = "";
  const push = (line: string) => {
    const clean = line.replace(/\r$/, "");
    if (clean.trim() === "") return;
    kept.push(clean);
    if (kept.length > max) kept.shift();
    echo?.(clean);
  };
  return {
    consume(stream) {
      stream.on("data", (chunk: Buffer | string) => {
        const parts = (partial + chunk.toString()).split("\n");
        partial = parts.pop() ?? "";
        parts.forEach(push);
      });
      stream.on("end", () => {
        if (partial !== "") push(partial);
        partial = "";
      });
    },
    lines: () => (partial === "" ? [...kept] : [...kept, partial]),
  };
}
