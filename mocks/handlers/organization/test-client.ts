// A browser-like client over MockApi.fetch for the organization handlers' unit tests: it keeps its
// cookies, sends the trusted Origin and its own X-Forwarded-For, and checks every answer against
// the spec, so a test that passes has also seen conforming responses.
import { matchOperation, validateResponse } from "#openapi";
import { fetchableMethod } from "../../core/fetch-method.ts";
import { createMockApi } from "../../create-mock-api.ts";
import type { MockApi, SeedInfo, SeedUser } from "../../glossary.ts";

export type TestResponse = { status: number; body: unknown; setCookies: string[] };
export type TestClient = {
  request(path: string, options?: { json?: unknown; method?: string; unchecked?: boolean }): Promise<TestResponse>;
  /** The value of a cookie this client holds. */
  cookie(name: string): string | undefined;
};

const FRONTEND = "http://localhost:3000";
let nextIp = 1;

/** A new client with an empty cookie jar and a client IP of its own. */
export function testClient(api: MockApi): TestClient {
  const jar = new Map<string, string>();
  const ip = `198.18.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;
  return {
    cookie: (name) => jar.get(name),
    async request(path, options = {}) {
      const method = options.method ?? (options.json === undefined ? "GET" : "POST");
      const headers: Record<string, string> = { "x-forwarded-for": ip, cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") };
      if (method !== "GET") headers.origin = FRONTEND;
      if (options.json !== undefined) headers["content-type"] = "application/json";
      const body = options.json === undefined ? undefined : JSON.stringify(options.json);
      const response = await api.fetch(new Request(`http://localhost:4000${path}`, { method, headers, body }));
      const setCookies = response.headers.getSetCookie();
      for (const line of setCookies) {
        const [pair = "", ...attributes] = line.split(";");
        const index = pair.indexOf("=");
        const name = pair.slice(0, index);
        if (attributes.some((attribute) => attribute.trim() === "Max-Age=0")) jar.delete(name);
        else jar.set(name, pair.slice(index + 1));
      }
      const text = await response.text();
      const parsed: unknown = text === "" ? null : JSON.parse(text);
      const operation = matchOperation(method, new URL(path, "http://x").pathname)?.operation;
      if (operation !== undefined && !options.unchecked) {
        const result = validateResponse(operation.operationId, response.status, parsed);
        if (!result.ok) throw new Error(`Failed the contract: ${method} ${path} → ${response.status} ${text}: ${JSON.stringify(result.diagnostics)}`);
      }
      return { status: response.status, body: parsed, setCookies };
    },
  };
}

/** A property of a JSON object body, or undefined. */
export function pick(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null ? Object.entries(body).find(([key]) => key === name)?.[1] : undefined;
}

/** A string field of a JSON object body (an id, an email); throws when it is missing. */
export function field(body: unknown, name: string): string {
  const value = pick(body, name);
  if (typeof value !== "string") throw new Error(`Failed to read "${name}" from ${JSON.stringify(body)}.`);
  return value;
}

/** A demo mock (Sunrise Family Clinic, one user per role, its patients and week of records) and its seed. */
export async function demoMock(): Promise<{ api: MockApi; seed: SeedInfo }> {
  const api = await createMockApi({ seed: "demo", log: () => {} });
  const seed = api.seed();
  if (seed === null) throw new Error("Failed to seed the demo clinic: createMockApi returned no seed.");
  return { api, seed };
}

/** The seeded user of a role. */
export function seededUser(seed: SeedInfo, role: string): SeedUser {
  const user = seed.users.find((candidate) => candidate.role === role);
  if (user === undefined) throw new Error(`Failed to find the demo user for role "${role}".`);
  return user;
}

/** A client signed in by username as the seeded user of a role. */
export async function signedInAs(api: MockApi, seed: SeedInfo, role: string): Promise<TestClient> {
  const { username, password } = seededUser(seed, role);
  const client = testClient(api);
  const response = await client.request("/api/auth/sign-in/username", { json: { username, password } });
  if (response.status !== 200) throw new Error(`Failed to sign in as ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return client;
}

/** A client signed up as a new user with no clinic. */
export async function signedUp(api: MockApi, label: string): Promise<TestClient & { email: string }> {
  const client = testClient(api);
  const email = `${label}-${nextIp}@example.test`;
  const response = await client.request("/api/auth/sign-up/email", { json: { name: label, email, password: "correct-horse-battery" } });
  if (response.status !== 200) throw new Error(`Failed to sign up ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  return Object.assign(client, { email });
}

export type RawResponse = { status: number; headers: Headers; text: string };

/** A raw request (any method, any body and headers) with a client's session cookies, for what the JSON client cannot send. */
export async function rawRequest(api: MockApi, method: string, path: string, options: { client?: TestClient; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const headers = new Headers(options.headers);
  const cookies = ["better-auth.session_token", "better-auth.session_data"].flatMap((name) => {
    const value = options.client?.cookie(name);
    return value === undefined ? [] : [`${name}=${value}`];
  });
  if (cookies.length > 0) headers.set("cookie", cookies.join("; "));
  const response = await api.fetch(new Request(`http://localhost:4000${path}`, { method: fetchableMethod(method), headers, body: options.body }));
  return { status: response.status, headers: response.headers, text: await response.text() };
}
