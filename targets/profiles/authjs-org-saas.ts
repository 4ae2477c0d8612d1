// The in-process target of the authjs-org-saas profile: its mock (real @auth/core in memory) inside
// the worker, requests handed straight to its fetch.
import { createAuthjsOrgSaasMock } from "#profiles/authjs-org-saas/mock/create-authjs-org-saas-mock";
import { authjsOrgSaasDocument } from "#profiles/authjs-org-saas/openapi/contract";
import type { Target } from "../target.ts";
import { createTargetCore } from "../target-core.ts";
import { inProcessSend } from "../transport/in-process-send.ts";

const BASE_URL = "http://localhost:4000";
const FRONTEND_ORIGIN = "http://localhost:3000";

/** A target over a new, empty mock of the profile; it reads its outbox directly. No rate limits, so no X-Forwarded-For to trust; no movable clock. */
export async function createAuthjsOrgSaasTarget(options: { safe: boolean }): Promise<Target> {
  const mock = createAuthjsOrgSaasMock({ frontendOrigin: FRONTEND_ORIGIN, log: () => {} });
  return createTargetCore({
    name: "in-process mock (authjs-org-saas)",
    kind: "in-process",
    baseUrl: BASE_URL,
    frontendOrigin: FRONTEND_ORIGIN,
    capabilities: { clock: false, mailbox: true, forwardedForTrusted: false, safe: options.safe },
    document: authjsOrgSaasDocument,
    send: inProcessSend(mock),
    mailbox: async (to) => mock.outbox.list(to),
  });
}
