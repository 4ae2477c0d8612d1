// openapi/ is the only code that reads the spec: everyone else asks it through its accessors
// (operations with their details, the error tables, specInfo, credentialRules…). This fails when a
// file outside openapi/ imports the raw document (the `spec` export, the bundle, the YAML) or walks
// its `paths` or `components` itself. The rule tables in openapi/rules/ are data anyone may read.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const SKIPPED_FOLDERS = new Set(["node_modules", "dist", ".git", "openapi"]);
/** The generator writes openapi/generated from the YAML: it is openapi/'s own build step. */
const GENERATOR = /^scripts\/generate(\.ts$|\/)/;
/** A profile's openapi/ folder is that profile's one reader of its own document. */
const PROFILE_READER = /^profiles\/[^/]+\/openapi\//;
const SOURCE = /\.(ts|mts|js|mjs|cjs)$/;

const RULES: Array<{ what: string; pattern: RegExp }> = [
  { what: "imports the raw document", pattern: /\bimport\s*\{[^}]*\bspec\b[^}]*\}\s*from\s*["'](#openapi|[^"']*openapi\/(index|spec)(\.ts)?)["']/ },
  {
    what: "imports the raw document",
    pattern: /(\bfrom\s*|\bimport\s*\(\s*|new URL\s*\(\s*|readFile(Sync)?\s*\([^;]*?)["'](#openapi\/spec|[^"']*generated\/openapi\.json|[^"']*openapi\.ya?ml|[^"']*openapi\/(paths|components)\/[^"']*)["']/,
  },
  { what: "walks the document's paths or components", pattern: /\.\s*(paths|components)\s*(\[|\.\s*(schemas|responses|securitySchemes|headers)\b)/ },
];

/** What a source file does that only openapi/ may do. */
export function specReadingIn(source: string): string[] {
  const code = source.replace(/^\s*\/\/.*$/gm, "");
  return RULES.filter(({ pattern }) => pattern.test(code)).map(({ what }) => what);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) && dir === root ? [] : entry.name === "node_modules" ? [] : sourceFiles(join(dir, entry.name));
    return SOURCE.test(entry.name) ? [join(dir, entry.name)] : [];
  });
}

test("recognises each way of reading the raw spec", () => {
  expect(specReadingIn(`import { operations, spec } from "#openapi";`)).toEqual(["imports the raw document"]);
  expect(specReadingIn(`import bundled from "../openapi/generated/openapi.json" with { type: "json" };`)).toEqual(["imports the raw document"]);
  expect(specReadingIn(`const text = readFileSync(new URL("../openapi/openapi.yaml", import.meta.url));`)).toEqual(["imports the raw document"]);
  expect(specReadingIn(`const yaml = readFileSync(join(root, "openapi/paths/clinic/patients-item.yaml"), "utf8");`)).toEqual(["imports the raw document"]);
  expect(specReadingIn(`copyFileSync(join(root, "openapi/generated/openapi.json"), target);`)).toEqual([]);
  expect(specReadingIn(`const raw = document.paths[op.path]?.[op.method];`)).toEqual(["walks the document's paths or components"]);
  expect(specReadingIn(`const schema = bundle.components.schemas.Patient;`)).toEqual(["walks the document's paths or components"]);
  expect(specReadingIn(`import { operations, specInfo } from "#openapi";\nconst role = readFileSync("../openapi/rules/role-matrix.yaml");`)).toEqual([]);
});

test("no file outside openapi/ reads the raw spec", () => {
  const files = sourceFiles(root).map((file) => relative(root, file)).filter((file) => !GENERATOR.test(file) && !PROFILE_READER.test(file));
  expect(files.length).toBeGreaterThan(300);
  const offenders = files.flatMap((file) => specReadingIn(readFileSync(join(root, file), "utf8")).map((what) => `${file} ${what}`));
  expect(offenders, "read it through #openapi's accessors instead (add one to openapi/ if it is missing)").toEqual([]);
});
