// The in-process target of the better-auth-saas profile: its mock (real better-auth in memory, the
// subscription store beside it) inside the worker, requests handed straight to its fetch.
import { createBetterAuthSaasMock } from "#profiles/better-auth-saas/mock/create-better-auth-saas-mock";
import { betterAuthSaasDocument } from "#profiles/better-auth-saas/openapi/contract";
import type { Target } from "../target.ts";
import { createTargetCore } from "../target-core.ts";
import { inProcessSend } from "../transport/in-process-send.ts";

const BASE_URL = "http://localhost:4000";
const FRONTEND_ORIGIN = "http://localhost:3000";

/** A target over a new, empty mock of the profile; it reads its outbox directly and trusts X-Forwarded-For. It has no movable clock. */
export async function createBetterAuthSaasTarget(options: { safe: boolean }): Promise<Target> {
  const mock = createBetterAuthSaasMock({ baseURL: BASE_URL, frontendOrigin: FRONTEND_ORIGIN, log: () => {} });
  return createTargetCore({
    name: "in-process mock (better-auth-saas)",
    kind: "in-process",
    baseUrl: BASE_URL,
    frontendOrigin: FRONTEND_ORIGIN,
    capabilities: { clock: false, mailbox: true, forwardedForTrusted: true, safe: options.safe },
    document: betterAuthSaasDocument,
    send: inProcessSend(mock),
    mailbox: async (to) => mock.outbox.list(to),
  });
}
