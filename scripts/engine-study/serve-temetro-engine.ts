// temetro's Better Auth on the better-auth engine, in memory, on a port, for `verify --url` and the
// HTTP benchmark:  node scripts/engine-study/serve-temetro-engine.ts [--port 4100] (0 picks one; default $PORT, else 4100)
import { parseArgs } from "node:util";
import { serveOverHttp } from "#mocks/engines/serve-over-http";
import { createTemetroEngine } from "./temetro-engine.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "4100" } } });
const serving = await serveOverHttp((url) => createTemetroEngine({ baseURL: url, log: () => {} }).fetch, { port: Number(values.port), host: "127.0.0.1" });
console.log(`temetro on the better-auth engine listening on ${serving.url}`);
const stop = () => void serving.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
