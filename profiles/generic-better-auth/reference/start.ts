// Entry point: start the database and the OpenID Connect provider, migrate, listen; on
// SIGINT/SIGTERM/SIGHUP stop all three (PORT, OIDC_PORT, BETTER_AUTH_URL, BETTER_AUTH_SECRET,
// DATABASE_URL or a private cluster, FRONTEND_URL, TRUSTED_ORIGINS, TEMETRO_TEST_MAILBOX=1).
import { runProfileReference } from "../../../reference/run-profile-reference.ts";
import { OAUTH_PROVIDERS } from "../config/auth-options.ts";
import { createGenericReference } from "./create-generic-reference.ts";
import { startOidcProvider } from "./oidc-provider.ts";

await runProfileReference({
  name: "generic-better-auth",
  devSecret: "generic-better-auth-reference-dev-secret-do-not-use",
  async startService(publicHost) {
    const provider = await startOidcProvider({ host: publicHost, port: Number(process.env.OIDC_PORT ?? 0) });
    console.log(`[reference] OpenID Connect provider for ${OAUTH_PROVIDERS.join(", ")} at ${provider.issuer}`);
    return provider;
  },
  build(settings, provider) {
    if (provider === undefined) throw new Error("Failed to build the generic reference: its OpenID Connect provider did not start.");
    return createGenericReference({ ...settings, oauthEndpoints: provider.endpoints });
  },
  devRoutes: "GET /__dev/outbox?to=<email>",
});
