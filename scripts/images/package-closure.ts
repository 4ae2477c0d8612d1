// The installed packages a set of packages needs at run time: their dependencies, optional and
// installed peer dependencies, transitively, resolved the way Node resolves them (nearest
// node_modules first). Copying only these keeps the test tooling out of an image.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

type Manifest = {
  dependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, unknown>;
};

/** Package folders, relative to `root`, that `names` need; throws when a required one is not installed. */
export function packageClosure(rootDir: string, names: string[]): string[] {
  const root = resolve(rootDir);
  const found = new Set<string>();
  const visit = (name: string, from: string, required: boolean) => {
    const dir = resolvePackage(root, name, from);
    if (dir === undefined) {
      if (required) throw new Error(`Failed to collect the packages for the image: "${name}" (needed by ${relative(root, from) || "the app"}) is not installed. Run \`npm ci\` first.`);
      return;
    }
    if (found.has(dir)) return;
    found.add(dir);
    const manifest = readManifest(dir);
    for (const dependency of Object.keys(manifest.dependencies)) visit(dependency, dir, !(dependency in manifest.optionalDependencies));
    for (const dependency of Object.keys(manifest.optionalDependencies)) visit(dependency, dir, false);
    // Optional peers (vitest, react, prisma, … for better-auth) are the app's choice, not a need.
    const peers = Object.keys(manifest.peerDependencies).filter((peer) => !isOptionalPeer(manifest.peerDependenciesMeta[peer]));
    for (const dependency of peers) visit(dependency, dir, false);
  };
  for (const name of names) visit(name, root, true);
  return [...found].map((dir) => relative(root, dir)).sort();
}

/** The folder Node would load `name` from when required from inside `from`. */
function resolvePackage(root: string, name: string, from: string): string | undefined {
  for (let dir = from; dir.startsWith(root); dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dir === root) break;
  }
  return undefined;
}

function isOptionalPeer(meta: unknown): boolean {
  return typeof meta === "object" && meta !== null && "optional" in meta && meta.optional === true;
}

function readManifest(dir: string): Manifest {
  const value: unknown = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const record = (key: string): Record<string, unknown> => {
    if (typeof value !== "object" || value === null || !(key in value)) return {};
    const entry: unknown = Reflect.get(value, key);
    return typeof entry === "object" && entry !== null ? Object.fromEntries(Object.entries(entry)) : {};
  };
  const field = (key: string): Record<string, string> =>
    Object.fromEntries(Object.entries(record(key)).filter((pair): pair is [string, string] => typeof pair[1] === "string"));
  return {
    dependencies: field("dependencies"),
    optionalDependencies: field("optionalDependencies"),
    peerDependencies: field("peerDependencies"),
    peerDependenciesMeta: record("peerDependenciesMeta"),
  };
}
