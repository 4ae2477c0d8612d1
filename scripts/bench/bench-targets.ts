// The four servers the benchmark compares, each in its own process: the standalone mock, Stoplight
// Prism serving the bundled spec (static examples, silent), the reference deployment (real
// better-auth + its own PostgreSQL) and a bare node:http answering fixed JSON.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { BARE_SERVER_SCRIPT, MOCK_SERVER_SCRIPT, startChild, type ChildServer } from "../../mocks/server/load-driver.ts";
import { freePort } from "../free-port.ts";
import { buildBenchClinic, signInBenchActors, type BenchActors } from "./bench-clinic.ts";
import type { BenchPath, BenchRequest } from "./bench-paths.ts";

export type TargetName = "mock" | "Prism" | "reference" | "bare";

export type BenchTarget = {
  name: TargetName;
  url: string;
  /** The server's process (the reference's node process: its PostgreSQL runs apart). */
  pid: number;
  /** The request this target is sent for a path (signed in afresh, so the cookie cache stays warm). */
  prepare(path: BenchPath): Promise<BenchRequest>;
  /** The status it should answer: the contract's, except bare node:http's fixed 200. */
  expected(path: BenchPath): number;
  stop(): Promise<void>;
};

const root = join(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const NO_ACTORS: BenchActors = { owner: "", pharmacist: "", registrar: "" };

/** A target built through the API and signed in before each path. */
async function statefulTarget(name: TargetName, server: ChildServer): Promise<BenchTarget> {
  await buildBenchClinic(server.url).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return { name, url: server.url, pid: server.pid, prepare: async (path) => path.request(await signInBenchActors(server.url)), expected: (path) => path.expected, stop: server.stop };
}

/** The standalone mock as `temetro-contract mock --port 0 --seed empty` runs it, from source. */
export async function startMock(): Promise<BenchTarget> {
  return statefulTarget("mock", await startChild(MOCK_SERVER_SCRIPT));
}

/** The reference deployment on a free port (it starts, and at the end removes, its own PostgreSQL cluster). */
export async function startReference(): Promise<BenchTarget> {
  const port = await freePort();
  const script = `await import(${JSON.stringify(join(root, "reference/start.ts"))});`;
  const env = { PORT: String(port), HOST: "127.0.0.1", BETTER_AUTH_URL: `http://127.0.0.1:${port}`, BETTER_AUTH_SECRET: "temetro-bench-secret-0123456789abcdefghijklmnop" };
  return statefulTarget("reference", await startChild(script, env));
}

/** A bare node:http server: the machine's floor, answering 200 with fixed JSON whatever it is sent. */
export async function startBare(): Promise<BenchTarget> {
  const server = await startChild(BARE_SERVER_SCRIPT);
  return { name: "bare", url: server.url, pid: server.pid, prepare: async (path) => path.request(NO_ACTORS), expected: () => 200, stop: server.stop };
}

/** Polls until something answers HTTP at `url`, or fails after `timeoutMs`. */
async function waitForHttp(url: string, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited()) {
    try {
      await (await fetch(url)).arrayBuffer();
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`Failed to start Prism: nothing answered at ${url} within ${timeoutMs / 1000} s. Its errors are above.`);
}

/** The bundled spec as the package exports it (`temetro-contract/openapi.json`, built into dist/). */
function bundledSpec(): string {
  const path = join(root, "dist/openapi/generated/openapi.json");
  if (!existsSync(path)) throw new Error(`Failed to find the bundled spec at ${path}: run \`npm run build\` first.`);
  return path;
}

/**
 * Stoplight Prism serving the bundled spec: static examples (not --dynamic), logging silenced. Any
 * session cookie passes its security check; a 403 has to be asked for with `Prefer: code=403`.
 */
export async function startPrism(): Promise<BenchTarget> {
  const spec = bundledSpec();
  const port = await freePort();
  const packageDir = dirname(require.resolve("@stoplight/prism-cli/package.json"));
  const child = spawn(process.execPath, [join(packageDir, "dist/index.js"), "mock", spec, "--port", String(port), "--host", "127.0.0.1", "--verboseLevel", "silent"], { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => (child.kill("SIGINT"), exited);
  await waitForHttp(`${url}/health`, 120_000, () => child.exitCode !== null).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const session = "better-auth.session_token=bench";
  const actors: BenchActors = { owner: session, pharmacist: session, registrar: session };
  return {
    name: "Prism",
    url,
    pid: child.pid ?? 0,
    async prepare(path) {
      const request = path.request(actors);
      return path.expected === 403 ? { ...request, headers: { ...request.headers, prefer: "code=403" } } : request;
    },
    expected: (path) => path.expected,
    stop,
  };
}
