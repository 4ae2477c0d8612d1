import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { barrelExports, narrowBarrelImports } from "./narrow-barrel-imports.ts";

const BARREL = [
  'import { get } from "./object/get.mjs";',
  'import { set as setValue } from "./object/set.mjs";',
  'import { invariant } from "./util/invariant.mjs";',
  "export { get, setValue as set, invariant as assert, invariant };",
].join("\n");
const barrel = { url: "file:///pkg/dist/compat/index.mjs", exports: barrelExports(BARREL) };

describe("narrowBarrelImports", () => {
  it("reads what a barrel re-exports, under the names it exports them", () => {
    expect(Object.fromEntries(barrelExports(BARREL))).toEqual({
      get: { from: "./object/get.mjs", name: "get" },
      set: { from: "./object/set.mjs", name: "set" },
      assert: { from: "./util/invariant.mjs", name: "invariant" },
      invariant: { from: "./util/invariant.mjs", name: "invariant" },
    });
  });

  it("imports each name from the module that defines it, keeping local names and the line count", () => {
    const source = 'import { get, set as put, assert } from "es-toolkit/compat";\nconsole.log(get, put, assert);\n';
    const narrowed = narrowBarrelImports(source, { "es-toolkit/compat": barrel });
    expect(narrowed).toBe([
      'import { get as get } from "file:///pkg/dist/compat/object/get.mjs"; import { set as put } from "file:///pkg/dist/compat/object/set.mjs"; import { invariant as assert } from "file:///pkg/dist/compat/util/invariant.mjs";',
      "console.log(get, put, assert);",
      "",
    ].join("\n"));
  });

  it("leaves a statement as written when one of its names is not mapped, and a source with nothing to narrow", () => {
    const source = 'import { get, chunk } from "es-toolkit/compat";\nimport { x } from "other";\n';
    expect(narrowBarrelImports(source, { "es-toolkit/compat": barrel })).toBeUndefined();
    expect(narrowBarrelImports('import * as all from "es-toolkit/compat";', { "es-toolkit/compat": barrel })).toBeUndefined();
  });
});

describe("narrowing the installed @msw/data", () => {
  // The hook narrows what @msw/data imports from es-toolkit; this holds it to the installed versions:
  // every import of a barrel is narrowed, and each narrowed function is the barrel's own.
  const require = createRequire(import.meta.url);
  const dataBuild = dirname(require.resolve("@msw/data"));
  const toolkitRoot = dirname(createRequire(join(dataBuild, "index.mjs")).resolve("es-toolkit/package.json"));
  const barrels = {
    "es-toolkit": { url: pathToFileURL(join(toolkitRoot, "dist/index.mjs")).href, exports: barrelExports(readFileSync(join(toolkitRoot, "dist/index.mjs"), "utf8")) },
    "es-toolkit/compat": { url: pathToFileURL(join(toolkitRoot, "dist/compat/index.mjs")).href, exports: barrelExports(readFileSync(join(toolkitRoot, "dist/compat/index.mjs"), "utf8")) },
  };
  const importers = readdirSync(dataBuild).filter((file) => file.endsWith(".mjs")).map((file) => join(dataBuild, file))
    .filter((file) => readFileSync(file, "utf8").includes('from "es-toolkit'));

  it("finds @msw/data's imports of es-toolkit", () => {
    expect(importers.length).toBeGreaterThan(0);
  });

  it("narrows every one of them to functions identical to the barrels'", async () => {
    for (const file of importers) {
      const source = readFileSync(file, "utf8");
      const narrowed = narrowBarrelImports(source, barrels);
      expect(narrowed, file).toBeDefined();
      expect(narrowed, file).not.toMatch(/from\s*"es-toolkit(\/compat)?"/);
      for (const match of (narrowed ?? "").matchAll(/import \{ (\w+) as \w+ \} from "([^"]+)";/g)) {
        const [, name = "", url = ""] = match;
        const defining: Record<string, unknown> = await import(url);
        const specifier = url.includes("/dist/compat/") ? "es-toolkit/compat" : "es-toolkit";
        const exported = [...barrels[specifier].exports].find(([, origin]) => new URL(origin.from, barrels[specifier].url).href === url && origin.name === name)?.[0] ?? "";
        const barrelModule: Record<string, unknown> = await import(barrels[specifier].url);
        expect(defining[name], `${name} from ${url}`).toBe(barrelModule[exported]);
      }
    }
  });
});
