// A new project outside the repository that installs the packed tarball the way a user installs the
// package from a registry, plus what the README's guides tell them to add.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { GuideFile } from "./readme-files.ts";
import { mustRun } from "./run-command.ts";

type Manifest = { version: string; devDependencies: Record<string, string>; dependencies: Record<string, string> };

/** Packs the repository (building dist/ through `prepare`) into `into`; returns the tarball's path. */
export async function packPackage(repo: string, into: string): Promise<string> {
  const output = await mustRun("npm", ["pack", "--pack-destination", into, "--json"], { cwd: repo });
  const packed: unknown = JSON.parse(output.slice(output.indexOf("[")));
  const filename = Array.isArray(packed) ? Reflect.get(Object(packed[0]), "filename") : undefined;
  if (typeof filename !== "string") throw new Error(`Failed to pack the package: npm pack printed no filename:\n${output}`);
  return join(into, filename);
}

/** The consumer's dependencies, at the versions this repository uses (so npm's cache serves them). */
function consumerDependencies(repo: string, tarball: string): string[] {
  const manifest: Manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
  const at = (name: string) => `${name}@${manifest.devDependencies[name] ?? manifest.dependencies[name] ?? "latest"}`;
  // better-auth: a Better Auth app's own dependency, which the generic-better-auth profile's mock runs;
  // @auth/core likewise for an Auth.js app and the authjs-org-saas profile's mock.
  return [tarball, at("msw"), at("socket.io-client"), at("vitest"), at("typescript"), at("@types/node"), at("esbuild"), at("better-auth"), at("@auth/core")];
}

const TSCONFIG = {
  compilerOptions: {
    target: "es2023",
    lib: ["es2023", "dom", "dom.iterable"],
    module: "nodenext",
    moduleResolution: "nodenext",
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    skipLibCheck: false,
    types: ["node"],
  },
  include: ["src", "test", "scripts"],
};

/** Creates the project in `dir`, installs the tarball and the guides' tools, and writes the guides' files. */
export async function createConsumerProject(dir: string, options: { repo: string; tarball: string; files: GuideFile[] }): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "clinic-frontend", private: true, type: "module" }, null, 2)}\n`);
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  await mustRun("npm", ["install", "--no-audit", "--no-fund", "--save-dev", ...consumerDependencies(options.repo, options.tarball)], { cwd: dir, timeoutMs: 600_000 });
  for (const file of options.files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
}

/** Installs the npm `node` package at `major` into its own folder; returns the folder holding its `node`. */
export async function installNode(major: number, root: string): Promise<string> {
  const dir = join(root, `node${major}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), "{}\n");
  await mustRun("npm", ["install", "--no-audit", "--no-fund", `node@${major}`], { cwd: dir, timeoutMs: 600_000 });
  return join(dir, "node_modules", ".bin");
}
