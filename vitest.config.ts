import { defineConfig } from "vitest/config";
import { OTHER_PROFILES, suiteOf } from "./targets/profile-suites.ts";

// Projects: the unit tests beside the code, and the contract suite against each target npm test runs.
// Contract files keep no module state of their own, so workers are reused across files (isolate: false).
const contracts = { include: ["contracts/suites/**/*.contract.ts"], isolate: false, testTimeout: 120_000, hookTimeout: 120_000 };
// The state broker of a URL target (shared states built once per run); listed after the setup that provides the target.
const sharedStates = "contracts/states/shared-states-setup.ts";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          // A hung test still fails, after 30 s. vitest's 5 s default failed a synchronous test (a temp
          // folder made, a file written, a few paths stat'ed) in CI, where it took 15.6 s on this VM.
          testTimeout: 30_000,
          include: ["openapi/**/*.test.ts", "mocks/**/*.test.ts", "targets/**/*.test.ts", "runners/**/*.test.ts", "contracts/**/*.test.ts", "scripts/consumer-smoke/*.test.ts", "scripts/architecture/*.test.ts", "scripts/bench/*.test.ts", "profiles/**/*.test.ts"],
          exclude: ["**/node_modules/**", "contracts/suites/**", "profiles/*/reference/**"],
        },
      },
      {
        // The suite against a mock inside each worker (no network).
        test: { name: "contracts-in-process", ...contracts, provide: { temetroTarget: { kind: "in-process", safe: false } }, globalSetup: [sharedStates] },
      },
      {
        // The same files against the standalone mock over real HTTP. One server, one clock: files run
        // one after another so a check that moves the clock never runs beside a time-bound one.
        test: { name: "contracts-http", ...contracts, globalSetup: ["runners/http-mock-global-setup.ts", sharedStates], fileParallelism: false },
      },
      // Each other profile's suite against its mock in each worker, and over HTTP (the setup serves the mock the project is named after).
      ...OTHER_PROFILES.flatMap((profile) => [
        { test: { name: `${profile}-in-process`, ...contracts, include: [suiteOf(profile)], provide: { temetroTarget: { kind: "in-process" as const, safe: false, profile } } } },
        { test: { name: `${profile}-http`, ...contracts, include: [suiteOf(profile)], globalSetup: ["runners/profile-http-mock-global-setup.ts"] } },
      ]),
    ],
  },
});
