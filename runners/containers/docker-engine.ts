// Finds the Docker engine before anything is started, and says plainly why when there is none.
// Also settles two testcontainers defaults for this tool: no Ryuk (its image would have to be
// pulled; teardown is ours), and published ports reached on localhost when the engine is local.
import { request } from "node:http";
import { existsSync, readdirSync } from "node:fs";
import { getContainerRuntimeClient } from "testcontainers";
import type { ContainerRuntimeClient } from "testcontainers";
import { DockerUnavailableError, reasonOf, START_DOCKER_HINT } from "./container-errors.ts";

const PING_TIMEOUT_MS = 5_000;

/** The engine's client; throws DockerUnavailableError, with what to do, when no engine answers. */
export async function connectDockerEngine(env: NodeJS.ProcessEnv = process.env): Promise<ContainerRuntimeClient> {
  env.TESTCONTAINERS_RYUK_DISABLED ??= "true";
  // Inside a container, testcontainers reaches published ports through the bridge gateway. When the
  // engine runs right here (its bridge is one of our interfaces), localhost is the same ports.
  if (env.TESTCONTAINERS_HOST_OVERRIDE === undefined && existsSync("/.dockerenv") && hasLocalBridge()) {
    env.TESTCONTAINERS_HOST_OVERRIDE = "localhost";
  }
  const dockerHost = env.DOCKER_HOST;
  // testcontainers falls back to /var/run/docker.sock when DOCKER_HOST is dead; a user who set it meant that engine.
  if (dockerHost !== undefined && dockerHost !== "") {
    const problem = await pingDockerHost(dockerHost, env.DOCKER_TLS_VERIFY === "1");
    if (problem !== undefined) throw new DockerUnavailableError(`Failed to reach the Docker engine at DOCKER_HOST=${dockerHost}: ${problem}. ${START_DOCKER_HINT}`);
  }
  try {
    return await getContainerRuntimeClient();
  } catch (error) {
    throw new DockerUnavailableError(`Failed to reach a Docker engine: ${describeMissingEngine(error)}. ${START_DOCKER_HINT}`);
  }
}

/** Why testcontainers found no engine, in the user's terms. */
export function describeMissingEngine(error: unknown, socketExists = existsSync("/var/run/docker.sock")): string {
  const reason = reasonOf(error);
  if (/EACCES|permission denied/i.test(reason)) {
    return "permission denied on /var/run/docker.sock (run as root, or add your user to the docker group and log in again)";
  }
  if (!socketExists) return "DOCKER_HOST is not set and there is no /var/run/docker.sock, so no engine is running here";
  return `/var/run/docker.sock exists but no engine answers on it (${reason})`;
}

/** undefined when the engine at `dockerHost` answers GET /_ping, else why not. TLS hosts are left to testcontainers. */
export async function pingDockerHost(dockerHost: string, tls = false): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(dockerHost);
  } catch {
    return "it is not a URL (use unix:///path/docker.sock or tcp://host:2375)";
  }
  const target = url.protocol === "unix:" ? { socketPath: url.pathname }
    : url.protocol === "tcp:" || url.protocol === "http:" ? { host: url.hostname, port: Number(url.port || 2375) }
    : undefined;
  if (target === undefined || tls) return undefined;
  return new Promise((resolve) => {
    const ping = request({ ...target, path: "/_ping", timeout: PING_TIMEOUT_MS }, (response) => {
      response.resume();
      resolve(response.statusCode === 200 ? undefined : `GET /_ping answered ${response.statusCode}`);
    });
    ping.once("timeout", () => ping.destroy(new Error(`no answer within ${PING_TIMEOUT_MS / 1000} s`)));
    ping.once("error", (error: NodeJS.ErrnoException) => resolve(socketProblem(error, url)));
    ping.end();
  });
}

function socketProblem(error: NodeJS.ErrnoException, url: URL): string {
  const where = url.protocol === "unix:" ? url.pathname : url.host;
  if (error.code === "ENOENT") return `${where} does not exist, so no engine is listening there`;
  if (error.code === "ECONNREFUSED") return `connection refused on ${where}, so no engine is listening there`;
  if (error.code === "EACCES") return `permission denied on ${where} (run as root, or add your user to the docker group)`;
  return `${error.code ?? "error"}: ${error.message}`;
}

/** A Docker bridge among this machine's interfaces (up or down: a bridge without containers is down). */
function hasLocalBridge(): boolean {
  const names = existsSync("/sys/class/net") ? readdirSync("/sys/class/net") : [];
  return names.some((name) => name === "docker0" || name.startsWith("br-"));
}
