// temetro's origin allow-list (backend/src/lib/origins.ts): the frontend, TRUSTED_ORIGINS, and LAN hosts.

export type OriginPolicy = {
  frontendUrl: string;
  /** The TRUSTED_ORIGINS list; an entry `*` allows every origin. */
  trustedOrigins: string[];
};

/** Split the TRUSTED_ORIGINS environment value (a comma list) into entries. */
export function parseTrustedOrigins(value: string | undefined): string[] {
  return (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
}

/** Whether temetro would accept a browser request from `origin` (CORS and Better Auth's trusted origins). */
export function isAllowedOrigin(origin: string, policy: OriginPolicy): boolean {
  if (origin === trimSlash(policy.frontendUrl)) return true;
  if (policy.trustedOrigins.some((entry) => entry === "*" || trimSlash(entry) === origin)) return true;
  let hostname: string;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return false;
  }
  return isLocalHost(hostname) || isPrivateIPv4(hostname) || hostname.endsWith(".local");
}

function isLocalHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "::1" || hostname === "[::1]";
}

/** 10/8, 192.168/16, 172.16/12 and link-local 169.254/16: where a clinic's LAN serves the frontend. */
function isPrivateIPv4(hostname: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(hostname);
  if (!match) return false;
  const [a, b] = [Number(match[1]), Number(match[2])];
  return a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254);
}

function trimSlash(url: string): string {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}
