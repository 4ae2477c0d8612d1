// Regenerates the generated files from the hand-edited specs: for temetro (openapi/generated/) the
// bundled document, its types and the error tables' keys as types; for each profile
// (profiles/<name>/openapi/generated/) the bundled document and its types.
// `npm run generate` writes them; `npm run generate -- --check` fails when any is stale.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderErrorCodeTypes } from "./generate/error-code-types.ts";
import { localizeRuleRefs } from "./generate/localize-rule-refs.ts";

const root = new URL("..", import.meta.url).pathname;
const bin = (name: string) => join(root, "node_modules/.bin", name);

type Document = { source: string; generated: string; files: string[]; extras?: (bundle: Record<string, unknown>, dir: string) => void };

const temetro: Document = {
  source: "openapi/openapi.yaml",
  generated: "openapi/generated",
  files: ["openapi.json", "schema.d.ts", "error-codes.ts"],
  extras: (bundle, dir) => writeFileSync(join(dir, "error-codes.ts"), renderErrorCodeTypes(bundle["x-error-codes"] as Parameters<typeof renderErrorCodeTypes>[0])),
};

/** Every profile with a spec of its own. */
function profileDocuments(): Document[] {
  const profiles = join(root, "profiles");
  if (!existsSync(profiles)) return [];
  return readdirSync(profiles)
    .filter((name) => existsSync(join(profiles, name, "openapi/openapi.yaml")))
    .map((name) => ({ source: `profiles/${name}/openapi/openapi.yaml`, generated: `profiles/${name}/openapi/generated`, files: ["openapi.json", "schema.d.ts"] }));
}

function generateInto(document: Document, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const bundlePath = join(dir, "openapi.json");
  execFileSync(bin("redocly"), ["bundle", join(root, document.source), "-o", bundlePath], { stdio: "pipe" });
  const bundle = localizeRuleRefs(JSON.parse(readFileSync(bundlePath, "utf8")));
  writeFileSync(bundlePath, JSON.stringify(bundle, null, 2) + "\n");
  document.extras?.(bundle, dir);
  execFileSync(bin("openapi-typescript"), [bundlePath, "-o", join(dir, "schema.d.ts")], { stdio: "pipe" });
}

const check = process.argv.includes("--check");
const stale: string[] = [];
for (const document of [temetro, ...profileDocuments()]) {
  const outDir = check ? mkdtempSync(join(tmpdir(), "temetro-generate-")) : join(root, document.generated);
  try {
    generateInto(document, outDir);
    if (check) {
      stale.push(...document.files
        .filter((file) => !existsSync(join(root, document.generated, file)) || readFileSync(join(outDir, file), "utf8") !== readFileSync(join(root, document.generated, file), "utf8"))
        .map((file) => `${document.generated}/${file}`));
    } else console.log(`Wrote ${document.files.map((file) => `${document.generated}/${file}`).join(", ")}.`);
  } finally {
    if (check) rmSync(outDir, { recursive: true, force: true });
  }
}
if (check && stale.length > 0) {
  console.error(`Failed to verify the generated files: ${stale.join(", ")} out of date. Run \`npm run generate\` and commit the result.`);
  process.exitCode = 1;
} else if (check) console.log("Every generated file is up to date.");
