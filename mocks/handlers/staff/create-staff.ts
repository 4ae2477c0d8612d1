// POST /api/staff — owner and admin provision a username account in the active clinic (D13: the account is answered).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { provisionStaff } from "../../services/staff.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const createStaff: OperationHandler = async (call) =>
  json(await provisionStaff(call.ctx, clinicCaller(call).organizationId, parseBody<"CreateStaffRequest">(call)), 201);
