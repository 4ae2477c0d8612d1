// `verify`: resolve the target (probe a URL, or the in-process mock), run the contract files with
// vitest's programmatic API (as many at once as the target takes, or one shard of them), print the
// summary with where the time went, write the html/json/junit reports, and pick the exit code.
import { fileURLToPath } from "node:url";
import type { Writable } from "node:stream";
import { startVitest } from "vitest/node";
import { DEFAULT_PROFILE, profileNamed } from "#targets/profiles";
import { IN_PROCESS_FORWARDED_FOR_EVIDENCE, inProcessCapabilities } from "#targets/target-config";
import type { TargetConfig } from "#targets/target-config";
import type { ContractDocument } from "#openapi";
import { resolveConcurrency } from "./concurrency.ts";
import { UsageError } from "./errors.ts";
import type { RunInfo } from "./reporters/build-report.ts";
import { checkOutputDirectory } from "./reporters/report-output.ts";
import type { ReportFormat } from "./reporters/report-output.ts";
import { createSummaryReporter } from "./reporters/summary-reporter.ts";
import { shardLabel } from "./shard.ts";
import type { Shard } from "./shard.ts";
import { verifyVitestConfig } from "./verify-config.ts";

export type VerifyOptions = {
  /** The deployment to check; the in-process mock when absent. */
  url?: string;
  /** The profile whose contract is checked (--profile); temetro when absent. */
  profile?: string;
  /** Rule ids or areas to run (upper-case); all when empty. */
  only: string[];
  skip: string[];
  reporters: ReportFormat[];
  outputDir: string;
  safe: boolean;
  frontendOrigin: string;
  /** Contract files at once (--concurrency); the target's default when absent. */
  concurrency?: number;
  /** This run's part of a sharded run (--shard i/n). */
  shard?: Shard;
  out?: Writable;
};

// The package's root: the repository when run from source, dist/ when installed (built JavaScript).
const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCE_EXTENSION = import.meta.url.endsWith(".ts") ? "ts" : "js";
/** Builds the shared states of a URL target once per run (the state broker), and undoes them at its end. */
const SHARED_STATES_SETUP = `contracts/states/shared-states-setup.${SOURCE_EXTENSION}`;
/** Loaded first in each worker: its module hooks (es-toolkit's barrels narrowed, contract files at stable URLs). */
const WORKER_SETUP = `runners/worker-setup/verify-worker-setup.${SOURCE_EXTENSION}`;

/** The contract files of a profile's suite, as this package holds them (.ts from source, .js installed). */
export function contractFiles(profile: string): string {
  return profileNamed(profile).suite.replace(/\.ts$/, `.${SOURCE_EXTENSION}`);
}

/** Runs the suite; resolves to the exit code (0 conforming, 1 failures). Throws UsageError/TargetError for code 2. */
export async function verify(options: VerifyOptions): Promise<number> {
  const out = options.out ?? process.stdout;
  // Before the run, not after it: a folder that cannot be one must not cost a whole run.
  if (options.reporters.length > 0) checkOutputDirectory(options.outputDir, options.outputDir);
  const { config, heading, target } = await resolveTarget(options, out);
  const concurrency = resolveConcurrency(options.concurrency, { kind: config.kind, ...target.capabilities });
  if (config.kind === "url") out.write(`Running ${concurrency.files === 1 ? "one contract file at a time" : `${concurrency.files} contract files at a time`} (${concurrency.why}).\n`);
  const shardNote = options.shard === undefined ? "" : `, shard ${shardLabel(options.shard)}`;
  const summary = createSummaryReporter({ heading: `${heading}${shardNote}`, out, concurrency: concurrency.files });
  const startedAt = new Date();
  const started = performance.now();
  const exitCodeBefore = process.exitCode;
  await startVitest([], verifyVitestConfig({
    root: PACKAGE_ROOT,
    include: contractFiles(config.profile ?? DEFAULT_PROFILE),
    globalSetup: SHARED_STATES_SETUP,
    workerSetup: WORKER_SETUP,
    target: config,
    testNamePattern: namePattern(options.only, options.skip),
    reporters: ["default", summary],
    concurrency: concurrency.files,
    ...(options.shard === undefined ? {} : { shard: options.shard }),
  }));
  process.exitCode = exitCodeBefore;
  const result = summary.result();
  // A shard may hold none of the selected checks; a whole run that selects none was asked wrongly.
  if (result.checks.length === 0 && options.shard === undefined && (options.only.length > 0 || options.skip.length > 0)) {
    throw new UsageError(`Failed to select checks: ${describeFilters(options)} matched no check. Pass rule ids (RATE-SIGN-IN-EMAIL-LIMIT) or areas (RATE, ORIGIN) as the summary prints them.`);
  }
  const info: RunInfo = {
    ...target,
    selection: { only: options.only, skip: options.skip },
    concurrency: concurrency.files,
    ...(options.shard === undefined ? {} : { shard: options.shard }),
    startedAt,
    durationMs: performance.now() - started,
  };
  if (options.reporters.length > 0) {
    const [{ buildReport }, { writeReports }] = await Promise.all([import("./reporters/build-report.ts"), import("./reporters/write-reports.ts")]);
    for (const line of writeReports(buildReport(result, info), options.reporters, options.outputDir)) out.write(`${line}\n`);
  }
  const failed = result.checks.some((check) => check.state === "failed") || result.unhandledErrors.length > 0;
  return failed ? 1 : 0;
}

type ResolvedTarget = { config: TargetConfig; heading: string; target: Pick<RunInfo, "target" | "capabilities"> };

async function resolveTarget(options: VerifyOptions, out: Writable): Promise<ResolvedTarget> {
  const profile = profileNamed(options.profile ?? DEFAULT_PROFILE).name;
  const ofProfile = profile === DEFAULT_PROFILE ? "" : ` (profile ${profile})`;
  if (options.url === undefined) {
    const capabilities = { ...inProcessCapabilities(options.safe), forwardedForEvidence: IN_PROCESS_FORWARDED_FOR_EVIDENCE };
    return {
      config: { kind: "in-process", safe: options.safe, profile },
      heading: `temetro-contract verify: the in-process mock${ofProfile}${options.safe ? " (safe mode)" : ""}`,
      target: { target: { kind: "in-process", url: null, label: `the in-process mock${ofProfile}`, profile }, capabilities },
    };
  }
  // Loaded only for a URL: the in-process run starts its workers sooner without them.
  const [{ normaliseTargetUrl, probeTarget }, { detectCapabilities }] = await Promise.all([import("./probe-target.ts"), import("#targets/detect-capabilities")]);
  const url = normaliseTargetUrl(options.url);
  await probeTarget(url, profileNamed(profile).sessionPath);
  const detected = await detectCapabilities(url, { safe: options.safe, frontendOrigin: options.frontendOrigin, profile });
  const { clock, mailbox, forwardedForTrusted } = detected.capabilities;
  out.write(`Target ${url}: mailbox ${mailbox ? "yes" : "no"}, clock ${clock ? "yes" : "no"}, X-Forwarded-For trusted ${forwardedForTrusted ? "yes" : "no"} (${detected.forwardedForEvidence})${options.safe ? ", safe mode" : ""}\n`);
  for (const leftover of detected.leftovers) out.write(`Not cleaned up by the capability probe: ${leftover}\n`);
  const notice = leftBehindNotice(await profileNamed(profile).document());
  if (notice !== undefined) out.write(`${notice}\n`);
  const config: TargetConfig = { kind: "url", url, profile, frontendOrigin: options.frontendOrigin, capabilities: detected.capabilities, forwardedForEvidence: detected.forwardedForEvidence };
  const target: ResolvedTarget["target"] = { target: { kind: "url", url, label: url, profile }, capabilities: { ...detected.capabilities, forwardedForEvidence: detected.forwardedForEvidence } };
  return { config, heading: `temetro-contract verify: ${url}${ofProfile}${options.safe ? " (safe mode)" : ""}`, target };
}

/** Before a run against a URL: what the API gives no way to remove (`x-leaves-behind`), so the run will leave it there. */
export function leftBehindNotice(document: ContractDocument): string | undefined {
  const unremovable = document.operations.filter((operation) => operation.leavesBehind !== undefined);
  if (unremovable.length === 0) return undefined;
  const what = unremovable.map((operation) => `${operation.operationId} (${operation.leavesBehind?.thing})`).join(", ");
  return `No route of this API removes what ${what} create${unremovable.length === 1 ? "s" : ""}: the summary lists each one the run leaves on the target under "Not cleaned up".`;
}

/** A test-name filter: a token matches its rule id and every id it is a dash-prefix of (RATE matches RATE-…). */
export function namePattern(only: string[], skip: string[]): RegExp | undefined {
  const alternatives = (tokens: string[]) => tokens.map((token) => `${token}(?:-[A-Z0-9-]+)?`).join("|");
  const exclude = skip.length > 0 ? `(?!.*\\[(?:${alternatives(skip)})\\])` : "";
  const include = only.length > 0 ? `(?=.*\\[(?:${alternatives(only)})\\])` : "";
  return exclude === "" && include === "" ? undefined : new RegExp(`^${exclude}${include}`);
}

function describeFilters(options: VerifyOptions): string {
  return [options.only.length > 0 ? `--only ${options.only.join(",")}` : "", options.skip.length > 0 ? `--skip ${options.skip.join(",")}` : ""]
    .filter(Boolean).join(" with ");
}
