// start.ts as an operator runs it: one ready line, a working deployment, and nothing left behind on SIGTERM.
import { existsSync } from "node:fs";
import { expect, test } from "vitest";
import { startScript } from "../../../reference/testing/start-script.ts";

test("start.ts serves auth and the provider, then on SIGTERM stops the cluster, removes its directory and closes the provider", async () => {
  const started = await startScript(new URL("./start.ts", import.meta.url).pathname, "generic-better-auth", {
    PORT: "0", DATABASE_URL: "", TEMETRO_TEST_MAILBOX: "1", BETTER_AUTH_URL: "", BETTER_AUTH_SECRET: "generic-start-test-secret-0123456789abcdef",
  });
  const ready = started.url;
  const issuer = /OpenID Connect provider for google, github, discord at (\S+)/.exec(started.output())?.[1];
  expect(started.cluster).toBeDefined();
  expect(await (await fetch(`${ready}/health`)).json()).toEqual({ status: "ok" });
  expect(await (await fetch(`${ready}/__dev/outbox`)).json()).toEqual([]);
  const social = await fetch(`${ready}/api/auth/sign-in/social`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ provider: "google", callbackURL: "/" }),
  });
  const { url } = (await social.json()) as { url: string };
  expect(url.startsWith(`${issuer}/authorize?`)).toBe(true);
  expect(new URL(url).searchParams.get("redirect_uri")).toBe(`${ready}/api/auth/callback/google`);
  expect(await started.stop()).toBe(0);
  expect(existsSync(started.cluster!.dir)).toBe(false);
  expect(() => process.kill(started.cluster!.pid, 0)).toThrow();
  await expect(fetch(`${issuer}/.well-known/openid-configuration`)).rejects.toThrow();
}, 60_000);
