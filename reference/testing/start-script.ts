// For the start.ts tests: run a reference's entry point as an operator does and wait for its ready line.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

export type StartedScript = {
  /** The URL of the ready line. */
  url: string;
  /** Everything it printed up to the ready line (and after, as it grows). */
  output: () => string;
  /** The private cluster it started: its postmaster pid and directory (from the `[postgres]` line). */
  cluster: { pid: number; dir: string } | undefined;
  /** Sends SIGTERM; resolves with the exit code. */
  stop: () => Promise<number | null>;
};

/** Spawn `node <script>` with `env` added and resolve once stdout prints `<name> reference listening on <url>`. */
export async function startScript(script: string, name: string, env: Record<string, string>, timeoutMs = 40_000): Promise<StartedScript> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: "pipe" });
  let output = "";
  const readyLine = new RegExp(`^${name} reference listening on (http://127\\.0\\.0\\.1:\\d+)$`, "m");
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} not ready after ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = readyLine.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
  const cluster = /private cluster pid=(\d+) port=\d+ dir=(\S+)/.exec(output);
  return {
    url,
    output: () => output,
    cluster: cluster?.[1] && cluster[2] ? { pid: Number(cluster[1]), dir: cluster[2] } : undefined,
    stop() {
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      return exited;
    },
  };
}
