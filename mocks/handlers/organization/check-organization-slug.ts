// POST /api/auth/organization/check-slug — {status: true} for a free slug, 400 for a taken one.
import type { OperationHandler } from "../../core/call.ts";
import { failBetterAuth, json } from "../../core/reply.ts";
import { findOrganizationBySlug } from "../../services/organizations.ts";
import { parseBody } from "../parse-body.ts";

export const checkOrganizationSlug: OperationHandler = (call) => {
  const { slug } = parseBody<"CheckSlugRequest">(call);
  if (findOrganizationBySlug(call.ctx, slug) !== undefined) failBetterAuth(400, "ORGANIZATION_SLUG_ALREADY_TAKEN");
  return json({ status: true });
};
