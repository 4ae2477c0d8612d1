import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { withoutRerunQuery } from "./stable-test-urls.ts";

describe("withoutRerunQuery", () => {
  it("drops the query vitest adds to a file URL, and leaves every other URL as it is", () => {
    expect(withoutRerunQuery("file:///pkg/contracts/suites/a.contract.ts?vitest=1796648326102")).toBe("file:///pkg/contracts/suites/a.contract.ts");
    expect(withoutRerunQuery("file:///pkg/a.ts?mock=actual")).toBe("file:///pkg/a.ts?mock=actual");
    expect(withoutRerunQuery("file:///pkg/a.ts?vitest=x")).toBe("file:///pkg/a.ts?vitest=x");
    expect(withoutRerunQuery("node:fs")).toBe("node:fs");
  });
});

describe("register-stable-test-urls", () => {
  const folder = mkdtempSync(join(tmpdir(), "stable-urls-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const counted = join(folder, "counted.mjs");
  writeFileSync(counted, "globalThis.evaluations = (globalThis.evaluations ?? 0) + 1;\n");
  const hookFile = pathToFileURL(new URL("./register-stable-test-urls.ts", import.meta.url).pathname).href;

  /** Imports a module twice as vitest's runner does (a new ?vitest= each time); prints how often it ran. */
  const evaluations = (withHook: boolean) => execFileSync(process.execPath, ["--input-type=module", "--eval", `
    import { registerHooks } from "node:module";
    if (typeof registerHooks !== "function") { console.log("unsupported"); process.exit(0); }
    let now = 1796648326102;
    registerHooks({ resolve: (specifier, context, next) => {
      const resolved = next(specifier, context);
      return specifier.endsWith("?rerun") ? { ...resolved, url: resolved.url.replace("?rerun", "") + "?vitest=" + now++ } : resolved;
    } });
    ${withHook ? `await import(${JSON.stringify(hookFile)});` : ""}
    await import(${JSON.stringify(`${pathToFileURL(counted).href}?rerun`)});
    await import(${JSON.stringify(`${pathToFileURL(counted).href}?rerun`)});
    console.log(globalThis.evaluations);
  `], { encoding: "utf8" }).trim();

  it("gives a file imported again the URL it had, so it is loaded once (and from the compile cache)", () => {
    const without = evaluations(false);
    if (without === "unsupported") return;
    expect(without).toBe("2");
    expect(evaluations(true)).toBe("1");
  });
});
