// A mock engine that is the real `better-auth`, in memory: the app's options object runs over
// Better Auth's memoryAdapter with a cheap password hash and a dev outbox, and every request is a
// fetch `Request` answered by `auth.handler`. Environment-free (fetch and Web Crypto only), so the
// same engine serves a test process, a node:http server (serve-over-http.ts) and a browser tab.
import { betterAuth } from "better-auth";
import type { BetterAuthOptions } from "better-auth";
import { guardedFetch } from "../shared/guarded-fetch.ts";
import type { CorsPolicy } from "../shared/cors.ts";
import { answerDevRoute } from "../shared/dev-routes.ts";
import { createDevOutbox } from "../shared/dev-outbox.ts";
import type { DevOutbox } from "../shared/dev-outbox.ts";
import { createMemoryDatabase } from "./memory-database.ts";
import type { MemoryDatabase } from "./memory-database.ts";
import { mockPasswordHash } from "../shared/mock-password.ts";

/** What the engine hands the app's options factory. */
export type EngineServices<M extends { to: string }> = {
  /** Better Auth's memoryAdapter over the engine's tables: the options' `database`. */
  database: MemoryDatabase["adapter"];
  /** The mock's salted SHA-256 (mock-password.ts): the options' `emailAndPassword.password`. */
  password: typeof mockPasswordHash;
  /** Puts an email in the dev outbox. */
  sendMail: (mail: M) => void;
};

/** Routes served beside the app's (a mock OAuth provider): asked first, reset with the engine. */
export type EngineExtension = { handles(request: Request): boolean; fetch(request: Request): Promise<Response>; reset?(): void };

export type BetterAuthEngineOptions<M extends { to: string }> = {
  /** The app's Better Auth options over the engine's services; called again on every reset. */
  options: (services: EngineServices<M>) => BetterAuthOptions;
  /** The frontend origins allowed to read answers with credentials; none when absent. */
  cors?: CorsPolicy;
  extensions?: readonly EngineExtension[];
  /** One line per email sent, per Better Auth log line and per answer that failed; default console.log. */
  log?: (line: string) => void;
};

export type BetterAuthEngine<M extends { to: string }> = {
  /** Answers one request: the app's routes under Better Auth's basePath, the extensions, /health and /__dev/*. */
  fetch(request: Request): Promise<Response>;
  outbox: Pick<DevOutbox<M>, "list" | "clear">;
  /** A fresh Better Auth over empty tables (rate-limit memory included), an empty outbox, reset extensions. */
  reset(): Promise<void>;
};

type Instance = { handler: (request: Request) => Promise<Response>; basePath: string };

/** Starts an engine: Better Auth is built now, and rebuilt by every reset. */
export function createBetterAuthEngine<M extends { to: string }>(settings: BetterAuthEngineOptions<M>): BetterAuthEngine<M> {
  const log = settings.log ?? ((line: string) => console.log(line));
  const outbox = createDevOutbox<M>(log);
  const extensions = settings.extensions ?? [];
  const build = (): Instance => {
    const database = createMemoryDatabase();
    const appOptions = settings.options({ database: database.adapter, password: mockPasswordHash, sendMail: (mail) => void outbox.send(mail) });
    // Better Auth's own log lines (a refused state, a failed code exchange) go where the engine's go.
    const options: BetterAuthOptions = { ...appOptions, logger: { ...appOptions.logger, log: appOptions.logger?.log ?? ((level, message) => log(`[better-auth] ${level}: ${message}`)) } };
    database.createTables(options);
    return { handler: betterAuth(options).handler, basePath: options.basePath ?? "/api/auth" };
  };
  let instance = build();
  // Better Auth's requests run one at a time, as if each were a serializable transaction: memoryAdapter
  // has no unique index, so sign-ups that interleave at an await would all pass the "email taken?"
  // check and make one account each, where PostgreSQL lets one win.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = (request: Request): Promise<Response> => {
    const answer = queue.then(() => instance.handler(request));
    queue = answer.catch(() => undefined);
    return answer;
  };

  const reset = async () => {
    instance = build();
    outbox.clear();
    for (const extension of extensions) extension.reset?.();
  };
  const route = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.pathname === instance.basePath || url.pathname.startsWith(`${instance.basePath}/`)) return inTurn(request);
    const extension = extensions.find((candidate) => candidate.handles(request));
    if (extension !== undefined) return extension.fetch(request);
    return (await answerDevRoute({ outbox, reset }, request, url)) ?? Response.json({ error: `No route ${request.method} ${url.pathname}` }, { status: 404 });
  };

  return {
    fetch: guardedFetch(settings.cors ?? { origins: [] }, log, route),
    outbox,
    reset,
  };
}
