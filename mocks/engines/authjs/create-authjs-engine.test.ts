import Credentials from "@auth/core/providers/credentials";
import { expect, test } from "vitest";
import { createAuthjsEngine } from "./create-authjs-engine.ts";
import type { AuthjsEngineServices } from "./create-authjs-engine.ts";

type Mail = { to: string; subject: string };

/** An engine whose app has one user (ada@example.com / right-password), a route that mails, and a route that throws. */
function engine(lines: string[] = []) {
  return createAuthjsEngine<Mail>({
    log: (line) => lines.push(line),
    cors: { origins: ["http://localhost:3000"] },
    app: ({ sendMail, password }: AuthjsEngineServices<Mail>) => {
      const hash = password.hash("right-password");
      return {
        config: {
          basePath: "/api/auth",
          secret: "engine-test-secret",
          trustHost: true,
          providers: [Credentials({ credentials: { email: {}, password: {} }, authorize: async ({ password: given }) => (typeof given === "string" && (await password.verify({ hash: await hash, password: given })) ? { id: "u1", email: "ada@example.com", name: "Ada" } : null) })],
        },
        routes: [
          { method: "POST", path: "/api/auth/hello", answer: async () => (sendMail({ to: "ada@example.com", subject: "hello" }), Response.json({ ok: true })) },
          { method: "GET", path: "/api/auth/broken", answer: async () => { throw new Error("boom"); } },
        ],
      };
    },
  });
}

async function signIn(fetch: (request: Request) => Promise<Response>, origin: string, password: string): Promise<Response> {
  const csrf = await fetch(new Request(`${origin}/api/auth/csrf`));
  const cookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const { csrfToken } = await csrf.json();
  return fetch(new Request(`${origin}/api/auth/callback/credentials`, { method: "POST", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ csrfToken, email: "ada@example.com", password }) }));
}

test("answers the app's own route before Auth.js, and its mail reaches the outbox and /__dev/outbox", async () => {
  const mock = engine();
  expect(await (await mock.fetch(new Request("http://localhost:4000/api/auth/hello", { method: "POST" }))).json()).toEqual({ ok: true });
  expect(mock.outbox.list("ADA@example.com")).toMatchObject([{ to: "ada@example.com", subject: "hello" }]);
  expect(await (await mock.fetch(new Request("http://localhost:4000/__dev/outbox"))).json()).toHaveLength(1);
});

test("runs Auth.js's credentials flow with the mock password hash: a session cookie for the right password, CredentialsSignin for a wrong one", async () => {
  const mock = engine();
  const right = await signIn(mock.fetch, "http://localhost:4000", "right-password");
  expect(right.status).toBe(302);
  expect(right.headers.getSetCookie().some((line) => line.startsWith("authjs.session-token="))).toBe(true);
  const wrong = await signIn(mock.fetch, "http://localhost:4000", "wrong-password");
  expect(wrong.headers.get("location")).toBe("http://localhost:4000/api/auth/signin?error=CredentialsSignin&code=credentials");
});

test("names its cookies __Host-authjs.csrf-token and __Secure-authjs.session-token, Secure, on an https origin", async () => {
  const mock = engine();
  const answer = await signIn(mock.fetch, "https://app.example", "right-password");
  const session = answer.headers.getSetCookie().find((line) => line.startsWith("__Secure-authjs.session-token="));
  expect(session).toContain("Secure");
  const csrf = await mock.fetch(new Request("https://app.example/api/auth/csrf"));
  expect(csrf.headers.getSetCookie().find((line) => line.startsWith("__Host-authjs.csrf-token="))).toMatch(/; Secure/);
});

test("logs a throwing route as a bug and answers 500 with the frontend's CORS headers", async () => {
  const lines: string[] = [];
  const answer = await engine(lines).fetch(new Request("http://localhost:4000/api/auth/broken", { headers: { origin: "http://localhost:3000" } }));
  expect(answer.status).toBe(500);
  expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
  expect(lines.some((line) => line.includes("failed, a bug") && line.includes("boom"))).toBe(true);
});

test("forgets the outbox on reset", async () => {
  const mock = engine();
  await mock.fetch(new Request("http://localhost:4000/api/auth/hello", { method: "POST" }));
  await mock.reset();
  expect(mock.outbox.list()).toEqual([]);
});
