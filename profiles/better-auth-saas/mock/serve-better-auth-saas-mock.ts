// The Better Auth SaaS mock on a port (the `mock --profile better-auth-saas` command and serve.ts):
// its Better Auth baseURL is the port it really listens on unless one is given.
import { serveOverHttp } from "#mocks/engines/serve-over-http";
import type { HttpServing } from "#mocks/engines/serve-over-http";
import { createBetterAuthSaasMock } from "./create-better-auth-saas-mock.ts";
import type { BetterAuthSaasMockOptions } from "./create-better-auth-saas-mock.ts";

export type ServeOptions = { port?: number; host?: string; frontendOrigin?: string; baseUrl?: string; subscriptions?: BetterAuthSaasMockOptions["subscriptions"]; log?: (line: string) => void };

/** Serves the mock until closed, and prints where everything is. */
export async function serveBetterAuthSaasMock(options: ServeOptions = {}): Promise<HttpServing> {
  const { port = 4000, host = "127.0.0.1", frontendOrigin = "http://localhost:3000" } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const serving = await serveOverHttp(
    (url) => createBetterAuthSaasMock({ baseURL: options.baseUrl ?? `http://localhost:${new URL(url).port}`, frontendOrigin, log, ...(options.subscriptions === undefined ? {} : { subscriptions: options.subscriptions }) }).fetch,
    { port, host },
  );
  log(`The Better Auth SaaS mock is listening on ${serving.url} (frontend ${frontendOrigin}).`);
  log(`  Better Auth:  ${serving.url}/api/auth/*   JWT: GET ${serving.url}/api/auth/token, keys at GET ${serving.url}/api/auth/jwks`);
  log(`  Emails:       GET ${serving.url}/__dev/outbox[?to=<email>]   Reset: POST ${serving.url}/__dev/reset`);
  log(`  Paywall:      POST ${serving.url}/__dev/subscriptions {"email", "state": "subscribed"|"trial"|"none"}`);
  return serving;
}
