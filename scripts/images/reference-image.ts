// temetro-contract/reference:local: Node 24, the reference deployment (reference/ and the role
// matrix it loads), the packages it needs at run time, and PostgreSQL, so that without DATABASE_URL
// it runs standalone on its private cluster, and with DATABASE_URL it behaves like temetro's backend image.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { packageClosure } from "./package-closure.ts";
import { addBase, addPostgres, APP_UID, findPostgresInstall } from "./postgres-files.ts";
import { createRootfs } from "./rootfs.ts";

export const REFERENCE_IMAGE = "temetro-contract/reference:local";

/** The packages the image's files import (their own dependencies follow), read from the imports themselves. */
export function referencePackages(root: string): string[] {
  const names = new Set<string>();
  for (const file of referenceAppFiles(root).filter((path) => path.endsWith(".ts"))) {
    const source = readFileSync(join(root, file), "utf8");
    // import x from "p"; import { a, b } from "p"; import * as p from "p"; import "p"; export … from "p"; import("p").
    const pattern = /^\s*(?:import|export)\s+(?!type\b)(?:[\w\s{},*$]*?\sfrom\s+)?"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/gm;
    for (const match of source.matchAll(pattern)) {
      const specifier = match[1] ?? match[2] ?? "";
      if (specifier.startsWith(".") || specifier.startsWith("node:") || specifier.startsWith("#")) continue;
      const parts = specifier.split("/");
      names.add(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!);
    }
  }
  return [...names].sort();
}

/** The project files the image holds, relative to the repo root (tests and capture tools left out). */
export function referenceAppFiles(root: string): string[] {
  const files = readdirSync(join(root, "reference"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && entry.name !== "vitest.config.ts")
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith("reference/tools/"));
  return ["package.json", "openapi/rules/role-matrix.yaml", ...files].sort();
}

/** Builds the image from the repo at `root` and returns its id. */
export async function buildReferenceImage(root: string, tag = REFERENCE_IMAGE, labels: Record<string, string> = {}): Promise<string> {
  const install = findPostgresInstall();
  const rootfs = createRootfs("reference");
  try {
    addBase(rootfs);
    addPostgres(rootfs, install);
    rootfs.addElf(join(root, "node_modules/node/bin/node"), "/usr/local/bin/node");
    for (const file of referenceAppFiles(root)) rootfs.addFile(join(root, file), `/app/${file}`);
    const packages = packageClosure(root, referencePackages(root));
    // A nested package travels with the folder of the package that holds it.
    const outermost = packages.filter((dir) => !packages.some((other) => dir.startsWith(`${other}/node_modules/`)));
    for (const dir of outermost) rootfs.addTree(join(root, dir), `/app/${dir}`);
    const changes = [
      `ENV PATH=/usr/local/bin:${install.bin}:/usr/bin:/bin`,
      "ENV HOST=0.0.0.0 PORT=4000 TZ=UTC",
      "WORKDIR /app",
      `USER ${APP_UID}`,
      "EXPOSE 4000",
      'CMD ["node", "reference/start.ts"]',
      ...Object.entries(labels).map(([key, value]) => `LABEL ${key}=${value}`),
    ];
    return await rootfs.importImage(tag, changes);
  } finally {
    rootfs.remove();
  }
}
