// Real Better Auth, configured as temetro's backend/src/auth.ts configures it (temetro-api.md §2.1).
import { betterAuth, getCurrentAdapter } from "better-auth";
import type { BetterAuthOptions } from "better-auth";
import { organization, username } from "better-auth/plugins";
import type pg from "pg";
import type { Mailbox } from "./mailbox.ts";
import { isAllowedOrigin } from "./origins.ts";
import type { OriginPolicy } from "./origins.ts";
import { loadRoleMatrix } from "./role-matrix.ts";
import type { RoleMatrix } from "./role-matrix.ts";

export type AuthSettings = {
  database: pg.Pool;
  /** BETTER_AUTH_URL: the backend's public origin; https turns on secure cookies. */
  baseURL: string;
  secret: string;
  frontendUrl: string;
  /** TRUSTED_ORIGINS entries, as temetro's isAllowedOrigin reads them. */
  trustedOrigins?: string[];
  mailbox: Mailbox;
  /** The seven roles; read from openapi/rules/role-matrix.yaml when not given. */
  roleMatrix?: RoleMatrix;
  log?: (line: string) => void;
};

const DAY = 60 * 60 * 24;

/** The options object handed to betterAuth(); also what the schema migration reads. */
export function createAuthOptions(settings: AuthSettings) {
  const { database, baseURL, mailbox } = settings;
  const log = settings.log ?? ((line: string) => console.log(line));
  const originPolicy: OriginPolicy = { frontendUrl: settings.frontendUrl, trustedOrigins: settings.trustedOrigins ?? [] };
  const { ac, roles } = settings.roleMatrix ?? loadRoleMatrix();
  return {
    appName: "temetro",
    baseURL,
    secret: settings.secret,
    // temetro: drizzleAdapter(db, {provider: "pg"}). Kysely over a pg Pool serves the same tables.
    database,
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: false,
      minPasswordLength: 12,
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
      async sendResetPassword({ user, url, token }) {
        mailbox.send({ to: user.email, kind: "reset-password", subject: "Reset your temetro password", url, token });
      },
    },
    user: { deleteUser: { enabled: true } },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      async sendVerificationEmail({ user, url, token }) {
        mailbox.send({ to: user.email, kind: "verify-email", subject: "Verify your email for temetro", url, token });
      },
    },
    plugins: [
      username({ minUsernameLength: 3, maxUsernameLength: 32 }),
      organization({
        ac,
        roles,
        creatorRole: "owner",
        allowUserToCreateOrganization: true,
        membershipLimit: 200,
        invitationExpiresIn: 7 * DAY,
        async sendInvitationEmail({ id, email, organization: clinic }) {
          const url = `${settings.frontendUrl}/accept-invite?id=${id}`;
          mailbox.send({ to: email, kind: "invitation", subject: `You're invited to join ${clinic.name} on temetro`, url, token: id });
        },
      }),
    ],
    rateLimit: {
      enabled: true,
      storage: "database",
      customRules: {
        "/sign-in/email": { window: 60, max: 5 },
        "/sign-up/email": { window: 60, max: 3 },
        "/request-password-reset": { window: 60, max: 3 },
      },
    },
    session: {
      expiresIn: 7 * DAY,
      updateAge: DAY,
      cookieCache: { enabled: true, maxAge: 300 },
    },
    advanced: {
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { sameSite: "lax" },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
      // temetro leaves this unset, which means false except under NODE_ENV=test, where Better Auth
      // turns every Origin/CSRF check off. Pinned so the reference answers the same under a test runner.
      disableOriginCheck: false,
    },
    async trustedOrigins(request) {
      const origin = request?.headers.get("origin");
      return origin && isAllowedOrigin(origin, originPolicy) ? [settings.frontendUrl, origin] : [settings.frontendUrl];
    },
    databaseHooks: {
      session: {
        create: {
          // A returning member lands in one of their clinics (limit 1, no ORDER BY, as temetro does).
          // temetro reads it with pool.query, a second connection inside Better Auth's sign-up
          // transaction: ten concurrent sign-ups hold the pool's ten and wait for an eleventh forever.
          // The reference reads it through the transaction's own adapter (decision D35).
          async before(session, context) {
            const adapter = context === null ? undefined : await getCurrentAdapter(context.context.adapter);
            const member = adapter === undefined
              ? (await database.query<{ organizationId: string }>('select "organizationId" from "member" where "userId" = $1 limit 1', [session.userId])).rows[0]
              : await adapter.findOne<{ organizationId: string }>({ model: "member", where: [{ field: "userId", value: session.userId }] });
            const clinic = member?.organizationId;
            return clinic ? { data: { ...session, activeOrganizationId: clinic } } : undefined;
          },
          async after(session) {
            log(`[audit] session.created user=${session.userId} ip=${session.ipAddress || "-"}`);
          },
        },
      },
    },
  } satisfies BetterAuthOptions;
}

/** temetro's Better Auth instance over the given pool, mailbox and origins. */
export function createAuth(settings: AuthSettings) {
  return betterAuth(createAuthOptions(settings));
}

export type Auth = ReturnType<typeof createAuth>;
