// Password reset on the wire: Better Auth's request/link/complete flow and temetro's reset-by-username.
import type { WireRecorder } from "../wire-recorder.ts";
import { signUp } from "./accounts.ts";

const AUTH = "/api/auth";
const CALLBACK = "http://localhost:3000/reset-password";

/** Request a reset, follow the emailed link, complete it, and show what happens to old sessions. */
export async function capturePasswordReset(wire: WireRecorder): Promise<void> {
  const pat = wire.actor("pat");
  await signUp(wire, pat, "sign-up (pat)");
  const requester = wire.actor("pat-forgot");
  const request = (title: string, body: unknown, expect: number) =>
    wire.send(requester, { title, method: "POST", path: `${AUTH}/request-password-reset`, body, expect });
  await request("request-password-reset for a known email", { email: pat.email, redirectTo: CALLBACK }, 200);
  await request("request-password-reset for an unknown email", { email: `nobody-${Date.now()}@example.com`, redirectTo: CALLBACK }, 200);
  await request("request-password-reset with a foreign redirectTo", { email: pat.email, redirectTo: "https://evil.example/reset" }, 403);
  await request("request-password-reset, 4th from one IP (3 per 60 s)", { email: pat.email }, 429);
  await wire.send(wire.actor("pat-forgot-2"), { title: "request-password-reset with an invalid email", method: "POST",
    path: `${AUTH}/request-password-reset`, body: { email: "nope" }, expect: 400 });

  const mail = (await wire.outbox(pat.email)).filter((item) => item.kind === "reset-password").at(0)!;
  const link = new URL(mail.url);
  const browser = wire.actor("pat-browser");
  await wire.send(browser, { title: "reset-password link as emailed (redirects with the token)", method: "GET", path: link.pathname + link.search, expect: 302 });
  await wire.send(browser, { title: "reset-password link with an unknown token", method: "GET",
    path: `${AUTH}/reset-password/not-a-token?callbackURL=${encodeURIComponent(CALLBACK)}`, expect: 302 });
  await wire.send(browser, { title: "reset-password link with a foreign callbackURL", method: "GET",
    path: `${link.pathname}?callbackURL=${encodeURIComponent("https://evil.example/x")}`, expect: 403 });
  await wire.send(browser, { title: "reset-password link with no callbackURL", method: "GET", path: link.pathname });

  const complete = (title: string, body: unknown, expect: number) =>
    wire.send(browser, { title, method: "POST", path: `${AUTH}/reset-password`, body, expect });
  await complete("reset-password with an 11-character password", { token: mail.token, newPassword: "elevenchars" }, 400);
  await complete("reset-password with an unknown token", { token: "not-a-token", newPassword: "a-brand-new-password" }, 400);
  await complete("reset-password", { token: mail.token, newPassword: "a-brand-new-password" }, 200);
  await complete("reset-password with the same token again", { token: mail.token, newPassword: "a-brand-new-password" }, 400);

  await wire.send(pat, { title: "get-session with a session revoked by the reset (cookie cache)", method: "GET", path: `${AUTH}/get-session`, expect: 200 });
  await wire.send(pat, { title: "get-session with a session revoked by the reset, cache bypassed", method: "GET", path: `${AUTH}/get-session?disableCookieCache=true`, expect: 200 });
  const tokenOnly = wire.actor("pat-token-only");
  tokenOnly.cookies.set("better-auth.session_token", pat.cookies.get("better-auth.session_token") ?? "");
  await wire.send(tokenOnly, { title: "get-session with only the revoked session_token cookie", method: "GET", path: `${AUTH}/get-session`, expect: 200 });
  await wire.send(wire.actor("pat-again"), { title: "sign-in/email with the new password", method: "POST",
    path: `${AUTH}/sign-in/email`, body: { email: pat.email, password: "a-brand-new-password" }, expect: 200 });
  await wire.send(wire.actor("pat-old"), { title: "sign-in/email with the old password", method: "POST",
    path: `${AUTH}/sign-in/email`, body: { email: pat.email, password: pat.password }, expect: 401 });

  const helper = (title: string, body: unknown, expect: number) =>
    wire.send(null, { title, method: "POST", path: "/api/auth-helpers/reset-by-username", body, expect });
  await helper("reset-by-username for a known username", { username: pat.username }, 200);
  await helper("reset-by-username for an unknown username", { username: "no_such_user" }, 200);
  await helper("reset-by-username with a foreign redirectTo (still ok)", { username: pat.username, redirectTo: "https://evil.example/" }, 200);
  await helper("reset-by-username with a 65-character username", { username: "a".repeat(65) }, 400);
  await helper("reset-by-username with a blank username", { username: "   " }, 400);
  await helper("reset-by-username with no body", undefined, 400);
  await wire.send(null, { title: "reset-by-username with malformed JSON", method: "POST", path: "/api/auth-helpers/reset-by-username",
    rawBody: '{"username":', expect: 400 });
}

/** temetro's own public routes and error shapes. */
export async function captureTemetroPublic(wire: WireRecorder): Promise<void> {
  await wire.send(null, { title: "health", method: "GET", path: "/health", expect: 200 });
  await wire.send(null, { title: "version", method: "GET", path: "/api/version", expect: 200 });
  await wire.send(null, { title: "an unknown /api path", method: "GET", path: "/api/no-such-route", expect: 404 });
  await wire.send(null, { title: "the test mailbox", method: "GET", path: "/__dev/outbox?to=nobody%40example.com", expect: 200 });
  await wire.send(null, { title: "health from a disallowed Origin (served, no CORS headers)", method: "GET", path: "/health",
    origin: "https://evil.example", expect: 200 });
  await wire.send(null, { title: "health from a LAN Origin (allowed)", method: "GET", path: "/health", origin: "http://192.168.1.20:3000", expect: 200 });
  await wire.send(null, { title: "health with no Origin", method: "GET", path: "/health", origin: null, expect: 200 });
  await wire.send(null, { title: "CORS preflight from the frontend", method: "OPTIONS", path: "/api/auth/sign-in/email",
    headers: { "access-control-request-method": "POST", "access-control-request-headers": "content-type" }, expect: 204 });
  await wire.send(null, { title: "CORS preflight from a disallowed Origin (falls through: Express answers OPTIONS itself)", method: "OPTIONS",
    path: "/api/version", origin: "https://evil.example", headers: { "access-control-request-method": "POST" }, expect: 200 });
  await wire.send(null, { title: "reset-by-username from a foreign Origin (no origin check on /api/*)", method: "POST",
    path: "/api/auth-helpers/reset-by-username", origin: "https://evil.example", body: { username: "no_such_user" }, expect: 200 });
}
