// GET /api/staff — owner and admin: every member with username and specialty, by name.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { listStaff as staffOf } from "../../services/staff.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const listStaff: OperationHandler = (call) => json(staffOf(call.ctx, clinicCaller(call).organizationId));
