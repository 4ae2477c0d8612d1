// temetro-contract/mocks/handlers: the contract's msw handlers for your own setupServer / setupWorker,
// composed with handlers of your own (msw's mocks/handlers.ts convention).
//
//   import { setupServer } from "msw/node";
//   import { createHandlers } from "temetro-contract/mocks/handlers";
//
//   const { handlers, api } = await createHandlers({ seed: "demo" });
//   const server = setupServer(...myOverrides, ...handlers);   // handlers listed first win in msw
//
// In a browser, use `createBrowserHandlers` from temetro-contract/mocks/browser instead: it adds the
// request headers a browser fills in after the Service Worker and the Socket.io link.
import type { HttpHandler } from "msw";
import { createMockApi } from "./create-mock-api.ts";
import type { MockApi, MockOptions } from "./glossary.ts";

export { createMockApi };
export type { MockApi, MockOptions, SeedInfo, SeedUser, OutboxMessage, Clock } from "./glossary.ts";

/** A new mock and its msw handlers, one per operation of the contract plus temetro's fallbacks. */
export async function createHandlers(options: MockOptions = {}): Promise<{ handlers: HttpHandler[]; api: MockApi }> {
  const api = await createMockApi(options);
  return { handlers: api.handlers, api };
}
