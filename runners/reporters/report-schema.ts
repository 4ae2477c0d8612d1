// The JSON report's format, the project's own (not vitest's): the run (target, versions,
// capabilities, verdict), a row per area, and every check with its rule id, status, time, failure
// messages, skip reason, advisories, masked exchanges, grid cells and named states' cost, and where
// the time went. Shipped as a JSON Schema (`temetro-contract/report-schema.json`), generated from
// this one definition.
import { z } from "zod";
import { advisorySchema, gridRowSchema, stateCostSchema } from "#contracts/check-meta";
import { recordedExchangeSchema } from "#contracts/recorded-exchange";

/** The value of the report's `format` field; a breaking change of the format gets a new one. */
export const REPORT_FORMAT = "temetro-contract-report/1";
export const REPORT_SCHEMA_ID = "urn:temetro-contract:report-schema:1";
export const REPORT_STATUSES = ["passed", "failed", "skipped"] as const;

const count = z.number().int().nonnegative();
const duration = z.number().nonnegative().describe("Milliseconds.");

const runSchema = z.object({
  target: z.object({
    kind: z.enum(["in-process", "url"]),
    url: z.string().nullable().describe("The deployment's origin; null for the in-process mock."),
    label: z.string().describe("How the report names the target."),
    profile: z.string().optional().describe("The profile whose contract was checked (--profile); absent means temetro."),
  }),
  startedAt: z.iso.datetime(),
  durationMs: duration.describe("The run's wall-clock time, from starting the suite to its last check, in milliseconds."),
  versions: z.object({ package: z.string(), node: z.string(), vitest: z.string() }),
  capabilities: z.object({
    mailbox: z.boolean().describe("Emails can be read (GET /__dev/outbox)."),
    clock: z.boolean().describe("The target's clock can be moved (POST /__dev/clock)."),
    forwardedForTrusted: z.boolean().describe("The target takes the client IP from X-Forwarded-For."),
    safe: z.boolean().describe("Safe mode: no rate-limit exhaustion, created data namespaced and removed."),
    forwardedForEvidence: z.string().describe("How forwardedForTrusted was found out."),
  }),
  selection: z.object({ only: z.array(z.string()), skip: z.array(z.string()) }).describe("The --only and --skip rule ids and areas."),
  concurrency: count.min(1).optional().describe("How many contract files ran at once (vitest workers)."),
  shard: z.object({ index: count.min(1), count: count.min(1) }).optional()
    .describe("The part of a sharded run this report covers (--shard index/count); absent for a whole run and for merged reports."),
  mergedFrom: count.optional().describe("How many shard reports merge-reports merged into this one; absent for a single run."),
  verdict: z.enum(["conforms", "fails"]).describe("fails when a check failed or an error escaped every check; advisories never change it."),
  totals: z.object({ checks: count, passed: count, failed: count, skipped: count, advisories: count }),
});

const areaSchema = z.object({ area: z.string(), passed: count, failed: count, skipped: count, durationMs: duration });

const checkSchema = z.object({
  ruleId: z.string().describe("The rule the check names, AREA-…"),
  area: z.string(),
  title: z.string().describe("The promise the check makes, in words."),
  file: z.string().describe("The contract file, relative to the package."),
  group: z.string().nullable().describe("The describe block around the check."),
  operation: z.object({ operationId: z.string(), method: z.string(), path: z.string(), summary: z.string() }).nullable()
    .describe("The spec operation the check is about, when its describe block or grid row names one."),
  decisions: z.array(z.object({ id: z.string(), file: z.string(), title: z.string() }))
    .describe("The decisions of docs/decisions/ the check cites: its operation's x-decision, and any D-number in its rule id or title."),
  status: z.enum(REPORT_STATUSES),
  durationMs: duration,
  failures: z.array(z.string()).describe("Every failure message of a failed check, with its diff."),
  skipReason: z.string().nullable(),
  advisories: z.array(advisorySchema),
  exchanges: z.array(recordedExchangeSchema).describe("A failure's or an advisory's exchanges, secrets masked; empty for other checks."),
  leftovers: z.array(z.string()).describe("What the check created and could not remove."),
  grid: gridRowSchema.nullable().describe("The check's row of the roles or isolation grid."),
  states: z.array(stateCostSchema).optional().describe("The named states the check asked for, in order, each with its set-up time (part of durationMs; for a shared state, the time this check waited for it: its build, or a reuse)."),
});
const timingSchema = z.object({
  slowestChecks: z.array(z.object({ ruleId: z.string(), title: z.string(), durationMs: duration })).describe("The ten slowest checks, slowest first."),
  states: z.array(z.object({
    name: z.string(),
    builds: count,
    totalMs: duration.describe("The builds' time in all; a shared state's reuses add nothing here (their waits are part of the checks' own time)."),
    shared: z.literal(true).optional().describe("A shared state: built once per run (on a URL target) or once per worker (in-process), and reused."),
    reuses: count.optional().describe("How many checks reused a shared state's builds."),
  })).describe("Every named state the checks built, by total set-up time, costliest first; a shared state's cost counts once per build."),
});

export const reportSchema = z.object({
  $schema: z.string().optional(),
  format: z.literal(REPORT_FORMAT),
  run: runSchema,
  areas: z.array(areaSchema),
  checks: z.array(checkSchema),
  unhandledErrors: z.array(z.string()).describe("Errors no check caught; any of them fails the run."),
  timing: timingSchema.optional().describe("Where the time went: the slowest checks and the named states' total set-up time."),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportRun = Report["run"];
export type ReportCheck = Report["checks"][number];
export type ReportArea = Report["areas"][number];

/** The format as a JSON Schema (draft 2020-12), as the package ships it. */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, { target: "draft-2020-12" });
  return { ...generated, $id: REPORT_SCHEMA_ID, title: "temetro-contract verify report", description: "What `temetro-contract verify --reporter json` writes." };
}
