// How a contract file gets its target inside a vitest worker, and `check`: a test named after the
// rule it checks that records every exchange, validates each against the spec, cleans up what its
// states created, and shows what was sent and what came back when it fails (and, for the reports,
// keeps the exchanges of an advisory and each cell of a grid check, secrets masked).
import { beforeAll, inject, test } from "vitest";
import type { TestContext } from "vitest";
import { createTarget } from "#targets/create-target";
import { checkMetaOf } from "./check-meta.ts";
import type { Severity } from "./check-meta.ts";
import { createCleanup } from "./cleanup.ts";
import { leftBehind } from "./left-behind.ts";
import { formatExchanges } from "./exchange-format.ts";
import { diagnoseExchange } from "./expect-contract.ts";
import { createCellRunner, gridRowOf } from "./grid-cell.ts";
import type { GridDeclaration, RunCell } from "./grid-cell.ts";
import { recordExchanges } from "./recorded-exchange.ts";
import type { State } from "./states/state.ts";
import { capabilitiesOf, parseTargetConfig, TARGET_CONFIG_KEY } from "#targets/target-config";
import type { ParsedTargetConfig } from "#targets/target-config";
import type { Actor, Exchange, Target, TargetCapabilities } from "#targets/target";
import type { ContractDocument } from "#openapi";

export type CheckContext = {
  readonly target: Target;
  /** A new actor with its own cookie jar and its own client IP. */
  actor(label: string, options?: { clientIp?: string }): Actor;
  /** Builds a named state through the public API; what it creates is deleted after the check. */
  given<S>(state: State<S>): Promise<S>;
  /** Records a security advisory: not a failure, reported with its severity, the check's exchanges as evidence, and the operator's fix. */
  advise(id: string, severity: Severity, text: string, fix: string): void;
  /** Runs one cell of the check's grid row (the check declares it with the `grid` option). */
  cell: RunCell;
  /** Ends the check as skipped, with the reason in the report. */
  skip(reason: string): never;
};

/** What a check needs from the target; without it the check is skipped with a standard reason. */
export type Requirement = "clock" | "mailbox" | "own-client-ip" | "not-safe-mode";

const SKIP_REASONS: Record<Requirement, string> = {
  clock: "the target has no movable clock (GET /__dev/clock is not served)",
  mailbox: "the target has no readable mailbox (GET /__dev/outbox is not served)",
  "own-client-ip": "the target does not take the client IP from X-Forwarded-For, so a check cannot have a rate-limit bucket of its own",
  "not-safe-mode": "safe mode",
};

const RULE_ID = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/;
// Room for one wait of a 60-second rate-limit window in a state's setup (a target that ignores X-Forwarded-For).
const DEFAULT_TIMEOUT_MS = 180_000;
let config: ParsedTargetConfig | undefined;
let target: Promise<Target> | undefined;

/** The target config the runner provided. */
export function targetConfig(): ParsedTargetConfig {
  config ??= parseTargetConfig(inject(TARGET_CONFIG_KEY));
  return config;
}

/** What the target can do; known while the file is collected, so checks can be skipped up front. */
export function capabilities(): TargetCapabilities {
  return capabilitiesOf(targetConfig());
}

/**
 * The target, made once per worker module graph: per file when vitest isolates files, shared by
 * the files of a worker otherwise (checks build their own data, so sharing is safe).
 */
export function useTarget(): Promise<Target> {
  target ??= createTarget(targetConfig());
  return target;
}

export type CheckOptions = {
  requires?: Requirement[];
  timeout?: number;
  /** The grid row this check fills (the role matrix, tenant isolation): its cells run through `context.cell`. */
  grid?: GridDeclaration;
};

/** A check: a vitest test named `[RULE-ID] title`. */
export function check(ruleId: string, title: string, fn: (context: CheckContext) => Promise<void>, options: CheckOptions = {}): void {
  const missing = (options.requires ?? []).find((requirement) => !meets(requirement));
  if (missing !== undefined) return skipCheck(ruleId, title, SKIP_REASONS[missing], options.grid);
  // Made before the suite's first check (memoised), so no check's duration includes starting the target.
  beforeAll(async () => void (await useTarget()));
  test(testName(ruleId, title), { timeout: options.timeout ?? DEFAULT_TIMEOUT_MS }, (testContext) => runCheck(testContext, fn, options.grid));
}

/** A check that cannot run on this target: reported as skipped, with the reason (and its grid row, every cell not run). */
export function skipCheck(ruleId: string, title: string, reason: string, grid?: GridDeclaration): void {
  test(testName(ruleId, title), async (testContext) => {
    if (grid !== undefined) checkMetaOf(testContext.task.meta).grid = gridRowOf(grid);
    await recordSkip(testContext, reason);
    testContext.skip(reason);
  });
}

/** Puts the reason where every reporter finds it: the meta (json, summary) and an annotation (junit). */
async function recordSkip(testContext: TestContext, reason: string): Promise<void> {
  checkMetaOf(testContext.task.meta).skipReason = reason;
  await testContext.annotate(reason, "skipped");
}

function meets(requirement: Requirement): boolean {
  const { clock, mailbox, forwardedForTrusted, safe } = capabilities();
  return { clock, mailbox, "own-client-ip": forwardedForTrusted, "not-safe-mode": !safe }[requirement];
}

/** The test name; rule ids used twice are reported by the summary, which sees every file. */
function testName(ruleId: string, title: string): string {
  if (!RULE_ID.test(ruleId)) throw new Error(`Failed to define check "${ruleId}": a rule id is UPPER-KEBAB with an area first (AUTH-RATE-SIGNIN-EMAIL). Rename it.`);
  return `[${ruleId}] ${title}`;
}

/** The target as one check sees it: every clock move is counted, so it can be undone after the check. */
function withClockLedger(target: Target): { target: Target; moved(): number } {
  let moved = 0;
  const advanceClock = async (ms: number) => {
    await target.advanceClock(ms);
    moved += ms;
  };
  return { target: { ...target, advanceClock }, moved: () => moved };
}

async function runCheck(testContext: TestContext, fn: (context: CheckContext) => Promise<void>, grid: GridDeclaration | undefined): Promise<void> {
  const ledger = withClockLedger(await useTarget());
  const checkTarget = ledger.target;
  const meta = checkMetaOf(testContext.task.meta);
  const exchanges: Exchange[] = [];
  if (grid !== undefined) meta.grid = gridRowOf(grid);
  const gridRow = meta.grid;
  const stopRecording = checkTarget.onExchange((exchange) => exchanges.push(exchange));
  const cleanup = createCleanup();
  const annotations: Array<Promise<unknown>> = [];
  const context: CheckContext = {
    target: checkTarget,
    actor: (label, options) => checkTarget.actor(label, options),
    async given(state) {
      const started = performance.now();
      let shared: "built" | "reused" | undefined;
      try {
        return await state.build({ target: checkTarget, cleanup, sharedUse: (use) => void (shared = use) });
      } catch (error) {
        throw prefixError(error, `Failed to set up the state "${state.name}": `);
      } finally {
        (meta.states ??= []).push({ name: state.name, durationMs: performance.now() - started, ...(shared === undefined ? {} : { shared }) });
      }
    },
    advise(id, severity, text, fix) {
      meta.advisories.push({ id, severity, text, fix });
      annotations.push(testContext.annotate(`${id} (${severity}): ${text} Fix: ${fix}`, "advisory"));
    },
    cell: gridRow === undefined
      ? (column) => Promise.reject(new Error(`Failed to run the cell "${column}": the check declares no grid. Pass the grid option to check().`))
      : createCellRunner(gridRow, exchanges, () => softFailures(testContext)),
    skip: (reason) => testContext.skip(reason),
  };
  try {
    await fn(context);
    expectEveryExchangeConforms(exchanges, checkTarget.document);
    // What was sent and what came back: a soft failure's evidence, or an advisory's.
    if (meta.advisories.length > 0 || softFailures(testContext) > 0) meta.exchanges = recordExchanges(exchanges);
  } catch (error) {
    const skipReason = skipNoteOf(error);
    if (skipReason !== undefined) {
      await recordSkip(testContext, skipReason);
      throw error;
    }
    meta.exchanges = recordExchanges(exchanges);
    throw appendToError(error, `\n\n${formatExchanges(meta.exchanges).join("\n")}`);
  } finally {
    stopRecording();
    // Time first: a shared mock gets its clock back, and cleanup runs where the target's sessions are valid.
    if (ledger.moved() > 0) await checkTarget.rewindClock(ledger.moved());
    meta.leftovers.push(...(await cleanup.run()));
    // The in-process mock goes with the process; a deployment (or a served mock) keeps what no route removes.
    if (checkTarget.kind === "url") meta.leftovers.push(...leftBehind(exchanges, checkTarget.document));
    await Promise.all(annotations);
  }
}

/** The failures the test has recorded so far (expect.soft records them without throwing). */
function softFailures(testContext: TestContext): number {
  return testContext.task.result?.errors?.length ?? 0;
}

/** Every response the check received must conform to its operation (the automatic half of "validate everything"). */
function expectEveryExchangeConforms(exchanges: readonly Exchange[], document: ContractDocument): void {
  const problems = exchanges.flatMap((exchange, index) => diagnoseExchange(exchange, exchange.operationId, document).map(({ path, message }) =>
    `  #${index + 1} ${exchange.request.method} ${exchange.request.path} → ${exchange.status} (${exchange.operationId}) ${path}: ${message}`));
  if (problems.length > 0) throw new Error(`Failed the contract: responses do not conform to the spec:\n${problems.join("\n")}`);
}

/** The note of vitest's skip signal (ctx.skip throws it), or undefined for any other error. */
function skipNoteOf(error: unknown): string | undefined {
  if (!(error instanceof Error) || !("code" in error) || error.code !== "VITEST_PENDING") return undefined;
  return "note" in error && typeof error.note === "string" ? error.note : "";
}

function appendToError(error: unknown, text: string): Error {
  if (!(error instanceof Error)) return new Error(`${String(error)}${text}`);
  error.message += text;
  return error;
}

function prefixError(error: unknown, prefix: string): Error {
  if (!(error instanceof Error)) return new Error(`${prefix}${String(error)}`);
  error.message = `${prefix}${error.message}`;
  return error;
}
