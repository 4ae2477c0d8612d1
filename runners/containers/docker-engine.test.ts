import { PassThrough } from "node:stream";
import { afterEach, expect, test } from "vitest";
import { main } from "../cli.ts";
import { DockerUnavailableError } from "./container-errors.ts";
import { connectDockerEngine, describeMissingEngine, pingDockerHost } from "./docker-engine.ts";

const savedDockerHost = process.env.DOCKER_HOST;
afterEach(() => {
  if (savedDockerHost === undefined) delete process.env.DOCKER_HOST;
  else process.env.DOCKER_HOST = savedDockerHost;
});

test("names a DOCKER_HOST socket that does not exist, and how to start an engine", async () => {
  const env = { DOCKER_HOST: "unix:///nonexistent/docker.sock" };
  const failure = connectDockerEngine(env);
  await expect(failure).rejects.toThrow(DockerUnavailableError);
  await expect(connectDockerEngine(env)).rejects.toThrow(/^Failed to reach the Docker engine at DOCKER_HOST=unix:\/\/\/nonexistent\/docker\.sock: \/nonexistent\/docker\.sock does not exist.*sudo dockerd.*systemctl start docker.*DOCKER_HOST=/s);
});

test("turns Ryuk off unless the user set it, since its image would have to be pulled", async () => {
  const env: NodeJS.ProcessEnv = { DOCKER_HOST: "unix:///nonexistent/docker.sock" };
  await connectDockerEngine(env).catch(() => {});
  expect(env.TESTCONTAINERS_RYUK_DISABLED).toBe("true");
  const kept: NodeJS.ProcessEnv = { DOCKER_HOST: "unix:///nonexistent/docker.sock", TESTCONTAINERS_RYUK_DISABLED: "false" };
  await connectDockerEngine(kept).catch(() => {});
  expect(kept.TESTCONTAINERS_RYUK_DISABLED).toBe("false");
});

test("reports a refused TCP DOCKER_HOST as nothing listening", async () => {
  expect(await pingDockerHost("tcp://127.0.0.1:1")).toMatch(/connection refused on 127\.0\.0\.1:1/);
});

test("reports a DOCKER_HOST that is not a URL", async () => {
  expect(await pingDockerHost("docker.sock")).toMatch(/not a URL/);
});

test("explains a missing engine by the socket's absence, a dead socket, or its permissions", () => {
  expect(describeMissingEngine(new Error("Could not find a working container runtime strategy"), false)).toMatch(/no \/var\/run\/docker\.sock/);
  expect(describeMissingEngine(new Error("Could not find a working container runtime strategy"), true)).toMatch(/exists but no engine answers/);
  expect(describeMissingEngine(new Error("connect EACCES /var/run/docker.sock"), true)).toMatch(/permission denied.*docker group/);
});

test("verify --image exits with 2 and one readable line when no engine is reachable", async () => {
  process.env.DOCKER_HOST = "unix:///nonexistent/docker.sock";
  const err = new PassThrough();
  let text = "";
  err.on("data", (chunk: Buffer) => { text += chunk.toString(); });
  const code = await main(["verify", "--image", "temetro-contract/reference:local"], { out: new PassThrough(), err });
  expect(code).toBe(2);
  expect(text).toMatch(/^Failed to reach the Docker engine at DOCKER_HOST=.*Start one/);
});
