// Drives a server in a child process over loopback with undici: the shared half of the benchmarks
// (bench.ts, scripts/bench/) and the soak test (soak.ts). Scripts that print figures, not tests.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Dispatcher, Pool } from "undici";

export type Scenario = { name: string; request: (index: number) => Dispatcher.RequestOptions };

/** The script startChild runs for the standalone mock: `npx temetro-contract mock --port 0`, from source. */
export const MOCK_SERVER_SCRIPT = `const { serveUntilSignal } = await import(${JSON.stringify(fileURLToPath(new URL("./serve-until-signal.ts", import.meta.url)))});
await serveUntilSignal({ port: 0 });`;

/** The floor of this machine: a bare node:http server answering a fixed JSON body, whatever the request. */
export const BARE_SERVER_SCRIPT = `const server = (await import("node:http")).createServer((req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}'));
server.listen(0, "127.0.0.1", () => console.log("listening on http://localhost:" + server.address().port));
process.once("SIGINT", () => server.close());`;

export type ChildServer = { url: string; pid: number; stop(): Promise<void> };

/** Runs a server script in a child process (with `env` added); resolves with its URL once it prints "listening on <url>". */
export function startChild(script: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...env } });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let output: string | null = "";
    // Keeps reading after the URL, so the child's log never fills the pipe.
    child.stdout.on("data", (chunk: Buffer) => {
      if (output === null) return;
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url === undefined) return;
      output = null;
      resolve({ url, pid: child.pid ?? 0, stop: () => (child.kill("SIGINT"), exited) });
    });
    child.once("exit", (code) => reject(new Error(`Failed to start the server under load: it exited with ${code}. See its output above.`)));
  });
}

/** Sends `requests` requests of a scenario over `connections` keep-alive connections; req/s, latencies, statuses. */
export async function runScenario(pool: Pool, scenario: Scenario, requests: number, connections: number): Promise<{ rps: number; p50: number; p99: number; statuses: Map<number, number> }> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const index = next++;
      const started = performance.now();
      const response = await pool.request(scenario.request(index));
      await response.body.dump();
      latencies.push(performance.now() - started);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * quantile))] ?? 0;
  return { rps: (requests / elapsed) * 1000, p50: at(0.5), p99: at(0.99), statuses };
}

/** Signs a user up through the pool (from `clientIp`); resolves with the `name=value` pairs of the cookies it set. */
export async function signUpOverPool(pool: Pool, clientIp: string, name: string, email: string): Promise<string[]> {
  const headers = { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": clientIp };
  const signUp = await pool.request({ path: "/api/auth/sign-up/email", method: "POST", headers, body: JSON.stringify({ name, email, password: "correct-horse-battery" }) });
  await signUp.body.dump();
  const raw = signUp.headers["set-cookie"];
  return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((line) => line.split(";")[0] ?? "");
}
