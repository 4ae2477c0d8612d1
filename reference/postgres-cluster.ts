// A private, throwaway PostgreSQL cluster: its own temp directory, its own port, gone on stop().
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export type PostgresCluster = {
  /** A connection string for the cluster's `postgres` database, over its unix socket. */
  url: string;
  port: number;
  /** The temp directory holding the data directory and the unix socket; removed by stop(). */
  dir: string;
  pid: number | undefined;
  stop: () => Promise<void>;
};

type RunAs = { uid: number; gid: number } | undefined;

/** Start a fresh cluster on 127.0.0.1, a free port and a unix socket; installs Debian's `postgresql` if needed. */
export async function startPostgresCluster(options: { log?: (line: string) => void } = {}): Promise<PostgresCluster> {
  const log = options.log ?? (() => {});
  const bin = findPostgresBin() ?? installPostgres(log);
  const runAs = unprivilegedUser();
  const dir = mkdtempSync(join(tmpdir(), "temetro-pg-"));
  const data = join(dir, "data");
  const socketDir = join(dir, "socket");
  mkdirSync(socketDir);
  if (runAs) {
    chownSync(dir, runAs.uid, runAs.gid);
    chownSync(socketDir, runAs.uid, runAs.gid);
  }

  let child: ChildProcess | undefined;
  // Last resort if the owner exits without calling stop(), even mid-startup: no postmaster or directory left behind.
  const onExit = () => {
    child?.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", onExit);
  try {
    const init = spawnSync(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"], {
      ...runAs, cwd: dir, encoding: "utf8",
    });
    if (init.status !== 0) {
      throw new Error(`Failed to start PostgreSQL: initdb exited with ${init.status}: ${init.stderr || init.error}`);
    }
    const port = await freePort();
    // Durability is worthless for a throwaway cluster; turning it off makes tests several times faster.
    const args = ["-D", data, "-k", socketDir, "-h", "127.0.0.1", "-p", String(port),
      "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
    // Its own process group: a terminal's Ctrl-C reaches only us, and stop() shuts it down in order.
    const started = spawn(join(bin, "postgres"), args, { ...runAs, cwd: dir, detached: true, stdio: ["ignore", "ignore", "pipe"] });
    child = started;
    const exited = new Promise<void>((resolve) => started.once("exit", () => resolve()));
    let stderr = "";
    started.stderr?.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
    // The unix socket, not 127.0.0.1: a query costs both sides fewer system calls than over TCP
    // (a reference run sends tens of thousands). The server still listens on the port too.
    const url = `postgres://postgres@${encodeURIComponent(socketDir)}:${port}/postgres`;
    await waitUntilReady(url, started, () => stderr);
    log(`[postgres] private cluster pid=${started.pid} port=${port} dir=${dir}`);

    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        process.removeListener("exit", onExit);
        started.kill("SIGINT"); // "fast shutdown": roll back open transactions and exit
        const timer = setTimeout(() => started.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
        rmSync(dir, { recursive: true, force: true });
      })();
      return stopping;
    };
    return { url, port, dir, pid: started.pid, stop };
  } catch (error) {
    process.removeListener("exit", onExit);
    onExit();
    throw error;
  }
}

/** The newest /usr/lib/postgresql/<major>/bin that has both initdb and postgres. */
function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  return majors.map((major) => join(root, major, "bin"))
    .find((bin) => existsSync(join(bin, "initdb")) && existsSync(join(bin, "postgres")));
}

function installPostgres(log: (line: string) => void): string {
  if (process.getuid?.() !== 0) {
    throw new Error("Failed to start PostgreSQL: no server binaries under /usr/lib/postgresql and not root, so they cannot be installed. Install the `postgresql` package or set DATABASE_URL.");
  }
  log("[postgres] server binaries missing; installing Debian's postgresql package (apt-get)");
  // Keep the package from creating and starting its own "main" cluster: we only want the binaries.
  mkdirSync("/etc/postgresql-common/createcluster.d", { recursive: true });
  spawnSync("sh", ["-c", "echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.d/temetro-reference.conf"]);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "postgresql"]]) {
    const run = spawnSync("apt-get", args, { env, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    if (run.status !== 0) {
      throw new Error(`Failed to start PostgreSQL: apt-get ${args[0]} exited with ${run.status}: ${run.stderr || run.error}. Install the \`postgresql\` package or set DATABASE_URL.`);
    }
  }
  const bin = findPostgresBin();
  if (!bin) throw new Error("Failed to start PostgreSQL: the postgresql package installed no server binaries under /usr/lib/postgresql. Set DATABASE_URL.");
  return bin;
}

/** initdb and postgres refuse to run as root: as root, run them as the `postgres` system user. */
function unprivilegedUser(): RunAs {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  if (lookup().status !== 0) spawnSync("useradd", ["--system", "--no-create-home", "--user-group", "postgres"]);
  const uid = Number(lookup().stdout.trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
  if (!Number.isInteger(uid) || uid === 0 || !Number.isInteger(gid)) {
    throw new Error("Failed to start PostgreSQL: no unprivileged `postgres` user to run the server as. Create one (useradd --system postgres) or set DATABASE_URL.");
  }
  return { uid, gid };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Failed to start PostgreSQL: the server exited (${child.exitCode ?? child.signalCode}): ${stderr()}`);
    }
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("select 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Failed to start PostgreSQL: not ready after 30 s (${String(error)}): ${stderr()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => {});
    }
  }
}
