// Entry point: `npm run reference:better-auth-saas` (PORT, BETTER_AUTH_URL, BETTER_AUTH_SECRET,
// DATABASE_URL or a private cluster, FRONTEND_URL, TRUSTED_ORIGINS, TEMETRO_TEST_MAILBOX=1).
import { runProfileReference } from "../../../reference/run-profile-reference.ts";
import { createSaasReference } from "./create-saas-reference.ts";

await runProfileReference({
  name: "better-auth-saas",
  devSecret: "better-auth-saas-reference-dev-secret-do-not-use",
  build: (settings) => createSaasReference(settings),
  devRoutes: "GET /__dev/outbox?to=<email>, POST /__dev/subscriptions {email, state}",
});
