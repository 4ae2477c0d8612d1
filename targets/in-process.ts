// The in-process target: a fresh mock inside the worker, requests handed straight to its handlers.
import { createMockApi } from "#mocks/create-mock-api";
import { temetroDocument } from "#openapi";
import { localRealtime } from "./in-process-realtime.ts";
import type { Target } from "./target.ts";
import { inProcessCapabilities } from "./target-config.ts";
import { createTargetCore } from "./target-core.ts";
import { inProcessSend } from "./transport/in-process-send.ts";

const BASE_URL = "http://localhost:4000";
const FRONTEND_ORIGIN = "http://localhost:3000";

/** A target over a new, empty, silent mock; it can do everything (clock, mailbox, per-actor IPs). */
export async function createInProcessTarget(options: { safe: boolean }): Promise<Target> {
  const api = await createMockApi({ baseUrl: BASE_URL, frontendUrl: FRONTEND_ORIGIN, log: () => {} });
  const realtime = localRealtime(api, FRONTEND_ORIGIN);
  return createTargetCore({
    name: "in-process mock",
    kind: "in-process",
    baseUrl: BASE_URL,
    frontendOrigin: FRONTEND_ORIGIN,
    capabilities: inProcessCapabilities(options.safe),
    document: temetroDocument,
    send: inProcessSend(api),
    mailbox: async (to) => api.outbox.list(to),
    advanceClock: async (ms) => api.clock.advance(ms),
    rewindClock: async (ms) => api.clock.set(api.clock.now() - ms),
    realtimeUrl: () => realtime.url(),
    close: () => realtime.close(),
  });
}
