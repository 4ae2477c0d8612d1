// Regenerates openapi/generated/ from the hand-edited spec: the bundled document, its types and the
// error tables' keys as types.
// `npm run generate` writes them; `npm run generate -- --check` fails when they are stale.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderErrorCodeTypes } from "./generate/error-code-types.ts";
import { localizeRuleRefs } from "./generate/localize-rule-refs.ts";

const root = new URL("..", import.meta.url).pathname;
const generated = join(root, "openapi/generated");
const targets = ["openapi.json", "schema.d.ts", "error-codes.ts"];

function generateInto(dir: string): void {
  const bin = (name: string) => join(root, "node_modules/.bin", name);
  const bundle = join(dir, "openapi.json");
  execFileSync(bin("redocly"), ["bundle", join(root, "openapi/openapi.yaml"), "-o", bundle], { stdio: "pipe" });
  const localized = localizeRuleRefs(JSON.parse(readFileSync(bundle, "utf8")));
  writeFileSync(bundle, JSON.stringify(localized, null, 2) + "\n");
  writeFileSync(join(dir, "error-codes.ts"), renderErrorCodeTypes(localized["x-error-codes"]));
  execFileSync(bin("openapi-typescript"), [bundle, "-o", join(dir, "schema.d.ts")], { stdio: "pipe" });
}

const check = process.argv.includes("--check");
const outDir = check ? mkdtempSync(join(tmpdir(), "temetro-generate-")) : generated;
try {
  generateInto(outDir);
  if (check) {
    const stale = targets.filter((file) => readFileSync(join(outDir, file), "utf8") !== readFileSync(join(generated, file), "utf8"));
    if (stale.length > 0) {
      console.error(`Failed to verify openapi/generated: ${stale.join(", ")} out of date. Run \`npm run generate\` and commit the result.`);
      process.exitCode = 1;
    } else console.log("openapi/generated is up to date.");
  } else console.log(`Wrote ${targets.map((file) => `openapi/generated/${file}`).join(", ")}.`);
} finally {
  if (check) rmSync(outDir, { recursive: true, force: true });
}
