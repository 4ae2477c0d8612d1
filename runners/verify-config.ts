// The vitest configuration of a verify run, one place for every option that decides its speed and
// its safety: the contract files, the target handed to them, the name filter, how many files run
// at once, and the shard.
import type { CliOptions, TestUserConfig } from "vitest/node";
import { TARGET_CONFIG_KEY } from "#targets/target-config";
import type { TargetConfig } from "#targets/target-config";
import type { Shard } from "./shard.ts";
import { shardLabel } from "./shard.ts";

type ReporterEntry = Extract<NonNullable<TestUserConfig["reporters"]>, unknown[]>[number];

export type VerifyRunPlan = {
  /** The package's root, where the contract files are found. */
  root: string;
  include: string;
  /** The suite's globalSetup (contracts/states/shared-states-setup): the state broker of a URL target. */
  globalSetup: string;
  /** Loaded first in each worker, before any contract file (runners/worker-setup/verify-worker-setup). */
  workerSetup: string;
  target: TargetConfig;
  testNamePattern: RegExp | undefined;
  reporters: ReporterEntry[];
  /** Contract files at once (resolveConcurrency). */
  concurrency: number;
  shard?: Shard;
};

// Room for one wait of a 60-second rate-limit window in a state's setup (a target that ignores X-Forwarded-For).
const TIMEOUT_MS = 180_000;

/** The options verify passes to vitest's startVitest. */
export function verifyVitestConfig(plan: VerifyRunPlan): CliOptions {
  return {
    config: false,
    root: plan.root,
    include: [plan.include],
    // Installed, the contract files live under node_modules/, which vitest excludes by default.
    exclude: [],
    watch: false,
    provide: { [TARGET_CONFIG_KEY]: plan.target },
    // The broker serves a URL target's shared states; the in-process mock lives in each worker, which
    // builds its states itself, and loading the setup (the spec, the URL target) would only delay the workers.
    globalSetup: plan.target.kind === "url" ? [plan.globalSetup] : [],
    // Each worker picks its actors' client IPs from a slice of its own (contracts/identities.ts);
    // the shards of one run start from different slices, so no two actors of a run share a bucket.
    env: { TEMETRO_CLIENT_IP_SLICE: String(((plan.shard?.index ?? 1) - 1) * plan.concurrency) },
    setupFiles: [plan.workerSetup],
    testNamePattern: plan.testNamePattern,
    reporters: plan.reporters,
    // Threads: a worker's results reach the reporters without a trip through a child process's pipe.
    pool: "threads",
    maxWorkers: plan.concurrency,
    fileParallelism: plan.concurrency > 1,
    // Contract files keep no module state of their own; reusing workers saves a spawn and an import of the spec per file.
    isolate: false,
    // Node 24 strips the types itself and resolves the package's #imports: the contract files load with
    // Node's own import instead of vite's module runner and its transforms (no vi.mock, no import.meta.vitest here).
    experimental: { viteModuleRunner: false, nodeLoader: false },
    ...(plan.shard === undefined ? {} : { shard: shardLabel(plan.shard) }),
    // A shard may hold none of the selected checks (vitest shards by file).
    passWithNoTests: true,
    testTimeout: TIMEOUT_MS,
    hookTimeout: TIMEOUT_MS,
  };
}
