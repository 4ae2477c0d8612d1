// The run's state broker: a loopback HTTP server in the runner's process that builds each shared
// state of the catalogue once, on the first request for it (so `--only` builds only what its checks
// ask for), and hands every worker the same snapshot. Its builds answer to the contract like a
// check's requests do; everything they create is undone when the run ends.
import { createServer } from "node:http";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createCleanup } from "../cleanup.ts";
import type { Cleanup } from "../cleanup.ts";
import { diagnoseExchange } from "../expect-contract.ts";
import type { Actor, Target } from "#targets/target";
import { sharedBuildOf } from "./shared-catalogue.ts";
import { buildRequestSchema, invalidateRequestSchema } from "./state-broker-protocol.ts";
import type { BrokerAnswer, SharedBuild } from "./state-broker-protocol.ts";
import { snapshotOf } from "./state-snapshot.ts";
import type { World } from "./state.ts";

export type StateBroker = {
  url: string;
  /** Stops answering, waits for builds under way, undoes every build; answers what could not be undone. */
  close(): Promise<string[]>;
};

/** Starts a broker that builds on `target`. */
export async function startStateBroker(target: Target): Promise<StateBroker> {
  const cleanup = createCleanup();
  const builds = new Map<string, { generation: number; promise: Promise<SharedBuild> }>();
  let generations = 0;

  const answerBuild = async (name: string): Promise<BrokerAnswer> => {
    const existing = builds.get(name);
    if (existing !== undefined) return { ...(await existing.promise), built: false };
    const build = sharedBuildOf(name);
    if (build === undefined) return { error: `Failed to build the shared state "${name}": the catalogue (contracts/states/shared-catalogue.ts) has no state of that name.` };
    const generation = ++generations;
    const promise = buildOnce(target, cleanup, build, name, generation);
    builds.set(name, { generation, promise });
    try {
      return await promise;
    } catch (error) {
      // Not kept: the next check asks again.
      if (builds.get(name)?.generation === generation) builds.delete(name);
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };

  const server = createServer((request, response) => {
    void answer(request)
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
      .then((body) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body)));
  });
  const answer = async (request: IncomingMessage): Promise<BrokerAnswer | { ok: true }> => {
    const body: unknown = JSON.parse(await readBody(request));
    if (request.url === "/build") {
      const parsed = buildRequestSchema.safeParse(body);
      return parsed.success ? answerBuild(parsed.data.key) : { error: "Failed to read a build request: it names no state." };
    }
    const parsed = invalidateRequestSchema.safeParse(body);
    if (request.url !== "/invalidate" || !parsed.success) return { error: `Failed to answer ${request.url}: the broker answers POST /build and POST /invalidate.` };
    if (builds.get(parsed.data.key)?.generation === parsed.data.generation) builds.delete(parsed.data.key);
    return { ok: true };
  };

  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await closeServer(server);
      await Promise.allSettled([...builds.values()].map(({ promise }) => promise));
      return cleanup.run();
    },
  };
}

/** Builds a state with actors whose every response is checked against the spec, and snapshots it. */
async function buildOnce(target: Target, cleanup: Cleanup, build: (world: World) => Promise<unknown>, name: string, generation: number): Promise<SharedBuild> {
  const problems: string[] = [];
  const checked = (actor: Actor): Actor => ({
    ...actor,
    async request(path, options) {
      const exchange = await actor.request(path, options);
      problems.push(...diagnoseExchange(exchange).map(({ path: at, message }) => `${exchange.request.method} ${exchange.request.path} → ${exchange.status} (${exchange.operationId}) ${at}: ${message}`));
      return exchange;
    },
  });
  const value = await build({ target: { ...target, actor: (label, options) => checked(target.actor(label, options)) }, cleanup });
  if (problems.length > 0) throw new Error(`Failed the contract while building the shared state "${name}": responses do not conform to the spec:\n  ${problems.join("\n  ")}`);
  return { snapshot: await snapshotOf(value), generation, built: true };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8") || "null";
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
