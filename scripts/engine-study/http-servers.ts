// The servers the HTTP benchmark of the engine study compares, each in its own process on a free
// port, each with a signed-in user's cookies: the hand-written mock's standalone server, temetro's
// configuration on the better-auth engine, the generic Better Auth profile's mock, and a bare
// node:http answering fixed JSON (the machine's floor).
import { join } from "node:path";
import { BARE_SERVER_SCRIPT, MOCK_SERVER_SCRIPT, startChild } from "../../mocks/server/load-driver.ts";
import type { ChildServer } from "../../mocks/server/load-driver.ts";

export type HttpTarget = ChildServer & { name: string; cookie: string };

const root = join(import.meta.dirname, "../..");
const FRONTEND = "http://localhost:3000";

/** Runs a server script of this repository on a free port (its PORT); resolves once it prints "listening on <url>". */
function startScript(path: string): Promise<ChildServer> {
  return startChild(`await import(${JSON.stringify(join(root, path))});`, { PORT: "0" });
}

/** The `name=value` pairs of a response's Set-Cookies, joined as a Cookie header. */
function cookiesOf(response: Response): string {
  return response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "").filter((pair) => !pair.endsWith("=")).join("; ");
}

async function signUp(url: string, body: Record<string, string>): Promise<Response> {
  const response = await fetch(`${url}/api/auth/sign-up/email`, { method: "POST", headers: { origin: FRONTEND, "content-type": "application/json" }, body: JSON.stringify(body) });
  if (response.status !== 200) throw new Error(`Failed to sign up at ${url}: ${response.status} ${await response.text()}`);
  return response;
}

const USER = { name: "Bench User", email: "bench-user@example.test", password: "correct-horse-battery-staple" };

/** Signs a temetro user up; its session cookies (token and cookie cache). */
async function temetroCookie(url: string): Promise<string> {
  return cookiesOf(await signUp(url, { ...USER, username: "bench_user" }));
}

/** Signs a user of the generic profile up, verifies the email through the outbox (which signs in); its session cookie. */
async function genericCookie(url: string): Promise<string> {
  await signUp(url, USER);
  const [mail] = await (await fetch(`${url}/__dev/outbox?to=${encodeURIComponent(USER.email)}`)).json();
  const verified = await fetch(mail.url, { redirect: "manual" });
  return cookiesOf(verified);
}

/** Starts every server by name (any of mock, engine, generic, bare). */
export async function startHttpTargets(names: readonly string[]): Promise<HttpTarget[]> {
  const starters: Record<string, () => Promise<HttpTarget>> = {
    mock: async () => {
      const server = await startChild(MOCK_SERVER_SCRIPT);
      return { ...server, name: "hand-written mock (temetro)", cookie: await temetroCookie(server.url) };
    },
    engine: async () => {
      const server = await startScript("scripts/engine-study/serve-temetro-engine.ts");
      return { ...server, name: "better-auth engine (temetro)", cookie: await temetroCookie(server.url) };
    },
    generic: async () => {
      const server = await startScript("profiles/generic-better-auth/mock/serve.ts");
      return { ...server, name: "better-auth engine (generic profile)", cookie: await genericCookie(server.url) };
    },
    bare: async () => ({ ...(await startChild(BARE_SERVER_SCRIPT)), name: "bare node:http (fixed JSON)", cookie: "" }),
  };
  const targets: HttpTarget[] = [];
  for (const name of names) {
    const start = starters[name];
    if (start === undefined) throw new Error(`Failed to read --targets: unknown ${name}. Use any of ${Object.keys(starters).join(", ")}.`);
    targets.push(await start());
  }
  return targets;
}
