// The Auth.js organization SaaS's mock on a port, for a frontend and a browser to talk to:
//   node profiles/authjs-org-saas/mock/serve.ts [--port 4000] [--host 127.0.0.1] [--origin http://localhost:3000]
// (installed: npx temetro-contract mock --profile authjs-org-saas)
import { parseArgs } from "node:util";
import { runUntilSignal } from "#mocks/server/serve-until-signal";
import { serveAuthjsOrgSaasMock } from "./serve-authjs-org-saas-mock.ts";

const { values } = parseArgs({
  options: { port: { type: "string", default: "4000" }, host: { type: "string", default: "127.0.0.1" }, origin: { type: "string", default: "http://localhost:3000" } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Failed to read --port "${values.port}": give a port from 0 to 65535.`);
await runUntilSignal(undefined, (log) => serveAuthjsOrgSaasMock({ port, host: values.host, frontendOrigin: values.origin, log }));
