// Secrets out of what a report shows, so a report can be attached to a ticket or kept as a CI
// artifact: cookie values, passwords, tokens in bodies, and the tokens inside links and paths
// (reset and verification URLs). Names, attributes and everything else stay readable.

export const MASK = "[masked]";

const SECRET_KEY = /password|token|secret/i;
// A token in a query string, a reset link's path, or an Authorization header, wherever it appears.
const TOKEN_IN_TEXT: Array<[RegExp, string]> = [
  [/([?&;]token=)[^&#\s"'<>]+/gi, `$1${MASK}`],
  [/(\/reset-password\/)[^/?#\s"'<>]+/gi, `$1${MASK}`],
  [/(\bBearer\s+)[^\s"']+/gi, `$1${MASK}`],
];

/** A string with the tokens of any links or Authorization values in it masked. */
export function maskText(text: string): string {
  return TOKEN_IN_TEXT.reduce((masked, [pattern, replacement]) => masked.replace(pattern, replacement), text);
}

/** A JSON value with every string under a secret-looking key (password, token, secret) masked, and links' tokens masked. */
export function maskJson(value: unknown): unknown {
  if (typeof value === "string") return maskText(value);
  if (Array.isArray(value)) return value.map(maskJson);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) =>
    [key, SECRET_KEY.test(key) && (typeof item === "string" || typeof item === "number") ? MASK : maskJson(item)]));
}

/** `a=1; b=2` → `a=[masked]; b=[masked]`: which cookies were sent matters, their values are secrets. */
export function maskCookieHeader(header: string): string {
  return header.split(";").map((pair) => pair.trim()).filter((pair) => pair !== "")
    .map((pair) => `${pair.split("=")[0] ?? ""}=${MASK}`).join("; ");
}

/** `name=value; Max-Age=300; HttpOnly` → `name=[masked]; Max-Age=300; HttpOnly`; an emptied cookie stays visibly empty. */
export function maskSetCookie(setCookie: string): string {
  const [pair = "", ...attributes] = setCookie.split(";");
  const [name = "", ...value] = pair.split("=");
  return [`${name.trim()}=${value.join("=").trim() === "" ? "" : MASK}`, ...attributes.map((attribute) => attribute.trim())].join("; ");
}

/** A header value as a report may show it. */
export function maskHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === "cookie") return maskCookieHeader(value);
  if (lower === "set-cookie") return maskSetCookie(value);
  if (lower === "authorization" || lower === "proxy-authorization") return `${value.split(" ")[0] ?? ""} ${MASK}`;
  return maskText(value);
}
