// Drives a running reference as named browser-like actors and records every exchange as JSON.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";

export type Actor = {
  name: string;
  /** Sent as X-Forwarded-For: each actor is its own client IP, so rate-limit buckets stay apart. */
  ip: string;
  cookies: Map<string, string>;
  email: string;
  username?: string;
  password: string;
  userId?: string;
};

export type Exchange = {
  /** What the exchange shows, e.g. "admin invites with role owner". */
  title: string;
  method: "GET" | "POST" | "OPTIONS";
  path: string;
  body?: unknown;
  /** Sent as is with Content-Type application/json, instead of a JSON-encoded `body`. */
  rawBody?: string;
  /** Replaces the default `Origin: <frontend>`; null sends no Origin at all. */
  origin?: string | null;
  headers?: Record<string, string>;
  /** Replaces the actor's X-Forwarded-For; null sends none (the server then backfills the socket address). */
  ip?: string | null;
  /** The status better-auth-observed.md (or temetro-api.md) leads us to expect. */
  expect?: number;
};

export type Reply = { status: number; headers: Headers; body: unknown; text: string };

const NOISE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "etag", "set-cookie"]);

type Recorded = { file: string; title: string; actor: string; method: string; path: string; status: number; expect?: number; excerpt: string };

/** Records exchanges under `out` (emptied first) as NNN-<slug>.json, and a SUMMARY.md at the end. */
export function createWireRecorder(options: { base: string; out: string; origin: string }) {
  const { base, out, origin } = options;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const recorded: Recorded[] = [];
  let ipCounter = 0;

  function actor(name: string, fields: Partial<Actor> = {}): Actor {
    ipCounter += 1;
    const stamp = `${Date.now().toString(36)}${ipCounter}`;
    return {
      name,
      ip: `203.0.113.${ipCounter}`,
      cookies: new Map(),
      email: `${name}-${stamp}@example.com`,
      username: `${name}_${stamp}`.slice(0, 32),
      password: "correct-horse-battery-staple",
      ...fields,
    };
  }

  async function send(who: Actor | null, exchange: Exchange): Promise<Reply> {
    const headers: Record<string, string> = {};
    const ip = exchange.ip === undefined ? who?.ip ?? "203.0.113.250" : exchange.ip;
    if (ip !== null) headers["x-forwarded-for"] = ip;
    const sentOrigin = exchange.origin === undefined ? origin : exchange.origin;
    if (sentOrigin !== null) headers.origin = sentOrigin;
    const payload = exchange.rawBody ?? (exchange.body === undefined ? undefined : JSON.stringify(exchange.body));
    if (payload !== undefined) headers["content-type"] = "application/json";
    if (who && who.cookies.size > 0) headers.cookie = [...who.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    Object.assign(headers, exchange.headers);
    const response = await rawRequest(base + exchange.path, exchange.method, headers, payload);
    const text = response.text;
    let body: unknown = text;
    try {
      body = text === "" ? null : JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    if (who) keepCookies(who, response.headers.getSetCookie());
    const file = `${String(recorded.length + 1).padStart(3, "0")}-${slug(`${exchange.method} ${exchange.path.split("?")[0]} ${exchange.title}`)}.json`;
    // Every header but transport noise; Set-Cookie kept as the list of separate headers it is.
    const picked = Object.fromEntries([...response.headers].filter(([name]) => !NOISE.has(name)));
    const record = {
      title: exchange.title,
      actor: who?.name ?? null,
      request: {
        method: exchange.method,
        path: exchange.path,
        headers: { ...headers, ...(headers.cookie ? { cookie: cookieNames(headers.cookie) } : {}) },
        body: exchange.rawBody ?? exchange.body ?? null,
      },
      response: {
        status: response.status,
        headers: { ...picked, "set-cookie": response.headers.getSetCookie() },
        body,
      },
      expectedStatus: exchange.expect ?? null,
    };
    writeFileSync(join(out, file), `${JSON.stringify(record, null, 2)}\n`);
    recorded.push({
      file, title: exchange.title, actor: who?.name ?? "-", method: exchange.method, path: exchange.path,
      status: response.status, expect: exchange.expect, excerpt: text.length > 160 ? `${text.slice(0, 157)}...` : text,
    });
    return { status: response.status, headers: response.headers, body, text };
  }

  /** The test mailbox's messages to `email` (not recorded as an exchange). */
  async function outbox(email: string): Promise<Array<{ kind: string; url: string; token: string | null }>> {
    const response = await fetch(`${base}/__dev/outbox?to=${encodeURIComponent(email)}`);
    if (response.status !== 200) {
      throw new Error(`Failed to read the test mailbox: GET /__dev/outbox answered ${response.status}. Start the reference with TEMETRO_TEST_MAILBOX=1.`);
    }
    return response.json();
  }

  function writeSummary(preamble: string): { mismatches: Recorded[] } {
    const mismatches = recorded.filter((row) => row.expect !== undefined && row.expect !== row.status);
    const lines = [
      "# Wire capture: the reference deployment (real better-auth) on the wire", "", preamble, "",
      `${recorded.length} exchanges; ${mismatches.length} answered with a status other than the one expected.`, "",
      "| # | actor | request | status | expected | what | body (start) |", "|---|---|---|---|---|---|---|",
      ...recorded.map((row, i) => `| [${i + 1}](${row.file}) | ${row.actor} | \`${row.method} ${row.path}\` | ${row.status} | ${
        row.expect === undefined ? "" : row.expect === row.status ? "✓" : `**${row.expect}**`} | ${cell(row.title)} | \`${cell(row.excerpt).replaceAll("`", "'")}\` |`),
      "",
    ];
    writeFileSync(join(out, "SUMMARY.md"), lines.join("\n"));
    return { mismatches };
  }

  return { actor, send, outbox, writeSummary };
}

export type WireRecorder = ReturnType<typeof createWireRecorder>;

/**
 * One HTTP exchange with exactly the given headers. Not fetch(): undici adds `Sec-Fetch-Mode: cors`
 * to every request, which changes Better Auth's CSRF decisions (a request with no Origin and no
 * cookie is then refused, and `Sec-Fetch-Mode: navigate` cannot be sent).
 */
function rawRequest(url: string, method: string, headers: Record<string, string>, body: string | undefined) {
  return new Promise<{ status: number; headers: Headers; text: string }>((resolve, reject) => {
    const outgoing = request(url, { method, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("error", reject);
      incoming.on("end", () => {
        const received = new Headers();
        const raw = incoming.rawHeaders;
        for (let i = 0; i < raw.length; i += 2) received.append(raw[i]!, raw[i + 1]!);
        resolve({ status: incoming.statusCode ?? 0, headers: received, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** Apply Set-Cookie headers to an actor's jar the way a browser would (Max-Age=0 deletes). */
function keepCookies(who: Actor, setCookies: string[]): void {
  for (const header of setCookies) {
    const [pair = "", ...attributes] = header.split(";");
    const at = pair.indexOf("=");
    const name = pair.slice(0, at).trim();
    const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
    if (expired) who.cookies.delete(name);
    else who.cookies.set(name, pair.slice(at + 1));
  }
}

function cookieNames(cookie: string): string {
  return cookie.split("; ").map((pair) => `${pair.split("=")[0]}=…`).join("; ");
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 90);
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}
