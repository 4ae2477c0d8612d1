// Starts the backend image with testcontainers and waits for GET /health; when it never gets
// there, tells which of three things happened: the container exited, /health answered something
// else, or nothing listened on the port. Every failure shows the container's last log lines.
import { GenericContainer, ImageName, Wait } from "testcontainers";
import type { ContainerRuntimeClient, StartedNetwork, StartedTestContainer } from "testcontainers";
import { ContainerStartError, formatLogTail, imageUnavailable, reasonOf } from "./container-errors.ts";
import { keepLogsOnFailure } from "./keep-logs-on-failure.ts";
import type { LogTail } from "./log-tail.ts";

export type BackendSpec = {
  image: string;
  /** The port the server listens on inside the container. */
  port: number;
  hostPort: number;
  /** Publish on 127.0.0.1 only (the engine is on this machine). */
  loopback: boolean;
  env: Record<string, string>;
  labels: Record<string, string>;
  network?: StartedNetwork;
  startupTimeoutMs: number;
  logs: LogTail;
  /** Replaces the image's CMD (the tests use it to make an image that answers /health with 503). */
  command?: string[];
};

// testcontainers publishes on every interface; a throwaway backend with a known secret belongs on loopback.
class LoopbackContainer extends GenericContainer {
  withPublishedPort(container: number, host: number, loopback: boolean): this {
    this.withExposedPorts({ container, host });
    if (loopback) this.hostConfig.PortBindings = { [`${container}/tcp`]: [{ HostIp: "127.0.0.1", HostPort: String(host) }] };
    return this;
  }
}

/** The started container; throws ContainerStartError saying what went wrong and what to do. */
export async function startBackend(client: ContainerRuntimeClient, spec: BackendSpec): Promise<StartedTestContainer> {
  const exposed = await ensureImage(client, spec.image);
  let lastStatus: number | undefined;
  const health = Wait.forHttp("/health", spec.port, { abortOnContainerExit: true })
    .forStatusCodeMatching((status) => {
      lastStatus = status;
      return status === 200;
    })
    .withStartupTimeout(spec.startupTimeoutMs);
  // No withLogConsumer: with one attached, testcontainers 12.0.4 never settles start() when the
  // container exits during Wait.forHttp(…, {abortOnContainerExit}); the log is read on failure instead.
  const container = new LoopbackContainer(spec.image)
    .withPublishedPort(spec.port, spec.hostPort, spec.loopback)
    .withEnvironment(spec.env)
    .withLabels(spec.labels)
    .withWaitStrategy(keepLogsOnFailure(health, client, spec.logs));
  if (spec.command !== undefined) container.withCommand(spec.command);
  if (spec.network !== undefined) container.withNetwork(spec.network).withNetworkAliases("backend");
  try {
    const started = await container.start();
    spec.logs.consume(await started.logs());
    return started;
  } catch (error) {
    throw explainStartFailure(spec, error, lastStatus, exposed);
  }
}

/** The ports the image declares (EXPOSE); pulls the image first when it is not on this machine. */
async function ensureImage(client: ContainerRuntimeClient, image: string): Promise<string[]> {
  const name = ImageName.fromString(image);
  if (!(await client.image.exists(name))) {
    try {
      await client.image.pull(name);
    } catch (error) {
      throw imageUnavailable(image, error);
    }
  }
  const inspect = await client.image.inspect(name);
  return Object.keys(inspect.Config.ExposedPorts ?? {});
}

/** Which of the ways to fail this was, from what the wait saw. */
export function explainStartFailure(spec: Pick<BackendSpec, "image" | "port" | "startupTimeoutMs" | "logs">, error: unknown, lastStatus: number | undefined, exposed: string[]): ContainerStartError {
  const reason = reasonOf(error);
  const logs = formatLogTail(spec.image, spec.logs.lines());
  const seconds = Math.round(spec.startupTimeoutMs / 1000);
  if (/exited/i.test(reason)) {
    return new ContainerStartError(`Failed to start ${spec.image}: the container exited before GET /health answered 200. Check the environment it needs (pass --env K=V, or --postgres IMAGE for a database).\n${logs}`);
  }
  if (lastStatus !== undefined) {
    return new ContainerStartError(`Failed to start ${spec.image}: it never became healthy: GET /health on container port ${spec.port} answered ${lastStatus}, not 200, for ${seconds} s. Check its configuration in the log below.\n${logs}`);
  }
  if (/not accessible/i.test(reason)) {
    const declared = exposed.map((port) => port.replace("/tcp", ""));
    const hint = declared.length === 0 ? "The image declares no port (EXPOSE): pass --port with the one its server listens on."
      : declared.includes(String(spec.port)) ? `Check that the server listens on 0.0.0.0:${spec.port} inside the container, not on 127.0.0.1.`
      : `The image declares port ${declared.join(", ")}, not ${spec.port}: pass --port ${declared[0]}.`;
    return new ContainerStartError(`Failed to start ${spec.image}: nothing answered on container port ${spec.port} within ${seconds} s. ${hint}\n${logs}`);
  }
  return new ContainerStartError(`Failed to start ${spec.image}: ${reason}. Check the image name and the Docker engine's log.\n${logs}`);
}
