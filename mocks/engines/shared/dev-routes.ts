// A mock engine's own routes beside the app's: GET /health, the dev outbox (GET lists, `?to=` filters;
// DELETE empties it) and POST /__dev/reset (an empty database, outbox and rate-limit memory).
import type { DevOutbox } from "./dev-outbox.ts";

export type DevRouteServices = { outbox: Pick<DevOutbox<{ to: string }>, "list" | "clear">; reset(): Promise<void> };

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** The answer of a dev route, or undefined when the request is for none of them. */
export async function answerDevRoute(services: DevRouteServices, request: Request, url: URL): Promise<Response | undefined> {
  const route = `${request.method} ${url.pathname}`;
  switch (route) {
    case "GET /health":
      return json(200, { status: "ok" });
    case "GET /__dev/outbox":
      return json(200, services.outbox.list(url.searchParams.get("to") ?? undefined));
    case "DELETE /__dev/outbox":
      services.outbox.clear();
      return new Response(null, { status: 204 });
    case "POST /__dev/reset":
      await services.reset();
      return new Response(null, { status: 204 });
    default:
      return url.pathname === "/health" || url.pathname.startsWith("/__dev/") ? json(404, { error: `No dev route ${route}: GET /health, GET|DELETE /__dev/outbox, POST /__dev/reset.` }) : undefined;
  }
}
