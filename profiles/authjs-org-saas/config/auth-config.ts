// The organization SaaS of seed 002, as one configuration for the real Auth.js (v5, `@auth/core`
// 0.41): the profile's mock hands it to `Auth(request, config)` in memory, its reference deployment
// to `ExpressAuth(config)` on PostgreSQL, so both sign in, mint and read session cookies the same
// way by construction. The host injects where users live and how a password is checked; the
// document's custom routes (register, verify-email, ...) are not Auth.js's and live beside it.
import type { AuthConfig } from "@auth/core";
import Credentials from "@auth/core/providers/credentials";
import type { JWT } from "@auth/core/jwt";
import type { LoggerInstance, Session } from "@auth/core/types";

/** Where Auth.js is mounted: the document's routes are all under /api/auth. */
export const AUTH_BASE_PATH = "/api/auth";

/**
 * The development secret both deployments fall back to, so a cookie minted by the mock opens the
 * reference and back. A real deployment passes its own (AUTH_SECRET); never ship this one.
 */
export const DEV_AUTH_SECRET = "authjs-org-saas-dev-secret-not-for-production";

const DAY = 60 * 60 * 24;
/** Auth.js's own default, written out: a session lives 30 days and is renewed on every read. */
export const SESSION_MAX_AGE_SECONDS = 30 * DAY;

/** The roles the document implies: registration creates the organization's admin. */
export const ORGANIZATION_ROLES = ["admin", "member"] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/** What a stored user must offer for a credentials sign-in. */
export type CredentialsAccount = {
  id: string;
  email: string;
  name: string;
  organizationId: string;
  role: OrganizationRole;
  /** Whatever the host's password function understands (a mock digest, or a real hash). */
  passwordHash: string;
};

/** The user the document's `GET /api/auth/session` shows. */
export type SessionUser = Pick<CredentialsAccount, "id" | "email" | "name" | "organizationId" | "role">;

export type AuthjsOrgSettings = {
  /** The user of an email (the host normalises case), or null: an in-memory store for the mock, PostgreSQL for the reference. */
  findAccountByEmail: (email: string) => Promise<CredentialsAccount | null>;
  /** Whether `password` matches the stored `hash`: the mock's cheap digest, or the reference's real hash. */
  verifyPassword: (input: { hash: string; password: string }) => Promise<boolean>;
  /** JWT secret(s), newest first; defaults to DEV_AUTH_SECRET. */
  secret?: string | string[];
  /** Auth.js logs every refused sign-in as an error; a test host passes a quiet logger. */
  logger?: Partial<LoggerInstance>;
};

const isString = (value: unknown): value is string => typeof value === "string";
const isRole = (value: unknown): value is OrganizationRole => ORGANIZATION_ROLES.some((role) => role === value);

/** The session user a token carries, or null when the token lacks one of the fields (a foreign token). */
export function sessionUserOf(token: JWT): SessionUser | null {
  const { sub, email, name, organizationId, role } = token;
  if (!isString(sub) || !isString(email) || !isString(name) || !isString(organizationId) || !isRole(role)) return null;
  return { id: sub, email, name, organizationId, role };
}

/** The configuration handed to `Auth()` / `ExpressAuth()` for this profile. A fresh object each call: ExpressAuth writes into it. */
export function createAuthjsConfig(settings: AuthjsOrgSettings) {
  return {
    basePath: AUTH_BASE_PATH,
    secret: settings.secret ?? DEV_AUTH_SECRET,
    // The mock answers on whatever host the test gives it; the reference runs behind no proxy it does not trust.
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    ...(settings.logger === undefined ? {} : { logger: settings.logger }),
    providers: [
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        // Null makes Auth.js answer its own CredentialsSignin redirect; nothing here throws.
        async authorize(credentials) {
          const { email, password } = credentials;
          if (!isString(email) || !isString(password) || email === "" || password === "") return null;
          const account = await settings.findAccountByEmail(email.trim().toLowerCase());
          if (account === null) return null;
          if (!(await settings.verifyPassword({ hash: account.passwordHash, password }))) return null;
          const { id, name, organizationId, role } = account;
          return { id, email: account.email, name, organizationId, role };
        },
      }),
    ],
    callbacks: {
      // On sign-in Auth.js passes the authorized user once; afterwards the token alone carries the session.
      jwt({ token, user }) {
        if (user === undefined) return token;
        const organizationId = "organizationId" in user ? user.organizationId : undefined;
        const role = "role" in user ? user.role : undefined;
        return { ...token, sub: user.id ?? token.sub, organizationId, role };
      },
      session({ session, token }) {
        const user = sessionUserOf(token);
        if (user === null) return session;
        return { ...session, user } satisfies Session;
      },
    },
  } satisfies AuthConfig;
}
