// Test support: a deliberately broken variant of the mock (the standalone mock behind a proxy that
// rewrites some answers), and the CLI run as a user runs it. The tests of `verify` and of its
// reports use them to show what a failing target looks like. Not part of the package.
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { connect } from "node:net";
import type { Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { request } from "undici";
import { startMockServer } from "#mocks/server/start-mock-server";

const CLI = fileURLToPath(new URL("../../bin/temetro-contract.ts", import.meta.url));
const HOP_BY_HOP = new Set(["host", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** An answer as the proxy holds it before passing it on. */
export type Answer = { status: number; headers: Record<string, string | string[]>; body: Buffer };
/** One way the target is broken: rewrites the answer to a request, or leaves it (returns it unchanged). */
export type Breakage = (request: { method: string; path: string }, answer: Answer) => Answer;

export type BrokenTarget = { url: string; close(): Promise<void> };

/** Drops a header from every answer (a proxy that loses X-Retry-After, say). */
export const stripHeader = (name: string): Breakage => (_request, answer) =>
  ({ ...answer, headers: Object.fromEntries(Object.entries(answer.headers).filter(([header]) => header !== name)) });

/** Answers 404 for a path (a deployment that does not serve the mock's /__dev routes). */
export const hideRoute = (path: string): Breakage => ({ path: requested }, answer) =>
  (requested.split("?")[0] === path ? { status: 404, headers: { "content-type": "text/plain" }, body: Buffer.from("Not Found") } : answer);

/** Answers a refused call (403) with `status` and no body: a backend that forgot an operation's permission check. */
export const grantRefused = (method: string, path: RegExp, status: number): Breakage => (requested, answer) =>
  (requested.method === method && path.test(requested.path.split("?")[0] ?? "") && answer.status === 403 ? { status, headers: {}, body: Buffer.alloc(0) } : answer);

/** Starts the mock (empty seed) behind a proxy that applies the breakages in order; Socket.io upgrades pass through untouched. */
export async function startBrokenTarget(breakages: Breakage[]): Promise<BrokenTarget> {
  const mock = await startMockServer({ port: 0, seed: "empty", log: () => {} });
  const upstream = new URL(mock.url);
  const proxy = createServer((req, res) => void forward(mock.url, breakages, req, res).catch(() => res.writeHead(502).end()));
  proxy.on("upgrade", (req: IncomingMessage, client: Socket, head: Buffer) => {
    const server = connect(Number(upstream.port), upstream.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`, ...Object.entries(req.headers).map(([name, value]) => `${name}: ${String(value)}`)];
      server.write(`${lines.join("\r\n")}\r\n\r\n`);
      server.write(head);
      client.pipe(server).pipe(client);
    });
    server.on("error", () => client.destroy());
    client.on("error", () => server.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const address = proxy.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      await mock.close();
    },
  };
}

async function forward(upstream: string, breakages: Breakage[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
  const method = req.method ?? "GET";
  const path = req.url ?? "/";
  const reply = await request(`${upstream}${path}`, { method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined });
  const received: Answer = { status: reply.statusCode, headers: {}, body: Buffer.from(await reply.body.arrayBuffer()) };
  for (const [name, value] of Object.entries(reply.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) received.headers[name] = value;
  }
  const answer = breakages.reduce((current, breakage) => breakage({ method, path }, current), received);
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.writeHead(answer.status).end(answer.body);
}

/** Runs `temetro-contract` with these arguments in a child process, outside vitest's environment. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST") && name !== "NODE_OPTIONS"));
  const run = promisify(execFile)(process.execPath, [CLI, ...args], { env, maxBuffer: 64 * 1024 * 1024 });
  return run.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, stdout: error.stdout ?? "", stderr: error.stderr ?? "" }),
  );
}
