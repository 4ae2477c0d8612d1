// `npx temetro-contract mock` started in the consumer project as a frontend developer starts it,
// with the demo owner's sign-in, for the step that checks a run leaves a shared mock as it found it.
import { spawn } from "node:child_process";
import { tail } from "./run-command.ts";

export type OwnerSession = { stillSignedIn(): Promise<boolean> };

const FRONTEND = "http://localhost:3000";

/** Starts the mock on a free port, runs `use` with its URL and a sign-in as the demo owner, then stops it. */
export async function withStandaloneMock<T>(dir: string, nodeBin: string, use: (url: string, signInOwner: () => Promise<OwnerSession>) => Promise<T>): Promise<T> {
  // Its own process group: npx runs the mock as a child of its own, and the whole group is stopped at the end.
  const child = spawn("npx", ["temetro-contract", "mock", "--port", "0"], { cwd: dir, env: { ...process.env, PATH: `${nodeBin}:${process.env.PATH ?? ""}` }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Failed to start the standalone mock: no URL within 30 s:\n${tail(output)}`)), 30_000);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (found !== undefined) (clearTimeout(timer), resolve(found));
    });
    child.on("exit", (code) => reject(new Error(`Failed to start the standalone mock: it exited ${code}:\n${tail(output)}`)));
  });
  try {
    return await use(url, () => signInOwner(url));
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    await exited;
    child.stdout.destroy();
    child.stderr.destroy();
  }
}

async function signInOwner(url: string): Promise<OwnerSession> {
  const response = await fetch(`${url}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: FRONTEND, "x-forwarded-for": "203.0.113.250" },
    body: JSON.stringify({ username: "amina", password: "sunrise-owner-demo" }),
  });
  if (response.status !== 200) throw new Error(`Failed to sign in as the demo owner: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
  return {
    async stillSignedIn() {
      // Past the 5-minute cookie cache, the session is read from the store: disableCookieCache asks for that directly.
      const session = await fetch(`${url}/api/auth/get-session?disableCookieCache=true`, { headers: { cookie } });
      return session.status === 200 && (await session.json()) !== null;
    },
  };
}
