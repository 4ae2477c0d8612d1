// The generic Better Auth app of seed 004, as one options object for the real `better-auth`: the
// profile's mock runs it in memory, its reference deployment on PostgreSQL, so both are configured
// the same way by construction. What the seed document says and what this configuration does where
// they differ is the profile's decision log (../decisions/).
import type { BetterAuthOptions } from "better-auth";
import { genericOAuth } from "better-auth/plugins";
import type { GenericOAuthConfig } from "better-auth/plugins/generic-oauth";

/** The OAuth providers the seed names. Each is an OpenID Connect provider the deployment points at. */
export const OAUTH_PROVIDERS = ["google", "github", "discord"] as const;
export type OAuthProviderId = (typeof OAUTH_PROVIDERS)[number];

/** Where one provider's endpoints are: a real local OIDC provider for the reference, the mock's own for the mock. */
export type OAuthEndpoints = { authorizationUrl: string; tokenUrl: string; userInfoUrl: string };

/**
 * A provider's token exchange and user info as functions instead of HTTP calls: the mock answers them
 * from its in-memory provider (no network inside a test process or a browser tab); the reference
 * leaves this out and Better Auth calls the URLs. Better Auth turns a throwing `getToken` into the
 * same `?error=invalid_code` redirect as a refused token request.
 */
export type OAuthExchange = Required<Pick<GenericOAuthConfig, "getToken" | "getUserInfo">>;

export type ProfileMail = {
  to: string;
  kind: "verify-email" | "reset-password";
  subject: string;
  url: string;
  token: string;
};

/** What any profile's options are built from: where the app lives, its database and mail, and the mock's password hash. */
export type BetterAuthAppSettings = {
  /** The app's public origin (Better Auth's baseURL); https turns on secure cookies. */
  baseURL: string;
  secret: string;
  /** A PostgreSQL pool for the reference, Better Auth's memoryAdapter for the mock. */
  database: BetterAuthOptions["database"];
  /** Origins allowed besides baseURL (the frontend). */
  trustedOrigins: string[];
  /** Where the emails go (a dev outbox in both deployments). */
  sendMail: (mail: ProfileMail) => void | Promise<void>;
  /** The mock replaces the password hash (scrypt costs ~200 ms a sign-up); the reference keeps Better Auth's own. */
  password?: NonNullable<BetterAuthOptions["emailAndPassword"]>["password"];
};

export type GenericAuthSettings = BetterAuthAppSettings & {
  oauthEndpoints: (provider: OAuthProviderId) => OAuthEndpoints;
  /** The mock's in-memory token exchange and user info; absent for the reference, which calls the URLs. */
  oauthExchange?: (provider: OAuthProviderId) => OAuthExchange;
};

const DAY = 60 * 60 * 24;

/** The client credentials the app registers at each provider (dev values: both sides are local). */
export function oauthClient(provider: OAuthProviderId): { clientId: string; clientSecret: string } {
  return { clientId: `${provider}-client`, clientSecret: `${provider}-secret` };
}

/** Better Auth's two email callbacks, each handing the app's mail to `sendMail` (other profiles' options reuse them). */
export function mailCallbacks(sendMail: (mail: ProfileMail) => void | Promise<void>) {
  return {
    async sendResetPassword({ user, url, token }: { user: { email: string }; url: string; token: string }) {
      await sendMail({ to: user.email, kind: "reset-password", subject: "Reset your password", url, token });
    },
    async sendVerificationEmail({ user, url, token }: { user: { email: string }; url: string; token: string }) {
      await sendMail({ to: user.email, kind: "verify-email", subject: "Verify your email", url, token });
    },
  };
}

/** What a profile's app takes as Better Auth sets it up: its rate limits, a 7-day session, cookies, the client IP header, the origin check. */
export function betterAuthDefaults(baseURL: string) {
  return {
    rateLimit: { enabled: true, storage: "memory", window: 10, max: 100 },
    session: { expiresIn: 7 * DAY, updateAge: DAY },
    advanced: {
      useSecureCookies: baseURL.startsWith("https://"),
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
      // Better Auth turns the origin check off under NODE_ENV=test; pinned so both answer the same under a test runner.
      disableOriginCheck: false,
    },
  } satisfies BetterAuthOptions;
}

/** The options handed to betterAuth() for this profile; also what the schema migration reads. */
export function createGenericAuthOptions(settings: GenericAuthSettings) {
  const mail = mailCallbacks(settings.sendMail);
  return {
    appName: "generic-better-auth",
    baseURL: settings.baseURL,
    secret: settings.secret,
    database: settings.database,
    trustedOrigins: settings.trustedOrigins,
    emailAndPassword: {
      enabled: true,
      // The seed lists EMAIL_NOT_VERIFIED and answers sign-up with the user alone: verification is required.
      requireEmailVerification: true,
      ...(settings.password === undefined ? {} : { password: settings.password }),
      sendResetPassword: mail.sendResetPassword,
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: mail.sendVerificationEmail,
    },
    user: {
      // The seed's session read carries the user's plan: stored on the user, set by the app, never by sign-up input.
      additionalFields: {
        plan: { type: "string", required: false, defaultValue: "free", input: false },
      },
    },
    account: { accountLinking: { enabled: true, trustedProviders: [...OAUTH_PROVIDERS] } },
    plugins: [
      genericOAuth({
        config: OAUTH_PROVIDERS.map((providerId) => ({
          providerId,
          ...oauthClient(providerId),
          ...settings.oauthEndpoints(providerId),
          ...settings.oauthExchange?.(providerId),
          scopes: ["openid", "email", "profile"],
          pkce: true,
        })),
      }),
    ],
    ...betterAuthDefaults(settings.baseURL),
  } satisfies BetterAuthOptions;
}
