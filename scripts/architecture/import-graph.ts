// The repository's import graph, file by file: every specifier a .ts file names (static imports and
// re-exports, `import type`, dynamic `import("…")`), resolved through package.json `imports` and
// relative paths. Package imports (msw, node:fs) are left out: only the repository's own files count.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/** One import: the file that names it (repository-relative, `/`-separated), what it wrote, and the file it resolves to. */
export type ImportEdge = { from: string; specifier: string; to: string };

export type ImportGraph = {
  /** Every .ts file scanned, repository-relative. */
  files: string[];
  edges: ImportEdge[];
};

/** Folders never scanned: dependencies, build output, test output. */
const SKIPPED = new Set(["node_modules", "dist", ".git", "test-results", "reports"]);

/** Every .ts file under `root`, repository-relative with `/` separators, sorted. */
export function listSourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) files.push(toRepoPath(root, path));
    }
  };
  walk(root);
  return files.sort();
}

/** The module specifiers a source text names; comments and strings that merely mention one are ignored. */
export function specifiersOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** Resolves a specifier written in `from` to a repository file, or undefined for a package or a file that does not exist. */
export function resolveSpecifier(root: string, from: string, specifier: string, aliases: Record<string, string>): string | undefined {
  let target: string | undefined;
  if (specifier.startsWith("./") || specifier.startsWith("../")) target = resolve(root, dirname(from), specifier);
  else if (specifier.startsWith("#")) target = resolveAlias(root, specifier, aliases);
  if (target === undefined || !existsSync(target)) return undefined;
  return toRepoPath(root, target);
}

/** `#mocks/core/store` through `"#mocks/*": "./mocks/*.ts"`; an exact key wins over a pattern. */
function resolveAlias(root: string, specifier: string, aliases: Record<string, string>): string | undefined {
  const exact = aliases[specifier];
  if (exact !== undefined) return resolve(root, exact);
  for (const [pattern, target] of Object.entries(aliases)) {
    if (!pattern.endsWith("/*")) continue;
    const prefix = pattern.slice(0, -1);
    if (specifier.startsWith(prefix)) return resolve(root, target.replace("*", specifier.slice(prefix.length)));
  }
  return undefined;
}

/** Reads every .ts file under `root` and resolves what it imports. */
export function buildImportGraph(root: string): ImportGraph {
  const manifest: unknown = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const aliases = aliasesOf(manifest);
  const files = listSourceFiles(root);
  const edges = files.flatMap((from) => specifiersOf(readFileSync(join(root, from), "utf8")).flatMap((specifier) => {
    const to = resolveSpecifier(root, from, specifier, aliases);
    return to === undefined ? [] : [{ from, specifier, to }];
  }));
  return { files, edges };
}

function aliasesOf(manifest: unknown): Record<string, string> {
  const imports = typeof manifest === "object" && manifest !== null ? Reflect.get(manifest, "imports") : undefined;
  if (typeof imports !== "object" || imports === null) throw new Error("Failed to read package.json: it has no `imports` map. Restore the #openapi, #mocks/* … aliases.");
  return Object.fromEntries(Object.entries(imports).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

function toRepoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join("/");
}
