// The mock's data: organizations, their users and the emailed tokens, in memory. Every write is
// synchronous, so a check-then-insert (email taken? slug taken?) cannot interleave with another
// request the way it could across an await.
import type { CredentialsAccount, OrganizationRole } from "../config/auth-config.ts";
import { displayNameOf, TOKEN_LIFETIME_MS, uniqueSlug } from "../config/organization-rules.ts";
import type { MailKind } from "../config/organization-rules.ts";

export type StoredUser = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  organizationId: string;
  role: OrganizationRole;
  passwordHash: string;
  emailVerified: boolean;
};
export type StoredOrganization = { id: string; name: string; slug: string };
type StoredToken = { kind: MailKind; userId: string; expiresAt: number };

export type NewRegistration = { organizationName: string; slug: string; firstName: string; lastName: string; email: string; passwordHash: string };

export type OrgStore = {
  /** The new organization with its admin, or null when the email is registered already. */
  register(input: NewRegistration): { user: StoredUser; organization: StoredOrganization } | null;
  userByEmail(email: string): StoredUser | undefined;
  /** The user as Auth.js's Credentials check reads it. */
  accountByEmail(email: string): CredentialsAccount | null;
  /** A new single-use token of a kind for a user. */
  issueToken(kind: MailKind, userId: string): string;
  /** The user a live token of that kind names, and the token is spent; undefined when it is unknown, spent, expired or of another kind. */
  spendToken(kind: MailKind, token: string): StoredUser | undefined;
  update(userId: string, change: Partial<Pick<StoredUser, "emailVerified" | "passwordHash">>): void;
  /** Deletes an organization, its users and their tokens (the dev clean-up, AJ15); false when there is no such organization. */
  deleteOrganization(id: string): boolean;
};

const randomToken = () => Array.from(crypto.getRandomValues(new Uint8Array(24)), (byte) => byte.toString(16).padStart(2, "0")).join("");

/** An empty store; `now` is the clock tokens expire by. */
export function createOrgStore(now: () => number = Date.now): OrgStore {
  const users = new Map<string, StoredUser>();
  const organizations = new Map<string, StoredOrganization>();
  const tokens = new Map<string, StoredToken>();
  const userByEmail = (email: string) => [...users.values()].find((user) => user.email === email.toLowerCase());
  const slugTaken = (slug: string) => [...organizations.values()].some((organization) => organization.slug === slug);

  return {
    register(input) {
      if (userByEmail(input.email) !== undefined) return null;
      const organization = { id: crypto.randomUUID(), name: input.organizationName, slug: uniqueSlug(input.slug, slugTaken) };
      const user: StoredUser = {
        id: crypto.randomUUID(),
        email: input.email.toLowerCase(),
        firstName: input.firstName,
        lastName: input.lastName,
        organizationId: organization.id,
        role: "admin",
        passwordHash: input.passwordHash,
        emailVerified: false,
      };
      organizations.set(organization.id, organization);
      users.set(user.id, user);
      return { user, organization };
    },
    userByEmail,
    accountByEmail(email) {
      const user = userByEmail(email);
      if (user === undefined) return null;
      const { id, organizationId, role, passwordHash } = user;
      return { id, email: user.email, name: displayNameOf(user), organizationId, role, passwordHash };
    },
    issueToken(kind, userId) {
      const token = randomToken();
      tokens.set(token, { kind, userId, expiresAt: now() + TOKEN_LIFETIME_MS[kind] });
      return token;
    },
    spendToken(kind, token) {
      const stored = tokens.get(token);
      if (stored === undefined || stored.kind !== kind) return undefined;
      tokens.delete(token);
      return stored.expiresAt > now() ? users.get(stored.userId) : undefined;
    },
    update(userId, change) {
      const user = users.get(userId);
      if (user !== undefined) users.set(userId, { ...user, ...change });
    },
    deleteOrganization(id) {
      if (!organizations.delete(id)) return false;
      const gone = new Set([...users.values()].filter((user) => user.organizationId === id).map((user) => user.id));
      for (const userId of gone) users.delete(userId);
      for (const [token, stored] of tokens) if (gone.has(stored.userId)) tokens.delete(token);
      return true;
    },
  };
}
