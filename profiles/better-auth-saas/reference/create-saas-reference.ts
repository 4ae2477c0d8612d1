// The environment-free core: real Better Auth with the profile's one options object, the
// subscription table, the test mailbox and the Express app, over a given PostgreSQL pool.
import express from "express";
import type { Express, Router } from "express";
import { betterAuth } from "better-auth";
import { createSaasAuthOptions } from "../config/auth-options.ts";
import { parseSubscriptionSeed } from "../config/subscriptions.ts";
import type { SubscriptionStore } from "../config/subscriptions.ts";
import { migrateAuthSchema } from "../../../reference/database.ts";
import { createMailbox } from "../../../reference/mailbox.ts";
import type { Mailbox } from "../../../reference/mailbox.ts";
import { profileExpressApp, withLogLines } from "../../../reference/profile-app.ts";
import type { ProfileAppSettings } from "../../../reference/profile-app.ts";
import { subscriptionTable } from "./subscription-table.ts";

/** With the test mailbox on, POST /__dev/subscriptions is served too. */
export type SaasReferenceSettings = ProfileAppSettings;

export type SaasReference = {
  auth: ReturnType<typeof createSaasAuth>;
  app: Express;
  mailbox: Mailbox;
  /** Create or update Better Auth's tables and the subscription table; run once before serving. */
  migrate: () => Promise<void>;
};

function createSaasAuth(settings: SaasReferenceSettings, mailbox: Mailbox, subscriptions: SubscriptionStore) {
  const options = createSaasAuthOptions({
    baseURL: settings.baseURL,
    secret: settings.secret,
    database: settings.database,
    trustedOrigins: settings.trustedOrigins,
    sendMail: (mail) => void mailbox.send(mail),
    subscriptions,
  });
  return betterAuth(withLogLines(options, settings.log));
}

/** POST /__dev/subscriptions: the same seed the mock takes, stored in the table. */
function devSubscriptionsRouter(subscriptions: SubscriptionStore): Router {
  const router = express.Router();
  router.post("/", express.json(), async (req, res) => {
    const parsed = parseSubscriptionSeed(req.body);
    if ("error" in parsed) return void res.status(400).json({ error: parsed.error });
    res.json({ email: parsed.seed.email, subscription: await subscriptions.seed(parsed.seed) });
  });
  return router;
}

/** Wire the profile's Better Auth into an Express 5 app the way Better Auth's Express guide does. */
export function createSaasReference(settings: SaasReferenceSettings): SaasReference {
  const log = settings.log ?? ((line: string) => console.log(line));
  const mailbox = createMailbox({ enabled: settings.testMailbox, log });
  const subscriptions = subscriptionTable(settings.database);
  const auth = createSaasAuth(settings, mailbox, subscriptions);
  const app = profileExpressApp(auth, settings, mailbox, { "/__dev/subscriptions": devSubscriptionsRouter(subscriptions) });
  return {
    auth,
    app,
    mailbox,
    migrate: async () => {
      await migrateAuthSchema(auth.options);
      await subscriptions.migrate();
    },
  };
}
