// temetro-contract/mocks/browser: the mock inside a browser tab, behind msw's Service Worker.
//
//   1. Once per app, copy msw's worker script into the folder your dev server serves at `/`:
//        npx msw init public/ --save   (with --save, `npm install` refreshes it after an msw upgrade)
//   2. Before the app's first request, and before socket.io-client is imported:
//        import { createMockWorker } from "temetro-contract/mocks/browser";
//        const { start, api } = await createMockWorker({ seed: "demo" });
//        await start();           // worker.start() with non-API requests passed through
//
// Requests to `<any origin>/api/*`, `/health` and `/__dev/*` are answered in the tab; everything else
// goes to the network. Cookies: a Service Worker's response cannot set cookies and a page cannot read
// HttpOnly ones, so msw keeps mocked `Set-Cookie`s in its own jar (localStorage key
// `__msw-cookie-store__`) and sends them back as the `Cookie` of `credentials: "include"` (or
// same-origin) requests. Sign-up, get-session and sign-out behave as against temetro, but HttpOnly is
// not enforced: page scripts can read the session cookies from localStorage, and the jar outlives
// reloads until sign-out. Socket.io to `baseUrl` (default http://localhost:4000; pass your page's
// origin if the app connects to itself) works over the WebSocket transport (`transports:
// ["websocket", "polling"]`, as temetro's frontend connects), authenticated by the same jar.
import type { RequestHandler, WebSocketHandler } from "msw";
import { setupWorker, type SetupWorker } from "msw/browser";
import { browserHeaders } from "./browser/browser-headers.ts";
import { socketIoLink } from "./browser/socket-io-link.ts";
import { resolveConfig } from "./core/config.ts";
import { createMockApi } from "./create-mock-api.ts";
import type { MockApi, MockOptions } from "./glossary.ts";

export { createMockApi };
export type { MockApi, MockOptions } from "./glossary.ts";

type StartOptions = NonNullable<Parameters<SetupWorker["start"]>[0]>;

export type MockWorkerOptions = MockOptions & {
  /** Serve this mock instead of creating one from the options (pass the same baseUrl it has). */
  api?: MockApi;
};

export type MockWorkerSetup = {
  worker: SetupWorker;
  api: MockApi;
  /** `worker.start(options)` with `onUnhandledFrame: "bypass"` unless you say otherwise. */
  start(options?: StartOptions): ReturnType<SetupWorker["start"]>;
};

/** A new mock and an msw worker over its handlers and its Socket.io; `start()` registers the Service Worker. */
export async function createMockWorker(options: MockWorkerOptions = {}): Promise<MockWorkerSetup> {
  const { api: givenApi, ...mockOptions } = options;
  const api = givenApi ?? (await createMockApi(mockOptions));
  const worker = setupWorker(...createBrowserHandlers(api, resolveConfig(mockOptions).baseUrl));
  return { worker, api, start: (startOptions) => worker.start({ onUnhandledFrame: "bypass", ...startOptions }) };
}

/**
 * The mock's handlers as a tab needs them, for your own `setupWorker(...yours, ...createBrowserHandlers(api))`:
 * the headers a browser adds after the Service Worker, every operation, and Socket.io to `baseUrl`.
 */
export function createBrowserHandlers(api: MockApi, baseUrl = "http://localhost:4000"): Array<RequestHandler | WebSocketHandler> {
  return [...browserHeaders(), ...api.handlers, socketIoLink(api, baseUrl)];
}
