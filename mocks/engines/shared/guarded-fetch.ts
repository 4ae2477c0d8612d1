// The outer layer of every mock engine's fetch: CORS for the frontend (a preflight answered here,
// the headers added to every answer), and a throw anywhere below turned into a logged 500.
import { answerPreflight, withCors } from "./cors.ts";
import type { CorsPolicy } from "./cors.ts";

type FetchHandler = (request: Request) => Promise<Response>;

/** `route` behind CORS and a last-resort 500 (a bug of the engine, logged with its stack). */
export function guardedFetch(policy: CorsPolicy, log: (line: string) => void, route: FetchHandler): FetchHandler {
  return async (request) => {
    const preflight = answerPreflight(policy, request);
    if (preflight !== undefined) return preflight;
    try {
      return withCors(policy, request, await route(request));
    } catch (error) {
      log(`[engine] ${request.method} ${request.url} failed, a bug: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return withCors(policy, request, Response.json({ error: "The mock engine failed to answer; see its log." }, { status: 500 }));
    }
  };
}
