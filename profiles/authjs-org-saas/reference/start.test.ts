// start.ts as an operator runs it: one ready line, a working deployment, and nothing left behind on SIGTERM.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test } from "vitest";
import { call, createJar, newRegistration, signIn } from "./testing/authjs-client.ts";

test("start.ts registers and signs in on its own cluster, then on SIGTERM stops the cluster and removes its directory", async () => {
  const child = spawn(process.execPath, [new URL("./start.ts", import.meta.url).pathname], {
    env: { ...process.env, PORT: "0", DATABASE_URL: "", TEMETRO_TEST_MAILBOX: "1", APP_URL: "", AUTH_SECRET: "authjs-start-test-secret-0123456789abcdef" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start.ts not ready after 40 s:\n${output}`)), 40_000);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^authjs-org-saas reference listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`start.ts exited with ${code}:\n${output}`)));
  });
  const cluster = /private cluster pid=(\d+) port=\d+ dir=(\S+)/.exec(output);
  expect(cluster).not.toBeNull();
  expect(await (await fetch(`${ready}/health`)).json()).toEqual({ status: "ok" });
  const user = newRegistration("start");
  expect((await call(`${ready}/api/auth/register`, { json: user })).status).toBe(201);
  const [mail] = (await call(`${ready}/__dev/outbox?to=${user.email}`)).json() as Array<{ url: string }>;
  expect(mail?.url.startsWith(`${ready}/verify-email?token=`)).toBe(true);
  const jar = createJar();
  expect((await signIn(`${ready}/api/auth`, jar, { email: user.email, password: user.password })).headers.get("location")).toBe(ready);
  expect((await call(`${ready}/api/auth/session`, { jar })).json()).toMatchObject({ user: { email: user.email, role: "admin" } });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(existsSync(cluster![2]!)).toBe(false);
  expect(() => process.kill(Number(cluster![1]), 0)).toThrow();
}, 60_000);
