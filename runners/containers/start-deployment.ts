// `verify --image`: the backend image alone, or beside PostgreSQL on a shared network, wired the way
// temetro's compose file wires them. BETTER_AUTH_URL is the very URL the suite reaches (a host port
// chosen before the start), so Better Auth trusts its own origin and its links point back at it.
import { randomBytes, randomUUID } from "node:crypto";
import { Network } from "testcontainers";
import type { StartedNetwork, StartedTestContainer } from "testcontainers";
import { reasonOf } from "./container-errors.ts";
import { connectDockerEngine } from "./docker-engine.ts";
import { createLogTail } from "./log-tail.ts";
import { pickHostPort } from "./pick-host-port.ts";
import { reapOnSignal, reapSync, RUN_LABEL } from "./reap.ts";
import type { ReapTarget } from "./reap.ts";
import { startBackend } from "./start-backend.ts";
import { COMPOSE_DATABASE_URL, startPostgres } from "./start-postgres.ts";

export type ImageOptions = {
  image: string;
  /** The backend's port inside the container (default 4000). */
  port: number;
  /** --env K=V; wins over everything this module sets. */
  env: Record<string, string>;
  /** A PostgreSQL image to start beside the backend. */
  postgres?: string;
  /** The trusted frontend origin (--origin): becomes FRONTEND_URL unless --env sets it. */
  frontendOrigin: string;
  startupTimeoutMs: number;
  log: (line: string) => void;
};

export type Deployment = {
  /** The URL the suite reaches, equal to the backend's BETTER_AUTH_URL unless --env overrode it. */
  url: string;
  frontendOrigin: string;
  backendLogs: () => string[];
  /** Stops and removes every container and network of the run; safe to call twice. */
  stop: () => Promise<void>;
};

/** Starts the deployment; on any failure removes what was started before rethrowing. */
export async function startImageDeployment(options: ImageOptions): Promise<Deployment> {
  const client = await connectDockerEngine();
  const runId = randomUUID();
  const labels = { [RUN_LABEL]: runId };
  const reapTarget: ReapTarget = { labels: [{ key: RUN_LABEL, value: runId }], networkIds: [] };
  const stopReaping = reapOnSignal(() => reapTarget, options.log);
  const started: Array<StartedTestContainer | StartedNetwork> = [];
  const stop = async () => {
    for (const resource of started.splice(0).reverse()) await resource.stop().catch(() => {});
    // The label sweep catches what a failed stop() or an interrupted start left behind.
    for (const command of reapSync(reapTarget)) options.log(`Failed to remove everything: run \`${command}\` to finish.`);
    stopReaping();
  };
  const backendLogs = createLogTail();
  let network: StartedNetwork | undefined;
  try {
    const env: Record<string, string> = { BETTER_AUTH_SECRET: randomBytes(32).toString("base64") };
    if (options.postgres !== undefined) {
      network = await new Network().start();
      started.push(network);
      reapTarget.networkIds.push(network.getId());
      options.log(`Starting ${options.postgres} (the database, alias db)…`);
      started.push(await startPostgres(client, { image: options.postgres, network, labels, startupTimeoutMs: options.startupTimeoutMs, logs: createLogTail() }));
      env.DATABASE_URL = COMPOSE_DATABASE_URL;
    }
    const host = client.info.containerRuntime.host;
    const loopback = host === "localhost" || host === "127.0.0.1";
    for (let attempt = 1; ; attempt++) {
      const hostPort = await pickHostPort(loopback);
      const url = `http://${host}:${hostPort}`;
      Object.assign(env, { PORT: String(options.port), BETTER_AUTH_URL: url, FRONTEND_URL: options.frontendOrigin }, options.env);
      options.log(`Starting ${options.image} on ${url} (container port ${options.port}) with ${describeEnv(env)}…`);
      try {
        const backend = await startBackend(client, {
          image: options.image, port: options.port, hostPort, loopback, env, labels, network,
          startupTimeoutMs: options.startupTimeoutMs, logs: backendLogs,
        });
        started.push(backend);
        return { url, frontendOrigin: new URL(env.FRONTEND_URL ?? options.frontendOrigin).origin, backendLogs: () => backendLogs.lines(), stop };
      } catch (error) {
        // The free port we picked can be taken before Docker binds it: pick another.
        if (attempt >= 3 || !/port is already allocated|address already in use/i.test(reasonOf(error))) throw error;
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The environment for the log, secrets masked: K=V K=V …, DATABASE_URL's password as ***. */
export function describeEnv(env: Record<string, string>): string {
  return Object.entries(env).map(([key, value]) => {
    if (/SECRET|PASSWORD|TOKEN|KEY/i.test(key)) return `${key}=***`;
    return `${key}=${value.replace(/^([a-z]+:\/\/[^:/@]+:)[^@]*@/i, "$1***@")}`;
  }).join(" ");
}
