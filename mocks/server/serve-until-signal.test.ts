// The foreground mock stops cleanly on SIGINT and SIGTERM: the process exits 0 on its own.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, expect, test } from "vitest";

const MODULE = fileURLToPath(new URL("./serve-until-signal.ts", import.meta.url));
const children = new Set<ChildProcess>();

// A test that times out must not leave its mock running.
afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  children.clear();
});

/** Runs serveUntilSignal in a child process, sends `signal` once it listens, and returns its exit code and output. */
function runAndSignal(signal: NodeJS.Signals): Promise<{ code: number | null; output: string }> {
  const script = `const { serveUntilSignal } = await import(${JSON.stringify(MODULE)}); await serveUntilSignal({ port: 0 });`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`Failed to start and stop the mock on ${signal} within 50 s. Output:\n${output}`))), 50_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("listening on") && !child.killed) child.kill(signal);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("exit", (code) => (clearTimeout(timer), resolve({ code, output })));
  });
}

test("SIGINT closes the mock and the process exits 0", async () => {
  const { code, output } = await runAndSignal("SIGINT");
  expect(output).toContain("Mock stopped.");
  expect(code).toBe(0);
}, 60_000);

test("SIGTERM closes the mock and the process exits 0", async () => {
  const { code, output } = await runAndSignal("SIGTERM");
  expect(output).toContain("Mock stopped.");
  expect(code).toBe(0);
}, 60_000);
