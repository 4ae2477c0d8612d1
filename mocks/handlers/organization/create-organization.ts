// POST /api/auth/organization/create — the caller becomes the owner; the session ROW gets the new
// clinic as active, but the session_data cookie is not re-issued, so get-session (and temetro's
// /api/*) keep seeing the old active clinic for up to 5 minutes, until set-active.
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { createOrganization as create, findOrganizationBySlug, setActiveOrganization, withParsedMetadata } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";
import { failWithMessage } from "./organization-access.ts";

export const createOrganization = defineHandler("createOrganization", async (call) => {
  // The route reads the session itself and answers 401 with an empty body.
  if (call.session === null) failWithMessage(401);
  const { body } = call;
  if (findOrganizationBySlug(call.ctx, body.slug) !== undefined) failBetterAuth(400, "ORGANIZATION_ALREADY_EXISTS");
  const { organization, member } = await create(call.ctx, call.session.user.id, body);
  if (!body.keepCurrentActiveOrganization) await setActiveOrganization(call.ctx, call.session.session.token, organization.id);
  return respond(call, 200, { ...withParsedMetadata(organization), members: [member] });
});
