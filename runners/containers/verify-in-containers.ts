// A target started from Docker images: bring the deployment up (--image, --postgres, or --compose),
// run the suite against the URL it answers on exactly as `verify --url` does, and take everything
// down again: after a pass, a failure, a thrown error, or Ctrl-C.
import type { Writable } from "node:stream";
import type { ContainerOptions } from "./container-options.ts";
import { formatLogTail } from "./container-errors.ts";
import type { Deployment } from "./start-deployment.ts";
import { verify } from "../verify.ts";
import type { VerifyOptions } from "../verify.ts";

/** How long an image may take to answer GET /health 200 (temetro migrates its database first). */
export const STARTUP_TIMEOUT_MS = 120_000;

/** Runs the suite against a deployment started from images; resolves to verify's exit code. */
export async function verifyInContainers(container: ContainerOptions, options: VerifyOptions, startupTimeoutMs = STARTUP_TIMEOUT_MS): Promise<number> {
  const out: Writable = options.out ?? process.stdout;
  const log = (line: string) => void out.write(`${line}\n`);
  const started = performance.now();
  const deployment = await startDeployment(container, options.frontendOrigin, startupTimeoutMs, log);
  log(`Healthy after ${seconds(started)} s: ${deployment.url} (trusted frontend ${deployment.frontendOrigin})`);
  let code: number | undefined;
  try {
    code = await verify({ ...options, url: deployment.url, frontendOrigin: deployment.frontendOrigin });
    return code;
  } finally {
    if (code !== 0) log(formatLogTail("the backend", deployment.backendLogs(), 30));
    await deployment.stop();
    log(`Stopped and removed the containers; start to verdict ${seconds(started)} s.`);
  }
}

async function startDeployment(container: ContainerOptions, frontendOrigin: string, startupTimeoutMs: number, log: (line: string) => void): Promise<Deployment> {
  if (container.kind === "compose") {
    const { startComposeDeployment } = await import("./start-compose.ts");
    return startComposeDeployment({ file: container.file, env: container.env, port: container.port, startupTimeoutMs, log });
  }
  const { startImageDeployment } = await import("./start-deployment.ts");
  return startImageDeployment({ ...container, frontendOrigin, startupTimeoutMs, log });
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
