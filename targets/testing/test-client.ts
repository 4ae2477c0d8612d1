// For the mock's unit tests: the suite's own client (an Actor: cookie jar, client IP, trusted
// Origin) over the in-process transport, every answer checked against the spec, and the steps the
// tests repeat: a demo mock, signing up or in, reading a field of a body.
import { createMockApi } from "#mocks/create-mock-api";
import type { MockApi, SeedInfo, SeedUser } from "#mocks/glossary";
import { temetroDocument, validateResponse } from "#openapi";
import type { Actor, Exchange } from "../target.ts";
import { createCookieActor } from "../transport/cookie-actor.ts";
import { inProcessSend } from "../transport/in-process-send.ts";

export type { Actor as TestClient, Exchange as TestResponse } from "../target.ts";

const BASE_URL = "http://localhost:4000";
const FRONTEND = "http://localhost:3000";
let nextAccount = 1;

/**
 * A new client of `api` with an empty jar and a client IP of its own. It throws when an answer does
 * not conform to its operation; pass `operationId: null` in a request's options to send one unchecked.
 */
export function testClient(api: Pick<MockApi, "fetch">, options: { label?: string; clientIp?: string } = {}): Actor {
  return createCookieActor({
    label: options.label ?? "test client",
    clientIp: options.clientIp,
    baseUrl: BASE_URL,
    document: temetroDocument,
    frontendOrigin: FRONTEND,
    send: inProcessSend(api),
    onExchange: expectConforms,
  });
}

function expectConforms(exchange: Exchange): void {
  if (exchange.operationId === null) return;
  const result = validateResponse(exchange.operationId, exchange.status, exchange.body);
  if (!result.ok) throw new Error(`Failed the contract: ${exchange.request.method} ${exchange.request.path} → ${exchange.status} ${exchange.text}: ${JSON.stringify(result.diagnostics)}`);
}

/**
 * A request with none of the client's defaults (no Origin, Accept, Content-Type or X-Forwarded-For
 * unless `headers` names them), only its cookies, and no spec check: for what a browser would not send.
 */
export function rawRequest(api: MockApi, method: string, path: string, options: { client?: Actor; headers?: Record<string, string>; body?: string } = {}): Promise<Exchange> {
  const client = options.client ?? testClient(api);
  const headers = { accept: null, "content-type": null, "x-forwarded-for": null, ...options.headers };
  return client.request(path, { method, headers, body: options.body, origin: null, operationId: null });
}

export type TestAccount = { name: string; email: string; username: string; password: string };

/** A new account's credentials (unique within the process). */
export function newTestAccount(): TestAccount {
  const n = nextAccount++;
  return { name: `Test User ${n}`, email: `user${n}@clinic.example`, username: `User_${n}`, password: `correct-horse-battery-${n}` };
}

/** Signs a new account up in `client` (which is then signed in); throws unless the mock answers 200. */
export async function signUp(client: Actor, account = newTestAccount(), extra: Record<string, unknown> = {}): Promise<TestAccount> {
  await postSignUp(client, { ...account, ...extra });
  return account;
}

/** A client signed up by email alone (no username) as a new user with no clinic. */
export async function signedUp(api: MockApi, label: string): Promise<Actor & { email: string }> {
  const client = testClient(api, { label });
  const email = `${label}-${nextAccount++}@example.test`;
  await postSignUp(client, { name: label, email, password: "correct-horse-battery" });
  return Object.assign(client, { email });
}

async function postSignUp(client: Actor, body: Record<string, unknown>): Promise<void> {
  const response = await client.request("/api/auth/sign-up/email", { json: body });
  if (response.status !== 200) throw new Error(`Failed to sign up ${String(body.email)}: ${response.status} ${response.text}. Check the sign-up handler.`);
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
export async function signedInAs(api: MockApi, seed: SeedInfo, role: string): Promise<Actor> {
  const { username, password } = seededUser(seed, role);
  const client = testClient(api, { label: role });
  const response = await client.request("/api/auth/sign-in/username", { json: { username, password } });
  if (response.status !== 200) throw new Error(`Failed to sign in as ${username}: ${response.status} ${response.text}`);
  return client;
}

/** A property of a JSON object body, or undefined. */
export function pick(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null ? Object.entries(body).find(([key]) => key === name)?.[1] : undefined;
}

/** A string at `path` (dot-separated: `user.id`) inside a body; throws when there is none. */
export function field(body: unknown, path: string): string {
  const value = path.split(".").reduce<unknown>((at, key) => pick(at, key), body);
  if (typeof value !== "string") throw new Error(`Failed to read "${path}" from ${JSON.stringify(body)}: not a string.`);
  return value;
}
