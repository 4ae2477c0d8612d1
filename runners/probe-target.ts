// Before a run: is there a server at the URL, and is it this API? Turns network failures and
// foreign servers into one readable sentence instead of a hundred failing checks.
import { request } from "undici";
import { TargetError, UsageError } from "./errors.ts";

const TIMEOUT_MS = 10_000;
const HINT = "Is the server running? Start the mock with `npx temetro-contract mock`, or check the URL and port.";

/** The URL's origin; throws UsageError unless it is an http(s) URL with no path (temetro serves /api at the root). */
export function normaliseTargetUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`Failed to read --url "${url}": it is not a URL. Pass one like http://localhost:4000.`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new UsageError(`Failed to read --url "${url}": only http and https are supported. Pass one like http://localhost:4000.`);
  }
  if (parsed.pathname !== "/" || parsed.search !== "") {
    throw new UsageError(`Failed to read --url "${url}": pass the backend's origin only (${parsed.origin}); temetro serves /health and /api/* at the root.`);
  }
  return parsed.origin;
}

/** Throws TargetError unless `baseUrl` answers /health with {"status":"ok"} and its session route (Better Auth's get-session unless given) with JSON. */
export async function probeTarget(baseUrl: string, sessionPath = "/api/auth/get-session"): Promise<void> {
  const health = await get(baseUrl, "/health");
  if (health.status !== 200 || !isHealthy(health.json)) {
    throw new TargetError(`Failed to verify ${baseUrl}: GET /health answered ${health.status} ${snippet(health.text)}, not {"status":"ok"}. Check that the URL points at temetro's backend, not its frontend.`);
  }
  const session = await get(baseUrl, sessionPath);
  if (session.status !== 200 || session.json === undefined) {
    throw new TargetError(`Failed to verify ${baseUrl}: GET ${sessionPath} answered ${session.status} ${snippet(session.text)}, not JSON. Check that ${sessionPath === "/api/auth/get-session" ? "Better Auth" : "the auth library"} is mounted at /api/auth on this server.`);
  }
}

type Probe = { status: number; text: string; json: unknown };

async function get(baseUrl: string, path: string): Promise<Probe> {
  try {
    const response = await request(`${baseUrl}${path}`, { headersTimeout: TIMEOUT_MS, bodyTimeout: TIMEOUT_MS, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const text = await response.body.text();
    return { status: response.statusCode, text, json: parseJson(text) };
  } catch (error) {
    throw new TargetError(`Failed to reach ${baseUrl}: ${describeNetworkError(error)}. ${HINT}`);
  }
}

/** "connection refused", "host not found", … from undici's and node's error codes. */
export function describeNetworkError(error: unknown): string {
  const code = errorCode(error);
  const known: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ENOTFOUND: "host not found",
    EAI_AGAIN: "host not found (DNS lookup failed)",
    ECONNRESET: "connection reset",
    ETIMEDOUT: "connection timed out",
    UND_ERR_CONNECT_TIMEOUT: "connection timed out",
    UND_ERR_HEADERS_TIMEOUT: `no answer within ${TIMEOUT_MS / 1000} s`,
    ABORT_ERR: `no answer within ${TIMEOUT_MS / 1000} s`,
    EHOSTUNREACH: "host unreachable",
    CERT_HAS_EXPIRED: "its TLS certificate has expired",
    DEPTH_ZERO_SELF_SIGNED_CERT: "its TLS certificate is self-signed",
  };
  if (code !== undefined && known[code] !== undefined) return known[code];
  if (error instanceof Error && error.name === "TimeoutError") return `no answer within ${TIMEOUT_MS / 1000} s`;
  return error instanceof Error ? error.message : String(error);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  if ("code" in error && typeof error.code === "string") return error.code;
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  return "cause" in error ? errorCode(error.cause) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isHealthy(value: unknown): boolean {
  return typeof value === "object" && value !== null && "status" in value && value.status === "ok";
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat === "" ? "(empty body)" : JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
}
