// The environment-free core: real Better Auth with the profile's one options object, the test
// mailbox and the Express app, over a given PostgreSQL pool and OpenID Connect provider.
import type { Express } from "express";
import { betterAuth } from "better-auth";
import { createGenericAuthOptions } from "../config/auth-options.ts";
import type { OAuthEndpoints, OAuthProviderId } from "../config/auth-options.ts";
import { migrateAuthSchema } from "../../../reference/database.ts";
import { createMailbox } from "../../../reference/mailbox.ts";
import type { Mailbox } from "../../../reference/mailbox.ts";
import { profileExpressApp, withLogLines } from "../../../reference/profile-app.ts";
import type { ProfileAppSettings } from "../../../reference/profile-app.ts";

export type GenericReferenceSettings = ProfileAppSettings & { oauthEndpoints: (provider: OAuthProviderId) => OAuthEndpoints };

export type GenericReference = {
  auth: ReturnType<typeof createGenericAuth>;
  app: Express;
  mailbox: Mailbox;
  /** Create or update Better Auth's tables for these options; run once before serving. */
  migrate: () => Promise<void>;
};

function createGenericAuth(settings: GenericReferenceSettings, mailbox: Mailbox) {
  const options = createGenericAuthOptions({
    baseURL: settings.baseURL,
    secret: settings.secret,
    database: settings.database,
    trustedOrigins: settings.trustedOrigins,
    sendMail: (mail) => void mailbox.send(mail),
    oauthEndpoints: settings.oauthEndpoints,
  });
  return betterAuth(withLogLines(options, settings.log));
}

/** Wire the profile's Better Auth into an Express 5 app the way Better Auth's Express guide does. */
export function createGenericReference(settings: GenericReferenceSettings): GenericReference {
  const log = settings.log ?? ((line: string) => console.log(line));
  const mailbox = createMailbox({ enabled: settings.testMailbox, log });
  const auth = createGenericAuth(settings, mailbox);
  const app = profileExpressApp(auth, settings, mailbox);
  return { auth, app, mailbox, migrate: () => migrateAuthSchema(auth.options) };
}
