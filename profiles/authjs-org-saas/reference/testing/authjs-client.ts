// What a browser does against Auth.js, by hand: fetch the CSRF token (and its cookie), post the
// credentials form, keep the cookies it is given. Redirects are never followed, so each hop shows.
import { randomUUID } from "node:crypto";

export type Answer = { status: number; headers: Headers; text: string; json: () => unknown };

/** A cookie jar of `name=value` pairs, updated from Set-Cookie (Max-Age=0 removes). */
export function createJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    get: (name: string) => cookies.get(name),
    take(headers: Headers) {
      for (const line of headers.getSetCookie()) {
        const [pair = ""] = line.split(";");
        const at = pair.indexOf("=");
        const name = pair.slice(0, at);
        if (/max-age=0/i.test(line)) cookies.delete(name);
        else cookies.set(name, pair.slice(at + 1));
      }
    },
  };
}
export type Jar = ReturnType<typeof createJar>;

/** One request, redirects not followed; the jar (when given) sends and keeps cookies. */
export async function call(url: string, init: RequestInit & { jar?: Jar; json?: unknown; form?: Record<string, string> } = {}): Promise<Answer> {
  const { jar, json, form, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (jar) headers.set("cookie", jar.header());
  let body = rest.body;
  if (json !== undefined) {
    body = JSON.stringify(json);
    headers.set("content-type", "application/json");
  }
  if (form !== undefined) {
    body = new URLSearchParams(form).toString();
    headers.set("content-type", "application/x-www-form-urlencoded");
  }
  const response = await fetch(url, { ...rest, headers, body, redirect: "manual", method: rest.method ?? (body === undefined ? "GET" : "POST") });
  jar?.take(response.headers);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

/** The CSRF token from `GET /csrf`, its cookie kept in the jar. */
export async function csrfToken(auth: string, jar: Jar, headers?: HeadersInit): Promise<string> {
  const answer = await call(`${auth}/csrf`, { jar, headers });
  const body = answer.json();
  if (typeof body !== "object" || body === null || !("csrfToken" in body) || typeof body.csrfToken !== "string") throw new Error(`Failed to read a CSRF token: ${answer.status} ${answer.text}`);
  return body.csrfToken;
}

/** The credentials sign-in a browser form makes: CSRF first, then the form post. */
export async function signIn(auth: string, jar: Jar, credentials: { email: string; password: string }): Promise<Answer> {
  const token = await csrfToken(auth, jar);
  return call(`${auth}/callback/credentials`, { jar, form: { csrfToken: token, ...credentials } });
}

/** A registration body with a fresh address and organization name. */
export function newRegistration(label = "user") {
  const id = randomUUID().slice(0, 8);
  return { organizationName: `Contract ${label} ${id}`, firstName: "Jane", lastName: `Doe ${id}`, email: `t-${label}-${id}@example.test`, password: `pw-${id}-secret` };
}
