// Every spec (temetro's and each profile's) lints clean with Redocly (config in redocly.yaml), and
// the generated files are up to date.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = (name: string) => join(root, "node_modules/.bin", name);

function run(command: string, args: string[]): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(command, args, { cwd: root, encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    return { code: failed.status ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

const profileSpecs = readdirSync(join(root, "profiles"))
  .map((name) => `profiles/${name}/openapi/openapi.yaml`)
  .filter((spec) => existsSync(join(root, spec)));

test.each(["openapi/openapi.yaml", ...profileSpecs])("%s lints clean with no errors or warnings", (spec) => {
  const { code, output } = run(bin("redocly"), ["lint", spec, "--format=stylish"]);
  expect(output).not.toMatch(/warning|error/i);
  expect(code).toBe(0);
}, 60_000);

test("every generated file matches its spec", () => {
  const { code, output } = run(process.execPath, ["scripts/generate.ts", "--check"]);
  expect(output).toContain("up to date");
  expect(code).toBe(0);
}, 60_000);
