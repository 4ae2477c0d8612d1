// start.ts as an operator runs it: one ready line, a working deployment, and nothing left behind on SIGTERM.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test } from "vitest";

test("start.ts serves auth and the provider, then on SIGTERM stops the cluster, removes its directory and closes the provider", async () => {
  const child = spawn(process.execPath, [new URL("./start.ts", import.meta.url).pathname], {
    env: { ...process.env, PORT: "0", DATABASE_URL: "", TEMETRO_TEST_MAILBOX: "1", BETTER_AUTH_URL: "", BETTER_AUTH_SECRET: "generic-start-test-secret-0123456789abcdef" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start.ts not ready after 40 s:\n${output}`)), 40_000);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^generic-better-auth reference listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`start.ts exited with ${code}:\n${output}`)));
  });
  const cluster = /private cluster pid=(\d+) port=\d+ dir=(\S+)/.exec(output);
  const issuer = /OpenID Connect provider for google, github, discord at (\S+)/.exec(output)?.[1];
  expect(cluster).not.toBeNull();
  expect(await (await fetch(`${ready}/health`)).json()).toEqual({ status: "ok" });
  expect(await (await fetch(`${ready}/__dev/outbox`)).json()).toEqual([]);
  const social = await fetch(`${ready}/api/auth/sign-in/social`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ provider: "google", callbackURL: "/" }),
  });
  const { url } = (await social.json()) as { url: string };
  expect(url.startsWith(`${issuer}/authorize?`)).toBe(true);
  expect(new URL(url).searchParams.get("redirect_uri")).toBe(`${ready}/api/auth/callback/google`);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(existsSync(cluster![2]!)).toBe(false);
  expect(() => process.kill(Number(cluster![1]), 0)).toThrow();
  await expect(fetch(`${issuer}/.well-known/openid-configuration`)).rejects.toThrow();
}, 60_000);
