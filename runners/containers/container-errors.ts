// Errors of `verify --image/--compose`: tool errors (the CLI prints the message and exits with 2),
// each saying what failed, why, and what to do. They extend TargetError so the CLI needs no new case.
import { TargetError } from "../errors.ts";

/** No Docker engine answers (no socket, a dead DOCKER_HOST, no permission). */
export class DockerUnavailableError extends TargetError {
  override name = "DockerUnavailableError";
}

/** A container did not start, or never became healthy; the message carries its last log lines. */
export class ContainerStartError extends TargetError {
  override name = "ContainerStartError";
}

/** `--compose` needs a Compose binary that is not there, or the compose file cannot be used. */
export class ComposeError extends TargetError {
  override name = "ComposeError";
}

export const START_DOCKER_HINT = "Start one (`sudo dockerd &`, or `sudo systemctl start docker`), or point DOCKER_HOST at a running engine (DOCKER_HOST=unix:///var/run/docker.sock).";

/** The last `count` log lines, indented under a heading, or a note that the container printed nothing. */
export function formatLogTail(label: string, lines: readonly string[], count = 20): string {
  const tail = lines.slice(-count);
  if (tail.length === 0) return `${label} printed nothing.`;
  return `Last ${tail.length} log lines of ${label}:\n${tail.map((line) => `  | ${line}`).join("\n")}`;
}

/** A one-line reason from whatever was thrown. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().replace(/\.$/, "");
}

/** The error for an image that is neither on this machine nor pullable. */
export function imageUnavailable(image: string, error: unknown): ContainerStartError {
  return new ContainerStartError(`Failed to start ${image}: it is not on this machine and pulling it failed (${reasonOf(error)}). Pull or load it first (\`docker pull ${image}\`, or \`docker load -i image.tar\` on a machine without registry access), or check the name and tag.`);
}
