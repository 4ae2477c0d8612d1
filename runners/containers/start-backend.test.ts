import { Readable } from "node:stream";
import { expect, test } from "vitest";
import { ContainerStartError, imageUnavailable } from "./container-errors.ts";
import { createLogTail } from "./log-tail.ts";
import { explainStartFailure } from "./start-backend.ts";

async function specWithLogs(lines: string[]) {
  const logs = createLogTail();
  const stream = Readable.from([lines.join("\n") + "\n"]);
  logs.consume(stream);
  await new Promise((resolve) => stream.once("end", resolve));
  return { image: "temetro:next", port: 4000, startupTimeoutMs: 60_000, logs };
}

test("says the container exited, and shows its last log lines", async () => {
  const error = explainStartFailure(await specWithLogs(["migrating", "Error: DATABASE_URL is not set"]), new Error("Container exited during HTTP healthCheck"), undefined, ["4000/tcp"]);
  expect(error).toBeInstanceOf(ContainerStartError);
  expect(error.message).toMatch(/^Failed to start temetro:next: the container exited before GET \/health answered 200\. .*--postgres/);
  expect(error.message).toContain("  | Error: DATABASE_URL is not set");
});

test("says /health answered something other than 200 for the whole wait", async () => {
  const error = explainStartFailure(await specWithLogs(["up"]), new Error("URL /health not accessible after 60000ms"), 503, ["4000/tcp"]);
  expect(error.message).toMatch(/never became healthy: GET \/health on container port 4000 answered 503, not 200, for 60 s/);
});

test("points at the declared port when nothing answered on the requested one", async () => {
  const error = explainStartFailure(await specWithLogs([]), new Error("URL /health not accessible after 60000ms"), undefined, ["8080/tcp"]);
  expect(error.message).toMatch(/nothing answered on container port 4000 within 60 s\. The image declares port 8080, not 4000: pass --port 8080\./);
  expect(error.message).toMatch(/printed nothing/);
});

test("suggests listening on 0.0.0.0 when the declared port is the requested one", async () => {
  const error = explainStartFailure(await specWithLogs([]), new Error("URL /health not accessible after 60000ms"), undefined, ["4000/tcp"]);
  expect(error.message).toMatch(/listens on 0\.0\.0\.0:4000 inside the container/);
});

test("says how to get an image that is neither here nor pullable", () => {
  expect(imageUnavailable("khalidxv/temetro-backend:9.9.9", new Error("dial tcp: lookup registry-1.docker.io: no such host")).message)
    .toMatch(/^Failed to start khalidxv\/temetro-backend:9\.9\.9: it is not on this machine and pulling it failed \(dial tcp.*\)\. .*docker load -i/);
});
