// vitest globalSetup of a profile's HTTP contract project (named `<profile>-http`): serves the
// profile's mock on a free port, probes it as `verify --profile <profile> --url` would, and provides
// the target config to the profile's contract files.
import type { TestProject } from "vitest/node";
import { profileNamed } from "#targets/profiles";
import { provideServedMock } from "./http-mock-global-setup.ts";

/** Starts the profile's mock and returns the teardown that stops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const profile = profileNamed(project.name.replace(/-http$/, ""));
  if (profile.serveMock === undefined) throw new Error(`Failed to serve the mock of "${profile.name}": the profile has no standalone mock. Name the project <profile>-http after one that has.`);
  return provideServedMock(project, profile.name, await profile.serveMock({ port: 0, host: "127.0.0.1", log: () => {} }));
}
