// `verify`: resolve the target (probe a URL, or the in-process mock), run the contract files with
// vitest's programmatic API, print the summary, write the html/json/junit reports, and pick the exit code.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Writable } from "node:stream";
import { startVitest } from "vitest/node";
import type { TestUserConfig } from "vitest/node";
import { IN_PROCESS_FORWARDED_FOR_EVIDENCE, inProcessCapabilities, TARGET_CONFIG_KEY } from "#targets/target-config";
import type { TargetConfig } from "#targets/target-config";
import { UsageError } from "./errors.ts";
import { normaliseTargetUrl, probeTarget } from "./probe-target.ts";
import { buildReport } from "./reporters/build-report.ts";
import type { RunInfo } from "./reporters/build-report.ts";
import { createSummaryReporter } from "./reporters/summary-reporter.ts";
import { checkOutputDirectory, writeReports } from "./reporters/write-reports.ts";
import type { ReportFormat } from "./reporters/write-reports.ts";
import { detectCapabilities } from "#targets/detect-capabilities";

export type VerifyOptions = {
  /** The deployment to check; the in-process mock when absent. */
  url?: string;
  /** Rule ids or areas to run (upper-case); all when empty. */
  only: string[];
  skip: string[];
  reporters: ReportFormat[];
  outputDir: string;
  safe: boolean;
  frontendOrigin: string;
  out?: Writable;
};

type ReporterEntry = Extract<NonNullable<TestUserConfig["reporters"]>, unknown[]>[number];

// The package's root: the repository when run from source, dist/ when installed (built JavaScript).
const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCE_EXTENSION = import.meta.url.endsWith(".ts") ? "ts" : "js";
export const CONTRACT_FILES = `contracts/suites/**/*.contract.${SOURCE_EXTENSION}`;

/** Runs the suite; resolves to the exit code (0 conforming, 1 failures). Throws UsageError/TargetError for code 2. */
export async function verify(options: VerifyOptions): Promise<number> {
  const out = options.out ?? process.stdout;
  // Before the run, not after it: a folder that cannot be one must not cost a whole run.
  if (options.reporters.length > 0) checkOutputDirectory(options.outputDir, options.outputDir);
  const { config, heading, target } = await resolveTarget(options, out);
  const summary = createSummaryReporter({ heading, out });
  const reporters: ReporterEntry[] = ["default", summary];
  const startedAt = new Date();
  const started = performance.now();
  const exitCodeBefore = process.exitCode;
  await startVitest([], {
    config: false,
    root: PACKAGE_ROOT,
    include: [CONTRACT_FILES],
    // Installed, the contract files live under node_modules/, which vitest excludes by default.
    exclude: [],
    watch: false,
    provide: { [TARGET_CONFIG_KEY]: config },
    testNamePattern: namePattern(options.only, options.skip),
    reporters,
    // One shared clock: a check that moves it must not run beside another file's time-bound check.
    fileParallelism: !(config.kind === "url" && config.capabilities.clock),
    // Contract files keep no module state of their own; reusing workers saves a spawn and an import of the spec per file.
    isolate: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  });
  process.exitCode = exitCodeBefore;
  const result = summary.result();
  if (result.checks.length === 0 && (options.only.length > 0 || options.skip.length > 0)) {
    throw new UsageError(`Failed to select checks: ${describeFilters(options)} matched no check. Pass rule ids (RATE-SIGN-IN-EMAIL-LIMIT) or areas (RATE, ORIGIN) as the summary prints them.`);
  }
  const info: RunInfo = { ...target, selection: { only: options.only, skip: options.skip }, startedAt, durationMs: performance.now() - started };
  for (const line of writeReports(buildReport(result, info), options.reporters, options.outputDir)) out.write(`${line}\n`);
  const failed = result.checks.some((check) => check.state === "failed") || result.unhandledErrors.length > 0;
  return failed ? 1 : 0;
}

type ResolvedTarget = { config: TargetConfig; heading: string; target: Pick<RunInfo, "target" | "capabilities"> };

async function resolveTarget(options: VerifyOptions, out: Writable): Promise<ResolvedTarget> {
  if (options.url === undefined) {
    const capabilities = { ...inProcessCapabilities(options.safe), forwardedForEvidence: IN_PROCESS_FORWARDED_FOR_EVIDENCE };
    return {
      config: { kind: "in-process", safe: options.safe },
      heading: `temetro-contract verify: the in-process mock${options.safe ? " (safe mode)" : ""}`,
      target: { target: { kind: "in-process", url: null, label: "the in-process mock" }, capabilities },
    };
  }
  const url = normaliseTargetUrl(options.url);
  await probeTarget(url);
  const detected = await detectCapabilities(url, { safe: options.safe, frontendOrigin: options.frontendOrigin });
  const { clock, mailbox, forwardedForTrusted } = detected.capabilities;
  out.write(`Target ${url}: mailbox ${mailbox ? "yes" : "no"}, clock ${clock ? "yes" : "no"}, X-Forwarded-For trusted ${forwardedForTrusted ? "yes" : "no"} (${detected.forwardedForEvidence})${options.safe ? ", safe mode" : ""}\n`);
  for (const leftover of detected.leftovers) out.write(`Not cleaned up by the capability probe: ${leftover}\n`);
  const config: TargetConfig = { kind: "url", url, frontendOrigin: options.frontendOrigin, capabilities: detected.capabilities, forwardedForEvidence: detected.forwardedForEvidence };
  const target: ResolvedTarget["target"] = { target: { kind: "url", url, label: url }, capabilities: { ...detected.capabilities, forwardedForEvidence: detected.forwardedForEvidence } };
  return { config, heading: `temetro-contract verify: ${url}${options.safe ? " (safe mode)" : ""}`, target };
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

/** Resolves --output against the caller's working directory; throws UsageError when a given --output names a file. */
export function outputDirectory(output: string | undefined): string {
  const directory = resolve(process.cwd(), output ?? "reports");
  if (output !== undefined) checkOutputDirectory(directory, output);
  return directory;
}
