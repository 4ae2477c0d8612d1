// Spectral's spectral:oas ruleset (with the exceptions .spectral.yaml explains) finds nothing in the
// multi-file source, as tools that read it unbundled see it, nor in the bundle.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "..");

function spectral(document: string): { code: number; output: string } {
  const args = ["lint", document, "--ruleset", ".spectral.yaml", "--format", "json", "--quiet", "--fail-severity", "hint"];
  try {
    return { code: 0, output: execFileSync(join(root, "node_modules/.bin/spectral"), args, { cwd: root, encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    return { code: failed.status ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

test.each(["openapi/openapi.yaml", "openapi/generated/openapi.json"])("Spectral finds nothing in %s", (document) => {
  const { code, output } = spectral(document);
  // JSON results: every finding (hints included) with its rule, message and place, or [] when clean.
  const findings = (JSON.parse(output.trim() || "[]") as { code: string; message: string; source?: string; path: string[] }[]).map(
    ({ code: rule, message, source, path }) => `${rule} ${source ?? ""}#/${path.join("/")}: ${message}`,
  );
  expect(findings).toEqual([]);
  expect(code).toBe(0);
}, 60_000);
