// Capture real Better Auth + temetro wire exchanges from the reference into /tmp/wire (JSON + SUMMARY.md).
//
//   node reference/tools/capture-wire.ts [--url http://127.0.0.1:4000] [--out /tmp/wire]
//
// With --url the reference must already run with TEMETRO_TEST_MAILBOX=1; without it, this script
// starts one (start.ts, private PostgreSQL cluster) on a free port and stops it at the end.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { parseArgs } from "node:util";
import { captureAccountManagement, captureSignUpAndSignIn } from "./scenarios/accounts.ts";
import { captureOrganizations } from "./scenarios/organizations.ts";
import { capturePasswordReset, captureTemetroPublic } from "./scenarios/passwords.ts";
import { createWireRecorder } from "./wire-recorder.ts";

const FRONTEND = "http://localhost:3000";
const { values } = parseArgs({ options: { url: { type: "string" }, out: { type: "string", default: "/tmp/wire" } } });

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject).listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Start reference/start.ts with the test mailbox on; resolves once its ready line is printed. */
async function startReference(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [new URL("../start.ts", import.meta.url).pathname], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", TEMETRO_TEST_MAILBOX: "1", DATABASE_URL: process.env.DATABASE_URL ?? "",
      BETTER_AUTH_URL: `http://localhost:${port}`, FRONTEND_URL: FRONTEND, BETTER_AUTH_SECRET: "capture-wire-secret-0123456789abcdefghijklmn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /temetro reference listening on (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`Failed to start the reference: start.ts exited with ${code}.\n${output}`)));
  });
  return { url, child };
}

const started = values.url ? undefined : await startReference();
const base = values.url ?? started!.url;
const wire = createWireRecorder({ base, out: values.out, origin: FRONTEND });
try {
  await captureTemetroPublic(wire);
  await captureSignUpAndSignIn(wire);
  await captureAccountManagement(wire);
  await capturePasswordReset(wire);
  await captureOrganizations(wire);
} finally {
  const { mismatches } = wire.writeSummary([
    `Target: ${base} (better-auth 1.7.25 configured as temetro's auth.ts; Express 5; PostgreSQL).`,
    `Every request carries \`Origin: ${FRONTEND}\` unless its title says otherwise, and \`X-Forwarded-For\``,
    "set to one documentation-range IP per actor, so that each actor has its own rate-limit buckets.",
    "Each actor keeps its cookies like a browser (Max-Age=0 deletes). Cookie values in the JSON files'",
    "request headers are elided; response Set-Cookie headers are kept whole. \"expected\" is the status",
    "better-auth-observed.md / temetro-api.md lead one to expect: ✓ when it matched.",
  ].join("\n"));
  console.log(`capture-wire: wrote ${values.out} (${mismatches.length} unexpected statuses)`);
  for (const row of mismatches) console.log(`  ${row.file}: expected ${row.expect}, got ${row.status}`);
  if (started) {
    started.child.kill("SIGTERM");
    await new Promise((resolve) => started.child.once("exit", resolve));
  }
}
