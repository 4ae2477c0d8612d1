// Starts a reference deployment (real better-auth + PostgreSQL, test mailbox on) on a free port,
// runs `temetro-contract verify --url` against it with the arguments given, and stops it again.
// With `--profile NAME` it starts that profile's reference (profiles/NAME/reference/start.ts).
//   node scripts/verify-reference.ts [verify options…]      (npm run verify:reference -- …)
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { freePort } from "./free-port.ts";

const root = join(import.meta.dirname, "..");

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`Failed to start the reference within ${timeoutMs / 1000} s. Its output:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /\S+ reference listening on (\S+)/.exec(output);
      if (ready?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Failed to start the reference: it exited with code ${code}. Its output:\n${output}`));
    });
  });
}

/** The reference of the profile named by --profile (temetro's when absent). */
function referenceScript(args: string[]): string {
  const at = args.findIndex((arg) => arg === "--profile" || arg.startsWith("--profile="));
  const profile = at === -1 ? "temetro" : args[at]?.includes("=") ? args[at]?.split("=")[1] : args[at + 1];
  return profile === undefined || profile === "temetro" ? "reference/start.ts" : `profiles/${profile}/reference/start.ts`;
}

const port = await freePort();
const reference = spawn(process.execPath, [join(root, referenceScript(process.argv.slice(2)))], {
  cwd: root,
  env: { ...process.env, PORT: String(port), BETTER_AUTH_URL: `http://127.0.0.1:${port}`, TEMETRO_TEST_MAILBOX: "1" },
  stdio: ["ignore", "pipe", "pipe"],
});
const stop = () => new Promise<void>((resolve) => {
  if (reference.exitCode !== null) return resolve();
  reference.once("exit", () => resolve());
  reference.kill("SIGTERM");
});
process.once("SIGINT", () => void stop().then(() => process.exit(130)));

let code = 2;
try {
  const url = await waitForReady(reference, 180_000);
  console.log(`::: reference deployment (the real auth library + PostgreSQL) at ${url}: ${referenceScript(process.argv.slice(2))}`);
  const verify = spawn(process.execPath, [join(root, "bin/temetro-contract.ts"), "verify", "--url", url, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
  code = await new Promise<number>((resolve) => verify.once("exit", (exit) => resolve(exit ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await stop();
}
process.exit(code);
