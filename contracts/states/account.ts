// States and helpers the account, session and password suites share: a signed-up account whose
// password a check may change (the cleanup deletes it with whatever password it has last), more
// devices signed in to it, the names of the session cookies on this target, and mailbox reads.
import { expect } from "vitest";
import { bodyOf } from "#contracts/expect-contract";
import type { CheckContext } from "#contracts/harness";
import { newIdentity } from "#targets/identities";
import type { Identity } from "#targets/identities";
import { defineState, setupRequest } from "#contracts/states/index";
import { deletedWithSession } from "#contracts/states/signed-in-user";
import type { State, World } from "#contracts/states/index";
import type { Actor, Exchange, Target } from "#targets/target";

/** A user signed up through the API; `identity.password` follows password changes made by the check. */
export type Account = { actor: Actor; identity: Identity; userId: string; token: string; signUp: Exchange };

/** A new user signed up with `extra` fields beside name, email, username and password. */
export function account(label: string, extra: Record<string, unknown> = {}): State<Account> {
  return defineState(`a signed-up account (${label})`, async (world) => {
    const actor = world.target.actor(label);
    const identity = newIdentity(label);
    const signUp = await setupRequest(actor, "/api/auth/sign-up/email", { json: { ...identity, ...extra } });
    const { user, token } = bodyOf(signUp, "signUpEmail", 200);
    const created: Account = { actor, identity, userId: user.id, token: token ?? "", signUp };
    world.cleanup.add(`user ${identity.email}`, () => deleteAccount(world, created));
    return created;
  });
}

/** Deletes the account with its own session, else after a fresh sign-in; an account already gone is fine. */
async function deleteAccount(world: World, { actor, identity }: Account): Promise<void> {
  if (await deletedWithSession(actor, identity.password)) return;
  const fresh = world.target.actor(`${actor.label} (cleanup)`);
  const signIn = await fresh.request("/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password } });
  if (signIn.status === 401) return;
  if (signIn.status !== 200) throw new Error(`sign-in for the clean-up answered ${signIn.status}`);
  await setupRequest(fresh, "/api/auth/delete-user", { json: {} });
}

/** Another device (actor) signed in to the account by email and password. */
export async function signInElsewhere(context: Pick<CheckContext, "actor">, { identity }: Account, label = "second device"): Promise<Actor> {
  const device = context.actor(label);
  await setupRequest(device, "/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password } });
  return device;
}

/** The session cookie names on this target (`__Secure-` prefixed over https). */
export function sessionCookieNames(target: Target) {
  const prefix = target.baseUrl.startsWith("https://") ? "__Secure-" : "";
  return { token: `${prefix}better-auth.session_token`, data: `${prefix}better-auth.session_data`, dontRemember: `${prefix}better-auth.dont_remember` };
}

/** The Set-Cookie headers of an exchange for one cookie name. */
export const setCookiesNamed = (exchange: Exchange, name: string): string[] => exchange.setCookies.filter((cookie) => cookie.startsWith(`${name}=`));

/** One Set-Cookie header's attributes, lower-cased names: `{"max-age": "300", httponly: "", …}`. */
export function cookieAttributes(setCookie: string): Record<string, string> {
  const [, ...parts] = setCookie.split(";").map((part) => part.trim());
  return Object.fromEntries(parts.map((part) => {
    const index = part.indexOf("=");
    return index < 0 ? [part.toLowerCase(), ""] : [part.slice(0, index).toLowerCase(), part.slice(index + 1)];
  }));
}

/** Asserts the standard attributes of a session cookie: Path=/, HttpOnly, SameSite=Lax, Secure exactly over https. */
export function expectSessionCookieAttributes(target: Target, setCookie: string, maxAge: string | undefined): void {
  const attributes = cookieAttributes(setCookie);
  expect(attributes.path, `Path of ${setCookie}`).toBe("/");
  expect(attributes, `HttpOnly of ${setCookie}`).toHaveProperty("httponly");
  expect(attributes.samesite?.toLowerCase(), `SameSite of ${setCookie}`).toBe("lax");
  expect("secure" in attributes, `Secure of ${setCookie}`).toBe(target.baseUrl.startsWith("https://"));
  expect(attributes["max-age"], `Max-Age of ${setCookie}`).toBe(maxAge);
}

/** Asserts that the exchange expires the session token and cookie cache (Max-Age=0). */
export function expectSessionCookiesExpired(target: Target, exchange: Exchange): void {
  const names = sessionCookieNames(target);
  for (const name of [names.token, names.data]) {
    const cookies = setCookiesNamed(exchange, name);
    expect(cookies.length, `a Set-Cookie expiring ${name}`).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookieAttributes(cookie)["max-age"], cookie).toBe("0");
  }
}

/** The newest email of a kind to an address; fails the check when there is none. */
export async function latestMail(target: Target, to: string, kind: "verify-email" | "reset-password") {
  const mail = (await target.mailbox(to)).filter((message) => message.kind === kind).at(-1);
  if (mail === undefined || mail.token === null) throw new Error(`Failed to find a ${kind} email to ${to} in the target's mailbox.`);
  return { ...mail, token: mail.token };
}

/**
 * Asserts an emailed link's path and query. Its origin is the deployment's public URL
 * (BETTER_AUTH_URL), which need not be the URL the suite reaches it by.
 */
export function expectLink(url: string, pathname: string, query: Record<string, string>): void {
  const parsed = new URL(url);
  expect(parsed.pathname, `path of ${url}`).toBe(pathname);
  expect(Object.fromEntries(parsed.searchParams), `query of ${url}`).toEqual(query);
}

/** The path and query of an absolute link, to follow it with an actor. */
export const pathOf = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};

/** The session get-session shows for an actor, read from the store (disableCookieCache=true), or null. */
export async function storedSession(actor: Actor) {
  return bodyOf(await actor.request("/api/auth/get-session?disableCookieCache=true"), "getSession", 200);
}
