// vitest globalSetup of the contracts-http project: starts the standalone mock on a free port,
// probes it as `verify --url` would, and provides the target config to the contract files.
import type { TestProject } from "vitest/node";
import { TARGET_CONFIG_KEY } from "#targets/target-config";
import { startMockServer } from "#mocks/server/start-mock-server";
import { probeTarget } from "./probe-target.ts";
import { detectCapabilities } from "#targets/detect-capabilities";
import { profileNamed } from "#targets/profiles";

export const FRONTEND_ORIGIN = "http://localhost:3000";

type Served = { url: string; close(): Promise<void> };

/** Probes a mock just served for a profile, provides it as the project's URL target, and returns the teardown that stops it. */
export async function provideServedMock(project: TestProject, profile: string, server: Served): Promise<() => Promise<void>> {
  await probeTarget(server.url, profileNamed(profile).sessionPath);
  const { capabilities, forwardedForEvidence } = await detectCapabilities(server.url, { safe: false, frontendOrigin: FRONTEND_ORIGIN, profile });
  project.provide(TARGET_CONFIG_KEY, { kind: "url", url: server.url, profile, frontendOrigin: FRONTEND_ORIGIN, capabilities, forwardedForEvidence });
  return () => server.close();
}

/** Starts temetro's mock and returns the teardown that stops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  return provideServedMock(project, "temetro", await startMockServer({ port: 0, seed: "empty", frontendUrl: FRONTEND_ORIGIN, log: () => {} }));
}
