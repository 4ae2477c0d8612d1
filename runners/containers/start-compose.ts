// `verify --compose FILE`: the backend and what it depends on, from the clinic's own compose file
// (rewritten by deriveCompose), through testcontainers' DockerComposeEnvironment. Needs Compose:
// the v2 plugin (`docker compose`) or the standalone v1 binary (`docker-compose`).
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DockerComposeEnvironment, Wait } from "testcontainers";
import type { StartedDockerComposeEnvironment } from "testcontainers";
import { deriveCompose } from "./compose-file.ts";
import { ComposeError, reasonOf } from "./container-errors.ts";
import { connectDockerEngine } from "./docker-engine.ts";
import { createLogTail } from "./log-tail.ts";
import { pickHostPort } from "./pick-host-port.ts";
import { reapOnSignal, reapSync } from "./reap.ts";
import type { Deployment } from "./start-deployment.ts";
import { explainStartFailure } from "./start-backend.ts";
import { keepLogsOnFailure } from "./keep-logs-on-failure.ts";

export type ComposeOptions = { file: string; env: Record<string, string>; port: number; startupTimeoutMs: number; log: (line: string) => void };

export const NO_COMPOSE = "Failed to start --compose: neither `docker compose` (the Compose v2 plugin) nor `docker-compose` (v1) is installed. Install one (Debian/Ubuntu: `apt-get install docker-compose`; or Docker's docker-compose-plugin package), or start the same two containers without Compose: --image IMAGE --postgres postgres:16.";

/** Which Compose binary works here: v2 first, then the standalone v1; throws ComposeError when neither. */
export function findCompose(run = (command: string, args: string[]) => spawnSync(command, args, { stdio: "ignore" }).status === 0): "plugin" | "standalone" {
  if (run("docker", ["compose", "version"])) return "plugin";
  if (run("docker-compose", ["version"])) return "standalone";
  throw new ComposeError(NO_COMPOSE);
}

/** Starts the derived stack and waits for the backend's /health; removes everything on failure. */
export async function startComposeDeployment(options: ComposeOptions): Promise<Deployment> {
  const flavour = findCompose();
  const client = await connectDockerEngine();
  const host = client.info.containerRuntime.host;
  const loopback = host === "localhost" || host === "127.0.0.1";
  const hostPort = await pickHostPort(loopback);
  const url = `http://${host}:${hostPort}`;
  const derived = deriveCompose(readFileSync(options.file, "utf8"), { port: options.port, url, published: `${loopback ? "127.0.0.1:" : ""}${hostPort}`, env: options.env });
  const dir = mkdtempSync(join(tmpdir(), "temetro-compose-"));
  const file = join(dir, "docker-compose.yml");
  writeFileSync(file, derived.text);
  const project = `temetro-contract-${randomUUID().slice(0, 8)}`;
  const reapTarget = { labels: [{ key: "com.docker.compose.project", value: project }], networkIds: [] };
  const stopReaping = reapOnSignal(() => reapTarget, options.log);
  // v1 names containers project_service_1, v2 project-service-1 (and testcontainers strips "project-").
  const backendName = flavour === "plugin" ? `${derived.backendService}-1` : `${project}_${derived.backendService}_1`;
  const logs = createLogTail();
  let lastStatus: number | undefined;
  const health = Wait.forHttp("/health", options.port, { abortOnContainerExit: true })
    .forStatusCodeMatching((status) => ((lastStatus = status), status === 200));
  let environment: StartedDockerComposeEnvironment | undefined;
  const stop = async () => {
    // down() removes the project's containers, networks and volumes; a failed up() already ran it, the label sweep catches the rest.
    await environment?.down({ removeVolumes: true, timeout: 0 }).catch(() => {});
    environment = undefined;
    for (const command of reapSync(reapTarget)) options.log(`Failed to remove everything: run \`${command}\` to finish.`);
    stopReaping();
    rmSync(dir, { recursive: true, force: true });
  };
  options.log(`Starting ${derived.services.join(", ")} from ${options.file} (Compose ${flavour === "plugin" ? "v2" : "v1"}); the backend on ${url}…`);
  try {
    environment = await new DockerComposeEnvironment(dir, file)
      .withProjectName(project)
      .withEnvironment(process.env.BETTER_AUTH_SECRET ? {} : { BETTER_AUTH_SECRET: randomBytes(32).toString("base64") })
      .withClientOptions({
        composeOptions: ["--project-directory", dirname(options.file)],
        ...(flavour === "standalone" ? { executable: { standalone: true } } : {}),
      })
      .withWaitStrategy(backendName, keepLogsOnFailure(health, client, logs))
      .withStartupTimeout(options.startupTimeoutMs)
      .up(derived.services);
    const backend = environment.getContainer(backendName);
    logs.consume(await backend.logs());
    const env = await client.container.inspect(client.container.getById(backend.getId()));
    const frontend = (env.Config.Env ?? []).find((entry) => entry.startsWith("FRONTEND_URL="))?.slice("FRONTEND_URL=".length) || "http://localhost:3000";
    return { url, frontendOrigin: new URL(frontend).origin, backendLogs: () => logs.lines(), stop };
  } catch (error) {
    await stop();
    if (error instanceof ComposeError) throw error;
    if (!/exited|not accessible/i.test(reasonOf(error))) {
      throw new ComposeError(`Failed to start ${options.file}: ${reasonOf(error)}. See how Compose reads the file with \`docker compose -f ${options.file} config\`.`);
    }
    throw explainStartFailure({ image: `the ${derived.backendService} service`, port: options.port, startupTimeoutMs: options.startupTimeoutMs, logs }, error, lastStatus, [`${options.port}/tcp`]);
  }
}
