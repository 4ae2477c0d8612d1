// For unit tests: a browser over `MockApi.fetch` — its own cookie jar and client IP, the trusted
// Origin on state-changing requests — so a test reads like what a frontend does, with no network.
import { CookieJar } from "tough-cookie";
import type { MockApi } from "../glossary.ts";

export type TestResponse = { status: number; headers: Headers; setCookies: string[]; body: unknown };

export type TestBrowser = {
  /** Sends a request; `json` becomes the body. Cookies are sent and kept like a browser's. */
  send(method: string, path: string, options?: { json?: unknown; headers?: Record<string, string> }): Promise<TestResponse>;
  /** The Cookie header this browser would send now. */
  cookies(): Promise<string>;
  /** A second browser holding a copy of this one's cookies (a stolen or synced cookie jar). */
  copy(clientIp?: string): Promise<TestBrowser>;
  /** Forgets the named cookies, as after copying only some of them. */
  forget(names: string[]): Promise<void>;
};

const BASE_URL = "http://localhost:4000";
const FRONTEND = "http://localhost:3000";
let nextIp = 1;

/** A new browser with an empty jar and a client IP (X-Forwarded-For) of its own. */
export function testBrowser(api: Pick<MockApi, "fetch">, clientIp = `198.18.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`, jar = new CookieJar()): TestBrowser {
  const browser: TestBrowser = {
    async send(method, path, options = {}) {
      const url = new URL(path, BASE_URL).toString();
      const headers = new Headers({ "x-forwarded-for": clientIp, ...(method === "GET" ? {} : { origin: FRONTEND }) });
      const cookie = await jar.getCookieString(url);
      if (cookie !== "") headers.set("cookie", cookie);
      if (options.json !== undefined) headers.set("content-type", "application/json");
      for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
      const body = options.json === undefined ? undefined : JSON.stringify(options.json);
      const response = await api.fetch(new Request(url, { method, headers, body, redirect: "manual" }));
      const setCookies = response.headers.getSetCookie();
      for (const setCookie of setCookies) await jar.setCookie(setCookie, url, { ignoreError: true });
      const text = await response.text();
      return { status: response.status, headers: response.headers, setCookies, body: text === "" ? undefined : JSON.parse(text) };
    },
    cookies: () => jar.getCookieString(BASE_URL),
    async copy(ip) {
      return testBrowser(api, ip, await jar.clone());
    },
    async forget(names) {
      for (const cookie of await jar.getCookies(BASE_URL)) {
        if (names.includes(cookie.key)) await jar.store.removeCookie(cookie.domain, cookie.path, cookie.key);
      }
    },
  };
  return browser;
}

export type TestAccount = { name: string; email: string; username: string; password: string };
let nextAccount = 1;

/** A new account's credentials (unique within the process). */
export function newTestAccount(): TestAccount {
  const n = nextAccount++;
  return { name: `Test User ${n}`, email: `user${n}@clinic.example`, username: `User_${n}`, password: `correct-horse-battery-${n}` };
}

/** Signs a new account up in `browser` (which is then signed in); throws unless the mock answers 200. */
export async function signUp(browser: TestBrowser, account = newTestAccount(), extra: Record<string, unknown> = {}): Promise<TestAccount> {
  const response = await browser.send("POST", "/api/auth/sign-up/email", { json: { ...account, ...extra } });
  if (response.status !== 200) throw new Error(`Failed to sign up ${account.email}: ${response.status} ${JSON.stringify(response.body)}. Check the sign-up handler.`);
  return account;
}

/** A string at `path` (dot-separated) inside a response body; throws when there is none. */
export function stringAt(body: unknown, path: string): string {
  let value: unknown = body;
  for (const key of path.split(".")) value = typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
  if (typeof value !== "string") throw new Error(`Failed to read "${path}" from ${JSON.stringify(body)}: not a string.`);
  return value;
}
