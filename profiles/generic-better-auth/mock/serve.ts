// The generic Better Auth app's mock on a port, for a frontend and a browser to talk to:
//   node profiles/generic-better-auth/mock/serve.ts [--port 4000] [--host 127.0.0.1] [--origin http://localhost:3000]
// The port defaults to $PORT, else 4000 (0 picks a free one); Better Auth's baseURL is
// http://localhost:<port> unless --base-url says otherwise.
import { parseArgs } from "node:util";
import { serveOverHttp } from "#mocks/engines/serve-over-http";
import { createGenericBetterAuthMock } from "./create-generic-better-auth-mock.ts";

const { values } = parseArgs({
  options: { port: { type: "string", default: process.env.PORT ?? "4000" }, host: { type: "string", default: "127.0.0.1" }, origin: { type: "string", default: "http://localhost:3000" }, "base-url": { type: "string" } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Failed to read --port "${values.port}": give a port from 0 to 65535.`);

const serving = await serveOverHttp(
  (url) => createGenericBetterAuthMock({ baseURL: values["base-url"] ?? `http://localhost:${new URL(url).port}`, frontendOrigin: values.origin }).fetch,
  { port, host: values.host },
);
console.log(`The generic Better Auth mock is listening on ${serving.url} (frontend ${values.origin}).`);
console.log(`  Better Auth:  ${serving.url}/api/auth/*   OAuth providers: ${serving.url}/__oauth/{google,github,discord}/authorize`);
console.log(`  Emails:       GET ${serving.url}/__dev/outbox[?to=<email>]   Reset: POST ${serving.url}/__dev/reset`);
const stop = () => void serving.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
