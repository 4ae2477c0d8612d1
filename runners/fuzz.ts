// `fuzz`: generated requests for every operation of the contract against a target (the in-process
// mock, or a URL), in the worlds the suite uses (fuzz-worlds.ts: one per group of operations, deleted
// after its last one); prints a line per operation, then every failure with its shrunk request and
// the seed. Exit 1 on failures.
import { fuzzPlan } from "#contracts/fuzz/fuzz-plan";
import { createFuzzRun } from "#contracts/fuzz/fuzz-worlds";
import type { Target } from "#targets/target";
import { temetroDocument } from "#openapi";
import { UsageError } from "./errors.ts";
import { normaliseTargetUrl, probeTarget } from "./probe-target.ts";
import { formatFuzzSummary, formatOperationLine } from "./reporters/format-fuzz-report.ts";
import type { FuzzReportEntry } from "./reporters/format-fuzz-report.ts";
import { detectCapabilities } from "#targets/detect-capabilities";
import { createUrlTarget } from "#targets/url";

export type FuzzOptions = {
  url?: string;
  /** Generated cases per operation, split over valid, invalid and mutated requests. */
  cases: number;
  seed: number;
  safe: boolean;
  frontendOrigin: string;
  /** operationIds to fuzz; all when empty. */
  only: string[];
  out?: NodeJS.WritableStream;
};

async function resolveTarget(options: FuzzOptions, out: NodeJS.WritableStream): Promise<Target> {
  if (options.url === undefined) {
    const { createInProcessTarget } = await import("#targets/in-process");
    return createInProcessTarget({ safe: options.safe });
  }
  const url = normaliseTargetUrl(options.url);
  await probeTarget(url);
  const detected = await detectCapabilities(url, { safe: options.safe, frontendOrigin: options.frontendOrigin });
  const { clock, mailbox, forwardedForTrusted } = detected.capabilities;
  out.write(`Target ${url}: mailbox ${mailbox ? "yes" : "no"}, clock ${clock ? "yes" : "no"}, X-Forwarded-For trusted ${forwardedForTrusted ? "yes" : "no"}${options.safe ? ", safe mode" : ""}\n`);
  for (const leftover of detected.leftovers) out.write(`Not cleaned up by the capability probe: ${leftover}\n`);
  return createUrlTarget({ kind: "url", url, frontendOrigin: options.frontendOrigin, capabilities: detected.capabilities, profile: "temetro", forwardedForEvidence: detected.forwardedForEvidence }, temetroDocument);
}

/** Runs the fuzzer; resolves to the exit code (0 no failure, 1 failures). Throws UsageError/TargetError for code 2. */
export async function fuzz(options: FuzzOptions): Promise<number> {
  const out = options.out ?? process.stdout;
  const target = await resolveTarget(options, out);
  const plan = fuzzPlan(target.capabilities, options.cases).filter(({ operation }) => options.only.length === 0 || options.only.includes(operation.operationId));
  if (plan.length === 0) throw new UsageError(`Failed to select operations: --only ${options.only.join(",")} names no operationId of the spec. Use ids such as createPatient,signInEmail.`);
  out.write(`temetro-contract fuzz: ${target.name}${options.safe ? " (safe mode)" : ""}, ${options.cases} cases per operation, seed ${options.seed}\n\n`);
  const entries: FuzzReportEntry[] = [];
  const run = createFuzzRun(target, plan.filter(({ skip }) => skip === undefined).map(({ operation }) => operation));
  try {
    for (const { operation, skip, cap } of plan) {
      if (cap !== undefined) out.write(`${operation.operationId}: ${cap.cases} cases (${cap.reason})\n`);
      const started = performance.now();
      if (skip !== undefined) {
        entries.push({ operationId: operation.operationId, skipped: skip, leftovers: [], seconds: 0 });
      } else {
        const { result, leftovers } = await run.fuzz(operation, { cases: cap?.cases ?? options.cases, seed: options.seed });
        entries.push({ operationId: operation.operationId, result, leftovers, seconds: (performance.now() - started) / 1000 });
      }
      const entry = entries[entries.length - 1];
      if (entry !== undefined) out.write(`${formatOperationLine(entry)}\n`);
    }
  } finally {
    // Only a run that stopped early has worlds left standing.
    for (const leftover of await run.close()) out.write(`Not cleaned up: ${leftover}\n`);
    await target.close();
  }
  out.write(`${formatFuzzSummary(entries, options.seed).join("\n")}\n`);
  return entries.some((entry) => entry.result?.kinds.some((kind) => kind.failure !== undefined)) ? 1 : 0;
}
