// The in-process target of the generic-better-auth profile: its mock (real better-auth in memory,
// with its own OAuth provider) inside the worker, requests handed straight to its fetch.
import { createGenericBetterAuthMock } from "#profiles/generic-better-auth/mock/create-generic-better-auth-mock";
import { genericBetterAuthDocument } from "#profiles/generic-better-auth/openapi/contract";
import type { Target } from "../target.ts";
import { createTargetCore } from "../target-core.ts";
import { inProcessSend } from "../transport/in-process-send.ts";

const BASE_URL = "http://localhost:4000";
const FRONTEND_ORIGIN = "http://localhost:3000";

/** A target over a new, empty mock of the profile; it reads its outbox directly and trusts X-Forwarded-For. It has no movable clock. */
export async function createGenericBetterAuthTarget(options: { safe: boolean }): Promise<Target> {
  const mock = createGenericBetterAuthMock({ baseURL: BASE_URL, frontendOrigin: FRONTEND_ORIGIN, log: () => {} });
  return createTargetCore({
    name: "in-process mock (generic-better-auth)",
    kind: "in-process",
    baseUrl: BASE_URL,
    frontendOrigin: FRONTEND_ORIGIN,
    capabilities: { clock: false, mailbox: true, forwardedForTrusted: true, safe: options.safe },
    document: genericBetterAuthDocument,
    send: inProcessSend(mock),
    mailbox: async (to) => mock.outbox.list(to),
  });
}
