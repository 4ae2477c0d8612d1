// A page that runs the generic profile's mock inside the browser tab itself (no server, no network):
// sign-up, the verification link from the outbox, sign-in and get-session, reported on window.__result.
// A page may not set Cookie or Origin on a Request it builds (forbidden header names), so the page's
// client hands the mock Requests whose headers are a free-standing Headers object, as msw does. The
// other way there is no such door: a Response built by script drops Set-Cookie (a forbidden response
// header name), so the cookies Better Auth sets never leave its Response; the page reports them.
import { createGenericBetterAuthMock } from "../create-generic-better-auth-mock.ts";

const mock = createGenericBetterAuthMock({ log: () => {} });
const cookies = new Map<string, string>();

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("origin", "http://localhost:3000");
  headers.set("x-forwarded-for", "203.0.113.7");
  if (cookies.size > 0) headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
  const request = new Request(new URL(path, "http://localhost:4000"), { ...init, redirect: "manual" });
  Object.defineProperty(request, "headers", { value: headers });
  const response = await mock.fetch(request);
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const name = pair.slice(0, pair.indexOf("="));
    if (/max-age=0/i.test(line)) cookies.delete(name);
    else cookies.set(name, pair.slice(pair.indexOf("=") + 1));
  }
  return response;
}

const post = (path: string, body: unknown) => send(path, { method: "POST", body: JSON.stringify({ ...(body as object) }), headers: { "content-type": "application/json" } });

try {
  const ada = { email: "ada@example.com", password: "analytical-engine-1843", name: "Ada" };
  const signUp = await post("/api/auth/sign-up/email", ada);
  const link = mock.outbox.list(ada.email)[0]?.url ?? "";
  const verify = await send(link);
  cookies.clear();
  const signIn = await post("/api/auth/sign-in/email", { email: ada.email, password: ada.password });
  const signedIn = await signIn.json();
  const session = await send("/api/auth/get-session");
  Reflect.set(window, "__result", { signUp: signUp.status, verify: verify.status, signIn: signIn.status, signedInAs: signedIn.user?.email, setCookies: signIn.headers.getSetCookie().length, session: await session.json() });
} catch (error) {
  Reflect.set(window, "__result", { error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
}
