// The temetro-contract command line: `verify` (the contract suite against a target), `merge-reports`
// (the reports of a sharded run as one), `mock` (the standalone mock server), `docs` (the API
// reference as one HTML file), `fuzz` (generated requests) and `help`. Tool errors print one
// readable line and exit with 2.
import { DEFAULT_PROFILE, PROFILE_NAMES, profileLines, profileNamed } from "#targets/profiles";
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { readContainerOptions } from "./containers/container-options.ts";
import { TargetError, UsageError } from "./errors.ts";
import { parseConcurrency } from "./concurrency.ts";
import { isReportFormat, outputDirectory, REPORT_FORMATS } from "./reporters/report-output.ts";
import type { ReportFormat } from "./reporters/report-output.ts";
import { parseShard } from "./shard.ts";

export const USAGE = `temetro-contract: the API contract of temetro (OpenAPI spec, stateful mock, conformance suite).

Usage:
  temetro-contract verify [--url URL] [--only IDS|AREAS] [--skip IDS|AREAS]
                          [--reporter html|json|junit]... [--output DIR] [--safe] [--origin URL]
                          [--concurrency N] [--shard I/N] [--profile NAME]
  temetro-contract verify --image IMAGE [--env K=V]... [--port 4000] [--postgres IMAGE] [options]
  temetro-contract verify --compose FILE [--env K=V]... [--port 4000] [options]
  temetro-contract merge-reports [--reporter html|json|junit]... [--output DIR] SHARD_DIR...
  temetro-contract mock [--port 4000] [--host 127.0.0.1] [--seed demo|empty] [--profile NAME]
  temetro-contract docs [--output FILE]
  temetro-contract fuzz [--url URL] [--cases N] [--seed S] [--safe] [--only IDS] [--origin URL]
  temetro-contract help

verify  Run the contract suite against a target and print a summary per area.
  --url URL        The deployment to check (default: a mock inside this process).
  --profile NAME   The API whose contract is checked (default: temetro); see "Profiles" below.
  --only LIST      Only these rule ids or areas, comma-separated (RATE,ORIGIN-MISSING-SIGN-OUT).
  --skip LIST      Leave out these rule ids or areas.
  --reporter NAME  Also write a report (repeatable), named temetro-contract.*: html (one file
                   to open in a browser), json (its schema: temetro-contract/report-schema.json)
                   or junit (for CI).
  --output DIR     The folder reports are written into (default: reports/).
  --safe           Safe mode: no rate-limit exhaustion; the data it creates is namespaced
                   (t-*@example.test, contract-* clinics) and deleted at the end.
  --origin URL     The frontend origin the target trusts (default: http://localhost:3000).
  --concurrency N  Contract files to run at once (default: one per core for the in-process mock;
                   4 for a URL, 1 when it has a movable clock or ignores X-Forwarded-For).
  --shard I/N      Run the I-th of N parts of the contract files (by file; for CI machines),
                   then merge the parts' json reports with merge-reports.
  --image IMAGE    Start the backend from this Docker image (testcontainers), check it, remove it.
  --postgres IMAGE Start this PostgreSQL image beside it and wire DATABASE_URL as temetro's compose does.
  --env K=V        Set an environment variable of the backend container (repeatable).
  --port N         The backend's port inside the container (default 4000).
  --compose FILE   Start the backend and its database from a compose file (needs Compose).
  Exit codes: 0 every check conforms, 1 conformance failures, 2 usage or target error.
  The summary ends with where the time went: the slowest checks, and the named states by cost.

merge-reports  Merge the json reports of \`verify --shard I/N --reporter json\` runs into the
        report of the whole run; print its summary and write its reports.
  SHARD_DIR        A shard's --output folder (or its temetro-contract.json); every shard, once.
  --reporter NAME  The reports to write (repeatable; default: html, json and junit).
  --output DIR     The folder they are written into (default: reports/).
  Exit codes: 0 every check conforms, 1 conformance failures, 2 usage error.

mock    Serve the stateful mock over HTTP (and Socket.io) until interrupted.
  --port N         The port (default 4000; 0 picks a free one).
  --host HOST      The interface (default 127.0.0.1; 0.0.0.0 serves the LAN).
  --seed NAME      demo (a clinic with one user per role and a week of records, the default) or empty.
  --profile NAME   Serve that profile's mock instead of temetro's (it starts empty; --seed is temetro's).

docs    Write the API reference as one self-contained HTML file (works offline, loads nothing).
  --output FILE    Where to write it (default: temetro-api.html).

fuzz    Send requests generated from the spec's schemas to every operation (valid, invalid, and
        with headers, cookies, paths or methods mutated), signed in as each role; check every
        answer against the spec and that refused writes change nothing. Failures are shrunk.
  --url URL        The deployment to fuzz (default: a mock inside this process).
  --cases N        Generated requests per operation (default 100).
  --seed S         Replay a run: the seed it printed (default: a random one, printed).
  --safe           Safe mode, as for verify; the clock and mailbox are left alone.
  --only IDS       Only these operationIds, comma-separated (createPatient,signInEmail).
  --origin URL     The frontend origin the target trusts (default: http://localhost:3000).
  Exit codes: 0 no failure, 1 failures, 2 usage or target error.

Profiles (--profile NAME; temetro by default):
${profileLines().join("\n")}
`;

const OPTIONS = {
  verify: {
    url: { type: "string" },
    profile: { type: "string" },
    image: { type: "string" },
    env: { type: "string", multiple: true },
    port: { type: "string" },
    postgres: { type: "string" },
    compose: { type: "string" },
    only: { type: "string", multiple: true },
    skip: { type: "string", multiple: true },
    reporter: { type: "string", multiple: true },
    output: { type: "string" },
    safe: { type: "boolean" },
    origin: { type: "string" },
    concurrency: { type: "string" },
    shard: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  "merge-reports": {
    reporter: { type: "string", multiple: true },
    output: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  fuzz: {
    url: { type: "string" },
    cases: { type: "string" },
    seed: { type: "string" },
    safe: { type: "boolean" },
    only: { type: "string", multiple: true },
    origin: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  mock: {
    profile: { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
    seed: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  docs: {
    output: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
} satisfies Record<string, ParseArgsConfig["options"]>;

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: string[], io: { out?: NodeJS.WritableStream; err?: NodeJS.WritableStream } = {}): Promise<number> {
  const out = io.out ?? process.stdout;
  const err = io.err ?? process.stderr;
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      out.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === "verify") return await runVerify(rest, out);
    if (command === "merge-reports") return await runMergeReports(rest, out);
    if (command === "mock") return await runMock(rest, out);
    if (command === "docs") return await runDocs(rest, out);
    if (command === "fuzz") return await runFuzz(rest, out);
    throw new UsageError(`Failed to run "${command}": there is no such command. Run \`temetro-contract help\` for the commands.`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof TargetError) {
      err.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function parse<K extends keyof typeof OPTIONS>(command: K, args: string[]) {
  return parseWithPositionals(command, args, false).values;
}

function parseWithPositionals<K extends keyof typeof OPTIONS>(command: K, args: string[], allowPositionals: boolean) {
  try {
    return parseArgs({ args, options: OPTIONS[command], strict: true, allowPositionals });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.?$/, ".");
    throw new UsageError(`Failed to read the arguments of \`${command}\`: ${reason} Run \`temetro-contract help\` for usage.`);
  }
}

async function runVerify(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const values = parse("verify", args);
  if (values.help === true) return (out.write(USAGE), 0);
  const reporters = reportFormats(values.reporter);
  const containers = readContainerOptions(values);
  const options = {
    url: values.url,
    profile: profileName(values.profile),
    only: ruleTokens("--only", values.only),
    skip: ruleTokens("--skip", values.skip),
    reporters,
    outputDir: outputDirectory(values.output),
    safe: values.safe === true,
    frontendOrigin: origin(values.origin ?? "http://localhost:3000"),
    concurrency: parseConcurrency(values.concurrency),
    shard: parseShard(values.shard),
  };
  // vitest loads with verify, not for the other commands (help answers at once).
  const { verify } = await import("./verify.ts");
  if (containers === undefined) return verify(options);
  const { verifyInContainers } = await import("./containers/verify-in-containers.ts");
  return verifyInContainers(containers, options);
}

async function runMergeReports(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseWithPositionals("merge-reports", args, true);
  if (values.help === true) return (out.write(USAGE), 0);
  const reporters = values.reporter === undefined ? [...REPORT_FORMATS] : reportFormats(values.reporter);
  const { mergeReportFiles } = await import("./merge-reports.ts");
  return mergeReportFiles({ paths: positionals, reporters, outputDir: outputDirectory(values.output), out });
}

async function runFuzz(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const values = parse("fuzz", args);
  if (values.help === true) return (out.write(USAGE), 0);
  await import("./narrow-imports/register-narrow-imports.ts");
  const [{ readFuzzOptions }, { fuzz }] = await Promise.all([import("./fuzz-options.ts"), import("./fuzz.ts")]);
  return fuzz({ ...readFuzzOptions(values), out });
}

async function runMock(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const values = parse("mock", args);
  if (values.help === true) return (out.write(USAGE), 0);
  const port = Number(values.port ?? "4000");
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Failed to read --port "${values.port}": use a whole number from 0 to 65535.`);
  const seed = values.seed ?? "demo";
  if (seed !== "demo" && seed !== "empty") throw new UsageError(`Failed to read --seed "${seed}": use demo or empty.`);
  // Before the mock loads: its @msw/data then imports five es-toolkit functions, not 550 modules.
  await import("./narrow-imports/register-narrow-imports.ts");
  const { runUntilSignal, serveUntilSignal } = await import("#mocks/server/serve-until-signal");
  const { serveMock } = profileNamed(profileName(values.profile));
  const host = values.host ?? "127.0.0.1";
  if (serveMock === undefined) await serveUntilSignal({ port, host, seed });
  else await runUntilSignal(undefined, (log) => serveMock({ port, host, log }));
  return 0;
}

async function runDocs(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const values = parse("docs", args);
  if (values.help === true) return (out.write(USAGE), 0);
  const { writeDocs } = await import("./docs/write-docs.ts");
  const { path, bytes } = writeDocs(values.output);
  out.write(`Wrote the API reference to ${path} (${Math.round(bytes / 1024)} KiB). Open it in any browser; it needs no network.\n`);
  return 0;
}

function reportFormats(values: string[] | undefined): ReportFormat[] {
  return (values ?? []).flatMap(splitList).map((name) => {
    if (!isReportFormat(name)) throw new UsageError(`Failed to read --reporter "${name}": use html, json or junit.`);
    return name;
  });
}

/** A known profile's name, or a usage error naming the known ones. */
function profileName(value: string | undefined): string {
  if (value === undefined) return DEFAULT_PROFILE;
  if (!PROFILE_NAMES.includes(value)) throw new UsageError(`Failed to read --profile "${value}": use one of ${PROFILE_NAMES.join(", ")}.`);
  return value;
}

function splitList(value: string): string[] {
  return value.split(",").map((item) => item.trim()).filter((item) => item !== "");
}

function ruleTokens(option: string, values: string[] | undefined): string[] {
  return (values ?? []).flatMap(splitList).map((token) => {
    const upper = token.toUpperCase();
    if (!/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/.test(upper)) throw new UsageError(`Failed to read ${option} "${token}": use rule ids or areas such as RATE or ORIGIN-MISSING-SIGN-OUT, comma-separated.`);
    return upper;
  });
}

function origin(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    throw new UsageError(`Failed to read --origin "${value}": it is not a URL. Pass the frontend's origin, like http://localhost:3000.`);
  }
}
