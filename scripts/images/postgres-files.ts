// What both images share: a base (users, /tmp, name lookup) and Debian's PostgreSQL server, copied
// to the same paths Debian installs them at, because the binaries look for their share and lib
// folders there.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Rootfs } from "./rootfs.ts";

export type PostgresInstall = { major: string; bin: string; lib: string; share: string };

export const POSTGRES_UID = 999;
export const APP_UID = 1000;

/** The newest PostgreSQL server under /usr/lib/postgresql; throws with the install command when none is. */
export function findPostgresInstall(): PostgresInstall {
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  const major = majors.find((candidate) => existsSync(join(root, candidate, "bin", "postgres")) && existsSync(join(root, candidate, "bin", "initdb")));
  if (major === undefined) {
    throw new Error("Failed to build the images: no PostgreSQL server under /usr/lib/postgresql. Install one: `apt-get install -y postgresql-15` (Debian 12).");
  }
  return { major, bin: join(root, major, "bin"), lib: join(root, major, "lib"), share: `/usr/share/postgresql/${major}` };
}

/** Users (root, postgres, temetro), a world-writable /tmp and name lookup through Docker's DNS. */
export function addBase(rootfs: Rootfs): void {
  rootfs.writeFile("/etc/passwd", [
    "root:x:0:0:root:/root:/bin/sh",
    `postgres:x:${POSTGRES_UID}:${POSTGRES_UID}:PostgreSQL:/var/lib/postgresql:/bin/sh`,
    `temetro:x:${APP_UID}:${APP_UID}:temetro:/app:/bin/sh`,
    "nobody:x:65534:65534:nobody:/nonexistent:/bin/sh",
  ].join("\n") + "\n");
  rootfs.writeFile("/etc/group", `root:x:0:\npostgres:x:${POSTGRES_UID}:\ntemetro:x:${APP_UID}:\nnogroup:x:65534:\n`);
  rootfs.writeFile("/etc/nsswitch.conf", "passwd: files\ngroup: files\nhosts: files dns\n");
  rootfs.mkdir("/tmp", 0o1777);
  rootfs.addElf("/bin/dash", "/bin/sh");
}

/** initdb, postgres and pg_isready with their libraries, extensions (no JIT), share files and time zones. */
export function addPostgres(rootfs: Rootfs, install: PostgresInstall): void {
  for (const name of ["postgres", "initdb", "pg_isready", "pg_ctl"]) rootfs.addElf(join(install.bin, name));
  // LLVM JIT would pull in libLLVM (100+ MB); without llvmjit.so the server simply runs without JIT.
  const skipped = new Set(["llvmjit.so", "sepgsql.so"]);
  for (const name of readdirSync(install.lib)) {
    if (name.endsWith(".so") && !skipped.has(name)) rootfs.addElf(join(install.lib, name));
  }
  rootfs.addTree(install.share, install.share, (path) => !path.includes("/man"));
  rootfs.addTree("/usr/share/zoneinfo", "/usr/share/zoneinfo");
  rootfs.mkdir("/var/run/postgresql", 0o2775);
}
