// The probe before a run: an unreachable URL and a server that is not this API each give one
// readable sentence (and `verify --url` exits 2 with it), never a hundred failing checks.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { expect, test } from "vitest";
import { main } from "./cli.ts";
import { probeTarget } from "./probe-target.ts";

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("tells that nothing answers at an unreachable URL, and how to fix it", async () => {
  const url = `http://127.0.0.1:${await closedPort()}`;
  await expect(probeTarget(url)).rejects.toThrow(`Failed to reach ${url}: connection refused. Is the server running?`);
});

test("exits verify with code 2 and the reachability message for an unreachable URL", async () => {
  const url = `http://127.0.0.1:${await closedPort()}`;
  let stderr = "";
  const err = new Writable({ write: (chunk, _encoding, done) => ((stderr += String(chunk)), done()) });
  const code = await main(["verify", "--url", url], { err });
  expect(code).toBe(2);
  expect(stderr).toBe(`Failed to reach ${url}: connection refused. Is the server running? Start the mock with \`npx temetro-contract mock\`, or check the URL and port.\n`);
});

test("tells that a server is not this API when /health is not {status: ok}", async () => {
  const server = createServer((_req, res) => res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not here</h1>"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await expect(probeTarget(url)).rejects.toThrow(`Failed to verify ${url}: GET /health answered 404 "<h1>Not here</h1>", not {"status":"ok"}.`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test("tells that Better Auth is missing when get-session is not JSON", async () => {
  const server = createServer((req, res) => {
    if (req.url === "/health") return void res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
    res.writeHead(404, { "content-type": "text/plain" }).end("Cannot GET");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await expect(probeTarget(url)).rejects.toThrow("GET /api/auth/get-session answered 404 \"Cannot GET\", not JSON. Check that Better Auth is mounted at /api/auth");
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
