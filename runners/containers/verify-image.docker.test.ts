// End to end against a real Docker engine: builds (or reuses) the local images, runs the CLI's
// `verify --image`, `--postgres` and `--compose`, and checks each failure a clinic can meet.
// Runs in CI (CI=true), where a missing engine is a failure, and locally with TEMETRO_DOCKER_TESTS=1;
// otherwise skipped with the reason (several minutes of containers are no part of a quick unit run).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { TestContext } from "vitest";
import { ensureImages } from "../../scripts/images/ensure-images.ts";
import { POSTGRES_IMAGE } from "../../scripts/images/postgres-image.ts";
import { REFERENCE_IMAGE } from "../../scripts/images/reference-image.ts";
import { ContainerStartError, reasonOf } from "./container-errors.ts";
import { connectDockerEngine } from "./docker-engine.ts";
import { createLogTail } from "./log-tail.ts";
import { pickHostPort } from "./pick-host-port.ts";
import { RUN_LABEL } from "./reap.ts";
import { startBackend } from "./start-backend.ts";
import { startImageDeployment } from "./start-deployment.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const IN_CI = process.env.CI === "true" || process.env.CI === "1";
const WANTED = IN_CI || process.env.TEMETRO_DOCKER_TESTS === "1";
const engineProblem = WANTED ? await connectDockerEngine().then(() => undefined, (error: unknown) => reasonOf(error)) : undefined;
const skipReason = !WANTED ? "set TEMETRO_DOCKER_TESTS=1 to run the Docker end-to-end tests (CI always runs them)"
  : engineProblem !== undefined ? `no Docker engine: ${engineProblem}` : undefined;
// The areas a container's wiring can break (BETTER_AUTH_URL, trusted origins, cookies, the mailbox,
// X-Forwarded-For); the whole suite (440 checks, 4–8 min here) is for `npx temetro-contract verify --image` by hand.
const WIRING_AREAS = "SERVICE,ERRORS,ORIGIN,RATE,SESSION,ACCOUNT,PASSWORD";
const hasCompose = ["docker compose version", "docker-compose version"].some((command) => spawnSync("sh", ["-c", command], { stdio: "ignore" }).status === 0);

/** A test that needs the engine: skipped with the reason when there is none (the first test fails instead, in CI). */
function dockerTest(name: string, timeout: number, fn: (context: TestContext) => Promise<void>): void {
  test(name, { timeout }, async (context) => {
    if (skipReason !== undefined) context.skip(skipReason);
    await fn(context);
  });
}

beforeAll(async () => {
  if (skipReason === undefined) await ensureImages(ROOT, { log: (line) => console.log(line) });
}, 600_000);

// Only in CI: on a shared machine another run's containers would carry the same label.
afterAll(() => {
  if (skipReason !== undefined || !IN_CI) return;
  const left = spawnSync("docker", ["ps", "-aq", "--filter", `label=${RUN_LABEL}`], { encoding: "utf8" }).stdout.trim();
  expect(left, "containers left behind by a run").toBe("");
});

test("finds a Docker engine (required in CI)", (context) => {
  if (skipReason !== undefined && !IN_CI) context.skip(skipReason);
  expect(engineProblem, "CI must start dockerd before the tests (see the README's Docker section)").toBeUndefined();
});

dockerTest("verify --image runs the auth and origin areas against the reference image, passes, and removes its container", 600_000, async () => {
  const run = await cli(["verify", "--image", REFERENCE_IMAGE, "--env", "TEMETRO_TEST_MAILBOX=1", "--only", WIRING_AREAS]);
  expect(run.output).toMatch(/Healthy after [\d.]+ s: http:\/\/localhost:\d+/);
  expect(run.output).toMatch(/Stopped and removed the containers; start to verdict [\d.]+ s\./);
  expect(run.code, run.output.slice(-4000)).toBe(0);
});

dockerTest("verify --postgres wires the backend to a PostgreSQL container as temetro's compose file does", 300_000, async () => {
  const run = await cli(["verify", "--image", REFERENCE_IMAGE, "--postgres", POSTGRES_IMAGE, "--env", "TEMETRO_TEST_MAILBOX=1", "--only", "SERVICE,ERRORS"]);
  expect(run.output).toContain("DATABASE_URL=postgres://temetro:***@db:5432/temetro");
  expect(run.output).toMatch(/BETTER_AUTH_URL=http:\/\/localhost:(\d+) FRONTEND_URL=http:\/\/localhost:3000/);
  expect(run.code, run.output.slice(-4000)).toBe(0);
});

dockerTest("verify --compose starts the backend and its database from a compose file", 300_000, async (context) => {
  if (!hasCompose && !IN_CI) context.skip("neither `docker compose` nor `docker-compose` is installed");
  const dir = mkdtempSync(join(tmpdir(), "temetro-compose-test-"));
  writeFileSync(join(dir, "docker-compose.yml"), composeFile());
  const run = await cli(["verify", "--compose", join(dir, "docker-compose.yml"), "--only", "SERVICE"]);
  expect(run.output).toMatch(/Starting backend, db from .* \(Compose v[12]\)/);
  expect(run.code, run.output.slice(-4000)).toBe(0);
});

dockerTest("shows the last log lines of a backend that exits during startup", 120_000, async () => {
  const start = startImageDeployment({ ...imageOptions(), env: { DATABASE_URL: "postgres://nobody:none@127.0.0.1:1/none" } });
  await expect(start).rejects.toThrow(ContainerStartError);
  await expect(start).rejects.toThrow(/the container exited before GET \/health answered 200[\s\S]*\| \[reference\] Failed to start/);
});

dockerTest("says nothing listened on the port, and which port the image declares", 120_000, async () => {
  const start = startImageDeployment({ ...imageOptions(), image: POSTGRES_IMAGE, env: { POSTGRES_PASSWORD: "unused" }, startupTimeoutMs: 8_000 });
  await expect(start).rejects.toThrow(/nothing answered on container port 4000 within 8 s\. The image declares port 5432, not 4000: pass --port 5432\.[\s\S]*database system is ready/);
});

dockerTest("says /health never answered 200, with what it answered and the log", 120_000, async () => {
  const client = await connectDockerEngine();
  const server = "require('http').createServer((q, s) => { s.statusCode = 503; s.end('{}'); }).listen(4000, '0.0.0.0', () => console.log('serving 503'))";
  const start = startBackend(client, {
    image: REFERENCE_IMAGE, port: 4000, hostPort: await pickHostPort(true), loopback: true, env: {}, labels: { [RUN_LABEL]: "test" },
    startupTimeoutMs: 6_000, logs: createLogTail(), command: ["node", "-e", server],
  });
  await expect(start).rejects.toThrow(/never became healthy: GET \/health on container port 4000 answered 503, not 200, for 6 s[\s\S]*\| serving 503/);
});

function imageOptions() {
  return { image: REFERENCE_IMAGE, port: 4000, env: {}, frontendOrigin: "http://localhost:3000", startupTimeoutMs: 60_000, log: () => {} };
}

/** The CLI in a child process, with no trace of the vitest run around it in its environment. */
function cli(args: string[]): Promise<{ code: number | null; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "NODE_ENV" && key !== "TEST"));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "bin/temetro-contract.ts"), ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on("data", (chunk: Buffer) => { output += chunk.toString(); });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

/** temetro's backend/docker-compose.yml, on the local images, with the test mailbox on. */
function composeFile(): string {
  return `services:
  db:
    image: ${POSTGRES_IMAGE}
    restart: unless-stopped
    environment: { POSTGRES_USER: temetro, POSTGRES_PASSWORD: temetro, POSTGRES_DB: temetro }
    ports: ["\${POSTGRES_PORT:-5432}:5432"]
    volumes: ["temetro_pgdata:/var/lib/postgresql/data"]
    healthcheck: { test: ["CMD-SHELL", "pg_isready -U temetro -d temetro"], interval: 2s, timeout: 5s, retries: 15 }
  backend:
    image: ${REFERENCE_IMAGE}
    restart: unless-stopped
    depends_on: { db: { condition: service_healthy } }
    environment:
      DATABASE_URL: postgres://temetro:temetro@db:5432/temetro
      BETTER_AUTH_SECRET: \${BETTER_AUTH_SECRET:-}
      BETTER_AUTH_URL: http://localhost:4000
      FRONTEND_URL: http://localhost:3000
      PORT: "4000"
      TEMETRO_TEST_MAILBOX: "1"
    ports: ["\${BACKEND_PORT:-4000}:4000"]
  frontend:
    image: khalidxv/temetro-frontend:latest
    depends_on: [backend]
    ports: ["3000:3000"]
volumes:
  temetro_pgdata:
`;
}
