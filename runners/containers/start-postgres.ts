// Starts PostgreSQL beside the backend, on their shared network under the alias `db`, with the
// credentials temetro's compose file gives it; it publishes no port: only the backend talks to it.
import { GenericContainer, ImageName, Wait } from "testcontainers";
import type { ContainerRuntimeClient, StartedNetwork, StartedTestContainer } from "testcontainers";
import { ContainerStartError, formatLogTail, imageUnavailable, reasonOf } from "./container-errors.ts";
import { keepLogsOnFailure } from "./keep-logs-on-failure.ts";
import type { LogTail } from "./log-tail.ts";

/** What temetro's compose file (backend/docker-compose.yml) sets for its `db` service. */
export const COMPOSE_DATABASE = { user: "temetro", password: "temetro", database: "temetro", alias: "db" };

/** The DATABASE_URL the backend gets, as in the compose file. */
export const COMPOSE_DATABASE_URL = `postgres://${COMPOSE_DATABASE.user}:${COMPOSE_DATABASE.password}@${COMPOSE_DATABASE.alias}:5432/${COMPOSE_DATABASE.database}`;

export type PostgresSpec = {
  image: string;
  network: StartedNetwork;
  labels: Record<string, string>;
  startupTimeoutMs: number;
  logs: LogTail;
};

/** The started database; throws ContainerStartError with its last log lines when it never accepts connections. */
export async function startPostgres(client: ContainerRuntimeClient, spec: PostgresSpec): Promise<StartedTestContainer> {
  const name = ImageName.fromString(spec.image);
  if (!(await client.image.exists(name))) {
    try {
      await client.image.pull(name);
    } catch (error) {
      throw imageUnavailable(spec.image, error);
    }
  }
  const { user, password, database, alias } = COMPOSE_DATABASE;
  // Over TCP, as the backend will connect: the official image's init-time server listens on its socket only.
  const ready = Wait.forSuccessfulCommand(`pg_isready -h 127.0.0.1 -p 5432 -U ${user} -d ${database}`).withStartupTimeout(spec.startupTimeoutMs);
  const container = new GenericContainer(spec.image)
    .withEnvironment({ POSTGRES_USER: user, POSTGRES_PASSWORD: password, POSTGRES_DB: database })
    .withNetwork(spec.network)
    .withNetworkAliases(alias)
    .withLabels(spec.labels)
    .withWaitStrategy(keepLogsOnFailure(ready, client, spec.logs));
  try {
    return await container.start();
  } catch (error) {
    throw new ContainerStartError(`Failed to start ${spec.image} as the database: ${reasonOf(error)}. It must follow the official postgres image's contract (POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB; pg_isready on the PATH).\n${formatLogTail(spec.image, spec.logs.lines())}`);
  }
}
