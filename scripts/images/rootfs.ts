// A minimal root filesystem assembled from this machine's files (binaries plus the shared libraries
// `ldd` lists), turned into an image by `docker import`: no registry, no base image, no Dockerfile.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export type Rootfs = {
  readonly dir: string;
  /** Copies a host file to `dest` (default: the same path), following symlinks. */
  addFile(source: string, dest?: string, mode?: number): void;
  /** Copies an ELF binary or library and every shared library `ldd` says it loads, at their host paths. */
  addElf(source: string, dest?: string): void;
  /** Copies a host folder, optionally only the entries `keep` accepts. */
  addTree(source: string, dest: string, keep?: (path: string) => boolean): void;
  writeFile(dest: string, content: string, mode?: number): void;
  mkdir(dest: string, mode?: number): void;
  /** Tars the tree (owned by root, `owned` paths by their uid) into `docker import`; returns the image id. */
  importImage(tag: string, changes: string[], owned?: Array<{ path: string; uid: number }>): Promise<string>;
  remove(): void;
};

/** A fresh, empty root filesystem in a temp folder. */
export function createRootfs(name: string): Rootfs {
  const dir = mkdtempSync(join(tmpdir(), `temetro-rootfs-${name}-`));
  const at = (path: string) => join(dir, path);
  const copied = new Set<string>();
  const addFile: Rootfs["addFile"] = (source, dest = source, mode) => {
    mkdirSync(dirname(at(dest)), { recursive: true });
    copyFileSync(source, at(dest));
    chmodSync(at(dest), mode ?? statSync(source).mode & 0o7777);
  };
  return {
    dir,
    addFile,
    addElf(source, dest = source) {
      addFile(source, dest);
      for (const library of sharedLibraries(source)) {
        if (copied.has(library)) continue;
        copied.add(library);
        addFile(library);
      }
    },
    addTree(source, dest, keep = () => true) {
      cpSync(source, at(dest), { recursive: true, dereference: true, filter: (path) => keep(path) });
    },
    writeFile(dest, content, mode = 0o644) {
      mkdirSync(dirname(at(dest)), { recursive: true });
      writeFileSync(at(dest), content, { mode });
      chmodSync(at(dest), mode);
    },
    mkdir(dest, mode = 0o755) {
      mkdirSync(at(dest), { recursive: true });
      chmodSync(at(dest), mode);
    },
    importImage: (tag, changes, owned = []) => importTree(dir, tag, changes, owned),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The absolute paths `ldd` resolves for a binary, its loader included. */
export function sharedLibraries(binary: string): string[] {
  const output = execFileSync("ldd", [binary], { encoding: "utf8" });
  return [...output.matchAll(/(?:=>\s*)?(\/\S+)\s+\(0x/g)].map((match) => match[1]!);
}

/**
 * GNU tar writes the archive in passes: everything but the `owned` folders as root, then each of
 * those folders alone, appended with its uid. No chown, so no root needed; and no path twice,
 * which `docker import` refuses. An owned folder's contents are not archived: keep them empty.
 */
async function importTree(dir: string, tag: string, changes: string[], owned: Array<{ path: string; uid: number }>): Promise<string> {
  const archive = `${dir}.tar`;
  const tar = (args: string[]) => execFileSync("tar", ["--numeric-owner", "-C", dir, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  try {
    const excluded = owned.flatMap(({ path }) => [`--exclude=.${path}`]);
    tar(["--owner=0", "--group=0", "--anchored", ...excluded, "-cf", archive, "."]);
    for (const { path, uid } of owned) tar([`--owner=${uid}`, `--group=${uid}`, "--no-recursion", "-rf", archive, `.${path}`]);
    const args = ["import", ...changes.flatMap((change) => ["--change", change]), archive, tag];
    return (await run("docker", args)).trim();
  } finally {
    rmSync(archive, { force: true });
  }
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
    child.once("error", reject);
    child.once("close", (code) => code === 0 ? resolve(stdout)
      : reject(new Error(`Failed to run ${command} ${args[0]}: exit ${code}: ${stderr.trim()}.`)));
  });
}
