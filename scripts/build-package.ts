// Builds the installable package into dist/: tsc emits JavaScript, declarations and source maps for
// every public entry and everything they import; dist/package.json maps the `#openapi`, `#mocks/*`…
// imports onto the built files; the bundled spec and its generated types are copied beside them, and
// the JSON report's schema is written from its definition (temetro-contract/report-schema.json).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { reportJsonSchema } from "../runners/reporters/report-schema.ts";
import { builtImports } from "./package/built-imports.ts";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");

rmSync(dist, { recursive: true, force: true });
execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });

const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { imports: Record<string, string> };
writeFileSync(join(dist, "package.json"), `${JSON.stringify({ type: "module", imports: builtImports(manifest.imports) }, null, 2)}\n`);

mkdirSync(join(dist, "openapi", "generated"), { recursive: true });
for (const file of ["openapi.json", "schema.d.ts"]) copyFileSync(join(root, "openapi", "generated", file), join(dist, "openapi", "generated", file));
// Each profile's bundled document and types beside its built contract module.
for (const profile of readdirSync(join(root, "profiles"))) {
  const generated = join(root, "profiles", profile, "openapi", "generated");
  if (!existsSync(generated)) continue;
  mkdirSync(join(dist, "profiles", profile, "openapi", "generated"), { recursive: true });
  for (const file of ["openapi.json", "schema.d.ts"]) copyFileSync(join(generated, file), join(dist, "profiles", profile, "openapi", "generated", file));
}
writeFileSync(join(dist, "report-schema.json"), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`Built ${dist}`);
