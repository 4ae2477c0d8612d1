// The sections of the reference written from the spec's tables rather than from one operation:
// signing in with the session cookie, the role matrix, the rate limits, the error tables and the
// Socket.io events.
import { errorCodes, rateLimits, realtime, roleMatrix, ROLES, securitySchemes } from "#openapi";
import { escapeHtml, inline, markdown } from "./html.ts";
import { permissionInWords, resourceInWords } from "./rules-in-words.ts";
import { typeInWords } from "./schema-view.ts";

/** The security schemes (the session cookie), and what a client does with them. */
export function securitySection(): string {
  const items = Object.entries(securitySchemes).map(([name, scheme]) => `<h3><code>${escapeHtml(name)}</code>: the cookie <code>${escapeHtml(scheme.name)}</code></h3>
<p>An API key carried in a cookie (<code>in: ${escapeHtml(scheme.in)}</code>), set by the server at sign-in and sent back by the browser.</p>
${markdown(scheme.description)}`);
  return `<section id="authentication"><h2>Signing in: the session cookie</h2>
<p>There is no token to store and no header to set. Sign in (<code>POST /api/auth/sign-in/username</code> or <code>/sign-in/email</code>); the answer sets the session cookies; every later request sends them back. In a browser that means <code>fetch(url, { credentials: "include" })</code> (or <code>withCredentials</code>); the cookies are <code>HttpOnly</code>, so page scripts can neither read nor forge them. Outside a browser, keep the <code>Set-Cookie</code> values and send them as <code>Cookie</code>, with an <code>Origin</code> header the server trusts on every state-changing request.</p>
${items.join("\n")}</section>`;
}

/** The role matrix: what each of the seven roles may do, in words, with the raw permission beside it. */
export function rolesSection(): string {
  const head = `<tr><th>May…</th>${ROLES.map((role) => `<th>${escapeHtml(role)}</th>`).join("")}</tr>`;
  const rows = Object.entries(roleMatrix.statements).flatMap(([resource, actions]) => [
    `<tr class="group"><th colspan="${ROLES.length + 1}">${escapeHtml(resourceInWords(resource))}</th></tr>`,
    ...actions.map((action) => {
      const cells = ROLES.map((role) => (roleMatrix.roles[role]?.[resource]?.includes(action) ? `<td class="yes" title="${escapeHtml(role)} may">✓</td>` : `<td class="no" title="${escapeHtml(role)} may not">·</td>`));
      return `<tr><td>${escapeHtml(permissionInWords(`${resource}:${action}`))} <code>${escapeHtml(`${resource}:${action}`)}</code></td>${cells.join("")}</tr>`;
    }),
  ]);
  return `<section id="roles"><h2>Roles: who may do what</h2>
<p>Every member of a clinic has a role string; a string naming several roles (<code>doctor,lab</code>) holds everything each of them holds, and an unknown role name holds nothing. An operation that needs a permission says so; this table is where it is decided. Admins provision staff accounts with the roles ${roleMatrix.provisionableRoles.map((role) => `<code>${escapeHtml(role)}</code>`).join(", ")}.</p>
<table class="matrix"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table></section>`;
}

function matchInWords(match: { exact?: string | undefined; prefix?: string[] | undefined; any?: boolean | undefined }): string {
  if (match.exact !== undefined) return `<code>${escapeHtml(rateLimits.appliesTo + match.exact)}</code>`;
  if (match.prefix !== undefined) return `paths starting ${match.prefix.map((prefix) => `<code>${escapeHtml(rateLimits.appliesTo + prefix)}</code>`).join(", ")}`;
  return `any other path under <code>${escapeHtml(rateLimits.appliesTo)}</code>`;
}

/** The rate limits: which rule counts which path, and what a refused request looks like. */
export function rateLimitsSection(): string {
  const rows = rateLimits.rules.map(
    (rule) => `<tr><td><code>${escapeHtml(rule.id)}</code></td><td>${matchInWords(rule.match)}</td><td>${rule.max} per ${rule.window} s</td><td>${escapeHtml(rule.source)}</td></tr>`,
  );
  return `<section id="rate-limits"><h2>Rate limits</h2>
<p>Only requests to <code>${escapeHtml(rateLimits.appliesTo)}/*</code> are limited, each client IP and path on its own counter (the IP from ${rateLimits.clientIpHeaders.map((header) => `<code>${escapeHtml(header)}</code>`).join(", then ")}). Every attempt counts, successful ones too. The first rule that matches a path applies. Past the limit the answer is ${rateLimits.blocked.status} <code>{"message": "${escapeHtml(rateLimits.blocked.message)}"}</code> with <code>${escapeHtml(rateLimits.blocked.header)}</code>: the seconds until the window has room again.</p>
<table><thead><tr><th>Rule</th><th>Counts</th><th>Limit</th><th>From</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

/** Both error families and their tables. */
export function errorsSection(): string {
  // Any route's answers first, then the messages of one route each ({name}: filled in per request).
  const temetro = [...Object.entries(errorCodes.temetro), ...Object.entries(errorCodes.temetroRoutes)].map(([name, entry]) => `<tr><td>${entry.status}</td><td><code>${escapeHtml(entry.error)}</code></td><td>${escapeHtml(name)}</td></tr>`);
  const betterAuth = Object.entries(errorCodes.betterAuth).map(([code, message]) => `<tr><td><code>${escapeHtml(code)}</code></td><td>${escapeHtml(message)}</td></tr>`);
  return `<section id="errors"><h2>Errors</h2>
<p>Two families. Under <code>/api/auth/*</code> Better Auth answers <code>{"code", "message"}</code> (the code is sometimes absent); everywhere else temetro answers <code>{"error"}</code>, or <code>{"error": "Validation failed", "details": [...]}</code> with one zod issue per problem. A 500 is never a conforming answer.</p>
<h3>temetro's answers</h3><table><thead><tr><th>Status</th><th>error</th><th>Name</th></tr></thead><tbody>${temetro.join("")}</tbody></table>
<details><summary>Better Auth's codes (${betterAuth.length})</summary><table><thead><tr><th>code</th><th>message</th></tr></thead><tbody>${betterAuth.join("")}</tbody></table></details></section>`;
}

/** The Socket.io contract: handshake, rooms, and each event with its payload. */
export function realtimeSection(): string {
  const rooms = Object.entries(realtime.rooms).map(([kind, room]) => `<li>${escapeHtml(kind)}: <code>${escapeHtml(room)}</code></li>`);
  const client = Object.entries(realtime.clientEvents).map(
    ([event, rule]) => `<tr><td><code>${escapeHtml(event)}</code></td><td>${typeInWords(rule.payload)}</td><td>${rule.ack === undefined ? "none" : typeInWords(rule.ack)}</td><td>${inline(rule.rule)}</td></tr>`,
  );
  const server = Object.entries(realtime.serverEvents).map(([event, rule]) => `<tr><td><code>${escapeHtml(event)}</code></td><td>${typeInWords(rule.payload)}</td><td><code>${escapeHtml(realtime.rooms[rule.room])}</code></td></tr>`);
  return `<section id="realtime"><h2>Real-time (Socket.io)</h2>
<p>Socket.io runs on the same server at <code>${escapeHtml(realtime.path)}</code>. The handshake is authenticated by the session cookie (connect with <code>withCredentials: true</code>); without a session the connection fails with <code>${escapeHtml(realtime.handshake.error)}</code>. Its CORS allows the frontend's origin only (${escapeHtml(realtime.cors.decision)}). The clinic is fixed at connect time: after switching clinic, reconnect.</p>
<ul>${rooms.join("")}</ul>
<h3>Events a client sends</h3><table><thead><tr><th>Event</th><th>Payload</th><th>Acknowledgement</th><th>Rule</th></tr></thead><tbody>${client.join("")}</tbody></table>
<h3>Events the server sends</h3><table><thead><tr><th>Event</th><th>Payload</th><th>Room</th></tr></thead><tbody>${server.join("")}</tbody></table></section>`;
}
