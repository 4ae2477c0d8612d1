// start.ts as an operator runs it: one ready line, a working deployment, and nothing left behind on SIGTERM.
import { existsSync } from "node:fs";
import { expect, test } from "vitest";
import { startScript } from "../../../reference/testing/start-script.ts";
import { call, createJar, newRegistration, signIn } from "./testing/authjs-client.ts";

test("start.ts registers and signs in on its own cluster, then on SIGTERM stops the cluster and removes its directory", async () => {
  const started = await startScript(new URL("./start.ts", import.meta.url).pathname, "authjs-org-saas", {
    PORT: "0", DATABASE_URL: "", TEMETRO_TEST_MAILBOX: "1", APP_URL: "", AUTH_SECRET: "authjs-start-test-secret-0123456789abcdef",
  });
  const ready = started.url;
  expect(started.cluster).toBeDefined();
  expect(await (await fetch(`${ready}/health`)).json()).toEqual({ status: "ok" });
  const user = newRegistration("start");
  expect((await call(`${ready}/api/auth/register`, { json: user })).status).toBe(201);
  const [mail] = (await call(`${ready}/__dev/outbox?to=${user.email}`)).json() as Array<{ url: string }>;
  expect(mail?.url.startsWith(`${ready}/verify-email?token=`)).toBe(true);
  const jar = createJar();
  expect((await signIn(`${ready}/api/auth`, jar, { email: user.email, password: user.password })).headers.get("location")).toBe(ready);
  expect((await call(`${ready}/api/auth/session`, { jar })).json()).toMatchObject({ user: { email: user.email, role: "admin" } });
  expect(await started.stop()).toBe(0);
  expect(existsSync(started.cluster!.dir)).toBe(false);
  expect(() => process.kill(started.cluster!.pid, 0)).toThrow();
}, 60_000);
