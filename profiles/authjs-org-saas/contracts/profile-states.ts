// The states and readers the authjs-org-saas suite shares: an organization registered with its
// admin, the admin signed in through Auth.js's CSRF double-submit (GET /csrf, then the form post
// with csrfToken and the csrf cookie), the emails, and the profile's typed body reader.
import { bodyReader } from "#contracts/expect-contract";
import { isRecord } from "#openapi";
import { defineState, setupRequest } from "#contracts/states/index";
import { lastMail, locationOf } from "#contracts/states/mail-and-redirects";
import type { State } from "#contracts/states/index";
import { newClinic, newIdentity } from "#targets/identities";
import type { Identity } from "#targets/identities";
import type { Actor, Exchange, RequestOptions, Target } from "#targets/target";
import { authjsOrgSaasDocument } from "#profiles/authjs-org-saas/openapi/contract";
import type { AuthjsOrgSaasOperations, components } from "#profiles/authjs-org-saas/openapi/contract";

/** The profile's `bodyOf`: status, conformance to the profile's document, and the body typed from it. */
export const bodyOf = bodyReader<AuthjsOrgSaasOperations>(authjsOrgSaasDocument);

export type RegisterBody = components["schemas"]["RegisterRequest"];
type RegisterAnswer = components["schemas"]["RegisterResponse"];

/** A registration body for a new identity: a `contract-` organization, the identity's email and password. */
export function registerBodyOf(identity: Identity, label: string): RegisterBody {
  return { organizationName: newClinic(label).name, firstName: "Contract", lastName: label, email: identity.email, password: identity.password };
}

/** A form post: the fields url-encoded, with the content type a browser's form sends. */
export function formPost(fields: Record<string, string>, options: Omit<RequestOptions, "body" | "json"> = {}): RequestOptions {
  return { ...options, body: new URLSearchParams(fields).toString(), headers: { "content-type": "application/x-www-form-urlencoded", ...options.headers } };
}

/** Auth.js's CSRF step: the token `GET /api/auth/csrf` answers (its cookie lands in the actor's jar). */
export async function csrfTokenOf(actor: Actor): Promise<string> {
  return bodyOf(await actor.request("/api/auth/csrf"), "getCsrfToken", 200).csrfToken;
}

/** The credentials callback after the CSRF step: the form Auth.js's own client posts. */
export async function signInWith(actor: Actor, credentials: { email: string; password: string; callbackUrl?: string }, options: Omit<RequestOptions, "body" | "json"> = {}): Promise<Exchange> {
  const { email, password, callbackUrl } = credentials;
  const form = { csrfToken: await csrfTokenOf(actor), email, password, ...(callbackUrl === undefined ? {} : { callbackUrl }) };
  return actor.request("/api/auth/callback/credentials", formPost(form, options));
}

/** Sign-out after the CSRF step. */
export async function signOutOf(actor: Actor, options: Omit<RequestOptions, "body" | "json"> = {}): Promise<Exchange> {
  return actor.request("/api/auth/signout", formPost({ csrfToken: await csrfTokenOf(actor) }, options));
}

export type RegisteredAdmin = { actor: Actor; identity: Identity; body: RegisterBody; answer: RegisterAnswer; registration: Exchange };

/**
 * An organization registered with its admin (not signed in), deleted after the check through the
 * dev clean-up route (AJ15); where a deployment has none, the summary lists both as "Not cleaned up".
 */
export function registeredAdmin(label: string, fields: Partial<RegisterBody> = {}): State<RegisteredAdmin> {
  return defineState("an organization registered with its admin, email not verified", async ({ target, cleanup }) => {
    const actor = target.actor(label);
    const body = { ...registerBodyOf(newIdentity(label), label), ...fields };
    const identity = { ...newIdentity(label), email: body.email, password: body.password };
    const registration = await setupRequest(actor, "/api/auth/register", { json: body }, 201);
    const answer = bodyOf(registration, "register", 201);
    cleanup.add(`organization "${answer.organization.name}" and its admin ${identity.email}`, () => deleteOrganization(actor, answer.organization.id));
    return { actor, identity, body, answer, registration };
  });
}

/** The admin of a new organization, signed in through the CSRF + credentials flow. */
export function signedInAdmin(label: string): State<RegisteredAdmin & { signIn: Exchange }> {
  return defineState("the admin of a new organization, signed in with credentials", async (world) => {
    const admin = await registeredAdmin(label).build(world);
    const signIn = await signInWith(admin.actor, admin.identity);
    if (signIn.status !== 302 || locationOf(signIn, world.target).searchParams.has("error")) {
      throw new Error(`${admin.actor.label}: the credentials sign-in answered ${signIn.status} to ${signIn.headers.get("location")}, not a 302 without error.`);
    }
    return { ...admin, signIn };
  });
}

/** The clean-up route's own 404 (the check deleted it already), not a deployment's 404 for a route it does not serve. */
export function isAlreadyDeleted(exchange: Exchange): boolean {
  return exchange.status === 404 && isRecord(exchange.body) && exchange.body.success === false && exchange.body.error === "Not found";
}

/** The dev clean-up (AJ15); a target without it (a production deployment) keeps the organization, and the report says so. */
async function deleteOrganization(actor: Actor, id: string): Promise<void> {
  const deleted = await actor.request(`/__dev/organizations/${encodeURIComponent(id)}`, { method: "DELETE" });
  if (deleted.status === 204 || isAlreadyDeleted(deleted)) return;
  throw new Error(`DELETE /__dev/organizations/{id} answered ${deleted.status} (the document has no delete route; AJ15): delete them on the target by hand`);
}

/** Auth.js's cookie names on this target: `__Secure-` (the CSRF cookie `__Host-`) over https (AJ08). */
export function authjsCookieNames(target: Target) {
  const secure = target.baseUrl.startsWith("https://");
  const prefix = secure ? "__Secure-" : "";
  return { session: `${prefix}authjs.session-token`, csrf: `${secure ? "__Host-" : ""}authjs.csrf-token`, callbackUrl: `${prefix}authjs.callback-url` };
}

export { lastMail, locationOf };
