// POST /api/auth/organization/check-slug — {status: true} for a free slug, 400 for a taken one.
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findOrganizationBySlug } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";

export const checkOrganizationSlug = defineHandler("checkOrganizationSlug", (call) => {
  const { slug } = call.body;
  if (findOrganizationBySlug(call.ctx, slug) !== undefined) failBetterAuth(400, "ORGANIZATION_SLUG_ALREADY_TAKEN");
  return respond(call, 200, { status: true });
});
