// The Better Auth SaaS of seed 003, as one options object for the real `better-auth`: the profile's
// mock runs it in memory, its reference deployment on PostgreSQL. Email sign-up that signs in,
// verification mails (on sign-up and again on each sign-in while unverified), password reset, a JWT
// for API access valid for one hour with its JWKS, the subscription on get-session, and
// organizations only for verified emails. Where the seed's document and this differ: ../decisions/.
import type { BetterAuthOptions } from "better-auth";
import { createAuthMiddleware, sendVerificationEmailFn } from "better-auth/api";
import { customSession, jwt, organization } from "better-auth/plugins";
import { betterAuthDefaults, mailCallbacks } from "../../generic-better-auth/config/auth-options.ts";
import type { BetterAuthAppSettings, ProfileMail } from "../../generic-better-auth/config/auth-options.ts";
import type { SubscriptionStore } from "./subscriptions.ts";

export type { ProfileMail };

export type SaasAuthSettings = BetterAuthAppSettings & {
  /** Where get-session reads the subscription from (memory in the mock, a table in the reference). */
  subscriptions: Pick<SubscriptionStore, "read">;
};

/** The seed: "JWT token valid for 1 hour" (BS07). */
export const JWT_LIFETIME_SECONDS = 60 * 60;

/**
 * Better Auth 1.7 sends the verification email on sign-in only when sign-in is refused for an
 * unverified email (requireEmailVerification); this app signs unverified users in (the seed's
 * sign-up answers a session), so an after-hook sends it with Better Auth's own function (BS04).
 */
const resendVerificationOnSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email") return;
  const user = ctx.context.newSession?.user;
  if (user !== undefined && !user.emailVerified) await sendVerificationEmailFn(ctx, user);
});

/** The options handed to betterAuth() for this profile; also what the schema migration reads. */
export function createSaasAuthOptions(settings: SaasAuthSettings) {
  const mail = mailCallbacks(settings.sendMail);
  return {
    appName: "better-auth-saas",
    baseURL: settings.baseURL,
    secret: settings.secret,
    database: settings.database,
    trustedOrigins: settings.trustedOrigins,
    emailAndPassword: {
      enabled: true,
      // The seed's sign-up answers a session and gates only organizations on verification (BS03).
      requireEmailVerification: false,
      ...(settings.password === undefined ? {} : { password: settings.password }),
      sendResetPassword: mail.sendResetPassword,
    },
    emailVerification: {
      sendOnSignUp: true,
      // Acts in Better Auth only with requireEmailVerification; kept so that turning that on keeps the mail (BS04).
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: mail.sendVerificationEmail,
    },
    hooks: { after: resendVerificationOnSignIn },
    plugins: [
      // EdDSA (Ed25519) keys, Better Auth's default, published at /jwks; one hour instead of the default 15 minutes (BS07, BS08).
      jwt({ jwt: { expirationTime: `${JWT_LIFETIME_SECONDS}s` } }),
      organization({ allowUserToCreateOrganization: (user) => user.emailVerified === true }),
      // The seed's get-session carries the subscription beside the user and the session (BS05).
      customSession(async ({ user, session }) => ({ user, session, subscription: await settings.subscriptions.read(user.email) })),
    ],
    // The same limits, session, cookies and origin check as generic-better-auth's app (BS14).
    ...betterAuthDefaults(settings.baseURL),
  } satisfies BetterAuthOptions;
}
