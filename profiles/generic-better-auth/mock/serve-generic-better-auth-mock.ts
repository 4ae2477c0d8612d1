// The generic Better Auth app's mock on a port (the `mock --profile generic-better-auth` command and
// serve.ts): its Better Auth baseURL is the port it really listens on unless one is given.
import { serveOverHttp } from "#mocks/engines/serve-over-http";
import type { HttpServing } from "#mocks/engines/serve-over-http";
import { createGenericBetterAuthMock } from "./create-generic-better-auth-mock.ts";

export type ServeOptions = { port?: number; host?: string; frontendOrigin?: string; baseUrl?: string; log?: (line: string) => void };

/** Serves the mock until closed, and prints where everything is. */
export async function serveGenericBetterAuthMock(options: ServeOptions = {}): Promise<HttpServing> {
  const { port = 4000, host = "127.0.0.1", frontendOrigin = "http://localhost:3000" } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const serving = await serveOverHttp(
    (url) => createGenericBetterAuthMock({ baseURL: options.baseUrl ?? `http://localhost:${new URL(url).port}`, frontendOrigin, log }).fetch,
    { port, host },
  );
  log(`The generic Better Auth mock is listening on ${serving.url} (frontend ${frontendOrigin}).`);
  log(`  Better Auth:  ${serving.url}/api/auth/*   OAuth providers: ${serving.url}/__oauth/{google,github,discord}/authorize`);
  log(`  Emails:       GET ${serving.url}/__dev/outbox[?to=<email>]   Reset: POST ${serving.url}/__dev/reset`);
  return serving;
}
