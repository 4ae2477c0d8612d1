// Accounts on the wire: sign-up, sign-in, sign-out, sessions, origin checks, user updates, deletion.
import type { Actor, WireRecorder } from "../wire-recorder.ts";

const AUTH = "/api/auth";

/** Sign an actor up (with their username unless it is unset) and remember their user id. */
export async function signUp(wire: WireRecorder, who: Actor, title = "sign-up", expect = 200) {
  const body: Record<string, string> = { name: who.name, email: who.email, password: who.password };
  if (who.username) body.username = who.username;
  const reply = await wire.send(who, { title, method: "POST", path: `${AUTH}/sign-up/email`, body, expect });
  const user = (reply.body as { user?: { id: string } } | null)?.user;
  if (user) who.userId = user.id;
  return reply;
}

/** Sign-up, sign-in and the failures Better Auth gives for each. */
export async function captureSignUpAndSignIn(wire: WireRecorder): Promise<void> {
  const amy = wire.actor("amy");
  const ben = wire.actor("ben", { username: undefined });
  await signUp(wire, amy, "sign-up with a username (mixed case kept as displayUsername)");
  amy.username = amy.username!.toUpperCase().slice(0, 1) + amy.username!.slice(1);
  await signUp(wire, ben, "sign-up without a username");
  const post = (who: Actor, title: string, path: string, body: unknown, expect: number, extra: object = {}) =>
    wire.send(who, { title, method: "POST", path: AUTH + path, body, expect, ...extra });
  const stranger = () => wire.actor("stranger");
  const base = { name: "Someone", password: "correct-horse-battery-staple" };
  await post(stranger(), "sign-up with an email already registered", "/sign-up/email", { ...base, email: amy.email }, 422);
  await post(stranger(), "sign-up with a username already taken", "/sign-up/email",
    { ...base, email: `taken-${Date.now()}@example.com`, username: amy.username }, 400);
  await post(stranger(), "sign-up with an invalid username", "/sign-up/email",
    { ...base, email: `bad-${Date.now()}@example.com`, username: "not valid!" }, 400);
  await post(stranger(), "sign-up with a 2-character username", "/sign-up/email",
    { ...base, email: `short-${Date.now()}@example.com`, username: "ab" }, 400);
  await post(stranger(), "sign-up with a 33-character username", "/sign-up/email",
    { ...base, email: `long-${Date.now()}@example.com`, username: "a".repeat(33) }, 400);
  await post(stranger(), "sign-up with an 11-character password", "/sign-up/email",
    { name: "Someone", email: `pw-${Date.now()}@example.com`, password: "elevenchars" }, 400);
  await post(stranger(), "sign-up with a 257-character password", "/sign-up/email",
    { name: "Someone", email: `pw2-${Date.now()}@example.com`, password: "x".repeat(257) }, 400);
  await post(stranger(), "sign-up with an invalid email", "/sign-up/email", { ...base, email: "not-an-email" }, 400);
  await post(stranger(), "sign-up with no name", "/sign-up/email", { email: `nn-${Date.now()}@example.com`, password: base.password }, 400);
  const burst = stranger();
  for (let i = 1; i <= 4; i++) {
    await post(wire.actor("burst", { ip: burst.ip }), `sign-up attempt ${i} of 4 from one IP (3 per 60 s)`, "/sign-up/email",
      { ...base, email: `burst-${i}-${Date.now()}@example.com` }, i < 4 ? 200 : 429);
  }

  await wire.send(null, { title: "get-session signed out", method: "GET", path: `${AUTH}/get-session`, expect: 200 });
  await wire.send(amy, { title: "get-session signed in", method: "GET", path: `${AUTH}/get-session`, expect: 200 });
  await wire.send(amy, { title: "get-session bypassing the cookie cache", method: "GET", path: `${AUTH}/get-session?disableCookieCache=true`, expect: 200 });
  await post(amy, "sign-out", "/sign-out", undefined, 200);
  await wire.send(amy, { title: "get-session after sign-out", method: "GET", path: `${AUTH}/get-session`, expect: 200 });

  await post(amy, "sign-in/email", "/sign-in/email", { email: amy.email, password: amy.password }, 200);
  await post(stranger(), "sign-in/email with a wrong password", "/sign-in/email", { email: amy.email, password: "wrong-password-123" }, 401);
  await post(stranger(), "sign-in/email with an unknown email", "/sign-in/email", { email: `nobody-${Date.now()}@example.com`, password: "wrong-password-123" }, 401);
  await post(stranger(), "sign-in/email with an invalid email", "/sign-in/email", { email: "nope", password: "wrong-password-123" }, 400);
  await post(wire.actor("amy-tab"), "sign-in/email with rememberMe false", "/sign-in/email",
    { email: amy.email, password: amy.password, rememberMe: false }, 200);
  await post(wire.actor("amy-phone"), "sign-in/username (case-insensitive)", "/sign-in/username",
    { username: amy.username!.toUpperCase(), password: amy.password }, 200);
  await post(stranger(), "sign-in/username with a wrong password", "/sign-in/username", { username: amy.username, password: "wrong-password-123" }, 401);
  await post(stranger(), "sign-in/username with an unknown username", "/sign-in/username", { username: "no_such_user", password: "wrong-password-123" }, 401);
  const usernameBurst = stranger();
  for (let i = 1; i <= 4; i++) {
    await post(usernameBurst, `sign-in/username attempt ${i} of 4 from one IP (3 per 10 s)`, "/sign-in/username",
      { username: amy.username, password: i === 1 ? amy.password : "wrong-password-123" }, i === 1 ? 200 : i < 4 ? 401 : 429);
  }
  for (let i = 1; i <= 4; i++) {
    await post(stranger(), `sign-in/username attempt ${i} of 4, each with another multi-hop X-Forwarded-For (one shared bucket)`,
      "/sign-in/username", { username: amy.username, password: "wrong-password-123" }, i < 4 ? 401 : 429, { ip: `192.0.2.${i}, 10.0.0.1` });
  }
  for (let i = 1; i <= 4; i++) {
    await post(stranger(), `sign-in/username attempt ${i} of 4, no X-Forwarded-For, another X-Real-IP each time (XFF backfilled)`,
      "/sign-in/username", { username: amy.username, password: "wrong-password-123" }, i < 4 ? 401 : 429,
      { ip: null, headers: { "x-real-ip": `192.0.2.${100 + i}` } });
  }
  const emailBurst = stranger();
  for (let i = 1; i <= 6; i++) {
    await post(emailBurst, `sign-in/email attempt ${i} of 6 from one IP (5 per 60 s)`, "/sign-in/email",
      { email: amy.email, password: "wrong-password-123" }, i < 6 ? 401 : 429);
  }
  await post(stranger(), "sign-in/email from a foreign Origin", "/sign-in/email",
    { email: amy.email, password: amy.password }, 403, { origin: "https://evil.example" });
  await post(stranger(), "sign-in/email as a cross-site navigation", "/sign-in/email",
    { email: amy.email, password: amy.password }, 403, { headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" } });
  await post(stranger(), "sign-in/email with no Origin and no cookie", "/sign-in/email",
    { email: amy.email, password: "wrong-password-123" }, 401, { origin: null });
  await post(amy, "sign-out with the cookie but no Origin", "/sign-out", undefined, 403, { origin: null });
  await post(stranger(), "sign-in/email with no Origin, no cookie, but Sec-Fetch-Mode: cors (what fetch() sends)", "/sign-in/email",
    { email: amy.email, password: "wrong-password-123" }, 403, { origin: null, headers: { "sec-fetch-mode": "cors" } });
  await post(amy, "sign-out with a foreign Origin", "/sign-out", undefined, 403, { origin: "https://evil.example" });
  await post(amy, "sign-out with the cookie, no Origin, a trusted Referer", "/sign-out", undefined, 200,
    { origin: null, headers: { referer: "http://localhost:3000/settings" } });
  await wire.send(null, { title: "forget-password (the docs' path) does not exist", method: "POST", path: `${AUTH}/forget-password`, body: { email: amy.email }, expect: 404 });
  await wire.send(null, { title: "ok", method: "GET", path: `${AUTH}/ok`, expect: 200 });
}

/** Profile, verification, session management, password change and account deletion. */
export async function captureAccountManagement(wire: WireRecorder): Promise<void> {
  const vera = wire.actor("vera");
  await signUp(wire, vera, "sign-up (vera)");
  const post = (who: Actor, title: string, path: string, body: unknown, expect: number) =>
    wire.send(who, { title, method: "POST", path: AUTH + path, body, expect });

  await post(vera, "is-username-available for a taken username", "/is-username-available", { username: vera.username }, 200);
  await post(vera, "is-username-available for a free username", "/is-username-available", { username: `free_${Date.now()}` }, 200);
  await post(vera, "is-username-available for an invalid username", "/is-username-available", { username: "no spaces" }, 422);
  await post(vera, "update-user name", "/update-user", { name: "Vera V." }, 200);
  vera.username = `vera_${Date.now().toString(36)}`;
  await post(vera, "update-user username", "/update-user", { username: vera.username }, 200);
  await post(vera, "update-user email (not allowed here)", "/update-user", { email: `new-${vera.email}` }, 400);
  await post(vera, "change-email (not enabled)", "/change-email", { newEmail: `new-${vera.email}` }, 400);
  await post(vera, "verify-password", "/verify-password", { password: vera.password }, 200);

  await post(vera, "send-verification-email", "/send-verification-email", { email: vera.email }, 200);
  const links = (await wire.outbox(vera.email)).filter((mail) => mail.kind === "verify-email");
  const link = new URL(links.at(-1)!.url);
  await wire.send(null, { title: "verify-email with a bad token", method: "GET", path: `${AUTH}/verify-email?token=not-a-token`, expect: 401 });
  const verifier = wire.actor("vera-mail-client");
  await wire.send(verifier, { title: "verify-email via the emailed link (signs in, redirects)", method: "GET", path: link.pathname + link.search, expect: 302 });
  await wire.send(verifier, { title: "get-session after verifying (auto sign-in)", method: "GET", path: `${AUTH}/get-session`, expect: 200 });
  await post(wire.actor("vera-again"), "send-verification-email for a verified address", "/send-verification-email", { email: vera.email }, 200);
  await post(vera, "send-verification-email while signed in, already verified", "/send-verification-email", { email: vera.email }, 200);

  const phone = wire.actor("vera-phone");
  const tablet = wire.actor("vera-tablet");
  const signIn = (who: Actor, title: string) => post(who, title, "/sign-in/email", { email: vera.email, password: vera.password }, 200);
  const phoneSession = await signIn(phone, "sign-in/email (second device)");
  await signIn(tablet, "sign-in/email (third device)");
  await wire.send(vera, { title: "list-sessions", method: "GET", path: `${AUTH}/list-sessions`, expect: 200 });
  const phoneToken = (phoneSession.body as { token: string }).token;
  await post(vera, "revoke-session", "/revoke-session", { token: phoneToken }, 200);
  await wire.send(phone, { title: "get-session with a revoked session (cookie cache still answers)", method: "GET", path: `${AUTH}/get-session`, expect: 200 });
  await wire.send(phone, { title: "get-session with a revoked session, cache bypassed", method: "GET", path: `${AUTH}/get-session?disableCookieCache=true`, expect: 200 });
  await post(vera, "revoke-other-sessions", "/revoke-other-sessions", undefined, 200);
  await signIn(tablet, "sign-in/email (third device again)");
  await post(tablet, "revoke-sessions (all, own included)", "/revoke-sessions", undefined, 200);
  await signIn(vera, "sign-in/email after revoking every session");

  await post(vera, "change-password with a wrong current password", "/change-password",
    { currentPassword: "wrong-password-123", newPassword: "another-long-password" }, 400);
  await post(vera, "change-password with an 11-character new password", "/change-password",
    { currentPassword: vera.password, newPassword: "elevenchars" }, 400);
  await post(vera, "change-password, revoking other sessions", "/change-password",
    { currentPassword: vera.password, newPassword: "another-long-password", revokeOtherSessions: true }, 200);
  vera.password = "another-long-password";
  await post(vera, "change-password, 4th within 10 s from one IP (3 per 10 s)", "/change-password",
    { currentPassword: vera.password, newPassword: "yet-another-long-password" }, 429);
  await wire.send(vera, { title: "change-password without revokeOtherSessions (from another IP)", method: "POST",
    path: `${AUTH}/change-password`, body: { currentPassword: vera.password, newPassword: "yet-another-long-password" },
    ip: "198.51.100.77", expect: 200 });
  vera.password = "yet-another-long-password";

  await post(vera, "delete-user with a wrong password", "/delete-user", { password: "wrong-password-123" }, 400);
  await post(vera, "delete-user", "/delete-user", { password: vera.password }, 200);
  await wire.send(vera, { title: "get-session after delete-user", method: "GET", path: `${AUTH}/get-session`, expect: 200 });
  await post(wire.actor("vera-gone"), "sign-in/email as the deleted user", "/sign-in/email", { email: vera.email, password: vera.password }, 401);
}
