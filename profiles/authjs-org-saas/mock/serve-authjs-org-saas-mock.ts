// The Auth.js organization SaaS's mock on a port (the `mock --profile authjs-org-saas` command and
// serve.ts). Auth.js takes its origin from each request (trustHost), so nothing names the port.
import { serveOverHttp } from "#mocks/engines/serve-over-http";
import type { HttpServing } from "#mocks/engines/serve-over-http";
import { createAuthjsOrgSaasMock } from "./create-authjs-org-saas-mock.ts";

export type ServeOptions = { port?: number; host?: string; frontendOrigin?: string; log?: (line: string) => void };

/** Serves the mock until closed, and prints where everything is. */
export async function serveAuthjsOrgSaasMock(options: ServeOptions = {}): Promise<HttpServing> {
  const { port = 4000, host = "127.0.0.1", frontendOrigin = "http://localhost:3000" } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const serving = await serveOverHttp(() => createAuthjsOrgSaasMock({ frontendOrigin, log }).fetch, { port, host });
  log(`The Auth.js organization SaaS mock is listening on ${serving.url} (frontend ${frontendOrigin}).`);
  log(`  Auth.js:  ${serving.url}/api/auth/{csrf,providers,callback/credentials,session,signout}`);
  log(`  App:      POST ${serving.url}/api/auth/{register,verify-email,resend-verification,forgot-password,reset-password}`);
  log(`  Emails:   GET ${serving.url}/__dev/outbox[?to=<email>]   Reset: POST ${serving.url}/__dev/reset`);
  return serving;
}
