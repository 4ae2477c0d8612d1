// Builds the two local images only when their inputs changed: each image carries a label with the
// hash of what went into it (app files, lockfile, the build scripts, the PostgreSQL and Node binaries).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { findPostgresInstall } from "./postgres-files.ts";
import { buildPostgresImage, POSTGRES_IMAGE } from "./postgres-image.ts";
import { buildReferenceImage, REFERENCE_IMAGE, referenceAppFiles } from "./reference-image.ts";

const INPUTS_LABEL = "temetro-contract.inputs";

export type ImageReport = { tag: string; built: boolean; seconds: number; sizeBytes: number };

/** Builds (or, when `force` is false and the inputs hash matches, reuses) both images. */
export async function ensureImages(root: string, options: { force?: boolean; log?: (line: string) => void } = {}): Promise<ImageReport[]> {
  const log = options.log ?? (() => {});
  const scripts = readdirSync(join(root, "scripts/images")).filter((name) => !name.endsWith(".test.ts")).map((name) => `scripts/images/${name}`);
  const postgresScripts = ["rootfs.ts", "postgres-files.ts", "postgres-image.ts"].map((name) => `scripts/images/${name}`);
  const postgres = findPostgresInstall();
  const postgresBinary = join(postgres.bin, "postgres");
  const plans = [
    {
      tag: POSTGRES_IMAGE,
      inputs: hashOf(root, postgresScripts, [postgresBinary]),
      build: (labels: Record<string, string>) => buildPostgresImage(POSTGRES_IMAGE, labels),
    },
    {
      tag: REFERENCE_IMAGE,
      inputs: hashOf(root, [...scripts, ...referenceAppFiles(root), "package-lock.json"], [postgresBinary, join(root, "node_modules/node/bin/node")]),
      build: (labels: Record<string, string>) => buildReferenceImage(root, REFERENCE_IMAGE, labels),
    },
  ];
  const reports: ImageReport[] = [];
  for (const plan of plans) {
    const started = performance.now();
    const current = labelOf(plan.tag);
    const built = options.force === true || current !== plan.inputs;
    if (built) {
      log(`[images] building ${plan.tag}${current === undefined ? "" : " (its inputs changed)"}`);
      const previous = idOf(plan.tag);
      await plan.build({ [INPUTS_LABEL]: plan.inputs });
      // The replaced image is left untagged; drop it unless a container still uses it.
      if (previous !== undefined && previous !== idOf(plan.tag)) spawnSync("docker", ["image", "rm", previous], { stdio: "ignore" });
    } else log(`[images] reusing ${plan.tag} (inputs unchanged)`);
    reports.push({ tag: plan.tag, built, seconds: (performance.now() - started) / 1000, sizeBytes: sizeOf(plan.tag) });
  }
  return reports;
}

/** Files hashed by content; large binaries by path, size and modification time. */
function hashOf(root: string, files: string[], binaries: string[]): string {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  for (const binary of binaries) {
    const stat = statSync(binary);
    hash.update(`${binary}:${stat.size}:${stat.mtimeMs}`);
  }
  return hash.digest("hex").slice(0, 16);
}

function idOf(tag: string): string | undefined {
  const inspect = spawnSync("docker", ["image", "inspect", "--format", "{{.Id}}", tag], { encoding: "utf8" });
  return inspect.status === 0 ? inspect.stdout.trim() : undefined;
}

function labelOf(tag: string): string | undefined {
  try {
    const value = execFileSync("docker", ["image", "inspect", "--format", `{{index .Config.Labels "${INPUTS_LABEL}"}}`, tag], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return value === "" || value === "<no value>" ? undefined : value;
  } catch {
    return undefined;
  }
}

function sizeOf(tag: string): number {
  return Number(execFileSync("docker", ["image", "inspect", "--format", "{{.Size}}", tag], { encoding: "utf8" }).trim());
}
