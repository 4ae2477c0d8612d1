// GET /api/auth/organization/list — the clinics the caller belongs to (metadata as stored).
import { requireSession, type OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { organizationsOf } from "../../services/organizations.ts";

export const listOrganizations: OperationHandler = (call) => json(organizationsOf(call.ctx, requireSession(call).user.id));
