// The layers of ARCHITECTURE.md, checked on every import of every .ts file: no import points up or
// across a layer, the mock's handlers keep off the store, no file imports itself through others,
// no module outgrows 300 lines. Each failure lists every offender, so one run shows them all.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { findFolderCycles, findImportCycles } from "./import-cycles.ts";
import { buildImportGraph } from "./import-graph.ts";
import type { ImportEdge } from "./import-graph.ts";
import { findLayerViolations } from "./layer-rules.ts";
import { isHandlerModule, storeAccessOf } from "./store-access.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const MAX_LINES = 300;
const graph = buildImportGraph(ROOT);
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const edge = (from: string, to: string): ImportEdge => ({ from, specifier: to, to });

test("reads the repository's imports, aliases included", () => {
  expect(graph.files.length).toBeGreaterThan(400);
  expect(graph.edges).toContainEqual({ from: "contracts/harness.ts", specifier: "#targets/create-target", to: "targets/create-target.ts" });
});

test("no import crosses a layer the wrong way", () => {
  expect(findLayerViolations(graph.edges), "see ARCHITECTURE.md for which folder may import which").toEqual([]);
});

test("flags an import that points up or across", () => {
  const crossing = [
    edge("contracts/harness.ts", "runners/verify.ts"),
    edge("runners/verify.ts", "contracts/harness.ts"),
    edge("mocks/core/pipeline.ts", "targets/target.ts"),
    edge("openapi/index.ts", "mocks/glossary.ts"),
    edge("reference/app.ts", "mocks/glossary.ts"),
    edge("targets/target.ts", "contracts/check-meta.ts"),
    edge("mocks/core/context.ts", "mocks/services/patients.ts"),
    edge("contracts/suites/session/sessions.contract.ts", "contracts/suites/account/sign-up.contract.ts"),
  ];
  expect(findLayerViolations(crossing)).toHaveLength(crossing.length);
  const allowed = [edge("runners/verify.ts", "contracts/check-meta.ts"), edge("mocks/core/sessions.test.ts", "targets/testing/test-client.ts"), edge("mocks/core/context.ts", "mocks/glossary.ts")];
  expect(findLayerViolations(allowed)).toEqual([]);
});

test("no file imports itself through other files", () => {
  expect(findImportCycles(graph.edges).map((cycle) => cycle.join(" → "))).toEqual([]);
});

test("reports an import cycle as the loop to break", () => {
  const loop = [edge("a.ts", "b.ts"), edge("b.ts", "c.ts"), edge("c.ts", "a.ts"), edge("c.ts", "d.ts")];
  expect(findImportCycles(loop)).toEqual([["a.ts", "b.ts", "c.ts", "a.ts"]]);
});

test("the reference's folders import each other one way only", () => {
  expect(findFolderCycles(graph.edges, "reference/").map((cycle) => cycle.join(" → "))).toEqual([]);
});

test("handlers go through services, never the store", () => {
  const touching = graph.files.filter(isHandlerModule).flatMap((file) => {
    const access = storeAccessOf(file, read(file), graph.edges);
    return access.length === 0 ? [] : [`${file}: ${access.join("; ")}`];
  });
  expect(touching, "call a service in mocks/services/ instead").toEqual([]);
});

test("no module is over 300 lines", () => {
  const long = graph.files
    .filter((file) => !file.includes("openapi/generated/"))
    .map((file) => ({ file, lines: read(file).split("\n").length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  expect(long, `split by meaning past ${MAX_LINES} lines`).toEqual([]);
});
