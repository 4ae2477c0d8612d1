// temetro-contract/mocks/node: the mock inside a Node process, for your own tests (msw's setupServer).
//
//   import { createMockServer } from "temetro-contract/mocks/node";
//
//   const { server, api } = await createMockServer({ frontendUrl: "http://localhost:3000" });
//   beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
//   afterEach(async () => {
//     server.resetHandlers(); // drops handlers a test added with server.use(...)
//     await api.reset();      // empties users, sessions, clinics, outbox and rate limits, then re-seeds
//   });
//   afterAll(() => server.close());
//
// Every request to `<any origin>/api/*`, `/health` and `/__dev/*` made with global fetch, node:http or
// XMLHttpRequest is answered by the mock. Node keeps no cookie jar (msw 3 leaves cookies to the client):
// send the `Set-Cookie` values back yourself as a `Cookie` header, with an `Origin` on POSTs as a browser
// would. Without `X-Forwarded-For` every request counts as 127.0.0.1 for the rate limits; send a distinct
// one per simulated client. Move time with `api.clock.advance(ms)`; read emails with `api.outbox.list(to)`.
// To bypass interception entirely, hand requests to `api.fetch(request)`.
import { setupServer, type SetupServer } from "msw/node";
import { createMockApi } from "./create-mock-api.ts";
import type { MockApi, MockOptions } from "./glossary.ts";

export { createMockApi };
export type { MockApi, MockOptions } from "./glossary.ts";

export type MockServerSetup = { server: SetupServer; api: MockApi };

/** A new mock and an msw server over its handlers; call `server.listen()` to start intercepting. */
export async function createMockServer(options: MockOptions = {}): Promise<MockServerSetup> {
  const api = await createMockApi(options);
  return { server: setupServer(...api.handlers), api };
}
