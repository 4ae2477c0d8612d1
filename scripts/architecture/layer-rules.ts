// Which folder may import which, as data (ARCHITECTURE.md explains each line), and the check that
// lists every import crossing a layer the wrong way.
import type { ImportEdge } from "./import-graph.ts";

export type Layer = "openapi" | "mocks" | "targets" | "contracts" | "runners" | "bin" | "reference" | "tooling";

/** The layers a module of each layer may import from (its own included). Tooling (scripts/, root files) may import anything. */
export const MAY_IMPORT: Record<Exclude<Layer, "tooling">, readonly Layer[]> = {
  openapi: ["openapi"],
  mocks: ["openapi", "mocks"],
  targets: ["openapi", "mocks", "targets"],
  contracts: ["openapi", "targets", "contracts"],
  runners: ["openapi", "mocks", "targets", "runners"],
  bin: ["runners"],
  reference: ["reference"],
};

/**
 * The suite's public entry points, the only contracts/ modules a runner imports: what a check
 * records for the reports, how an exchange prints, and the fuzzer the `fuzz` command runs. The
 * contract files themselves a runner reaches by path (a vitest include), never by import.
 */
export const SUITE_ENTRY_POINTS: readonly string[] = [
  "contracts/check-meta.ts",
  "contracts/recorded-exchange.ts",
  "contracts/exchange-format.ts",
  "contracts/fuzz/fuzz-plan.ts",
  "contracts/fuzz/fuzz-worlds.ts",
];

/** Inside mocks/, each part and what it may not import (entry points: the files directly in mocks/, except glossary.ts). */
const MOCK_PARTS: ReadonlyArray<{ part: string; mayNotImport: readonly string[] }> = [
  { part: "mocks/core/", mayNotImport: ["mocks/services/", "mocks/handlers/", "mocks/seeds/", "mocks/server/", "mocks/browser/", "mocks/realtime/", "entry points"] },
  { part: "mocks/services/", mayNotImport: ["mocks/handlers/", "mocks/seeds/", "mocks/server/", "mocks/browser/", "mocks/realtime/", "entry points"] },
  { part: "mocks/handlers/", mayNotImport: ["mocks/seeds/", "mocks/server/", "mocks/browser/", "entry points"] },
];

/** The test client every unit test of the mock uses (it stands on the mock, so only tests may import it). */
const TEST_CLIENT = "targets/testing/";

/**
 * Inside a profile (profiles/<name>/), each part sits in the layer it extends: its spec in openapi,
 * its mock in mocks, its contract files in contracts, its reference deployment in reference. Its
 * library configuration (config/) is data both the mock and the reference run, so it is openapi-low:
 * it imports nothing of ours.
 */
const PROFILE_PARTS: Record<string, Exclude<Layer, "tooling">> = {
  openapi: "openapi",
  config: "openapi",
  mock: "mocks",
  contracts: "contracts",
  reference: "reference",
};

/** The layer of a repository file. */
export function layerOf(file: string): Layer {
  const [top = "", , part = ""] = file.split("/");
  if (top === "profiles") return PROFILE_PARTS[part] ?? "tooling";
  return isLayer(top) ? top : "tooling";
}

/** A profile's reference deployment runs its profile's configuration (the same options object as its mock). */
function isOwnProfileConfig(from: string, to: string): boolean {
  const profile = /^profiles\/([^/]+)\/reference\//.exec(from)?.[1];
  return profile !== undefined && to.startsWith(`profiles/${profile}/config/`);
}

function isLayer(name: string): name is Exclude<Layer, "tooling"> {
  return Object.hasOwn(MAY_IMPORT, name);
}

/** Unit tests and their helpers (`*.test.ts`, anything under a `testing/` folder): they may reach past their layer's internal order. */
export function isTestCode(file: string): boolean {
  return /\.test(-d)?\.ts$/.test(file) || file.includes("/testing/");
}

/** Every import that crosses a layer the wrong way, as `from → to: why`. */
export function findLayerViolations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((edge) => {
    const why = layerViolation(edge.from, edge.to) ?? mockPartViolation(edge.from, edge.to) ?? suiteAreaViolation(edge.from, edge.to);
    return why === undefined ? [] : [`${edge.from} → ${edge.to} ("${edge.specifier}"): ${why}`];
  });
}

function layerViolation(from: string, to: string): string | undefined {
  const source = layerOf(from);
  const target = layerOf(to);
  if (source === "tooling" || source === target || isOwnProfileConfig(from, to)) return undefined;
  if (source === "runners" && target === "contracts") {
    return SUITE_ENTRY_POINTS.includes(to) ? undefined : `runners import only the suite's entry points (${SUITE_ENTRY_POINTS.join(", ")})`;
  }
  if (isTestCode(from) && testMayImport(source, to)) return undefined;
  return MAY_IMPORT[source].includes(target) ? undefined : `${source}/ may import only ${MAY_IMPORT[source].join(", ")}`;
}

/** Beyond its layer, a test may compare against the reference, use the repository's tooling, and (in mocks/) the test client. */
function testMayImport(source: Layer, to: string): boolean {
  const target = layerOf(to);
  return target === "reference" || target === "tooling" || (source === "mocks" && to.startsWith(TEST_CLIENT));
}

function mockPartViolation(from: string, to: string): string | undefined {
  if (isTestCode(from)) return undefined;
  const rule = MOCK_PARTS.find(({ part }) => from.startsWith(part));
  if (rule === undefined) return undefined;
  const isEntryPoint = /^mocks\/[^/]+\.ts$/.test(to) && to !== "mocks/glossary.ts";
  const forbidden = rule.mayNotImport.find((part) => (part === "entry points" ? isEntryPoint : to.startsWith(part)));
  return forbidden === undefined ? undefined : `${rule.part} may not import ${forbidden} (the mock's layers point down: core → services → handlers → entry points)`;
}

function suiteAreaViolation(from: string, to: string): string | undefined {
  const areaOf = (file: string) => /^contracts\/suites\/([^/]+)\//.exec(file)?.[1];
  const source = areaOf(from);
  const target = areaOf(to);
  if (source === undefined || target === undefined || source === target) return undefined;
  return `a suite area imports no other area; move what both need to contracts/states/ (or contracts/grids/)`;
}
