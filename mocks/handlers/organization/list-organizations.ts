// GET /api/auth/organization/list — the clinics the caller belongs to (metadata as stored).
import { requireSession } from "../../core/call.ts";
import { respond } from "../../core/typed-reply.ts";
import { organizationsOf } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";

export const listOrganizations = defineHandler("listOrganizations", (call) => respond(call, 200, organizationsOf(call.ctx, requireSession(call).user.id)));
