// temetro's Better Auth on the better-auth engine, in memory, on a port, for `verify --url` and the
// HTTP benchmark:  node scripts/engine-study/serve-temetro-engine.ts [--port 4100] (0 picks one)
import { parseArgs } from "node:util";
import { serveOverHttp } from "#mocks/engines/serve-over-http";
import type { BetterAuthEngine } from "#mocks/engines/better-auth/index";
import { createTemetroEngine } from "./temetro-engine.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "4100" } } });
// The engine is made once the port is known, so its baseURL names the real one.
let engine: BetterAuthEngine<{ to: string }> | undefined;
const serving = await serveOverHttp((request) => (engine === undefined ? Promise.resolve(new Response(null, { status: 503 })) : engine.fetch(request)), { port: Number(values.port), host: "127.0.0.1" });
engine = createTemetroEngine({ baseURL: serving.url, log: () => {} });
console.log(`temetro on the better-auth engine listening on ${serving.url}`);
const stop = () => void serving.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
