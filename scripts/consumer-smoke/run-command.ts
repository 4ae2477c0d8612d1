// Runs a command as a user would type it in the consumer project, and fails with its output.
import { spawn } from "node:child_process";

export type CommandResult = { code: number; output: string };

/** Runs `command args` in `cwd` with `PATH` led by `pathFirst`; resolves with its exit code and output. */
export function runCommand(command: string, args: string[], options: { cwd: string; pathFirst?: string[]; timeoutMs?: number; env?: Record<string, string> }): Promise<CommandResult> {
  const path = [...(options.pathFirst ?? []), process.env.PATH ?? ""].join(":");
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env, PATH: path, FORCE_COLOR: "0", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGTERM"), options.timeoutMs ?? 300_000);
    child.on("error", (error) => (clearTimeout(timer), reject(error)));
    child.on("close", (code) => (clearTimeout(timer), resolve({ code: code ?? 1, output })));
  });
}

/** Runs a command and throws with the tail of its output unless it exits 0. */
export async function mustRun(command: string, args: string[], options: Parameters<typeof runCommand>[2]): Promise<string> {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) throw new Error(`\`${[command, ...args].join(" ")}\` exited ${result.code}:\n${tail(result.output)}`);
  return result.output;
}

/** The last lines of a command's output, for an error message. */
export function tail(output: string, lines = 30): string {
  return output.trimEnd().split("\n").slice(-lines).join("\n");
}
