// The standalone mock over real HTTP: cookies on the wire, temetro's X-Forwarded-For backfill, shutdown.
import { afterEach, expect, test } from "vitest";
import { request } from "undici";
import { startMockServer, type MockServer } from "./start-mock-server.ts";

const FRONTEND = "http://localhost:3000";
const running: MockServer[] = [];

async function start(): Promise<MockServer> {
  const server = await startMockServer({ port: 0, log: () => {} });
  running.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

const signUp = (url: string, email: string, headers: Record<string, string> = {}) =>
  request(`${url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { origin: FRONTEND, "content-type": "application/json", ...headers },
    body: JSON.stringify({ name: "Ada", email, password: "correct-horse-battery" }),
  });

const signInAttempt = (url: string, headers: Record<string, string> = {}) =>
  request(`${url}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { origin: FRONTEND, "content-type": "application/json", ...headers },
    body: JSON.stringify({ username: "nobody", password: "wrong-password" }),
  }).then(async (response) => (await response.body.dump(), response.statusCode));

test("port 0 listens on a free port and url names it", async () => {
  const server = await start();
  expect(server.url).toMatch(/^http:\/\/localhost:\d+$/);
  expect(server.url).not.toBe("http://localhost:0");
  const response = await request(`${server.url}/health`);
  expect(await response.body.json()).toEqual({ status: "ok" });
});

test("sign-up sets the session token and the cookie cache as two separate Set-Cookie headers", async () => {
  const server = await start();
  const response = await signUp(server.url, "ada@example.com");
  await response.body.dump();
  const cookies = response.headers["set-cookie"];
  expect(response.statusCode).toBe(200);
  expect(Array.isArray(cookies) ? cookies.map((cookie) => cookie.split("=")[0]) : cookies).toEqual([
    "better-auth.session_token",
    "better-auth.session_data",
  ]);
});

test("a request without X-Forwarded-For is counted under the socket address", async () => {
  const server = await start();
  const response = await signUp(server.url, "grace@example.com");
  await response.body.dump();
  const cookies = response.headers["set-cookie"];
  const cookie = (Array.isArray(cookies) ? cookies : []).map((line) => line.split(";")[0]).join("; ");
  const session = await request(`${server.url}/api/auth/get-session`, { headers: { cookie } });
  expect(await session.body.json()).toMatchObject({ session: { ipAddress: "127.0.0.1" } });
});

test("requests without X-Forwarded-For share one rate-limit bucket", async () => {
  const server = await start();
  const statuses = [];
  for (let attempt = 0; attempt < 4; attempt += 1) statuses.push(await signInAttempt(server.url));
  expect(statuses.slice(0, 3)).not.toContain(429);
  expect(statuses[3]).toBe(429);
});

test("requests with distinct X-Forwarded-For values get distinct rate-limit buckets", async () => {
  const server = await start();
  const statuses = [];
  for (let attempt = 0; attempt < 4; attempt += 1) statuses.push(await signInAttempt(server.url, { "x-forwarded-for": `198.18.7.${attempt + 1}` }));
  expect(statuses).not.toContain(429);
});

test("close() stops the server and leaves no listening socket behind", async () => {
  const listeningSockets = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20)); // handles closed this tick are listed until the next
    return process.getActiveResourcesInfo().filter((name) => name === "TCPServerWrap").length;
  };
  const before = await listeningSockets();
  const server = await startMockServer({ port: 0, log: () => {} });
  await (await request(`${server.url}/health`)).body.dump();
  expect(await listeningSockets()).toBe(before + 1);
  await server.close();
  expect(await listeningSockets()).toBe(before);
  await expect(request(`${server.url}/health`)).rejects.toThrow(/ECONNREFUSED|connect/);
});

test("a port in use is refused with what to do", async () => {
  const server = await start();
  const port = Number(new URL(server.url).port);
  await expect(startMockServer({ port, log: () => {} })).rejects.toThrow(/Failed to start the mock server on 127\.0\.0\.1:\d+: the port is in use\. Pass another --port/);
});
