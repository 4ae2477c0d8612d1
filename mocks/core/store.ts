// The mock's in-memory database: @msw/data collections whose schemas are the spec's own
// (so every stored record is a valid API object), plus the few internal tables no API returns.
import { Collection } from "@msw/data";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { componentValidator } from "#openapi";
import type { components } from "#openapi/generated/schema.d.ts";

type Schemas = components["schemas"];
export type UserRecord = Schemas["User"];
export type SessionRecord = Schemas["Session"];
export type OrganizationRecord = Schemas["Organization"];
export type MemberRecord = Schemas["Member"];
export type InvitationRecord = Schemas["Invitation"];

/** A spec component as a Standard Schema with the generated type as its input and output. */
function specSchema<T>(name: string): StandardSchemaV1<T, T> {
  return componentValidator(name) as unknown as StandardSchemaV1<T, T>;
}

/** A one-time token: password reset, email verification. */
export type Verification = { value: string; expiresAt: number };

export type Store = ReturnType<typeof createStore>;

/** A fresh, empty store. */
export function createStore() {
  return {
    users: new Collection({ schema: specSchema<UserRecord>("User") }),
    sessions: new Collection({ schema: specSchema<SessionRecord>("Session") }),
    organizations: new Collection({ schema: specSchema<OrganizationRecord>("Organization") }),
    members: new Collection({ schema: specSchema<MemberRecord>("Member") }),
    invitations: new Collection({ schema: specSchema<InvitationRecord>("Invitation") }),
    /** userId → password (a credential account; never returned by the API). */
    credentials: new Map<string, string>(),
    /** identifier ("reset-password:<token>", "verify-email:<token>") → verification. */
    verifications: new Map<string, Verification>(),
  };
}

/** Empties every table. */
export function clearStore(store: Store): void {
  store.users.clear();
  store.sessions.clear();
  store.organizations.clear();
  store.members.clear();
  store.invitations.clear();
  store.credentials.clear();
  store.verifications.clear();
}
