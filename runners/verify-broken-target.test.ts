// `verify --url` against a deliberately broken variant of the mock (a proxy that strips
// X-Retry-After from every answer) exits non-zero and names the rule that broke.
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { request } from "undici";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startMockServer } from "#mocks/server/start-mock-server";
import type { MockServer } from "#mocks/server/start-mock-server";

const CLI = fileURLToPath(new URL("../bin/temetro-contract.ts", import.meta.url));
const HOP_BY_HOP = new Set(["host", "connection", "keep-alive", "transfer-encoding", "content-length"]);

let mock: MockServer;
let proxy: Server;
let proxyUrl: string;

/** Forwards every request to the mock and drops one header from the answer. */
function stripHeaderProxy(upstream: string, dropped: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.from(chunk));
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    const method = req.method === "POST" ? "POST" : req.method === "DELETE" ? "DELETE" : "GET";
    const answer = await request(`${upstream}${req.url ?? "/"}`, { method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined });
    const body = Buffer.from(await answer.body.arrayBuffer());
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && name !== dropped && !HOP_BY_HOP.has(name)) res.setHeader(name, value);
    }
    res.writeHead(answer.statusCode).end(body);
  };
}

beforeAll(async () => {
  mock = await startMockServer({ port: 0, seed: "empty", log: () => {} });
  proxy = createServer((req, res) => void stripHeaderProxy(mock.url, "x-retry-after")(req, res).catch(() => res.writeHead(502).end()));
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await mock?.close();
});

test("exits 1 and names RATE-SENSITIVE-AUTH-LIMIT when 429 answers carry no X-Retry-After", { timeout: 180_000 }, async () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("VITEST") && name !== "NODE_OPTIONS"));
  const run = promisify(execFile)(process.execPath, [CLI, "verify", "--url", proxyUrl, "--only", "RATE-SENSITIVE-AUTH-LIMIT"], { env, maxBuffer: 16 * 1024 * 1024 });
  const outcome = await run.then(() => ({ code: 0, stdout: "" }), (error: { code?: number; stdout?: string }) => ({ code: error.code, stdout: error.stdout ?? "" }));
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).toMatch(/^✗ RATE-SENSITIVE-AUTH-LIMIT refuses attempt 4 to POST \/api\/auth\/sign-in\/username/m);
  expect(outcome.stdout).toContain("the X-Retry-After header");
});
