// A mock engine that is the real Auth.js (`@auth/core`), in memory: the app's AuthConfig is handed
// to `Auth(request, config)` for every request under its basePath, so CSRF, cookies, JWTs and
// callbacks are Auth.js's own. The app's routes Auth.js does not know (registration, a reset by
// token) are answered first, with a dev outbox and the cheap mock password hash. Environment-free
// (fetch and Web Crypto only): the same engine serves a test process and a node:http server.
import { Auth } from "@auth/core";
import type { AuthConfig } from "@auth/core";
import { answerDevRoute, createDevOutbox, guardedFetch, mockPasswordHash } from "../shared/index.ts";
import type { CorsPolicy, DevOutbox, PasswordHash } from "../shared/index.ts";
import { compilePath, matchPath } from "#openapi/document/path-template";

/** What the engine hands the app on every (re)start. */
export type AuthjsEngineServices<M extends { to: string }> = {
  /** Puts an email in the dev outbox. */
  sendMail: (mail: M) => void;
  /** The mock's salted SHA-256: the app hashes with it and its Credentials check verifies with it. */
  password: PasswordHash;
  /** One line for the engine's log. */
  log: (line: string) => void;
};

/** A route of the app's own, answered before Auth.js; `path` is a template like the spec's (`/__dev/organizations/{id}`). */
export type AppRoute = { method: string; path: string; answer(request: Request, params: Record<string, string>): Promise<Response> };

/** The app as it starts over empty state: its Auth.js config and its own routes. */
export type AuthjsApp = { config: AuthConfig; routes: readonly AppRoute[] };

export type AuthjsEngineOptions<M extends { to: string }> = {
  /** Builds the app over fresh state; called now and again by every reset. */
  app: (services: AuthjsEngineServices<M>) => AuthjsApp;
  /** The frontend origins allowed to read answers with credentials; none when absent. */
  cors?: CorsPolicy;
  /** One line per email sent, per Auth.js error or warning and per answer that failed; default console.log. */
  log?: (line: string) => void;
};

export type AuthjsEngine<M extends { to: string }> = {
  /** Answers one request: the app's routes, Auth.js under its basePath, /health and /__dev/*. */
  fetch(request: Request): Promise<Response>;
  outbox: Pick<DevOutbox<M>, "list" | "clear">;
  /** The app over empty state again, and an empty outbox. */
  reset(): Promise<void>;
};

/** Auth.js's log lines (a refused sign-in is an "error" to it) go where the engine's go, one line each. */
function engineLogger(log: (line: string) => void): NonNullable<AuthConfig["logger"]> {
  return {
    error: (error) => log(`[auth.js] ${error.name}: ${error.message.split("\n")[0] ?? ""}`),
    warn: (code) => log(`[auth.js] warning ${code}`),
    debug: () => {},
  };
}

/** Starts an engine: the app is built now, and rebuilt by every reset. */
export function createAuthjsEngine<M extends { to: string }>(settings: AuthjsEngineOptions<M>): AuthjsEngine<M> {
  const log = settings.log ?? ((line: string) => console.log(line));
  const outbox = createDevOutbox<M>(log);
  const build = () => {
    const app = settings.app({ sendMail: (mail) => void outbox.send(mail), password: mockPasswordHash, log });
    const routes = app.routes.map((route) => ({ ...route, ...compilePath(route.path), method: route.method.toLowerCase() }));
    return { routes, config: { ...app.config, logger: app.config.logger ?? engineLogger(log) } };
  };
  let app = build();
  const reset = async () => {
    app = build();
    outbox.clear();
  };
  const route = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const own = matchPath(app.routes, request.method, url.pathname);
    if (own !== undefined) return own.operation.answer(request, own.params);
    const basePath = app.config.basePath ?? "/auth";
    if (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`)) return Auth(request, app.config);
    return (await answerDevRoute({ outbox, reset }, request, url)) ?? Response.json({ error: `No route ${request.method} ${url.pathname}` }, { status: 404 });
  };

  return {
    fetch: guardedFetch(settings.cors ?? { origins: [] }, log, route),
    outbox,
    reset,
  };
}
