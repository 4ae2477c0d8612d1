// Better Auth's request body as better-call reads it behind Node's adapter (D45): without a
// Content-Type, or empty, there is no body; a Content-Type the route does not take is 415
// UNSUPPORTED_MEDIA_TYPE; JSON that does not parse is 400 BAD_REQUEST; a form is an object of strings.
import { betterAuthReply, ReplyError } from "./reply.ts";

const JSON_MEDIA = /^application\/([a-z0-9.+-]*\+)?json/i;

/** Better Auth's 415 for a body of a type the route does not list, naming the type as sent. */
function unsupportedMediaType(contentType: string, mediaTypes: readonly string[]): ReplyError {
  const message = `Content-Type "${contentType}" is not allowed. Allowed types: ${mediaTypes.join(", ")}`;
  return new ReplyError({ status: 415, body: { message, code: "UNSUPPORTED_MEDIA_TYPE" } });
}

/** The body of a Better Auth request (`undefined` for none), given the media types its route takes. */
export function readBetterAuthBody(text: string, contentType: string, mediaTypes: readonly string[]): unknown {
  // Node's adapter hands Better Auth no body without a Content-Type or with an empty one.
  if (contentType === "" || text === "") return undefined;
  const media = (contentType.toLowerCase().split(";")[0] ?? "").trim();
  if (!mediaTypes.some((allowed) => allowed.toLowerCase() === media)) throw unsupportedMediaType(contentType, mediaTypes);
  if (media === "application/x-www-form-urlencoded") return Object.fromEntries(new URLSearchParams(text));
  if (!JSON_MEDIA.test(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new ReplyError(betterAuthReply(400, "BAD_REQUEST"));
  }
}
